"""The consolidation approach in the footprint, group inventories from subsidiaries' files, intra-group
eliminations and the structural-change check. Hand-computed figures: Korean grid electricity
0.4173 tCO2e/MWh (kr.elec.grid.2023), HFC-134a AR6 1,530 (10 kg = 15.3 t)."""

import pytest

from workbench import new_project, open_project
from workbench.project.errors import ProjectError
from workbench.services import boundary, consolidation, entities, footprint, inventory
from workbench.services.footprint.factors import assign_factor

GRID = 0.4173


def _bytes(path):
    return open(path, "rb").read()


def _site(p, code, mwh=0.0, hfc_kg=0.0, monthly=False):
    boundary.add_site(p, code=code, name=f"Site {code}")
    if mwh:
        boundary.add_source(p, f"E-{code}", f"Electricity {code}", 2, site=code, unit="MWh")
        assign_factor(p, f"E-{code}", "kr.elec.grid.2023")
        if monthly:
            for m in range(1, 13):
                inventory.add_activity(
                    p, f"E-{code}", mwh / 12, "MWh", f"2025-{m:02d}-01", f"2025-{m:02d}-28"
                )
        else:
            inventory.add_activity(p, f"E-{code}", mwh, "MWh", "2025-01-01", "2025-12-31")
    if hfc_kg:
        boundary.add_source(p, f"R-{code}", f"Chiller {code}", 1, site=code, unit="kg")
        assign_factor(p, f"R-{code}", "refrig.hfc134a")
        inventory.add_activity(p, f"R-{code}", hfc_kg, "kg", "2025-03-10")


@pytest.fixture
def group4(tmp_project, bw):
    """Parent 1,000 MWh; 100 % subsidiary 500 MWh; 40 % JV under the partner's operational control
    (joint financial control) 2,000 MWh + 10 kg HFC-134a; 25 % associate 400 MWh."""
    p = tmp_project
    _site(p, "P", 1000)
    _site(p, "S", 500)
    _site(p, "J", 2000, hfc_kg=10)
    _site(p, "A", 400)
    entities.add_entity(p, "Sub", "subsidiary", equity_pct=100)
    entities.add_entity(
        p, "JV", "joint venture", equity_pct=40, financial_control="joint", operational_control="no"
    )
    entities.add_entity(
        p, "Assoc", "associate", equity_pct=25, financial_control="no", operational_control="no"
    )
    for site, ent in (("S", "Sub"), ("J", "JV"), ("A", "Assoc")):
        entities.assign_site(p, site, ent)
    return p


PARENT, SUB, JV, ASSOC = 1000 * GRID, 500 * GRID, 2000 * GRID + 15.3, 400 * GRID


@pytest.mark.parametrize(
    "approach, expected, jv_pct, assoc_pct, memo15",
    [
        ("operational control", PARENT + SUB, 0.0, 0.0, 0.40 * JV + 0.25 * ASSOC),
        ("financial control", PARENT + SUB + 0.40 * JV, 40.0, 0.0, 0.25 * ASSOC),
        ("equity share", PARENT + SUB + 0.40 * JV + 0.25 * ASSOC, 40.0, 25.0, 0.0),
    ],
)
def test_group_total_under_each_approach_equals_the_hand_computed_figure(
    group4, approach, expected, jv_pct, assoc_pct, memo15
):
    p = group4
    boundary.set_subject(p, consolidation=approach)
    r = footprint.calculate(p)
    assert r.total == pytest.approx(expected, rel=1e-12)
    assert sum(r.by_scope.values()) == pytest.approx(expected) and sum(r.by_site.values()) == pytest.approx(
        expected
    )
    assert r.by_site["J"] == pytest.approx(JV * jv_pct / 100)
    sh = footprint.shares_of(p)
    assert not sh["stale"] and sh["approach"] == approach
    rows = {e["name"]: e for e in sh["entities"]}
    assert [e["name"] for e in sh["entities"]] == ["ACME Test Co.", "Sub", "JV", "Assoc"]
    assert rows["JV"]["share_pct"] == jv_pct and rows["Assoc"]["share_pct"] == assoc_pct
    assert rows["JV"]["gross_t"] == pytest.approx(JV) and rows["Assoc"]["gross_t"] == pytest.approx(ASSOC)
    assert rows["JV"]["counted_t"] == pytest.approx(JV * jv_pct / 100)
    assert rows["JV"]["excluded_t"] == pytest.approx(JV * (1 - jv_pct / 100))
    assert sum(e["counted_t"] for e in sh["entities"]) == pytest.approx(r.total)
    # what the approach leaves out of the investments belongs in scope 3 category 15 (a memo)
    assert sh["scope3_memo"].get("15", 0.0) == pytest.approx(memo15)
    assert r.by_s3_category == {}  # ...not added to the inventory's scope 3


