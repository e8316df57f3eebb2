"""Credit lots from the public exports of Verra, Gold Standard, American Carbon Registry, Climate
Action Reserve and ART, or from the generic CSV/Excel template: the column maps and the lot-building
rules, over cell values the caller has already read and parsed.

This library reads no files: ``workbench.services.offsets`` reads the file with the workbench's
one tabular reader, parses each cell by the kind named here (``ROLE_KINDS``, ``GENERIC_KINDS``)
with its one cell parser, and calls :func:`registry_lot` / :func:`generic_lot`, which return the
lot or the problems found, as (column, reason) pairs. A stated quantity that disagrees with the
serial range is not an import error: the lot keeps the stated quantity and the SERIAL.QUANTITY
rule flags it.

Registry exports (:data:`EXPORT_FORMATS`; real samples and their source in
tests/data/registry_exports/): each maps lot roles to the export's columns. Read into the lot:

- serial, quantity, project, methodology (with its version), vintage, issuance and retirement
  dates, beneficiary (Verra "Retirement Beneficiary", Gold Standard "Using Entity", ACR/ART
  "Retired on Behalf of"; CAR's export names only the account holder, so it stays unknown);
- status: Gold Standard's "Credit Status" (Issued / Retired / Canceled); a cancellation export
  (a "Cancellation Type/Reason" column) gives cancelled lots; else retired when a retirement date
  is given;
- removal or avoidance: Verra "Carbon Dioxide Removals", Gold Standard "Emission Removal" labels,
  CAR "Reduction/Removal", ACR "Verified Removal";
- CCP: "ICVCM CCP" labels (Verra, Gold Standard), "CCP Approved" (ACR, CAR, ART);
- CORSIA: "CORSIA ..." labels (Verra), "CORSIA Eligible" and the per-phase eligibility columns
  (ACR, CAR, ART; the phase is kept in the notes);
- corresponding adjustment: "Article 6 Authorized ..." labels (Verra), Gold Standard "Article Six
  Authorization", CAR "Corresponding Adjustment";
- SDGs and every other label (CCB, Social Carbon, ...): in the lot's notes (the lot has no field
  for them);
- the verifier only when the export names one ("Verification Body", "Project VVB"); the registry
  is not a verifier, so an export without one leaves it unknown and the VERIFIED rules flag it.

Vintage dates are cross-checked against the dates (Verra) or year (the others) encoded in the
serial; a Verra serial's vintage dates also decide the day/month order of slashed dates.

Generic template: see ``GENERIC_COLUMNS`` and resources/offsets/generic-template.csv.
"""

from __future__ import annotations

import csv
import datetime as dt
import re
from dataclasses import dataclass
from pathlib import Path

from .lots import AVOIDANCE, BOOL_FIELDS, KCCI_PRINCIPLES, KINDS, PROGRAMMES, REMOVAL, STATUSES, CreditLot
from .serials import Serial, SerialError, generic_serial, parse

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
GENERIC_VINTAGE = {"vintage_start": "vintage_start", "vintage_end": "vintage_end"}

Problems = list[tuple[str | None, str]]


def parse_principles(text: str) -> tuple[str, ...]:
    """KCCI principles listed in one cell (``;`` or ``,`` separated); unknown ones raise ValueError."""
    items = tuple(p.strip().lower() for p in re.split(r"[;,]", str(text)) if p.strip())
    bad = [p for p in items if p not in KCCI_PRINCIPLES]
    if bad:
        raise ValueError(f"unknown principle(s) {', '.join(bad)} (known: {', '.join(KCCI_PRINCIPLES)})")
    return items


# -- registry exports ----------------------------------------------------------------------------
# Each public export is read through a column map: lot role -> the column names the registry uses
# for it (the first one present in the header wins; names compared case- and space-insensitively).
# The maps are those of the real exports in tests/data/registry_exports/ (README there: source).
ROLE_KINDS = {
    "quantity": INT,
    "vintage_year": INT,
    "issuance_date": DATE,
    "vintage_start": DATE,
    "vintage_end": DATE,
    "period_start": DATE,
    "period_end": DATE,
    "retirement_date": DATE,
}
_VERIFIER = ("Verification Body", "Validation/Verification Body", "Project VVB", "VVB", "Verifier")


