"""The reduction-plan demo step on the bundled demo project."""

from __future__ import annotations

import csv

import pytest

import workbench.demo as demo_steps
from workbench.services import plan


def test_demo_plan_without_footprint_adds_the_plan_and_says_why(demo_project, tmp_path):
    lines = []
    demo_steps.plan.run(demo_project, tmp_path / "out", lines.append)
    names = [m["name"] for m in plan.list_measures(demo_project)]
    assert names == [
        "LED retrofit",
        "Refrigerant switch to low-GWP",
        "Rooftop solar PPA",
        "Fleet electrification",
        "Boiler heat pump",
    ]
    solar = next(m for m in plan.measures(demo_project) if m.name == "Rooftop solar PPA")
    assert solar.kind == "tco2e" and solar.abatement == pytest.approx(1193.5)  # 2,860 MWh x 0.4173 t/MWh
    (t,) = plan.list_targets(demo_project)
    assert (t.kind, t.base_year, t.target_year, t.pathway, t.scopes) == (
        "absolute",
        2024,
        2030,
        "sbti_1.5c",
        (1, 2),
    )
    content = plan.management_plan(demo_project)
    assert content.missing_sections("en") == [] and content.missing_sections("ko") == []
    assert "탄소중립" in content.text("commitment", "ko")
    # the LED evidence is attached inside the file
    led = next(m for m in plan.list_measures(demo_project) if m["name"] == "LED retrofit")
    assert (
        demo_project.one(
            "SELECT COUNT(*) AS n FROM evidence_links WHERE tbl = 'plan_measures' AND row_id = ?",
            (led["id"],),
        )["n"]
        == 1
    )
    if content.reference_year is None:
        assert any("MACC and trajectory skipped" in line for line in lines)
    # running the step twice does not duplicate the measures
    demo_steps.plan.run(demo_project, tmp_path / "out", lines.append)
    assert len(plan.list_measures(demo_project)) == 5


def test_demo_outputs_with_given_emissions(demo_project, tmp_path):
    # the demo's measures against stated per-source emissions: outputs written and readable
    from workbench.services.plan import report as plan_report

    demo_steps.plan.run(demo_project, tmp_path, lambda *_: None)
    emissions = {
        "HWS-ELEC": 7261.0,
        "BSN-ELEC": 926.0,
        "HWS-LNG": 1370.0,
        "BSN-DSL-FLEET": 315.0,
        "HWS-REF-R410A": 86.0,
        "BSN-REF-R134A": 18.0,
    }
    content = plan.management_plan(demo_project, emissions=emissions)
    files = plan_report.write_outputs(content, tmp_path / "out")
    assert sorted(f.name for f in files) == [
        "plan_macc.csv",
        "plan_macc.png",
        "plan_trajectory.csv",
        "plan_trajectory.png",
    ]
    with open(tmp_path / "out" / "plan_macc.csv", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    assert rows[0]["measure"] == "LED retrofit" and float(rows[0]["cost_per_tco2e"]) < 0
    costs = [float(r["cost_per_tco2e"]) for r in rows]
    assert costs == sorted(costs)
    # LED: 8 % of both electricity sources, sharing HWS-ELEC with the solar PPA (1193.5 t/yr):
    # HWS-ELEC keeps 7261 x 0.92 x (1 - 1193.5/7261); BSN-ELEC loses 8 % of 926 t
    led = float(rows[0]["abatement_tco2e_per_yr"])
    solar = next(float(r["abatement_tco2e_per_yr"]) for r in rows if r["measure"] == "Rooftop solar PPA")
    combined = 7261.0 * (1 - (1 - 0.08) * (1 - 1193.5 / 7261.0))
    assert led + solar == pytest.approx(0.08 * 926.0 + combined)
    with open(tmp_path / "out" / "plan_trajectory.csv", encoding="utf-8") as fh:
        traj = list(csv.DictReader(fh))
    assert [int(r["year"]) for r in traj] == list(range(2024, 2031))
    assert float(traj[-1]["target_tco2e"]) == pytest.approx(sum(emissions.values()) * (1 - 0.042 * 6))


def test_demo_plan_on_the_calculated_footprint(demo_project, bw, tmp_path):
    from workbench.services.plan import report as plan_report

    demo_steps.footprint.run(demo_project, tmp_path, lambda *_: None)
    lines = []
    demo_steps.plan.run(demo_project, tmp_path, lines.append)
    for name in ("plan_macc.csv", "plan_trajectory.csv", "plan_macc.png", "plan_trajectory.png", "plan.txt"):
        assert (tmp_path / name).stat().st_size > 100, name
    content = plan.management_plan(demo_project)
    assert content.footprint_note == "base-year footprint (2024)"
    last = content.trajectory[-1]
    assert last.year == 2030 and last.planned <= last.target  # the demo plan reaches its SBTi 1.5 C target
    assert content.trajectory[1].actual is not None  # the measured 2025 footprint is shown
    findings = plan.claim_checks(demo_project)
    assert [f.rule_id for f in findings if f.severity != "info"] == []
    assert [f.rule_id for f in findings] == ["PLAN.ISO.OFFSETS_ONLY_FIRST"]
    text = (tmp_path / "plan.txt").read_text(encoding="utf-8")
    assert "Marginal abatement cost curve:" in text and "LED retrofit" in text
    assert plan_report.MACC_COLUMNS[0] in (tmp_path / "plan_macc.csv").read_text(encoding="utf-8")
