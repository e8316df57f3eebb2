"""The product page."""

from __future__ import annotations

from .base import Page


class ProductPage(Page):
    key = "product"
