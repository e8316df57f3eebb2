"""The claim-rule registry: every rule that can block, qualify or annotate a claim, registered once.

Each :class:`Rule` names its id (or, for a rule set kept in a library, the id prefix of the
findings it emits), the clause it comes from, the most severe finding it can produce and the
function that checks it. :data:`RULES` is the one ordered list; :func:`claim_findings` runs it
over a claim and returns one list of :class:`offsets.findings.Finding`. Everything that shows
findings reads that list, kept in ``ClaimDocument.findings`` when the document model is built:

- the certificate gate (:func:`workbench.services.documents.rules.refusals`, :class:`ClaimRefused`),
- the QES and the dossier (they print ``doc.findings`` and mark the draft from the refusals),
- the UI certificate page and the CLI (``documents.refusals`` / ``documents.claim_warnings``).

Rule sets that live in libraries stay there and are referenced here: the credit rules per
standard and programme (:mod:`offsets.rules`, through the offsets step), boundary and materiality
(:mod:`lca.materiality`, through the footprint step) and the reduction-plan checks
(:mod:`workbench.services.plan.checks`). The declaration rules (standard and market) and the
certificate rules are defined here; renderers in ``forms`` only print the findings they are given.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from forms.declaration import needs_eu_warning
from forms.model import PAS2060, PAS2060_WITHDRAWN, ClaimDocument
from offsets.findings import ERROR, INFO, WARNING, Finding
from workbench.project.errors import ProjectError
from workbench.services import footprint as footprint_service
from workbench.services import offsets as offsets_service
from workbench.services import plan as plan_service
from workbench.services import reduction as reduction_service

ISO = "ISO 14068-1:2023"
PAS = "PAS 2060:2014"
POSITIVE = ("unmodified", "modified")
PAS_CLAUSE = "PAS 2060:2014, withdrawn by BSI on 2025-11-30 (claims for later periods use ISO 14068-1:2023)"
EU_CLAUSE = "Directive (EU) 2024/825, applicable from 2026-09-27"


@dataclass(frozen=True)
class ClaimInputs:
    """What the rules read: the project file, the document model (every section but ``findings``)
    and the stored footprint result the model's footprint section was built from."""

    project: object
    doc: ClaimDocument
    period_id: int
    result: object | None = None  # lca.result.FootprintResult of the claim period, or None


@dataclass(frozen=True)
class Rule:
    """One registered rule, or a rule set kept in a library (``emits``: the id prefixes of the
    findings it produces; each finding then names its own clause)."""

    id: str
    clause: str
    severity: str  # the most severe finding it can produce: error blocks the claim
    title: str
    check: Callable[[ClaimInputs], list[Finding]]
    emits: tuple[str, ...] = ()
    unavailable: str | None = None  # key in doc.unavailable when the check cannot run

    @property
    def is_rule_set(self) -> bool:
        return bool(self.emits)

    def covers(self, rule_id: str) -> bool:
        return rule_id.startswith(self.emits) if self.emits else rule_id == self.id


def _std(doc: ClaimDocument) -> str:
    return PAS if doc.standard == PAS2060 else ISO


def _claim(doc: ClaimDocument) -> str:
    return f"claim:{doc.period.label}"


# -- certificate rules on the document model ----------------------------------------------------
def footprint_missing(i: ClaimInputs) -> list[Finding]:
    doc = i.doc
    if doc.footprint is not None:
        return []
    why = doc.unavailable.get("footprint", "not calculated")
    return [
        Finding(
            "DOC.FOOTPRINT.MISSING",
            ERROR,
            f"no footprint for period {doc.period.label}: {why}",
            f"{_std(doc)}: quantified footprint of the subject",
            _claim(doc),
        )
    ]


def footprint_incomplete(i: ClaimInputs) -> list[Finding]:
    fp = i.doc.footprint
    if fp is None or not fp.unquantified:
        return []
    return [
        Finding(
            "DOC.FOOTPRINT.INCOMPLETE",
            ERROR,
            f"{len(fp.unquantified)} included source(s) have no emission factor, so the footprint "
            f"is understated: {', '.join(fp.unquantified)}; assign factors or exclude them with a "
            "reason",
            f"{_std(i.doc)}: footprint complete within the boundary",
            _claim(i.doc),
        )
    ]


def footprint_stale(i: ClaimInputs) -> list[Finding]:
    fp = i.doc.footprint
    if fp is None or not fp.stale:
        return []
    return [
        Finding(
            "DOC.FOOTPRINT.STALE",
            ERROR,
            f"the footprint of period {i.doc.period.label} is stale (inputs changed after it was "
            "calculated); recalculate it",
            f"{_std(i.doc)}: quantified footprint of the subject",
            _claim(i.doc),
        )
    ]


