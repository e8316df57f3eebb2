"""Service texts the pages show, in the UI language (issue 16): boundary findings, finding
subjects, the materiality summary, sampling reasons, the plan's reference footprint.

The services write these once, in English, where they are made. Rule findings take their Korean
from the documents' one catalogue (``workbench.services.documents.finding_text``, over
``forms/findings_ko.py``), so a screen and a document say the same thing; the short service
phrases below are read back into their parts and put into the catalogue's words (``tr``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .i18n import current_language, fmt_number, tr, tr_noop

#: severities of lca.materiality and the rule registry's (the FindingsTable colours these)
_SEVERITY = {"fail": "error", "error": "error", "warning": "warning", "info": "info"}


@dataclass(frozen=True)
class RuleFinding:
    """A boundary finding (``lca.materiality.BoundaryFinding``) as the rule registry names it
    (``FOOTPRINT.S3_THRESHOLD``, subject ``source:CODE``), the way the documents print it."""

    rule_id: str
    severity: str
    message: str
    clause: str
    subject: str | None = None


def boundary_findings(findings) -> list:
    """Boundary findings as rule findings; anything else (an error text) is passed through."""
    out: list = []
    for b in findings:
        rule = getattr(b, "rule", None)
        if rule is None or not isinstance(rule, str):
            out.append(b)
            continue
        out.append(
            RuleFinding(
                f"FOOTPRINT.{rule.upper()}",
                str(getattr(b, "severity", "") or "warning"),
                str(getattr(b, "message", "")),
                str(getattr(b, "clause", "") or ""),
                f"source:{b.source}" if getattr(b, "source", None) else None,
            )
        )
    return out


def finding_words(f) -> tuple[str, str]:
    """(sentence, clause) of a rule finding in the UI language."""
    from workbench.services import documents as documents_service

    lang = current_language()
    if lang == "en":
        return f.message, f.clause
    return documents_service.finding_text(f, lang)


def finding_line(f) -> str:
    """'[경고] sentence (clause)': a finding as one line of text."""
    message, clause = finding_words(f)
    return f"[{tr(str(f.severity))}] {message}" + (f" ({clause})" if clause else "")


_SUBJECTS = {
    "lot": tr_noop("lot"),
    "source": tr_noop("source"),
    "period": tr_noop("period"),
    "claim": tr_noop("claim"),
    "plan": tr_noop("plan"),
    "measure": tr_noop("measure"),
    "site": tr_noop("site"),
    "activity": tr_noop("activity"),
    "product": tr_noop("product"),
}


def subject_text(subject: str | None) -> str:
    """What a finding is about, readable: 'lot:5' -> '로트 5', 'claim' -> '주장'."""
    if not subject:
        return ""
    kind, _, ref = str(subject).partition(":")
    word = tr(_SUBJECTS[kind]) if kind in _SUBJECTS else kind
    return f"{word} {ref}".strip()


def materiality_text(m) -> str:
    """The verification materiality (``services.verification.Materiality``) in the UI language."""
    agg = m.gross_t if m.basis == "gross" else m.net_t
    basis = tr("gross") if m.basis == "gross" else tr("net")
    if m.pct is None:
        text = tr("uncorrected misstatements {0} tCO2e ({1}); reported total unknown").format(
            fmt_number(agg, 3), basis
        )
        return text + (f" ({m.total_source})" if m.total_source else "")
    state = tr("material") if m.material else tr("below the threshold")
    return tr("uncorrected misstatements {0} tCO2e ({1}) = {2} % of {3} tCO2e; threshold {4} %: {5}").format(
        fmt_number(agg, 3),
        basis,
        fmt_number(m.pct, 2),
        fmt_number(m.reported_total_t, 3),
        fmt_number(m.threshold_pct, None),
        state,
    )


_REASONS = {
    "size unknown": tr_noop("size unknown"),
    "no evidence attached": tr_noop("no evidence attached"),
    "entered by hand": tr_noop("entered by hand"),
}
_UNCERTAINTY = re.compile(r"^uncertainty ([\d.]+)% >= ([\d.]+)%$")


def sample_reasons(text: str | None) -> str:
    """Why a sample item was drawn ('no evidence attached; uncertainty 20% >= 10%'), translated."""
    out = []
    for part in [p.strip() for p in str(text or "").split(";") if p.strip()]:
        m = _UNCERTAINTY.match(part)
        if m:
            out.append(
                tr("uncertainty {0} % >= {1} %").format(
                    fmt_number(float(m.group(1)), None), fmt_number(float(m.group(2)), None)
                )
            )
        else:
            out.append(tr(_REASONS[part]) if part in _REASONS else part)
    return "; ".join(out)


_TABLES = {
    "activities": tr_noop("activity data"),
    "sources": tr_noop("emission sources"),
    "offset_lots": tr_noop("credit lots"),
    "plan_measures": tr_noop("reduction measures"),
}


def table_name(table: str | None) -> str:
    """A project table as the user knows it ('activities' -> '활동자료')."""
    return tr(_TABLES[table]) if table in _TABLES else str(table or "")


_REFERENCE = re.compile(r"^(base-year|latest) footprint \((.+)\)$")


def reference_note(note: str | None) -> str:
    """The plan's reference footprint ('base-year footprint (2024)') in the UI language; a note the
    pattern does not read (why there is none) stays as the service wrote it."""
    m = _REFERENCE.match(str(note or ""))
    if not m:
        return str(note or "")
    if m.group(1) == "base-year":
        return tr("Reference: the base-year footprint ({0})").format(m.group(2))
    return tr("Reference: the latest footprint ({0})").format(m.group(2))


_SPREAD = re.compile(r"^([a-z]+) ±([\d.]+)%$")


def uncertainty_text(text: str | None) -> str:
    """An activity row's uncertainty as the ledger writes it ('normal ±5.0%'), in the UI language."""
    m = _SPREAD.match(str(text or "").strip())
    if not m:
        return str(text or "")
    return f"{tr(m.group(1))} ±{fmt_number(float(m.group(2)), None)} %"


