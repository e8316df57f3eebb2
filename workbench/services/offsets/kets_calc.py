"""The K-ETS calculators (penalty surcharge, borrowing limit, arrears) for the UI and the CLI.

Wraps ``offsets.kets``: every input is checked first, and a bad one becomes a
:class:`KetsInputError` (a ProjectError) naming the field, never a library exception text.
Each result carries the rule and clause applied in English and in Korean (``rule_ko``,
``clause_ko``), the Korean formatted here from the result's numbers.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from offsets import kets
from workbench.project.errors import ProjectError

KETS_DEFAULT_SURCHARGE_CAP_KRW = kets.DEFAULT_SURCHARGE_CAP_KRW
KETS_ARREARS_MAX_MONTHS = kets.ARREARS_MAX_MONTHS
KETS_FIRST_YEAR_BORROWING = kets.FIRST_YEAR_BORROWING
# Art. 36(2) in the 2017 text applies from phase 2; the phase table ends with phase 4.
KETS_BORROWING_YEARS = (kets.phase_years(2)[0], kets.phase_years(max(kets.PHASES))[1])

DECREE_KO = "배출권거래법 시행령"
CAP_SOURCE_KO = "상한은 국제탄소행동파트너십 배출권거래제 개요 기준(설정값)"


class KetsInputError(ProjectError):
    """An input a K-ETS calculator cannot use; ``field`` names it."""

    def __init__(self, calculator: str, field: str, reason: str):
        super().__init__(f"K-ETS {calculator}: {field}: {reason}")
        self.calculator = calculator
        self.field = field
        self.reason = reason


@dataclass(frozen=True)
class KetsCalculation:
    kind: str  # "surcharge" | "borrowing" | "arrears"
    result: object  # offsets.kets.Surcharge | Borrowing | Arrears
    rule: str
    clause: str
    rule_ko: str
    clause_ko: str
    price_rule: str = ""  # surcharge from traded value and volume: how the average price was found
    price_rule_ko: str = ""

    def rule_text(self, lang: str = "en") -> str:
        """The rule and clause applied, in ``lang`` ("en" or "ko")."""
        if lang == "ko":
            return "\n".join(t for t in (self.price_rule_ko, f"{self.rule_ko} ({self.clause_ko})") if t)
        return "\n".join(t for t in (self.price_rule, f"{self.rule} ({self.clause})") if t)


def _pct(share: float) -> str:
    return f"{round(share * 100, 6):g} %"


def _number(calculator: str, field: str, value, minimum: float = 0.0, maximum: float | None = None) -> float:
    try:
        x = float(value)
    except (TypeError, ValueError):
        raise KetsInputError(calculator, field, f"give a number, not {value!r}") from None
    if not math.isfinite(x):
        raise KetsInputError(calculator, field, "give a finite number")
    if x < minimum:
        raise KetsInputError(calculator, field, f"must be {minimum:g} or more, got {x:g}")
    if maximum is not None and x > maximum:
        raise KetsInputError(calculator, field, f"must be {maximum:g} or less, got {x:g}")
    return x


def _run(calculator: str, field: str, fn, *args):
    try:
        return fn(*args)
    except kets.KetsError as exc:  # the checks above should leave none; name the field anyway
        raise KetsInputError(calculator, field, str(exc)) from None


# -- penalty surcharge (decree Art. 42(1)) --------------------------------------------------------
def kets_surcharge(
    shortfall_t: float,
    average_price_krw: float | None = None,
    *,
    traded_value_krw: float | None = None,
    traded_volume_t: float | None = None,
    cap_per_t_krw: float | None = KETS_DEFAULT_SURCHARGE_CAP_KRW,
) -> KetsCalculation:
    """Surcharge for ``shortfall_t`` permits not surrendered: the average price given, or computed
    from the year's traded value and volume; ``cap_per_t_krw=None`` applies no cap."""
    name = "surcharge"
    shortfall = _number(name, "shortfall (t)", shortfall_t)
    price_rule = price_rule_ko = ""
    if average_price_krw is None:
        if traded_value_krw is None or traded_volume_t is None:
            raise KetsInputError(
                name, "average market price", "give the price or the traded value and volume"
            )
        value = _number(name, "traded value (KRW)", traded_value_krw)
        volume = _number(name, "traded volume (t)", traded_volume_t)
        if volume <= 0:
            raise KetsInputError(name, "traded volume (t)", "must be more than 0")
        price = _run(name, "traded volume (t)", kets.average_market_price, value, volume)
        price_rule = (
            f"average market price KRW {price:,.0f}/t = traded value KRW {value:,.0f} / traded volume "
            f"{volume:,g} t (K-ETS decree Art. 42(1))"
        )
        price_rule_ko = (
            f"시장 평균 가격 {price:,.0f} KRW/t = 총 거래금액 {value:,.0f} KRW ÷ 총 거래량 {volume:,g} t "
            f"({DECREE_KO} 제42조 제1항)"
        )
    else:
        price = _number(name, "average market price (KRW/t)", average_price_krw)
    cap = None if cap_per_t_krw is None else _number(name, "cap per tonne (KRW/t)", cap_per_t_krw)
    res = _run(name, "shortfall (t)", kets.surcharge, shortfall, price, cap)
    if cap is None:
        per_t_ko = f"시장 평균 가격 {price:,.0f} KRW/t의 3배 (상한 없음)"
    else:
        per_t_ko = f"시장 평균 가격 {price:,.0f} KRW/t의 3배와 상한 {cap:,.0f} KRW/t 중 작은 값"
    rule_ko = (
        f"톤당 과징금 {res.per_t_krw:,.0f} KRW/t = {per_t_ko}{' (상한 적용)' if res.capped else ''} "
        f"× 미제출 배출권 {shortfall:,g} t"
    )
    clause_ko = f"{DECREE_KO} 제42조 제1항; {CAP_SOURCE_KO}"
    return KetsCalculation(name, res, res.rule, res.clause, rule_ko, clause_ko, price_rule, price_rule_ko)


