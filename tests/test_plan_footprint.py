"""The plan against the footprint's own results (real Brightway calculation, real project file).

Korean grid electricity, 2023 national factor 0.4173 tCO2e/MWh: 400 MWh -> 166.92 tCO2e
(oracles.md, "Korean grid electricity"); 500 MWh -> 208.65 tCO2e.
"""

from __future__ import annotations

import pytest

from workbench.services import boundary, footprint, inventory, plan


@pytest.fixture
def proj(tmp_project, bw):
    p = tmp_project
    base = boundary.add_period(p, "2024", "2024-01-01", "2024-12-31", is_base_year=True)
    boundary.add_source(p, "ELEC", "Grid electricity", 2, unit="MWh", factor_id="kr.elec.grid.2023")
    boundary.add_source(p, "TRAVEL", "Business travel", 3, s3_category=6, unit="passenger_km")
    inventory.add_activity(p, "ELEC", 500, "MWh", "2024-01-01", "2024-12-31", period_id=base)
    inventory.add_activity(p, "ELEC", 400, "MWh", "2025-01-01", "2025-12-31")
    footprint.calculate(p, base, allow_missing=True)
    footprint.calculate(p, allow_missing=True)
    return p


def test_measures_abate_against_the_base_year_footprint(proj):
    plan.add_measure(
        proj,
        "Solar",
        ["ELEC"],
        50,
        capex=0,
        opex_change=1000,
        start_year=2025,
        status="done",
        evidence="PPA contract",
    )
    plan.add_measure(proj, "Too big", ["ELEC"], 1000, kind="tco2e", start_year=2026)
    plan.set_target(proj, 2024, 2030, scopes=(2,), pathway="sbti_wb2c")
    rows = {r.name: r for r in plan.macc(proj, discount_rate=0)}
    # 208.65 t in the base year; 50 % and a capped 100 % on one source: all 208.65 t abated,
    # attributed 1/3 and 2/3 (standalone 0.5 and 1.0)
    assert rows["Solar"].abatement_tco2e == pytest.approx(208.65 / 3, abs=1e-6)
    assert rows["Too big"].abatement_tco2e == pytest.approx(208.65 * 2 / 3, abs=1e-6)
    assert rows["Too big"].capped_tco2e == pytest.approx(1000 - 208.65, abs=1e-6)
    traj = plan.trajectory(proj)
    assert traj[0].year == 2024 and traj[0].bau == pytest.approx(208.65, abs=1e-6)
    # measured footprints appear beside the plan
    assert traj[0].actual == pytest.approx(208.65, abs=1e-6)
    assert traj[1].actual == pytest.approx(166.92, abs=1e-6)
    assert traj[1].planned == pytest.approx(208.65 / 2, abs=1e-6)  # only Solar from 2025
    assert traj[2].planned == pytest.approx(0.0, abs=1e-9)
    assert traj[-1].target == pytest.approx(208.65 * (1 - 0.025 * 6), abs=1e-6)
    content = plan.management_plan(proj)
    assert content.reference_year == 2024 and content.footprint_note == "base-year footprint (2024)"


def test_stale_footprint_is_not_used(proj):
    plan.add_measure(proj, "Solar", ["ELEC"], 50)
    inventory.add_activity(
        proj,
        "ELEC",
        100,
        "MWh",
        "2024-06-01",
        "2024-06-30",
        period_id=boundary.period_by_label(proj, "2024")["id"],
    )
    # the base-year result is stale now: the latest (2025, still current) footprint is the reference
    ref_rows = plan.macc(proj, discount_rate=0)
    assert ref_rows[0].abatement_tco2e == pytest.approx(166.92 / 2, abs=1e-6)
    assert plan.management_plan(proj).footprint_note == "latest footprint (2025)"


def _pas2060_later_period(proj):
    with proj.action("PAS 2060, first claim 2024") as tx:
        tx.set_setting("standard", "PAS2060")
        tx.set_setting("first_claim_period_id", boundary.period_by_label(proj, "2024")["id"])


def test_pas2060_later_period_shows_an_absolute_reduction(proj):
    _pas2060_later_period(proj)
    (f,) = [f for f in plan.claim_checks(proj) if f.rule_id == "PLAN.PAS2060.LATER_PERIOD_REDUCTION"]
    assert f.severity == "info"
    assert f.message == "absolute reduction: 166.9 tCO2e in 2025 vs 208.7 in 2024 (20.0 % lower)"


def test_pas2060_later_period_without_reduction_then_with_intensity(proj):
    from workbench.services.footprint.contractual import set_denominator

    _pas2060_later_period(proj)
    inventory.add_activity(proj, "ELEC", 200, "MWh", "2025-06-01", "2025-06-30")  # 600 MWh in 2025
    footprint.calculate(proj, allow_missing=True)
    (f,) = [f for f in plan.claim_checks(proj) if f.rule_id == "PLAN.PAS2060.LATER_PERIOD_REDUCTION"]
    assert f.severity == "error"
    assert "no reduction against the previous period: 250.4 tCO2e in 2025 vs 208.7 in 2024" in f.message
    # production grew faster than emissions: 250.38 / 1500 < 208.65 / 1000
    base = boundary.period_by_label(proj, "2024")["id"]
    set_denominator(proj, "tonne product", 1000, "t", period_id=base)
    set_denominator(proj, "tonne product", 1500, "t")
    # the denominators are footprint inputs: both results are stale until recalculated
    (f,) = [f for f in plan.claim_checks(proj) if f.rule_id == "PLAN.PAS2060.LATER_PERIOD_REDUCTION"]
    assert f.severity == "error" and "are not both calculated" in f.message
    footprint.calculate(proj, base, allow_missing=True)
    footprint.calculate(proj, allow_missing=True)
    (f,) = [f for f in plan.claim_checks(proj) if f.rule_id == "PLAN.PAS2060.LATER_PERIOD_REDUCTION"]
    assert f.severity == "info" and f.message.startswith("intensity reduction (per tonne product): 0.16692")
