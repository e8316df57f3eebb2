"""Verification statement from the signed verification (ISO 14064-3 statement contents, STANDARDS.md):
intended users, responsible party, objectives, scope, criteria, period, totals, assurance level,
materiality, opinion, verifier, accreditation, date, signature (key fingerprint + signed hash)."""

from __future__ import annotations

from pathlib import Path

from forms.base import body_width, data_table, finish, heading, kv_table, not_available, para, portrait_pdf
from forms.i18n import fmt_date, fmt_pct, fmt_t, tr
from forms.model import ClaimDocument
from forms.qes import front


def story(doc: ClaimDocument, lang: str, toc: bool = False) -> list:
    w = body_width()
    lvl = 2 if toc else 1
    v = doc.verification
    if v is None:
        return [heading(tr("vs.opinion", lang), lvl, toc), not_available(doc, "verification", lang)]
    na = tr("f.not_available", lang)
    level = (
        tr(f"vs.level.{v.assurance_level}", lang)
        if v.assurance_level in ("limited", "reasonable")
        else v.assurance_level
    )
    out: list = []
    if not v.signed:
        out.append(para(tr("vs.unsigned", lang), "warn"))
    if v.signed_data_changed:
        out.append(para(tr("vs.changed", lang), "warn"))
    out.append(
        kv_table(
            [
                (tr("vs.users", lang), v.intended_users or na),
                (tr("vs.responsible", lang), v.responsible_party or doc.organisation.name),
                (tr("vs.objectives", lang), v.objectives or na),
                (tr("vs.scope", lang), v.scope or na),
                (tr("vs.criteria", lang), v.criteria or na),
                (
                    tr("f.period", lang),
                    f"{fmt_date(doc.period.start, lang)} – {fmt_date(doc.period.end, lang)}",
                ),
                (tr("vs.totals", lang), f"{fmt_t(v.verified_total_t, lang)} tCO2e"),
                (tr("vs.assurance", lang), level),
                (tr("vs.materiality", lang), fmt_pct(v.materiality_pct, lang)),
            ],
            w,
        )
    )
    out.append(heading(tr("vs.opinion", lang), lvl, toc))
    key = f"vs.opinion.{v.opinion}"
    out.append(
        para(
            tr(key, lang)
            if v.opinion in ("unmodified", "modified", "adverse", "disclaimer")
            else (v.opinion or na)
        )
    )
    out.append(heading(tr("vs.findings", lang), lvl, toc))
    if v.findings:
        out.append(
            data_table(
                [
                    tr("vs.f.id", lang),
                    tr("vs.f.kind", lang),
                    tr("qes.f.clause", lang),
                    tr("qes.f.message", lang),
                    tr("vs.f.impact", lang),
                    tr("qes.status", lang),
                ],
                [
                    [
                        f.id,
                        f.kind,
                        f.clause,
                        f.description + (f" ({f.response})" if f.response else ""),
                        "-" if f.impact_t is None else fmt_t(f.impact_t, lang),
                        f.status,
                    ]
                    for f in v.findings
                ],
                [w * 0.1, w * 0.08, w * 0.16, w * 0.42, w * 0.12, w * 0.12],
                numeric=(4,),
            )
        )
    else:
        out.append(para(tr("f.none", lang)))
    out.append(heading(tr("f.verifier", lang), lvl, toc))
    out.append(
        kv_table(
            [
                (tr("f.verifier", lang), f"{v.verifier_name}, {v.body}"),
                (tr("vs.accreditation", lang), v.accreditation or na),
                (tr("vs.signed", lang), fmt_date(v.signed_on, lang) if v.signed_on else na),
                (tr("vs.key", lang), v.key_fingerprint or na),
                (tr("vs.signed_hash", lang), v.signed_hash or na),
            ],
            w,
        )
    )
    return out


def build(doc: ClaimDocument, out_path, lang: str = "en") -> Path:
    pdf = portrait_pdf(front(doc, lang, "vs.title") + story(doc, lang), doc, "vs.title", lang)
    return finish(pdf, doc, "verification_statement", lang, out_path, tr("vs.title", lang))
