"""Inverse edits of the offsets step that undo needs: take back a registry import.

Each is one store action (`p.action`): one transaction with its audit rows, honouring the mode
permissions and leaving the file unchanged on error.
"""

from __future__ import annotations

from workbench.project.errors import ProjectError
from workbench.services.offsets.register import record_project


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
    record_project(project)
    return cur.rowcount