def test_changing_the_approach_or_a_share_makes_the_result_stale(group4):
    footprint.calculate(group4)
    boundary.set_subject(group4, consolidation="equity share")
    assert footprint.latest(group4).stale and footprint.shares_of(group4)["stale"]
    footprint.calculate(group4)
    entities.update_entity(group4, "Assoc", equity_pct=30)
    assert footprint.latest(group4).stale
    assert footprint.calculate(group4).by_site["A"] == pytest.approx(0.30 * ASSOC)


def test_one_100_pct_entity_leaves_the_result_unchanged(tmp_project, bw):
    p = tmp_project
    _site(p, "P", 1000, hfc_kg=10)
    _site(p, "S", 500)
    before = footprint.calculate(p)
    entities.add_entity(p, "Sub", "subsidiary")  # 100 %, both controls
    entities.assign_site(p, "S", "Sub")
    after = footprint.calculate(p)
    assert entities.plan(p).trivial and footprint.shares_of(p) is None
    assert after.inputs_hash == before.inputs_hash
    assert after.to_dict() | {"computed_at": None} == before.to_dict() | {"computed_at": None}


def test_an_entity_acquired_mid_year_counts_from_its_first_full_month(tmp_project, bw):
    p = tmp_project
    _site(p, "P", 120)
    _site(p, "N", 120, monthly=True)
    entities.add_entity(p, "NewCo", "subsidiary", acquired="2025-07-01")
    entities.assign_site(p, "N", "NewCo")
    r = footprint.calculate(p)
    assert r.by_site["N"] == pytest.approx(60 * GRID)  # July-December
    row = [e for e in footprint.shares_of(p)["entities"] if e["name"] == "NewCo"][0]
    assert row["outside_holding_t"] == pytest.approx(60 * GRID) and row["counted_t"] == pytest.approx(
        60 * GRID
    )


# -- group inventories from subsidiaries' files -----------------------------------------------------
def _sub(tmp_path, name, **site):
    p = new_project(tmp_path / f"{name}.cnw", name)
    _site(p, "X", **site)
    footprint.calculate(p)
    path = p.path
    p.close()
    return path


@pytest.fixture
def files(tmp_path, bw):
    """Group file (no ledger of its own) and two 100 % subsidiaries: GenCo runs a generator
    (10 kg HFC-134a standing in for its scope 1) and sells 100 MWh to UseCo, which buys 300 MWh."""
    gen = _sub(tmp_path, "GenCo", hfc_kg=10)
    use = _sub(tmp_path, "UseCo", mwh=300)
    g = new_project(tmp_path / "group.cnw", "Group Holdings")
    entities.add_entity(g, "GenCo", "subsidiary")
    entities.add_entity(
        g, "UseCo", "subsidiary", equity_pct=60, financial_control="yes", operational_control="yes"
    )
    yield g, gen, use
    g.close()


def test_consolidate_reads_subsidiaries_read_only_and_brings_totals_at_share(files):
    g, gen, use = files
    before = {gen: _bytes(gen), use: _bytes(use)}
    out = consolidation.consolidate(g, [gen, use])
    assert {gen: _bytes(gen), use: _bytes(use)} == before  # the subsidiaries' files are never written
    assert [o["entity"] for o in out] == ["GenCo", "UseCo"]
    assert all(o["verification"] == "not verified" and o["figures"] == "stored" for o in out)
    with open_project(use, mode="read") as sub:
        assert out[1]["snapshot_hash"] == sub.snapshot_hash()
    inv = consolidation.group_inventory(g)
    assert inv["total"] == pytest.approx(15.3 + 300 * GRID)  # operational control: both at 100 %
    boundary.set_subject(g, consolidation="equity share")
    consolidation.consolidate(g, [gen, use])
    inv = consolidation.group_inventory(g)
    assert inv["total"] == pytest.approx(15.3 + 0.6 * 300 * GRID)
    assert inv["by_scope"] == pytest.approx({"1": 15.3, "2": 0.6 * 300 * GRID, "3": 0.0})
    assert sum(inv["by_site"].values()) == pytest.approx(inv["total"])
    assert inv["by_site"]["UseCo/X"] == pytest.approx(0.6 * 300 * GRID)
    parts = {x["entity"]: x for x in inv["parts"]}
    assert parts["UseCo"]["share_pct"] == 60.0 and parts["UseCo"]["gross_t"] == pytest.approx(300 * GRID)


