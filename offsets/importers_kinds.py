"""Cell kinds of the offsets importers: how the reader parses each column before the lot rules
see it, the (column, reason) problem list they return, and the parser of a KCCI principles cell."""

from __future__ import annotations

import re

from .lots import KCCI_PRINCIPLES

# Cell kinds: how the reader parses each column before the lot rules see it.
DATE, INT, FLOAT, BOOL, TEXT, PRINCIPLES = "date", "int", "float", "bool", "text", "principles"

Problems = list[tuple[str | None, str]]


def parse_principles(text: str) -> tuple[str, ...]:
    """KCCI principles listed in one cell (``;`` or ``,`` separated); unknown ones raise ValueError."""
    items = tuple(p.strip().lower() for p in re.split(r"[;,]", str(text)) if p.strip())
    bad = [p for p in items if p not in KCCI_PRINCIPLES]
    if bad:
        raise ValueError(f"unknown principle(s) {', '.join(bad)} (known: {', '.join(KCCI_PRINCIPLES)})")
    return items
