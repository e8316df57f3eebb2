"""Reduction-plan calculations (lca.reduction*) against hand-worked numbers."""

from __future__ import annotations

import pytest

from lca.reduction import Measure, ReductionInputError, SourceEmission, combine, validate_measure
from lca.reduction_cost import annualised_cost, crf, macc
from lca.reduction_targets import Target, pathway_value, trajectory, validate_target


def m(name, sources, kind, abatement, capex=0.0, opex=0.0, life=10, start=2025, status="planned"):
    return validate_measure(Measure(name, tuple(sources), kind, abatement, capex, opex, life, start, status))


# --- annualisation --------------------------------------------------------------------------


def test_crf_hand_worked():
    # 1.05^10 = 1.628894627; 0.05 x 1.628894627 / 0.628894627 = 0.129504575
    assert crf(5, 10) == pytest.approx(0.129504575, abs=1e-9)
    assert crf(0, 4) == pytest.approx(0.25)  # no discounting: straight-line
    assert crf(10, 1) == pytest.approx(1.1)  # one year: repay capex plus one year's interest
    # capex 1,000,000 over 10 years at 5 % plus a saving of 30,000 a year
    assert annualised_cost(1_000_000, -30_000, 5, 10) == pytest.approx(99_504.575, abs=1e-3)


def test_crf_refuses_nonsense():
    with pytest.raises(ReductionInputError, match=r"discount_rate: 150 % is outside 0..100 %"):
        crf(150, 10)
    with pytest.raises(ReductionInputError, match=r"discount_rate: -1 % is outside"):
        crf(-1, 10)
    with pytest.raises(ReductionInputError, match="lifetime"):
        crf(5, 0)


# --- abatement ------------------------------------------------------------------------------


def test_overlapping_measures_combine_multiplicatively():
    # ELEC 1000 t: 20 % and 50 % measures leave 1000 x 0.8 x 0.5 = 400, not 1000 x (1 - 0.7) = 300
    a = m("A", ["ELEC"], "pct", 20)
    b = m("B", ["ELEC"], "pct", 50)
    r = combine({"ELEC": 1000.0, "GAS": 500.0}, [a, b])
    assert r.after == {"ELEC": pytest.approx(400.0), "GAS": 500.0}
    assert r.total_abated == pytest.approx(600.0)
    # attributed in proportion to the standalone 200 t and 500 t: 600 x 2/7 and 600 x 5/7
    got = {x.measure.name: x.attributed_tco2e for x in r.measures}
    assert got == {"A": pytest.approx(600 * 2 / 7), "B": pytest.approx(600 * 5 / 7)}
    assert sum(got.values()) == pytest.approx(r.total_abated)
    # the order measures were entered does not change the attribution
    r2 = combine({"ELEC": 1000.0, "GAS": 500.0}, [b, a])
    assert {x.measure.name: x.attributed_tco2e for x in r2.measures} == pytest.approx(got)


def test_measure_cannot_abate_more_than_its_source_emits():
    d = m("Big", ["GAS"], "tco2e", 800)  # GAS emits only 500
    r = combine({"GAS": 500.0}, [d])
    assert r.after["GAS"] == 0.0
    assert r.measures[0].attributed_tco2e == pytest.approx(500.0)
    assert r.measures[0].capped_tco2e == pytest.approx(300.0)
    # with another 100 t measure on the same source: r = 0.2 and 1.0, still only 500 t abated
    c = m("Small", ["GAS"], "tco2e", 100)
    r = combine({"GAS": 500.0}, [c, d])
    assert r.total_abated == pytest.approx(500.0)
    got = {x.measure.name: x.attributed_tco2e for x in r.measures}
    assert got == {"Small": pytest.approx(500 * 0.2 / 1.2), "Big": pytest.approx(500 * 1.0 / 1.2)}


def test_tco2e_measure_spread_over_its_sources_in_proportion():
    # 150 t over A (300) + B (100): r = 150/400 = 0.375 on each
    r = combine({"A": 300.0, "B": 100.0}, [m("X", ["A", "B"], "tco2e", 150)])
    assert r.after == {"A": pytest.approx(187.5), "B": pytest.approx(62.5)}
    assert r.measures[0].by_source == {"A": pytest.approx(112.5), "B": pytest.approx(37.5)}


def test_unknown_source_refused():
    with pytest.raises(ReductionInputError, match=r"measure 'X': sources: NOPE not in the footprint"):
        combine({"A": 1.0}, [m("X", ["NOPE"], "pct", 10)])


