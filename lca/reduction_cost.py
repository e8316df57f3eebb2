"""Annualised cost of reduction measures and the marginal abatement cost curve (MACC).

Annualised cost = capex x CRF(r, n) + opex change, with the capital recovery factor
``CRF(r, n) = r (1 + r)^n / ((1 + r)^n - 1)`` (``1 / n`` when r = 0): the level annual payment
that repays the capex over the lifetime n at the discount rate r (standard engineering-economics
annuity formula). Cost per tCO2e = annualised cost / abatement attributed to the measure in the
combined plan (see :mod:`lca.reduction`). The MACC lists measures by cost per tCO2e, cheapest
(most negative) first; each bar's width is that abatement.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from lca.reduction import Measure, ReductionInputError, check_number, check_pct, combine


def crf(rate_pct: float, years: int) -> float:
    """Capital recovery factor for a discount rate in percent and a life in whole years."""
    r = check_pct(rate_pct, "discount_rate") / 100.0
    n = check_number(years, "lifetime")
    if n <= 0:
        raise ReductionInputError("lifetime", f"lifetime: {years!r} must be above 0 years")
    if r == 0:
        return 1.0 / n
    g = (1.0 + r) ** n
    return r * g / (g - 1.0)


def annualised_cost(capex: float, opex_change: float, rate_pct: float, years: int) -> float:
    """capex x CRF(rate, years) + opex_change (currency per year)."""
    return capex * crf(rate_pct, years) + opex_change


@dataclass(frozen=True)
class MaccRow:
    """One bar of the MACC. ``cost_per_t`` is None when the measure abates nothing."""

    measure: Measure
    abatement_tco2e: float  # bar width, tCO2e/yr (attributed in the combined plan)
    annualised_cost: float  # currency/yr
    cost_per_t: float | None  # currency per tCO2e
    cumulative_start: float  # x of the bar's left edge
    capped_tco2e: float = 0.0  # stated abatement above what the sources emit

    @property
    def name(self) -> str:
        return self.measure.name

    @property
    def cumulative_end(self) -> float:
        return self.cumulative_start + self.abatement_tco2e


def macc(
    emissions: Mapping[str, float], measures: Iterable[Measure], discount_rate_pct: float
) -> list[MaccRow]:
    """MACC rows, cheapest per tCO2e first; measures that abate nothing go last (no cost per t).

    Ties on cost are broken by name then id, so the order is reproducible.
    """
    check_pct(discount_rate_pct, "discount_rate")
    result = combine(emissions, measures)
    rows = []
    for ma in result.measures:
        m = ma.measure
        cost = annualised_cost(m.capex, m.opex_change, discount_rate_pct, m.lifetime)
        width = ma.attributed_tco2e
        per_t = cost / width if width > 1e-12 else None
        rows.append((m, width, cost, per_t, ma.capped_tco2e))
    rows.sort(key=lambda r: (r[3] is None, r[3] if r[3] is not None else 0.0, r[0].name, r[0].id or 0))
    out, x = [], 0.0
    for m, width, cost, per_t, capped in rows:
        out.append(MaccRow(m, width, cost, per_t, x, capped))
        x += width
    return out


def total_annual_cost(rows: Iterable[MaccRow]) -> float:
    return sum(r.annualised_cost for r in rows)
