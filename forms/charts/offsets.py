"""The credit portfolio chart: credits by vintage, stacked by programme and kind (removal or
avoidance), with an "all vintages" bar, against the residual emissions they must cover.

One plotting path for the UI and the documents: :func:`draw_portfolio` draws onto an Axes the
caller owns, :func:`portfolio_figure` builds a Figure without pyplot (thread-safe), and
``forms.charts.plan.render`` turns it into PNG, PDF or SVG bytes. matplotlib is imported inside.

    rows = [PortfolioRow("VCS", "removal", 2023, 400, retired=True), ...]
    svg = render(portfolio_figure(rows, residual_t=1200.0, lang="ko"), "svg")
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from forms.charts.plan import FONT_FAMILY, _figure, _style, _use_hangul_font

KIND_HATCH = {"removal": "//", "avoidance": ""}
COLOURS = ("#1f5fa8", "#2e8b57", "#d9822b", "#8e44ad", "#7f8c8d", "#c0392b", "#16a085", "#b7950b")
RESIDUAL_COLOUR = "#c0392b"

_LABELS = {
    "en": {
        "title": "Credit portfolio",
        "x": "Vintage",
        "y": "Credits (tCO2e)",
        "all": "All vintages",
        "none": "no vintage",
        "residual": "Residual emissions {0}",
        "retired": "retired",
        "other": "not retired",
        "removal": "removal",
        "avoidance": "avoidance",
        "empty": "No credit lots",
    },
    "ko": {
        "title": "크레딧 포트폴리오",
        "x": "빈티지",
        "y": "크레딧 (tCO2e)",
        "all": "전체 빈티지",
        "none": "빈티지 없음",
        "residual": "잔여 배출량 {0}",
        "retired": "소각됨",
        "other": "소각 전",
        "removal": "제거",
        "avoidance": "감축(회피)",
        "empty": "크레딧 로트가 없습니다",
    },
}


@dataclass(frozen=True)
class PortfolioRow:
    """One lot as the chart reads it (tCO2e; 1 credit = 1 tCO2e)."""

    programme: str
    kind: str  # "removal" or "avoidance"
    vintage: int | None  # the year the vintage ends in
    quantity: float
    retired: bool = False


def _labels(lang: str) -> dict:
    if lang not in _LABELS:
        raise ValueError(f"lang: {lang!r} is not one of {', '.join(_LABELS)}")
    return _LABELS[lang]


def draw_portfolio(ax, rows: Sequence[PortfolioRow], residual_t: float | None, lang: str = "en") -> None:
    """Stacked bars per vintage (and one for all vintages), one segment per programme and kind
    (removals hatched; credits not yet retired lighter), and the residual emissions as a line."""
    from forms.charts.axes import format_axes
    from forms.numbers import fmt_amount

    _use_hangul_font()
    text = _labels(lang)
    ax.set_title(text["title"])
    ax.set_xlabel(text["x"])
    ax.set_ylabel(text["y"])
    if not rows:
        ax.text(0.5, 0.5, text["empty"], ha="center", va="center", transform=ax.transAxes)
        ax.set_xticks([])
    vintages = sorted({r.vintage for r in rows}, key=lambda v: (v is None, v or 0))
    ticks = [str(v) if v is not None else text["none"] for v in vintages] + ([text["all"]] if rows else [])
    groups = sorted({(r.programme, r.kind) for r in rows})
    colour = {p: COLOURS[i % len(COLOURS)] for i, p in enumerate(sorted({g[0] for g in groups}))}
    bottoms = [0.0] * len(ticks)
    for programme, kind in groups:
        for retired in (True, False):
            heights = [
                sum(
                    r.quantity
                    for r in rows
                    if (r.programme, r.kind, r.retired) == (programme, kind, retired)
                    and (i == len(vintages) or r.vintage == v)
                )
                for i, v in enumerate([*vintages, "all"])
            ]
            if not any(heights):
                continue
            label = (
                f"{programme} \u00b7 {text.get(kind, kind)} \u00b7 {text['retired' if retired else 'other']}"
            )
            ax.bar(
                range(len(ticks)),
                heights,
                bottom=bottoms,
                width=0.6,
                color=colour[programme],
                alpha=1.0 if retired else 0.4,
                hatch=KIND_HATCH.get(kind, ""),
                edgecolor="white",
                linewidth=0.5,
                label=label,
            )
            bottoms = [b + h for b, h in zip(bottoms, heights, strict=True)]
    if residual_t is not None:
        ax.axhline(
            residual_t,
            color=RESIDUAL_COLOUR,
            linestyle="--",
            linewidth=1.4,
            label=text["residual"].format(fmt_amount(residual_t, lang, 0) + " tCO2e"),
        )
    if ticks:
        ax.set_xticks(range(len(ticks)), ticks)
    ax.set_ylim(bottom=0)
    format_axes(ax, lang, x=False)
    if rows or residual_t is not None:
        legend = ax.legend(loc="upper left", bbox_to_anchor=(1.01, 1.0), ncol=1, fontsize=7, frameon=False)
        for t in legend.get_texts():
            t.set_fontfamily(FONT_FAMILY)
    _style(ax)


def portfolio_figure(
    rows: Sequence[PortfolioRow], residual_t: float | None, lang: str = "en", size=(9.0, 3.6)
):
    fig = _figure(size)
    draw_portfolio(fig.add_subplot(), rows, residual_t, lang=lang)
    return fig
