"""Charts for the pages, in the UI's language; drawn by the services' chart code, which is the
same plotting code as the PDFs."""

from __future__ import annotations

from workbench.services.footprint import charts

from .i18n import current_language


def macc_png(rows, currency: str) -> bytes:
    return charts.macc_png(rows, currency, lang=current_language())


def trajectory_png(rows) -> bytes:
    return charts.trajectory_png(rows, lang=current_language())


def breakdown_png(data: list[tuple[str, float]], title: str = "", unit: str = "tCO2e") -> bytes:
    return charts.breakdown_png(data, title, unit)


def donut_png(data: list[tuple[str, float]], title: str = "") -> bytes:
    return charts.donut_png(data, title)
