"""Entities of the organisational boundary (migration 12): the reporting organisation and the
operations it holds, with equity share, financial and operational control, dates and evidence;
sites belong to entities (``sites.entity_id``, NULL = the reporting organisation).

A file with no entity rows has one implicit entity, the reporting organisation at 100 % (what
every file had before migration 12); the first ``add_entity`` writes it as a row.
Every check runs before the action starts, so bad input leaves the file untouched.
"""

from __future__ import annotations

from workbench.project.dates import parse_date
from workbench.project.errors import ProjectError

REPORTING = "reporting organisation"
KINDS = (REPORTING, "subsidiary", "joint venture", "associate", "franchise", "leased asset")
FINANCIAL_CONTROL = ("yes", "no", "joint")
OPERATIONAL_CONTROL = ("yes", "no")
ENTITY_FIELDS = (
    "name",
    "name_local",
    "kind",
    "equity_pct",
    "financial_control",
    "operational_control",
    "acquired",
    "divested",
    "base_year_tco2e",
    "file_id",
    "file_path",
    "evidence",
    "notes",
)


def _where(project) -> str:
    return f"{project.path}: " if project.path else ""


def _implicit(project) -> dict:
    org = project.one("SELECT name, name_local FROM organisation ORDER BY id LIMIT 1") or {}
    return {
        "id": None,
        "name": org.get("name") or "reporting organisation",
        "name_local": org.get("name_local"),
        "kind": REPORTING,
        "equity_pct": 100.0,
        "financial_control": "yes",
        "operational_control": "yes",
        "acquired": None,
        "divested": None,
        "base_year_tco2e": None,
        "file_id": None,
        "file_path": None,
        "evidence": None,
        "notes": None,
    }


def list_entities(project) -> list[dict]:
    """Every entity, the reporting organisation first; ``sites`` lists each one's site codes."""
    rows = project.rows(
        "SELECT * FROM entities ORDER BY CASE kind WHEN 'reporting organisation' THEN 0 ELSE 1 END, id"
    )
    if not rows or rows[0]["kind"] != REPORTING:
        rows.insert(0, _implicit(project))
    rep_id = rows[0]["id"]
    sites: dict = {r["id"]: [] for r in rows}
    for s in project.rows("SELECT code, entity_id FROM sites ORDER BY id"):
        eid = s["entity_id"] if s["entity_id"] in sites else rep_id
        sites[eid].append(s["code"])
    for r in rows:
        r["sites"] = sites[r["id"]]
    return rows


def reporting_entity(project) -> dict:
    return list_entities(project)[0]


def get_entity(project, entity) -> dict:
    """An entity by id or by name (case-insensitive); a clear error naming it otherwise."""
    rows = list_entities(project)
    for r in rows:
        if entity is not None and (r["id"] == entity or str(r["name"]).casefold() == str(entity).casefold()):
            return r
    names = ", ".join(f"'{r['name']}'" for r in rows)
    raise ProjectError(f"{_where(project)}unknown entity '{entity}' (entities: {names})", project.path)


def _yes_no(value, allowed, field: str, name: str) -> str:
    if value is True:
        return "yes"
    if value is False:
        return "no"
    text = str(value).strip().lower()
    if text in allowed:
        return text
    raise ProjectError(f"entity '{name}': {field} must be {' or '.join(allowed)} (got '{value}')")


