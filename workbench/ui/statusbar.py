"""Status bar: file, mode, lock holder, signed-data state, background (Brightway) progress."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QProgressBar, QStatusBar

from .i18n import tr


def mode_label(mode: str | None) -> str:
    return {
        "edit": tr("edit"),
        "read": tr("read-only"),
        "verifier": tr("verifier"),
        None: tr("no project"),
    }.get(mode, mode or "")


class WorkbenchStatusBar(QStatusBar):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.file_label = QLabel()
        self.mode_label = QLabel()
        self.lock_label = QLabel()
        self.signed_label = QLabel()
        self.background = QProgressBar()
        self.background.setMaximumWidth(160)
        self.background.setRange(0, 1000)
        self.background.setTextVisible(False)
        self.background_label = QLabel()
        for widget in (self.file_label, self.mode_label, self.lock_label, self.signed_label):
            self.addWidget(widget)
        self.addPermanentWidget(self.background_label)
        self.addPermanentWidget(self.background)
        self.background.hide()
        self._state = {"path": None, "mode": None, "lock": None, "signed": None}
        self.show_project(None, None, None, None)

    def show_project(self, path, mode, lock_text, signed_state) -> None:
        """signed_state: None (not signed), 'valid', 'changed'."""
        self._state = {"path": path, "mode": mode, "lock": lock_text, "signed": signed_state}
        self.file_label.setText(tr("File: {0}").format(path) if path else tr("No project open"))
        self.mode_label.setText(tr("Mode: {0}").format(mode_label(mode)))
        self.mode_label.setVisible(path is not None)
        self.lock_label.setText(lock_text or "")
        self.lock_label.setVisible(bool(lock_text))
        if signed_state == "changed":
            self.signed_label.setText(tr("Signed data changed since sign-off"))
            self.signed_label.setStyleSheet("color: #c5221f; font-weight: bold;")
        elif signed_state == "valid":
            self.signed_label.setText(tr("Signed; data unchanged"))
            self.signed_label.setStyleSheet("color: #1e8e3e;")
        else:
            self.signed_label.setText(tr("Not signed"))
            self.signed_label.setStyleSheet("")
        self.signed_label.setVisible(path is not None)

    def retranslate(self) -> None:
        s = self._state
        self.show_project(s["path"], s["mode"], s["lock"], s["signed"])

    def background_progress(self, fraction: float, message: str) -> None:
        self.background.show()
        self.background.setValue(int(fraction * 1000))
        self.background_label.setText(message)

    def background_done(self, message: str = "") -> None:
        self.background.hide()
        self.background_label.setText(message)