@dataclass(frozen=True)
class ExportFormat:
    """How one registry's public export maps to lots."""

    kind: str  # the import kind: "verra", "gold-standard", "acr", "car", "art"
    registry: str
    programme: str | None  # None: decided per row (Gold Standard holds VERs and CDM CERs)
    roles: dict  # role -> column name(s)
    required: tuple[str, ...]  # roles without which the file is refused
    vintage_dates: bool = False  # the serial carries full vintage dates (Verra): they decide day/month

    def columns(self, role: str) -> tuple[str, ...]:
        names = self.roles.get(role, ())
        return (names,) if isinstance(names, str) else tuple(names)


VERRA = ExportFormat(
    "verra",
    "Verra",
    "VCS",
    {
        "issuance_date": "Issuance Date",
        "sdgs": "Sustainable Development Goals",
        "vintage_start": "Vintage Start",
        "vintage_end": "Vintage End",
        "project_id": "ID",
        "project_name": "Name",
        "project_type": "Project Type",
        "methodology": "Methodology",
        "quantity": "Quantity Issued",
        "serial": "Serial Number",
        "labels": "Additional Certifications",
        "retirement_date": "Retirement/Cancellation Date",
        "beneficiary": "Retirement Beneficiary",
        "reason": "Retirement Reason",
        "details": "Retirement Details",
        "verifier": _VERIFIER,
    },
    ("issuance_date", "vintage_start", "vintage_end", "project_id", "quantity", "serial"),
    vintage_dates=True,
)
GOLD_STANDARD_EXPORT = ExportFormat(
    "gold-standard",
    "Gold Standard",
    None,
    {
        "vintage_year": "Vintage",
        "status": "Credit Status",
        "quantity": "Quantity",
        "project_id": "GSID",
        "project_name": "Project Name",
        "project_type": "Project Type",
        "methodology": "Methodology",
        "product_type": "Product Type",
        "issuance_date": "Issuance Date",
        "retirement_date": "Retirement Date",
        "period_start": "Monitoring Period Start",
        "period_end": "Monitoring Period End",
        "serial": "Serial Number",
        "details": "Note",
        "operator": "Aeroplane Operator Name",
        "labels": "Label",
        "use_case": "Use Case",
        "beneficiary": "Using Entity",
        "article6": ("Article Six Authorization", "Article 6 Authorization"),
        "verifier": _VERIFIER,
    },
    ("vintage_year", "status", "quantity", "product_type", "serial"),
)
_CORSIA = {
    "corsia": ("CORSIA Eligible",),
    "corsia_pilot": (
        "Eligible for CORSIA 2021-2023 Compliance Period (Pilot Phase)",
        "Eligible for CORSIA 2021-2023 Compliance Period",
    ),
    "corsia_first": (
        "Eligible for CORSIA 2024-2026 Compliance Period (First Phase)",
        "Eligible for CORSIA 2024-2026 Compliance Period",
    ),
}
ACR_EXPORT = ExportFormat(
    "acr",
    "American Carbon Registry",
    "ACR",
    {
        "serial": "Credit Serial Numbers",
        "issuance_date": "Date Issued (GMT)",
        "vintage_year": "Vintage",
        "period_start": "Vintage Assignment Period Start Date",
        "period_end": "Vintage Assignment Period End Date",
        "quantity": "Quantity of Credits",
        "account_holder": "Account Holder",
        "retirement_date": "Status Effective (GMT)",
        "beneficiary": "Retired on Behalf of",
        "reason": "Retirement Reason",
        "details": ("Purpose of Retirement", "Cancellation Details"),
        "cancellation": "Cancellation Type",
        "project_id": "Project ID",
        "project_name": "Project Name",
        "project_type": "Project Type",
        "methodology": "Project Methodology/Protocol",
        "methodology_version": "Methodology/Protocol Version",
        **_CORSIA,
        "ccp": "CCP Approved",
        "removal": "Verified Removal",
        "sdgs": "Sustainable Development Goal(s)",
        "verifier": _VERIFIER,
    },
    ("serial", "vintage_year", "quantity", "retirement_date"),
)
CAR_EXPORT = ExportFormat(
    "car",
    "Climate Action Reserve",
    "CAR",
    {
        "vintage_year": "Vintage",
        "serial": "Offset Credit Serial Numbers",
        "quantity": "Quantity of Offset Credits",
        "retirement_date": "Status Effective",
        "project_id": "Project ID",
        "project_name": "Project Name",
        "project_type": "Project Type",
        "reduction_removal": "Reduction/Removal",
        "methodology": "Protocol and Version",
        "labels": "Additional Certification(s)",
        **_CORSIA,
        "ca": "Corresponding Adjustment",
        "ccp": "CCP Approved",
        "account_holder": "Account Holder",
        "reason": "Retirement Reason",
        "details": ("Retirement Reason Details", "Export Notes"),
        "cancellation": "Cancellation Reason",
        "verifier": _VERIFIER,
    },
    ("serial", "vintage_year", "quantity", "retirement_date"),
)
ART_EXPORT = ExportFormat(
    "art",
    "ART",
    "ART",
    {
        "vintage_year": "Vintage",
        "serial": "Credit Serial Numbers",
        "quantity": "Quantity of Credits",
        "retirement_date": "Status Effective",
        **_CORSIA,
        "ccp": "CCP Approved",
        "project_id": "Program ID",
        "project_name": "Program Name",
        "project_type": "Program Type",
        "methodology": "Crediting Program and Standard",
        "methodology_version": "Standard Version",
        "issuance_date": "Date Approved",
        "account_holder": "Account Holder",
        "beneficiary": "Retired on Behalf of",
        "reason": "Retirement Reason",
        "details": ("Purpose of Retirement", "Cancellation Details"),
        "cancellation": "Cancellation Reason",
        "verifier": _VERIFIER,
    },
    ("serial", "vintage_year", "quantity", "retirement_date"),
)
EXPORT_FORMATS = {f.kind: f for f in (VERRA, GOLD_STANDARD_EXPORT, ACR_EXPORT, CAR_EXPORT, ART_EXPORT)}
REGISTRY_KINDS = tuple(EXPORT_FORMATS)

