"""Jump from a reference to the data: a sampled item or a finding's row to its page, selected."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView

from workbench.services import verification as verification_service

from ..i18n import tr


def set_filter_text(page, text: str) -> None:
    """Set the ledger's filter and apply it now (not through the typing delay, which could fire
    after the project has closed)."""
    page.filter_edit.blockSignals(True)
    page.filter_edit.setText(text)
    page.filter_edit.blockSignals(False)
    page.apply_filter()


def show_activity(window, row_id: int) -> bool:
    """Open the inventory with activity ``row_id`` selected and scrolled into view (the ledger's
    filter is cleared and its order set to '#' when they would hide the row)."""
    page = window.pages["inventory"]
    window.show_step("inventory")
    page.wait_loaded()
    if page.model is None:
        return False
    if page.model.sort_key != "id":
        page.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    row = page.model.find_row(row_id)
    if row is None:
        page.period.setCurrentIndex(0)  # all periods
        set_filter_text(page, "")
        row = page.model.find_row(row_id)
    if row is None:
        return False
    index = page.model.index(row, 0)
    page.table.setCurrentIndex(index)
    page.table.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtCenter)
    page.table.setFocus()
    return True


def show_lot(window, lot_id: int) -> bool:
    page = window.pages["offsets"]
    window.show_step("offsets")
    page.wait_loaded()
    for r in range(page.lots.rowCount()):
        if page.lots.item(r, 0).text() == str(lot_id):
            page.lots.setCurrentCell(r, 0)
            page.lots.scrollToItem(page.lots.item(r, 0))
            return True
    return False


def jump_to_sample(page, row: int) -> bool:
    """Double-click on sampled item ``row`` of the verification page: show its data."""
    if not 0 <= row < len(page.item_rows):
        return False
    item = page.item_rows[row]
    return show_row(page.window_, item["tbl"], item["row_id"])


def jump_to_finding(page, row: int) -> bool:
    """Double-click on verification finding ``row``: show the data it was raised on (and, for an
    activity, its evidence beside it); a finding on the whole file names no row."""
    if not 0 <= row < len(page.finding_rows):
        return False
    f = page.finding_rows[row]
    if not f.get("tbl") or f.get("row_id") is None:
        page.window_.statusBar().showMessage(
            tr("Finding {0} is about the whole file, not one row.").format(f["ref"]), 8000
        )
        return False
    return show_row(page.window_, f["tbl"], f["row_id"])


def show_row(window, tbl: str, row_id: int) -> bool:
    """Show row ``row_id`` of table ``tbl`` on its page, selected (a message if no page shows it)."""
    if tbl == "activities":
        done = show_activity(window, row_id)
    elif tbl == "plan_measures":
        done = show_measure(window, row_id)
    elif tbl in verification_service.LOT_TABLES:
        done = show_lot(window, row_id)
    else:
        done = False
    if not done:
        window.statusBar().showMessage(
            tr("Row {0} of {1} is not shown on any page.").format(row_id, tbl), 8000
        )
    return done


def show_source(window, code: str) -> bool:
    """Open the inventory filtered to the rows of emission source ``code`` (all periods)."""
    page = window.pages["inventory"]
    window.show_step("inventory")
    page.wait_loaded()
    if page.model is None:
        return False
    page.period.setCurrentIndex(0)  # all periods
    set_filter_text(page, code)
    if page.model.total:
        index = page.model.index(0, 0)
        page.table.setCurrentIndex(index)
        page.table.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtCenter)
    return True


def show_measure(window, measure_id: int) -> bool:
    page = window.pages["plan"]
    window.show_step("plan")
    page.wait_loaded()
    for r, m in enumerate(page.rows):
        if m["id"] == measure_id:
            page.table.selectRow(r)
            page.table.scrollToItem(page.table.item(r, 0))
            return True
    return False


def show_subject(window, subject: str | None) -> bool:
    """Jump to what a finding's subject names ('lot:5', 'source:DIESEL', 'measure:3', 'activity:7')."""
    kind, _, ref = str(subject or "").partition(":")
    if kind in ("lot", "measure", "activity") and ref.isdigit():
        target = {"lot": show_lot, "measure": show_measure, "activity": show_activity}[kind]
        return target(window, int(ref))
    if kind == "source" and ref:
        return show_source(window, ref)
    return False
