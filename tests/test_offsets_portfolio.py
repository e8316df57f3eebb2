"""Portfolio MILP (scipy HiGHS): optima worked out by hand, and infeasible cases explained."""

import datetime as dt

import pytest

from offsets.lots import CreditLot
from offsets.portfolio import Constraints, select


def lot(i, qty, price, kind="avoidance", project=None, **kw):
    kw.setdefault("vintage_end", dt.date(2023, 12, 31))
    return CreditLot(
        "Verra", "VCS", "VCU", f"s{i}", qty, id=i, price=price, kind=kind, project_id=project or f"P{i}", **kw
    )


# A: 100 t avoidance at 5/t, B: 100 t avoidance at 8/t, C: 50 t removal at 20/t, D: 100 t removal at 30/t
LOTS = [lot(1, 100, 5), lot(2, 100, 8), lot(3, 50, 20, "removal"), lot(4, 100, 30, "removal")]


def picks(sel):
    return {lt.id: q for lt, q in sel.picks}


def test_cheapest_cover_without_constraints():
    # 150 t: all of A (100 x 5 = 500) + 50 of B (50 x 8 = 400) = 900
    sel = select(LOTS, 150)
    assert sel.feasible and picks(sel) == {1: 100, 2: 50} and sel.cost == 900 and sel.total_t == 150


def test_minimum_removal_share():
    # >= 20% of 150 = 30 t removals: cheapest removal C 30 x 20 = 600; then A 100 x 5 = 500, B 20 x 8 = 160
    sel = select(LOTS, 150, Constraints(min_removal_share=0.2))
    assert picks(sel) == {1: 100, 2: 20, 3: 30} and sel.cost == 1260
    assert sel.removal_share == pytest.approx(0.2)


def test_removal_share_and_max_share_per_project():
    # 50% removals, at most 40% (60 t) per project, 150 t:
    # removals 75 t: C 50 x 20 = 1000, D 25 x 30 = 750; avoidance 75 t: A 60 x 5 = 300, B 15 x 8 = 120 -> 2170
    sel = select(LOTS, 150, Constraints(min_removal_share=0.5, max_project_share=0.4))
    assert picks(sel) == {1: 60, 2: 15, 3: 50, 4: 25} and sel.cost == 2170


def test_whole_lots_only():
    # whole lots covering 150 t: A+B = 200 t for 1,300 beats A+C = 150 t for 1,500 and B+C for 1,800
    sel = select(LOTS, 150, Constraints(whole_lots=True))
    assert picks(sel) == {1: 100, 2: 100} and sel.cost == 1300


def test_fractional_residual_rounds_up_to_whole_credits():
    sel = select(LOTS, 100.2)
    assert sel.total_t == 101 and picks(sel) == {1: 100, 2: 1}


def test_filters_and_unavailable_lots_are_excluded_with_reasons():
    lots = LOTS + [
        lot(5, 500, 1, vintage_end=dt.date(2015, 12, 31)),
        lot(6, 500, 1, status="retired"),
        lot(7, 500, 1, kets_compliance_year=2024),
        lot(8, 500, None),
        lot(9, 500, 2, host_country="IN"),
    ]
    sel = select(lots, 150, Constraints(vintage_from=2020, countries=(None, "US")))
    assert picks(sel) == {1: 100, 2: 50}
    assert sel.excluded == {
        "lot 5": "vintage 2015 before 2020",
        "lot 6": "status retired",
        "lot 7": "used for K-ETS compliance",
        "lot 8": "no price",
        "lot 9": "country IN not allowed",
    }
    ccp = select(LOTS + [lot(10, 200, 50, ccp_label=True)], 150, Constraints(ccp_only=True))
    assert picks(ccp) == {10: 150}


def test_infeasible_supply_explained():
    sel = select(LOTS, 150, Constraints(programmes=("GS",)))
    assert not sel.feasible
    assert (
        "coverage" in sel.explanation
        and "hold 0 t" in sel.explanation
        and "programme: 4 lot(s)" in sel.explanation
    )


def test_infeasible_removal_share_explained():
    # 60% of 300 t = 180 t removals needed, only 150 t exist
    sel = select(LOTS, 300, Constraints(min_removal_share=0.6))
    assert not sel.feasible
    assert (
        "minimum removal share 60%" in sel.explanation
        and "150 t" in sel.explanation
        and "180 t" in sel.explanation
    )


def test_infeasible_project_share_explained():
    sel = select(LOTS[:2], 150, Constraints(max_project_share=0.4))
    assert not sel.feasible
    assert "maximum share per project 40%" in sel.explanation and "2 project(s)" in sel.explanation


def test_bad_constraints_refused():
    with pytest.raises(ValueError, match="min_removal_share"):
        select(LOTS, 10, Constraints(min_removal_share=1.5))
    with pytest.raises(ValueError, match="vintage window"):
        select(LOTS, 10, Constraints(vintage_from=2024, vintage_to=2020))
