"""Journey step 6: the verifier's audit (ISO 14064-3 practice, ../shared/STANDARDS.md "Verification").

Public API (plain functions over an open project; no Qt)::

    from workbench.services import verification as v
    key = v.create_key(None, "Lee Seo-yeon")          # once per verifier; kept outside project files
    key = v.load_key(path)
    p = open_project("client.cnw", mode="verifier")   # the client's data is read-only
    v.start(p, key, "Lee Seo-yeon", body="KVS", accreditation="KAB GHG-V-012")
    v.set_plan(p, level="reasonable", materiality_pct=5, criteria=["ISO14068-1"])
    s = v.draw_sample(p, n=10, seed=42, method="risk")   # or "random"; seed recorded
    v.vouch(p, s.items[0]["id"], "agreed")
    f = v.raise_finding(p, "CAR", "June bill missing", clause="ISO 14064-3 6.1.4", impact_t=2.5)
    v.respond(client_project, f["ref"], "Bill attached")   # the client, in edit mode
    v.close_finding(p, f["ref"], corrected=True)
    v.materiality(p); v.set_opinion(p, "unmodified"); v.sign(p, key)
    v.status(p)            # VerificationStatus: signed? signed data changed? which tamper case?
    v.statement_data(p)    # everything the verification statement prints

The parts live beside this module (keys, sampling, thresholds, engagement, fieldwork, finding_log,
signing, state, tamper, lifecycle); the package's ``__init__`` is the public API. This module
builds the verification statement's data.
"""

from __future__ import annotations

from workbench.services.verification.engagement import criteria_of, current_engagement
from workbench.services.verification.fieldwork import samples
from workbench.services.verification.finding_log import findings
from workbench.services.verification.keys import short_fingerprint
from workbench.services.verification.state import status


def statement_data(project, trusted=None) -> dict | None:
    """Everything a verification statement prints (STANDARDS.md: intended users, responsible party,
    objectives, scope, criteria, period, totals, assurance level, materiality, opinion, verifier,
    accreditation, date, signature), plus findings, sampling and the tamper status. None when no
    verification was started."""
    from workbench.services.verification.engagement import signoff_of

    eng = current_engagement(project)
    if eng is None:
        return None
    st = status(project, trusted=trusted)
    org = project.one("SELECT * FROM organisation ORDER BY id LIMIT 1") or {}
    subject = project.one("SELECT * FROM subject ORDER BY id LIMIT 1") or {}
    period = project.one("SELECT * FROM periods WHERE id = ?", (eng["period_id"],)) or {}
    s = signoff_of(project, eng["id"])
    mat = st.materiality
    responsible = eng["responsible_party"] or ", ".join(
        x for x in (org.get("name"), org.get("senior_signatory"), org.get("signatory_title")) if x
    )
    return {
        "file_id": project.file_id,
        "organisation": {
            k: org.get(k) for k in ("name", "name_local", "address", "address_local", "country")
        },
        "subject": {k: subject.get(k) for k in ("kind", "name", "name_local", "consolidation")},
        "period": {k: period.get(k) for k in ("label", "start", "end")},
        "intended_users": eng["intended_users"],
        "responsible_party": responsible,
        "objectives": eng["objectives"],
        "scope": eng["scope"],
        "criteria": criteria_of(eng),
        "level": eng["level"],
        "materiality": mat.as_dict() if mat else None,
        "totals": {
            "reported_total_t": mat.reported_total_t if mat else None,
            "source": mat.total_source if mat else None,
        },
        "opinion": eng["opinion"],
        "opinion_basis": eng["opinion_basis"],
        "verifier": {
            "name": eng["verifier_name"],
            "body": eng["body"],
            "accreditation": eng["accreditation"],
            "public_key": eng["public_key"],
            "key_fingerprint": eng["key_fingerprint"],
            "key_fingerprint_short": short_fingerprint(eng["key_fingerprint"]),
        },
        "findings": [
            {
                k: f[k]
                for k in (
                    "ref",
                    "kind",
                    "clause",
                    "description",
                    "evidence",
                    "impact_t",
                    "due_date",
                    "client_response",
                    "status",
                    "corrected",
                    "verifier_note",
                )
            }
            for f in findings(project, eng["id"])
        ],
        "open_findings": {"CAR": st.open_car, "CL": st.open_cl, "FAR": st.open_far},
        "sampling": [
            {
                "method": x.method,
                "seed": x.seed,
                "population_size": x.population_size,
                "items": len(x.items),
                "vouched": sum(1 for i in x.items if i["vouch_result"]),
            }
            for x in samples(project, eng["id"])
        ],
        "signature": {
            "signed": st.signed,
            "date": s["signed_on"] if s else None,
            "snapshot_hash": s["snapshot_hash"] if s else None,
            "signature_hex": bytes(s["signature"]).hex() if s else None,
            "signed_statement": s["payload"] if s else None,
            "valid": st.signature_valid,
            "signed_data_changed": st.signed_data_changed,
            "tamper": [t.message for t in st.tamper],
            "headline": st.headline,
        },
    }


def signature_state(project) -> str | None:
    """For status lines: None (no sign-off), "valid" or "changed" (signed data changed since)."""
    st = status(project)
    if not st.signed:
        return None
    return "changed" if st.signed_data_changed else "valid"


def statement_model(project, trusted=None):
    """The current verification as ``forms.model.Verification`` (for the statement PDF); None if none."""
    from datetime import date

    from forms.model import VerifFinding
    from forms.model import Verification as FormVerification

    d = statement_data(project, trusted=trusted)
    if d is None:
        return None
    mat = d["materiality"] or {}
    sig = d["signature"]
    return FormVerification(
        verifier_name=d["verifier"]["name"],
        body=d["verifier"]["body"],
        accreditation=d["verifier"]["accreditation"],
        assurance_level=d["level"] or "limited",
        materiality_pct=mat.get("threshold_pct") or 5.0,
        opinion=d["opinion"],
        criteria=", ".join(d["criteria"]) or None,
        intended_users=d["intended_users"],
        responsible_party=d["responsible_party"],
        objectives=d["objectives"],
        scope=d["scope"],
        verified_total_t=d["totals"]["reported_total_t"],
        signed=bool(sig["signed"] and sig["date"]),
        signed_on=date.fromisoformat(sig["date"]) if sig["date"] else None,
        signed_hash=sig["snapshot_hash"],
        key_fingerprint=d["verifier"]["key_fingerprint"],
        signed_data_changed=bool(sig["signed_data_changed"]),
        findings=[
            VerifFinding(
                id=f["ref"],
                kind=f["kind"],
                clause=f["clause"] or "",
                description=f["description"],
                impact_t=f["impact_t"],
                status=f["status"],
                response=f["client_response"],
            )
            for f in d["findings"]
        ],
    )
