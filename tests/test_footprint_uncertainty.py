"""Organisation Monte Carlo through the project file: the correlation model, the shipped factor
uncertainty with its sources, overrides per factor copy, the stored result and its staleness."""

import csv
import subprocess
import sys

import pytest

from lca.factors import UNCERTAINTY_TABLE, factor_uncertainty, load_library, load_uncertainty
from workbench.project.errors import ProjectError
from workbench.services import boundary, footprint, inventory
from workbench.services.footprint.factors import assign_factor

GRID_2023 = 400 * 0.4173  # 166.92 t: 400 MWh x 0.4173 t/MWh (oracles.md, Korean grid 2023)


def _half(stats):
    return (stats["p97_5"] - stats["p2_5"]) / 2


@pytest.fixture
def proj(tmp_project, bw):
    p = tmp_project
    boundary.add_site(p, code="HWS", name="Hwaseong")
    boundary.add_source(p, "COAL", "Anthracite boiler", 1, site="HWS", unit="short_ton")
    boundary.add_source(p, "ELEC", "Grid electricity", 2, site="HWS", unit="MWh")
    boundary.add_source(p, "REF", "Chiller leak", 1, site="HWS", unit="kg")
    assign_factor(p, "COAL", "epa.stat.anthracite")
    assign_factor(p, "ELEC", "kr.elec.grid.2023")
    assign_factor(p, "REF", "refrig.hfc134a")
    inventory.add_activity(p, "COAL", 1.0, "short_ton", "2025-01-15")
    inventory.add_activity(p, "ELEC", 400, "MWh", "2025-01-01", "2025-12-31")
    inventory.add_activity(p, "REF", 10, "kg", "2025-03-10")
    return p


def test_table_covers_every_shipped_factor_with_a_source():
    rules = load_uncertainty()
    with open(UNCERTAINTY_TABLE, newline="", encoding="utf-8") as fh:
        assert len(list(csv.DictReader(fh))) == len(rules) >= 20
    assert {r.confidence for r in rules} == {"[public]", "[unconfirmed]"}
    assert all(r.source for r in rules)
    # the published defaults are the IPCC ones, per gas, for combustion
    public = [r for r in rules if r.confidence == "[public]"]
    assert {(r.category, r.gas) for r in public} == {
        (c, g) for c in ("stationary_combustion", "mobile_combustion") for g in ("CO2", "CH4", "N2O")
    }
    assert all("IPCC 2006" in r.source for r in public)
    lib = load_library()
    assert len(lib) == 1793
    for f in lib.values():  # every gas of every factor is covered by some row (the fallback last)
        parts = factor_uncertainty(f)
        assert [p.gas for p in parts] == list(f.gases)
        assert all(p.origin == "table" and p.source and p.confidence for p in parts), f.id


