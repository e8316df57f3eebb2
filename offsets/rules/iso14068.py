"""ISO 14068-1:2023 (current carbon-neutrality standard) credit and claim checks.

What is checked comes from ../shared/STANDARDS.md [public]: credits ex-post only (no future
reductions), independently verified, no double counting (offsets.overlap), the claim rests only on
retired credits, no offsets-only claim in the first period. Clause numbers of the standard are not
in the project's sources, so findings cite the requirement by name.

Retirement window [unconfirmed] (STANDARDS.md "More defaults"): credits retired no later than 12
months after the end of the claim period (ClaimContext.iso_retirement_window_months, anchored on the
period end or, with iso_retirement_window_from="declaration", on the declaration date). A retirement
after the declaration but inside the window is accepted with an info finding naming the window; one
after the window is an error naming the window and the setting.
"""

from __future__ import annotations

import datetime as dt

from ..findings import ERROR, INFO, WARNING, Finding
from ..lots import RETIRED, add_months
from .context import (
    ISO14068_RETIREMENT_MONTHS,
    ISO14068_WINDOW_ANCHORS,
    ISO14068_WINDOW_FROM_DECLARATION,
    ISO14068_WINDOW_FROM_PERIOD_END,
    ISO14068_WINDOW_SETTING,
    ClaimContext,
)

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


def window_deadline(ctx: ClaimContext) -> tuple[dt.date, str] | None:
    """Last day of the ISO 14068-1 retirement window and how it was set, or None without a date."""
    months = ctx.iso_retirement_window_months
    if ctx.iso_retirement_window_from not in ISO14068_WINDOW_ANCHORS:
        raise ValueError(
            f"ISO 14068-1 retirement window anchor '{ctx.iso_retirement_window_from}' is not one of "
            f"{', '.join(ISO14068_WINDOW_ANCHORS)}"
        )
    if months < 0:
        raise ValueError(f"ISO 14068-1 retirement window must be >= 0 months, got {months}")
    by_declaration = ctx.iso_retirement_window_from == ISO14068_WINDOW_FROM_DECLARATION
    anchors = [("the declaration", ctx.declaration_date), ("the end of the claim period", ctx.period_end)]
    if not by_declaration:
        anchors.reverse()
    for what, date in anchors:
        if date is not None:
            deadline = add_months(date, months)
            default = (months, ctx.iso_retirement_window_from) == (
                ISO14068_RETIREMENT_MONTHS,
                ISO14068_WINDOW_FROM_PERIOD_END,
            )
            text = f"{months} months after {what} ({date}), until {deadline}"
            text += " ([unconfirmed] default" if default else " (as set"
            text += f"; setting {ISO14068_WINDOW_SETTING})"
            return deadline, text
    return None


def retirement_window(lot, ctx: ClaimContext) -> list[Finding]:
    """A retired lot against the retirement window and the declaration date."""
    if lot.status != RETIRED or lot.retirement_date is None:
        return []
    window = window_deadline(ctx)
    if window is None:
        return []
    deadline, text = window
    clause = f"{STD}: the claim rests on retired credits; retirement window {text}"
    if lot.retirement_date > deadline:
        return [
            Finding(
                "ISO.RETIRED_BEFORE_CLAIM",
                ERROR,
                f"{lot.label}: retired {lot.retirement_date}, after the retirement window of {text}",
                clause,
                lot.subject,
            )
        ]
    if ctx.declaration_date and lot.retirement_date > ctx.declaration_date:
        return [
            Finding(
                "ISO.RETIRED_AFTER_CLAIM",
                INFO,
                f"{lot.label}: retired {lot.retirement_date}, after the claim was declared on "
                f"{ctx.declaration_date} but within the retirement window of {text}",
                clause,
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
        out += retirement_window(lot, ctx)
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
