"""What each schema upgrade added to a file, kept so that a signature made before it still holds.

A migration that adds a table (filled from existing data, e.g. the reporting organisation as its
first entity) or a column (``sites.entity_id``) changes the snapshot, so the hash a verifier signed
no longer matches although nobody changed the signed data. The signature check therefore asks two
questions (``workbench.services.verification.tamper``): does the snapshot restricted to the signed
tables and columns still have the signed hash, and is everything outside it exactly what an upgrade
wrote? For the second, the migration runner records, in the same transaction as the last
migration, a digest of every table and column the upgrade added (``audit_schema_upgrades``,
outside the snapshot). An added table that is empty, or an added column that is empty in every
row, holds no data and needs no record.
"""

from __future__ import annotations

import hashlib
import json

from . import canonical
from .snapshot import included_tables

TABLE = "audit_schema_upgrades"


def columns_now(conn) -> dict[str, list[str]]:
    """Every claim table with its columns (sorted), as the snapshot sees them."""
    return {t: sorted(r[1] for r in conn.execute(f'PRAGMA table_info("{t}")')) for t in included_tables(conn)}


def content_digest(conn, table: str, columns: list[str]) -> str:
    """SHA-256 over (rowid, the columns' values) of every row, in rowid order."""
    h = hashlib.sha256()
    col_sql = ", ".join(f'"{c}"' for c in sorted(columns))
    for row in conn.execute(f'SELECT rowid, {col_sql} FROM "{table}" ORDER BY rowid'):
        h.update(canonical.dumps_row(row).encode("utf-8"))
        h.update(b"\n")
    return h.hexdigest()


def added(before: dict[str, list[str]], after: dict[str, list[str]]) -> dict[str, list[str]]:
    """Tables and columns in ``after`` that ``before`` lacks: {table: [new columns]} (all columns
    for a new table)."""
    out = {}
    for table, cols in after.items():
        new = cols if table not in before else [c for c in cols if c not in before[table]]
        if new:
            out[table] = new
    return out


def holds_data(conn, table: str, columns: list[str]) -> bool:
    where = " OR ".join(f'"{c}" IS NOT NULL' for c in columns)
    return conn.execute(f'SELECT 1 FROM "{table}" WHERE {where} LIMIT 1').fetchone() is not None


def record(conn, before: dict[str, list[str]], from_version: int, to_version: int, at: str) -> None:
    """Inside the upgrade's last transaction: the digest of each added column that holds data
    (every column of an added table), so later upgrades and edits are told apart column by column."""
    entries: dict[str, dict[str, str]] = {}
    for table, cols in added(before, columns_now(conn)).items():
        for col in cols:
            if holds_data(conn, table, [col]):
                entries.setdefault(table, {})[col] = content_digest(conn, table, [col])
    if not entries:
        return
    conn.execute(
        f"CREATE TABLE IF NOT EXISTS {TABLE} (id INTEGER PRIMARY KEY, from_version INTEGER NOT NULL, "
        "to_version INTEGER NOT NULL, at TEXT NOT NULL, added TEXT NOT NULL)"
    )
    conn.execute(
        f"INSERT INTO {TABLE} (from_version, to_version, at, added) VALUES (?, ?, ?, ?)",
        (from_version, to_version, at, json.dumps(entries, sort_keys=True)),
    )


def unexplained(conn, signed: dict[str, list[str]]) -> list[tuple[str, str, bool]]:
    """What the file holds beyond the signed tables and columns that no upgrade wrote as it is now:
    ``[(table, column, recorded)]``, ``recorded`` telling a column an upgrade wrote and that was
    changed since from one no upgrade wrote at all. Empty columns hold no data and are left out."""
    have = conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (TABLE,)).fetchone()
    records: dict[tuple[str, str], str] = {}
    if have:
        for (text,) in conn.execute(f"SELECT added FROM {TABLE} ORDER BY id"):
            for table, cols in json.loads(text).items():
                for col, digest in cols.items():
                    records[(table, col)] = digest
    out = []
    for table, cols in sorted(added(signed, columns_now(conn)).items()):
        for col in cols:
            if not holds_data(conn, table, [col]):
                continue
            digest = records.get((table, col))
            if digest != content_digest(conn, table, [col]):
                out.append((table, col, digest is not None))
    return out
