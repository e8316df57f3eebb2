"""Step 1, organisational boundary (a panel of the boundary page): entities with equity share and
control, the share each is counted at under the project's approach, the sites each one holds,
subsidiaries' files consolidated into the group inventory (with their state) and the base-year
structural-change check."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QListWidget,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
)

from workbench.services import consolidation as consolidation_service
from workbench.services import entities as entities_service

from ..i18n import fmt_number, parse_number, tr
from .entities_edits import EntityEdits, control_label, energy_label, kind_label


def state_label(state: str) -> str:
    return {
        "current": tr("current"),
        "stale": tr("stale: the file changed since"),
        "missing": tr("file missing"),
        "unreadable": tr("file unreadable"),
    }.get(state, state)


class EntitiesPanel(EntityEdits, QGroupBox):
    """Entities and group inventory; `page` is the boundary page (edits, long work, mode)."""

    def __init__(self, page):
        super().__init__(tr("Organisational boundary: entities and shares"))
        self.page = page
        v = QVBoxLayout(self)
        self.approach = QLabel()
        v.addWidget(self.approach)
        self.table = QTreeWidget()
        self.table.setRootIsDecorated(False)
        self.table.setHeaderLabels(
            [
                tr("Entity"),
                tr("Kind"),
                tr("Equity %"),
                tr("Financial control"),
                tr("Operational control"),
                tr("Counted %"),
                tr("Sites"),
                tr("Acquired"),
                tr("Divested"),
            ]
        )
        self.table.itemSelectionChanged.connect(self.show_evidence)
        v.addWidget(self.table, 1)
        row = QHBoxLayout()
        self.add_button = page.client_edit(QPushButton(tr("Add entity...")))
        self.edit_button = page.client_edit(QPushButton(tr("Edit entity...")))
        self.remove_button = page.client_edit(QPushButton(tr("Remove entity")))
        self.attach_button = page.client_edit(QPushButton(tr("Attach evidence...")))
        self.site_button = page.client_edit(QPushButton(tr("Assign site...")))
        self.add_button.clicked.connect(self.add_entity_dialog)
        self.edit_button.clicked.connect(self.edit_entity_dialog)
        self.remove_button.clicked.connect(self.remove_selected)
        self.attach_button.clicked.connect(self.attach_dialog)
        self.site_button.clicked.connect(self.assign_site_dialog)
        for b in (
            self.add_button,
            self.edit_button,
            self.remove_button,
            self.attach_button,
            self.site_button,
        ):
            row.addWidget(b)
        row.addStretch(1)
        v.addLayout(row)
        ev = QHBoxLayout()
        ev.addWidget(QLabel(tr("Evidence of the selected entity:")))
        self.evidence = QListWidget()
        self.evidence.setMaximumHeight(54)
        self.evidence.itemDoubleClicked.connect(self.open_evidence)
        ev.addWidget(self.evidence, 1)
        v.addLayout(ev)
        row = QHBoxLayout()
        self.consolidate_button = page.client_edit(QPushButton(tr("Consolidate subsidiaries' files...")))
        self.check_button = QPushButton(tr("Check subsidiaries"))
        self.transfer_button = page.client_edit(QPushButton(tr("Record intra-group transfer...")))
        self.consolidate_button.clicked.connect(self.consolidate_dialog)
        self.check_button.clicked.connect(self.check_subsidiaries)
        self.transfer_button.clicked.connect(self.transfer_dialog)
        for b in (self.consolidate_button, self.check_button, self.transfer_button):
            row.addWidget(b)
        row.addStretch(1)
        v.addLayout(row)
        self.imports = QTreeWidget()
        self.imports.setRootIsDecorated(False)
        self.imports.setHeaderLabels(
            [
                tr("Subsidiary"),
                tr("Counted %"),
                tr("Counted (tCO2e)"),
                tr("Verification"),
                tr("State"),
                tr("File"),
            ]
        )
        self.imports.setMaximumHeight(110)
        v.addWidget(self.imports)
        self.transfers = QTreeWidget()
        self.transfers.setRootIsDecorated(False)
        self.transfers.setHeaderLabels(
            [tr("Seller"), tr("Buyer"), tr("Energy"), tr("MWh"), tr("Eliminated (tCO2e)"), tr("Evidence")]
        )
        self.transfers.setMaximumHeight(90)
        v.addWidget(self.transfers)
        self.structural = QLabel()
        self.structural.setWordWrap(True)
        v.addWidget(self.structural)

    # -- data ------------------------------------------------------------------------------------
    def refresh(self, states: dict | None = None) -> None:
        p = self.page.project
        if p is None:
            return
        plan = entities_service.plan(p)
        self.approach.setText(tr("Consolidation approach: {0}").format(tr(plan.approach)))
        selected = self.selected_entity()
        self.table.clear()
        for e in plan.entities:
            item = QTreeWidgetItem(
                self.table,
                [
                    e.name,
                    kind_label(e.kind),
                    f"{e.equity_pct:g}",
                    control_label(e.financial_control),
                    control_label(e.operational_control),
                    f"{e.share_pct:g}",
                    ", ".join(e.sites),
                    e.acquired or "",
                    e.divested or "",
                ],
            )
            item.setData(0, Qt.ItemDataRole.UserRole, e.name)
            if e.name == selected:
                self.table.setCurrentItem(item)
        for c in range(9):
            self.table.resizeColumnToContents(c)
        self.show_evidence()
        self.transfers.clear()
        for t in consolidation_service.transfers(p):
            QTreeWidgetItem(
                self.transfers,
                [
                    t["seller"],
                    t["buyer"],
                    energy_label(t["energy"]),
                    fmt_number(t["quantity_mwh"]),
                    fmt_number(t["eliminated_t"]),
                    t["evidence"] or "",
                ],
            )
        for c in range(6):
            self.transfers.resizeColumnToContents(c)
        self.imports.clear()
        words = {
            "not verified": tr("not verified"),
            "verification in progress": tr("verification in progress"),
            "verified": tr("verified"),
            "signed data changed": tr("signed data changed"),
        }
        for imp in consolidation_service.imports(p):
            state = (states or {}).get(imp["id"], "")
            QTreeWidgetItem(
                self.imports,
                [
                    imp["entity"],
                    f"{imp['share_pct']:.4g}",
                    f"{imp['counted_total']:,.2f}",
                    words.get(imp["verification"], imp["verification"]),
                    state_label(state) if state else tr("not checked"),
                    imp["file_path"],
                ],
            )
        self.structural.setText(self._structural_text(p))

    def _structural_text(self, p) -> str:
        changed = [e for e in entities_service.list_entities(p) if e["acquired"] or e["divested"]]
        base = p.one("SELECT id FROM periods WHERE is_base_year = 1 LIMIT 1")
        if not changed or base is None:
            return tr("Structural changes: none recorded since the base year.")
        latest = p.one("SELECT id FROM footprint_reports WHERE period_id = ? LIMIT 1", (base["id"],))
        if latest is None and not p.one(
            "SELECT id FROM cache_footprint WHERE kind = 'footprint' AND period_id = ?", (base["id"],)
        ):
            return tr("Structural changes recorded: calculate the base year to check the recalculation.")
        try:
            chk = consolidation_service.structural_check(p)
        except Exception as exc:  # noqa: BLE001 - status text only
            return tr("Structural-change check not available: {0}").format(exc)
        text = tr("Base year {0}: original {1} tCO2e, restated {2} tCO2e ({3} % vs threshold {4} %)").format(
            chk["base_period"],
            f"{chk['original_total']:,.2f}",
            f"{chk['restated_total']:,.2f}",
            f"{chk['change_pct']:+.2f}" if chk["change_pct"] is not None else "-",
            f"{chk['threshold_pct']:g}",
        )
        if chk["recalculation_required"]:
            text += " " + tr("Recalculation of the base year required.")
        if not chk["complete"]:
            text += " " + tr("Base-year emissions missing for: {0}").format(
                ", ".join(m.split("'")[1] for m in chk["messages"])
            )
        return text

    # -- edits -----------------------------------------------------------------------------------
    @staticmethod
    def _normalise(values: dict) -> dict:
        """Kinds and controls typed as shown (translated) or as stored (English), numbers in the
        UI locale ('1,234.5'): both are understood; what is not is left for the service to refuse."""
        values = dict(values)
        kinds = {kind_label(k).casefold(): k for k in entities_service.KINDS}
        values["kind"] = kinds.get(str(values.get("kind", "")).strip().casefold(), values.get("kind"))
        words = {control_label(w).casefold(): w for w in ("yes", "no", "joint")}
        for key in ("financial_control", "operational_control"):
            if values.get(key):
                values[key] = words.get(str(values[key]).strip().casefold(), values[key])
        for key in ("equity_pct", "base_year_tco2e"):
            text = str(values.get(key) or "").strip()
            try:
                values[key] = parse_number(text) if text else text
            except ValueError:
                values[key] = text
        return values

    def _add_edit(self, values: dict):
        state = {}
        values = self._normalise(values)
        fields = {
            k: values[k]
            for k in ("equity_pct", "financial_control", "operational_control", "acquired", "divested")
            if values.get(k) not in (None, "")
        }

        def redo():
            state["id"] = entities_service.add_entity(
                self.page.project, values["name"], values["kind"], **fields
            )

        return (
            tr("Add entity {0}").format(values["name"]),
            redo,
            lambda: entities_service.delete_entity(self.page.project, state["id"]),
        )

    def add_entity_dialog(self):
        from ..dialogs.simple_form import ask_and_submit

        kinds = ", ".join(kind_label(k) for k in entities_service.KINDS if k != entities_service.REPORTING)
        return ask_and_submit(
            self,
            tr("Add entity"),
            [
                ("name", tr("Name")),
                ("kind", tr("Type ({0})").format(kinds)),
                ("equity_pct", tr("Equity %")),
                (
                    "financial_control",
                    tr("Financial control ({0})").format(
                        " / ".join(map(control_label, ("yes", "no", "joint")))
                    ),
                ),
                (
                    "operational_control",
                    tr("Operational control ({0})").format(" / ".join(map(control_label, ("yes", "no")))),
                ),
                ("acquired", tr("Acquired (YYYY-MM-DD, optional)")),
                ("divested", tr("Divested (YYYY-MM-DD, optional)")),
            ],
            lambda v: self.page.try_edit(*self._add_edit(v)),
            values={
                "kind": "subsidiary",
                "equity_pct": "100",
                "financial_control": "yes",
                "operational_control": "yes",
            },
        )

    def assign_site(self, site: str, entity: str) -> None:
        p = self.page.project
        old = next((e["name"] for e in entities_service.list_entities(p) if site in e["sites"]), None)
        self.page.edit(
            tr("Site {0} belongs to {1}").format(site, entity),
            lambda: entities_service.assign_site(self.page.project, site, entity),
            lambda: entities_service.assign_site(self.page.project, site, old),
        )

    def assign_site_dialog(self) -> None:
        p = self.page.project
        sites = [r["code"] for r in p.rows("SELECT code FROM sites ORDER BY id")]
        names = [e["name"] for e in entities_service.list_entities(p)]
        if not sites:
            return
        site, ok = QInputDialog.getItem(self, tr("Assign site"), tr("Site"), sites, 0, False)
        if not ok:
            return
        entity, ok = QInputDialog.getItem(self, tr("Assign site"), tr("Entity"), names, 0, False)
        if ok:
            self.assign_site(site, entity)

    def consolidate_dialog(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(
            self, tr("Subsidiaries' project files"), "", tr("Workbench projects (*.cnw)")
        )
        if paths:
            self.consolidate(paths)

    def consolidate(self, paths: list[str]):
        """Read the files (read-only) and bring their totals in; not undoable (run it again to
        refresh, the previous import of each subsidiary is replaced)."""
        return self.page.long(
            tr("Consolidating subsidiaries"),
            consolidation_service.consolidate,
            self.page.project,
            list(paths),
            on_done=lambda _r: (self.refresh(), self.page.window_.data_changed(self.page)),
        )

    def check_subsidiaries(self):
        def run(project, progress=None):
            return consolidation_service.status(project)

        return self.page.long(
            tr("Checking subsidiaries' files"),
            run,
            self.page.project,
            on_done=lambda rows: self.refresh({r["id"]: r["state"] for r in rows}),
        )
