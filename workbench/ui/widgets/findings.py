"""A table of rule findings: severity, rule id, message and the clause it comes from; every text
fits its cell (long texts wrap, rule ids are never cut) at any window size, and ``with_details``
puts the details pane beside it (``finding_details.py``: full text, affected rows, jump, evidence)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QPainter
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
    filled = Signal()

    def __init__(self, parent=None):
        super().__init__(0, 4, parent)
        self.entries: list[dict] = []
        self.details = None
        self.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.setHorizontalHeaderLabels([tr("Severity"), tr("Rule"), tr("Finding"), tr("Clause")])
        header = self.horizontalHeader()
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.setColumnWidth(1, 150)
        self.setColumnWidth(3, 210)
        self.verticalHeader().setVisible(False)
        self.setWordWrap(True)
        self.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)

    def with_details(self, window):
        """This table with its details pane beside it (a splitter to put where the table went)."""
        from .finding_details import with_details

        return with_details(self, window)

    def entry(self, row: int) -> dict | None:
        return self.entries[row] if 0 <= row < len(self.entries) else None

    def set_findings(self, findings) -> None:
        self.setRowCount(0)
        self.entries = []
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
            self.entries.append(
                {
                    "severity": severity,
                    "severity_text": cells[0],
                    "rule": rule,
                    "message": message,
                    "clause": clause,
                    "subject": str(getattr(f, "subject", "") or "") or None,
                }
            )
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(f"{rule} ({subject})\n{cells[2]}" if subject else f"{rule}\n{cells[2]}")
                if c == 0 and severity.lower() in SEVERITY_COLOURS:
                    item.setForeground(QColor(SEVERITY_COLOURS[severity.lower()]))
                self.setItem(r, c, item)
        self.fit_columns()
        if self.rowCount():
            self.setCurrentCell(0, 2)
        self.filled.emit()

    #: below this width the rule and clause columns step aside (the details pane and the tooltip
    #: show them) so that the finding itself keeps room to be read
    NARROW = 720

    def fit_columns(self) -> None:
        """Rule and clause as wide as their texts (at most a fifth of the table each, never
        narrower than their longest word, so an id is not cut), the finding takes the rest and
        wraps; in a narrow table only severity and finding; rows as tall as their text."""
        room = self.viewport().width()
        narrow = room < self.NARROW
        fm = self.fontMetrics()
        for c in (1, 3):
            self.setColumnHidden(c, narrow)
            if narrow:
                continue
            self.resizeColumnToContents(c)
            words = [w for r in range(self.rowCount()) for w in (self.item(r, c).text().split() or [""])]
            longest = max((fm.horizontalAdvance(w) for w in words), default=0) + 16
            self.setColumnWidth(c, max(min(self.columnWidth(c) + 8, room // 5), longest))
        self.resizeRowsToContents()

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        if self.rowCount():
            self.fit_columns()

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().paintEvent(event)
        if self.rowCount() == 0:
            painter = QPainter(self.viewport())
            painter.setPen(QColor("#5f6368"))
            painter.drawText(self.viewport().rect(), Qt.AlignmentFlag.AlignCenter, tr("No findings."))
            painter.end()

    def severities(self) -> list[str]:
        return [self.item(r, 0).text() for r in range(self.rowCount())]
