"""One user action = one transaction, with every change written to the audit log."""

from __future__ import annotations

import re

from . import permissions, snapshot_digest
from .audit import AuditWriter

_IDENT = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")


def _ident(name: str) -> str:
    if not _IDENT.match(name):
        raise ValueError(f"bad identifier {name!r}")
    return f'"{name}"'


def _blob_safe(row: dict) -> dict:
    """Audit copies of rows hold BLOBs as their SHA-256 (canonical does this), never the bytes."""
    return dict(row)


class Action:
    """Write API inside ``Project.action(...)``. All writes go through here."""

    def __init__(self, project, description: str):
        self.project = project
        self.conn = project.conn
        self.description = description
        self.audit = AuditWriter(self.conn)
        self.changes = 0
        self.tables: set[str] = set()  # written by this action: their data version is bumped
        self._bulk: set[str] = set()  # tables whose snapshot-digest triggers are off until commit

    def _bulk_write(self, table: str) -> None:
        """A bulk write is about to happen: the snapshot digest is voided once, not once per row."""
        if table not in self._bulk:
            self._bulk.add(table)
            snapshot_digest.suspend(self.conn, table)

    def finish(self) -> None:
        """Before the commit: the triggers a bulk write took off are put back in the same transaction."""
        if self._bulk:
            snapshot_digest.install(self.conn)
            self._bulk.clear()

    # -- checks -------------------------------------------------------------------------------
    def _check(self, table: str, op: str, columns=None) -> None:
        permissions.check_write(self.project.mode, table, op, columns, self.project.path)
        self.tables.add(table)

    def _row(self, table: str, row_id: int) -> dict | None:
        cur = self.conn.execute(f"SELECT * FROM {_ident(table)} WHERE rowid = ?", (row_id,))
        r = cur.fetchone()
        if r is None:
            return None
        return dict(zip([d[0] for d in cur.description], r, strict=True))

    # -- writes -------------------------------------------------------------------------------
    def insert(self, table: str, row: dict) -> int:
        self._check(table, "insert", row.keys())
        cols = list(row)
        sql = (
            f"INSERT INTO {_ident(table)} ({', '.join(_ident(c) for c in cols)}) "
            f"VALUES ({', '.join('?' for _ in cols)})"
        )
        cur = self.conn.execute(sql, [row[c] for c in cols])
        new_id = cur.lastrowid
        self.audit.append(self.project.user, self.description, table, new_id, "insert", None, _blob_safe(row))
        self.changes += 1
        return new_id

    def update(self, table: str, row_id: int, changes: dict) -> bool:
        """Update one row; returns False (and logs nothing) when nothing actually changed."""
        self._check(table, "update", changes.keys())
        old = self._row(table, row_id)
        if old is None:
            from .errors import ProjectError

            raise ProjectError(f"{table} row {row_id} does not exist", self.project.path)
        diff = {k: v for k, v in changes.items() if old.get(k) != v}
        if not diff:
            return False
        sets = ", ".join(f"{_ident(c)} = ?" for c in diff)
        self.conn.execute(f"UPDATE {_ident(table)} SET {sets} WHERE rowid = ?", [*diff.values(), row_id])
        self.audit.append(
            self.project.user,
            self.description,
            table,
            row_id,
            "update",
            {k: old[k] for k in diff},
            diff,
        )
        self.changes += 1
        return True

    def delete(self, table: str, row_id: int) -> bool:
        self._check(table, "delete")
        old = self._row(table, row_id)
        if old is None:
            return False
        self.conn.execute(f"DELETE FROM {_ident(table)} WHERE rowid = ?", (row_id,))
        self.audit.append(self.project.user, self.description, table, row_id, "delete", old, None)
        self.changes += 1
        return True

    def insert_many(
        self, table: str, columns: list[str], rows, summary: dict | None = None, chunk: int = 20000
    ) -> tuple[int, int | None, int | None]:
        """Bulk insert tuples; one summary audit row (count, first and last id, caller's summary).

        Returns (count, first_id, last_id).
        """
        self._check(table, "insert", columns)
        self._bulk_write(table)
        sql = (
            f"INSERT INTO {_ident(table)} ({', '.join(_ident(c) for c in columns)}) "
            f"VALUES ({', '.join('?' for _ in columns)})"
        )
        before = self.conn.execute(f"SELECT max(rowid) FROM {_ident(table)}").fetchone()[0] or 0
        count = 0
        batch = []
        for r in rows:
            batch.append(r)
            if len(batch) >= chunk:
                self.conn.executemany(sql, batch)
                count += len(batch)
                batch.clear()
        if batch:
            self.conn.executemany(sql, batch)
            count += len(batch)
        first = before + 1 if count else None
        last = before + count if count else None
        info = {"count": count, "first_id": first, "last_id": last, **(summary or {})}
        self.audit.append(self.project.user, self.description, table, None, "insert_many", None, info)
        self.changes += count
        return count, first, last

    def set_setting(self, key: str, value) -> None:
        from . import canonical

        self._check("settings", "update", ["value"])
        text = canonical.dumps(value)
        old = self.conn.execute("SELECT value FROM settings WHERE key = ?", (key,)).fetchone()
        if old and old[0] == text:
            return
        self.conn.execute(
            "INSERT INTO settings (key, value) VALUES (?, ?) "
            "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            (key, text),
        )
        self.audit.append(
            self.project.user,
            self.description,
            "settings",
            None,
            "set",
            {key: old[0]} if old else None,
            {key: text},
        )
        self.changes += 1

    def execute(self, sql: str, params=(), table: str | None = None):
        """Raw write. Name the table so mode permissions apply; log it with :meth:`log`."""
        if table is None:
            raise ValueError("Action.execute needs table= so that mode permissions can be checked")
        self._check(table, "update")
        self._bulk_write(table)
        return self.conn.execute(sql, params)

    def log(self, table, row_id, op: str, old=None, new=None) -> None:
        self.audit.append(self.project.user, self.description, table, row_id, op, old, new)
        self.changes += 1
