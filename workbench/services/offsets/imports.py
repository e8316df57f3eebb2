"""Importing credit lots: a Verra registry export or the generic CSV/Excel template.

The file is read by the one tabular reader (``common.tabular``) and its cells by the one cell
parser (``common.cells``), exactly as activity data is; the ``offsets`` library then turns the
parsed values into lots (``offsets.importers``). Every row is checked before the project is
touched: any problem raises :class:`InputError` naming the file, row, column and reason, and the
project file stays byte-identical.

Day/month dates (03/04/2025) are read in ``date_order`` ("DMY" / "MDY") when given; otherwise the
file decides: a registry serial's embedded vintage (a Verra serial carries its vintage dates) or
a date that is only valid in one order. If both orders stay possible, the row is refused and the
message says to pass ``date_order``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from offsets import importers as lib
from offsets.lots import CreditLot
from offsets.serials import SerialError, parse
from workbench.project.audit import now_iso
from workbench.project.errors import InputError, ProjectError, RowError
from workbench.services.common import cells
from workbench.services.common.tabular import TabularFile, file_sha256
from workbench.services.offsets.store import COLUMNS, TABLE, lot_to_row

IMPORT_KINDS = ("verra", "generic")
MAX_PROBLEMS = 200
DATE_ORDER_HINT = (
    "pass date_order='DMY' (day first) or date_order='MDY' (month first); "
    "on the command line: cnw offsets import --date-order DMY|MDY"
)


@dataclass
class ImportResult:
    filename: str
    rows: int
    batch_id: int
    sha256: str
    format: str = ""  # what the reader detected, e.g. "CSV, UTF-16, comma-delimited"


@dataclass
class RegistryRead:
    """The lots read from a file and what the reader detected in it."""

    filename: str
    lots: list[CreditLot]
    format: str


class _Errors:
    def __init__(self, name: str):
        self.name, self.items, self.truncated = name, [], False

    def add(self, row, fld, reason):
        if len(self.items) >= MAX_PROBLEMS:
            self.truncated = True
            return
        self.items.append(RowError(self.name, row, fld, reason))

    def raise_if_any(self):
        if self.items:
            raise InputError(
                self.items,
                f"{self.name}: {len(self.items)}{'+' if self.truncated else ''} problem(s) found; "
                "nothing was imported",
                truncated=self.truncated,
            )


def _check_args(path: Path, kind: str, date_order: str | None) -> None:
    if kind not in IMPORT_KINDS:
        raise ProjectError(f"unknown import kind '{kind}' (use one of: {', '.join(IMPORT_KINDS)})")
    if date_order is not None and date_order not in cells.DATE_ORDERS:
        raise ProjectError(f"date order must be DMY or MDY, not '{date_order}'")
    if not path.is_file():
        raise ProjectError(f"{path}: no such file to import")


def _read_cells(tab: TabularFile, names: list[str], progress, cancel) -> list[tuple[int, dict]]:
    """Every data row as (row number, {column name: raw cell}), polling progress/cancel."""
    out = []
    for row_no, raw in tab.rows():
        if not row_no % 1000:
            if cancel is not None and cancel():
                raise ProjectError(f"{tab.name}: import cancelled at row {row_no}; nothing was imported")
            frac = tab.fraction(row_no) if progress else None
            if frac is not None:
                progress(0.9 * frac, f"{tab.name}: row {row_no:,}")
        out.append((row_no, {n: (raw[i] if i < len(raw) else None) for i, n in enumerate(names) if n}))
    return out


def _serial_for_order(kind: str, cell: dict):
    """The row's serial when it carries vintage dates (Verra; Gold Standard years), else None."""
    try:
        if kind == "verra":
            return lib.verra_serial(cell.get("Serial Number"))
        programme = str(cell.get("programme") or "").strip()
        text = str(cell.get("serial") or "").strip()
        return parse(text, programme or None) if text and programme else None
    except SerialError:
        return None


