"""Product LCA (under step 3): product systems, the system editor, background databases,
calculation with the contribution tree, variant comparison and units sold."""

from __future__ import annotations

import copy

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from workbench.services import product as product_service
from workbench.services.common.units import unit_label

from .. import brightway, charts
from ..i18n import current_language, fmt_number, parse_number, tr
from ..widgets.chart import ChartView
from .base import Page
from .product_import import ProductImportActions
from .product_results import ProductResultViews, stage_label


class ProductPage(ProductImportActions, ProductResultViews, Page):
    key = "product"
    svc = product_service

    def build(self) -> None:
        self.system = None
        self.result = None
        split = QSplitter(Qt.Orientation.Horizontal)
        left = QWidget()
        lv = QVBoxLayout(left)
        lv.setContentsMargins(0, 0, 0, 0)
        lv.addWidget(QLabel(tr("Product systems")))
        self.products = QListWidget()
        self.products.currentItemChanged.connect(lambda *_: self.load_selected())
        lv.addWidget(self.products, 1)
        self.calc_button = self.client_edit(QPushButton(tr("Calculate")))
        self.calc_button.clicked.connect(lambda: self.calculate())
        self.compare_with = QComboBox()
        self.compare_button = self.client_edit(QPushButton(tr("Compare")))
        self.compare_button.clicked.connect(lambda: self.compare(self.compare_with.currentText()))
        self.sales_button = self.client_edit(QPushButton(tr("Units sold...")))
        self.sales_button.clicked.connect(self.sales_dialog)
        self.bg_button = self.client_edit(QPushButton(tr("Import background database...")))
        self.bg_button.clicked.connect(self.background_dialog)
        self.biosphere_button = QPushButton(tr("Build full biosphere..."))
        self.biosphere_button.clicked.connect(lambda: self.build_full_biosphere())
        self.biosphere_note = QLabel()
        self.biosphere_note.setWordWrap(True)
        lv.addWidget(self.calc_button)
        ch = QHBoxLayout()
        ch.addWidget(self.compare_with, 1)
        ch.addWidget(self.compare_button)
        lv.addLayout(ch)
        lv.addWidget(self.sales_button)
        lv.addWidget(QLabel(tr("Background databases")))
        self.backgrounds = QListWidget()
        lv.addWidget(self.backgrounds)
        lv.addWidget(self.bg_button)
        lv.addWidget(self.biosphere_button)
        lv.addWidget(self.biosphere_note)
        split.addWidget(left)

        self.tabs = QTabWidget()
        editor_tab = QWidget()
        ev = QVBoxLayout(editor_tab)
        ev.setContentsMargins(0, 0, 0, 0)
        eb = QHBoxLayout()
        self.new_button = self.client_edit(QPushButton(tr("New system...")))
        self.add_activity_button = self.client_edit(QPushButton(tr("Add activity...")))
        self.add_exchange_button = self.client_edit(QPushButton(tr("Add exchange...")))
        self.shipped_button = self.client_edit(QPushButton(tr("Use the shipped factor library")))
        self.new_button.clicked.connect(self.new_system_dialog)
        self.add_activity_button.clicked.connect(self.add_activity_dialog)
        self.add_exchange_button.clicked.connect(self.add_exchange_dialog)
        self.shipped_button.clicked.connect(lambda: self.use_shipped_library())
        for b in (self.new_button, self.add_activity_button, self.add_exchange_button, self.shipped_button):
            eb.addWidget(b)
        eb.addStretch(1)
        ev.addLayout(eb)
        self.editor = QTreeWidget()
        self.editor.setHeaderLabels(
            [tr("Activity / exchange"), tr("Kind"), tr("Amount"), tr("Unit"), tr("Stage")]
        )
        self.editor.itemChanged.connect(self._exchange_changed)
        ev.addWidget(self.editor, 1)
        self.tabs.addTab(editor_tab, tr("System editor"))
        self.tree = QTreeWidget()
        self.tree.setHeaderLabels([tr("Process"), tr("Amount"), tr("Unit"), tr("kg CO2e"), tr("Direct")])
        self.tabs.addTab(self.tree, tr("Contribution tree"))
        stages = QWidget()
        sv = QVBoxLayout(stages)
        self.score = QLabel()
        self.score.setStyleSheet("font-weight: bold; font-size: 13pt;")
        self.stage_chart = ChartView()
        self.stage_table = QTableWidget(0, 3)
        self.stage_table.setHorizontalHeaderLabels([tr("Stage"), tr("kg CO2e"), tr("Share")])
        self.stage_table.horizontalHeader().setStretchLastSection(True)
        sv.addWidget(self.score)
        sv.addWidget(self.stage_chart, 2)
        sv.addWidget(self.stage_table, 1)
        self.tabs.addTab(stages, tr("By life-cycle stage"))
        self.comparison = QTableWidget(0, 5)
        self.comparison.setHorizontalHeaderLabels([tr("Stage"), "A", "B", tr("Difference"), tr("Relative")])
        self.comparison.horizontalHeader().setStretchLastSection(True)
        self.tabs.addTab(self._comparison_box(self.comparison), tr("Compare variants"))
        self._build_result_views()
        lv.insertWidget(lv.indexOf(self.calc_button) + 1, self.export_button)
        split.addWidget(self.tabs)
        split.setSizes([300, 820])
        self.layout_.addWidget(split, 1)
        self._loading = False

    # -- data ------------------------------------------------------------------------------------
    def refresh(self) -> None:
        current = self.products.currentItem().text() if self.products.currentItem() else None
        rows = self.svc.list_products(self.project)
        self.products.blockSignals(True)
        self.products.clear()
        self.compare_with.clear()
        for r in rows:
            item = QListWidgetItem(r["name"])
            item.setToolTip(r.get("functional_unit") or "")
            self.products.addItem(item)
            self.compare_with.addItem(r["name"])
        self.products.blockSignals(False)
        names = [r["name"] for r in rows]
        if names:
            self.products.setCurrentRow(names.index(current) if current in names else 0)
        self.refresh_backgrounds()
        self.load_selected()

    def refresh_backgrounds(self) -> None:
        """Listed once Brightway is loaded (the list says which databases are installed here)."""
        self.backgrounds.clear()
        if self.window_.bw_state != "ready":
            self.backgrounds.addItem(tr("(shown when Brightway has loaded)"))
            return
        for db in product_service.list_background_databases(self.project):
            state = tr("installed") if db.get("installed") else tr("not installed here (cached values)")
            self.backgrounds.addItem(f"{db.get('name', '')}: {state}")
            item = self.backgrounds.item(self.backgrounds.count() - 1)
            item.setToolTip(
                f"{db.get('name', '')}\n{tr(db.get('format') or '')} {db.get('version', '') or ''}"
            )

    def selected_name(self) -> str | None:
        item = self.products.currentItem()
        return item.text() if item else None

    def load_selected(self) -> None:
        name = self.selected_name()
        self.system = self.svc.load_system(self.project, name) if name else None
        if self.mc_result is not None and (self.result is None or self.result.system != name):
            self._clear_result_views()
        self._fill_editor()

    def _fill_editor(self) -> None:
        self._loading = True
        self.editor.clear()
        if self.system is not None:
            for a in self.system.activities:
                top = QTreeWidgetItem(
                    self.editor,
                    [
                        f"{a.name} [{a.code}]",
                        tr("activity"),
                        fmt_number(a.production, None),
                        unit_label(a.unit, current_language()),
                        stage_label(a.stage),
                    ],
                )
                top.setData(0, Qt.ItemDataRole.UserRole + 1, a.code)
                for i, ex in enumerate(a.exchanges):
                    amount = f"= {ex.formula}" if ex.formula else fmt_number(ex.amount, None)
                    child = QTreeWidgetItem(
                        top, [ex.target, tr(ex.kind), amount, unit_label(ex.unit, current_language()), ""]
                    )
                    child.setData(0, Qt.ItemDataRole.UserRole, (a.code, i))
                    if self.mode == "edit" and not ex.formula:
                        child.setFlags(child.flags() | Qt.ItemFlag.ItemIsEditable)
            self.editor.expandAll()
            for c in range(5):
                self.editor.resizeColumnToContents(c)
        self._loading = False

    def show_result(self, result) -> None:
        self.result = result
        self.score.setText(
            tr("{0} kg CO2e per {1}").format(fmt_number(result.score, 3), result.functional_unit)
        )
        self.stage_table.setRowCount(0)
        for c in result.by_stage:
            r = self.stage_table.rowCount()
            self.stage_table.insertRow(r)
            for col, text in enumerate(
                (stage_label(c.key, c.label), fmt_number(c.score, 3), fmt_number(100 * c.share, 1) + " %")
            ):
                self.stage_table.setItem(r, col, QTableWidgetItem(text))
        self.stage_chart.set_png(
            charts.breakdown_png(
                [(stage_label(c.key, c.label), c.score) for c in result.by_stage],
                tr("by life-cycle stage"),
                tr("kg CO2e"),
            )
        )
        self.export_button.setEnabled(True)
        self._show_sankey(result)
        self.tree.clear()
        if result.tree is not None:
            self._add_node(self.tree, result.tree)
            self.tree.expandToDepth(1)
            for c in range(5):
                self.tree.resizeColumnToContents(c)

    def _add_node(self, parent, node) -> None:
        item = QTreeWidgetItem(
            parent,
            [
                node.label,
                fmt_number(node.amount, 4),
                unit_label(node.unit, current_language()),
                fmt_number(node.score, 3),
                fmt_number(node.direct, 3),
            ],
        )
        for child in node.children:
            self._add_node(item, child)

    def step_status(self, p=None) -> tuple[str, str]:
        p = p if p is not None else self.project
        rows = self.svc.list_products(p)
        if not rows:
            return "not_started", tr("no product systems (optional)")
        return (
            ("done", tr("{0} product systems").format(len(rows)))
            if self.result
            else ("in_progress", tr("{0} product systems").format(len(rows)))
        )

    # -- actions ---------------------------------------------------------------------------------
    def calculate(self, on_done=None):
        name = self.selected_name()
        if not name:
            return None

        def done(result):
            self.show_result(result)
            self.tabs.setCurrentIndex(1)
            self.window_.update_status()
            if on_done:
                on_done(result)

        return self.long(
            tr("Calculating {0}").format(name),
            brightway.run,
            self.svc.calculate,
            self.project,
            name,
            on_done=done,
        )

    def compare(self, other: str, on_done=None):
        name = self.selected_name()
        if not name or not other:
            return None

        def done(comp):
            self.show_comparison(comp)
            if on_done:
                on_done(comp)

        return self.long(
            tr("Comparing variants"), brightway.run, self.svc.compare, self.project, name, other, on_done=done
        )

    def _exchange_changed(self, item, column: int) -> None:
        if self._loading or column != 2 or self.system is None:
            return
        code, index = item.data(0, Qt.ItemDataRole.UserRole)
        try:
            value = parse_number(item.text(2))
        except ValueError as exc:
            from ..errors import show_error

            show_error(self, exc, tr("Amount"))
            self._fill_editor()
            return
        self.set_exchange_amount(code, index, value)

    def set_exchange_amount(self, activity_code: str, index: int, amount: float) -> None:
        old_system = copy.deepcopy(self.system)
        new_system = copy.deepcopy(self.system)
        act = next(a for a in new_system.activities if a.code == activity_code)
        act.exchanges[index].amount = amount
        self.edit(
            tr("Edit exchange of {0}").format(activity_code),
            lambda: self.svc.save_system(self.project, new_system),
            lambda: self.svc.save_system(self.project, old_system),
        )

    def _units_sold(self, name: str) -> float:
        try:
            return self.svc.units_sold(self.project, name)
        except Exception:  # noqa: BLE001 - none recorded yet
            return 0.0

    def _save(self, text: str, new_system, old_system=None) -> None:
        """Save a changed system (undo: the old one back, or delete a new one)."""
        name = new_system.name

        def undo():
            if old_system is None:
                self.svc.delete_system(self.project, name)
            else:
                self.svc.save_system(self.project, old_system)

        self.edit(text, lambda: self.svc.save_system(self.project, new_system), undo)
        self.select(name)

    def select(self, name: str) -> None:
        items = self.products.findItems(name, Qt.MatchFlag.MatchExactly)
        if items:
            self.products.setCurrentItem(items[0])

    def new_system(
        self, name: str, functional_unit: str, stage: str = "manufacturing", unit: str = "unit"
    ) -> None:
        from workbench.services.product.core import Activity, ProductSystem

        system = ProductSystem(
            name, "main", functional_unit=functional_unit, activities=[Activity("main", name, stage, unit)]
        )
        self._save(tr("New product system {0}").format(name), system)

    def new_system_dialog(self) -> None:
        from ..dialogs.simple_form import ask

        v = ask(self, tr("New product system"), [("name", tr("Name")), ("fu", tr("Functional unit"))])
        if v and v["name"]:
            self.new_system(v["name"], v["fu"])

    def add_activity(
        self, code: str, name: str, stage: str, unit: str, link_amount: float | None = 1.0
    ) -> None:
        """Add a foreground activity; by default the reference activity takes 1 unit of it."""
        from workbench.services.product.core import Activity, Exchange

        old = copy.deepcopy(self.system)
        new = copy.deepcopy(self.system)
        new.activities.append(Activity(code, name, stage, unit))
        if link_amount is not None:
            ref = next(a for a in new.activities if a.code == new.reference)
            ref.exchanges.append(Exchange("technosphere", code, link_amount, unit))
        self._save(tr("Add activity {0}").format(code), new, old)

    def add_activity_dialog(self) -> None:
        from ..dialogs.simple_form import ask

        if self.system is None:
            return
        v = ask(
            self,
            tr("Add activity"),
            [
                ("code", tr("Code")),
                ("name", tr("Name")),
                ("stage", tr("Stage (materials, manufacturing, distribution, use, end_of_life)")),
                ("unit", tr("Unit")),
            ],
            {"stage": "materials", "unit": "kg"},
        )
        if v and v["code"]:
            self.add_activity(v["code"], v["name"] or v["code"], v["stage"], v["unit"])

    def add_exchange(
        self,
        activity_code: str,
        kind: str,
        target: str,
        amount: float,
        unit: str,
        database: str | None = None,
    ) -> None:
        """Add an exchange; for kind 'background', `target` is an activity code in `database`."""
        from workbench.services.product.core import Exchange

        old = copy.deepcopy(self.system)
        new = copy.deepcopy(self.system)
        if kind == "background":
            bg = product_service
            if not any(r.ref_id == target for r in new.background):
                new.background.append(bg.background_ref(self.project, database, target, ref_id=target))
        act = next(a for a in new.activities if a.code == activity_code)
        act.exchanges.append(Exchange(kind, target, amount, unit))
        self._save(tr("Add exchange to {0}").format(activity_code), new, old)

    def add_exchange_dialog(self) -> None:
        from ..dialogs.exchange import ExchangeDialog

        item = self.editor.currentItem()
        if self.system is None or item is None:
            return
        while item.parent() is not None:
            item = item.parent()
        code = item.data(0, Qt.ItemDataRole.UserRole + 1)
        dialog = ExchangeDialog(self, self.system, self.project)
        if dialog.exec():
            v = dialog.values()
            self.call(tr("Add exchange"), self.add_exchange, code, **v)

    def use_shipped_library(self, on_done=None):
        register_shipped_background = product_service.register_shipped_background

        def done(name):
            self.refresh_backgrounds()
            if on_done:
                on_done(name)

        return self.long(
            tr("Preparing the shipped factor library"),
            brightway.run,
            register_shipped_background,
            self.project,
            on_done=done,
        )

    def set_sales(self, units: float) -> None:
        name = self.selected_name()
        old = self._units_sold(name)
        self.edit(
            tr("Units sold of {0}").format(name),
            lambda: self.svc.set_sales(self.project, name, units),
            lambda: self.svc.set_sales(self.project, name, old),
        )

    def sales_dialog(self) -> None:
        name = self.selected_name()
        if not name:
            return
        value, ok = QInputDialog.getDouble(
            self,
            tr("Units sold"),
            tr("Units of {0} sold in the period").format(name),
            self._units_sold(name),
            0,
            1e15,
            0,
        )
        if ok:
            self.set_sales(value)
