"""The generic CSV/Excel template: its columns and cell kinds, header checks, the lot of one row,
and the empty template writer (see resources/offsets/generic-template.csv)."""

from __future__ import annotations

import csv
from pathlib import Path

from .importers_kinds import BOOL, DATE, FLOAT, INT, LABELS, PRINCIPLES, SDGS, TEXT, Problems
from .lots import BOOL_FIELDS, KINDS, PROGRAMMES, REMOVAL_PROGRAMMES, STATUSES, CreditLot
from .serials import SerialError, generic_serial, parse

GENERIC_COLUMNS = (
    "registry",
    "programme",
    "unit_type",
    "serial",
    "prefix",
    "serial_start",
    "serial_end",
    "quantity",
    "project_id",
    "project_name",
    "methodology",
    "host_country",
    "vintage_start",
    "vintage_end",
    "issuance_date",
    "kind",
    "ccp_label",
    "corsia_eligible",
    "corresponding_adjustment",
    "price",
    "currency",
    "status",
    "retirement_date",
    "beneficiary",
    "retirement_reference",
    "verifier",
    "project_start_date",
    "kcci_principles",
    "reduction_scope",
    "annual_volume_t",
    "project_scale",
    "committee_approved",
    "activity_type",
    "cancellation_ground",
    "kets_compliance_year",
    "origin",
    "korean_share_pct",
    "koc_issuance_date",
    "conversion_date",
    "sdg_goals",
    "labels",
    "notes",
)
GENERIC_REQUIRED = ("registry", "programme", "unit_type", "quantity")
_DATE_FIELDS = (
    "vintage_start",
    "vintage_end",
    "issuance_date",
    "retirement_date",
    "project_start_date",
    "koc_issuance_date",
    "conversion_date",
)
GENERIC_KINDS = {
    name: (
        DATE
        if name in _DATE_FIELDS
        else INT
        if name in ("reduction_scope", "kets_compliance_year", "quantity", "serial_start", "serial_end")
        else FLOAT
        if name in ("price", "annual_volume_t", "korean_share_pct")
        else BOOL
        if name in BOOL_FIELDS
        else PRINCIPLES
        if name == "kcci_principles"
        else SDGS
        if name == "sdg_goals"
        else LABELS
        if name == "labels"
        else TEXT
    )
    for name in GENERIC_COLUMNS
}
# column -> the serial field holding the same date (the serial's vintage decides a slashed date's order)
GENERIC_VINTAGE = {"vintage_start": "vintage_start", "vintage_end": "vintage_end"}


def generic_header_problems(header: list[str]) -> Problems:
    problems: Problems = [
        (h, f"unknown column (template columns: {', '.join(GENERIC_COLUMNS)})")
        for h in header
        if h and h.lower() not in GENERIC_COLUMNS
    ]
    missing = [c for c in GENERIC_REQUIRED if c not in [h.lower() for h in header]]
    if missing:
        problems.append((None, f"missing required column(s) {', '.join(missing)}"))
    return problems


def generic_serial_text(vals: dict) -> str | None:
    """The serial of a generic row as written (``serial``, or composed from prefix + start + end)."""
    if vals.get("serial"):
        return vals["serial"]
    if vals.get("prefix") is None or vals.get("serial_start") is None or vals.get("serial_end") is None:
        return None
    return generic_serial(vals["registry"], vals["prefix"], vals["serial_start"], vals["serial_end"])


def generic_lot(vals: dict) -> tuple[CreditLot | None, Problems]:
    """A lot from one generic-template row: ``vals`` maps column names (lower case) to values
    parsed by ``GENERIC_KINDS``; empty cells are absent."""
    problems: Problems = []
    vals = dict(vals)
    prog, unit = vals["programme"].upper(), vals["unit_type"].upper()
    if prog not in PROGRAMMES:
        return None, [
            ("programme", f"unknown programme '{vals['programme']}' (known: {', '.join(PROGRAMMES)})")
        ]
    if unit not in PROGRAMMES[prog][1]:
        return None, [
            ("unit_type", f"{unit} is not a unit of {prog} (expected {', '.join(PROGRAMMES[prog][1])})")
        ]
    for name, allowed in (("kind", KINDS), ("status", STATUSES)):
        if name in vals and vals[name].lower() not in allowed:
            problems.append((name, f"'{vals[name]}' is not one of {', '.join(allowed)}"))
    if vals.get("status", "").lower() == "retired" and "retirement_date" not in vals:
        problems.append(("retirement_date", "status is retired but no retirement date is given"))
    if vals["quantity"] <= 0:
        problems.append(("quantity", f"{vals['quantity']} is not a positive number of credits"))
    serial = generic_serial_text(vals)
    for k in ("serial", "prefix", "serial_start", "serial_end"):
        vals.pop(k, None)
    if not serial:
        problems.append(("serial", "give either serial or prefix + serial_start + serial_end"))
        return None, problems
    try:
        s = parse(serial, prog)
    except SerialError as exc:
        problems.append(("serial", str(exc)))
        return None, problems
    if problems:
        return None, problems
    for k in ("kind", "status"):
        if k in vals:
            vals[k] = vals[k].lower()
    if prog in REMOVAL_PROGRAMMES and "kind" not in vals:
        vals["kind"] = "removal"
    for enc in ("country", "project_id", "vintage_start", "vintage_end"):
        target = "host_country" if enc == "country" else enc
        if target not in vals and s.fields.get(enc) is not None:
            vals[target] = s.fields[enc]
    vals.update(
        programme=prog,
        unit_type=unit,
        serial=s.text,
        serial_start=s.start,
        serial_end=s.end,
        serial_key=s.key,
    )
    return CreditLot(**vals), []


def write_generic_template(path) -> Path:
    """Write an empty generic template (.csv or .xlsx) with one example row per programme family."""
    path = Path(path)
    example = [
        [
            "KCCI",
            "KCS",
            "KCR",
            "",
            "KCR-2023-P0042",
            1,
            500,
            500,
            "P0042",
            "Boiler fuel switch",
            "KCCI-M-001",
            "KR",
            "2023-01-01",
            "2023-12-31",
            "2024-03-15",
            "avoidance",
            "",
            "",
            "",
            18000,
            "KRW",
            "held",
            "",
            "",
            "",
            "Example Verification Body",
            "2021-06-01",
            "practicality;additionality;sustainability;verifiability",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "domestic",
            "",
            "",
            "",
            "13",
            "",
            "",
        ],
    ]
    if path.suffix.lower() == ".xlsx":
        from openpyxl import Workbook

        wb = Workbook()
        ws = wb.active
        ws.title = "lots"
        ws.append(list(GENERIC_COLUMNS))
        for r in example:
            ws.append(r)
        wb.save(path)
    else:
        with path.open("w", newline="", encoding="utf-8") as fh:
            w = csv.writer(fh)
            w.writerow(GENERIC_COLUMNS)
            w.writerows(example)
    return path
