"""Shared machinery: page templates with the hash footer, tables, key figures, stamping, writing."""

from __future__ import annotations

import io
from pathlib import Path

from forms import pdfmeta
from forms.i18n import fmt_date, fmt_pct, fmt_qty, fmt_t, local, tr
from forms.model import PAS2060, ClaimDocument
from forms.styles import esc, styles, table_style

MARGIN = 50  # points


def doc_no(doc: ClaimDocument) -> str:
    """A stable document number: file id, period label and the first 8 hex digits of the snapshot."""
    if doc.document_no:
        return doc.document_no
    fid = (doc.file_id or "nofile").split("-")[0][:8].upper()
    return f"CNW-{fid}-{doc.period.label}-{(doc.snapshot_hash or '0' * 8)[:8].upper()}"


def subject_name(doc: ClaimDocument, lang: str) -> str:
    return local(doc.subject.name, doc.subject.name_local, lang)


def org_name(doc: ClaimDocument, lang: str) -> str:
    return local(doc.organisation.name, doc.organisation.name_local, lang)


def standard_label(doc: ClaimDocument) -> str:
    return "PAS 2060:2014" if doc.standard == PAS2060 else "ISO 14068-1:2023"


def key_figures(doc: ClaimDocument, lang: str) -> dict[str, dict]:
    """The figures a certificate prints, as ``{name: {"value": canonical, "printed": text}}``.

    ``value`` is what `cnw certificate check` compares with the project; ``printed`` is the text
    that must appear in the PDF.
    """
    fp = doc.footprint
    figs: dict[str, tuple[object, str]] = {
        "organisation": (doc.organisation.name, org_name(doc, lang)),
        "subject": (doc.subject.name, subject_name(doc, lang)),
        "period_start": (doc.period.start.isoformat(), fmt_date(doc.period.start, lang)),
        "period_end": (doc.period.end.isoformat(), fmt_date(doc.period.end, lang)),
        "standard": (doc.standard, standard_label(doc)),
        "validation_type": (doc.validation_type, tr(f"v.{doc.validation_type}", lang)),
        "total_t": (
            None if fp is None else round(fp.total_t, 6),
            fmt_t(None if fp is None else fp.total_t, lang),
        ),
        "gwp_set": (None if fp is None else fp.gwp_set, "" if fp is None else fp.gwp_set),
        "reductions_t": (round(doc.reductions_t, 6), fmt_t(doc.reductions_t, lang)),
        "retired_t": (round(doc.retired_t, 6), fmt_qty(doc.retired_t, lang)),
        "serials": (sorted(c.serial for c in doc.credits if c.retired), ""),
        "verifier": (doc.verifier, doc.verifier or ""),
    }
    return {k: {"value": v, "printed": p} for k, (v, p) in figs.items()}


def footer_text(doc: ClaimDocument, kind_key: str, lang: str, page: int) -> str:
    return tr(
        "foot",
        lang,
        doc=tr(kind_key, lang),
        fid=doc.file_id or "-",
        hash=(doc.snapshot_hash or "-")[:16],
        page=page,
    )


def kv_table(rows: list[tuple[str, str]], width: float, label_frac: float = 0.32):
    from reportlab.platypus import Paragraph, Table

    st = styles()
    data = [[Paragraph(esc(k), st["cellb"]), Paragraph(esc(v), st["cell"])] for k, v in rows]
    t = Table(data, colWidths=[width * label_frac, width * (1 - label_frac)])
    t.setStyle(table_style(header=False))
    return t


def data_table(
    header: list[str],
    rows: list[list[str]],
    widths: list[float],
    numeric: tuple[int, ...] = (),
    repeat: bool = True,
):
    from reportlab.lib.enums import TA_RIGHT
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, Table

    st = styles()
    right = ParagraphStyle("cellr", parent=st["cell"], alignment=TA_RIGHT)
    rightb = ParagraphStyle("cellbr", parent=st["cellb"], alignment=TA_RIGHT)

    def cell(text, col, bold=False):
        if col in numeric:
            return Paragraph(esc(text), rightb if bold else right)
        return Paragraph(esc(text), st["cellb"] if bold else st["cell"])

    data = [[cell(h, i, True) for i, h in enumerate(header)]]
    data += [[cell(v, i) for i, v in enumerate(r)] for r in rows]
    t = Table(data, colWidths=widths, repeatRows=1 if repeat else 0)
    t.setStyle(table_style(header=True, numeric_cols=numeric))
    return t


