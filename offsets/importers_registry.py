"""Registry export rows to credit lots: header resolution, registry detection, the serial of a
row, and the lot-building rules (status, removal, CCP, CORSIA, corresponding adjustment, labels,
SDGs, vintage period) over cell values the caller has already parsed."""

from __future__ import annotations

import datetime as dt
import re

from .importers_formats import EXPORT_FORMATS, ROLE_KINDS, ExportFormat
from .importers_kinds import TEXT, Problems, parse_labels, parse_sdgs
from .lots import AVOIDANCE, REMOVAL, CreditLot
from .serials import Serial, parse


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
    return list(parse_labels(text))


def sdg_goals(text, column: str, problems: Problems) -> tuple[int, ...]:
    """UN Sustainable Development Goal numbers of a cell such as ``01: No Poverty; 13: Climate Action``."""
    try:
        return parse_sdgs(text)
    except ValueError as exc:
        problems.append((column, str(exc)))
        return ()


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
        sdg_goals=sdgs,
        labels=tuple(extra_labels),
        verifier=(vals.get("verifier") or None),  # never the registry itself: unknown unless named
        status=status,
        retirement_date=vals.get("retirement_date") if retired else None,
        beneficiary=(vals.get("beneficiary") or None) if status == "retired" else None,
        notes="; ".join(f"{k}: {v}" for k, v in notes if v) or None,
    )
    return lot, []