def _check(project, fields: dict, current: dict | None) -> dict:
    """The validated, normalised fields; ProjectError naming the entity, the field and the reason."""
    bad = set(fields) - set(ENTITY_FIELDS)
    if bad:
        raise ProjectError(f"entity: unknown field(s) {', '.join(sorted(bad))}")
    merged = {**(current or {}), **fields}
    name = str(merged.get("name") or "").strip()
    if not name:
        raise ProjectError("entity name: must not be empty")
    out = dict(fields)
    if "name" in fields:
        out["name"] = name
        other = project.one("SELECT id FROM entities WHERE lower(name) = lower(?)", (name,))
        if other and (current is None or other["id"] != current.get("id")):
            raise ProjectError(f"entity '{name}': the name is already used by another entity")
    kind = merged.get("kind")
    if kind not in KINDS:
        raise ProjectError(f"entity '{name}': kind must be one of {', '.join(KINDS)} (got '{kind}')")
    if "equity_pct" in fields:
        try:
            eq = float(fields["equity_pct"])
        except (TypeError, ValueError):
            raise ProjectError(
                f"entity '{name}': equity share '{fields['equity_pct']}' is not a number (0-100 %)"
            ) from None
        if not 0.0 <= eq <= 100.0 or eq != eq:
            raise ProjectError(f"entity '{name}': equity share {eq:g} % is outside 0-100 %")
        out["equity_pct"] = eq
    if "financial_control" in fields:
        out["financial_control"] = _yes_no(
            fields["financial_control"], FINANCIAL_CONTROL, "financial control", name
        )
    if "operational_control" in fields:
        out["operational_control"] = _yes_no(
            fields["operational_control"], OPERATIONAL_CONTROL, "operational control", name
        )
    for key in ("acquired", "divested"):
        if key in fields:
            v = fields[key]
            out[key] = None if v in (None, "") else parse_date(v, f"entity '{name}': {key}").isoformat()
    acq = out.get("acquired", merged.get("acquired"))
    div = out.get("divested", merged.get("divested"))
    if acq and div and div <= acq:
        raise ProjectError(f"entity '{name}': divested {div} is not after acquired {acq}")
    if "base_year_tco2e" in fields and fields["base_year_tco2e"] not in (None, ""):
        try:
            by = float(fields["base_year_tco2e"])
        except (TypeError, ValueError):
            raise ProjectError(
                f"entity '{name}': base-year emissions '{fields['base_year_tco2e']}' is not a number"
            ) from None
        if by < 0 or by != by:
            raise ProjectError(f"entity '{name}': base-year emissions must not be negative")
        out["base_year_tco2e"] = by
    elif "base_year_tco2e" in fields:
        out["base_year_tco2e"] = None
    if kind == REPORTING:
        eq = out.get("equity_pct", merged.get("equity_pct", 100.0))
        fc = out.get("financial_control", merged.get("financial_control", "yes"))
        oc = out.get("operational_control", merged.get("operational_control", "yes"))
        if float(eq) != 100.0 or fc != "yes" or oc != "yes":
            raise ProjectError(
                f"entity '{name}': the reporting organisation is held at 100 % with financial and "
                "operational control"
            )
        if out.get("divested", merged.get("divested")):
            raise ProjectError(f"entity '{name}': the reporting organisation cannot be divested")
    return out


def _ensure_reporting_row(project, tx) -> int:
    row = project.one("SELECT id FROM entities WHERE kind = ?", (REPORTING,))
    if row:
        return row["id"]
    imp = _implicit(project)
    return tx.insert(
        "entities",
        {
            "name": imp["name"],
            "name_local": imp["name_local"],
            "kind": REPORTING,
            "equity_pct": 100.0,
            "financial_control": "yes",
            "operational_control": "yes",
            "evidence": "the reporting organisation",
        },
    )


def add_entity(project, name: str, kind: str, **fields) -> int:
    """Add an entity (equity_pct defaults to 100, controls to 'yes'); returns its id."""
    if kind == REPORTING and project.one("SELECT id FROM entities WHERE kind = ?", (REPORTING,)):
        raise ProjectError(f"entity '{name}': the project already has a reporting organisation")
    row = _check(
        project,
        {
            "name": name,
            "kind": kind,
            "equity_pct": fields.pop("equity_pct", 100.0),
            "financial_control": fields.pop("financial_control", "yes"),
            "operational_control": fields.pop("operational_control", "yes"),
            **fields,
        },
        None,
    )
    project.require_writable()
    with project.action(f"Add entity {row['name']}") as tx:
        if kind != REPORTING:
            _ensure_reporting_row(project, tx)
        return tx.insert("entities", row)


def update_entity(project, entity, **fields) -> bool:
    """Change an entity's fields (same checks as :func:`add_entity`); True if anything changed."""
    current = get_entity(project, entity)
    changes = _check(project, fields, current)
    if "kind" in changes and (changes["kind"] == REPORTING) != (current["kind"] == REPORTING):
        raise ProjectError(f"entity '{current['name']}': the reporting organisation's kind cannot change")
    project.require_writable()
    with project.action(f"Change entity {current['name']}") as tx:
        eid = current["id"] if current["id"] is not None else _ensure_reporting_row(project, tx)
        return tx.update("entities", eid, changes)


