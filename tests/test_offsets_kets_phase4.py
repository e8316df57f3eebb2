"""K-ETS through 2030: phase 4 offset limit ([unconfirmed] default, STANDARDS.md "More defaults"),
borrowing per decree Art. 36(2) with its limitation to the years before the last, and the penalty
and arrears calculators, with hand-worked numbers (seeds/k-ets-enforcement-decree.txt,
seeds/icap-k-ets-summary.txt)."""

import datetime as dt
from dataclasses import replace

import pytest

from offsets.findings import ERROR, INFO
from offsets.kets import (
    KETS_OFFSET_LIMIT_SETTING,
    KetsError,
    arrears_due,
    borrowing_for_year,
    borrowing_limit,
    offset_limit,
    phase_of_year,
    phase_years,
    surcharge,
)
from offsets.lots import CreditLot
from offsets.rules.kets import surrender_findings


def kcu(quantity: int, origin: str = "domestic", year: int = 2026) -> CreditLot:
    return CreditLot(
        programme="KETS",
        registry="GIR",
        unit_type="KCU",
        serial=f"GIR/KCU-{year}-0001/1-{quantity}",
        quantity=quantity,
        origin=origin,
        kets_compliance_year=year,
        vintage_start=dt.date(year - 1, 1, 1),
        vintage_end=dt.date(year - 1, 12, 31),
    )


def test_phase_4_covers_2026_to_2030():
    assert [phase_of_year(y) for y in (2025, 2026, 2030, 2031)] == [3, 4, 4, None]
    assert phase_years(4) == (2026, 2030)


def test_phase_4_default_is_5_percent_and_says_it_is_unconfirmed():
    lim = offset_limit(1_000_000, phase=4)
    assert (lim.total, lim.foreign, lim.confirmed) == (50_000, 50_000, False)
    assert "5 % of the obligation" in lim.basis
    assert "[unconfirmed] default" in lim.basis and KETS_OFFSET_LIMIT_SETTING in lim.basis


def test_phase_4_with_the_allocation_plan_figure_entered():
    # e.g. a plan figure of 7 %: 1,234,567 t x 0.07 = 86,419.69 -> 86,419 permits (rounded down)
    lim = offset_limit(1_234_567, phase=4, share=0.07)
    assert (lim.total, lim.confirmed) == (86_419, True)
    assert "7 % of the obligation" in lim.basis and "allocation plan figure entered" in lim.basis
    with pytest.raises(KetsError, match="10/100"):
        offset_limit(1_000_000, phase=4, share=0.12)  # above the decree's Art. 38(4) ceiling


def test_issue_18_case_60000_kcu_against_1000000_t_in_2026_is_an_error_naming_the_rule():
    hits = surrender_findings([kcu(60_000)], 1_000_000, compliance_year=2026)
    errors = [f for f in hits if f.severity == ERROR]
    assert [f.rule_id for f in errors] == ["KETS.OFFSET_LIMIT"]
    msg = errors[0].message
    assert "60000 offset permits exceed the limit of 50000" in msg and "compliance year 2026" in msg
    assert "offset limit 5 % of the obligation" in msg and "phase 4, 2026-2030, [unconfirmed] default" in msg
    assert "set kets_offset_limit_pct to the allocation plan's figure" in msg
    info = [f for f in hits if f.severity == INFO]
    assert [f.rule_id for f in info] == ["KETS.OFFSET_LIMIT_UNCONFIRMED"]


def test_within_the_phase_4_default_still_reports_which_rule_was_applied():
    hits = surrender_findings([kcu(40_000)], 1_000_000, compliance_year=2026)
    assert [(f.rule_id, f.severity) for f in hits] == [("KETS.OFFSET_LIMIT_UNCONFIRMED", INFO)]
    assert "40000 offset permits checked against 50000" in hits[0].message
    # with the plan's figure entered there is nothing left to disclose
    assert surrender_findings([kcu(40_000)], 1_000_000, phase=4, share=0.05) == []


def test_phase_3_findings_name_the_icap_rule():
    hits = surrender_findings([kcu(100_001, year=2025)], 2_000_000, compliance_year=2025)
    assert [f.rule_id for f in hits] == ["KETS.OFFSET_LIMIT"]
    assert "offset limit 5 % of the obligation" in hits[0].message and "ICAP K-ETS summary" in hits[0].message


