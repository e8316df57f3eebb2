"""Silence Brightway's own prints and progress bars in the calling thread only.

``contextlib.redirect_stdout`` swaps ``sys.stdout`` for the whole process, so Brightway work in
a background thread (the app sets Brightway up while the window is already in use) would also
swallow whatever the main thread prints. :func:`quiet` instead installs, while any thread is
inside it, a stream that drops writes coming from threads that asked for quiet and passes every
other thread's writes through.
"""

from __future__ import annotations

import contextlib
import sys
import threading

_local = threading.local()
_lock = threading.Lock()
_users = 0
_saved: dict[str, object] = {}


class _PerThreadFilter:
    def __init__(self, target):
        self._target = target

    def write(self, text):
        if getattr(_local, "depth", 0):
            return len(text)
        return self._target.write(text)

    def flush(self):
        if not getattr(_local, "depth", 0):
            self._target.flush()

    def __getattr__(self, name):  # isatty, encoding, fileno ... of the real stream
        return getattr(self._target, name)


@contextlib.contextmanager
def quiet():
    global _users
    with _lock:
        if _users == 0:
            for name in ("stdout", "stderr"):
                _saved[name] = getattr(sys, name)
                setattr(sys, name, _PerThreadFilter(_saved[name]))
        _users += 1
    _local.depth = getattr(_local, "depth", 0) + 1
    try:
        yield
    finally:
        _local.depth -= 1
        with _lock:
            _users -= 1
            if _users == 0:
                for name in ("stdout", "stderr"):
                    current = getattr(sys, name)
                    if isinstance(current, _PerThreadFilter):  # leave it alone if someone else swapped it
                        setattr(sys, name, _saved[name])
                _saved.clear()
