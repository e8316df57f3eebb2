"""Eligibility of a reduction project under its standard, one check per rule, each with the clause
of the seed document it comes from.

The checks are registered in the one claim-rule registry
(:data:`workbench.services.documents.claim_rules.REDUCTION_RULES`, built from :data:`RULE_SPECS`
below as :class:`~workbench.services.documents.claim_rules.Rule` objects); run them with
``documents.reduction_findings(project, ref)``. The thresholds are the offsets rule sets' own
(:mod:`offsets.rules.kcci`, :mod:`offsets.rules.mycarbon`), not copies.
"""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass, field

from offsets.findings import ERROR, WARNING, Finding
from offsets.rules.context import KCCI_START
from offsets.rules.mycarbon import (
    CANCELLATION_GROUNDS,
    COMMITTEE_FROM_T,
    EXCLUDED_ACTIVITIES,
    SMALL_SCALE_MAX_T,
)
from workbench.project.errors import ProjectError
from workbench.services.reduction import calc
from workbench.services.reduction.issuance import Issuance, issuances
from workbench.services.reduction.process import step_done
from workbench.services.reduction.store import KCCI_KEYS, ReductionProject, get

KCCI = "KCCI Carbon Standard (seeds/kcci-carbon-reduction-certification-faq.txt)"
MYC = "MyCarbon voluntary carbon credit standard (seeds/mycarbon-voluntary-credit-standard-ko.txt)"
#: The MyCarbon approval criteria of Art. 9(2) 1-4 as evidence keys.
MYC_CRITERIA = {
    "voluntary": "Art. 9(2)1",
    "additionality.law": "Art. 9(2)2",
    "additionality.common_practice": "Art. 9(2)3",
    "verifiability": "Art. 9(2)4",
}


@dataclass
class ReductionInputs:
    """What the reduction-project rules read."""

    project: object
    rp: ReductionProject
    annual_t: float | None  # ex-ante estimate per year (None: cannot be computed)
    periods: list = field(default_factory=list)  # calc.PeriodReduction with readings
    issued: list[Issuance] = field(default_factory=list)
    as_of: dt.date | None = None


def inputs(project, ref, as_of: dt.date | None = None) -> ReductionInputs:
    rp = ref if isinstance(ref, ReductionProject) else get(project, ref)
    try:
        annual = calc.ex_ante(project, rp).reduction_t
    except ProjectError:
        annual = None
    return ReductionInputs(
        project, rp, annual, calc.monitored_all(project, rp), issuances(project, rp), as_of
    )


def _f(rule, sev, msg, clause, rp) -> Finding:
    return Finding(rule, sev, f"{rp.code}: {msg}", clause, f"reduction:{rp.code}")


def _principle(name: str, clause: str):
    def check(i: ReductionInputs) -> list[Finding]:
        rp = i.rp
        if rp.standard != "KCS":
            return []
        out = []
        for key in KCCI_KEYS[name]:
            e = rp.evidence_of("principle", key)
            if e is None or not e.evidence.strip():
                out.append(_f(f"RP.KCCI.{name.upper()}", ERROR, f"{key}: no evidence recorded", clause, rp))
            elif not e.met:
                out.append(
                    _f(
                        f"RP.KCCI.{name.upper()}",
                        ERROR,
                        f"{key}: finding is 'not met' ({e.text})",
                        clause,
                        rp,
                    )
                )
        if name == "verifiability" and not rp.verifier.strip():
            out.append(
                _f("RP.KCCI.VERIFIABILITY", ERROR, "no third-party validation/verification body", clause, rp)
            )
        return out

    return check


def kcci_start_date(i: ReductionInputs) -> list[Finding]:
    rp = i.rp
    if rp.standard != "KCS":
        return []
    start = rp.effective_start
    clause = f"{KCCI}: eligible projects carried out since 2010-04-14"
    if start is None:
        return [_f("RP.KCCI.START_DATE", ERROR, "no project start date recorded", clause, rp)]
    if start < KCCI_START:
        return [_f("RP.KCCI.START_DATE", ERROR, f"started {start}, before {KCCI_START}", clause, rp)]
    return []


def kcci_kets_scope(i: ReductionInputs) -> list[Finding]:
    rp = i.rp
    if rp.standard != "KCS" or not rp.kets_entity or rp.value_chain not in ("scope1", "scope2"):
        return []
    return [
        _f(
            "RP.KCCI.KETS_SCOPE",
            ERROR,
            f"the proponent is a K-ETS entity and the project reduces its {rp.value_chain}, a regulated "
            "area; K-ETS companies may certify non-regulated areas (scope 3) only",
            f"{KCCI}: K-ETS companies, non-regulatory areas (Scope 3) excluding regulated areas (Scope 1, 2)",
            rp,
        )
    ]


