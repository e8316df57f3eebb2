"""Dialogs that check their fields as you type and keep your input on error.

Each checked field has a message line under it (object name ``error_<key>``) that says what is
wrong as soon as the text changes; OK runs every check, and then ``submit(values)``, which does
the work (usually an undoable service edit) and returns None on success or a readable message.
On any error the dialog stays open with everything typed, the message next to the field or, for
a refusal by the service, in the line above the buttons (object name ``formError``).

    dialog = CheckedForm(page, tr("Add site"), [("code", tr("Code"), checks.required(tr("Code")))],
                         submit=lambda v: page.try_edit(...))
    dialog.open()
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..i18n import tr

ERROR_STYLE = "color: #b00020;"


class CheckedDialog(QDialog):
    """A form dialog whose fields are checked as they change; subclasses add fields, then finish()."""

    def __init__(self, parent, title: str, submit=None):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(460)
        self.form = QFormLayout(self)
        self.submit = submit
        self.fields: dict[str, QWidget] = {}
        self.checks: dict[str, object] = {}
        self.errors: dict[str, QLabel] = {}
        self.cross_checks: list = []  # functions(values) -> (key, message) | None
        self.message = QLabel()
        self.message.setObjectName("formError")
        self.message.setWordWrap(True)
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.setVisible(False)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.cancel_button = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

    # -- building ------------------------------------------------------------------------------
    def add_field(self, key: str, label: str, widget: QWidget, check=None, extra: QWidget | None = None):
        """Add ``widget`` under ``label``; ``check(text) -> message | None`` runs as it changes."""
        box = QWidget()
        v = QVBoxLayout(box)
        v.setContentsMargins(0, 0, 0, 0)
        v.setSpacing(2)
        if extra is not None:
            from PySide6.QtWidgets import QHBoxLayout

            row = QHBoxLayout()
            row.setContentsMargins(0, 0, 0, 0)
            row.addWidget(widget, 1)
            row.addWidget(extra)
            v.addLayout(row)
        else:
            v.addWidget(widget)
        error = QLabel()
        error.setObjectName(f"error_{key}")
        error.setWordWrap(True)
        error.setStyleSheet(ERROR_STYLE)
        error.setVisible(False)
        v.addWidget(error)
        self.form.addRow(label, box)
        self.fields[key], self.errors[key] = widget, error
        if check is not None:
            self.checks[key] = check
        if isinstance(widget, QLineEdit):
            widget.textChanged.connect(lambda _t, k=key: self.check_field(k))
        elif isinstance(widget, QComboBox):
            widget.currentIndexChanged.connect(lambda _i, k=key: self.check_field(k))
        return widget

    def finish(self) -> None:
        """Add the message line and the buttons (call after the last field)."""
        self.form.addRow(self.message)
        self.form.addRow(self.buttons)

    # -- values and checks -------------------------------------------------------------------------
    def text(self, key: str) -> str:
        w = self.fields[key]
        if isinstance(w, QLineEdit):
            return w.text().strip()
        if isinstance(w, QComboBox):
            data = w.currentData()
            return "" if data is None else str(data)
        return ""

    def values(self) -> dict:
        return {k: self.text(k) for k in self.fields}

    def error_text(self, key: str) -> str:
        """The message shown under ``key`` ('' when the field is fine)."""
        label = self.errors[key]
        return label.text() if not label.isHidden() else ""

    def set_error(self, key: str, message: str | None) -> None:
        label = self.errors[key]
        label.setText(message or "")
        label.setVisible(bool(message))
        widget = self.fields[key]
        widget.setStyleSheet("border: 1px solid #b00020;" if message else "")
        widget.setToolTip(message or "")

    def _own_message(self, key: str) -> str | None:
        check = self.checks.get(key)
        return check(self.text(key)) if check is not None else None

    def _cross_messages(self) -> dict[str, str]:
        values = self.values()
        out: dict[str, str] = {}
        for cross in self.cross_checks:
            found = cross(values)
            if found:
                out.setdefault(found[0], found[1])
        return out

    def check_field(self, key: str) -> str | None:
        """Check ``key`` now (as it changed); a check over several fields updates them too."""
        cross = self._cross_messages() if self.cross_checks else {}
        message = self._own_message(key) or cross.get(key)
        self.set_error(key, message)
        for other in self.fields:
            if other != key and (other in cross or self.error_text(other)):
                self.set_error(other, self._own_message(other) or cross.get(other))
        if not message and self.message.isVisible() and not self.current_errors():
            self.show_message(None)
        return message

    def current_errors(self) -> dict[str, str]:
        cross = self._cross_messages() if self.cross_checks else {}
        out = {}
        for key in self.fields:
            message = self._own_message(key) or cross.get(key)
            if message:
                out[key] = message
        return out

    def show_message(self, message: str | None) -> None:
        self.message.setText(message or "")
        self.message.setVisible(bool(message))

    def accept(self) -> None:
        errors = self.current_errors()
        for key in self.fields:
            self.set_error(key, errors.get(key))
        if errors:
            self.show_message(tr("Correct the fields marked in red; nothing has been saved."))
            self.fields[next(iter(errors))].setFocus()
            return
        if self.submit is not None:
            refused = self.submit(self.values())
            if refused:
                self.show_message(refused)
                return
        self.show_message(None)
        super().accept()


class CheckedForm(CheckedDialog):
    """Line edits from ``fields`` = [(key, label, check or None), ...] with initial ``values``."""

    def __init__(self, parent, title: str, fields, values: dict | None = None, submit=None, browse=None):
        """``browse``: {key: (button text, function(dialog) -> text | None)} adds a button beside
        the field that fills it (a file picker); None (cancelled) leaves the field as it was."""
        super().__init__(parent, title, submit)
        self.browse_buttons: dict[str, QPushButton] = {}
        for key, label, check in fields:
            edit = QLineEdit(str((values or {}).get(key, "") or ""))
            edit.setObjectName(f"field_{key}")
            extra = None
            if browse and key in browse:
                text, pick = browse[key]
                extra = QPushButton(text)
                extra.setObjectName(f"browse_{key}")
                extra.clicked.connect(lambda _c=False, e=edit, f=pick: self._browse(e, f))
                self.browse_buttons[key] = extra
            self.add_field(key, label, edit, check, extra=extra)
        self.finish()

    def _browse(self, edit: QLineEdit, pick) -> None:
        chosen = pick(self)
        if chosen:
            edit.setText(chosen)
