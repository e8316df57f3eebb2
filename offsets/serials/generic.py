"""The generic range form ``REGISTRY/PREFIX/START-END``; see the package docstring."""

from __future__ import annotations

import re

from ._base import PARSERS, Serial, SerialError, check_range, widths

GENERIC = "generic"
GENERIC_HELP = "REGISTRY/PREFIX/START-END"

_GENERIC = re.compile(r"^(?P<registry>[A-Za-z0-9_.\-]+)/(?P<prefix>[^/]+)/(?P<start>\d+)-(?P<end>\d+)$")


def parse_generic(text: str) -> Serial:
    text = text.strip()
    m = _GENERIC.match(text)
    if not m:
        raise SerialError(f"'{text}' is not a generic range serial; expected {GENERIC_HELP}")
    start, end = check_range(int(m["start"]), int(m["end"]), text)
    registry, prefix = m["registry"], m["prefix"].strip()
    if not prefix:
        raise SerialError(f"serial {text}: the PREFIX between the slashes is empty")
    fields = {"registry": registry, "prefix": prefix}
    head = f"{registry}/{prefix}/"
    key = f"{registry}/{prefix}".upper()
    return Serial(text, GENERIC, key, start, end, fields, head, "", widths(m["start"], m["end"]))


def is_generic(text: str) -> bool:
    return bool(_GENERIC.match(text.strip()))


def generic_serial(registry: str, prefix: str, start: int, end: int, width: int = 0) -> str:
    """Compose a generic range serial, e.g. ``generic_serial("KCCI", "KCR-2023-P0042", 1, 500, 6)``."""
    return f"{registry}/{prefix}/{str(start).zfill(width)}-{str(end).zfill(width)}"


_CERCARBONO_BLOCK = re.compile(r"^CDC(?:_[A-Z0-9]+)+$")


def cercarbono_serial(block: str, first: int, last: int) -> str:
    """Cercarbono (EcoRegistry) credits as a generic serial ``CERCARBONO/<block>/<from>-<to>``.

    EcoRegistry exports name a block (``CDC_1_1_1_321_14_1_2009``) and give the range in separate
    ``from`` / ``to`` columns; the block's own fields are not documented, so only the block is kept.
    """
    block = str(block).strip()
    if not _CERCARBONO_BLOCK.match(block):
        raise SerialError(f"'{block}' is not a Cercarbono block (CDC_..._..., letters, digits and _)")
    return generic_serial("CERCARBONO", block, int(first), int(last))


PARSERS[GENERIC] = parse_generic
