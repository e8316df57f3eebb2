"""Where the verification stands, and whether the signed state still holds (tamper evidence).

``status(project)`` recomputes the snapshot hash and checks the latest sign-off. When something no
longer holds it says "signed data changed since verification" and names each case it can tell:

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
from dataclasses import asdict, dataclass, field

from .verification_engagement import criteria_of, current_engagement, engagements, signoff_of
from .verification_findings import findings as _findings
from .verification_findings import open_counts, uncorrected_impacts
from .verification_keys import fingerprint_of, short_fingerprint, verify_signature
from .verification_materiality import Materiality, assess
from .verification_signing import decode_manifest, table_digests, unpack

CHANGED = "signed data changed since verification"
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


@dataclass
class VerificationStatus:
    started: bool
    engagement_id: int | None = None
    period: str | None = None
    verifier_name: str | None = None
    body: str | None = None
    accreditation: str | None = None
    key_fingerprint: str | None = None
    level: str | None = None
    criteria: list[str] = field(default_factory=list)
    opinion: str | None = None
    signed: bool = False
    signed_on: str | None = None
    signature_valid: bool | None = None
    signed_snapshot_hash: str | None = None
    current_snapshot_hash: str | None = None
    signed_data_changed: bool = False
    tamper: list[Tamper] = field(default_factory=list)
    open_car: int = 0
    open_cl: int = 0
    open_far: int = 0
    findings_total: int = 0
    sampled_items: int = 0
    vouched_items: int = 0
    materiality: Materiality | None = None
    audit_ok: bool = True
    audit_message: str = ""
    history: list[dict] = field(default_factory=list)

    @property
    def tamper_kind(self) -> str | None:
        return self.tamper[0].kind if self.tamper else None

    @property
    def tamper_kinds(self) -> list[str]:
        return [t.kind for t in self.tamper]

    @property
    def headline(self) -> str:
        if not self.started:
            return "not verified: no verification started"
        if self.signed_data_changed:
            return f"{CHANGED}: " + "; ".join(t.message for t in self.tamper)
        if self.signed:
            return f"signed {self.signed_on} by {self.verifier_name} ({self.body}): {self.opinion} opinion; data unchanged"
        return (
            f"verification #{self.engagement_id} in progress ({self.verifier_name}, {self.body}); not signed"
        )

    def as_dict(self) -> dict:
        d = asdict(self)
        d["materiality"] = self.materiality.as_dict() if self.materiality else None
        d["tamper_kind"] = self.tamper_kind
        d["headline"] = self.headline
        return d


# -- materiality ------------------------------------------------------------------------------


def reported_total(project, eng: dict) -> tuple[float | None, str]:
    """The inventory total the threshold applies to: the plan's figure, else the footprint's."""
    if eng.get("reported_total_t"):
        return float(eng["reported_total_t"]), "verification plan"
    names = {r[0] for r in project.conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    if "footprint_reports" in names:  # the period's footprint as the client reported it (frozen), in t
        rep = project.one(
            "SELECT id, total, reported_at FROM footprint_reports WHERE period_id = ? ORDER BY id DESC LIMIT 1",
            (eng["period_id"],),
        )
        if rep is not None:
            return float(rep["total"]), f"reported footprint #{rep['id']} ({rep['reported_at'][:10]})"
    try:
        from . import footprint

        r = footprint.latest(project, eng["period_id"])
    except Exception as exc:  # no footprint service or no result: the total is unknown, not an error
        return None, f"no reported total (footprint: {exc}); set it in the plan"
    if r is None:
        return None, "no reported total (no footprint calculated); set it in the plan"
    if r.stale:
        return None, "no reported total (the footprint is out of date); recalculate it or set it in the plan"
    return float(r.total), f"footprint of {r.computed_at[:10]} ({r.gwp_set}, scope 2 {r.scope2_basis}-based)"


def materiality(project) -> Materiality | None:
    """Aggregate of uncorrected misstatements vs the threshold for the current verification."""
    eng = current_engagement(project)
    if eng is None:
        return None
    total, source = reported_total(project, eng)
    pct = eng["materiality_pct"] or float(project.setting("materiality_pct", 5.0))
    rows = _findings(project, eng["id"])
    return assess(uncorrected_impacts(rows), total, pct, eng["materiality_basis"] or "gross", source)


# -- audit-log look-ups -----------------------------------------------------------------------


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

    from .verification_signing import _LABEL_COLUMNS

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
        cur = table_digests(conn, t, bucket)
        if cur["sha256"] == sig["sha256"] and cur["columns"] == sig["columns"]:
            continue
        if cur["columns"] != sig["columns"]:
            out.append((t, "columns changed", None, None))
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


def _check_data(project, s, payload, current_hash) -> list[Tamper]:
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
    entries = _audit_after(project, s["audit_id_at_sign"])
    deleted_findings, via_app, outside = [], [], []
    for t, what, where, label in _diff_tables(project, manifest):
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


def _deleted_signature(project, eng) -> Tamper | None:
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


def _normalise_trusted(trusted) -> set[str] | None:
    if not trusted:
        return None
    out = set()
    for t in trusted if isinstance(trusted, list | tuple | set) else [trusted]:
        out.add(t.fingerprint if hasattr(t, "fingerprint") else str(t).lower())
    return out


def status(project, trusted=None) -> VerificationStatus:
    """The state of the current verification and whether the signed data still holds.

    ``trusted``: the verifier's key(s) or fingerprint(s); when given, a signature by any other key
    is reported as a swapped key. Reads only; works in every mode.
    """
    eng = current_engagement(project)
    if eng is None:
        return VerificationStatus(started=False)
    rows = _findings(project, eng["id"])
    counts = open_counts(rows)
    period = project.one("SELECT label FROM periods WHERE id = ?", (eng["period_id"],))
    items = project.conn.execute(
        "SELECT count(*), count(i.vouch_result) FROM verif_sample_items i JOIN verif_samples s "
        "ON s.id = i.sample_id WHERE s.engagement_id = ?",
        (eng["id"],),
    ).fetchone()
    audit = project.audit_verify()
    st = VerificationStatus(
        started=True,
        engagement_id=eng["id"],
        period=period["label"] if period else None,
        verifier_name=eng["verifier_name"],
        body=eng["body"],
        accreditation=eng["accreditation"],
        key_fingerprint=eng["key_fingerprint"],
        level=eng["level"],
        criteria=criteria_of(eng),
        opinion=eng["opinion"],
        open_car=counts["CAR"],
        open_cl=counts["CL"],
        open_far=counts["FAR"],
        findings_total=len(rows),
        sampled_items=items[0],
        vouched_items=items[1],
        materiality=materiality(project),
        audit_ok=audit.ok,
        audit_message=audit.message,
        history=_history(project, eng["id"]),
    )
    s = signoff_of(project, eng["id"])
    tamper: list[Tamper] = []
    if s is None:
        gone = _deleted_signature(project, eng)
        if gone is None:
            return st
        st.signed, st.signature_valid = True, False
        tamper.append(gone)
    else:
        st.signed, st.signed_on = True, s["signed_on"]
        st.current_snapshot_hash = project.snapshot_hash()
        try:
            payload = json.loads(s["payload"])
        except (TypeError, ValueError):
            payload = None
            tamper.append(
                Tamper("record_altered", "signed record altered: the signed statement cannot be read")
            )
        st.signed_snapshot_hash = (payload or {}).get("snapshot_hash")
        tamper += _check_keys(project, eng, s, _normalise_trusted(trusted))
        valid, sig_t = _check_signature(project, s, payload, key_tampered=bool(tamper))
        st.signature_valid = valid
        tamper += sig_t
        tamper += _check_data(project, s, payload, st.current_snapshot_hash)
    if not audit.ok:
        tamper.append(Tamper("audit_log_altered", f"audit log altered: {audit.message}"))
    st.tamper = sorted(_dedupe(tamper), key=lambda t: KIND_ORDER.index(t.kind))
    st.signed_data_changed = bool(st.tamper)
    return st


def _dedupe(ts: list[Tamper]) -> list[Tamper]:
    seen, out = set(), []
    for t in ts:
        if (t.kind, t.message) not in seen:
            seen.add((t.kind, t.message))
            out.append(t)
    return out


def _history(project, current_id: int) -> list[dict]:
    out = []
    for e in engagements(project):
        if e["id"] == current_id:
            continue
        s = signoff_of(project, e["id"])
        period = project.one("SELECT label FROM periods WHERE id = ?", (e["period_id"],))
        out.append(
            {
                "engagement_id": e["id"],
                "period": period["label"] if period else None,
                "verifier_name": e["verifier_name"],
                "opinion": e["opinion"],
                "signed_on": s["signed_on"] if s else None,
                "snapshot_hash": s["snapshot_hash"] if s else None,
                "superseded_by": current_id,
            }
        )
    return out


def signed_message(project) -> str | None:
    """The exact signed statement (canonical JSON) of the current verification, if signed."""
    eng = current_engagement(project)
    s = signoff_of(project, eng["id"]) if eng else None
    return s["payload"] if s else None


__all__ = [
    "CHANGED",
    "Tamper",
    "VerificationStatus",
    "materiality",
    "reported_total",
    "signed_message",
    "status",
]