#: the activity-import fields (``services.inventory.FIELDS``) by name; in English the wizard shows
#: the field's own key, the name ``cnw import-activities --map key=column`` takes
_FIELDS = {
    "source": tr_noop("emission source"),
    "quantity": tr_noop("quantity"),
    "unit": tr_noop("unit of measure"),
    "date": tr_noop("date"),
    "date_start": tr_noop("start date"),
    "date_end": tr_noop("end date"),
    "site": tr_noop("site"),
    "description": tr_noop("description"),
    "reference": tr_noop("reference"),
    "unc_dist": tr_noop("uncertainty distribution"),
    "unc_pct": tr_noop("uncertainty (%, 95 % range)"),
    "ped_reliability": tr_noop("pedigree: reliability"),
    "ped_completeness": tr_noop("pedigree: completeness"),
    "ped_temporal": tr_noop("pedigree: temporal correlation"),
    "ped_geographical": tr_noop("pedigree: geographical correlation"),
    "ped_technological": tr_noop("pedigree: technological correlation"),
    "pedigree": tr_noop("pedigree scores"),
}


def field_label(field: str) -> str:
    """An import field as the wizard labels it: its key in English, its name in Korean."""
    if current_language() == "en" or field not in _FIELDS:
        return field
    return tr(_FIELDS[field])


