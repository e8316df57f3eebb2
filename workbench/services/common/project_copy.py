"""Save a copy of the open project file elsewhere (File > Save As), safely.

The copy is made with SQLite's online backup API from the open connection (a consistent copy even
of a file being written), into a temporary file beside the target, checked
(``PRAGMA integrity_check``), stripped of the single-writer lock record (the copy is not open
anywhere) and then renamed into place: a failure leaves no half-written target. The open file itself
is never the target."""

from __future__ import annotations

import os
import sqlite3
import tempfile
from pathlib import Path

from workbench.project.errors import ProjectError


def _same_file(a: Path, b: Path) -> bool:
    try:
        return a.resolve() == b.resolve() or (b.exists() and os.path.samefile(a, b))
    except OSError:
        return False


def save_copy(project, target) -> Path:
    """Copy the open project to ``target`` (an existing file there is replaced); returns its path."""
    target = Path(target)
    source = Path(project.path)
    if target.suffix.lower() != ".cnw":
        raise ProjectError(f"{target.name}: a project file name ends in .cnw")
    if _same_file(source, target):
        raise ProjectError(f"{target}: this is the open project file itself; choose another name")
    if not target.parent.is_dir():
        raise ProjectError(f"{target.parent}: no such folder")
    fd, tmp = tempfile.mkstemp(prefix=".copy-", suffix=".cnw", dir=str(target.parent))
    os.close(fd)
    try:
        dst = sqlite3.connect(tmp, isolation_level=None)
        try:
            project.conn.backup(dst)
            ok = dst.execute("PRAGMA integrity_check").fetchone()[0]
            if ok != "ok":
                raise ProjectError(f"{target}: the copy failed its integrity check ({ok})")
            dst.execute("DELETE FROM local_lock")
        finally:
            dst.close()
        os.replace(tmp, target)
    except sqlite3.Error as exc:
        Path(tmp).unlink(missing_ok=True)
        raise ProjectError(f"{target}: could not write the copy: {exc}") from None
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return target
