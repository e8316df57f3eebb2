"""Parsing the cells of an imported file: numbers, whole numbers, yes/no, dates and months.

The one cell parser every importer uses (activities, credit lots, ...). Each function takes one raw
cell (a string from a CSV, or a value from an .xlsx cell) and returns a typed value or raises
:class:`CellError` whose message says what is wrong with the value; the importer adds the file,
row and column.

Numbers
    ``1234.5``, ``1,234.5`` (comma thousands, groups of three), ``1 234.5`` (space thousands),
    ``-12``, ``1.5e3``. With ``decimal=","`` (an option, or a ';'-delimited file, see
    :func:`workbench.services.common.tabular.TabularFile`): ``1234,5``, ``1.234,5``, ``1 234,5``.
    A value that only makes sense with the other decimal mark is refused with a hint, never
    guessed. Non-finite values (inf, nan) and absurd magnitudes (over ``MAX_ABS``, e.g. 1e308)
    are refused.

Dates
    ISO ``2025-03-01`` (also with a time, ``2025-03-01T10:00``), ``2025.03.01``, ``2025/03/01``,
    ``2025. 3. 1.`` (the Korean form); spreadsheets' own date cells. Day-month-year and
    month-day-year (``03/04/2025``, ``03.04.2025``, ``03-04-2025``) need an order: ``"DMY"`` or
    ``"MDY"`` by option, or decided by the data (a first number over 12 can only be a day, and
    importers cross-check with other evidence such as a registry serial's vintage). When both
    orders are possible and nothing decides, :class:`AmbiguousDate` is raised and the importer
    refuses the row, naming the option to pass. Two-digit years are refused.

Months
    ``2025-03``, ``2025.03``, ``2025/03`` (or any date) -> the first and last day of the period.
"""

from __future__ import annotations

import calendar
import datetime as dt
import math
import re
from dataclasses import dataclass, field

MAX_ABS = 1e15  # larger magnitudes in one cell are typing or export errors, not activity data
DATE_ORDERS = ("DMY", "MDY")


class CellError(ValueError):
    """A cell value that cannot be read as the type asked for; the message names the value."""


class AmbiguousDate(CellError):
    """A day/month date like 03/04/2025 that reads as a valid date in both orders."""

    def __init__(self, text: str, dmy: dt.date, mdy: dt.date):
        self.text, self.dmy, self.mdy = text, dmy, mdy
        super().__init__(
            f"'{text}' can be {dmy.isoformat()} (day first) or {mdy.isoformat()} (month first); "
            "nothing in the file decides"
        )


def is_blank(value) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def _text(value) -> str:
    return str(value).strip()


# -- numbers -------------------------------------------------------------------------------------
_SPACES = str.maketrans({"\u00a0": " ", "\u202f": " ", "\u2009": " "})  # no-break / thin spaces
_EXP = r"(?:[eE][+-]?\d+)?"
_POINT = (
    re.compile(r"[+-]?(?:\d+(?:\.\d*)?|\.\d+)" + _EXP),  # 1234.5, .5, 1e3
    re.compile(r"[+-]?\d{1,3}(?:,\d{3})+(?:\.\d+)?"),  # 1,234.5
    re.compile(r"[+-]?\d{1,3}(?: \d{3})+(?:\.\d+)?"),  # 1 234.5
)
_COMMA = (
    re.compile(r"[+-]?(?:\d+(?:,\d*)?|,\d+)" + _EXP),  # 1234,5
    re.compile(r"[+-]?\d{1,3}(?:\.\d{3})+(?:,\d+)?"),  # 1.234,5
    re.compile(r"[+-]?\d{1,3}(?: \d{3})+(?:,\d+)?"),  # 1 234,5
)


def _checked(x: float, shown) -> float:
    if not math.isfinite(x):
        raise CellError(f"'{shown}' is not a finite number")
    if abs(x) > MAX_ABS:
        raise CellError(f"'{shown}' is too large to be a real value (over {MAX_ABS:.0e}); check the cell")
    return x


