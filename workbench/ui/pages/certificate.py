"""Step 7, declaration and certificate: the claim gate (rules it fails), a preview of each
document built from the snapshot, export, the issued-documents register and certificate check."""

from __future__ import annotations

import tempfile
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from workbench.services import documents as documents_service

from .. import pdf_preview
from ..i18n import LANGUAGES, current_language, fmt_datetime, tr
from ..widgets.findings import FindingsTable
from ..workers import read_only_call
from .base import Page

KINDS = ("certificate", "qes", "management_plan", "verification_statement", "kets_report", "dossier")


def kind_label(kind: str) -> str:
    return {
        "certificate": tr("Certificate"),
        "qes": tr("Qualifying explanatory statement"),
        "management_plan": tr("Carbon-neutrality management plan"),
        "verification_statement": tr("Verification statement"),
        "kets_report": tr("K-ETS emission report"),
        "dossier": tr("Client dossier"),
    }[kind]


class CertificatePage(Page):
    key = "certificate"
    svc = documents_service

    def build(self) -> None:  # noqa: C901 - widget layout
        self.preview_path: Path | None = None
        self._tmp = tempfile.TemporaryDirectory(prefix="cnw-docs-")
        self.gate = QLabel()
        self.gate.setWordWrap(True)
        self.gate.setStyleSheet("font-weight: bold;")
        self.layout_.addWidget(self.gate)
        split = QSplitter(Qt.Orientation.Horizontal)
        left = QWidget()
        lv = QVBoxLayout(left)
        lv.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        self.kind = QComboBox()
        for k in KINDS:
            self.kind.addItem(kind_label(k), k)
        self.lang = QComboBox()
        self.lang.addItem("English", "en")
        self.lang.addItem("한국어", "ko")
        self.lang.setCurrentIndex(1 if current_language() == "ko" else 0)
        row.addWidget(self.kind, 1)
        row.addWidget(self.lang)
        lv.addLayout(row)
        buttons = QHBoxLayout()
        self.preview_button = QPushButton(tr("Preview"))
        self.export_button = QPushButton(tr("Export PDF..."))
        self.check_button = QPushButton(tr("Check a certificate PDF..."))
        self.preview_button.clicked.connect(lambda: self.preview())
        self.export_button.clicked.connect(self.export_dialog)
        self.check_button.clicked.connect(self.check_dialog)
        self.preview_button.setShortcut("Ctrl+Shift+P")
        self.export_button.setShortcut("Ctrl+E")
        for b in (self.preview_button, self.export_button, self.check_button):
            buttons.addWidget(b)
        lv.addLayout(buttons)
        self.tabs = QTabWidget()
        self.refusals = FindingsTable()
        self.warnings = FindingsTable()
        self.issued = QTableWidget(0, 5)
        self.issued.setHorizontalHeaderLabels(
            [tr("Issued"), tr("Document"), tr("Language"), tr("By"), tr("Snapshot")]
        )
        self.issued.horizontalHeader().setStretchLastSection(True)
        self.issued.verticalHeader().setVisible(False)
        self.check_result = QPlainTextEdit()
        self.check_result.setReadOnly(True)
        self.tabs.addTab(self.refusals.with_details(self.window_), tr("Rules the claim fails"))
        self.tabs.addTab(self.warnings.with_details(self.window_), tr("Warnings"))
        self.tabs.addTab(self.issued, tr("Issued documents"))
        self.tabs.addTab(self.check_result, tr("Certificate check"))
        lv.addWidget(self.tabs, 1)
        split.addWidget(left)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.pages_widget = QWidget()
        self.pages_layout = QVBoxLayout(self.pages_widget)
        self.pages_layout.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.scroll.setWidget(self.pages_widget)
        split.addWidget(self.scroll)
        split.setSizes([560, 760])
        self.layout_.addWidget(split, 1)
        self.page_count = 0

    # -- data ------------------------------------------------------------------------------------
    def refresh(self) -> None:
        """The claim gate, warnings and register: built from the document model (which reads the
        whole ledger) in a worker; the widgets are filled when it is done."""
        self.load(self._fetch, self._fill)

    def _fetch(self, p) -> dict:
        return {
            "refusals": self.svc.refusals(p),
            "warnings": self.svc.claim_warnings(p),
            "issued": self.svc.issued(p),
        }

    def _fill(self, data: dict) -> None:
        failed = data["refusals"]
        self.refusals.set_findings(failed)
        self.warnings.set_findings(data["warnings"])
        if failed:
            self.gate.setText(
                tr("A certificate cannot be issued yet: the claim fails {0} rule(s).").format(len(failed))
            )
            self.gate.setStyleSheet("font-weight: bold; color: #c5221f;")
        else:
            self.gate.setText(tr("The claim passes every rule: the certificate can be issued."))
            self.gate.setStyleSheet("font-weight: bold; color: #1e8e3e;")
        self.issued.setRowCount(0)
        for d in data["issued"]:
            r = self.issued.rowCount()
            self.issued.insertRow(r)
            cells = [
                fmt_datetime(d.get("issued_at")),
                kind_label(d["kind"]) if d["kind"] in KINDS else d["kind"],
                LANGUAGES.get(d.get("lang") or "", d.get("lang") or ""),
                d.get("issued_by", ""),
                (d.get("snapshot_hash") or "")[:16],
            ]
            for c, text in enumerate(cells):
                self.issued.setItem(r, c, QTableWidgetItem(str(text or "")))
        self.issued.resizeColumnsToContents()

    def step_status(self, p=None) -> tuple[str, str]:
        p = p if p is not None else self.project
        failed = self.svc.refusals(p)
        issued = [d for d in self.svc.issued(p) if d["kind"] == "certificate"]
        if issued and not failed:
            return "done", tr("certificate issued")
        if failed:
            return ("issues" if issued else "not_started"), tr("{0} rule(s) failing").format(len(failed))
        return "in_progress", tr("ready to issue")

    # -- actions ---------------------------------------------------------------------------------
    def _builder(self, kind: str):
        return self.svc.BUILDERS[kind]

    def preview(self, kind: str | None = None, lang: str | None = None, on_done=None):
        """Build the document from the snapshot into a temporary file (worker), then show its pages."""
        kind = kind or self.kind.currentData()
        lang = lang or self.lang.currentData()
        out = Path(self._tmp.name) / f"{kind}-{lang}.pdf"

        builder, source = self._builder(kind), str(self.project.path)

        def work(progress=None, cancel=None):
            # built on a read-only connection of its own: a preview is not an issued document
            # (the register, audit_documents, records only what Export writes)
            path = read_only_call(
                source, lambda ro: builder(ro, out, lang=lang, progress=progress, cancel=cancel)
            )
            return path, pdf_preview.render_pages(path, dpi=110), pdf_preview.page_texts(path)

        def done(result):
            path, images, texts = result
            self.preview_path = path
            self.show_pages(images, texts)
            self.refresh()
            self.window_.update_status()
            if on_done:
                self.when_loaded(lambda: on_done(path))

        return self.long(tr("Building {0}").format(kind_label(kind)), work, on_done=done)

    def show_pages(self, images: list[bytes], texts: list[str]) -> None:
        while self.pages_layout.count():
            w = self.pages_layout.takeAt(0).widget()
            if w is not None:
                w.deleteLater()
        self.page_count = len(images) or len(texts)
        if images:
            for data in images:
                label = QLabel()
                pm = QPixmap()
                pm.loadFromData(data, "PNG")
                width = max(300, self.scroll.viewport().width() - 24)
                if pm.width() > width:
                    pm = pm.scaledToWidth(width, Qt.TransformationMode.SmoothTransformation)
                label.setPixmap(pm)
                label.setStyleSheet("border: 1px solid #9aa0a6; background: white;")
                self.pages_layout.addWidget(label)
        else:
            for text in texts:
                view = QPlainTextEdit(text)
                view.setReadOnly(True)
                view.setMinimumHeight(400)
                self.pages_layout.addWidget(view)

    def export(self, path: str, kind: str | None = None, lang: str | None = None, on_done=None):
        kind = kind or self.kind.currentData()
        lang = lang or self.lang.currentData()

        def done(result):
            self.refresh()
            self.window_.update_status()
            if on_done:
                self.when_loaded(lambda: on_done(result))

        return self.long(
            tr("Exporting {0}").format(kind_label(kind)),
            self._builder(kind),
            self.project,
            path,
            lang=lang,
            on_done=done,
        )

    def export_dialog(self) -> None:
        kind = self.kind.currentData()
        path, _ = QFileDialog.getSaveFileName(
            self, tr("Export PDF"), f"{kind}-{self.lang.currentData()}.pdf", "PDF (*.pdf)"
        )
        if path:
            self.export(path)

    def check(self, pdf_path: str) -> None:
        report = self.call(tr("Certificate check"), self.svc.check_certificate, pdf_path, self.project)
        if report is None:
            return
        lines = [tr("Matches the project.") if report.ok else tr("Does NOT match the project.")]
        lines += [f"- {d}" for d in getattr(report, "differences", [])]
        self.check_result.setPlainText("\n".join(lines))
        self.tabs.setCurrentWidget(self.check_result)

    def check_dialog(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, tr("Certificate PDF"), "", "PDF (*.pdf)")
        if path:
            self.check(path)
