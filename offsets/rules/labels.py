"""ICVCM Core Carbon Principles, CORSIA eligibility and Article 6 corresponding-adjustment labels.

These are disclosures (STANDARDS.md: "shown where present"): each label present on a claim's lot
gives an info finding so the UI and the QES list it.
"""

from __future__ import annotations

from ..findings import INFO, Finding
from .context import ClaimContext


def check(lots, ctx: ClaimContext) -> list[Finding]:
    out: list[Finding] = []
    for lot in ctx.claim_lots(lots):
        if lot.ccp_label:
            out.append(
                Finding(
                    "LABEL.CCP",
                    INFO,
                    f"{lot.label}: carries the ICVCM CCP label",
                    "ICVCM Core Carbon Principles",
                    lot.subject,
                )
            )
        if lot.corsia_eligible:
            out.append(
                Finding(
                    "LABEL.CORSIA",
                    INFO,
                    f"{lot.label}: CORSIA eligible emissions unit",
                    "ICAO CORSIA eligible emissions units",
                    lot.subject,
                )
            )
        if lot.corresponding_adjustment:
            out.append(
                Finding(
                    "LABEL.ART6",
                    INFO,
                    f"{lot.label}: authorised under Article 6 with a corresponding adjustment by "
                    f"{lot.host_country or 'the host country'}",
                    "Paris Agreement Article 6.2 corresponding adjustment",
                    lot.subject,
                )
            )
    return out
