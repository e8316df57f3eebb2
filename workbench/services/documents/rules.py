"""The gate before a certificate: a claim that fails a rule cannot produce one.

Each refusal is a :class:`offsets.findings.Finding` naming the rule; :class:`ClaimRefused` carries
them all and its message lists every rule id, so the user sees exactly what to fix.
"""

from __future__ import annotations

from forms.model import ClaimDocument
from offsets.findings import ERROR, Finding
from workbench.project.errors import ProjectError

ISO = "ISO 14068-1:2023"
PAS = "PAS 2060:2014"
POSITIVE = ("unmodified", "modified")


class ClaimRefused(ProjectError):
    """The claim fails one or more rules; no certificate is issued."""

    def __init__(self, path: str, refusals: list[Finding]):
        self.refusals = refusals
        lines = [f"{path}: no certificate: the claim fails {len(refusals)} rule(s); nothing was written"]
        lines += [f"  {f.rule_id}: {f.message} ({f.clause})" for f in refusals]
        super().__init__("\n".join(lines), path)


def _claim_subjects(doc: ClaimDocument) -> set[str]:
    return {f"claim:{doc.period.label}", f"period:{doc.period.label}", "claim", "subject"}


def refusals(doc: ClaimDocument) -> list[Finding]:
    """Every rule the claim fails (empty list: a certificate may be issued)."""
    std = PAS if doc.standard == "PAS2060" else ISO
    out: list[Finding] = []
    label = doc.period.label
    fp = doc.footprint
    if fp is None:
        out.append(
            Finding(
                "DOC.FOOTPRINT.MISSING",
                ERROR,
                f"no footprint for period {label}: {doc.unavailable.get('footprint', 'not calculated')}",
                f"{std}: quantified footprint of the subject",
                f"claim:{label}",
            )
        )
    elif fp.unquantified:
        out.append(
            Finding(
                "DOC.FOOTPRINT.INCOMPLETE",
                ERROR,
                f"{len(fp.unquantified)} included source(s) have no emission factor, so the footprint "
                f"is understated: {', '.join(fp.unquantified)}; assign factors or exclude them with a "
                "reason",
                f"{std}: footprint complete within the boundary",
                f"claim:{label}",
            )
        )
    if fp is not None and fp.stale:
        out.append(
            Finding(
                "DOC.FOOTPRINT.STALE",
                ERROR,
                f"the footprint of period {label} is stale (inputs changed after it was calculated); "
                "recalculate it",
                f"{std}: quantified footprint of the subject",
                f"claim:{label}",
            )
        )
    unretired = [c for c in doc.credits if not c.retired]
    if unretired:
        names = ", ".join(f"{c.serial} ({c.status})" for c in unretired[:5])
        out.append(
            Finding(
                "DOC.CREDITS.UNRETIRED",
                ERROR,
                f"{len(unretired)} credit lot(s) assigned to the claim are not retired: {names}",
                f"{std}: only credits retired in a registry cover a claim",
                f"claim:{label}",
            )
        )
    if fp is not None and doc.retired_t + 1e-9 < fp.total_t:
        out.append(
            Finding(
                "DOC.RESIDUAL.UNCOVERED",
                ERROR,
                f"residual emissions {fp.total_t:,.2f} tCO2e exceed the retired credits "
                f"{doc.retired_t:,.2f} tCO2e (short by {fp.total_t - doc.retired_t:,.2f} tCO2e)",
                f"{std}: residual emissions offset by retired credits",
                f"claim:{label}",
            )
        )
    v = doc.verification
    if v is not None:
        open_ = v.open_car_cl
        if open_:
            out.append(
                Finding(
                    "DOC.VERIFICATION.OPEN_CAR",
                    ERROR,
                    "open verification finding(s): " + ", ".join(f"{f.id} ({f.kind})" for f in open_),
                    "ISO 14064-3: no positive statement while a CAR or CL is open",
                    f"claim:{label}",
                )
            )
        if v.signed_data_changed:
            out.append(
                Finding(
                    "DOC.VERIFICATION.CHANGED",
                    ERROR,
                    "signed data changed since verification: the verified figures are no longer the "
                    "file's figures",
                    "verifier sign-off over the snapshot hash",
                    f"claim:{label}",
                )
            )
    if doc.validation_type in ("third-party", "other-party"):
        if v is None or not v.signed:
            out.append(
                Finding(
                    "DOC.VERIFICATION.UNSIGNED",
                    ERROR,
                    f"{doc.validation_type} validation needs a signed verification, and "
                    + ("none was started" if v is None else "it has not been signed"),
                    f"{std}: validation type {doc.validation_type}",
                    f"claim:{label}",
                )
            )
        elif v.opinion not in POSITIVE:
            out.append(
                Finding(
                    "DOC.VERIFICATION.OPINION",
                    ERROR,
                    f"the verifier's opinion is {v.opinion!r}, not a positive opinion",
                    "ISO 14064-3 verification opinion",
                    f"claim:{label}",
                )
            )
    claim = _claim_subjects(doc)
    claim |= {c.ref for c in doc.credits if c.ref}
    for f in doc.findings:
        # blocking findings on the claim itself or on a lot that backs it (other lots in the file,
        # e.g. permits kept for K-ETS compliance, do not stop this claim)
        if f.is_blocking and (
            f.subject is None or f.subject in claim or f.rule_id.startswith(("DOC.", "PLAN.", "FOOTPRINT."))
        ):
            out.append(f)
    seen, unique = set(), []
    for f in out:
        key = (f.rule_id, f.subject, f.message)
        if key not in seen:
            seen.add(key)
            unique.append(f)
    return unique
