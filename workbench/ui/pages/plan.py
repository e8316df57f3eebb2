"""The plan page."""

from __future__ import annotations

from .base import Page


class PlanPage(Page):
    key = "plan"
