"""Edits of the entities panel (:mod:`.entities`) on the selected entity, each one undoable:
change its fields, remove it (undo puts back the same row and its evidence links), attach
evidence files through the project's attachments; and the dialog recording an intra-group
energy transfer (eliminated once at group level)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QListWidgetItem

from workbench.services import consolidation as consolidation_service
from workbench.services import entities as entities_service
from workbench.services import inventory as inventory_service

from ..i18n import fmt_number, parse_number, tr


def kind_label(kind: str) -> str:
    return {
        "reporting organisation": tr("reporting organisation"),
        "subsidiary": tr("subsidiary"),
        "joint venture": tr("joint venture"),
        "associate": tr("associate"),
        "franchise": tr("franchise"),
        "leased asset": tr("leased asset"),
    }.get(kind, kind)


def control_label(value: str) -> str:
    return {"yes": tr("held"), "no": tr("not held"), "joint": tr("joint")}.get(value, value)


def energy_label(energy: str) -> str:
    return {
        "electricity": tr("electricity"),
        "heat": tr("heat"),
        "steam": tr("steam"),
        "cooling": tr("cooling"),
    }.get(energy, energy)


class EntityEdits:
    """Mixed into :class:`.entities.EntitiesPanel` (``self.page``, ``self.table``, ``self.evidence``)."""

    # -- edit, remove, evidence of the selected entity --------------------------------------------
    def selected_entity(self) -> str | None:
        item = self.table.currentItem()
        return None if item is None else item.data(0, Qt.ItemDataRole.UserRole)

    def select(self, name: str) -> None:
        for i in range(self.table.topLevelItemCount()):
            item = self.table.topLevelItem(i)
            if item.data(0, Qt.ItemDataRole.UserRole) == name:
                self.table.setCurrentItem(item)

    EDITABLE = (
        "name",
        "name_local",
        "kind",
        "equity_pct",
        "financial_control",
        "operational_control",
        "acquired",
        "divested",
        "base_year_tco2e",
        "evidence",
    )

    def _change_edit(self, entity: str, values: dict):
        """(text, redo, undo) changing ``entity``'s fields to ``values`` (as the form gives them)."""
        p = self.page.project
        current = entities_service.get_entity(p, entity)
        values = self._normalise(values)
        fields = {k: (values[k] if values[k] != "" else None) for k in self.EDITABLE if k in values}
        if fields.get("equity_pct") is None:
            fields.pop("equity_pct", None)
        for key in ("financial_control", "operational_control", "kind", "name"):
            if not fields.get(key):
                fields.pop(key, None)
        old = {k: current[k] for k in fields}
        state = {"key": current["id"] if current["id"] is not None else current["name"]}

        def redo():
            entities_service.update_entity(self.page.project, state["key"], **fields)
            state["key"] = entities_service.get_entity(
                self.page.project, fields.get("name", current["name"])
            )["id"]

        return (
            tr("Change entity {0}").format(current["name"]),
            redo,
            lambda: entities_service.update_entity(self.page.project, state["key"], **old),
        )

    def edit_entity_dialog(self):
        from ..dialogs.simple_form import ask_and_submit

        name = self.selected_entity()
        if name is None:
            return None
        e = entities_service.get_entity(self.page.project, name)
        kinds = ", ".join(kind_label(k) for k in entities_service.KINDS if k != entities_service.REPORTING)
        shown = {k: "" if e[k] is None else str(e[k]) for k in self.EDITABLE}
        shown["kind"] = kind_label(e["kind"])
        shown["financial_control"] = control_label(e["financial_control"])
        shown["operational_control"] = control_label(e["operational_control"])
        for key in ("equity_pct", "base_year_tco2e"):
            shown[key] = "" if e[key] is None else f"{float(e[key]):g}"
        return ask_and_submit(
            self,
            tr("Edit entity {0}").format(e["name"]),
            [
                ("name", tr("Name")),
                ("name_local", tr("Name in Korean (optional)")),
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
                ("base_year_tco2e", tr("Base-year emissions, tCO2e (optional)")),
                ("evidence", tr("Evidence note (optional)")),
            ],
            lambda v: self.page.try_edit(*self._change_edit(e["name"], v)),
            values=shown,
        )

    def _remove_edit(self, entity: str):
        state = {"key": entity}

        def redo():
            state["removed"] = entities_service.delete_entity(self.page.project, state["key"])
            state["key"] = state["removed"]["row"]["id"]

        return (
            tr("Remove entity {0}").format(entity),
            redo,
            lambda: entities_service.restore_entity(self.page.project, state["removed"]),
        )

    def remove_selected(self) -> None:
        name = self.selected_entity()
        if name is not None:
            self.page.edit(*self._remove_edit(name))

    def attach(self, path: str, entity: str | None = None) -> None:
        entity = entity or self.selected_entity()
        if entity is None:
            return
        state = {}

        def redo():
            state["att"], state["eid"] = entities_service.attach_evidence(self.page.project, entity, path)

        self.page.edit(
            tr("Attach evidence to {0}").format(entity),
            redo,
            lambda: inventory_service.unlink_evidence(
                self.page.project, state["att"], "entities", state["eid"]
            ),
        )
        self.select(entity)

    def attach_dialog(self) -> None:
        if self.selected_entity() is None:
            return
        path, _ = QFileDialog.getOpenFileName(self, tr("Attach evidence"))
        if path:
            self.attach(path)

    def show_evidence(self) -> None:
        self.evidence.clear()
        name = self.selected_entity()
        if name is None or self.page.project is None:
            return
        try:
            rows = entities_service.evidence(self.page.project, name)
        except Exception:  # noqa: BLE001 - the entity went away with an undo; nothing to list
            rows = []
        for r in rows:
            item = QListWidgetItem(f"{r['filename']} ({fmt_number(r['size'] / 1024, 1)} KB)")
            item.setData(Qt.ItemDataRole.UserRole, (r["id"], r["filename"]))
            self.evidence.addItem(item)

    def open_evidence(self, item=None):
        from ..widgets.evidence import open_attachment

        item = item or self.evidence.currentItem()
        if item is None:
            return None
        attachment_id, filename = item.data(Qt.ItemDataRole.UserRole)
        return open_attachment(self, self.page.project, attachment_id, filename)

    # -- intra-group transfers -------------------------------------------------------------------
    def _transfer_edit(self, values: dict):
        """(text, redo, undo) recording energy one entity sold to another (eliminated once)."""
        values = dict(values)
        for key in ("quantity_mwh", "rate"):
            text = str(values.get(key) or "").strip()
            try:
                values[key] = parse_number(text) if text else text
            except ValueError:
                values[key] = text
        energies = {energy_label(k).casefold(): k for k in consolidation_service.ENERGY}
        energy = str(values.get("energy") or "electricity").strip()
        energy = energies.get(energy.casefold(), energy)
        state = {}

        def redo():
            state["id"] = consolidation_service.add_transfer(
                self.page.project,
                str(values.get("seller", "")).strip(),
                str(values.get("buyer", "")).strip(),
                values["quantity_mwh"],
                values["rate"],
                energy=energy,
                evidence=str(values.get("evidence") or "").strip() or None,
            )

        return (
            tr("Intra-group transfer {0} to {1}").format(values.get("seller", ""), values.get("buyer", "")),
            redo,
            lambda: consolidation_service.delete_transfer(self.page.project, state["id"]),
        )

    def transfer_dialog(self):
        from ..dialogs import checks
        from ..dialogs.simple_form import ask_and_submit

        names = [e["name"] for e in entities_service.list_entities(self.page.project)]
        energies = " / ".join(energy_label(k) for k in consolidation_service.ENERGY)
        return ask_and_submit(
            self,
            tr("Record intra-group transfer"),
            [
                ("seller", tr("Seller (entity)")),
                ("buyer", tr("Buyer (entity)")),
                ("energy", tr("Energy ({0})").format(energies)),
                ("quantity_mwh", tr("Quantity (MWh)")),
                ("rate", tr("Buyer's scope 2 rate (kg CO2e/MWh)")),
                ("evidence", tr("Evidence (contract, meter, invoice)")),
            ],
            lambda v: self.page.try_edit(*self._transfer_edit(v)),
            values={
                "seller": names[0] if names else "",
                "buyer": names[1] if len(names) > 1 else "",
                "energy": energy_label("electricity"),
            },
            checks={
                "seller": checks.one_of(tr("Seller (entity)"), names, tr("entity"), optional=False),
                "buyer": checks.one_of(tr("Buyer (entity)"), names, tr("entity"), optional=False),
                "quantity_mwh": checks.number(tr("Quantity (MWh)"), 0, optional=False),
                "rate": checks.number(tr("Buyer's scope 2 rate (kg CO2e/MWh)"), 0, optional=False),
            },
        )
