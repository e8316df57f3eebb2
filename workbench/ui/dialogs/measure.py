"""Add or edit a reduction measure."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QLineEdit,
    QSpinBox,
)

from ..i18n import tr

STATUSES = ("planned", "in_progress", "done")


def status_label(status: str) -> str:
    return {"planned": tr("planned"), "in_progress": tr("in progress"), "done": tr("done")}.get(
        status, status
    )


class MeasureDialog(QDialog):
    def __init__(self, parent, values: dict | None = None, year: int = 2025):
        super().__init__(parent)
        self.setWindowTitle(tr("Reduction measure"))
        v = values or {}
        form = QFormLayout(self)
        self.name = QLineEdit(v.get("name", ""))
        self.sources = QLineEdit(", ".join(v.get("sources", [])))
        self.sources.setPlaceholderText(tr("source codes, comma-separated"))
        self.kind = QComboBox()
        self.kind.addItem(tr("% of the sources' emissions"), "pct")
        self.kind.addItem(tr("tCO2e per year"), "tco2e")
        self.kind.setCurrentIndex(max(0, self.kind.findData(v.get("kind", "pct"))))
        self.abatement = QDoubleSpinBox()
        self.abatement.setRange(0, 1e9)
        self.abatement.setDecimals(2)
        self.abatement.setValue(float(v.get("abatement", 0) or 0))
        self.capex = QDoubleSpinBox()
        self.capex.setRange(-1e13, 1e13)
        self.capex.setDecimals(0)
        self.capex.setGroupSeparatorShown(True)
        self.capex.setValue(float(v.get("capex", 0) or 0))
        self.opex = QDoubleSpinBox()
        self.opex.setRange(-1e13, 1e13)
        self.opex.setDecimals(0)
        self.opex.setGroupSeparatorShown(True)
        self.opex.setValue(float(v.get("opex_change", 0) or 0))
        self.lifetime = QSpinBox()
        self.lifetime.setRange(1, 100)
        self.lifetime.setValue(int(v.get("lifetime", 10) or 10))
        self.start = QSpinBox()
        self.start.setRange(1990, 2100)
        self.start.setValue(int(v.get("start_year") or year))
        self.status = QComboBox()
        for s in STATUSES:
            self.status.addItem(status_label(s), s)
        self.status.setCurrentIndex(max(0, self.status.findData(v.get("status", "planned"))))
        form.addRow(tr("Name"), self.name)
        form.addRow(tr("Sources"), self.sources)
        form.addRow(tr("Abatement as"), self.kind)
        form.addRow(tr("Abatement"), self.abatement)
        form.addRow(tr("Capital cost"), self.capex)
        form.addRow(tr("Operating cost change per year"), self.opex)
        form.addRow(tr("Lifetime (years)"), self.lifetime)
        form.addRow(tr("Start year"), self.start)
        form.addRow(tr("Status"), self.status)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def values(self) -> dict:
        return {
            "name": self.name.text().strip(),
            "sources": [s.strip() for s in self.sources.text().split(",") if s.strip()],
            "kind": self.kind.currentData(),
            "abatement": self.abatement.value(),
            "capex": self.capex.value(),
            "opex_change": self.opex.value(),
            "lifetime": self.lifetime.value(),
            "start_year": self.start.value(),
            "status": self.status.currentData(),
        }
