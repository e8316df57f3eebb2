"""Single-writer lock recorded inside the project file (user, host, pid, time).

The lock row lives in ``local_lock`` (outside the snapshot and the audit chain). A second opener
sees it and falls back to read-only mode, told who holds the file. A lock left by a crashed process
on this same host is recognised as stale (its pid is gone) and taken over, with an audit entry;
any other stale lock is broken only on request (``break_lock=True`` / ``--break-lock``).
"""

from __future__ import annotations

import getpass
import os
import socket
import uuid
from dataclasses import dataclass


@dataclass(frozen=True)
class LockInfo:
    user: str
    host: str
    pid: int
    since: str
    mode: str = "edit"
    token: str = ""

    def describe(self) -> str:
        return f"{self.user} on {self.host} (pid {self.pid}, {self.mode} mode) since {self.since}"


def current_user() -> str:
    try:
        return getpass.getuser()
    except Exception:  # no login name in some containers
        return os.environ.get("USER") or "unknown"


def new_token() -> str:
    return uuid.uuid4().hex


def pid_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def read(conn) -> LockInfo | None:
    row = conn.execute("SELECT user, host, pid, since, mode, token FROM local_lock WHERE id = 1").fetchone()
    return LockInfo(*row) if row else None


def is_stale_here(info: LockInfo) -> bool:
    """True when the holder ran on this host and its process no longer exists."""
    return info.host == socket.gethostname() and not pid_alive(info.pid)


def write(conn, user: str, mode: str, token: str, since: str) -> None:
    conn.execute(
        "INSERT OR REPLACE INTO local_lock (id, user, host, pid, token, since, mode) VALUES (1,?,?,?,?,?,?)",
        (user, socket.gethostname(), os.getpid(), token, since, mode),
    )


def release(conn, token: str) -> None:
    conn.execute("DELETE FROM local_lock WHERE id = 1 AND token = ?", (token,))
