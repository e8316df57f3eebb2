"""ISO 14068-1:2023 (current carbon-neutrality standard) credit and claim checks.

What is checked comes from ../shared/STANDARDS.md [public]: credits ex-post only (no future
reductions), independently verified, no double counting (offsets.overlap), the claim rests only on
retired credits, no offsets-only claim in the first period. Clause numbers of the standard are not
in the project's sources, so findings cite the requirement by name.
"""

from __future__ import annotations

from ..findings import ERROR, WARNING, Finding
from ..lots import RETIRED
from .context import ClaimContext

STD = "ISO 14068-1:2023"


def ex_post(lot, rule_prefix: str, std: str) -> list[Finding]:
    """Credit issued after its vintage ended (a credit for reductions already achieved)."""
    clause = f"{std} credit requirements: issued ex-post (no future reductions)"
    if lot.issuance_date is None or lot.vintage_end is None:
        return [
            Finding(
                f"{rule_prefix}.EX_POST",
                WARNING,
                f"{lot.label}: issuance date or vintage end missing; ex-post issuance cannot be shown",
                clause,
                lot.subject,
            )
        ]
    if lot.issuance_date < lot.vintage_end:
        return [
            Finding(
                f"{rule_prefix}.EX_POST",
                ERROR,
                f"{lot.label}: issued {lot.issuance_date} before its vintage ended {lot.vintage_end} "
                "(ex-ante credit)",
                clause,
                lot.subject,
            )
        ]
    return []


def verified(lot, rule_prefix: str, std: str) -> list[Finding]:
    """Independent verification: a verification body named on the lot."""
    if not (lot.verifier or "").strip():
        return [
            Finding(
                f"{rule_prefix}.VERIFIED",
                ERROR,
                f"{lot.label}: no independent verification body recorded",
                f"{std} credit requirements: independently verified",
                lot.subject,
            )
        ]
    return []


def check(lots, ctx: ClaimContext) -> list[Finding]:
    out: list[Finding] = []
    claim_lots = ctx.claim_lots(lots)
    for lot in claim_lots:
        out += ex_post(lot, "ISO", STD)
        out += verified(lot, "ISO", STD)
        if (
            lot.status == RETIRED
            and ctx.declaration_date
            and lot.retirement_date
            and lot.retirement_date > ctx.declaration_date
        ):
            out.append(
                Finding(
                    "ISO.RETIRED_BEFORE_CLAIM",
                    ERROR,
                    f"{lot.label}: retired {lot.retirement_date}, after the claim was declared on "
                    f"{ctx.declaration_date}",
                    f"{STD}: the claim rests on retired credits",
                    lot.subject,
                )
            )
        if lot.status == RETIRED and lot.retirement_date is None:
            out.append(
                Finding(
                    "ISO.RETIRED_BEFORE_CLAIM",
                    ERROR,
                    f"{lot.label}: marked retired without a retirement date",
                    f"{STD}: the claim rests on retired credits",
                    lot.subject,
                )
            )
    if ctx.first_period and claim_lots and not (ctx.reductions_t or 0) > 0:
        out.append(
            Finding(
                "ISO.OFFSETS_ONLY",
                ERROR,
                "first-period claim shows no emission reductions: an offsets-only claim is not allowed",
                f"{STD}: reduce first, offset residual emissions last",
                "claim",
            )
        )
    return out
