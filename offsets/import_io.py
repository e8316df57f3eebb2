"""Reading rows of a .csv or .xlsx import and parsing their cells; problems with file, row and column."""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
from dataclasses import dataclass
from pathlib import Path

MAX_PROBLEMS = 200


@dataclass(frozen=True)
class Problem:
    file: str
    row: int | None
    field: str | None
    reason: str

    def __str__(self) -> str:
        where = self.file + (f", row {self.row}" if self.row is not None else "")
        return where + (f", column '{self.field}'" if self.field else "") + f": {self.reason}"


class ImportCancelled(Exception):
    """The caller's ``cancel()`` returned True; nothing was read."""


def _poll(n: int, total: int, name: str, progress, cancel) -> None:
    if n % 1000:
        return
    if cancel is not None and cancel():
        raise ImportCancelled(f"{name}: import cancelled at row {n}; nothing was imported")
    if progress:
        progress(n / (total + 1), f"{name}: row {n:,}")


class ImportProblems(ValueError):
    def __init__(self, problems: list[Problem], truncated: bool = False):
        self.problems, self.truncated = problems, truncated
        super().__init__("\n".join(str(p) for p in problems[:20]))


class _Collector:
    def __init__(self, file: str):
        self.file, self.items, self.truncated = file, [], False

    def add(self, row, field, reason):
        if len(self.items) >= MAX_PROBLEMS:
            self.truncated = True
            return
        self.items.append(Problem(self.file, row, field, reason))

    def raise_if_any(self):
        if self.items:
            raise ImportProblems(self.items, self.truncated)


def _slashed_date(text: str, order: str) -> dt.date:
    m = re.fullmatch(r"(\d{1,2})/(\d{1,2})/(\d{4})", text)
    if not m:
        raise ValueError(f"'{text}' is not a date (expected YYYY-MM-DD or {order[0]}{order[0]}/..)")
    a, b, y = int(m[1]), int(m[2]), int(m[3])
    month, day = (a, b) if order == "MDY" else (b, a)
    try:
        return dt.date(y, month, day)
    except ValueError:
        raise ValueError(f"'{text}' is not a valid date in {order} order") from None


def _date(value, order: str = "MDY") -> dt.date | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    text = str(value).strip()
    ymd = re.fullmatch(r"(\d{4})[./](\d{1,2})[./](\d{1,2})\.?", text.split(" ")[0])
    if ymd:
        try:
            return dt.date(int(ymd[1]), int(ymd[2]), int(ymd[3]))
        except ValueError:
            raise ValueError(f"'{text}' is not a valid date") from None
    if "/" in text:
        return _slashed_date(text.split(" ")[0], order)
    try:
        return dt.date.fromisoformat(text[:10])
    except ValueError:
        raise ValueError(f"'{text}' is not a date (expected YYYY-MM-DD)") from None


def _int(value) -> int:
    if isinstance(value, int):
        return value
    if isinstance(value, float):
        if value != int(value):
            raise ValueError(f"'{value}' is not a whole number of credits")
        return int(value)
    text = str(value).strip().replace(",", "")
    if not re.fullmatch(r"-?\d+(\.0+)?", text):
        raise ValueError(f"'{value}' is not a whole number")
    return int(float(text))


def _float(value) -> float:
    if isinstance(value, int | float):
        return float(value)
    try:
        return float(str(value).strip().replace(",", ""))
    except ValueError:
        raise ValueError(f"'{value}' is not a number") from None


def _bool(value) -> bool:
    if isinstance(value, bool):
        return value
    text = str(value).strip().lower()
    if text in ("1", "true", "yes", "y", "x"):
        return True
    if text in ("", "0", "false", "no", "n"):
        return False
    raise ValueError(f"'{value}' is not yes/no")


def _read_rows(path: Path) -> tuple[list[str], list[list]]:
    """Header and data rows of a .csv (UTF-8, BOM tolerated) or .xlsx (first sheet)."""
    suffix = path.suffix.lower()
    if suffix in (".xlsx", ".xlsm"):
        from openpyxl import load_workbook

        try:
            wb = load_workbook(path, read_only=True, data_only=True)
        except Exception as exc:  # openpyxl raises several types for a non-workbook
            raise ImportProblems(
                [Problem(path.name, None, None, f"not a readable Excel workbook ({exc})")]
            ) from None
        rows = [list(r) for r in wb.worksheets[0].iter_rows(values_only=True)]
        wb.close()
    elif suffix in (".csv", ".txt"):
        try:
            text = path.read_bytes().decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            raise ImportProblems(
                [Problem(path.name, None, None, f"not UTF-8 text ({exc.reason} at byte {exc.start})")]
            ) from None
        rows = list(csv.reader(io.StringIO(text)))
    else:
        raise ImportProblems(
            [Problem(path.name, None, None, f"unsupported file type '{suffix}' (use .csv or .xlsx)")]
        )
    rows = [r for r in rows if any(c not in (None, "") and str(c).strip() for c in r)] if rows else []
    if not rows:
        raise ImportProblems([Problem(path.name, None, None, "the file is empty (no header row)")])
    header = [str(c).strip() if c is not None else "" for c in rows[0]]
    return header, rows[1:]
