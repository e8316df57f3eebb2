"""Footprint service: project file -> Brightway -> stored result, with the published oracles."""

import pytest

from workbench.project.errors import InputError, ProjectError
from workbench.services import boundary, footprint, inventory
from workbench.services.footprint.contractual import add_instrument
from workbench.services.footprint.factors import add_user_factor, assign_factor, set_override


def _file_bytes(p):
    return open(p.path, "rb").read()


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
    inventory.add_activity(p, "ELEC", 150, "MWh", "2025-01-01", "2025-01-31")
    inventory.add_activity(p, "ELEC", 250000, "kWh", "2025-02-01", "2025-02-28")
    inventory.add_activity(p, "REF", 10, "kg", "2025-03-10")
    return p


def test_oracles_full_path(proj):
    with proj.action("AR5") as tx:
        tx.set_setting("gwp_set", "AR5")
    r = footprint.calculate(proj)
    # oracles.md: EPA Hub Table 1 anthracite, AR5 -> 2,620.3 kg CO2e per short ton
    assert round(r.by_source["COAL"] * 1000, 1) == 2620.3
    # oracles.md: 400 MWh (150 MWh + 250,000 kWh) x 0.4173 tCO2e/MWh = 166.92 t
    assert round(r.by_source["ELEC"], 2) == 166.92
    assert r.by_source["ELEC"] == pytest.approx(166.92, rel=1e-12)
    assert r.by_source["REF"] == pytest.approx(13.0)  # 10 kg HFC-134a x AR5 1,300
    assert r.gwp_set == "AR5" and r.brightway_database.startswith("cnw-factors-")
    assert r.by_month == pytest.approx(
        {"2025-01": 2.620328 + 150 * 0.4173, "2025-02": 250 * 0.4173, "2025-03": 13.0}
    )
    assert r.by_site == pytest.approx({"HWS": r.total})
    assert r.by_iso_category == pytest.approx({"1": 2.620328 + 13.0, "2": 166.92})
    stored = footprint.latest(proj)
    assert stored.total == r.total and not stored.stale
    # factors used are copied into the file with their source
    rows = proj.rows("SELECT factor_id, source FROM factor_copies ORDER BY factor_id")
    assert [x["factor_id"] for x in rows] == ["epa.stat.anthracite", "kr.elec.grid.2023", "refrig.hfc134a"]


def test_gwp_switch_changes_only_non_co2(proj):
    a = footprint.calculate(proj)
    with proj.action("SAR") as tx:
        tx.set_setting("gwp_set", "SAR")
    assert footprint.latest(proj).stale
    b = footprint.calculate(proj)
    assert (a.gwp_set, b.gwp_set) == ("AR6", "SAR")
    assert a.by_gas["CO2"] == b.by_gas["CO2"] and a.by_gas["CO2e"] == b.by_gas["CO2e"]
    assert a.by_gas["HFC-134a"] == pytest.approx(15.3) and b.by_gas["HFC-134a"] == pytest.approx(13.0)
    assert b.by_gas["CH4_fossil"] == pytest.approx(0.276 * 21 / 1000)
    assert b.by_gas["N2O"] == pytest.approx(0.04 * 310 / 1000)
    assert {g for g in a.by_gas if a.by_gas[g] != b.by_gas[g]} == {"CH4_fossil", "N2O", "HFC-134a"}


def test_rec_without_evidence_is_refused_and_market_based_reported(proj, tmp_path):
    before = _file_bytes(proj)
    with pytest.raises(ProjectError, match="attach its evidence"):
        add_instrument(proj, "ELEC", 100, kind="REC", certificate_ref="R-1")
    with pytest.raises(ProjectError, match="instruments apply to scope 2"):
        add_instrument(proj, "COAL", 1, kind="REC", evidence=b"x", evidence_filename="x.txt")
    assert _file_bytes(proj) == before
    cert = tmp_path / "rec.pdf"
    cert.write_bytes(b"%PDF-1.4 certificate R-1")
    add_instrument(proj, "ELEC", 100_000, unit="kWh", kind="REC", evidence=cert, certificate_ref="R-1")
    r = footprint.calculate(proj)
    assert r.scope2_location == pytest.approx(166.92)
    assert r.scope2_market == pytest.approx(300 * 0.4173)
    assert r.total == pytest.approx(r.total_market) and r.total_location - r.total_market == pytest.approx(
        41.73
    )
    with proj.action("location") as tx:
        tx.set_setting("scope2_basis", "location")
    assert footprint.calculate(proj).total == pytest.approx(r.total_location)


def test_unconvertible_unit_refused_at_import_and_assignment(proj, tmp_path):
    before = _file_bytes(proj)
    bad = tmp_path / "bad.csv"
    bad.write_text("source,date,quantity,unit\nELEC,2025-04,12,kg\n", encoding="utf-8")
    with pytest.raises(InputError, match="bad.csv, row 2, column 'unit'"):
        inventory.import_activities(proj, bad)
    assert _file_bytes(proj) == before
    with pytest.raises(
        ProjectError, match="source 'ELEC': cannot use factor 'refrig.r410a'.*'MWh'.*nothing was changed"
    ):
        assign_factor(proj, "ELEC", "refrig.r410a")
    assert _file_bytes(proj) == before


