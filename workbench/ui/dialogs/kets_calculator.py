"""K-ETS calculators: penalty surcharge, borrowing limit and arrears, each showing the rule applied.

Inputs are spin boxes (numbers only, sensible ranges); the result is recomputed on every change
through ``workbench.services.offsets``; an input the service refuses is shown in place of the result.
"""

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
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from workbench.project.errors import ProjectError
from workbench.services import offsets as offsets_service

from ..i18n import current_language, fmt_int, fmt_number, tr


def _spin(maximum: float, suffix: str, decimals: int = 0, value: float = 0.0, minimum: float = 0.0):
    box = QDoubleSpinBox()
    box.setDecimals(decimals)
    box.setRange(minimum, maximum)
    box.setSuffix(suffix)
    box.setGroupSeparatorShown(True)
    box.setValue(value)
    return box


class _Tab(QWidget):
    """A form of inputs above a result line and the rule applied."""

    def __init__(self):
        super().__init__()
        v = QVBoxLayout(self)
        self.form = QFormLayout()
        v.addLayout(self.form)
        self.result = QLabel()
        self.result.setWordWrap(True)
        font = self.result.font()
        font.setBold(True)
        self.result.setFont(font)
        self.rule = QLabel()
        self.rule.setWordWrap(True)
        self.rule.setTextInteractionFlags(self.rule.textInteractionFlags() | self.rule_flags())
        v.addSpacing(8)
        v.addWidget(self.result)
        v.addWidget(self.rule)
        v.addStretch(1)
        self.calculation = None

    @staticmethod
    def rule_flags():
        from PySide6.QtCore import Qt

        return Qt.TextInteractionFlag.TextSelectableByMouse

    def show_result(self, compute) -> None:
        try:
            calc = compute()
        except ProjectError as exc:
            self.calculation = None
            self.result.setText(tr("Cannot compute: {0}").format(exc.message))
            self.rule.setText("")
            return
        self.calculation = calc
        self.result.setText(self.result_text(calc))
        self.rule.setText(tr("Rule applied: {0}").format(calc.rule_text(current_language())))

    def result_text(self, calc) -> str:  # pragma: no cover - overridden
        raise NotImplementedError


class SurchargeTab(_Tab):
    def __init__(self):
        super().__init__()
        self.shortfall = _spin(1e10, " t")
        self.price = _spin(1e7, " KRW/t")
        self.from_traded = QCheckBox(tr("Compute the average price from the year's traded value and volume"))
        self.traded_value = _spin(1e15, " KRW")
        self.traded_volume = _spin(1e10, " t", minimum=1, value=1)
        self.no_cap = QCheckBox(tr("No cap per tonne"))
        self.cap = _spin(1e7, " KRW/t", value=offsets_service.KETS_DEFAULT_SURCHARGE_CAP_KRW)
        self.form.addRow(tr("Permits not surrendered"), self.shortfall)
        self.form.addRow(tr("Average market price"), self.price)
        self.form.addRow(self.from_traded)
        self.form.addRow(tr("Total traded value"), self.traded_value)
        self.form.addRow(tr("Total traded volume"), self.traded_volume)
        self.form.addRow(tr("Cap per tonne"), self.cap)
        self.form.addRow(self.no_cap)
        for box in (self.shortfall, self.price, self.traded_value, self.traded_volume, self.cap):
            box.valueChanged.connect(self.compute)
        for box in (self.from_traded, self.no_cap):
            box.toggled.connect(self.compute)
        self.compute()

    def compute(self, *_):
        traded = self.from_traded.isChecked()
        self.price.setEnabled(not traded)
        self.traded_value.setEnabled(traded)
        self.traded_volume.setEnabled(traded)
        self.cap.setEnabled(not self.no_cap.isChecked())
        cap = None if self.no_cap.isChecked() else self.cap.value()
        if traded:
            self.show_result(
                lambda: offsets_service.kets_surcharge(
                    self.shortfall.value(),
                    traded_value_krw=self.traded_value.value(),
                    traded_volume_t=self.traded_volume.value(),
                    cap_per_t_krw=cap,
                )
            )
        else:
            self.show_result(
                lambda: offsets_service.kets_surcharge(
                    self.shortfall.value(), self.price.value(), cap_per_t_krw=cap
                )
            )

    def result_text(self, calc) -> str:
        res = calc.result
        text = tr("Penalty surcharge: {0} KRW ({1} KRW/t × {2} t)").format(
            fmt_number(res.amount_krw, 0), fmt_number(res.per_t_krw, 0), fmt_number(res.shortfall_t, None)
        )
        if res.capped:
            text += " " + tr("The cap per tonne applies.")
        return text


