"""Step 1, subject and boundary: organisation, subject, sites, sources by scope and category."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from workbench.services import boundary as boundary_service
from workbench.services import footprint as footprint_service
from workbench.services.common.units import unit_label

from ..i18n import current_language, tr
from ..i18n_service import boundary_findings, finding_line
from .base import Page
from .entities import EntitiesPanel


def scope_label(scope: int) -> str:
    return {1: tr("Scope 1: direct"), 2: tr("Scope 2: purchased energy"), 3: tr("Scope 3: value chain")}[
        scope
    ]


def materiality_lines(project) -> list[str]:
    """Boundary and materiality findings of the current footprint (they read the whole ledger: the
    page runs this in a worker, through its own read-only connection)."""
    latest = footprint_service.latest(project)
    if latest is None or latest.stale:
        return [tr("Share of excluded emissions: calculate the footprint to check.")]
    try:
        findings = footprint_service.check_boundary(project, result=latest)
    except Exception as exc:  # noqa: BLE001 - status text only
        return [tr("Materiality check not available: {0}").format(exc)]
    lines = [finding_line(f) for f in boundary_findings(findings)]
    return lines or [tr("Boundary checks passed.")]


class BoundaryPage(Page):
    key = "boundary"
    svc = boundary_service

    def build(self) -> None:
        top = QHBoxLayout()
        org_box = QGroupBox(tr("Organisation and subject"))
        form = QFormLayout(org_box)
        self.org_name = QLineEdit()
        self.org_local = QLineEdit()
        self.subject_name = QLineEdit()
        self.subject_kind = QComboBox()
        self.consolidation = QComboBox()
        self.period = QComboBox()
        from ..dialogs.new_project import SUBJECT_KINDS, kind_label

        for k in SUBJECT_KINDS:
            self.subject_kind.addItem(kind_label(k), k)
        for c in ("operational control", "financial control", "equity share"):
            self.consolidation.addItem(tr(c), c)
        form.addRow(tr("Organisation"), self.org_name)
        form.addRow(tr("Local name"), self.org_local)
        form.addRow(tr("Subject"), self.subject_name)
        form.addRow(tr("Kind"), self.subject_kind)
        form.addRow(tr("Consolidation"), self.consolidation)
        form.addRow(tr("Reporting period"), self.period)
        self.client_edit(
            self.org_name, self.org_local, self.subject_name, self.subject_kind, self.consolidation
        )
        self.client_edit(self.period)
        self.org_name.editingFinished.connect(lambda: self._set_org("name", self.org_name.text()))
        self.org_local.editingFinished.connect(lambda: self._set_org("name_local", self.org_local.text()))
        self.subject_name.editingFinished.connect(lambda: self._set_subject("name", self.subject_name.text()))
        self.subject_kind.activated.connect(
            lambda _i: self._set_subject("kind", self.subject_kind.currentData())
        )
        self.consolidation.activated.connect(
            lambda _i: self._set_subject("consolidation", self.consolidation.currentData())
        )
        self.period.activated.connect(self._set_period)
        top.addWidget(org_box, 2)

        site_box = QGroupBox(tr("Sites"))
        sv = QVBoxLayout(site_box)
        self.sites = QTreeWidget()
        self.sites.setHeaderLabels([tr("Code"), tr("Name"), tr("Local name")])
        self.sites.setRootIsDecorated(False)
        sv.addWidget(self.sites)
        self.add_site_button = self.client_edit(QPushButton(tr("Add site...")))
        self.add_site_button.clicked.connect(self.add_site_dialog)
        sv.addWidget(self.add_site_button)
        top.addWidget(site_box, 1)

        materiality_box = QGroupBox(tr("Materiality"))
        mv = QVBoxLayout(materiality_box)
        self.materiality = QPlainTextEdit()  # the findings can be long: scrollable, selectable
        self.materiality.setReadOnly(True)
        self.materiality.setFrameShape(QPlainTextEdit.Shape.NoFrame)
        mv.addWidget(self.materiality)
        top.addWidget(materiality_box, 1)

        head = QWidget()
        head.setLayout(top)
        srcw = QWidget()
        v = QVBoxLayout(srcw)
        v.setContentsMargins(0, 0, 0, 0)
        v.addWidget(QLabel(tr("Emission sources by scope and category")))
        self.tree = QTreeWidget()
        self.tree.setHeaderLabels(
            [
                tr("Source"),
                tr("Name"),
                tr("ISO 14064-1"),
                tr("Site"),
                tr("Unit"),
                tr("Included"),
                tr("Justification"),
            ]
        )
        self.tree.setAlternatingRowColors(True)
        self.tree.itemChanged.connect(self._item_changed)
        v.addWidget(self.tree, 1)
        buttons = QHBoxLayout()
        self.add_source_button = self.client_edit(QPushButton(tr("Add source...")))
        self.exclude_button = self.client_edit(QPushButton(tr("Exclude with justification...")))
        self.include_button = self.client_edit(QPushButton(tr("Include")))
        self.add_source_button.clicked.connect(self.add_source_dialog)
        self.exclude_button.clicked.connect(self.exclude_selected)
        self.include_button.clicked.connect(lambda: self.set_included(self.selected_source(), True, None))
        for b in (self.add_source_button, self.exclude_button, self.include_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        v.addLayout(buttons)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(head)
        # sources and the organisational boundary side by side as tabs: at 1280x720 each gets the
        # page's full height instead of a few rows each
        self.lower_tabs = QTabWidget()
        self.lower_tabs.addTab(srcw, tr("Emission sources"))
        self.entities_panel = EntitiesPanel(self)  # entities, shares, group inventory
        self.lower_tabs.addTab(self.entities_panel, tr("Organisational boundary"))
        split.addWidget(self.lower_tabs)
        split.setStretchFactor(1, 1)
        self.layout_.addWidget(split, 1)
        self._loading = False

    # -- data ------------------------------------------------------------------------------------
    def refresh(self) -> None:
        p, svc = self.project, self.svc
        self._loading = True
        try:
            org, subj = svc.organisation(p), svc.subject(p)
            self.org_name.setText(org.get("name") or "")
            self.org_local.setText(org.get("name_local") or "")
            self.subject_name.setText(subj.get("name") or "")
            self.subject_kind.setCurrentIndex(max(0, self.subject_kind.findData(subj.get("kind"))))
            self.consolidation.setCurrentIndex(max(0, self.consolidation.findData(subj.get("consolidation"))))
            current = p.current_period()
            self.period.clear()
            for per in p.periods():
                base = tr(" (base year)") if per["is_base_year"] else ""
                self.period.addItem(f"{per['label']}: {per['start']} - {per['end']}{base}", per["id"])
            if current:
                self.period.setCurrentIndex(self.period.findData(current["id"]))
            self.sites.clear()
            self.site_codes = {}
            for s in svc.list_sites(p):
                self.site_codes[s["id"]] = s["code"]
                QTreeWidgetItem(self.sites, [s["code"], s["name"], s.get("name_local") or ""])
            self._fill_sources()
            self.entities_panel.refresh()
            head = self._materiality_head()
            self.materiality.setPlainText("\n".join([*head, tr("Checking the boundary...")]))
            self.load(materiality_lines, lambda lines: self.materiality.setPlainText("\n".join(head + lines)))
        finally:
            self._loading = False

    def _fill_sources(self) -> None:
        svc = self.svc
        self.tree.clear()
        self.source_items = {}
        scopes = {}
        cats = {}
        for src in svc.list_sources(self.project):
            scope = src["scope"]
            if scope not in scopes:
                scopes[scope] = QTreeWidgetItem(self.tree, [scope_label(scope)])
                scopes[scope].setFirstColumnSpanned(True)
            parent = scopes[scope]
            if scope == 3:
                cat = src["s3_category"]
                if cat not in cats:
                    name = tr(svc.S3_CATEGORIES[cat])
                    cats[cat] = QTreeWidgetItem(scopes[3], [tr("Category {0}: {1}").format(cat, name)])
                    cats[cat].setFirstColumnSpanned(True)
                parent = cats[cat]
            name = src["name"] + (f" ({src['name_local']})" if src.get("name_local") else "")
            item = QTreeWidgetItem(
                parent,
                [
                    src["code"],
                    name,
                    str(src["iso_category"]),
                    self.site_codes.get(src["site_id"], ""),
                    unit_label(src.get("unit"), current_language()),
                    "",
                    src.get("exclusion_reason") or "",
                ],
            )
            item.setToolTip(2, tr(svc.ISO_CATEGORIES[src["iso_category"]]))
            item.setData(0, Qt.ItemDataRole.UserRole, src["id"])
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(5, Qt.CheckState.Checked if src["included"] else Qt.CheckState.Unchecked)
            if not src["included"]:
                for c in range(7):
                    item.setForeground(c, Qt.GlobalColor.darkGray)
            self.source_items[src["id"]] = (item, src)
        self.tree.expandAll()
        for c in range(6):
            self.tree.resizeColumnToContents(c)

    def _materiality_head(self) -> list[str]:
        """The cheap lines, shown at once; the boundary checks follow from a worker."""
        p = self.project
        pct = p.setting("materiality_pct", 5)
        sources = self.svc.list_sources(p)
        excluded = [s for s in sources if not s["included"]]
        return [
            tr("Materiality threshold: {0} % (a setting; common default 5 %)").format(pct),
            tr("{0} sources, {1} excluded with justification").format(len(sources), len(excluded)),
        ]

    def step_status(self, p=None) -> tuple[str, str]:
        p = p if p is not None else self.project
        sources = self.svc.list_sources(p)
        if not sources:
            return "not_started", tr("no emission sources yet")
        return "done", tr("{0} sources").format(len(sources))

    # -- edits -----------------------------------------------------------------------------------
    def selected_source(self) -> int | None:
        item = self.tree.currentItem()
        return item.data(0, Qt.ItemDataRole.UserRole) if item is not None else None

    def _set_org(self, field: str, value: str) -> None:
        old = self.svc.organisation(self.project).get(field)
        value = value.strip() or None
        if self._loading or value == old:
            return
        self.edit(
            tr("Edit organisation"),
            lambda: self.svc.set_organisation(self.project, **{field: value}),
            lambda: self.svc.set_organisation(self.project, **{field: old}),
        )

    def _set_subject(self, field: str, value) -> None:
        old = self.svc.subject(self.project).get(field)
        if self._loading or value == old or value in (None, ""):
            return
        self.edit(
            tr("Edit subject"),
            lambda: self.svc.set_subject(self.project, **{field: value}),
            lambda: self.svc.set_subject(self.project, **{field: old}),
        )

    def _set_period(self, _index: int) -> None:
        new = self.period.currentData()
        old = self.project.current_period()["id"]
        if new == old:
            return
        self.edit(
            tr("Change reporting period"),
            lambda: self.svc.set_current_period(self.project, new),
            lambda: self.svc.set_current_period(self.project, old),
        )
        self.window_.refresh_all()

    def _item_changed(self, item, column: int) -> None:
        if self._loading or column != 5:
            return
        source_id = item.data(0, Qt.ItemDataRole.UserRole)
        if source_id is None:
            return
        included = item.checkState(5) == Qt.CheckState.Checked
        if included:
            self.set_included(source_id, True, None)
        else:
            self.exclude(source_id)

    def exclude_selected(self) -> None:
        source_id = self.selected_source()
        if source_id is not None:
            self.exclude(source_id)

    def exclude(self, source_id: int, reason: str | None = None) -> None:
        if reason is None:
            reason, ok = QInputDialog.getText(
                self, tr("Exclude source"), tr("Why is this source excluded from the boundary?")
            )
            if not ok:
                self.refresh()
                return
        self.set_included(source_id, False, reason)

    def set_included(self, source_id: int | None, included: bool, reason: str | None) -> None:
        if source_id is None:
            return
        src = self.source_items[source_id][1]
        old_inc, old_reason = bool(src["included"]), src.get("exclusion_reason")
        text = tr("Include {0}") if included else tr("Exclude {0}")
        self.edit(
            text.format(src["code"]),
            lambda: self.svc.set_inclusion(self.project, source_id, included, reason),
            lambda: self.svc.set_inclusion(self.project, source_id, old_inc, old_reason),
        )

    def _add_site_edit(self, code: str, name: str, name_local: str | None = None):
        extra = {"name_local": name_local} if name_local else {}
        state = {}

        def redo():
            state["id"] = self.svc.add_site(self.project, code, name, **extra)

        return (
            tr("Add site {0}").format(code),
            redo,
            lambda: boundary_service.delete_site(self.project, state["id"]),
        )

    def add_site(self, code: str, name: str, name_local: str | None = None) -> None:
        self.edit(*self._add_site_edit(code, name, name_local))

    def add_site_dialog(self) -> dict | None:
        """The Add site form: codes checked as typed; a refusal keeps the dialog and the input."""
        from ..dialogs import checks
        from ..dialogs.simple_form import ask_and_submit

        taken = set(self.site_codes.values())
        return ask_and_submit(
            self,
            tr("Add site"),
            [("code", tr("Code")), ("name", tr("Name")), ("local", tr("Local name"))],
            lambda v: self.try_edit(*self._add_site_edit(v["code"], v["name"], v["local"] or None)),
            checks={
                "code": checks.all_of(
                    checks.required(tr("Code")), checks.not_one_of(tr("Code"), taken, tr("site"))
                ),
                "name": checks.required(tr("Name")),
            },
        )

    def _add_source_edit(self, fields: dict):
        state = {}

        def redo():
            state["id"] = self.svc.add_source(self.project, **fields)

        return (
            tr("Add source {0}").format(fields.get("code", "")),
            redo,
            lambda: boundary_service.delete_source(self.project, state["id"]),
        )

    def add_source(self, **fields) -> None:
        self.edit(*self._add_source_edit(fields))

    def add_source_dialog(self):
        """The Add source form (code, unit and factor id checked as typed); returns it after it closed."""
        from ..dialogs.source import SourceDialog

        dialog = SourceDialog(
            self,
            self.svc,
            sorted(self.site_codes.values()),
            submit=lambda v: self.try_edit(*self._add_source_edit(v)),
            taken=[src["code"] for _item, src in self.source_items.values()],
            factor_ids=lambda: [f.id for f in footprint_service.available_factors(self.project)],
        )
        dialog.exec()
        return dialog
