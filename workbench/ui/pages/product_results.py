"""The product page's result views: the supply-chain Sankey (from the contribution tree), the
variant comparison chart, the Monte Carlo histogram with its 95 % range, and the export of the
results to CSV or XLSX.

A mixin of :class:`.product.ProductPage` (it uses the page's ``svc``, ``tabs``, ``long``, ``call``,
``selected_name`` and ``result``)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from .. import brightway, charts
from ..i18n import fmt_int, fmt_number, tr, tr_noop
from ..widgets.chart import ChartView

# the life-cycle stages of lca.product.model.STAGES, by key, in the UI's language
_STAGES = {
    "materials": tr_noop("Raw material acquisition"),
    "manufacturing": tr_noop("Production"),
    "distribution": tr_noop("Distribution and transport"),
    "use": tr_noop("Use"),
    "end_of_life": tr_noop("End of life"),
}


_TOTAL = tr_noop("Total")


def stage_label(key: str, label: str = "") -> str:
    """A life-cycle stage's name in the UI's language, by its key or its English name (the label
    of a result row; "Total" for the comparison's last row)."""
    if key in _STAGES:
        return tr(_STAGES[key])
    if label in _STAGES.values() or label == _TOTAL:
        return tr(label)
    return label or key


class ProductResultViews:
    """Builds and fills the Sankey, comparison chart and Monte Carlo tabs; exports results."""

    def _build_result_views(self) -> None:
        self.mc_result = None
        self.comparison_result = None
        self.sankey = ChartView()
        self.sankey.set_message(tr("Calculate the product to see its supply chain."))
        self.tabs.addTab(self.sankey, tr("Supply-chain graph"))
        box = QWidget()
        uv = QVBoxLayout(box)
        row = QHBoxLayout()
        row.addWidget(QLabel(tr("Iterations")))
        self.mc_iterations = QSpinBox()
        self.mc_iterations.setRange(10, 100_000)
        self.mc_iterations.setSingleStep(100)
        self.mc_iterations.setValue(1000)
        row.addWidget(self.mc_iterations)
        self.mc_button = QPushButton(tr("Run Monte Carlo"))
        self.mc_button.clicked.connect(lambda: self.monte_carlo(self.mc_iterations.value()))
        row.addWidget(self.mc_button)
        row.addStretch(1)
        uv.addLayout(row)
        self.mc_info = QLabel(tr("No Monte Carlo run yet for this product."))
        self.mc_info.setWordWrap(True)
        self.mc_info.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        uv.addWidget(self.mc_info)
        self.mc_chart = ChartView()
        self.mc_chart.set_message(tr("Nothing to show."))
        uv.addWidget(self.mc_chart, 1)
        self.mc_tab = box
        self.tabs.addTab(box, tr("Uncertainty"))
        self.export_button = QPushButton(tr("Export results..."))
        self.export_button.setToolTip(tr("The result, its comparison and Monte Carlo as CSV or XLSX"))
        self.export_button.setEnabled(False)
        self.export_button.clicked.connect(self.export_dialog)

    def _comparison_box(self, table) -> QWidget:
        """The compare tab: the chart above the table."""
        box = QWidget()
        cv = QVBoxLayout(box)
        cv.setContentsMargins(0, 0, 0, 0)
        self.comparison_chart = ChartView()
        self.comparison_chart.set_message(tr("Choose a variant and press Compare."))
        cv.addWidget(self.comparison_chart, 3)
        cv.addWidget(table, 2)
        return box

    def _stage_labels(self) -> dict:
        return {k: stage_label(k) for k in _STAGES}

    def _show_sankey(self, result) -> None:
        if result.tree is None or not result.score:
            self.sankey.set_message(tr("Nothing to show: the footprint is 0."))
            return
        self.sankey.set_png(
            charts.product_sankey_png(
                result.tree,
                {
                    "title": tr("Supply chain of {0} (kg CO2e per functional unit)").format(result.system),
                    "product": tr("product"),
                    "tier": tr("tier {0}"),
                    "other": tr("other inputs"),
                },
            )
        )

    def _show_comparison_chart(self, comp) -> None:
        self.comparison_result = comp
        self.comparison_chart.set_png(
            charts.product_comparison_png(
                comp,
                {
                    "title": tr("Variants by life-cycle stage (kg CO2e per functional unit)"),
                    "unit": tr("kg CO2e"),
                    **self._stage_labels(),
                },
            )
        )

    def show_comparison(self, comp) -> None:
        self.comparison.setRowCount(0)
        self.comparison.setHorizontalHeaderLabels(
            [tr("Stage"), comp.a.system, comp.b.system, tr("Difference"), tr("Relative")]
        )
        for row in comp.rows:
            r = self.comparison.rowCount()
            self.comparison.insertRow(r)
            rel = row.get("relative")
            cells = [
                stage_label("", row.get("stage", "")),
                fmt_number(row.get("a"), 3),
                fmt_number(row.get("b"), 3),
                fmt_number(row.get("difference"), 3),
                "" if rel is None else fmt_number(100 * rel, 1) + " %",
            ]
            for c, text in enumerate(cells):
                self.comparison.setItem(r, c, QTableWidgetItem(str(text)))
        self.comparison.resizeColumnsToContents()
        self._show_comparison_chart(comp)
        self.tabs.setCurrentIndex(3)

    def show_monte_carlo(self, mc, name: str) -> None:
        self.mc_result = mc
        det = self.result.score if self.result is not None and self.result.system == name else None
        if mc.iterations == 0:
            self.mc_info.setText(tr("The Monte Carlo was cancelled before any iteration."))
            self.mc_chart.set_message(tr("Nothing to show."))
            return
        text = tr("95 % range {0} to {1} kg CO2e, mean {2}, median {3} ({4} iterations, seed {5}).").format(
            fmt_number(mc.p2_5, 3),
            fmt_number(mc.p97_5, 3),
            fmt_number(mc.mean, 3),
            fmt_number(mc.median, 3),
            fmt_int(mc.iterations),
            mc.seed,
        )
        if det:
            text += " " + tr("Calculated footprint {0} kg CO2e ({1} % / +{2} %).").format(
                fmt_number(det, 3),
                fmt_number(100 * (mc.p2_5 - det) / det, 1),
                fmt_number(100 * (mc.p97_5 - det) / det, 1),
            )
        if mc.cancelled:
            text += " " + tr("Cancelled: the figures are from the iterations done.")
        self.mc_info.setText(
            text
            + "\n"
            + tr(
                "Exchanges and parameters drawn from their distributions; a formula exchange keeps "
                "its own uncertainty on top of its parameters'."
            )
        )
        self.mc_chart.set_png(
            charts.product_histogram_png(
                mc,
                det,
                {
                    "x": tr("kg CO2e per functional unit"),
                    "y": tr("Iterations"),
                    "deterministic": tr("calculated footprint"),
                    "interval": tr("95 % interval"),
                },
            )
        )

    def _clear_result_views(self) -> None:
        """Another product selected: the views of the previous one go."""
        if self.mc_result is not None:
            self.mc_result = None
            self.mc_info.setText(tr("No Monte Carlo run yet for this product."))
            self.mc_chart.set_message(tr("Nothing to show."))

    # -- actions ---------------------------------------------------------------------------------
    def monte_carlo(self, iterations: int = 1000, seed: int = 42, on_done=None):
        name = self.selected_name()
        if not name:
            return None

        def done(mc):
            self.show_monte_carlo(mc, name)
            self.tabs.setCurrentWidget(self.mc_tab)
            if on_done:
                on_done(mc)

        return self.long(
            tr("Monte Carlo of {0}").format(name),
            brightway.run,
            self.svc.monte_carlo,
            self.project,
            name,
            iterations,
            seed=seed,
            on_done=done,
        )

    def export_results(self, path: str):
        """Write the shown result (with the comparison and Monte Carlo of the same product, when
        run) to ``path`` (.csv or .xlsx). Returns the path, or None when refused (message shown)."""
        if self.result is None:
            return None
        name = self.result.system
        comp = self.comparison_result
        comp = comp if comp is not None and name in (comp.a.system, comp.b.system) else None
        mc = self.mc_result if self.mc_result is not None and self.selected_name() == name else None
        return self.call(tr("Export results"), self.svc.export_result, path, self.result, comp, mc)

    def export_dialog(self) -> None:
        if self.result is None:
            return
        path, chosen = QFileDialog.getSaveFileName(
            self,
            tr("Export results"),
            f"{self.result.system}.xlsx",
            "Excel (*.xlsx);;CSV (*.csv)",
        )
        if not path:
            return
        if not path.lower().endswith((".csv", ".xlsx")):
            path += ".csv" if chosen.startswith("CSV") else ".xlsx"
        self.export_results(path)
