"""Puro.earth CORC certificate ids; see the package docstring."""

from __future__ import annotations

import re

from ._base import PARSERS, Serial, SerialError, check_range, widths, year_vintage

PURO = "puro"
PURO_HELP = "PURO_PR_CREDITTYPE_CC_FACILITY_VINTAGE_ISSUANCEID_START-END"

# Standard _ registry _ credit type _ country _ production facility _ vintage _ issuance id _ range
_PURO = re.compile(
    r"^(?P<standard>PURO)_(?P<registry>PR)_(?P<credit_type>CORC[0-9A-Za-z+]*)_(?P<country>[A-Z]{2})_"
    r"(?P<facility>[0-9A-Za-z]{6})_(?P<vintage>\d{4})_"
    r"(?P<issuance>[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})_"
    r"(?P<start>\d+)-(?P<end>\d+)$"
)


def parse_puro(text: str) -> Serial:
    """A Puro.earth bundle's certificate id. Its numbers restart at 1 in every issuance (Puro's
    registry update: ranges are unique per issuance only), so the namespace is the issuance id."""
    text = text.strip()
    m = _PURO.match(text)
    if not m:
        raise SerialError(f"'{text}' is not a Puro.earth certificate id; expected {PURO_HELP}")
    start, end = check_range(int(m["start"]), int(m["end"]), text)
    fields = {
        "credit_type": m["credit_type"],
        "country": m["country"],
        "production_facility": m["facility"],
        **year_vintage(m["vintage"], text),
        "issuance_id": m["issuance"],
    }
    head = text[: m.start("start")]
    key = f"PURO:{m['issuance']}"
    return Serial(text, PURO, key, start, end, fields, head, "", widths(m["start"], m["end"]))


def looks_like_puro(text: str) -> bool:
    return text.strip().upper().startswith("PURO_")


PARSERS[PURO] = parse_puro
