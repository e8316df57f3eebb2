"""Reduction-plan charts (forms.charts.plan): geometry on the Axes and real PNG/PDF output."""

from __future__ import annotations

import shutil
import subprocess
import warnings

import pytest

from forms.charts.plan import (
    draw_macc,
    macc_figure,
    macc_pdf,
    macc_png,
    render,
    trajectory_figure,
    trajectory_pdf,
)
from lca.reduction import Measure, SourceEmission, validate_measure
from lca.reduction_cost import macc
from lca.reduction_targets import Target, trajectory, validate_target

EMISSIONS = {"ELEC": 1000.0, "GAS": 500.0}
MEASURES = [
    validate_measure(Measure("LED 조명 교체", ("ELEC",), "pct", 20, 1000, -2100, 10, 2025)),
    validate_measure(Measure("Solar PPA", ("ELEC",), "pct", 50, 20000, 0, 20, 2026)),
    validate_measure(Measure("Heat pump", ("GAS",), "tco2e", 100, 5000, 500, 5, 2027)),
]


def _rows():
    return macc(EMISSIONS, MEASURES, 0)


def test_macc_bars_match_the_rows():
    rows = _rows()
    fig = macc_figure(rows)
    ax = fig.axes[0]
    bars = [p for p in ax.patches]
    assert len(bars) == 3
    for bar, row in zip(bars, rows, strict=True):
        assert bar.get_x() == pytest.approx(row.cumulative_start)
        assert bar.get_width() == pytest.approx(row.abatement_tco2e)
        assert bar.get_height() == pytest.approx(row.cost_per_t)
    # the saving measure is drawn below the axis in the saving colour, the others above
    assert bars[0].get_height() < 0 < bars[1].get_height()
    assert bars[0].get_facecolor() != bars[1].get_facecolor()
    assert {t.get_text() for t in ax.texts} == {"LED 조명 교체", "Solar PPA", "Heat pump"}


def test_korean_chart_uses_the_local_names():
    from dataclasses import replace

    named = [replace(MEASURES[1], name_local="태양광 PPA"), MEASURES[2]]
    ax = macc_figure(macc(EMISSIONS, named, 0), lang="ko").axes[0]
    assert {t.get_text() for t in ax.texts} == {"태양광 PPA", "Heat pump"}
    assert ax.get_title() == "한계감축비용곡선 (MACC)"


def test_macc_without_abatement_says_so():
    from matplotlib.figure import Figure

    zero = validate_measure(Measure("Nothing", ("GAS",), "pct", 0, 10))
    ax = Figure().add_subplot()
    draw_macc(ax, macc(EMISSIONS, [zero], 5))
    assert not ax.patches
    assert [t.get_text() for t in ax.texts] == ["No measures with abatement"]


def test_hangul_renders_without_missing_glyphs():
    # matplotlib warns "Glyph ... missing from font(s)" when a label cannot be drawn
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        png = macc_png(_rows(), lang="ko")
    assert png[:8] == b"\x89PNG\r\n\x1a\n" and len(png) > 10_000


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils not installed")
def test_pdf_text_reads_back(tmp_path):
    pdf = tmp_path / "macc.pdf"
    pdf.write_bytes(macc_pdf(_rows(), currency="KRW"))
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    for label in ("Marginal abatement cost curve", "Cost (KRW/tCO2e)", "LED 조명 교체", "Solar PPA"):
        assert label in text
    sources = [SourceEmission("ELEC", 1000, 2), SourceEmission("GAS", 500, 1)]
    target = validate_target(Target("absolute", 2024, 2030))
    traj = trajectory(sources, MEASURES, target, 2024, actual={2025: 1400.0})
    pdf.write_bytes(trajectory_pdf(traj, lang="ko"))
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    for label in ("배출 경로", "기준 전망 (BAU)", "목표", "실측 배출량", "2030"):
        assert label in text


def test_trajectory_lines_match_rows():
    sources = [SourceEmission("ELEC", 1000, 2), SourceEmission("GAS", 500, 1)]
    target = validate_target(Target("absolute", 2024, 2030))
    traj = trajectory(sources, MEASURES, target, 2024)
    ax = trajectory_figure(traj).axes[0]
    lines = {line.get_label(): line for line in ax.get_lines()}
    assert list(lines["Target"].get_ydata()) == pytest.approx([r.target for r in traj])
    assert list(lines["With planned measures"].get_ydata()) == pytest.approx([r.planned for r in traj])
    assert "Measured footprint" not in lines  # no measured years given


def test_render_is_deterministic_and_checks_format():
    fig = macc_figure(_rows())
    assert render(fig, "pdf") == render(fig, "pdf")
    with pytest.raises(ValueError, match="fmt: 'jpg'"):
        render(fig, "jpg")
