"""Qualifying explanatory statement (QES) with every element listed in STANDARDS.md.

Entity and senior signatory; subject and why; boundary; quantification standard; gases, factors,
assumptions, uncertainty, exclusions with reasons; period dates; baseline; footprint (tables and
charts); reductions achieved; each credit with quantity, programme, project, registry, serials and
retirement evidence; findings of the offset and claim rules; the declaration text; validation
type; public availability.
"""

from __future__ import annotations

from pathlib import Path

from forms import findings_ko, provenance
from forms.base import (
    body_width,
    credit_rows,
    data_table,
    doc_no,
    finish,
    heading,
    image,
    kv_table,
    lines_table,
    not_available,
    org_name,
    para,
    portrait_pdf,
    standard_label,
    subject_name,
)
from forms.charts import footprint as charts
from forms.declaration import declaration_text, needs_eu_warning
from forms.entity_shares import shares_table, structural_block
from forms.i18n import fmt_date, fmt_int, fmt_mass_per_unit, fmt_pct, fmt_qty, fmt_t, has, local, tr
from forms.model import ClaimDocument, Footprint
from offsets.findings import sort_findings


def status_word(status: str, lang: str) -> str:
    """A stored status code as a word: 'in_progress' -> 'in progress' / '진행 중'."""
    key = f"status.{status}"
    return tr(key, lang) if has(key) else status.replace("_", " ")


def boundary_text(fp: Footprint, lang: str) -> str:
    if not fp.scopes_included:
        return fp.boundary or tr("f.not_available", lang)
    cons = fp.consolidation or "operational control"
    cons = tr(f"cons.{cons}", lang) if has(f"cons.{cons}") else cons
    cats = (
        tr("qes.boundary.cats", lang, cats=", ".join(map(str, fp.s3_categories))) if fp.s3_categories else ""
    )
    return tr("qes.boundary.text", lang, cons=cons, scopes=", ".join(map(str, fp.scopes_included)), cats=cats)


def method_text(fp: Footprint, lang: str) -> str:
    if not fp.scopes_included and fp.method:
        return fp.method  # a model built by hand with its own method text
    db = tr("qes.method.db", lang, db=fp.calc_database) if fp.calc_database else ""
    return tr("qes.method.text", lang, gwp=fp.gwp_set, db=db)


def gases_text(f, lang: str) -> str:
    return ", ".join(
        f"{provenance.gas_label(g, lang)} {fmt_mass_per_unit(v, lang)}" for g, v in f.gases.items() if v
    )


def factor_table(fp: Footprint, lang: str, w: float, scopes: tuple[int, ...] | None = None):
    """Emission factors with their publisher, edition and licence (one row per factor)."""
    rows = []
    for f in fp.factors:
        if scopes is not None and f.scopes and not set(f.scopes) & set(scopes):
            continue
        name = f.factor_id or f.name
        if lang == "ko" and f.used_by:
            name = f"{f.factor_id}\n{tr('qes.f.used_by', lang)}: {', '.join(f.used_by)}"
        elif f.factor_id:
            name = f.name
        pub, edition, licence = provenance.rows(f, lang)
        rows.append(
            [
                name,
                provenance.unit_label(f.unit, lang) if f.unit else f.per_unit,
                gases_text(f, lang) if f.gases else f.per_unit,
                pub,
                edition,
                licence,
            ]
        )
    return data_table(
        [
            tr("qes.f.col.factor", lang),
            tr("qes.f.col.unit", lang),
            tr("qes.f.col.gases", lang),
            tr("qes.f.col.publisher", lang),
            tr("qes.f.col.edition", lang),
            tr("qes.f.col.licence", lang),
        ],
        rows,
        [w * 0.25, w * 0.1, w * 0.19, w * 0.2, w * 0.12, w * 0.14],
    )


def pedigree_text(run, lang: str) -> str:
    """Whether (and for how many activity rows and sources) pedigree scores went into the run."""
    if run.pedigree_rows:
        return tr(
            "qes.unc.pedigree.used",
            lang,
            rows=fmt_int(run.pedigree_rows, lang),
            sources=fmt_int(run.pedigree_sources, lang),
        )
    return tr("qes.unc.pedigree.none", lang)


