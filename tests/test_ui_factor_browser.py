"""The factor browser (issue 17 item 5): value in kg CO2e per unit, unit, gases, region, year,
publisher, licence and uncertainty columns; filters by text, region, year and scope; reached from
the footprint's factor tab, where it assigns the selected factor to the chosen source (undoably)."""

from __future__ import annotations

import pytest

pytest.importorskip("PySide6.QtWidgets")

from workbench.ui.qtfix import guard  # noqa: E402

guard()  # PySide6 6.12.0 reference-count bug: see workbench/ui/qtfix.py

from helpers.ui import isolate_settings, open_window  # noqa: E402
from PySide6.QtCore import Qt  # noqa: E402
from test_ui_dialogs_validation import Modal  # noqa: E402


@pytest.fixture
def window(qtbot, tmp_path, qapp):
    from workbench import new_project
    from workbench.services import boundary, footprint

    isolate_settings(tmp_path / "settings")
    p = new_project(tmp_path / "f.cnw", "ACME Test Co.", period_start="2025-01-01", period_end="2025-12-31")
    boundary.add_site(p, "SEL", "Seoul HQ")
    boundary.add_source(p, "ELEC", "Purchased electricity", scope=2, site="SEL", unit="MWh")
    boundary.add_source(p, "GAS", "Boiler gas", scope=1, site="SEL", unit="scf")
    footprint.set_factor_uncertainty(p, "kr.elec.grid.2021", "lognormal", 10, "supplier statement")
    path = p.path
    p.close()
    w = open_window(qtbot, path)
    yield w
    w.close_project()


def rows_of(t) -> list[list[str]]:
    return [[t.item(r, c).text() for c in range(t.columnCount())] for r in range(t.rowCount())]


def choose(box, data) -> None:
    index = box.findData(data)
    assert index >= 0, data
    box.setCurrentIndex(index)


def test_browse_filter_and_assign_from_the_factor_tab(window, qtbot):
    from workbench.services import boundary

    fp = window.pages["footprint"]
    window.show_step("footprint")
    assert fp.wait_loaded()
    seen = {}

    def browse(d):
        t = d.table
        # region, year and scope narrow together; text narrows further
        choose(d.region, "US")
        choose(d.scope, 1)
        us1 = rows_of(t)
        seen["us1"] = us1
        assert us1 and all(row[5] == "US" for row in us1)
        choose(d.year, "2025")
        assert all(row[6] == "2025" for row in rows_of(t))
        qtbot.keyClicks(d.filter, "natural gas scf")
        gas = rows_of(t)
        seen["gas"] = gas
        # scope 2 has no natural gas: nothing left, and the count says so
        choose(d.scope, 2)
        seen["scope2_count"] = d.count.text()
        choose(d.scope, 1)
        r = next(i for i, row in enumerate(rows_of(t)) if row[0] == "epa.stat.natural_gas")
        t.selectRow(r)
        choose(d.target, "GAS")
        qtbot.mouseClick(d.assign_button, Qt.MouseButton.LeftButton)
        seen["message"] = d.message.text()
        # the project's own uncertainty shows for the Korean grid factor
        d.filter.clear()
        choose(d.region, "KR")
        choose(d.year, None)
        choose(d.scope, None)
        kr = {row[0]: row for row in rows_of(t)}
        seen["kr"] = kr["kr.elec.grid.2021"]
        d.reject()

    with Modal(qtbot, browse):
        qtbot.mouseClick(fp.browse_factors_button, Qt.MouseButton.LeftButton)
    gas = {row[0]: row for row in seen["gas"]}
    row = gas["epa.stat.natural_gas"]
    assert row[3] == "scf" and row[4] == "CO2, CH4_fossil, N2O" and row[5:7] == ["US", "2025"]
    assert float(row[2]) == pytest.approx(0.0545, abs=0.0002)  # kg CO2e per scf (AR6)
    assert row[7].startswith("US EPA GHG Emission Factors Hub") and "public domain" in row[8]
    assert row[9] == "—"
    assert seen["scope2_count"] == "0 factors"
    assert seen["message"] == "epa.stat.natural_gas assigned to GAS."
    assert seen["kr"][9] == "lognormal ±10 %" and seen["kr"][2] == "450.9"
    assert boundary.source_by_code(window.project, "GAS")["factor_id"] == "epa.stat.natural_gas"
    window.undo_stack.undo()
    assert boundary.source_by_code(window.project, "GAS")["factor_id"] is None


def test_verifier_browses_without_assigning(qtbot, window):
    """In verifier mode the browser is there to look: no source box, no assign button, and the
    client data is unchanged."""
    path = window.project.path
    window.close_project()
    w = open_window(qtbot, path, mode="verifier")
    before = w.project.snapshot_hash()
    try:
        fp = w.pages["footprint"]
        w.show_step("footprint")
        assert fp.wait_loaded()
        assert not fp.assign_button.isEnabled() and fp.browse_factors_button.isEnabled()
        seen = {}

        def browse(d):
            seen["target"], seen["assign"] = d.target.isVisible(), d.assign_button.isVisible()
            d.filter.setText("kr.elec.grid.2021")
            seen["rows"] = rows_of(d.table)
            d.double_clicked()  # does nothing here
            seen["open"] = d.isVisible()
            d.reject()

        with Modal(qtbot, browse):
            qtbot.mouseClick(fp.browse_factors_button, Qt.MouseButton.LeftButton)
        assert seen["target"] is False and seen["assign"] is False and seen["open"] is True
        assert [row[0] for row in seen["rows"]] == ["kr.elec.grid.2021"]
        assert w.project.snapshot_hash() == before
    finally:
        w.close_project()


def test_scope_filter_follows_the_library_categories(qtbot, window):
    from workbench.services import footprint
    from workbench.ui.dialogs.factor_picker import CATEGORY_SCOPE, FactorBrowser

    categories = {f.category for f in footprint.load_library().values()}
    assert categories <= set(CATEGORY_SCOPE)  # every shipped category has a scope
    d = FactorBrowser(window.pages["footprint"])
    qtbot.addWidget(d)
    choose(d.scope, 2)
    assert d.count.text().endswith(" factors") and not d.assign_button.isVisible()
    ids = [row[0] for row in rows_of(d.table)]
    assert "kr.elec.grid.2021" in ids and "epa.stat.natural_gas" not in ids
