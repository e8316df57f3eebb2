"""A short, human-readable description of a project file (``cnw info``, the UI's About box)."""

from __future__ import annotations


def summary(project) -> dict:
    c = project.conn
    count = lambda t: c.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0]  # noqa: E731
    org = project.one("SELECT name, name_local FROM organisation LIMIT 1") or {}
    subj = project.one("SELECT kind, name FROM subject LIMIT 1") or {}
    period = project.current_period() or {}
    return {
        "file": project.path,
        "file_id": project.file_id,
        "schema_version": project.schema_version,
        "mode": project.mode,
        "read_only_reason": project.read_only_reason,
        "lock_holder": project.lock_holder.describe() if project.lock_holder else None,
        "organisation": org.get("name"),
        "organisation_local": org.get("name_local"),
        "subject": f"{subj.get('name')} ({subj.get('kind')})",
        "period": f"{period.get('label')} ({period.get('start')} to {period.get('end')})",
        "gwp_set": project.setting("gwp_set"),
        "standard": project.setting("standard"),
        "sites": count("sites"),
        "sources": count("sources"),
        "activities": count("activities"),
        "attachments": count("attachments"),
        "audit_rows": count("audit_log"),
        "snapshot_sha256": project.snapshot_hash(),
    }


def describe(project) -> str:
    s = summary(project)
    width = max(len(k) for k in s)
    lines = []
    for k, v in s.items():
        if v is None:
            continue
        lines.append(f"{k.replace('_', ' '):<{width}}  {v}")
    return "\n".join(lines)
