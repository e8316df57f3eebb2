"""Chart axes in the language's number format (issue 16): thousands separators, decimals by the
tick spacing, years without separators; the same code draws the UI's and the documents' charts."""

from __future__ import annotations

import re

import pytest

from forms.charts.axes import tick_decimals, tick_label
from forms.charts.footprint import draw_breakdown_bars, draw_share_donut
from forms.charts.plan import macc_figure, trajectory_figure
from lca.reduction import Measure, SourceEmission, validate_measure
from lca.reduction_cost import macc
from lca.reduction_targets import Target, trajectory, validate_target

SEPARATED = re.compile(r"^-?\d{1,3}(,\d{3})*(\.\d+)?$")


def _ticks(fig, axis: str) -> list[tuple[float, str]]:
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    FigureCanvasAgg(fig).draw()
    ax = fig.axes[0]
    labels = ax.get_xticklabels() if axis == "x" else ax.get_yticklabels()
    return [(t.get_position()[0 if axis == "x" else 1], t.get_text()) for t in labels if t.get_text()]


@pytest.mark.parametrize("lang", ["en", "ko"])
def test_tick_labels(lang):
    assert tick_label(20000, 5000, lang) == "20,000"
    assert tick_label(-200000, 100000, lang) == "-200,000"
    assert tick_label(1234567.0, 500000, lang) == "1,234,567"
    assert tick_label(0.5, 0.5, lang) == "0.5"
    assert tick_label(1.0, 0.25, lang) == "1.00"
    assert tick_label(-1e-14, 0.5, lang) == "0.0"
    assert [tick_decimals(s) for s in (1000, 1, 0.5, 0.25, 0.002)] == [0, 0, 1, 2, 3]


@pytest.mark.parametrize("lang", ["en", "ko"])
def test_breakdown_axis_and_values_carry_thousands_separators(lang):
    from matplotlib.figure import Figure

    fig = Figure(figsize=(6, 3))
    ax = fig.add_subplot()
    draw_breakdown_bars(ax, [("Scope 1", 1756.87), ("Scope 2", 7937.0), ("Scope 3", 19827.83)], "", lang=lang)
    ticks = _ticks(fig, "x")
    big = [text for value, text in ticks if abs(value) >= 1000]
    assert len(big) >= 3 and all(SEPARATED.match(t) and "," in t for t in big), ticks
    assert {t.get_text() for t in ax.texts} == {"1,756.9", "7,937.0", "19,827.8"}


def test_donut_shares_in_the_number_format():
    from matplotlib.figure import Figure

    fig = Figure(figsize=(4, 3))
    ax = fig.add_subplot()
    draw_share_donut(ax, [("A", 2.0), ("B", 1.0), ("C", 1.0)], lang="ko")
    assert [t.get_text() for t in ax.get_legend().get_texts()] == ["A  50.0 %", "B  25.0 %", "C  25.0 %"]


@pytest.mark.parametrize("lang", ["en", "ko"])
def test_macc_and_trajectory_axes(lang):
    emissions = {"ELEC": 12000.0, "GAS": 6000.0}
    measures = [
        validate_measure(Measure("LED", ("ELEC",), "pct", 20, 5e8, -2.4e9, 10, 2025)),
        validate_measure(Measure("Solar PPA", ("ELEC",), "pct", 50, 9e8, 0, 20, 2026)),
        validate_measure(Measure("Heat pump", ("GAS",), "tco2e", 1500, 3.1e9, 7e7, 15, 2027)),
    ]
    fig = macc_figure(macc(emissions, measures, 0), lang=lang)
    y = [text for value, text in _ticks(fig, "y") if abs(value) >= 1000]
    x = [text for value, text in _ticks(fig, "x") if abs(value) >= 1000]
    assert y and x and all("," in t and SEPARATED.match(t) for t in x + y), (x, y)
    sources = [SourceEmission("ELEC", 12000.0, 2), SourceEmission("GAS", 6000.0, 1)]
    rows = trajectory(sources, measures, validate_target(Target("absolute", 2024, 2030)), 2024)
    fig = trajectory_figure(rows, lang=lang)
    years = [text for _v, text in _ticks(fig, "x")]
    assert "2026" in years and not any("," in t for t in years)  # years take no separator
    tonnes = [text for value, text in _ticks(fig, "y") if abs(value) >= 1000]
    assert tonnes and all("," in t for t in tonnes), tonnes


def test_korean_chart_texts_are_korean():
    """Titles, axis labels, legends and ticks of the Korean MACC and trajectory: no stray Latin
    word (the measure names are the user's data)."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.text import Text
    from test_latin_words import allowlist, latin_words

    emissions = {"ELEC": 12000.0, "GAS": 6000.0}
    measures = [
        validate_measure(
            Measure("LED retrofit", ("ELEC",), "pct", 20, 5e8, -2.4e9, 10, 2025, name_local="LED 교체")
        ),
        validate_measure(
            Measure("Heat pump", ("GAS",), "tco2e", 1500, 3.1e9, 7e7, 15, 2027, name_local="히트펌프")
        ),
    ]
    sources = [SourceEmission("ELEC", 12000.0, 2), SourceEmission("GAS", 6000.0, 1)]
    rows = trajectory(sources, measures, validate_target(Target("absolute", 2024, 2030)), 2024)
    allowed = allowlist() | {"MACC", "LED"}
    for fig in (macc_figure(macc(emissions, measures, 0), lang="ko"), trajectory_figure(rows, lang="ko")):
        FigureCanvasAgg(fig).draw()
        texts = [t.get_text() for t in fig.findobj(Text) if t.get_text().strip()]
        assert len(texts) > 10 and any("\uac00" <= ch <= "\ud7a3" for t in texts for ch in t)
        assert latin_words(" ".join(texts).replace("/", " "), allowed) == [], texts
