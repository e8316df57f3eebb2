"""Long work off the GUI thread, with progress and cancel.

    worker = Worker(fn, *args)          # fn(*args, progress=callback) -> result
    worker.signals.progress.connect(...)   # (fraction: float, message: str)
    worker.signals.finished.connect(...)   # result
    worker.signals.failed.connect(...)     # exception (readable; shown by errors.show_error)
    start(worker)                          # runs on the global QThreadPool
    start(worker, PAGE_POOL)               # pages' data loads: a pool of their own (see below)
    worker.cancel()                        # the next progress() call raises Cancelled

The callback follows the services' contract `progress(fraction, message)`; a service that wants
to be cancellable just keeps calling it. `run_with_dialog` wraps this in a QProgressDialog whose
Cancel button cancels the worker while the event loop keeps running.
"""

from __future__ import annotations

import threading

from PySide6.QtCore import QObject, QThreadPool, Signal


class Cancelled(Exception):
    """Raised inside a worker's progress callback once the user pressed Cancel."""

    def __init__(self, message: str = "cancelled by the user"):
        super().__init__(message)


class WorkerSignals(QObject):
    progress = Signal(float, str)
    finished = Signal(object)
    failed = Signal(object)
    cancelled = Signal()


class Worker:
    """Calls `fn(*args, progress=cb, **kwargs)` in a pool thread (see `start`).

    A plain Python object handed to QThreadPool as a callable: Qt owns and frees its own runnable,
    so no C++ object of ours can be freed while the pool thread still uses it.
    """

    def __init__(self, fn, *args, **kwargs):
        self.fn, self.args, self.kwargs = fn, args, kwargs
        self.signals = WorkerSignals()
        self._cancel = threading.Event()
        self.done = threading.Event()
        self.result = None
        self.error: BaseException | None = None

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancel_requested(self) -> bool:
        return self._cancel.is_set()

    def progress(self, fraction: float, message: str = "") -> None:
        if self._cancel.is_set():
            raise Cancelled()
        from .i18n_service import progress_text  # the service's words, in the UI language

        self._emit(self.signals.progress, float(max(0.0, min(1.0, fraction))), progress_text(message))

    def _emit(self, signal, *args) -> None:
        try:
            signal.emit(*args)
        except RuntimeError:  # the receiving side is gone (window closed): stop quietly
            self._cancel.set()
            raise Cancelled() from None

    def _call_kwargs(self) -> dict:
        import inspect

        kwargs = dict(self.kwargs)
        try:
            params = inspect.signature(self.fn).parameters
        except (TypeError, ValueError):
            params = {}
        kwargs["progress"] = self.progress
        if "cancel" in params and "cancel" not in kwargs:
            kwargs["cancel"] = self._cancel.is_set  # services that poll `cancel()` stop too
        return kwargs

    def run(self) -> None:
        try:
            self.result = self.fn(*self.args, **self._call_kwargs())
        except Cancelled:
            self._end(self.signals.cancelled)
            return
        except BaseException as exc:  # noqa: BLE001 - reported to the GUI thread
            if self._cancel.is_set():  # a service's own "cancelled" exception
                self._end(self.signals.cancelled)
                return
            self.error = exc
            self._end(self.signals.failed, exc)
            return
        self._end(self.signals.finished, self.result)

    def _end(self, signal, *args) -> None:
        self.done.set()
        try:
            signal.emit(*args)
        except RuntimeError:  # nobody left to tell
            pass


_live: set = set()  # keep workers (and their signal objects) alive until they finish

#: Pages load their data in a pool of their own, so a page never waits behind long background
#: work (Brightway setup, the seven step statuses) on the global pool.
PAGE_POOL = "pages"
_pools: dict = {}


def pool(name: str | None = None):
    """The global QThreadPool, or a named pool (created on first use, never at import)."""
    if name is None:
        return QThreadPool.globalInstance()
    if name not in _pools:
        p = QThreadPool()
        p.setMaxThreadCount(2)
        _pools[name] = p
    return _pools[name]


def read_only_call(path: str, fn, progress=None):
    """``fn(project)`` on a read-only connection of its own to ``path`` (a worker runs this: the
    window's connection stays free, and closing the project never waits for it)."""
    from workbench import open_project

    project = open_project(path, mode="read", integrity="none")
    try:
        return fn(project)
    finally:
        project.close()


def start(worker, pool_name: str | None = None) -> None:
    _live.add(worker)

    def _forget(*_):
        _live.discard(worker)

    worker.signals.finished.connect(_forget)
    worker.signals.failed.connect(_forget)
    worker.signals.cancelled.connect(_forget)
    target = pool(pool_name)
    # Idle pool threads end at once: a Python thread state (and thread-locals such as Brightway's
    # database handles) never outlives the work, so nothing is torn down during interpreter exit.
    target.setExpiryTimeout(0)
    target.start(worker.run)


def shutdown(timeout_ms: int = 3000) -> bool:
    """Cancel every running worker and wait for the pools (window close, test teardown)."""
    for worker in list(_live):
        worker.cancel()
    done = True
    for p in (QThreadPool.globalInstance(), *_pools.values()):
        done = p.waitForDone(timeout_ms) and done
    return done


def run_with_dialog(parent, title: str, fn, *args, on_done=None, on_error=None, **kwargs):
    """Run `fn` in a worker behind a modeless progress dialog with Cancel; return the worker."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QProgressDialog

    from .errors import show_error
    from .i18n import tr

    dialog = QProgressDialog(title, tr("Cancel"), 0, 1000, parent)
    dialog.setWindowTitle(title)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(300)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    worker = Worker(fn, *args, **kwargs)
    dialog.setValue(0)

    def _progress(fraction, message):
        dialog.setValue(int(fraction * 1000))
        if message:
            dialog.setLabelText(message)

    def _finish(result):
        dialog.close()
        if on_done:
            on_done(result)

    def _fail(exc):
        dialog.close()
        if on_error:
            on_error(exc)
        else:
            show_error(parent, exc, title)

    worker.signals.progress.connect(_progress)
    worker.signals.finished.connect(_finish)
    worker.signals.failed.connect(_fail)
    worker.signals.cancelled.connect(dialog.close)
    dialog.canceled.connect(worker.cancel)
    worker.dialog = dialog
    start(worker)
    return worker
