"""KCCI Carbon Standard (KCR) checks, from seeds/kcci-carbon-reduction-certification-faq.txt.

- Eligible: projects carried out since 2010-04-14 under approved methodologies.
- Four principles: practicality, additionality, sustainability, verifiability.
- Verifiability: reviewed by a competent third-party auditor (steps 2 and 6 of the 8-step process).
- Companies in K-ETS: only non-regulated areas (scope 3), not the regulated scopes 1 and 2.
"""

from __future__ import annotations

from ..findings import ERROR, WARNING, Finding
from ..lots import KCCI_PRINCIPLES
from .context import KCCI_START, ClaimContext

SRC = "KCCI Carbon Standard (KCCI FAQ)"


def check(lots, ctx: ClaimContext) -> list[Finding]:
    out: list[Finding] = []
    for lot in lots:
        if lot.programme != "KCS":
            continue
        if lot.project_start_date is None:
            out.append(
                Finding(
                    "KCCI.START_DATE",
                    WARNING,
                    f"{lot.label}: project start date missing; KCR projects must start on or after {KCCI_START}",
                    f"{SRC}: eligible projects since 2010-04-14",
                    lot.subject,
                )
            )
        elif lot.project_start_date < KCCI_START:
            out.append(
                Finding(
                    "KCCI.START_DATE",
                    ERROR,
                    f"{lot.label}: project started {lot.project_start_date}, before {KCCI_START}",
                    f"{SRC}: eligible projects since 2010-04-14",
                    lot.subject,
                )
            )
        missing = [p for p in KCCI_PRINCIPLES if p not in (lot.kcci_principles or ())]
        if missing:
            out.append(
                Finding(
                    "KCCI.PRINCIPLES",
                    ERROR,
                    f"{lot.label}: principle(s) not shown: {', '.join(missing)}",
                    f"{SRC}: four principles (practicality, additionality, sustainability, verifiability)",
                    lot.subject,
                )
            )
        if not (lot.verifier or "").strip():
            out.append(
                Finding(
                    "KCCI.THIRD_PARTY",
                    ERROR,
                    f"{lot.label}: no third-party verification body recorded",
                    f"{SRC}: verifiability, third-party validation and verification (steps 2 and 6)",
                    lot.subject,
                )
            )
        if ctx.claimant_kets_entity and lot.reduction_scope in (1, 2):
            out.append(
                Finding(
                    "KCCI.KETS_SCOPE",
                    ERROR,
                    f"{lot.label}: reductions in the claimant's scope {lot.reduction_scope}, a K-ETS "
                    "regulated area; K-ETS entities may certify scope 3 only",
                    f"{SRC}: K-ETS companies, non-regulatory areas (scope 3) only",
                    lot.subject,
                )
            )
    return out
