"""Reduction-plan service over a real project file: measures, targets, MACC, trajectory, plan text."""

from __future__ import annotations

from pathlib import Path

import pytest

from workbench.project.errors import ReadOnlyError
from workbench.services import boundary, plan
from workbench.services.plan.core import PlanInputError

EMISSIONS = {"ELEC": 1000.0, "GAS": 500.0, "TRAVEL": 200.0}


@pytest.fixture
def proj(tmp_project):
    boundary.add_period(tmp_project, "2024", "2024-01-01", "2024-12-31", is_base_year=True)
    boundary.add_source(tmp_project, "ELEC", "Grid electricity", 2, unit="MWh")
    boundary.add_source(tmp_project, "GAS", "Natural gas boilers", 1, unit="Nm3")
    boundary.add_source(tmp_project, "TRAVEL", "Business travel", 3, s3_category=6, unit="passenger_km")
    return tmp_project


def _unchanged(p, call, match):
    before = Path(p.path).read_bytes()
    with pytest.raises(PlanInputError, match=match) as e:
        call()
    assert Path(p.path).read_bytes() == before
    assert str(p.path) in str(e.value) and "nothing was changed" in str(e.value)
    return e.value


def test_add_list_update_delete_measure(proj):
    mid = plan.add_measure(
        proj,
        "LED retrofit",
        ["ELEC"],
        20,
        capex=1000,
        opex_change=-2100,
        lifetime=10,
        start_year=2025,
        status="done",
        evidence="Invoice LED-2025-01",
        name_local="LED 교체",
    )
    rows = plan.list_measures(proj)
    assert len(rows) == 1
    assert rows[0]["id"] == mid and rows[0]["sources"] == ["ELEC"] and rows[0]["name_local"] == "LED 교체"
    assert rows[0]["status"] == "done" and rows[0]["capex"] == 1000
    plan.update_measure(proj, mid, sources="ELEC, GAS", abatement=25)
    m = plan.measures(proj)[0]
    assert m.sources == ("ELEC", "GAS") and m.abatement == 25
    # every change is in the audit log and the hash chain holds
    actions = [r["action"] for r in proj.rows("SELECT DISTINCT action FROM audit_log")]
    assert (
        "Add reduction measure LED retrofit" in actions and "Edit reduction measure LED retrofit" in actions
    )
    assert proj.audit_verify().ok
    # the plan is part of the signed snapshot
    h = proj.snapshot_hash()
    plan.update_measure(proj, mid, status="in_progress")
    assert proj.snapshot_hash() != h
    att = proj.attach(
        b"LED invoice", filename="led.txt", media_type="text/plain", link=("plan_measures", mid)
    )
    plan.delete_measure(proj, mid)
    assert plan.list_measures(proj) == []
    assert proj.one("SELECT COUNT(*) AS n FROM plan_measure_sources")["n"] == 0
    # its evidence links go with it; the evidence file itself stays in the project
    assert proj.one("SELECT COUNT(*) AS n FROM evidence_links WHERE tbl = 'plan_measures'")["n"] == 0
    assert proj.one("SELECT id FROM attachments WHERE id = ?", (att,)) is not None
    with pytest.raises(PlanInputError, match=f"measure {mid} does not exist"):
        plan.delete_measure(proj, mid)


def test_start_year_defaults_to_current_period(proj):
    plan.add_measure(proj, "X", ["GAS"], 10)
    assert plan.measures(proj)[0].start_year == 2025


@pytest.mark.parametrize(
    "kwargs, field, match",
    [
        (dict(lifetime=-3), "lifetime", r"measure 'M': lifetime: -3 must be a whole number of years above 0"),
        (dict(abatement=120), "abatement", r"measure 'M': abatement: 120 % is outside 0..100 %"),
        (dict(kind="tco2e", abatement=-1), "abatement", r"abatement: -1 tCO2e/yr is negative"),
        (dict(status="someday"), "status", r"status: 'someday' is not one of planned, in_progress, done"),
        (
            dict(sources=["NOPE"]),
            "sources",
            r"sources: NOPE is not an emission source of this project \(known: ELEC",
        ),
        (dict(start_year=3000), "start_year", r"start_year: 3000 is outside the years"),
        (dict(name=""), "name", r"name: a measure needs a name"),
    ],
)
def test_measure_nonsense_leaves_file_untouched(proj, kwargs, field, match):
    args = dict(name="M", sources=["ELEC"], abatement=10)
    args.update(kwargs)
    err = _unchanged(proj, lambda: plan.add_measure(proj, **args), match)
    assert err.field == field
    assert plan.list_measures(proj) == []


