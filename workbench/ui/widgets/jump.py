"""Jump from a reference to the data: a sampled item or a finding's row to its page, selected."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView

from workbench.services import verification as verification_service

from ..i18n import tr


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
        page.filter_edit.setText("")
        page.period.setCurrentIndex(0)  # all periods
        page.apply_filter()
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
    window = page.window_
    tbl, row_id = item["tbl"], item["row_id"]
    if tbl == "activities":
        done = show_activity(window, row_id)
    elif tbl in verification_service.LOT_TABLES:
        done = show_lot(window, row_id)
    else:
        done = False
    if not done:
        window.statusBar().showMessage(
            tr("Row {0} of {1} is not shown on any page.").format(row_id, tbl), 8000
        )
    return done