def portrait_pdf(story: list, doc: ClaimDocument, kind_key: str, lang: str, toc: bool = False) -> bytes:
    """Lay out a flowing A4 portrait document with the file/hash footer on every page.

    A second page template, ``landscape`` (full A4 landscape page, no margins, no footer), takes a
    full-page flowable such as the certificate (switch with ``NextPageTemplate("landscape")``)."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate

    from forms import fonts

    fonts.register_reportlab()
    buf = io.BytesIO()
    title = tr(kind_key, lang)

    class _Doc(BaseDocTemplate):
        def afterFlowable(self, flowable):  # table of contents entries (dossier)
            level = getattr(flowable, "_toc_level", None)
            if level is not None:
                key = f"h{id(flowable)}"
                self.canv.bookmarkPage(key)
                self.notify("TOCEntry", (level, flowable.getPlainText(), self.page, key))

    d = _Doc(
        buf,
        pagesize=A4,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN,
        bottomMargin=MARGIN + 8,
        title=title,
        author=doc.organisation.name,
        creator="Carbon-Neutrality Workbench",
        invariant=1,
        initialFontName=fonts.REGULAR,
    )
    frame = Frame(
        d.leftMargin,
        d.bottomMargin,
        d.width,
        d.height,
        id="body",
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
    )

    def on_page(canv, _d):
        canv.saveState()
        canv.setFont(fonts.REGULAR, 7)
        canv.setFillColor(colors.HexColor("#666666"))
        canv.drawString(MARGIN, MARGIN - 14, footer_text(doc, kind_key, lang, canv.getPageNumber()))
        canv.setStrokeColor(colors.HexColor("#1b5e3b"))
        canv.setLineWidth(0.6)
        canv.line(MARGIN, MARGIN - 4, A4[0] - MARGIN, MARGIN - 4)
        canv.restoreState()

    land = landscape(A4)
    full = Frame(
        0, 0, land[0], land[1], id="full", leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0
    )
    d.addPageTemplates(
        [
            PageTemplate(id="p", frames=[frame], onPage=on_page, pagesize=A4),
            PageTemplate(id="landscape", frames=[full], pagesize=land),
        ]
    )
    story = keep_headings(story)
    if toc:
        d.multiBuild(story)
    else:
        d.build(story)
    return buf.getvalue()


def keep_headings(story: list, room: float = 110) -> list:
    """A heading never sits alone at the foot of a page: before each one, start a new page when less
    than ``room`` points are left (a table after it still splits across pages as it must)."""
    from reportlab.platypus import CondPageBreak

    out = []
    for f in story:
        if getattr(f, "_is_heading", False):
            out.append(CondPageBreak(room))
        out.append(f)
    return out


def body_width() -> float:
    from reportlab.lib.pagesizes import A4

    return A4[0] - 2 * MARGIN


def finish(pdf_bytes: bytes, doc: ClaimDocument, kind: str, lang: str, out_path, title: str) -> Path:
    """Stamp the workbench metadata into the PDF and write it; returns the path."""
    stamp = pdfmeta.Stamp(kind, lang, doc.snapshot_hash, doc.file_id, key_figures(doc, lang))
    data = pdfmeta.apply(pdf_bytes, stamp, title=title)
    out = Path(out_path)
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.with_name(out.name + ".part")
    try:
        tmp.write_bytes(data)
        tmp.replace(out)  # atomic: a reader never sees half a PDF
    except OSError:
        tmp.unlink(missing_ok=True)
        raise
    return out


def heading(text: str, level: int = 1, toc: bool = False):
    """A section heading; in the dossier (toc=True) it also becomes a table-of-contents entry."""
    from reportlab.platypus import Paragraph

    st = styles()
    p = Paragraph(esc(text), st["title" if level == 0 else ("h1" if level == 1 else "h2")])
    p._is_heading = level > 0
    if toc:
        p._toc_level = max(level - 1, 0) if level else 0
    return p


def para(text: str, style: str = "body"):
    from reportlab.platypus import Paragraph

    return Paragraph(esc(text), styles()[style])


def not_available(doc: ClaimDocument, section: str, lang: str):
    reason = doc.unavailable.get(section, "")
    text = tr("f.not_available", lang) + (f": {reason}" if reason else "")
    return para(text, "small")


def image(png: bytes, width: float):
    """A PNG (e.g. a matplotlib chart) scaled to a width, keeping its aspect ratio."""
    from reportlab.lib.utils import ImageReader
    from reportlab.platypus import Image

    reader = ImageReader(io.BytesIO(png))
    w, h = reader.getSize()
    return Image(io.BytesIO(png), width=width, height=width * h / w)


def lines_table(lines, lang: str, total: float | None, width: float, label_key: str):
    """A breakdown table: label, tCO2e, share of the total."""
    t = tr("f.tco2e", lang)
    rows = [[ln.label, fmt_t(ln.t, lang), fmt_pct(100 * ln.t / total, lang) if total else ""] for ln in lines]
    if total is not None:
        rows.append([tr("qes.total", lang), fmt_t(total, lang), fmt_pct(100.0, lang)])
    return data_table(
        [tr(label_key, lang), t, tr("qes.share", lang)],
        rows,
        [width * 0.6, width * 0.22, width * 0.18],
        numeric=(1, 2),
    )


def _status(status: str, lang: str) -> str:
    from forms.i18n import has

    return tr(f"status.{status}", lang) if has(f"status.{status}") else status.replace("_", " ")


def credit_rows(doc: ClaimDocument, lang: str) -> list[list[str]]:
    rows = []
    for c in doc.credits:
        retire = ", ".join(
            x
            for x in (
                fmt_date(c.retirement_date, lang) if c.retirement_date else _status(c.status, lang),
                c.beneficiary,
                c.retirement_reference,
            )
            if x
        ) + (f"\n{c.evidence}" if c.evidence else "")
        rows.append(
            [
                f"{c.programme} / {c.registry} ({c.unit_type})",
                f"{c.project_id} {c.project_name}",
                c.serial,
                fmt_qty(c.quantity, lang),
                (c.vintage or "").replace(" – ", "\n– "),
                retire,
            ]
        )
    return rows