def parse_number(value, decimal: str = ".") -> float:
    """A number from a cell. ``decimal`` is the decimal mark, "." (default) or ","."""
    if isinstance(value, bool):
        raise CellError(f"'{value}' is not a number")
    if isinstance(value, int | float):
        return _checked(float(value), value)
    if decimal not in (".", ","):
        raise ValueError(f"decimal mark must be '.' or ',', not {decimal!r}")
    text = _text(value).translate(_SPACES)
    if not text:
        raise CellError("the value is empty")
    low = text.lower().lstrip("+-")
    if low in ("inf", "infinity", "nan", "∞"):
        raise CellError(f"'{text}' is not a finite number")
    if decimal == ".":
        if any(p.fullmatch(text) for p in _POINT):
            return _checked(float(text.replace(",", "").replace(" ", "")), text)
        if any(p.fullmatch(text) for p in _COMMA):
            raise CellError(
                f"'{text}' is not a number with a decimal point; if the file uses decimal commas, "
                "import it with the decimal comma option (decimal=',')"
            )
    else:
        if any(p.fullmatch(text) for p in _COMMA):
            return _checked(float(text.replace(".", "").replace(" ", "").replace(",", ".")), text)
        if any(p.fullmatch(text) for p in _POINT):
            raise CellError(
                f"'{text}' is not a number with a decimal comma, as this file is read; if it uses "
                "decimal points, import it with decimal='.'"
            )
    raise CellError(f"'{text}' is not a number")


def parse_int(value, decimal: str = ".") -> int:
    """A whole number (e.g. a count of credits): ``1,000`` and ``1000.0`` are 1000; ``2.5`` is refused."""
    if isinstance(value, int) and not isinstance(value, bool):
        _checked(float(value), value)
        return value
    try:
        x = parse_number(value, decimal)
    except CellError as exc:
        if not str(exc).endswith("is not a number"):  # keep what says more (empty, too large, a hint)
            raise
        raise CellError(f"'{_text(value)}' is not a whole number") from None
    if x != int(x):
        raise CellError(f"'{_text(value)}' is not a whole number")
    return int(x)


_YES = ("1", "true", "yes", "y", "x", "o", "예")
_NO = ("", "0", "false", "no", "n", "-", "아니오")


def parse_bool(value) -> bool:
    """Yes/no: 1/0, true/false, yes/no, y/n, x (ticked), empty = no."""
    if isinstance(value, bool):
        return value
    if isinstance(value, int | float) and value in (0, 1):
        return bool(value)
    text = _text(value).lower()
    if text in _YES:
        return True
    if text in _NO:
        return False
    raise CellError(f"'{value}' is not yes/no (use yes/no, true/false or 1/0)")


# -- dates ---------------------------------------------------------------------------------------
_YMD = re.compile(r"(\d{4})\s*([-./])\s*(\d{1,2})\s*\2\s*(\d{1,2})\.?")
_YM = re.compile(r"(\d{4})\s*([-./])\s*(\d{1,2})\.?")
_XXY = re.compile(r"(\d{1,2})\s*([-./])\s*(\d{1,2})\s*\2\s*(\d{2,4})")
_TIME = re.compile(r"[T ]\d{1,2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?")


def _make(y: int, m: int, d: int, text: str) -> dt.date:
    try:
        return dt.date(y, m, d)
    except ValueError:
        raise CellError(f"'{text}' is not a valid date (no day {d} in month {m} of {y})") from None


def _split_time(text: str) -> str:
    """The date part of 'YYYY-MM-DD[T ]HH:MM[:SS][zone]'; a bad time is refused, not dropped."""
    m = re.match(r"\d{4}-\d{1,2}-\d{1,2}", text)
    if m and m.end() < len(text):
        rest = text[m.end() :]
        if not _TIME.fullmatch(rest):
            raise CellError(f"'{text}' is not a date (expected YYYY-MM-DD, optionally with a time)")
        from dateutil.parser import isoparse

        try:
            isoparse(text.replace(" ", "T", 1))
        except ValueError:
            raise CellError(f"'{text}' is not a valid date and time") from None
        return m.group(0)
    return text


@dataclass(frozen=True)
class DayMonth:
    """The two numbers of a day/month date before the order is known."""

    text: str
    a: int
    b: int
    year: int

    def candidates(self) -> dict[str, dt.date]:
        """order -> date, for each order in which this is a valid date."""
        out = {}
        for order, (d, m) in (("DMY", (self.a, self.b)), ("MDY", (self.b, self.a))):
            try:
                out[order] = dt.date(self.year, m, d)
            except ValueError:
                pass
        return out


