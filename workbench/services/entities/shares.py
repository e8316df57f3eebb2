"""The share of each entity's emissions the project's consolidation approach counts.

GHG Protocol Corporate Standard ch. 3 / ISO 14064-1 clause 5.1 (``subject.consolidation``):

- equity share: the group's equity share;
- financial control: 100 % with financial control, 0 % without, the equity share when the
  control is joint;
- operational control: 100 % with operational control, 0 % without.

The reporting organisation is always 100 %. Emissions the approach leaves out are reported where
the GHG Protocol puts them: scope 3 category 14 (franchises), 13 (downstream leased assets) or
15 (investments: the equity share of the investee's scope 1 and 2 that is not consolidated).
An entity acquired or divested during the period counts for the months it was held on their
first day (acquired <= first of month < divested).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from workbench.services.entities.core import REPORTING, list_entities

APPROACHES = ("operational control", "financial control", "equity share")
SCOPE3_CATEGORY = {"franchise": 14, "leased asset": 13}  # every other kind: 15 investments


def approach_of(project) -> str:
    row = project.one("SELECT consolidation FROM subject ORDER BY id LIMIT 1")
    return (row or {}).get("consolidation") or "operational control"


def share_pct(entity: dict, approach: str) -> tuple[float, str]:
    """(share %, why) the approach gives ``entity``."""
    if entity["kind"] == REPORTING:
        return 100.0, "reporting organisation"
    eq = float(entity["equity_pct"])
    if approach == "equity share":
        return eq, f"equity share {eq:g} %"
    if approach == "financial control":
        fc = entity["financial_control"]
        if fc == "yes":
            return 100.0, "financial control"
        if fc == "joint":
            return eq, f"joint financial control: equity share {eq:g} %"
        return 0.0, "no financial control"
    if approach == "operational control":
        if entity["operational_control"] == "yes":
            return 100.0, "operational control"
        return 0.0, "no operational control"
    raise ValueError(f"unknown consolidation approach {approach!r}")


def scope3_category(entity: dict) -> int:
    return SCOPE3_CATEGORY.get(entity["kind"], 15)


def scope3_pct(entity: dict, share: float) -> float:
    """% of the entity's scope 1 and 2 that belongs in the group's scope 3 (memo, not in the total):
    franchises and leased assets 100 % - share; investments equity % - share (never below 0)."""
    if entity["kind"] == REPORTING:
        return 0.0
    if entity["kind"] in SCOPE3_CATEGORY:
        return max(100.0 - share, 0.0)
    return max(float(entity["equity_pct"]) - share, 0.0)


def held_in_month(entity: dict, month: str) -> bool:
    """``month`` as 'YYYY-MM': held on its first day."""
    first = f"{month}-01"
    if entity.get("acquired") and first < entity["acquired"]:
        return False
    if entity.get("divested") and first >= entity["divested"]:
        return False
    return True


@dataclass
class EntityShare:
    id: int | None
    name: str
    kind: str
    equity_pct: float
    financial_control: str
    operational_control: str
    share_pct: float
    basis: str
    acquired: str | None
    divested: str | None
    scope3_category: int
    scope3_pct: float
    sites: list[str] = field(default_factory=list)

    def to_dict(self) -> dict:
        return dict(self.__dict__)


@dataclass
class Plan:
    """The approach, each entity's share and which entity every site belongs to."""

    approach: str
    entities: list[EntityShare]
    site_entity: dict  # site code -> index into entities (sites of the reporting organisation too)

    @property
    def trivial(self) -> bool:
        """Only the reporting organisation (or every entity at 100 %, held all period): the
        footprint is exactly what it was before entities existed."""
        return all(e.share_pct == 100.0 and not e.acquired and not e.divested for e in self.entities)

    def key(self) -> list:
        """What the inputs hash takes from the plan."""
        return [self.approach, [e.to_dict() for e in self.entities]]


def plan(project) -> Plan:
    approach = approach_of(project)
    out, site_entity = [], {}
    for i, e in enumerate(list_entities(project)):
        share, basis = share_pct(e, approach)
        out.append(
            EntityShare(
                e["id"],
                e["name"],
                e["kind"],
                float(e["equity_pct"]),
                e["financial_control"],
                e["operational_control"],
                share,
                basis,
                e["acquired"],
                e["divested"],
                scope3_category(e),
                scope3_pct(e, share),
                list(e["sites"]),
            )
        )
        for code in e["sites"]:
            site_entity[code] = i
    return Plan(approach, out, site_entity)


def shares_table(project) -> dict:
    """The approach and a row per entity (what the QES, dossier and certificate print)."""
    p = plan(project)
    return {"approach": p.approach, "entities": [e.to_dict() for e in p.entities]}
