"""The carbon-neutrality certificate: A4 landscape, one page, with declaration, figures and QR code.

ISO 14068-1:2023 claim for current periods; PAS 2060:2014-style achievement certificate for periods
that ended before PAS 2060's withdrawal (2025-11-30). The snapshot hash and file id are printed, put
into a QR code, and stamped into the PDF metadata with the key figures (see :mod:`forms.pdfmeta`).
"""

from __future__ import annotations

import io
from pathlib import Path

from forms import fonts, qr
from forms.base import doc_no, finish, org_name, standard_label, subject_name
from forms.declaration import declaration_text, needs_eu_warning
from forms.entity_shares import certificate_line
from forms.i18n import fmt_date, fmt_pct, fmt_qty, fmt_t, local, tr
from forms.model import PAS2060, ClaimDocument
from forms.styles import GREEN, GREY, esc

PAGE_W, PAGE_H = 841.89, 595.28  # A4 landscape, points
LEFT, RIGHT_COL = 64, 618  # left content x; x of the right column (QR, number, signatory)
BOTTOM_BAND = 92
QR_Y, QR_SIZE = (
    300,
    132,
)  # lower-left y and side of the QR code  # y above which the body must end (hash band below)


def qr_payload(doc: ClaimDocument, lang: str = "en") -> str:
    """What the QR code carries: plain text any phone shows as it is (organisation, period, total,
    credits, standard, document number, file id and snapshot hash), in the document's language."""
    fp = doc.footprint
    return tr(
        "cert.qr.text",
        lang,
        org=org_name(doc, lang),
        start=doc.period.start.isoformat(),
        end=doc.period.end.isoformat(),
        total=fmt_t(None if fp is None else fp.total_t, lang),
        retired=fmt_qty(doc.retired_t, lang),
        std=standard_label(doc),
        doc=doc_no(doc),
        fid=doc.file_id or "-",
        hash=doc.snapshot_hash or "-",
    )


def _sum_rows(doc: ClaimDocument, lang: str) -> list[tuple[str, ...]]:
    """Total, reductions (already in the total), residual, credits retired and any surplus: the
    figures in the order they add up."""
    fp = doc.footprint
    t = tr("f.tco2e", lang)
    rows = [
        (tr("f.total", lang), f"{fmt_t(fp.total_t if fp else None, lang)} {t}"),
        (
            tr("cert.sum.reductions", lang),
            f"{fmt_t(doc.reductions_t, lang)} {t}",
            tr("cert.sum.reductions.note", lang),
        ),
        (tr("cert.sum.residual", lang), f"{fmt_t(doc.residual_t, lang)} {t}"),
        (tr("cert.sum.retired", lang), f"{fmt_qty(doc.retired_t, lang)} {t}"),
    ]
    if doc.residual_t is not None and doc.retired_t > doc.residual_t:
        rows.append((tr("cert.sum.surplus", lang), f"{fmt_t(doc.retired_t - doc.residual_t, lang)} {t}"))
    return rows


def _figure_rows(doc: ClaimDocument, lang: str) -> list[tuple[str, str, str, str]]:
    fp = doc.footprint
    kind = tr(f"kind.{doc.subject.kind}", lang) if doc.subject.kind else ""
    rows = [
        (
            tr("f.subject", lang),
            f"{subject_name(doc, lang)} ({kind})",
            tr("f.period", lang),
            f"{fmt_date(doc.period.start, lang)} – {fmt_date(doc.period.end, lang)}",
        ),
        (
            tr("f.standard", lang),
            standard_label(doc),
            tr("f.gwp", lang),
            f"IPCC {fp.gwp_set} GWP-100" if fp else tr("f.not_available", lang),
        ),
        (
            tr("f.removal_share", lang),
            fmt_pct(None if doc.removal_share is None else 100 * doc.removal_share, lang),
            tr("f.validation", lang),
            tr(f"v.{doc.validation_type}", lang),
        ),
    ]
    if doc.verifier:
        v = doc.verification
        acc = f" ({v.accreditation})" if v and v.accreditation else ""
        rows.append((tr("f.verifier", lang), doc.verifier + acc, "", ""))
    shares = certificate_line(fp, lang)
    if shares:
        rows.append((tr("cert.cons", lang), shares, "", ""))
    return rows


