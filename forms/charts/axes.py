"""Axis tick labels in the language's number format (issue 16): thousands separators and as many
decimals as the tick spacing needs, through forms.numbers (Babel), for every chart the UI and the
documents draw. Years stay as they are (an axis of years takes no separator)."""

from __future__ import annotations

import math


def tick_decimals(step: float) -> int:
    """Decimals that tell ticks ``step`` apart: 1000 -> 0, 0.5 -> 1, 0.25 -> 2 (at most 6)."""
    step = abs(float(step))
    if not math.isfinite(step) or step == 0 or step >= 1:
        return 0
    for decimals in range(1, 7):
        if abs(round(step, decimals) - step) < step * 1e-6:
            return decimals
    return 6


def tick_label(value: float, step: float, lang: str = "en") -> str:
    """One tick: '20,000', '0.5', '-200,000' in ``lang``'s number format (minus as a hyphen)."""
    from forms.numbers import fmt_amount

    decimals = tick_decimals(step)
    if abs(value) < abs(step or 1) * 1e-9:  # matplotlib's -0.0 and 1e-13 at zero
        value = 0.0
    return fmt_amount(value, lang, decimals)


def number_formatter(lang: str = "en"):
    """A matplotlib Formatter giving :func:`tick_label` for each tick of the axis it is set on."""
    from matplotlib.ticker import Formatter

    class _LocaleFormatter(Formatter):
        step = 1.0  # the spacing of the ticks last formatted together

        def format_ticks(self, values):
            ordered = sorted(float(v) for v in values)
            gaps = [b - a for a, b in zip(ordered, ordered[1:], strict=False) if b - a > 0]
            self.step = min(gaps) if gaps else 1.0
            return [tick_label(v, self.step, lang) for v in values]

        def __call__(self, x, pos=None):
            return tick_label(x, self.step, lang)

    return _LocaleFormatter()


def format_axes(ax, lang: str = "en", x: bool = True, y: bool = True) -> None:
    """Put the language's number format on the value axes of ``ax``."""
    if x:
        ax.xaxis.set_major_formatter(number_formatter(lang))
    if y:
        ax.yaxis.set_major_formatter(number_formatter(lang))
