"""What every serial format shares: the parsed :class:`Serial`, :class:`SerialError` and the range
helpers (both ends inclusive, quantity = end - start + 1)."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass, field

# How a sub-range is written back (see Serial.sub_range):
DASH = "dash"  # head + START-END [+ -tail]     (Verra, Gold Standard, generic)
TO = "to"  # head + START to END               (ACR, CAR, ART: "ACR-US-...-1 to 500")
FULL = "full"  # head+START+tail - head+END+tail  (CDM CERs as the Gold Standard registry writes them)


# form -> its parser; each format module registers its forms (Serial.sub_range re-parses with it)
PARSERS: dict[str, Callable[[str], Serial]] = {}


class SerialError(ValueError):
    """A serial that does not follow its registry's format; the message says what is wrong."""


@dataclass(frozen=True)
class Serial:
    text: str
    form: str
    key: str  # numbering namespace: ranges can only overlap within one key
    start: int
    end: int
    fields: dict = field(default_factory=dict)  # country, project_id, vintage_start/end, scope, ...
    # text before / after the numbers, and their widths, to write sub-ranges
    _head: str = ""
    _tail: str = ""
    _widths: tuple[int, int] = (0, 0)
    _style: str = DASH

    @property
    def quantity(self) -> int:
        return self.end - self.start + 1

    def sub_range(self, start: int, end: int) -> Serial:
        """The serial of credits ``start..end`` (inclusive) inside this range."""
        if not (self.start <= start <= end <= self.end):
            raise SerialError(f"{start}-{end} is not inside {self.start}-{self.end} of {self.text}")
        a, b = str(start).zfill(self._widths[0]), str(end).zfill(self._widths[1])
        if self._style == TO:
            text = f"{self._head}{a} to {b}"
        elif self._style == FULL:
            text = f"{self._head}{a}{self._tail} - {self._head}{b}{self._tail}"
        else:
            text = f"{self._head}{a}-{b}" + (f"-{self._tail}" if self._tail else "")
        return PARSERS[self.form](text)


def ddmmyyyy(text: str, what: str, serial: str) -> dt.date:
    try:
        return dt.date(int(text[4:]), int(text[2:4]), int(text[:2]))
    except ValueError:
        raise SerialError(f"serial {serial}: {what} '{text}' is not a valid DDMMYYYY date") from None


def year_vintage(year: str, serial: str) -> dict:
    """Fields of a serial that encodes only a vintage year: 1 January to 31 December of it.

    ``vintage_precision`` is "year" so a caller comparing these with an export's own vintage dates
    knows the day and month are not in the serial."""
    y = int(year)
    if not 1990 <= y <= 2100:
        raise SerialError(f"serial {serial}: vintage year {year} is not a plausible year")
    return {
        "vintage_year": y,
        "vintage_start": dt.date(y, 1, 1),
        "vintage_end": dt.date(y, 12, 31),
        "vintage_precision": "year",
    }


def widths(start: str, end: str) -> tuple[int, int]:
    """Zero-padding widths of start and end (0 when not padded), to write sub-ranges alike."""
    return tuple(len(t) if t.startswith("0") and len(t) > 1 else 0 for t in (start, end))


def check_range(start: int, end: int, serial: str) -> tuple[int, int]:
    if end < start:
        raise SerialError(f"serial {serial}: range end {end} is before its start {start}")
    return start, end


# "X to Y", "X - Y" (spaces required around the dash: a bare dash separates fields), "X – Y"
_RANGE_SEP = re.compile(r"\s+(?:to|TO|-|–)\s+")


def split_range(text: str) -> tuple[str, str | None]:
    """``(first, last)`` of a written range, ``last`` None for a single serial.

    Refuses more than one separator (``A to B to C``)."""
    parts = _RANGE_SEP.split(text.strip())
    if len(parts) == 1:
        return parts[0], None
    if len(parts) > 2 or not parts[0] or not parts[1]:
        raise SerialError(f"'{text}' is not one range: write FIRST to LAST (or FIRST - LAST)")
    return parts[0], parts[1]


def range_end(serial: str, head: str, start_text: str, tail: str, last: str | None) -> str:
    """The end number of a range whose first serial is ``head + start_text + tail``.

    ``last`` may repeat the whole serial (``head + END + tail``), repeat only its last fields
    (``2917-35143`` after ``ACR-FR-1129-2025-2917-30932``: a token-aligned suffix of the head, then
    END, then the tail) or give END alone (only where the number is the serial's last field).
    Anything else is refused: the range's two ends must name the same block."""
    if last is None:
        return start_text
    if last.isdigit():
        if tail:
            raise SerialError(
                f"serial {serial}: the range end '{last}' gives only a number, but the number is not the "
                "serial's last field; repeat the whole serial after the separator"
            )
        return last
    # the END number is the field at the position of START: count the tail's fields from the right
    tail_fields = tail.count("-") if tail else 0
    tokens = last.split("-")
    if len(tokens) > tail_fields:
        num = tokens[len(tokens) - tail_fields - 1]
        pre = "-".join(tokens[: len(tokens) - tail_fields - 1])
        post = "".join("-" + t for t in tokens[len(tokens) - tail_fields :]) if tail_fields else ""
        head_ok = pre == "" or (head.rstrip("-") == pre) or head.rstrip("-").endswith("-" + pre)
        if num.isdigit() and post == tail and head_ok:
            return num
    raise SerialError(
        f"serial {serial}: the range end '{last}' does not name the same block as its start "
        f"'{head}{start_text}{tail}'"
    )
