"""Materiality: the aggregate of uncorrected misstatements against the verifier's threshold.

ISO 14064-3 practice (../shared/STANDARDS.md, "Verification"): materiality is set by the verifier;
5 % of the reported total is the common default (EU ETS uses 2 % for the largest installations).
The default is [unconfirmed] in STANDARDS.md, so it is a setting (``materiality_pct``, default 5)
and the plan records the value the verifier chose.

Aggregation: each uncorrected finding carries a signed tCO2e impact (positive = the inventory
overstates emissions, negative = understates). The workbench compares the *gross* aggregate
(sum of absolute impacts) with the threshold by default, so an overstatement and an understatement
cannot hide each other; the net aggregate is shown beside it. The basis is a setting
(``verif_materiality_basis``: gross | net). This is the workbench's conservative default, not a
figure from the standard.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import asdict, dataclass

DEFAULT_THRESHOLD_PCT = 5.0
BASES = ("gross", "net")


@dataclass(frozen=True)
class Materiality:
    reported_total_t: float | None  # the inventory total the threshold applies to (None: unknown)
    threshold_pct: float
    basis: str  # gross | net
    gross_t: float  # sum of |impact| of uncorrected misstatements
    net_t: float  # |sum of impact| of uncorrected misstatements
    count: int  # number of uncorrected findings with an impact
    pct: float | None  # aggregate (per basis) as % of the total; None when the total is unknown or 0
    threshold_t: float | None
    material: bool | None  # None when it cannot be decided (no total)
    total_source: str = ""  # where reported_total_t came from

    @property
    def headroom_t(self) -> float | None:
        if self.threshold_t is None:
            return None
        return self.threshold_t - (self.gross_t if self.basis == "gross" else self.net_t)

    def as_dict(self) -> dict:
        d = asdict(self)
        d["headroom_t"] = self.headroom_t
        return d

    def summary(self) -> str:
        agg = self.gross_t if self.basis == "gross" else self.net_t
        if self.pct is None:
            why = f" ({self.total_source})" if self.total_source else ""
            return f"uncorrected misstatements {agg:,.3f} tCO2e ({self.basis}); reported total unknown{why}"
        state = "MATERIAL" if self.material else "below threshold"
        return (
            f"uncorrected misstatements {agg:,.3f} tCO2e ({self.basis}) = {self.pct:.2f}% of "
            f"{self.reported_total_t:,.3f} tCO2e; threshold {self.threshold_pct:g}%: {state}"
        )


def assess(
    impacts_t: Iterable[float],
    reported_total_t: float | None,
    threshold_pct: float = DEFAULT_THRESHOLD_PCT,
    basis: str = "gross",
    total_source: str = "",
) -> Materiality:
    """Aggregate the signed tCO2e impacts of uncorrected misstatements and compare with the threshold.

    A misstatement at exactly the threshold is material (the threshold is the level from which a
    misstatement could influence intended users).
    """
    if basis not in BASES:
        raise ValueError(f"materiality basis {basis!r} is not one of: {', '.join(BASES)}")
    if not (
        isinstance(threshold_pct, int | float) and math.isfinite(threshold_pct) and 0 < threshold_pct <= 100
    ):
        raise ValueError(f"materiality threshold {threshold_pct!r} must be a percentage in (0, 100]")
    vals = [float(v) for v in impacts_t if v is not None]
    for v in vals:
        if not math.isfinite(v):
            raise ValueError(f"misstatement impact {v!r} is not a finite number")
    gross = math.fsum(abs(v) for v in vals)
    net = abs(math.fsum(vals))
    agg = gross if basis == "gross" else net
    if reported_total_t is None or not math.isfinite(reported_total_t) or reported_total_t == 0:
        pct = threshold_t = material = None
    else:
        total = abs(float(reported_total_t))
        pct = agg / total * 100.0
        threshold_t = total * threshold_pct / 100.0
        material = agg >= threshold_t
    return Materiality(
        reported_total_t=reported_total_t,
        threshold_pct=float(threshold_pct),
        basis=basis,
        gross_t=gross,
        net_t=net,
        count=len(vals),
        pct=pct,
        threshold_t=threshold_t,
        material=material,
        total_source=total_source,
    )
