"""Undo/redo: every edit is a QUndoCommand that calls a service.

    stack.push(ServiceCommand(tr("Rename site"), redo=lambda: svc.rename(p, 3, "B"),
                              undo=lambda: svc.rename(p, 3, "A"), after=page.refresh))

`redo` runs when the command is pushed (Qt calls redo() on push). If the service raises, the
command is marked obsolete so it leaves the stack, and the error propagates to the caller as a
readable message; the project file is unchanged because each service call is one transaction.
"""

from __future__ import annotations

from PySide6.QtGui import QUndoCommand


class ServiceCommand(QUndoCommand):
    def __init__(self, text: str, redo, undo, after=None, already_done: bool = False, result=None):
        super().__init__(text)
        self._redo, self._undo, self._after = redo, undo, after
        self._skip_first = already_done  # the work ran in a worker; push only records it
        self.result = result
        self.error: BaseException | None = None

    def redo(self) -> None:
        if self._skip_first:
            self._skip_first = False
            if self._after:
                self._after()
            return
        try:
            self.result = self._redo()
        except BaseException as exc:  # noqa: BLE001 - re-raised by push_command
            self.error = exc
            self.setObsolete(True)
            return
        if self._after:
            self._after()

    def undo(self) -> None:
        try:
            self._undo()
        except BaseException as exc:  # noqa: BLE001 - Qt cannot propagate it; show it instead
            from .errors import show_error

            show_error(None, exc)
            return
        if self._after:
            self._after()


def push_command(stack, command: ServiceCommand):
    """Push and run `command`; raise the service's error (stack unchanged) if it failed."""
    stack.push(command)
    if command.error is not None:
        raise command.error
    return command.result
