"""Charts for the pages, in the UI's language (titles and the number format of the axes); drawn by
the services' chart code, which is the same plotting code as the PDFs."""

from __future__ import annotations

from workbench.services.footprint import charts

from .i18n import current_language


def macc_png(rows, currency: str) -> bytes:
    return charts.macc_png(rows, currency, lang=current_language())


def trajectory_png(rows) -> bytes:
    return charts.trajectory_png(rows, lang=current_language())


def breakdown_png(data: list[tuple[str, float]], title: str = "", unit: str = "tCO2e") -> bytes:
    return charts.breakdown_png(data, title, unit, lang=current_language())


def donut_png(data: list[tuple[str, float]], title: str = "") -> bytes:
    return charts.donut_png(data, title, lang=current_language())


def histogram_png(mc: dict, labels: dict) -> bytes:
    """The Monte Carlo histogram; may run in a worker (it reads the language, draws no widget)."""
    return charts.histogram_png(mc, labels, lang=current_language())
