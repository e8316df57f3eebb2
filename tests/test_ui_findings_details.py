"""Findings everywhere (issue 17 item 1): each findings table has a details pane with the full
text, the rows the finding names, their evidence and a link that jumps to them; every text fits
its cell at 1280x720 and 1920x1080 (long texts wrap, rule ids are never cut)."""

from __future__ import annotations

import pytest

pytest.importorskip("PySide6.QtWidgets")

from workbench.ui.qtfix import guard  # noqa: E402

guard()  # PySide6 6.12.0 reference-count bug: see workbench/ui/qtfix.py

from helpers.ui import ErrorCapture, isolate_settings, open_window  # noqa: E402
from PySide6.QtCore import QRect, Qt  # noqa: E402
from PySide6.QtWidgets import QStyle  # noqa: E402

from offsets.findings import Finding  # noqa: E402

LONG = (
    "Credits of lot 3 were issued before the start of the reporting period and their vintage "
    "ends more than two years before the claim; ISO 14068-1 asks for credits that match the "
    "period of the claim, so retire newer credits or state why these are used in the report."
)


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


def findings():
    return [
        Finding("PLAN.PAS2060.LATER_PERIOD_REDUCTION", "error", LONG, "ISO 14068-1:2023 §9.2.3", "lot:3"),
        Finding(
            "FOOTPRINT.S3_THRESHOLD",
            "warning",
            "Refrigerant leaks are estimated.",
            "ISO 14064-1 5.2.4",
            "source:HWS-REF-R410A",
        ),
        Finding("CLAIM.PERIOD", "info", "The claim covers 2025.", "ISO 14068-1 10", None),
    ]


def clipped_cells(table) -> list[str]:
    """Cells whose text does not fit: wider than the column (an unbreakable word) or taller than
    the row once wrapped at the column's width."""
    fm = table.fontMetrics()
    # the text margin Qt's item delegate keeps on each side of a cell
    margin = table.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, table) + 1
    bad = []
    for r in range(table.rowCount()):
        for c in range(table.columnCount()):
            if table.isColumnHidden(c):
                continue
            text = table.item(r, c).text()
            width = table.columnWidth(c) - 2 * margin
            need = fm.boundingRect(QRect(0, 0, width, 100000), Qt.TextFlag.TextWordWrap, text)
            if need.width() > width or need.height() > table.rowHeight(r):
                bad.append(
                    f"row {r} column {c}: {text[:40]!r} needs {need.width()}x{need.height()}, "
                    f"has {width}x{table.rowHeight(r)}"
                )
    return bad


@pytest.mark.parametrize("size", [(1280, 720), (1920, 1080)])
@pytest.mark.parametrize(
    "key, table_name, tab_name",
    [("offsets", "findings", "tabs"), ("footprint", "checks", "left_tabs"), ("plan", "checks", "tabs")],
)
def test_findings_fit_their_cells_at_both_sizes(qtbot, window, size, key, table_name, tab_name):
    page = window.pages[key]
    window.show_step(key)
    page.wait_loaded()
    window.resize(*size)
    qtbot.waitUntil(lambda: window.size().toTuple() == size)
    table = getattr(page, table_name)
    tabs = getattr(page, tab_name)
    tabs.setCurrentIndex(tabs.indexOf(table.parentWidget()))
    table.set_findings(findings())
    settle(qtbot, table)
    assert table.isVisible() and table.rowCount() == 3
    assert_readable(table)


@pytest.mark.parametrize("size", [(1280, 720), (1920, 1080)])
def test_the_claims_real_refusals_fit_on_the_certificate_page(qtbot, window, size):
    """The demo's claim fails rules (no footprint, no verification ...): the certificate page's
    narrow tab shows them readably at both sizes."""
    page = window.pages["certificate"]
    window.show_step("certificate")
    page.wait_loaded()
    window.resize(*size)
    qtbot.waitUntil(lambda: window.size().toTuple() == size)
    table = page.refusals
    page.tabs.setCurrentIndex(page.tabs.indexOf(table.parentWidget()))
    settle(qtbot, table)
    assert table.rowCount() >= 3
    assert_readable(table)
    # narrow: severity and finding only; the rule and the clause are in the details pane
    table.setCurrentCell(0, 2)
    entry = table.entry(0)
    if table.isColumnHidden(1):
        assert entry["rule"] in table.details.heading.text()
    assert entry["message"] in table.details.text.text()


def settle(qtbot, table) -> None:
    width = -1
    while width != table.viewport().width():  # until the layout has settled
        width = table.viewport().width()
        qtbot.wait(50)


def assert_readable(table) -> None:
    assert clipped_cells(table) == []
    # the finding column gets real room, the columns fit the table (no sideways scrolling)
    assert table.columnWidth(2) >= 200, [table.columnWidth(c) for c in range(4)]
    total = sum(table.columnWidth(c) for c in range(4) if not table.isColumnHidden(c))
    assert total <= table.viewport().width() + 1
    assert table.details.isVisible() and table.details.width() >= 220


