"""K-ETS calculators against the decree's formulas (seeds/k-ets-enforcement-decree.txt) and the ICAP
summary, with hand-worked numbers."""

import datetime as dt

import pytest

from offsets.kets import (
    KetsError,
    arrears,
    average_market_price,
    borrowing_limit,
    borrowing_limit_share,
    kcu_conversion_deadline,
    offset_limit,
    offset_permit_void_date,
    penalty_surcharge,
    phase_of_year,
)


def test_offset_limit_phase3_oracle():
    # oracles.md / ICAP: phase 3, obligation 2,000,000 t -> at most 100,000 offset permits (5%).
    lim = offset_limit(2_000_000, phase=3)
    assert lim.total == 100_000 and lim.foreign == 100_000


def test_offset_limit_phase2_and_decree():
    # ICAP phase 2: 10% of which up to 5% international: 1,234,567 t -> 123,456 and 61,728 (rounded down).
    lim = offset_limit(1_234_567, phase=2)
    assert (lim.total, lim.foreign) == (123_456, 61_728)
    # decree Art. 38(4): within 10/100, foreign <= 50/100 of the limit: 7% of 10,000 = 700, foreign 350.
    lim = offset_limit(10_000, share=0.07)
    assert (lim.total, lim.foreign) == (700, 350)
    assert offset_limit(10_000, phase=1).foreign == 0  # phase 1: domestic only
    with pytest.raises(KetsError, match="10/100"):
        offset_limit(10_000, share=0.11)
    with pytest.raises(KetsError, match="phase 5"):
        offset_limit(10_000, phase=5)
    assert phase_of_year(2025) == 3 and phase_of_year(2026) == 4 and phase_of_year(2031) is None


def test_borrowing_limit_art_36_2():
    # first compliance year: obligation x 15/100
    assert borrowing_limit(1_000_000, first_year=True) == 150_000
    # later year: previous limit 15%, previous borrowed share 10% -> 15% - 10% x 50% = 10%
    assert borrowing_limit_share(False, 0.15, 0.10) == pytest.approx(0.10)
    assert (
        borrowing_limit(800_000, first_year=False, prev_limit_share=0.15, prev_borrowed_share=0.10) == 80_000
    )
    # borrowed everything twice over -> limit never below zero
    assert borrowing_limit_share(False, 0.05, 0.20) == 0.0


def test_penalty_surcharge_art_42_with_cap_setting():
    # average price = total traded value / volume: KRW 2,500,000,000 / 100,000 t = 25,000 KRW/t
    price = average_market_price(2_500_000_000, 100_000)
    assert price == 25_000
    # shortfall 1,000 t x 3 x 25,000 = 75,000,000 (under the 100,000/t cap)
    assert penalty_surcharge(1_000, price) == 75_000_000
    # at 40,000 KRW/t, 3x = 120,000 > cap 100,000 -> 1,000 x 100,000
    assert penalty_surcharge(1_000, 40_000) == 100_000_000
    assert penalty_surcharge(1_000, 40_000, cap_per_t_krw=None) == 120_000_000
    with pytest.raises(KetsError):
        average_market_price(1, 0)


def test_arrears_art_43():
    # oracles.md: 10 months unpaid -> +12% (12/1,000 per month)
    assert arrears(1_000_000, 10) == pytest.approx(120_000)
    # capped at 60 months: 72% at most
    assert arrears(1_000_000, 75) == pytest.approx(720_000)
    with pytest.raises(KetsError):
        arrears(-1, 3)


def test_conversion_window_and_void_date():
    assert kcu_conversion_deadline(dt.date(2021, 3, 15)) == dt.date(2026, 3, 15)
    assert kcu_conversion_deadline(dt.date(2024, 2, 29)) == dt.date(2029, 2, 28)
    assert offset_permit_void_date(2024) == dt.date(2025, 6, 30)
