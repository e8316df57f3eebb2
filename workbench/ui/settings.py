"""Per-user preferences in QSettings: language, recent files, window geometry and state."""

from __future__ import annotations

from pathlib import Path

ORG = "CarbonWorkbench"
APP = "cnw"
MAX_RECENT = 10


def qsettings():
    from PySide6.QtCore import QSettings

    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORG, APP)


def language(default: str = "en") -> str:
    return str(qsettings().value("ui/language", default))


def set_language(lang: str) -> None:
    qsettings().setValue("ui/language", lang)


def recent_files() -> list[str]:
    value = qsettings().value("files/recent", [])
    if isinstance(value, str):  # QSettings returns a bare string for one-element lists
        value = [value]
    return [str(v) for v in (value or [])]


def add_recent_file(path: str | Path) -> list[str]:
    path = str(Path(path).resolve())
    files = [f for f in recent_files() if f != path]
    files.insert(0, path)
    files = files[:MAX_RECENT]
    qsettings().setValue("files/recent", files)
    return files


def remove_recent_file(path: str | Path) -> None:
    path = str(Path(path).resolve())
    qsettings().setValue("files/recent", [f for f in recent_files() if f != path])


def save_window(window) -> None:
    s = qsettings()
    s.setValue("window/geometry", window.saveGeometry())
    s.setValue("window/state", window.saveState())


def restore_window(window) -> bool:
    s = qsettings()
    geometry = s.value("window/geometry")
    state = s.value("window/state")
    ok = False
    if geometry is not None:
        ok = bool(window.restoreGeometry(geometry))
    if state is not None:
        window.restoreState(state)
    return ok
