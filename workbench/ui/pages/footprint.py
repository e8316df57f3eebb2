"""Step 3, footprint: totals, breakdown charts, scope 2 both ways, uncertainty (the stored Monte Carlo:
range, model, seed, iterations, histogram, main contributors, factor uncertainty and its sources),
stale marker, recalculate (in a worker), GWP set.

The uncertainty tab is in :mod:`.footprint_uncertainty`; the emission factors and scope 2
instruments tabs in :mod:`.footprint_tabs` (mixins of :class:`FootprintPage`)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from workbench.services import footprint as footprint_service
from workbench.services.common import edits as inverse_edits

from .. import brightway, charts
from ..i18n import fmt_datetime, fmt_int, fmt_number, tr
from ..i18n_service import boundary_findings
from ..widgets.chart import ChartView
from ..widgets.findings import FindingsTable
from .base import Page
from .footprint_tabs import FactorInstrumentTabs
from .footprint_uncertainty import UncertaintyTab, _belongs

BREAKDOWNS = ("by_scope", "by_s3_category", "by_iso_category", "by_site", "by_gas", "by_source")


def breakdown_label(key: str) -> str:
    return {
        "by_scope": tr("by scope"),
        "by_s3_category": tr("by scope 3 category"),
        "by_iso_category": tr("by ISO 14064-1 category"),
        "by_site": tr("by site"),
        "by_gas": tr("by gas"),
        "by_source": tr("by source"),
    }[key]


class FootprintPage(UncertaintyTab, FactorInstrumentTabs, Page):
    key = "footprint"
    svc = footprint_service

    def build(self) -> None:
        self.result = None
        self.mc = None  # the last Monte Carlo run in this session (the service stores it too)
        bar = QHBoxLayout()
        self.gwp = QComboBox()
        from workbench.services.footprint.core import GWP_SETS

        self.gwp.addItems(list(GWP_SETS))
        self.gwp.activated.connect(lambda _i: self.set_setting("gwp_set", self.gwp.currentText()))
        self.basis = QComboBox()
        self.basis.addItem(tr("market-based"), "market")
        self.basis.addItem(tr("location-based"), "location")
        self.basis.activated.connect(lambda _i: self.set_setting("scope2_basis", self.basis.currentData()))
        self.client_edit(self.gwp, self.basis)
        self.recalc_button = self.client_edit(QPushButton(tr("Recalculate")))
        self.recalc_button.setShortcut("Ctrl+R")
        self.recalc_button.clicked.connect(lambda: self.recalculate())
        self.mc_iterations = QSpinBox()
        self.mc_iterations.setRange(100, 100000)
        self.mc_iterations.setSingleStep(500)
        self.mc_iterations.setValue(1000)
        self.mc_grouping = QComboBox()
        self.mc_grouping.addItem(tr("activity per source"), "source")
        self.mc_grouping.addItem(tr("activity per row"), "row")
        self.mc_grouping.setToolTip(
            tr(
                "Per source (default): one draw per source shared by all its rows (a systematic error such "
                "as a wrong meter). Per row: independent readings."
            )
        )
        self.mc_button = self.client_edit(QPushButton(tr("Uncertainty (Monte Carlo)")))
        self.mc_button.clicked.connect(
            lambda: self.monte_carlo(self.mc_iterations.value(), activity=self.mc_grouping.currentData())
        )
        for w in (
            QLabel(tr("GWP set")),
            self.gwp,
            QLabel(tr("Scope 2 in the total")),
            self.basis,
            self.recalc_button,
            QLabel(tr("Iterations")),
            self.mc_iterations,
            self.mc_grouping,
            self.mc_button,
        ):
            bar.addWidget(w)
        bar.addStretch(1)
        self.layout_.addLayout(bar)
        self.stale = QLabel()
        self.stale.setWordWrap(True)
        self.stale.setStyleSheet("color: #c5221f; font-weight: bold;")
        self.layout_.addWidget(self.stale)

        split = QSplitter(Qt.Orientation.Horizontal)
        left = QWidget()
        lv = QVBoxLayout(left)
        lv.setContentsMargins(0, 0, 0, 0)
        totals = QGroupBox(tr("Totals (tCO2e)"))
        self.grid = QGridLayout(totals)
        self.values: dict[str, QLabel] = {}
        rows = [
            ("total", tr("Total")),
            ("scope1", tr("Scope 1")),
            ("scope2_location", tr("Scope 2, location-based")),
            ("scope2_market", tr("Scope 2, market-based")),
            ("scope3", tr("Scope 3")),
            ("biogenic", tr("Biogenic CO2 (reported separately)")),
            ("uncertainty", tr("95 % range")),
            ("mc_model", tr("Uncertainty model")),
            ("rows", tr("Activity rows")),
            ("computed", tr("Calculated")),
        ]
        for r, (key, label) in enumerate(rows):
            self.grid.addWidget(QLabel(label), r, 0)
            value = QLabel("-")
            value.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.values[key] = value
            self.grid.addWidget(value, r, 1)
        self.values["total"].setStyleSheet("font-weight: bold; font-size: 13pt;")
        lv.addWidget(totals)
        self.left_tabs = QTabWidget()
        self.checks = FindingsTable()
        self.left_tabs.addTab(self.checks.with_details(self.window_), tr("Boundary and materiality checks"))
        self.left_tabs.addTab(self._build_factors(), tr("Emission factors"))
        self.left_tabs.addTab(self._build_instruments(), tr("Scope 2 instruments"))
        lv.addWidget(self.left_tabs, 1)
        split.addWidget(left)
        self.right_tabs = QTabWidget()
        right = QWidget()
        rv = QVBoxLayout(right)
        rv.setContentsMargins(0, 0, 0, 0)
        self.breakdown = QComboBox()
        for key in BREAKDOWNS:
            self.breakdown.addItem(breakdown_label(key), key)
        self.breakdown.currentIndexChanged.connect(lambda _i: self.show_breakdown())
        rv.addWidget(self.breakdown)
        self.chart = ChartView()
        rv.addWidget(self.chart, 2)
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels([tr("Item"), tr("tCO2e"), tr("Share")])
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setVisible(False)
        rv.addWidget(self.table, 1)
        self.right_tabs.addTab(right, tr("Breakdown"))
        self.right_tabs.addTab(self._build_uncertainty(), tr("Uncertainty"))
        split.addWidget(self.right_tabs)
        split.setSizes([560, 560])
        self.layout_.addWidget(split, 1)

    # -- data ------------------------------------------------------------------------------------
    def refresh(self) -> None:
        p = self.project
        self._fill_factors()
        self._fill_instruments()
        self.gwp.setCurrentText(p.setting("gwp_set", "AR6"))
        self.basis.setCurrentIndex(max(0, self.basis.findData(p.setting("scope2_basis", "market"))))
        # the histogram's labels in the UI's language, read by the worker (plain strings)
        labels = {
            "x": tr("Total (tCO2e)"),
            "y": tr("Iterations"),
            "deterministic": tr("calculated total"),
            "interval": tr("95 % interval"),
        }
        session_mc = self.mc
        self.load(lambda p: self._fetch(p, labels, session_mc), self._fill)

    def _fetch(self, p, labels: dict | None = None, session_mc: dict | None = None) -> dict:
        """The stored result, its staleness, the boundary checks (which read the ledger), the stored
        Monte Carlo and its histogram (drawn here, off the GUI thread): worker."""
        r = self.svc.latest(p)
        checks = []
        if r is not None and not r.stale:
            try:
                checks = boundary_findings(self.svc.check_boundary(p, result=r))
            except Exception as exc:  # noqa: BLE001 - advisory
                checks = [str(exc)]
        mc = self.svc.latest_monte_carlo(p) if r is not None else None
        if (mc is None or mc.get("stale")) and session_mc is not None and _belongs(session_mc, r):
            mc = {**session_mc, "stale": False}  # a run not stored (read-only file) in this session
        png = None
        if mc is not None and r is not None and not mc.get("stale") and mc.get("histogram"):
            png = charts.histogram_png(mc, labels or {})
        return {"result": r, "checks": checks, "mc": mc, "mc_png": png}

    def _fill(self, data: dict) -> None:
        self.result = data["result"]
        r = self.result
        if r is None:
            self.stale.setText(tr("Not calculated yet: press Recalculate."))
            for v in self.values.values():
                v.setText("-")
            self.chart.set_message(tr("No footprint yet."))
            self.table.setRowCount(0)
            self.checks.set_findings([])
            self._fill_uncertainty(None, None, None)
            return
        self.stale.setText(
            tr("Out of date: the data changed since this result was calculated. Recalculate before using it.")
            if r.stale
            else ""
        )
        self.stale.setVisible(r.stale)
        grey = "color: #9aa0a6;" if r.stale else ""
        vals = {
            "total": fmt_number(r.total, 1),
            "scope1": fmt_number(r.by_scope.get("1", 0.0), 1),
            "scope2_location": fmt_number(r.scope2_location, 1),
            "scope2_market": fmt_number(r.scope2_market, 1),
            "scope3": fmt_number(r.by_scope.get("3", 0.0), 1),
            "biogenic": fmt_number(r.biogenic_co2, 1),
            "rows": fmt_int(r.rows),
            "computed": fmt_datetime(r.computed_at),
        }
        mc = data.get("mc")
        current = mc is not None and not mc.get("stale") and not r.stale and _belongs(mc, r)
        tot = mc.get("total") if current else None
        if tot:
            vals["uncertainty"] = tr("{0} to {1} ({2} runs)").format(
                fmt_number(tot["p2_5"], 1), fmt_number(tot["p97_5"], 1), fmt_int(mc.get("iterations", 0))
            )
            vals["mc_model"] = self._model_text(mc)
        else:
            vals["uncertainty"] = tr("out of date: run it again") if mc is not None else tr("not run")
            vals["mc_model"] = "-"
        self._fill_uncertainty(mc if current else None, data.get("mc_png") if current else None, mc)
        for key, text in vals.items():
            self.values[key].setText(text)
            self.values[key].setStyleSheet(
                ("font-weight: bold; font-size: 13pt;" if key == "total" else "") + grey
            )
        self.show_breakdown()
        self.checks.set_findings(data["checks"])

    def show_breakdown(self) -> None:
        r = self.result
        if r is None:
            return
        key = self.breakdown.currentData()
        data = getattr(r, key) or {}
        if key == "by_scope":
            data = {tr("Scope {0}").format(k): v for k, v in data.items()}
        elif key == "by_s3_category":
            data = {tr("Category {0}").format(k): v for k, v in data.items()}
        items = sorted(((str(k), float(v)) for k, v in data.items()), key=lambda kv: -kv[1])
        total = sum(v for _k, v in items) or 1.0
        self.table.setRowCount(0)
        for name, value in items:
            row = self.table.rowCount()
            self.table.insertRow(row)
            for c, text in enumerate((name, fmt_number(value, 2), fmt_number(100 * value / total, 1) + " %")):
                item = QTableWidgetItem(text)
                if c:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(row, c, item)
        self.table.resizeColumnToContents(1)
        self.table.resizeColumnToContents(2)
        if items:
            self.chart.set_png(charts.breakdown_png(items[:12], breakdown_label(key)))
        else:
            self.chart.set_message(tr("Nothing to show."))

    def step_status(self, p=None) -> tuple[str, str]:
        p = p if p is not None else self.project
        r = self.svc.latest(p)
        if r is None:
            return "not_started", tr("not calculated")
        if r.stale:
            return "issues", tr("results out of date")
        if not r.complete:
            return "issues", tr("sources without factors")
        return "done", tr("{0} tCO2e").format(fmt_number(r.total, 1))

    # -- actions ---------------------------------------------------------------------------------
    def set_setting(self, key: str, value) -> None:
        old = self.project.setting(key)
        if value == old:
            return
        self.edit(
            tr("Change {0}").format(key),
            lambda: inverse_edits.set_project_setting(self.project, key, value),
            lambda: inverse_edits.set_project_setting(self.project, key, old),
        )

    def report_base_year(self, on_done=None):
        """Calculate and freeze the base year's footprint (the reference for targets and reductions)."""
        base = next((per for per in self.project.periods() if per["is_base_year"]), None)
        if base is None:
            from workbench.project.errors import ProjectError

            from ..errors import show_error

            show_error(
                self, ProjectError(tr("No base year: mark a period as the base year first.")), tr("Base year")
            )
            return None
        return self.long(
            tr("Reporting the base year"),
            brightway.run,
            footprint_service.report_period,
            self.project,
            base["id"],
            allow_missing=True,
            on_done=self._done(on_done),
        )

    def _done(self, on_done):
        def done(result):
            self.refresh()
            self.window_.update_status()
            if on_done:
                self.when_loaded(lambda: on_done(result))

        return done

    def recalculate(self, on_done=None):
        """Calculate through Brightway in a worker (progress, Cancel); the window stays live."""
        return self.long(
            tr("Calculating the footprint"),
            brightway.run,
            self.svc.calculate,
            self.project,
            on_done=self._done(on_done),
        )
