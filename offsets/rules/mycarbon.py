"""MyCarbon voluntary carbon credit standard (CRA) checks, from
seeds/mycarbon-voluntary-credit-standard-ko.txt (in force 2023-07-01).

- Art. 10(2): expected reductions > 100 tCO2e/yr = general project; <= 100 = small-scale.
- Art. 10(3): a bundle of small-scale projects may not exceed 100 tCO2e/yr.
- Art. 2(4), Art. 4: issuances of 100 t or more go to the certification committee.
- Art. 9(1): simple reduction of use and maintenance (behaviour change) are not approved.
- Art. 15(1): cancellation for fraud (mandatory), not implemented within 1 year, no longer additional.
"""

from __future__ import annotations

from ..findings import ERROR, WARNING, Finding
from .context import ClaimContext

SRC = "MyCarbon standard"
SMALL_SCALE_MAX_T = 100  # Art. 10(2), 10(3)
COMMITTEE_FROM_T = 100  # Art. 2(4): "100톤 이상"
EXCLUDED_ACTIVITIES = {"simple_use_reduction": "simple reduction of use", "maintenance": "maintenance"}
CANCELLATION_GROUNDS = {
    "fraud": ("Art. 15(1)1", "approved by false or fraudulent means: cancellation is mandatory"),
    "not_implemented": ("Art. 15(1)2", "project not carried out within one year of approval"),
    "not_additional": ("Art. 15(1)3", "no longer additional after changes in law or technology"),
}


def check(lots, ctx: ClaimContext) -> list[Finding]:
    out: list[Finding] = []
    for lot in lots:
        if lot.programme != "MYCARBON":
            continue
        vol, scale = lot.annual_volume_t, lot.project_scale
        if vol is not None and scale in ("general", "small"):
            expected = "general" if vol > SMALL_SCALE_MAX_T else "small"
            if scale != expected:
                out.append(
                    Finding(
                        "MYC.SCALE",
                        ERROR,
                        f"{lot.label}: registered as {scale} but {vol:g} tCO2e/yr makes it {expected} "
                        f"(general > {SMALL_SCALE_MAX_T} t/yr, small-scale <= {SMALL_SCALE_MAX_T})",
                        f"{SRC} Art. 10(2)",
                        lot.subject,
                    )
                )
        if scale == "bundle" and vol is not None and vol > SMALL_SCALE_MAX_T:
            out.append(
                Finding(
                    "MYC.BUNDLE",
                    ERROR,
                    f"{lot.label}: bundle of small-scale projects at {vol:g} tCO2e/yr exceeds "
                    f"{SMALL_SCALE_MAX_T} t/yr",
                    f"{SRC} Art. 10(3)",
                    lot.subject,
                )
            )
        if lot.quantity >= COMMITTEE_FROM_T and not lot.committee_approved:
            out.append(
                Finding(
                    "MYC.COMMITTEE",
                    ERROR,
                    f"{lot.label}: {lot.quantity} t issued without certification committee "
                    f"deliberation (required from {COMMITTEE_FROM_T} t)",
                    f"{SRC} Art. 2(4), Art. 4",
                    lot.subject,
                )
            )
        if lot.activity_type in EXCLUDED_ACTIVITIES:
            out.append(
                Finding(
                    "MYC.EXCLUDED_ACTIVITY",
                    ERROR,
                    f"{lot.label}: {EXCLUDED_ACTIVITIES[lot.activity_type]} is a behaviour change "
                    "MyCarbon does not approve",
                    f"{SRC} Art. 9(1)",
                    lot.subject,
                )
            )
        if lot.cancellation_ground:
            art, why = CANCELLATION_GROUNDS.get(
                lot.cancellation_ground, ("Art. 15(1)", lot.cancellation_ground)
            )
            sev = ERROR if lot.cancellation_ground == "fraud" or lot.status == "cancelled" else WARNING
            out.append(
                Finding(
                    "MYC.CANCELLATION",
                    sev,
                    f"{lot.label}: cancellation ground: {why}; the credits cannot back a claim"
                    + ("" if sev == ERROR else " once cancelled (30 days to object, Art. 15(2))"),
                    f"{SRC} {art}",
                    lot.subject,
                )
            )
    return out