def _date_order(kind: str, rows, date_fields, vintage: dict, given: str | None, errs: _Errors) -> str | None:
    """The day/month order of the file's slashed dates: the option, else what the data shows,
    cross-checked (a serial's vintage, a day over 12). A contradiction is an error."""
    ev = cells.DateOrderEvidence()
    for row_no, cell in rows:
        serial = None
        for name in date_fields:
            value = cell.get(name)
            ev.note(row_no, name, value)
            if name in vintage:
                dm = cells.day_month(value)
                if dm is None:
                    continue
                serial = serial or _serial_for_order(kind, cell)
                target = serial.fields.get(vintage[name]) if serial is not None else None
                if target is None or serial.fields.get("vintage_precision") == "year":
                    continue  # a year-only vintage (1 January) cannot tell day from month
                cands = dm.candidates()
                match = [o for o, d in cands.items() if d == target]
                if len(match) == 1 and len(set(cands.values())) == 2:
                    ev.confirm(
                        match[0],
                        row_no,
                        name,
                        f"'{dm.text}' is the serial's vintage {target} read {match[0]}",
                    )
    order, why = ev.decide(given)
    if why:
        errs.add(None, None, f"{why}; {DATE_ORDER_HINT}")
    return order


def _parse(value, kind: str, order: str | None, decimal: str):
    if kind == lib.DATE:
        try:
            return cells.parse_date(value, order)
        except cells.AmbiguousDate as exc:
            raise cells.CellError(f"{exc}; {DATE_ORDER_HINT}") from None
    if kind == lib.INT:
        return cells.parse_int(value, decimal)
    if kind == lib.FLOAT:
        return cells.parse_number(value, decimal)
    if kind == lib.BOOL:
        return cells.parse_bool(value)
    if kind == lib.PRINCIPLES:
        return lib.parse_principles(value)
    return str(value).strip()


def _verra(tab: TabularFile, rows, order, errs: _Errors) -> list[CreditLot]:
    lots = []
    for n, cell in rows:
        before = len(errs.items)
        try:
            s = lib.verra_serial(cell.get("Serial Number"))
        except SerialError as exc:
            errs.add(n, "Serial Number", str(exc))
            continue
        vals = {}
        for name, value in cell.items():
            kind = lib.VERRA_KINDS.get(name, lib.TEXT)
            if cells.is_blank(value):
                vals[name] = None
                if name == "Quantity Issued":
                    errs.add(n, name, "the quantity is empty")
                continue
            try:
                vals[name] = _parse(value, kind, order, tab.decimal)
            except ValueError as exc:
                errs.add(n, name, str(exc))
        if len(errs.items) > before:
            continue
        lot, problems = lib.verra_lot(vals, s)
        for fld, reason in problems:
            errs.add(n, fld, reason)
        if lot is not None:
            lots.append(lot)
    return lots


def _generic(tab: TabularFile, rows, order, errs: _Errors) -> list[CreditLot]:
    lots = []
    for n, cell in rows:
        before = len(errs.items)
        for name in lib.GENERIC_REQUIRED:
            if cells.is_blank(cell.get(name)):
                errs.add(n, name, "required value is empty")
        if len(errs.items) > before:
            continue
        vals = {}
        for name, value in cell.items():
            if cells.is_blank(value):
                continue
            try:
                vals[name] = _parse(value, lib.GENERIC_KINDS[name], order, tab.decimal)
            except ValueError as exc:
                errs.add(n, name, str(exc))
        if len(errs.items) > before:
            continue
        lot, problems = lib.generic_lot(vals)
        for fld, reason in problems:
            errs.add(n, fld, reason)
        if lot is not None:
            lots.append(lot)
    return lots


