"""Reduction projects (issue 20): the monitored reduction, baseline - project - leakage, computed by
hand and by the project; units through the one registry; the Monte Carlo range; bad input."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from workbench.demo import reduction as demo
from workbench.project.errors import InputError, ProjectError
from workbench.services import reduction

# AR6 GWP-100: CH4 fossil 29.8, N2O 273 (IPCC AR6 WG1 Table 7.15). US EPA GHG Emission Factors Hub
# (the shipped library): distillate fuel oil No. 2 73.96 kg CO2, 3 g CH4, 0.6 g N2O per mmBtu;
# natural gas 53.06 kg CO2, 1 g CH4, 0.1 g N2O per mmBtu.
DIESEL_KG_PER_MMBTU = 73.96 + 0.003 * 29.8 + 0.0006 * 273
GAS_KG_PER_MMBTU = 53.06 + 0.001 * 29.8 + 0.0001 * 273
GJ_PER_MMBTU = 1.055056  # 1 Btu = 1055.056 J (ISO 31-4 / pint's definition)


@pytest.fixture
def rp(tmp_project):
    demo.add_project(tmp_project)
    return tmp_project


def test_monitored_reduction_by_hand_equals_the_projects_figure(rp):
    hg, ng = sum(demo.HG_2025), sum(demo.NG_2025)
    baseline = hg / 0.85 / GJ_PER_MMBTU * DIESEL_KG_PER_MMBTU / 1000
    project = ng / GJ_PER_MMBTU * GAS_KG_PER_MMBTU / 1000
    leakage = ng * 2.1 / 1000
    m = reduction.monitored(rp, demo.CODE, "2025")
    assert m.result.baseline_t == pytest.approx(baseline, rel=1e-9)
    assert m.result.project_t == pytest.approx(project, rel=1e-9)
    assert m.result.leakage_t == pytest.approx(leakage, rel=1e-9)
    assert m.reduction_t == pytest.approx(baseline - project - leakage, rel=1e-9)
    assert round(m.reduction_t, 2) == 815.24
    # the readings of 2026 are not in 2025's figure
    h1 = reduction.monitored(rp, demo.CODE, "2026H1")
    assert h1.result.values["HG"] == sum(demo.HG_2026)


def test_ex_ante_estimate_uses_the_monitored_parameters_estimates(rp):
    ex = reduction.ex_ante(rp, demo.CODE)
    baseline = 36000 / 0.85 / GJ_PER_MMBTU * DIESEL_KG_PER_MMBTU / 1000
    project = 41000 / GJ_PER_MMBTU * GAS_KG_PER_MMBTU / 1000
    assert ex.reduction_t == pytest.approx(baseline - project - 41000 * 2.1 / 1000, rel=1e-9)
    m = reduction.monitored(rp, demo.CODE, "2025")
    assert m.ex_ante_t == pytest.approx(ex.reduction_t * 365 / 365)


def test_readings_in_another_unit_are_converted_by_the_unit_registry(tmp_project):
    p = tmp_project
    reduction.create(
        p,
        code="E1",
        name="Grid offtake cut",
        standard="MYCARBON",
        proponent="ACME",
        methodology_id="MYC-M-1",
        crediting_start="2025-01-01",
        crediting_end="2025-12-31",
    )
    reduction.add_parameter(p, "E1", "EL", "Electricity avoided", "MWh", "monitored", 100, meter="M-1")
    reduction.add_parameter(p, "E1", "EF", "Grid factor", "tCO2e/MWh", "ex_ante", 0.4173)
    reduction.add_term(p, "E1", "baseline", "Grid electricity avoided", ["EL", "EF"])
    reduction.add_readings(
        p,
        "E1",
        "EL",
        [("2025-01-01", "2025-06-30", 200_000, "kWh"), ("2025-07-01", "2025-12-31", 200, "MWh")],
    )
    reduction.add_period(p, "E1", "2025", "2025-01-01", "2025-12-31")
    # 400 MWh x 0.4173 tCO2e/MWh = 166.92 tCO2e (Korean national factor 2023, oracles.md)
    assert reduction.monitored(p, "E1", "2025").reduction_t == pytest.approx(166.92, rel=1e-12)


def test_monte_carlo_range_brackets_the_estimate_and_is_seeded(rp):
    a = reduction.uncertainty(rp, demo.CODE, "2025", iterations=4000, seed=7)
    b = reduction.uncertainty(rp, demo.CODE, "2025", iterations=4000, seed=7)
    m = reduction.monitored(rp, demo.CODE, "2025").reduction_t
    assert a == b
    assert a["p2_5"] < m < a["p97_5"]
    assert abs(a["mean"] - m) < 0.05 * m
    # wider than the +/- 2 % of the steam meter alone: efficiency +/- 3 % on a baseline of ~2,900 t
    assert a["p97_5"] - a["p2_5"] > 0.1 * m


def test_a_term_whose_units_give_no_mass_is_refused_naming_it(tmp_project):
    p = tmp_project
    reduction.create(
        p,
        code="U1",
        name="Unit test",
        standard="KCS",
        proponent="ACME",
        methodology_id="M",
        crediting_start="2025-01-01",
        crediting_end="2025-12-31",
    )
    reduction.add_parameter(p, "U1", "Q", "Fuel", "GJ", "ex_ante", 10)
    reduction.add_term(p, "U1", "baseline", "Fuel alone", ["Q"])
    with pytest.raises(ProjectError, match=r"term 'Fuel alone': the units do not give a mass of CO2e"):
        reduction.ex_ante(p, "U1")


def test_bad_readings_name_the_reading_and_leave_the_file_unchanged(rp):
    before = Path(rp.path).read_bytes()
    bad = [
        ("2025-01-01", "2025-01-31", 100, "GJ"),
        ("2025-02-01", "2025-02-28", 100, "kg"),
        ("2025-03-31", "2025-03-01", 100, "GJ"),
        ("2025-04-01", "2025-04-30", "lots", "GJ"),
    ]
    with pytest.raises(InputError) as exc:
        reduction.add_readings(rp, demo.CODE, "HG", bad)
    text = str(exc.value)
    assert "reading 2" in text and "cannot be converted to 'GJ'" in text
    assert "reading 3" in text and "reading 4" in text and "nothing was saved" in text
    assert "reading 1," not in text
    assert Path(rp.path).read_bytes() == before
    with pytest.raises(InputError, match="fixed ex ante"):
        reduction.add_readings(rp, demo.CODE, "EFF_BL", [("2025-01-01", "2025-01-31", 1, "dimensionless")])
    with pytest.raises(InputError, match="names its meter"):
        reduction.add_parameter(rp, demo.CODE, "X", "No meter", "GJ", "monitored", 1)
    assert Path(rp.path).read_bytes() == before


def test_a_period_without_readings_is_refused_and_left_out(rp):
    reduction.add_period(rp, demo.CODE, "2027", "2027-01-01", "2027-12-31")
    with pytest.raises(
        ProjectError, match=r"parameter '(HG|FC_NG)': no monitored reading between 2027-01-01"
    ):
        reduction.monitored(rp, demo.CODE, "2027")
    assert [m.label for m in reduction.monitored_all(rp, demo.CODE)] == ["2025", "2026H1"]
    with pytest.raises(ProjectError, match="known: 2025, 2026H1, 2027"):
        reduction.monitored(rp, demo.CODE, "2099")


def test_start_date_is_the_earliest_of_contract_spend_and_installation(rp):
    r = reduction.get(rp, demo.CODE)
    assert r.earliest_start == dt.date(2024, 3, 15)
    reduction.update(rp, demo.CODE, first_spend_date="2024-01-10", start_date=None)
    assert reduction.get(rp, demo.CODE).effective_start == dt.date(2024, 1, 10)
