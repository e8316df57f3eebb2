"""K-ETS calculators: offset-use limit, borrowing limit, penalty surcharge and arrears.

Plain functions: numbers in, a result (a number or a small frozen dataclass that also says which
rule and value it applied) out. No settings are read here; callers pass them.

Sources (../shared/seeds):
- Enforcement Decree of the Act on the Allocation and Trading of GHG Emission Permits (2017 text):
  Art. 36(2) borrowing, Art. 38(2) 1 tCO2e = 1 offset permit, Art. 38(4) offset limit within 10/100
  of the obligation with foreign-origin at most 50/100 of that limit, Art. 38(5) expiry,
  Art. 42(1) surcharge = 3 x average market price, Art. 43 arrears 12/1,000 per month, max 60 months.
- ICAP K-ETS summary: phase 1 offsets up to 10% (domestic only); phase 2 up to 10% of which up to 5%
  international; phase 3 up to 5% regardless of type; phase 4 = 2026-2030 (fourth Basic Plan), no
  offset figure given; borrowing only within a phase; KOC -> KCU within five years of KOC issuance;
  penalty not above 3 x average price or KRW 100,000 per tonne.
- STANDARDS.md "More defaults" [unconfirmed]: phase 4 offset limit 5 % of the surrender obligation
  (the phase 3 rule carried over) until the allocation plan's figure is entered
  (setting ``kets_offset_limit_pct``); every finding states the value applied.
"""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass

# phase -> (years, offset share of obligation, foreign share of obligation).
# Phases 1-3: ICAP summary [public]. Phase 4: years from the ICAP summary (fourth Basic Plan,
# 2026-2030); shares [unconfirmed]: STANDARDS.md default, the phase 3 rule carried over.
PHASES = {
    1: ((2015, 2017), 0.10, 0.0),
    2: ((2018, 2020), 0.10, 0.05),
    3: ((2021, 2025), 0.05, 0.05),
    4: ((2026, 2030), 0.05, 0.05),
}
UNCONFIRMED_PHASES = frozenset({4})  # offset shares not from a published allocation plan
KETS_OFFSET_LIMIT_SETTING = "kets_offset_limit_pct"  # the allocation plan's figure, in per cent
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


def _pct(share: float) -> str:
    return f"{round(share * 100, 6):g} %"


class KetsError(ValueError):
    """An input a K-ETS calculator cannot use (unknown phase, negative obligation, ...)."""


@dataclass(frozen=True)
class OffsetLimit:
    obligation_t: int
    phase: int | None
    total: int  # offset permits that may be surrendered
    foreign: int  # of which from projects abroad
    clause: str
    share: float = DECREE_OFFSET_SHARE  # of the obligation
    foreign_share: float = DECREE_OFFSET_SHARE * DECREE_FOREIGN_SHARE_OF_LIMIT
    confirmed: bool = True  # False: an [unconfirmed] default, not a published figure
    basis: str = ""  # the rule and value applied, for findings and reports


def phase_of_year(year: int) -> int | None:
    for phase, ((first, last), _, _) in PHASES.items():
        if first <= year <= last:
            return phase
    return None


def phase_years(phase: int) -> tuple[int, int]:
    if phase not in PHASES:
        raise KetsError(f"K-ETS phase {phase} is not known (known: {min(PHASES)}-{max(PHASES)})")
    return PHASES[phase][0]


