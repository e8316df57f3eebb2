"""Work around a reference-count bug in PySide6 6.12.0 (the pinned version).

In PySide6-Essentials 6.12.0 every call of a method that returns nothing (``setText``,
``setEnabled``, ``resize``...) returns ``None`` without taking a reference, and ``Signal.emit``
does the same with ``True``. Each call lowers the reference count of ``None`` / ``True`` by one;
after some tens of thousands of calls the count reaches zero and CPython aborts
("Fatal Python error: none_dealloc" / "bool_dealloc"), usually while the interpreter exits.

``guard()`` detects the bug (it measures one call) and, only if present, raises the counts of
``None``, ``True`` and ``False`` by 2**40, which makes them effectively immortal as they are in
CPython 3.12+. Nothing else changes. Called by ``create_app``; the UI tests call it too. Remove
when the pinned PySide6 is fixed (``leaks()`` then returns False and ``guard`` does nothing).
"""

from __future__ import annotations

import ctypes
import sys

_BUMP = 2**40
_applied = {"done": False}


def leaks() -> bool:
    """True when a void PySide6 call or a signal emit drops a reference it does not own."""
    from PySide6.QtCore import QObject, Signal

    class _Probe(QObject):
        ping = Signal()

    probe = _Probe()
    before = sys.getrefcount(None), sys.getrefcount(True)
    for _ in range(8):
        probe.setObjectName("probe")
        probe.ping.emit()
    after = sys.getrefcount(None), sys.getrefcount(True)
    return after[0] < before[0] or after[1] < before[1]


def guard() -> bool:
    """Apply the workaround once if the running PySide6 has the bug; True when applied."""
    if _applied["done"]:
        return True
    if hasattr(sys, "gettotalrefcount") or sys.implementation.name != "cpython":
        return False  # debug or non-CPython builds: leave them alone
    if not leaks():
        return False
    for obj in (None, True, False):
        ctypes.c_ssize_t.from_address(id(obj)).value += _BUMP
    _applied["done"] = True
    return True
