"""Step 4, reduction plan: measures, targets, MACC, trajectory, management plan, checks."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from workbench.services import plan as plan_service

from .. import charts
from ..dialogs.measure import MeasureDialog, status_label
from ..i18n import current_language, fmt_number, tr
from ..i18n_service import reference_note
from ..widgets.chart import ChartView
from ..widgets.findings import FindingsTable
from .base import Page

MEASURE_KEYS = (
    "name",
    "sources",
    "kind",
    "abatement",
    "capex",
    "opex_change",
    "lifetime",
    "start_year",
    "status",
)


class PlanPage(Page):
    key = "plan"
    svc = plan_service

    def build(self) -> None:
        split = QSplitter(Qt.Orientation.Horizontal)
        left = QWidget()
        lv = QVBoxLayout(left)
        lv.setContentsMargins(0, 0, 0, 0)
        lv.addWidget(QLabel(tr("Reduction measures")))
        self.table = QTableWidget(0, 7)
        self.table.setHorizontalHeaderLabels(
            [
                tr("Measure"),
                tr("Sources"),
                tr("Abatement"),
                tr("Capital cost"),
                tr("Opex change/yr"),
                tr("Start"),
                tr("Status"),
            ]
        )
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.doubleClicked.connect(lambda _i: self.edit_selected() if self.mode == "edit" else None)
        lv.addWidget(self.table, 1)
        row = QHBoxLayout()
        self.add_button = self.client_edit(QPushButton(tr("Add measure...")))
        self.edit_button = self.client_edit(QPushButton(tr("Edit...")))
        self.delete_button = self.client_edit(QPushButton(tr("Delete")))
        self.add_button.clicked.connect(self.add_dialog)
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        for b in (self.add_button, self.edit_button, self.delete_button):
            row.addWidget(b)
        row.addStretch(1)
        lv.addLayout(row)

        target_box = QGroupBox(tr("Absolute target"))
        tf = QFormLayout(target_box)
        self.base_year = QSpinBox()
        self.target_year = QSpinBox()
        for s in (self.base_year, self.target_year):
            s.setRange(1990, 2100)
        self.pathway = QComboBox()
        self.pathway.addItem(tr("SBTi 1.5 C (4.2 %/yr linear)"), "sbti_1.5c")
        self.pathway.addItem(tr("SBTi well-below 2 C (2.5 %/yr linear)"), "sbti_wb2c")
        self.scopes = QLineEdit("1, 2")
        self.set_target_button = self.client_edit(QPushButton(tr("Set target")))
        self.set_target_button.clicked.connect(self.set_target_from_form)
        self.client_edit(self.base_year, self.target_year, self.pathway, self.scopes)
        self.target_label = QLabel()
        self.target_label.setWordWrap(True)
        tf.addRow(tr("Base year"), self.base_year)
        tf.addRow(tr("Target year"), self.target_year)
        tf.addRow(tr("Pathway"), self.pathway)
        tf.addRow(tr("Scopes"), self.scopes)
        tf.addRow(self.target_label)
        tf.addRow(self.set_target_button)
        lv.addWidget(target_box)
        split.addWidget(left)

        self.tabs = QTabWidget()
        self.macc_chart = ChartView()
        self.trajectory_chart = ChartView()
        self.tabs.addTab(self.macc_chart, tr("MACC"))
        self.tabs.addTab(self.trajectory_chart, tr("Trajectory"))
        mp = QWidget()
        mv = QVBoxLayout(mp)
        self.section = QComboBox()  # filled from the service on first refresh
        self.section.currentIndexChanged.connect(self._show_section)
        self.text_en = QPlainTextEdit()
        self.text_ko = QPlainTextEdit()
        self.save_text = self.client_edit(QPushButton(tr("Save section")))
        self.client_edit(self.text_en, self.text_ko)
        self.save_text.clicked.connect(self.save_section)
        mv.addWidget(self.section)
        mv.addWidget(QLabel(tr("English")))
        mv.addWidget(self.text_en, 1)
        mv.addWidget(QLabel(tr("Korean")))
        mv.addWidget(self.text_ko, 1)
        mv.addWidget(self.save_text)
        self.tabs.addTab(mp, tr("Management plan"))
        self.checks = FindingsTable()
        self.tabs.addTab(self.checks.with_details(self.window_), tr("Checks"))
        split.addWidget(self.tabs)
        split.setSizes([560, 560])
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.setStyleSheet("color: #5f6368; font-style: italic;")
        self.layout_.addWidget(self.note)
        self.layout_.addWidget(split, 1)
        self.rows: list[dict] = []
        self.content = None
        self.texts: dict = {}

    # -- data ------------------------------------------------------------------------------------
    def refresh(self) -> None:
        p, svc = self.project, self.svc
        if self.section.count() == 0:
            self.section.blockSignals(True)
            for name in svc.SECTIONS:
                self.section.addItem(tr(name.replace("_", " ")), name)
            self.section.blockSignals(False)
        self.rows = svc.list_measures(p)
        self.table.setRowCount(0)
        for m in self.rows:
            r = self.table.rowCount()
            self.table.insertRow(r)
            unit = "%" if m["kind"] == "pct" else " " + tr("tCO2e/yr")
            name = m.get("name_local") if current_language() == "ko" and m.get("name_local") else m["name"]
            cells = [
                name,
                ", ".join(m["sources"]),
                fmt_number(m["abatement"], None) + unit,
                fmt_number(m["capex"], 0),
                fmt_number(m["opex_change"], 0),
                str(m["start_year"]),
                status_label(m["status"]),
            ]
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if c in (2, 3, 4):
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(r, c, item)
        self.table.resizeColumnsToContents()
        for col, limit in ((0, 220), (1, 170)):
            self.table.setColumnWidth(col, min(self.table.columnWidth(col), limit))
        targets = svc.list_targets(p)
        absolute = next((t for t in targets if t.kind == "absolute"), None)
        period = p.current_period()
        year = int(str(period["start"])[:4]) if period else 2025
        if absolute:
            self.base_year.setValue(absolute.base_year)
            self.target_year.setValue(absolute.target_year)
            self.pathway.setCurrentIndex(max(0, self.pathway.findData(absolute.pathway)))
            self.scopes.setText(", ".join(str(s) for s in absolute.scopes))
            self.target_label.setText(
                tr("Set: {0} to {1}, scopes {2}").format(
                    absolute.base_year, absolute.target_year, ", ".join(map(str, absolute.scopes))
                )
            )
        else:
            self.base_year.setValue(year - 1)
            self.target_year.setValue(year + 5)
            self.target_label.setText(tr("No target set yet."))
        self.texts = svc.management_texts(p)  # the editors: now, so a late load never overwrites typing
        self._show_section()
        self.load(self._fetch, self._fill)

    def _fetch(self, p) -> dict:
        """The management plan (MACC, trajectory: the footprint reference) and claim checks."""
        svc = self.svc
        try:
            checks = svc.claim_checks(p)
        except Exception as exc:  # noqa: BLE001 - checks need a footprint; say so
            checks = [str(exc)]
        return {"content": svc.management_plan(p), "checks": checks}

    def _fill(self, data: dict) -> None:
        content = data["content"]
        self.content = content
        self.note.setText(reference_note(content.footprint_note))
        self.note.setVisible(bool(content.footprint_note))
        if content.macc:
            self.macc_chart.set_png(charts.macc_png(content.macc, content.currency))
        else:
            self.macc_chart.set_message(tr("The MACC needs a calculated footprint."))
        if content.trajectory:
            self.trajectory_chart.set_png(charts.trajectory_png(content.trajectory))
        else:
            self.trajectory_chart.set_message(tr("The trajectory needs a calculated footprint."))
        self.checks.set_findings(data["checks"])

    def _show_section(self, *_):
        section = self.section.currentData()
        texts = getattr(self, "texts", {}).get(section, {})
        self.text_en.setPlainText(texts.get("en", ""))
        self.text_ko.setPlainText(texts.get("ko", ""))

    def step_status(self, p=None) -> tuple[str, str]:
        p = p if p is not None else self.project
        measures = self.svc.list_measures(p)
        targets = self.svc.list_targets(p)
        if not measures and not targets:
            return "not_started", tr("no measures or targets")
        if not targets or not measures:
            return "in_progress", tr("{0} measures, {1} targets").format(len(measures), len(targets))
        try:
            findings = self.svc.claim_checks(p)
        except Exception:  # noqa: BLE001
            findings = []
        errors = [f for f in findings if getattr(f, "severity", "") == "error"]
        if errors:
            return "issues", errors[0].message
        return "done", tr("{0} measures, target set").format(len(measures))

    # -- edits -----------------------------------------------------------------------------------
    def selected(self) -> dict | None:
        r = self.table.currentRow()
        return self.rows[r] if 0 <= r < len(self.rows) else None

    def add_measure(self, **fields) -> None:
        state = {}

        def redo():
            state["id"] = self.svc.add_measure(self.project, **fields)

        self.edit(
            tr("Add measure {0}").format(fields.get("name", "")),
            redo,
            lambda: self.svc.delete_measure(self.project, state["id"]),
        )

    def add_dialog(self) -> None:
        dialog = MeasureDialog(self, year=self.base_year.value() + 1)
        if dialog.exec():
            self.add_measure(**dialog.values())

    def update_measure(self, measure_id: int, **changes) -> None:
        row = next(m for m in self.rows if m["id"] == measure_id)
        old = {k: row[k] for k in changes}
        self.edit(
            tr("Edit measure {0}").format(row["name"]),
            lambda: self.svc.update_measure(self.project, measure_id, **changes),
            lambda: self.svc.update_measure(self.project, measure_id, **old),
        )

    def edit_selected(self) -> None:
        m = self.selected()
        if m is None:
            return
        dialog = MeasureDialog(self, m)
        if dialog.exec():
            new = dialog.values()
            changes = {
                k: v for k, v in new.items() if v != m.get(k) and not (k == "sources" and set(v) == set(m[k]))
            }
            if changes:
                self.update_measure(m["id"], **changes)

    def delete_selected(self) -> None:
        m = self.selected()
        if m is None:
            return
        fields = {k: m[k] for k in MEASURE_KEYS}
        fields.update(evidence=m.get("evidence") or "", name_local=m.get("name_local"), notes=m.get("notes"))
        state = {"id": m["id"]}

        def undo():
            state["id"] = self.svc.add_measure(self.project, **fields)

        self.edit(
            tr("Delete measure {0}").format(m["name"]),
            lambda: self.svc.delete_measure(self.project, state["id"]),
            undo,
        )

    def set_target(self, **fields) -> None:
        kind = fields.get("kind", "absolute")
        old = next((t for t in self.svc.list_targets(self.project) if t.kind == kind), None)

        def undo():
            if old is None:
                self.svc.delete_target(self.project, kind)
            else:
                self.svc.set_target(
                    self.project,
                    old.base_year,
                    old.target_year,
                    kind=old.kind,
                    scopes=old.scopes,
                    pathway=old.pathway,
                    annual_rate_pct=old.annual_rate_pct,
                    reduction_pct=old.reduction_pct,
                    base_value=old.base_value,
                    base_denominator=old.base_denominator,
                    denominator_unit=old.denominator_unit,
                )

        self.edit(tr("Set target"), lambda: self.svc.set_target(self.project, **fields), undo)

    def set_target_from_form(self) -> None:
        self.set_target(
            base_year=self.base_year.value(),
            target_year=self.target_year.value(),
            kind="absolute",
            scopes=self.scopes.text(),
            pathway=self.pathway.currentData(),
        )

    def save_section(self) -> None:
        section = self.section.currentData()
        new = {"en": self.text_en.toPlainText().strip(), "ko": self.text_ko.toPlainText().strip()}
        old = {lg: self.texts.get(section, {}).get(lg, "") for lg in ("en", "ko")}
        if new == old:
            return
        self.edit(
            tr("Edit management plan: {0}").format(section),
            lambda: self.svc.set_management_plan(self.project, {section: new}),
            lambda: self.svc.set_management_plan(self.project, {section: old}),
        )
