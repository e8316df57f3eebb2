"""Register the shipped NanumGothic fonts (SIL OFL 1.1) with reportlab and matplotlib.

NanumGothic covers Hangul and Latin, so one family prints both languages. reportlab embeds a subset
of each TrueType font it uses, so every PDF carries its glyphs.
"""

from __future__ import annotations

from pathlib import Path

FONT_DIR = Path(__file__).resolve().parents[1] / "resources" / "fonts"
REGULAR = "NanumGothic"
BOLD = "NanumGothic-Bold"
_FILES = {REGULAR: "NanumGothic.ttf", BOLD: "NanumGothicBold.ttf"}
_done = {"rl": False, "mpl": False}


def font_path(name: str = REGULAR) -> Path:
    path = FONT_DIR / _FILES[name]
    if not path.is_file():
        raise FileNotFoundError(f"font file missing: {path} (the NanumGothic fonts ship in resources/fonts)")
    return path


def register_reportlab() -> None:
    """Idempotent: register NanumGothic (regular, bold) as a reportlab font family."""
    if _done["rl"]:
        return
    from reportlab.lib.fonts import addMapping
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    for name in _FILES:
        pdfmetrics.registerFont(TTFont(name, str(font_path(name))))
    addMapping(REGULAR, 0, 0, REGULAR)
    addMapping(REGULAR, 1, 0, BOLD)
    addMapping(REGULAR, 0, 1, REGULAR)
    addMapping(REGULAR, 1, 1, BOLD)
    _done["rl"] = True


def register_matplotlib() -> str:
    """Idempotent: add NanumGothic to matplotlib's font manager; returns the family name."""
    if not _done["mpl"]:
        from matplotlib import font_manager

        for name in _FILES:
            font_manager.fontManager.addfont(str(font_path(name)))
        _done["mpl"] = True
    return REGULAR
