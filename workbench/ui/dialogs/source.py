"""Add an emission source: code, name, scope and category, site, unit, factor."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLineEdit, QSpinBox

from ..i18n import tr


class SourceDialog(QDialog):
    def __init__(self, parent, boundary_service, site_codes: list[str]):
        super().__init__(parent)
        self.setWindowTitle(tr("Add emission source"))
        form = QFormLayout(self)
        self.code = QLineEdit()
        self.name = QLineEdit()
        self.name_local = QLineEdit()
        self.scope = QSpinBox()
        self.scope.setRange(1, 3)
        self.category = QComboBox()
        self.category.addItem(tr("(not scope 3)"), None)
        for n, name in boundary_service.S3_CATEGORIES.items():
            self.category.addItem(f"{n}. {tr(name)}", n)
        self.site = QComboBox()
        self.site.addItem(tr("(none)"), None)
        for code in site_codes:
            self.site.addItem(code, code)
        self.unit = QLineEdit()
        self.unit.setPlaceholderText("MWh, Nm3, L, t, km ...")
        self.factor = QLineEdit()
        self.scope.valueChanged.connect(self._scope_changed)
        form.addRow(tr("Code"), self.code)
        form.addRow(tr("Name"), self.name)
        form.addRow(tr("Local name"), self.name_local)
        form.addRow(tr("Scope"), self.scope)
        form.addRow(tr("Scope 3 category"), self.category)
        form.addRow(tr("Site"), self.site)
        form.addRow(tr("Unit"), self.unit)
        form.addRow(tr("Emission factor id"), self.factor)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self._scope_changed(1)

    def _scope_changed(self, scope: int) -> None:
        self.category.setEnabled(scope == 3)
        if scope != 3:
            self.category.setCurrentIndex(0)
        elif self.category.currentIndex() == 0:
            self.category.setCurrentIndex(1)

    def values(self) -> dict:
        return {
            "code": self.code.text().strip(),
            "name": self.name.text().strip(),
            "name_local": self.name_local.text().strip() or None,
            "scope": self.scope.value(),
            "s3_category": self.category.currentData(),
            "site": self.site.currentData(),
            "unit": self.unit.text().strip() or None,
            "factor_id": self.factor.text().strip() or None,
        }