def _blocks(doc: ClaimDocument, lang: str, scale: float):
    """Flowables of the left column at a font scale; returns [(flowable, space_before)]."""
    from reportlab.lib import colors
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase import pdfmetrics
    from reportlab.platypus import Paragraph, Table, TableStyle

    width = RIGHT_COL - LEFT - 24
    name = org_name(doc, lang)
    size = 20.0
    while size > 13 and pdfmetrics.stringWidth(name, fonts.BOLD, size * scale) > width:
        size -= 1  # one line when it can; long names wrap below
    name_style = ParagraphStyle("n", fontName=fonts.BOLD, fontSize=size * scale, leading=size * scale * 1.25)
    addr_style = ParagraphStyle(
        "a", fontName=fonts.REGULAR, fontSize=8.5 * scale, leading=11 * scale, textColor=colors.HexColor(GREY)
    )
    decl = ParagraphStyle("decl", fontName=fonts.REGULAR, fontSize=11.5 * scale, leading=16 * scale)
    cell = ParagraphStyle("c", fontName=fonts.REGULAR, fontSize=8.5 * scale, leading=11 * scale)
    cellb = ParagraphStyle("cb", parent=cell, fontName=fonts.BOLD, textColor=colors.HexColor(GREEN))
    warn = ParagraphStyle(
        "w",
        fontName=fonts.REGULAR,
        fontSize=7.5 * scale,
        leading=10 * scale,
        textColor=colors.HexColor("#a12622"),
    )
    out = [(Paragraph(esc(name), name_style), 0)]
    addr = local(doc.organisation.address, doc.organisation.address_local, lang)
    if addr:
        out.append((Paragraph(esc(addr), addr_style), 2))
    out.append((Paragraph(esc(declaration_text(doc, lang)), decl), 12 * scale))
    right = ParagraphStyle("r", parent=cell, alignment=2)
    note = ParagraphStyle("nt", parent=cell, textColor=colors.HexColor(GREY))
    sums = [
        [
            Paragraph(esc(r[0]), cellb),
            Paragraph(esc(r[1]), right),
            Paragraph(esc(r[2] if len(r) > 2 else ""), note),
        ]
        for r in _sum_rows(doc, lang)
    ]
    st = Table(sums, colWidths=[width * 0.36, width * 0.2, width * 0.3], hAlign="LEFT")
    st.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), fonts.REGULAR),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEABOVE", (0, 2), (1, 2), 0.6, colors.HexColor(GREEN)),
                ("TOPPADDING", (0, 0), (-1, -1), 1.5 * scale),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5 * scale),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    out.append((st, 8 * scale))
    data = [
        [Paragraph(esc(a), cellb), Paragraph(esc(b), cell), Paragraph(esc(c), cellb), Paragraph(esc(d), cell)]
        for a, b, c, d in _figure_rows(doc, lang)
    ]
    cw = [width * 0.17, width * 0.33, width * 0.17, width * 0.33]
    t = Table(data, colWidths=cw)
    cmds = [
        ("FONTNAME", (0, 0), (-1, -1), fonts.REGULAR),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, -1), 0.3, colors.HexColor("#c8d3cc")),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5 * scale),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5 * scale),
    ]
    for i, row in enumerate(data):
        if not row[2].getPlainText():  # a row with one value (verifier, boundary) spans the width
            cmds.append(("SPAN", (1, i), (3, i)))
    t.setStyle(TableStyle(cmds))
    out.append((t, 12 * scale))
    if needs_eu_warning(doc):
        out.append((Paragraph(esc(tr("warn.eu", lang)), warn), 8 * scale))
    if doc.footprint is not None and doc.footprint.stale:
        out.append((Paragraph(esc(tr("warn.stale", lang)), warn), 6 * scale))
    return out, width


def _draw_frame(c) -> None:
    from reportlab.lib import colors

    c.setStrokeColor(colors.HexColor(GREEN))
    c.setLineWidth(2.2)
    c.rect(18, 18, PAGE_W - 36, PAGE_H - 36)
    c.setLineWidth(0.5)
    c.rect(25, 25, PAGE_W - 50, PAGE_H - 50)


def render(doc: ClaimDocument, lang: str = "en") -> bytes:
    """The certificate as PDF bytes (not yet stamped)."""
    from reportlab.pdfgen import canvas

    fonts.register_reportlab()
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(PAGE_W, PAGE_H), invariant=1, initialFontName=fonts.REGULAR)
    c.setTitle(tr("cert.title.pas" if doc.standard == PAS2060 else "cert.title", lang))
    c.setAuthor(doc.organisation.name)
    c.setCreator("Carbon-Neutrality Workbench")
    draw_page(c, doc, lang)
    c.showPage()
    c.save()
    return buf.getvalue()