# kept for callers of the first Verra importer
VERRA_COLUMNS = tuple(c for r in VERRA.roles if r != "verifier" for c in VERRA.columns(r))
VERRA_REQUIRED = tuple(VERRA.columns(r)[0] for r in VERRA.required)
VERRA_VINTAGE = {"Vintage Start": "vintage_start", "Vintage End": "vintage_end"}


def _norm(name) -> str:
    return " ".join(str(name or "").split()).lower()


def resolve_roles(fmt: ExportFormat, header: list[str]) -> tuple[dict[str, str], Problems]:
    """role -> the header's column for it, and the problems (missing required columns)."""
    have = {_norm(h): h for h in header if h}
    found = {}
    for role in fmt.roles:
        for name in fmt.columns(role):
            if _norm(name) in have:
                found[role] = have[_norm(name)]
                break
    missing = [fmt.columns(r)[0] for r in fmt.required if r not in found]
    if missing:
        return found, [
            (
                None,
                f"missing column(s) {', '.join(missing)}: not a {fmt.registry} export as this "
                f"workbench reads it (it needs {', '.join(fmt.columns(r)[0] for r in fmt.required)})",
            )
        ]
    return found, []


def detect_kind(header: list[str]) -> str | None:
    """The registry whose export this header is (all of its required columns present), else None."""
    for fmt in EXPORT_FORMATS.values():
        if not resolve_roles(fmt, header)[1]:
            return fmt.kind
    return None


def column_kind(fmt: ExportFormat, role: str | None) -> str:
    return ROLE_KINDS.get(role, TEXT) if role else TEXT


_CLOCK = re.compile(r"^(.*?\d{4})\s+\d{1,2}:\d{2}(?::\d{2})?\s*(?:[AaPp][Mm])?$")


def strip_clock(value):
    """``6/30/2025 7:43:26 PM`` -> ``6/30/2025``: the time of day of a registry's slashed date
    (ISO date-times are left to the cell parser, which checks them)."""
    if not isinstance(value, str):
        return value
    text = value.strip()
    m = _CLOCK.match(text)
    return m.group(1) if m and not re.match(r"\d{4}-", text) else text


def export_serial(fmt: ExportFormat, text, product_type: str | None = None) -> Serial:
    """The serial of one export row (raises SerialError)."""
    return parse(str(text or "").strip(), _programme(fmt, product_type)[0])


def _programme(fmt: ExportFormat, product_type) -> tuple[str, str]:
    if fmt.programme == "VCS":
        return "VCS", "VCU"
    if fmt.programme == "ACR":
        return "ACR", "ERT"
    if fmt.programme in ("CAR", "ART"):
        return fmt.programme, ""  # unit type read from the serial
    pt = str(product_type or "").strip().upper()
    if pt in ("CER", "CERS"):
        return "CDM", "CER"
    return "GS", "VER"


_YES = ("yes", "y", "true", "1", "x")
_NO = ("", "no", "n", "false", "0", "-", "not applicable", "n/a", "na", "none", "not eligible")


def _flag(value, column: str, problems: Problems) -> bool:
    text = _norm(value)
    if text in _YES or text.startswith("eligible") or text.startswith("approved"):
        return True
    if text in _NO:
        return False
    problems.append((column, f"'{value}' is not yes/no"))
    return False


