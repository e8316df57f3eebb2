"""Add an exchange to a product-system activity: a foreground link or a background activity."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
)

from workbench.services import product as product_service

from ..i18n import tr


class ExchangeDialog(QDialog):
    def __init__(self, parent, system, project):
        super().__init__(parent)
        self.setWindowTitle(tr("Add exchange"))
        self.bg = product_service
        form = QFormLayout(self)
        self.kind = QComboBox()
        self.kind.addItem(tr("foreground activity"), "technosphere")
        self.kind.addItem(tr("background database"), "background")
        self.target = QComboBox()
        for a in system.activities:
            self.target.addItem(f"{a.code}: {a.name}", a.code)
        self.database = QComboBox()
        for db in self.bg.list_background_databases(project) if self.bg else []:
            self.database.addItem(db["name"], db["name"])
        self.search = QLineEdit()
        self.search.setPlaceholderText(tr("search by name, e.g. electricity"))
        search_button = QPushButton(tr("Search"))
        search_button.clicked.connect(self.run_search)
        self.results = QListWidget()
        self.amount = QDoubleSpinBox()
        self.amount.setRange(-1e12, 1e12)
        self.amount.setDecimals(6)
        self.amount.setValue(1.0)
        self.unit = QLineEdit("kg")
        form.addRow(tr("Kind"), self.kind)
        form.addRow(tr("Foreground activity"), self.target)
        form.addRow(tr("Background database"), self.database)
        form.addRow(self.search, search_button)
        form.addRow(self.results)
        form.addRow(tr("Amount"), self.amount)
        form.addRow(tr("Unit"), self.unit)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def run_search(self) -> None:
        self.results.clear()
        if not self.database.currentData():
            return
        for hit in self.bg.search_background(self.database.currentData(), self.search.text()):
            item = QListWidgetItem(f"{hit['name']} [{hit.get('location') or ''}] ({hit.get('unit') or ''})")
            item.setData(256, hit["code"])
            self.results.addItem(item)
        if self.results.count():
            self.results.setCurrentRow(0)

    def values(self) -> dict:
        kind = self.kind.currentData()
        if kind == "background":
            item = self.results.currentItem()
            target = item.data(256) if item else ""
            return {
                "kind": kind,
                "target": target,
                "amount": self.amount.value(),
                "unit": self.unit.text().strip(),
                "database": self.database.currentData(),
            }
        return {
            "kind": kind,
            "target": self.target.currentData(),
            "amount": self.amount.value(),
            "unit": self.unit.text().strip(),
        }