def test_duplicate_measure_name_refused(proj):
    plan.add_measure(proj, "LED", ["ELEC"], 10)
    _unchanged(
        proj, lambda: plan.add_measure(proj, "LED", ["GAS"], 10), r"measure 'LED': name: a measure with this"
    )


def test_read_only_project_refuses(proj, tmp_path):
    from workbench import open_project

    proj.close()
    with open_project(proj.path, mode="read") as ro:
        with pytest.raises(ReadOnlyError):
            plan.add_measure(ro, "LED", ["ELEC"], 10)


def test_targets_set_replace_and_refuse_nonsense(proj):
    tid = plan.set_target(proj, 2024, 2030, pathway="sbti_1.5c", scopes="1,2")
    (t,) = plan.list_targets(proj)
    assert (t.id, t.kind, t.scopes, t.rate_pct) == (tid, "absolute", (1, 2), 4.2)
    # setting the absolute target again replaces it
    assert plan.set_target(proj, 2024, 2035, pathway="sbti_wb2c") == tid
    assert [(t.target_year, t.rate_pct) for t in plan.list_targets(proj)] == [(2035, 2.5)]
    plan.set_target(
        proj,
        2024,
        2030,
        kind="intensity",
        pathway="custom",
        reduction_pct=30,
        base_denominator=12_000,
        denominator_unit="tonne product",
    )
    assert [t.kind for t in plan.list_targets(proj)] == ["absolute", "intensity"]
    _unchanged(
        proj,
        lambda: plan.set_target(proj, 2024, 2020),
        r"absolute target: target_year: 2020 is before the base year 2024; it must be later",
    )
    _unchanged(
        proj,
        lambda: plan.set_target(proj, 2024, 2030, pathway="custom", annual_rate_pct=101),
        r"annual_rate_pct: 101 % is outside 0..100 %",
    )
    _unchanged(
        proj, lambda: plan.set_target(proj, 2024, 2030, scopes="1,x"), r"scopes: .* are not scope numbers"
    )
    plan.delete_target(proj, "intensity")
    assert [t.kind for t in plan.list_targets(proj)] == ["absolute"]


def test_settings_and_their_validation(proj):
    assert plan.plan_settings(proj) == {"discount_rate_pct": 5.0, "growth_pct": 0.0, "currency": "KRW"}
    plan.set_plan_settings(proj, discount_rate_pct=7, growth_pct=2, currency="usd")
    assert plan.plan_settings(proj) == {"discount_rate_pct": 7.0, "growth_pct": 2.0, "currency": "USD"}
    _unchanged(
        proj,
        lambda: plan.set_plan_settings(proj, discount_rate_pct=150),
        r"discount_rate_pct: 150 % is outside 0..100 %",
    )
    _unchanged(
        proj, lambda: plan.set_plan_settings(proj, currency="won!"), r"currency: 'won!' is not a 3-letter"
    )


def test_macc_against_the_project_sources(proj):
    # the hand-worked case of test_plan_reduction, through the file
    plan.add_measure(proj, "A", ["ELEC"], 20, capex=1000, opex_change=-2100, lifetime=10)
    plan.add_measure(proj, "B", ["ELEC"], 50, capex=20000, lifetime=20)
    plan.add_measure(proj, "C", ["GAS"], 100, kind="tco2e", capex=5000, opex_change=500, lifetime=5)
    plan.add_measure(proj, "Over", ["TRAVEL"], 900, kind="tco2e")  # TRAVEL emits only 200
    rows = plan.macc(proj, discount_rate=0, emissions=EMISSIONS)
    assert [r.name for r in rows] == ["A", "Over", "B", "C"]  # -11.67, 0, 2.33, 15 per t
    assert [r.abatement_tco2e for r in rows] == pytest.approx([600 * 2 / 7, 200, 600 * 5 / 7, 100])
    assert rows[0].cost_per_t == pytest.approx(-2000 / (600 * 2 / 7))
    assert rows[1].cost_per_t == 0 and rows[1].capped_tco2e == pytest.approx(700)
    # default discount rate is the setting (5 %): A = 1000 x CRF(5 %, 10) - 2100
    rows5 = {r.name: r for r in plan.macc(proj, emissions=EMISSIONS)}
    assert rows5["A"].annualised_cost == pytest.approx(1000 * 0.129504575 - 2100, abs=1e-6)
    with pytest.raises(PlanInputError, match="MACC: discount_rate: 120 % is outside"):
        plan.macc(proj, discount_rate=120, emissions=EMISSIONS)


