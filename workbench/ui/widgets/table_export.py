"""Export any data table of the app to CSV or XLSX, from its context menu (right click).

``install_all(page)`` gives every table and tree view under ``page`` two actions, "Export table to
CSV..." and "Export table to Excel (XLSX)..."; the rows are exported as shown (all of them, also
those not yet scrolled into view, and the children of tree rows), through the one formula-safe
writer (``workbench.services.common.table_export``). XLSX cells that show a number hold the number.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QAbstractItemView, QFileDialog, QMainWindow, QTableView, QTreeView

from workbench.services.common import table_export

from ..errors import show_error
from ..i18n import tr

FILTERS = {
    "csv": "CSV (*.csv)",
    "xlsx": "Excel (*.xlsx)",
    "png": "PNG (*.png)",
    "svg": "SVG (*.svg)",
    "cnw": "CNW (*.cnw)",
}
_NUMBER = re.compile(r"[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?")


def cell_value(text):
    """The value an XLSX cell holds for a shown text: '1,234.5' -> 1234.5; codes such as '007'
    and everything else stay text."""
    if not isinstance(text, str):
        return text
    t = text.strip()
    digits = t.lstrip("+-")
    if not _NUMBER.fullmatch(t) or (len(digits) > 1 and digits[0] == "0" and digits[1] != "."):
        return text
    plain = t.replace(",", "")
    return float(plain) if "." in plain else int(plain)


def _shown(model, index) -> str:
    value = model.data(index, Qt.ItemDataRole.DisplayRole)
    if value in (None, ""):
        check = model.data(index, Qt.ItemDataRole.CheckStateRole)
        if check is not None:
            checked = check in (Qt.CheckState.Checked, Qt.CheckState.Checked.value, 2)
            return tr("yes") if checked else tr("no")
        return ""
    return str(value)


def table_contents(view) -> tuple[list[str], list[list[str]]]:
    """(headers, rows) of ``view`` as shown: visible columns, every row (tree rows depth first)."""
    model = view.model()
    root = QModelIndex()
    while model.canFetchMore(root):
        model.fetchMore(root)
    cols = [c for c in range(model.columnCount(root)) if not view.isColumnHidden(c)]
    headers = [
        str(model.headerData(c, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole) or "") for c in cols
    ]
    rows: list[list[str]] = []

    def walk(parent):
        for r in range(model.rowCount(parent)):
            rows.append([_shown(model, model.index(r, c, parent)) for c in cols])
            first = model.index(r, 0, parent)
            if parent.isValid() or isinstance(view, QTreeView):
                if model.hasChildren(first):
                    walk(first)

    walk(root)
    return headers, rows


def export_view(view, path, title: str = "") -> int:
    """Write the table shown by ``view`` to ``path`` (.csv or .xlsx); returns the rows written."""
    headers, rows = table_contents(view)
    if table_export.export_format(path) == "xlsx":
        rows = [[cell_value(v) for v in row] for row in rows]
    return table_export.write_table(path, headers, rows, sheet=title or "Table")


def ask_save_path(parent, title: str, kind: str, name: str = "table") -> str | None:
    """A save dialog (Qt's own, the same everywhere) for a ``kind`` file (csv, xlsx, png, svg);
    None when cancelled."""
    dialog = QFileDialog(parent, title)
    dialog.setObjectName("exportPicker")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setDefaultSuffix(kind)
    dialog.setNameFilter(FILTERS.get(kind, f"*.{kind}"))
    dialog.selectFile(f"{name}.{kind}")
    if dialog.exec() and dialog.selectedFiles():
        return dialog.selectedFiles()[0]
    return None


def _title(view) -> str:
    page = view.parent()
    while page is not None and not hasattr(page, "heading"):
        page = page.parent()
    return page.heading.text() if page is not None else ""


def export_dialog(view, kind: str) -> str | None:
    title = _title(view)
    path = ask_save_path(
        view, tr("Export table"), kind, name=re.sub(r"[^\w-]+", "_", title).strip("_") or "table"
    )
    if not path:
        return None
    try:
        n = export_view(view, path, title)
    except Exception as exc:  # noqa: BLE001 - shown to the user; nothing half-written
        show_error(view, exc, tr("Export table"))
        return None
    window = view.window()
    if isinstance(window, QMainWindow):
        window.statusBar().showMessage(tr("Exported {0} rows to {1}").format(n, path), 8000)
    return path


def install(view) -> None:
    """Give ``view`` the two export actions in its context menu (once)."""
    if view.property("cnwExport"):
        return
    view.setProperty("cnwExport", True)
    for kind, label in (
        ("csv", tr("Export table to CSV...")),
        ("xlsx", tr("Export table to Excel (XLSX)...")),
    ):
        action = QAction(label, view)
        action.setObjectName(f"export_{kind}")
        action.triggered.connect(lambda _c=False, k=kind, v=view: export_dialog(v, k))
        view.addAction(action)
    view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)


def install_all(root) -> list[QAbstractItemView]:
    """Install the export actions on every table and tree view under ``root``."""
    views = [v for v in root.findChildren(QAbstractItemView) if isinstance(v, (QTableView, QTreeView))]
    for view in views:
        install(view)
    return views
