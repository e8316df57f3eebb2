"""Sign-off: the verifier's Ed25519 signature over the snapshot hash, the opinion, verifier and date.

What is signed (UTF-8 canonical JSON, ``workbench.project.canonical``)::

    {"format": "cnw-signoff/1", "file_id", "engagement_id", "period": {label, start, end},
     "snapshot_hash", "opinion", "level", "materiality_pct", "criteria",
     "verifier": {name, body, accreditation, key_fingerprint}, "date", "manifest_sha256"}

The record goes into ``signoff_signatures`` (outside the snapshot). Beside it is a *manifest*: per
snapshot table its columns, row count and a digest per row (first 8 bytes of SHA-256 of the row's
canonical JSON; for tables over ``ROW_DIGEST_LIMIT`` rows one digest per run of rowids). The manifest is covered by the
signature through its hash; it lets ``status`` say which rows changed after signing, not only that
something did.
"""

from __future__ import annotations

import base64
import hashlib
import struct
import zlib
from dataclasses import dataclass

from workbench.project import canonical, snapshot
from workbench.services.verification.engagement import (
    VerificationError,
    criteria_of,
)

PAYLOAD_FORMAT = "cnw-signoff/1"
MANIFEST_FORMAT = "cnw-signoff-manifest/1"
ROW_DIGEST_LIMIT = 250_000
_LABEL_COLUMNS = {
    "verif_findings": "ref",
    "settings": "key",
    "meta": "key",
    "sites": "code",
    "sources": "code",
}


def _columns(conn, table: str) -> list[str]:
    return sorted(r[1] for r in conn.execute(f'PRAGMA table_info("{table}")'))


class Cancelled(VerificationError):
    """The user cancelled a long step; nothing was written."""


def table_digests(conn, table: str, bucket: int = 1, cancel=None, columns: list[str] | None = None) -> dict:
    """Columns, row count, table digest and {rowid // bucket: 8-byte digest} of one table.

    ``bucket`` = 1 gives one digest per row; a larger bucket one digest per run of ``bucket`` rowids
    (SHA-256 over the rows' digests), which keeps the manifest small for very large tables.
    ``columns``: only these (the columns a signature covered, when an upgrade added others since).
    """
    cols = sorted(columns) if columns is not None else _columns(conn, table)
    col_sql = ", ".join(f'"{c}"' for c in cols)
    h = hashlib.sha256()
    out: dict[int, bytes] = {}
    cur_key, cur_h = None, None
    n = 0
    dump = getattr(canonical, "dumps_row", None) or (lambda row: canonical.dumps(list(row)))
    sha = hashlib.sha256
    for r in conn.execute(f'SELECT rowid, {col_sql} FROM "{table}" ORDER BY rowid'):
        d = sha(dump(r[1:]).encode("utf-8")).digest()
        h.update(d)
        if bucket == 1:
            out[r[0]] = d[:8]
        else:
            k = r[0] // bucket
            if k != cur_key:
                if cur_h is not None:
                    out[cur_key] = cur_h.digest()[:8]
                cur_key, cur_h = k, hashlib.sha256()
            cur_h.update(d)
        n += 1
        if cancel is not None and n % 50_000 == 0 and cancel():
            raise Cancelled("signing cancelled; nothing was written")
    if cur_h is not None:
        out[cur_key] = cur_h.digest()[:8]
    return {"columns": cols, "rows": n, "sha256": h.hexdigest(), "digests": out, "bucket": bucket}


def bucket_for(conn, table: str) -> int:
    """1 (a digest per row) up to ROW_DIGEST_LIMIT rows; else runs of rowids so at most that many digests."""
    count, top = conn.execute(f'SELECT count(*), coalesce(max(rowid), 0) FROM "{table}"').fetchone()
    if count <= ROW_DIGEST_LIMIT:
        return 1
    return -(-(top + 1) // ROW_DIGEST_LIMIT)


def _pack(rows: dict[int, bytes]) -> str:
    return base64.b64encode(b"".join(struct.pack(">q", k) + v for k, v in sorted(rows.items()))).decode(
        "ascii"
    )


def unpack(text: str | None) -> dict[int, bytes] | None:
    if text is None:
        return None
    raw = base64.b64decode(text)
    return {struct.unpack(">q", raw[i : i + 8])[0]: raw[i + 8 : i + 16] for i in range(0, len(raw), 16)}


def _labels(conn, tables) -> dict:
    out = {}
    for t, col in _LABEL_COLUMNS.items():
        if t in tables:
            out[t] = {str(r[0]): r[1] for r in conn.execute(f'SELECT rowid, "{col}" FROM "{t}"')}
    return out


def build_manifest(conn, progress=None, cancel=None) -> dict:
    tables = snapshot.included_tables(conn)
    out = {}
    for i, t in enumerate(tables):
        if progress:
            progress(i / max(1, len(tables)), f"Fingerprinting {t}")
        if cancel is not None and cancel():
            raise Cancelled("signing cancelled; nothing was written")
        d = table_digests(conn, t, bucket_for(conn, t), cancel=cancel)
        out[t] = {
            "columns": d["columns"],
            "rows": d["rows"],
            "sha256": d["sha256"],
            "bucket": d["bucket"],
            "digests": _pack(d["digests"]),
        }
    return {"format": MANIFEST_FORMAT, "tables": out, "labels": _labels(conn, tables)}


def encode_manifest(manifest: dict) -> tuple[bytes, str]:
    """(zlib-compressed canonical JSON, SHA-256 of the uncompressed text)."""
    text = canonical.dumps(manifest)
    return zlib.compress(text.encode("utf-8"), 6), canonical.sha256_text(text)


def decode_manifest(blob) -> tuple[dict | None, str | None]:
    import json

    try:
        text = zlib.decompress(bytes(blob)).decode("utf-8")
        return json.loads(text), canonical.sha256_text(text)
    except (zlib.error, UnicodeDecodeError, ValueError, TypeError):
        return None, None


def payload_for(project, eng: dict, snapshot_hash: str, on: str, manifest_sha256: str) -> dict:
    period = project.one("SELECT * FROM periods WHERE id = ?", (eng["period_id"],)) or {}
    return {
        "format": PAYLOAD_FORMAT,
        "file_id": project.file_id,
        "engagement_id": eng["id"],
        "period": {"label": period.get("label"), "start": period.get("start"), "end": period.get("end")},
        "snapshot_hash": snapshot_hash,
        "opinion": eng["opinion"],
        "level": eng["level"],
        "materiality_pct": eng["materiality_pct"],
        "criteria": criteria_of(eng),
        "verifier": {
            "name": eng["verifier_name"],
            "body": eng["body"],
            "accreditation": eng["accreditation"],
            "key_fingerprint": eng["key_fingerprint"],
        },
        "date": on,
        "manifest_sha256": manifest_sha256,
    }


@dataclass(frozen=True)
class SignOff:
    id: int
    engagement_id: int
    snapshot_hash: str
    opinion: str
    verifier_name: str
    signed_on: str
    key_fingerprint: str
    signature_hex: str
