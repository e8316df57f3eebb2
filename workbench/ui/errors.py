"""Readable error messages: the message first, the technical detail only on demand."""

from __future__ import annotations

import traceback

from PySide6.QtWidgets import QMessageBox

from .i18n import tr


def _user_error_types() -> tuple:
    types = [ValueError, FileNotFoundError, PermissionError]
    try:
        from workbench.project.errors import ProjectError

        types.append(ProjectError)
    except ImportError:  # the store is optional for the shell
        pass
    return tuple(types)


def is_user_error(exc: BaseException) -> bool:
    """ProjectError subclasses (and input parsing errors) carry messages meant for users."""
    return isinstance(exc, _user_error_types())


def friendly_message(exc: BaseException) -> str:
    """One readable paragraph for the dialog; never a traceback."""
    text = str(exc).strip()
    if is_user_error(exc) and text:
        return text
    if isinstance(exc, MemoryError):
        return tr("The computer ran out of memory while doing this.")
    if text:
        return tr("Something went wrong: {0}").format(text.splitlines()[0])
    return tr("Something went wrong ({0}).").format(type(exc).__name__)


def detail_text(exc: BaseException) -> str:
    """Technical detail for the 'Show Details...' button (and for bug reports)."""
    lines = [f"{type(exc).__module__}.{type(exc).__name__}: {exc}"]
    rows = getattr(exc, "errors", None)
    if rows:
        lines.append("")
        lines.extend(str(r) for r in list(rows)[:200])
    tb = "".join(traceback.format_exception(type(exc), exc, exc.__traceback__))
    lines += ["", tb]
    return "\n".join(lines)


def error_box(parent, exc: BaseException, title: str | None = None) -> QMessageBox:
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning if is_user_error(exc) else QMessageBox.Icon.Critical)
    box.setWindowTitle(title or tr("Error"))
    box.setText(friendly_message(exc))
    box.setDetailedText(detail_text(exc))
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    return box


# Tests set this to collect errors instead of opening modal dialogs.
error_sink: list | None = None


def show_error(parent, exc: BaseException, title: str | None = None) -> None:
    """Show `exc` as a readable message box (modal); detail under 'Show Details...'."""
    if error_sink is not None:
        error_sink.append((title, friendly_message(exc), exc))
        return
    error_box(parent, exc, title).exec()


def install_excepthook(parent_getter) -> None:
    """Route uncaught exceptions in slots to a dialog instead of a console traceback."""
    import sys

    def hook(exc_type, exc, tb):
        if exc is None:
            exc = exc_type()
        exc.__traceback__ = tb
        try:
            show_error(parent_getter(), exc)
        except Exception:  # noqa: BLE001 - last resort: never crash the hook
            sys.__excepthook__(exc_type, exc, tb)

    sys.excepthook = hook
