"""CDM CERs (Kyoto units) as the Gold Standard registry writes them; see the package docstring."""

from __future__ import annotations

import re

from ._base import FULL, PARSERS, Serial, SerialError, check_range, range_end, split_range, widths

CDM = "cdm"
CDM_HELP = "CC-5-SERIAL-ocp-acp-lulucf-project (a range: FIRST - LAST, both whole serials)"

# party - unit type - unit serial - original commitment period - applicable commitment period -
# LULUCF activity - project
_CER = re.compile(
    r"^(?P<head>(?P<party>[A-Z]{2})-(?P<type>\d)-)(?P<start>\d+)"
    r"(?P<tail>-(?P<ocp>\d)-(?P<acp>\d)-(?P<lulucf>\d+)-(?P<project>\d+))$"
)
_UNIT_TYPES = {"5": "CER"}  # Kyoto unit type 5 = CER; tCER (6) / lCER (7) and others are refused
_LOOKS_LIKE = re.compile(r"^[A-Z]{2}-\d-\d+-")


def looks_like_cer(text: str) -> bool:
    return bool(_LOOKS_LIKE.match(text.strip()))


def parse_cdm(text: str) -> Serial:
    text = " ".join(str(text).split())
    first, last = split_range(text)
    m = _CER.match(first)
    if not m:
        raise SerialError(f"'{text}' is not a CDM CER serial; expected {CDM_HELP}")
    if m["type"] not in _UNIT_TYPES:
        raise SerialError(
            f"serial {text}: Kyoto unit type {m['type']} is not a CER (type 5); only CERs are recorded"
        )
    end_text = range_end(text, m["head"], m["start"], m["tail"], last)
    start, end = check_range(int(m["start"]), int(end_text), text)
    fields = {
        "country": m["party"],
        "unit_type": _UNIT_TYPES[m["type"]],
        "project_id": m["project"],
        "original_commitment_period": int(m["ocp"]),
        "applicable_commitment_period": int(m["acp"]),
        "lulucf_activity": m["lulucf"],
    }
    # the CER's attributes (everything but its number) name the block, whichever registry holds it
    key = f"CER:{m['head']}*{m['tail']}"
    w = widths(m["start"], end_text)
    return Serial(text, CDM, key, start, end, fields, m["head"], m["tail"], w, FULL)


PARSERS[CDM] = parse_cdm