class BorrowingTab(_Tab):
    def __init__(self):
        super().__init__()
        first, last = offsets_service.KETS_BORROWING_YEARS
        self.obligation = _spin(1e10, " t")
        self.year = QSpinBox()
        self.year.setRange(first, last)
        self.year.setValue(min(max(2026, first), last))
        self.prev_limit = _spin(100, " %", 2, offsets_service.KETS_FIRST_YEAR_BORROWING * 100)
        self.prev_borrowed = _spin(100, " %", 2)
        self.position = QLabel()
        self.position.setWordWrap(True)
        self.form.addRow(tr("Permits to surrender that year"), self.obligation)
        self.form.addRow(tr("Compliance year (its phase follows from the year)"), self.year)
        self.form.addRow("", self.position)
        self.form.addRow(tr("Previous year's borrowing limit (share of its obligation)"), self.prev_limit)
        self.form.addRow(tr("Previous year's borrowed permits (share of its obligation)"), self.prev_borrowed)
        for box in (self.obligation, self.year, self.prev_limit, self.prev_borrowed):
            box.valueChanged.connect(self.compute)
        self.compute()

    def compute(self, *_):
        year = self.year.value()
        phase, n, first, last = offsets_service.kets_borrowing_position(year)
        needs = offsets_service.kets_borrowing_needs_previous(year)
        self.prev_limit.setEnabled(needs)
        self.prev_borrowed.setEnabled(needs)
        self.position.setText(
            tr("Year {0} of phase {1} ({2}-{3}).").format(n, phase, first, last)
            + ("" if needs else " " + tr("The previous year's figures are not used in this year."))
        )
        self.show_result(
            lambda: offsets_service.kets_borrowing(
                self.obligation.value(),
                year,
                self.prev_limit.value() / 100.0 if needs else None,
                self.prev_borrowed.value() / 100.0 if needs else 0.0,
            )
        )

    def result_text(self, calc) -> str:
        res = calc.result
        return tr("Borrowing limit: {0} permits ({1} % of the obligation)").format(
            fmt_int(res.permits), fmt_number(res.share * 100, None)
        )


class ArrearsTab(_Tab):
    def __init__(self):
        super().__init__()
        self.unpaid = _spin(1e15, " KRW")
        self.months = QSpinBox()
        self.months.setRange(0, 1200)
        self.form.addRow(tr("Unpaid penalty surcharge"), self.unpaid)
        self.form.addRow(tr("Whole months overdue"), self.months)
        self.unpaid.valueChanged.connect(self.compute)
        self.months.valueChanged.connect(self.compute)
        self.compute()

    def compute(self, *_):
        self.show_result(lambda: offsets_service.kets_arrears(self.unpaid.value(), self.months.value()))

    def result_text(self, calc) -> str:
        res = calc.result
        return tr("Additional dues: {0} KRW; total due: {1} KRW").format(
            fmt_number(res.amount_krw, 0), fmt_number(res.total_due_krw, 0)
        )


class KetsCalculatorDialog(QDialog):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setWindowTitle(tr("K-ETS calculators"))
        self.resize(640, 480)
        v = QVBoxLayout(self)
        self.tabs = QTabWidget()
        self.surcharge = SurchargeTab()
        self.borrowing = BorrowingTab()
        self.arrears = ArrearsTab()
        self.tabs.addTab(self.surcharge, tr("Penalty surcharge"))
        self.tabs.addTab(self.borrowing, tr("Borrowing"))
        self.tabs.addTab(self.arrears, tr("Arrears"))
        v.addWidget(self.tabs, 1)
        row = QHBoxLayout()
        row.addStretch(1)
        close = QPushButton(tr("Close"))
        close.clicked.connect(self.reject)
        row.addWidget(close)
        v.addLayout(row)