def test_an_intra_group_electricity_sale_is_counted_once(files):
    g, gen, use = files
    consolidation.consolidate(g, [gen, use])
    # GenCo's generator is its scope 1; UseCo's 100 MWh from GenCo are in its scope 2 at the grid rate
    consolidation.add_transfer(g, "GenCo", "UseCo", 100, GRID * 1000, evidence="internal PPA 2025")
    inv = consolidation.group_inventory(g)
    assert inv["eliminated_t"] == pytest.approx(100 * GRID)
    assert inv["total"] == pytest.approx(15.3 + 200 * GRID)
    assert inv["by_scope"]["2"] == pytest.approx(200 * GRID) and inv["by_scope"]["1"] == pytest.approx(15.3)
    assert sum(inv["by_gas"].values()) == pytest.approx(inv["total"])
    assert inv["by_site"][consolidation.ELIMINATION] == pytest.approx(-100 * GRID)
    # under equity share the overlap of the two shares is eliminated (GenCo 100 %, UseCo 60 %)
    boundary.set_subject(g, consolidation="equity share")
    consolidation.consolidate(g, [gen, use])
    inv = consolidation.group_inventory(g)
    assert inv["transfers"][0]["overlap_pct"] == 60.0
    assert inv["total"] == pytest.approx(15.3 + 0.6 * 300 * GRID - 0.6 * 100 * GRID)


def test_a_changed_subsidiary_file_shows_as_stale_until_consolidated_again(files):
    g, gen, use = files
    consolidation.consolidate(g, [gen, use])
    assert [s["state"] for s in consolidation.status(g)] == ["current", "current"]
    with open_project(use) as sub:
        inventory.add_activity(sub, "E-X", 10, "MWh", "2025-06-01", "2025-06-30")
    st = {s["entity"]: s for s in consolidation.status(g)}
    assert st["UseCo"]["state"] == "stale" and "changed since it was consolidated" in st["UseCo"]["reason"]
    assert st["GenCo"]["state"] == "current"
    out = consolidation.consolidate(g, [use])
    assert out[0]["refreshed"] and out[0]["changed_since_last"]
    assert out[0]["figures"] == "calculated (no current stored footprint)"
    assert out[0]["gross_total"] == pytest.approx(310 * GRID)
    assert [s["state"] for s in consolidation.status(g)] == ["current", "current"]


def test_bad_subsidiaries_get_a_clear_message_and_leave_every_file_byte_identical(files, tmp_path):
    g, gen, use = files
    text = tmp_path / "notes.cnw"
    text.write_text("not a project\n", encoding="utf-8")
    stranger = _sub(tmp_path, "Stranger Ltd", mwh=1)
    cases = [
        ([gen, str(tmp_path / "missing.cnw")], "missing.cnw: no such file; nothing was consolidated"),
        ([gen, str(text)], "notes.cnw"),
        ([gen, stranger], "its organisation 'Stranger Ltd' is not an entity of"),
        ([(gen, "Nobody")], "unknown entity 'Nobody'"),
        ([gen, gen], "given twice"),
        ([(gen, "Group Holdings")], "is the reporting organisation, not a subsidiary"),
    ]
    for subs, message in cases:
        before = {x: _bytes(x) for x in (g.path, gen, use, stranger)}
        with pytest.raises(ProjectError) as exc:
            consolidation.consolidate(g, subs)
        assert message in str(exc.value)
        assert {x: _bytes(x) for x in (g.path, gen, use, stranger)} == before
    assert consolidation.imports(g) == []
    with pytest.raises(ProjectError, match="transfer: quantity -5 MWh must be more than 0"):
        consolidation.add_transfer(g, "GenCo", "UseCo", -5, 417.3)
    with pytest.raises(ProjectError, match="unknown entity 'Ghost'"):
        consolidation.add_transfer(g, "GenCo", "Ghost", 5, 417.3)