def methodology_applicability(i: ReductionInputs) -> list[Finding]:
    rp = i.rp
    clause = (
        f"{KCCI}: projects carried out in accordance with approved methodologies"
        if rp.standard == "KCS"
        else f"{MYC} Art. 9(2)5, Art. 13(1)2: an approved methodology, applied appropriately"
    )
    conds = [e for e in rp.evidence if e.kind == "applicability"]
    if not conds:
        return [
            _f(
                "RP.METHODOLOGY",
                ERROR,
                f"no applicability condition of {rp.methodology_id} recorded",
                clause,
                rp,
            )
        ]
    out = []
    for e in conds:
        if not e.met or not e.evidence.strip():
            why = "not met" if not e.met else "no evidence"
            out.append(_f("RP.METHODOLOGY", ERROR, f"applicability condition '{e.key}': {why}", clause, rp))
    return out


def myc_start_date(i: ReductionInputs) -> list[Finding]:
    rp = i.rp
    if rp.standard != "MYCARBON":
        return []
    clause = (
        f"{MYC} Art. 11(1): the earliest of the contract date, the first spend and the start of installation"
    )
    earliest = rp.earliest_start
    if earliest is None:
        return [
            _f(
                "RP.MYC.START_DATE",
                ERROR,
                "none of contract, first spend or installation date recorded",
                clause,
                rp,
            )
        ]
    if rp.start_date is not None and rp.start_date != earliest:
        return [
            _f(
                "RP.MYC.START_DATE",
                ERROR,
                f"start date recorded as {rp.start_date}, but the earliest of the dates is {earliest}",
                clause,
                rp,
            )
        ]
    return []


def myc_bundle(i: ReductionInputs) -> list[Finding]:
    rp = i.rp
    if rp.standard != "MYCARBON" or rp.project_scale != "bundle" or i.annual_t is None:
        return []
    if i.annual_t <= SMALL_SCALE_MAX_T:
        return []
    return [
        _f(
            "RP.MYC.BUNDLE",
            ERROR,
            f"a bundle of small-scale projects at {i.annual_t:,.1f} tCO2e/yr exceeds {SMALL_SCALE_MAX_T} t/yr",
            f"{MYC} Art. 10(3)",
            rp,
        )
    ]


def myc_scale(i: ReductionInputs) -> list[Finding]:
    rp = i.rp
    if rp.standard != "MYCARBON" or i.annual_t is None or rp.project_scale == "bundle":
        return []
    expected = "general" if i.annual_t > SMALL_SCALE_MAX_T else "small"
    if rp.project_scale != expected:
        return [
            _f(
                "RP.MYC.SCALE",
                ERROR,
                f"registered as {rp.project_scale or 'no scale'}, but the ex-ante estimate of "
                f"{i.annual_t:,.1f} tCO2e/yr makes it {expected} (general > {SMALL_SCALE_MAX_T} t/yr, "
                f"small-scale <= {SMALL_SCALE_MAX_T})",
                f"{MYC} Art. 10(2)",
                rp,
            )
        ]
    return []


def myc_excluded(i: ReductionInputs) -> list[Finding]:
    rp = i.rp
    if rp.standard != "MYCARBON" or rp.activity_type not in EXCLUDED_ACTIVITIES:
        return []
    return [
        _f(
            "RP.MYC.EXCLUDED_ACTIVITY",
            ERROR,
            f"{EXCLUDED_ACTIVITIES[rp.activity_type]} is a behaviour change MyCarbon does not approve",
            f"{MYC} Art. 9(1)",
            rp,
        )
    ]


def myc_criteria(i: ReductionInputs) -> list[Finding]:
    rp = i.rp
    if rp.standard != "MYCARBON":
        return []
    out = []
    for key, art in MYC_CRITERIA.items():
        e = rp.evidence_of("principle", key)
        if e is None or not e.met or not e.evidence.strip():
            why = "no evidence" if e is None or not e.evidence.strip() else "not met"
            out.append(_f("RP.MYC.CRITERIA", ERROR, f"approval criterion '{key}': {why}", f"{MYC} {art}", rp))
    return out


def myc_cancellation(i: ReductionInputs) -> list[Finding]:
    rp = i.rp
    if rp.standard != "MYCARBON" or not rp.cancellation_ground:
        return []
    art, why = CANCELLATION_GROUNDS.get(rp.cancellation_ground, ("Art. 15(1)", rp.cancellation_ground))
    sev = ERROR if rp.cancellation_ground == "fraud" else WARNING
    tail = (
        "" if sev == ERROR else "; the committee deliberates, with 30 days to state an opinion (Art. 15(2))"
    )
    return [_f("RP.MYC.CANCELLATION", sev, f"cancellation ground: {why}{tail}", f"{MYC} {art}", rp)]


def committee(i: ReductionInputs) -> list[Finding]:
    rp = i.rp
    out = []
    for s in i.issued:
        if rp.standard == "MYCARBON":
            if s.quantity >= COMMITTEE_FROM_T and not s.committee_decision:
                out.append(
                    _f(
                        "RP.COMMITTEE",
                        ERROR,
                        f"{s.quantity} CRA issued for {s.period} without a certification committee "
                        f"decision (required from {COMMITTEE_FROM_T} t)",
                        f"{MYC} Art. 2(4), Art. 4",
                        rp,
                    )
                )
        else:
            mp = rp.period(s.period)
            if not (s.committee_decision or step_done(i.project, rp, "issuance_committee", mp.id)):
                out.append(
                    _f(
                        "RP.COMMITTEE",
                        ERROR,
                        f"{s.quantity} KCR issued for {s.period} without the certification committee's approval",
                        f"{KCCI}: step 8, certification committee deliberation and decision",
                        rp,
                    )
                )
    return out


