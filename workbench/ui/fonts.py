"""Register the bundled Hangul-capable font with Qt so Korean text never renders as boxes."""

from __future__ import annotations

from pathlib import Path

FONT_DIR = Path(__file__).resolve().parents[2] / "resources" / "fonts"
FONT_FILES = ("NanumGothic.ttf", "NanumGothicBold.ttf")
UI_FAMILY = "NanumGothic"

_registered: list[str] = []


def register_fonts() -> list[str]:
    """Add the bundled fonts to the application font database (once); return their families.

    Must be called after the QGuiApplication exists. Raises RuntimeError naming the file when a
    bundled font cannot be loaded, because a Korean UI without it would show boxes.
    """
    from PySide6.QtGui import QFontDatabase

    if _registered:
        return list(_registered)
    for name in FONT_FILES:
        path = FONT_DIR / name
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id < 0:
            raise RuntimeError(f"{path}: Qt could not load this font file")
        for family in QFontDatabase.applicationFontFamilies(font_id):
            if family not in _registered:
                _registered.append(family)
    return list(_registered)


def apply_ui_font(app, point_size: float | None = None) -> None:
    """Make the bundled Hangul font the application default (Latin glyphs included)."""
    from PySide6.QtGui import QFont

    register_fonts()
    font = QFont(UI_FAMILY)
    font.setPointSizeF(point_size or max(app.font().pointSizeF(), 9.0))
    app.setFont(font)
