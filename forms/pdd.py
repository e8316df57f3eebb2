"""Project design document of a reduction project (KCCI Carbon Standard step 1, "preparation of
methodology and project"; MyCarbon Art. 7(1)2 project plan): the project, its dates, the
methodology and its applicability, the principles with their evidence, the parameters, the
equations, the ex-ante estimate with its range, the eligibility findings, the certification
process and the evidence list; file id, snapshot hash and a QR code at the end."""

from __future__ import annotations

from pathlib import Path

from forms.base import body_width, data_table, heading, kv_table, para, portrait_pdf
from forms.i18n import fmt_date, fmt_sig, has, local, tr
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
    unit_text,
    yes_no,
)


def _d(value, lang):
    return fmt_date(value, lang) if value else tr("rp.none", lang)


def _met(met: bool, lang: str) -> str:
    return tr("rp.met" if met else "rp.not_met", lang)


def _principle_label(key: str, lang: str) -> str:
    return tr(f"rp.pr.{key}", lang) if has(f"rp.pr.{key}") else key


def description(doc: ReductionDocument, lang: str) -> list:
    w = body_width()
    rows = [
        (tr("rp.code", lang), doc.code),
        (tr("rp.project", lang), local(doc.name, doc.name_local, lang)),
        (tr("rp.proponent", lang), local(doc.proponent, doc.proponent_local, lang)),
        (tr("rp.location", lang), local(doc.location, doc.location_local, lang) or "-"),
        (tr("rp.host", lang), doc.host_country),
        (tr("rp.sector", lang), local(doc.sector, doc.sector_local, lang) or "-"),
        (tr("rp.description", lang), local(doc.description, doc.description_local, lang) or "-"),
        (tr("rp.value_chain", lang), tr(f"rp.vc.{doc.value_chain}", lang)),
    ]
    if doc.source_name:
        rows.append((tr("rp.reduced_source", lang), doc.source_name))
    rows.append((tr("rp.kets", lang), yes_no(doc.kets_entity, lang)))
    if doc.project_scale:
        rows.append((tr("rp.scale", lang), tr(f"rp.scale.{doc.project_scale}", lang)))
    rows.append((tr("rp.validator", lang), doc.verifier or "-"))
    return [heading(tr("rp.s.description", lang), 1), kv_table(rows, w)]


def dates(doc: ReductionDocument, lang: str) -> list:
    rows = [
        (tr("rp.contract", lang), _d(doc.contract_date, lang)),
        (tr("rp.first_spend", lang), _d(doc.first_spend_date, lang)),
        (tr("rp.installation", lang), _d(doc.installation_date, lang)),
        (tr("rp.start", lang), _d(doc.start_date, lang)),
        (
            tr("rp.crediting", lang),
            f"{fmt_date(doc.crediting_start, lang)} – {fmt_date(doc.crediting_end, lang)}",
        ),
    ]
    return [
        heading(tr("rp.s.dates", lang), 1),
        kv_table(rows, body_width()),
        para(tr(f"rp.start.rule.{doc.standard}", lang), "small"),
    ]


def methodology(doc: ReductionDocument, lang: str) -> list:
    w = body_width()
    out = [
        heading(tr("rp.s.methodology", lang), 1),
        kv_table(
            [
                (
                    tr("rp.methodology", lang),
                    f"{doc.methodology_id} {local(doc.methodology_title, doc.methodology_title_local, lang)}".strip(),
                ),
                (tr("rp.meth.version", lang), doc.methodology_version or "-"),
            ],
            w,
        ),
    ]
    conds = [e for e in doc.evidence if e.kind == "applicability"]
    rows = [[local(e.text, e.text_local, lang) or e.key, e.evidence, _met(e.met, lang)] for e in conds]
    out.append(
        data_table(
            [tr("rp.condition", lang), tr("rp.evidence", lang), tr("rp.result", lang)],
            rows or [[tr("rp.none", lang), "", ""]],
            [w * 0.42, w * 0.43, w * 0.15],
        )
    )
    return out


