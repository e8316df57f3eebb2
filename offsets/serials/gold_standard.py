"""Gold Standard VER serials; see the package docstring."""

from __future__ import annotations

import re

from ._base import PARSERS, Serial, SerialError, check_range, widths, year_vintage

GOLD_STANDARD = "gold-standard"
GS_HELP = "GS1-1-CC-GSnnnn-sectoral-vintage-batch-start-end"

_GS = re.compile(
    r"^(?P<head>GS\d+-\d+)-(?P<country>[A-Z]{2})-GS(?P<project>\d+)-(?P<scope>\d+)-(?P<vintage>\d{4})-"
    r"(?P<batch>\d+)-(?P<start>\d+)-(?P<end>\d+)$"
)


def parse_gold_standard(text: str) -> Serial:
    text = text.strip()
    m = _GS.match(text)
    if not m:
        raise SerialError(f"'{text}' is not a Gold Standard VER serial; expected {GS_HELP}")
    start, end = check_range(int(m["start"]), int(m["end"]), text)
    fields = {
        "country": m["country"],
        "project_id": f"GS{m['project']}",
        "sectoral_scope": m["scope"],
        **year_vintage(m["vintage"], text),
        "batch": m["batch"],
    }
    head = text[: m.start("start")]
    key = "GS:" + head.rstrip("-")
    return Serial(text, GOLD_STANDARD, key, start, end, fields, head, "", widths(m["start"], m["end"]))


PARSERS[GOLD_STANDARD] = parse_gold_standard
