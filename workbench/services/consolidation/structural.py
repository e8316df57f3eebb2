"""Structural changes and the base-year recalculation check (GHG Protocol Corporate Standard ch. 5).

An entity acquired or divested after the base year shifts emissions into or out of the group.
Each one recorded with its date (``entities.acquired`` / ``divested``) and its emissions in the
base year (``entities.base_year_tco2e``) adjusts the base year at the share the approach gives
it: + for an acquisition, - for a divestment. When the cumulative adjustment reaches the
project's significance threshold (setting ``restatement_threshold_pct``, default 5 %
[unconfirmed]) the base year must be recalculated; the restated base year is shown next to the
original. An entity acquired after the base year whose base-year emissions are not recorded is
named: the check cannot be completed without them.
"""

from __future__ import annotations

import json

from workbench.project.errors import ProjectError
from workbench.services import entities, footprint
from workbench.services.common.periods import period_row


def _original_base_total(project, base: dict) -> tuple[float, str]:
    rep = project.one(
        "SELECT total FROM footprint_reports WHERE period_id = ? ORDER BY id DESC LIMIT 1", (base["id"],)
    )
    if rep is not None:
        return float(rep["total"]), "as reported"
    r = footprint.latest(project, base["id"])
    if r is not None and not r.stale:
        return r.total, "current footprint"
    r = footprint.calculate(project, base["id"], store=False, allow_missing=True)
    return r.total, "calculated now"


def structural_check(project, period_id=None) -> dict:
    """Base year original vs restated for the structural changes up to the end of the period."""
    period = period_row(project, period_id)
    base = project.one("SELECT * FROM periods WHERE is_base_year = 1 ORDER BY start LIMIT 1")
    if base is None:
        raise ProjectError(f"{project.path}: no base year is marked; mark one to check structural changes")
    threshold = float(project.setting("restatement_threshold_pct", footprint.DEFAULT_RESTATEMENT_PCT))
    approach = entities.approach_of(project)
    changes, missing = [], []
    for e in entities.list_entities(project):
        for kind, date, sign in (("acquisition", e["acquired"], 1.0), ("divestment", e["divested"], -1.0)):
            if not date or date <= base["end"] or date > period["end"]:
                continue
            share, basis = entities.share_pct(e, approach)
            if e["base_year_tco2e"] is None:
                missing.append(e["name"])
                continue
            changes.append(
                {
                    "entity": e["name"],
                    "change": kind,
                    "date": date,
                    "base_year_tco2e": e["base_year_tco2e"],
                    "share_pct": share,
                    "basis": basis,
                    "adjustment_t": sign * e["base_year_tco2e"] * share / 100.0,
                }
            )
    original, origin = _original_base_total(project, base)
    adjustment = sum(c["adjustment_t"] for c in changes)
    pct = 100.0 * adjustment / original if original else None
    messages = [
        f"entity '{n}': its base-year emissions are not recorded; the structural-change check needs them"
        for n in missing
    ]
    return {
        "base_period": base["label"],
        "period": period["label"],
        "approach": approach,
        "original_total": original,
        "original_from": origin,
        "changes": changes,
        "adjustment_t": adjustment,
        "restated_total": original + adjustment,
        "change_pct": pct,
        "threshold_pct": threshold,
        "recalculation_required": bool(changes) and (pct is None or abs(pct) >= threshold),
        "complete": not missing,
        "messages": messages,
    }


def summary_json(check: dict) -> str:
    return json.dumps(check, ensure_ascii=False, sort_keys=True, indent=2)


def document_check(project, period_id=None, lang: str = "en"):
    """The check as the QES and the dossier print it (:class:`forms.model.StructuralCheck`); None
    when no acquisition or divestment is recorded after the base year or no base year is marked."""
    from forms.model import StructuralChange, StructuralCheck

    rows = entities.list_entities(project)
    if not any(e["acquired"] or e["divested"] for e in rows):
        return None
    if project.one("SELECT id FROM periods WHERE is_base_year = 1 LIMIT 1") is None:
        return None
    chk = structural_check(project, period_id)
    if not chk["changes"] and not chk["messages"]:
        return None
    local = {e["name"]: (e.get("name_local") if lang == "ko" else None) or e["name"] for e in rows}
    missing = [
        e["name"]
        for e in rows
        if e["base_year_tco2e"] is None and any(f"'{e['name']}'" in m for m in chk["messages"])
    ]
    return StructuralCheck(
        base_year_label=chk["base_period"],
        original_t=chk["original_total"],
        restated_t=chk["restated_total"],
        change_pct=chk["change_pct"],
        threshold_pct=chk["threshold_pct"],
        required=chk["recalculation_required"],
        changes=[
            StructuralChange(
                local.get(c["entity"], c["entity"]),
                c["change"],
                c["date"],
                float(c["base_year_tco2e"]),
                float(c["share_pct"]),
                float(c["adjustment_t"]),
            )
            for c in chk["changes"]
        ],
        missing=[local.get(n, n) for n in missing],
    )
