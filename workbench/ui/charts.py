"""Charts for the pages, in the UI's language (titles and the number format of the axes); drawn by
the services' chart code, which is the same plotting code as the PDFs.

Each function returns a :class:`RenderedChart`: the PNG bytes the page shows, which also keep how
to draw the same chart again as SVG (matplotlib's vector output: paths and text, no raster), so a
:class:`~workbench.ui.widgets.chart.ChartView` saves a true vector SVG."""

from __future__ import annotations

from collections.abc import Callable

from workbench.services import product as product_service
from workbench.services.footprint import charts

from .i18n import current_language


class RenderedChart(bytes):
    """PNG bytes of a chart, with ``svg()`` drawing the same chart as SVG bytes."""

    render: Callable[[str], bytes]

    def __new__(cls, render: Callable[[str], bytes]):
        obj = super().__new__(cls, render("png"))
        obj.render = render
        return obj

    def svg(self) -> bytes:
        return self.render("svg")


def _chart(draw: Callable[..., bytes], *args, **kw) -> RenderedChart:
    lang = current_language()  # read once: the SVG is drawn in the language the page shows
    return RenderedChart(lambda fmt: draw(*args, lang=lang, fmt=fmt, **kw))


def macc_png(rows, currency: str) -> RenderedChart:
    return _chart(charts.macc_png, rows, currency)


def trajectory_png(rows) -> RenderedChart:
    """The plan's trajectory: the target's scopes and all sources on two panels sharing one y scale."""
    return _chart(charts.trajectory_panels_png, rows)


def breakdown_png(data: list[tuple[str, float]], title: str = "", unit: str = "tCO2e") -> RenderedChart:
    return _chart(charts.breakdown_png, data, title, unit)


def donut_png(data: list[tuple[str, float]], title: str = "") -> RenderedChart:
    return _chart(charts.donut_png, data, title)


def histogram_png(mc: dict, labels: dict) -> RenderedChart:
    """The Monte Carlo histogram; may run in a worker (it reads the language, draws no widget)."""
    return _chart(charts.histogram_png, mc, labels)


def portfolio_png(lots, residual_t: float | None) -> RenderedChart:
    """Credits by vintage, programme and kind against the residual emissions; may run in a worker."""
    return _chart(charts.portfolio_png, lots, residual_t)


def product_sankey_png(tree, labels: dict) -> RenderedChart:
    """The product's supply chain as a Sankey diagram (labels already in the UI's language)."""
    return _chart(product_service.sankey_png, tree, labels)


def product_comparison_png(comparison, labels: dict) -> RenderedChart:
    """Two product variants by life-cycle stage."""
    return _chart(product_service.comparison_png, comparison, labels)


def product_histogram_png(mc, deterministic: float | None, labels: dict) -> RenderedChart:
    """The product Monte Carlo histogram with the calculated footprint and the 95 % interval."""
    return _chart(product_service.histogram_png, mc, deterministic, labels)
