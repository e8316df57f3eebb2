"""Show a chart rendered by the shared plotting code (forms.charts, matplotlib) as a PNG."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QLabel, QSizePolicy


class ChartView(QLabel):
    """Displays PNG bytes scaled to the widget, or a message when there is nothing to draw."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setMinimumSize(240, 160)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setWordWrap(True)
        self._pixmap: QPixmap | None = None
        self.png: bytes | None = None

    def set_png(self, data: bytes | None) -> None:
        self.png = data
        if not data:
            self._pixmap = None
            self.setPixmap(QPixmap())
            return
        pm = QPixmap()
        pm.loadFromData(data, "PNG")
        self._pixmap = pm
        self._rescale()

    def set_message(self, text: str) -> None:
        self.png = None
        self._pixmap = None
        self.setPixmap(QPixmap())
        self.setText(text)

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self._rescale()

    def _rescale(self) -> None:
        if self._pixmap is not None and not self._pixmap.isNull():
            self.setPixmap(
                self._pixmap.scaled(
                    self.size(),
                    Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                )
            )