@pytest.mark.parametrize(
    "kwargs, field, text",
    [
        (dict(name=" "), "name", "name: a measure needs a name"),
        (dict(sources=()), "sources", "sources: name at least one emission source"),
        (dict(kind="pct", abatement=120), "abatement", "abatement: 120 % is outside 0..100 %"),
        (dict(kind="tco2e", abatement=-5), "abatement", "abatement: -5 tCO2e/yr is negative"),
        (dict(kind="kg"), "kind", "kind: 'kg' is not one of"),
        (dict(lifetime=-3), "lifetime", "lifetime: -3 must be a whole number of years above 0"),
        (dict(lifetime=2.5), "lifetime", "lifetime: 2.5 must be a whole number"),
        (dict(capex=-1), "capex", "capex: -1 is negative"),
        (dict(opex_change=float("nan")), "opex_change", "opex_change: nan is not a finite number"),
        (dict(start_year=1850), "start_year", "start_year: 1850 is outside the years 1990..2100"),
        (dict(status="maybe"), "status", "status: 'maybe' is not one of planned, in_progress, done"),
    ],
)
def test_measure_nonsense_refused(kwargs, field, text):
    base = dict(name="LED", sources=("ELEC",), kind="pct", abatement=10)
    base.update(kwargs)
    with pytest.raises(ReductionInputError) as e:
        validate_measure(Measure(**base))
    assert e.value.field == field
    assert text in str(e.value)


# --- MACC -----------------------------------------------------------------------------------


def test_macc_hand_worked_order_and_costs():
    emissions = {"ELEC": 1000.0, "GAS": 500.0}
    # at 0 % discount the annualised capex is capex / lifetime
    a = m("A", ["ELEC"], "pct", 20, capex=1000, opex=-2100, life=10)  # 100 - 2100 = -2000 /yr
    b = m("B", ["ELEC"], "pct", 50, capex=20000, opex=0, life=20)  # 1000 /yr
    c = m("C", ["GAS"], "tco2e", 100, capex=5000, opex=500, life=5)  # 1000 + 500 = 1500 /yr
    z = m("Z", ["GAS"], "pct", 0, capex=10)  # abates nothing: last, no cost per t
    rows = macc(emissions, [c, z, b, a], 0)
    assert [r.name for r in rows] == ["A", "B", "C", "Z"]
    assert [r.annualised_cost for r in rows] == pytest.approx([-2000, 1000, 1500, 1])
    # widths: A 600 x 2/7, B 600 x 5/7 (ELEC combined), C 100
    assert [r.abatement_tco2e for r in rows] == pytest.approx([600 * 2 / 7, 600 * 5 / 7, 100, 0])
    assert rows[0].cost_per_t == pytest.approx(-2000 / (600 * 2 / 7))  # -11.667
    assert rows[1].cost_per_t == pytest.approx(1000 / (600 * 5 / 7))  # 2.333
    assert rows[2].cost_per_t == pytest.approx(15.0)
    assert rows[3].cost_per_t is None
    assert [r.cumulative_start for r in rows] == pytest.approx([0, 600 * 2 / 7, 600, 700])


def test_macc_discount_rate_changes_costs_and_can_reorder():
    emissions = {"E": 1000.0, "G": 1000.0}
    # P: capex-heavy, long life; Q: opex-heavy. At 0 %: P 50000/25 = 2000 -> 20/t; Q 2500 -> 25/t.
    p = m("P", ["E"], "tco2e", 100, capex=50000, life=25)
    q = m("Q", ["G"], "tco2e", 100, opex=2500)
    assert [r.name for r in macc(emissions, [p, q], 0)] == ["P", "Q"]
    # At 10 %: CRF(10, 25) = 0.110168; P = 5508.40 -> 55.08/t, now dearer than Q
    rows = macc(emissions, [p, q], 10)
    assert [r.name for r in rows] == ["Q", "P"]
    assert rows[1].cost_per_t == pytest.approx(55.0840, abs=1e-3)


# --- targets and trajectory -----------------------------------------------------------------


def test_sbti_linear_pathway_hand_worked():
    # 1.5 C: 4.2 %/yr of the base, linear; WB2C 2.5 %/yr
    assert pathway_value(1000, 4.2, 2024, 2030) == pytest.approx(748.0)
    assert pathway_value(1000, 2.5, 2024, 2030) == pytest.approx(850.0)
    assert pathway_value(1000, 4.2, 2024, 2050) == 0.0  # never below zero (26 x 4.2 = 109.2 %)
    t = validate_target(Target("absolute", 2024, 2030, pathway="custom", reduction_pct=30))
    assert t.rate_pct == pytest.approx(5.0)


