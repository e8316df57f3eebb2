"""The product page's result views on real widgets (offscreen Qt), the demo product on a real
Brightway: the supply-chain Sankey, the variant comparison chart, the Monte Carlo histogram with its
95 % range, and the CSV / XLSX export read back (formula-safe)."""

from __future__ import annotations

import csv

import pytest

pytest.importorskip("PySide6.QtWidgets")

from workbench.ui.qtfix import guard  # noqa: E402

guard()  # PySide6 6.12.0 reference-count bug: see workbench/ui/qtfix.py

from helpers.ui import ErrorCapture, isolate_settings, open_window  # noqa: E402
from PySide6.QtCore import Qt  # noqa: E402

LONG = 180_000  # ms


def wait(qtbot, condition, timeout=LONG):
    qtbot.waitUntil(lambda: bool(condition()), timeout=timeout)


def click(qtbot, button):
    assert button.isEnabled(), button.text()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


@pytest.fixture
def product_demo(tmp_path, qapp, bw):
    """The demo file with its two product systems (HP-GR40 and its low-loss variant)."""
    from workbench import demo
    from workbench.demo import product as demo_product

    isolate_settings(tmp_path / "settings")
    p = demo.build(tmp_path / "demo.cnw", tmp_path / "inputs", log=lambda *_: None)
    demo_product.run(p, tmp_path / "out", log=lambda *_: None)
    path = p.path
    p.close()
    return path


def _png_size(data: bytes) -> tuple[int, int]:
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    return int.from_bytes(data[16:20], "big"), int.from_bytes(data[20:24], "big")


def test_sankey_layout_conserves_the_tree_and_keeps_bands_inside_the_frame():
    from lca.product.results import TreeNode
    from workbench.services.product.charts import sankey_layout

    leaf = [TreeNode(f"leaf {i}", ("db", f"l{i}"), 1.0, "kg", s, s) for i, s in enumerate((5.0, 3.0, 0.5))]
    mid = TreeNode("mid", ("db", "m"), 1.0, "kg", 10.0, 1.0, children=leaf[:2], cut=1.0)
    root = TreeNode("root", ("db", "r"), 1.0, "unit", 12.0, 1.5, children=[mid, leaf[2]])
    nodes, links = sankey_layout(root, max_depth=4)
    labels = [n.label for n in nodes]
    assert labels == ["root", "mid", "leaf 0", "leaf 1", "other inputs", "leaf 2"]
    # mid's cut-off remainder (1.0) is its "other inputs" node
    assert nodes[4].kind == "other" and nodes[4].score == pytest.approx(1.0)
    # heights are proportional to the scores, one scale for the whole chart
    scale = nodes[0].height / 12.0
    for n in nodes:
        assert n.height == pytest.approx(abs(n.score) * scale)
    # every band has its supplier's height and leaves its consumer inside the consumer's bar
    for ln in links:
        src, dst = nodes[ln.source], nodes[ln.target]
        assert ln.height == pytest.approx(dst.height)
        assert src.y0 - 1e-12 <= ln.y_source <= src.y0 + src.height + 1e-12
    for n in nodes:
        assert -1e-12 <= n.y0 and n.y0 + n.height <= 1.0 + 1e-12
    # bars of one column do not overlap
    for d in range(3):
        col = sorted((n.y0, n.y0 + n.height) for n in nodes if n.depth == d)
        for (_a0, a1), (b0, _b1) in zip(col, col[1:], strict=False):
            assert a1 <= b0 + 1e-12


