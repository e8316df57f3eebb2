"""Step 5, offsets: claim and coverage, credit lots, import, rule findings with clauses, overlaps,
the portfolio chart (credits by vintage, programme and kind against the residual emissions),
portfolio selection and retirement."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from workbench.services import boundary as boundary_service
from workbench.services import offsets as offsets_service

from .. import charts
from ..i18n import fmt_date, fmt_int, fmt_number, tr
from ..models.cells import NumberItem
from ..widgets.chart import ChartView
from ..widgets.findings import FindingsTable
from .base import Page

YES = ("yes", "y", "1", "true", "예")
NO = ("no", "n", "0", "false", "아니오", "아니요")

LOT_COLUMNS = (
    "id",
    "registry",
    "programme",
    "unit_type",
    "serial",
    "quantity",
    "vintage",
    "kind",
    "labels",
    "status",
    "beneficiary",
)


def lot_header(key: str) -> str:
    return {
        "id": tr("#"),
        "registry": tr("Registry"),
        "programme": tr("Programme"),
        "unit_type": tr("Unit"),
        "serial": tr("Serial range"),
        "quantity": tr("Credits"),
        "vintage": tr("Vintage"),
        "kind": tr("Kind"),
        "labels": tr("Labels"),
        "status": tr("Status"),
        "beneficiary": tr("Beneficiary"),
    }[key]


class OffsetsPage(Page):
    key = "offsets"
    svc = offsets_service

    def build(self) -> None:
        head = QHBoxLayout()
        self.claim_label = QLabel()
        self.claim_label.setWordWrap(True)
        self.standard = QComboBox()
        self.standard.addItem("ISO 14068-1", "ISO14068-1")
        self.standard.addItem("PAS 2060", "PAS2060")
        self.client_edit(self.standard)
        self.standard.activated.connect(lambda _i: self.set_claim(standard=self.standard.currentData()))
        self.residual_button = self.client_edit(QPushButton(tr("Set residual...")))
        self.residual_button.clicked.connect(self.residual_dialog)
        self.claim_button = self.client_edit(QPushButton(tr("Claim details...")))
        self.claim_button.clicked.connect(self.claim_dialog)
        head.addWidget(QLabel(tr("Standard")))
        head.addWidget(self.standard)
        head.addWidget(self.residual_button)
        head.addWidget(self.claim_button)
        head.addWidget(self.claim_label, 1)
        self.layout_.addLayout(head)

        split = QSplitter(Qt.Orientation.Vertical)
        top = QWidget()
        tv = QVBoxLayout(top)
        tv.setContentsMargins(0, 0, 0, 0)
        self.lots = QTableWidget(0, len(LOT_COLUMNS))
        self.lots.setHorizontalHeaderLabels([lot_header(k) for k in LOT_COLUMNS])
        self.lots.verticalHeader().setVisible(False)
        self.lots.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.lots.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.lots.setSortingEnabled(True)
        tv.addWidget(self.lots, 1)
        row = QHBoxLayout()
        self.import_button = self.client_edit(QPushButton(tr("Import registry file...")))
        self.external_button = self.client_edit(QPushButton(tr("Import retirements of another project...")))
        self.portfolio_button = self.client_edit(QPushButton(tr("Select portfolio...")))
        self.retire_button = self.client_edit(QPushButton(tr("Retire...")))
        self.delete_button = self.client_edit(QPushButton(tr("Delete lot")))
        self.kets_button = QPushButton(tr("K-ETS calculators..."))
        self.kets_button.clicked.connect(self.kets_dialog)
        self.import_button.clicked.connect(self.import_dialog)
        self.external_button.clicked.connect(self.external_dialog)
        self.portfolio_button.clicked.connect(self.portfolio_dialog)
        self.retire_button.clicked.connect(self.retire_dialog)
        self.delete_button.clicked.connect(self.delete_selected)
        for b in (
            self.import_button,
            self.external_button,
            self.portfolio_button,
            self.retire_button,
            self.delete_button,
        ):
            row.addWidget(b)
        row.addStretch(1)
        row.addWidget(self.kets_button)
        tv.addLayout(row)
        split.addWidget(top)
        self.tabs = QTabWidget()
        self.findings = FindingsTable()
        self.overlaps = FindingsTable()
        self.tabs.addTab(self.findings.with_details(self.window_), tr("Rule findings"))
        self.tabs.addTab(self.overlaps.with_details(self.window_), tr("Overlaps and double counting"))
        self.portfolio_chart = ChartView()
        self.portfolio_chart.setObjectName("portfolioChart")
        self.portfolio_chart.setAccessibleName(tr("Credit portfolio"))
        self.tabs.addTab(self.portfolio_chart, tr("Portfolio chart"))
        split.addWidget(self.tabs)
        split.setSizes([420, 260])
        self.layout_.addWidget(split, 1)
        self.lot_list = []

    # -- data ------------------------------------------------------------------------------------
    def refresh(self) -> None:
        p, svc = self.project, self.svc
        claim = svc.get_claim(p)
        self.standard.setCurrentIndex(max(0, self.standard.findData(claim["standard"])))
        self.lot_list = svc.list_lots(p)
        self.lots.setSortingEnabled(False)
        self.lots.setRowCount(0)
        for lot in self.lot_list:
            r = self.lots.rowCount()
            self.lots.insertRow(r)
            labels = [
                name
                for flag, name in (
                    (lot.ccp_label, "CCP"),
                    (lot.corsia_eligible, "CORSIA"),
                    (lot.corresponding_adjustment, "CA"),
                )
                if flag
            ]
            if lot.sdg_goals:
                labels.append("SDG " + ", ".join(str(g) for g in lot.sdg_goals))
            vintage = (
                f"{fmt_date(lot.vintage_start)} - {fmt_date(lot.vintage_end)}" if lot.vintage_start else ""
            )
            values = {
                "id": lot.id,
                "registry": lot.registry,
                "programme": lot.programme,
                "unit_type": lot.unit_type,
                "serial": lot.serial,
                "quantity": lot.quantity,
                "vintage": vintage,
                "kind": tr(lot.kind),
                "labels": ", ".join(labels),
                "status": tr(lot.status),
                "beneficiary": lot.beneficiary or "",
            }
            for c, key in enumerate(LOT_COLUMNS):
                if key == "quantity":  # credits with the locale's thousands separators, sorted by value
                    item = NumberItem(values[key])
                else:
                    item = QTableWidgetItem()
                if key == "id":
                    item.setData(Qt.ItemDataRole.DisplayRole, int(values[key]))
                elif key != "quantity":
                    item.setText(str(values[key]))
                if key == "labels" and lot.labels:  # the registry's own texts
                    item.setToolTip("\n".join(lot.labels))
                item.setData(Qt.ItemDataRole.UserRole, lot.id)
                self.lots.setItem(r, c, item)
        self.lots.setSortingEnabled(True)
        self.lots.resizeColumnsToContents()
        self.lots.horizontalHeader().setSectionResizeMode(
            LOT_COLUMNS.index("serial"), QHeaderView.ResizeMode.Interactive
        )
        self.lots.setColumnWidth(LOT_COLUMNS.index("serial"), min(self.lots.columnWidth(4), 340))
        self.load(self._fetch, self._fill)

    def _fetch(self, p) -> dict:
        """Coverage (residual emissions from the footprint) and the credit rules: in a worker."""
        cov = self.svc.coverage(p)
        lots = self.svc.list_lots(p)  # every lot: retired ones solid, the others lighter
        return {
            "coverage": cov,
            "findings": self.svc.check(p),
            "portfolio": charts.portfolio_png(lots, cov.residual_t) if lots else None,
        }

    def _fill(self, data: dict) -> None:
        cov, findings = data["coverage"], data["findings"]
        if data.get("portfolio"):
            self.portfolio_chart.set_png(data["portfolio"])
        else:
            self.portfolio_chart.set_message(
                tr("No credit lots yet: import a registry file to see the portfolio.")
            )
        residual = (
            tr("not known (calculate the footprint or set it)")
            if cov.residual_t is None
            else (fmt_number(cov.residual_t, 1) + " tCO2e")
        )
        self.claim_label.setText(
            tr("Residual emissions: {0} ({1}). Retired: {2} t, planned: {3} t. {4}").format(
                residual,
                tr(cov.residual_source),
                fmt_int(cov.retired_t),
                fmt_int(cov.planned_t),
                tr("Covered.") if cov.covered else tr("Not yet covered."),
            )
        )
        overlap = [f for f in findings if str(f.rule_id).startswith("DC.")]
        self.findings.set_findings([f for f in findings if f not in overlap])
        self.overlaps.set_findings(overlap)
        self.tabs.setTabText(1, tr("Overlaps and double counting ({0})").format(len(overlap)))

    def step_status(self, p=None) -> tuple[str, str]:
        p = p if p is not None else self.project
        lots = self.svc.list_lots(p)
        if not lots:
            return "not_started", tr("no credit lots")
        errors = [f for f in self.svc.check(p) if f.severity == "error"]
        if errors:
            return "issues", errors[0].message
        cov = self.svc.coverage(p)
        if cov.covered:
            return "done", tr("residual emissions covered by retired credits")
        return "in_progress", tr("{0} t retired of {1} t").format(
            fmt_int(cov.retired_t), "?" if cov.residual_t is None else fmt_number(cov.residual_t, 1)
        )

    def selected_lot(self):
        item = self.lots.currentItem()
        if item is None:
            return None
        lot_id = item.data(Qt.ItemDataRole.UserRole)
        return next((lot for lot in self.lot_list if lot.id == lot_id), None)

    # -- edits -----------------------------------------------------------------------------------
    def set_claim(self, **fields) -> None:
        old_claim = self.svc.get_claim(self.project)
        old = {k: old_claim.get(k) for k in fields}
        if old == fields:
            return
        self.edit(
            tr("Set claim"),
            lambda: self.svc.set_claim(self.project, **fields),
            lambda: self.svc.set_claim(self.project, **old),
        )

    def claim_dialog(self) -> dict | None:
        """Claim details: the date and the reductions checked as typed ('abc' is not a number)."""
        from ..dialogs import checks
        from ..dialogs.simple_form import ask_and_submit
        from ..i18n import parse_number

        claim = self.svc.get_claim(self.project)

        def submit(v: dict) -> str | None:
            fields = {"first_period": v["first_period"].strip().lower() in YES}
            if v["declaration_date"]:
                fields["declaration_date"] = v["declaration_date"]
            if v["reductions_t"]:
                fields["reductions_t"] = parse_number(v["reductions_t"])
            old_claim = self.svc.get_claim(self.project)
            old = {k: old_claim.get(k) for k in fields}
            if old == fields:
                return None
            return self.try_edit(
                tr("Set claim"),
                lambda: self.svc.set_claim(self.project, **fields),
                lambda: self.svc.set_claim(self.project, **old),
            )

        def yes_no(text: str) -> str | None:
            if text.strip().lower() in YES + NO:
                return None
            return tr("{0}: answer yes or no.").format(tr("First claim period (yes/no)"))

        return ask_and_submit(
            self,
            tr("Claim details"),
            [
                ("declaration_date", tr("Declaration date (YYYY-MM-DD)")),
                ("reductions_t", tr("Reductions achieved (tCO2e)")),
                ("first_period", tr("First claim period (yes/no)")),
            ],
            submit,
            {
                "declaration_date": claim.get("declaration_date") or "",
                "reductions_t": "" if claim.get("reductions_t") is None else claim["reductions_t"],
                "first_period": "yes" if claim.get("first_period") else "no",
            },
            checks={
                "declaration_date": checks.date(tr("Declaration date (YYYY-MM-DD)")),
                "reductions_t": checks.number(tr("Reductions achieved (tCO2e)"), minimum=0),
                "first_period": yes_no,
            },
        )

    def residual_dialog(self) -> None:
        value, ok = QInputDialog.getDouble(
            self, tr("Residual emissions"), tr("Residual emissions to offset (tCO2e)"), 0, 0, 1e12, 1
        )
        if ok:
            self.set_claim(residual_t=value)

    def import_file(self, path: str, kind: str = "auto", on_done=None):
        project = self.project

        def done(result):
            state = {"batch": result.batch_id}

            def redo():
                state["batch"] = self.svc.import_registry_file(project, path, kind=kind).batch_id

            self.record(
                tr("Import {0}").format(result.filename),
                redo,
                lambda: offsets_service.remove_offsets_import(project, state["batch"]),
                result=result,
            )
            if on_done:
                on_done(result)

        return self.long(
            tr("Importing credit lots"), self.svc.import_registry_file, project, path, kind=kind, on_done=done
        )

    def import_dialog(self) -> None:
        path, chosen = QFileDialog.getOpenFileName(
            self, tr("Import registry file"), "", "Verra CSV (*.csv);;Generic template (*.csv *.xlsx)"
        )
        if path:
            self.import_file(
                path, "generic" if chosen.startswith("Generic") else "auto"
            )  # the registry is told by the columns

    def external_dialog(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, tr("Another project file"), "", "*.cnw")
        if path:
            self.call(tr("Import retirements"), self.svc.import_retirements_from, self.project, path)
            self.refresh()
            self.window_.update_status()

    def delete_selected(self) -> None:
        lot = self.selected_lot()
        if lot is None:
            return
        state = {"id": lot.id}

        def undo():
            import dataclasses

            state["id"] = self.svc.add_lot(self.project, dataclasses.replace(lot, id=None))

        self.edit(
            tr("Delete lot {0}").format(lot.id), lambda: self.svc.delete_lot(self.project, state["id"]), undo
        )

    def portfolio_dialog(self) -> None:
        from ..dialogs.portfolio import PortfolioDialog

        PortfolioDialog(self).exec()

    def kets_dialog(self):
        """The K-ETS calculators (surcharge, borrowing, arrears); they change nothing in the project."""
        from ..dialogs.kets_calculator import KetsCalculatorDialog

        dialog = KetsCalculatorDialog(self)
        dialog.open()
        return dialog

    def plan_selection(self, selection) -> None:
        state = {}

        def redo():
            state["ids"] = self.svc.plan_selection(self.project, selection)

        def undo():
            for lot_id in state["ids"]:
                self.svc.update_lot(self.project, lot_id, status="held", claim_period_id=None)

        self.edit(tr("Plan {0} credits for the claim").format(fmt_int(selection.total_t)), redo, undo)

    def _retire_edit(self, lot_id: int, date: str, beneficiary: str, reference: str, receipt: str):
        before = next(lot for lot in self.lot_list if lot.id == lot_id)

        def undo():
            self.svc.update_lot(
                self.project,
                lot_id,
                status=before.status,
                retirement_date=None,
                beneficiary=None,
                retirement_reference=None,
                evidence_attachment_id=None,
            )

        return (
            tr("Retire lot {0}").format(lot_id),
            lambda: self.svc.retire(self.project, lot_id, date, beneficiary, reference, receipt),
            undo,
        )

    def retire(self, lot_id: int, date: str, beneficiary: str, reference: str, receipt: str) -> None:
        self.edit(*self._retire_edit(lot_id, date, beneficiary, reference, receipt))

    def retire_dialog(self) -> dict | None:
        """Retire the selected lot: the date is checked as typed (not in the future, not before the
        vintage or the issuance), the receipt picked beside its field; Cancel changes nothing."""
        import datetime as dt

        from ..dialogs import checks
        from ..dialogs.simple_form import ask_and_submit

        lot = self.selected_lot()
        if lot is None:
            return None
        org = boundary_service.organisation(self.project).get("name", "")
        label = tr("Retirement date (YYYY-MM-DD)")
        date_check = checks.all_of(
            checks.date(label, optional=False, not_after=dt.date.today()),
            checks.date(label, not_before=(lot.vintage_start, tr("the start of the credits' vintage"))),
            checks.date(label, not_before=(lot.issuance_date, tr("the credits' issuance"))),
        )
        return ask_and_submit(
            self,
            tr("Retire lot {0}").format(lot.id),
            [
                ("date", label),
                ("beneficiary", tr("Beneficiary")),
                ("reference", tr("Registry reference")),
                ("receipt", tr("Receipt file")),
            ],
            lambda v: self.try_edit(
                *self._retire_edit(lot.id, v["date"], v["beneficiary"], v["reference"], v["receipt"])
            ),
            {"beneficiary": org},
            checks={
                "date": date_check,
                "beneficiary": checks.required(tr("Beneficiary")),
                "reference": checks.required(tr("Registry reference")),
                "receipt": checks.existing_file(tr("Receipt file")),
            },
            browse={
                "receipt": (tr("Browse..."), checks.pick_file(tr("Retirement receipt from the registry")))
            },
        )