SOURCES = [
    SourceEmission("GAS", 600.0, 1),
    SourceEmission("ELEC", 400.0, 2),
    SourceEmission("TRAVEL", 200.0, 3),
]


def test_trajectory_hand_worked():
    gas = m("Heat pump", ["GAS"], "pct", 50, start=2026)
    elec = m("Solar", ["ELEC"], "tco2e", 100, start=2025)
    target = validate_target(Target("absolute", 2024, 2030, scopes=(1, 2), pathway="sbti_1.5c"))
    rows = trajectory(SOURCES, [gas, elec], target, reference_year=2024, actual={2025: 905.0})
    assert [r.year for r in rows] == list(range(2024, 2031))
    assert [r.bau for r in rows] == pytest.approx([1000] * 7)  # scopes 1 and 2 only
    assert [r.planned for r in rows] == pytest.approx([1000, 900, 600, 600, 600, 600, 600])
    assert [r.target for r in rows] == pytest.approx([1000, 958, 916, 874, 832, 790, 748])
    assert rows[1].gap_to_target == pytest.approx(-58)
    assert rows[1].actual == 905.0 and rows[0].actual is None
    # all sources (scope 3 too) remain to be offset for a neutrality claim
    assert [r.residual_to_offset for r in rows] == pytest.approx([1200, 1100, 800, 800, 800, 800, 800])


def test_trajectory_with_growth_and_intensity_target():
    gas = m("Heat pump", ["GAS"], "pct", 50, start=2026)
    elec = m("Solar", ["ELEC"], "tco2e", 100, start=2025)
    target = validate_target(
        Target(
            "intensity",
            2024,
            2028,
            pathway="sbti_wb2c",
            base_denominator=2000,
            denominator_unit="t product",
        )
    )
    rows = trajectory(SOURCES, [gas, elec], target, reference_year=2024, growth_pct=10)
    r26 = rows[2]
    assert r26.year == 2026
    # BAU 1000 x 1.1^2 = 1210; planned: GAS 726 x 0.5 = 363, ELEC 484 - 100 = 384 -> 747
    assert r26.bau == pytest.approx(1210)
    assert r26.planned == pytest.approx(747)
    # base intensity 1000 / 2000 = 0.5; 2026: 0.5 x (1 - 0.05) = 0.475; denominator 2420
    assert r26.target_intensity == pytest.approx(0.475)
    assert r26.denominator == pytest.approx(2420)
    assert r26.target == pytest.approx(0.475 * 2420)
    assert r26.planned_intensity == pytest.approx(747 / 2420)


@pytest.mark.parametrize(
    "kwargs, field, text",
    [
        (dict(target_year=2020), "target_year", "target_year: 2020 is before the base year 2024"),
        (dict(target_year=2024), "target_year", "target_year: 2024 is the same as the base year 2024"),
        (dict(kind="relative"), "kind", "kind: 'relative' is not 'absolute' or 'intensity'"),
        (dict(scopes=(4,)), "scopes", "scopes: 4 is not a scope"),
        (dict(scopes=()), "scopes", "scopes: a target covers at least one scope"),
        (dict(pathway="2c"), "pathway", "pathway: '2c' is not one of"),
        (dict(pathway="custom"), "annual_rate_pct", "a custom pathway needs an annual rate"),
        (dict(pathway="custom", annual_rate_pct=140), "annual_rate_pct", "140 % is outside 0..100 %"),
        (dict(pathway="custom", reduction_pct=-10), "reduction_pct", "-10 % is outside 0..100 %"),
        (dict(base_value=-1), "base_value", "base_value: -1 tCO2e is negative"),
        (dict(kind="intensity"), "base_denominator", "needs the base-year denominator"),
        (dict(kind="intensity", base_denominator=0, denominator_unit="t"), "base_denominator", "above 0"),
        (dict(kind="intensity", base_denominator=5), "denominator_unit", "name the intensity denominator"),
        (dict(base_year="20x4"), "base_year", "base_year: '20x4' is not a year"),
    ],
)
def test_target_nonsense_refused(kwargs, field, text):
    base = dict(kind="absolute", base_year=2024, target_year=2030)
    base.update(kwargs)
    with pytest.raises(ReductionInputError) as e:
        validate_target(Target(**base))
    assert e.value.field == field
    assert text in str(e.value)
