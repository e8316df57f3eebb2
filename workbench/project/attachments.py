"""Evidence files stored inside the project as BLOBs with their SHA-256."""

from __future__ import annotations

import hashlib
import mimetypes
import os

from .audit import now_iso
from .errors import ProjectError

MAX_ATTACHMENT_BYTES = 200 * 1024 * 1024


def attach(project, source, filename=None, media_type=None, link=None, note=None) -> int:
    """Store ``source`` (a path or bytes); reuse an identical stored file; optionally link it to a row."""
    if isinstance(source, (bytes, bytearray)):
        data = bytes(source)
        if not filename:
            raise ProjectError("an attachment given as bytes needs a filename")
    else:
        p = str(source)
        if not os.path.isfile(p):
            raise ProjectError(f"{p}: no such file to attach", project.path)
        size = os.path.getsize(p)
        if size > MAX_ATTACHMENT_BYTES:
            raise ProjectError(
                f"{p}: {size:,} bytes is over the {MAX_ATTACHMENT_BYTES:,}-byte attachment limit"
            )
        with open(p, "rb") as fh:
            data = fh.read()
        filename = filename or os.path.basename(p)
    digest = hashlib.sha256(data).hexdigest()
    media_type = media_type or mimetypes.guess_type(filename)[0] or "application/octet-stream"
    if link is not None:
        tbl, row_id = link
        exists = project.conn.execute(f'SELECT 1 FROM "{tbl}" WHERE rowid = ?', (row_id,)).fetchone()
        if not exists:
            raise ProjectError(f"cannot attach evidence: {tbl} row {row_id} does not exist", project.path)
    with project.action(f"Attach {filename}") as tx:
        row = project.conn.execute("SELECT id FROM attachments WHERE sha256 = ?", (digest,)).fetchone()
        if row:
            att_id = row[0]
        else:
            att_id = tx.insert(
                "attachments",
                {
                    "sha256": digest,
                    "filename": filename,
                    "media_type": media_type,
                    "size": len(data),
                    "content": data,
                    "added_at": now_iso(),
                    "added_by": project.user,
                    "note": note,
                },
            )
        if link is not None:
            tx.insert("evidence_links", {"attachment_id": att_id, "tbl": link[0], "row_id": link[1]})
    return att_id


def evidence_for(project, tbl: str, row_id: int) -> list[dict]:
    return project.rows(
        "SELECT a.id, a.filename, a.media_type, a.size, a.sha256 FROM evidence_links l "
        "JOIN attachments a ON a.id = l.attachment_id WHERE l.tbl = ? AND l.row_id = ? ORDER BY a.id",
        (tbl, row_id),
    )


def content(project, attachment_id: int) -> bytes:
    row = project.conn.execute(
        "SELECT content, sha256 FROM attachments WHERE id = ?", (attachment_id,)
    ).fetchone()
    if row is None:
        raise ProjectError(f"attachment {attachment_id} does not exist", project.path)
    data = bytes(row[0])
    if hashlib.sha256(data).hexdigest() != row[1]:
        raise ProjectError(f"attachment {attachment_id}: content does not match its SHA-256 (damaged)")
    return data
