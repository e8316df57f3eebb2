"""Charts save as true vector SVG (matplotlib's own SVG of the same chart: <path> elements and text,
no embedded <image>), read back as XML; the offsets page shows the credit portfolio (credits by
vintage, programme and kind against the residual emissions); the plan's trajectory draws the
target's scopes and all sources on two panels sharing one y scale. Real widgets, a real demo file."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest

pytest.importorskip("PySide6.QtWidgets")

from workbench.ui.qtfix import guard  # noqa: E402

guard()  # PySide6 6.12.0 reference-count bug: see workbench/ui/qtfix.py

from helpers.ui import isolate_settings, open_window  # noqa: E402

SVG = "{http://www.w3.org/2000/svg}"


def read_svg(path) -> ET.Element:
    root = ET.parse(path).getroot()
    assert root.tag == f"{SVG}svg"
    return root


def texts(root) -> str:
    return " ".join("".join(t.itertext()) for t in root.iter(f"{SVG}text"))


def assert_vector(root, min_paths: int = 5) -> None:
    assert list(root.iter(f"{SVG}image")) == []  # no raster inside
    assert len(list(root.iter(f"{SVG}path"))) >= min_paths


def trajectory_rows():
    from lca.reduction_targets import TrajectoryRow

    rows = []
    for n, year in enumerate(range(2025, 2031)):
        covered = 10_000 - 900 * n
        rows.append(
            TrajectoryRow(
                year=year,
                bau=10_000 + 100 * n,
                planned=covered,
                target=10_000 - 1_000 * n,
                gap_to_target=100 * n,
                abated=1_000 * n,
                residual_to_offset=30_000 - 1_500 * n,  # all sources: about three times the lines
                actual=10_050 if year == 2025 else None,
            )
        )
    return rows


def test_every_chart_kind_saves_vector_svg(qtbot, tmp_path, qapp):
    from workbench.ui import charts
    from workbench.ui.widgets.chart import ChartView

    made = {
        "breakdown": charts.breakdown_png([("Scope 1", 12_000.0), ("Scope 2", 8_050.5)], "By scope"),
        "donut": charts.donut_png([("Scope 1", 60.0), ("Scope 2", 40.0)], "Share"),
        "histogram": charts.histogram_png(
            {
                "histogram": {"edges": [90.0, 95.0, 100.0, 105.0, 110.0], "counts": [3, 40, 45, 2]},
                "total": {"p2_5": 93.0, "p97_5": 107.0},
                "deterministic": 100.0,
            },
            {"title": "Monte Carlo"},
        ),
        "trajectory": charts.trajectory_png(trajectory_rows()),
    }
    for name, png in made.items():
        view = ChartView()
        qtbot.addWidget(view)
        view.set_png(png)
        assert png.startswith(b"\x89PNG")  # what the page shows
        view.save(tmp_path / f"{name}.png")
        assert (tmp_path / f"{name}.png").read_bytes() == png
        view.save(tmp_path / f"{name}.svg")
        root = read_svg(tmp_path / f"{name}.svg")
        assert_vector(root)
    words = texts(read_svg(tmp_path / "breakdown.svg"))
    assert "By scope" in words and "Scope 1" in words  # text kept as text
    assert "12,000" in words or "10,000" in words  # the axis in the locale's number format


def test_trajectory_scopes_share_one_y_scale(qtbot, tmp_path, qapp):
    from forms.charts.plan import trajectory_panels_figure

    rows = trajectory_rows()
    fig = trajectory_panels_figure(rows)
    lines, bars = fig.axes
    assert lines.get_shared_y_axes().joined(lines, bars)
    assert lines.get_ylim() == bars.get_ylim()
    top = lines.get_ylim()[1]
    assert top >= max(r.residual_to_offset for r in rows) and top >= max(r.bau for r in rows)
    assert lines.get_title() == "Sources the target covers"
    assert bars.get_title() == "All sources: residual to offset"
    # the bars are only on the all-sources panel, the lines only on the target's
    assert len(bars.patches) == len(rows) and len(lines.patches) == 0
    assert len(lines.get_lines()) == 4 and len(bars.get_lines()) == 0
    # the page's chart is this figure: its SVG carries both panels' titles
    from workbench.ui import charts
    from workbench.ui.widgets.chart import ChartView

    view = ChartView()
    qtbot.addWidget(view)
    view.set_png(charts.trajectory_png(rows))
    view.save(tmp_path / "t.svg")
    words = texts(read_svg(tmp_path / "t.svg"))
    assert "Sources the target covers" in words and "All sources: residual to offset" in words


@pytest.fixture
def offsets_window(qtbot, tmp_path, qapp):
    from workbench import demo
    from workbench.demo import offsets as demo_offsets

    isolate_settings(tmp_path / "settings")
    p = demo.build(tmp_path / "demo.cnw", tmp_path / "inputs", log=lambda *_: None)
    demo_offsets.run(p, tmp_path, log=lambda *_: None)
    path = p.path
    p.close()
    w = open_window(qtbot, path)
    yield w
    w.close_project()


def test_offsets_page_portfolio_chart(offsets_window, qtbot, tmp_path):
    from workbench.services import offsets

    window = offsets_window
    window.show_step("offsets")
    page = window.pages["offsets"]
    assert page.wait_loaded(60)
    chart = page.portfolio_chart
    assert page.tabs.tabText(page.tabs.indexOf(chart)) == "Portfolio chart"
    qtbot.waitUntil(lambda: chart.png is not None, timeout=20000)
    assert chart.save_svg_action.isEnabled()
    page.tabs.setCurrentWidget(chart)
    chart.save(tmp_path / "portfolio.svg")
    root = read_svg(tmp_path / "portfolio.svg")
    assert_vector(root)
    words = texts(root)
    cov = offsets.coverage(window.project)
    assert cov.residual_t is not None
    assert "Credit portfolio" in words and "All vintages" in words
    assert f"Residual emissions {cov.residual_t:,.0f} tCO2e" in words
    lots = offsets.list_lots(window.project)
    assert {lot.status for lot in lots} >= {"retired", "held"}
    for lot in lots:  # every programme and kind is in the legend
        kind = "removal" if lot.kind == "removal" else "avoidance"
        state = "retired" if lot.status == "retired" else "not retired"
        assert f"{lot.programme} \u00b7 {kind} \u00b7 {state}" in words, (lot.programme, lot.kind, state)
    vintages = {str((lot.vintage_end or lot.vintage_start).year) for lot in lots if lot.vintage_start}
    assert vintages and all(v in words for v in vintages)
