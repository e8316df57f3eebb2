"""Import activity data from CSV/Excel: choose file, map columns (the first rows previewed as mapped,
unknown units and sources marked with what they may mean), check (a dry run: errors grouped by kind
with counts and their first rows), map the file's own names for sources and sites to the project's
codes (suggested by similarity; saved in the project with the import and applied to every later
import), and only then write, in one transaction, undoably."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from ..errors import friendly_message
from ..i18n import fmt_int, tr
from ..i18n_service import field_label
from . import import_preview

AUTO = "(automatic)"


class ImportWizard(QDialog):
    def __init__(self, page):
        super().__init__(page)
        self.page = page
        self.svc = page.svc
        self.setWindowTitle(tr("Import activity data"))
        self.resize(980, 720)
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
        self.combos: dict[str, QComboBox] = {}
        forms = [QFormLayout(), QFormLayout()]  # two columns: every field fits without scrolling
        for n, field in enumerate(self.svc.FIELDS):
            combo = QComboBox()
            combo.currentIndexChanged.connect(self._mapping_changed)
            self.combos[field] = combo
            label = field_label(field) + (" *" if self.svc.FIELDS[field] else "")
            forms[n * 2 // len(self.svc.FIELDS)].addRow(label, combo)
        columns = QHBoxLayout()
        for f in forms:
            columns.addLayout(f, 1)
        v.addLayout(columns)
        v.addWidget(QLabel(tr("Preview: the first rows as the mapping reads them")))
        self.preview = QTableWidget(0, 0)
        self.preview.setObjectName("importPreview")
        self.preview.verticalHeader().setVisible(False)
        self.preview.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.preview.setMaximumHeight(190)
        v.addWidget(self.preview)
        self.values_label = QLabel(
            tr(
                "Value mapping: the file's values that are not codes of this project, found by Check. "
                "The closest code is chosen for each; change it if needed, then Check again. "
                "The mappings are saved with the import and used for every later import."
            )
        )
        self.values_label.setWordWrap(True)
        v.addWidget(self.values_label)
        self.values = import_preview.ValueMappingTable()
        self.values.setMaximumHeight(150)
        self.values.changed.connect(self._mapping_changed)
        v.addWidget(self.values)
        self.values_label.setVisible(False)
        self.values.setVisible(False)
        self.summary = QLabel(tr("Choose a file, check it, then import."))
        self.summary.setWordWrap(True)
        v.addWidget(self.summary)
        self.errors = QTableWidget(0, 4)
        self.errors.setHorizontalHeaderLabels([tr("Row"), tr("Column"), tr("Problem"), tr("Count")])
        self.errors.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.errors.verticalHeader().setVisible(False)
        v.addWidget(self.errors, 1)
        buttons = QHBoxLayout()
        self.check_button = QPushButton(tr("Check"))
        self.import_button = QPushButton(tr("Import"))
        close = QPushButton(tr("Close"))
        self.check_button.clicked.connect(self.check)
        self.import_button.clicked.connect(self.do_import)
        close.clicked.connect(self.reject)
        self.import_button.setEnabled(False)
        for b in (browse, self.import_button, close):
            b.setAutoDefault(False)  # Enter in the file field checks; it never opens a file browser
        self.check_button.setDefault(True)
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
        self.values.reset()  # a new file: its values are found by the next Check
        self.values_label.setVisible(False)
        self.values.setVisible(False)
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

    def value_map(self) -> dict[str, dict[str, str]]:
        """{"source" / "site": {file value: code}} chosen in the value-mapping table."""
        return self.values.value_map()

    def _key(self):
        vm = tuple(sorted((k, tuple(sorted(m.items()))) for k, m in self.value_map().items()))
        return (
            self.path.text().strip(),
            tuple(sorted(self.mapping().items())),
            self.period.currentData(),
            vm,
        )

    def _mapping_changed(self, *_):
        self.import_button.setEnabled(self.checked_key is not None and self.checked_key == self._key())
        self.update_preview()

    def update_preview(self) -> int:
        """The first rows of the file as mapped; returns how many cells are marked as problems."""
        path = self.path.text().strip()
        if self.page.project is None:  # the project was closed meanwhile
            return 0
        lower = {h.lower(): i for i, h in enumerate(self.header)}
        columns = {f: lower[c.lower()] for f, c in self.mapping().items() if c.lower() in lower}
        if not path or not columns:
            self.preview.setRowCount(0)
            return 0
        try:
            rows = import_preview.read_preview(path, columns)
        except Exception:  # noqa: BLE001 - the Check step reports an unreadable file
            self.preview.setRowCount(0)
            return 0
        project = self.page.project
        codes = [c for c, _ in import_preview.inventory_codes(project, "source")]
        sites = [c for c, _ in import_preview.inventory_codes(project, "site")]
        fields = [f for f in self.svc.FIELDS if f in columns]
        vm = import_preview.preview_value_map(project, self.value_map())
        return import_preview.fill_preview(self.preview, rows, fields, codes, sites, vm)

    def set_mapping(self, field: str, column: str) -> None:
        self.combos[field].setCurrentIndex(self.combos[field].findData(column))

    def check(self) -> None:
        """Preview: validate every row (units, dates, sources, numbers); nothing is written."""
        self.checked_key = None
        self.import_button.setText(tr("Import"))
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
            value_map=self.value_map() or None,
            max_errors=import_preview.MAX_CHECKED,  # grouped by kind, so many are still readable
            on_done=done,
            on_error=self.show_problem,
        )

    def show_preview(self, result, key) -> None:
        if result.unknown_values and self.page.project is not None:
            self.values.add_values(self.page.project, result.unknown_values)
            self.values_label.setVisible(True)
            self.values.setVisible(True)
        self.show_errors(result.errors)
        if result.errors:
            self.summary.setText(import_preview.summary(result.filename, result.errors))
        else:
            self.summary.setText(
                tr("{0}: {1} rows are ready to import.").format(result.filename, fmt_int(result.rows))
            )
            self.checked_key = key
            self.import_button.setText(tr("Import {0} rows").format(fmt_int(result.rows)))
        self._mapping_changed()

    def show_problem(self, exc) -> None:
        self.errors.setRowCount(0)
        rows = getattr(exc, "errors", None)
        if rows:
            self.show_errors(rows)
            self.summary.setText(friendly_message(exc).splitlines()[0])
        else:
            self.summary.setText(friendly_message(exc))
        self.checked_key = None
        self._mapping_changed()

    def show_errors(self, errors) -> None:
        """One line per kind of error: its first rows, the field, the reason (and what a mistyped
        unit may mean), how many rows have it."""
        self.errors.setRowCount(0)
        for g in import_preview.group_errors(errors):
            r = self.errors.rowCount()
            self.errors.insertRow(r)
            cells = (
                import_preview.rows_text(g["rows"]),
                field_label(g["field"]) if g["field"] in self.svc.FIELDS else (g["field"] or ""),
                import_preview.with_hint(g["field"], g["reason"]),
                fmt_int(g["count"]),
            )
            for c, text in enumerate(cells):
                self.errors.setItem(r, c, QTableWidgetItem(text))
        for c in (0, 1, 3):
            self.errors.resizeColumnToContents(c)
        self.errors.resizeRowsToContents()

    def do_import(self) -> None:
        if self.checked_key != self._key():
            return
        path, _mapping, period_id, _values = self.checked_key
        value_map = self.value_map()
        if value_map:  # saved in the project first: this import and every later one apply them
            try:
                self.svc.save_value_mappings(self.page.project, value_map)
            except Exception as exc:  # noqa: BLE001 - shown in the dialog
                self.show_problem(exc)
                return

        def done(result):
            self.result = result
            window = self.page.window_
            window.statusBar().showMessage(
                tr("Imported {0} rows from {1}; Undo (Ctrl+Z) removes them.").format(
                    fmt_int(result.rows), result.filename
                ),
                15000,
            )
            self.accept()

        self.page.import_file(path, self.mapping() or None, period_id, on_done=done)
