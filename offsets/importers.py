"""Credit lots from a Verra registry export or the generic CSV/Excel template: the column maps and
the lot-building rules, over cell values the caller has already read and parsed.

This library reads no files: ``workbench.services.offsets`` reads the file with the workbench's
one tabular reader, parses each cell by the kind named here (``VERRA_KINDS``, ``GENERIC_KINDS``)
with its one cell parser, and calls :func:`verra_lot` / :func:`generic_lot`, which return the lot
or the problems found, as (column, reason) pairs. A stated quantity that disagrees with the serial
range is not an import error: the lot keeps the stated quantity and the SERIAL.QUANTITY rule flags
it (the published examples sometimes count ranges off by one; the workbench states its convention
and flags the lot).

Verra export columns (../shared/STANDARDS.md): Issuance Date, Vintage Start, Vintage End, ID, Name,
Country/Area, Project Type, Methodology, Quantity Issued, Serial Number, Additional Certifications,
Retirement/Cancellation Date, Retirement Beneficiary, Retirement Reason. Vintage dates are
cross-checked against the dates encoded in the serial (and the serial's vintage can decide the
day/month order of slashed dates: :data:`VERRA_VINTAGE`).

Generic template: see ``GENERIC_COLUMNS`` and resources/offsets/generic-template.csv.
"""

from __future__ import annotations

import csv
import re
from pathlib import Path

from .lots import BOOL_FIELDS, KCCI_PRINCIPLES, KINDS, PROGRAMMES, STATUSES, CreditLot
from .serials import Serial, SerialError, generic_serial, parse

VERRA_COLUMNS = (
    "Issuance Date",
    "Vintage Start",
    "Vintage End",
    "ID",
    "Name",
    "Country/Area",
    "Project Type",
    "Methodology",
    "Quantity Issued",
    "Serial Number",
    "Additional Certifications",
    "Retirement/Cancellation Date",
    "Retirement Beneficiary",
    "Retirement Reason",
)
VERRA_REQUIRED = ("Issuance Date", "Vintage Start", "Vintage End", "ID", "Quantity Issued", "Serial Number")

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
    "notes",
)
GENERIC_REQUIRED = ("registry", "programme", "unit_type", "quantity")
# Cell kinds: how the reader parses each column before the lot rules see it.
DATE, INT, FLOAT, BOOL, TEXT, PRINCIPLES = "date", "int", "float", "bool", "text", "principles"
VERRA_KINDS = {
    "Issuance Date": DATE,
    "Vintage Start": DATE,
    "Vintage End": DATE,
    "Retirement/Cancellation Date": DATE,
    "Quantity Issued": INT,
}
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
        else TEXT
    )
    for name in GENERIC_COLUMNS
}
# column -> the serial field holding the same date (the serial's vintage decides a slashed date's order)
VERRA_VINTAGE = {"Vintage Start": "vintage_start", "Vintage End": "vintage_end"}
GENERIC_VINTAGE = {"vintage_start": "vintage_start", "vintage_end": "vintage_end"}

Problems = list[tuple[str | None, str]]


def parse_principles(text: str) -> tuple[str, ...]:
    """KCCI principles listed in one cell (``;`` or ``,`` separated); unknown ones raise ValueError."""
    items = tuple(p.strip().lower() for p in re.split(r"[;,]", str(text)) if p.strip())
    bad = [p for p in items if p not in KCCI_PRINCIPLES]
    if bad:
        raise ValueError(f"unknown principle(s) {', '.join(bad)} (known: {', '.join(KCCI_PRINCIPLES)})")
    return items


def verra_header_problems(header: list[str]) -> Problems:
    missing = [c for c in VERRA_REQUIRED if c not in header]
    if missing:
        return [
            (None, f"missing column(s) {', '.join(missing)} (a Verra export has {', '.join(VERRA_COLUMNS)})")
        ]
    return []


def verra_serial(text) -> Serial:
    """The serial of a Verra export row (raises SerialError)."""
    return parse(str(text or "").strip(), "VCS")


def verra_lot(vals: dict, s: Serial) -> tuple[CreditLot | None, Problems]:
    """A lot from one Verra export row: ``vals`` maps column names to parsed values (dates as
    ``datetime.date``, "Quantity Issued" as int, text as str or None); ``s`` is its serial."""
    problems: Problems = []
    for name, enc in VERRA_VINTAGE.items():
        if vals.get(name) and vals[name] != s.fields[enc]:
            problems.append(
                (name, f"{vals[name]} disagrees with the serial's {s.fields[enc]} (check the date order)")
            )
    qty = vals.get("Quantity Issued")
    if qty is not None and qty <= 0:
        problems.append(("Quantity Issued", f"{qty} is not a positive number of credits"))
    pid = str(vals.get("ID") or "").strip()
    if pid and pid.isdigit() and str(int(pid)) != s.fields["project_id"]:
        problems.append(("ID", f"project {pid} disagrees with the serial's project {s.fields['project_id']}"))
    if problems or qty is None:
        return None, problems
    certs = str(vals.get("Additional Certifications") or "")
    retired = vals.get("Retirement/Cancellation Date")
    lot = CreditLot(
        registry="Verra",
        programme="VCS",
        unit_type="VCU",
        serial=s.text,
        quantity=qty,
        serial_start=s.start,
        serial_end=s.end,
        serial_key=s.key,
        project_id=pid or s.fields["project_id"],
        project_name=(vals.get("Name") or None),
        methodology=(vals.get("Methodology") or None),
        host_country=s.fields["country"],
        vintage_start=s.fields["vintage_start"],
        vintage_end=s.fields["vintage_end"],
        issuance_date=vals.get("Issuance Date"),
        verifier="Verra VCS (validated and verified)",
        ccp_label="CCP" in certs.upper(),
        corsia_eligible="CORSIA" in certs.upper(),
        status="retired" if retired else "held",
        retirement_date=retired,
        beneficiary=(vals.get("Retirement Beneficiary") or None) if retired else None,
        notes="; ".join(
            x
            for x in (str(vals.get("Project Type") or ""), certs, str(vals.get("Retirement Reason") or ""))
            if x
        )
        or None,
    )
    return lot, []


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