def credits_unretired(i: ClaimInputs) -> list[Finding]:
    unretired = [c for c in i.doc.credits if not c.retired]
    if not unretired:
        return []
    names = ", ".join(f"{c.serial} ({c.status})" for c in unretired[:5])
    return [
        Finding(
            "DOC.CREDITS.UNRETIRED",
            ERROR,
            f"{len(unretired)} credit lot(s) assigned to the claim are not retired: {names}",
            f"{_std(i.doc)}: only credits retired in a registry cover a claim",
            _claim(i.doc),
        )
    ]


def residual_uncovered(i: ClaimInputs) -> list[Finding]:
    figs = i.doc.figures
    if figs.residual_t is None or figs.retired_t + 1e-9 >= figs.residual_t:
        return []
    return [
        Finding(
            "DOC.RESIDUAL.UNCOVERED",
            ERROR,
            f"residual emissions {figs.residual_t:,.2f} tCO2e exceed the retired credits "
            f"{figs.retired_t:,.2f} tCO2e (short by {figs.residual_t - figs.retired_t:,.2f} tCO2e)",
            f"{_std(i.doc)}: residual emissions offset by retired credits",
            _claim(i.doc),
        )
    ]


def verification_open(i: ClaimInputs) -> list[Finding]:
    v = i.doc.verification
    open_ = [] if v is None else v.open_car_cl
    if not open_:
        return []
    return [
        Finding(
            "DOC.VERIFICATION.OPEN_CAR",
            ERROR,
            "open verification finding(s): " + ", ".join(f"{f.id} ({f.kind})" for f in open_),
            "ISO 14064-3: no positive statement while a CAR or CL is open",
            _claim(i.doc),
        )
    ]


def verification_changed(i: ClaimInputs) -> list[Finding]:
    v = i.doc.verification
    if v is None or not v.signed_data_changed:
        return []
    return [
        Finding(
            "DOC.VERIFICATION.CHANGED",
            ERROR,
            "signed data changed since verification: the verified figures are no longer the file's figures",
            "verifier sign-off over the snapshot hash",
            _claim(i.doc),
        )
    ]


def _needs_signature(doc: ClaimDocument) -> bool:
    return doc.validation_type in ("third-party", "other-party")


def verification_unsigned(i: ClaimInputs) -> list[Finding]:
    doc, v = i.doc, i.doc.verification
    if not _needs_signature(doc) or (v is not None and v.signed):
        return []
    return [
        Finding(
            "DOC.VERIFICATION.UNSIGNED",
            ERROR,
            f"{doc.validation_type} validation needs a signed verification, and "
            + ("none was started" if v is None else "it has not been signed"),
            f"{_std(doc)}: validation type {doc.validation_type}",
            _claim(doc),
        )
    ]


def verification_opinion(i: ClaimInputs) -> list[Finding]:
    doc, v = i.doc, i.doc.verification
    if not _needs_signature(doc) or v is None or not v.signed or v.opinion in POSITIVE:
        return []
    return [
        Finding(
            "DOC.VERIFICATION.OPINION",
            ERROR,
            f"the verifier's opinion is {v.opinion!r}, not a positive opinion",
            "ISO 14064-3 verification opinion",
            _claim(doc),
        )
    ]


# -- declaration rules: the choice of standard and market ---------------------------------------
def pas2060_withdrawn(i: ClaimInputs) -> list[Finding]:
    doc = i.doc
    if doc.standard != PAS2060 or doc.period.end < PAS2060_WITHDRAWN:
        return []
    return [
        Finding(
            "DOC.PAS2060.WITHDRAWN",
            ERROR,
            f"The period ends on {doc.period.end.isoformat()}, on or after the withdrawal of PAS 2060 "
            f"(2025-11-30): make the claim under ISO 14068-1:2023.",
            PAS_CLAUSE,
            f"period:{doc.period.label}",
        )
    ]


def pas2060_legacy(i: ClaimInputs) -> list[Finding]:
    doc = i.doc
    today = doc.issued_on or date.today()
    if doc.standard != PAS2060 or doc.period.end >= PAS2060_WITHDRAWN or today < PAS2060_WITHDRAWN:
        return []
    return [
        Finding(
            "DOC.PAS2060.LEGACY",
            WARNING,
            "PAS 2060:2014 has been withdrawn: a PAS 2060 certificate is only for re-issuing or completing "
            "claims for periods that ended before 2025-11-30; new claims use ISO 14068-1:2023.",
            PAS_CLAUSE,
            f"period:{doc.period.label}",
        )
    ]


