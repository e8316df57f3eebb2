"""The boundary page."""

from __future__ import annotations

from .base import Page


class BoundaryPage(Page):
    key = "boundary"
