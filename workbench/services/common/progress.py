"""Progress and cancellation for long work: ``progress(fraction, message)`` and ``cancel() -> bool``
callables that the CLI prints and the UI's workers turn into signals."""

from __future__ import annotations

from collections.abc import Callable

Progress = Callable[[float, str], None]
Cancel = Callable[[], bool]


class Cancelled(Exception):
    """The user cancelled; nothing was written."""


def step(
    progress: Progress | None, cancel: Cancel | None, fraction: float, message: str, cancelled=Cancelled
) -> None:
    """Report ``fraction`` done; raise ``cancelled(message)`` first when the user asked to stop."""
    if cancel is not None and cancel():
        raise cancelled(message)
    if progress is not None:
        progress(fraction, message)
