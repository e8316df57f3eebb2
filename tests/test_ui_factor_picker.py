"""The factor picker: a table (id, name, unit, region, year, publisher, licence) with a filter box
that narrows by every word typed; a double-click assigns the factor to the source (undoably)."""

from __future__ import annotations

import pytest

pytest.importorskip("PySide6.QtWidgets")

from workbench.ui.qtfix import guard  # noqa: E402

guard()  # PySide6 6.12.0 reference-count bug: see workbench/ui/qtfix.py

from helpers.ui import one_source_window  # noqa: E402
from PySide6.QtCore import Qt  # noqa: E402
from test_ui_dialogs_validation import Modal  # noqa: E402


@pytest.fixture
def window(qtbot, tmp_path, qapp):
    yield from one_source_window(qtbot, tmp_path, "f.cnw")


def test_filter_columns_and_double_click_assigns(window, qtbot):
    from workbench.services import boundary

    fp = window.pages["footprint"]
    window.show_step("footprint")
    assert fp.wait_loaded()
    fp.factors.selectRow(next(r for r, s in enumerate(fp.source_rows) if s["code"] == "ELEC"))
    seen = {}

    def pick(d):
        t = d.table
        seen["headers"] = [t.horizontalHeaderItem(c).text() for c in range(t.columnCount())]
        seen["all"] = d.count.text()
        qtbot.keyClicks(d.filter, "korea grid 2021")
        rows = [[t.item(r, c).text() for c in range(t.columnCount())] for r in range(t.rowCount())]
        seen["rows"] = rows
        seen["count"] = d.count.text()
        r = next(i for i, row in enumerate(rows) if row[0] == "kr.elec.grid.2021")
        rect = t.visualRect(t.model().index(r, 1))
        qtbot.mouseClick(t.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        seen["selected"] = d.factor_id()
        qtbot.mouseDClick(t.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())

    with Modal(qtbot, pick):
        qtbot.mouseClick(fp.assign_button, Qt.MouseButton.LeftButton)
    assert seen["headers"] == [
        "Factor id",
        "Name",
        "kg CO2e per unit",
        "Per unit",
        "Gases",
        "Region",
        "Year",
        "Publisher",
        "Licence",
        "Uncertainty",
    ]
    assert seen["all"].startswith("500 of ") and seen["all"].endswith(
        " factors shown; type in the filter to narrow them."
    )
    assert seen["rows"] and all(
        "korea" in " ".join(row).lower() and "grid" in " ".join(row).lower() and "2021" in " ".join(row)
        for row in seen["rows"]
    )
    assert seen["count"] == f"{len(seen['rows'])} factors"
    row = next(row for row in seen["rows"] if row[0] == "kr.elec.grid.2021")
    assert (
        row[2] == "450.9"
        and row[3:7] == ["MWh", "CO2e", "KR", "2021"]
        and row[7].startswith("Korean national electricity emission factor")
    )
    assert seen["selected"] == "kr.elec.grid.2021"
    assert boundary.source_by_code(window.project, "ELEC")["factor_id"] == "kr.elec.grid.2021"
    window.undo_stack.undo()
    assert boundary.source_by_code(window.project, "ELEC")["factor_id"] is None
