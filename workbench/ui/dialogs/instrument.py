"""Add a scope 2 contractual instrument (REC, green tariff, PPA, supplier-specific rate) with its
evidence file. The dialog only collects the values; the page records them through the service,
which refuses an instrument without evidence."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
)

from ..i18n import tr

EVIDENCE_FILTER_EXTENSIONS = "*.pdf *.png *.jpg *.jpeg *.tif *.tiff *.txt *.csv *.xlsx *.docx *.eml *.msg"


def kind_label(kind: str, short: bool = False) -> str:
    """The readable name of an instrument kind (workbench.services.footprint.KINDS);
    `short`: REC and PPA without their expansion (for table cells)."""
    if short and kind in ("REC", "PPA"):
        return kind
    return {
        "REC": tr("REC (renewable energy certificate)"),
        "green_tariff": tr("Green tariff"),
        "PPA": tr("PPA (power purchase agreement)"),
        "supplier_specific": tr("Supplier-specific rate"),
        "other": tr("Other instrument"),
    }.get(kind, kind)


class InstrumentDialog(QDialog):
    """`sources`: the scope 2 sources (dicts with code, name, unit); `kinds`: the service's KINDS."""

    def __init__(self, parent, sources: list[dict], kinds: tuple[str, ...]):
        super().__init__(parent)
        self.setWindowTitle(tr("Add contractual instrument"))
        form = QFormLayout(self)
        self.source = QComboBox()
        for src in sources:
            self.source.addItem(f"{src['code']}  {src['name'] or ''}".strip(), src["code"])
        self.kind = QComboBox()
        for kind in kinds:
            self.kind.addItem(kind_label(kind), kind)
        self.quantity = QDoubleSpinBox()
        self.quantity.setRange(0.0, 1e9)
        self.quantity.setDecimals(3)
        self.quantity.setGroupSeparatorShown(True)
        self.quantity.setSuffix(" MWh")
        self.rate = QDoubleSpinBox()
        self.rate.setRange(0.0, 1e6)
        self.rate.setDecimals(3)
        self.rate.setSuffix(" kg CO2e/MWh")
        self.rate.setToolTip(
            tr(
                "0 for renewable certificates and tariffs; the supplier's emission rate for a supplier-specific rate."
            )
        )
        self.certificate = QLineEdit()
        self.certificate.setPlaceholderText(tr("certificate or contract number"))
        self.supplier = QLineEdit()
        self.evidence = QLineEdit()
        self.evidence.setPlaceholderText(tr("certificate, contract or cancellation statement"))
        self.choose_button = QPushButton(tr("Browse..."))
        self.choose_button.clicked.connect(self.choose_evidence)
        row = QHBoxLayout()
        row.addWidget(self.evidence, 1)
        row.addWidget(self.choose_button)
        form.addRow(tr("Source"), self.source)
        form.addRow(tr("Kind"), self.kind)
        form.addRow(tr("Quantity"), self.quantity)
        form.addRow(tr("Emission rate"), self.rate)
        form.addRow(tr("Certificate reference"), self.certificate)
        form.addRow(tr("Supplier"), self.supplier)
        form.addRow(tr("Evidence file"), row)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form.addRow(self.buttons)
        self.setMinimumWidth(520)

    def choose_evidence(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            tr("Evidence file"),
            self.evidence.text(),
            tr("Evidence ({0});;All files (*)").format(EVIDENCE_FILTER_EXTENSIONS),
        )
        if path:
            self.evidence.setText(path)

    def values(self) -> dict:
        """Keyword arguments for footprint_instruments.add_instrument."""
        return {
            "source": self.source.currentData(),
            "quantity": self.quantity.value(),
            "unit": "MWh",
            "kind": self.kind.currentData(),
            "kg_co2e_per_unit": self.rate.value(),
            "certificate_ref": self.certificate.text().strip() or None,
            "supplier": self.supplier.text().strip() or None,
            "evidence": self.evidence.text().strip() or None,
        }