def offset_limit(
    obligation_t: float,
    phase: int | None = None,
    share: float | None = None,
    foreign_share: float | None = None,
) -> OffsetLimit:
    """Offset permits usable against a surrender obligation.

    ``phase`` 1-3 uses the ICAP-reported phase rules; phase 4 (2026-2030) uses the [unconfirmed]
    default (5 %, the phase 3 rule carried over) unless ``share`` gives the allocation plan's figure
    (setting ``kets_offset_limit_pct`` / 100). ``phase=None`` with ``share`` uses the decree's
    general rule (share <= 10/100, foreign <= 50/100 of the limit). ``foreign_share`` (a share of
    the obligation) overrides the foreign-origin limit. Results are whole permits, rounded down (a
    permit is one tonne, decree Art. 38(2)); ``basis`` says which rule and value were applied.

    >>> offset_limit(2_000_000, phase=3).total   # oracles.md: ICAP phase 3, 5%
    100000
    """
    if obligation_t < 0:
        raise KetsError(f"surrender obligation must be >= 0, got {obligation_t}")
    if share is not None and not 0 <= share <= DECREE_OFFSET_SHARE:
        raise KetsError(f"offset share {share} exceeds the decree's 10/100 (Art. 38(4))")
    confirmed = True
    if phase is not None:
        if phase not in PHASES:
            known = f"{min(PHASES)}-{max(PHASES)}"
            raise KetsError(
                f"K-ETS phase {phase} has no offset rule here (known: {known}); give share= instead"
            )
        (first, last), phase_share, phase_foreign = PHASES[phase]
        where = f"phase {phase}, {first}-{last}"
        if phase in UNCONFIRMED_PHASES and share is None:
            total_share, foreign_share_ = phase_share, phase_foreign
            confirmed = False
            source = f"{where}, [unconfirmed] default; set {KETS_OFFSET_LIMIT_SETTING} to the allocation plan's figure"
            clause = f"STANDARDS.md [unconfirmed] K-ETS phase {phase} default (phase 3 rule carried over); decree Art. 38(4)"
        elif share is not None:
            total_share = share
            # foreign-origin: the phase's rule scaled to the entered share (phase 3/4: regardless of type)
            foreign_share_ = share * (phase_foreign / phase_share if phase_share else 0.0)
            source = f"{where}, allocation plan figure entered ({KETS_OFFSET_LIMIT_SETTING})"
            clause = f"K-ETS allocation plan, phase {phase} (as entered); decree Art. 38(4)"
        else:
            total_share, foreign_share_ = phase_share, phase_foreign
            source = f"{where}, ICAP K-ETS summary"
            clause = f"ICAP K-ETS summary, phase {phase}; decree Art. 38(4)"
    else:
        total_share = DECREE_OFFSET_SHARE if share is None else share
        foreign_share_ = total_share * DECREE_FOREIGN_SHARE_OF_LIMIT
        source = "decree general rule: within 10/100, foreign-origin at most 50/100 of the limit"
        clause = "K-ETS decree Art. 38(4)"
    if foreign_share is not None:
        if not 0 <= foreign_share <= total_share:
            raise KetsError(
                f"foreign-origin share {foreign_share} must be between 0 and the limit {total_share}"
            )
        foreign_share_ = foreign_share
    total = math.floor(obligation_t * total_share + 1e-9)
    foreign = min(total, math.floor(obligation_t * foreign_share_ + 1e-9))
    basis = (
        f"offset limit {_pct(total_share)} of the obligation, foreign-origin up to {_pct(foreign_share_)} "
        f"({source})"
    )
    return OffsetLimit(
        int(obligation_t), phase, total, foreign, clause, total_share, foreign_share_, confirmed, basis
    )


def borrowing_limit_share(
    first_year: bool, prev_limit_share: float = 0.0, prev_borrowed_share: float = 0.0, last_year: bool = False
) -> float:
    """Borrowing limit as a share of the obligation (decree Art. 36(2)).

    First compliance year of a commitment period: 15/100. From the second year until the year
    immediately before the last: previous year's limit share minus 50/100 of the share of the
    previous year's obligation that was borrowed. Last compliance year: 0 (see
    :func:`borrowing_for_year`).
    """
    if first_year and last_year:
        raise KetsError("a compliance year cannot be both the first and the last of its commitment period")
    if last_year:
        return 0.0
    if first_year:
        return FIRST_YEAR_BORROWING
    if prev_limit_share < 0 or prev_borrowed_share < 0:
        raise KetsError("previous limit and borrowed share must be >= 0")
    return max(0.0, prev_limit_share - prev_borrowed_share * BORROWING_REDUCTION)


