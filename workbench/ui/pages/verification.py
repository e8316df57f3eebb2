"""Step 6, verification (verifier mode): key, engagement, plan, sample and vouch, findings,
materiality, opinion, sign. In edit mode the client sees the findings and answers them."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from workbench.services import verification as verification_service

from ..i18n import fmt_number, tr
from ..i18n_service import materiality_text, sample_reasons, table_name
from ..widgets.jump import jump_to_finding, jump_to_sample
from .base import Page

#: vouching results as the page shows them (stored values are identifiers)
VOUCH_LABELS = {"agreed": "agreed", "exception": "exception", "no_evidence": "No evidence"}


def _table(headers: list[str]) -> QTableWidget:
    t = QTableWidget(0, len(headers))
    t.setHorizontalHeaderLabels(headers)
    t.verticalHeader().setVisible(False)
    t.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
    t.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
    t.horizontalHeader().setStretchLastSection(True)
    return t


def _fill(table: QTableWidget, rows: list[list]) -> None:
    table.setRowCount(0)
    for values in rows:
        r = table.rowCount()
        table.insertRow(r)
        for c, v in enumerate(values):
            table.setItem(r, c, QTableWidgetItem("" if v is None else str(v)))
    table.resizeColumnsToContents()


def headline(st) -> str:
    """The verification state in the UI language (the service's headline is English)."""
    if not st.started:
        return tr("Not verified: no verification started.")
    if st.signed_data_changed:
        return tr("Signed data changed since verification: {0}").format(
            "; ".join(t.message for t in st.tamper)
        )
    if st.signed:
        return tr("Signed {0} by {1} ({2}): {3} opinion; data unchanged.").format(
            st.signed_on, st.verifier_name, st.body, tr(st.opinion or "")
        )
    return tr("Verification #{0} in progress ({1}, {2}); not signed.").format(
        st.engagement_id, st.verifier_name, st.body
    )


class VerificationPage(Page):
    key = "verification"
    svc = verification_service

    def build(self) -> None:
        self.key_ = None
        self.headline = QLabel()
        self.headline.setWordWrap(True)
        self.headline.setStyleSheet("font-weight: bold;")
        self.layout_.addWidget(self.headline)
        self.mode_hint = QLabel(
            tr(
                "The verifier works on this page in verifier mode (File > Open as verifier). "
                "The client answers findings here in edit mode."
            )
        )
        self.mode_hint.setWordWrap(True)
        self.mode_hint.setStyleSheet("color: #5f6368;")
        self.layout_.addWidget(self.mode_hint)
        self.tabs = QTabWidget()
        self.layout_.addWidget(self.tabs, 1)

        # -- engagement and plan
        plan = QWidget()
        pv = QVBoxLayout(plan)
        key_box = QGroupBox(tr("Verifier key"))
        kh = QHBoxLayout(key_box)
        self.key_label = QLabel(tr("No key loaded"))
        self.create_key_button = self.verifier_edit(QPushButton(tr("Create key...")))
        self.load_key_button = self.verifier_edit(QPushButton(tr("Load key...")))
        self.create_key_button.clicked.connect(self.create_key_dialog)
        self.load_key_button.clicked.connect(self.load_key_dialog)
        kh.addWidget(self.key_label, 1)
        kh.addWidget(self.create_key_button)
        kh.addWidget(self.load_key_button)
        pv.addWidget(key_box)
        eng_box = QGroupBox(tr("Engagement"))
        ef = QFormLayout(eng_box)
        self.verifier_name = QLineEdit()
        self.body = QLineEdit()
        self.accreditation = QLineEdit()
        self.start_button = self.verifier_edit(QPushButton(tr("Start verification")))
        self.start_button.clicked.connect(self.start_from_form)
        self.verifier_edit(self.verifier_name, self.body, self.accreditation)
        ef.addRow(tr("Verifier"), self.verifier_name)
        ef.addRow(tr("Verification body"), self.body)
        ef.addRow(tr("Accreditation"), self.accreditation)
        ef.addRow(self.start_button)
        pv.addWidget(eng_box)
        plan_box = QGroupBox(tr("Verification plan"))
        pf = QFormLayout(plan_box)
        self.level = QComboBox()
        self.level.addItem(tr("limited"), "limited")
        self.level.addItem(tr("reasonable"), "reasonable")
        self.materiality_pct = QDoubleSpinBox()
        self.materiality_pct.setRange(0.1, 100)
        self.materiality_pct.setSuffix(" %")
        self.materiality_pct.setValue(5.0)
        self.criteria = QLineEdit()
        self.set_plan_button = self.verifier_edit(QPushButton(tr("Save plan")))
        self.set_plan_button.clicked.connect(self.set_plan_from_form)
        self.verifier_edit(self.level, self.materiality_pct, self.criteria)
        pf.addRow(tr("Level of assurance"), self.level)
        pf.addRow(tr("Materiality (a setting; common default 5 %)"), self.materiality_pct)
        pf.addRow(tr("Criteria"), self.criteria)
        pf.addRow(self.set_plan_button)
        pv.addWidget(plan_box)
        pv.addStretch(1)
        self.tabs.addTab(plan, tr("Plan"))

        # -- sample and vouch
        sample = QWidget()
        sv = QVBoxLayout(sample)
        sh = QHBoxLayout()
        self.sample_n = QSpinBox()
        self.sample_n.setRange(1, 1000)
        self.sample_n.setValue(10)
        self.sample_method = QComboBox()
        self.sample_method.addItem(tr("risk-weighted"), "risk")
        self.sample_method.addItem(tr("random"), "random")
        self.sample_seed = QLineEdit()
        self.sample_seed.setPlaceholderText(tr("seed (blank: new)"))
        self.draw_button = self.verifier_edit(QPushButton(tr("Draw sample")))
        self.draw_button.clicked.connect(self.draw_from_form)
        self.verifier_edit(self.sample_n, self.sample_method, self.sample_seed)
        for w in (QLabel(tr("Items")), self.sample_n, self.sample_method, self.sample_seed, self.draw_button):
            sh.addWidget(w)
        sh.addStretch(1)
        sv.addLayout(sh)
        self.items = _table([tr("Item"), tr("Table"), tr("Row"), tr("Weight"), tr("Why"), tr("Result")])
        self.items.setToolTip(tr("Double-click an item to see its row"))
        self.items.cellDoubleClicked.connect(lambda r, _c: jump_to_sample(self, r))
        sv.addWidget(self.items, 1)
        vh = QHBoxLayout()
        self.vouch_buttons = {}
        for result, label in (
            ("agreed", tr("Agreed")),
            ("exception", tr("Exception")),
            ("no_evidence", tr("No evidence")),
        ):
            b = self.verifier_edit(QPushButton(label))
            b.clicked.connect(lambda _=False, r=result: self.vouch_selected(r))
            self.vouch_buttons[result] = b
            vh.addWidget(b)
        vh.addStretch(1)
        sv.addLayout(vh)
        self.tabs.addTab(sample, tr("Sample"))

        # -- findings
        fw = QWidget()
        fv = QVBoxLayout(fw)
        self.findings = _table(
            [
                tr("Ref"),
                tr("Kind"),
                tr("Clause"),
                tr("Description"),
                tr("Impact tCO2e"),
                tr("Status"),
                tr("Client response"),
            ]
        )
        self.findings.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.findings.cellDoubleClicked.connect(lambda r, _c: jump_to_finding(self, r))
        self.findings.setToolTip(tr("Double-click to show the data the finding is about"))
        fv.addWidget(self.findings, 1)
        fh = QHBoxLayout()
        self.raise_button = self.verifier_edit(QPushButton(tr("Raise finding...")))
        self.close_button = self.verifier_edit(QPushButton(tr("Close finding")))
        self.respond_button = self.client_edit(QPushButton(tr("Respond...")))
        self.raise_button.clicked.connect(self.raise_dialog)
        self.close_button.clicked.connect(self.close_selected)
        self.respond_button.clicked.connect(self.respond_dialog)
        for b in (self.raise_button, self.close_button, self.respond_button):
            fh.addWidget(b)
        fh.addStretch(1)
        fv.addLayout(fh)
        self.tabs.addTab(fw, tr("Findings"))

        # -- opinion and sign
        ow = QWidget()
        of = QFormLayout(ow)
        self.materiality_label = QLabel()
        self.materiality_label.setWordWrap(True)
        self.opinion = QComboBox()
        for o in ("unmodified", "modified", "adverse", "disclaimer"):
            self.opinion.addItem(tr(o), o)
        self.basis = QLineEdit()
        self.opinion_button = self.verifier_edit(QPushButton(tr("Record opinion")))
        self.sign_button = self.verifier_edit(QPushButton(tr("Sign the verification statement")))
        self.opinion_button.clicked.connect(self.opinion_from_form)
        self.sign_button.clicked.connect(self.sign_dialog)
        self.verifier_edit(self.opinion, self.basis)
        of.addRow(tr("Materiality"), self.materiality_label)
        of.addRow(tr("Opinion"), self.opinion)
        of.addRow(tr("Basis"), self.basis)
        of.addRow(self.opinion_button)
        of.addRow(self.sign_button)
        self.tabs.addTab(ow, tr("Opinion and sign-off"))
        self.finding_rows: list[dict] = []
        self.item_rows: list[dict] = []
        self.st = None  # the verification status, read in a worker by refresh()

    # -- data ------------------------------------------------------------------------------------
    def apply_mode(self, mode) -> None:
        super().apply_mode(mode)
        self.mode_hint.setVisible(mode != "verifier")

    def refresh(self) -> None:
        p, svc = self.project, self.svc
        if self.key_ is None and self.mode == "verifier":
            try:
                self.key_ = svc.load_key(svc.find_default_key())
            except Exception:  # noqa: BLE001 - no key yet: the verifier creates or loads one
                self.key_ = None
        self.key_label.setText(
            tr("{0} (fingerprint {1})").format(self.key_.name, svc.short_fingerprint(self.key_.fingerprint))
            if self.key_
            else tr("No key loaded")
        )
        eng = svc.current_engagement(p)
        self.eng = eng
        if eng:
            self.verifier_name.setText(eng["verifier_name"] or "")
            self.body.setText(eng["body"] or "")
            self.accreditation.setText(eng["accreditation"] or "")
            if eng.get("level"):
                self.level.setCurrentIndex(max(0, self.level.findData(eng["level"])))
            if eng.get("materiality_pct") is not None:
                self.materiality_pct.setValue(float(eng["materiality_pct"]))
            self.criteria.setText(", ".join(svc.criteria_of(eng)))
            if eng.get("opinion"):
                self.opinion.setCurrentIndex(max(0, self.opinion.findData(eng["opinion"])))
            self.basis.setText(eng.get("opinion_basis") or "")
        else:
            self.criteria.setText(p.setting("standard", "ISO14068-1"))
        self.item_rows = []
        if eng:
            for s in svc.samples(p):
                self.item_rows.extend(s.items)
        _fill(
            self.items,
            [
                [
                    it["id"],
                    table_name(it["tbl"]),
                    it["row_id"],
                    fmt_number(it["weight"], 3),
                    sample_reasons(it.get("reasons")),
                    tr(VOUCH_LABELS.get(it["vouch_result"], it["vouch_result"]))
                    if it["vouch_result"]
                    else "",
                ]
                for it in self.item_rows
            ],
        )
        self.finding_rows = svc.findings(p) if eng else []
        _fill(
            self.findings,
            [
                [
                    f["ref"],
                    f["kind"],
                    f["clause"] or "",
                    f["description"],
                    fmt_number(f["impact_t"], None),
                    tr(f["status"]),
                    f["client_response"] or "",
                ]
                for f in self.finding_rows
            ],
        )
        self.findings.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.load(self.svc.status, self._fill_status)

    def _fill_status(self, st) -> None:
        """The verification status (snapshot hash, signature, materiality): read in a worker."""
        self.st = st
        self.headline.setText(headline(st))
        self.headline.setStyleSheet(
            "font-weight: bold; color: %s;"
            % ("#c5221f" if st.signed_data_changed else "#1e8e3e" if st.signed else "#202124")
        )
        self.materiality_label.setText(
            materiality_text(st.materiality) if st.materiality else tr("no engagement yet")
        )

    def step_status(self, p=None) -> tuple[str, str]:
        p = p if p is not None else self.project
        st = self.svc.status(p)
        if not st.started:
            return "not_started", tr("no verification started")
        if st.signed_data_changed:
            return "issues", st.headline
        if st.signed:
            return "done", st.headline
        if st.open_car or st.open_cl:
            return "issues", tr("{0} CAR and {1} CL open").format(st.open_car, st.open_cl)
        return "in_progress", st.headline

    def selected_finding(self) -> dict | None:
        r = self.findings.currentRow()
        return self.finding_rows[r] if 0 <= r < len(self.finding_rows) else None

    # -- verifier actions --------------------------------------------------------------------------
    def create_key_dialog(self) -> None:
        name, ok = QInputDialog.getText(self, tr("Create verifier key"), tr("Your name as it will be signed"))
        if ok and name.strip():
            self.key_ = self.call(tr("Create verifier key"), self.svc.create_key, None, name.strip())
            self.refresh()

    def load_key_dialog(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, tr("Load verifier key"), str(self.svc.default_key_dir()))
        if path:
            self.key_ = self.call(tr("Load verifier key"), self.svc.load_key, path) or self.key_
            self.refresh()

    def _after_action(self) -> None:
        self.refresh()
        self.window_.update_status()

    def start(self, verifier_name: str, body: str, accreditation: str | None = None) -> None:
        if self.key_ is None:
            from workbench.project.errors import ProjectError

            from ..errors import show_error

            show_error(
                self, ProjectError(tr("Create or load your verifier key first.")), tr("Start verification")
            )
            return
        self.call(
            tr("Start verification"),
            self.svc.start,
            self.project,
            self.key_,
            verifier_name,
            body=body,
            accreditation=accreditation,
        )
        self._after_action()

    def start_from_form(self) -> None:
        self.start(
            self.verifier_name.text().strip(), self.body.text().strip(), self.accreditation.text().strip()
        )

    def set_plan(self, level: str, materiality_pct: float, criteria: list[str]) -> None:
        eng = self.svc.current_engagement(self.project) or {}
        old = (eng.get("level"), eng.get("materiality_pct"), self.svc.criteria_of(eng) if eng else None)

        def undo():
            if old[0]:
                self.svc.set_plan(self.project, old[0], materiality_pct=old[1], criteria=old[2])

        self.edit(
            tr("Verification plan"),
            lambda: self.svc.set_plan(
                self.project, level, materiality_pct=materiality_pct, criteria=criteria
            ),
            undo,
        )

    def set_plan_from_form(self) -> None:
        criteria = [c.strip() for c in self.criteria.text().split(",") if c.strip()]
        self.set_plan(self.level.currentData(), self.materiality_pct.value(), criteria)

    def draw(self, n: int, method: str, seed=None, on_done=None) -> None:
        def done(sample):
            self._after_action()
            if on_done:
                on_done(sample)

        self.long(
            tr("Drawing the sample"),
            self.svc.draw_sample,
            self.project,
            n,
            seed=seed,
            method=method,
            on_done=done,
        )

    def draw_from_form(self) -> None:
        seed = self.sample_seed.text().strip() or None
        self.draw(self.sample_n.value(), self.sample_method.currentData(), seed)

    def vouch(self, item_id: int, result: str, note: str | None = None) -> None:
        self.call(tr("Vouch"), self.svc.vouch, self.project, item_id, result, note=note)
        self._after_action()

    def vouch_selected(self, result: str) -> None:
        r = self.items.currentRow()
        if 0 <= r < len(self.item_rows):
            self.vouch(self.item_rows[r]["id"], result)

    def raise_finding(self, kind: str, description: str, clause: str | None = None, impact_t=None) -> None:
        self.call(
            tr("Raise finding"),
            self.svc.raise_finding,
            self.project,
            kind,
            description,
            clause=clause,
            impact_t=impact_t,
        )
        self._after_action()

    def raise_dialog(self) -> dict | None:
        """Raise a finding: refused up front on a signed verification; kind and impact checked as typed."""
        from ..dialogs.finding import raise_finding_dialog

        return raise_finding_dialog(self)

    def close_selected(self, corrected: bool = True) -> None:
        f = self.selected_finding()
        if f:
            self.call(
                tr("Close finding"), self.svc.close_finding, self.project, f["ref"], corrected=corrected
            )
            self._after_action()

    def respond(self, ref: str, response: str) -> None:
        """The client's answer (edit mode); undo clears nothing, so it is a plain call."""
        self.call(tr("Respond to finding"), self.svc.respond, self.project, ref, response)
        self._after_action()

    def respond_dialog(self) -> None:
        f = self.selected_finding()
        if f:
            text, ok = QInputDialog.getMultiLineText(
                self, tr("Respond to {0}").format(f["ref"]), f["description"]
            )
            if ok:
                self.respond(f["ref"], text)

    def set_opinion(self, opinion: str, basis: str | None = None) -> None:
        eng = self.svc.current_engagement(self.project) or {}
        old, old_basis = eng.get("opinion"), eng.get("opinion_basis")

        def undo():
            if old:
                self.svc.set_opinion(self.project, old, old_basis)

        self.edit(tr("Opinion"), lambda: self.svc.set_opinion(self.project, opinion, basis or None), undo)

    def opinion_from_form(self) -> None:
        self.set_opinion(self.opinion.currentData(), self.basis.text().strip())

    def sign(self, on_done=None) -> None:
        def done(signoff):
            self._after_action()
            if on_done:
                on_done(signoff)

        self.long(tr("Signing"), self.svc.sign, self.project, self.key_, on_done=done)

    def sign_dialog(self) -> None:
        from ..dialogs.readiness import explain_sign_blockers

        if explain_sign_blockers(self, self.project, self.key_):
            return
        answer = QMessageBox.question(
            self,
            tr("Sign"),
            tr(
                "Sign the verification statement with your key? Any later change to the data will show as "
                "'signed data changed'."
            ),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.sign()