def uncertainty_block(fp: Footprint | None, lang: str, w: float) -> list:
    run = None if fp is None else fp.uncertainty_run
    if run is None and fp is not None and fp.uncertainty:
        lo, hi = fp.uncertainty
        return [kv_table([(tr("qes.unc.range", lang), f"{fmt_t(lo, lang)} – {fmt_t(hi, lang)} tCO2e")], w)]
    if run is None:
        return [para(tr("qes.unc.none.run", lang))]
    rows = [
        (tr("qes.unc.range", lang), f"{fmt_t(run.low_t, lang)} – {fmt_t(run.high_t, lang)} tCO2e"),
        (tr("qes.unc.mean", lang), f"{fmt_t(run.mean_t, lang)} tCO2e"),
        (tr("qes.unc.method", lang), tr("qes.unc.monte_carlo", lang)),
        (tr("qes.unc.runs", lang), f"{fmt_int(run.iterations, lang)} / {run.seed}"),
    ]
    if run.by_scope:
        rows.append(
            (
                tr("qes.unc.by_scope", lang),
                "; ".join(
                    f"{tr('qes.unc.scope_n', lang, n=k, scope=tr('vs.scope', lang))}: "
                    f"{fmt_t(lo, lang)} – {fmt_t(hi, lang)}"
                    for k, lo, hi in run.by_scope
                ),
            )
        )
    if run.activity_model in ("source", "row"):
        rows.append((tr("qes.unc.model", lang), tr(f"qes.unc.model.{run.activity_model}", lang)))
    rows.append((tr("qes.unc.pedigree", lang), pedigree_text(run, lang)))
    if run.contributors:
        rows.append(
            (
                tr("qes.unc.contrib", lang),
                "; ".join(
                    f"{tr(f'qes.unc.contrib.{kind}', lang)} {name} {fmt_pct(share * 100, lang)}"
                    for kind, name, share in run.contributors
                ),
            )
        )
    out = [kv_table(rows, w)]
    if not run.current:
        out.append(para(tr("qes.unc.old", lang), "warn"))
    return out


def _chart(lines, title: str) -> bytes:
    data = tuple((ln.label, round(ln.t, 6)) for ln in lines)
    return charts.breakdown_png(data, title, size=(6.4, 0.7 + 0.38 * max(len(lines), 2)))


def front(doc: ClaimDocument, lang: str, title_key: str) -> list:
    """Title block shared by the multi-page documents."""
    w = body_width()
    rows = [
        (tr("f.organisation", lang), org_name(doc, lang)),
        (tr("f.subject", lang), subject_name(doc, lang)),
        (tr("f.period", lang), f"{fmt_date(doc.period.start, lang)} – {fmt_date(doc.period.end, lang)}"),
        (tr("f.standard", lang), standard_label(doc)),
        (tr("f.document_no", lang), doc_no(doc)),
        (tr("f.issued", lang), fmt_date(doc.issued_on, lang)),
    ]
    out = [heading(tr(title_key, lang), 0), kv_table(rows, w)]
    if doc.draft_reasons:
        out.append(para(tr("warn.draft", lang, rules="; ".join(doc.draft_reasons)), "warn"))
    return out


