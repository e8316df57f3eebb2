"""The evidence viewer (issue 17 item 6): an attachment previews inside the app (an image as it
is, a PDF's first page rendered, a text file's text, anything else named with a hint) and opens
with the desktop's program; a verification finding raised on a row jumps to that row with its
evidence beside it."""

from __future__ import annotations

import pytest

pytest.importorskip("PySide6.QtWidgets")

from workbench.ui.qtfix import guard  # noqa: E402

guard()  # PySide6 6.12.0 reference-count bug: see workbench/ui/qtfix.py

from helpers.ui import ErrorCapture, isolate_settings, make_ledger_project, open_window  # noqa: E402
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt  # noqa: E402
from PySide6.QtGui import QColor, QImage  # noqa: E402
from PySide6.QtWidgets import QDialog  # noqa: E402
from test_ui_evidence_jump import opened  # noqa: E402, F401 - the fixture recording opened URLs


def png_bytes() -> bytes:
    image = QImage(120, 80, QImage.Format.Format_RGB32)
    image.fill(QColor("#1a73e8"))
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data)


def pdf_bytes(path) -> bytes:
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(str(path))
    c.setFont("Helvetica", 28)
    c.drawString(72, 720, "Invoice 0457: 1,234 kWh")
    c.showPage()
    c.drawString(72, 720, "second page")
    c.save()
    return path.read_bytes()


@pytest.fixture
def ledger_path(tmp_path, qapp):
    from workbench.project.attachments import attach

    isolate_settings(tmp_path / "settings")
    p = make_ledger_project(tmp_path / "l.cnw", 600)
    attach(p, png_bytes(), filename="meter photo.png", link=("activities", 457))
    attach(p, pdf_bytes(tmp_path / "invoice.pdf"), filename="invoice 0457.pdf", link=("activities", 457))
    attach(p, b"reading 1234 kWh\n", filename="reading.txt", link=("activities", 457))
    attach(p, b"\x00\x01\x02binary", filename="logger.bin", link=("activities", 457))
    path = p.path
    p.close()
    return path


def evidence_items(page) -> dict:
    return {
        page.evidence.item(i).data(Qt.ItemDataRole.UserRole)[1]: page.evidence.item(i)
        for i in range(page.evidence.count())
    }


