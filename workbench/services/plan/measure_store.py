"""Reduction measures of the plan: add, edit, delete, list (sources linked by code).

Part of :mod:`workbench.services.plan` (which re-exports these functions); bad input raises
:class:`PlanInputError` naming the file, the measure and the field, before anything is written.
"""

from __future__ import annotations

from collections.abc import Iterable

from lca.reduction import Measure, ReductionInputError, validate_measure
from workbench.project.errors import ProjectError

_MEASURE_FIELDS = (
    "name",
    "sources",
    "kind",
    "abatement",
    "capex",
    "opex_change",
    "lifetime",
    "start_year",
    "status",
    "evidence",
    "name_local",
    "notes",
)


class PlanInputError(ProjectError):
    """Nonsense input to the reduction plan; ``field`` names the offending field."""

    def __init__(self, message: str, path: str | None = None, field: str | None = None):
        super().__init__(message, path)
        self.field = field


def input_error(project, exc: ReductionInputError, what: str = "") -> PlanInputError:
    prefix = f"{project.path}: " + (f"{what}: " if what else "")
    return PlanInputError(f"{prefix}{exc}; nothing was changed", project.path, exc.field)


# -- measures ---------------------------------------------------------------------------------


def _source_ids(project, codes: Iterable[str], where: str) -> dict[str, int]:
    rows = {r["code"]: r["id"] for r in project.rows("SELECT id, code FROM sources")}
    missing = [c for c in codes if c not in rows]
    if missing:
        known = ", ".join(sorted(rows)) or "none defined yet"
        raise PlanInputError(
            f"{project.path}: {where}: sources: {', '.join(missing)} is not an emission source of this project "
            f"(known: {known}); nothing was changed",
            project.path,
            "sources",
        )
    return {c: rows[c] for c in codes}


def _measure_row(m: Measure) -> dict:
    return {
        "name": m.name,
        "kind": m.kind,
        "abatement": m.abatement,
        "capex": m.capex,
        "opex_change": m.opex_change,
        "lifetime": m.lifetime,
        "start_year": m.start_year,
        "status": m.status,
        "evidence": m.evidence or None,
    }


def _default_start_year(project) -> int:
    period = project.current_period()
    return int(str(period["start"])[:4]) if period else 2025


def measures(project) -> list[Measure]:
    """The stored measures as :class:`lca.reduction.Measure` (sources by code), in id order."""
    links: dict[int, list[str]] = {}
    for r in project.rows(
        "SELECT ms.measure_id, s.code FROM plan_measure_sources ms JOIN sources s ON s.id = ms.source_id "
        "ORDER BY ms.measure_id, s.code"
    ):
        links.setdefault(r["measure_id"], []).append(r["code"])
    return [
        Measure(
            name=r["name"],
            sources=tuple(links.get(r["id"], ())),
            kind=r["kind"],
            abatement=r["abatement"],
            capex=r["capex"],
            opex_change=r["opex_change"],
            lifetime=r["lifetime"],
            start_year=r["start_year"],
            status=r["status"],
            evidence=r["evidence"] or "",
            name_local=r["name_local"] or "",
            id=r["id"],
        )
        for r in project.rows("SELECT * FROM plan_measures ORDER BY id")
    ]


def list_measures(project) -> list[dict]:
    """Measures as dicts for tables: the row's columns plus ``sources`` (list of source codes)."""
    by_id = {m.id: m for m in measures(project)}
    out = []
    for r in project.rows("SELECT * FROM plan_measures ORDER BY id"):
        out.append({**r, "sources": list(by_id[r["id"]].sources)})
    return out


