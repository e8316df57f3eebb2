"""Charts for the app's pages: the same matplotlib code as the printed documents (forms.charts),
returned as PNG bytes so the UI only has to show them. The Monte Carlo histogram
(:func:`histogram_png`) is drawn here directly with matplotlib's object API (no pyplot state)."""

from __future__ import annotations


def macc_png(rows, currency: str, lang: str = "en", fmt: str = "png") -> bytes:
    """``fmt``: "png", or "svg" for the same chart as vector paths (every function here)."""
    if fmt != "png":
        from forms.charts.plan import macc_figure, render

        return render(macc_figure(rows, currency=currency, lang=lang), fmt)
    from forms.charts.plan import macc_png as draw

    return draw(rows, currency=currency, lang=lang)


def trajectory_png(rows, lang: str = "en", fmt: str = "png") -> bytes:
    if fmt != "png":
        from forms.charts.plan import render, trajectory_figure

        return render(trajectory_figure(rows, lang=lang), fmt)
    from forms.charts.plan import trajectory_png as draw

    return draw(rows, lang=lang)


def trajectory_panels_png(rows, lang: str = "en", fmt: str = "png") -> bytes:
    """The trajectory with the target's scopes and all sources on two panels sharing one y scale."""
    from forms.charts.plan import render, trajectory_panels_figure

    return render(trajectory_panels_figure(rows, lang=lang), fmt)


def portfolio_png(lots, residual_t: float | None, lang: str = "en", fmt: str = "png") -> bytes:
    """Credits by vintage, programme and kind against the residual emissions (``lots``: CreditLot)."""
    from forms.charts.offsets import PortfolioRow, portfolio_figure
    from forms.charts.plan import render

    rows = [
        PortfolioRow(
            lot.programme or lot.registry or "?",
            lot.kind,
            (lot.vintage_end or lot.vintage_start).year if (lot.vintage_end or lot.vintage_start) else None,
            float(lot.quantity),
            lot.status == "retired",
        )
        for lot in lots
    ]
    return render(portfolio_figure(rows, residual_t, lang=lang), fmt)


def breakdown_png(
    data: list[tuple[str, float]], title: str = "", unit: str = "tCO2e", lang: str = "en", fmt: str = "png"
) -> bytes:
    from forms.charts.footprint import draw_breakdown_bars, render_png, render_svg

    render = render_svg if fmt == "svg" else render_png
    return render(
        lambda ax, d, t: draw_breakdown_bars(ax, d, t, unit, lang=lang), data, title, size=(6.0, 3.0)
    )


def donut_png(data: list[tuple[str, float]], title: str = "", lang: str = "en", fmt: str = "png") -> bytes:
    from forms.charts.footprint import draw_share_donut, render_png, render_svg

    render = render_svg if fmt == "svg" else render_png
    return render(lambda ax, d, t: draw_share_donut(ax, d, t, lang=lang), data, title, size=(4.0, 3.0))


_FONT = None  # NanumGothic (Hangul) for labels, loaded on first use


def _font():
    global _FONT
    if _FONT is None:
        from pathlib import Path

        from matplotlib.font_manager import FontProperties

        path = Path(__file__).resolve().parents[3] / "resources" / "fonts" / "NanumGothic.ttf"
        _FONT = FontProperties(fname=str(path)) if path.exists() else FontProperties()
    return _FONT


def histogram_png(
    mc: dict,
    labels: dict | None = None,
    size: tuple[float, float] = (5.6, 2.6),
    dpi: int = 100,
    lang: str = "en",
    fmt: str = "png",
) -> bytes:
    """The Monte Carlo histogram of the total (t CO2e) as PNG bytes: the stored bins, the
    deterministic value and the 95 % interval marked. ``labels`` (already in the UI's language):
    ``x``, ``y``, ``deterministic``, ``interval``, ``title``. Drawn with matplotlib's object API (no
    pyplot state), so it may run in a worker thread."""
    import io

    import numpy as np
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    lab = {
        "x": "tCO2e",
        "y": "iterations",
        "deterministic": "deterministic",
        "interval": "95 % interval",
        "title": "",
        **(labels or {}),
    }
    hist = mc.get("histogram") or {}
    edges = np.asarray(hist.get("edges") or [], float)
    counts = np.asarray(hist.get("counts") or [], float)
    font = _font()
    fig = Figure(figsize=size, dpi=dpi)
    FigureCanvasAgg(fig)
    ax = fig.add_subplot(1, 1, 1)
    tot = mc.get("total") or {}
    if edges.size >= 2 and counts.size == edges.size - 1:
        lo, hi = tot.get("p2_5"), tot.get("p97_5")
        centres = (edges[:-1] + edges[1:]) / 2
        inside = (
            (centres >= lo) & (centres <= hi)
            if lo is not None and hi is not None
            else np.ones_like(centres, bool)
        )
        colours = np.where(inside, "#4c8bf5", "#c6d4ee")
        ax.bar(
            edges[:-1],
            counts,
            width=np.diff(edges),
            align="edge",
            color=list(colours),
            edgecolor="white",
            linewidth=0.4,
        )
        if lo is not None and hi is not None:
            ax.axvline(lo, color="#1a4fa3", linestyle="--", linewidth=1.0, label=lab["interval"])
            ax.axvline(hi, color="#1a4fa3", linestyle="--", linewidth=1.0)
        det = mc.get("deterministic")
        if det is not None:
            ax.axvline(float(det), color="#c5221f", linewidth=1.6, label=lab["deterministic"])
        font8 = font.copy()
        font8.set_size(8)
        ax.legend(prop=font8, loc="lower center", bbox_to_anchor=(0.5, 1.0), ncol=2, frameon=False)
    ax.set_xlabel(lab["x"], fontproperties=font)
    ax.set_ylabel(lab["y"], fontproperties=font)
    if lab["title"]:
        ax.set_title(lab["title"], fontproperties=font, fontsize=10)
    from forms.charts.axes import format_axes

    format_axes(ax, lang)  # thousands separators, the language's number format
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)
    ax.tick_params(labelsize=8)
    fig.tight_layout()
    if fmt != "png":
        from forms.charts.plan import render

        return render(fig, fmt)
    buf = io.BytesIO()
    fig.savefig(buf, format="png", dpi=dpi)
    return buf.getvalue()
