"""Show a chart rendered by the shared plotting code (forms.charts, matplotlib) as a PNG.

Its context menu saves the chart: "Save chart as PNG..." writes the rendered PNG as it is;
"Save chart as SVG..." writes the SVG matplotlib draws of the same chart (vector paths and text):
a chart from ``workbench.ui.charts`` (a :class:`~workbench.ui.charts.RenderedChart`) keeps its
renderer, and ``set_svg_renderer`` gives one for other charts. Only a chart shown with neither
falls back to the rendered PNG inside an SVG."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QAction, QPainter, QPixmap
from PySide6.QtWidgets import QLabel, QSizePolicy

from ..charts import RenderedChart
from ..i18n import tr


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
        self.svg_renderer = None  # optional: () -> SVG bytes of the same chart (vector)
        self.save_png_action = QAction(tr("Save chart as PNG..."), self)
        self.save_svg_action = QAction(tr("Save chart as SVG..."), self)
        self.save_png_action.triggered.connect(lambda: self.save_dialog("png"))
        self.save_svg_action.triggered.connect(lambda: self.save_dialog("svg"))
        self.addAction(self.save_png_action)
        self.addAction(self.save_svg_action)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self._update_actions()

    def set_png(self, data: bytes | None) -> None:
        self.png = data
        self.svg_renderer = data.svg if isinstance(data, RenderedChart) else None
        self._update_actions()
        if not data:
            self._pixmap = None
            self.setPixmap(QPixmap())
            return
        pm = QPixmap()
        pm.loadFromData(data, "PNG")
        self._pixmap = pm
        self._rescale()

    def set_svg_renderer(self, render) -> None:
        """``render()`` returns the chart shown as SVG bytes (from the same plotting code)."""
        self.svg_renderer = render

    def set_message(self, text: str) -> None:
        self.png = None
        self.svg_renderer = None
        self._pixmap = None
        self.setPixmap(QPixmap())
        self.setText(text)
        self._update_actions()

    def _update_actions(self) -> None:
        has = bool(self.png)
        for a in (self.save_png_action, self.save_svg_action):
            a.setEnabled(has)
            a.setToolTip("" if has else tr("No chart to save yet."))

    # -- saving --------------------------------------------------------------------------------
    def save(self, path, kind: str | None = None) -> None:
        """Write the chart shown to ``path`` as PNG or SVG (from the file name's extension)."""
        kind = kind or Path(path).suffix.lower().lstrip(".")
        if not self.png:
            raise ValueError(tr("There is no chart to save yet."))
        if kind == "png":
            Path(path).write_bytes(self.png)
        elif kind == "svg":
            Path(path).write_bytes(self.svg_renderer() if self.svg_renderer else self._svg_from_png())
        else:
            raise ValueError(tr("{0}: save a chart as .png or .svg").format(Path(path).name))

    def _svg_from_png(self) -> bytes:
        from PySide6.QtCore import QBuffer, QByteArray, QIODevice
        from PySide6.QtSvg import QSvgGenerator

        pm = QPixmap()
        pm.loadFromData(self.png, "PNG")
        data = QByteArray()
        buf = QBuffer(data)
        buf.open(QIODevice.OpenModeFlag.WriteOnly)
        gen = QSvgGenerator()
        gen.setOutputDevice(buf)
        gen.setSize(QSize(pm.width(), pm.height()))
        gen.setViewBox(QRect(0, 0, pm.width(), pm.height()))
        gen.setTitle(self.accessibleName() or "chart")
        painter = QPainter(gen)
        painter.drawPixmap(0, 0, pm)
        painter.end()
        buf.close()
        return bytes(data)

    def save_dialog(self, kind: str) -> str | None:
        from ..errors import show_error
        from .table_export import ask_save_path

        if not self.png:
            return None
        path = ask_save_path(self, tr("Save chart"), kind, name="chart")
        if not path:
            return None
        try:
            self.save(path, kind)
        except Exception as exc:  # noqa: BLE001 - shown to the user
            show_error(self, exc, tr("Save chart"))
            return None
        return path

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