def test_missing_factor_reported_with_source_name(proj):
    boundary.add_source(proj, "STEEL", "Purchased steel", 3, s3_category=1, site="HWS", unit="tonne")
    inventory.add_activity(proj, "STEEL", 5, "tonne", "2025-05-01")
    with pytest.raises(
        ProjectError, match="no emission factor assigned for source\\(s\\) 'STEEL' \\(1 rows\\)"
    ):
        footprint.calculate(proj)
    r = footprint.calculate(proj, allow_missing=True)
    assert r.missing_factors == [{"source": "STEEL", "rows": 1}]
    findings = footprint.check_boundary(proj, result=r)
    assert any(f.rule == "missing_factor" and f.source == "STEEL" for f in findings)


def test_uncommon_unit_is_converted(proj):
    # "Wh" is not among the units the loader expects first: it falls back to a DISTINCT scan
    inventory.add_activity(proj, "ELEC", 1_000_000, "Wh", "2025-06-01")
    r = footprint.calculate(proj)
    assert r.by_source["ELEC"] == pytest.approx(401 * 0.4173)
    assert r.by_month["2025-06"] == pytest.approx(0.4173)


def test_stale_when_inputs_change(proj):
    footprint.calculate(proj)
    assert not footprint.latest(proj).stale
    inventory.add_activity(proj, "REF", 1, "kg", "2025-04-10")
    assert footprint.latest(proj).stale
    r = footprint.calculate(proj)
    assert r.by_source["REF"] == pytest.approx(11 * 1.530)
    assert not footprint.latest(proj).stale


def test_monte_carlo(proj):
    det = footprint.calculate(proj).total
    zero = footprint.monte_carlo(proj, 200, seed=7, factor_table=False)  # no uncertainty anywhere
    assert zero["total"]["mean"] == pytest.approx(det, rel=1e-12)
    assert zero["total"]["p2_5"] == pytest.approx(det, rel=1e-12) == zero["total"]["p97_5"]
    with proj.action("uncertainty") as tx:
        tx.execute("UPDATE activities SET unc_dist = 'normal', unc_pct = 10", table="activities")
    a = footprint.monte_carlo(proj, 4000, seed=7, factor_table=False, activity="row")
    b = footprint.monte_carlo(proj, 4000, seed=7, factor_table=False, activity="row")
    c = footprint.monte_carlo(proj, 4000, seed=8, factor_table=False, activity="row")
    assert a["total"] == b["total"] and a["total"] != c["total"]
    assert a["total"]["p2_5"] < det < a["total"]["p97_5"]
    assert a["total"]["mean"] == pytest.approx(det, rel=0.01)
    # normal, +/-10 % at 95 %, rows independent: the half-width is the root-sum-square of the rows'
    coal, e1, e2, ref = 2.620328 * 0.1, 150 * 0.4173 * 0.1, 250 * 0.4173 * 0.1, 15.3 * 0.1
    assert (a["total"]["p97_5"] - a["total"]["p2_5"]) / 2 == pytest.approx(
        (coal**2 + e1**2 + e2**2 + ref**2) ** 0.5, rel=0.04
    )
    assert a["model"]["activity"] == "row" and a["seed"] == 7 and a["iterations"] == 4000
    # the default model: the two ELEC rows share one draw (their half-widths add)
    d = footprint.monte_carlo(proj, 4000, seed=7, factor_table=False)
    assert d["model"]["activity"] == "source" and d["model"]["factors"] == "shared per factor"
    assert (d["total"]["p97_5"] - d["total"]["p2_5"]) / 2 == pytest.approx(
        (coal**2 + (e1 + e2) ** 2 + ref**2) ** 0.5, rel=0.04
    )


def test_override_and_user_factor_with_reason(proj):
    before = _file_bytes(proj)
    with pytest.raises(ProjectError, match="field 'source'"):
        add_user_factor(proj, "my.grid", "Supplier grid", "MWh", {"CO2": 400.0}, source="")
    with pytest.raises(ProjectError, match="give the reason"):
        set_override(proj, "ELEC", "kr.elec.grid.2022", reason=" ")
    assert _file_bytes(proj) == before
    add_user_factor(
        proj, "my.grid", "Supplier grid mix 2025", "kWh", {"CO2": 0.4, "CH4": 1e-5}, source="KEPCO letter"
    )
    set_override(proj, "ELEC", "my.grid", reason="supplier-specific rate from contract 2025-07")
    from workbench.services.footprint.factors import available_factors, overrides

    [row] = overrides(proj)
    assert (row["source"], row["factor_id"]) == ("ELEC", "my.grid")
    assert row["reason"] == "supplier-specific rate from contract 2025-07" and row["created_by"]
    assert available_factors(proj, "supplier grid")[0].id == "my.grid"
    assert "kr.elec.grid.2023" in {f.id for f in available_factors(proj, "korea")}
    r = footprint.calculate(proj)
    assert r.by_source["ELEC"] == pytest.approx(400_000 * (0.4 + 1e-5 * 29.8) / 1000)
    assert any(f["id"] == "my.grid" and f["origin"] == "user" for f in r.factors_used)