def draw_page(c, doc: ClaimDocument, lang: str) -> None:
    """Draw the whole certificate on the current (A4 landscape) page of canvas ``c``."""
    from reportlab.lib import colors

    fonts.register_reportlab()
    pas = doc.standard == PAS2060
    title = tr("cert.title.pas" if pas else "cert.title", lang)
    c.saveState()
    _draw_frame(c)
    green, grey = colors.HexColor(GREEN), colors.HexColor(GREY)

    c.setFillColor(green)
    c.setFont(fonts.BOLD, 26)
    c.drawCentredString(PAGE_W / 2, 522, title)
    c.setFillColor(grey)
    c.setFont(fonts.REGULAR, 10.5)
    c.drawCentredString(PAGE_W / 2, 502, tr("cert.sub.pas" if pas else "cert.sub.iso", lang))

    c.setFillColor(colors.black)
    c.setFont(fonts.REGULAR, 9.5)
    c.drawString(LEFT, 470, tr("cert.awarded", lang))

    # left column: name, address, declaration, figures, warnings; shrink until it fits above the band
    top = 464
    for scale in (1.0, 0.93, 0.86, 0.8, 0.74, 0.68, 0.62):
        blocks, width = _blocks(doc, lang, scale)
        heights = [f.wrap(width, 1000)[1] + gap for f, gap in blocks]
        if top - sum(heights) >= BOTTOM_BAND + 4:
            break
    else:
        raise ValueError("certificate text does not fit on one page (shorten the names or the verifier text)")
    y = top
    for (f, _gap), h in zip(blocks, heights, strict=True):
        y -= h
        f.drawOn(c, LEFT, y)

    # right column: QR, document number, date, signatory
    qr_size = QR_SIZE
    qx = RIGHT_COL + (PAGE_W - 40 - RIGHT_COL - qr_size) / 2
    qr.draw(c, qr_payload(doc, lang), qx, QR_Y, qr_size)
    c.setFillColor(grey)
    c.setFont(fonts.REGULAR, 6.5)
    c.drawCentredString(qx + qr_size / 2, 292, tr("cert.qr", lang))
    c.setFillColor(colors.black)
    c.setFont(fonts.BOLD, 8.5)
    c.drawString(RIGHT_COL, 262, tr("cert.no", lang))
    c.setFont(fonts.REGULAR, 8.5)
    c.drawString(RIGHT_COL, 250, doc_no(doc))
    c.setFont(fonts.BOLD, 8.5)
    c.drawString(RIGHT_COL, 232, tr("cert.issued", lang))
    c.setFont(fonts.REGULAR, 8.5)
    c.drawString(RIGHT_COL, 220, fmt_date(doc.issued_on, lang))
    c.setStrokeColor(colors.black)
    c.setLineWidth(0.6)
    c.line(RIGHT_COL, 150, PAGE_W - 48, 150)
    c.setFont(fonts.REGULAR, 8.5)
    c.drawString(RIGHT_COL, 138, doc.organisation.senior_signatory or "")
    c.setFont(fonts.REGULAR, 7.5)
    c.setFillColor(grey)
    title_line = doc.organisation.signatory_title or tr("cert.signatory", lang)
    c.drawString(RIGHT_COL, 127, title_line)

    # bottom band: hash, file id, how to check
    c.setStrokeColor(colors.HexColor("#c8d3cc"))
    c.line(LEFT, BOTTOM_BAND - 2, PAGE_W - 48, BOTTOM_BAND - 2)
    c.setFillColor(grey)
    c.setFont(fonts.REGULAR, 7.5)
    c.drawString(LEFT, 76, f"{tr('f.snapshot', lang)}: {doc.snapshot_hash}")
    c.drawString(LEFT, 64, f"{tr('f.file_id', lang)}: {doc.file_id}")
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph

    check = Paragraph(
        esc(tr("cert.check.words", lang)),
        ParagraphStyle("chk", fontName=fonts.REGULAR, fontSize=7.5, leading=9.5, textColor=grey),
    )
    _w, h = check.wrap(PAGE_W - 48 - LEFT, 30)
    check.drawOn(c, LEFT, 52 + 9.5 - h)
    c.restoreState()


def flowable(doc: ClaimDocument, lang: str):
    """The certificate as a full-page flowable (for the dossier's landscape page template)."""
    from reportlab.platypus import Flowable

    class CertificatePage(Flowable):
        _toc_level = 0

        def wrap(self, aw, ah):
            return PAGE_W - 1, PAGE_H - 1

        def draw(self):
            draw_page(self.canv, doc, lang)

        def getPlainText(self):
            return tr("cert.title.pas" if doc.standard == PAS2060 else "cert.title", lang)

    return CertificatePage()


def build(doc: ClaimDocument, out_path, lang: str = "en") -> Path:
    """Write the stamped certificate PDF; returns its path."""
    pdf = render(doc, lang)
    title = tr("cert.title.pas" if doc.standard == PAS2060 else "cert.title", lang)
    return finish(pdf, doc, "certificate", lang, out_path, title)
