"""Base class of every journey page: mode handling, undoable edits, long work, status, and data
loaded in a worker.

A page whose data reads the ledger or builds the document model splits its refresh in two:
``fetch(project)`` runs in a worker thread through its own read-only connection (services only,
no widgets) and ``fill(data)`` puts the result into the widgets on the GUI thread::

    def refresh(self):
        ...cheap widgets from small tables...
        self.load(self._fetch, self._fill)

While a load runs the page shows a busy bar and ``loading`` is True; ``loaded`` is emitted once
the widgets are filled (or the load failed, the error shown). A newer ``load`` supersedes an
older one: the older result is dropped, so a page never shows data older than its last refresh.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QProgressBar, QVBoxLayout, QWidget
from shiboken6 import isValid

from ..errors import show_error
from ..i18n import tr
from ..undo import ServiceCommand, push_command
from ..workers import PAGE_POOL, Worker, read_only_call, start


class Page(QWidget):
    """A journey page. Subclasses set `key`, build widgets in `build()`, load data in `refresh()`.

    Widgets that change client data are registered with `client_edit(w)`; widgets that change
    verifier data with `verifier_edit(w)`. `apply_mode` enables each group only in its mode.
    """

    key = ""
    svc = None  # the step's service package (workbench.services.<step>), set by each page
    dirty = True  # refreshed when next shown
    loaded = Signal()  # the data of the last load() is in the widgets (or its error was shown)

    def __init__(self, window):
        super().__init__(window)
        self.window_ = window
        self._client_widgets: list[QWidget] = []
        self._verifier_widgets: list[QWidget] = []
        self._load_seq = 0
        self._load_worker = None
        self._when_loaded: list = []
        self.loading = False
        self.layout_ = QVBoxLayout(self)
        self.heading = QLabel()
        self.heading.setObjectName("pageHeading")
        self.heading.setStyleSheet("font-size: 15pt; font-weight: bold; padding: 2px 0 6px 0;")
        self.layout_.addWidget(self.heading)
        self.next_step = QLabel()  # what to do next while the page has nothing to show
        self.next_step.setObjectName("pageNextStep")
        self.next_step.setWordWrap(True)
        self.next_step.setStyleSheet(
            "background: #e8f0fe; border: 1px solid #aecbfa; border-radius: 3px; padding: 6px;"
        )
        self.next_step.setVisible(False)
        self.layout_.addWidget(self.next_step)
        self.busy = QProgressBar()  # the "loading..." state: an indeterminate bar under the heading
        self.busy.setObjectName("pageLoading")
        self.busy.setRange(0, 0)
        self.busy.setTextVisible(False)
        self.busy.setMaximumHeight(6)
        self.busy.setVisible(False)
        self.layout_.addWidget(self.busy)
        self.build()

    # -- to override -------------------------------------------------------------------------
    def build(self) -> None:
        """Create widgets (called once per language; texts through tr())."""

    def refresh(self) -> None:
        """Reload everything shown from the services."""

    def step_status(self, p=None) -> tuple[str, str]:
        """(state, note) for the navigator: not_started | in_progress | issues | done.

        `p`: the project to read (a worker passes its own read-only connection); default the window's.
        Reads only, through services; no widgets (it runs in a worker thread)."""
        return "not_started", ""

    # -- data loaded in a worker ---------------------------------------------------------------
    def load(self, fetch, fill) -> Worker | None:
        """``fetch(project)`` in a worker through a read-only connection of its own, then
        ``fill(data)`` on the GUI thread, unless a newer load started meanwhile."""
        project = self.project
        if project is None:
            return None
        self._load_seq += 1
        seq = self._load_seq
        self._set_loading(True)
        worker = Worker(read_only_call, str(project.path), fetch)
        worker.signals.finished.connect(lambda data, s=seq, p=project: self._load_done(s, p, fill, data))
        worker.signals.failed.connect(lambda exc, s=seq, p=project: self._load_failed(s, p, exc))
        worker.signals.cancelled.connect(lambda s=seq, p=project: self._load_failed(s, p, None))
        self._load_worker = worker
        start(worker, PAGE_POOL)
        return worker

    def _current_load(self, seq: int, project) -> bool:
        """True for the last load of the open project; an older load's result is dropped, and the
        last load of a project closed meanwhile ends the loading state without showing anything."""
        if not isValid(self) or seq != self._load_seq:
            return False  # a page rebuilt meanwhile (language switch), or an older load
        if project is not self.project:
            self._when_loaded = []
            self._finish_load()
            return False
        return True

    def _load_done(self, seq: int, project, fill, data) -> None:
        if not self._current_load(seq, project):
            return
        try:
            fill(data)
        except Exception as exc:  # noqa: BLE001 - one broken page must not stop the window
            show_error(self, exc, self.heading.text() or self.key)
        finally:
            self._finish_load()

    def _load_failed(self, seq: int, project, exc) -> None:
        if not self._current_load(seq, project):
            return
        try:
            if exc is not None:
                show_error(self, exc, self.heading.text() or self.key)
        finally:
            self._finish_load()

    def update_next_step(self) -> None:
        """Show what to do next if the page has nothing to show yet (``widgets/next_step.py``)."""
        from ..widgets.next_step import hint

        try:
            text = hint(self.key, self.project)
        except Exception:  # noqa: BLE001 - a hint must never break a page (a file mid-close)
            text = None
        self.next_step.setText(text or "")
        self.next_step.setVisible(bool(text))

    def showEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        self.update_next_step()

    def _finish_load(self) -> None:
        self.update_next_step()
        self._load_worker = None
        self._set_loading(False)
        todo, self._when_loaded = self._when_loaded, []
        for callback in todo:
            callback()
        self.loaded.emit()

    def when_loaded(self, callback) -> None:
        """Call ``callback()`` once the page shows its current data (at once if no load runs)."""
        if self.loading:
            self._when_loaded.append(callback)
        else:
            callback()

    def _set_loading(self, on: bool) -> None:
        self.loading = on
        self.busy.setVisible(on)

    def wait_loaded(self, timeout_s: float = 60.0) -> bool:
        """Block (processing events) until the page's data is shown (tests, scripts)."""
        import time

        from PySide6.QtWidgets import QApplication

        deadline = time.monotonic() + timeout_s
        while time.monotonic() < deadline:
            QApplication.processEvents()
            if not self.loading:
                return True
            time.sleep(0.005)
        return False

    # -- helpers -----------------------------------------------------------------------------
    @property
    def project(self):
        return self.window_.project

    @property
    def mode(self) -> str | None:
        return self.window_.mode

    def client_edit(self, *widgets: QWidget):
        self._client_widgets.extend(widgets)
        return widgets[0] if len(widgets) == 1 else widgets

    def verifier_edit(self, *widgets: QWidget):
        self._verifier_widgets.extend(widgets)
        return widgets[0] if len(widgets) == 1 else widgets

    def apply_mode(self, mode: str | None) -> None:
        for w in self._client_widgets:
            w.setEnabled(mode == "edit")
            if mode != "edit":
                w.setToolTip(self.read_only_reason(mode))
        for w in self._verifier_widgets:
            w.setEnabled(mode == "verifier")
            if mode != "verifier":
                w.setToolTip(tr("Only the verifier can change this (open the file in verifier mode)."))

    def read_only_reason(self, mode: str | None) -> str:
        if mode == "verifier":
            return tr("Verifier mode: client data cannot be changed.")
        if mode == "read":
            reason = getattr(self.project, "read_only_reason", None) if self.project else None
            return tr("Read-only: {0}").format(reason) if reason else tr("The project is open read-only.")
        return tr("Open a project first.")

    def edit(self, text: str, redo, undo):
        """Run one undoable edit (a service call and its inverse); errors shown, file unchanged."""
        cmd = ServiceCommand(text, redo, undo, after=self._after_edit)
        try:
            return push_command(self.window_.undo_stack, cmd)
        except Exception as exc:  # noqa: BLE001 - shown to the user
            show_error(self, exc, text)
            return None

    def try_edit(self, text: str, redo, undo) -> str | None:
        """Like `edit`, for dialogs that stay open on a refusal: None on success, else the
        readable message (nothing shown, the file unchanged)."""
        from ..errors import friendly_message

        cmd = ServiceCommand(text, redo, undo, after=self._after_edit)
        try:
            push_command(self.window_.undo_stack, cmd)
        except Exception as exc:  # noqa: BLE001 - returned to the dialog, shown next to the input
            return friendly_message(exc)
        return None

    def record(self, text: str, redo, undo, result=None) -> None:
        """Record an edit that already ran (in a worker) so that it can be undone and redone."""
        cmd = ServiceCommand(text, redo, undo, after=self._after_edit, already_done=True, result=result)
        self.window_.undo_stack.push(cmd)

    def _after_edit(self) -> None:
        self.refresh()
        self.window_.data_changed(self)

    def call(self, title: str, fn, *args, **kwargs):
        """Call a service synchronously; show its error readably and return None on failure."""
        try:
            return fn(*args, **kwargs)
        except Exception as exc:  # noqa: BLE001 - shown to the user
            show_error(self, exc, title)
            return None

    def long(self, title: str, fn, *args, on_done=None, **kwargs):
        """Run `fn(*args, progress=...)` in a worker with a progress dialog and Cancel."""
        return self.window_.run_long(title, fn, *args, on_done=on_done, **kwargs)

    def missing(self, what: str) -> QLabel:
        """A visible note for a service that is not available in this build."""
        label = QLabel(tr("Not available in this build: {0}").format(what))
        label.setWordWrap(True)
        label.setStyleSheet("color: #b06000;")
        return label
