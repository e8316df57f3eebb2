"""Workbench metadata inside a PDF: snapshot hash, file id, key figures and a content digest.

Every document gets these entries in its document information dictionary:

- ``/CNW_Document``: document kind (certificate, qes, ...), ``/CNW_Lang``
- ``/CNW_SnapshotHash``, ``/CNW_FileId``
- ``/CNW_Figures``: JSON object of the key figures, each ``{"value": ..., "printed": "..."}``
- ``/CNW_Digest``: SHA-256 over the page content streams, the images they draw, and the entries
  above, so any edit of the page or of the metadata shows when the PDF is checked.

The digest is an integrity check, not a signature (anyone with this code can recompute it); the
verifier's Ed25519 signature over the snapshot hash is what binds the data to the verifier.
"""

from __future__ import annotations

import hashlib
import io
import json
from dataclasses import dataclass, field
from pathlib import Path

PREFIX = "/CNW_"
KEYS = ("Document", "Lang", "SnapshotHash", "FileId", "Figures")


@dataclass
class Stamp:
    document: str
    lang: str
    snapshot_hash: str
    file_id: str
    figures: dict[str, dict] = field(default_factory=dict)
    digest: str | None = None


def _page_bytes(page) -> bytes:
    h = hashlib.sha256()
    contents = page.get_contents()
    if contents is not None:
        h.update(contents.get_data())
    res = page.get("/Resources")
    if res is not None:
        res = res.get_object()
        xobjects = res.get("/XObject")
        if xobjects is not None:
            xobjects = xobjects.get_object()
            for name in sorted(xobjects):
                obj = xobjects[name].get_object()
                h.update(name.encode())
                h.update(obj._data if hasattr(obj, "_data") else b"")
    return h.digest()


def _digest(reader, entries: dict[str, str]) -> str:
    h = hashlib.sha256()
    for page in reader.pages:
        h.update(_page_bytes(page))
    for k in KEYS:
        h.update(k.encode())
        h.update(b"\0")
        h.update(entries.get(k, "").encode("utf-8"))
        h.update(b"\0")
    return h.hexdigest()


def _entries(stamp: Stamp) -> dict[str, str]:
    return {
        "Document": stamp.document,
        "Lang": stamp.lang,
        "SnapshotHash": stamp.snapshot_hash,
        "FileId": stamp.file_id,
        "Figures": json.dumps(stamp.figures, sort_keys=True, ensure_ascii=False, separators=(",", ":")),
    }


def apply(pdf_bytes: bytes, stamp: Stamp, title: str | None = None) -> bytes:
    """Return the PDF with the workbench entries (and the digest) in its info dictionary."""
    from pypdf import PdfReader, PdfWriter

    reader = PdfReader(io.BytesIO(pdf_bytes))
    entries = _entries(stamp)
    digest = _digest(reader, entries)
    writer = PdfWriter(clone_from=reader)
    meta = {PREFIX + k: v for k, v in entries.items()}
    meta[PREFIX + "Digest"] = digest
    if title:
        meta["/Title"] = title
    writer.add_metadata(meta)
    out = io.BytesIO()
    writer.write(out)
    stamp.digest = digest
    return out.getvalue()


def read(path: str | Path) -> tuple[Stamp | None, bool, str]:
    """Read the stamp of a PDF: (stamp or None, content intact?, message).

    Raises ValueError naming the file when it is not a readable PDF.
    """
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    path = Path(path)
    try:
        reader = PdfReader(str(path))
        info = reader.metadata or {}
        pages = len(reader.pages)
    except (PdfReadError, OSError, ValueError) as exc:
        raise ValueError(f"{path}: not a readable PDF ({exc})") from exc
    if pages == 0:
        raise ValueError(f"{path}: the PDF has no pages")
    if PREFIX + "SnapshotHash" not in info:
        return None, False, f"{path}: no workbench metadata (not issued by the workbench, or stripped)"
    entries = {k: str(info.get(PREFIX + k, "")) for k in KEYS}
    try:
        figures = json.loads(entries["Figures"] or "{}")
    except json.JSONDecodeError:
        figures = {}
        return (
            _stamp(entries, figures, info),
            False,
            f"{path}: the figures in the PDF metadata are not valid JSON",
        )
    stamp = _stamp(entries, figures, info)
    intact = stamp.digest == _digest(reader, entries)
    msg = (
        "content digest matches"
        if intact
        else (f"{path}: the PDF was altered after it was issued (content digest does not match)")
    )
    return stamp, intact, msg


def _stamp(entries: dict, figures: dict, info) -> Stamp:
    return Stamp(
        entries["Document"],
        entries["Lang"],
        entries["SnapshotHash"],
        entries["FileId"],
        figures,
        str(info.get(PREFIX + "Digest", "")) or None,
    )


def extract_text(path: str | Path) -> str:
    """All page text (pypdf), pages joined by form feeds."""
    from pypdf import PdfReader

    reader = PdfReader(str(path))
    return "\f".join(page.extract_text() or "" for page in reader.pages)
