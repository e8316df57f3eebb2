"""Base class of every journey page: mode handling, undoable edits, long work, status."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from ..errors import show_error
from ..i18n import tr
from ..undo import ServiceCommand, push_command


class Page(QWidget):
    """A journey page. Subclasses set `key`, build widgets in `build()`, load data in `refresh()`.

    Widgets that change client data are registered with `client_edit(w)`; widgets that change
    verifier data with `verifier_edit(w)`. `apply_mode` enables each group only in its mode.
    """

    key = ""
    svc = None  # the step's service package (workbench.services.<step>), set by each page
    dirty = True  # refreshed when next shown

    def __init__(self, window):
        super().__init__(window)
        self.window_ = window
        self._client_widgets: list[QWidget] = []
        self._verifier_widgets: list[QWidget] = []
        self.layout_ = QVBoxLayout(self)
        self.heading = QLabel()
        self.heading.setObjectName("pageHeading")
        self.heading.setStyleSheet("font-size: 15pt; font-weight: bold; padding: 2px 0 6px 0;")
        self.layout_.addWidget(self.heading)
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
