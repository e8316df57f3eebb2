"""The offsets page."""

from __future__ import annotations

from .base import Page


class OffsetsPage(Page):
    key = "offsets"
