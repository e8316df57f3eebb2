"""Read credit lots from a Verra registry CSV export or the generic CSV/Excel template.

Both readers validate every row and either return all lots or raise :class:`ImportProblems` listing
each bad row with file, row (header = row 1), column and reason; nothing half-read comes back.
A stated quantity that disagrees with the serial range is not an import error: the lot keeps the
stated quantity and the SERIAL.QUANTITY rule flags it (the published examples sometimes count
ranges off by one; the workbench states its convention and flags the lot).

Verra export columns (../shared/STANDARDS.md): Issuance Date, Vintage Start, Vintage End, ID, Name,
Country/Area, Project Type, Methodology, Quantity Issued, Serial Number, Additional Certifications,
Retirement/Cancellation Date, Retirement Beneficiary, Retirement Reason. Dates may be ISO
(YYYY-MM-DD) or slashed; slashed dates are read as ``date_order`` ("MDY" default, or "DMY"), and
vintage dates are cross-checked against the dates encoded in the serial.

Generic template: see ``GENERIC_COLUMNS`` and resources/offsets/generic-template.csv.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Callable
from pathlib import Path

from .import_io import (  # noqa: F401  (Problem, ImportProblems, ImportCancelled are public here)
    ImportCancelled,
    ImportProblems,
    Problem,
    _bool,
    _Collector,
    _date,
    _float,
    _int,
    _poll,
    _read_rows,
)
from .lots import BOOL_FIELDS, KCCI_PRINCIPLES, KINDS, PROGRAMMES, STATUSES, CreditLot
from .serials import SerialError, generic_serial, parse

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
_INT_FIELDS = ("reduction_scope", "kets_compliance_year")
_FLOAT_FIELDS = ("price", "annual_volume_t", "korean_share_pct")
_DATE_FIELDS = (
    "vintage_start",
    "vintage_end",
    "issuance_date",
    "retirement_date",
    "project_start_date",
    "koc_issuance_date",
    "conversion_date",
)


def read_verra_csv(
    path, date_order: str = "MDY", progress: Callable[[float, str], object] | None = None, cancel=None
) -> list[CreditLot]:
    """Lots from a Verra registry export (one row = one serial range)."""
    path = Path(path)
    header, rows = _read_rows(path)
    errs = _Collector(path.name)
    missing = [c for c in VERRA_REQUIRED if c not in header]
    if missing:
        errs.add(
            1, None, f"missing column(s) {', '.join(missing)} (a Verra export has {', '.join(VERRA_COLUMNS)})"
        )
        errs.raise_if_any()
    col = {name: header.index(name) for name in header if name}
    lots = []
    for n, raw in enumerate(rows, start=2):
        _poll(n, len(rows), path.name, progress, cancel)
        cell = {name: (raw[i] if i < len(raw) else None) for name, i in col.items()}
        before = len(errs.items)
        serial_text = str(cell.get("Serial Number") or "").strip()
        try:
            s = parse(serial_text, "VCS")
        except SerialError as exc:
            errs.add(n, "Serial Number", str(exc))
            continue
        vals = {}
        for name in ("Issuance Date", "Vintage Start", "Vintage End", "Retirement/Cancellation Date"):
            try:
                vals[name] = _date(cell.get(name), date_order)
            except ValueError as exc:
                errs.add(n, name, str(exc))
        for name, enc in (("Vintage Start", "vintage_start"), ("Vintage End", "vintage_end")):
            if vals.get(name) and vals[name] != s.fields[enc]:
                errs.add(
                    n,
                    name,
                    f"{vals[name]} disagrees with the serial's {s.fields[enc]} (check the date order)",
                )
        try:
            qty = _int(cell.get("Quantity Issued") or "")
            if qty <= 0:
                errs.add(n, "Quantity Issued", f"{qty} is not a positive number of credits")
        except ValueError as exc:
            errs.add(n, "Quantity Issued", str(exc))
        pid = str(cell.get("ID") or "").strip()
        if pid and pid.isdigit() and str(int(pid)) != s.fields["project_id"]:
            errs.add(n, "ID", f"project {pid} disagrees with the serial's project {s.fields['project_id']}")
        if len(errs.items) > before:
            continue
        certs = str(cell.get("Additional Certifications") or "")
        retired = vals.get("Retirement/Cancellation Date")
        lots.append(
            CreditLot(
                registry="Verra",
                programme="VCS",
                unit_type="VCU",
                serial=s.text,
                quantity=qty,
                serial_start=s.start,
                serial_end=s.end,
                serial_key=s.key,
                project_id=pid or s.fields["project_id"],
                project_name=(cell.get("Name") or None),
                methodology=(cell.get("Methodology") or None),
                host_country=s.fields["country"],
                vintage_start=s.fields["vintage_start"],
                vintage_end=s.fields["vintage_end"],
                issuance_date=vals.get("Issuance Date"),
                verifier="Verra VCS (validated and verified)",
                ccp_label="CCP" in certs.upper(),
                corsia_eligible="CORSIA" in certs.upper(),
                status="retired" if retired else "held",
                retirement_date=retired,
                beneficiary=(cell.get("Retirement Beneficiary") or None) if retired else None,
                notes="; ".join(
                    x
                    for x in (
                        str(cell.get("Project Type") or ""),
                        certs,
                        str(cell.get("Retirement Reason") or ""),
                    )
                    if x
                )
                or None,
            )
        )
    errs.raise_if_any()
    if not lots:
        raise ImportProblems([Problem(path.name, None, None, "no data rows below the header")])
    return lots


def _generic_row(n: int, cell: dict, errs: _Collector) -> CreditLot | None:
    before = len(errs.items)
    vals: dict = {}
    for name in GENERIC_REQUIRED:
        if cell.get(name) in (None, "") or not str(cell.get(name)).strip():
            errs.add(n, name, "required value is empty")
    if len(errs.items) > before:
        return None
    for name, raw in cell.items():
        if raw is None or (isinstance(raw, str) and not raw.strip()):
            continue
        try:
            if name in _DATE_FIELDS:
                vals[name] = _date(raw, "DMY")
            elif name in _INT_FIELDS or name in ("quantity", "serial_start", "serial_end"):
                vals[name] = _int(raw)
            elif name in _FLOAT_FIELDS:
                vals[name] = _float(raw)
            elif name in BOOL_FIELDS:
                vals[name] = _bool(raw)
            elif name == "kcci_principles":
                items = tuple(p.strip().lower() for p in re.split(r"[;,]", str(raw)) if p.strip())
                bad = [p for p in items if p not in KCCI_PRINCIPLES]
                if bad:
                    raise ValueError(
                        f"unknown principle(s) {', '.join(bad)} (known: {', '.join(KCCI_PRINCIPLES)})"
                    )
                vals[name] = items
            else:
                vals[name] = str(raw).strip()
        except ValueError as exc:
            errs.add(n, name, str(exc))
    if len(errs.items) > before:
        return None
    prog, unit = vals["programme"].upper(), vals["unit_type"].upper()
    if prog not in PROGRAMMES:
        errs.add(n, "programme", f"unknown programme '{vals['programme']}' (known: {', '.join(PROGRAMMES)})")
        return None
    if unit not in PROGRAMMES[prog][1]:
        errs.add(
            n, "unit_type", f"{unit} is not a unit of {prog} (expected {', '.join(PROGRAMMES[prog][1])})"
        )
        return None
    for name, allowed in (("kind", KINDS), ("status", STATUSES)):
        if name in vals and vals[name].lower() not in allowed:
            errs.add(n, name, f"'{vals[name]}' is not one of {', '.join(allowed)}")
    if vals.get("status", "").lower() == "retired" and "retirement_date" not in vals:
        errs.add(n, "retirement_date", "status is retired but no retirement date is given")
    if vals["quantity"] <= 0:
        errs.add(n, "quantity", f"{vals['quantity']} is not a positive number of credits")
    serial = vals.pop("serial", None)
    prefix, start, end = (
        vals.pop("prefix", None),
        vals.pop("serial_start", None),
        vals.pop("serial_end", None),
    )
    if not serial:
        if prefix is None or start is None or end is None:
            errs.add(n, "serial", "give either serial or prefix + serial_start + serial_end")
            return None
        serial = generic_serial(vals["registry"], prefix, start, end)
    try:
        s = parse(serial, prog)
    except SerialError as exc:
        errs.add(n, "serial", str(exc))
        return None
    if len(errs.items) > before:
        return None
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
    return CreditLot(**vals)


def read_generic(
    path, progress: Callable[[float, str], object] | None = None, cancel=None
) -> list[CreditLot]:
    """Lots from the generic template (.csv or .xlsx); columns in ``GENERIC_COLUMNS``, any order."""
    path = Path(path)
    header, rows = _read_rows(path)
    errs = _Collector(path.name)
    unknown = [h for h in header if h and h.lower() not in GENERIC_COLUMNS]
    for h in unknown:
        errs.add(1, h, f"unknown column (template columns: {', '.join(GENERIC_COLUMNS)})")
    missing = [c for c in GENERIC_REQUIRED if c not in [h.lower() for h in header]]
    if missing:
        errs.add(1, None, f"missing required column(s) {', '.join(missing)}")
    errs.raise_if_any()
    names = [h.lower() for h in header]
    lots = []
    for n, raw in enumerate(rows, start=2):
        _poll(n, len(rows), path.name, progress, cancel)
        cell = {name: (raw[i] if i < len(raw) else None) for i, name in enumerate(names) if name}
        lot = _generic_row(n, cell, errs)
        if lot is not None:
            lots.append(lot)
    errs.raise_if_any()
    if not lots:
        raise ImportProblems([Problem(path.name, None, None, "no data rows below the header")])
    return lots


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