def delete_entity(project, entity) -> dict:
    """Remove an entity that has no sites, no group-inventory import and no transfer; its evidence
    links go with it (the files stay in the project). Returns what :func:`restore_entity` needs to
    put it back as it was (its row, with the same id, and the attachment ids it was linked to)."""
    current = get_entity(project, entity)
    name = current["name"]
    if current["kind"] == REPORTING:
        raise ProjectError(f"entity '{name}': the reporting organisation cannot be removed")
    if current["sites"]:
        raise ProjectError(
            f"entity '{name}': sites {', '.join(current['sites'])} belong to it; move them first"
        )
    eid = current["id"]
    used = project.one(
        "SELECT (SELECT count(*) FROM consolidation_imports WHERE entity_id = ?) +"
        " (SELECT count(*) FROM intragroup_transfers WHERE seller_entity_id = ? OR buyer_entity_id = ?) AS n",
        (eid, eid, eid),
    )
    if used["n"]:
        raise ProjectError(f"entity '{name}': it has group-inventory imports or transfers; keep it")
    row = project.one("SELECT * FROM entities WHERE id = ?", (eid,))
    links = project.rows(
        "SELECT id, attachment_id FROM evidence_links WHERE tbl = 'entities' AND row_id = ? ORDER BY id",
        (eid,),
    )
    with project.action(f"Remove entity {name}") as tx:
        for link in links:
            tx.delete("evidence_links", link["id"])
        tx.delete("entities", eid)
    return {"row": row, "attachments": [link["attachment_id"] for link in links]}


def restore_entity(project, removed: dict) -> int:
    """Undo of :func:`delete_entity`: the same row (same id) and its evidence links back."""
    row = dict(removed["row"])
    if project.one(
        "SELECT id FROM entities WHERE id = ? OR lower(name) = lower(?)", (row["id"], row["name"])
    ):
        raise ProjectError(
            f"entity '{row['name']}': cannot be restored, an entity with its id or name exists"
        )
    project.require_writable()
    with project.action(f"Restore entity {row['name']}") as tx:
        eid = tx.insert("entities", row)
        for att in removed["attachments"]:
            if project.one("SELECT id FROM attachments WHERE id = ?", (att,)):
                tx.insert("evidence_links", {"attachment_id": att, "tbl": "entities", "row_id": eid})
    return eid


def attach_evidence(project, entity, source, filename=None) -> tuple[int, int]:
    """Store an evidence file (a path or bytes, through the project's attachments) and link it to
    ``entity``; returns (attachment id, entity id). Undo: ``inventory.unlink_evidence``."""
    from workbench.project.attachments import attach

    target = get_entity(project, entity)
    project.require_writable()
    eid = target["id"]
    if eid is None:  # the implicit reporting organisation gets its row first
        with project.action(f"Add entity {target['name']}") as tx:
            eid = _ensure_reporting_row(project, tx)
    return attach(project, source, filename=filename, link=("entities", eid)), eid


def evidence(project, entity) -> list[dict]:
    """The evidence files linked to ``entity`` (id, filename, media_type, size, sha256)."""
    from workbench.project.attachments import evidence_for

    eid = get_entity(project, entity)["id"]
    return [] if eid is None else evidence_for(project, "entities", eid)


def assign_site(project, site_code: str, entity) -> None:
    """Make ``site_code`` belong to ``entity`` (id or name)."""
    site = project.one("SELECT id, code, entity_id FROM sites WHERE code = ?", (str(site_code).strip(),))
    if site is None:
        codes = ", ".join(r["code"] for r in project.rows("SELECT code FROM sites ORDER BY id"))
        raise ProjectError(f"{_where(project)}unknown site '{site_code}' (sites: {codes or 'none'})")
    target = get_entity(project, entity)
    project.require_writable()
    with project.action(f"Site {site['code']} belongs to {target['name']}") as tx:
        eid = target["id"] if target["id"] is not None else _ensure_reporting_row(project, tx)
        tx.update("sites", site["id"], {"entity_id": eid})
