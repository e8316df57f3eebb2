"""Registry serial numbers: parse a serial into its range and encoded fields, and write sub-ranges.

Counting convention: both ends inclusive, quantity = end - start + 1 (../shared/oracles.md).

Formats
-------
Verra VCU, current form [public, STANDARDS.md "Credits"]::

    batch-start-end-VCS-VCU-nnn-VER-CC-scope-projectID-DDMMYYYY-DDMMYYYY-flag
    10345-213076459-213076558-VCS-VCU-1491-VER-IN-1-1173-01012017-31122017-0

  The sectoral-scope field is absent in some published examples
  (``0001-000001-000100-VCS-VCU-003-VER-US-0003-01012020-31122020-1``, oracles.md); with one number
  between country and vintage it is read as the project id. Verra numbers are unique registry-wide,
  so every Verra range shares one numbering namespace ("VCS").

Verra VCU, older form (the registries Verra used before its own: APX, Markit)::

    batch-start-end-VCU-nnn-REG-CC-scope-projectID-DDMMYYYY-DDMMYYYY-flag
    5678-241569102-241569201-VCU-034-APX-IN-1-1748-01012018-31122018-0

Gold Standard VER [public]::

    GS1-1-CC-GSnnnn-sectoral-vintage-batch-start-end
    GS1-1-IN-GS1148-1-2012-2433-1-119

  Numbering restarts per batch, so the namespace is everything before ``start``.

Generic range (KCCI KCR, K-ETS KOC/KCU, MyCarbon CRA and any registry without a public serial
format; these registries give each credit a unique number but publish no serial syntax)::

    REGISTRY/PREFIX/START-END
    KCCI/KCR-2023-P0042/000001-000500
    GIR/KOC-2022-0017/1-2500
    MYCARBON/CRA-2024-00012/1-80

  REGISTRY: letters, digits, ``_ . -``; PREFIX: any text without ``/`` naming the numbering block
  (project, issuance); START, END: the first and last credit numbers. The namespace is
  ``REGISTRY/PREFIX`` (case-insensitive). Leading zeros are kept when a sub-range is written.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

VERRA_CURRENT = "verra-current"
VERRA_OLDER = "verra-older"
GOLD_STANDARD = "gold-standard"
GENERIC = "generic"

_VERRA_CURRENT = re.compile(
    r"^(?P<batch>\d+)-(?P<start>\d+)-(?P<end>\d+)-VCS-VCU-(?P<code>\d+)-VER-(?P<country>[A-Z]{2})-"
    r"(?:(?P<scope>\d+)-)?(?P<project>\d+)-(?P<vs>\d{8})-(?P<ve>\d{8})-(?P<flag>\d+)$"
)
_VERRA_OLDER = re.compile(
    r"^(?P<batch>\d+)-(?P<start>\d+)-(?P<end>\d+)-VCU-(?P<code>\d+)-(?P<reg>[A-Z]{3})-(?P<country>[A-Z]{2})-"
    r"(?P<scope>\d+)-(?P<project>\d+)-(?P<vs>\d{8})-(?P<ve>\d{8})-(?P<flag>\d+)$"
)
_GS = re.compile(
    r"^(?P<head>GS\d+-\d+)-(?P<country>[A-Z]{2})-GS(?P<project>\d+)-(?P<scope>\d+)-(?P<vintage>\d{4})-"
    r"(?P<batch>\d+)-(?P<start>\d+)-(?P<end>\d+)$"
)
_GENERIC = re.compile(r"^(?P<registry>[A-Za-z0-9_.\-]+)/(?P<prefix>[^/]+)/(?P<start>\d+)-(?P<end>\d+)$")

VERRA_HELP = "batch-start-end-VCS-VCU-nnn-VER-CC-[scope-]projectID-DDMMYYYY-DDMMYYYY-flag"
GS_HELP = "GS1-1-CC-GSnnnn-sectoral-vintage-batch-start-end"
GENERIC_HELP = "REGISTRY/PREFIX/START-END"


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

    @property
    def quantity(self) -> int:
        return self.end - self.start + 1

    def sub_range(self, start: int, end: int) -> Serial:
        """The serial of credits ``start..end`` (inclusive) inside this range."""
        if not (self.start <= start <= end <= self.end):
            raise SerialError(f"{start}-{end} is not inside {self.start}-{self.end} of {self.text}")
        a, b = str(start).zfill(self._widths[0]), str(end).zfill(self._widths[1])
        text = f"{self._head}{a}-{b}" + (f"-{self._tail}" if self._tail else "")
        return parse(text)


def _ddmmyyyy(text: str, what: str, serial: str) -> dt.date:
    try:
        return dt.date(int(text[4:]), int(text[2:4]), int(text[:2]))
    except ValueError:
        raise SerialError(f"serial {serial}: {what} '{text}' is not a valid DDMMYYYY date") from None


def _widths(m: re.Match) -> tuple[int, int]:
    """Zero-padding widths of start and end (0 when not padded), to write sub-ranges alike."""
    return tuple(len(t) if t.startswith("0") and len(t) > 1 else 0 for t in (m["start"], m["end"]))


def _range(m: re.Match, serial: str) -> tuple[int, int]:
    start, end = int(m["start"]), int(m["end"])
    if end < start:
        raise SerialError(f"serial {serial}: range end {end} is before its start {start}")
    return start, end


def _verra(text: str, m: re.Match, form: str) -> Serial:
    start, end = _range(m, text)
    vs = _ddmmyyyy(m["vs"], "vintage start", text)
    ve = _ddmmyyyy(m["ve"], "vintage end", text)
    if ve < vs:
        raise SerialError(f"serial {text}: vintage end {ve} is before vintage start {vs}")
    fields = {
        "batch": m["batch"],
        "code": m["code"],
        "country": m["country"],
        "sectoral_scope": m["scope"],
        "project_id": str(int(m["project"])),
        "vintage_start": vs,
        "vintage_end": ve,
        "flag": m["flag"],
        "registry_code": m.groupdict().get("reg") or "VER",
    }
    head = f"{m['batch']}-"
    tail = text[m.end("end") + 1 :]
    return Serial(text, form, "VCS", start, end, fields, head, tail, _widths(m))


def parse_verra(text: str) -> Serial:
    text = text.strip()
    m = _VERRA_CURRENT.match(text)
    if m:
        return _verra(text, m, VERRA_CURRENT)
    m = _VERRA_OLDER.match(text)
    if m:
        return _verra(text, m, VERRA_OLDER)
    parts = text.split("-")
    if len(parts) < 3 or not all(p.isdigit() for p in parts[:3]):
        reason = "it must start with batch-start-end (three numbers)"
    elif "VCU" not in parts:
        reason = "the unit type VCU is missing"
    else:
        reason = "the fields after the range do not match"
    raise SerialError(f"'{text}' is not a Verra VCU serial: {reason}; expected {VERRA_HELP}")


def parse_gold_standard(text: str) -> Serial:
    text = text.strip()
    m = _GS.match(text)
    if not m:
        raise SerialError(f"'{text}' is not a Gold Standard VER serial; expected {GS_HELP}")
    start, end = _range(m, text)
    year = int(m["vintage"])
    fields = {
        "country": m["country"],
        "project_id": f"GS{m['project']}",
        "sectoral_scope": m["scope"],
        "vintage_start": dt.date(year, 1, 1),
        "vintage_end": dt.date(year, 12, 31),
        "batch": m["batch"],
    }
    head = text[: m.start("start")]
    key = "GS:" + head.rstrip("-")
    return Serial(text, GOLD_STANDARD, key, start, end, fields, head, "", _widths(m))


def parse_generic(text: str) -> Serial:
    text = text.strip()
    m = _GENERIC.match(text)
    if not m:
        raise SerialError(f"'{text}' is not a generic range serial; expected {GENERIC_HELP}")
    start, end = _range(m, text)
    registry, prefix = m["registry"], m["prefix"].strip()
    if not prefix:
        raise SerialError(f"serial {text}: the PREFIX between the slashes is empty")
    fields = {"registry": registry, "prefix": prefix}
    head = f"{registry}/{prefix}/"
    key = f"{registry}/{prefix}".upper()
    return Serial(text, GENERIC, key, start, end, fields, head, "", _widths(m))


def generic_serial(registry: str, prefix: str, start: int, end: int, width: int = 0) -> str:
    """Compose a generic range serial, e.g. ``generic_serial("KCCI", "KCR-2023-P0042", 1, 500, 6)``."""
    return f"{registry}/{prefix}/{str(start).zfill(width)}-{str(end).zfill(width)}"


# unit type or programme -> parser
_BY_PROGRAMME = {
    "VCS": parse_verra,
    "VCU": parse_verra,
    "GS": parse_gold_standard,
    "VER": parse_gold_standard,
}


def parse(text: str, programme: str | None = None) -> Serial:
    """Parse a serial. With ``programme`` ("VCS", "GS", or a unit type) use that registry's format;
    programmes without a public format (KCS, KETS, MYCARBON, ...) use the generic range format.
    Without it, detect the format from the text."""
    if text is None or not str(text).strip():
        raise SerialError("the serial is empty")
    text = str(text).strip()
    if programme:
        return _BY_PROGRAMME.get(programme.upper(), parse_generic)(text)
    if "/" in text:
        return parse_generic(text)
    if "VCU" in text.split("-"):
        return parse_verra(text)
    if text.upper().startswith("GS"):
        return parse_gold_standard(text)
    raise SerialError(f"'{text}' matches no known serial format ({VERRA_HELP} | {GS_HELP} | {GENERIC_HELP})")