def borrowing_limit(
    obligation_t: float,
    first_year: bool,
    prev_limit_share: float = 0.0,
    prev_borrowed_share: float = 0.0,
    last_year: bool = False,
) -> int:
    """Permits that may be borrowed = obligation x limit share, rounded down (Art. 36(2))."""
    if obligation_t < 0:
        raise KetsError(f"surrender obligation must be >= 0, got {obligation_t}")
    share = borrowing_limit_share(first_year, prev_limit_share, prev_borrowed_share, last_year)
    return math.floor(obligation_t * share + 1e-9)


@dataclass(frozen=True)
class Borrowing:
    compliance_year: int
    phase: int
    year_in_phase: int  # 1 = the first compliance year of the commitment period
    share: float  # borrowing limit as a share of the obligation
    permits: int  # obligation x share, rounded down
    rule: str  # the rule and value applied
    clause: str = "K-ETS decree Art. 36(2)"


# Decree Art. 36(2) (seeds/k-ets-enforcement-decree.txt):
#   "1. The first compliance year of the relevant commitment period: the number of emission permits
#    to be surrendered ... x 15/100;
#    2. From the second compliance year of the relevant commitment period until the compliance year
#    immediately before the last compliance year: the number of emission permits to be submitted ...
#    x [the borrowing limits of emission permits of the immediately previous year during the
#    relevant commitment period - (the ratio of number of borrowed emission permits out of the
#    number of emission permits to be surrendered in the immediately previous year during the
#    relevant commitment period x 50/100)]."
# Art. 36(2) gives no formula for the last compliance year, and the ICAP summary says "Borrowing is
# allowed within a single trading phase": in the last year there is no later year of the phase to
# borrow from, so the limit is 0.
def borrowing_for_year(
    obligation_t: float,
    compliance_year: int,
    prev_limit_share: float | None = None,
    prev_borrowed_share: float = 0.0,
) -> Borrowing:
    """Borrowing limit for ``compliance_year`` per decree Art. 36(2), the phase taken from the year.

    ``prev_limit_share``: the previous year's borrowing limit as a share of its obligation (needed
    from the second year on); ``prev_borrowed_share``: permits borrowed in the previous year / that
    year's obligation. Phase 1 (2015-2017) predates the 2017 text (ICAP: 20 % then) and is refused.
    """
    if obligation_t < 0:
        raise KetsError(f"surrender obligation must be >= 0, got {obligation_t}")
    phase = phase_of_year(compliance_year)
    if phase is None:
        raise KetsError(f"compliance year {compliance_year} is in no known K-ETS phase (2015-2030)")
    if phase == 1:
        raise KetsError(
            "phase 1 (2015-2017) borrowing was 20 % of the obligation (ICAP); Art. 36(2) in the 2017 text "
            "applies from phase 2"
        )
    first, last = phase_years(phase)
    n = compliance_year - first + 1
    where = f"compliance year {compliance_year}, year {n} of phase {phase} ({first}-{last})"
    if compliance_year == last:
        share = 0.0
        rule = (
            f"borrowing limit 0 % ({where}: the last compliance year; Art. 36(2)2 runs only until the year "
            "immediately before the last, borrowing only within a phase)"
        )
    elif n == 1:
        share = FIRST_YEAR_BORROWING
        rule = f"borrowing limit {_pct(share)} of the obligation ({where}: Art. 36(2)1, 15/100)"
    else:
        if prev_limit_share is None:
            raise KetsError(
                f"{where}: Art. 36(2)2 needs the previous year's borrowing limit share (prev_limit_share)"
            )
        share = borrowing_limit_share(False, prev_limit_share, prev_borrowed_share)
        rule = (
            f"borrowing limit {_pct(share)} of the obligation ({where}: Art. 36(2)2, previous limit "
            f"{_pct(prev_limit_share)} - 50/100 x previous borrowed {_pct(prev_borrowed_share)})"
        )
    permits = math.floor(obligation_t * share + 1e-9)
    return Borrowing(compliance_year, phase, n, share, permits, rule)