def _authorised(value, column: str, problems: Problems) -> bool:
    """An Article 6 authorisation / corresponding adjustment cell: yes, authorized, applied -> True."""
    text = _norm(value)
    if text in _NO or text.startswith(("not ", "no ", "unauthori")):
        return False
    if text in _YES or "authori" in text or text in ("applied", "adjusted", "ca applied"):
        return True
    problems.append(
        (column, f"'{value}' is not a known authorisation value (yes/no, Authorized, Not Applicable)")
    )
    return False


def split_labels(text) -> list[str]:
    """The labels of one cell, as the registry lists them (``;`` or ``,`` separated)."""
    sep = ";" if ";" in str(text or "") else ","
    return [x.strip() for x in str(text or "").split(sep) if x.strip()]


def sdg_goals(text, column: str, problems: Problems) -> tuple[int, ...]:
    """UN Sustainable Development Goal numbers of a cell such as ``01: No Poverty; 13: Climate Action``."""
    goals = [int(x) for x in re.findall(r"(?:^|;)\s*(\d{1,2})\s*:", str(text or ""))]
    if str(text or "").strip() and not goals:
        problems.append((column, f"'{text}' lists no goal numbers (expected e.g. '13: Climate Action')"))
    bad = [g for g in goals if not 1 <= g <= 17]
    if bad:
        problems.append((column, f"goal {bad[0]} is not one of the 17 Sustainable Development Goals"))
    return tuple(sorted(set(goals)))


def label_flags(labels: list[str]) -> dict:
    """What a list of registry labels says about the lot: removal, CCP, CORSIA, Article 6."""
    low = [x.lower() for x in labels]
    return {
        "removal": any("removal" in x and "reduction" not in x for x in low),
        "ccp": any("ccp" in x for x in low),
        "corsia": any("corsia" in x for x in low),
        "article6": any("article 6 authori" in x or "article six authori" in x for x in low),
    }


def _status(fmt: ExportFormat, vals: dict, cols: dict, problems: Problems) -> str:
    if "status" in vals:  # Gold Standard: Credit Status
        text = _norm(vals.get("status"))
        status = {"issued": "held", "retired": "retired", "canceled": "cancelled", "cancelled": "cancelled"}
        if text not in status:
            problems.append((cols["status"], f"'{vals.get('status')}' is not Issued, Retired or Canceled"))
            return "held"
        return status[text]
    if "cancellation" in cols:
        return "cancelled"
    return "retired" if vals.get("retirement_date") else "held"


def _vintage_period(s: Serial, start, end, year) -> tuple:
    """Vintage dates: the serial's own (Verra); else the export's period (monitoring or vintage
    assignment period) within the vintage year (the serial's or the export's)."""
    vs, ve = s.fields.get("vintage_start"), s.fields.get("vintage_end")
    if vs is not None and s.fields.get("vintage_precision") != "year":
        return vs, ve
    if vs is None:
        if year is None:
            return start, end
        vs, ve = dt.date(year, 1, 1), dt.date(year, 12, 31)
    lo, hi = max(filter(None, (vs, start))), min(filter(None, (ve, end)))
    return (lo, hi) if lo <= hi else (vs, ve)


def _digits(text) -> str:
    return "".join(ch for ch in str(text or "") if ch.isdigit()).lstrip("0")