def eu_consumer_claims(i: ClaimInputs) -> list[Finding]:
    if not needs_eu_warning(i.doc):
        return []
    return [
        Finding(
            "DOC.EU.2024_825",
            WARNING,
            "Product claim for the EU market: consumer-facing carbon-neutral claims based on "
            "offsetting are banned from 2026-09-27; the documents carry the warning.",
            EU_CLAUSE,
            "subject",
        )
    ]


# -- rule sets kept in libraries, run through the step that owns their inputs -------------------
_BOUNDARY_SEVERITY = {"fail": ERROR, "error": ERROR, "warning": WARNING, "info": INFO}


def boundary_and_materiality(i: ClaimInputs) -> list[Finding]:
    """lca.materiality through the footprint step, on the stored result the documents print."""
    if i.result is None:
        return []
    out = []
    for b in footprint_service.check_boundary(i.project, i.period_id, result=i.result):
        out.append(
            Finding(
                f"FOOTPRINT.{str(b.rule).upper()}",
                _BOUNDARY_SEVERITY.get(b.severity, WARNING),
                b.message,
                b.clause,
                f"source:{b.source}" if b.source else None,
            )
        )
    return out


def credit_rules(i: ClaimInputs) -> list[Finding]:
    """offsets.rules (common, the claim's standard, KCCI, MyCarbon, K-ETS, labels) on the file's lots."""
    return offsets_service.check(i.project, as_of=i.doc.issued_on)


def plan_rules(i: ClaimInputs) -> list[Finding]:
    """workbench.services.plan.checks: management plan, hierarchy, first / later period."""
    return plan_service.claim_checks(i.project)


def reduction_double_count(i: ClaimInputs) -> list[Finding]:
    """Credits from the file's own reduction projects inside its boundary backing its claim."""
    return reduction_service.double_counting(i.project, i.period_id)


#: The id prefixes of the findings of offsets.rules (one per rule set: common serial, double
#: counting and claim checks, ISO 14068-1, PAS 2060, KCCI, MyCarbon, K-ETS, labels).
CREDIT_RULE_PREFIXES = (
    "SERIAL.",
    "DC.",
    "CLAIM.",
    "ISO.",
    "ISO14068-1.",
    "PAS.",
    "PAS2060.",
    "KCCI.",
    "MYC.",
    "KETS.",
    "LABEL.",
)

#: The registry, in the order the findings are listed (the certificate rules first).
RULES: tuple[Rule, ...] = (
    Rule(
        "DOC.FOOTPRINT.MISSING",
        "ISO 14068-1:2023 / PAS 2060:2014: quantified footprint of the subject",
        ERROR,
        "The claim period has a calculated footprint",
        footprint_missing,
    ),
    Rule(
        "DOC.FOOTPRINT.INCOMPLETE",
        "ISO 14068-1:2023 / PAS 2060:2014: footprint complete within the boundary",
        ERROR,
        "Every included source is quantified",
        footprint_incomplete,
    ),
    Rule(
        "DOC.FOOTPRINT.STALE",
        "ISO 14068-1:2023 / PAS 2060:2014: quantified footprint of the subject",
        ERROR,
        "The footprint is current (inputs unchanged since it was calculated)",
        footprint_stale,
    ),
    Rule(
        "DOC.CREDITS.UNRETIRED",
        "ISO 14068-1:2023 / PAS 2060:2014: only credits retired in a registry cover a claim",
        ERROR,
        "Every credit lot assigned to the claim is retired",
        credits_unretired,
    ),
    Rule(
        "DOC.RESIDUAL.UNCOVERED",
        "ISO 14068-1:2023 / PAS 2060:2014: residual emissions offset by retired credits",
        ERROR,
        "Retired credits cover the residual emissions",
        residual_uncovered,
    ),
    Rule(
        "DOC.VERIFICATION.OPEN_CAR",
        "ISO 14064-3: no positive statement while a CAR or CL is open",
        ERROR,
        "No open CAR or CL",
        verification_open,
    ),
    Rule(
        "DOC.VERIFICATION.CHANGED",
        "verifier sign-off over the snapshot hash",
        ERROR,
        "The signed data has not changed since sign-off",
        verification_changed,
    ),
    Rule(
        "DOC.VERIFICATION.UNSIGNED",
        "ISO 14068-1:2023 / PAS 2060:2014: validation type (third-party, other-party)",
        ERROR,
        "Third- or other-party validation has a signed verification",
        verification_unsigned,
    ),
    Rule(
        "DOC.VERIFICATION.OPINION",
        "ISO 14064-3 verification opinion",
        ERROR,
        "The verifier's opinion is positive (unmodified or modified)",
        verification_opinion,
    ),
    Rule(
        "FOOTPRINT.BOUNDARY",
        "ISO 14068-1:2023 / ISO 14064-1:2018 / PAS 2060:2014 boundary and materiality (lca.materiality)",
        ERROR,
        "Boundary and materiality: scopes 1 and 2 complete, significant scope 3, coverage, 12 months",
        boundary_and_materiality,
        emits=("FOOTPRINT.",),
    ),
    Rule(
        "DOC.PAS2060.WITHDRAWN",
        PAS_CLAUSE,
        ERROR,
        "No PAS 2060 claim after its withdrawal",
        pas2060_withdrawn,
    ),
    Rule("DOC.PAS2060.LEGACY", PAS_CLAUSE, WARNING, "PAS 2060 is legacy: re-issues only", pas2060_legacy),
    Rule("DOC.EU.2024_825", EU_CLAUSE, WARNING, "EU ban on offset-based product claims", eu_consumer_claims),
    Rule(
        "OFFSETS.RULES",
        "offsets.rules: the claim standard's and each programme's credit rules (clause per finding)",
        ERROR,
        "Credit rules per standard and programme",
        credit_rules,
        emits=CREDIT_RULE_PREFIXES,
        unavailable="findings.offsets",
    ),
    Rule(
        "PLAN.CHECKS",
        "ISO 14068-1:2023 carbon neutrality management plan / PAS 2060:2014 later periods",
        ERROR,
        "Reduction plan: management plan, reduce first, reductions achieved",
        plan_rules,
        emits=("PLAN.",),
        unavailable="findings.plan",
    ),
    Rule(
        "REDUCTION.DOUBLE_COUNT",
        reduction_service.CLAUSE_DOUBLE,
        ERROR,
        "Credits from an own reduction inside the boundary do not also offset the footprint",
        reduction_double_count,
    ),
)

