"""The footprint page's left tabs: emission factors of the sources (assign) and scope 2
contractual instruments (add, delete; undoable).

A mixin of :class:`.footprint.FootprintPage` (it uses the page's ``project``, ``edit`` and
``client_edit``)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget

from workbench.services import boundary as boundary_service
from workbench.services import footprint as footprint_service
from workbench.services.common.units import unit_label

from ..i18n import current_language, fmt_number, tr


class FactorInstrumentTabs:
    """Builds and fills the emission factors and scope 2 instruments tabs, and their actions."""

    def _build_factors(self) -> QWidget:
        """The sources with their emission factor (missing ones in red), assign, report the base year."""
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
        self.browse_factors_button = QPushButton(tr("Browse factors..."))
        self.browse_factors_button.clicked.connect(lambda: self.browse_factors())
        fb.addWidget(self.assign_button)
        fb.addWidget(self.browse_factors_button)
        fb.addWidget(self.report_base_button)
        fb.addStretch(1)
        fv.addLayout(fb)
        return factors

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
                f"{fmt_number(ins['quantity'], None)} {unit_label(ins['unit'], current_language())}",
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
                unit_label(src.get("unit"), current_language()),
                src["factor_id"] or tr("(none)"),
                f.name if f else "",
            ]
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if missing:
                    item.setForeground(Qt.GlobalColor.red)
                self.factors.setItem(r, c, item)
        self.factors.resizeColumnsToContents()

    # -- actions ---------------------------------------------------------------------------------
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

    def browse_factors(self):
        """Every factor with its value, gases, region, year, publisher, licence and uncertainty;
        assigns to the source chosen in it (in edit mode; read-only modes browse only)."""
        from ..dialogs.factor_picker import FactorBrowser

        can_edit = self.assign_button.isEnabled()
        dialog = FactorBrowser(
            self, sources=self.source_rows if can_edit else None, on_assign=self._assign_from_browser
        )
        r = self.factors.currentRow()
        if can_edit and 0 <= r < len(self.source_rows):
            dialog.target.setCurrentIndex(r)
        dialog.exec()
        return dialog

    def _assign_from_browser(self, source_code: str, factor_id: str) -> str | None:
        src = boundary_service.source_by_code(self.project, source_code)
        old_factor, old_unit = src["factor_id"], src["unit"]
        return self.try_edit(
            tr("Assign factor {0} to {1}").format(factor_id, source_code),
            lambda: footprint_service.assign_factor(self.project, source_code, factor_id),
            lambda: boundary_service.update_source(
                self.project, src["id"], factor_id=old_factor, unit=old_unit
            ),
        )

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
