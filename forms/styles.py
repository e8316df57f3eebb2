"""Paragraph and table styles shared by every document (NanumGothic, embedded)."""

from __future__ import annotations

from functools import lru_cache

from forms import fonts

GREEN = "#1b5e3b"
LIGHT = "#e8f1ec"
GREY = "#555555"
RED = "#a12622"


@lru_cache(maxsize=1)
def styles() -> dict:
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_CENTER
    from reportlab.lib.styles import ParagraphStyle

    fonts.register_reportlab()
    base = ParagraphStyle("body", fontName=fonts.REGULAR, fontSize=9.5, leading=13.5, spaceAfter=4)
    s = {
        "body": base,
        "small": ParagraphStyle(
            "small", parent=base, fontSize=7.5, leading=10, textColor=colors.HexColor(GREY)
        ),
        "cell": ParagraphStyle("cell", parent=base, fontSize=8, leading=10.5, spaceAfter=0),
        "cellb": ParagraphStyle(
            "cellb", parent=base, fontName=fonts.BOLD, fontSize=8, leading=10.5, spaceAfter=0
        ),
        "title": ParagraphStyle(
            "title",
            parent=base,
            fontName=fonts.BOLD,
            fontSize=20,
            leading=26,
            textColor=colors.HexColor(GREEN),
            spaceAfter=10,
        ),
        "h1": ParagraphStyle(
            "h1",
            parent=base,
            fontName=fonts.BOLD,
            fontSize=14,
            leading=19,
            textColor=colors.HexColor(GREEN),
            spaceBefore=10,
            spaceAfter=6,
        ),
        "h2": ParagraphStyle(
            "h2",
            parent=base,
            fontName=fonts.BOLD,
            fontSize=11,
            leading=15,
            textColor=colors.HexColor(GREEN),
            spaceBefore=8,
            spaceAfter=4,
        ),
        "warn": ParagraphStyle(
            "warn",
            parent=base,
            fontSize=8.5,
            leading=12,
            textColor=colors.HexColor(RED),
            borderColor=colors.HexColor(RED),
            borderWidth=0.6,
            borderPadding=4,
            spaceBefore=6,
            spaceAfter=8,
        ),
        "center": ParagraphStyle("center", parent=base, alignment=TA_CENTER),
        "toc0": ParagraphStyle(
            "toc0", parent=base, fontSize=10.5, leading=16, leftIndent=10, firstLineIndent=-10
        ),
        "toc1": ParagraphStyle(
            "toc1", parent=base, fontSize=9, leading=13, leftIndent=28, firstLineIndent=-10
        ),
    }
    return s


def esc(text: object) -> str:
    """Escape text for reportlab's paragraph mini-markup."""
    out = str(text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return out.replace("\n", "<br/>")


def table_style(header: bool = True, numeric_cols: tuple[int, ...] = ()):
    from reportlab.lib import colors
    from reportlab.platypus import TableStyle

    cmds = [
        ("FONTNAME", (0, 0), (-1, -1), fonts.REGULAR),
        ("FONTSIZE", (0, 0), (-1, -1), 8),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, -1), 0.25, colors.HexColor("#c8d3cc")),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
    ]
    if header:
        cmds += [
            ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor(LIGHT)),
            ("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.HexColor(GREEN)),
        ]
    for c in numeric_cols:
        cmds.append(("ALIGN", (c, 0), (c, -1), "RIGHT"))
    return TableStyle(cmds)