def story(doc: ClaimDocument, lang: str, toc: bool = False) -> list:
    """The QES body as flowables (the dossier reuses it with toc=True)."""
    from reportlab.platypus import KeepTogether, Spacer

    w = body_width()
    o, s, fp = doc.organisation, doc.subject, doc.footprint
    out: list = []
    h = lambda key: heading(tr(key, lang), 1 if not toc else 2, toc)  # noqa: E731

    out.append(h("qes.s.entity"))
    out.append(
        kv_table(
            [
                (tr("f.organisation", lang), org_name(doc, lang)),
                (tr("f.address", lang), local(o.address, o.address_local, lang) or "-"),
                (
                    tr("cert.signatory", lang),
                    ", ".join(x for x in (o.senior_signatory, o.signatory_title) if x)
                    or tr("f.not_available", lang),
                ),
            ],
            w,
        )
    )

    out.append(h("qes.s.subject"))
    out.append(
        kv_table(
            [
                (tr("f.subject", lang), subject_name(doc, lang)),
                (tr("f.subject_kind", lang), tr(f"kind.{s.kind}", lang)),
                (tr("f.functional_unit", lang), s.functional_unit or "-"),
            ],
            w,
        )
    )
    out.append(para(s.description or tr("qes.reason.organisation", lang)))

    out.append(h("qes.s.boundary"))
    if fp is None:
        out.append(not_available(doc, "footprint", lang))
    else:
        out.append(para(boundary_text(fp, lang)))
        out.extend(shares_table(fp, lang, w))

    out.append(h("qes.s.method"))
    if fp is not None:
        out.append(
            kv_table(
                [
                    (tr("qes.qstd", lang), fp.quantification_standard),
                    (tr("qes.gases", lang), fp.gases),
                    (tr("f.gwp", lang), f"IPCC {fp.gwp_set} GWP-100"),
                    (tr("qes.method", lang), method_text(fp, lang)),
                    (tr("qes.assumptions", lang), fp.assumptions or "-"),
                ],
                w,
            )
        )
        if fp.factors:
            out.append(heading(tr("qes.factors", lang), 3))
            out.append(factor_table(fp, lang, w))
    else:
        out.append(not_available(doc, "footprint", lang))

    out.append(h("qes.s.exclusions"))
    if fp is not None and fp.exclusions:
        out.append(
            data_table(
                [tr("qes.excl.source", lang), tr("qes.excl.reason", lang), tr("qes.excl.est", lang)],
                [
                    [e.source, e.reason, fmt_t(e.estimate_t, lang) if e.estimate_t is not None else "-"]
                    for e in fp.exclusions
                ],
                [w * 0.38, w * 0.44, w * 0.18],
                numeric=(2,),
            )
        )
    else:
        out.append(para(tr("f.none", lang)))

    out.append(h("qes.s.uncertainty"))
    out += uncertainty_block(fp, lang, w)

    out.append(h("qes.s.footprint"))
    out.append(
        kv_table(
            [
                (tr("f.period", lang), f"{doc.period.start.isoformat()} – {doc.period.end.isoformat()}"),
                (
                    tr("qes.baseline", lang),
                    f"{fp.base_year_label}: {fmt_t(fp.base_year_total_t, lang)} tCO2e"
                    if fp is not None and fp.base_year_label
                    else tr("f.not_available", lang),
                ),
                (tr("f.total", lang), f"{fmt_t(fp.total_t if fp else None, lang)} tCO2e"),
            ],
            w,
        )
    )
    out.extend(structural_block(fp, lang, w))
    if fp is not None:
        if fp.stale:
            out.append(para(tr("warn.stale", lang), "warn"))
        if fp.unquantified:
            out.append(para(tr("warn.unquantified", lang, sources=", ".join(fp.unquantified)), "warn"))
        for key, lines in (
            ("qes.by_scope", fp.by_scope),
            ("qes.by_category", fp.by_category),
            ("qes.by_site", fp.by_site),
            ("qes.by_gas", gas_lines(fp, lang)),
        ):
            if lines:
                out.append(heading(tr(key, lang), 3))
                out.append(lines_table(lines, lang, fp.total_t, w, key))
        extra = []
        if fp.scope2_location_t is not None or fp.scope2_market_t is not None:
            extra.append(
                (
                    tr("qes.s2", lang),
                    f"{fmt_t(fp.scope2_location_t, lang)} / {fmt_t(fp.scope2_market_t, lang)} tCO2e",
                )
            )
        if fp.biogenic_t is not None:
            extra.append((tr("qes.biogenic", lang), f"{fmt_t(fp.biogenic_t, lang)} tCO2e"))
        if extra:
            out.append(Spacer(1, 6))
            out.append(kv_table(extra, w))
        out.append(para(tr("qes.rounding", lang), "small"))
        for key, lines in (("qes.chart.scope", fp.by_scope), ("qes.chart.category", fp.by_category)):
            if lines:
                out.append(KeepTogether([image(_chart(lines, tr(key, lang)), w * 0.9)]))
    else:
        out.append(not_available(doc, "footprint", lang))

    out.append(h("qes.s.reductions"))
    if doc.reductions:
        rows = [
            [
                local(r.name, r.name_local, lang),
                status_word(r.status, lang),
                str(r.start_year or ""),
                fmt_t(r.abatement_t, lang),
            ]
            for r in doc.reductions
        ]
        # the claim's figure (ClaimFigures.reductions_t), not a sum of this table: the measured fall
        # below the base year counts every measure and the rest of the change at once
        rows.append([tr("f.reductions", lang), "", "", fmt_t(doc.figures.reductions_t, lang)])
        out.append(
            data_table(
                [
                    tr("qes.measure", lang),
                    tr("qes.status", lang),
                    tr("mp.start", lang),
                    tr("qes.abatement", lang),
                ],
                rows,
                [w * 0.46, w * 0.16, w * 0.14, w * 0.24],
                numeric=(3,),
            )
        )
    elif "reductions" in doc.unavailable:
        out.append(not_available(doc, "reductions", lang))
    else:
        out.append(para(tr("f.none", lang)))

    out.append(h("qes.s.credits"))
    if doc.credits:
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
                credit_rows(doc, lang),
                [w * 0.12, w * 0.14, w * 0.21, w * 0.08, w * 0.12, w * 0.33],
                numeric=(3,),
            )
        )
        share = doc.removal_share
        out.append(
            kv_table(
                [
                    (tr("f.retired", lang), f"{fmt_qty(doc.retired_t, lang)} tCO2e"),
                    (tr("f.residual", lang), f"{fmt_t(doc.residual_t, lang)} tCO2e"),
                    (tr("f.removal_share", lang), fmt_pct(None if share is None else 100 * share, lang)),
                ],
                w,
            )
        )
    elif "credits" in doc.unavailable:
        out.append(not_available(doc, "credits", lang))
    else:
        out.append(para(tr("f.none", lang)))

    out.append(h("qes.s.findings"))
    out += findings_table(doc, lang, w)

    out.append(h("qes.s.declaration"))
    out.append(para(declaration_text(doc, lang)))
    out.append(
        kv_table(
            [
                (tr("f.validation", lang), tr(f"v.{doc.validation_type}", lang)),
                (tr("f.verifier", lang), doc.verifier or tr("f.not_available", lang)),
                (tr("qes.public", lang), doc.public_availability or tr("qes.public.default", lang)),
            ],
            w,
        )
    )
    if needs_eu_warning(doc):
        out.append(para(tr("warn.eu", lang), "warn"))
    return out


