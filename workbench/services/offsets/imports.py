"""Importing credit lots: a registry's public export (Verra, Gold Standard, ACR, Climate Action
Reserve, ART; ``kind="auto"`` tells them apart by their columns) or the generic CSV/Excel template.

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
from workbench.services.offsets.register import record_project
from workbench.services.offsets.store import COLUMNS, TABLE, lot_to_row

IMPORT_KINDS = ("auto", *lib.REGISTRY_KINDS, "generic")
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
    kind: str = ""  # the registry export (or "generic") the file was read as
    date_order: str | None = None  # DMY / MDY as given or decided by the file; None: no such dates
    register: object = None  # register.Recorded: whether the shared retirement register was updated


@dataclass
class RegistryRead:
    """The lots read from a file and what the reader detected in it."""

    filename: str
    lots: list[CreditLot]
    format: str
    kind: str = ""  # the registry export (or "generic") the file was read as
    date_order: str | None = None  # DMY / MDY when the file has day/month dates, as decided


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


def _serial_for_order(kind: str, cell: dict, cols: dict):
    """The row's serial when it carries vintage dates (Verra; Gold Standard years), else None."""
    try:
        if kind in lib.EXPORT_FORMATS:
            fmt = lib.EXPORT_FORMATS[kind]
            product = cell.get(cols["product_type"]) if "product_type" in cols else None
            return lib.export_serial(fmt, cell.get(cols["serial"]), product)
        programme = str(cell.get("programme") or "").strip()
        text = str(cell.get("serial") or "").strip()
        return parse(text, programme or None) if text and programme else None
    except SerialError:
        return None


def _date_order(
    kind: str, rows, date_fields, vintage: dict, given: str | None, errs: _Errors, cols: dict
) -> str | None:
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
                serial = serial or _serial_for_order(kind, cell, cols)
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
    if kind == lib.SDGS:
        return lib.parse_sdgs(value)
    if kind == lib.LABELS:
        return lib.parse_labels(value)
    return str(value).strip()


def _registry(fmt, tab: TabularFile, rows, order, errs: _Errors, cols: dict) -> list[CreditLot]:
    lots = []
    roles = {c: r for r, c in cols.items()}
    for n, cell in rows:
        before = len(errs.items)
        product = cell.get(cols["product_type"]) if "product_type" in cols else None
        try:
            s = lib.export_serial(fmt, cell.get(cols["serial"]), product)
        except SerialError as exc:
            errs.add(n, cols["serial"], str(exc))
            continue
        vals = {}
        for name, value in cell.items():
            role = roles.get(name)
            if role is None:
                continue
            kind = lib.column_kind(fmt, role)
            if cells.is_blank(value):
                if role == "quantity":
                    errs.add(n, name, "the quantity is empty")
                continue
            try:
                vals[role] = _parse(value, kind, order, tab.decimal)
            except ValueError as exc:
                errs.add(n, name, str(exc))
        if len(errs.items) > before:
            continue
        lot, problems = lib.registry_lot(fmt, vals, cols, s)
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
    cols: dict = {}
    if kind == "auto":
        kind = lib.detect_kind(tab.header) or (
            "generic" if "registry" in [h.lower() for h in tab.header] else ""
        )
        if not kind:
            errs.add(
                1,
                None,
                "the columns are those of no registry export this workbench reads "
                f"({', '.join(lib.REGISTRY_KINDS)}) nor of the generic template; name the kind",
            )
            errs.raise_if_any()
    if kind in lib.EXPORT_FORMATS:
        fmt = lib.EXPORT_FORMATS[kind]
        header = list(tab.header)
        cols, problems = lib.resolve_roles(fmt, header)
        for fld, reason in problems:
            errs.add(1, fld, reason)
        date_fields = [cols[r] for r, k in lib.ROLE_KINDS.items() if k == lib.DATE and r in cols]
        vintage = {cols[r]: r for r in ("vintage_start", "vintage_end") if fmt.vintage_dates and r in cols}
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
    for _, cell in rows:  # registries write a time of day after slashed dates (6/30/2025 7:43:26 PM)
        for name in date_fields:
            if name in cell:
                cell[name] = lib.strip_clock(cell[name])
    order = _date_order(kind, rows, date_fields, vintage, date_order, errs, cols)
    errs.raise_if_any()
    if kind in lib.EXPORT_FORMATS:
        lots = _registry(lib.EXPORT_FORMATS[kind], tab, rows, order, errs, cols)
    else:
        lots = _generic(tab, rows, order, errs)
    errs.raise_if_any()
    return RegistryRead(tab.name, lots, str(tab.detected), kind, order)


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
    lots, kind = got.lots, got.kind
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
    reg = record_project(project)
    return ImportResult(path.name, len(lots), batch, sha, got.format, kind, got.date_order, reg)
