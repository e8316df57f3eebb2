"""Reduction-plan charts: marginal abatement cost curve (MACC) and emissions trajectory.

One plotting path for the UI and the PDFs: ``draw_*`` draw onto a matplotlib Axes the caller owns
(the UI's FigureCanvas, or a Figure made here); ``*_figure`` build a Figure without pyplot (no
global state, thread-safe); ``render`` turns a Figure into PNG/PDF/SVG bytes. Labels use
NanumGothic so Korean measure names print. matplotlib is imported inside the functions.

    from forms.charts.plan import macc_png, trajectory_png
    png = macc_png(rows, currency="KRW")            # rows: list[lca.reduction_cost.MaccRow]
    png = trajectory_png(traj, lang="ko")           # traj: list[lca.reduction_targets.TrajectoryRow]
"""

from __future__ import annotations

import io
from collections.abc import Sequence

from lca.reduction_cost import MaccRow
from lca.reduction_targets import TrajectoryRow

FONT_FAMILY = "NanumGothic"
SAVING_COLOUR = "#2e8b57"  # measures that pay for themselves (cost per t below zero)
COST_COLOUR = "#d9822b"
LINE_COLOURS = {"bau": "#7f7f7f", "planned": "#1f5fa8", "target": "#c0392b", "actual": "#111111"}

_LABELS = {
    "en": {
        "macc_title": "Marginal abatement cost curve",
        "macc_x": "Abatement (tCO2e/yr)",
        "macc_y": "Cost ({currency}/tCO2e)",
        "traj_title": "Emissions trajectory",
        "traj_y": "tCO2e",
        "year": "Year",
        "bau": "Business as usual",
        "planned": "With planned measures",
        "target": "Target",
        "actual": "Measured footprint",
        "residual": "Residual to offset (all sources)",
        "empty": "No measures with abatement",
        "covered": "Sources the target covers",
        "all_sources": "All sources: residual to offset",
    },
    "ko": {
        "macc_title": "한계감축비용곡선 (MACC)",
        "macc_x": "감축량 (tCO2e/년)",
        "macc_y": "비용 ({currency}/tCO2e)",
        "traj_title": "배출 경로",
        "traj_y": "tCO2e",
        "year": "연도",
        "bau": "기준 전망 (BAU)",
        "planned": "감축 계획 반영",
        "target": "목표",
        "actual": "실측 배출량",
        "residual": "상쇄 필요 잔여 배출량 (전체 배출원)",
        "empty": "감축량이 있는 조치가 없습니다",
        "covered": "목표 대상 배출원",
        "all_sources": "전체 배출원: 상쇄 필요 잔여 배출량",
    },
}


def _labels(lang: str) -> dict:
    if lang not in _LABELS:
        raise ValueError(f"lang: {lang!r} is not one of {', '.join(_LABELS)}")
    return _LABELS[lang]


def _use_hangul_font() -> None:
    """Register NanumGothic with matplotlib (idempotent; shared with the other forms charts)."""
    from forms import fonts

    fonts.register_matplotlib()


def _style(ax) -> None:
    for label in [ax.title, ax.xaxis.label, ax.yaxis.label, *ax.get_xticklabels(), *ax.get_yticklabels()]:
        label.set_fontfamily(FONT_FAMILY)
    ax.grid(True, axis="y", color="#dddddd", linewidth=0.6)
    ax.set_axisbelow(True)


