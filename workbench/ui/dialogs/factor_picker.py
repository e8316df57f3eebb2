"""Pick an emission factor from the shipped library (filter by id, name, region, source)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
)

from workbench.services import footprint as footprint_service

from ..i18n import tr


class FactorPicker(QDialog):
    def __init__(self, parent, source: dict):
        super().__init__(parent)
        self.setWindowTitle(tr("Emission factor for {0}").format(source["code"]))
        self.resize(720, 520)
        self.library = footprint_service.load_library()
        v = QVBoxLayout(self)
        v.addWidget(
            QLabel(
                tr("{0} ({1}), measured in {2}").format(
                    source["name"], source["code"], source.get("unit") or "?"
                )
            )
        )
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(tr("filter: id, name, region or publisher"))
        self.filter.textChanged.connect(self.fill)
        self.list = QListWidget()
        self.list.itemDoubleClicked.connect(lambda _i: self.accept())
        v.addWidget(self.filter)
        v.addWidget(self.list, 1)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        v.addWidget(buttons)
        self.fill()

    def fill(self, *_):
        text = self.filter.text().strip().lower()
        self.list.clear()
        for fid, f in sorted(self.library.items()):
            hay = f"{fid} {f.name} {f.region} {f.source}".lower()
            if text and text not in hay:
                continue
            item = QListWidgetItem(f"{fid}: {f.name} [{f.region}] per {f.unit} ({f.year})")
            item.setData(Qt.ItemDataRole.UserRole, fid)
            item.setToolTip(f.source)
            self.list.addItem(item)
            if self.list.count() >= 500:
                break
        if self.list.count():
            self.list.setCurrentRow(0)

    def select(self, factor_id: str) -> None:
        self.filter.setText(factor_id)
        for r in range(self.list.count()):
            if self.list.item(r).data(Qt.ItemDataRole.UserRole) == factor_id:
                self.list.setCurrentRow(r)
                return

    def factor_id(self) -> str | None:
        item = self.list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else None