def test_details_pane_shows_the_whole_finding_and_jumps_to_its_rows(qtbot, window):
    page = window.pages["plan"]
    window.show_step("plan")
    page.wait_loaded()
    page.tabs.setCurrentIndex(page.tabs.indexOf(page.checks.parentWidget()))
    page.checks.set_findings(findings())
    details = page.checks.details
    # the first finding is selected: its full text, rule and clause; a lot that does not exist
    # names no rows and offers no jump
    assert LONG in details.text.text()
    assert "PLAN.PAS2060.LATER_PERIOD_REDUCTION" in details.heading.text()
    assert "14068-1:2023" in details.heading.text()
    assert details.rows.count() == 0 and not details.link.isVisible()
    # a source finding: its activity rows and their evidence
    rect = page.checks.visualItemRect(page.checks.item(1, 2))
    qtbot.mouseClick(page.checks.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert page.checks.currentRow() == 1
    lines = [details.rows.item(i).text() for i in range(details.rows.count())]
    assert lines[0].startswith("Emission source HWS-REF-R410A") and "4 activity rows" in lines[0]
    assert lines[1].startswith("Rows ") and "49" in lines[1]
    assert details.evidence.count() == 1
    assert details.evidence.item(0).text().startswith("chiller-service-report-2025-06.txt")
    assert details.link.isVisible() and 'href="jump"' in details.link.text()
    # the link jumps to the inventory filtered to that source
    with ErrorCapture() as errors:
        details.link.linkActivated.emit("jump")
    assert errors.messages == []
    inventory = window.pages["inventory"]
    assert window.current_page() is inventory
    assert inventory.filter_edit.text() == "HWS-REF-R410A" and inventory.model.total == 4
    assert inventory.selected_row_id() is not None
    # a whole-project finding: its text, no rows
    window.show_step("plan")
    page.checks.setCurrentCell(2, 2)
    assert "The claim covers 2025." in details.text.text() and details.rows.count() == 0


def test_evidence_of_a_finding_previews_inside_the_app(qtbot, window):
    page = window.pages["offsets"]
    window.show_step("offsets")
    page.wait_loaded()
    page.findings.set_findings(findings()[1:2])
    details = page.findings.details
    assert details.evidence.count() == 1
    dialog = details.preview(details.evidence.item(0))
    qtbot.addWidget(dialog)
    assert dialog.kind == "text"
    assert "chiller" in dialog.info.text() and dialog.text.toPlainText().strip() != ""
    dialog.close()


def test_empty_findings_say_so(qtbot, window):
    page = window.pages["offsets"]
    window.show_step("offsets")
    page.tabs.setCurrentIndex(page.tabs.indexOf(page.findings.parentWidget()))
    page.findings.set_findings(findings())
    assert page.findings.details.isVisible()
    page.findings.set_findings([])
    # the pane steps aside and the table says there is nothing (painted in its viewport)
    assert not page.findings.details.isVisible()
    image = page.findings.viewport().grab().toImage()
    dark = sum(
        1
        for x in range(0, image.width(), 2)
        for y in range(0, image.height(), 2)
        if image.pixelColor(x, y).lightness() < 160
    )
    assert dark > 20  # the words "No findings." drawn on the empty table


def test_a_lot_finding_names_the_lot_its_evidence_and_jumps_to_it(qtbot, window):
    import datetime as dt

    from offsets.lots import CreditLot
    from workbench.project.attachments import attach
    from workbench.services import offsets

    serial = "0001-000001-000100-VCS-VCU-003-VER-US-3-01012023-31122023-0"
    lot = CreditLot(
        "Verra",
        "VCS",
        "VCU",
        serial,
        100,
        price=10.0,
        kind="avoidance",
        project_id="3",
        vintage_start=dt.date(2023, 1, 1),
        vintage_end=dt.date(2023, 12, 31),
        issuance_date=dt.date(2024, 5, 1),
        host_country="US",
        verifier="VVB",
    )
    lot_id = offsets.add_lot(window.project, lot)
    attach(
        window.project, b"%PDF-1.4 registry statement", filename="statement.pdf", link=("offset_lots", lot_id)
    )
    page = window.pages["offsets"]
    window.show_step("offsets")
    page.refresh()
    assert page.wait_loaded()
    page.tabs.setCurrentIndex(page.tabs.indexOf(page.findings.parentWidget()))
    finding = Finding(
        "OFFSET.VINTAGE", "warning", "Vintage 2023 is older than the claim.", "ISO 14068-1", f"lot:{lot_id}"
    )
    page.findings.set_findings([finding])
    details = page.findings.details
    lines = [details.rows.item(i).text() for i in range(details.rows.count())]
    assert lines == [f"Credit lot {lot_id}: Verra {serial}, 100 credits"]
    assert [details.evidence.item(i).text() for i in range(details.evidence.count())] == [
        "statement.pdf  (27 B)"
    ]
    page.lots.clearSelection()
    page.lots.setCurrentCell(-1, -1)
    assert details.jump()
    assert window.current_page() is page
    assert page.lots.item(page.lots.currentRow(), 0).text() == str(lot_id)
