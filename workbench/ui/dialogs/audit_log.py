"""The audit-log viewer: who changed what and when, filtered by table, user and date; the hash
chain checked on request. It only reads the log (``workbench.services.common.audit_log``)."""

from __future__ import annotations

import json

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from workbench.services.common import audit_log

from ..i18n import fmt_datetime, fmt_int, tr
from . import checks

LIMIT = 1000


def _short(value, width: int = 120) -> str:
    if value in (None, ""):
        return ""
    text = str(value)
    try:
        data = json.loads(text)
        if isinstance(data, dict):
            text = ", ".join(f"{k}={v}" for k, v in data.items())
    except (TypeError, ValueError):
        pass
    return text if len(text) <= width else text[: width - 1] + "…"


def op_label(op: str) -> str:
    return {
        "insert": tr("added"),
        "insert_many": tr("added (many rows)"),
        "update": tr("changed"),
        "delete": tr("deleted"),
        "set": tr("set"),
    }.get(op, op)


class AuditLogDialog(QDialog):
    def __init__(self, parent, project):
        super().__init__(parent)
        self.project = project
        self.setWindowTitle(tr("Audit log"))
        self.resize(1100, 620)
        v = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.table_filter = QComboBox()
        self.table_filter.addItem(tr("(all tables)"), None)
        for t in audit_log.audit_tables(project):
            self.table_filter.addItem(t, t)
        self.user_filter = QComboBox()
        self.user_filter.addItem(tr("(all users)"), None)
        for u in audit_log.audit_users(project):
            self.user_filter.addItem(u, u)
        self.date_from = QLineEdit()
        self.date_from.setPlaceholderText(tr("from YYYY-MM-DD"))
        self.date_to = QLineEdit()
        self.date_to.setPlaceholderText(tr("to YYYY-MM-DD"))
        for edit in (self.date_from, self.date_to):
            edit.setMinimumWidth(130)
        self.text_filter = QLineEdit()
        self.text_filter.setPlaceholderText(tr("text in the action"))
        for label, w in (
            (tr("Table"), self.table_filter),
            (tr("User"), self.user_filter),
            (tr("From"), self.date_from),
            (tr("To"), self.date_to),
        ):
            bar.addWidget(QLabel(label))
            bar.addWidget(w)
        bar.addWidget(self.text_filter, 1)
        v.addLayout(bar)
        self.problem = QLabel()
        self.problem.setObjectName("filterError")
        self.problem.setStyleSheet("color: #b00020;")
        self.problem.setVisible(False)
        v.addWidget(self.problem)
        headers = [
            tr("#"),
            tr("When"),
            tr("User"),
            tr("Action"),
            tr("Table"),
            tr("Row"),
            tr("Change"),
            tr("Old"),
            tr("New"),
        ]
        self.rows = QTableWidget(0, len(headers))
        self.rows.setHorizontalHeaderLabels(headers)
        self.rows.verticalHeader().setVisible(False)
        self.rows.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.rows.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        v.addWidget(self.rows, 1)
        foot = QHBoxLayout()
        self.count = QLabel()
        self.chain = QLabel()
        self.chain.setObjectName("chainResult")
        self.chain.setWordWrap(True)
        self.verify_button = QPushButton(tr("Verify the chain"))
        self.verify_button.clicked.connect(self.verify)
        foot.addWidget(self.count)
        foot.addWidget(self.chain, 1)
        foot.addWidget(self.verify_button)
        v.addLayout(foot)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        v.addWidget(buttons)
        for combo in (self.table_filter, self.user_filter):
            combo.currentIndexChanged.connect(self.fill)
        for edit in (self.date_from, self.date_to, self.text_filter):
            edit.textChanged.connect(self.fill)
        from ..widgets.table_export import install

        install(self.rows)
        self.fill()

    def current_filter(self) -> audit_log.AuditFilter | None:
        """The filter typed, or None (with the reason shown) when a date is not a date."""
        for label, edit in ((tr("From"), self.date_from), (tr("To"), self.date_to)):
            problem = checks.date(label)(edit.text())
            if problem:
                self.problem.setText(problem)
                self.problem.setVisible(True)
                return None
        self.problem.setVisible(False)
        return audit_log.AuditFilter(
            table=self.table_filter.currentData(),
            user=self.user_filter.currentData(),
            date_from=self.date_from.text().strip() or None,
            date_to=self.date_to.text().strip() or None,
            text=self.text_filter.text().strip() or None,
        )

    def fill(self, *_):
        flt = self.current_filter()
        if flt is None:
            return
        rows = audit_log.audit_rows(self.project, flt, limit=LIMIT)
        total = audit_log.audit_count(self.project, flt)
        self.rows.setRowCount(len(rows))
        for r, row in enumerate(rows):
            cells = [
                str(row["id"]),
                fmt_datetime(row["ts"]),
                row["user"],
                row["action"],
                row["tbl"] or "",
                "" if row["row_id"] is None else str(row["row_id"]),
                op_label(row["op"]),
                _short(row["old"]),
                _short(row["new"]),
            ]
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if c in (7, 8) and row["old" if c == 7 else "new"]:
                    item.setToolTip(str(row["old" if c == 7 else "new"])[:2000])
                self.rows.setItem(r, c, item)
        self.rows.resizeColumnsToContents()
        for c, most in ((3, 360), (7, 260)):
            self.rows.setColumnWidth(c, min(self.rows.columnWidth(c), most))
        self.rows.horizontalHeader().setStretchLastSection(True)
        if total > len(rows):
            self.count.setText(
                tr("{0} of {1} entries (newest first)").format(fmt_int(len(rows)), fmt_int(total))
            )
        else:
            self.count.setText(tr("{0} entries").format(fmt_int(total)))

    def verify(self) -> None:
        report = audit_log.verify_chain(self.project)
        if report.ok:
            self.chain.setText(
                tr("Chain intact: {0} entries, none edited or deleted.").format(fmt_int(report.rows))
            )
            self.chain.setStyleSheet("color: #1e8e3e; font-weight: bold;")
        else:
            self.chain.setText(
                tr("Chain broken at entry {0}: the history was edited or deleted.").format(
                    report.first_bad_id or "?"
                )
            )
            self.chain.setToolTip(report.message)
            self.chain.setStyleSheet("color: #c5221f; font-weight: bold;")