def draw_macc(ax, rows: Sequence[MaccRow], currency: str = "KRW", lang: str = "en") -> None:
    """Draw the MACC on ``ax``: one bar per measure, x from its cumulative start, width = abatement,
    height = cost per tCO2e. Measures without abatement (no cost per t) are left out."""
    from forms.charts.axes import format_axes

    _use_hangul_font()
    text = _labels(lang)
    bars = [r for r in rows if r.cost_per_t is not None and r.abatement_tco2e > 0]
    ax.set_title(text["macc_title"])
    ax.set_xlabel(text["macc_x"])
    ax.set_ylabel(text["macc_y"].format(currency=currency))
    if not bars:
        ax.text(
            0.5, 0.5, text["empty"], ha="center", va="center", transform=ax.transAxes, fontfamily=FONT_FAMILY
        )
        _style(ax)
        return
    ax.bar(
        [r.cumulative_start for r in bars],
        [r.cost_per_t for r in bars],
        width=[r.abatement_tco2e for r in bars],
        align="edge",
        color=[SAVING_COLOUR if r.cost_per_t < 0 else COST_COLOUR for r in bars],
        edgecolor="white",
        linewidth=0.8,
    )
    ax.axhline(0, color="#333333", linewidth=0.8)
    total = bars[-1].cumulative_end
    ax.set_xlim(0, total * 1.02)
    lo = min(0.0, min(r.cost_per_t for r in bars))
    hi = max(0.0, max(r.cost_per_t for r in bars))
    pad = (hi - lo) * 0.25 or 1.0
    ax.set_ylim(lo - pad, hi + pad)
    for r in bars:
        x = r.cumulative_start + r.abatement_tco2e / 2
        y = r.cost_per_t
        narrow = r.abatement_tco2e < total * 0.08
        ax.text(
            x,
            y + (pad * 0.1 if y >= 0 else -pad * 0.1),
            r.measure.label(lang),
            ha="center",
            va="bottom" if y >= 0 else "top",
            rotation=90 if narrow else 0,
            fontsize=7 if narrow else 8,
            fontfamily=FONT_FAMILY,
        )
    format_axes(ax, lang)
    _style(ax)


def draw_trajectory(ax, rows: Sequence[TrajectoryRow], lang: str = "en") -> None:
    """Draw BAU, planned and target lines, measured points, and residual-to-offset bars on ``ax``."""
    from matplotlib.ticker import MaxNLocator

    from forms.charts.axes import format_axes

    _use_hangul_font()
    text = _labels(lang)
    years = [r.year for r in rows]
    ax.set_title(text["traj_title"])
    ax.set_xlabel(text["year"])
    ax.set_ylabel(text["traj_y"])
    ax.bar(years, [r.residual_to_offset for r in rows], width=0.6, color="#cfe3f3", label=text["residual"])
    _trajectory_lines(ax, rows, years, text)
    ax.set_ylim(bottom=0)
    ax.xaxis.set_major_locator(MaxNLocator(integer=True))
    format_axes(ax, lang, x=False)  # years take no separator
    legend = ax.legend(loc="upper center", bbox_to_anchor=(0.5, -0.14), ncol=3, fontsize=7, frameon=False)
    for t in legend.get_texts():
        t.set_fontfamily(FONT_FAMILY)
    _style(ax)


def _trajectory_lines(ax, rows, years, text) -> None:
    """BAU, planned, target and measured lines of the trajectory (one home for both layouts)."""
    ax.plot(years, [r.bau for r in rows], "--", color=LINE_COLOURS["bau"], label=text["bau"])
    ax.plot(
        years,
        [r.planned for r in rows],
        "-o",
        color=LINE_COLOURS["planned"],
        markersize=3,
        label=text["planned"],
    )
    with_target = [r for r in rows if r.target is not None]
    if with_target:
        ax.plot(
            [r.year for r in with_target],
            [r.target for r in with_target],
            ":",
            color=LINE_COLOURS["target"],
            linewidth=2,
            label=text["target"],
        )
    measured = [r for r in rows if r.actual is not None]
    if measured:
        ax.plot(
            [r.year for r in measured],
            [r.actual for r in measured],
            "D",
            color=LINE_COLOURS["actual"],
            markersize=5,
            label=text["actual"],
        )


def _figure(size):
    from matplotlib.figure import Figure

    return Figure(figsize=size, dpi=100, layout="constrained")


def macc_figure(rows: Sequence[MaccRow], currency: str = "KRW", lang: str = "en", size=(8, 4.5)):
    fig = _figure(size)
    draw_macc(fig.add_subplot(), rows, currency=currency, lang=lang)
    return fig


def trajectory_figure(rows: Sequence[TrajectoryRow], lang: str = "en", size=(8, 4.5)):
    fig = _figure(size)
    draw_trajectory(fig.add_subplot(), rows, lang=lang)
    return fig


def render(fig, fmt: str = "png", dpi: int = 150) -> bytes:
    """The figure as PNG, PDF or SVG bytes (fonts embedded in the PDF)."""
    if fmt not in ("png", "pdf", "svg"):
        raise ValueError(f"fmt: {fmt!r} is not png, pdf or svg")
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    if fig.canvas is None or not hasattr(fig.canvas, "print_figure"):
        FigureCanvasAgg(fig)
    buf = io.BytesIO()
    # TrueType (Type 42) embedding keeps text extractable and Hangul intact in the PDF.
    with _pdf_truetype():
        fig.savefig(buf, format=fmt, dpi=dpi, metadata=_metadata(fmt))
    return buf.getvalue()


