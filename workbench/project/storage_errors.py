"""SQLite errors a user can cause, as messages that say what happened and that nothing changed.

A full disk, a read-only drive, an I/O error, a file another program is writing: SQLite reports
each with a result code (Python 3.11: ``exc.sqlite_errorcode`` / ``sqlite_errorname``). The user
sees what happened, what to do and that the action was rolled back; the original error goes to the
``workbench.project`` log for support.
"""

from __future__ import annotations

import logging
import sqlite3

from .errors import ProjectError

log = logging.getLogger("workbench.project")
log.addHandler(logging.NullHandler())  # no log configured: say nothing on stderr (cli/app add a file)

# primary result codes (the low byte of an extended code): https://sqlite.org/rescode.html
SQLITE_BUSY, SQLITE_LOCKED, SQLITE_NOMEM, SQLITE_READONLY = 5, 6, 7, 8
SQLITE_IOERR, SQLITE_CORRUPT, SQLITE_FULL, SQLITE_CANTOPEN, SQLITE_NOTADB = 10, 11, 13, 14, 26
SQLITE_READONLY_DBMOVED = 1032  # extended code: the file was moved or deleted while open


class StorageError(ProjectError):
    """The storage refused a read or write (disk full, read-only, I/O error, busy)."""

    def __init__(self, message: str, path: str | None, kind: str):
        super().__init__(message, path)
        self.kind = kind


class BusyError(StorageError):
    """Another program holds the file's write lock right now."""


def primary_code(exc: BaseException) -> int | None:
    code = getattr(exc, "sqlite_errorcode", None)
    return None if code is None else code & 0xFF


_KINDS = {
    SQLITE_FULL: (
        "disk_full",
        "the disk is full (or the file reached its size limit); nothing was changed. Free some space "
        "and try again",
    ),
    SQLITE_READONLY: (
        "read_only",
        "the file or the drive it is on cannot be written (read-only media, permissions, or a synced "
        "folder that locked it); nothing was changed. Save a copy elsewhere or open it read-only",
    ),
    SQLITE_IOERR: (
        "io_error",
        "the drive reported an input/output error (a removed USB drive, a network drive that went "
        "away, a failing disk); nothing was changed. Check the drive and try again",
    ),
    SQLITE_BUSY: (
        "busy",
        "another program is writing this file right now; nothing was changed. Try again in a "
        "moment, or open the file read-only",
    ),
    SQLITE_LOCKED: (
        "busy",
        "the file is in use by another task of this program; nothing was changed. Try again when "
        "it has finished",
    ),
    SQLITE_NOMEM: ("no_memory", "the computer ran out of memory; nothing was changed"),
    SQLITE_CANTOPEN: (
        "cannot_open",
        "the file (or the journal SQLite writes beside it) cannot be opened; check that the folder "
        "still exists and can be written; nothing was changed",
    ),
    SQLITE_CORRUPT: ("corrupt", "the file is damaged; nothing was changed. Restore it from a backup"),
    SQLITE_NOTADB: ("corrupt", "the file is not a readable project file; nothing was changed"),
}


def is_storage_error(exc: BaseException) -> bool:
    return isinstance(exc, sqlite3.Error) and primary_code(exc) in _KINDS


def storage_error(path: str, exc: sqlite3.Error, doing: str | None = None) -> StorageError:
    """The user-facing error for ``exc`` (which must satisfy :func:`is_storage_error`)."""
    code = primary_code(exc)
    kind, text = _KINDS[code]
    if getattr(exc, "sqlite_errorcode", None) == SQLITE_READONLY_DBMOVED:
        kind, text = (
            "moved",
            "the file was moved, renamed or deleted while it was open (or its drive went away); "
            "nothing was changed. Open it again from where it is now",
        )
    log.warning("%s: %s failed: %s (%s)", path, doing or "access", exc, getattr(exc, "sqlite_errorname", "?"))
    what = f" ({doing})" if doing else ""
    cls = BusyError if kind == "busy" else StorageError
    return cls(f"{path}{what}: {text}.", path, kind)
