"""The canonical snapshot of everything a claim depends on, and its SHA-256.

Stream format (what is hashed): for each included table, sorted by name, one header line
``{"columns":[...],"table":"name"}`` and then one JSON array per row, rows ordered by rowid,
columns sorted by name; lines joined with "\\n". Values use :mod:`canonical` (floats by repr,
BLOBs by SHA-256). The verifier signs this hash; certificates print it.
"""

from __future__ import annotations

import hashlib

from . import canonical

EXCLUDED_PREFIXES = ("audit_", "local_", "cache_", "signoff_", "sqlite_")
FORMAT = "cnw-snapshot/1"


def included_tables(conn) -> list[str]:
    names = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")]
    return sorted(n for n in names if not n.startswith(EXCLUDED_PREFIXES))


def _columns(conn, table: str) -> list[str]:
    return sorted(r[1] for r in conn.execute(f'PRAGMA table_info("{table}")'))


def iter_lines(conn):
    """Yield the canonical lines of the snapshot, in order."""
    yield canonical.dumps({"format": FORMAT})
    for table in included_tables(conn):
        cols = _columns(conn, table)
        yield canonical.dumps({"table": table, "columns": cols})
        col_sql = ", ".join(f'"{c}"' for c in cols)
        dump = canonical.dumps_row
        for row in conn.execute(f'SELECT {col_sql} FROM "{table}" ORDER BY rowid'):
            yield dump(row)


def snapshot_hash(conn, only: dict[str, list[str]] | None = None) -> str | None:
    """SHA-256 of the canonical stream; same bytes as ``iter_lines`` joined by newlines, but
    encoded a batch of rows at a time (a million-row ledger hashes in seconds).

    ``only``: the stream restricted to these tables and, in each, these columns (what a signature
    made before a schema upgrade covered); None when one of them no longer exists."""
    h = hashlib.sha256()
    h.update(canonical.dumps({"format": FORMAT}).encode("utf-8"))
    dump = canonical.dumps_row
    tables = included_tables(conn)
    if only is not None:
        if not set(only) <= set(tables):
            return None
        tables = sorted(only)
    for table in tables:
        cols = _columns(conn, table)
        if only is not None:
            if not set(only[table]) <= set(cols):
                return None
            cols = sorted(only[table])
        h.update(("\n" + canonical.dumps({"table": table, "columns": cols})).encode("utf-8"))
        col_sql = ", ".join(f'"{c}"' for c in cols)
        cur = conn.execute(f'SELECT {col_sql} FROM "{table}" ORDER BY rowid')
        while True:
            batch = cur.fetchmany(20000)
            if not batch:
                break
            h.update(("\n" + "\n".join(map(dump, batch))).encode("utf-8"))
    return h.hexdigest()


def snapshot_document(conn) -> dict:
    """The snapshot as a dict (for small files, documents and diffs)."""
    import json

    doc = {"format": FORMAT, "tables": {}}
    current = None
    lines = iter_lines(conn)
    next(lines)
    for line in lines:
        item = json.loads(line)
        if isinstance(item, dict):
            current = {"columns": item["columns"], "rows": []}
            doc["tables"][item["table"]] = current
        else:
            current["rows"].append(item)
    return doc


def diff_tables(before: dict, after: dict) -> list[str]:
    """Names of tables whose content differs between two snapshot documents."""
    names = sorted(set(before["tables"]) | set(after["tables"]))
    return [n for n in names if before["tables"].get(n) != after["tables"].get(n)]
