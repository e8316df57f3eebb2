"""The details pane beside a findings table: the whole finding (severity, rule, clause, sentence),
the rows it names, their evidence, and a link that jumps to those rows on their page."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from workbench.project.attachments import evidence_for

from ..i18n import fmt_int, fmt_number, tr
from ..i18n_service import subject_text
from .jump import show_subject

#: how many activity rows of a source the pane lists by number
FIRST_ROWS = 20


def affected(project, subject: str | None) -> tuple[list[str], list[dict]]:
    """(lines naming the rows a finding is about, their evidence files) for ``subject``."""
    kind, _, ref = str(subject or "").partition(":")
    if project is None or not ref:
        return [], []
    if kind == "lot" and ref.isdigit():
        rows = project.rows(
            "SELECT id, registry, serial, quantity FROM offset_lots WHERE id = ?", (int(ref),)
        )
        lines = [
            tr("Credit lot {0}: {1} {2}, {3} credits").format(
                r["id"], r["registry"], r["serial"], fmt_int(r["quantity"])
            )
            for r in rows
        ]
        return lines, evidence_for(project, "offset_lots", int(ref)) if rows else []
    if kind == "measure" and ref.isdigit():
        rows = project.rows("SELECT id, name FROM plan_measures WHERE id = ?", (int(ref),))
        return [tr("Reduction measure {0}: {1}").format(r["id"], r["name"]) for r in rows], []
    if kind == "activity" and ref.isdigit():
        rows = project.rows("SELECT id, quantity, unit, date_start FROM activities WHERE id = ?", (int(ref),))
        lines = [
            tr("Activity row {0}: {1} {2} from {3}").format(
                r["id"], fmt_number(r["quantity"], None), r["unit"], r["date_start"]
            )
            for r in rows
        ]
        return lines, evidence_for(project, "activities", int(ref)) if rows else []
    if kind == "source":
        src = project.rows("SELECT id, code, name FROM sources WHERE code = ?", (ref,))
        if not src:
            return [], []
        sid = src[0]["id"]
        ids = [
            r["id"]
            for r in project.rows(
                "SELECT id FROM activities WHERE source_id = ? ORDER BY id LIMIT ?", (sid, FIRST_ROWS + 1)
            )
        ]
        total = project.rows("SELECT count(*) AS n FROM activities WHERE source_id = ?", (sid,))[0]["n"]
        lines = [
            tr("Emission source {0}: {1}, {2} activity rows").format(ref, src[0]["name"], fmt_int(total))
        ]
        if ids:
            shown = ", ".join(str(i) for i in ids[:FIRST_ROWS]) + (" …" if total > FIRST_ROWS else "")
            lines.append(tr("Rows {0}").format(shown))
        evidence = evidence_for(project, "sources", sid)
        for i in ids[:FIRST_ROWS]:
            evidence += evidence_for(project, "activities", i)
        return lines, evidence
    return [], []


class FindingDetails(QWidget):
    """Shows the finding selected in ``table`` (a FindingsTable); ``window`` is the main window
    (its pages are the jump targets)."""

    def __init__(self, table, window, parent=None):
        super().__init__(parent)
        self.table, self.window_ = table, window
        self.subject: str | None = None
        self.setObjectName("findingDetails")
        v = QVBoxLayout(self)
        v.setContentsMargins(6, 0, 0, 0)
        self.heading = QLabel()
        self.heading.setObjectName("findingHeading")
        self.heading.setWordWrap(True)
        self.text = QLabel()
        self.text.setObjectName("findingText")
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.text.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.rows_label = QLabel(tr("Affected rows"))
        self.rows = QListWidget()
        self.rows.setObjectName("findingRows")
        self.rows.setWordWrap(True)
        self.link = QLabel()
        self.link.setObjectName("findingLink")
        self.link.setTextFormat(Qt.TextFormat.RichText)
        self.link.linkActivated.connect(lambda _href: self.jump())
        self.evidence_label = QLabel(tr("Evidence"))
        self.evidence = QListWidget()
        self.evidence.setObjectName("findingEvidence")
        self.evidence.itemDoubleClicked.connect(self.preview)
        self.preview_button = QPushButton(tr("Preview evidence..."))
        self.preview_button.clicked.connect(lambda: self.preview(self.evidence.currentItem()))
        for w in (self.heading, self.text):
            v.addWidget(w)
        v.addWidget(self.rows_label)
        v.addWidget(self.rows, 3)
        v.addWidget(self.link)
        v.addWidget(self.evidence_label)
        v.addWidget(self.evidence, 3)
        v.addWidget(self.preview_button)
        v.addStretch(1)  # takes the room of the lists while they are hidden
        table.currentCellChanged.connect(lambda r, _c, _pr, _pc: self.show_row(r))
        table.filled.connect(lambda: self.show_row(table.currentRow()))
        self.show_row(-1)

    @property
    def project(self):
        return self.window_.project if self.window_ is not None else None

    def show_row(self, row: int) -> None:
        entry = self.table.entry(row)
        # no findings: the table says so across its whole width, the pane steps aside
        self.setVisible(self.table.rowCount() > 0)
        self.rows.clear()
        self.evidence.clear()
        if entry is None:
            self.subject = None
            self.heading.setText("")
            self.text.setText(tr("Select a finding to see it in full.") if self.table.rowCount() else "")
            for w in (self.rows_label, self.rows, self.link, self.evidence_label, self.evidence):
                w.setVisible(False)
            self.preview_button.setVisible(False)
            return
        self.subject = entry["subject"]
        head = f"<b>{escape(entry['severity_text'])}</b>"
        if entry["rule"]:
            head += f" · {escape(entry['rule'])}"
        if entry["clause"]:
            head += f"<br>{escape(entry['clause'])}"
        self.heading.setText(head)
        text = entry["message"]
        if entry["subject"]:
            text += "\n" + tr("About: {0}").format(subject_text(entry["subject"]))
        self.text.setText(text)
        lines, evidence = affected(self.project, entry["subject"])
        for line in lines:
            self.rows.addItem(line)
        for ev in evidence:
            item = QListWidgetItem(f"{ev['filename']}  ({fmt_int(ev['size'])} B)")
            item.setData(Qt.ItemDataRole.UserRole, (ev["id"], ev["filename"], ev["media_type"]))
            self.evidence.addItem(item)
        if self.evidence.count():
            self.evidence.setCurrentRow(0)
        self.rows_label.setVisible(bool(lines))
        self.rows.setVisible(bool(lines))
        self.link.setVisible(bool(lines))
        self.link.setText(f'<a href="jump">{escape(tr("Show these rows on their page"))}</a>')
        for w in (self.evidence_label, self.evidence, self.preview_button):
            w.setVisible(bool(evidence))

    def jump(self) -> bool:
        done = self.window_ is not None and show_subject(self.window_, self.subject)
        if not done and self.window_ is not None:
            self.window_.statusBar().showMessage(
                tr("{0} is not shown on any page.").format(subject_text(self.subject)), 8000
            )
        return bool(done)

    def preview(self, item):
        from .evidence_viewer import EvidenceViewer

        if item is None or self.project is None:
            return None
        attachment_id, filename, media_type = item.data(Qt.ItemDataRole.UserRole)
        dialog = EvidenceViewer(self, self.project, attachment_id, filename, media_type)
        dialog.open()
        return dialog


class FindingsSplitter(QSplitter):
    """The table and its details pane: side by side when there is room (``WIDE`` px and more),
    the pane under the table otherwise (the footprint page's narrow left column)."""

    WIDE = 900
    TABLE_SHARE = 0.7  # of the width side by side (one above the other: half the height each)

    def __init__(self, orientation, parent=None):
        super().__init__(orientation, parent)
        self._moved = False  # the user dragged the handle: keep their sizes (until it turns)
        self.splitterMoved.connect(lambda *_: self._mark_moved())

    def _mark_moved(self) -> None:
        self._moved = True

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt override
        wide = event.size().width() >= self.WIDE
        orientation = Qt.Orientation.Horizontal if wide else Qt.Orientation.Vertical
        if orientation != self.orientation():
            self.setOrientation(orientation)
            self._moved = False
        super().resizeEvent(event)
        self.fit()

    def fit(self) -> None:
        """Side by side: the table 70 % of the width; one above the other: the table as tall as
        its rows (at least 110 px, at most 60 %), the pane the rest."""
        if self._moved or self.count() < 2:
            return
        table = self.widget(0)
        if self.orientation() == Qt.Orientation.Horizontal:
            total = self.width()
            first = int(total * self.TABLE_SHARE)
        else:
            total = self.height()
            rows = (
                table.horizontalHeader().height()
                + table.verticalHeader().length()
                + 2 * table.frameWidth()
                + 4
            )
            first = max(110, min(rows, int(total * 0.6)))
        self.blockSignals(True)
        self.setSizes([first, max(total - first, 0)])
        self.blockSignals(False)


def with_details(table, window) -> QSplitter:
    """``table`` and its details pane (see ``FindingsSplitter``)."""
    splitter = FindingsSplitter(Qt.Orientation.Horizontal)
    splitter.setObjectName("findingsSplitter")
    splitter.addWidget(table)
    details = FindingDetails(table, window)
    details.setMinimumSize(220, 120)
    splitter.addWidget(details)
    splitter.setStretchFactor(0, 7)
    splitter.setStretchFactor(1, 3)
    splitter.setChildrenCollapsible(False)
    table.filled.connect(splitter.fit)
    table.details = details
    return splitter
