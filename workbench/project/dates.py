"""Date checks shared by the store and the services."""

from __future__ import annotations

from datetime import date

from .errors import ProjectError


def parse_date(text, field: str = "date") -> date:
    try:
        return date.fromisoformat(str(text).strip())
    except (TypeError, ValueError):
        raise ProjectError(f"{field}: '{text}' is not a date (use YYYY-MM-DD)") from None


def validate_period(start, end, field_prefix: str = "period") -> tuple[date, date]:
    s = parse_date(start, f"{field_prefix} start")
    e = parse_date(end, f"{field_prefix} end")
    if e < s:
        raise ProjectError(f"{field_prefix} end {e} is before its start {s}")
    return s, e
