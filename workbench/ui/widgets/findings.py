"""A table of rule findings: severity, rule id, message and the clause it comes from."""

from __future__ import annotations

from PySide6.QtGui import QColor
from PySide6.QtWidgets import QHeaderView, QTableWidget, QTableWidgetItem

from workbench.services import documents as documents_service

from ..i18n import current_language, tr
from ..i18n_service import subject_text

SEVERITY_COLOURS = {
    "error": "#c5221f",
    "fail": "#c5221f",
    "warning": "#b06000",
    "warn": "#b06000",
    "info": "#1a73e8",
    "pass": "#1e8e3e",
    "ok": "#1e8e3e",
}


class FindingsTable(QTableWidget):
    def __init__(self, parent=None):
        super().__init__(0, 4, parent)
        self.setHorizontalHeaderLabels([tr("Severity"), tr("Rule"), tr("Finding"), tr("Clause")])
        header = self.horizontalHeader()
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.setColumnWidth(1, 150)
        self.setColumnWidth(3, 210)
        self.verticalHeader().setVisible(False)
        self.setWordWrap(True)
        self.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)

    def set_findings(self, findings) -> None:
        self.setRowCount(0)
        for f in findings:
            r = self.rowCount()
            self.insertRow(r)
            severity = str(getattr(f, "severity", ""))
            rule = str(getattr(f, "rule_id", "") or getattr(f, "rule", "") or "")
            subject = subject_text(str(getattr(f, "subject", "") or getattr(f, "source", "") or ""))
            message, clause = str(getattr(f, "message", f)), str(getattr(f, "clause", "") or "")
            if rule and hasattr(f, "rule_id") and current_language() != "en":
                message, clause = documents_service.finding_text(f, current_language())
            cells = [tr(severity), rule, message, clause]
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(f"{rule} ({subject})\n{cells[2]}" if subject else f"{rule}\n{cells[2]}")
                if c == 0 and severity.lower() in SEVERITY_COLOURS:
                    item.setForeground(QColor(SEVERITY_COLOURS[severity.lower()]))
                self.setItem(r, c, item)
        self.fit_columns()

    def fit_columns(self) -> None:
        """Rule and clause as wide as their texts (at most a fifth of the table each), the
        finding takes the rest and wraps; rows as tall as their text."""
        room = max(self.viewport().width(), 600)
        for c in (1, 3):
            self.resizeColumnToContents(c)
            self.setColumnWidth(c, min(self.columnWidth(c) + 8, room // 5))
        self.resizeRowsToContents()

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        if self.rowCount():
            self.fit_columns()

    def severities(self) -> list[str]:
        return [self.item(r, 0).text() for r in range(self.rowCount())]