def test_preview_each_kind_inside_the_app_and_open_externally(qtbot, ledger_path, opened):  # noqa: F811
    from workbench.ui.widgets.jump import show_activity

    w = open_window(qtbot, ledger_path)
    try:
        page = w.pages["inventory"]
        assert show_activity(w, 457)
        items = evidence_items(page)
        assert sorted(items) == ["invoice 0457.pdf", "logger.bin", "meter photo.png", "reading.txt"]
        assert page.preview_evidence_button.isEnabled()
        shown = {}
        with ErrorCapture() as errors:
            # the button opens the viewer on the selected file
            page.evidence.setCurrentItem(items["reading.txt"])
            qtbot.mouseClick(page.preview_evidence_button, Qt.MouseButton.LeftButton)
            viewers = [d for d in page.findChildren(QDialog) if d.objectName() == "evidenceViewer"]
            assert len(viewers) == 1 and viewers[0].isVisible()
            assert viewers[0].windowTitle() == "Evidence: reading.txt"
            viewers[0].close()
            for name, item in items.items():
                dialog = page.preview_evidence(item)
                qtbot.addWidget(dialog)
                shown[name] = dialog
        assert errors.messages == []
        image = shown["meter photo.png"]
        assert image.kind == "image" and image.image.pixmap().size().toTuple() == (120, 80)
        assert image.scroll.isVisible() and not image.text.isVisible()
        pdf = shown["invoice 0457.pdf"]
        assert pdf.kind == "pdf" and pdf.info.text().endswith(": first page")
        page_image = pdf.image.pixmap().toImage()
        assert page_image.width() > 400 and page_image.height() > 500  # an A4 page at 80 dpi
        dark = sum(
            1
            for x in range(0, page_image.width(), 3)
            for y in range(0, page_image.height() // 4, 3)
            if page_image.pixelColor(x, y).lightness() < 100
        )
        assert dark > 30  # the invoice line drawn at the top of the page
        text = shown["reading.txt"]
        assert text.kind == "text" and text.text.toPlainText() == "reading 1234 kWh\n"
        other = shown["logger.bin"]
        assert other.kind == "other" and "cannot be previewed here" in other.info.text()
        assert not other.text.isVisible() and not other.scroll.isVisible()
        assert other.open_button.isEnabled()
        # open with the desktop's program: the checked copy, outside the project's folder
        qtbot.mouseClick(other.open_button, Qt.MouseButton.LeftButton)
        assert len(opened.urls) == 1
        path = opened.urls[0].toLocalFile()
        assert path.endswith("logger.bin") and open(path, "rb").read() == b"\x00\x01\x02binary"
        for dialog in shown.values():
            dialog.close()
    finally:
        w.close_project()


def test_a_damaged_attachment_is_explained_not_shown(qtbot, ledger_path):
    import sqlite3

    con = sqlite3.connect(ledger_path)
    con.execute("UPDATE attachments SET content = ? WHERE filename = 'reading.txt'", (b"tampered",))
    con.commit()
    con.close()
    w = open_window(qtbot, ledger_path)
    try:
        from workbench.ui.widgets.jump import show_activity

        page = w.pages["inventory"]
        assert show_activity(w, 457)
        with ErrorCapture() as errors:
            dialog = page.preview_evidence(evidence_items(page)["reading.txt"])
        qtbot.addWidget(dialog)
        assert errors.messages == []
        assert dialog.kind == "error" and "does not match its SHA-256" in dialog.info.text()
        assert "Traceback" not in dialog.info.text() and not dialog.open_button.isEnabled()
        dialog.close()
    finally:
        w.close_project()


def test_a_verification_finding_jumps_to_its_row_and_evidence(qtbot, ledger_path, tmp_path, monkeypatch):
    monkeypatch.setenv("CNW_KEY_DIR", str(tmp_path / "keys"))
    w = open_window(qtbot, ledger_path, mode="verifier")
    try:
        vp = w.pages["verification"]
        w.show_step("verification")
        vp.key_ = vp.svc.create_key(None, "Lee Seo-yeon")
        vp.start("Lee Seo-yeon", "Demo Verification Services", "KAB-000")
        vp.svc.raise_finding(w.project, "CL", "Meter photo unreadable", tbl="activities", row_id=457)
        vp.svc.raise_finding(w.project, "FAR", "Document the data flow")
        vp.refresh()
        assert vp.wait_loaded()
        assert vp.findings.rowCount() == 2
        whole = next(r for r, f in enumerate(vp.finding_rows) if f["tbl"] is None)
        on_row = 1 - whole
        w.show_step("verification")
        vp.tabs.setCurrentIndex(2)
        assert vp.findings.isVisible()
        rect = vp.findings.visualItemRect(vp.findings.item(whole, 3))
        qtbot.mouseClick(vp.findings.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        assert vp.findings.currentRow() == whole, (whole, vp.finding_rows)
        qtbot.mouseDClick(vp.findings.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        assert w.current_page() is vp and "about the whole file" in w.statusBar().currentMessage()
        rect = vp.findings.visualItemRect(vp.findings.item(on_row, 3))
        qtbot.mouseClick(vp.findings.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        qtbot.mouseDClick(vp.findings.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        inv = w.pages["inventory"]
        assert w.current_page() is inv and inv.selected_row_id() == 457
        assert sorted(evidence_items(inv)) == [
            "invoice 0457.pdf",
            "logger.bin",
            "meter photo.png",
            "reading.txt",
        ]
    finally:
        w.close_project()
