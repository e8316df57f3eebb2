"""Issue 17 item 7: the product page's charts (supply-chain Sankey, variant comparison, Monte Carlo
histogram) save as true vector SVG like the other charts: read back as XML, paths and text, no
embedded <image>. The demo product on a real Brightway, through the page's widgets."""

from __future__ import annotations

import pytest

pytest.importorskip("PySide6.QtWidgets")

from workbench.ui.qtfix import guard  # noqa: E402

guard()  # PySide6 6.12.0 reference-count bug: see workbench/ui/qtfix.py

from helpers.ui import ErrorCapture, open_window  # noqa: E402
from test_product_page import click, product_demo, wait  # noqa: E402, F401, F811 (product_demo: a fixture)
from test_ui_charts_svg import assert_vector, read_svg, texts  # noqa: E402


def test_product_charts_save_vector_svg(qtbot, product_demo, tmp_path):  # noqa: F811 (the fixture)
    from workbench.demo.product import PRODUCT, VARIANT
    from workbench.services.product.charts import sankey_png

    w = open_window(qtbot, product_demo)
    w.bw_state = "ready"
    pr = w.pages["product"]
    with ErrorCapture() as errors:
        w.show_step("product")
        pr.select(PRODUCT)
        click(qtbot, pr.calc_button)
        wait(qtbot, lambda: pr.result is not None or errors.items)
        pr.compare_with.setCurrentIndex(pr.compare_with.findText(VARIANT))
        click(qtbot, pr.compare_button)
        wait(qtbot, lambda: pr.comparison_result is not None or errors.items)
        pr.mc_iterations.setValue(200)
        click(qtbot, pr.mc_button)
        wait(qtbot, lambda: pr.mc_result is not None or errors.items)
        assert not errors.items, errors.messages

        expected_text = {
            "sankey": f"Supply chain of {PRODUCT}",
            "comparison": "Variants by life-cycle stage",
            "histogram": "calculated footprint",
        }
        views = {"sankey": pr.sankey, "comparison": pr.comparison_chart, "histogram": pr.mc_chart}
        for name, view in views.items():
            assert view.png is not None and view.png[:4] == b"\x89PNG", name  # what the page shows
            assert view.svg_renderer is not None, f"{name}: no vector renderer, the SVG would wrap the PNG"
            assert view.save_svg_action.isEnabled(), name
            out = tmp_path / f"{name}.svg"
            view.save(str(out))  # the format from the suffix, as the save dialog does
            root = read_svg(out)
            assert_vector(root, min_paths=10)
            assert expected_text[name] in texts(root), (name, texts(root)[:300])
            png = tmp_path / f"{name}.png"
            view.save(str(png))
            assert png.read_bytes()[:4] == b"\x89PNG"
        assert VARIANT in texts(read_svg(tmp_path / "comparison.svg"))  # the legend names both variants
        assert not errors.items, errors.messages
    w.close_project()

    # the service draws SVG on request and refuses a format it does not know
    with pytest.raises(ValueError, match="chart format 'gif'"):
        sankey_png(pr.result.tree, fmt="gif")
