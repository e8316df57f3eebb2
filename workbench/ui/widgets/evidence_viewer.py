"""Look at an evidence file inside the app: an image as it is, a PDF's first page (rendered by
poppler, else its text), a text file's text; anything else is named with a hint to open it with
the desktop's program. "Open with the desktop's program" hands the checked copy over
(``evidence.open_attachment``)."""

from __future__ import annotations

import mimetypes

from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
)

from .. import pdf_preview
from ..i18n import fmt_int, tr
from .evidence import open_attachment, write_copy

TEXT_TYPES = {"application/json", "application/xml", "application/csv"}
MAX_TEXT = 200_000  # characters of a text file shown


def kind_of(filename: str, media_type: str | None, data: bytes) -> str:
    """'image', 'pdf', 'text' or 'other' (by the stored type, the name and the first bytes)."""
    media = (media_type or mimetypes.guess_type(filename)[0] or "").lower()
    if data.startswith(b"%PDF") or media == "application/pdf":
        return "pdf"
    if media.startswith("image/"):
        return "image"
    if media.startswith("text/") or media in TEXT_TYPES:
        return "text"
    return "other"


class EvidenceViewer(QDialog):
    def __init__(self, parent, project, attachment_id: int, filename: str, media_type: str | None = None):
        super().__init__(parent)
        self.project, self.attachment_id, self.filename = project, attachment_id, filename
        self.setObjectName("evidenceViewer")
        self.setWindowTitle(tr("Evidence: {0}").format(filename))
        self.resize(900, 700)
        v = QVBoxLayout(self)
        self.info = QLabel()
        self.info.setWordWrap(True)
        v.addWidget(self.info)
        self.image = QLabel()
        self.image.setObjectName("evidenceImage")
        self.image.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setWidget(self.image)
        self.text = QPlainTextEdit()
        self.text.setObjectName("evidenceText")
        self.text.setReadOnly(True)
        v.addWidget(self.scroll, 1)
        v.addWidget(self.text, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.open_button = QPushButton(tr("Open with the desktop's program"))
        self.open_button.setObjectName("openExternally")
        buttons.addButton(self.open_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.open_button.clicked.connect(self.open_externally)
        buttons.rejected.connect(self.reject)
        v.addWidget(buttons)
        self.kind = "other"
        self.show_content(media_type)

    def show_content(self, media_type) -> None:
        try:
            path = write_copy(self.project, self.attachment_id, self.filename)
        except Exception as exc:  # noqa: BLE001 - shown in the dialog
            self.kind = "error"
            self._show_text(None, tr("This file cannot be shown: {0}").format(exc))
            self.open_button.setEnabled(False)
            return
        data = path.read_bytes()
        self.kind = kind_of(self.filename, media_type, data)
        size = tr("{0} bytes").format(fmt_int(len(data)))
        if self.kind == "image":
            pix = QPixmap()
            if pix.loadFromData(data):
                self._show_image(pix, f"{self.filename} ({size}, {pix.width()} × {pix.height()} px)")
                return
            self.kind = "other"
        if self.kind == "pdf":
            pages = []
            try:
                pages = pdf_preview.render_pages(path, dpi=80, max_pages=1)
            except Exception:  # noqa: BLE001 - a damaged PDF: its text, else the hint below
                pages = []
            pix = QPixmap()
            if pages and pix.loadFromData(pages[0]):
                self._show_image(pix, tr("{0} ({1}): first page").format(self.filename, size))
                return
            try:
                texts = pdf_preview.page_texts(path, max_pages=1)
            except Exception:  # noqa: BLE001 - not readable as a PDF
                texts = []
            if texts and texts[0].strip():
                self._show_text(texts[0], tr("{0} ({1}): text of the first page").format(self.filename, size))
                return
            self.kind = "other"
        if self.kind == "text":
            body = data[: MAX_TEXT * 4].decode("utf-8", errors="replace")[:MAX_TEXT]
            self._show_text(body, f"{self.filename} ({size})")
            return
        self._show_text(
            None,
            tr("{0} ({1}) cannot be previewed here; open it with the desktop's program.").format(
                self.filename, size
            ),
        )

    def _show_image(self, pix: QPixmap, info: str) -> None:
        self.image.setPixmap(pix)
        self.info.setText(info)
        self.text.setVisible(False)
        self.scroll.setVisible(True)

    def _show_text(self, body: str | None, info: str) -> None:
        self.info.setText(info)
        self.scroll.setVisible(False)
        self.text.setVisible(body is not None)
        self.text.setPlainText(body or "")

    def open_externally(self):
        return open_attachment(self, self.project, self.attachment_id, self.filename)
