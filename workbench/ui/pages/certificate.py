"""The certificate page."""

from __future__ import annotations

from .base import Page


class CertificatePage(Page):
    key = "certificate"
