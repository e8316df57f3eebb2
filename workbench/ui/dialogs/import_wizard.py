"""Import activity data from CSV/Excel: choose file, map columns, check (units, dates, sources)
with a preview of every error, and only then write, in one transaction, undoably."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from ..errors import friendly_message
from ..i18n import fmt_int, tr

AUTO = "(automatic)"


class ImportWizard(QDialog):
    def __init__(self, page):
        super().__init__(page)
        self.page = page
        self.svc = page.svc
        self.setWindowTitle(tr("Import activity data"))
        self.resize(760, 560)
        self.header: list[str] = []
        self.checked_key = None  # (path, mapping) of the last clean preview
        self.result = None
        v = QVBoxLayout(self)
        row = QHBoxLayout()
        self.path = QLineEdit()
        self.path.setPlaceholderText(tr("CSV or .xlsx file"))
        browse = QPushButton(tr("Browse..."))
        browse.clicked.connect(self._browse)
        self.path.editingFinished.connect(self.load_header)
        row.addWidget(QLabel(tr("File")))
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        v.addLayout(row)
        self.period = QComboBox()
        for per in page.project.periods():
            self.period.addItem(per["label"], per["id"])
        current = page.project.current_period()
        if current:
            self.period.setCurrentIndex(self.period.findData(current["id"]))
        prow = QHBoxLayout()
        prow.addWidget(QLabel(tr("Into period")))
        prow.addWidget(self.period)
        prow.addStretch(1)
        v.addLayout(prow)
        v.addWidget(QLabel(tr("Column mapping (workbench field: column in the file)")))
        self.form = QFormLayout()
        self.combos: dict[str, QComboBox] = {}
        for field in self.svc.FIELDS:
            combo = QComboBox()
            combo.currentIndexChanged.connect(self._mapping_changed)
            self.combos[field] = combo
            label = field + (" *" if self.svc.FIELDS[field] else "")
            self.form.addRow(label, combo)
        v.addLayout(self.form)
        self.summary = QLabel(tr("Choose a file, check it, then import."))
        self.summary.setWordWrap(True)
        v.addWidget(self.summary)
        self.errors = QTableWidget(0, 3)
        self.errors.setHorizontalHeaderLabels([tr("Row"), tr("Column"), tr("Problem")])
        self.errors.horizontalHeader().setStretchLastSection(True)
        v.addWidget(self.errors, 1)
        buttons = QHBoxLayout()
        self.check_button = QPushButton(tr("Check"))
        self.import_button = QPushButton(tr("Import"))
        close = QPushButton(tr("Close"))
        self.check_button.clicked.connect(self.check)
        self.import_button.clicked.connect(self.do_import)
        close.clicked.connect(self.reject)
        self.import_button.setEnabled(False)
        buttons.addStretch(1)
        for b in (self.check_button, self.import_button, close):
            buttons.addWidget(b)
        v.addLayout(buttons)

    def _browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, tr("Import activity data"), "", "CSV / Excel (*.csv *.txt *.xlsx)"
        )
        if path:
            self.path.setText(path)
            self.load_header()

    def load_header(self) -> None:
        from workbench.services.common.tabular import TabularFile, resolve_columns

        path = self.path.text().strip()
        if not path:
            return
        try:
            tab = TabularFile(path)
        except Exception as exc:  # noqa: BLE001 - shown in the dialog
            self.show_problem(exc)
            return
        self.header = list(tab.header)
        optional = {f: False for f in self.svc.FIELDS}
        auto = resolve_columns(tab, optional, None, self.svc.ALIASES)
        for field, combo in self.combos.items():
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(tr(AUTO), None)
            for h in self.header:
                combo.addItem(h, h)
            if field in auto:
                combo.setCurrentIndex(auto[field] + 1)
            combo.blockSignals(False)
        self.summary.setText(
            tr("{0} columns found. Check the mapping, then press Check.").format(len(self.header))
        )
        self._mapping_changed()

    def mapping(self) -> dict[str, str]:
        return {f: c.currentData() for f, c in self.combos.items() if c.currentData()}

    def _key(self):
        return (self.path.text().strip(), tuple(sorted(self.mapping().items())), self.period.currentData())

    def _mapping_changed(self, *_):
        self.import_button.setEnabled(self.checked_key is not None and self.checked_key == self._key())

    def set_mapping(self, field: str, column: str) -> None:
        self.combos[field].setCurrentIndex(self.combos[field].findData(column))

    def check(self) -> None:
        """Preview: validate every row (units, dates, sources, numbers); nothing is written."""
        self.checked_key = None
        self._mapping_changed()
        key = self._key()
        self.errors.setRowCount(0)
        self.summary.setText(tr("Checking..."))

        def done(result):
            self.show_preview(result, key)

        self.worker = self.page.window_.run_long(
            tr("Checking the file"),
            self.svc.import_activities,
            self.page.project,
            key[0],
            mapping=self.mapping(),
            period_id=key[2],
            preview=True,
            on_done=done,
            on_error=self.show_problem,
        )

    def show_preview(self, result, key) -> None:
        self.errors.setRowCount(0)
        for e in result.errors:
            self._add_error(e.row, e.field, e.reason)
        if result.errors:
            self.summary.setText(
                tr(
                    "{0}: {1} problem(s) in {2} rows. Fix the file or the mapping; nothing was written."
                ).format(result.filename, len(result.errors), fmt_int(result.rows))
            )
        else:
            self.summary.setText(
                tr("{0}: {1} rows are ready to import.").format(result.filename, fmt_int(result.rows))
            )
            self.checked_key = key
        self._mapping_changed()

    def show_problem(self, exc) -> None:
        self.errors.setRowCount(0)
        rows = getattr(exc, "errors", None)
        if rows:
            for e in rows:
                self._add_error(e.row, e.field, e.reason)
            self.summary.setText(friendly_message(exc).splitlines()[0])
        else:
            self.summary.setText(friendly_message(exc))
        self.checked_key = None
        self._mapping_changed()

    def _add_error(self, row, field, reason) -> None:
        r = self.errors.rowCount()
        self.errors.insertRow(r)
        for c, text in enumerate(("" if row is None else str(row), field or "", reason)):
            self.errors.setItem(r, c, QTableWidgetItem(text))

    def do_import(self) -> None:
        if self.checked_key != self._key():
            return
        path, _mapping, period_id = self.checked_key

        def done(result):
            self.result = result
            self.accept()

        self.page.import_file(path, self.mapping() or None, period_id, on_done=done)