def test_product_page_sankey_comparison_monte_carlo_and_export(qtbot, product_demo, tmp_path):
    from openpyxl import load_workbook

    from workbench.demo.product import PRODUCT, VARIANT
    from workbench.services.common.safe_csv import is_safe

    w = open_window(qtbot, product_demo)
    w.bw_state = "ready"
    pr = w.pages["product"]
    with ErrorCapture() as errors:
        w.show_step("product")
        pr.select(PRODUCT)
        assert not pr.export_button.isEnabled()  # nothing calculated yet
        click(qtbot, pr.calc_button)
        wait(qtbot, lambda: pr.result is not None or errors.items)
        assert not errors.items, errors.messages
        score = pr.result.score
        assert score == pytest.approx(58.112, rel=1e-4)
        # the supply-chain graph: a real PNG drawn from the contribution tree
        assert pr.sankey.png and _png_size(pr.sankey.png)[0] > 600
        assert pr.tabs.tabText(pr.tabs.indexOf(pr.sankey)) == "Supply-chain graph"
        # stage names in the UI's language (English here), by key
        stages = [pr.stage_table.item(r, 0).text() for r in range(pr.stage_table.rowCount())]
        assert stages[0] == "Raw material acquisition" and "Use" in stages

        # the variant comparison: table and chart
        pr.compare_with.setCurrentIndex(pr.compare_with.findText(VARIANT))
        click(qtbot, pr.compare_button)
        wait(qtbot, lambda: pr.comparison_result is not None or errors.items)
        assert not errors.items, errors.messages
        assert pr.comparison_chart.png and _png_size(pr.comparison_chart.png)[0] > 400
        last = pr.comparison.rowCount() - 1
        assert pr.comparison.item(last, 0).text() == "Total"
        # 10 years x (8 - 12) kWh x 0.4173 kg CO2e/kWh: the low-loss variant saves 16.69 kg
        assert pr.comparison_result.difference == pytest.approx(-10 * 4 * 0.4173, rel=1e-4)

        # the Monte Carlo: histogram and its 95 % range around the calculated footprint
        pr.mc_iterations.setValue(400)
        click(qtbot, pr.mc_button)
        wait(qtbot, lambda: pr.mc_result is not None or errors.items)
        assert not errors.items, errors.messages
        mc = pr.mc_result
        assert mc.iterations == 400 and mc.p2_5 < score < mc.p97_5
        # the use phase (+/- 30 % triangular on 50 kg of the 58 kg) is kept: a wide range
        assert mc.p97_5 - mc.p2_5 > 15.0
        assert pr.tabs.currentWidget() is pr.mc_tab
        assert pr.mc_chart.png and _png_size(pr.mc_chart.png)[0] > 400
        info = pr.mc_info.text()
        assert f"95 % range {mc.p2_5:,.3f} to {mc.p97_5:,.3f} kg CO2e" in info
        assert "400 iterations, seed 42" in info

        # export: CSV and XLSX with the same rows, comparison and Monte Carlo included
        assert pr.export_button.isEnabled()
        csv_path = pr.export_results(str(tmp_path / "hp.csv"))
        xlsx_path = pr.export_results(str(tmp_path / "hp.xlsx"))
        assert not errors.items, errors.messages
        with open(csv_path, encoding="utf-8", newline="") as fh:
            rows = list(csv.DictReader(fh))
        sections = {r["section"] for r in rows}
        assert {"total", "stage", "process", "flow", "tree", "comparison", "monte_carlo"} <= sections
        assert float(rows[0]["score_kgco2e"]) == score  # full precision (repr), not rounded
        mc_rows = {r["label"]: r["score_kgco2e"] for r in rows if r["section"] == "monte_carlo"}
        assert float(mc_rows["p2_5"]) == mc.p2_5 and float(mc_rows["p97_5"]) == mc.p97_5
        assert all(is_safe(v) for r in rows for v in r.values())
        wb = load_workbook(xlsx_path)
        assert {"result", "stage", "tree", "comparison", "monte_carlo"} <= set(wb.sheetnames)
        sheet = list(wb["result"].values)
        assert list(sheet[0]) == list(rows[0].keys())
        assert len(sheet) - 1 == len(rows)
        assert sheet[1][4] == score
        # a wrong suffix is refused with the file named, nothing written
        bad = tmp_path / "hp.pdf"
        assert pr.export_results(str(bad)) is None
        assert errors.items and "hp.pdf" in errors.messages[-1] and ".csv or .xlsx" in errors.messages[-1]
        assert not bad.exists()
    w.close_project()


def test_export_quotes_labels_a_spreadsheet_would_run(tmp_path):
    from openpyxl import load_workbook

    from lca.product.results import Contribution, ProductResult
    from workbench.services import product

    evil = '=HYPERLINK("http://x","y")'
    r = ProductResult(
        "P",
        "1 unit",
        "AR6",
        2.0,
        [Contribution("Use", 2.0, 1.0, "use", "use", "stage")],
        [Contribution(evil, 2.0, 1.0, ("db", "a"), "use", "background", 1.0, "kg")],
        [],
    )
    product.export_result(tmp_path / "r.csv", r)
    product.export_result(tmp_path / "r.xlsx", r)
    text = (tmp_path / "r.csv").read_text(encoding="utf-8")
    assert "'" + evil.replace('"', '""') in text
    cells = [c for row in load_workbook(tmp_path / "r.xlsx")["process"].values for c in row]
    assert "'" + evil in cells and evil not in cells