def test_restatement_when_factor_changes(proj):
    base = boundary.add_period(proj, "2024", "2024-01-01", "2024-12-31", is_base_year=True)
    inventory.add_activity(proj, "ELEC", 500, "MWh", "2024-06-01", period_id=base)
    from workbench.services.footprint.comparison import compare, report_period

    reported = report_period(proj, base)
    assert reported.total == pytest.approx(500 * 0.4173)
    cmp = compare(proj)
    assert cmp["restatement_pct"] == 0.0 and not cmp["restatement_required"]
    set_override(proj, "ELEC", "kr.elec.grid.2021", reason="use the factor of the base year's vintage")
    cmp = compare(proj)
    assert cmp["base_restated_total"] == pytest.approx(500 * 0.4509)
    assert cmp["restatement_pct"] == pytest.approx(100 * (0.4509 - 0.4173) / 0.4173)
    assert cmp["restatement_required"] and "factor kr.elec.grid.2021 newly used" in cmp["reasons"]
    assert cmp["change"] == pytest.approx(cmp["current_total"] - 500 * 0.4509)


def test_boundary_rules(proj):
    boundary.add_source(
        proj, "GEN", "Generator", 1, site="HWS", unit="gallon", included=False, exclusion_reason="rarely used"
    )
    with proj.action("PAS") as tx:
        tx.set_setting("standard", "PAS2060")
    findings = footprint.check_boundary(proj)
    assert [(f.rule, f.source, f.severity) for f in findings] == [("s12_complete", "GEN", "fail")]
    assert "PAS 2060" in findings[0].clause


def test_read_only_calculates_without_storing(proj):
    from workbench import open_project

    footprint.calculate(proj)
    path = proj.path
    proj.close()
    before = open(path, "rb").read()
    ro = open_project(path, mode="read")
    try:
        r = footprint.calculate(ro)
        assert r.total > 0 and not footprint.latest(ro).stale
    finally:
        ro.close()
    assert open(path, "rb").read() == before


def test_factor_uncertainty_and_intensity(proj):
    from workbench.services.footprint.contractual import set_denominator

    add_user_factor(
        proj,
        "my.grid.unc",
        "Grid with uncertainty",
        "MWh",
        {"CO2e": 417.3},
        source="test",
        unc_dist="uniform",
        unc_pct=10,
    )
    set_override(proj, "ELEC", "my.grid.unc", reason="test factor uncertainty")
    det = footprint.calculate(proj).total
    mc = footprint.monte_carlo(proj, 2000, seed=1, factor_table=False)
    elec = mc["by_scope"]["2"]
    # one shared multiplier U(0.9, 1.1) on 166.92 t: the 95 % range is 166.92 x (1 +/- 0.095)
    assert elec["p2_5"] == pytest.approx(166.92 * 0.905, rel=0.005)
    assert elec["p97_5"] == pytest.approx(166.92 * 1.095, rel=0.005)
    s1 = mc["by_scope"]["1"]  # no uncertainty on scope 1: a single value
    assert s1["p2_5"] == pytest.approx(s1["p97_5"]) == pytest.approx(2.6211448 + 15.3)  # AR6
    assert mc["deterministic"] == pytest.approx(det)
    with proj.action("org") as tx:
        tx.execute(
            "UPDATE organisation SET employees = 20, revenue = 5e9, revenue_currency = 'KRW'",
            table="organisation",
        )
    set_denominator(proj, "parts", 125_000, "pcs")
    with pytest.raises(ProjectError, match="greater than 0"):
        set_denominator(proj, "parts", 0)
    r = footprint.calculate(proj)
    assert r.intensity["per_employee"]["value"] == pytest.approx(r.total / 20)
    assert r.intensity["per_million_revenue"] == {
        "value": pytest.approx(r.total / 5000),
        "denominator": 5000.0,
        "unit": "million KRW",
    }
    assert r.intensity["per_parts"]["value"] == pytest.approx(r.total / 125_000)


def test_grouped_and_row_ledgers_agree(proj):
    from lca.footprint import compute
    from workbench.services.footprint.ledger import has_ledger_index, load_ledger

    assert has_ledger_index(proj)  # migration 2's covering index
    inventory.add_activity(proj, "ELEC", 10, "MWh", "2025-01-01", "2025-01-31")  # same group as row 2
    pid = proj.current_period()["id"]
    g, _ = load_ledger(proj, pid, grouped=True)
    r, _ = load_ledger(proj, pid, grouped=False)
    assert len(g) == len(r) - 1 and g.row_count == len(r) == 5
    a, b = compute(g, "AR6"), compute(r, "AR6")
    assert a.rows == b.rows == 5
    for name in ("by_source", "by_month", "by_site", "by_gas", "by_scope", "by_iso_category"):
        assert getattr(a, name) == pytest.approx(getattr(b, name), rel=1e-12), name
    assert footprint.calculate(proj).total == pytest.approx(b.total, rel=1e-12)
