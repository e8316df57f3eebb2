"""Append-only audit log with a SHA-256 hash chain.

Row hash = SHA-256(prev_hash + "\\n" + canonical JSON of [id, ts, user, action, tbl, row_id, op,
old, new]). The newest id and hash are also kept in ``audit_head`` so that deleting the last rows
is detected as well as editing or deleting rows in the middle.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import UTC, datetime

from . import canonical

GENESIS = "0" * 64


def row_hash(prev_hash: str, id_, ts, user, action, tbl, row_id, op, old, new) -> str:
    body = canonical.dumps([id_, ts, user, action, tbl, row_id, op, old, new])
    return hashlib.sha256((prev_hash + "\n" + body).encode("utf-8")).hexdigest()


def now_iso() -> str:
    return datetime.now(UTC).isoformat(timespec="microseconds").replace("+00:00", "Z")


class AuditWriter:
    """Appends chained rows inside the caller's transaction."""

    def __init__(self, conn):
        self.conn = conn
        row = conn.execute("SELECT last_id, hash FROM audit_head WHERE id = 1").fetchone()
        self.last_id, self.last_hash = (row[0], row[1]) if row else (0, GENESIS)
        self.dirty = False

    def append(self, user: str, action: str, tbl, row_id, op: str, old=None, new=None) -> int:
        id_ = self.last_id + 1
        ts = now_iso()
        old_s = None if old is None else canonical.dumps(old)
        new_s = None if new is None else canonical.dumps(new)
        h = row_hash(self.last_hash, id_, ts, user, action, tbl, row_id, op, old_s, new_s)
        self.conn.execute(
            "INSERT INTO audit_log (id, ts, user, action, tbl, row_id, op, old, new, prev_hash, hash) "
            "VALUES (?,?,?,?,?,?,?,?,?,?,?)",
            (id_, ts, user, action, tbl, row_id, op, old_s, new_s, self.last_hash, h),
        )
        self.last_id, self.last_hash, self.dirty = id_, h, True
        return id_

    def flush(self) -> None:
        if self.dirty:
            self.conn.execute(
                "INSERT INTO audit_head (id, last_id, hash) VALUES (1, ?, ?) "
                "ON CONFLICT(id) DO UPDATE SET last_id = excluded.last_id, hash = excluded.hash",
                (self.last_id, self.last_hash),
            )
            self.dirty = False


@dataclass(frozen=True)
class AuditReport:
    ok: bool
    rows: int
    first_bad_id: int | None
    message: str


def verify(conn) -> AuditReport:
    """Recompute the whole chain; name the first row that does not hold."""
    prev = GENESIS
    expected_id = 1
    count = 0
    cur = conn.execute(
        "SELECT id, ts, user, action, tbl, row_id, op, old, new, prev_hash, hash FROM audit_log ORDER BY id"
    )
    for id_, ts, user, action, tbl, row_id, op, old, new, prev_hash, h in cur:
        if id_ != expected_id:
            missing = f"{expected_id}" if id_ == expected_id + 1 else f"{expected_id}-{id_ - 1}"
            return AuditReport(
                False, count, expected_id, f"audit row {missing} missing: deleted from the log"
            )
        if prev_hash != prev:
            return AuditReport(
                False, count, id_, f"audit row {id_}: does not chain to row {id_ - 1} (history rewritten)"
            )
        if row_hash(prev, id_, ts, user, action, tbl, row_id, op, old, new) != h:
            return AuditReport(
                False, count, id_, f"audit row {id_}: content does not match its hash (edited)"
            )
        prev = h
        expected_id += 1
        count += 1
    head = conn.execute("SELECT last_id, hash FROM audit_head WHERE id = 1").fetchone()
    if head is None:
        if count:
            return AuditReport(False, count, None, "audit head record missing (deleted)")
        return AuditReport(True, 0, None, "audit log empty")
    if head[0] != count or head[1] != prev:
        if head[0] > count:
            return AuditReport(
                False,
                count,
                count + 1,
                f"audit rows {count + 1}-{head[0]} missing: deleted from the end of the log",
            )
        return AuditReport(
            False, count, head[0], "audit head does not match the last row (log or head edited)"
        )
    return AuditReport(True, count, None, f"audit chain intact: {count} rows")
