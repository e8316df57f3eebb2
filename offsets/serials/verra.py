"""Verra VCU serials (current form and the older APX/Markit form); see the package docstring."""

from __future__ import annotations

import re

from ._base import PARSERS, Serial, SerialError, check_range, ddmmyyyy, widths

VERRA_CURRENT = "verra-current"
VERRA_OLDER = "verra-older"
VERRA_HELP = "batch-start-end-VCS-VCU-nnn-VER-CC-[scope-]projectID-DDMMYYYY-DDMMYYYY-flag"

_VERRA_CURRENT = re.compile(
    r"^(?P<batch>\d+)-(?P<start>\d+)-(?P<end>\d+)-VCS-VCU-(?P<code>\d+)-VER-(?P<country>[A-Z]{2})-"
    r"(?:(?P<scope>\d+)-)?(?P<project>\d+)-(?P<vs>\d{8})-(?P<ve>\d{8})-(?P<flag>\d+)$"
)
_VERRA_OLDER = re.compile(
    r"^(?P<batch>\d+)-(?P<start>\d+)-(?P<end>\d+)-VCU-(?P<code>\d+)-(?P<reg>[A-Z]{3})-(?P<country>[A-Z]{2})-"
    r"(?P<scope>\d+)-(?P<project>\d+)-(?P<vs>\d{8})-(?P<ve>\d{8})-(?P<flag>\d+)$"
)


def _verra(text: str, m: re.Match, form: str) -> Serial:
    start, end = check_range(int(m["start"]), int(m["end"]), text)
    vs = ddmmyyyy(m["vs"], "vintage start", text)
    ve = ddmmyyyy(m["ve"], "vintage end", text)
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
        "vintage_precision": "day",
        "flag": m["flag"],
        "registry_code": m.groupdict().get("reg") or "VER",
    }
    head = f"{m['batch']}-"
    tail = text[m.end("end") + 1 :]
    return Serial(text, form, "VCS", start, end, fields, head, tail, widths(m["start"], m["end"]))


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


PARSERS[VERRA_CURRENT] = PARSERS[VERRA_OLDER] = parse_verra
