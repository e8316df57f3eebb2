"""Preferences: UI language (applied at once) and where the demo is written."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel

from .. import settings
from ..i18n import LANGUAGES, current_language, install_language, tr


class PreferencesDialog(QDialog):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setWindowTitle(tr("Preferences"))
        form = QFormLayout(self)
        self.language = QComboBox()
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(list(LANGUAGES).index(current_language()))
        form.addRow(tr("Language"), self.language)
        note = QLabel(tr("Numbers and dates follow the language's locale."))
        note.setWordWrap(True)
        form.addRow(note)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def accept(self) -> None:
        lang = self.language.currentData()
        settings.set_language(lang)
        if lang != current_language():
            install_language(QApplication.instance(), lang)
        super().accept()
