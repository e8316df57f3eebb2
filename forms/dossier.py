"""The consultant's client dossier: cover, table of contents, the claim (declaration and key
figures), the QES, the management plan, the verification statement, the K-ETS report, and an
appendix with the full source table and the sections that were not available."""

from __future__ import annotations

from pathlib import Path

from forms import kets_report, management_plan, qes, verification_statement
from forms.base import (
    body_width,
    data_table,
    doc_no,
    finish,
    heading,
    key_figures,
    kv_table,
    org_name,
    para,
    portrait_pdf,
    standard_label,
    subject_name,
)
from forms.declaration import declaration_text, needs_eu_warning
from forms.i18n import fmt_date, fmt_t, tr
from forms.model import ClaimDocument
from forms.styles import styles, table_style


def _cover(doc: ClaimDocument, lang: str) -> list:
    from reportlab.platypus import PageBreak, Spacer
    from reportlab.platypus.tableofcontents import TableOfContents

    st = styles()
    toc_style = table_style(False)
    for side in ("LEFTPADDING", "RIGHTPADDING"):  # the page numbers end at the frame's right edge
        toc_style.add(side, (0, 0), (-1, -1), 0)
    toc = TableOfContents(levelStyles=[st["toc0"], st["toc1"]], dotsMinLevel=0, tableStyle=toc_style)
    return [
        Spacer(1, 40),
        heading(tr("dos.title", lang), 0),
        para(org_name(doc, lang), "h1"),
        para(subject_name(doc, lang)),
        para(f"{fmt_date(doc.period.start, lang)} – {fmt_date(doc.period.end, lang)}"),
        Spacer(1, 30),
        kv_table(
            [
                (tr("dos.prepared", lang), org_name(doc, lang)),
                (tr("f.document_no", lang), doc_no(doc)),
                (tr("f.issued", lang), fmt_date(doc.issued_on, lang)),
                (tr("f.snapshot", lang), doc.snapshot_hash or "-"),
                (tr("f.file_id", lang), doc.file_id or "-"),
            ],
            body_width(),
        ),
        *_summary(doc, lang),
        PageBreak(),
        heading(tr("dos.toc", lang), 1),
        toc,
        PageBreak(),
    ]


def _summary(doc: ClaimDocument, lang: str) -> list:
    """The executive summary: what was claimed, the figures, the opinion and what the rules found."""
    from reportlab.platypus import Spacer

    from forms.i18n import fmt_qty, josa

    fp = doc.footprint
    run = None if fp is None else fp.uncertainty_run
    org = org_name(doc, lang)
    v = doc.verification
    errors = sum(1 for f in doc.findings if f.severity == "error")
    warnings = sum(1 for f in doc.findings if f.severity == "warning")
    opinion = (
        tr(f"vs.opinion.{v.opinion}", lang)
        if v is not None and v.opinion in ("unmodified", "modified", "adverse", "disclaimer")
        else tr("f.not_available", lang)
    )
    return [
        Spacer(1, 16),
        heading(tr("dos.summary", lang), 1, True),
        para(
            tr(
                "dos.sum.text",
                lang,
                org=org,
                org_topic=josa(org, "은"),
                total=fmt_t(None if fp is None else fp.total_t, lang),
                start=fmt_date(doc.period.start, lang),
                end=fmt_date(doc.period.end, lang),
                std=standard_label(doc),
                red=fmt_t(doc.reductions_t, lang),
                retired=fmt_qty(doc.retired_t, lang),
            )
        ),
        kv_table(
            [
                (tr("dos.sum.opinion", lang), opinion),
                (tr("dos.sum.findings", lang), f"{errors} / {warnings}"),
                (tr("qes.unc.range", lang), _range(fp, lang)),
                *([(tr("qes.unc.pedigree", lang), qes.pedigree_text(run, lang))] if run is not None else []),
            ],
            body_width(),
        ),
        *([para(tr("qes.unc.old", lang), "warn")] if run is not None and not run.current else []),
    ]