def _day_month(text: str) -> DayMonth | None:
    m = _XXY.fullmatch(text)
    if not m:
        return None
    if len(m[4]) != 4:
        raise CellError(f"'{text}' has a two-digit year; write the year in full (e.g. 2025)")
    return DayMonth(text, int(m[1]), int(m[3]), int(m[4]))


def parse_date(value, order: str | None = None) -> dt.date:
    """A date from a cell. ``order`` ("DMY" / "MDY") reads day/month dates; without it, such a
    date is read only when one order is impossible, else :class:`AmbiguousDate` is raised."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if order is not None and order not in DATE_ORDERS:
        raise ValueError(f"date order must be one of {', '.join(DATE_ORDERS)}, not {order!r}")
    text = _text(value)
    if not text:
        raise CellError("the date is empty")
    head = _split_time(text)
    m = _YMD.fullmatch(head)
    if m:
        return _make(int(m[1]), int(m[3]), int(m[4]), text)
    dm = _day_month(head)
    if dm is not None:
        cands = dm.candidates()
        if order is not None:
            if order not in cands:
                raise CellError(f"'{text}' is not a valid date when read {_ORDER_NAMES[order]}")
            return cands[order]
        if not cands:
            raise CellError(f"'{text}' is not a valid date in either day/month order")
        if len(cands) == 1 or cands.get("DMY") == cands.get("MDY"):
            return next(iter(cands.values()))
        raise AmbiguousDate(text, cands["DMY"], cands["MDY"])
    raise CellError(f"'{text}' is not a date (use YYYY-MM-DD, YYYY.MM.DD or YYYY/MM/DD)")


_ORDER_NAMES = {"DMY": "day first (DMY)", "MDY": "month first (MDY)"}


def parse_month(value, order: str | None = None) -> tuple[dt.date, dt.date]:
    """(first day, last day) of a month cell ``2025-03`` / ``2025.03`` / ``2025/03``; a full date
    is the one-day period (start = end)."""
    if not isinstance(value, dt.date):
        text = _text(value)
        m = _YM.fullmatch(text)
        if m:
            y, mo = int(m[1]), int(m[3])
            if not 1 <= mo <= 12:
                raise CellError(f"'{text}' is not a month (use YYYY-MM)")
            return dt.date(y, mo, 1), dt.date(y, mo, calendar.monthrange(y, mo)[1])
    d = parse_date(value, order)
    return d, d


def day_month(value) -> DayMonth | None:
    """The day/month reading of a cell when it is a DD/MM/YYYY-or-MM/DD/YYYY date, else None
    (ISO and spreadsheet dates need no order)."""
    if is_blank(value) or isinstance(value, dt.date):
        return None
    try:
        return _day_month(_split_time(_text(value)))
    except CellError:
        return None


# -- deciding the day/month order of a file ------------------------------------------------------
@dataclass
class DateOrderEvidence:
    """What a file's day/month dates say about their order, gathered row by row.

    ``note(row, field, value)`` records a cell; ``confirm(order, row, field, why)`` records outside
    evidence (a serial's vintage). :meth:`decide` returns the order or a message saying why not."""

    seen: dict = field(default_factory=dict)  # order -> first (row, field, text, why)
    ambiguous: list = field(default_factory=list)  # (row, field, text)

    def note(self, row, fld, value) -> None:
        dm = day_month(value)
        if dm is None:
            return
        cands = dm.candidates()
        if len(cands) == 1:
            self.confirm(
                next(iter(cands)), row, fld, f"'{dm.text}' is only a date {_ORDER_NAMES[next(iter(cands))]}"
            )
        elif len(cands) == 2 and cands["DMY"] != cands["MDY"]:
            self.ambiguous.append((row, fld, dm.text))

    def confirm(self, order: str, row, fld, why: str) -> None:
        self.seen.setdefault(order, (row, fld, why))

    def decide(self, given: str | None = None) -> tuple[str | None, str | None]:
        """(order, None) or (None, reason). ``given`` (an option) wins when the data agrees."""
        if given is not None:
            return given, None
        if len(self.seen) == 2:
            (r1, f1, w1), (r2, f2, w2) = self.seen["DMY"], self.seen["MDY"]
            return None, (
                f"the file mixes day-first and month-first dates: row {r1}, column '{f1}': {w1}; "
                f"row {r2}, column '{f2}': {w2}"
            )
        if self.seen:
            return next(iter(self.seen)), None
        return None, None
