"""Cell kinds of the offsets importers: how the reader parses each column before the lot rules
see it, the (column, reason) problem list they return, and the parser of a KCCI principles cell."""

from __future__ import annotations

import re

from .lots import KCCI_PRINCIPLES

# Cell kinds: how the reader parses each column before the lot rules see it.
DATE, INT, FLOAT, BOOL, TEXT, PRINCIPLES = "date", "int", "float", "bool", "text", "principles"
SDGS, LABELS = "sdgs", "labels"

Problems = list[tuple[str | None, str]]


def parse_principles(text: str) -> tuple[str, ...]:
    """KCCI principles listed in one cell (``;`` or ``,`` separated); unknown ones raise ValueError."""
    items = tuple(p.strip().lower() for p in re.split(r"[;,]", str(text)) if p.strip())
    bad = [p for p in items if p not in KCCI_PRINCIPLES]
    if bad:
        raise ValueError(f"unknown principle(s) {', '.join(bad)} (known: {', '.join(KCCI_PRINCIPLES)})")
    return items


def parse_sdgs(text) -> tuple[int, ...]:
    """UN Sustainable Development Goal numbers in one cell, as registries write them
    (``01: No Poverty; 13: Climate Action``) or as a list (``3, 6``, ``SDG 13``); sorted, once each.
    Raises ValueError naming what is not a goal."""
    text = str(text or "").strip()
    if not text:
        return ()
    named = re.findall(r"(?:^|;)\s*(\d{1,2})\s*:", text)
    if named:
        goals = [int(x) for x in named]
    else:
        goals = []
        for item in (x.strip() for x in re.split(r"[;,]", text)):
            m = re.fullmatch(r"(?:SDG\s*)?(\d{1,2})", item, flags=re.IGNORECASE)
            if item and m is None:
                raise ValueError(
                    f"'{item}' is not a goal number (expected e.g. '13' or '13: Climate Action')"
                )
            if m:
                goals.append(int(m.group(1)))
    bad = [g for g in goals if not 1 <= g <= 17]
    if bad:
        raise ValueError(f"goal {bad[0]} is not one of the 17 Sustainable Development Goals")
    return tuple(sorted(set(goals)))


def parse_labels(text) -> tuple[str, ...]:
    """The labels of one cell, as the registry lists them (``;`` separated, or ``,`` when no ``;``)."""
    text = str(text or "")
    sep = ";" if ";" in text else ","
    return tuple(x.strip() for x in text.split(sep) if x.strip())
