"""Checks on every credit and claim, whatever the standard: serial, quantity, double counting,
programme accepted, retired to the claimant, coverage of the residual, removal share disclosed."""

from __future__ import annotations

from ..findings import ERROR, INFO, WARNING, Finding
from ..lots import PROGRAMMES, REMOVAL, RETIRED
from ..overlap import double_counting_findings
from ..serials import SerialError, parse
from .context import ClaimContext

_CLAIM_CLAUSE = {
    "ISO14068-1": "ISO 14068-1:2023 offsetting of residual emissions",
    "PAS2060": "PAS 2060:2014 offsetting of residual emissions",
}
SERIAL_CLAUSE = "Registry serial format (offsets/serials.py; oracles.md counting convention)"


def claim_clause(ctx: ClaimContext) -> str:
    return _CLAIM_CLAUSE.get(ctx.standard, _CLAIM_CLAUSE["ISO14068-1"])


def serial_findings(lot) -> list[Finding]:
    """SERIAL.FORMAT, SERIAL.QUANTITY (stated quantity vs range), SERIAL.FIELDS (encoded fields)."""
    try:
        s = parse(lot.serial, lot.programme)
    except SerialError as exc:
        return [Finding("SERIAL.FORMAT", ERROR, f"{lot.label}: {exc}", SERIAL_CLAUSE, lot.subject)]
    out = []
    if lot.quantity != s.quantity:
        out.append(
            Finding(
                "SERIAL.QUANTITY",
                ERROR,
                f"{lot.label}: stated quantity {lot.quantity} but serial range {s.start}-{s.end} holds "
                f"{s.quantity} credits (both ends inclusive)",
                SERIAL_CLAUSE,
                lot.subject,
            )
        )
    checks = (("country", "host_country"), ("vintage_start", "vintage_start"), ("vintage_end", "vintage_end"))
    for enc, attr in checks:
        want, have = s.fields.get(enc), getattr(lot, attr)
        if want is not None and have is not None and want != have:
            out.append(
                Finding(
                    "SERIAL.FIELDS",
                    WARNING,
                    f"{lot.label}: {attr} is {have} but the serial encodes {want}",
                    SERIAL_CLAUSE,
                    lot.subject,
                )
            )
    return out


def check(lots, ctx: ClaimContext, external=()) -> list[Finding]:
    out: list[Finding] = []
    for lot in lots:
        out += serial_findings(lot)
    out += double_counting_findings(lots, external)
    clause = claim_clause(ctx)
    accepted = set(ctx.accepted_programmes) if ctx.accepted_programmes is not None else set(PROGRAMMES)
    claim_lots = ctx.claim_lots(lots)
    for lot in claim_lots:
        if lot.programme not in accepted:
            out.append(
                Finding(
                    "CLAIM.PROGRAMME",
                    ERROR,
                    f"{lot.label}: programme {lot.programme} is not accepted for this {ctx.standard} claim "
                    f"(accepted: {', '.join(sorted(accepted))})",
                    clause,
                    lot.subject,
                )
            )
        if lot.status == RETIRED and ctx.claimant and (lot.beneficiary or "").strip() != ctx.claimant.strip():
            out.append(
                Finding(
                    "CLAIM.BENEFICIARY",
                    ERROR,
                    f"{lot.label}: retired for '{lot.beneficiary or ''}', not for the claimant '{ctx.claimant}'",
                    clause,
                    lot.subject,
                )
            )
    if ctx.residual_t is not None:
        retired = sum(lot.quantity for lot in claim_lots if lot.status == RETIRED)
        planned = sum(lot.quantity for lot in claim_lots if lot.status != RETIRED)
        if retired + 1e-9 < ctx.residual_t:
            more = f"; {planned} t planned but not yet retired" if planned else ""
            out.append(
                Finding(
                    "CLAIM.COVERAGE",
                    ERROR,
                    f"retired credits {retired} t do not cover residual emissions {ctx.residual_t:g} t "
                    f"(short by {ctx.residual_t - retired:g} t){more}; only retired credits cover a claim",
                    clause,
                    "claim",
                )
            )
    if claim_lots:
        total = sum(lot.quantity for lot in claim_lots)
        removals = sum(lot.quantity for lot in claim_lots if lot.kind == REMOVAL)
        out.append(
            Finding(
                "CLAIM.REMOVAL_SHARE",
                INFO,
                f"removals are {removals} of {total} t ({100 * removals / total:.1f} %) of the credits for this claim",
                "ISO 14068-1:2023: disclose the share of removals",
                "claim",
            )
        )
    return out
