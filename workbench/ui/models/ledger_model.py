"""The ledger table model: a million rows without loading them.

The model knows the row count (one COUNT query) and keeps only the pages the view has asked for,
in a small LRU cache. A page is read by keyset from a loaded neighbour (see data/ledger_query.py),
so scrolling, paging and jumping to the end each read one page. Qt's grow-only
`canFetchMore`/`fetchMore` protocol is also supported (`incremental=True`): the view then sees
rows in blocks as it scrolls, which suits queries whose count is expensive; the default counted
window is what lets a user drag the scrollbar straight to row 1,000,000.
"""

from __future__ import annotations

from collections import OrderedDict

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt

from workbench.services.common import units as unit_names
from workbench.services.inventory.ledger import LedgerFilter, LedgerQuery, editable_field

from ..i18n import current_language, fmt_date, fmt_int, fmt_number, parse_number, tr
from ..i18n_service import uncertainty_text

COLUMNS = [
    "id",
    "date_start",
    "date_end",
    "source",
    "site",
    "quantity",
    "unit",
    "description",
    "reference",
    "uncertainty",
    "evidence",
]


def column_title(key: str) -> str:
    return {
        "id": tr("#"),
        "date_start": tr("From"),
        "date_end": tr("To"),
        "source": tr("Source"),
        "site": tr("Site"),
        "quantity": tr("Quantity"),
        "unit": tr("Unit"),
        "description": tr("Description"),
        "reference": tr("Reference"),
        "uncertainty": tr("Uncertainty"),
        "evidence": tr("Evidence"),
    }[key]


