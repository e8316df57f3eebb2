"""Serialise Brightway work: the background setup and calculations never run at the same time."""

from __future__ import annotations

import threading

_lock = threading.RLock()


def ensure_setup(progress=None, cancel=None):
    from workbench.services.common.brightway import ensure_setup as _ensure

    with _lock:
        return _ensure(progress=progress, cancel=cancel)


def run(fn, *args, progress=None, cancel=None, **kwargs):
    """Call a Brightway-backed service function once the setup is done, holding the lock."""
    import inspect

    with _lock:
        ensure_setup()
        params = inspect.signature(fn).parameters
        if "progress" in params:
            kwargs["progress"] = progress
        if "cancel" in params and cancel is not None:
            kwargs["cancel"] = cancel
        return fn(*args, **kwargs)
