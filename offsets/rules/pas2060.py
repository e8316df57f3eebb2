"""PAS 2060:2014 (legacy; withdrawn by BSI on 2025-11-30) credit and claim checks.

From ../shared/STANDARDS.md [public]: credits verified by an independent third party, issued
ex-post, retired within 12 months of the achievement declaration (a setting,
ClaimContext.retirement_window_months); offsets-only achievement in the first period only; no new
PAS 2060 claims for periods after the withdrawal.
"""

from __future__ import annotations

from ..findings import ERROR, WARNING, Finding
from ..lots import RETIRED, add_months
from .context import PAS2060_WITHDRAWN, ClaimContext
from .iso14068 import ex_post, verified

STD = "PAS 2060:2014"


def check(lots, ctx: ClaimContext) -> list[Finding]:
    out: list[Finding] = []
    if ctx.period_end is not None and ctx.period_end > PAS2060_WITHDRAWN:
        out.append(
            Finding(
                "PAS.WITHDRAWN",
                ERROR,
                f"period ending {ctx.period_end} is after PAS 2060's withdrawal on {PAS2060_WITHDRAWN}; "
                "claim under ISO 14068-1 instead",
                "BSI withdrawal of PAS 2060 (2025-11-30)",
                "claim",
            )
        )
    window = ctx.retirement_window_months
    for lot in ctx.claim_lots(lots):
        out += ex_post(lot, "PAS", STD)
        out += verified(lot, "PAS", STD)
        clause = f"{STD}: credits retired within {window} months of the achievement declaration"
        if ctx.declaration_date is None:
            continue
        deadline = add_months(ctx.declaration_date, window)
        if lot.status != RETIRED:
            if ctx.as_of > deadline:
                out.append(
                    Finding(
                        "PAS.RETIREMENT_WINDOW",
                        ERROR,
                        f"{lot.label}: not retired and the window closed on {deadline}",
                        clause,
                        lot.subject,
                    )
                )
        elif lot.retirement_date is not None and lot.retirement_date > deadline:
            out.append(
                Finding(
                    "PAS.RETIREMENT_WINDOW",
                    ERROR,
                    f"{lot.label}: retired {lot.retirement_date}, after the window closed on {deadline}",
                    clause,
                    lot.subject,
                )
            )
    if not ctx.first_period and not (ctx.reductions_t or 0) > 0:
        out.append(
            Finding(
                "PAS.OFFSETS_ONLY",
                ERROR,
                "offsets-only achievement is allowed in the first application period only; this later period "
                "shows no reduction",
                f"{STD}: achievement after the first period requires reductions",
                "claim",
            )
        )
    elif ctx.first_period and not (ctx.reductions_t or 0) > 0:
        out.append(
            Finding(
                "PAS.OFFSETS_ONLY",
                WARNING,
                "offsets-only achievement: allowed in this first period only; later periods must show a reduction",
                f"{STD}: offsets-only achievement in the first period only",
                "claim",
            )
        )
    return out
