"""K-ETS calculators: offset-use limit, borrowing limit, penalty surcharge and arrears.

Sources (../shared/seeds):
- Enforcement Decree of the Act on the Allocation and Trading of GHG Emission Permits (2017 text):
  Art. 36(2) borrowing, Art. 38(2) 1 tCO2e = 1 offset permit, Art. 38(4) offset limit within 10/100
  of the obligation with foreign-origin at most 50/100 of that limit, Art. 38(5) expiry,
  Art. 42(1) surcharge = 3 x average market price, Art. 43 arrears 12/1,000 per month, max 60 months.
- ICAP K-ETS summary: phase 1 offsets up to 10% (domestic only); phase 2 up to 10% of which up to 5%
  international; phase 3 up to 5% regardless of type; KOC -> KCU within five years of KOC issuance;
  penalty not above 3 x average price or KRW 100,000 per tonne.
"""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass

# phase -> (years, offset share of obligation, foreign share of obligation). ICAP summary.
PHASES = {
    1: ((2015, 2017), 0.10, 0.0),
    2: ((2018, 2020), 0.10, 0.05),
    3: ((2021, 2025), 0.05, 0.05),
}
DECREE_OFFSET_SHARE = 0.10  # Art. 38(4): "within 10/100"
DECREE_FOREIGN_SHARE_OF_LIMIT = 0.50  # Art. 38(4): foreign at most 50/100 of the limit
FIRST_YEAR_BORROWING = 0.15  # Art. 36(2)1
BORROWING_REDUCTION = 0.50  # Art. 36(2)2
SURCHARGE_MULTIPLE = 3  # Art. 42(1)
DEFAULT_SURCHARGE_CAP_KRW = 100_000  # ICAP summary: KRW 100,000 per tonne (a setting)
ARREARS_RATE_PER_MONTH = 0.012  # Art. 43: 12/1,000
ARREARS_MAX_MONTHS = 60  # Art. 43
KOC_TO_KCU_YEARS = 5  # ICAP summary, phase 3 (extended from two to five years in 2024)
OFFSET_VOID_MONTHS = 6  # Art. 38(5)1


class KetsError(ValueError):
    """An input a K-ETS calculator cannot use (unknown phase, negative obligation, ...)."""


@dataclass(frozen=True)
class OffsetLimit:
    obligation_t: int
    phase: int | None
    total: int  # offset permits that may be surrendered
    foreign: int  # of which from projects abroad
    clause: str


def phase_of_year(year: int) -> int | None:
    for phase, ((first, last), _, _) in PHASES.items():
        if first <= year <= last:
            return phase
    return None


def offset_limit(obligation_t: float, phase: int | None = None, share: float | None = None) -> OffsetLimit:
    """Offset permits usable against a surrender obligation.

    ``phase`` 1-3 uses the ICAP-reported phase rules; ``phase=None`` with ``share`` uses the decree's
    general rule (share <= 10/100, foreign <= 50/100 of the limit). Results are whole permits,
    rounded down (a permit is one tonne, decree Art. 38(2)).

    >>> offset_limit(2_000_000, phase=3).total   # oracles.md: ICAP phase 3, 5%
    100000
    """
    if obligation_t < 0:
        raise KetsError(f"surrender obligation must be >= 0, got {obligation_t}")
    if phase is not None:
        if phase not in PHASES:
            raise KetsError(f"K-ETS phase {phase} has no offset rule here (known: 1-3); give share= instead")
        _, total_share, foreign_share = PHASES[phase]
        clause = f"ICAP K-ETS summary, phase {phase}; decree Art. 38(4)"
    else:
        total_share = DECREE_OFFSET_SHARE if share is None else share
        if not 0 <= total_share <= DECREE_OFFSET_SHARE:
            raise KetsError(f"offset share {total_share} exceeds the decree's 10/100 (Art. 38(4))")
        foreign_share = total_share * DECREE_FOREIGN_SHARE_OF_LIMIT
        clause = "K-ETS decree Art. 38(4)"
    total = math.floor(obligation_t * total_share + 1e-9)
    foreign = min(total, math.floor(obligation_t * foreign_share + 1e-9))
    return OffsetLimit(int(obligation_t), phase, total, foreign, clause)


def borrowing_limit_share(
    first_year: bool, prev_limit_share: float = 0.0, prev_borrowed_share: float = 0.0
) -> float:
    """Borrowing limit as a share of the obligation (decree Art. 36(2)).

    First compliance year of a commitment period: 15/100. Later years: previous year's limit share
    minus 50/100 of the share of the previous year's obligation that was borrowed.
    """
    if first_year:
        return FIRST_YEAR_BORROWING
    if prev_limit_share < 0 or prev_borrowed_share < 0:
        raise KetsError("previous limit and borrowed share must be >= 0")
    return max(0.0, prev_limit_share - prev_borrowed_share * BORROWING_REDUCTION)


def borrowing_limit(
    obligation_t: float, first_year: bool, prev_limit_share: float = 0.0, prev_borrowed_share: float = 0.0
) -> int:
    """Permits that may be borrowed = obligation x limit share, rounded down (Art. 36(2))."""
    if obligation_t < 0:
        raise KetsError(f"surrender obligation must be >= 0, got {obligation_t}")
    share = borrowing_limit_share(first_year, prev_limit_share, prev_borrowed_share)
    return math.floor(obligation_t * share + 1e-9)


def average_market_price(total_traded_value_krw: float, total_traded_volume_t: float) -> float:
    """Year's average price = total traded value / total traded volume (Art. 42(1))."""
    if total_traded_volume_t <= 0:
        raise KetsError("total traded volume must be > 0 to compute the average market price")
    return total_traded_value_krw / total_traded_volume_t


def penalty_surcharge(
    shortfall_t: float, average_price_krw: float, cap_per_t_krw: float | None = DEFAULT_SURCHARGE_CAP_KRW
) -> float:
    """Surcharge = shortfall x min(3 x average price, cap per tonne) (Art. 42(1); cap per ICAP, a
    setting: ``cap_per_t_krw=None`` applies no cap)."""
    if shortfall_t < 0 or average_price_krw < 0:
        raise KetsError("shortfall and average price must be >= 0")
    per_t = SURCHARGE_MULTIPLE * average_price_krw
    if cap_per_t_krw is not None:
        per_t = min(per_t, cap_per_t_krw)
    return shortfall_t * per_t


def arrears(unpaid_surcharge_krw: float, months_overdue: int) -> float:
    """Additional dues = unpaid x 12/1,000 per elapsed month, at most 60 months (Art. 43)."""
    if unpaid_surcharge_krw < 0 or months_overdue < 0:
        raise KetsError("unpaid surcharge and months overdue must be >= 0")
    return unpaid_surcharge_krw * ARREARS_RATE_PER_MONTH * min(int(months_overdue), ARREARS_MAX_MONTHS)


def kcu_conversion_deadline(koc_issuance: dt.date) -> dt.date:
    """Last day to convert a KOC into a KCU: five years after KOC issuance (ICAP, phase 3)."""
    try:
        return koc_issuance.replace(year=koc_issuance.year + KOC_TO_KCU_YEARS)
    except ValueError:  # 29 February
        return dt.date(koc_issuance.year + KOC_TO_KCU_YEARS, 2, 28)


def offset_permit_void_date(compliance_year: int) -> dt.date:
    """An offset permit not surrendered or carried over is void six months after the compliance
    year ends (Art. 38(5)1): 30 June of the following year."""
    return dt.date(compliance_year + 1, 6, 30)
