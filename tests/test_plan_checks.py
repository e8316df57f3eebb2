"""Reduction-plan claim checks (ISO 14068-1, PAS 2060) over a real project file."""

from __future__ import annotations

import pytest

from offsets.findings import ERROR, INFO, WARNING, Finding
from workbench.services import boundary, plan
from workbench.services.plan.checks import first_claim_period, is_first_claim_period, reductions_achieved

EMISSIONS = {"ELEC": 1000.0, "GAS": 500.0}
FULL_TEXT = {
    "commitment": {"en": "We commit.", "ko": "약속합니다."},
    "timescale": {"en": "2025-2030", "ko": "2025-2030"},
    "offset_strategy": {"en": "Verified ex-post credits.", "ko": "검증된 사후 크레딧."},
    "review_cycle": {"en": "Every year.", "ko": "매년."},
}


@pytest.fixture
def proj(tmp_project):
    boundary.add_period(tmp_project, "2024", "2024-01-01", "2024-12-31", is_base_year=True)
    boundary.add_source(tmp_project, "ELEC", "Grid electricity", 2, unit="MWh")
    boundary.add_source(tmp_project, "GAS", "Natural gas boilers", 1, unit="Nm3")
    return tmp_project


def _by_rule(findings):
    out = {}
    for f in findings:
        assert isinstance(f, Finding) and f.clause and f.message
        out.setdefault(f.rule_id, []).append(f)
    return out


def test_empty_plan_blocks_an_iso_claim(proj):
    got = _by_rule(plan.claim_checks(proj, emissions=EMISSIONS))
    assert got["PLAN.MP.SECTIONS"][0].severity == ERROR
    assert "commitment, timescale, offset_strategy, review_cycle" in got["PLAN.MP.SECTIONS"][0].message
    assert got["PLAN.TARGET.MISSING"][0].severity == ERROR
    assert got["PLAN.ISO.REDUCTIONS_FIRST"][0].severity == ERROR
    assert "offsets alone" in got["PLAN.ISO.REDUCTIONS_FIRST"][0].message
    first = got["PLAN.ISO.OFFSETS_ONLY_FIRST"][0]
    assert first.severity == ERROR and "2025 is the first claim period" in first.message
    assert first.clause == "ISO 14068-1:2023: no offsets-only claim in the first period"


def test_complete_plan_with_implemented_measure_passes(proj):
    plan.set_management_plan(proj, FULL_TEXT)
    plan.set_target(proj, 2024, 2030, pathway="sbti_1.5c")
    # 1500 t in scopes 1+2; the target in 2030 is 1500 x 0.748 = 1122 t
    plan.add_measure(proj, "LED", ["ELEC"], 10, start_year=2025, status="done", evidence="report 2025-03")
    plan.add_measure(proj, "Heat pump", ["GAS"], 80, start_year=2027)
    plan.add_measure(proj, "Solar", ["ELEC"], 30, start_year=2026)
    findings = plan.claim_checks(proj, emissions=EMISSIONS)
    assert [f.severity for f in findings] == [INFO]  # only the disclosure of reductions achieved
    (f,) = findings
    assert f.rule_id == "PLAN.ISO.OFFSETS_ONLY_FIRST" and "100.0 tCO2e" in f.message  # LED: 10 % of 1000
    assert reductions_achieved(proj, EMISSIONS) == pytest.approx(100.0)


def test_only_planned_measures_is_an_offsets_only_first_period(proj):
    plan.set_management_plan(proj, FULL_TEXT)
    plan.set_target(proj, 2024, 2030)
    mid = plan.add_measure(proj, "Heat pump", ["GAS"], 80, start_year=2026, status="planned")
    got = _by_rule(plan.claim_checks(proj, emissions=EMISSIONS))
    assert got["PLAN.ISO.OFFSETS_ONLY_FIRST"][0].severity == ERROR
    # a measure "done" but starting after the period does not count either
    plan.update_measure(proj, mid, status="done", evidence="x")
    assert (
        _by_rule(plan.claim_checks(proj, emissions=EMISSIONS))["PLAN.ISO.OFFSETS_ONLY_FIRST"][0].severity
        == ERROR
    )
    plan.update_measure(proj, mid, start_year=2025)
    assert (
        _by_rule(plan.claim_checks(proj, emissions=EMISSIONS))["PLAN.ISO.OFFSETS_ONLY_FIRST"][0].severity
        == INFO
    )