def registry_lot(fmt: ExportFormat, vals: dict, cols: dict, s: Serial) -> tuple[CreditLot | None, Problems]:
    """A lot from one export row: ``vals`` maps roles to parsed values (dates, ints, text or None),
    ``cols`` roles to the header's column names (for messages); ``s`` is the row's serial."""
    problems: Problems = []
    if fmt.vintage_dates:
        for role in ("vintage_start", "vintage_end"):
            if vals.get(role) and vals[role] != s.fields.get(role):
                problems.append(
                    (
                        cols[role],
                        f"{vals[role]} disagrees with the serial's {s.fields[role]} (check the date order)",
                    )
                )
    year = vals.get("vintage_year")
    if year is not None and s.fields.get("vintage_year") not in (None, year):
        problems.append(
            (cols["vintage_year"], f"{year} disagrees with the serial's vintage {s.fields['vintage_year']}")
        )
    qty = vals.get("quantity")
    if qty is not None and qty <= 0:
        problems.append((cols["quantity"], f"{qty} is not a positive number of credits"))
    pid = str(vals.get("project_id") or "").strip()
    programme, unit = _programme(fmt, vals.get("product_type"))
    # a CER's serial names its CDM project, the Gold Standard export its GSID: not comparable
    if (
        pid
        and programme != "CDM"
        and s.fields.get("project_id")
        and _digits(pid) != _digits(s.fields["project_id"])
    ):
        problems.append(
            (
                cols["project_id"],
                f"project {pid} disagrees with the serial's project {s.fields['project_id']}",
            )
        )
    if vals.get("product_type") and _norm(vals["product_type"]) not in ("ver", "cer", "vers", "cers"):
        problems.append(
            (
                cols["product_type"],
                f"product type '{vals['product_type']}' is not an issued credit (VER or CER)",
            )
        )
    if not unit:
        unit = "ROC" if s.fields.get("credit_type") == "ROC" else "CRT"
        if programme == "ART":
            unit = "FCPF" if s.fields.get("crediting_programme") == "FCPF" else "TREES"
    status = _status(fmt, vals, cols, problems)
    if status == "retired" and not vals.get("retirement_date"):
        problems.append(
            (cols.get("retirement_date"), "the credits are retired but no retirement date is given")
        )
    labels = split_labels(vals.get("labels"))
    flags = label_flags(labels)
    removal = flags["removal"]
    if vals.get("reduction_removal"):
        text = _norm(vals["reduction_removal"])
        if text not in ("reduction", "removal", "avoidance"):
            problems.append(
                (cols["reduction_removal"], f"'{vals['reduction_removal']}' is not Reduction or Removal")
            )
        removal = removal or text == "removal"
    if vals.get("removal") is not None:
        removal = _flag(vals["removal"], cols["removal"], problems) or removal
    ccp = flags["ccp"] or (_flag(vals["ccp"], cols["ccp"], problems) if "ccp" in vals else False)
    corsia_cols = [r for r in ("corsia", "corsia_pilot", "corsia_first") if r in vals]
    corsia_by = {r: _flag(vals[r], cols[r], problems) for r in corsia_cols}
    corsia = flags["corsia"] or any(corsia_by.values())
    ca = flags["article6"]
    for role in ("ca", "article6"):
        if role in vals:
            ca = _authorised(vals[role], cols[role], problems) or ca
    sdgs = sdg_goals(vals.get("sdgs"), cols.get("sdgs"), problems) if vals.get("sdgs") else ()
    if problems or qty is None:
        return None, problems
    extra_labels = list(labels)
    if corsia_by.get("corsia_pilot"):
        extra_labels.append("CORSIA 2021-2023 compliance period (pilot phase)")
    if corsia_by.get("corsia_first"):
        extra_labels.append("CORSIA 2024-2026 compliance period (first phase)")
    if ca and not flags["article6"]:
        extra_labels.append(
            f"{cols.get('ca') or cols.get('article6')}: {vals.get('ca') or vals.get('article6')}"
        )
    notes = [
        ("project type", vals.get("project_type")),
        ("labels", "; ".join(extra_labels)),
        ("SDGs", ", ".join(str(g) for g in sdgs)),
        ("use", vals.get("use_case")),
        ("aeroplane operator", vals.get("operator")),
        ("account holder", vals.get("account_holder")),
        ("reason", vals.get("reason") or vals.get("cancellation")),
        ("details", vals.get("details")),
    ]
    method = " ".join(str(vals[r]) for r in ("methodology", "methodology_version") if vals.get(r)) or None
    vs, ve = _vintage_period(s, vals.get("period_start"), vals.get("period_end"), year)
    retired = status == "retired"
    lot = CreditLot(
        registry=fmt.registry,
        programme=programme,
        unit_type=s.fields.get("unit_type", unit) if programme == "CDM" else unit,
        serial=s.text,
        quantity=qty,
        serial_start=s.start,
        serial_end=s.end,
        serial_key=s.key,
        project_id=(pid if fmt.kind == "verra" or programme == "CDM" else None)
        or s.fields.get("project_id")
        or pid,
        project_name=vals.get("project_name") or None,
        methodology=method,
        host_country=s.fields.get("country"),
        vintage_start=vs,
        vintage_end=ve,
        issuance_date=vals.get("issuance_date"),
        kind=REMOVAL if removal else AVOIDANCE,
        ccp_label=ccp,
        corsia_eligible=corsia,
        corresponding_adjustment=ca,
        verifier=(vals.get("verifier") or None),  # never the registry itself: unknown unless named
        status=status,
        retirement_date=vals.get("retirement_date") if retired else None,
        beneficiary=(vals.get("beneficiary") or None) if status == "retired" else None,
        notes="; ".join(f"{k}: {v}" for k, v in notes if v) or None,
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
