"""The verification page."""

from __future__ import annotations

from .base import Page


class VerificationPage(Page):
    key = "verification"
