"""Tamper evidence for a signed verification: which case it is, when it can tell.

- ``key_swapped``: the signature's public key is not the key recorded when the verification started
  (or the recorded key itself was replaced: the audit log shows the original; or the key is not one
  the caller trusts);
- ``signature_changed``: the signature bytes differ from those written at signing;
- ``record_altered``: the signed record (opinion, date, hash, manifest) was edited after signing;
- ``signature_deleted``: the audit log shows a signature that is no longer in the file;
- ``finding_deleted``: a finding present at signing is gone;
- ``data_changed_app`` / ``data_changed_outside``: rows changed after signing, with (through the app)
  or without (plain SQLite, no audit-log entry) an audit-log record;
- ``audit_log_altered``: the audit log's hash chain no longer holds.

Trust anchor: without an outside reference a complete forger could rebuild every record. The
verifier's own key (``trusted=``, ``cnw verify FILE --as KEY status``) or the fingerprint printed on
the statement closes that gap; the audit log's record of the key at the start narrows it.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass

from workbench.services.verification.keys import fingerprint_of, short_fingerprint, verify_signature
from workbench.services.verification.signing import decode_manifest, table_digests, unpack

KIND_ORDER = (
    "key_swapped",
    "signature_changed",
    "record_altered",
    "signature_deleted",
    "finding_deleted",
    "data_changed_outside",
    "data_changed_app",
    "audit_log_altered",
)
MAX_ROWS_NAMED = 5


@dataclass(frozen=True)
class Tamper:
    kind: str
    message: str


def _audit_insert(project, tbl: str, row_id: int) -> dict | None:
    row = project.one(
        "SELECT * FROM audit_log WHERE tbl = ? AND row_id = ? AND op = 'insert' ORDER BY id LIMIT 1",
        (tbl, row_id),
    )
    if row and row["new"]:
        try:
            return json.loads(row["new"])
        except ValueError:
            return None
    return None


def _audit_after(project, after_id: int) -> list[dict]:
    return project.rows("SELECT * FROM audit_log WHERE id > ? ORDER BY id", (after_id,))


def _logged(entries: list[dict], tbl: str, rowid: int, label) -> dict | None:
    """The last audit entry after signing that covers ``tbl`` row ``rowid`` (None: not through the app)."""
    hit = None
    for e in entries:
        if e["tbl"] != tbl:
            continue
        if e["row_id"] == rowid:
            hit = e
        elif e["op"] == "insert_many" and e["new"]:
            info = json.loads(e["new"])
            if info.get("first_id") is not None and info["first_id"] <= rowid <= info["last_id"]:
                hit = e
        elif e["op"] == "set" and e["row_id"] is None and label is not None:
            keys = set(json.loads(e["new"] or "{}")) | set(json.loads(e["old"] or "{}"))
            if label in keys:
                hit = e
    return hit


def _describe_change(e: dict) -> str:
    if e["op"] == "update" and e["old"] and e["new"]:
        old, new = json.loads(e["old"]), json.loads(e["new"])
        parts = [f"{k} {old.get(k)!r} -> {new.get(k)!r}" for k in sorted(new)]
        return f"{', '.join(parts)} (by {e['user']}, {e['ts']})"
    return f"{e['op']} by {e['user']}, {e['ts']}"


# -- the checks -------------------------------------------------------------------------------


def _check_keys(project, eng, s, trusted) -> list[Tamper]:
    out = []
    fp = s["key_fingerprint"]
    try:
        pub = bytes.fromhex(s["public_key"])
    except (TypeError, ValueError):
        return [Tamper("key_swapped", "public key swapped: the signature's public key is not a valid key")]
    if fingerprint_of(pub) != fp:
        out.append(
            Tamper("key_swapped", "public key swapped: the signature's key does not match its fingerprint")
        )
    if s["public_key"] != eng["public_key"]:
        out.append(
            Tamper(
                "key_swapped",
                f"public key swapped: the signature carries key {short_fingerprint(fingerprint_of(pub))}, not "
                f"key {short_fingerprint(eng['key_fingerprint'])} recorded when verification "
                f"#{eng['id']} started",
            )
        )
    logged = _audit_insert(project, "verif_engagements", eng["id"])
    if logged and logged.get("public_key") and logged["public_key"] != eng["public_key"]:
        out.append(
            Tamper(
                "key_swapped",
                "public key swapped: the verifier's key recorded in the file was replaced after the start "
                f"(the audit log shows key {short_fingerprint(fingerprint_of(bytes.fromhex(logged['public_key'])))})",
            )
        )
    if trusted:
        if fingerprint_of(pub) not in trusted:
            out.append(
                Tamper(
                    "key_swapped",
                    f"public key swapped: signed with key {short_fingerprint(fingerprint_of(pub))}, which is not "
                    "the verifier's key you gave",
                )
            )
    return out


def _check_signature(project, s, payload, key_tampered: bool) -> tuple[bool, list[Tamper]]:
    out = []
    try:
        pub = bytes.fromhex(s["public_key"])
    except (TypeError, ValueError):
        return False, out
    sig = bytes(s["signature"]) if s["signature"] is not None else b""
    valid = verify_signature(pub, sig, s["payload"].encode("utf-8"))
    logged = _audit_insert(project, "signoff_signatures", s["id"]) or {}
    logged_sig = (
        (logged.get("signature") or {}).get("sha256") if isinstance(logged.get("signature"), dict) else None
    )
    sig_changed = logged_sig is not None and hashlib.sha256(sig).hexdigest() != logged_sig
    payload_changed = "payload" in logged and logged["payload"] != s["payload"]
    if sig_changed:
        out.append(
            Tamper(
                "signature_changed",
                "signature bytes changed: the signature is not the one written at signing",
            )
        )
    if payload_changed:
        out.append(
            Tamper(
                "record_altered", "signed record altered: the signed statement text was edited after signing"
            )
        )
    if not valid and not out and not key_tampered:
        out.append(Tamper("signature_changed", "signature bytes changed: the signature does not verify"))
    if payload is not None:
        pairs = (
            ("snapshot_hash", payload.get("snapshot_hash")),
            ("opinion", payload.get("opinion")),
            ("signed_on", payload.get("date")),
            ("verifier_name", (payload.get("verifier") or {}).get("name")),
            ("key_fingerprint", (payload.get("verifier") or {}).get("key_fingerprint")),
        )
        for col, signed_value in pairs:
            if s[col] != signed_value and not (col == "key_fingerprint" and key_tampered):
                out.append(
                    Tamper(
                        "record_altered",
                        f"signed record altered: its {col} reads {s[col]!r} but the signature covers {signed_value!r}",
                    )
                )
    return valid, out


def _diff_tables(project, manifest: dict) -> list[tuple[str, str, object, object]]:
    """[(table, what, where, label)] of differences, current vs signed.

    ``what``: added | deleted | changed | "table added" | ...; ``where``: a rowid, a (first, last)
    rowid range when the table was fingerprinted by runs of rows, or None for the whole table.
    """
    from workbench.project import snapshot
    from workbench.services.verification.signing import _LABEL_COLUMNS

    conn = project.conn
    now_tables = set(snapshot.included_tables(conn))
    signed_tables = manifest["tables"]
    out = []
    for t in sorted(now_tables - set(signed_tables)):
        out.append((t, "table added", None, None))
    for t in sorted(set(signed_tables) - now_tables):
        out.append((t, "table removed", None, None))
    labels = manifest.get("labels", {})
    for t in sorted(now_tables & set(signed_tables)):
        sig = signed_tables[t]
        bucket = int(sig.get("bucket") or 1)
        now_cols = [r[1] for r in conn.execute(f'PRAGMA table_info("{t}")')]
        if not set(sig["columns"]) <= set(now_cols):  # a signed column is gone: not an upgrade
            out.append((t, "columns changed", None, None))
            continue
        # over the signed columns only: columns an upgrade added are checked in _upgrade_diffs
        cur = table_digests(conn, t, bucket, columns=sig["columns"])
        if cur["sha256"] == sig["sha256"]:
            continue
        before, after = unpack(sig.get("digests")) or {}, cur["digests"]
        lab = labels.get(t, {})
        cur_lab = {}
        if t in _LABEL_COLUMNS:
            col = _LABEL_COLUMNS[t]
            cur_lab = {str(r[0]): r[1] for r in conn.execute(f'SELECT rowid, "{col}" FROM "{t}"')}
        for k in sorted(set(before) | set(after)):
            what = "deleted" if k not in after else "added" if k not in before else "changed"
            if what == "changed" and before[k] == after[k]:
                continue
            if bucket > 1:
                out.append((t, "changed", (k * bucket, k * bucket + bucket - 1), None))
            else:
                label = lab.get(str(k)) if what != "added" else cur_lab.get(str(k))
                out.append((t, what, k, label or cur_lab.get(str(k))))
    return out


def _name(t, rid, label) -> str:
    if t == "verif_findings" and label:
        return f"finding {label}"
    if label is not None:
        return f"{t} '{label}'"
    if isinstance(rid, tuple):
        return f"{t} rows {rid[0]}-{rid[1]}"
    return f"{t} row {rid}" if rid is not None else t


def _hits(entries, t, where, label) -> list[tuple[int | None, dict]]:
    """Audit entries after signing that account for a difference: [(rowid, entry)]."""
    if where is None:
        return [(None, e) for e in entries if e["tbl"] == t][:1]
    if isinstance(where, tuple):
        found = {}
        for rid in range(where[0], where[1] + 1) if where[1] - where[0] < 100_000 else ():
            e = _logged(entries, t, rid, None)
            if e is not None:
                found[rid] = e
        return sorted(found.items())
    e = _logged(entries, t, where, label)
    return [(where, e)] if e else []


def snapshot_hash_over(conn, tables) -> str | None:
    """The snapshot hash restricted to ``tables`` (names: all their columns now; or a mapping
    table -> columns: only those), in the snapshot's own stream format. None when one of them no
    longer exists."""
    from workbench.project import snapshot

    if not isinstance(tables, dict):
        if not set(tables) <= set(snapshot.included_tables(conn)):
            return None
        tables = {t: sorted(r[1] for r in conn.execute(f'PRAGMA table_info("{t}")')) for t in tables}
    return snapshot.snapshot_hash(conn, only=tables)


def _upgrade_diffs(project, diffs, manifest: dict) -> tuple[list, list[str]]:
    """The differences once what schema upgrades added is taken out: tables and columns an upgrade
    wrote and nobody changed since are not differences (they were not there to be signed); one
    changed since, or added without an upgrade, is. Returns (differences, what the upgrades added,
    for the note)."""
    from workbench.project import upgrades

    signed = {t: list(v["columns"]) for t, v in manifest["tables"].items()}
    left = upgrades.unexplained(project.conn, signed)
    bad_tables = {t for t, _, _ in left}
    added = upgrades.added(signed, upgrades.columns_now(project.conn))
    recorded_tables = {t for t, _, recorded in left if recorded}
    out = []
    for d in diffs:
        if d[1] == "table added" and d[0] not in bad_tables:
            continue  # an upgrade's table, as the upgrade wrote it (or empty)
        if d[1] == "table added" and d[0] in recorded_tables:
            d = (d[0], "changed after the upgrade that added it", None, None)
        out.append(d)
    by_table: dict[str, list[tuple[str, bool]]] = {}
    for t, col, recorded in left:
        if t in signed:
            by_table.setdefault(t, []).append((col, recorded))
    for t, cols in sorted(by_table.items()):
        changed = [c for c, recorded in cols if recorded]
        unknown = [c for c, recorded in cols if not recorded]
        if changed:
            out.append(
                (t, f"column(s) {', '.join(changed)} changed after the upgrade that added them", None, None)
            )
        if unknown:
            out.append((t, f"column(s) {', '.join(unknown)} added and filled outside an upgrade", None, None))
    return out, sorted(added)


def _upgrade_note(project, added: list[str], signed: dict) -> str:
    new_tables = [t for t in added if t not in signed]
    new_columns = [t for t in added if t in signed]
    empty = [t for t in new_tables if not project.conn.execute(f'SELECT 1 FROM "{t}" LIMIT 1').fetchone()]
    if not new_columns and empty == new_tables:
        return f"the file's schema was upgraded since signing (new empty tables: {', '.join(empty)})"
    parts = [f"new tables: {', '.join(new_tables)}"] if new_tables else []
    if new_columns:
        parts.append(f"new columns in: {', '.join(new_columns)}")
    return (
        f"the file's schema was upgraded since signing ({'; '.join(parts)}); the signed data is "
        "unchanged and what the upgrade added is as it wrote it"
    )


def _check_data(project, s, payload, current_hash, notes: list[str]) -> list[Tamper]:
    if payload is None or payload.get("snapshot_hash") == current_hash:
        return []
    manifest, msha = decode_manifest(s["manifest"])
    if manifest is None or msha != payload.get("manifest_sha256"):
        return [
            Tamper("record_altered", "signed record altered: the row manifest does not match the signature"),
            Tamper(
                "data_changed_outside", "data changed since signing (rows cannot be named: manifest damaged)"
            ),
        ]
    diffs, added = _upgrade_diffs(project, _diff_tables(project, manifest), manifest)
    if not diffs and added:
        # Every signed table has its signed SHA-256 over its signed columns (_diff_tables), none
        # is gone, and what upgrades added is as they wrote it: the signed data holds. (The
        # snapshot restricted to those columns would give the signed hash again; re-hashing a
        # million rows a second time would add nothing.)
        signed = {t: list(v["columns"]) for t, v in manifest["tables"].items()}
        notes.append(_upgrade_note(project, added, signed))
        return []
    entries = _audit_after(project, s["audit_id_at_sign"])
    deleted_findings, via_app, outside = [], [], []
    for t, what, where, label in diffs:
        hits = _hits(entries, t, where, label)
        means = "through the app" if hits else "outside the app"
        if t == "verif_findings" and what == "deleted":
            deleted_findings.append(f"{_name(t, where, label)} ({means})")
            continue
        if not hits:
            suffix = " (somewhere in this run of rows)" if isinstance(where, tuple) else ""
            outside.append(f"{_name(t, where, label)} {what}{suffix}")
        for rid, e in hits:
            name = _name(
                t, rid if rid is not None else where, label if not isinstance(where, tuple) else None
            )
            op = {"update": "changed", "delete": "deleted"}.get(e["op"], what)
            detail = _describe_change(e) if e["op"] == "update" else f"by {e['user']}, {e['ts']}"
            via_app.append(f"{name} {op}: {detail}")
    out = []
    if deleted_findings:
        out.append(Tamper("finding_deleted", "finding deleted: " + ", ".join(deleted_findings)))
    for kind, lst, head in (
        ("data_changed_outside", outside, "data changed outside the app (plain SQLite; no audit-log entry)"),
        ("data_changed_app", via_app, "data changed through the app after signing"),
    ):
        if lst:
            more = f" and {len(lst) - MAX_ROWS_NAMED} more" if len(lst) > MAX_ROWS_NAMED else ""
            out.append(Tamper(kind, f"{head}: {'; '.join(lst[:MAX_ROWS_NAMED])}{more}"))
    if not out:  # the hash differs but no table did (e.g. only table order or format changed)
        out.append(Tamper("data_changed_outside", "data changed since signing (snapshot hash differs)"))
    return out


def deleted_signature(project, eng) -> Tamper | None:
    for row in project.rows(
        "SELECT new, ts FROM audit_log WHERE tbl = 'signoff_signatures' AND op = 'insert' ORDER BY id"
    ):
        try:
            rec = json.loads(row["new"])
        except (TypeError, ValueError):
            continue
        if rec.get("engagement_id") == eng["id"]:
            return Tamper(
                "signature_deleted",
                f"signature deleted: verification #{eng['id']} was signed on {rec.get('signed_on')} "
                "(audit log) but the signature is no longer in the file",
            )
    return None


def normalise_trusted(trusted) -> set[str] | None:
    if not trusted:
        return None
    out = set()
    for t in trusted if isinstance(trusted, list | tuple | set) else [trusted]:
        out.add(t.fingerprint if hasattr(t, "fingerprint") else str(t).lower())
    return out


def _dedupe(ts: list[Tamper]) -> list[Tamper]:
    seen, out = set(), []
    for t in ts:
        if (t.kind, t.message) not in seen:
            seen.add((t.kind, t.message))
            out.append(t)
    return out


def check_signoff(
    project, eng: dict, s: dict, current_hash: str, trusted=None, notes: list[str] | None = None
) -> tuple[dict | None, bool, list[Tamper]]:
    """Check one sign-off record: (signed payload or None, signature valid?, tamper cases found).
    Observations that are not tampering (a schema upgrade) are appended to ``notes``."""
    tamper: list[Tamper] = []
    try:
        payload = json.loads(s["payload"])
    except (TypeError, ValueError):
        payload = None
        tamper.append(Tamper("record_altered", "signed record altered: the signed statement cannot be read"))
    tamper += _check_keys(project, eng, s, normalise_trusted(trusted))
    valid, sig_t = _check_signature(project, s, payload, key_tampered=bool(tamper))
    tamper += sig_t
    tamper += _check_data(project, s, payload, current_hash, notes if notes is not None else [])
    return payload, valid, tamper


def ordered(tamper: list[Tamper]) -> list[Tamper]:
    return sorted(_dedupe(tamper), key=lambda t: KIND_ORDER.index(t.kind))
