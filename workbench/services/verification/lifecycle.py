"""The engagement's steps that need the whole verification record: start (carrying over the
previous engagement's FARs), the opinion (checked against open findings and materiality) and the
signature. They sit above engagement, finding_log, state and signing, which never import them.
"""

from __future__ import annotations

from datetime import UTC, date, datetime

from workbench.project import canonical
from workbench.project.audit import now_iso
from workbench.services.verification.engagement import (
    OPINIONS,
    VerificationError,
    _path,
    check_opinion_allowed,
    current_engagement,
    require_engagement,
    require_key_of,
    require_mode,
    require_unsigned,
    signoff_of,
)
from workbench.services.verification.finding_log import carry_over_fars, open_findings
from workbench.services.verification.signing import SignOff, build_manifest, encode_manifest, payload_for
from workbench.services.verification.state import materiality


def start(
    project,
    key,
    verifier_name: str | None = None,
    body: str = "",
    accreditation: str | None = None,
    period_id: int | None = None,
) -> int:
    """Start (or resume) a verification of ``period_id`` (default: the current period).

    Records the verifier's public key, its fingerprint, name, body and accreditation in the file.
    If the latest verification is unsigned and was started with the same key, it is resumed (its id
    returned); with another key it is refused. After a signed verification a new one starts and
    every FAR still open in the previous one is carried over as an open FAR of the new one.
    """
    require_mode(project, "verifier", "starting a verification")
    name = (verifier_name or key.name or "").strip()
    if not name:
        raise VerificationError(f"{_path(project)}: verifier name is required", _path(project))
    if not body or not body.strip():
        raise VerificationError(
            f"{_path(project)}: verification body is required (the verifier's organisation)", _path(project)
        )
    if period_id is None:
        period = project.current_period()
        if period is None:
            raise VerificationError(f"{_path(project)}: the file has no reporting period", _path(project))
    else:
        period = project.one("SELECT * FROM periods WHERE id = ?", (period_id,))
        if period is None:
            raise VerificationError(f"{_path(project)}: period {period_id} does not exist", _path(project))
    prev = current_engagement(project)
    if prev is not None and signoff_of(project, prev["id"]) is None:
        require_key_of(project, prev, key)
        if prev["period_id"] != period["id"]:
            raise VerificationError(
                f"{_path(project)}: verification #{prev['id']} of another period is still open (unsigned); "
                "sign it before starting the next period",
                _path(project),
            )
        return prev["id"]
    with project.action(f"Start verification of {period['label']} ({name}, {body.strip()})") as tx:
        eid = tx.insert(
            "verif_engagements",
            {
                "period_id": period["id"],
                "verifier_name": name,
                "body": body.strip(),
                "accreditation": (accreditation or "").strip() or None,
                "public_key": key.public_hex,
                "key_fingerprint": key.fingerprint,
                "started_at": now_iso(),
                "previous_id": prev["id"] if prev else None,
                "materiality_pct": float(project.setting("materiality_pct", 5.0)),
            },
        )
        if prev is not None:
            carry_over_fars(project, tx, prev["id"], eid)
    return eid


def set_opinion(project, opinion: str, basis: str | None = None) -> dict:
    """Record the opinion. No positive opinion (unmodified or modified) while a CAR or CL is open,
    and no unmodified opinion while uncorrected misstatements are material."""
    require_mode(project, "verifier", "recording the opinion")
    path = _path(project)
    eng = require_engagement(project)
    require_unsigned(project, eng)
    if opinion not in OPINIONS:
        raise VerificationError(f"{path}: opinion '{opinion}' is not one of: {', '.join(OPINIONS)}", path)
    if not eng.get("level"):
        raise VerificationError(f"{path}: set the verification plan before the opinion", path)
    check_opinion_allowed(project, eng, opinion, open_findings(project, eng["id"]), materiality(project))
    with project.action(f"Verification opinion: {opinion}") as tx:
        tx.update(
            "verif_engagements",
            eng["id"],
            {"opinion": opinion, "opinion_basis": basis, "opinion_at": now_iso()},
        )
    return require_engagement(project)


def sign(project, key, on: str | date | None = None, progress=None, cancel=None) -> SignOff:
    """Sign the current verification with ``key`` (the key it was started with).

    Needs the plan and the opinion; re-checks that the opinion is still allowed (no positive opinion
    with an open CAR/CL). ``on``: the signature date (default: today, UTC). ``progress(fraction,
    message)`` reports the fingerprinting of the tables; ``cancel()`` returning True stops it and
    nothing is written.
    """
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