def issued_within_reduction(i: ReductionInputs) -> list[Finding]:
    rp = i.rp
    by_period = {p.label: p for p in i.periods}
    out = []
    unit = "KCR" if rp.standard == "KCS" else "CRA"
    for label in sorted({s.period for s in i.issued}):
        qty = sum(s.quantity for s in i.issued if s.period == label)
        p = by_period.get(label)
        allowed = math.floor(p.reduction_t + 1e-9) if p else 0
        if qty > allowed:
            out.append(
                _f(
                    "RP.ISSUANCE.EXCEEDS",
                    ERROR,
                    f"{qty} {unit} issued for {label}, more than the monitored reduction "
                    + (f"{p.reduction_t:,.2f} tCO2e" if p else "(no monitored reduction)"),
                    f"{KCCI}: 1 KCR per tonne" if rp.standard == "KCS" else f"{MYC} Art. 2(7), Art. 14(1)",
                    rp,
                )
            )
    return out


_P = f"{KCCI}, four principles:"
#: (id, clause, severity, title, check) of every reduction-project rule, in the order listed.
RULE_SPECS = (
    (
        "RP.KCCI.PRACTICALITY",
        f"{_P} 1. practicality (sources identified, MRV possible)",
        ERROR,
        "Practicality: emission sources identified, MRV possible",
        _principle("practicality", f"{_P} 1. practicality"),
    ),
    (
        "RP.KCCI.ADDITIONALITY",
        f"{_P} 2. additionality (beyond laws/systems; beyond the level generally required)",
        ERROR,
        "Additionality beyond law and common practice",
        _principle(
            "additionality",
            f"{_P} 2. additionality ① beyond laws/systems ② beyond the level generally required",
        ),
    ),
    (
        "RP.KCCI.SUSTAINABILITY",
        f"{_P} 3. sustainability (effect maintained)",
        ERROR,
        "Sustainability: the reduction effect is maintained",
        _principle("sustainability", f"{_P} 3. sustainability"),
    ),
    (
        "RP.KCCI.VERIFIABILITY",
        f"{_P} 4. verifiability (quantified, reviewed by a competent third party)",
        ERROR,
        "Verifiability: quantified and third-party reviewed",
        _principle("verifiability", f"{_P} 4. verifiability"),
    ),
    (
        "RP.KCCI.START_DATE",
        f"{KCCI}: eligible projects carried out since 2010-04-14",
        ERROR,
        "Project started on or after 2010-04-14",
        kcci_start_date,
    ),
    (
        "RP.KCCI.KETS_SCOPE",
        f"{KCCI}: K-ETS companies, non-regulatory areas (Scope 3) only",
        ERROR,
        "K-ETS entities: non-regulated (scope 3) areas only",
        kcci_kets_scope,
    ),
    (
        "RP.METHODOLOGY",
        f"{KCCI}: approved methodologies; {MYC} Art. 9(2)5, Art. 13(1)2",
        ERROR,
        "Methodology applicability conditions met, with evidence",
        methodology_applicability,
    ),
    (
        "RP.MYC.START_DATE",
        f"{MYC} Art. 11(1)",
        ERROR,
        "Start date = earliest of contract, first spend, installation",
        myc_start_date,
    ),
    (
        "RP.MYC.SCALE",
        f"{MYC} Art. 10(2)",
        ERROR,
        "General (> 100 t/yr) or small-scale (<= 100 t/yr)",
        myc_scale,
    ),
    (
        "RP.MYC.BUNDLE",
        f"{MYC} Art. 10(3)",
        ERROR,
        "A bundle of small-scale projects stays at or under 100 t/yr",
        myc_bundle,
    ),
    (
        "RP.MYC.EXCLUDED_ACTIVITY",
        f"{MYC} Art. 9(1)",
        ERROR,
        "Not a simple reduction of use or maintenance",
        myc_excluded,
    ),
    (
        "RP.MYC.CRITERIA",
        f"{MYC} Art. 9(2)1-4",
        ERROR,
        "Voluntary, beyond legal obligation and common practice, quantified and verifiable",
        myc_criteria,
    ),
    (
        "RP.MYC.CANCELLATION",
        f"{MYC} Art. 15(1), 15(2)",
        ERROR,
        "No cancellation ground (fraud, not implemented in 1 year, no longer additional)",
        myc_cancellation,
    ),
    (
        "RP.COMMITTEE",
        f"{KCCI}: step 8; {MYC} Art. 2(4), Art. 4 (issuances of 100 t or more)",
        ERROR,
        "Certification committee decision for the issuance",
        committee,
    ),
    (
        "RP.ISSUANCE.EXCEEDS",
        f"{KCCI}: 1 KCR per tonne; {MYC} Art. 14(1)",
        ERROR,
        "Credits issued do not exceed the monitored reduction",
        issued_within_reduction,
    ),
)
