"""Group inventories built from subsidiaries' own project files.

``consolidate(group, [sub_path, (sub_path, entity), ...])`` reads each subsidiary's file
read-only (the file is never written), takes its current footprint for the group's period (the
stored one; when none is current it is calculated in memory, not stored, and marked so), records
the file's snapshot hash and verification state, and brings its totals by scope, scope 3
category, gas and site into the group file at the share the group's approach gives that entity
(time-weighted by the months held when it was acquired or divested during the period).
Every subsidiary is read and checked before the group file is written: one bad file and nothing
is written. ``status`` says which subsidiaries' files changed since (stale) or are missing.

Intra-group energy transfers (``add_transfer``): energy one entity sells to another is the
seller's scope 1 and the buyer's scope 2. At group level the buyer's scope 2 for it is
eliminated at the overlap of both shares (``min(seller share, buyer share)``), so the emissions
are counted once. ``group_inventory`` adds the group's own footprint, the imported totals and the
eliminations; every breakdown adds up to the group total.
"""

from __future__ import annotations

import json
import os
from datetime import UTC, datetime

from workbench.project.errors import ProjectError
from workbench.services import entities, footprint, verification
from workbench.services.common.periods import period_row

BREAKDOWNS = {"scope": "by_scope", "s3_category": "by_s3_category", "gas": "by_gas", "site": "by_site"}
ENERGY = ("electricity", "heat", "steam", "cooling")
ELIMINATION = "(intra-group elimination)"


def verification_state(project) -> str:
    """'not verified', 'verification in progress', 'verified' or 'signed data changed'."""
    st = verification.status(project)
    if not st.started:
        return "not verified"
    if not st.signed:
        return "verification in progress"
    return "signed data changed" if st.signed_data_changed else "verified"


def _open_sub(path: str):
    from workbench import open_project

    if not os.path.exists(path):
        raise ProjectError(f"{path}: no such file; nothing was consolidated", path)
    if os.path.isdir(path):
        raise ProjectError(f"{path}: is a folder, not a project file; nothing was consolidated", path)
    return open_project(path, mode="read")


def _match_entity(group, sub, explicit) -> dict:
    if explicit is not None:
        return entities.get_entity(group, explicit)
    rows = entities.list_entities(group)
    for e in rows:
        if e["file_id"] and e["file_id"] == sub.file_id:
            return e
    org = sub.one("SELECT name FROM organisation ORDER BY id LIMIT 1") or {}
    name = str(org.get("name") or "").casefold()
    for e in rows:
        if e["kind"] != entities.REPORTING and str(e["name"]).casefold() == name:
            return e
    names = ", ".join(f"'{e['name']}'" for e in rows if e["kind"] != entities.REPORTING) or "none"
    raise ProjectError(
        f"{sub.path}: its organisation '{org.get('name')}' is not an entity of {group.path} "
        f"(entities: {names}); add the entity first or name it (FILE=ENTITY); nothing was consolidated",
        sub.path,
    )


def _sub_figures(sub, group_period: dict):
    """The subsidiary's footprint for the period with the group's dates: (result, how)."""
    row = sub.one(
        'SELECT id FROM periods WHERE start = ? AND "end" = ?', (group_period["start"], group_period["end"])
    )
    if row is None:
        have = ", ".join(f"{p['label']} ({p['start']}..{p['end']})" for p in sub.periods())
        raise ProjectError(
            f"{sub.path}: no period {group_period['start']}..{group_period['end']} (the group's "
            f"'{group_period['label']}'); its periods: {have}; nothing was consolidated",
            sub.path,
        )
    r = footprint.latest(sub, row["id"])
    if r is not None and not r.stale:
        return r, "stored"
    return footprint.calculate(sub, row["id"], store=False), "calculated (no current stored footprint)"


def _held_fraction(entity: dict, result) -> float:
    total = sum(result.by_month.values())
    if not total or not (entity["acquired"] or entity["divested"]):
        return 1.0
    return sum(v for m, v in result.by_month.items() if entities.held_in_month(entity, m)) / total


def read_subsidiary(group, path: str, entity=None, period: dict | None = None) -> dict:
    """Everything one subsidiary brings into the group (reads only; writes nothing)."""
    period = period or period_row(group)
    sub = _open_sub(str(path))
    try:
        if sub.file_id and sub.file_id == group.file_id:
            raise ProjectError(f"{sub.path}: is the group file itself; nothing was consolidated", sub.path)
        ent = _match_entity(group, sub, entity)
        if ent["kind"] == entities.REPORTING:
            raise ProjectError(
                f"{sub.path}: '{ent['name']}' is the reporting organisation, not a subsidiary", sub.path
            )
        result, how = _sub_figures(sub, period)
        gwp = group.setting("gwp_set", "AR6")
        if result.gwp_set != gwp:
            raise ProjectError(
                f"{sub.path}: its footprint uses GWP set {result.gwp_set}, the group {gwp}; set the "
                "subsidiary's GWP set to the group's and recalculate; nothing was consolidated",
                sub.path,
            )
        approach = entities.approach_of(group)
        share, basis = entities.share_pct(ent, approach)
        held = _held_fraction(ent, result)
        factor = share / 100.0 * held
        lines = []
        for name, attr in BREAKDOWNS.items():
            for key, value in getattr(result, attr).items():
                lines.append({"breakdown": name, "key": str(key), "gross": value, "counted": value * factor})
        return {
            "entity": ent,
            "file_path": os.path.abspath(sub.path),
            "file_id": sub.file_id,
            "snapshot_hash": sub.snapshot_hash(),
            "verification": verification_state(sub),
            "sub_period": result.period_label,
            "gwp_set": result.gwp_set,
            "approach": approach,
            "share_pct": share * held,
            "basis": basis if held == 1.0 else f"{basis}, held {held:.1%} of the period's emissions",
            "gross_total": result.total,
            "counted_total": result.total * factor,
            "figures": how,
            "scope2_basis": result.scope2_basis,
            "lines": lines,
        }
    finally:
        sub.close()