def test_trajectory_against_the_project_sources(proj):
    plan.add_measure(proj, "Heat pump", ["GAS"], 50, start_year=2026)
    plan.add_measure(proj, "Solar", ["ELEC"], 100, kind="tco2e", start_year=2025)
    plan.set_target(proj, 2024, 2030, scopes=(1, 2), pathway="sbti_1.5c")
    rows = plan.trajectory(proj, emissions={"GAS": 600, "ELEC": 400, "TRAVEL": 200})
    assert [r.year for r in rows] == list(range(2024, 2031))
    assert [r.planned for r in rows] == pytest.approx([1000, 900, 600, 600, 600, 600, 600])
    assert [r.target for r in rows] == pytest.approx([1000, 958, 916, 874, 832, 790, 748])
    assert [r.residual_to_offset for r in rows] == pytest.approx([1200, 1100, 800, 800, 800, 800, 800])
    plan.set_plan_settings(proj, growth_pct=10)
    rows = plan.trajectory(proj, emissions={"GAS": 600, "ELEC": 400, "TRAVEL": 200})
    assert rows[2].bau == pytest.approx(1210) and rows[2].planned == pytest.approx(747)
    with pytest.raises(PlanInputError, match="trajectory: kind: no 'intensity' target is set"):
        plan.trajectory(proj, emissions={"GAS": 600}, kind="intensity")
    plan.set_target(
        proj,
        2024,
        2028,
        kind="intensity",
        pathway="sbti_wb2c",
        base_denominator=2000,
        denominator_unit="t product",
    )
    rows = plan.trajectory(proj, emissions={"GAS": 600, "ELEC": 400, "TRAVEL": 200}, kind="intensity")
    # growth 10 %/yr: 2026 denominator 2420, target intensity 0.5 x 0.95 = 0.475 t/t
    assert [r.year for r in rows] == list(range(2024, 2029))
    assert rows[2].target_intensity == pytest.approx(0.475) and rows[2].target == pytest.approx(0.475 * 2420)


def test_unknown_source_in_given_emissions_refused(proj):
    with pytest.raises(Exception, match="emissions: BOGUS is not an emission source"):
        plan.macc(proj, emissions={"BOGUS": 1.0})


def test_management_plan_text_in_english_and_korean(proj, tmp_path):
    plan.set_management_plan(
        proj,
        {
            "commitment": {"en": "We commit to carbon neutrality.", "ko": "탄소중립을 약속합니다."},
            "review_cycle": {"en": "Reviewed every year."},
        },
    )
    plan.set_management_plan(proj, lang="ko", review_cycle="매년 검토합니다.", timescale="2025-2030")
    content = plan.management_plan(proj, emissions=EMISSIONS)
    assert content.text("commitment", "ko") == "탄소중립을 약속합니다."
    assert content.text("review_cycle", "en") == "Reviewed every year."
    assert content.text("timescale", "en") == "2025-2030"  # falls back to the Korean text
    assert content.missing_sections() == ["offset_strategy"]
    assert content.currency == "KRW" and content.reference_year == 2024
    # an empty text removes it; a bad section or language is refused
    plan.set_management_plan(proj, lang="ko", timescale="")
    assert "timescale" not in plan.management_texts(proj)
    _unchanged(proj, lambda: plan.set_management_plan(proj, slogan="Go"), r"'slogan' is not a section")
    _unchanged(proj, lambda: plan.set_management_plan(proj, {"commitment": {"fr": "x"}}), r"language 'fr'")
    # stored in the file: visible after reopening
    from workbench import open_project

    path = proj.path
    proj.close()
    with open_project(path, mode="read") as ro:
        assert plan.management_plan(ro).text("commitment", "ko") == "탄소중립을 약속합니다."


def test_without_footprint_plan_content_says_why(proj):
    plan.add_measure(proj, "LED", ["ELEC"], 10)
    content = plan.management_plan(proj)
    assert content.macc == [] and content.trajectory == []
    assert "no footprint has been calculated yet" in content.footprint_note
