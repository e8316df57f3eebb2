"""Step 2, inventory: the ledger (lazy, filter, sort, edit in place), evidence, import, add, delete."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from workbench.services import inventory as inventory_service
from workbench.services.inventory.ledger import LedgerFilter

from ..i18n import fmt_int, tr
from ..models.ledger_model import COLUMNS, LedgerModel
from .base import Page
from .inventory_quality import quality_dialog


class InventoryPage(Page):
    key = "inventory"
    svc = inventory_service

    def build(self) -> None:
        self.model = None
        bar = QHBoxLayout()
        self.filter_edit = QLineEdit()
        self.filter_edit.setPlaceholderText(tr("Filter: source, description, reference, site"))
        self.filter_edit.setClearButtonEnabled(True)
        self.period = QComboBox()
        self.count_label = QLabel()
        bar.addWidget(self.filter_edit, 2)
        bar.addWidget(QLabel(tr("Period")))
        bar.addWidget(self.period)
        bar.addWidget(self.count_label, 1)
        self.layout_.addLayout(bar)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(300)
        self._debounce.timeout.connect(self.apply_filter)
        self.filter_edit.textChanged.connect(lambda _t: self._debounce.start())
        self.period.activated.connect(lambda _i: self.apply_filter())

        self.table = QTableView()
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(22)
        self.table.setAlternatingRowColors(True)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        side = QWidget()
        sv = QVBoxLayout(side)
        sv.setContentsMargins(0, 0, 0, 0)
        sv.addWidget(QLabel(tr("Evidence for the selected row")))
        self.evidence = QListWidget()
        self.evidence.setToolTip(tr("Double-click to open the file"))
        self.evidence.itemDoubleClicked.connect(lambda item: self.open_evidence(item))
        sv.addWidget(self.evidence, 1)
        self.open_evidence_button = QPushButton(tr("Open evidence"))
        self.open_evidence_button.clicked.connect(lambda: self.open_evidence(self.evidence.currentItem()))
        sv.addWidget(self.open_evidence_button)
        self.preview_evidence_button = QPushButton(tr("Preview evidence..."))
        self.preview_evidence_button.clicked.connect(
            lambda: self.preview_evidence(self.evidence.currentItem())
        )
        sv.addWidget(self.preview_evidence_button)
        self.attach_button = self.client_edit(QPushButton(tr("Attach evidence...")))
        self.attach_button.clicked.connect(self.attach_dialog)
        sv.addWidget(self.attach_button)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.table)
        split.addWidget(side)
        split.setStretchFactor(0, 1)
        split.setSizes([800, 220])
        self.layout_.addWidget(split, 1)

        buttons = QHBoxLayout()
        self.import_button = self.client_edit(QPushButton(tr("Import CSV/Excel...")))
        self.add_button = self.client_edit(QPushButton(tr("Add activity...")))
        self.delete_button = self.client_edit(QPushButton(tr("Delete row")))
        self.import_button.setShortcut("Ctrl+I")
        self.delete_button.setShortcut("Del")
        self.import_button.clicked.connect(self.import_dialog)
        self.add_button.clicked.connect(self.add_dialog)
        self.delete_button.clicked.connect(self.delete_selected)
        self.quality_button = self.client_edit(QPushButton(tr("Uncertainty and data quality...")))
        self.quality_button.clicked.connect(lambda: quality_dialog(self))
        for b in (self.import_button, self.add_button, self.delete_button, self.quality_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        self.layout_.addLayout(buttons)

    # -- data ------------------------------------------------------------------------------------
    def refresh(self) -> None:
        p = self.project
        current = self.period.currentData()
        self.period.blockSignals(True)
        self.period.clear()
        self.period.addItem(tr("All periods"), None)
        for per in p.periods():
            self.period.addItem(per["label"], per["id"])
        if current is None and self.model is None:
            cp = p.current_period()
            current = cp["id"] if cp else None
        idx = self.period.findData(current)
        self.period.setCurrentIndex(max(idx, 0))
        self.period.blockSignals(False)
        if self.model is None or self.model.db is not p.conn:
            self.model = LedgerModel(p.conn, self)
            self.model.on_edit = self.edit_cell
            self.table.setModel(self.model)
            self.table.selectionModel().currentRowChanged.connect(lambda *_: self.show_evidence())
            header = self.table.horizontalHeader()
            header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
            header.setStretchLastSection(False)
            widths = {
                "id": 60,
                "quantity": 110,
                "source": 110,
                "description": 260,
                "reference": 120,
                "date_start": 90,
                "date_end": 90,
            }
            for c, key in enumerate(COLUMNS):
                self.table.setColumnWidth(c, widths.get(key, 80))
            self.apply_filter()
        else:
            self.model.read_only = self.mode != "edit"
            self.model.refresh_rows()
            self._update_count()
        self.model.read_only = self.mode != "edit"

    def apply_filter(self) -> None:
        self._debounce.stop()
        project = self.window_.project
        if self.model is None or project is None or self.model.db is not project.conn:
            return  # typed just before a close, or the project changed: the next refresh rebuilds
        self.model.set_filter(LedgerFilter(text=self.filter_edit.text(), period_id=self.period.currentData()))
        self._update_count()

    def _update_count(self) -> None:
        self.count_label.setText(tr("{0} rows").format(fmt_int(self.model.total)))

    def step_status(self, p=None) -> tuple[str, str]:
        p = p if p is not None else self.project
        n = self.svc.count_activities(p, period_id=(p.current_period() or {}).get("id"))
        if n == 0:
            return "not_started", tr("no activity data for the reporting period")
        return "done", tr("{0} rows").format(fmt_int(n))

    def selected_row_id(self) -> int | None:
        idx = self.table.currentIndex()
        return self.model.row_id(idx.row()) if idx.isValid() and self.model else None

    def show_evidence(self) -> None:
        from workbench.project.attachments import evidence_for

        self.evidence.clear()
        self.open_evidence_button.setEnabled(False)
        self.preview_evidence_button.setEnabled(False)
        row_id = self.selected_row_id()
        if row_id is None:
            return
        for ev in evidence_for(self.project, "activities", row_id):
            item = QListWidgetItem(
                f"{ev['filename']}  ({fmt_int(ev['size'])} B, SHA-256 {ev['sha256'][:12]}…)"
            )
            item.setData(Qt.ItemDataRole.UserRole, (ev["id"], ev["filename"]))
            self.evidence.addItem(item)
        if self.evidence.count():
            self.evidence.setCurrentRow(0)
        self.open_evidence_button.setEnabled(self.evidence.count() > 0)
        self.preview_evidence_button.setEnabled(self.evidence.count() > 0)

    def open_evidence(self, item):
        """Open an evidence file of the selected row with the desktop's program for it."""
        from ..widgets.evidence import open_attachment

        if item is None:
            return None
        attachment_id, filename = item.data(Qt.ItemDataRole.UserRole)
        return open_attachment(self, self.project, attachment_id, filename)

    def preview_evidence(self, item):
        """Show an evidence file of the selected row inside the app (image, PDF page, text)."""
        from ..widgets.evidence_viewer import EvidenceViewer

        if item is None:
            return None
        attachment_id, filename = item.data(Qt.ItemDataRole.UserRole)
        dialog = EvidenceViewer(self, self.project, attachment_id, filename)
        dialog.open()
        return dialog

    # -- edits -----------------------------------------------------------------------------------
    def edit_cell(self, row_id: int, field: str, value, old) -> None:
        if value == old:
            return
        self.edit(
            tr("Edit {0} of row {1}").format(field, row_id),
            lambda: self.svc.update_activity(self.project, row_id, **{field: value}),
            lambda: self.svc.update_activity(self.project, row_id, **{field: old}),
        )

    def delete_selected(self) -> None:
        row_id = self.selected_row_id()
        if row_id is None:
            return
        state = {}

        def redo():
            state["row"] = self.svc.delete_activity(self.project, row_id)

        self.edit(
            tr("Delete row {0}").format(row_id),
            redo,
            lambda: self.svc.restore_activity(self.project, state["row"]),
        )

    def _add_activity_edit(self, fields: dict):
        state = {}

        def redo():
            state["id"] = self.svc.add_activity(self.project, **fields)
            return state["id"]

        return tr("Add activity"), redo, lambda: self.svc.delete_activity(self.project, state["id"])

    def add_activity(self, **fields) -> int | None:
        return self.edit(*self._add_activity_edit(fields))

    def add_dialog(self) -> dict | None:
        """The Add activity form: source, quantity, unit and dates checked as typed."""
        from workbench.services import boundary as boundary_service

        from ..dialogs import checks
        from ..dialogs.simple_form import ask_and_submit
        from ..i18n import parse_number

        codes = [s["code"] for s in boundary_service.list_sources(self.project)]

        def submit(v: dict) -> str | None:
            fields = {k: (x or None) for k, x in v.items()}
            if fields["quantity"] is not None:
                fields["quantity"] = parse_number(fields["quantity"])
            return self.try_edit(*self._add_activity_edit(fields))

        def dates_in_order(v: dict):
            a, b = checks.parse_date(v["date_start"]), checks.parse_date(v["date_end"])
            if a and b and b < a:
                return "date_end", tr("{0}: {1} is before the start date {2}.").format(
                    tr("To (YYYY-MM-DD)"), v["date_end"], v["date_start"]
                )
            return None

        return ask_and_submit(
            self,
            tr("Add activity"),
            [
                ("source", tr("Source code")),
                ("quantity", tr("Quantity")),
                ("unit", tr("Unit")),
                ("date_start", tr("From (YYYY-MM-DD)")),
                ("date_end", tr("To (YYYY-MM-DD)")),
                ("description", tr("Description")),
                ("reference", tr("Reference")),
            ],
            submit,
            checks={
                "source": checks.one_of(tr("Source code"), codes, tr("emission source"), optional=False),
                "quantity": checks.number(tr("Quantity"), optional=False),
                "unit": checks.unit(tr("Unit"), optional=False),
                "date_start": checks.date(tr("From (YYYY-MM-DD)"), optional=False),
                "date_end": checks.date(tr("To (YYYY-MM-DD)")),
            },
            cross=[dates_in_order],
        )

    def attach(self, path: str, row_id: int | None = None) -> None:
        from workbench.project.attachments import attach

        row_id = row_id or self.selected_row_id()
        if row_id is None:
            return
        state = {}

        def redo():
            state["id"] = attach(self.project, path, link=("activities", row_id))

        self.edit(
            tr("Attach evidence to row {0}").format(row_id),
            redo,
            lambda: inventory_service.unlink_evidence(self.project, state["id"], "activities", row_id),
        )
        self.show_evidence()

    def attach_dialog(self) -> None:
        if self.selected_row_id() is None:
            return
        path, _ = QFileDialog.getOpenFileName(self, tr("Attach evidence"))
        if path:
            self.attach(path)

    def import_dialog(self) -> None:
        from ..dialogs.import_wizard import ImportWizard

        ImportWizard(self).exec()

    def import_file(self, path: str, mapping: dict | None, period_id: int | None, on_done=None):
        """Import in a worker; when done, record the import as an undoable edit."""
        project = self.project

        def done(result):
            state = {"batch": result.batch_id}

            def redo():
                state["batch"] = self.svc.import_activities(
                    project, path, mapping=mapping, period_id=period_id
                ).batch_id

            self.record(
                tr("Import {0}").format(result.filename),
                redo,
                lambda: inventory_service.remove_import_batch(project, state["batch"]),
                result=result,
            )
            if on_done:
                on_done(result)

        return self.long(
            tr("Importing activity data"),
            self.svc.import_activities,
            project,
            path,
            mapping=mapping,
            period_id=period_id,
            on_done=done,
        )
