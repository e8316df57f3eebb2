"""Footprint breakdown charts (matplotlib, no Qt), shared by the UI and the printed documents.

``draw_*`` functions draw onto a given Axes (the UI passes its canvas' axes); ``render_png`` /
``render_pdf`` return bytes for the documents. Data is a list of ``(label, tCO2e)`` pairs.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Sequence
from functools import lru_cache

PALETTE = ("#1b5e3b", "#3d8b5f", "#7fb38f", "#b9d6c1", "#d9a441", "#8c6d46", "#5b7b9a", "#a3a3a3")


def _setup_font() -> None:
    import matplotlib

    from forms import fonts

    family = fonts.register_matplotlib()
    matplotlib.rcParams["font.family"] = [family, "DejaVu Sans"]
    matplotlib.rcParams["axes.unicode_minus"] = False


def draw_breakdown_bars(
    ax, data: Sequence[tuple[str, float]], title: str = "", unit: str = "tCO2e", lang: str = "en"
) -> None:
    """Horizontal bars, largest first, each labelled with its value; numbers in ``lang``'s format."""
    from forms.charts.axes import format_axes
    from forms.numbers import fmt_amount

    rows = sorted(((str(k), float(v)) for k, v in data), key=lambda kv: kv[1])
    labels = [k for k, _ in rows]
    values = [v for _, v in rows]
    colors = [PALETTE[i % len(PALETTE)] for i in range(len(rows))][::-1]
    ax.barh(range(len(rows)), values, color=colors, height=0.62)
    ax.set_yticks(range(len(rows)), labels)
    top = max(values, default=0) or 1.0
    ax.set_xlim(0, top * 1.22)
    for i, v in enumerate(values):
        ax.text(v + top * 0.01, i, fmt_amount(v, lang, 1), va="center", fontsize=8)
    format_axes(ax, lang, y=False)
    ax.set_xlabel(unit)
    if title:
        ax.set_title(title, fontsize=10, loc="left")
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)


def draw_share_donut(ax, data: Sequence[tuple[str, float]], title: str = "", lang: str = "en") -> None:
    """A donut of shares with the percentage in the legend (in ``lang``'s number format)."""
    from forms.numbers import fmt_pct

    rows = [(str(k), float(v)) for k, v in data if float(v) > 0]
    total = sum(v for _, v in rows) or 1.0
    ax.pie(
        [v for _, v in rows],
        colors=PALETTE[: len(rows)],
        startangle=90,
        counterclock=False,
        wedgeprops={"width": 0.38, "edgecolor": "white"},
    )
    ax.legend(
        [f"{k}  {fmt_pct(100 * v / total, lang)}" for k, v in rows],
        loc="center left",
        bbox_to_anchor=(1.0, 0.5),
        frameon=False,
        fontsize=8,
    )
    ax.set_aspect("equal")
    if title:
        ax.set_title(title, fontsize=10, loc="left")


def _render(draw: Callable, data, title: str, size: tuple[float, float], fmt: str, dpi: int) -> bytes:
    _setup_font()
    from matplotlib.figure import Figure

    fig = Figure(figsize=size, dpi=dpi)
    ax = fig.add_subplot(111)
    draw(ax, data, title)
    fig.tight_layout()
    buf = io.BytesIO()
    fig.savefig(buf, format=fmt, dpi=dpi, metadata={"Software": None} if fmt == "png" else None)
    return buf.getvalue()


@lru_cache(maxsize=64)
def breakdown_png(
    data: tuple[tuple[str, float], ...], title: str = "", size=(6.0, 2.6), dpi: int = 150, lang: str = "en"
) -> bytes:
    """Cached horizontal-bar breakdown as PNG (documents re-use the same charts across languages/builds)."""
    return render_png(lambda ax, d, t: draw_breakdown_bars(ax, d, t, lang=lang), list(data), title, size, dpi)


def render_png(draw: Callable, data, title: str = "", size=(6.0, 2.6), dpi: int = 150) -> bytes:
    return _render(draw, data, title, size, "png", dpi)


def render_pdf(draw: Callable, data, title: str = "", size=(6.0, 2.6)) -> bytes:
    return _render(draw, data, title, size, "pdf", 72)


def render_svg(draw: Callable, data, title: str = "", size=(6.0, 2.6)) -> bytes:
    """The chart as SVG: vector paths from matplotlib (text kept as text), never an embedded raster."""
    import matplotlib

    with matplotlib.rc_context({"svg.fonttype": "none", "svg.hashsalt": "cnw"}):
        return _render(draw, data, title, size, "svg", 72)
