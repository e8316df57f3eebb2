"""Why a verification step cannot be done yet, said before the user starts it (in the UI language).

The verification service is the judge (``sign`` and ``raise_finding`` refuse whatever gets past
these); this reads the same facts through the service to explain a refusal up front: a signing
that is not ready lists every missing step, a finding on a signed verification is refused before
the form is filled in.
"""

from __future__ import annotations

from workbench.services import verification as verification_service

from ..i18n import fmt_number, tr


def signed_note(project) -> str | None:
    """The reason nothing can be changed in the current verification (signed), or None."""
    svc = verification_service
    eng = svc.current_engagement(project)
    if eng is None:
        return None
    s = svc.signoff_of(project, eng["id"])
    if s is None:
        return None
    return tr(
        "Verification #{0} was signed on {1} and is final: nothing in it can change. Start a new "
        "verification to raise findings."
    ).format(eng["id"], s["signed_on"])


def finding_blockers(project) -> list[str]:
    svc = verification_service
    if project.mode != "verifier":
        return [tr("Only the verifier raises findings: open the file in verifier mode.")]
    if svc.current_engagement(project) is None:
        return [tr("Start a verification first (Engagement, on the Plan tab).")]
    note = signed_note(project)
    return [note] if note else []


def sign_blockers(project, key) -> list[str]:
    """Everything that stops the current verification from being signed with ``key``; [] = ready."""
    svc = verification_service
    if project.mode != "verifier":
        return [tr("Only the verifier signs: open the file in verifier mode.")]
    eng = svc.current_engagement(project)
    if eng is None:
        return [tr("Start a verification first (Engagement, on the Plan tab).")]
    note = signed_note(project)
    if note:
        return [note]
    out = []
    if key is None:
        out.append(tr("Load or create your verifier key first."))
    elif key.fingerprint != eng["key_fingerprint"]:
        out.append(
            tr("The key loaded ({0}) is not the key this verification was started with ({1}).").format(
                svc.short_fingerprint(key.fingerprint), svc.short_fingerprint(eng["key_fingerprint"])
            )
        )
    if not eng["level"]:
        out.append(tr("Set the verification plan first (level of assurance and materiality)."))
    opinion = eng["opinion"]
    if not opinion:
        out.append(tr("Record the opinion first (Opinion and sign-off tab)."))
        return out
    if opinion in svc.POSITIVE_OPINIONS:
        blocking = [f["ref"] for f in svc.open_findings(project, eng["id"]) if f["kind"] in ("CAR", "CL")]
        if blocking:
            out.append(
                tr(
                    "No {0} opinion while a CAR or CL is open ({1}): close them, or record an adverse "
                    "opinion or a disclaimer."
                ).format(tr(opinion), ", ".join(blocking))
            )
    if opinion == "unmodified":
        mat = svc.materiality(project)
        if mat is not None and mat.material:
            out.append(
                tr(
                    "No unmodified opinion: the uncorrected misstatements ({0} tCO2e) are material "
                    "(threshold {1} %); record a modified or adverse opinion."
                ).format(fmt_number(mat.gross_t if mat.basis == "gross" else mat.net_t, 3), mat.threshold_pct)
            )
    return out


def explain(title: str, reasons: list[str]) -> str:
    lines = [title, ""] + [f"- {r}" for r in reasons]
    return "\n".join(lines)


def explain_sign_blockers(parent, project, key) -> bool:
    """Show why signing is not possible yet; True when something blocks it (nothing was done)."""
    from ..errors import show_error

    blockers = sign_blockers(project, key)
    if blockers:
        show_error(
            parent, ValueError(explain(tr("The verification cannot be signed yet:"), blockers)), tr("Sign")
        )
    return bool(blockers)
