"""cnw activity-uncertainty (one row's distribution, percentage, pedigree) and cnw footprint's Monte
Carlo options (iterations, seed, activity model), on a real project file."""

import json

import pytest

from workbench import open_project
from workbench.cli import main
from workbench.services import boundary, footprint, inventory
from workbench.services.footprint.factors import assign_factor, set_factor_uncertainty


@pytest.fixture
def path(tmp_project, bw):
    p = tmp_project
    boundary.add_site(p, code="HWS", name="Hwaseong")
    boundary.add_source(p, "ELEC", "Grid electricity", 2, site="HWS", unit="MWh")
    assign_factor(p, "ELEC", "kr.elec.grid.2023")
    set_factor_uncertainty(p, "kr.elec.grid.2023", "none", 0, source="test: exact factor")
    for month in range(1, 13):
        inventory.add_activity(p, "ELEC", 100, "MWh", f"2025-{month:02d}")
    out = p.path
    p.close()
    return out


def test_set_row_uncertainty_and_run_with_seed(path, capsys, tmp_path):
    rc = main(
        ["activity-uncertainty", path, "3", "--dist", "lognormal", "--pct", "10", "--pedigree", "(2,3,1,1,4)"]
    )
    assert rc == 0
    assert (
        capsys.readouterr().out.strip() == "activity 3: uncertainty lognormal +/-10 %; pedigree (2,3,1,1,4)"
    )
    with open_project(path, mode="read") as p:
        row = p.one("SELECT * FROM activities WHERE id = 3")
        assert tuple(row[f] for f in inventory.PEDIGREE_FIELDS) == (2, 3, 1, 1, 4)
        assert (row["unc_dist"], row["unc_pct"]) == ("lognormal", 10.0)
    out = tmp_path / "fp.json"
    rc = main(
        ["footprint", path, "--monte-carlo", "500", "--seed", "11", "--activity-model", "row", "-o", str(out)]
    )
    assert rc == 0
    text = capsys.readouterr().out
    assert "data quality: pedigree matrix (ecoinvent v3)" in text and "(1 rows scored)" in text
    assert "activity data drawn once per row" in text
    assert "source ELEC (pedigree on 1 rows)" in text
    mc = json.loads(out.read_text(encoding="utf-8"))["monte_carlo"]
    assert (mc["iterations"], mc["seed"], mc["model"]["activity"]) == (500, 11, "row")
    with open_project(path, mode="read") as p:
        stored = footprint.latest_monte_carlo(p)
        assert (stored["iterations"], stored["seed"], stored["model"]["activity"]) == (500, 11, "row")
        assert stored["total"] == mc["total"] and stored["stale"] is False
    # clearing the pedigree from the command line
    assert main(["activity-uncertainty", path, "3", "--pedigree", "none"]) == 0
    assert capsys.readouterr().out.strip() == "activity 3: uncertainty lognormal +/-10 %; pedigree none"


def _state(path):
    """What a change would touch: the snapshot (every claim table), the audit log, the rows."""
    with open_project(path, mode="read") as p:
        return (
            p.snapshot_hash(),
            p.one("SELECT count(*) AS n FROM audit_log")["n"],
            p.rows("SELECT * FROM activities ORDER BY id"),
        )


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (
            ["3", "--pedigree", "(2,3,1,1,9)"],
            "activity 3: pedigree: '9' is not a pedigree score (further technological",
        ),
        (
            ["3", "--dist", "uniform", "--pct", "5", "--pedigree", "2,3,1,1,4"],
            "activity 3: unc_dist: pedigree scores combine with a lognormal basic uncertainty",
        ),
        (["99"], "activity 99: nothing to change"),
        (["99", "--pct", "5"], "activity 99 does not exist"),
        (["3", "--pct", "-5"], "activity 3: unc_pct: '-5.0' is not a non-negative percentage"),
    ],
)
def test_bad_input_is_named_and_changes_nothing(path, capsys, argv, message):
    before = _state(path)
    assert main(["activity-uncertainty", path, *argv]) == 2
    err = capsys.readouterr().err
    assert err.startswith("cnw: error: ") and message in err and "Traceback" not in err
    assert _state(path) == before


def test_every_row_of_a_source_from_the_command_line(path, capsys):
    assert main(["activity-uncertainty", path, "--source", "ELEC", "--pedigree", "(3,3,3,3,3)"]) == 0
    assert capsys.readouterr().out.strip() == "source ELEC: 12 activity row(s) changed"
    with open_project(path, mode="read") as p:
        got = {tuple(r[f] for f in inventory.PEDIGREE_FIELDS) for r in p.rows("SELECT * FROM activities")}
    assert got == {(3, 3, 3, 3, 3)}
    before = _state(path)
    assert main(["activity-uncertainty", path, "3", "--source", "ELEC", "--pct", "5"]) == 2
    assert "give either a row id or --source CODE" in capsys.readouterr().err
    assert main(["activity-uncertainty", path, "--source", "ELEC", "--period", "1999", "--pct", "5"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("cnw: error: ") and "1999" in err and "Traceback" not in err
    assert _state(path) == before