def read_registry(
    path,
    kind: str = "verra",
    progress: Callable | None = None,
    date_order: str | None = None,
    cancel=None,
    *,
    sheet: str | None = None,
    encoding: str | None = None,
    delimiter: str | None = None,
    decimal: str | None = None,
) -> RegistryRead:
    """Read and validate a registry file without touching any project (raises InputError).

    ``date_order``: "DMY" / "MDY" for day/month dates, None to let the file decide (cross-checked
    with the serials' vintages). ``sheet``, ``encoding``, ``delimiter``, ``decimal``: override what
    the reader detects (see :class:`~workbench.services.common.tabular.TabularFile`)."""
    path = Path(path)
    _check_args(path, kind, date_order)
    tab = TabularFile(path, sheet, encoding=encoding, delimiter=delimiter, decimal=decimal)
    errs = _Errors(tab.name)
    if kind == "verra":
        header = tab.header
        for fld, reason in lib.verra_header_problems(header):
            errs.add(1, fld, reason)
        date_fields = [c for c, k in lib.VERRA_KINDS.items() if k == lib.DATE]
        vintage = lib.VERRA_VINTAGE
    else:
        header = [h.lower() for h in tab.header]
        for fld, reason in lib.generic_header_problems(tab.header):
            errs.add(1, fld, reason)
        date_fields = [c for c, k in lib.GENERIC_KINDS.items() if k == lib.DATE]
        vintage = lib.GENERIC_VINTAGE
    errs.raise_if_any()
    rows = _read_cells(tab, header, progress, cancel)
    if not rows:
        raise tab.header_only_error()
    order = _date_order(kind, rows, date_fields, vintage, date_order, errs)
    errs.raise_if_any()
    lots = (_verra if kind == "verra" else _generic)(tab, rows, order, errs)
    errs.raise_if_any()
    return RegistryRead(tab.name, lots, str(tab.detected))


def read_registry_file(
    path, kind: str = "verra", progress=None, date_order: str | None = None, cancel=None, **options
) -> list[CreditLot]:
    """The lots of a registry file, validated, without touching any project (raises InputError)."""
    return read_registry(path, kind, progress, date_order, cancel, **options).lots


def import_registry_file(
    project, path, kind: str = "verra", progress=None, date_order: str | None = None, cancel=None, **options
) -> ImportResult:
    """Import lots from a Verra registry CSV export (``kind="verra"``) or the generic CSV/.xlsx
    template (``kind="generic"``). The whole file is checked first; then all rows land in one
    action. A file already imported (same SHA-256) is refused. Raises InputError listing file,
    row, column and reason; the project file is then unchanged. ``options``: see :func:`read_registry`."""
    project.require_writable()
    path = Path(path)
    _check_args(path, kind, date_order)
    sha = file_sha256(path)
    dup = project.one(
        "SELECT id, imported_at FROM import_batches WHERE sha256 = ? AND kind LIKE 'offsets-%'", (sha,)
    )
    if dup:
        raise InputError(
            [
                RowError(
                    path.name,
                    None,
                    None,
                    f"this file was already imported (batch {dup['id']}, "
                    f"{dup['imported_at']}); nothing was imported",
                )
            ]
        )
    got = read_registry(path, kind, progress, date_order, cancel, **options)
    lots = got.lots
    with project.action(f"Import credit lots from {path.name}") as tx:
        batch = tx.insert(
            "import_batches",
            {
                "kind": f"offsets-{kind}",
                "filename": path.name,
                "sha256": sha,
                "rows": len(lots),
                "imported_at": now_iso(),
                "imported_by": project.user,
                "mapping": None,
            },
        )
        cols = [*COLUMNS, "import_batch_id"]
        rows = ([lot_to_row(lot)[c] for c in COLUMNS] + [batch] for lot in lots)
        tx.insert_many(
            TABLE,
            cols,
            rows,
            summary={"import_batch_id": batch, "file": path.name, "sha256": sha, "format": got.format},
        )
    if progress:
        progress(1.0, f"{path.name}: imported {len(lots)} lots")
    return ImportResult(path.name, len(lots), batch, sha, got.format)
