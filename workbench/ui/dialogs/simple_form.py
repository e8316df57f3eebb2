"""A small form dialog: labelled line edits, OK/Cancel, returns a dict or None."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLineEdit


class FormDialog(QDialog):
    def __init__(self, parent, title: str, fields: list[tuple[str, str]], values: dict | None = None):
        super().__init__(parent)
        self.setWindowTitle(title)
        form = QFormLayout(self)
        self.edits = {}
        for key, label in fields:
            edit = QLineEdit(str((values or {}).get(key, "") or ""))
            self.edits[key] = edit
            form.addRow(label, edit)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def values(self) -> dict:
        return {k: e.text().strip() for k, e in self.edits.items()}


def ask(parent, title: str, fields: list[tuple[str, str]], values: dict | None = None) -> dict | None:
    dialog = FormDialog(parent, title, fields, values)
    return dialog.values() if dialog.exec() else None
