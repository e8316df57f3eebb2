"""Pick an emission factor: a table of the project's copies and the shipped library (id, name,
unit, region, year, publisher, licence) with a filter box (every word typed must appear in the id,
name, region, year, unit or publisher); double-click or OK assigns the selected factor."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from workbench.services import footprint as footprint_service

from ..i18n import fmt_int, tr

LIMIT = 500  # rows shown at once; the filter narrows the rest
COLUMNS = ("id", "name", "unit", "region", "year", "source", "licence")


def column_titles() -> list[str]:
    return [
        tr("Factor id"),
        tr("Name"),
        tr("Per unit"),
        tr("Region"),
        tr("Year"),
        tr("Publisher"),
        tr("Licence"),
    ]


class FactorPicker(QDialog):
    def __init__(self, parent, source: dict):
        super().__init__(parent)
        self.setWindowTitle(tr("Emission factor for {0}").format(source["code"]))
        self.resize(1080, 600)
        project = getattr(parent, "project", None)
        factors = footprint_service.available_factors(project) if project is not None else None
        self.library = {f.id: f for f in factors} if factors else footprint_service.load_library()
        v = QVBoxLayout(self)
        v.addWidget(
            QLabel(
                tr("{0} ({1}), measured in {2}").format(
                    source["name"], source["code"], source.get("unit") or "?"
                )
            )
        )
        self.filter = QLineEdit()
        self.filter.setObjectName("factorFilter")
        self.filter.setPlaceholderText(tr("filter: words in the id, name, region, year, unit or publisher"))
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self.fill)
        v.addWidget(self.filter)
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setObjectName("factorTable")
        self.table.setHorizontalHeaderLabels(column_titles())
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)
        self.table.cellDoubleClicked.connect(lambda _r, _c: self.accept())
        v.addWidget(self.table, 1)
        self.count = QLabel()
        v.addWidget(self.count)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        v.addWidget(buttons)
        self.fill()

    def matches(self, text: str) -> list:
        words = text.lower().split()
        out = []
        for fid, f in sorted(self.library.items()):
            hay = f"{fid} {f.name} {f.region} {f.year} {f.unit} {f.source}".lower()
            if all(w in hay for w in words):
                out.append(f)
        return out

    def fill(self, *_):
        found = self.matches(self.filter.text())
        shown = found[:LIMIT]
        self.table.setSortingEnabled(False)
        self.table.setRowCount(len(shown))
        for r, f in enumerate(shown):
            cells = (f.id, f.name, f.unit, f.region, str(f.year or ""), f.source, f.licence or "")
            for c, text in enumerate(cells):
                item = QTableWidgetItem(str(text or ""))
                item.setData(Qt.ItemDataRole.UserRole, f.id)
                if c in (1, 5):
                    item.setToolTip(f"{f.name}\n{f.source}\n{f.licence or ''}\n{f.notes or ''}".strip())
                self.table.setItem(r, c, item)
        self.table.setSortingEnabled(True)
        header = self.table.horizontalHeader()
        self.table.resizeColumnsToContents()
        for c, most in ((1, 330), (5, 300), (6, 160)):
            self.table.setColumnWidth(c, min(self.table.columnWidth(c), most))
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        if len(found) > LIMIT:
            self.count.setText(
                tr("{0} of {1} factors shown; type in the filter to narrow them.").format(
                    fmt_int(LIMIT), fmt_int(len(found))
                )
            )
        else:
            self.count.setText(tr("{0} factors").format(fmt_int(len(found))))
        if self.table.rowCount():
            self.table.selectRow(0)

    def select(self, factor_id: str) -> None:
        self.filter.setText(factor_id)
        for r in range(self.table.rowCount()):
            if self.table.item(r, 0).data(Qt.ItemDataRole.UserRole) == factor_id:
                self.table.selectRow(r)
                return

    def factor_id(self) -> str | None:
        r = self.table.currentRow()
        item = self.table.item(r, 0) if r >= 0 else None
        return item.data(Qt.ItemDataRole.UserRole) if item else None
