"""Verification statement from the signed verification (ISO 14064-3 statement contents, STANDARDS.md):
intended users, responsible party, objectives, scope, criteria, period, totals, assurance level,
materiality, the uncertainty of the totals (the stored Monte Carlo's 95 % range, method, model,
iterations, seed and main contributors: the QES's block, from the same stored result), opinion,
verifier, accreditation, date, signature (key fingerprint + signed hash)."""

from __future__ import annotations

from pathlib import Path

from forms import fonts, qr
from forms.base import (
    body_width,
    data_table,
    finish,
    heading,
    kv_table,
    not_available,
    org_name,
    para,
    portrait_pdf,
)
from forms.i18n import fmt_date, fmt_int, fmt_pct, fmt_t, has, tr
from forms.model import ClaimDocument
from forms.qes import front, status_word, uncertainty_block


def qr_text(doc: ClaimDocument, lang: str) -> str:
    v = doc.verification
    return "\n".join(
        [
            tr("vs.title", lang),
            f"{tr('f.organisation', lang)}: {org_name(doc, lang)}",
            f"{tr('f.period', lang)}: {doc.period.start.isoformat()} – {doc.period.end.isoformat()}",
            f"{tr('vs.totals', lang)}: {fmt_t(None if v is None else v.verified_total_t, lang)} tCO2e",
            f"{tr('vs.opinion', lang)}: {'-' if v is None else v.opinion or '-'}",
            f"{tr('f.file_id', lang)}: {doc.file_id}",
            f"SHA-256: {doc.snapshot_hash}",
        ]
    )


def story(doc: ClaimDocument, lang: str, toc: bool = False) -> list:
    from reportlab.platypus import KeepTogether, Spacer, Table, TableStyle

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
    scopes = ", ".join(map(str, doc.footprint.scopes_included)) if doc.footprint else "1, 2"
    # the period is in the title block above: printed once
    out.append(heading(tr("vs.s.engagement", lang), lvl, toc))
    out.append(
        kv_table(
            [
                (tr("vs.users", lang), v.intended_users or tr("vs.default.users", lang)),
                (tr("vs.responsible", lang), v.responsible_party or org_name(doc, lang)),
                (tr("vs.objectives", lang), v.objectives or tr("vs.default.objectives", lang)),
                (tr("vs.scope", lang), v.scope or tr("vs.default.scope", lang, scopes=scopes)),
                (tr("vs.criteria", lang), v.criteria or na),
                (tr("vs.totals", lang), f"{fmt_t(v.verified_total_t, lang)} tCO2e"),
                (tr("vs.assurance", lang), level),
                (tr("vs.materiality", lang), fmt_pct(v.materiality_pct, lang)),
            ],
            w,
        )
    )
    # the range the verifier reviewed (ISO 14064-1 clause 8), or a plain statement that none was run
    out.append(heading(tr("vs.s.uncertainty", lang), lvl, toc))
    out += uncertainty_block(doc.footprint, lang, w)
    out.append(heading(tr("vs.s.responsibilities", lang), lvl, toc))
    out.append(para(tr("vs.resp.client", lang, org=org_name(doc, lang))))
    out.append(para(tr("vs.resp.verifier", lang)))
    out.append(heading(tr("vs.s.work", lang), lvl, toc))
    if v.samples:
        for method, seed, n, vouched in v.samples:
            mkey = f"vs.method.{method}"
            out.append(
                para(
                    tr(
                        "vs.work.text",
                        lang,
                        method=tr(mkey, lang) if has(mkey) else method,
                        n=fmt_int(n, lang),
                        seed=seed,
                        agreed=fmt_int(vouched, lang),
                    )
                )
            )
    closed = sum(1 for f in v.findings if f.status == "closed")
    out.append(
        kv_table(
            [
                (
                    tr("vs.work.sample", lang),
                    fmt_int(sum(x[2] for x in v.samples), lang) if v.samples else na,
                ),
                (
                    tr("vs.work.vouched", lang),
                    fmt_int(sum(x[3] for x in v.samples), lang) if v.samples else na,
                ),
                (tr("vs.work.findings", lang), f"{fmt_int(len(v.findings), lang)} / {fmt_int(closed, lang)}"),
            ],
            w,
        )
    )
    out.append(heading(tr("vs.s.findings", lang), lvl, toc))
    if v.findings:
        out.append(
            data_table(
                [
                    tr("vs.f.id", lang),
                    tr("qes.f.clause", lang),
                    tr("qes.f.message", lang),
                    tr("vs.f.resolution", lang),
                    tr("vs.f.impact", lang),
                    tr("qes.status", lang),
                ],
                [
                    [
                        f"{f.id}\n{tr(f'fk.{f.kind}', lang) if has(f'fk.{f.kind}') else f.kind}",
                        f.clause,
                        f.description,
                        f.response or "-",
                        "-" if f.impact_t is None else fmt_t(f.impact_t, lang),
                        status_word(f.status, lang),
                    ]
                    for f in v.findings
                ],
                [w * 0.14, w * 0.22, w * 0.27, w * 0.18, w * 0.1, w * 0.09],
                numeric=(4,),
            )
        )
    else:
        out.append(para(tr("f.none", lang)))
    out.append(heading(tr("vs.opinion", lang), lvl, toc))
    key = f"vs.opinion.{v.opinion}"
    out.append(
        para(
            tr(key, lang)
            if v.opinion in ("unmodified", "modified", "adverse", "disclaimer")
            else (v.opinion or na)
        )
    )
    sig = kv_table(
        [
            (tr("vs.sig.name", lang), v.verifier_name),
            (tr("vs.sig.role", lang), tr("vs.sig.role.lead", lang)),
            (tr("vs.sig.body", lang), v.body),
            (tr("vs.accreditation", lang), v.accreditation or na),
            (tr("vs.signed", lang), fmt_date(v.signed_on, lang) if v.signed_on else na),
            (tr("vs.key", lang), v.key_fingerprint or na),
        ],
        w * 0.74,
        label_frac=0.34,
    )
    code = qr.flowable(qr_text(doc, lang), w * 0.22)
    block = Table([[sig, code]], colWidths=[w * 0.76, w * 0.24])
    block.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), fonts.REGULAR),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    out.append(
        KeepTogether(
            [
                heading(tr("vs.s.signature", lang), lvl, toc),
                block,
                kv_table([(tr("vs.signed_hash", lang), v.signed_hash or na)], w, label_frac=0.25),
                Spacer(1, 4),
                para(tr("vs.sig.electronic", lang) if v.signed else tr("vs.unsigned", lang), "small"),
            ]
        )
    )
    return out


def build(doc: ClaimDocument, out_path, lang: str = "en") -> Path:
    pdf = portrait_pdf(front(doc, lang, "vs.title") + story(doc, lang), doc, "vs.title", lang)
    return finish(pdf, doc, "verification_statement", lang, out_path, tr("vs.title", lang))
