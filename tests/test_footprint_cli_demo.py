"""cnw footprint and the demo hook, on the demo project."""

import csv
import json

import workbench.demo as demo_steps
from workbench.cli import main
from workbench.services import footprint


def test_demo_hook_and_cli(demo_project, bw, tmp_path, capsys):
    logs = []
    demo_steps.footprint.run(demo_project, tmp_path / "out", logs.append)
    assert (tmp_path / "out" / "footprint.csv").exists()
    data = json.loads((tmp_path / "out" / "footprint.json").read_text(encoding="utf-8"))
    assert data["gwp_set"] == "AR6" and data["total"] > 0
    # every demo source has a shipped factor; the spend-based one uses the EPA supply-chain factors
    missing = {m["source"] for m in data["missing_factors"]}
    assert missing == set()
    assert data["by_source"]["PG-SERVICES"] > 0 and "us.epa.sef13.naics.811310" in {
        f["id"] for f in data["factors_used"]
    }
    assert data["by_source"]["PG-STEEL"] > 0 and "uk.desnz2025.material.steel_cans.primary" in {
        f["id"] for f in data["factors_used"]
    }
    assert data["scope2_market"] < data["scope2_location"]  # the demo REC with its certificate
    r = footprint.latest(demo_project)
    assert r is not None and not r.stale
    path = demo_project.path
    demo_project.close()

    out = tmp_path / "fp.json"
    rc = main(
        [
            "footprint",
            path,
            "--allow-missing",
            "--monte-carlo",
            "100",
            "--seed",
            "3",
            "--compare",
            "-o",
            str(out),
        ]
    )
    assert rc == 0
    printed = capsys.readouterr().out
    assert "GWP-100 AR6" in printed and "Monte Carlo (100 it., seed 3)" in printed
    assert all(f"WARNING: source '{code}' has no factor" in printed for code in missing)
    got = json.loads(out.read_text(encoding="utf-8"))
    assert got["total"] == data["total"] and got["monte_carlo"]["seed"] == 3
    assert (
        got["base_year_comparison"]["base_period"] == "2024" and "Base year 2024 (restated, AR6)" in printed
    )

    out_csv = tmp_path / "fp.csv"
    assert main(["footprint", path, "--allow-missing", "--gwp", "AR5", "-o", str(out_csv)]) == 0
    rows = list(csv.DictReader(open(out_csv, encoding="utf-8")))
    assert rows[0]["gwp_set"] == "AR5" and {r["breakdown"] for r in rows} >= {
        "total",
        "scope",
        "gas",
        "month",
    }

    # without --allow-missing the missing factors are an error naming the sources (exit 2)
    assert main(["footprint", path]) == (2 if missing else 0)
    err = capsys.readouterr().err
    assert all(code in err for code in missing)
    assert main(["footprint", path, "-o", str(tmp_path / "x.txt")]) == 2
