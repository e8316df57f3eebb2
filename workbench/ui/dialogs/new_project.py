"""New project wizard: organisation and subject, period and method, sites, file name."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWizard,
    QWizardPage,
)

from ..errors import show_error
from ..i18n import tr

SUBJECT_KINDS = ("organisation", "product", "service", "building", "event")
STANDARDS = ("ISO14068-1", "PAS2060")
PAS2060_WITHDRAWN = "2025-11-30"  # BSI withdrew PAS 2060:2014 on 2025-11-30 (STANDARDS.md, [public])


def kind_label(kind: str) -> str:
    return {
        "organisation": tr("Organisation"),
        "product": tr("Product"),
        "service": tr("Service"),
        "building": tr("Building"),
        "event": tr("Event"),
    }[kind]


class NewProjectDialog(QWizard):
    def __init__(self, parent=None, default_dir: str | None = None):
        super().__init__(parent)
        self.setWindowTitle(tr("New project"))
        self.created = None
        self.default_dir = default_dir or str(Path.home())

        # 1. organisation and subject
        p1 = QWizardPage()
        p1.setTitle(tr("Organisation and subject"))
        f1 = QFormLayout(p1)
        self.org_name = QLineEdit()
        self.org_name_local = QLineEdit()
        self.subject_kind = QComboBox()
        for k in SUBJECT_KINDS:
            self.subject_kind.addItem(kind_label(k), k)
        self.subject_name = QLineEdit()
        self.subject_name.setPlaceholderText(tr("(same as the organisation)"))
        f1.addRow(tr("Organisation name"), self.org_name)
        f1.addRow(tr("Local name"), self.org_name_local)
        f1.addRow(tr("Subject of the claim"), self.subject_kind)
        f1.addRow(tr("Subject name"), self.subject_name)
        p1.registerField("org*", self.org_name)
        self.addPage(p1)

        # 2. period and method
        p2 = QWizardPage()
        p2.setTitle(tr("Reporting period and method"))
        f2 = QFormLayout(p2)
        year = QDate.currentDate().year() - 1
        self.start = QDateEdit(QDate(year, 1, 1))
        self.end = QDateEdit(QDate(year, 12, 31))
        for d in (self.start, self.end):
            d.setCalendarPopup(True)
            d.setDisplayFormat("yyyy-MM-dd")
        self.gwp = QComboBox()
        from workbench.services.footprint.core import DEFAULT_GWP_SET, GWP_SETS

        self.gwp.addItems(list(GWP_SETS))
        self.gwp.setCurrentText(DEFAULT_GWP_SET)
        self.standard = QComboBox()
        self.standard.addItem(tr("ISO 14068-1:2023 (current)"), "ISO14068-1")
        self.standard.addItem(tr("PAS 2060:2014 (withdrawn 2025-11-30)"), "PAS2060")
        self.standard_note = QLabel()
        self.standard_note.setWordWrap(True)
        self.standard_note.setStyleSheet("color: #b06000;")
        self.standard.currentIndexChanged.connect(self._standard_changed)
        self.end.dateChanged.connect(self._standard_changed)
        f2.addRow(tr("Period start"), self.start)
        f2.addRow(tr("Period end"), self.end)
        f2.addRow(tr("GWP set"), self.gwp)
        f2.addRow(tr("Standard"), self.standard)
        f2.addRow(self.standard_note)
        self.addPage(p2)

        # 3. sites and file
        p3 = QWizardPage()
        p3.setTitle(tr("Sites and file"))
        v3 = QVBoxLayout(p3)
        self.sites = QTableWidget(0, 3)
        self.sites.setHorizontalHeaderLabels([tr("Code"), tr("Name"), tr("Local name")])
        self.sites.horizontalHeader().setStretchLastSection(True)
        buttons = QHBoxLayout()
        add = QPushButton(tr("Add site"))
        remove = QPushButton(tr("Remove site"))
        add.clicked.connect(lambda: self.add_site_row())
        remove.clicked.connect(lambda: self.sites.removeRow(max(self.sites.currentRow(), 0)))
        buttons.addWidget(add)
        buttons.addWidget(remove)
        buttons.addStretch(1)
        v3.addWidget(QLabel(tr("Sites (can be added later)")))
        v3.addWidget(self.sites)
        v3.addLayout(buttons)
        file_row = QHBoxLayout()
        self.path = QLineEdit()
        browse = QPushButton(tr("Browse..."))
        browse.clicked.connect(self._browse)
        file_row.addWidget(self.path, 1)
        file_row.addWidget(browse)
        v3.addWidget(QLabel(tr("Project file")))
        v3.addLayout(file_row)
        p3.registerField("path*", self.path)
        self.addPage(p3)
        self.org_name.textChanged.connect(self._suggest_path)

    def add_site_row(self, code: str = "", name: str = "", local: str = "") -> None:
        r = self.sites.rowCount()
        self.sites.insertRow(r)
        for c, text in enumerate((code, name, local)):
            self.sites.setItem(r, c, QTableWidgetItem(text))

    def _suggest_path(self, text: str) -> None:
        if not self.path.isModified():
            stem = "".join(ch if ch.isalnum() else "-" for ch in text.strip()).strip("-") or "project"
            self.path.setText(str(Path(self.default_dir) / f"{stem}.cnw"))

    def _browse(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, tr("Project file"), self.path.text(), "*.cnw")
        if path:
            self.path.setText(path if path.endswith(".cnw") else path + ".cnw")
            self.path.setModified(True)

    def _standard_changed(self, *_):
        end = self.end.date().toString("yyyy-MM-dd")
        if self.standard.currentData() == "PAS2060":
            if end > PAS2060_WITHDRAWN:
                self.standard_note.setText(
                    tr("PAS 2060 was withdrawn on 2025-11-30; claims for later periods use ISO 14068-1.")
                )
            else:
                self.standard_note.setText(tr("PAS 2060 is kept for periods before its withdrawal."))
        else:
            self.standard_note.setText("")

    def values(self) -> dict:
        sites = []
        for r in range(self.sites.rowCount()):
            cells = [
                (self.sites.item(r, c).text().strip() if self.sites.item(r, c) else "") for c in range(3)
            ]
            if any(cells):
                sites.append(cells)
        return {
            "path": self.path.text().strip(),
            "organisation": self.org_name.text().strip(),
            "name_local": self.org_name_local.text().strip() or None,
            "subject_kind": self.subject_kind.currentData(),
            "subject_name": self.subject_name.text().strip() or None,
            "period_start": self.start.date().toString("yyyy-MM-dd"),
            "period_end": self.end.date().toString("yyyy-MM-dd"),
            "gwp_set": self.gwp.currentText(),
            "standard": self.standard.currentData(),
            "sites": sites,
        }

    def create(self):
        """Create the file through the store and the boundary service; raise readable errors."""
        from workbench import new_project
        from workbench.project.errors import ProjectError
        from workbench.services import boundary

        v = self.values()
        if v["standard"] == "PAS2060" and v["period_end"] > PAS2060_WITHDRAWN:
            raise ProjectError(
                tr("PAS 2060 was withdrawn on 2025-11-30; claims for later periods use ISO 14068-1.")
            )
        for n, (code, name, _local) in enumerate(v["sites"], start=1):
            if not code or not name:
                raise ProjectError(tr("Site row {0}: code and name are both needed").format(n))
        codes = [code for code, _n, _l in v["sites"]]
        dupes = sorted({c for c in codes if codes.count(c) > 1})
        if dupes:
            raise ProjectError(tr("Site code {0} is used twice").format(", ".join(dupes)))
        extra = {"name_local": v["name_local"]} if v["name_local"] else {}
        project = new_project(
            v["path"],
            v["organisation"],
            subject_name=v["subject_name"],
            subject_kind=v["subject_kind"],
            period_start=v["period_start"],
            period_end=v["period_end"],
            gwp_set=v["gwp_set"],
            standard=v["standard"],
            **extra,
        )
        for code, name, local in v["sites"]:
            boundary.add_site(project, code, name, **({"name_local": local} if local else {}))
        return project

    def accept(self) -> None:
        try:
            self.created = self.create()
        except Exception as exc:  # noqa: BLE001 - shown; the wizard stays open
            show_error(self, exc, tr("New project"))
            return
        super().accept()