def add_measure(
    project,
    name,
    sources,
    abatement,
    kind="pct",
    capex=0.0,
    opex_change=0.0,
    lifetime=10,
    start_year=None,
    status="planned",
    evidence="",
    name_local=None,
    notes=None,
) -> int:
    """Add a reduction measure; returns its id.

    sources: emission source codes it acts on. abatement: % of those sources (kind="pct") or
    tCO2e/yr (kind="tco2e"). capex (one-off) and opex_change (per year, negative = saving) in the
    plan currency; lifetime in years; start_year defaults to the current period's year;
    status planned | in_progress | done; evidence: a reference (attach files with project.attach
    and link=("plan_measures", id)).
    """
    if isinstance(sources, str):
        sources = [s.strip() for s in sources.split(",")]
    start = _default_start_year(project) if start_year is None else start_year
    raw = Measure(
        str(name or ""),
        tuple(sources or ()),
        kind,
        abatement,
        capex,
        opex_change,
        lifetime,
        start,
        status,
        evidence or "",
    )
    try:
        m = validate_measure(raw)
    except ReductionInputError as e:
        raise input_error(project, e) from None
    dup = project.one("SELECT id FROM plan_measures WHERE name = ?", (m.name,))
    if dup:
        raise PlanInputError(
            f"{project.path}: measure {m.name!r}: name: a measure with this name exists (id {dup['id']}); "
            "nothing was changed",
            project.path,
            "name",
        )
    ids = _source_ids(project, m.sources, f"measure {m.name!r}")
    with project.action(f"Add reduction measure {m.name}") as tx:
        row = _measure_row(m)
        row.update(name_local=name_local or None, notes=notes or None)
        mid = tx.insert("plan_measures", row)
        for code in m.sources:
            tx.insert("plan_measure_sources", {"measure_id": mid, "source_id": ids[code]})
    return mid


def update_measure(project, measure_id: int, **changes) -> None:
    """Change fields of a measure (same names as :func:`add_measure`); validated as a whole."""
    unknown = sorted(set(changes) - set(_MEASURE_FIELDS))
    if unknown:
        raise PlanInputError(
            f"{project.path}: measure {measure_id}: {unknown[0]}: not a measure field; nothing was changed",
            project.path,
            unknown[0],
        )
    current = next((m for m in measures(project) if m.id == measure_id), None)
    if current is None:
        raise PlanInputError(
            f"{project.path}: measure {measure_id} does not exist; nothing was changed", project.path, "id"
        )
    sources = changes.get("sources", current.sources)
    if isinstance(sources, str):
        sources = [s.strip() for s in sources.split(",")]
    merged = Measure(
        name=str(changes.get("name", current.name) or ""),
        sources=tuple(sources or ()),
        kind=changes.get("kind", current.kind),
        abatement=changes.get("abatement", current.abatement),
        capex=changes.get("capex", current.capex),
        opex_change=changes.get("opex_change", current.opex_change),
        lifetime=changes.get("lifetime", current.lifetime),
        start_year=changes.get("start_year", current.start_year),
        status=changes.get("status", current.status),
        evidence=changes.get("evidence", current.evidence) or "",
        id=measure_id,
    )
    try:
        m = validate_measure(merged)
    except ReductionInputError as e:
        raise input_error(project, e) from None
    dup = project.one("SELECT id FROM plan_measures WHERE name = ? AND id != ?", (m.name, measure_id))
    if dup:
        raise PlanInputError(
            f"{project.path}: measure {m.name!r}: name: a measure with this name exists "
            f"(id {dup['id']}); nothing was changed",
            project.path,
            "name",
        )
    ids = _source_ids(project, m.sources, f"measure {m.name!r}")
    row = _measure_row(m)
    for extra in ("name_local", "notes"):
        if extra in changes:
            row[extra] = changes[extra] or None
    with project.action(f"Edit reduction measure {m.name}") as tx:
        tx.update("plan_measures", measure_id, row)
        if set(m.sources) != set(current.sources):
            for link in project.rows(
                "SELECT id FROM plan_measure_sources WHERE measure_id = ?", (measure_id,)
            ):
                tx.delete("plan_measure_sources", link["id"])
            for code in m.sources:
                tx.insert("plan_measure_sources", {"measure_id": measure_id, "source_id": ids[code]})


def delete_measure(project, measure_id: int) -> None:
    row = project.one("SELECT name FROM plan_measures WHERE id = ?", (measure_id,))
    if row is None:
        raise PlanInputError(
            f"{project.path}: measure {measure_id} does not exist; nothing was changed", project.path, "id"
        )
    with project.action(f"Delete reduction measure {row['name']}") as tx:
        for link in project.rows("SELECT id FROM plan_measure_sources WHERE measure_id = ?", (measure_id,)):
            tx.delete("plan_measure_sources", link["id"])
        for ev in project.rows(
            "SELECT id FROM evidence_links WHERE tbl = 'plan_measures' AND row_id = ?", (measure_id,)
        ):
            tx.delete("evidence_links", ev["id"])
        tx.delete("plan_measures", measure_id)