# -- borrowing limit (decree Art. 36(2)) ----------------------------------------------------------
def kets_borrowing_position(compliance_year: int) -> tuple[int, int, int, int]:
    """(phase, year in phase, first year, last year) of a compliance year Art. 36(2) covers."""
    year = _year(compliance_year)
    phase = kets.phase_of_year(year)
    first, last = kets.phase_years(phase)
    return phase, year - first + 1, first, last


def kets_borrowing_needs_previous(compliance_year: int) -> bool:
    """True when Art. 36(2)2 applies (from the second year until the year before the last)."""
    _phase, n, _first, last = kets_borrowing_position(compliance_year)
    return n > 1 and compliance_year != last


def _year(compliance_year) -> int:
    first, last = KETS_BORROWING_YEARS
    y = _number("borrowing", "compliance year", compliance_year, first, last)
    if y != int(y):
        raise KetsInputError("borrowing", "compliance year", f"give a whole year, got {y:g}")
    return int(y)


def kets_borrowing(
    obligation_t: float,
    compliance_year: int,
    prev_limit_share: float | None = None,
    prev_borrowed_share: float = 0.0,
) -> KetsCalculation:
    """Borrowing limit for a compliance year; the shares are fractions of the obligation (0..1)."""
    name = "borrowing"
    obligation = _number(name, "surrender obligation (t)", obligation_t)
    phase, n, first, last = kets_borrowing_position(compliance_year)
    year = int(compliance_year)
    needs_previous = n > 1 and year != last
    prev_limit = prev_borrowed = None
    if needs_previous:
        if prev_limit_share is None:
            raise KetsInputError(
                name,
                "previous year's borrowing limit share",
                f"year {n} of phase {phase} needs it (decree Art. 36(2)2)",
            )
        prev_limit = _number(name, "previous year's borrowing limit share", prev_limit_share, 0, 1)
        prev_borrowed = _number(name, "previous year's borrowed share", prev_borrowed_share, 0, 1)
    res = _run(name, "compliance year", kets.borrowing_for_year, obligation, year, prev_limit, prev_borrowed)
    where = f"{year}년 이행연도: 제{phase}차 계획기간({first}-{last}년)의 {n}번째 이행연도"
    if year == last:
        rule_ko = (
            f"차입 한도 0 % ({where}. 마지막 이행연도이며, 제36조 제2항 제2호는 마지막 이행연도 직전 "
            "이행연도까지만 적용되고 차입은 같은 계획기간 안에서만 허용됨)"
        )
    elif n == 1:
        rule_ko = f"차입 한도 제출 의무량의 {_pct(res.share)} ({where}. 제36조 제2항 제1호, 100분의 15)"
    else:
        rule_ko = (
            f"차입 한도 제출 의무량의 {_pct(res.share)} ({where}. 제36조 제2항 제2호, 직전 이행연도 차입 "
            f"한도 {_pct(prev_limit)} - 직전 이행연도 차입 비율 {_pct(prev_borrowed)} × 100분의 50)"
        )
    return KetsCalculation(name, res, res.rule, res.clause, rule_ko, f"{DECREE_KO} 제36조 제2항")


# -- arrears (decree Art. 43) ---------------------------------------------------------------------
def kets_arrears(unpaid_krw: float, months_overdue: int) -> KetsCalculation:
    """Additional dues on an unpaid surcharge after ``months_overdue`` whole months."""
    name = "arrears"
    unpaid = _number(name, "unpaid surcharge (KRW)", unpaid_krw)
    months = _number(name, "months overdue", months_overdue)
    if months != int(months):
        raise KetsInputError(name, "months overdue", f"give whole months, got {months:g}")
    res = _run(name, "months overdue", kets.arrears_due, unpaid, int(months))
    rule_ko = f"가산금 월 1,000분의 12 × {res.months_counted}개월" + (
        f" (연체 {res.months_overdue}개월 중 최대 {KETS_ARREARS_MAX_MONTHS}개월)"
        if res.months_counted < res.months_overdue
        else ""
    )
    rule_ko += f", 미납 과징금 {unpaid:,.0f} KRW 기준"
    return KetsCalculation(name, res, res.rule, res.clause, rule_ko, f"{DECREE_KO} 제43조")
