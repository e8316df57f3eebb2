"""The main window: navigator of journey steps, one page per step, status bar, menus."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import QFileDialog, QMainWindow, QScrollArea, QSplitter, QStackedWidget

from . import settings
from .errors import show_error
from .i18n import tr
from .icons import icon
from .navigator import STEPS, Navigator
from .statusbar import WorkbenchStatusBar
from .step_status import compute_statuses, lock_description
from .welcome import WelcomePage
from .widgets.table_export import install_all as install_table_exports
from .workers import Worker, run_with_dialog, start

PROJECT_FILTER = "Carbon-Neutrality Workbench (*.cnw)"


def page_classes() -> dict:
    from .pages.boundary import BoundaryPage
    from .pages.certificate import CertificatePage
    from .pages.footprint import FootprintPage
    from .pages.inventory import InventoryPage
    from .pages.offsets import OffsetsPage
    from .pages.plan import PlanPage
    from .pages.product import ProductPage
    from .pages.reduction import ReductionPage
    from .pages.verification import VerificationPage

    return {
        "boundary": BoundaryPage,
        "inventory": InventoryPage,
        "footprint": FootprintPage,
        "product": ProductPage,
        "plan": PlanPage,
        "reduction": ReductionPage,
        "offsets": OffsetsPage,
        "verification": VerificationPage,
        "certificate": CertificatePage,
    }


class MainWindow(QMainWindow):
    project_changed = Signal()
    brightway_ready = Signal()
    statuses_updated = Signal()

    def __init__(self, path: str | None = None, mode: str = "edit", load_brightway: bool = True):
        super().__init__()
        self.project = None
        self.pages: dict = {}
        self.undo_stack = QUndoStack(self)
        self.undo_stack.cleanChanged.connect(lambda _clean: self._update_title())
        self.bw_worker = None
        self.bw_state = "idle"  # idle | loading | ready | failed
        self._status_worker = None
        self._long_workers: set = set()  # run_long work on the open project, waited for at close
        self._status_again = False
        self._status_pending = False
        self.signed = None
        self.setWindowIcon(icon("app"))
        self.resize(1280, 820)
        self.navigator = Navigator()
        self.stack = QStackedWidget()
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.navigator)
        splitter.addWidget(self.stack)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([270, 1010])
        self.splitter = splitter
        self.setCentralWidget(splitter)
        self.status = WorkbenchStatusBar()
        self.setStatusBar(self.status)
        self.navigator.step_selected.connect(self.show_step)
        self._build_actions()
        self._build_pages()
        settings.restore_window(self)
        if path:
            self.open_path(path, mode)
        else:
            self._project_opened()
        if load_brightway:
            self.start_brightway()

    # -- actions and menus -------------------------------------------------------------------
    def _build_actions(self) -> None:
        def act(text, slot, shortcut=None, menu=None):
            a = QAction(text, self)
            if shortcut is not None:
                a.setShortcut(QKeySequence(shortcut))
            a.triggered.connect(slot)
            if menu is not None:
                menu.addAction(a)
            return a

        mb = self.menuBar()
        mb.clear()
        f = mb.addMenu(tr("&File"))
        self.act_new = act(tr("&New project..."), self.new_project, QKeySequence.StandardKey.New, f)
        self.act_open = act(tr("&Open..."), lambda: self.open_dialog(), QKeySequence.StandardKey.Open, f)
        self.act_open_ro = act(tr("Open read-only..."), lambda: self.open_dialog("read"), None, f)
        self.act_open_verifier = act(
            tr("Open as verifier..."), lambda: self.open_dialog("verifier"), "Ctrl+Shift+V", f
        )
        self.act_demo = act(tr("Open the &demo"), self.open_demo, "Ctrl+Shift+D", f)
        self.recent_menu = f.addMenu(tr("Recent files"))
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        f.addSeparator()
        self.act_save_copy = act(tr("Save a &copy as..."), lambda: self.save_copy_as(), "Ctrl+Shift+S", f)
        self.act_audit_log = act(tr("&Audit log..."), lambda: self.show_audit_log(), "Ctrl+Shift+L", f)
        f.addSeparator()
        self.act_close = act(tr("&Close project"), self.close_project, QKeySequence.StandardKey.Close, f)
        self.act_quit = act(tr("&Quit"), self.close, QKeySequence.StandardKey.Quit, f)
        e = mb.addMenu(tr("&Edit"))
        self.act_undo = self.undo_stack.createUndoAction(self, tr("&Undo"))
        self.act_undo.setShortcut(QKeySequence.StandardKey.Undo)
        self.act_redo = self.undo_stack.createRedoAction(self, tr("&Redo"))
        redo = [*QKeySequence.keyBindings(QKeySequence.StandardKey.Redo), QKeySequence("Ctrl+Shift+Z")]
        unique = {k.toString(): k for k in redo if not k.isEmpty()}  # the platform's may already hold it
        self.act_redo.setShortcuts(list(unique.values()))
        e.addAction(self.act_undo)
        e.addAction(self.act_redo)
        e.addSeparator()
        self.act_prefs = act(tr("&Preferences..."), self.preferences, QKeySequence.StandardKey.Preferences, e)
        if self.act_prefs.shortcut().isEmpty():
            self.act_prefs.setShortcut(QKeySequence("Ctrl+,"))
        v = mb.addMenu(tr("&View"))
        self.step_actions = []
        from .navigator import step_label

        n = 0
        for key, parent in STEPS:  # Ctrl+N opens step N as numbered; a sub-step is Ctrl+Shift+<its step>
            n += parent is None
            shortcut = f"Ctrl+{n}" if parent is None else f"Ctrl+Shift+{n}"
            a = act(step_label(key), lambda _=False, k=key: self.show_step(k), shortcut, v)
            self.step_actions.append(a)
        v.addSeparator()
        self.act_refresh = act(tr("&Refresh"), self.refresh_all, "F5", v)  # not Ctrl+R: recalculate
        h = mb.addMenu(tr("&Help"))
        self.act_shortcuts = act(tr("&Keyboard shortcuts"), self.show_shortcuts, "F1", h)
        self.act_about = act(tr("&About"), self.about, None, h)

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        files = settings.recent_files()
        if not files:
            a = self.recent_menu.addAction(tr("(none)"))
            a.setEnabled(False)
        for path in files:
            a = self.recent_menu.addAction(path)
            a.triggered.connect(lambda _=False, p=path: self.open_path(p))

    # -- pages ---------------------------------------------------------------------------------
    def _build_pages(self) -> None:
        while self.stack.count():
            w = self.stack.widget(0)
            self.stack.removeWidget(w)
            w.deleteLater()
        self.welcome = WelcomePage(self)
        self.stack.addWidget(self.welcome)
        self.pages = {}
        self.page_frames = {}
        for key, cls in page_classes().items():
            page = cls(self)
            page.heading.setText(_heading(key))
            install_table_exports(page)  # every data table: Export to CSV / XLSX in its context menu
            self.pages[key] = page
            frame = QScrollArea()  # small screens scroll instead of forcing a huge window
            frame.setWidgetResizable(True)
            frame.setFrameShape(QScrollArea.Shape.NoFrame)
            frame.setWidget(page)
            self.page_frames[key] = frame
            self.stack.addWidget(frame)

    def show_step(self, key: str) -> None:
        if self.project is None:
            self.stack.setCurrentWidget(self.welcome)
            return
        page = self.pages[key]
        if getattr(page, "dirty", True):
            self._refresh_page(page)
        self.stack.setCurrentWidget(self.page_frames[key])
        if self.navigator.currentItem() is not self.navigator.items[key]:
            self.navigator.select(key)

    def current_page(self):
        w = self.stack.currentWidget()
        if w is self.welcome or w is None:
            return None
        return w.widget()

    # -- project lifecycle ---------------------------------------------------------------------
    @property
    def mode(self) -> str | None:
        return getattr(self.project, "mode", None) if self.project is not None else None

    def open_dialog(self, mode: str = "edit") -> None:
        path, _ = QFileDialog.getOpenFileName(self, tr("Open project"), "", PROJECT_FILTER)
        if path:
            self.open_path(path, mode)

    def open_path(self, path, mode: str = "edit") -> bool:
        """Open a project file; on failure show why and keep the current project."""
        from workbench import open_project

        if self.project is not None and Path(str(self.project.path)).resolve() == Path(str(path)).resolve():
            self.close_project()  # reopening the same file in another mode: release our lock first
        try:
            project = open_project(str(path), mode=mode)
        except Exception as exc:  # noqa: BLE001 - shown to the user
            show_error(self, exc, tr("Could not open {0}").format(Path(path).name))
            return False
        self.set_project(project)
        settings.add_recent_file(path)
        return True

    def set_project(self, project) -> None:
        self.close_project()
        self.project = project
        self._project_opened()

    def close_project(self) -> None:
        self._status_again = False
        self._status_pending = False
        self.signed = None
        if self.project is not None:
            # Long work still running on this project (signing, an import) is cancelled and
            # waited for first: it rolls back, and its connection is never closed under it.
            for worker in list(self._long_workers):
                worker.cancel()
            for worker in list(self._long_workers):
                worker.done.wait()
            self._long_workers.clear()
            try:
                self.project.close()
            finally:
                self.project = None
        self.undo_stack.clear()
        self._project_opened()

    def _project_opened(self) -> None:
        for page in self.pages.values():
            page.apply_mode(self.mode)
            page.dirty = True
        self.update_status()
        if self.project is None:
            self.welcome.refresh()
            self.stack.setCurrentWidget(self.welcome)
            self.navigator.blockSignals(True)
            self.navigator.setCurrentItem(None)
            self.navigator.clearSelection()
            self.navigator.blockSignals(False)
        else:
            self.show_step(self._first_open_step())
        for a in (self.act_close, self.act_save_copy, self.act_audit_log):
            a.setEnabled(self.project is not None)
        self.project_changed.emit()

    def _first_open_step(self) -> str:
        return "boundary"

    def refresh_all(self) -> None:
        """Apply the mode everywhere; refresh the visible page now and the others when shown."""
        for page in self.pages.values():
            page.apply_mode(self.mode)
            page.dirty = True
        self._refresh_page(self.current_page())
        self.update_status()

    def _refresh_page(self, page) -> None:
        if page is None or self.project is None:
            return
        try:
            page.refresh()
        except Exception as exc:  # noqa: BLE001 - one broken page must not stop the window
            show_error(self, exc, tr("Could not show {0}").format(_heading(page.key)))
        page.update_next_step()  # pages filled at once (not through a worker) say it here
        page.dirty = False

    def data_changed(self, source_page=None) -> None:
        """After every edit (and undo/redo): refresh the visible page; statuses in the background."""
        page = self.current_page()
        for p in self.pages.values():
            if p is not source_page:
                p.dirty = True
        if page is not None and page is not source_page:
            self._refresh_page(page)
        self.update_status()

    def update_status(self, sync: bool = False) -> None:
        """Status bar now; the seven step statuses and the signed-data state in a worker thread
        (they read the whole file on big projects), or at once with sync=True."""
        p = self.project
        self._update_title()
        if p is None:
            for key, _ in STEPS:
                self.navigator.set_status(key, "not_started")
            self.status.show_project(None, None, None, None)
            return
        self.status.show_project(str(p.path), p.mode, lock_description(p), self.signed)
        if sync:
            self._apply_statuses(p, compute_statuses(self.pages, str(p.path)))
            return
        if self._status_pending:
            self._status_again = True
            return
        self._status_again = False
        worker = Worker(compute_statuses, self.pages, str(p.path))
        worker.signals.finished.connect(lambda result, w=worker: self._statuses_done(w, result))
        worker.signals.failed.connect(lambda _exc, w=worker: self._statuses_done(w, None))
        worker.signals.cancelled.connect(lambda w=worker: self._statuses_done(w, None))
        worker.project = p
        self._status_worker = worker
        self._status_pending = True
        start(worker)

    def _statuses_done(self, worker, result) -> None:
        if worker is not self._status_worker:  # an older run (another project, or superseded)
            return
        self._status_pending = False
        if result is not None:
            self._apply_statuses(worker.project, result)
        if self._status_again and self.project is not None:
            self.update_status()

    def _apply_statuses(self, project, result) -> None:
        if project is not self.project:
            return
        states, signed = result
        for key, (state, note) in states.items():
            self.navigator.set_status(key, state, note)
        self.signed = signed
        self.status.show_project(str(project.path), project.mode, lock_description(project), signed)
        self.statuses_updated.emit()

    def wait_for_statuses(self, timeout_s: float = 30.0) -> bool:
        """Block (processing events) until the background status update is done (tests, scripts)."""
        import time

        from PySide6.QtWidgets import QApplication

        deadline = time.monotonic() + timeout_s
        while time.monotonic() < deadline:
            QApplication.processEvents()
            if not self._status_pending and not self._status_again:
                return True
            time.sleep(0.01)
        return False

    def wait_for_pages(self, timeout_s: float = 60.0) -> bool:
        """Block (processing events) until no page is loading its data in a worker (tests, scripts)."""
        import time

        deadline = time.monotonic() + timeout_s
        return all(p.wait_loaded(max(0.0, deadline - time.monotonic())) for p in self.pages.values())

    def _update_title(self) -> None:
        name = Path(str(self.project.path)).name if self.project is not None else ""
        title = tr("Carbon-Neutrality Workbench")
        self.setWindowTitle(f"{name} - {title}" if name else title)

    # -- dialogs -------------------------------------------------------------------------------
    def new_project(self) -> None:
        from .dialogs.new_project import NewProjectDialog

        dialog = NewProjectDialog(self)
        if dialog.exec():
            project = dialog.created
            if project is not None:
                self.set_project(project)
                settings.add_recent_file(project.path)

    def open_demo(self) -> None:
        from .dialogs.demo import open_demo

        open_demo(self)

    def preferences(self) -> None:
        from .dialogs.preferences import PreferencesDialog

        PreferencesDialog(self).exec()

    def save_copy_as(self, path: str | None = None) -> str | None:
        """File > Save a copy as (the open file is never overwritten); the copy's path or None."""
        from .dialogs.save_copy import save_copy_as

        return save_copy_as(self, path)

    def show_audit_log(self):
        """The audit-log viewer (read-only) of the open project."""
        from .dialogs.audit_log import AuditLogDialog

        if self.project is None:
            return None
        dialog = AuditLogDialog(self, self.project)
        dialog.open()
        return dialog

    def shortcut_table(self) -> list[tuple[str, str]]:
        """(action, keys) for every menu action with a shortcut, and the page buttons' keys."""
        from PySide6.QtGui import QKeySequence
        from PySide6.QtWidgets import QAbstractButton

        rows = []
        for menu_action in self.menuBar().actions():
            for a in menu_action.menu().actions():
                keys = ", ".join(k.toString(QKeySequence.SequenceFormat.NativeText) for k in a.shortcuts())
                if keys:
                    rows.append((a.text().replace("&", ""), keys))
        # every page button that has a key, read from the buttons themselves (none can be missed)
        described = {
            "Ctrl+R": tr("Recalculate the footprint"),
            "Ctrl+I": tr("Import activity data"),
            "Del": tr("Delete the selected ledger row"),
            "Ctrl+Shift+P": tr("Preview a document"),
            "Ctrl+E": tr("Export PDF"),
        }
        for button in self.findChildren(QAbstractButton):
            keys = button.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            if keys:
                rows.append((described.get(keys, button.text().replace("&", "")), keys))
        return rows

    def show_shortcuts(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        text = "\n".join(f"{keys}\t{name}" for name, keys in self.shortcut_table())
        QMessageBox.information(self, tr("Keyboard shortcuts"), text)

    def about(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.about(
            self,
            tr("About"),
            tr("Carbon-Neutrality Workbench\nFrom activity data to a verified carbon-neutrality claim."),
        )

    # -- long work -----------------------------------------------------------------------------
    def run_long(self, title: str, fn, *args, on_done=None, **kwargs):
        """Long work on the open project; its completion is dropped if the project was closed (or
        another opened) meanwhile: the page it would update belongs to a project no longer shown."""
        project = self.project

        def done(result):
            if on_done is not None and self.project is project:
                on_done(result)

        worker = run_with_dialog(self, title, fn, *args, on_done=done, **kwargs)
        self._long_workers.add(worker)
        for signal in (worker.signals.finished, worker.signals.failed, worker.signals.cancelled):
            signal.connect(lambda *_, w=worker: self._long_workers.discard(w))
        return worker

    def start_brightway(self) -> None:
        """Set up Brightway in the background, progress in the status bar (the window stays live)."""
        try:
            from .brightway import ensure_setup
        except ImportError:
            self.bw_state = "failed"
            self.status.background_done(tr("Brightway setup module not installed"))
            return
        self.bw_state = "loading"
        worker = Worker(ensure_setup)
        worker.signals.progress.connect(self.status.background_progress)
        worker.signals.finished.connect(self._bw_done)
        worker.signals.failed.connect(self._bw_failed)
        self.bw_worker = worker
        self.status.background_progress(0.0, tr("Loading Brightway..."))
        start(worker)

    def _bw_done(self, _result) -> None:
        self.bw_state = "ready"
        self.status.background_done(tr("Brightway ready"))
        if self.project is not None and "product" in self.pages:
            self.pages["product"].refresh_backgrounds()
        self.brightway_ready.emit()

    def _bw_failed(self, exc) -> None:
        self.bw_state = "failed"
        self.status.background_done(tr("Brightway not available"))
        show_error(self, exc, tr("Brightway setup"))

    # -- language ------------------------------------------------------------------------------
    def changeEvent(self, event) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        current = self.current_page()
        key = current.key if current is not None else None
        self._build_actions()
        self.navigator.retranslate()
        self.status.retranslate()
        self._build_pages()
        self.refresh_all()
        if key:
            self.show_step(key)
        elif self.project is None:
            self.stack.setCurrentWidget(self.welcome)

    def closeEvent(self, event) -> None:  # noqa: N802 - Qt override
        settings.save_window(self)
        if self.bw_worker is not None:
            self.bw_worker.cancel()
        from .workers import shutdown

        shutdown()
        self.close_project()
        super().closeEvent(event)


def _heading(key: str) -> str:
    from .navigator import step_label

    return step_label(key).split(". ", 1)[-1]