#: progress messages the services send (``progress(fraction, message)``), read back into the UI
#: language; a message not listed shows as a plain "working" in Korean rather than in English
_PROGRESS_EXACT = {
    "Setting up Brightway": tr_noop("Setting up Brightway"),
    "Writing the greenhouse-gas flows of biosphere3": tr_noop(
        "Writing the greenhouse-gas flows of biosphere3"
    ),
    "Writing GWP-100 methods": tr_noop("Writing GWP-100 methods"),
    "Brightway setup complete": tr_noop("Brightway setup complete"),
    "Reading bw2io's ecoinvent elementary flows": tr_noop("Reading bw2io's ecoinvent elementary flows"),
    "Aggregating activity per factor": tr_noop("Aggregating activity per factor"),
    "Brightway LCA over the factor activities": tr_noop("Brightway LCA over the factor activities"),
    "Scope 2 and breakdowns": tr_noop("Scope 2 and breakdowns"),
    "Footprint complete": tr_noop("Footprint complete"),
    "Footprint stored": tr_noop("Footprint stored"),
    "Footprint calculated": tr_noop("Footprint calculated"),
    "Brightway already set up": tr_noop("Brightway already set up"),
    "The full biosphere3 is already built": tr_noop("The full biosphere3 is already built"),
    "Factor database ready": tr_noop("Factor database ready"),
    "Reading the activity ledger": tr_noop("Reading the activity ledger"),
    "Calculating": tr_noop("Calculating"),
    "Shares per entity": tr_noop("Shares per entity"),
    "Solving": tr_noop("Solving"),
    "Contribution analysis": tr_noop("Contribution analysis"),
    "Done": tr_noop("Done"),
    "Collecting the population": tr_noop("Collecting the population"),
    "Signed": tr_noop("Verification signed"),
}
_KINDS = {
    "certificate": tr_noop("Certificate"),
    "qes": tr_noop("Qualifying explanatory statement"),
    "management_plan": tr_noop("Carbon-neutrality management plan"),
    "verification_statement": tr_noop("Verification statement"),
    "kets_report": tr_noop("K-ETS emission report"),
    "dossier": tr_noop("Client dossier"),
}
_PROGRESS_PATTERNS = [
    (
        re.compile(r"^(?P<kind>\w+): reading the project snapshot$"),
        tr_noop("{kind}: reading the project snapshot"),
    ),
    (re.compile(r"^(?P<kind>\w+): laying out the pages$"), tr_noop("{kind}: laying out the pages")),
    (
        re.compile(r"^(?P<kind>\w+): recording the issued document$"),
        tr_noop("{kind}: recording the issued document"),
    ),
    (re.compile(r"^(?P<kind>\w+): written to (?P<path>.+)$"), tr_noop("{kind}: written to {path}")),
    (re.compile(r"^Monte Carlo (?P<a>\d+)/(?P<b>\d+)$"), tr_noop("Monte Carlo {a}/{b}")),
    (re.compile(r"^Monte Carlo iteration (?P<a>\d+) of (?P<b>\d+)$"), tr_noop("Monte Carlo {a}/{b}")),
    (
        re.compile(r"^(?P<file>.+): imported (?P<n>[\d,]+) (?P<what>rows|lots)$"),
        tr_noop("{file}: imported {n} {what}"),
    ),
    (re.compile(r"^(?P<file>.+): row (?P<n>[\d,]+)$"), tr_noop("{file}: row {n}")),
    (re.compile(r"^Sample #(?P<id>\d+): (?P<n>\d+) items$"), tr_noop("Sample #{id}: {n} items")),
    (re.compile(r"^Fingerprinting (?P<table>\w+)$"), tr_noop("Fingerprinting {table}")),
    (
        re.compile(r"^Preparing Brightway project '(?P<name>.+)'$"),
        tr_noop("Preparing Brightway project {name}"),
    ),
    (
        re.compile(r"^Normalising (?P<n>[\d,]+) elementary flows$"),
        tr_noop("Normalising {n} elementary flows"),
    ),
    (
        re.compile(r"^Writing the full biosphere3 \((?P<n>[\d,]+) flows\)$"),
        tr_noop("Writing the full biosphere3 ({n} flows)"),
    ),
    (re.compile(r"^Writing method (?P<name>.+)$"), tr_noop("Writing method {name}")),
    (re.compile(r"^Reading (?P<file>.+)$"), tr_noop("Reading {file}")),
    (re.compile(r"^(?:recording|checking) (?P<file>.+)$"), tr_noop("Checking {file}")),
    (
        re.compile(r"^Writing (?P<n>\d+) factors to Brightway database (?P<db>.+)$"),
        tr_noop("Writing {n} factors to Brightway database {db}"),
    ),
]


def progress_text(message: str) -> str:
    """A service's progress message in the UI language."""
    message = str(message or "")
    if current_language() == "en" or not message:
        return message
    if message in _PROGRESS_EXACT:
        return tr(_PROGRESS_EXACT[message])
    for pattern, template in _PROGRESS_PATTERNS:
        m = pattern.match(message)
        if m:
            parts = m.groupdict()
            if "kind" in parts:
                if parts["kind"] not in _KINDS:
                    continue
                parts["kind"] = tr(_KINDS[parts["kind"]])
            if "table" in parts:
                parts["table"] = table_name(parts["table"])
            if "what" in parts:
                parts["what"] = tr("rows") if parts["what"] == "rows" else tr("lots")
            return tr(template).format(**parts)
    return tr("Working...")
