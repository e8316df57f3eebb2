"""Reduction projects (under step 4): the organisation's own projects certified under the KCCI
Carbon Standard or MyCarbon: the ex-ante estimate and the monitored reduction per period, the
eligibility findings, the certification tracker with its review clocks, and the credits issued."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
)

from workbench.project.errors import ProjectError
from workbench.services import documents as documents_service
from workbench.services import reduction as reduction_service

from ..dialogs import reduction_actions as actions
from ..i18n import current_language, fmt_number, tr
from ..widgets.findings import FindingsTable
from .base import Page

OVERDUE = "#c5221f"


def _table(headers: list[str]) -> QTableWidget:
    t = QTableWidget(0, len(headers))
    t.setHorizontalHeaderLabels(headers)
    t.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    t.horizontalHeader().setStretchLastSection(True)
    t.verticalHeader().setVisible(False)
    t.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
    return t


def _fill(
    table: QTableWidget, rows: list[list[str]], colours: list[str | None] | None = None, numeric: tuple = ()
) -> None:
    table.setRowCount(0)
    for r, cells in enumerate(rows):
        table.insertRow(r)
        for c, text in enumerate(cells):
            item = QTableWidgetItem(text)
            if c in numeric:
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if colours and colours[r]:
                item.setForeground(QColor(colours[r]))
            table.setItem(r, c, item)


def state_text(state: str) -> str:
    return {
        "pending": tr("not started yet"),
        "in_progress": tr("in progress"),
        "submitted": tr("submitted for review"),
        "done": tr("done"),
        "rejected": tr("rejected by the reviewer"),
    }.get(state, state)


def lot_status_text(status: str) -> str:
    return {
        "held": tr("held"),
        "planned": tr("planned"),
        "retired": tr("retired"),
        "cancelled": tr("cancelled or transferred"),
    }.get(status, status)


def step_text(standard: str, key: str) -> str:
    kcci = {
        "preparation": tr("Methodology and project prepared"),
        "validation": tr("Validation by a third party"),
        "suitability_review": tr("Suitability review (30-day clock)"),
        "registration_committee": tr("Committee: project registration"),
        "monitoring_report": tr("Preparing the monitoring report"),
        "verification": tr("Verification by a third party"),
        "conformity_review": tr("Conformity review (30-day clock)"),
        "issuance_committee": tr("Committee: certification of reductions"),
    }
    myc = {
        "application": tr("Application with the monitoring evidence"),
        "verification": tr("Verification by a designated body"),
        "validity_evaluation": tr("Validity evaluation by MyCarbon"),
        "committee": tr("Certification committee (100 t and more)"),
        "issuance": tr("Approval and issuance of CRA"),
        "objection": tr("Objection answered (30-day clock)"),
    }
    return (kcci if standard == "KCS" else myc).get(key, key)


class ReductionPage(Page):
    key = "reduction"
    svc = reduction_service

    def build(self) -> None:
        row = QHBoxLayout()
        row.addWidget(QLabel(tr("Reduction project:")))
        self.chooser = QComboBox()
        self.chooser.currentIndexChanged.connect(lambda _i: self._show_selected())
        row.addWidget(self.chooser, 1)
        self.layout_.addLayout(row)
        buttons = QHBoxLayout()
        self.buttons: dict[str, QPushButton] = {}
        for key, text, slot in (
            ("new", tr("New reduction project..."), lambda: actions.new_project(self)),
            ("add_parameter", tr("Add parameter..."), lambda: actions.parameter(self)),
            ("edit_parameter", tr("Edit parameter..."), self.edit_parameter),
            ("add_reading", tr("Add reading..."), lambda: actions.reading(self)),
            ("edit_reading", tr("Edit reading..."), self.edit_reading),
            ("import_readings", tr("Import readings..."), lambda: actions.import_readings(self)),
            ("step", tr("Update step..."), self.update_step),
            ("issue", tr("Issue credits..."), lambda: actions.issue(self)),
        ):
            b = QPushButton(text)
            b.setObjectName(f"reduction_{key}")
            b.clicked.connect(lambda _c=False, f=slot, t=text: self.call(t.rstrip("."), f))
            self.client_edit(b)
            buttons.addWidget(b)
            self.buttons[key] = b
        buttons.addStretch(1)
        self.layout_.addLayout(buttons)
        self.select_after: str | None = None
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.layout_.addWidget(self.summary)
        self.tabs = QTabWidget()
        self.figures = _table(
            [
                tr("Estimate or monitoring period"),
                tr("Baseline (t)"),
                tr("Project (t)"),
                tr("Leakage (t)"),
                tr("Reduction (t)"),
                tr("Ex-ante for the period (t)"),
            ]
        )
        self.findings = FindingsTable()
        self.steps = _table(
            [
                "#",
                tr("Certification step"),
                tr("Period monitored"),
                tr("State"),
                tr("Submitted on"),
                tr("Review due on"),
                tr("Documents submitted"),
            ]
        )
        self.parameters = _table(
            [
                tr("Code"),
                tr("Name"),
                tr("Kind"),
                tr("Value or yearly estimate"),
                tr("Unit"),
                tr("Meter or measuring method"),
                tr("Reading frequency"),
                tr("Readings"),
            ]
        )
        self.parameters.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.parameters.doubleClicked.connect(lambda _i: self.edit_parameter())
        self.readings = _table(
            [
                tr("Monitored parameter"),
                tr("From"),
                tr("To"),
                tr("Measured value"),
                tr("Unit"),
                tr("Evidence"),
            ]
        )
        self.readings.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.readings.doubleClicked.connect(lambda _i: self.edit_reading())
        self._reading_keys: list[tuple[str, int]] = []
        self.steps.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.steps.doubleClicked.connect(lambda _i: self.update_step())
        self.credits = _table(
            [tr("Period monitored"), tr("Serial range"), tr("Credits"), tr("Issued on"), tr("Status")]
        )
        self.tabs.addTab(self.figures, tr("Reductions"))
        self.tabs.addTab(self.parameters, tr("Parameters"))
        self.tabs.addTab(self.readings, tr("Monitored readings"))
        self.tabs.addTab(self.findings, tr("Eligibility"))
        self.tabs.addTab(self.steps, tr("Certification process"))
        self.tabs.addTab(self.credits, tr("Issued credits"))
        self.layout_.addWidget(self.tabs, 1)
        self._data: dict = {}

    def refresh(self) -> None:
        self.load(self._fetch, self._fill)

    def _fetch(self, p) -> dict:
        out = {}
        for r in reduction_service.list_projects(p):
            code = r["code"]
            rp = reduction_service.get(p, code)
            try:
                ex = reduction_service.ex_ante(p, rp)
            except ProjectError as exc:
                ex = exc
            out[code] = {
                "rp": rp,
                "readings": [
                    (x.code, r)
                    for x in rp.parameters.values()
                    if x.kind == "monitored"
                    for r in reduction_service.readings_of(p, code, x.code)
                ],
                "ex": ex,
                "periods": reduction_service.monitored_all(p, rp),
                "findings": documents_service.reduction_findings(p, code),
                "steps": reduction_service.tracker(p, rp),
                "issued": reduction_service.issuances(p, rp),
            }
        return out

    def _fill(self, data: dict) -> None:
        self._data = data
        current = self.select_after or self.chooser.currentData()
        self.select_after = None
        self.chooser.blockSignals(True)
        self.chooser.clear()
        for code, d in data.items():
            rp = d["rp"]
            name = rp.name_local if current_language() == "ko" and rp.name_local else rp.name
            self.chooser.addItem(f"{code}  {name}", code)
        if current in data:
            self.chooser.setCurrentIndex(list(data).index(current))
        self.chooser.blockSignals(False)
        self._show_selected()

    def _show_selected(self) -> None:
        self._enable_for_project()
        code = self.chooser.currentData()
        d = self._data.get(code)
        if d is None:
            self.summary.setText("")  # the page's next-step hint says what to do (widgets/next_step.py)
            for t in (self.figures, self.parameters, self.readings, self.steps, self.credits):
                t.setRowCount(0)
            self.findings.set_findings([])
            return
        rp = d["rp"]
        std = tr("KCCI Carbon Standard (KCR)") if rp.standard == "KCS" else tr("MyCarbon standard (CRA)")
        where = {
            "outside": tr("outside the value chain"),
            "scope1": tr("inside: own scope 1"),
            "scope2": tr("inside: own scope 2"),
            "scope3": tr("inside: own scope 3 (value chain)"),
        }[rp.value_chain]
        self.summary.setText(
            tr("{0} | methodology {1} {2} | start date {3} | crediting period {4} to {5} | {6}").format(
                std,
                rp.methodology_id,
                rp.methodology_version,
                rp.effective_start or "-",
                rp.crediting_start,
                rp.crediting_end,
                where,
            )
        )
        rows = []
        ex = d["ex"]
        if isinstance(ex, ProjectError):
            rows.append([tr("Ex ante, per year"), str(ex), "", "", "", ""])
        else:
            rows.append(
                [tr("Ex ante, per year")]
                + [self.tonnes(v) for v in (ex.baseline_t, ex.project_t, ex.leakage_t, ex.reduction_t)]
                + [""]
            )
        for m in d["periods"]:
            r = m.result
            rows.append(
                [m.label]
                + [
                    self.tonnes(v)
                    for v in (r.baseline_t, r.project_t, r.leakage_t, m.reduction_t, m.ex_ante_t)
                ]
            )
        _fill(self.figures, rows, numeric=(1, 2, 3, 4, 5))
        self.findings.set_findings(d["findings"])
        self._reading_keys = [(code, r["id"]) for code, r in d["readings"]]
        _fill(
            self.readings,
            [
                [code, r["start"], r["end"], self.number_text(r["value"]), r["unit"], r["evidence"] or ""]
                for code, r in d["readings"]
            ],
            numeric=(3,),
        )
        counts: dict[str, int] = {}
        for reading in rp.readings:
            counts[reading.code] = counts.get(reading.code, 0) + 1
        kinds = {"ex_ante": tr("fixed ex ante"), "monitored": tr("monitored")}
        _fill(
            self.parameters,
            [
                [
                    x.code,
                    x.name,
                    kinds.get(x.kind, x.kind),
                    self.number_text(x.value),
                    x.unit,
                    x.meter or "",
                    x.frequency or "",
                    fmt_number(counts.get(x.code, 0), 0) if x.kind == "monitored" else "",
                ]
                for x in rp.parameters.values()
            ],
            numeric=(3, 7),
        )
        steps, colours = [], []
        for s in d["steps"]:
            due = "" if s.due is None else s.due.isoformat()
            if s.extended:
                due += " " + tr("(extended once)")
            if s.overdue:
                due += " " + tr("past due")
            steps.append(
                [
                    str(s.step.no),
                    step_text(rp.standard, s.step.key),
                    s.period or "",
                    state_text(s.state),
                    s.submitted.isoformat() if s.submitted else "",
                    due.strip(),
                    s.documents,
                ]
            )
            colours.append(OVERDUE if s.overdue else None)
        _fill(self.steps, steps, colours)
        _fill(
            self.credits,
            [
                [
                    i.period,
                    i.serial,
                    reduction_service.fmt_credits(i.quantity, self.lang()),
                    i.issued_on.isoformat(),
                    lot_status_text(i.status),
                ]
                for i in d["issued"]
            ],
            numeric=(2,),
        )

    # -- figures and edits -------------------------------------------------------------------------
    @staticmethod
    def lang() -> str:
        return "ko" if current_language() == "ko" else "en"

    def tonnes(self, value) -> str:
        """A tonne figure exactly as the PDD, the monitoring report and the CLI print it."""
        return reduction_service.fmt_tonnes(value, self.lang())

    @staticmethod
    def number_text(value) -> str:
        """A parameter value as entered (shortest exact form)."""
        return fmt_number(value, None)

    def _selected(self, table: QTableWidget) -> int | None:
        rows = table.selectionModel().selectedRows() if table.selectionModel() else []
        return rows[0].row() if rows else None

    def edit_parameter(self):
        row = self._selected(self.parameters)
        if row is None and self.parameters.rowCount():
            row = 0
        if row is None:
            return None
        return actions.parameter(self, self.parameters.item(row, 0).text())

    def edit_reading(self):
        row = self._selected(self.readings)
        if row is None and self._reading_keys:
            row = 0
        if row is None or row >= len(self._reading_keys):
            return None
        return actions.edit_reading(self, *self._reading_keys[row])

    def update_step(self):
        return actions.step(self, state_text, step_text, self._selected(self.steps) or 0)

    def _enable_for_project(self) -> None:
        has = self.chooser.currentData() is not None
        for key in self.buttons:
            if key == "new":
                continue
            self.buttons[key].setVisible(has)

    def step_status(self, p=None) -> tuple[str, str]:
        p = p if p is not None else self.project
        projects = reduction_service.list_projects(p)
        if not projects:
            return "not_started", tr("no reduction project")
        errors = [
            f
            for r in projects
            for f in documents_service.reduction_findings(p, r["code"])
            if f.severity == "error"
        ]
        if errors:
            return "issues", errors[0].message
        overdue = [s for r in projects for s in reduction_service.tracker(p, r["code"]) if s.overdue]
        if overdue:
            return "issues", tr("{0} review step(s) overdue").format(len(overdue))
        return "in_progress", tr("{0} reduction project(s)").format(len(projects))
