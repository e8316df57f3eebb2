"""Evidence files stored inside the project as BLOBs with their SHA-256."""

from __future__ import annotations

import hashlib
import mimetypes
import os
import re

from .audit import now_iso
from .errors import ProjectError

MAX_ATTACHMENT_BYTES = 200 * 1024 * 1024
MAX_NAME = 200
_UNSAFE = re.compile(r'[\x00-\x1f\x7f<>:"|?*]')


def safe_filename(name: str) -> str:
    """The name an attachment is stored and later saved under: the last path part only (no
    folders, no '..', no drive letter), without control or reserved characters, not empty."""
    base = re.split(r"[\\/]", str(name))[-1]
    base = _UNSAFE.sub("_", base).strip(" .")
    if len(base) > MAX_NAME:
        stem, dot, ext = base.rpartition(".")
        base = (stem[: MAX_NAME - len(ext) - 1] + "." + ext) if dot and len(ext) < 20 else base[:MAX_NAME]
    return base or "attachment"


def link_target(project, tbl: str, row_id) -> tuple[str, int]:
    """Check an evidence link's table and row: the table must be one of the file's own tables
    (named exactly, as the schema lists it) and the row must exist."""
    tables = {r[0] for r in project.conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    if tbl not in tables or tbl.startswith(("sqlite_", "audit_", "local_")) or tbl == "attachments":
        raise ProjectError(
            f"cannot attach evidence to '{tbl}': not a table of this project that evidence can be "
            "linked to (for example activities, sources, sites, offset_lots)",
            project.path,
        )
    try:
        row_id = int(row_id)
    except (TypeError, ValueError):
        raise ProjectError(
            f"cannot attach evidence: row id '{row_id}' is not a whole number", project.path
        ) from None
    exists = project.conn.execute(f'SELECT 1 FROM "{tbl}" WHERE rowid = ?', (row_id,)).fetchone()
    if not exists:
        raise ProjectError(f"cannot attach evidence: {tbl} row {row_id} does not exist", project.path)
    return tbl, row_id


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
    original, filename = filename, safe_filename(filename)
    digest = hashlib.sha256(data).hexdigest()
    media_type = media_type or mimetypes.guess_type(filename)[0] or "application/octet-stream"
    if link is not None:
        link = link_target(project, *link)
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
            if original != filename:  # the name as given, kept as metadata in the audit log
                tx.log("attachments", att_id, "original_name", None, {"filename": original})
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
