"""The footprint page shows the stored Monte Carlo of the demo (range, model, seed, iterations,
histogram, contributors, factor uncertainty) and says when it is out of date."""

from __future__ import annotations

import pytest

pytest.importorskip("PySide6.QtWidgets")

from workbench.ui.qtfix import guard  # noqa: E402

guard()  # PySide6 6.12.0 reference-count bug: see workbench/ui/qtfix.py

from helpers.ui import ErrorCapture, isolate_settings, open_window  # noqa: E402


@pytest.fixture
def demo_with_footprint(tmp_path, qapp, bw):
    from workbench import demo
    from workbench.demo import footprint as demo_footprint

    isolate_settings(tmp_path / "settings")
    p = demo.build(tmp_path / "demo.cnw", tmp_path / "inputs", log=lambda *_: None)
    demo_footprint.run(p, tmp_path / "out", log=lambda *_: None)
    path = p.path
    p.close()
    return path


def test_page_shows_the_stored_monte_carlo(qtbot, demo_with_footprint):
    from workbench.services import footprint, inventory

    w = open_window(qtbot, demo_with_footprint)
    try:
        with ErrorCapture() as errors:
            page = w.pages["footprint"]
            w.show_step("footprint")
            assert page.wait_loaded()
            mc = footprint.latest_monte_carlo(w.project)
            assert mc["stale"] is False and mc["seed"] == 2025 and mc["iterations"] == 1000
            low, high = mc["total"]["p2_5"], mc["total"]["p97_5"]
            assert page.values["uncertainty"].text() == f"{low:,.1f} to {high:,.1f} (1,000 runs)"
            assert (
                page.values["mc_model"].text() == "activity drawn per source; one draw per factor; seed 2025"
            )
            assert page.mc_chart.png and page.mc_chart.png[:4] == b"\x89PNG"
            assert "seed 2025; 1,000 iterations" in page.mc_info.text()
            assert page.mc_contrib.rowCount() > 0
            kinds = {page.mc_contrib.item(r, 1).text() for r in range(page.mc_contrib.rowCount())}
            assert kinds == {"activity data", "emission factor"}
            factors = {page.mc_factors.item(r, 0).text(): r for r in range(page.mc_factors.rowCount())}
            r = factors["kr.elec.grid.2023"]
            assert page.mc_factors.item(r, 1).text() == "normal ±5 %"
            assert page.mc_factors.item(r, 2).text() == "[unconfirmed]"
            r = factors["epa.stat.natural_gas"]
            assert page.mc_factors.item(r, 2).text() == "[public]"
            assert "CO2 normal ±5 %" in page.mc_factors.item(r, 1).text()
            # a change to the data: the range is no longer shown as current
            inventory.add_activity(w.project, "HWS-LNG", 1, "Nm3", "2025-06-01")
            page.refresh()
            assert page.wait_loaded()
            assert page.values["uncertainty"].text() == "out of date: run it again"
            assert page.mc_chart.png is None
        assert not errors.items, errors.messages
    finally:
        w.close_project()
