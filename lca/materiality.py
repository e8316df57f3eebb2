"""Boundary and materiality checks of a footprint (PAS 2060-style rule and its ISO 14068-1
counterpart).

STANDARDS.md: PAS 2060 boundary = 100 % of scopes 1 and 2, scope 3 sources above 1 % of the total
included, at least 95 % of the subject's emissions covered [public, sources differ]; 12 months of
data [seed]. ISO 14068-1 asks for all significant emissions with the significance criteria set by
the organisation; the workbench applies the same thresholds by default. All thresholds are
settings (``boundary_s12_pct``, ``boundary_s3_threshold_pct``, ``boundary_coverage_pct``)
[unconfirmed defaults 100 / 1 / 95].
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from datetime import date

DEFAULTS = {"boundary_s12_pct": 100.0, "boundary_s3_threshold_pct": 1.0, "boundary_coverage_pct": 95.0}

CLAUSES = {
    "PAS2060": "PAS 2060:2014 boundary (scopes 1-2 100 %, scope 3 > 1 %, >= 95 % coverage) [thresholds: settings]",
    "ISO14068-1": "ISO 14068-1:2023 / ISO 14064-1:2018 significant emissions [thresholds: settings, unconfirmed]",
}


@dataclass(frozen=True)
class BoundaryFinding:
    rule: str  # s12_complete | s3_threshold | coverage | missing_factor | twelve_months
    severity: str  # fail | warning | info
    source: str | None
    message: str
    clause: str

    def to_dict(self) -> dict:
        return asdict(self)


@dataclass(frozen=True)
class SourceStatus:
    """A source as the check sees it: ``emissions`` in t CO2e (None = cannot be estimated)."""

    code: str
    scope: int
    included: bool
    emissions: float | None
    exclusion_reason: str = ""
    has_factor: bool = True


def check(
    sources: list[SourceStatus],
    standard: str = "ISO14068-1",
    thresholds: dict | None = None,
    period: tuple[str, str] | None = None,
) -> list[BoundaryFinding]:
    """Findings for the boundary of one period; an empty list means the boundary passes."""
    t = {**DEFAULTS, **(thresholds or {})}
    clause = CLAUSES.get(standard, CLAUSES["ISO14068-1"])
    out: list[BoundaryFinding] = []
    covered = sum(s.emissions or 0.0 for s in sources if s.included and s.has_factor)
    estimated_excluded = sum(s.emissions or 0.0 for s in sources if not s.included)
    grand = covered + estimated_excluded

    s12 = [s for s in sources if s.scope in (1, 2)]
    s12_total = sum(s.emissions or 0.0 for s in s12)
    s12_cov = sum(s.emissions or 0.0 for s in s12 if s.included and s.has_factor)
    for s in s12:
        if not s.included and t["boundary_s12_pct"] >= 100:
            out.append(
                BoundaryFinding(
                    "s12_complete",
                    "fail",
                    s.code,
                    f"scope {s.scope} source '{s.code}' is excluded ({s.exclusion_reason or 'no reason'}); "
                    f"the rule requires {t['boundary_s12_pct']:g} % of scopes 1 and 2",
                    clause,
                )
            )
    if s12_total > 0 and 100 * s12_cov / s12_total < t["boundary_s12_pct"] - 1e-9:
        out.append(
            BoundaryFinding(
                "s12_complete",
                "fail",
                None,
                f"scopes 1 and 2 covered {100 * s12_cov / s12_total:.2f} % < {t['boundary_s12_pct']:g} %",
                clause,
            )
        )
    for s in sources:
        if s.included and not s.has_factor:
            out.append(
                BoundaryFinding(
                    "missing_factor",
                    "fail",
                    s.code,
                    f"source '{s.code}' is included but has no emission factor; its emissions are unknown",
                    clause,
                )
            )
        if s.scope == 3 and not s.included:
            if s.emissions is None:
                out.append(
                    BoundaryFinding(
                        "s3_threshold",
                        "warning",
                        s.code,
                        f"scope 3 source '{s.code}' is excluded and its size cannot be estimated here (no activity "
                        f"data or factor); justification: {s.exclusion_reason or 'none given'}",
                        clause,
                    )
                )
            elif grand > 0 and 100 * s.emissions / grand > t["boundary_s3_threshold_pct"]:
                out.append(
                    BoundaryFinding(
                        "s3_threshold",
                        "fail",
                        s.code,
                        f"scope 3 source '{s.code}' is excluded but is {100 * s.emissions / grand:.2f} % of emissions "
                        f"(> {t['boundary_s3_threshold_pct']:g} %)",
                        clause,
                    )
                )
    if grand > 0 and 100 * covered / grand < t["boundary_coverage_pct"]:
        out.append(
            BoundaryFinding(
                "coverage",
                "fail",
                None,
                f"the boundary covers {100 * covered / grand:.2f} % of estimated emissions "
                f"(< {t['boundary_coverage_pct']:g} %)",
                clause,
            )
        )
    if period:
        d0, d1 = date.fromisoformat(period[0]), date.fromisoformat(period[1])
        days = (d1 - d0).days + 1
        if not 365 <= days <= 366:
            out.append(
                BoundaryFinding(
                    "twelve_months",
                    "fail" if standard == "PAS2060" else "warning",
                    None,
                    f"the period {period[0]}..{period[1]} is {days} days, not 12 months",
                    clause,
                )
            )
    return out
