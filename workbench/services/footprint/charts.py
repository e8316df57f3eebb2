"""Charts for the app's pages: the same matplotlib code as the printed documents (forms.charts),
returned as PNG bytes so the UI only has to show them."""

from __future__ import annotations


def macc_png(rows, currency: str, lang: str = "en") -> bytes:
    from forms.charts.plan import macc_png as draw

    return draw(rows, currency=currency, lang=lang)


def trajectory_png(rows, lang: str = "en") -> bytes:
    from forms.charts.plan import trajectory_png as draw

    return draw(rows, lang=lang)


def breakdown_png(data: list[tuple[str, float]], title: str = "", unit: str = "tCO2e") -> bytes:
    from forms.charts.footprint import draw_breakdown_bars, render_png

    return render_png(lambda ax, d, t: draw_breakdown_bars(ax, d, t, unit), data, title, size=(6.0, 3.0))


def donut_png(data: list[tuple[str, float]], title: str = "") -> bytes:
    from forms.charts.footprint import draw_share_donut, render_png

    return render_png(draw_share_donut, data, title, size=(4.0, 3.0))