# -- structural changes ----------------------------------------------------------------------------
def test_acquisition_and_divestment_trigger_the_base_year_recalculation_check(tmp_project, bw):
    p = tmp_project
    base = boundary.add_period(p, "2024", "2024-01-01", "2024-12-31", is_base_year=True)
    boundary.add_site(p, code="P", name="P")
    boundary.add_source(p, "E-P", "Electricity", 2, site="P", unit="MWh")
    assign_factor(p, "E-P", "kr.elec.grid.2023")
    inventory.add_activity(p, "E-P", 1000, "MWh", "2024-01-01", "2024-12-31", period_id=base)
    original = 1000 * GRID
    entities.add_entity(p, "NewCo", "subsidiary", acquired="2025-07-01", base_year_tco2e=30)
    chk = consolidation.structural_check(p)
    assert chk["original_total"] == pytest.approx(original)
    assert chk["restated_total"] == pytest.approx(original + 30)
    assert chk["change_pct"] == pytest.approx(100 * 30 / original)  # 7.2 % >= 5 %
    assert chk["recalculation_required"] and chk["complete"]
    assert chk["changes"][0]["change"] == "acquisition"
    entities.add_entity(p, "OldCo", "joint venture", equity_pct=50, divested="2025-03-01", base_year_tco2e=40)
    with p.action("threshold") as tx:
        tx.set_setting("restatement_threshold_pct", 10)
    chk = consolidation.structural_check(p)  # operational control: OldCo had it (default yes): 100 %
    assert chk["adjustment_t"] == pytest.approx(30 - 40)
    assert chk["restated_total"] == pytest.approx(original - 10)
    assert not chk["recalculation_required"]  # 2.4 % < 10 %
    entities.add_entity(p, "Unknown Base", "subsidiary", acquired="2025-02-01")
    chk = consolidation.structural_check(p)
    assert (
        not chk["complete"]
        and "'Unknown Base': its base-year emissions are not recorded" in chk["messages"][0]
    )


# -- command line ----------------------------------------------------------------------------------
def test_cli_consolidates_and_reports_bad_input_without_a_traceback(files, tmp_path, capsys):
    from workbench.cli import main

    g, gen, use = files
    path = g.path
    g.close()
    with open_project(path, mode="read") as ro:
        state = (ro.snapshot_hash(), ro.one("SELECT count(*) AS n FROM audit_log")["n"])
    assert main(["entities", path, "add", "Bad JV", "joint venture", "--equity", "140"]) == 2
    err = capsys.readouterr().err
    assert "entity 'Bad JV': equity share 140 % is outside 0-100 %" in err and "Traceback" not in err
    with open_project(path, mode="read") as ro:  # opening for editing wrote the lock; nothing else
        assert (ro.snapshot_hash(), ro.one("SELECT count(*) AS n FROM audit_log")["n"]) == state
    before = _bytes(path)
    assert main(["consolidate", path, gen, str(tmp_path / "nope.cnw")]) == 2
    assert "nope.cnw: no such file; nothing was consolidated" in capsys.readouterr().err
    assert _bytes(path) == before
    assert main(["entities", path, "transfer", "GenCo", "UseCo", "100", "417.3"]) == 0
    assert main(["consolidate", path, f"{gen}=GenCo", use, "--structural"]) == 0
    out = capsys.readouterr().out
    assert "GenCo: operational control, not verified, snapshot" in out
    assert "-41.73 t of scope 2 at 100% (counted once)" in out
    assert f"group total: {15.3 + 200 * GRID:,.2f} tCO2e" in out
    assert "structural-change check: " in out and "no base year is marked" in out
    assert main(["consolidate", path, "--status"]) == 0
    assert "current" in capsys.readouterr().out


def test_a_transfer_can_be_removed_and_an_unknown_one_is_named(tmp_project):
    p = tmp_project
    entities.add_entity(p, "GenCo", "subsidiary")
    t = consolidation.add_transfer(p, "GenCo", "ACME Test Co.", 10, 417.3)
    assert [x["id"] for x in consolidation.transfers(p)] == [t]
    consolidation.delete_transfer(p, t)
    assert consolidation.transfers(p) == []
    before = _bytes(p.path)
    with pytest.raises(ProjectError, match=f"intra-group transfer {t} does not exist"):
        consolidation.delete_transfer(p, t)
    assert _bytes(p.path) == before


def test_an_elimination_never_exceeds_the_scope_2_the_group_holds(tmp_project):
    """A transfer recorded in a group whose buyer has no electricity in the inventory: the group
    total stays at 0, not below, and the inventory says why."""
    p = tmp_project
    entities.add_entity(p, "GenCo", "subsidiary")
    consolidation.add_transfer(p, "GenCo", "ACME Test Co.", 1000, 417.3)
    inv = consolidation.group_inventory(p)
    assert inv["total"] == 0.0 and inv["eliminated_t"] == 0.0
    assert any("eliminated at most what is there" in w for w in inv["warnings"])
