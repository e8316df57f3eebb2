"""Inventory page: a row's uncertainty and pedigree set from the form (checked as typed, refused by the
service with the input kept, undoable), and shown in the ledger. Real window, keys and clicks."""

from __future__ import annotations

import pytest

pytest.importorskip("PySide6.QtWidgets")

from workbench.ui.qtfix import guard  # noqa: E402

guard()  # PySide6 6.12.0 reference-count bug: see workbench/ui/qtfix.py

from helpers.ui import isolate_settings, open_window  # noqa: E402
from PySide6.QtCore import Qt, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication, QDialog  # noqa: E402

LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def window(qtbot, tmp_path, qapp):
    from workbench import new_project
    from workbench.services import boundary, inventory

    isolate_settings(tmp_path / "settings")
    p = new_project(tmp_path / "q.cnw", "ACME Test Co.", period_start="2025-01-01", period_end="2025-12-31")
    boundary.add_site(p, "SEL", "Seoul HQ")
    boundary.add_source(p, "ELEC", "Purchased electricity", scope=2, site="SEL", unit="MWh")
    inventory.add_activity(p, "ELEC", 120, "MWh", "2025-01-01", "2025-01-31")
    path = p.path
    p.close()
    w = open_window(qtbot, path)
    yield w
    w.close_project()


def _on_next_dialog(step, seen):
    def poll():
        d = QApplication.activeModalWidget()
        if isinstance(d, QDialog) and d.isVisible():
            try:
                step(d)
            except BaseException as exc:  # noqa: BLE001 - re-raised in the test
                seen["error"] = exc
                d.reject()
            return
        QTimer.singleShot(10, poll)

    QTimer.singleShot(0, poll)


def _type(qtbot, d, key, text):
    edit = d.fields[key]
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClick(edit, Qt.Key.Key_Delete)
    qtbot.keyClicks(edit, text)


def _row(window):
    from workbench.services import inventory

    r = window.project.one("SELECT * FROM activities ORDER BY id LIMIT 1")
    return r["unc_dist"], r["unc_pct"], tuple(r[f] for f in inventory.PEDIGREE_FIELDS)


def test_set_pedigree_from_the_inventory_page_and_undo(window, qtbot):
    page = window.pages["inventory"]
    window.show_step("inventory")
    page.table.selectRow(0)
    before = open(window.project.path, "rb").read()
    seen: dict = {}

    def fill(d):
        seen["prefilled"] = (
            d.fields["unc_dist"].text(),
            d.fields["unc_pct"].text(),
            d.fields["pedigree"].text(),
        )
        _type(qtbot, d, "pedigree", "(2,3,1,9)")
        seen["as_typed"] = d.error_text("pedigree")
        _type(qtbot, d, "pedigree", "(2,3,1,1,4)")
        _type(qtbot, d, "unc_dist", "uniform")
        _type(qtbot, d, "unc_pct", "5")
        qtbot.mouseClick(d.ok_button, LEFT)  # the service refuses uniform + pedigree: input kept
        seen["refused"] = (d.isVisible(), d.message.text(), d.fields["pedigree"].text())
        seen["bytes"] = open(window.project.path, "rb").read()
        _type(qtbot, d, "unc_dist", "lognormal")
        _type(qtbot, d, "unc_pct", "10")
        qtbot.mouseClick(d.ok_button, LEFT)
        seen["closed"] = not d.isVisible()

    _on_next_dialog(fill, seen)
    qtbot.mouseClick(page.quality_button, LEFT)
    qtbot.waitUntil(lambda: "closed" in seen or "error" in seen, timeout=5000)
    if "error" in seen:
        raise seen["error"]
    assert seen["prefilled"] == ("none", "", "")
    assert (
        seen["as_typed"].startswith("Pedigree scores, e.g. (2,3,1,1,4): give five scores from 1 (best)")
        and "give five scores from 1 (best)" in seen["as_typed"]
    )
    assert seen["refused"][0] is True and seen["refused"][2] == "(2,3,1,1,4)"
    assert "pedigree scores combine with a lognormal basic uncertainty" in seen["refused"][1]
    assert seen["bytes"] == before
    assert seen["closed"]
    assert _row(window) == ("lognormal", 10.0, (2, 3, 1, 1, 4))
    from workbench.ui.models.ledger_model import COLUMNS

    col = COLUMNS.index("uncertainty")
    shown = page.model.data(page.model.index(0, col), Qt.ItemDataRole.DisplayRole)
    assert shown == "lognormal ±10.0% (2,3,1,1,4)"
    window.undo_stack.undo()
    assert _row(window) == ("none", None, (None,) * 5)
    window.undo_stack.redo()
    assert _row(window) == ("lognormal", 10.0, (2, 3, 1, 1, 4))
