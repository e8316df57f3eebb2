"""Start the desktop app: QApplication, fonts, language, main window."""

from __future__ import annotations

import sys


def create_app(argv=None):
    """The QApplication (reused if one exists) with the Hangul font and the saved language."""
    from PySide6.QtWidgets import QApplication

    from workbench.services.common.appdata import log_to_file

    from . import settings
    from .fonts import apply_ui_font
    from .i18n import install_language

    log_to_file()  # technical detail behind a message shown to the user goes to cnw.log
    from .qtfix import guard

    guard()  # PySide6 6.12.0 reference-count bug (see qtfix)

    app = QApplication.instance()
    if app is None:
        app = QApplication(list(argv) if argv is not None else sys.argv[:1])
    app.setOrganizationName(settings.ORG)
    app.setApplicationName(settings.APP)
    app.setApplicationDisplayName("Carbon-Neutrality Workbench")
    apply_ui_font(app)
    try:
        install_language(app, settings.language())
    except (ValueError, RuntimeError):
        install_language(app, "en")
    return app


def run(path: str | None = None, mode: str = "edit", argv=None, load_brightway: bool = True) -> int:
    """Open the main window (optionally on `path`) and run the event loop; return the exit code.

    Brightway is set up in the background (progress in the status bar) unless load_brightway=False.
    """
    app = create_app(argv)
    from .errors import install_excepthook
    from .main_window import MainWindow

    window = MainWindow(path, mode=mode, load_brightway=load_brightway)
    old_hook = sys.excepthook
    install_excepthook(lambda: window)
    window.show()
    try:
        return app.exec()
    finally:
        sys.excepthook = old_hook
