"""Data versions (migration 8): which change of the file a cached result was computed from.

Every ``Project.action`` records the tables it wrote; before it commits, :func:`bump` gives each
of them the next value of the file-wide counter, in the same transaction as the change and its
audit rows. A crash before the commit rolls the bump back with the change.
"""

from __future__ import annotations

from collections.abc import Iterable

TABLE = "audit_data_version"


def bump(conn, tables: Iterable[str]) -> int:
    """Give ``tables`` the next version; returns it (the current version when ``tables`` is empty)."""
    tables = sorted(set(tables))
    current = conn.execute(f"SELECT coalesce(max(version), 0) FROM {TABLE}").fetchone()[0]
    if not tables:
        return current
    new = current + 1
    conn.executemany(
        f"INSERT INTO {TABLE} (tbl, version) VALUES (?, ?) "
        "ON CONFLICT(tbl) DO UPDATE SET version = excluded.version",
        [(t, new) for t in tables],
    )
    return new


def current(conn, tables: Iterable[str] | None = None) -> int:
    """The file's data version, or the version of the given tables (0 when never written)."""
    if tables is None:
        return conn.execute(f"SELECT coalesce(max(version), 0) FROM {TABLE}").fetchone()[0]
    names = sorted(set(tables))
    if not names:
        return 0
    marks = ",".join("?" * len(names))
    sql = f"SELECT coalesce(max(version), 0) FROM {TABLE} WHERE tbl IN ({marks})"
    return conn.execute(sql, names).fetchone()[0]


def pending(conn) -> int:
    """The version the action in progress will commit with: :func:`bump` gives the tables it wrote
    this value. Only meaningful inside the action's transaction (which holds the write lock)."""
    return current(conn) + 1