def test_off_track_capped_and_unevidenced_measures_warned(proj):
    plan.set_management_plan(proj, FULL_TEXT)
    plan.set_target(proj, 2024, 2030)
    plan.add_measure(proj, "LED", ["ELEC"], 10, start_year=2025, status="in_progress")  # no evidence
    plan.add_measure(proj, "Boiler swap", ["GAS"], 800, kind="tco2e", start_year=2026)  # GAS emits 500
    got = _by_rule(plan.claim_checks(proj, emissions=EMISSIONS))
    (capped,) = got["PLAN.MEASURE.CAPPED"]
    assert capped.severity == WARNING and capped.subject.startswith("measure:")
    assert "states 800 tCO2e/yr but its sources (GAS) emit only 500 t" in capped.message
    (ev,) = got["PLAN.MEASURE.EVIDENCE"]
    assert "'LED' is marked in progress but has no evidence" in ev.message
    # 2030: 1500 - 100 - 500 = 900 planned vs 1122 target -> on track; shrink the boiler swap
    assert "PLAN.TARGET.OFF_TRACK" not in got
    mid = plan.list_measures(proj)[1]["id"]
    plan.update_measure(proj, mid, abatement=200)
    (off,) = _by_rule(plan.claim_checks(proj, emissions=EMISSIONS))["PLAN.TARGET.OFF_TRACK"]
    assert "planned emissions in 2030 are 1,200.0 tCO2e, 78.0 t above the target of 1,122.0 t" in off.message
    # evidence attached as a file (not text) also counts
    led = plan.list_measures(proj)[0]["id"]
    proj.attach(b"LED invoice", filename="led.txt", media_type="text/plain", link=("plan_measures", led))
    assert "PLAN.MEASURE.EVIDENCE" not in _by_rule(plan.claim_checks(proj, emissions=EMISSIONS))


def test_korean_text_missing_is_disclosed(proj):
    plan.set_management_plan(
        proj, lang="en", commitment="c", timescale="t", offset_strategy="o", review_cycle="r"
    )
    got = _by_rule(plan.claim_checks(proj, emissions=EMISSIONS))
    assert "PLAN.MP.SECTIONS" not in got
    (ko,) = got["PLAN.MP.LANGUAGE"]
    assert ko.severity == INFO and "no Korean text" in ko.message


def test_first_claim_period_rules(proj):
    assert first_claim_period(proj)["label"] == "2025"  # earliest period that is not the base year
    assert is_first_claim_period(proj)
    p26 = boundary.add_period(proj, "2026", "2026-01-01", "2026-12-31", make_current=True)
    assert not is_first_claim_period(proj)
    with proj.action("first claim 2026") as tx:
        tx.set_setting("first_claim_period_id", p26)
    assert is_first_claim_period(proj)


def test_pas2060_later_period_without_footprints_is_an_error(proj):
    with proj.action("PAS 2060") as tx:
        tx.set_setting("standard", "PAS2060")
    boundary.add_period(proj, "2026", "2026-01-01", "2026-12-31", make_current=True)
    got = _by_rule(plan.claim_checks(proj, emissions=EMISSIONS))
    (f,) = got["PLAN.PAS2060.LATER_PERIOD_REDUCTION"]
    assert f.severity == ERROR and f.subject == "period:2026"
    assert "footprints of 2025 and 2026 are not both calculated" in f.message
    assert "PLAN.ISO.OFFSETS_ONLY_FIRST" not in got
    # in PAS 2060 mode an empty measure list is a warning (offsets-only first period is allowed there)
    assert got["PLAN.ISO.REDUCTIONS_FIRST"][0].severity == WARNING


def test_measure_starting_in_the_reference_year_is_warned(proj):
    plan.add_measure(proj, "Old LED", ["ELEC"], 10, start_year=2024, status="done", evidence="2024 report")
    plan.add_measure(proj, "New LED", ["ELEC"], 10, start_year=2025, status="done", evidence="2025 report")
    (f,) = _by_rule(plan.claim_checks(proj, emissions=EMISSIONS))["PLAN.MEASURE.BEFORE_REFERENCE"]
    assert f.severity == WARNING and "'Old LED' starts in 2024" in f.message


def test_offset_claim_row_decides_standard_and_first_period(proj):
    from workbench.services.offsets import claims as offsets_claims
    from workbench.services.plan.checks import claim_standard

    assert claim_standard(proj) == "ISO14068-1" and is_first_claim_period(proj)
    offsets_claims.set_claim(proj, standard="PAS2060", first_period=False)
    assert claim_standard(proj) == "PAS2060" and not is_first_claim_period(proj)
    got = _by_rule(plan.claim_checks(proj, emissions=EMISSIONS))
    assert "PLAN.PAS2060.LATER_PERIOD_REDUCTION" in got and "PLAN.ISO.OFFSETS_ONLY_FIRST" not in got
