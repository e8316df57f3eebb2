"""Charts for the pages, drawn by the same plotting code as the PDFs (forms.charts)."""

from __future__ import annotations

from .i18n import current_language


def macc_png(rows, currency: str) -> bytes:
    from forms.charts.plan import macc_png as draw

    return draw(rows, currency=currency, lang=current_language())


def trajectory_png(rows) -> bytes:
    from forms.charts.plan import trajectory_png as draw

    return draw(rows, lang=current_language())


def breakdown_png(data: list[tuple[str, float]], title: str = "", unit: str = "tCO2e") -> bytes:
    from forms.charts.footprint import draw_breakdown_bars, render_png

    return render_png(lambda ax, d, t: draw_breakdown_bars(ax, d, t, unit), data, title, size=(6.0, 3.0))


def donut_png(data: list[tuple[str, float]], title: str = "") -> bytes:
    from forms.charts.footprint import draw_share_donut, render_png

    return render_png(draw_share_donut, data, title, size=(4.0, 3.0))
