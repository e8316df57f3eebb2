"""Boundary and inventory pages: edits through services, undo/redo, import preview, modes."""

from __future__ import annotations

import pytest

pytest.importorskip("PySide6.QtWidgets")

from workbench.ui.qtfix import guard  # noqa: E402

guard()  # PySide6 6.12.0 reference-count bug: see workbench/ui/qtfix.py

from helpers.ui import ErrorCapture, isolate_settings, open_window  # noqa: E402


@pytest.fixture
def demo_path(tmp_path, qapp):
    from workbench import demo

    isolate_settings(tmp_path / "settings")
    p = demo.build(tmp_path / "demo.cnw", tmp_path / "inputs", log=lambda *_: None)
    path = p.path
    p.close()
    return path


@pytest.fixture
def window(qtbot, demo_path):
    w = open_window(qtbot, demo_path)
    yield w
    w.close_project()


def source_row(window, code):
    return window.project.one("SELECT * FROM sources WHERE code = ?", (code,))


def test_boundary_exclude_with_justification_undo_redo(window):
    page = window.pages["boundary"]
    window.show_step("boundary")
    src = source_row(window, "BT-RAIL")
    assert src["included"] == 1
    page.exclude(src["id"], "KTX travel under 0.01 % of the footprint")
    assert source_row(window, "BT-RAIL")["included"] == 0
    item, _ = page.source_items[src["id"]]
    assert item.text(6) == "KTX travel under 0.01 % of the footprint"
    window.undo_stack.undo()
    assert source_row(window, "BT-RAIL")["included"] == 1
    window.undo_stack.redo()
    assert source_row(window, "BT-RAIL")["exclusion_reason"] == "KTX travel under 0.01 % of the footprint"


def test_boundary_exclude_without_reason_is_refused_readably(window):
    page = window.pages["boundary"]
    src = source_row(window, "BT-RAIL")
    before = window.project.snapshot_hash()
    with ErrorCapture() as errors:
        page.exclude(src["id"], "  ")
    assert errors.messages == ["source 'BT-RAIL': give a justification for excluding it"]
    assert window.project.snapshot_hash() == before
    assert window.undo_stack.count() == 0


def test_boundary_edit_organisation_and_add_site_undo(window, qtbot):
    page = window.pages["boundary"]
    page.org_local.setText("한빛정밀 (주)")
    page.org_local.editingFinished.emit()
    assert window.project.one("SELECT name_local FROM organisation")["name_local"] == "한빛정밀 (주)"
    page.add_site("ICN", "Incheon warehouse", "인천 창고")
    assert page.sites.topLevelItemCount() == 3
    window.undo_stack.undo()
    assert page.sites.topLevelItemCount() == 2
    window.undo_stack.undo()
    assert window.project.one("SELECT name_local FROM organisation")["name_local"] == "한빛정밀 주식회사"
    assert page.org_local.text() == "한빛정밀 주식회사"


def test_inventory_edit_in_place_undo_redo(window):
    from PySide6.QtCore import Qt

    from workbench.ui.models.ledger_model import COLUMNS

    window.show_step("inventory")
    page = window.pages["inventory"]
    model = page.model
    row_id = model.row_id(0)
    old = model.value(0, "quantity")
    index = model.index(0, COLUMNS.index("quantity"))
    assert model.flags(index) & Qt.ItemFlag.ItemIsEditable
    assert model.setData(index, "1,234.5")
    q = lambda: window.project.one("SELECT quantity FROM activities WHERE id = ?", (row_id,))["quantity"]  # noqa: E731
    assert q() == 1234.5
    assert index.data() == "1,234.5"
    window.undo_stack.undo()
    assert q() == old
    window.undo_stack.redo()
    assert q() == 1234.5


def test_inventory_bad_edit_keeps_file(window):
    from workbench.ui.models.ledger_model import COLUMNS

    window.show_step("inventory")
    page = window.pages["inventory"]
    model = page.model
    before = window.project.snapshot_hash()
    with ErrorCapture() as errors:
        model.setData(model.index(0, COLUMNS.index("unit")), "kg")  # HWS-LNG is measured in Nm3
    assert len(errors.items) == 1
    assert "unit" in errors.messages[0] and "Nm3" in errors.messages[0]
    assert window.project.snapshot_hash() == before
    with ErrorCapture() as errors:
        assert not model.setData(model.index(0, COLUMNS.index("quantity")), "lots")
    assert errors.messages == ["'lots' is not a number"]


