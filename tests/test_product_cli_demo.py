"""`cnw lca FILE --product NAME` and the demo hook (gear unit over the shipped factor library)."""

from __future__ import annotations

import csv

import pytest

import workbench.demo as demo_steps

# Korean national electricity factor 2023: 0.4173 tCO2e/MWh = 0.4173 kg CO2e/kWh (oracles.md).
KR_GRID_2023 = 0.4173


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory):
    from lca import bw_setup
    from workbench import demo

    bw_setup.ensure_setup()
    d = tmp_path_factory.mktemp("product-demo")
    p = demo.build(d / "demo.cnw", d / "inputs", log=lambda *_: None)
    lines = []
    demo_steps.product.run(p, d / "out", lines.append)
    p.close()
    return d, lines


def test_demo_adds_the_gear_unit_and_writes_the_csv(demo_file):
    from workbench import open_project
    from workbench.demo.product import PRODUCT, SALES_2025
    from workbench.services import product

    d, lines = demo_file
    with open_project(d / "demo.cnw", mode="read") as p:
        names = [x["name"] for x in product.list_products(p)]
        assert PRODUCT in names and len(names) == 2
        r = product.calculate(p, PRODUCT)
        stages = {c.key: c.score for c in r.by_stage}
        # use phase: 10 years x 12 kWh lost per year on the Korean grid
        assert stages["use"] == pytest.approx(10 * 12 * KR_GRID_2023, rel=1e-9)
        assert sum(stages.values()) == pytest.approx(r.score, rel=1e-12)
        assert all(s == "brightway" for s in r.background_sources.values())
        assert product.credits_needed(p, PRODUCT) == pytest.approx(r.score * sum(SALES_2025.values()) / 1000)
        cached = p.rows(
            "SELECT gwp_set, score_per_unit FROM product_background_values WHERE code = ?",
            ("kr.elec.grid.2023",),
        )
        # per unit of the background activity: 1 MWh -> 417.3 kg CO2e, exact (float64 refill)
        assert cached == [{"gwp_set": "AR6", "score_per_unit": pytest.approx(1000 * KR_GRID_2023, rel=1e-12)}]
    rows = list(csv.DictReader(open(d / "out" / "product_footprint_HP-GR40.csv", encoding="utf-8")))
    assert rows[0]["section"] == "total" and float(rows[0]["score_kgco2e"]) == pytest.approx(
        r.score, rel=1e-5
    )
    assert [row["label"] for row in rows if row["section"] == "stage"][3] == "Use"
    assert (d / "out" / "product_comparison_HP-GR40.csv").exists()
    assert any("credits needed" in line for line in lines)


def test_cli_prints_result_and_contribution_table(demo_file, capsys):
    from workbench.cli import main
    from workbench.demo.product import PRODUCT

    d, _ = demo_file
    before = (d / "demo.cnw").read_bytes()
    out_csv = d / "cli.csv"
    assert (
        main(
            [
                "lca",
                str(d / "demo.cnw"),
                "--product",
                PRODUCT,
                "--tree",
                "--credits",
                "--csv",
                str(out_csv),
                "--compare",
                "HP-GR40 gear unit (low-loss)",
                "--monte-carlo",
                "50",
                "--seed",
                "3",
            ]
        )
        == 0
    )
    out = capsys.readouterr().out
    from workbench import open_project
    from workbench.commands.lca import _fmt
    from workbench.services import product

    with open_project(d / "demo.cnw", mode="read") as p:
        score = product.calculate(p, PRODUCT).score
    assert f"Footprint: {_fmt(score)} kg CO2e per functional unit" in out
    assert "Contribution by life-cycle stage" in out and "Use" in out
    assert "Contribution by process" in out and "Contribution by elementary flow" in out
    assert "Supply-chain tree" in out and "Monte Carlo (50 iterations, seed 3)" in out
    assert "48,000 units sold" in out
    assert "Warning: 'HP-GR40 gear unit' is sold in EU: Directive (EU) 2024/825" in out
    assert out_csv.exists()
    assert (d / "demo.cnw").read_bytes() == before  # read-only by default


def test_cli_lists_products_and_reports_errors(demo_file, capsys):
    from workbench.cli import main

    d, _ = demo_file
    assert main(["lca", str(d / "demo.cnw")]) == 0
    assert "HP-GR40 gear unit" in capsys.readouterr().out
    assert main(["lca", str(d / "demo.cnw"), "--product", "Widget"]) == 2
    assert "cnw: error:" in capsys.readouterr().err
