"""Inverse operations that undo needs: delete a site or source, take back an import, remove an
evidence link, restore a deleted row, change a setting.

Each is one store action (`p.action`), so it is one transaction with its audit rows, honours
the mode permissions and leaves the file unchanged on error.
"""

from __future__ import annotations

from ..project.errors import ProjectError


def delete_site(project, site_id: int) -> dict:
    """Undo of boundary.add_site; refuses while sources or activities still use the site."""
    row = project.one("SELECT * FROM sites WHERE id = ?", (site_id,))
    if not row:
        raise ProjectError(f"site {site_id} does not exist")
    used = project.one(
        "SELECT (SELECT count(*) FROM sources WHERE site_id = ?) + (SELECT count(*) FROM activities WHERE site_id = ?) n",
        (site_id, site_id),
    )
    if used and used["n"]:
        raise ProjectError(f"site '{row['code']}' is still used by {used['n']} source(s) or activity row(s)")
    with project.action(f"Delete site {row['code']}") as tx:
        tx.delete("sites", site_id)
    return row


def delete_source(project, source_id: int) -> dict:
    """Undo of boundary.add_source; refuses while activity data uses the source."""
    row = project.one("SELECT * FROM sources WHERE id = ?", (source_id,))
    if not row:
        raise ProjectError(f"emission source {source_id} does not exist")
    n = project.one("SELECT count(*) n FROM activities WHERE source_id = ?", (source_id,))["n"]
    if n:
        raise ProjectError(f"source '{row['code']}' still has {n} activity row(s)")
    with project.action(f"Delete emission source {row['code']}") as tx:
        tx.delete("sources", source_id)
    return row


def restore_row(project, table: str, row: dict, description: str) -> int:
    """Put back a deleted row with its original id (undo of a delete)."""
    with project.action(description) as tx:
        return tx.insert(table, dict(row))


def remove_import_batch(project, batch_id: int) -> int:
    """Undo of an import: delete the batch's activity rows and the batch record; returns rows removed."""
    batch = project.one("SELECT * FROM import_batches WHERE id = ?", (batch_id,))
    if not batch:
        raise ProjectError(f"import batch {batch_id} does not exist")
    linked = project.one(
        "SELECT count(*) n FROM evidence_links l JOIN activities a ON l.tbl = 'activities' AND l.row_id = a.id "
        "WHERE a.import_batch_id = ?",
        (batch_id,),
    )["n"]
    if linked:
        raise ProjectError(
            f"import of {batch['filename']}: {linked} of its rows have evidence attached since"
        )
    with project.action(f"Undo import of {batch['filename']}") as tx:
        cur = tx.execute("DELETE FROM activities WHERE import_batch_id = ?", (batch_id,), table="activities")
        tx.log("activities", None, "delete_many", {"import_batch_id": batch_id, "count": cur.rowcount}, None)
        tx.delete("import_batches", batch_id)
    return cur.rowcount


def unlink_evidence(project, attachment_id: int, tbl: str, row_id: int) -> None:
    """Undo of attaching evidence: remove the link, and the file if nothing else links to it."""
    link = project.one(
        "SELECT id FROM evidence_links WHERE attachment_id = ? AND tbl = ? AND row_id = ? ORDER BY id DESC LIMIT 1",
        (attachment_id, tbl, row_id),
    )
    if not link:
        raise ProjectError(f"attachment {attachment_id} is not linked to {tbl} row {row_id}")
    others = project.one(
        "SELECT count(*) n FROM evidence_links WHERE attachment_id = ? AND id != ?",
        (attachment_id, link["id"]),
    )["n"]
    with project.action(f"Remove evidence {attachment_id} from {tbl} {row_id}") as tx:
        tx.delete("evidence_links", link["id"])
        if not others:
            tx.delete("attachments", attachment_id)


def remove_offsets_import(project, batch_id: int) -> int:
    """Undo of an offsets registry import: delete its lots (none may be planned or retired)."""
    batch = project.one("SELECT * FROM import_batches WHERE id = ?", (batch_id,))
    if not batch:
        raise ProjectError(f"import batch {batch_id} does not exist")
    busy = project.one(
        "SELECT count(*) n FROM offset_lots WHERE import_batch_id = ? AND status != 'held'", (batch_id,)
    )["n"]
    if busy:
        raise ProjectError(f"import of {batch['filename']}: {busy} of its lots are planned or retired since")
    with project.action(f"Undo import of {batch['filename']}") as tx:
        cur = tx.execute(
            "DELETE FROM offset_lots WHERE import_batch_id = ?", (batch_id,), table="offset_lots"
        )
        tx.log("offset_lots", None, "delete_many", {"import_batch_id": batch_id, "count": cur.rowcount}, None)
        tx.delete("import_batches", batch_id)
    return cur.rowcount


def set_project_setting(project, key: str, value) -> None:
    """Change one project setting (e.g. gwp_set, scope2_basis); no service offers this yet."""
    allowed = {"gwp_set", "scope2_basis", "standard", "materiality_pct"}
    if key not in allowed:
        raise ProjectError(f"setting '{key}' cannot be changed here")
    with project.action(f"Change setting {key}") as tx:
        tx.set_setting(key, value)


def register_shipped_background(project, progress=None) -> str:
    """Make the shipped factor library a background database of this project (as the product demo
    does); returns its Brightway name. No service offers this as a function yet."""
    from workbench.project.audit import now_iso
    from workbench.services.product_background import shipped_database

    db, version = shipped_database(progress)
    if project.one("SELECT id FROM product_bg_databases WHERE name = ?", (db,)) is None:
        with project.action("Register the shipped factor library as background") as tx:
            tx.insert(
                "product_bg_databases",
                {
                    "name": db,
                    "version": version,
                    "format": "shipped",
                    "source_file": "resources/factors/factors.csv",
                    "licensed": 0,
                    "imported_at": now_iso(),
                },
            )
    return db