def consolidate(group, subsidiaries, period_id=None, progress=None, reader=None) -> list[dict]:
    """Bring each subsidiary's totals into the group file (see the module's docstring).

    ``subsidiaries``: paths, or (path, entity) pairs. ``reader``: a callable mapping the list of
    (path, entity) to the read results in order (the benchmark passes a process pool's map);
    default: read one after the other here. Returns one summary per subsidiary."""
    group.require_writable()
    period = period_row(group, period_id)
    items = [(s, None) if isinstance(s, str | os.PathLike) else (s[0], s[1]) for s in subsidiaries]
    if not items:
        raise ProjectError(f"{group.path}: no subsidiary file given; nothing was consolidated", group.path)
    seen: dict = {}
    for path, _ in items:
        key = os.path.abspath(str(path))
        if key in seen:
            raise ProjectError(f"{path}: given twice; nothing was consolidated", str(path))
        seen[key] = True
    reads = []
    if reader is not None:
        reads = reader(group, [(str(p), e) for p, e in items], period)
    else:
        for i, (path, ent) in enumerate(items):
            if progress:
                progress(i / len(items), f"Reading {path}")
            reads.append(read_subsidiary(group, str(path), ent, period))
    by_entity: dict = {}
    for r in reads:
        prev = by_entity.get(r["entity"]["id"])
        if prev is not None:
            raise ProjectError(
                f"{r['file_path']}: entity '{r['entity']['name']}' already comes from {prev}; "
                "nothing was consolidated",
                r["file_path"],
            )
        by_entity[r["entity"]["id"]] = r["file_path"]
    now = datetime.now(UTC).isoformat(timespec="seconds")
    out = []
    with group.action(f"Consolidate {len(reads)} subsidiary file(s) into period {period['label']}") as tx:
        for r in reads:
            ent = r["entity"]
            old = group.one(
                "SELECT id, snapshot_hash FROM consolidation_imports WHERE entity_id = ? AND period_id = ?",
                (ent["id"], period["id"]),
            )
            if old is not None:
                tx.execute(
                    "DELETE FROM consolidation_lines WHERE import_id = ?",
                    (old["id"],),
                    table="consolidation_lines",
                )
                tx.log("consolidation_lines", None, "delete", {"import_id": old["id"]})
                tx.delete("consolidation_imports", old["id"])
            iid = tx.insert(
                "consolidation_imports",
                {
                    "entity_id": ent["id"],
                    "period_id": period["id"],
                    "file_path": r["file_path"],
                    "file_id": r["file_id"],
                    "snapshot_hash": r["snapshot_hash"],
                    "verification": r["verification"],
                    "sub_period": r["sub_period"],
                    "gwp_set": r["gwp_set"],
                    "approach": r["approach"],
                    "share_pct": r["share_pct"],
                    "gross_total": r["gross_total"],
                    "counted_total": r["counted_total"],
                    "figures": json.dumps({"how": r["figures"], "basis": r["basis"]}, ensure_ascii=False),
                    "consolidated_at": now,
                    "consolidated_by": group.user,
                },
            )
            tx.insert_many(
                "consolidation_lines",
                ["import_id", "breakdown", "key", "gross", "counted"],
                [(iid, x["breakdown"], x["key"], x["gross"], x["counted"]) for x in r["lines"]],
                summary={"import_id": iid, "file": r["file_path"]},
            )
            if ent["file_id"] != r["file_id"] or ent["file_path"] != r["file_path"]:
                tx.update("entities", ent["id"], {"file_id": r["file_id"], "file_path": r["file_path"]})
            changed = old is not None and old["snapshot_hash"] != r["snapshot_hash"]
            out.append(
                {
                    "entity": ent["name"],
                    "file": r["file_path"],
                    "share_pct": r["share_pct"],
                    "basis": r["basis"],
                    "gross_total": r["gross_total"],
                    "counted_total": r["counted_total"],
                    "verification": r["verification"],
                    "snapshot_hash": r["snapshot_hash"],
                    "figures": r["figures"],
                    "refreshed": old is not None,
                    "changed_since_last": changed,
                }
            )
    return out


def imports(group, period_id=None) -> list[dict]:
    period = period_row(group, period_id)
    return group.rows(
        "SELECT i.*, e.name AS entity FROM consolidation_imports i JOIN entities e ON e.id = i.entity_id"
        " WHERE i.period_id = ? ORDER BY e.name",
        (period["id"],),
    )


def status(group, period_id=None) -> list[dict]:
    """Per imported subsidiary: 'current', 'stale' (its file changed since), 'missing' or
    'unreadable' (with the reason). Reads the subsidiaries' files only."""
    out = []
    for imp in imports(group, period_id):
        state, reason, now_hash = "current", "", None
        path = imp["file_path"]
        try:
            sub = _open_sub(path)
        except ProjectError as exc:
            state = "missing" if not os.path.exists(path) else "unreadable"
            reason = str(exc)
        else:
            try:
                now_hash = sub.snapshot_hash()
                if sub.file_id != imp["file_id"]:
                    state, reason = "stale", "another project file is now at this path"
                elif now_hash != imp["snapshot_hash"]:
                    state, reason = "stale", "the file changed since it was consolidated"
            finally:
                sub.close()
        out.append({**imp, "state": state, "reason": reason, "current_hash": now_hash})
    return out
