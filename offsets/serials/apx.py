"""Registries run on the APX platform that write ranges as ``FIRST to LAST``: American Carbon
Registry (ACR), Climate Action Reserve (CAR, CRTs) and ART (TREES and FCPF programmes); see the
package docstring for the layouts and the examples they were checked against."""

from __future__ import annotations

import re

from ._base import PARSERS, TO, Serial, SerialError, check_range, range_end, split_range, widths, year_vintage

ACR = "acr"
CAR = "car"
ART = "art"
ACR_HELP = "ACR-CC-project-vintage-batch-START to END"
CAR_HELP = "CAR-type-CC-project-protocol-code-state-vintage-batch-START to END (type 1 or ROC)"
ART_HELP = "ART-CC-programme-vintage-batch-START to END (or FCPF-...)"

_ACR = re.compile(
    r"^(?P<head>ACR-(?P<country>[A-Z]{2})-(?P<project>\d+)-(?P<vintage>\d{4})-(?P<batch>\d+)-)(?P<start>\d+)$"
)
_CAR = re.compile(
    r"^(?P<head>CAR-(?P<type>1|ROC)-(?P<country>[A-Z]{2})-(?P<project>\d+)-(?P<protocol>\d+)-(?P<code>\d+)-"
    r"(?P<state>[A-Z]{2})-(?P<vintage>\d{4})-(?P<batch>\d+)-)(?P<start>\d+)$"
)
_ART = re.compile(
    r"^(?P<head>(?P<programme>ART|FCPF)-(?P<country>[A-Z]{2})-(?P<project>\d+)-(?P<vintage>\d{4})-"
    r"(?P<batch>\d+)-)(?P<start>\d+)$"
)


def _parse(
    text: str, rx: re.Pattern, form: str, name: str, help_: str, prefix: tuple[str, ...]
) -> tuple[Serial, re.Match]:
    text = " ".join(str(text).split())
    first, last = split_range(text)
    m = rx.match(first)
    if not m:
        if not first.upper().startswith(prefix):
            reason = f"it must start with {' or '.join(prefix)}"
        else:
            reason = "its fields do not match"
        raise SerialError(f"'{text}' is not {name} serial: {reason}; expected {help_}")
    end_text = range_end(text, m["head"], m["start"], "", last)
    start, end = check_range(int(m["start"]), int(end_text), text)
    key = f"{form.upper()}:{m['head'].rstrip('-')}"
    fields = {"country": m["country"], "batch": m["batch"], **year_vintage(m["vintage"], text)}
    serial = Serial(text, form, key, start, end, fields, m["head"], "", widths(m["start"], end_text), TO)
    return serial, m


def parse_acr(text: str) -> Serial:
    s, m = _parse(text, _ACR, ACR, "an American Carbon Registry (ACR)", ACR_HELP, ("ACR-",))
    s.fields["project_id"] = f"ACR{m['project']}"
    return s


def parse_car(text: str) -> Serial:
    s, m = _parse(text, _CAR, CAR, "a Climate Action Reserve (CAR)", CAR_HELP, ("CAR-",))
    s.fields.update(
        {
            "project_id": f"CAR{m['project']}",
            "credit_type": "CRT" if m["type"] == "1" else m["type"],
            "protocol_code": m["protocol"],
            "code": m["code"],
            "state": m["state"],
        }
    )
    return s


def parse_art(text: str) -> Serial:
    s, m = _parse(text, _ART, ART, "an ART registry (TREES / FCPF)", ART_HELP, ("ART-", "FCPF-"))
    s.fields.update({"project_id": f"ART{m['project']}", "crediting_programme": m["programme"]})
    return s


PARSERS[ACR], PARSERS[CAR], PARSERS[ART] = parse_acr, parse_car, parse_art
