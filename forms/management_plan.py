"""Carbon-neutrality management plan: commitment, timescale, targets, planned measures, offset
strategy, review cycle (STANDARDS.md, PAS 2060 / ISO 14068-1 management plan contents)."""

from __future__ import annotations

from pathlib import Path

from forms.base import body_width, data_table, finish, heading, image, not_available, para, portrait_pdf
from forms.i18n import fmt_pct, fmt_t, has, local, tr
from forms.model import ClaimDocument
from forms.qes import front, status_word


def story(doc: ClaimDocument, lang: str, toc: bool = False) -> list:
    from reportlab.platypus import KeepTogether

    w = body_width()
    lvl = 2 if toc else 1
    plan = doc.plan
    out: list = []
    if plan is None:
        return [heading(tr("mp.commitment", lang), lvl, toc), not_available(doc, "plan", lang)]
    for key, text in (("mp.commitment", plan.commitment), ("mp.timescale", plan.timescale)):
        out += [heading(tr(key, lang), lvl, toc), para(text or tr("f.not_available", lang))]
    out.append(heading(tr("mp.targets", lang), lvl, toc))
    if plan.targets:
        out.append(
            data_table(
                [
                    tr("mp.t.name", lang),
                    tr("mp.t.kind", lang),
                    tr("mp.t.base", lang),
                    tr("mp.t.year", lang),
                    tr("mp.t.pct", lang),
                    tr("mp.t.scopes", lang),
                ],
                [
                    [
                        t.name,
                        tr(f"tk.{t.kind}", lang) if has(f"tk.{t.kind}") else t.kind,
                        str(t.base_year),
                        str(t.target_year),
                        fmt_pct(t.reduction_pct, lang),
                        t.scopes,
                    ]
                    for t in plan.targets
                ],
                [w * 0.3, w * 0.14, w * 0.12, w * 0.12, w * 0.14, w * 0.18],
                numeric=(4,),
            )
        )
    else:
        out.append(para(tr("f.none", lang)))
    out.append(heading(tr("mp.measures", lang), lvl, toc))
    if plan.measures:
        out.append(
            data_table(
                [
                    tr("qes.measure", lang),
                    tr("qes.status", lang),
                    tr("mp.start", lang),
                    tr("qes.abatement", lang),
                ],
                [
                    [
                        local(m.name, m.name_local, lang),
                        status_word(m.status, lang),
                        str(m.start_year or ""),
                        fmt_t(m.abatement_t, lang),
                    ]
                    for m in plan.measures
                ],
                [w * 0.46, w * 0.16, w * 0.14, w * 0.24],
                numeric=(3,),
            )
        )
    else:
        out.append(para(tr("f.none", lang)))
    if plan.trajectory:
        out.append(heading(tr("mp.trajectory", lang), lvl, toc))
        out.append(
            data_table(
                [tr("mp.year", lang), tr("mp.bau", lang), tr("mp.planned", lang), tr("mp.target", lang)],
                [
                    [str(p.year), fmt_t(p.bau_t, lang), fmt_t(p.planned_t, lang), fmt_t(p.target_t, lang)]
                    for p in plan.trajectory
                ],
                [w * 0.16, w * 0.28, w * 0.28, w * 0.28],
                numeric=(1, 2, 3),
            )
        )
    for caption, png in plan.charts:
        out.append(KeepTogether([para(caption, "small"), image(png, w * 0.85)]))
    for key, text in (("mp.offsets", plan.offset_strategy), ("mp.review", plan.review_cycle)):
        out += [heading(tr(key, lang), lvl, toc), para(text or tr("f.not_available", lang))]
    return out


def build(doc: ClaimDocument, out_path, lang: str = "en") -> Path:
    pdf = portrait_pdf(front(doc, lang, "mp.title") + story(doc, lang), doc, "mp.title", lang)
    return finish(pdf, doc, "management_plan", lang, out_path, tr("mp.title", lang))
