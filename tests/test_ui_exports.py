"""Every data table exports to CSV and XLSX from its context menu (formula-safe, numbers as numbers,
all rows including tree children and rows not scrolled into view); charts save as PNG and SVG;
findings columns fit their texts. Real windows, real files read back (csv, openpyxl)."""

from __future__ import annotations

import csv

import pytest

pytest.importorskip("PySide6.QtWidgets")

from workbench.ui.qtfix import guard  # noqa: E402

guard()  # PySide6 6.12.0 reference-count bug: see workbench/ui/qtfix.py

from helpers.ui import ErrorCapture, isolate_settings, open_window  # noqa: E402
from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtWidgets import QFileDialog, QTableView, QTreeView  # noqa: E402
from test_ui_dialogs_validation import Modal  # noqa: E402


@pytest.fixture
def window(qtbot, tmp_path, qapp):
    from helpers.ui import make_ledger_project

    from workbench.services import boundary, inventory

    isolate_settings(tmp_path / "settings")
    p = make_ledger_project(tmp_path / "x.cnw", 600)  # more rows than the view has fetched
    boundary.add_source(p, "BIZ", "Business travel", scope=3, s3_category=6, unit="passenger_km")
    inventory.add_activity(
        p, "ELEC", 7, "MWh", "2025-02-01", description='=HYPERLINK("http://x","click")', reference="+cmd"
    )
    path = p.path
    p.close()
    w = open_window(qtbot, path)
    yield w
    w.close_project()


def save_as(path):
    def step(d):
        assert isinstance(d, QFileDialog) and d.acceptMode() == QFileDialog.AcceptMode.AcceptSave
        d.selectFile(str(path))
        d.accept()

    return step


def action(view, name):
    return next(a for a in view.actions() if a.objectName() == name)


def test_every_table_of_every_page_has_the_export_actions(window):
    views = []
    for key, page in window.pages.items():
        for view in page.findChildren(QTableView) + page.findChildren(QTreeView):
            views.append((key, view))
            names = sorted(a.objectName() for a in view.actions())
            assert names[:2] == ["export_csv", "export_xlsx"], (key, view.objectName(), names)
    assert {k for k, _v in views} >= {"boundary", "inventory", "footprint", "plan", "offsets", "verification"}


def test_ledger_exports_all_rows_formula_safe_to_csv_and_xlsx(window, qtbot, tmp_path):
    from openpyxl import load_workbook

    page = window.pages["inventory"]
    window.show_step("inventory")
    assert page.wait_loaded()
    out_csv, out_xlsx = tmp_path / "ledger.csv", tmp_path / "ledger.xlsx"
    with Modal(qtbot, save_as(out_csv)):
        action(page.table, "export_csv").trigger()
    with Modal(qtbot, save_as(out_xlsx)):
        action(page.table, "export_xlsx").trigger()
    with open(out_csv, encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.reader(fh))
    model = page.table.model()
    assert rows[0] == [
        str(model.headerData(c, Qt.Orientation.Horizontal)) for c in range(model.columnCount())
    ]
    assert len(rows) == 1 + 601
    bad = next(r for r in rows if "HYPERLINK" in ",".join(r))
    assert '\'=HYPERLINK("http://x","click")' in bad and "'+cmd" in bad
    ws = load_workbook(out_xlsx).active
    table = list(ws.iter_rows(values_only=True))
    assert len(table) == 602 and list(table[0]) == rows[0]
    q = rows[0].index("Quantity")
    first = next(r for r in table[1:] if r[rows[0].index("Reference")] == "GAS-0000000")
    assert first[q] == 100 and isinstance(first[q], (int, float))  # a number, not the text
    ref = rows[0].index("Reference")
    assert next(r for r in table[1:] if r[ref] == "INV-0000001")[q] == pytest.approx(1.1)
    assert next(r for r in rows[1:] if r[ref] == "INV-0000001")[q] == "1.1"  # CSV: as shown
    assert any(v == '\'=HYPERLINK("http://x","click")' for v in next(r for r in table if "'+cmd" in r))
    assert window.statusBar().currentMessage() == f"Exported 601 rows to {out_xlsx}"


