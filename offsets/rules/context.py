"""What a rule needs to know about the claim besides the lots."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

ISO14068 = "ISO14068-1"
PAS2060 = "PAS2060"
CLAIM_STANDARDS = (ISO14068, PAS2060)

# PAS 2060 was withdrawn by BSI on 2025-11-30 (STANDARDS.md [public]).
PAS2060_WITHDRAWN = dt.date(2025, 11, 30)
# PAS 2060: credits retired within 12 months of the achievement declaration (STANDARDS.md [public]).
PAS2060_RETIREMENT_MONTHS = 12
# ISO 14068-1 retirement window [unconfirmed] (STANDARDS.md "More defaults"): credits retired no
# later than 12 months after the end of the claim period, the PAS 2060 practice carried over; ISO's
# own text is not available here, so it is a setting with this default.
ISO14068_RETIREMENT_MONTHS = 12
ISO14068_WINDOW_FROM_PERIOD_END = "period_end"  # STANDARDS.md default anchor
ISO14068_WINDOW_FROM_DECLARATION = "declaration"  # alternative: months after the declaration date
ISO14068_WINDOW_ANCHORS = (ISO14068_WINDOW_FROM_PERIOD_END, ISO14068_WINDOW_FROM_DECLARATION)
# the project setting that holds the window (named in findings; the service reads it)
ISO14068_WINDOW_SETTING = "offsets_iso_retirement_window_months"
# K-ETS seeds: a KCR may back a K-ETS entity's claim only for non-regulated (scope 3) areas.
KCCI_START = dt.date(2010, 4, 14)


@dataclass
class ClaimContext:
    """The claim the lots are checked for.

    claimant: the organisation's name; a retired lot must name it as beneficiary.
    residual_t: residual emissions to cover (None: coverage not checked).
    claim_period_id: lots allocated to this claim (None: every planned/retired lot counts).
    reductions_t: reductions achieved against the base year (None = not stated).
    accepted_programmes: programmes the claim's standard accepts (None = every programme known).
    retirement_window_months: PAS 2060 window after the achievement declaration.
    iso_retirement_window_months / iso_retirement_window_from: ISO 14068-1 window [unconfirmed]:
      credits retired no later than this many months after the end of the claim period
      ("period_end", default) or after the declaration date ("declaration").
    """

    standard: str = ISO14068
    claimant: str | None = None
    period_start: dt.date | None = None
    period_end: dt.date | None = None
    declaration_date: dt.date | None = None
    residual_t: float | None = None
    claim_period_id: int | None = None
    first_period: bool = True
    reductions_t: float | None = None
    claimant_kets_entity: bool = False
    accepted_programmes: tuple[str, ...] | None = None
    retirement_window_months: int = PAS2060_RETIREMENT_MONTHS
    iso_retirement_window_months: int = ISO14068_RETIREMENT_MONTHS
    iso_retirement_window_from: str = ISO14068_WINDOW_FROM_PERIOD_END
    as_of: dt.date = field(default_factory=dt.date.today)

    def claim_lots(self, lots):
        """Lots that back this claim: planned or retired, and allocated to it when a period is set."""
        out = []
        for lot in lots:
            if lot.status not in ("planned", "retired"):
                continue
            if self.claim_period_id is not None and lot.claim_period_id not in (None, self.claim_period_id):
                continue
            out.append(lot)
        return out