def _range(fp, lang: str) -> str:
    """The stored Monte Carlo's 95 % range as the QES prints it (the same stored result), its
    iterations and seed; or that none was run."""
    from forms.i18n import fmt_int

    run = None if fp is None else fp.uncertainty_run
    if run is None:
        return tr("qes.unc.none.run", lang)
    return (
        f"{fmt_t(run.low_t, lang)} – {fmt_t(run.high_t, lang)} tCO2e "
        f"({tr('qes.unc.runs', lang)}: {fmt_int(run.iterations, lang)} / {run.seed})"
    )


def _claim(doc: ClaimDocument, lang: str) -> list:
    w = body_width()
    figs = key_figures(doc, lang)
    labels = {
        "total_t": "f.total",
        "reductions_t": "f.reductions",
        "retired_t": "f.retired",
        "validation_type": "f.validation",
        "verifier": "f.verifier",
        "gwp_set": "f.gwp",
        "standard": "f.standard",
    }
    unit = {"total_t": " tCO2e", "reductions_t": " tCO2e", "retired_t": " tCO2e"}
    rows = [
        (tr(k, lang), (figs[name]["printed"] + unit.get(name, "")) if figs[name]["printed"] else "-")
        for name, k in labels.items()
    ]
    out = [heading(tr("cert.title", lang), 1, True)]
    if doc.draft_reasons:
        out.append(para(tr("warn.draft", lang, rules="; ".join(doc.draft_reasons)), "warn"))
    out += [para(declaration_text(doc, lang)), kv_table(rows, w)]
    if needs_eu_warning(doc):
        out.append(para(tr("warn.eu", lang), "warn"))
    return out


def _appendix(doc: ClaimDocument, lang: str) -> list:
    from reportlab.platypus import CondPageBreak

    w = body_width()
    fp = doc.footprint
    if not doc.unavailable and (fp is None or not fp.by_source):
        return []
    out = [CondPageBreak(430), heading(tr("dos.appendix", lang), 1, True)]  # as the parts: no empty page
    if fp is not None and fp.by_source:
        out.append(heading(tr("qes.excl.source", lang), 2, True))
        rows = [[ln.label, ln.note or "", fmt_t(ln.t, lang)] for ln in fp.by_source]
        rows.append([tr("qes.total", lang), "", fmt_t(fp.total_t, lang)])
        out.append(
            data_table(
                [tr("qes.excl.source", lang), "", tr("f.tco2e", lang)],
                rows,
                [w * 0.5, w * 0.28, w * 0.22],
                numeric=(2,),
            )
        )
    if doc.unavailable:
        out.append(heading(tr("dos.unavailable", lang), 2, True))
        out.append(
            data_table(
                [tr("f.subject", lang), tr("qes.excl.reason", lang)],
                [[k, v] for k, v in sorted(doc.unavailable.items())],
                [w * 0.3, w * 0.7],
            )
        )
    return out


def story(doc: ClaimDocument, lang: str) -> list:
    from reportlab.platypus import CondPageBreak, PageBreak

    out = _cover(doc, lang)
    if doc.draft_reasons:  # the claim fails a rule: a summary marked DRAFT instead of the certificate
        out += _claim(doc, lang)
    else:
        from reportlab.platypus import NextPageTemplate

        from forms import certificate

        out = out[:-1] + [
            NextPageTemplate("landscape"),
            PageBreak(),
            certificate.flowable(doc, lang),
            NextPageTemplate("p"),
        ]
    for key, part in (
        ("qes.title", lambda: qes.story(doc, lang, toc=True)),
        ("mp.title", lambda: management_plan.story(doc, lang, toc=True)),
        ("vs.title", lambda: verification_statement.story(doc, lang, toc=True)),
        ("kets.title", lambda: kets_report.story(doc, lang, toc=True)),
    ):
        # each part on a fresh page unless most of the page is still free (no mostly empty pages)
        out += [CondPageBreak(430), heading(tr(key, lang), 1, True)] + part()
    return out + _appendix(doc, lang)


def build(doc: ClaimDocument, out_path, lang: str = "en") -> Path:
    pdf = portrait_pdf(story(doc, lang), doc, "dos.title", lang, toc=True)
    return finish(pdf, doc, "dossier", lang, out_path, tr("dos.title", lang))
