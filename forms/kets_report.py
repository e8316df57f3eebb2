"""K-ETS emission report: the 13 items of the Enforcement Decree Art. 31(1)
(seeds/k-ets-enforcement-decree.txt) and the offset surrender summary.

Each item prints the rows the service recorded for it, or says that no data was recorded; nothing is
invented. The offset limit itself is computed by the offsets service (decree Art. 38; phase 3: 5 %
of the surrender obligation, ICAP summary) and printed here.
"""

from __future__ import annotations

from pathlib import Path

from forms.base import (
    body_width,
    credit_rows,
    data_table,
    finish,
    heading,
    kv_table,
    not_available,
    para,
    portrait_pdf,
)
from forms.i18n import fmt_qty, tr
from forms.model import ClaimDocument
from forms.qes import factor_table, front

ITEMS = tuple(range(1, 14))  # Art. 31(1) subparagraphs 1..13


def story(doc: ClaimDocument, lang: str, toc: bool = False) -> list:
    from reportlab.platypus import CondPageBreak

    w = body_width()
    lvl = 2 if toc else 1
    k = doc.kets
    if k is None:
        return [heading(tr("kets.title", lang), lvl, toc), not_available(doc, "kets", lang)]
    out: list = [
        para(tr("kets.basis", lang), "small"),
        para(tr("kets.scope_note", lang), "small"),
        kv_table(
            [
                (tr("kets.entity.reg", lang), k.entity_id or tr("f.not_available", lang)),
                (tr("kets.year", lang), str(k.compliance_year)),
            ],
            w,
        ),
    ]
    by_no = {i.no: i for i in k.items}
    for no in ITEMS:
        item = by_no.get(no)
        block = [heading(f"{no}. {tr(f'kets.i{no}', lang)}", 3)]
        if item and item.rows:
            block.append(
                data_table(
                    [tr("kets.item", lang), tr("qes.value", lang)],
                    [list(r) for r in item.rows],
                    [w * 0.4, w * 0.6],
                )
            )
        elif not (item and item.note):
            block.append(para(tr("kets.no_data", lang), "small"))
        if no == 7 and doc.footprint is not None and doc.footprint.factors:
            if toc:  # in the dossier the QES's factor table is a few pages up: printed once
                block.append(para(tr("kets.factors.see_qes", lang), "small"))
            else:
                block.append(factor_table(doc.footprint, lang, w, scopes=(1, 2)))
        if item and item.note:
            block.append(para(item.note, "small"))
        out.append(CondPageBreak(110))  # a heading never sits alone at the foot of a page
        out.extend(block)
    out.append(heading(tr("kets.surrender", lang), lvl, toc))
    s = k.surrender
    if s is None:
        out.append(not_available(doc, "kets_surrender", lang))
        return out
    within = s.offsets_used_t <= s.offset_limit_t
    out.append(
        kv_table(
            [
                (tr("kets.phase", lang), str(s.phase)),
                (tr("kets.obligation", lang), f"{fmt_qty(s.obligation_t, lang)} t"),
                (tr("kets.limit", lang), f"{fmt_qty(s.offset_limit_t, lang)} t"),
                (tr("kets.used", lang), f"{fmt_qty(s.offsets_used_t, lang)} t"),
                (tr("kets.foreign", lang), f"{fmt_qty(s.foreign_used_t, lang)} t"),
                (tr("kets.within", lang), tr("f.yes" if within else "f.no", lang)),
            ],
            w,
        )
    )
    if s.units:
        sub = ClaimDocument(doc.organisation, doc.subject, doc.period, credits=s.units)
        out.append(
            data_table(
                [
                    tr("qes.c.programme", lang),
                    tr("qes.c.project", lang),
                    tr("qes.c.serials", lang),
                    tr("qes.c.qty", lang),
                    tr("qes.c.vintage", lang),
                    tr("qes.c.retirement", lang),
                ],
                credit_rows(sub, lang),
                [w * 0.12, w * 0.14, w * 0.21, w * 0.08, w * 0.12, w * 0.33],
                numeric=(3,),
            )
        )
    return out


def build(doc: ClaimDocument, out_path, lang: str = "en") -> Path:
    pdf = portrait_pdf(front(doc, lang, "kets.title") + story(doc, lang), doc, "kets.title", lang)
    return finish(pdf, doc, "kets_report", lang, out_path, tr("kets.title", lang))