def principles(doc: ReductionDocument, lang: str) -> list:
    w = body_width()
    rows = [
        [_principle_label(e.key, lang), local(e.text, e.text_local, lang), e.evidence, _met(e.met, lang)]
        for e in doc.evidence
        if e.kind == "principle"
    ]
    return [
        heading(tr("rp.s.principles", lang), 1),
        data_table(
            [
                tr("rp.principle", lang),
                tr("rp.description", lang),
                tr("rp.evidence", lang),
                tr("rp.result", lang),
            ],
            rows or [[tr("rp.none", lang), "", "", ""]],
            [w * 0.22, w * 0.3, w * 0.33, w * 0.15],
        ),
    ]


def _value(p, lang):
    return "" if p.value is None else f"{fmt_sig(p.value, lang, 6)} {unit_text(p.unit)}".strip()


def _unc(p, lang):
    if p.unc_dist == "none" or not p.unc_pct:
        return "-"
    return f"{tr(f'rp.dist.{p.unc_dist}', lang)} ±{fmt_sig(p.unc_pct, lang, 3)} %"


def parameters(doc: ReductionDocument, lang: str) -> list:
    w = body_width()
    fixed = [p for p in doc.parameters if p.kind == "ex_ante"]
    mon = [p for p in doc.parameters if p.kind == "monitored"]
    out = [heading(tr("rp.s.parameters", lang), 1), para(tr("rp.ex_ante_params", lang), "h2")]
    out.append(
        data_table(
            [
                tr("rp.p.code", lang),
                tr("rp.p.name", lang),
                tr("rp.p.value", lang),
                tr("rp.p.source", lang),
                tr("rp.p.unc", lang),
            ],
            [
                [p.code, local(p.name, p.name_local, lang), _value(p, lang), p.source, _unc(p, lang)]
                for p in fixed
            ]
            or [[tr("rp.none", lang)] + [""] * 4],
            [w * 0.1, w * 0.24, w * 0.16, w * 0.26, w * 0.24],
        )
    )
    out.append(para(tr("rp.monitored_params", lang), "h2"))
    out.append(
        data_table(
            [
                tr("rp.p.code", lang),
                tr("rp.p.name", lang),
                tr("rp.p.unit", lang),
                tr("rp.p.meter", lang),
                tr("rp.p.frequency", lang),
                tr("rp.p.calibration", lang),
                tr("rp.p.qaqc", lang),
                tr("rp.p.estimate", lang),
            ],
            [
                [
                    p.code,
                    local(p.name, p.name_local, lang),
                    unit_text(p.unit),
                    p.meter,
                    frequency(p.frequency, lang),
                    p.calibration,
                    p.qaqc,
                    _value(p, lang),
                ]
                for p in mon
            ]
            or [[tr("rp.none", lang)] + [""] * 7],
            [w * 0.08, w * 0.15, w * 0.06, w * 0.1, w * 0.11, w * 0.2, w * 0.13, w * 0.17],
        )
    )
    return out


def story(doc: ReductionDocument, lang: str) -> list:
    out = front(doc, lang, "pdd")
    out += description(doc, lang) + dates(doc, lang) + methodology(doc, lang) + principles(doc, lang)
    out += parameters(doc, lang)
    out += [heading(tr("rp.s.equations", lang), 1), para(tr("rp.equation", lang, gwp=doc.gwp_set))]
    out.append(terms_table(doc.terms, lang, with_t=False))
    out.append(heading(tr("rp.s.estimate", lang), 1))
    if doc.ex_ante is not None:
        out += [figures_table(doc.ex_ante, lang, "rp.per_year")]
    else:
        out.append(para(tr("f.not_available", lang) + ": " + doc.unavailable.get("ex_ante", ""), "small"))
    out += [heading(tr("rp.s.eligibility", lang), 1)] + findings_block(doc, lang)
    out += [heading(tr("rp.s.process", lang), 1)] + steps_block(doc, lang)
    out += [heading(tr("rp.s.evidence", lang), 1)] + evidence_block(doc, lang)
    out += qr_block(doc, lang, "pdd", doc.ex_ante.reduction_t if doc.ex_ante else None)
    return out


def build(doc: ReductionDocument, out_path, lang: str = "en") -> Path:
    from forms.reduction_doc import write

    pdf = portrait_pdf(story(doc, lang), doc, "pdd.title", lang)
    return write(pdf, doc, "pdd", lang, out_path, doc.ex_ante.reduction_t if doc.ex_ante else None)
