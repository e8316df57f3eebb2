"""The snapshot digest kept in the file, so a new session need not re-read every row to know it.

Hashing the canonical snapshot reads every row of every claim table (seconds on a million-row
ledger). The digest of the last full hash is stored in ``cache_snapshot_digest`` and trusted by a
later session only when all of these hold (each one read costs microseconds):

- **nothing changed since**: every claim table carries three triggers (insert, update, delete)
  that empty the digest table on any row change, by any SQLite client (the app, the ``sqlite3``
  shell, a script), in the same transaction as the change; SQLite's ``schema_version`` (which
  moves when a table or trigger is added, dropped or altered) equals the one stored with the
  digest, and the set of triggers is complete;
- **computed on this machine**: the row carries an HMAC-SHA256 under a key kept in this
  machine's data folder (``snapshot-digest.key``, made on first use, readable by the user only).
  A digest written by anyone else (a client's laptop, a hand edit of the table) does not verify
  and the snapshot is hashed in full. An auditor opening a client's file therefore always
  hashes it once on their own machine; from then on the digest is theirs.

A digest that cannot be trusted is simply not used: the full hash is computed as before, so the
stored digest can make the answer faster, never different. What it cannot see is an edit of the
file's bytes that bypasses SQLite (a hex editor on this machine); the checks that decide whether
a signature or a printed certificate still holds (``Project.snapshot_hash(full=True)``: the
tamper check, ``cnw documents check``) therefore always hash in full. The table and its triggers
are not part of the snapshot (``cache_`` prefix). Nothing is written when the file is read-only.
"""

from __future__ import annotations

import hashlib
import hmac
import logging
import os
import sqlite3
from pathlib import Path

from .localdir import default_folder
from .snapshot import FORMAT, included_tables

TABLE = "cache_snapshot_digest"
TRIGGER_PREFIX = "cache_snapshot_digest_on_"
KEY_NAME = "snapshot-digest.key"
OPS = ("insert", "update", "delete")
STORE_WAIT_MS = 200  # a digest is never worth waiting for: skipped when the file is busy
WAIT_MS = 10000  # the editing connection's usual busy timeout (store.py)

_log = logging.getLogger(__name__)


def _trigger_name(table: str, op: str) -> str:
    return f"{TRIGGER_PREFIX}{op}_{table}"


def installed(conn) -> bool:
    """Whether the digest table and every claim table's triggers exist (one schema read)."""
    have = {
        r[0]
        for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' AND name = ?", (TABLE,))
    }
    return TABLE in have and _triggers_complete(conn, included_tables(conn))


def install(conn) -> None:
    """Create the digest table and the triggers of every claim table that lacks them, inside the
    caller's write transaction. Opening a file for editing runs it after the migrations, so a table
    a migration adds is covered before anything is written to it."""
    conn.execute(
        f"CREATE TABLE IF NOT EXISTS {TABLE} (key_id TEXT PRIMARY KEY, digest TEXT NOT NULL, "
        "schema_version INTEGER NOT NULL, mac TEXT NOT NULL)"
    )
    for table in included_tables(conn):
        for op in OPS:
            conn.execute(
                f'CREATE TRIGGER IF NOT EXISTS "{_trigger_name(table, op)}" AFTER {op.upper()} '
                f'ON "{table}" BEGIN DELETE FROM {TABLE}; END'
            )


def suspend(conn, table: str) -> bool:
    """For a bulk write through the app (inside its transaction): void the digest once and drop the
    table's triggers, which would otherwise run once per row (a million-row import pays for each).
    :func:`install` puts them back before the same transaction commits; a rollback restores them."""
    names = [_trigger_name(table, op) for op in OPS]
    have = {
        r[0]
        for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = ?", (table,)
        )
    }
    if not have & set(names):
        return False
    conn.execute(f"DELETE FROM {TABLE}")
    for name in names:
        conn.execute(f'DROP TRIGGER IF EXISTS "{name}"')
    return True


