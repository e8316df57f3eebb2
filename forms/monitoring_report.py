"""Monitoring report of one monitoring period (KCCI Carbon Standard step 5; MyCarbon Art. 7(2),
Art. 13(1)6): the monitored data with meters and readings, the calculation term by term
(reduction = baseline - project - leakage) against the ex-ante estimate, with its range, the
credits issued, the eligibility findings, the period's certification steps and the evidence list;
file id, snapshot hash and a QR code at the end."""

from __future__ import annotations

from pathlib import Path

from forms.base import body_width, data_table, heading, kv_table, para, portrait_pdf
from forms.i18n import fmt_date, fmt_qty, fmt_sig, fmt_t, has, local, tr
from forms.reduction_doc import (
    ReductionDocument,
    evidence_block,
    figures_table,
    findings_block,
    frequency,
    front,
    qr_block,
    steps_block,
    terms_table,
)


def summary(doc: ReductionDocument, lang: str) -> list:
    rows = [
        (tr("rp.project", lang), f"{doc.code} {local(doc.name, doc.name_local, lang)}"),
        (tr("rp.proponent", lang), local(doc.proponent, doc.proponent_local, lang)),
        (tr("rp.location", lang), local(doc.location, doc.location_local, lang) or "-"),
        (
            tr("rp.crediting", lang),
            f"{fmt_date(doc.crediting_start, lang)} – {fmt_date(doc.crediting_end, lang)}",
        ),
        (
            tr("rp.monitoring_period", lang),
            f"{doc.period_label}: {fmt_date(doc.period_start, lang)} – {fmt_date(doc.period_end, lang)}",
        ),
        (tr("rp.validator", lang), doc.verifier or "-"),
    ]
    return [heading(tr("mr.s.summary", lang), 1), kv_table(rows, body_width())]


def readings(doc: ReductionDocument, lang: str) -> list:
    w = body_width()
    out = [heading(tr("mr.s.readings", lang), 1)]
    mon = [p for p in doc.parameters if p.kind == "monitored"]
    out.append(
        data_table(
            [
                tr("rp.p.code", lang),
                tr("rp.p.name", lang),
                tr("rp.p.meter", lang),
                tr("rp.p.frequency", lang),
                tr("rp.p.calibration", lang),
                tr("rp.p.qaqc", lang),
            ],
            [
                [
                    p.code,
                    local(p.name, p.name_local, lang),
                    p.meter,
                    frequency(p.frequency, lang),
                    p.calibration,
                    p.qaqc,
                ]
                for p in mon
            ]
            or [[tr("rp.none", lang)] + [""] * 5],
            [w * 0.1, w * 0.22, w * 0.18, w * 0.12, w * 0.19, w * 0.19],
        )
    )
    rows = [
        [r.code, f"{fmt_date(r.start, lang)} – {fmt_date(r.end, lang)}", fmt_sig(r.value, lang, 8), r.unit]
        for r in doc.readings
    ]
    out.append(para(""))
    out.append(
        data_table(
            [tr("rp.p.code", lang), tr("rp.reading", lang), tr("rp.p.value", lang), tr("rp.p.unit", lang)],
            rows or [[tr("rp.none", lang), "", "", ""]],
            [w * 0.14, w * 0.44, w * 0.24, w * 0.18],
            numeric=(2,),
        )
    )
    return out


def calculation(doc: ReductionDocument, lang: str) -> list:
    out = [heading(tr("mr.s.calc", lang), 1), para(tr("rp.equation", lang, gwp=doc.gwp_set))]
    if doc.monitored is None:
        out.append(para(tr("f.not_available", lang) + ": " + doc.unavailable.get("monitored", ""), "small"))
        return out
    out.append(terms_table(doc.period_terms, lang, with_t=True))
    out.append(para(""))
    out.append(figures_table(doc.monitored, lang))
    if doc.period_ex_ante_t is not None:
        out.append(
            kv_table(
                [(tr("rp.ex_ante_period", lang), f"{fmt_t(doc.period_ex_ante_t, lang)} tCO2e")], body_width()
            )
        )
    return out


def _lot_status(status: str, lang: str) -> str:
    key = f"status.{'active' if status == 'held' else status}"
    return tr(key, lang) if has(key) else status


def issuance(doc: ReductionDocument, lang: str) -> list:
    w = body_width()
    rows = [
        [
            i.serial,
            fmt_qty(i.quantity, lang),
            fmt_date(i.issued_on, lang),
            _lot_status(i.status, lang),
            i.committee or "-",
        ]
        for i in doc.issuances
    ]
    return [
        heading(tr("mr.s.issuance", lang), 1),
        data_table(
            [
                tr("rp.serial", lang),
                tr("rp.quantity", lang),
                tr("rp.issued_on", lang),
                tr("rp.lot_status", lang),
                tr("rp.committee", lang),
            ],
            rows or [[tr("rp.none", lang), "", "", "", ""]],
            [w * 0.46, w * 0.1, w * 0.14, w * 0.12, w * 0.18],
            numeric=(1,),
        ),
    ]


def story(doc: ReductionDocument, lang: str) -> list:
    out = front(doc, lang, "mr") + summary(doc, lang) + readings(doc, lang) + calculation(doc, lang)
    out += issuance(doc, lang)
    out += [heading(tr("mr.s.eligibility", lang), 1)] + findings_block(doc, lang)
    out += [heading(tr("mr.s.process", lang), 1)] + steps_block(doc, lang, doc.period_label)
    out += [heading(tr("mr.s.evidence", lang), 1)] + evidence_block(doc, lang, doc.reading_evidence)
    out += qr_block(doc, lang, "mr", doc.monitored.reduction_t if doc.monitored else None)
    return out


def build(doc: ReductionDocument, out_path, lang: str = "en") -> Path:
    from forms.reduction_doc import write

    pdf = portrait_pdf(story(doc, lang), doc, "mr.title", lang)
    return write(
        pdf, doc, "monitoring_report", lang, out_path, doc.monitored.reduction_t if doc.monitored else None
    )
