"""Portfolio selection: constraints in, least-cost picks out (HiGHS MILP in a worker), then apply."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from ..i18n import fmt_int, fmt_number, tr


class PortfolioDialog(QDialog):
    def __init__(self, page):
        super().__init__(page)
        self.page = page
        self.selection = None
        self.setWindowTitle(tr("Select a credit portfolio"))
        self.resize(720, 520)
        v = QVBoxLayout(self)
        form = QFormLayout()
        self.removal = QDoubleSpinBox()
        self.removal.setRange(0, 100)
        self.removal.setSuffix(" %")
        self.vintage_from = QSpinBox()
        self.vintage_from.setRange(0, 2100)
        self.vintage_from.setSpecialValueText(tr("any"))
        self.max_project = QDoubleSpinBox()
        self.max_project.setRange(0, 100)
        self.max_project.setSuffix(" %")
        self.max_project.setSpecialValueText(tr("no limit"))
        self.ccp_only = QCheckBox(tr("ICVCM CCP-labelled credits only"))
        self.whole_lots = QCheckBox(tr("Take lots whole"))
        form.addRow(tr("Minimum removal share"), self.removal)
        form.addRow(tr("Earliest vintage"), self.vintage_from)
        form.addRow(tr("Largest share of one project"), self.max_project)
        form.addRow(self.ccp_only)
        form.addRow(self.whole_lots)
        v.addLayout(form)
        self.summary = QLabel(tr("Press Select to compute the least-cost portfolio."))
        self.summary.setWordWrap(True)
        v.addWidget(self.summary)
        self.picks = QTableWidget(0, 5)
        self.picks.setHorizontalHeaderLabels(
            [tr("Lot"), tr("Programme"), tr("Serial"), tr("Credits"), tr("Kind")]
        )
        self.picks.horizontalHeader().setStretchLastSection(True)
        v.addWidget(self.picks, 1)
        row = QHBoxLayout()
        self.select_button = QPushButton(tr("Select"))
        self.apply_button = QPushButton(tr("Plan these credits for the claim"))
        close = QPushButton(tr("Close"))
        self.apply_button.setEnabled(False)
        self.select_button.clicked.connect(self.run_selection)
        self.apply_button.clicked.connect(self.apply)
        close.clicked.connect(self.reject)
        row.addStretch(1)
        for b in (self.select_button, self.apply_button, close):
            row.addWidget(b)
        v.addLayout(row)

    def constraints(self) -> dict:
        return {
            "min_removal_share": self.removal.value() / 100.0,
            "vintage_from": self.vintage_from.value() or None,
            "max_project_share": (self.max_project.value() / 100.0) or None,
            "ccp_only": self.ccp_only.isChecked(),
            "whole_lots": self.whole_lots.isChecked(),
        }

    def run_selection(self) -> None:
        svc = self.page.svc
        self.apply_button.setEnabled(False)
        self.worker = self.page.long(
            tr("Selecting credits"),
            svc.select_portfolio,
            self.page.project,
            constraints=self.constraints(),
            on_done=self.show_selection,
        )

    def show_selection(self, sel) -> None:
        self.selection = sel
        self.picks.setRowCount(0)
        for lot, q in sel.picks:
            r = self.picks.rowCount()
            self.picks.insertRow(r)
            for c, text in enumerate((str(lot.id), lot.programme, lot.serial, fmt_int(q), lot.kind)):
                self.picks.setItem(r, c, QTableWidgetItem(text))
        if sel.feasible:
            self.summary.setText(
                tr("{0} credits, cost {1}, removals {2} %. {3}").format(
                    fmt_int(sel.total_t),
                    fmt_number(sel.cost, 0),
                    fmt_number(sel.removal_share * 100, 1),
                    sel.explanation,
                )
            )
        else:
            self.summary.setText(tr("No feasible portfolio: {0}").format(sel.explanation))
        self.apply_button.setEnabled(bool(sel.feasible and sel.picks and self.page.mode == "edit"))

    def apply(self) -> None:
        if self.selection is not None:
            self.page.plan_selection(self.selection)
            self.accept()
