"""The offset claim of a period: standard, residual emissions, declaration date; coverage by
retired credits."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from offsets.rules.context import (
    CLAIM_STANDARDS,
    ISO14068_RETIREMENT_MONTHS,
    ISO14068_WINDOW_FROM_PERIOD_END,
    ISO14068_WINDOW_SETTING,
    PAS2060_RETIREMENT_MONTHS,
    ClaimContext,
)
from workbench.project.errors import InputError, ProjectError, RowError
from workbench.services.common.periods import period_row as _period
from workbench.services.offsets.store import list_lots

# Project settings read by the claim checks (see resources/offsets/README.md):
SETTING_WINDOW = "offsets_retirement_window_months"  # PAS 2060 retirement window, default 12 [public]
# ISO 14068-1 retirement window [unconfirmed]: months, counted from the period end or the declaration
SETTING_ISO_WINDOW_FROM = "offsets_iso_retirement_window_from"
SETTING_PROGRAMMES = "offsets_accepted_programmes"  # list of programmes a claim accepts; unset = all known

CLAIM_FIELDS = (
    "standard",
    "residual_t",
    "declaration_date",
    "first_period",
    "reductions_t",
    "kets_entity",
    "note",
)


def get_claim(project, period_id: int | None = None) -> dict:
    """The claim row of a period (defaults when none was set)."""
    period = _period(project, period_id)
    row = project.one("SELECT * FROM offset_claims WHERE period_id = ?", (period["id"],))
    if row:
        return row
    return {
        "id": None,
        "period_id": period["id"],
        "standard": project.setting("standard", "ISO14068-1"),
        "residual_t": None,
        "declaration_date": None,
        "first_period": 1,
        "reductions_t": None,
        "kets_entity": 0,
        "note": None,
    }


def set_claim(project, period_id: int | None = None, **fields) -> dict:
    """Set claim facts for a period: standard, residual_t (explicit residual, overrides the footprint),
    declaration_date (YYYY-MM-DD), first_period, reductions_t, kets_entity, note."""
    errs = []
    where = "offset claim"
    for k in fields:
        if k not in CLAIM_FIELDS:
            errs.append(RowError(where, None, k, f"not a claim field (fields: {', '.join(CLAIM_FIELDS)})"))
    if "standard" in fields and fields["standard"] not in CLAIM_STANDARDS:
        errs.append(
            RowError(
                where, None, "standard", f"'{fields['standard']}' is not one of {', '.join(CLAIM_STANDARDS)}"
            )
        )
    for k in ("residual_t", "reductions_t"):
        v = fields.get(k)
        if v is not None and (not isinstance(v, int | float) or v < 0):
            errs.append(RowError(where, None, k, f"{v!r} is not a number >= 0"))
    d = fields.get("declaration_date")
    if isinstance(d, dt.date):
        fields["declaration_date"] = d = d.isoformat()
    if d is not None:
        try:
            dt.date.fromisoformat(d)
        except (TypeError, ValueError):
            errs.append(RowError(where, None, "declaration_date", f"{d!r} is not a date (YYYY-MM-DD)"))
    for k in ("first_period", "kets_entity"):
        if k in fields:
            fields[k] = int(bool(fields[k]))
    if errs:
        raise InputError(errs, f"{where}: {len(errs)} problem(s); nothing was saved")
    period = _period(project, period_id)
    current = project.one("SELECT * FROM offset_claims WHERE period_id = ?", (period["id"],))
    with project.action(f"Set offset claim for {period['label']}") as tx:
        if current:
            tx.update("offset_claims", current["id"], fields)
        else:
            base = get_claim(project, period["id"])
            base.pop("id")
            base.update(fields)
            tx.insert("offset_claims", base)
    return get_claim(project, period["id"])


def _footprint_total(project, period_id: int) -> float | None:
    """Total of the latest footprint result, if the footprint service has one."""
    try:
        from workbench.services import footprint
    except ImportError:
        return None
    latest = getattr(footprint, "latest", None)
    if latest is None:
        return None
    try:
        try:
            res = latest(project, period_id=period_id)
        except TypeError:
            res = latest(project)
    except ProjectError:
        return None
    if res is None or getattr(res, "stale", False):  # a stale result is never used as current
        return None
    for name in ("total_t", "total_tco2e", "total"):
        v = getattr(res, name, None)
        if isinstance(v, int | float):
            return float(v)
    totals = getattr(res, "totals", None)
    if isinstance(totals, dict):
        for name in ("total", "total_t", "total_tco2e"):
            if isinstance(totals.get(name), int | float):
                return float(totals[name])
    for name in ("total_t", "total"):
        v = getattr(totals, name, None)
        if isinstance(v, int | float):
            return float(v)
    return None


def residual_for(
    project, period_id: int | None = None, residual_t: float | None = None
) -> tuple[float | None, str]:
    """Residual emissions to cover and where the figure came from ("explicit", "claim", "footprint", "none")."""
    if residual_t is not None:
        return float(residual_t), "explicit"
    claim = get_claim(project, period_id)
    if claim["residual_t"] is not None:
        return float(claim["residual_t"]), "claim"
    total = _footprint_total(project, claim["period_id"])
    if total is not None:
        return total, "footprint"
    return None, "none"


def claim_context(
    project, period_id: int | None = None, residual_t: float | None = None, as_of: dt.date | None = None
) -> ClaimContext:
    period = _period(project, period_id)
    claim = get_claim(project, period["id"])
    residual, _ = residual_for(project, period["id"], residual_t)
    org = project.one("SELECT name FROM organisation ORDER BY id LIMIT 1") or {}
    return ClaimContext(
        standard=claim["standard"],
        claimant=org.get("name"),
        period_start=dt.date.fromisoformat(period["start"]),
        period_end=dt.date.fromisoformat(period["end"]),
        declaration_date=dt.date.fromisoformat(claim["declaration_date"])
        if claim["declaration_date"]
        else None,
        residual_t=residual,
        claim_period_id=period["id"],
        first_period=bool(claim["first_period"]),
        reductions_t=claim["reductions_t"],
        claimant_kets_entity=bool(claim["kets_entity"]),
        accepted_programmes=_accepted(project),
        retirement_window_months=int(project.setting(SETTING_WINDOW, PAS2060_RETIREMENT_MONTHS)),
        iso_retirement_window_months=int(
            project.setting(ISO14068_WINDOW_SETTING, ISO14068_RETIREMENT_MONTHS)
        ),
        iso_retirement_window_from=str(
            project.setting(SETTING_ISO_WINDOW_FROM, ISO14068_WINDOW_FROM_PERIOD_END)
        ),
        as_of=as_of or dt.date.today(),
    )


def _accepted(project):
    value = project.setting(SETTING_PROGRAMMES, None)
    return tuple(value) if value else None


@dataclass(frozen=True)
class Coverage:
    period_id: int
    residual_t: float | None
    residual_source: str
    retired_t: int
    planned_t: int

    @property
    def shortfall_t(self) -> float | None:
        return None if self.residual_t is None else max(0.0, self.residual_t - self.retired_t)

    @property
    def covered(self) -> bool:
        """Only retired credits cover a claim."""
        return self.residual_t is not None and self.retired_t + 1e-9 >= self.residual_t


def coverage(project, period_id: int | None = None, residual_t: float | None = None) -> Coverage:
    """Residual emissions of the period vs credits retired (and planned) for its claim."""
    period = _period(project, period_id)
    residual, source = residual_for(project, period["id"], residual_t)
    lots = list_lots(project, period_id=period["id"])
    retired = sum(lot.quantity for lot in lots if lot.status == "retired")
    planned = sum(lot.quantity for lot in lots if lot.status == "planned")
    return Coverage(period["id"], residual, source, retired, planned)
