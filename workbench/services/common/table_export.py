"""Write a table (headers and rows, as shown) to CSV or XLSX that a spreadsheet cannot run as formulas.

Every cell goes through :func:`workbench.services.common.safe_csv.cell`. CSV is UTF-8 with a byte
order mark (so Excel reads Korean text correctly); XLSX is written by openpyxl in write-only mode
(large tables stream). The file is written beside the target and renamed into place, so a failed
export never leaves half a file. Numbers stay numbers in XLSX."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from workbench.services.common import safe_csv

FORMATS = ("csv", "xlsx")


def export_format(path) -> str:
    """'csv' or 'xlsx' from the file name; ValueError naming the file otherwise."""
    suffix = Path(path).suffix.lower().lstrip(".")
    if suffix not in FORMATS:
        raise ValueError(f"{Path(path).name}: export as .csv or .xlsx (not '{suffix or 'no extension'}')")
    return suffix


def write_table(path, headers: list[str], rows, sheet: str = "Table") -> int:
    """Write ``headers`` and ``rows`` (iterables of cell values) to ``path`` (.csv or .xlsx).
    Returns the number of data rows written."""
    kind = export_format(path)
    target = Path(path)
    fd, tmp = tempfile.mkstemp(prefix=".export-", suffix=f".{kind}", dir=str(target.parent))
    os.close(fd)
    try:
        n = _write_csv(tmp, headers, rows) if kind == "csv" else _write_xlsx(tmp, headers, rows, sheet)
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return n


def _write_csv(path: str, headers, rows) -> int:
    n = 0
    with open(path, "w", newline="", encoding="utf-8-sig") as fh:
        w = safe_csv.writer(fh)
        w.writerow(headers)
        for row in rows:
            w.writerow(["" if v is None else v for v in row])
            n += 1
    return n


def _write_xlsx(path: str, headers, rows, sheet: str) -> int:
    from openpyxl import Workbook

    wb = Workbook(write_only=True)
    ws = wb.create_sheet(title=(sheet or "Table")[:31].translate(str.maketrans("[]:*?/\\", "_______")))
    ws.append([safe_csv.cell(h) for h in headers])
    n = 0
    for row in rows:
        ws.append([safe_csv.cell(v) for v in row])
        n += 1
    wb.save(path)
    return n
