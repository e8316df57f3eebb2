"""The start page shown when no project is open: new, open, demo, recent files."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from . import settings
from .i18n import tr


class WelcomePage(QWidget):
    def __init__(self, window):
        super().__init__(window)
        self.window_ = window
        layout = QVBoxLayout(self)
        title = QLabel(tr("Carbon-Neutrality Workbench"))
        title.setStyleSheet("font-size: 20pt; font-weight: bold;")
        intro = QLabel(
            tr(
                "From activity data to a verified carbon-neutrality claim: boundary, inventory, "
                "footprint, reduction plan, offsets, verification and certificate in one project file."
            )
        )
        intro.setWordWrap(True)
        buttons = QHBoxLayout()
        self.new_button = QPushButton(tr("New project..."))
        self.open_button = QPushButton(tr("Open project..."))
        self.demo_button = QPushButton(tr("Open the demo"))
        for b in (self.new_button, self.open_button, self.demo_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        self.new_button.clicked.connect(window.new_project)
        self.open_button.clicked.connect(lambda: window.open_dialog())
        self.demo_button.clicked.connect(window.open_demo)
        self.recent = QListWidget()
        self.recent.itemActivated.connect(self._open_recent)
        layout.addWidget(title)
        layout.addWidget(intro)
        layout.addLayout(buttons)
        layout.addSpacing(12)
        layout.addWidget(QLabel(tr("Recent files")))
        layout.addWidget(self.recent, 1)
        self.refresh()

    def refresh(self) -> None:
        self.recent.clear()
        for path in settings.recent_files():
            item = QListWidgetItem(f"{Path(path).name}    {path}")
            item.setData(Qt.ItemDataRole.UserRole, path)
            if not Path(path).exists():
                item.setForeground(Qt.GlobalColor.gray)
                item.setToolTip(tr("File not found"))
            self.recent.addItem(item)

    def _open_recent(self, item) -> None:
        self.window_.open_path(item.data(Qt.ItemDataRole.UserRole))
