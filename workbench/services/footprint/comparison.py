"""Base year and year-on-year comparison, with restatement of the base year.

:func:`report_period` freezes a period's footprint "as reported" (``footprint_reports``). The
comparison recalculates the base year with today's factors, boundary and GWP set; when that
restated figure differs from the reported one by at least the significance threshold (setting
``restatement_threshold_pct``, default 5 % [unconfirmed; GHG Protocol leaves the threshold to the
company]) the base year must be restated, and the reasons (factors, boundary, GWP set) are listed.
Year-on-year change is always computed like for like: current year against the restated base year.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime

from workbench.project.errors import ProjectError
from workbench.services.footprint.core import calculate, latest

DEFAULT_RESTATEMENT_PCT = 5.0


def report_period(project, period_id=None, note: str | None = None, allow_missing: bool = False):
    """Calculate and freeze the period's footprint as reported; returns the FootprintResult."""
    r = calculate(project, period_id, allow_missing=allow_missing)
    with project.action(f"Report footprint of period {r.period_label}") as tx:
        tx.insert(
            "footprint_reports",
            {
                "period_id": r.period_id,
                "gwp_set": r.gwp_set,
                "total": r.total,
                "result": r.to_json(),
                "inputs_hash": r.inputs_hash,
                "reported_at": datetime.now(UTC).isoformat(timespec="seconds"),
                "reported_by": project.user,
                "note": note,
            },
        )
    return r


def _current(project, period_id, store, allow_missing=False):
    r = latest(project, period_id)
    if r is not None and not r.stale:
        return r
    return calculate(project, period_id, store=store, allow_missing=allow_missing)


def _reasons(reported: dict, restated) -> list[str]:
    out = []
    if reported["gwp_set"] != restated.gwp_set:
        out.append(f"GWP set changed from {reported['gwp_set']} to {restated.gwp_set}")
    old_f = {f["id"]: f for f in reported.get("factors_used", [])}
    new_f = {f["id"]: f for f in restated.factors_used}
    for fid in sorted(set(old_f) | set(new_f)):
        if fid not in new_f:
            out.append(f"factor {fid} no longer used")
        elif fid not in old_f:
            out.append(f"factor {fid} newly used")
        elif old_f[fid]["gases_kg_per_unit"] != new_f[fid]["gases_kg_per_unit"]:
            out.append(f"factor {fid} values changed")
    old_s, new_s = set(reported.get("by_source", {})), set(restated.by_source)
    for code in sorted(new_s - old_s):
        out.append(f"source {code} added to the boundary")
    for code in sorted(old_s - new_s):
        out.append(f"source {code} removed from the boundary")
    if not out:
        out.append("activity data of the base year changed")
    return out


def compare(
    project, period_id=None, base_period_id=None, store: bool = True, allow_missing: bool = False
) -> dict:
    """Current period against the base year (restated like for like). Values in t CO2e."""
    if base_period_id is None:
        base = project.one("SELECT * FROM periods WHERE is_base_year = 1 ORDER BY start LIMIT 1")
        if base is None:
            raise ProjectError(f"{project.path}: no base year is marked (periods.is_base_year)")
        base_period_id = base["id"]
    cur = _current(project, period_id, store, allow_missing)
    if cur.period_id == base_period_id:
        raise ProjectError(f"{project.path}: the period compared is the base year itself")
    restated = _current(project, base_period_id, store, allow_missing)
    threshold = float(project.setting("restatement_threshold_pct", DEFAULT_RESTATEMENT_PCT))
    rep_row = project.one(
        "SELECT * FROM footprint_reports WHERE period_id = ? ORDER BY id DESC LIMIT 1", (base_period_id,)
    )
    out = {
        "period": cur.period_label,
        "base_period": restated.period_label,
        "gwp_set": cur.gwp_set,
        "current_total": cur.total,
        "base_restated_total": restated.total,
        "change": cur.total - restated.total,
        "change_pct": (100 * (cur.total - restated.total) / restated.total) if restated.total else None,
        "by_scope": {
            s: {
                "current": cur.by_scope.get(s, 0.0),
                "base": restated.by_scope.get(s, 0.0),
                "change": cur.by_scope.get(s, 0.0) - restated.by_scope.get(s, 0.0),
            }
            for s in ("1", "2", "3")
        },
        "restatement_threshold_pct": threshold,
        "base_reported_total": None,
        "restatement_pct": None,
        "restatement_required": False,
        "reasons": [],
    }
    if rep_row:
        reported = json.loads(rep_row["result"])
        out["base_reported_total"] = rep_row["total"]
        if rep_row["inputs_hash"] != restated.inputs_hash:
            diff = restated.total - rep_row["total"]
            pct = 100 * diff / rep_row["total"] if rep_row["total"] else None
            out["restatement_pct"] = pct
            out["restatement_required"] = pct is not None and abs(pct) >= threshold
            out["reasons"] = _reasons(reported, restated)
        else:
            out["restatement_pct"] = 0.0
    return out
