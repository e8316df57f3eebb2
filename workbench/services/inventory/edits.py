"""Inverse edits of the inventory step that undo needs: take back an import, remove an evidence link.

Each is one store action (`p.action`): one transaction with its audit rows, honouring the mode
permissions and leaving the file unchanged on error.
"""

from __future__ import annotations

from workbench.project.errors import ProjectError


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