def _metadata(fmt: str) -> dict:
    # Fixed metadata so the same chart renders to the same bytes (no creation date).
    if fmt == "pdf":
        return {"CreationDate": None, "Producer": "Carbon-Neutrality Workbench"}
    if fmt == "png":
        return {"Software": "Carbon-Neutrality Workbench"}
    return {"Date": None}


class _pdf_truetype:
    """rc settings for embedding TrueType, and quiet fontTools' notes on tables it cannot subset."""

    def __enter__(self):
        import logging

        import matplotlib

        self._log = logging.getLogger("fontTools.subset")
        self._level = self._log.level
        self._log.setLevel(logging.ERROR)
        self._ctx = matplotlib.rc_context({"pdf.fonttype": 42, "svg.fonttype": "none"})
        self._ctx.__enter__()

    def __exit__(self, *exc):
        self._log.setLevel(self._level)
        return self._ctx.__exit__(*exc)


def macc_png(rows: Sequence[MaccRow], currency: str = "KRW", lang: str = "en") -> bytes:
    return render(macc_figure(rows, currency=currency, lang=lang), "png")


def macc_pdf(rows: Sequence[MaccRow], currency: str = "KRW", lang: str = "en") -> bytes:
    return render(macc_figure(rows, currency=currency, lang=lang), "pdf")


def trajectory_png(rows: Sequence[TrajectoryRow], lang: str = "en") -> bytes:
    return render(trajectory_figure(rows, lang=lang), "png")


def trajectory_pdf(rows: Sequence[TrajectoryRow], lang: str = "en") -> bytes:
    return render(trajectory_figure(rows, lang=lang), "pdf")


def draw_trajectory_panels(ax_lines, ax_bars, rows: Sequence[TrajectoryRow], lang: str = "en") -> None:
    """The trajectory on two panels that share one y scale: the target's scopes (BAU, planned,
    target, measured) on ``ax_lines`` and the residual to offset of all sources on ``ax_bars``, so
    scope 1+2 lines (~10 k) are not read against all-scope bars (~30 k) on one axis, and neither
    panel's scale exaggerates the other. The two axes must be made with ``sharey``."""
    from matplotlib.ticker import MaxNLocator

    from forms.charts.axes import format_axes

    _use_hangul_font()
    text = _labels(lang)
    years = [r.year for r in rows]
    ax_lines.set_title(text["covered"], fontsize=9)
    ax_bars.set_title(text["all_sources"], fontsize=9)
    ax_lines.set_ylabel(text["traj_y"])
    for ax in (ax_lines, ax_bars):
        ax.set_xlabel(text["year"])
    ax_bars.bar(
        years, [r.residual_to_offset for r in rows], width=0.6, color="#9ec5e8", label=text["residual"]
    )
    _trajectory_lines(ax_lines, rows, years, text)
    values = [
        v for r in rows for v in (r.bau, r.planned, r.target, r.actual, r.residual_to_offset) if v is not None
    ]
    ax_lines.set_ylim(0, max(values) * 1.08 if values and max(values) > 0 else 1)  # shared by both panels
    for ax in (ax_lines, ax_bars):
        ax.xaxis.set_major_locator(MaxNLocator(integer=True))
        format_axes(ax, lang, x=False)  # years take no separator
        legend = ax.legend(loc="upper center", bbox_to_anchor=(0.5, -0.16), ncol=2, fontsize=7, frameon=False)
        for t in legend.get_texts():
            t.set_fontfamily(FONT_FAMILY)
        _style(ax)
    ax_bars.tick_params(labelleft=True)
    fig = ax_lines.figure
    fig.suptitle(text["traj_title"], fontfamily=FONT_FAMILY)


def trajectory_panels_figure(rows: Sequence[TrajectoryRow], lang: str = "en", size=(9, 4.5)):
    """A Figure with :func:`draw_trajectory_panels` on two side-by-side axes sharing the y axis."""
    fig = _figure(size)
    ax_lines, ax_bars = fig.subplots(1, 2, sharey=True)
    draw_trajectory_panels(ax_lines, ax_bars, rows, lang=lang)
    return fig
