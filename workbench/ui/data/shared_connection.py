"""Let worker threads use the open project's SQLite connection.

Python's sqlite3 refuses a connection from any thread but its creator unless it was opened with
`check_same_thread=False`. SQLite here is built serialized (`sqlite3.threadsafety == 3`), so a
shared connection is safe; the UI runs one worker at a time per project behind a modal progress
dialog. Until the store opens its connections that way, `make_shareable` re-opens the project's
connection with the same file, flags and pragmas (the lock row lives in the file, so it is kept).
When the store's connection is already shareable this does nothing.
"""

from __future__ import annotations

import sqlite3
import threading


def is_shareable(conn: sqlite3.Connection) -> bool:
    result = {}

    def probe():
        try:
            conn.execute("SELECT 1").fetchone()
            result["ok"] = True
        except sqlite3.ProgrammingError:
            result["ok"] = False

    t = threading.Thread(target=probe)
    t.start()
    t.join()
    return result.get("ok", False)


def make_shareable(project) -> None:
    old = project.conn
    if sqlite3.threadsafety != 3 or is_shareable(old):
        return
    if old.in_transaction:
        raise RuntimeError("cannot re-open a connection inside a transaction")
    files = {row[1]: row[2] for row in old.execute("PRAGMA database_list")}
    path = files.get("main") or ""
    if not path:  # an in-memory upgraded copy of a read-only file
        new = sqlite3.connect(":memory:", isolation_level=None, check_same_thread=False)
        old.backup(new)
    elif project.mode == "read":
        from pathlib import Path
        from urllib.parse import quote

        new = sqlite3.connect(
            f"file:{quote(str(Path(path).resolve()))}?mode=ro",
            uri=True,
            isolation_level=None,
            check_same_thread=False,
        )
    else:
        new = sqlite3.connect(path, isolation_level=None, timeout=10, check_same_thread=False)
        for pragma in ("synchronous", "foreign_keys"):
            value = old.execute(f"PRAGMA {pragma}").fetchone()[0]
            new.execute(f"PRAGMA {pragma} = {int(value)}")
    project.conn = new
    if hasattr(project, "_db"):
        project._db = None
    old.close()
