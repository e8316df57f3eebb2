"""The declaration text of a claim (certificate, QES, dossier) and the claim's standard rules.

ISO 14068-1:2023 is the current standard. PAS 2060:2014 was withdrawn by BSI on 2025-11-30
(STANDARDS.md [public]): a PAS 2060-style certificate is issued only for periods that ended before
that date; starting a new PAS 2060 claim gets a warning.
"""

from __future__ import annotations

from datetime import date

from forms.base import org_name, standard_label, subject_name
from forms.i18n import fmt_date, fmt_qty, fmt_t, tr
from forms.model import EU_MARKETS, PAS2060, PAS2060_WITHDRAWN, ClaimDocument
from offsets.findings import ERROR, WARNING, Finding

PAS_CLAUSE = "PAS 2060:2014, withdrawn by BSI on 2025-11-30 (claims for later periods use ISO 14068-1:2023)"
EU_CLAUSE = "Directive (EU) 2024/825, applicable from 2026-09-27"


def declaration_text(doc: ClaimDocument, lang: str) -> str:
    org, subj = org_name(doc, lang), subject_name(doc, lang)
    start, end = fmt_date(doc.period.start, lang), fmt_date(doc.period.end, lang)
    verifier = doc.verifier or tr("f.not_available", lang)
    kind = "pas" if doc.standard == PAS2060 else "iso"
    val = tr(f"decl.val.{kind}.{doc.validation_type}", lang, verifier=verifier, org=org)
    if kind == "pas":
        return tr("decl.pas", lang, org=org, subject=subj, start=start, end=end, val=val)
    fp = doc.footprint
    return tr(
        "decl.iso",
        lang,
        org=org,
        subject=subj,
        start=start,
        end=end,
        total=fmt_t(None if fp is None else fp.total_t, lang),
        gwp=fp.gwp_set if fp else "-",
        qstd=fp.quantification_standard if fp else "-",
        retired=fmt_qty(doc.retired_t),
        val=val,
    )


def needs_eu_warning(doc: ClaimDocument) -> bool:
    """Product-type claims for the EU market carry the Directive (EU) 2024/825 warning."""
    return doc.subject.kind in ("product", "service") and any(
        m.upper() in EU_MARKETS for m in doc.subject.markets
    )


def standard_findings(doc: ClaimDocument, today: date | None = None) -> list[Finding]:
    """Rules on the choice of standard and market, as findings."""
    today = today or date.today()
    out: list[Finding] = []
    if doc.standard == PAS2060:
        if doc.period.end >= PAS2060_WITHDRAWN:
            out.append(
                Finding(
                    "DOC.PAS2060.WITHDRAWN",
                    ERROR,
                    f"The period ends on {doc.period.end.isoformat()}, on or after the withdrawal of PAS 2060 "
                    f"(2025-11-30): make the claim under ISO 14068-1:2023.",
                    PAS_CLAUSE,
                    f"period:{doc.period.label}",
                )
            )
        elif today >= PAS2060_WITHDRAWN:
            out.append(
                Finding(
                    "DOC.PAS2060.LEGACY",
                    WARNING,
                    "PAS 2060:2014 has been withdrawn: a PAS 2060 certificate is only for re-issuing or completing "
                    "claims for periods that ended before 2025-11-30; new claims use ISO 14068-1:2023.",
                    PAS_CLAUSE,
                    f"period:{doc.period.label}",
                )
            )
    if needs_eu_warning(doc):
        out.append(
            Finding(
                "DOC.EU.2024_825",
                WARNING,
                "Product claim for the EU market: consumer-facing carbon-neutral claims based on "
                "offsetting are banned from 2026-09-27; the documents carry the warning.",
                EU_CLAUSE,
                "subject",
            )
        )
    return out


__all__ = ["declaration_text", "needs_eu_warning", "standard_findings", "standard_label"]
