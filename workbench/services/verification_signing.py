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
from datetime import UTC, date, datetime

from workbench.project import canonical, snapshot
from workbench.project.audit import now_iso

from .verification_engagement import (
    VerificationError,
    check_opinion_allowed,
    criteria_of,
    require_engagement,
    require_key_of,
    require_mode,
    require_unsigned,
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


def table_digests(conn, table: str, bucket: int = 1, cancel=None) -> dict:
    """Columns, row count, table digest and {rowid // bucket: 8-byte digest} of one table.

    ``bucket`` = 1 gives one digest per row; a larger bucket one digest per run of ``bucket`` rowids
    (SHA-256 over the rows' digests), which keeps the manifest small for very large tables.
    """
    cols = _columns(conn, table)
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


def sign(project, key, on: str | date | None = None, progress=None, cancel=None) -> SignOff:
    """Sign the current verification with ``key`` (the key it was started with).

    Needs the plan and the opinion; re-checks that the opinion is still allowed (no positive opinion
    with an open CAR/CL). ``on``: the signature date (default: today, UTC). ``progress(fraction,
    message)`` reports the fingerprinting of the tables; ``cancel()`` returning True stops it and
    nothing is written.
    """
    from .verification_findings import open_findings
    from .verification_status import materiality

    require_mode(project, "verifier", "signing the verification")
    path = str(project.path)
    eng = require_engagement(project)
    require_unsigned(project, eng)
    require_key_of(project, eng, key)
    if key.private is None:
        raise VerificationError(f"{path}: the key {key.path} holds no private key; cannot sign", path)
    if not eng["level"]:
        raise VerificationError(f"{path}: no verification plan yet; set the plan before signing", path)
    if not eng["opinion"]:
        raise VerificationError(f"{path}: no opinion recorded yet; record the opinion before signing", path)
    check_opinion_allowed(
        project, eng, eng["opinion"], open_findings(project, eng["id"]), materiality(project)
    )
    if on is None:
        on = datetime.now(UTC).date().isoformat()
    else:
        try:
            on = date.fromisoformat(str(on)).isoformat()
        except ValueError:
            raise VerificationError(
                f"{path}: signature date '{on}' is not a date (use YYYY-MM-DD)", path
            ) from None
    with project.action(f"Sign verification #{eng['id']} ({eng['opinion']})") as tx:
        # Everything read here is inside the write transaction: nothing can change in between.
        snap = project.snapshot_hash()
        manifest_blob, manifest_sha = encode_manifest(build_manifest(project.conn, progress, cancel))
        payload = payload_for(project, eng, snap, on, manifest_sha)
        message = canonical.dumps(payload).encode("utf-8")
        signature = key.sign(message)
        audit_id = project.conn.execute("SELECT coalesce(max(id), 0) FROM audit_log").fetchone()[0]
        sid = tx.insert(
            "signoff_signatures",
            {
                "engagement_id": eng["id"],
                "snapshot_hash": snap,
                "opinion": eng["opinion"],
                "verifier_name": eng["verifier_name"],
                "signed_on": on,
                "public_key": key.public_hex,
                "key_fingerprint": key.fingerprint,
                "payload": message.decode("utf-8"),
                "signature": signature,
                "manifest": manifest_blob,
                "audit_id_at_sign": audit_id,
                "signed_at": now_iso(),
            },
        )
    if progress:
        progress(1.0, "Signed")
    return SignOff(
        sid, eng["id"], snap, eng["opinion"], eng["verifier_name"], on, key.fingerprint, signature.hex()
    )
