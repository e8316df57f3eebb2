"""The footprint page."""

from __future__ import annotations

from .base import Page


class FootprintPage(Page):
    key = "footprint"