class LedgerModel(QAbstractTableModel):
    PAGE = 256
    MAX_PAGES = 64

    def __init__(self, db, parent=None, incremental: bool = False):
        super().__init__(parent)
        self.db = db
        self.incremental = incremental
        self.sort_key = "id"
        self.descending = False
        self.filter = LedgerFilter()
        self.on_edit = None  # callable(row_id, field, new, old) -> None; set by the page
        self.read_only = False
        self.rows_read = 0  # rows read from SQLite since the last reset (for tests/benchmarks)
        self._reset_state()

    # -- query state ----------------------------------------------------------------------------
    def _reset_state(self) -> None:
        self.query = LedgerQuery(self.db, COLUMNS, self.sort_key, self.descending, self.filter)
        self._pages: OrderedDict[int, list[tuple]] = OrderedDict()
        self.rows_read = 0
        self.total = self.query.count()
        self._exposed = min(self.total, self.PAGE) if self.incremental else self.total

    def reload(self) -> None:
        self.beginResetModel()
        self._reset_state()
        self.endResetModel()

    def set_filter(self, flt: LedgerFilter) -> None:
        self.filter = flt
        self.reload()

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:  # Qt override
        key = COLUMNS[column]
        if key == "evidence":
            return
        self.layoutAboutToBeChanged.emit()
        self.sort_key = key
        self.descending = order == Qt.SortOrder.DescendingOrder
        self.beginResetModel()
        self._reset_state()
        self.endResetModel()
        self.layoutChanged.emit()

    @property
    def loaded_rows(self) -> int:
        return sum(len(p) for p in self._pages.values())

    # -- paging ----------------------------------------------------------------------------------
    def _page(self, k: int) -> list[tuple]:
        page = self._pages.get(k)
        if page is not None:
            self._pages.move_to_end(k)
            return page
        n, q = self.PAGE, self.query
        last_page = (self.total - 1) // n
        if k == 0:
            rows = q.first(n)
        elif (k - 1) in self._pages and self._pages[k - 1]:
            prev = self._pages[k - 1][-1]
            rows = q.after(prev[0], prev[1], n)
        elif (k + 1) in self._pages and self._pages[k + 1]:
            nxt = self._pages[k + 1][0]
            rows = q.before(nxt[0], nxt[1], n)
        elif k == last_page:
            rows = q.last(self.total - k * n)
        else:
            rows = q.at_offset(k * n, n)
        self.rows_read += len(rows)
        self._pages[k] = rows
        while len(self._pages) > self.MAX_PAGES:
            self._pages.popitem(last=False)
        return rows

    def row_tuple(self, row: int) -> tuple | None:
        if row < 0 or row >= self._exposed:
            return None
        page = self._page(row // self.PAGE)
        i = row % self.PAGE
        return page[i] if i < len(page) else None

    def row_id(self, row: int) -> int | None:
        t = self.row_tuple(row)
        return t[1] if t else None

    def find_row(self, row_id: int) -> int | None:
        """The view row showing activity ``row_id`` under the current filter, or None. Needs the
        order by id (the "#" column, either direction): a binary search, a few page reads even
        in a million rows."""
        if self.sort_key != "id" or self.total == 0:
            return None
        while self._exposed < self.total:  # a grow-only model exposes every row for the search
            self.fetchMore()
        lo, hi = 0, self.total - 1
        while lo <= hi:
            mid = (lo + hi) // 2
            got = self.row_id(mid)
            if got is None:
                return None
            if got == row_id:
                return mid
            if (got < row_id) != self.descending:
                lo = mid + 1
            else:
                hi = mid - 1
        return None

    def value(self, row: int, key: str):
        t = self.row_tuple(row)
        return t[2 + COLUMNS.index(key)] if t else None

    # -- Qt model API ----------------------------------------------------------------------------
    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else self._exposed

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(COLUMNS)

    def canFetchMore(self, parent=QModelIndex()) -> bool:  # noqa: B008, N802
        return not parent.isValid() and self._exposed < self.total

    def fetchMore(self, parent=QModelIndex()) -> None:  # noqa: B008, N802
        if parent.isValid():
            return
        more = min(self.PAGE, self.total - self._exposed)
        if more <= 0:
            return
        self.beginInsertRows(QModelIndex(), self._exposed, self._exposed + more - 1)
        self._exposed += more
        self.endInsertRows()

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return column_title(COLUMNS[section])
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        key = COLUMNS[index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if key in ("quantity", "id", "evidence"):
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            return None
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole, Qt.ItemDataRole.ToolTipRole):
            return None
        value = self.value(index.row(), key)
        if role == Qt.ItemDataRole.EditRole:
            return "" if value is None else str(value)
        if key == "quantity":
            return fmt_number(value, None)
        if key in ("date_start", "date_end"):
            return fmt_date(value)
        if key in ("id", "evidence"):
            return fmt_int(value) if value else ("" if key == "evidence" else value)
        if key == "uncertainty":
            return uncertainty_text(value)
        if key == "unit":  # as people read it ("tonne-km", "숏톤·마일"), never the registry's internal name
            return unit_names.unit_label(value, current_language())
        return "" if value is None else str(value)

    def flags(self, index):
        base = super().flags(index)
        if index.isValid() and not self.read_only and editable_field(COLUMNS[index.column()]):
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or self.on_edit is None:
            return False
        field = editable_field(COLUMNS[index.column()])
        if field is None:
            return False
        if field == "quantity":
            try:
                value = parse_number(str(value))
            except ValueError as exc:
                from ..errors import show_error

                show_error(None, exc, tr("Quantity"))
                return False
        row_id = self.row_id(index.row())
        old = self.value(index.row(), COLUMNS[index.column()])
        self.on_edit(row_id, field, value, old)  # an undoable service call; refresh_rows() follows
        return True

    def refresh_rows(self) -> None:
        """Re-read after an edit: keep the count, drop cached pages, repaint."""
        total = self.query.count()
        if total != self.total:
            self.reload()
            return
        self._pages.clear()
        if self._exposed:
            self.dataChanged.emit(self.index(0, 0), self.index(self._exposed - 1, len(COLUMNS) - 1))