def test_nothing_is_read_at_import():
    code = (
        "import lca.factors as f, workbench.services.footprint as s; "
        "print(f.load_uncertainty.cache_info().currsize, f.load_library.cache_info().currsize)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["0", "0"]


def test_shipped_uncertainty_in_the_monte_carlo(proj):
    resolved = {r["factor"]: r["parts"] for r in footprint.factor_uncertainties(proj)}
    coal = {
        p["gas"]: (p["distribution"], p["pct95"], p["confidence"]) for p in resolved["epa.stat.anthracite"]
    }
    assert coal == {
        "CO2": ("normal", 5.0, "[public]"),
        "CH4_fossil": ("lognormal", 200.0, "[public]"),
        "N2O": ("lognormal", 200.0, "[public]"),
    }
    assert [(p["distribution"], p["confidence"]) for p in resolved["kr.elec.grid.2023"]] == [
        ("normal", "[unconfirmed]")
    ]
    assert resolved["refrig.hfc134a"][0]["distribution"] == "none"
    footprint.calculate(proj)
    mc = footprint.monte_carlo(proj, 10_000, seed=3)
    # scope 2: one factor, normal +/- 5 %, no activity uncertainty: the analytic half-width
    assert _half(mc["by_scope"]["2"]) == pytest.approx(GRID_2023 * 0.05, rel=0.03)
    # scope 1: the refrigerant (15.3 t AR6) is exact, the coal's CO2 +/- 5 % dominates its 2.62 t
    s1 = mc["by_scope"]["1"]
    assert s1["p2_5"] > 15.3 + 2.62 * 0.9 and s1["p97_5"] < 15.3 + 2.62 * 1.1
    assert mc["contributions"]["factors"][0]["name"] == "kr.elec.grid.2023"
    assert mc["factor_uncertainty"] and "shipped table" in mc["model"]["factor_uncertainty"]


def test_override_per_factor_copy_and_staleness(proj):
    footprint.calculate(proj)
    with pytest.raises(ProjectError, match="where the uncertainty comes from"):
        footprint.set_factor_uncertainty(proj, "kr.elec.grid.2023", "uniform", 10, source=" ")
    with pytest.raises(ProjectError, match="must be > 0"):
        footprint.set_factor_uncertainty(proj, "kr.elec.grid.2023", "normal", 0, source="x")
    mc = footprint.monte_carlo(proj, 2000, seed=1)
    stored = footprint.latest_monte_carlo(proj)
    assert stored["stale"] is False and stored["total"] == mc["total"]
    assert (stored["seed"], stored["iterations"], stored["model"]["activity"]) == (1, 2000, "source")
    footprint.set_factor_uncertainty(
        proj, "kr.elec.grid.2023", "uniform", 10, source="utility's statement", reason="test"
    )
    assert footprint.latest_monte_carlo(proj)["stale"] is True
    assert footprint.latest(proj).stale is False  # the deterministic footprint does not depend on it
    mc = footprint.monte_carlo(proj, 2000, seed=1)
    part = next(r for r in mc["factor_uncertainty"] if r["factor"] == "kr.elec.grid.2023")["parts"][0]
    assert (part["origin"], part["distribution"], part["source"]) == (
        "override",
        "uniform",
        "utility's statement",
    )
    # one shared multiplier U(0.9, 1.1) on 166.92 t: the 95 % range is 166.92 x (1 +/- 0.095)
    assert mc["by_scope"]["2"]["p2_5"] == pytest.approx(GRID_2023 * 0.905, rel=0.005)
    assert mc["by_scope"]["2"]["p97_5"] == pytest.approx(GRID_2023 * 1.095, rel=0.005)
    assert footprint.latest_monte_carlo(proj)["stale"] is False
    assert footprint.clear_factor_uncertainty(proj, "kr.elec.grid.2023") is True
    assert footprint.clear_factor_uncertainty(proj, "kr.elec.grid.2023") is False
    assert footprint.latest_monte_carlo(proj)["stale"] is True
    inventory.add_activity(proj, "ELEC", 1, "MWh", "2025-06-01")
    assert footprint.latest_monte_carlo(proj)["stale"] is True


def test_monthly_rows_keep_the_range_under_the_default_model(tmp_project, bw):
    """One source's year as 1 row (scope 1) and another's as 12 monthly rows (scope 3), same total and
    +/- 10 % normal: the same 95 % range per source; per row the monthly one shrinks by sqrt(12)."""
    p = tmp_project
    boundary.add_source(p, "YEAR", "annual reading", 1, unit="MWh")
    boundary.add_source(p, "MONTHS", "monthly readings", 3, s3_category=3, unit="MWh")
    assign_factor(p, "YEAR", "kr.elec.grid.2023")
    assign_factor(p, "MONTHS", "kr.elec.grid.2023")
    inventory.add_activity(p, "YEAR", 1200, "MWh", "2025-01-01", "2025-12-31", unc_dist="normal", unc_pct=10)
    for m in range(1, 13):
        inventory.add_activity(p, "MONTHS", 100, "MWh", f"2025-{m:02d}-01", unc_dist="normal", unc_pct=10)
    half = 1200 * 0.4173 * 0.10  # 50.08 t
    per_source = footprint.monte_carlo(p, 10_000, seed=12, factor_table=False)
    year, months = per_source["by_scope"]["1"], per_source["by_scope"]["3"]
    assert _half(year) == pytest.approx(half, rel=0.02)
    assert _half(months) == pytest.approx(half, rel=0.02)
    per_row = footprint.monte_carlo(p, 10_000, seed=12, factor_table=False, activity="row")
    assert _half(per_row["by_scope"]["1"]) == pytest.approx(half, rel=0.02)
    assert _half(per_row["by_scope"]["3"]) == pytest.approx(half / 12**0.5, rel=0.02)
    assert footprint.latest_monte_carlo(p)["model"]["activity"] == "row"
    with pytest.raises(ProjectError, match="activity grouping"):
        footprint.monte_carlo(p, 10, activity="site")


def test_histogram_png(proj):
    footprint.calculate(proj)
    mc = footprint.monte_carlo(proj, 1000, seed=5)
    png = footprint.histogram_png(mc, {"x": "tCO2e", "y": "반복 횟수", "title": "몬테카를로"})
    assert png[:8] == b"\x89PNG\r\n\x1a\n" and len(png) > 5000
    assert sum(mc["histogram"]["counts"]) == 1000
