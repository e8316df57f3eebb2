"""Ordered schema migrations (``PRAGMA user_version``) and the schema check run on open.

Each module ``workbench/project/migrations/mNNNN_*.py`` defines ``VERSION`` and ``up(conn)``.
They are discovered when a file is opened (never at import time) and applied in order, each in
its own transaction; ``user_version`` records the highest one applied.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from . import upgrades
from .audit import now_iso as _now

# Tables every project file must have; a file missing one fails the schema check.
CORE_TABLES = (
    "meta",
    "settings",
    "organisation",
    "subject",
    "periods",
    "sites",
    "sources",
    "activities",
    "attachments",
    "evidence_links",
    "import_batches",
    "audit_log",
    "audit_head",
    "local_lock",
)


@dataclass(frozen=True)
class Migration:
    version: int
    name: str
    up: object


@lru_cache(maxsize=1)
def migrations() -> tuple[Migration, ...]:
    from . import migrations as pkg

    found = [Migration(int(mod.VERSION), mod.__name__.rsplit(".", 1)[1], mod.up) for mod in pkg.ALL]
    found.sort(key=lambda m: m.version)
    versions = [m.version for m in found]
    if len(set(versions)) != len(versions):
        raise RuntimeError(f"duplicate migration versions: {versions}")
    return tuple(found)


def latest_version() -> int:
    ms = migrations()
    return ms[-1].version if ms else 0


def pending(current: int) -> list[Migration]:
    return [m for m in migrations() if m.version > current]


def apply(conn, current: int, progress=None) -> int:
    """Apply every migration newer than ``current``; return the new version."""
    todo = pending(current)
    # what the claim tables look like before an upgrade: its additions are recorded (upgrades.py)
    before = upgrades.columns_now(conn) if current > 0 and todo else None
    start = current
    for i, m in enumerate(todo):
        if progress:
            progress(i / max(1, len(todo)), f"Upgrading file: {m.name}")
        conn.execute("BEGIN IMMEDIATE")
        try:
            m.up(conn)
            conn.execute(f"PRAGMA user_version = {int(m.version)}")
            if before is not None and i == len(todo) - 1:
                upgrades.record(conn, before, start, m.version, _now())
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        current = m.version
    return current


def missing_tables(conn) -> list[str]:
    have = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    return [t for t in CORE_TABLES if t not in have]
