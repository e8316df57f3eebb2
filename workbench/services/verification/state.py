"""Where the verification stands, and whether the signed state still holds (tamper evidence).

``status(project)`` recomputes the snapshot hash and checks the latest sign-off. When something no
longer holds it says "signed data changed since verification" and names each case it can tell;
the cases are listed in :mod:`.verification_tamper`.

Trust anchor: without an outside reference a complete forger could rebuild every record. The
verifier's own key (``trusted=``, ``cnw verify FILE --as KEY status``) or the fingerprint printed on
the statement closes that gap; the audit log's record of the key at the start narrows it.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field

from workbench.services.verification.engagement import (
    criteria_of,
    current_engagement,
    engagements,
    signoff_of,
)
from workbench.services.verification.finding_log import findings as _findings
from workbench.services.verification.finding_log import open_counts, uncorrected_impacts
from workbench.services.verification.tamper import Tamper, check_signoff, deleted_signature, ordered
from workbench.services.verification.thresholds import Materiality, assess

CHANGED = "signed data changed since verification"


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
    notes: list[str] = field(default_factory=list)  # observations that are not tampering

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
        from workbench.services import footprint

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


def status(project, trusted=None, full: bool = False) -> VerificationStatus:
    """The state of the current verification and whether the signed data still holds.

    ``trusted``: the verifier's key(s) or fingerprint(s); when given, a signature by any other key
    is reported as a swapped key. ``full``: hash every row to compare with the signed snapshot
    (the verifier's own check); otherwise the digest stored on this machine may stand in for it
    (:mod:`workbench.project.snapshot_digest`). Reads only; works in every mode.
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
        gone = deleted_signature(project, eng)
        if gone is None:
            return st
        st.signed, st.signature_valid = True, False
        tamper.append(gone)
    else:
        st.signed, st.signed_on = True, s["signed_on"]
        st.current_snapshot_hash = project.snapshot_hash(full=full)
        payload, st.signature_valid, found = check_signoff(
            project, eng, s, st.current_snapshot_hash, trusted, st.notes
        )
        st.signed_snapshot_hash = (payload or {}).get("snapshot_hash")
        tamper += found
    if not audit.ok:
        tamper.append(Tamper("audit_log_altered", f"audit log altered: {audit.message}"))
    st.tamper = ordered(tamper)
    st.signed_data_changed = bool(st.tamper)
    return st


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
