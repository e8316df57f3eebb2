"""Rows of ``offset_lots`` <-> offsets.lots.CreditLot, and validation of a lot before it is stored."""

from __future__ import annotations

import datetime as dt
import json

from offsets.lots import BOOL_FIELDS, DATE_FIELDS, KINDS, LOT_FIELDS, PROGRAMMES, STATUSES, CreditLot
from offsets.serials import SerialError, parse
from workbench.project.errors import InputError, ProjectError, RowError

TABLE = "offset_lots"
#: every stored column of ``offset_lots``: the lot's fields but its id and its free-form extras
COLUMNS = tuple(f for f in LOT_FIELDS if f not in ("id", "extra"))


def lot_to_row(lot: CreditLot) -> dict:
    row = {}
    for c in COLUMNS:
        v = getattr(lot, c)
        if c in DATE_FIELDS and isinstance(v, dt.date):
            v = v.isoformat()
        elif c in BOOL_FIELDS and v is not None:
            v = int(bool(v))
        elif c == "kcci_principles" and v is not None:
            v = ";".join(v)
        elif c == "sdg_goals":
            v = ",".join(str(g) for g in v or ())
        elif c == "labels":
            v = json.dumps(list(v or ()), ensure_ascii=False)
        row[c] = v
    return row


def row_to_lot(row: dict) -> CreditLot:
    kw = {c: row.get(c) for c in COLUMNS}
    for c in DATE_FIELDS:
        if kw.get(c):
            kw[c] = dt.date.fromisoformat(kw[c])
    for c in BOOL_FIELDS:
        if kw.get(c) is not None:
            kw[c] = bool(kw[c])
    for c in ("ccp_label", "corsia_eligible", "corresponding_adjustment"):
        kw[c] = bool(kw.get(c))
    if kw.get("kcci_principles") is not None:
        kw["kcci_principles"] = tuple(p for p in kw["kcci_principles"].split(";") if p)
    kw["sdg_goals"] = tuple(int(g) for g in (kw.get("sdg_goals") or "").split(",") if g)
    kw["labels"] = tuple(json.loads(kw.get("labels") or "[]"))
    return CreditLot(id=row["id"], **kw)


def validate_lot(lot: CreditLot, where: str = "lot") -> CreditLot:
    """Check a lot typed in or built by code; fill its parsed range. Raises InputError naming fields.

    A stated quantity that differs from the range is kept (the SERIAL.QUANTITY rule flags it)."""
    errs: list[RowError] = []

    def bad(field, reason):
        errs.append(RowError(where, None, field, reason))

    prog = (lot.programme or "").upper()
    if prog not in PROGRAMMES:
        bad("programme", f"unknown programme '{lot.programme}' (known: {', '.join(PROGRAMMES)})")
    elif (lot.unit_type or "").upper() not in PROGRAMMES[prog][1]:
        bad(
            "unit_type",
            f"'{lot.unit_type}' is not a unit of {prog} (expected {', '.join(PROGRAMMES[prog][1])})",
        )
    if not (lot.registry or "").strip():
        bad("registry", "required value is empty")
    if not isinstance(lot.quantity, int) or isinstance(lot.quantity, bool) or lot.quantity <= 0:
        bad("quantity", f"{lot.quantity!r} is not a positive whole number of credits")
    if lot.kind not in KINDS:
        bad("kind", f"'{lot.kind}' is not one of {', '.join(KINDS)}")
    if lot.status not in STATUSES:
        bad("status", f"'{lot.status}' is not one of {', '.join(STATUSES)}")
    if lot.status == "retired" and lot.retirement_date is None:
        bad("retirement_date", "a retired lot needs its retirement date")
    for c in DATE_FIELDS:
        v = getattr(lot, c)
        if v is not None and not isinstance(v, dt.date):
            bad(c, f"{v!r} is not a date")
    goals = lot.sdg_goals or ()
    if not isinstance(goals, tuple) or any(not isinstance(g, int) or not 1 <= g <= 17 for g in goals):
        bad("sdg_goals", f"{goals!r} is not a list of Sustainable Development Goal numbers (1-17)")
    labels = lot.labels or ()
    if not isinstance(labels, tuple) or any(not isinstance(x, str) or not x.strip() for x in labels):
        bad("labels", f"{labels!r} is not a list of label texts")
    s = None
    try:
        s = parse(lot.serial, prog or None)
    except SerialError as exc:
        bad("serial", str(exc))
    if errs:
        raise InputError(errs, f"{where}: {len(errs)} problem(s); nothing was saved")
    lot.programme, lot.unit_type = prog, lot.unit_type.upper()
    lot.serial, lot.serial_start, lot.serial_end, lot.serial_key = s.text, s.start, s.end, s.key
    return lot


def list_lots(project, status: str | None = None, period_id: int | None = None) -> list[CreditLot]:
    """All lots (optionally one status, or allocated to one claim period), by id."""
    sql, params = f"SELECT * FROM {TABLE} WHERE 1=1", []
    if status:
        sql += " AND status = ?"
        params.append(status)
    if period_id is not None:
        sql += " AND claim_period_id = ?"
        params.append(period_id)
    return [row_to_lot(r) for r in project.rows(sql + " ORDER BY id", params)]


def get_lot(project, lot_id: int) -> CreditLot:
    row = project.one(f"SELECT * FROM {TABLE} WHERE id = ?", (lot_id,))
    if row is None:
        raise ProjectError(f"credit lot {lot_id} does not exist", project.path)
    return row_to_lot(row)
