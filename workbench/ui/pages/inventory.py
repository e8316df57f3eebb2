"""The inventory page."""

from __future__ import annotations

from .base import Page


class InventoryPage(Page):
    key = "inventory"