def average_market_price(total_traded_value_krw: float, total_traded_volume_t: float) -> float:
    """Year's average price = total traded value / total traded volume (Art. 42(1))."""
    if total_traded_volume_t <= 0:
        raise KetsError("total traded volume must be > 0 to compute the average market price")
    return total_traded_value_krw / total_traded_volume_t


@dataclass(frozen=True)
class Surcharge:
    shortfall_t: float
    average_price_krw: float
    per_t_krw: float  # min(3 x average price, cap)
    capped: bool  # True when the cap per tonne applied
    amount_krw: float  # shortfall x per_t
    rule: str
    clause: str = "K-ETS decree Art. 42(1); cap per ICAP K-ETS summary (a setting)"


def surcharge(
    shortfall_t: float, average_price_krw: float, cap_per_t_krw: float | None = DEFAULT_SURCHARGE_CAP_KRW
) -> Surcharge:
    """Penalty surcharge for permits not surrendered, with the rule applied (Art. 42(1))."""
    if shortfall_t < 0 or average_price_krw < 0:
        raise KetsError("shortfall and average price must be >= 0")
    three_x = SURCHARGE_MULTIPLE * average_price_krw
    capped = cap_per_t_krw is not None and cap_per_t_krw < three_x
    per_t = cap_per_t_krw if capped else three_x
    cap_text = "no cap" if cap_per_t_krw is None else f"cap KRW {cap_per_t_krw:,.0f}/t"
    rule = (
        f"surcharge KRW {per_t:,.0f}/t = min(3 x average price KRW {average_price_krw:,.0f}, {cap_text})"
        f"{' (cap applied)' if capped else ''} x {shortfall_t:,g} t"
    )
    return Surcharge(shortfall_t, average_price_krw, per_t, capped, shortfall_t * per_t, rule)


def penalty_surcharge(
    shortfall_t: float, average_price_krw: float, cap_per_t_krw: float | None = DEFAULT_SURCHARGE_CAP_KRW
) -> float:
    """Surcharge = shortfall x min(3 x average price, cap per tonne) (Art. 42(1); cap per ICAP, a
    setting: ``cap_per_t_krw=None`` applies no cap)."""
    return surcharge(shortfall_t, average_price_krw, cap_per_t_krw).amount_krw


@dataclass(frozen=True)
class Arrears:
    unpaid_krw: float
    months_overdue: int
    months_counted: int  # at most 60
    amount_krw: float  # additional dues
    total_due_krw: float  # unpaid + additional dues
    rule: str
    clause: str = "K-ETS decree Art. 43"


def arrears_due(unpaid_surcharge_krw: float, months_overdue: int) -> Arrears:
    """Additional dues on an unpaid surcharge, with the rule applied (Art. 43)."""
    if unpaid_surcharge_krw < 0 or months_overdue < 0:
        raise KetsError("unpaid surcharge and months overdue must be >= 0")
    counted = min(int(months_overdue), ARREARS_MAX_MONTHS)
    amount = unpaid_surcharge_krw * ARREARS_RATE_PER_MONTH * counted
    rule = (
        f"additional dues 12/1,000 per month x {counted} month(s)"
        + (f" (of {months_overdue}; at most {ARREARS_MAX_MONTHS})" if counted < months_overdue else "")
        + f" on KRW {unpaid_surcharge_krw:,.0f}"
    )
    return Arrears(
        unpaid_surcharge_krw, int(months_overdue), counted, amount, unpaid_surcharge_krw + amount, rule
    )


def arrears(unpaid_surcharge_krw: float, months_overdue: int) -> float:
    """Additional dues = unpaid x 12/1,000 per elapsed month, at most 60 months (Art. 43)."""
    return arrears_due(unpaid_surcharge_krw, months_overdue).amount_krw


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
