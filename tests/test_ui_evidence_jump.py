"""Evidence opens from the inventory (written to a private temp file, handed to the desktop through
QDesktopServices), and a double-click on a sampled item in the verification page jumps to its row
in the ledger, even in a sorted, filtered ledger of many rows."""

from __future__ import annotations

import pytest

pytest.importorskip("PySide6.QtWidgets")

from workbench.ui.qtfix import guard  # noqa: E402

guard()  # PySide6 6.12.0 reference-count bug: see workbench/ui/qtfix.py

from helpers.ui import ErrorCapture, isolate_settings, make_ledger_project, open_window  # noqa: E402
from PySide6.QtCore import QObject, Qt, QUrl, Slot  # noqa: E402
from PySide6.QtGui import QDesktopServices  # noqa: E402


class Opened(QObject):
    """Qt's own hook for a URL scheme (QDesktopServices.setUrlHandler): records what was opened."""

    def __init__(self):
        super().__init__()
        self.urls: list[QUrl] = []

    @Slot(QUrl)
    def open(self, url):
        self.urls.append(url)


@pytest.fixture
def opened():
    handler = Opened()
    QDesktopServices.setUrlHandler("file", handler, "open")
    yield handler
    QDesktopServices.unsetUrlHandler("file")


@pytest.fixture
def ledger_path(tmp_path, qapp):
    from workbench.project.attachments import attach

    isolate_settings(tmp_path / "settings")
    p = make_ledger_project(tmp_path / "l.cnw", 3000)
    receipt = tmp_path / "invoice 0457.pdf"
    receipt.write_bytes(b"%PDF-1.4 invoice for row 457")
    attach(p, receipt, link=("activities", 457))
    path = p.path
    p.close()
    return path


def test_jump_to_a_row_and_open_its_evidence(qtbot, ledger_path, opened, tmp_path):
    from workbench.ui.widgets.jump import show_activity

    w = open_window(qtbot, ledger_path)
    try:
        page = w.pages["inventory"]
        w.show_step("inventory")
        page.filter_edit.setText("meter read")  # hides row 457 (a gas bill: rows 1, 3, 5... are gas)
        page.apply_filter()
        assert page.model.total == 1500 and page.model.find_row(457) is None
        assert page.model.find_row(458) is not None
        page.table.sortByColumn(5, Qt.SortOrder.DescendingOrder)  # by quantity: the jump resets it
        assert show_activity(w, 457)
        assert page.selected_row_id() == 457 and page.model.sort_key == "id"
        assert page.filter_edit.text() == "" and page.model.total == 3000
        assert page.evidence.count() == 1
        item = page.evidence.item(0)
        rect = page.evidence.visualItemRect(item)
        with ErrorCapture() as errors:
            qtbot.mouseClick(page.evidence.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
            qtbot.mouseDClick(page.evidence.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        assert errors.messages == []
        assert len(opened.urls) == 1
        path = opened.urls[0].toLocalFile()
        assert path.endswith("invoice 0457.pdf") and not path.startswith(str(tmp_path))
        assert open(path, "rb").read() == b"%PDF-1.4 invoice for row 457"
        qtbot.mouseClick(page.open_evidence_button, Qt.MouseButton.LeftButton)
        assert len(opened.urls) == 2
    finally:
        w.close_project()


def test_double_click_on_a_sampled_item_shows_its_row(qtbot, ledger_path, tmp_path, monkeypatch):
    monkeypatch.setenv("CNW_KEY_DIR", str(tmp_path / "keys"))
    w = open_window(qtbot, ledger_path, mode="verifier")
    try:
        vp = w.pages["verification"]
        w.show_step("verification")
        vp.key_ = vp.svc.create_key(None, "Lee Seo-yeon")
        vp.start("Lee Seo-yeon", "Demo Verification Services", "KAB-000")
        vp.set_plan("limited", 5.0, ["ISO14068-1"])
        with ErrorCapture() as errors:
            vp.draw(6, "random", seed=20250131)
            qtbot.waitUntil(lambda: vp.items.rowCount() == 6 or bool(errors.items), timeout=30000)
        assert errors.messages == []
        r = next(i for i, it in enumerate(vp.item_rows) if it["tbl"] == "activities")
        row_id = vp.item_rows[r]["row_id"]
        rect = vp.items.visualItemRect(vp.items.item(r, 1))
        qtbot.mouseClick(vp.items.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        qtbot.mouseDClick(vp.items.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        inv = w.pages["inventory"]
        assert w.current_page() is inv
        assert inv.selected_row_id() == row_id
        assert inv.table.visualRect(inv.table.currentIndex()).intersects(inv.table.viewport().rect())
    finally:
        w.close_project()