def gas_lines(fp: Footprint, lang: str):
    """The by-gas lines with gases named as gases ("CH4 (fossil)"; a factor published only as CO2e
    is one line that says so)."""
    from dataclasses import replace

    return [replace(ln, label=provenance.gas_label(ln.label, lang)) for ln in fp.by_gas]


def findings_table(doc: ClaimDocument, lang: str, w: float) -> list:
    if "findings" in doc.unavailable and not doc.findings:
        return [not_available(doc, "findings", lang)]
    if not doc.findings:
        return [para(tr("qes.f.none", lang))]
    rows = [
        [
            f.rule_id,
            tr(f"sev.{f.severity}", lang),
            findings_ko.message(f, lang)
            + (f" ({tr('qes.f.about', lang)}: {findings_ko.subject(f, lang)})" if f.subject else ""),
            findings_ko.clause(f, lang),
        ]
        for f in sort_findings(doc.findings)
    ]
    return [
        data_table(
            [
                tr("qes.f.rule", lang),
                tr("qes.f.severity", lang),
                tr("qes.f.message", lang),
                tr("qes.f.clause", lang),
            ],
            rows,
            [w * 0.27, w * 0.1, w * 0.38, w * 0.25],
        )
    ]


def build(doc: ClaimDocument, out_path, lang: str = "en") -> Path:
    pdf = portrait_pdf(front(doc, lang, "qes.title") + story(doc, lang), doc, "qes.title", lang)
    return finish(pdf, doc, "qes", lang, out_path, tr("qes.title", lang))