def test_inventory_delete_and_evidence_undo(window, tmp_path):
    page = window.pages["inventory"]
    window.show_step("inventory")
    page.table.selectRow(0)
    row_id = page.selected_row_id()
    receipt = tmp_path / "bill.txt"
    receipt.write_text("KOGAS bill January 2025", encoding="utf-8")
    page.show_evidence()
    existing = page.evidence.count()  # the demo already attaches a gas bill to some rows
    page.attach(str(receipt))
    assert page.evidence.count() == existing + 1
    assert page.evidence.item(existing).text().startswith("bill.txt")
    window.undo_stack.undo()
    page.show_evidence()
    assert page.evidence.count() == existing
    total = page.model.total
    page.table.selectRow(0)
    page.delete_selected()
    assert page.model.total == total - 1
    assert window.project.one("SELECT id FROM activities WHERE id = ?", (row_id,)) is None
    window.undo_stack.undo()
    assert window.project.one("SELECT id FROM activities WHERE id = ?", (row_id,)) is not None


def test_import_wizard_previews_errors_then_imports_undoably(window, qtbot, tmp_path):
    from workbench.ui.dialogs.import_wizard import ImportWizard

    window.show_step("inventory")
    page = window.pages["inventory"]
    bad = tmp_path / "meters.csv"
    bad.write_text(
        "Meter,Month,Amount,Units,Note\n"
        "HWS-ELEC,2025-03,120.5,MWh,extra meter A\n"
        "HWS-ELEC,2025-04,abc,MWh,extra meter B\n"
        "HWS-ELEC,2025-05,99,kg,extra meter C\n",
        encoding="utf-8",
    )
    before_file = window.project.snapshot_hash()
    wizard = ImportWizard(page)
    qtbot.addWidget(wizard)
    wizard.path.setText(str(bad))
    wizard.load_header()
    assert wizard.combos["quantity"].currentData() == "Amount"  # found by alias
    assert wizard.combos["source"].currentData() is None  # 'Meter' is not a known name
    wizard.set_mapping("source", "Meter")
    wizard.set_mapping("date", "Month")
    wizard.check()
    qtbot.waitUntil(lambda: wizard.errors.rowCount() == 2 or wizard.checked_key is not None, timeout=10000)
    problems = {wizard.errors.item(r, 0).text(): wizard.errors.item(r, 2).text() for r in range(2)}
    assert "not a number" in problems["3"]
    assert "kg" in problems["4"]
    assert not wizard.import_button.isEnabled()
    assert window.project.snapshot_hash() == before_file  # the preview wrote nothing

    bad.write_text(
        "Meter,Month,Amount,Units,Note\nHWS-ELEC,2025-03,120.5,MWh,extra meter A\nHWS-ELEC,2025-04,80,MWh,B\n",
        encoding="utf-8",
    )
    wizard.check()
    qtbot.waitUntil(lambda: wizard.import_button.isEnabled(), timeout=10000)
    total = page.model.total
    wizard.import_button.click()
    qtbot.waitUntil(lambda: wizard.result is not None, timeout=10000)
    assert wizard.result.rows == 2
    assert page.model.total == total + 2
    window.undo_stack.undo()
    assert page.model.total == total
    window.undo_stack.redo()
    assert page.model.total == total + 2


def test_read_only_and_verifier_modes_disable_client_edits(qtbot, demo_path):
    for mode in ("read", "verifier"):
        w = open_window(qtbot, demo_path, mode=mode)
        assert w.mode == mode
        b = w.pages["boundary"]
        w.show_step("inventory")
        inv = w.pages["inventory"]
        for widget in (
            b.add_source_button,
            b.exclude_button,
            b.org_name,
            inv.import_button,
            inv.add_button,
            inv.delete_button,
            inv.attach_button,
        ):
            assert not widget.isEnabled(), (mode, widget)
        assert inv.model.read_only
        from PySide6.QtCore import Qt

        assert not inv.model.flags(inv.model.index(0, 5)) & Qt.ItemFlag.ItemIsEditable
        w.close_project()
