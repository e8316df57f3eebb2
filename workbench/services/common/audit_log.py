"""Reading the audit log of a project (who changed what, when), filtered, and checking its chain.

Reads only (SELECT); the log is written by ``Project.action`` alone. Used by the audit-log viewer of
the app; ``cnw log`` prints the same rows."""

from __future__ import annotations

from dataclasses import dataclass

from workbench.project import audit

COLUMNS = ("id", "ts", "user", "action", "tbl", "row_id", "op", "old", "new")


@dataclass(frozen=True)
class AuditFilter:
    table: str | None = None
    user: str | None = None
    date_from: str | None = None  # YYYY-MM-DD, inclusive
    date_to: str | None = None  # YYYY-MM-DD, inclusive
    text: str | None = None  # in the action's description

    def where(self) -> tuple[str, list]:
        parts, args = [], []
        if self.table:
            parts.append("tbl = ?")
            args.append(self.table)
        if self.user:
            parts.append("user = ?")
            args.append(self.user)
        if self.date_from:
            parts.append("substr(ts, 1, 10) >= ?")
            args.append(self.date_from)
        if self.date_to:
            parts.append("substr(ts, 1, 10) <= ?")
            args.append(self.date_to)
        if self.text:
            parts.append("instr(lower(action), lower(?)) > 0")
            args.append(self.text)
        return (" WHERE " + " AND ".join(parts)) if parts else "", args


def audit_rows(project, flt: AuditFilter | None = None, limit: int = 1000, offset: int = 0) -> list[dict]:
    """The newest rows first that pass ``flt``."""
    where, args = (flt or AuditFilter()).where()
    cols = ", ".join(COLUMNS)
    return project.rows(
        f"SELECT {cols} FROM audit_log{where} ORDER BY id DESC LIMIT ? OFFSET ?", (*args, limit, offset)
    )


def audit_count(project, flt: AuditFilter | None = None) -> int:
    where, args = (flt or AuditFilter()).where()
    return project.conn.execute(f"SELECT count(*) FROM audit_log{where}", args).fetchone()[0]


def audit_tables(project) -> list[str]:
    return [
        r[0]
        for r in project.conn.execute("SELECT DISTINCT tbl FROM audit_log WHERE tbl IS NOT NULL ORDER BY tbl")
    ]


def audit_users(project) -> list[str]:
    return [r[0] for r in project.conn.execute("SELECT DISTINCT user FROM audit_log ORDER BY user")]


def verify_chain(project) -> audit.AuditReport:
    """Recompute the hash chain (``cnw log verify``): ok, rows, the first bad row and a message."""
    return audit.verify(project.conn)
