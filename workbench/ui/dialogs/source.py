"""Add an emission source: code, name, scope and category, site, unit, factor.

The code, the unit ("kwhh": did you mean kWh?) and the factor id (close ids suggested) are checked
as they are typed; OK runs ``submit(values)``, and a refusal keeps the dialog open with the input.
"""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QLineEdit, QSpinBox

from ..i18n import tr
from . import checks
from .checked_form import CheckedDialog


class SourceDialog(CheckedDialog):
    def __init__(self, parent, boundary_service, site_codes: list[str], submit=None, taken=(), factor_ids=()):
        super().__init__(parent, tr("Add emission source"), submit)
        self._factor_ids = factor_ids
        self._factor_cache: list[str] | None = None
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
        self.add_field(
            "code",
            tr("Code"),
            self.code,
            checks.all_of(checks.required(tr("Code")), checks.not_one_of(tr("Code"), taken, tr("source"))),
        )
        self.add_field("name", tr("Name"), self.name, checks.required(tr("Name")))
        self.add_field("name_local", tr("Local name"), self.name_local)
        self.add_field("scope", tr("Scope"), self.scope)
        self.add_field("s3_category", tr("Scope 3 category"), self.category)
        self.add_field("site", tr("Site"), self.site)
        self.add_field("unit", tr("Unit"), self.unit, checks.unit(tr("Unit"), optional=False))
        self.add_field(
            "factor_id",
            tr("Emission factor id"),
            self.factor,
            checks.one_of(tr("Emission factor id"), self.factor_ids, tr("emission factor")),
        )
        self.finish()
        self._scope_changed(1)

    def factor_ids(self) -> list[str]:
        if self._factor_cache is None:
            ids = self._factor_ids() if callable(self._factor_ids) else self._factor_ids
            self._factor_cache = list(ids)
        return self._factor_cache

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
