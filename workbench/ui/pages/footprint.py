"""Step 3, footprint: totals, breakdown charts, scope 2 both ways, uncertainty (the stored Monte Carlo:
range, model, seed, iterations, histogram, main contributors, factor uncertainty and its sources),
stale marker, recalculate (in a worker), GWP set."""

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

from workbench.services import boundary as boundary_service
from workbench.services import footprint as footprint_service
from workbench.services.common import edits as inverse_edits

from .. import brightway, charts
from ..i18n import fmt_datetime, fmt_int, fmt_number, tr
from ..widgets.chart import ChartView
from ..widgets.findings import FindingsTable
from .base import Page

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


class FootprintPage(Page):
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
        self.left_tabs.addTab(self.checks, tr("Boundary and materiality checks"))
        factors = QWidget()
        fv = QVBoxLayout(factors)
        fv.setContentsMargins(0, 0, 0, 0)
        self.factors = QTableWidget(0, 4)
        self.factors.setHorizontalHeaderLabels([tr("Source"), tr("Unit"), tr("Factor"), tr("Factor name")])
        self.factors.horizontalHeader().setStretchLastSection(True)
        self.factors.verticalHeader().setVisible(False)
        self.factors.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.factors.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        fv.addWidget(self.factors, 1)
        fb = QHBoxLayout()
        self.assign_button = self.client_edit(QPushButton(tr("Assign factor...")))
        self.assign_button.clicked.connect(self.assign_dialog)
        self.report_base_button = self.client_edit(QPushButton(tr("Report the base year")))
        self.report_base_button.clicked.connect(lambda: self.report_base_year())
        fb.addWidget(self.assign_button)
        fb.addWidget(self.report_base_button)
        fb.addStretch(1)
        fv.addLayout(fb)
        self.left_tabs.addTab(factors, tr("Emission factors"))
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

    def _build_uncertainty(self) -> QWidget:
        """The stored Monte Carlo: model, seed and iterations, histogram, main contributors to the
        variance, and the uncertainty of each factor with its source."""
        box = QWidget()
        uv = QVBoxLayout(box)
        uv.setContentsMargins(0, 0, 0, 0)
        self.mc_info = QLabel()
        self.mc_info.setWordWrap(True)
        self.mc_info.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        uv.addWidget(self.mc_info)
        self.mc_chart = ChartView()
        uv.addWidget(self.mc_chart, 3)
        self.mc_contrib = QTableWidget(0, 3)
        self.mc_contrib.setHorizontalHeaderLabels(
            [tr("Main contributors"), tr("Kind"), tr("Share of variance")]
        )
        self.mc_factors = QTableWidget(0, 4)
        self.mc_factors.setHorizontalHeaderLabels(
            [tr("Factor"), tr("Uncertainty (95 %)"), tr("Confidence"), tr("Uncertainty source")]
        )
        for t in (self.mc_contrib, self.mc_factors):
            t.verticalHeader().setVisible(False)
            t.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
            t.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        head = self.mc_contrib.horizontalHeader()
        head.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        head.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        head.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        head = self.mc_factors.horizontalHeader()
        for c in (0, 1, 2):
            head.setSectionResizeMode(c, QHeaderView.ResizeMode.ResizeToContents)
        head.setStretchLastSection(True)
        uv.addWidget(self.mc_contrib, 2)
        uv.addWidget(self.mc_factors, 2)
        return box

    def _build_instruments(self) -> QWidget:
        """Contractual instruments of the current period (market-based scope 2), add and delete."""
        box = QWidget()
        iv = QVBoxLayout(box)
        iv.setContentsMargins(0, 0, 0, 0)
        self.instruments = QTableWidget(0, 7)
        self.instruments.setHorizontalHeaderLabels(
            [
                tr("Source"),
                tr("Kind"),
                tr("Quantity"),
                tr("kg CO2e per unit"),
                tr("Certificate"),
                tr("Supplier"),
                tr("Evidence"),
            ]
        )
        self.instruments.horizontalHeader().setStretchLastSection(True)
        self.instruments.verticalHeader().setVisible(False)
        self.instruments.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.instruments.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.instruments.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        iv.addWidget(self.instruments, 1)
        ib = QHBoxLayout()
        self.add_instrument_button = self.client_edit(QPushButton(tr("Add instrument...")))
        self.add_instrument_button.clicked.connect(self.add_instrument_dialog)
        self.delete_instrument_button = self.client_edit(QPushButton(tr("Delete instrument")))
        self.delete_instrument_button.clicked.connect(self.delete_selected_instrument)
        ib.addWidget(self.add_instrument_button)
        ib.addWidget(self.delete_instrument_button)
        ib.addStretch(1)
        iv.addLayout(ib)
        self.instrument_rows: list[dict] = []
        return box

    # -- data ------------------------------------------------------------------------------------
    def _fill_instruments(self) -> None:
        from ..dialogs.instrument import kind_label

        period = self.project.current_period()
        self.instrument_rows = footprint_service.instruments(self.project, period["id"]) if period else []
        self.instruments.setRowCount(0)
        for ins in self.instrument_rows:
            r = self.instruments.rowCount()
            self.instruments.insertRow(r)
            evidence = ins["evidence_files"] or tr("missing: not counted")
            cells = [
                ins["source_code"],
                kind_label(ins["kind"], short=True),
                f"{fmt_number(ins['quantity'], None)} {ins['unit']}",
                fmt_number(ins["kg_co2e_per_unit"], None),
                ins["certificate_ref"] or "",
                ins["supplier"] or "",
                evidence,
            ]
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if c in (2, 3):
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if c == 6 and not ins["evidence"]:
                    item.setForeground(Qt.GlobalColor.red)
                self.instruments.setItem(r, c, item)
        self.instruments.resizeColumnsToContents()

    def _fill_factors(self) -> None:
        lib = footprint_service.load_library()
        self.source_rows = boundary_service.list_sources(self.project)
        self.factors.setRowCount(0)
        for src in self.source_rows:
            r = self.factors.rowCount()
            self.factors.insertRow(r)
            f = lib.get(src["factor_id"]) if src["factor_id"] else None
            missing = src["included"] and not src["factor_id"]
            cells = [
                src["code"],
                src.get("unit") or "",
                src["factor_id"] or tr("(none)"),
                f.name if f else "",
            ]
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if missing:
                    item.setForeground(Qt.GlobalColor.red)
                self.factors.setItem(r, c, item)
        self.factors.resizeColumnsToContents()

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
                checks = self.svc.check_boundary(p, result=r)
            except Exception as exc:  # noqa: BLE001 - advisory
                checks = [str(exc)]
        mc = self.svc.latest_monte_carlo(p) if r is not None else None
        if (mc is None or mc.get("stale")) and session_mc is not None and _belongs(session_mc, r):
            mc = {**session_mc, "stale": False}  # a run not stored (read-only file) in this session
        png = None
        if mc is not None and r is not None and not mc.get("stale") and mc.get("histogram"):
            png = self.svc.histogram_png(mc, labels or {})
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

    def _model_text(self, mc: dict) -> str:
        model = mc.get("model") or {}
        activity = {
            "source": tr("activity drawn per source"),
            "row": tr("activity drawn per row"),
        }.get(model.get("activity"), tr("model not recorded"))
        return tr("{0}; one draw per factor; seed {1}").format(activity, mc.get("seed", "-"))

    def _fill_uncertainty(self, mc: dict | None, png: bytes | None, any_mc: dict | None) -> None:
        """The uncertainty tab: the current Monte Carlo, or why there is none."""
        self.mc_contrib.setRowCount(0)
        self.mc_factors.setRowCount(0)
        if mc is None:
            self.mc_info.setText(
                tr("The Monte Carlo result is out of date: the data changed since it was run. Run it again.")
                if any_mc is not None
                else tr("No Monte Carlo run yet: press Uncertainty (Monte Carlo).")
            )
            self.mc_chart.set_message(tr("Nothing to show."))
            return
        tot = mc["total"]
        det = float(mc.get("deterministic", 0.0))
        lo, hi = tot["p2_5"], tot["p97_5"]
        rel = (
            tr("{0} % / +{1} %").format(
                fmt_number(100 * (lo - det) / det, 1), fmt_number(100 * (hi - det) / det, 1)
            )
            if det
            else ""
        )
        self.mc_info.setText(
            tr("95 % range {0} to {1} tCO2e ({2}) around {3}; mean {4}.").format(
                fmt_number(lo, 1), fmt_number(hi, 1), rel, fmt_number(det, 1), fmt_number(tot["mean"], 1)
            )
            + "\n"
            + tr("Model: {0}; {1} iterations; calculated {2}.").format(
                self._model_text(mc),
                fmt_int(mc.get("iterations", 0)),
                fmt_datetime(mc.get("computed_at", "")),
            )
        )
        if png:
            self.mc_chart.set_png(png)
        else:
            self.mc_chart.set_message(tr("Nothing to show."))
        contrib = mc.get("contributions") or {}
        rows = [(c["name"], tr("activity data"), c["share"]) for c in contrib.get("sources", [])]
        rows += [(c["name"], tr("emission factor"), c["share"]) for c in contrib.get("factors", [])]
        rows.sort(key=lambda x: -x[2])
        for name, kind, share in rows[:8]:
            self._add_row(self.mc_contrib, [name, kind, fmt_number(100 * share, 1) + " %"], right=(2,))
        dist_label = {
            "normal": tr("normal"),
            "lognormal": tr("lognormal"),
            "uniform": tr("uniform"),
            "triangular": tr("triangular"),
        }
        for fu in mc.get("factor_uncertainty") or []:
            # one entry per draw: the gases a table row covers together are one draw
            draws: dict[tuple, list[str]] = {}
            for q in fu["parts"]:
                if q["distribution"] != "none":
                    draws.setdefault((q["rule"] or q["origin"], q["distribution"], q["pct95"]), []).append(
                        q["gas"]
                    )
            text = "; ".join(
                ("" if rule.endswith("*") or "*" in gases else rule.rsplit(" ", 1)[-1] + " ")
                + f"{dist_label.get(dist, dist)} ±{fmt_number(pct, 0)} %"
                for (rule, dist, pct), gases in draws.items()
            ) or tr("none")
            origin = {q["origin"] for q in fu["parts"]}
            conf = (
                tr("project override")
                if "override" in origin
                else ", ".join(sorted({q["confidence"] for q in fu["parts"] if q.get("confidence")}))
            )
            sources = "; ".join(dict.fromkeys(q["source"] for q in fu["parts"] if q.get("source")))
            self._add_row(self.mc_factors, [fu["factor"], text, conf, sources])

    @staticmethod
    def _add_row(table: QTableWidget, cells: list[str], right: tuple = ()) -> None:
        r = table.rowCount()
        table.insertRow(r)
        for c, text in enumerate(cells):
            item = QTableWidgetItem(text)
            item.setToolTip(text)
            if c in right:
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            table.setItem(r, c, item)

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

    def assign_factor(self, source_code: str, factor_id: str) -> None:
        src = next(s for s in self.source_rows if s["code"] == source_code)
        old_factor, old_unit = src["factor_id"], src["unit"]
        self.edit(
            tr("Assign factor {0} to {1}").format(factor_id, source_code),
            lambda: footprint_service.assign_factor(self.project, source_code, factor_id),
            lambda: boundary_service.update_source(
                self.project, src["id"], factor_id=old_factor, unit=old_unit
            ),
        )

    def assign_dialog(self) -> None:
        from ..dialogs.factor_picker import FactorPicker

        r = self.factors.currentRow()
        if not 0 <= r < len(self.source_rows):
            return
        src = self.source_rows[r]
        dialog = FactorPicker(self, src)
        if src["factor_id"]:
            dialog.select(src["factor_id"])
        if dialog.exec() and dialog.factor_id():
            self.assign_factor(src["code"], dialog.factor_id())

    def _instrument_label(self, kind: str, certificate_ref: str | None, source_code: str) -> str:
        from ..dialogs.instrument import kind_label

        what = f"{kind_label(kind, True)} {certificate_ref}" if certificate_ref else kind_label(kind, True)
        return tr("{0} for {1}").format(what, source_code)

    def add_instrument(self, **values):
        """Record an instrument (undoable: undo deletes it, redo puts it back with the same evidence).

        `values`: keyword arguments of footprint_instruments.add_instrument. Returns its id, or None
        when the service refused it (the reason is shown; the file is unchanged)."""
        state: dict = {}

        def redo():
            if "record" in state:
                state["id"] = footprint_service.restore_instrument(self.project, state["record"])
            else:
                state["id"] = footprint_service.add_instrument(self.project, **values)
            return state["id"]

        def undo():
            state["record"] = footprint_service.delete_instrument(self.project, state["id"])

        label = self._instrument_label(
            values.get("kind", "REC"), values.get("certificate_ref"), values["source"]
        )
        return self.edit(tr("Add instrument {0}").format(label), redo, undo)

    def add_instrument_dialog(self) -> None:
        from ..dialogs.instrument import InstrumentDialog

        sources = [s for s in boundary_service.list_sources(self.project) if s["scope"] == 2]
        if not sources:
            from workbench.project.errors import ProjectError

            from ..errors import show_error

            show_error(
                self,
                ProjectError(tr("No scope 2 source: add one on the boundary page first.")),
                tr("Add instrument"),
            )
            return
        dialog = InstrumentDialog(self, sources, footprint_service.KINDS)
        if dialog.exec():
            self.add_instrument(**dialog.values())

    def delete_instrument(self, instrument_id: int) -> None:
        """Delete an instrument (undoable: undo puts it back with the same evidence)."""
        row = next((r for r in self.instrument_rows if r["id"] == instrument_id), None)
        label = (
            self._instrument_label(row["kind"], row["certificate_ref"], row["source_code"])
            if row
            else str(instrument_id)
        )
        state = {"id": instrument_id}

        def redo():
            state["record"] = footprint_service.delete_instrument(self.project, state["id"])

        def undo():
            state["id"] = footprint_service.restore_instrument(self.project, state["record"])

        self.edit(tr("Delete instrument {0}").format(label), redo, undo)

    def delete_selected_instrument(self) -> None:
        r = self.instruments.currentRow()
        if 0 <= r < len(self.instrument_rows):
            self.delete_instrument(self.instrument_rows[r]["id"])

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

    def monte_carlo(self, iterations: int = 1000, seed: int = 1, on_done=None, activity: str = "source"):
        def done(result):
            self.mc = result  # before the refresh that shows it
            self._done(on_done)(result)

        return self.long(
            tr("Monte Carlo"),
            brightway.run,
            self.svc.monte_carlo,
            self.project,
            iterations,
            seed=seed,
            activity=activity,
            on_done=done,
        )


def _belongs(mc: dict, r) -> bool:
    """A Monte Carlo run belongs to the footprint result ``r`` when it was made from the same
    deterministic total and GWP set (a stored run is also checked by its own inputs' staleness)."""
    return (
        r is not None
        and mc.get("gwp_set") == r.gwp_set
        and abs(float(mc.get("deterministic", -1)) - r.total) <= 1e-9 * max(1.0, abs(r.total))
    )
