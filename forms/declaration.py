"""The declaration text of a claim (certificate, QES, dossier).

ISO 14068-1:2023 is the current standard; a PAS 2060-style declaration is printed for PAS 2060
claims (periods that ended before its withdrawal on 2025-11-30). The rules on the choice of
standard and market are in the claim-rule registry
(:mod:`workbench.services.documents.claim_rules`); this module only prints.
"""

from __future__ import annotations

from forms.base import org_name, standard_label, subject_name
from forms.i18n import fmt_date, fmt_qty, fmt_t, josa, tr
from forms.model import EU_MARKETS, PAS2060, ClaimDocument


def declaration_text(doc: ClaimDocument, lang: str) -> str:
    org, subj = org_name(doc, lang), subject_name(doc, lang)
    start, end = fmt_date(doc.period.start, lang), fmt_date(doc.period.end, lang)
    verifier = doc.verifier or tr("f.not_available", lang)
    kind = "pas" if doc.standard == PAS2060 else "iso"
    # Korean particles follow the name's last sound (josa): "한빛정밀 주식회사는", "…사업장)이"
    names = {"org": org, "org_topic": josa(org, "은"), "org_subj": josa(org, "이"), "subject": subj}
    val = tr(f"decl.val.{kind}.{doc.validation_type}", lang, verifier=verifier, **names)
    if kind == "pas":
        return tr("decl.pas", lang, start=start, end=end, val=val, **names)
    fp = doc.footprint
    return tr(
        "decl.iso",
        lang,
        subject_subj=josa(subj, "이"),
        start=start,
        end=end,
        total=fmt_t(None if fp is None else fp.total_t, lang),
        gwp=fp.gwp_set if fp else "-",
        qstd=fp.quantification_standard if fp else "-",
        retired=fmt_qty(doc.retired_t, lang),
        val=val,
        **names,
    )


def needs_eu_warning(doc: ClaimDocument) -> bool:
    """Product-type claims for the EU market carry the Directive (EU) 2024/825 warning (the
    documents print it; the registry's ``DOC.EU.2024_825`` rule uses the same test)."""
    return doc.subject.kind in ("product", "service") and any(
        m.upper() in EU_MARKETS for m in doc.subject.markets
    )


__all__ = ["declaration_text", "needs_eu_warning", "standard_label"]