def _triggers_complete(conn, tables: list[str]) -> bool:
    have = set(conn.execute("SELECT name, tbl_name FROM sqlite_master WHERE type = 'trigger'"))
    return all((_trigger_name(t, op), t) in have for t in tables for op in OPS)


def machine_key(folder: Path | None = None, create: bool = True) -> bytes | None:
    """This machine's digest key (32 random bytes), made on first use; None when the data folder
    cannot be read or written (the digest is then neither stored nor trusted)."""
    path = (folder or default_folder()) / KEY_NAME
    try:
        data = path.read_bytes()
        if len(data) == 32:
            return data
    except OSError:
        pass
    if not create:
        return None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:  # made by another process meanwhile
        return machine_key(folder, create=False)
    except OSError:
        return None
    key = os.urandom(32)
    with os.fdopen(fd, "wb") as fh:
        fh.write(key)
    return key


def _key_id(key: bytes) -> str:
    return hashlib.sha256(b"cnw-snapshot-digest-key\n" + key).hexdigest()[:32]


def _mac(key: bytes, digest: str, schema_version: int, tables: list[str]) -> str:
    message = "\n".join([FORMAT, digest, str(schema_version), ",".join(tables)])
    return hmac.new(key, message.encode("utf-8"), hashlib.sha256).hexdigest()


def _state(conn) -> tuple[int, list[str]]:
    return conn.execute("PRAGMA schema_version").fetchone()[0], included_tables(conn)


def load(conn, key: bytes | None) -> str | None:
    """The stored digest when it can be trusted (see the module notes), else None."""
    if key is None:
        return None
    try:
        row = conn.execute(
            f"SELECT digest, schema_version, mac FROM {TABLE} WHERE key_id = ?", (_key_id(key),)
        ).fetchone()
    except sqlite3.Error:  # a file made before the digest table (opened read-only, not migrated)
        return None
    if row is None:
        return None
    digest, schema_version, mac = row
    now_schema, tables = _state(conn)
    if schema_version != now_schema or not _triggers_complete(conn, tables):
        return None
    expected = _mac(key, digest, schema_version, tables)
    return digest if hmac.compare_digest(expected, mac) else None


def store(conn, key: bytes | None, digest: str) -> bool:
    """Keep ``digest`` (just computed in full from what ``conn`` sees) for later sessions.

    Inside a transaction (an action) the row joins it: rolled back with it, and deleted by the
    triggers if the action writes a claim table afterwards. Outside one it is a write of its own
    that never waits: skipped, never raised, when the file is busy, read-only or lacks the
    triggers."""
    if key is None:
        return False
    own = not conn.in_transaction
    try:
        if own:
            conn.execute(f"PRAGMA busy_timeout = {STORE_WAIT_MS}")
            try:
                conn.execute("BEGIN IMMEDIATE")
            finally:
                conn.execute(f"PRAGMA busy_timeout = {WAIT_MS}")
        schema_version, tables = _state(conn)
        if not _triggers_complete(conn, tables):
            if own:
                conn.execute("ROLLBACK")
            return False
        conn.execute(
            f"INSERT INTO {TABLE} (key_id, digest, schema_version, mac) VALUES (?, ?, ?, ?) "
            "ON CONFLICT(key_id) DO UPDATE SET digest = excluded.digest, "
            "schema_version = excluded.schema_version, mac = excluded.mac",
            (_key_id(key), digest, schema_version, _mac(key, digest, schema_version, tables)),
        )
        if own:
            conn.execute(f"PRAGMA busy_timeout = {STORE_WAIT_MS}")
            try:
                conn.execute("COMMIT")
            finally:
                conn.execute(f"PRAGMA busy_timeout = {WAIT_MS}")
        return True
    except sqlite3.Error as exc:
        _log.info("snapshot digest not stored: %s", exc)
        if own and conn.in_transaction:
            try:
                conn.execute("ROLLBACK")
            except sqlite3.Error:
                pass
        return False