def test_tree_export_includes_children_and_cancel_writes_nothing(window, qtbot, tmp_path):
    page = window.pages["boundary"]
    window.show_step("boundary")
    out = tmp_path / "sources.csv"

    def cancel(d):
        d.reject()

    with Modal(qtbot, cancel):
        action(page.tree, "export_csv").trigger()
    assert not out.exists() and list(tmp_path.glob(".export-*")) == []
    with Modal(qtbot, save_as(out)):
        action(page.tree, "export_csv").trigger()
    rows = list(csv.reader(open(out, encoding="utf-8-sig", newline="")))
    assert rows[0][:2] == ["Source", "Name"]
    codes = [r[0] for r in rows[1:]]
    assert "ELEC" in codes and "BIZ" in codes  # children of the scope / category rows
    assert any(c.startswith("Scope 3") for c in codes)
    assert next(r for r in rows if r[0] == "ELEC")[5] == "yes"  # the Included check box


def test_export_to_an_unknown_extension_is_refused_readably(window, qtbot, tmp_path):
    from workbench.ui.widgets.table_export import export_view

    page = window.pages["boundary"]
    window.show_step("boundary")
    with pytest.raises(ValueError, match=r"sites\.txt: export as \.csv or \.xlsx \(not 'txt'\)"):
        export_view(page.sites, tmp_path / "sites.txt")
    assert not (tmp_path / "sites.txt").exists()


def test_chart_saves_png_and_svg(qtbot, tmp_path, qapp):
    from workbench.ui import charts
    from workbench.ui.widgets.chart import ChartView

    view = ChartView()
    qtbot.addWidget(view)
    assert not view.save_png_action.isEnabled()  # nothing drawn yet
    png = charts.breakdown_png([("Scope 1", 120.0), ("Scope 2", 80.5)], "By scope")
    view.set_png(png)
    assert view.save_png_action.isEnabled() and view.save_svg_action.isEnabled()
    with Modal(qtbot, save_as(tmp_path / "c.png")):
        view.save_png_action.trigger()
    assert (tmp_path / "c.png").read_bytes() == png
    with Modal(qtbot, save_as(tmp_path / "c.svg")):
        view.save_svg_action.trigger()
    svg = (tmp_path / "c.svg").read_text(encoding="utf-8")
    assert svg.lstrip().startswith("<?xml") and "<svg" in svg and "<path" in svg  # matplotlib's vector SVG
    assert "<image" not in svg
    from PySide6.QtSvg import QSvgRenderer

    assert QSvgRenderer(str(tmp_path / "c.svg")).isValid()
    with ErrorCapture() as errors:
        view.set_message("nothing to draw")
        assert view.save_dialog("png") is None
    assert errors.items == []


def test_findings_columns_fit_their_texts(qtbot, qapp):
    from offsets.findings import Finding
    from workbench.ui.widgets.findings import FindingsTable

    table = FindingsTable()
    qtbot.addWidget(table)
    table.resize(1280, 400)
    table.show()
    qtbot.waitExposed(table)
    long = "The retired credits (1,000 tCO2e) do not cover the residual emissions (1,250.5 tCO2e). " * 3
    table.set_findings(
        [
            Finding("CLAIM.COVERAGE", "error", long, "PAS 2060:2014 clause 9.2.1 (window)"),
            Finding(
                "CLAIM.RETIREMENT.WINDOW",
                "warning",
                "Lot 3 vintage 2015 is older than 8 years.",
                "ICVCM CCP 4",
            ),
        ]
    )
    fm = table.fontMetrics()
    # wider than the fixed 150 / 210 px the columns had, narrower than a fifth of the table
    assert 150 < fm.horizontalAdvance("CLAIM.RETIREMENT.WINDOW") < 240
    assert 210 < fm.horizontalAdvance("PAS 2060:2014 clause 9.2.1 (window)") < 240
    assert table.columnWidth(1) >= fm.horizontalAdvance("CLAIM.RETIREMENT.WINDOW")
    assert table.columnWidth(3) >= fm.horizontalAdvance("PAS 2060:2014 clause 9.2.1 (window)")
    assert table.columnWidth(2) >= table.viewport().width() // 2  # the finding gets the room
    assert table.rowHeight(0) > table.rowHeight(1)  # the long one wraps instead of being cut