#: The reduction-project rules (eligibility under the KCCI Carbon Standard and MyCarbon), the
#: sibling list of :data:`RULES`: same :class:`Rule`, run over a reduction project
#: (:class:`workbench.services.reduction.ReductionInputs`) by :func:`reduction_findings`.
REDUCTION_RULES: tuple[Rule, ...] = tuple(Rule(*spec) for spec in reduction_service.RULE_SPECS)


def reduction_findings(inputs) -> list[Finding]:
    """Every reduction-project rule over one project, in registry order, each finding once."""
    out: list[Finding] = []
    for rule in REDUCTION_RULES:
        for f in rule.check(inputs):
            if f not in out:
                out.append(f)
    return out


def rule_of(finding: Finding) -> Rule:
    """The registered rule a finding comes from (the most specific match)."""
    for rule in RULES + REDUCTION_RULES:
        if not rule.is_rule_set and rule.covers(finding.rule_id):
            return rule
    for rule in RULES:
        if rule.is_rule_set and rule.covers(finding.rule_id):
            return rule
    raise KeyError(f"finding {finding.rule_id} comes from no registered claim rule")


def claim_findings(inputs: ClaimInputs) -> list[Finding]:
    """Every registered rule over the claim, in registry order, each finding once.

    A rule set that cannot run (its step raises ProjectError) is recorded in
    ``doc.unavailable[rule.unavailable]`` and the others still run."""
    out: list[Finding] = []
    for rule in RULES:
        try:
            out += rule.check(inputs)
        except ProjectError as exc:
            if rule.unavailable is None:
                raise
            inputs.doc.unavailable[rule.unavailable] = str(exc)
    seen, unique = set(), []
    for f in out:
        key = (f.rule_id, f.subject, f.message)
        if key not in seen:
            seen.add(key)
            unique.append(f)
    return unique


def blocks(finding: Finding, doc: ClaimDocument) -> bool:
    """A blocking finding stops the certificate when it is about the claim itself or a lot that
    backs it (other lots in the file, e.g. permits kept for K-ETS compliance, do not stop it)."""
    if not finding.is_blocking:
        return False
    claim = {f"claim:{doc.period.label}", f"period:{doc.period.label}", "claim", "subject"}
    claim |= {c.ref for c in doc.credits if c.ref}
    return (
        finding.subject is None
        or finding.subject in claim
        or finding.rule_id.startswith(("DOC.", "PLAN.", "FOOTPRINT."))
    )


__all__ = [
    "ClaimInputs",
    "Rule",
    "RULES",
    "REDUCTION_RULES",
    "blocks",
    "claim_findings",
    "reduction_findings",
    "rule_of",
]
