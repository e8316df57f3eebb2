"""File > Save a copy as: the open project copied safely (SQLite backup API, checked, renamed into
place) to another .cnw file; the open file itself is never the target."""

from __future__ import annotations

from pathlib import Path

from workbench.services.common.project_copy import save_copy

from ..errors import show_error
from ..i18n import tr
from ..widgets.table_export import ask_save_path


def save_copy_as(window, path: str | None = None) -> str | None:
    if window.project is None:
        return None
    source = Path(window.project.path)
    if path is None:
        path = ask_save_path(window, tr("Save a copy of the project"), "cnw", name=f"{source.stem}-copy")
        if not path:
            return None
    if Path(path).resolve() == source.resolve():
        show_error(
            window,
            ValueError(tr("{0} is the open project file itself; choose another name.").format(path)),
            tr("Save a copy"),
        )
        return None
    try:
        save_copy(window.project, path)
    except Exception as exc:  # noqa: BLE001 - shown to the user; the open file is untouched
        show_error(window, exc, tr("Save a copy"))
        return None
    window.statusBar().showMessage(tr("Saved a copy as {0}").format(path), 8000)
    return path
