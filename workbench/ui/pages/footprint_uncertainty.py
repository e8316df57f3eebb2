"""The footprint page's uncertainty tab: the stored Monte Carlo (range, model, seed, iterations,
histogram, main contributors, factor uncertainty and its sources) and the action that runs it.

A mixin of :class:`.footprint.FootprintPage` (it uses the page's ``svc``, ``long`` and ``_done``)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHeaderView, QLabel, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget

from .. import brightway
from ..i18n import fmt_datetime, fmt_int, fmt_number, tr
from ..widgets.chart import ChartView


class UncertaintyTab:
    """Builds and fills the uncertainty tab; runs the Monte Carlo in a worker."""

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
        self.mc_contrib = QTableWidget(0, 4)
        self.mc_contrib.setHorizontalHeaderLabels(
            [tr("Main contributors"), tr("Kind"), tr("Share of variance"), tr("Pedigree rows")]
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
        head.setSectionResizeMode(3, QHeaderView.ResizeMode.ResizeToContents)
        head = self.mc_factors.horizontalHeader()
        for c in (0, 1, 2):
            head.setSectionResizeMode(c, QHeaderView.ResizeMode.ResizeToContents)
        head.setStretchLastSection(True)
        uv.addWidget(self.mc_contrib, 2)
        uv.addWidget(self.mc_factors, 2)
        return box

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
            + "\n"
            + self._pedigree_text(mc)
        )
        if png:
            self.mc_chart.set_png(png)
        else:
            self.mc_chart.set_message(tr("Nothing to show."))
        contrib = mc.get("contributions") or {}
        # a source's variance share says how many of its rows rest on pedigree scores (stored by the
        # service as ``pedigree_rows``); a factor has none
        rows = [
            (c["name"], tr("activity data"), c["share"], fmt_int(n) if (n := c.get("pedigree_rows")) else "–")
            for c in contrib.get("sources", [])
        ]
        rows += [(c["name"], tr("emission factor"), c["share"], "") for c in contrib.get("factors", [])]
        rows.sort(key=lambda x: -x[2])
        for name, kind, share, ped in rows[:8]:
            self._add_row(self.mc_contrib, [name, kind, fmt_number(100 * share, 1) + " %", ped], right=(2, 3))
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
                else ", ".join(sorted({tr(q["confidence"]) for q in fu["parts"] if q.get("confidence")}))
            )
            sources = "; ".join(dict.fromkeys(q["source"] for q in fu["parts"] if q.get("source")))
            self._add_row(self.mc_factors, [fu["factor"], text, conf, sources])

    @staticmethod
    def _pedigree_text(mc: dict) -> str:
        """Whether pedigree scores went into the run, and for how many rows and sources."""
        ped = mc.get("pedigree") or {}
        if not ped.get("rows"):
            return tr("Data quality: no pedigree scores went into this run.")
        return tr("Data quality: the pedigree scores of {0} rows ({1} source(s)) went into this run.").format(
            fmt_int(ped["rows"]), fmt_int(len(ped.get("by_source") or []))
        )

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