def test_foreign_limit_message_names_the_decree_rule():
    lot = replace(kcu(60), origin="foreign")
    hits = surrender_findings([lot], 1_000)  # decree general rule: 100, of which foreign 50
    assert [f.rule_id for f in hits] == ["KETS.FOREIGN_LIMIT"]
    assert "foreign-origin up to 5 %" in hits[0].message and "50/100 of the limit" in hits[0].message


def test_art_36_2_1_first_compliance_year_of_the_commitment_period_15_per_100():
    b = borrowing_for_year(1_000_000, 2026)
    assert (b.phase, b.year_in_phase, b.share, b.permits) == (4, 1, 0.15, 150_000)
    assert "Art. 36(2)1" in b.rule and "15 %" in b.rule


def test_art_36_2_2_from_the_second_compliance_year_until_the_year_immediately_before_the_last():
    # 2027, year 2 of phase 4: previous limit 15 %, previous borrowed 10 % of the 2026 obligation:
    # 0.15 - 0.10 x 50/100 = 0.10; 800,000 t x 0.10 = 80,000 permits.
    b = borrowing_for_year(800_000, 2027, prev_limit_share=0.15, prev_borrowed_share=0.10)
    assert (b.year_in_phase, b.share, b.permits) == (2, pytest.approx(0.10), 80_000)
    assert "Art. 36(2)2" in b.rule
    # 2029, year 4 (the year immediately before the last): 0.10 - 0.06 x 0.5 = 0.07; 500,000 t -> 35,000
    b = borrowing_for_year(500_000, 2029, prev_limit_share=0.10, prev_borrowed_share=0.06)
    assert (b.year_in_phase, b.permits) == (4, 35_000)
    with pytest.raises(KetsError, match="previous year's borrowing limit share"):
        borrowing_for_year(500_000, 2028)


def test_art_36_2_2_limitation_no_borrowing_in_the_last_compliance_year_of_the_phase():
    for year in (2025, 2030):  # last years of phases 3 and 4
        b = borrowing_for_year(1_000_000, year, prev_limit_share=0.15, prev_borrowed_share=0.0)
        assert (b.share, b.permits) == (0.0, 0)
        assert "last compliance year" in b.rule
    assert borrowing_limit(1_000_000, first_year=False, prev_limit_share=0.15, last_year=True) == 0
    with pytest.raises(KetsError, match="phase 1"):
        borrowing_for_year(1_000_000, 2016)
    with pytest.raises(KetsError, match="no known K-ETS phase"):
        borrowing_for_year(1_000_000, 2031)


def test_surcharge_worked_numbers_and_rule_text():
    # 2,500 t short at an average price of KRW 9,000: 3 x 9,000 = 27,000 < cap 100,000 -> KRW 67,500,000
    s = surcharge(2_500, 9_000)
    assert (s.per_t_krw, s.capped, s.amount_krw) == (27_000, False, 67_500_000)
    assert "3 x average price KRW 9,000" in s.rule
    # at KRW 40,000: 3 x 40,000 = 120,000 > cap -> 100,000/t; 1,000 t -> KRW 100,000,000
    c = surcharge(1_000, 40_000)
    assert (c.per_t_krw, c.capped, c.amount_krw) == (100_000, True, 100_000_000)
    assert "cap applied" in c.rule
    assert surcharge(1_000, 40_000, cap_per_t_krw=None).amount_krw == 120_000_000


def test_arrears_worked_numbers_art_43():
    # KRW 67,500,000 unpaid for 10 months: x 12/1,000 x 10 = 8,100,000; total due 75,600,000
    a = arrears_due(67_500_000, 10)
    assert (a.months_counted, a.amount_krw, a.total_due_krw) == (10, pytest.approx(8_100_000), 75_600_000)
    # 75 months: only 60 count -> 72 % of the unpaid surcharge
    long = arrears_due(1_000_000, 75)
    assert (long.months_counted, long.amount_krw) == (60, pytest.approx(720_000))
    assert "at most 60" in long.rule
