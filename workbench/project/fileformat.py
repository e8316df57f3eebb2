"""Checks on the bytes of a project file.

:func:`check_magic` runs before SQLite opens the file (a text file or an empty file is refused
without SQLite touching it). :func:`check_structure` runs after SQLite's first read, because a
crash can leave a hot journal whose rollback restores the very header fields it checks (page
count, size): judging the file before SQLite has recovered it would refuse a healthy file.
"""

from __future__ import annotations

import os
import struct

from .errors import NotAProjectError, ProjectError

SQLITE_MAGIC = b"SQLite format 3\x00"
# PRAGMA application_id of every .cnw file: ASCII "CNW1".
APPLICATION_ID = 0x434E5731


def check_magic(path: str) -> None:
    """Raise a ProjectError if ``path`` is missing, unreadable, empty or not an SQLite file."""
    if not os.path.exists(path):
        raise ProjectError(f"{path}: no such file", path)
    if os.path.isdir(path):
        raise ProjectError(f"{path}: is a folder, not a project file", path)
    if not os.access(path, os.R_OK):
        raise ProjectError(f"{path}: permission denied (the file cannot be read)", path)
    size = os.path.getsize(path)
    if size == 0:
        raise NotAProjectError(f"{path}: the file is empty; it is not a workbench project (.cnw)", path)
    with open(path, "rb") as fh:
        header = fh.read(100)
    if not header.startswith(SQLITE_MAGIC):
        raise NotAProjectError(
            f"{path}: not a workbench project: the file is not an SQLite database "
            f"(it starts with {header[:16]!r})",
            path,
        )
    if len(header) < 100:
        raise NotAProjectError(f"{path}: the file is truncated ({size} bytes; the header alone is 100)", path)


def check_structure(path: str) -> None:
    """Raise a NotAProjectError if the header's sizes disagree with the file or the app id is not ours."""
    size = os.path.getsize(path)
    with open(path, "rb") as fh:
        header = fh.read(100)
    if len(header) < 100:
        raise NotAProjectError(f"{path}: the file is truncated ({size} bytes; the header alone is 100)", path)
    page_size = struct.unpack(">H", header[16:18])[0]
    page_size = 65536 if page_size == 1 else page_size
    page_count = struct.unpack(">I", header[28:32])[0]
    change_counter = struct.unpack(">I", header[24:28])[0]
    valid_for = struct.unpack(">I", header[92:96])[0]
    # The in-header page count is valid only when version-valid-for equals the change counter.
    if page_count and valid_for == change_counter:
        expected = page_size * page_count
        if size < expected:
            raise NotAProjectError(
                f"{path}: the file is truncated: {size:,} bytes on disk, the database says "
                f"{expected:,} ({page_count:,} pages of {page_size:,} bytes). Restore it from a backup.",
                path,
            )
    if size % page_size:
        raise NotAProjectError(
            f"{path}: the file is damaged: its size ({size:,} bytes) is not a whole number of "
            f"{page_size:,}-byte pages",
            path,
        )
    app_id = struct.unpack(">I", header[68:72])[0]
    if app_id != APPLICATION_ID:
        raise NotAProjectError(
            f"{path}: an SQLite database, but not a workbench project (application id {app_id:#x}, "
            f"expected {APPLICATION_ID:#x})",
            path,
        )


def check_application_id(conn, path: str) -> None:
    """The application id as SQLite reads it (for a file whose bytes are mid-transaction)."""
    app_id = conn.execute("PRAGMA application_id").fetchone()[0]
    if app_id != APPLICATION_ID:
        raise NotAProjectError(
            f"{path}: an SQLite database, but not a workbench project (application id {app_id:#x}, "
            f"expected {APPLICATION_ID:#x})",
            path,
        )
