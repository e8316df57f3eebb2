"""K-ETS checks on KOC/KCU lots (and overseas CDM credits converted for K-ETS), from the decree and
the ICAP summary in ../shared/seeds; limits on a surrender are in :func:`surrender_findings`.
"""

from __future__ import annotations

import datetime as dt

from ..findings import ERROR, INFO, WARNING, Finding
from ..kets import kcu_conversion_deadline, offset_limit, offset_permit_void_date, phase_of_year
from .context import ClaimContext

OVERSEAS_FROM = dt.date(2016, 6, 1)  # decree Art. 40(4); ICAP phase 2
OVERSEAS_MIN_KOREAN_PCT = 20  # ICAP phase 2: >= 20% ownership or technology


def check(lots, ctx: ClaimContext) -> list[Finding]:
    out: list[Finding] = []
    for lot in lots:
        if lot.programme != "KETS":
            continue
        if lot.kets_compliance_year is not None:
            # error when it backs the claim (planned or retired); a warning while it is only held
            in_claim = lot.status in ("planned", "retired")
            out.append(
                Finding(
                    "KETS.VOLUNTARY",
                    ERROR if in_claim else WARNING,
                    f"{lot.label}: {lot.unit_type} surrendered for K-ETS compliance year {lot.kets_compliance_year}; "
                    "a credit used for K-ETS compliance can never also back a voluntary claim"
                    + (
                        " (it is allocated to this claim)"
                        if in_claim
                        else " (kept out of portfolio selection)"
                    ),
                    "K-ETS decree Art. 38(3) (no double sale); ISO 14068-1 no double counting",
                    lot.subject,
                )
            )
        if lot.unit_type == "KCU" and lot.koc_issuance_date and lot.conversion_date:
            deadline = kcu_conversion_deadline(lot.koc_issuance_date)
            if lot.conversion_date > deadline:
                out.append(
                    Finding(
                        "KETS.CONVERSION_WINDOW",
                        ERROR,
                        f"{lot.label}: converted to KCU on {lot.conversion_date}, after the five-year window from "
                        f"KOC issuance ({lot.koc_issuance_date}) closed on {deadline}",
                        "ICAP K-ETS summary, phase 3: KOC to KCU within five years",
                        lot.subject,
                    )
                )
        if lot.unit_type == "KOC" and lot.issuance_date and lot.status == "held":
            deadline = kcu_conversion_deadline(lot.issuance_date)
            if ctx.as_of > deadline:
                out.append(
                    Finding(
                        "KETS.CONVERSION_WINDOW",
                        WARNING,
                        f"{lot.label}: KOC issued {lot.issuance_date} can no longer be converted to KCU (window "
                        f"closed {deadline})",
                        "ICAP K-ETS summary, phase 3: KOC to KCU within five years",
                        lot.subject,
                    )
                )
        # a KCU's compliance year is taken as its vintage year (KCU22 = vintage 2022)
        if (
            lot.unit_type == "KCU"
            and lot.vintage_end
            and lot.status == "held"
            and lot.kets_compliance_year is None
        ):
            void = offset_permit_void_date(lot.vintage_end.year)
            if ctx.as_of > void:
                out.append(
                    Finding(
                        "KETS.EXPIRY",
                        WARNING,
                        f"{lot.label}: KCU for {lot.vintage_end.year} not surrendered or carried over is void since {void}",
                        "K-ETS decree Art. 38(5)1: void six months after the compliance year",
                        lot.subject,
                    )
                )
        if lot.origin == "foreign":
            if lot.vintage_start is not None and lot.vintage_start < OVERSEAS_FROM:
                out.append(
                    Finding(
                        "KETS.OVERSEAS",
                        ERROR,
                        f"{lot.label}: overseas reductions from {lot.vintage_start}; only reductions from "
                        f"{OVERSEAS_FROM} qualify",
                        "K-ETS decree Art. 40(4)",
                        lot.subject,
                    )
                )
            if lot.korean_share_pct is None or lot.korean_share_pct < OVERSEAS_MIN_KOREAN_PCT:
                out.append(
                    Finding(
                        "KETS.OVERSEAS",
                        ERROR,
                        f"{lot.label}: overseas project needs >= {OVERSEAS_MIN_KOREAN_PCT}% Korean ownership or "
                        f"technology (recorded: {lot.korean_share_pct})",
                        "ICAP K-ETS summary, phase 2 qualitative limit; decree Art. 40(4)",
                        lot.subject,
                    )
                )
    return out


def surrender_findings(
    lots,
    obligation_t: float,
    phase: int | None = None,
    share: float | None = None,
    compliance_year: int | None = None,
) -> list[Finding]:
    """Offset permits in ``lots`` (KCU) against the offset-use limit for an obligation and phase.

    ``phase`` None with ``compliance_year`` takes the phase of that year; both None (and no
    ``share``) applies the decree's general rule. ``share``: the allocation plan's figure (setting
    ``kets_offset_limit_pct`` / 100). Every finding names the rule and the value applied; a limit
    that is only an [unconfirmed] default (phase 4) is reported as an info finding even when the
    surrender is within it."""
    if phase is None and share is None and compliance_year is not None:
        phase = phase_of_year(compliance_year)
    lim = offset_limit(obligation_t, phase, share)
    kcu = [lot for lot in lots if lot.unit_type == "KCU"]
    total = sum(lot.quantity for lot in kcu)
    foreign = sum(lot.quantity for lot in kcu if lot.origin == "foreign")
    year = f" for compliance year {compliance_year}" if compliance_year is not None else ""
    out = []
    if total > lim.total:
        out.append(
            Finding(
                "KETS.OFFSET_LIMIT",
                ERROR,
                f"{total} offset permits exceed the limit of {lim.total} for an obligation of "
                f"{lim.obligation_t} t{year}: {lim.basis}",
                lim.clause,
                "surrender",
            )
        )
    if foreign > lim.foreign:
        out.append(
            Finding(
                "KETS.FOREIGN_LIMIT",
                ERROR,
                f"{foreign} foreign-origin offset permits exceed their limit of {lim.foreign}{year}: {lim.basis}",
                lim.clause,
                "surrender",
            )
        )
    if not lim.confirmed:
        out.append(
            Finding(
                "KETS.OFFSET_LIMIT_UNCONFIRMED",
                INFO,
                f"{total} offset permits checked against {lim.total} for an obligation of {lim.obligation_t} t"
                f"{year}: {lim.basis}",
                lim.clause,
                "surrender",
            )
        )
    return out
