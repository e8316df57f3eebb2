"""The checks every activity row passes, imported from a file or typed in (:class:`ActivityRules`):
source, quantity, unit (convertible to the source's unit with pint), dates inside the reporting
period, site, uncertainty. Used by :mod:`.core` for imports and single-row edits."""

from __future__ import annotations

import re

from workbench.services.common import cells

UNC_DISTS = ("none", "normal", "lognormal", "uniform", "triangular")
_PLAIN_POINT = re.compile(r"-?\d+(?:\.\d+)?")  # the common case, read without the general parser
_PLAIN_INT = re.compile(r"-?\d+")


class ActivityRules:
    """The checks every activity passes, imported from a file or typed in: source, quantity, unit
    (convertible to the source's unit), dates inside the reporting period, site, uncertainty.

    Each check returns ``(value, reason)``; ``reason`` is None when the value is good. Results are
    cached per distinct raw value (a million-row file has few distinct units and dates)."""

    def __init__(
        self, project, period: dict, date_order: str | None = None, decimal: str = ".", value_map=None
    ):
        self.period, self.order, self.decimal = period, date_order, decimal
        # file values -> codes (:class:`~workbench.services.inventory.value_map.ValueMap`), applied
        # to the source and site cells before they are checked; values neither mapped nor a code
        # are counted in ``unknown`` (for the import wizard's value mapping)
        self.value_map = value_map if value_map else None
        self.unknown: dict[str, dict[str, int]] = {"source": {}, "site": {}}
        rows = project.rows("SELECT id, code, unit, site_id FROM sources")
        self.sources = {r["code"]: r for r in rows}
        self.sources_by_id = {r["id"]: r for r in rows}
        self.sites = {r["code"]: r["id"] for r in project.rows("SELECT id, code FROM sites")}
        self.site_ids = set(self.sites.values())
        self.unit_ok: dict = {}
        self.date_cache: dict = {}
        self.evidence = cells.DateOrderEvidence()
        self._plain = _PLAIN_POINT if decimal == "." else _PLAIN_INT

    def source(self, code):
        vm = self.value_map
        if vm is not None and vm.active("source"):
            mapped = vm.code("source", code)
            if mapped is not None:
                src = self.sources.get(mapped)
                if src is None:
                    return None, (
                        f"'{str(code).strip()}' is mapped to emission source '{mapped}', which this "
                        "project does not have; change the value mapping"
                    )
                return src, None
        src = self.sources.get(code)
        if src is None:
            code = str(code).strip()
            src = self.sources.get(code)
            if src is None:
                if code:
                    seen = self.unknown["source"]
                    seen[code] = seen.get(code, 0) + 1
                return None, (f"unknown emission source '{code}'" if code else "source is empty")
        return src, None

    def quantity(self, raw):
        if type(raw) is str and self._plain.fullmatch(raw) and len(raw) < 16:
            q = float(raw)
        else:
            if cells.is_blank(raw):
                return None, "quantity is empty"
            try:
                q = cells.parse_number(raw, self.decimal)
            except cells.CellError as exc:
                return None, str(exc)
        if q < 0:
            return None, (
                f"negative quantity {raw} (enter returns or corrections as their own source, "
                "not as negative activity)"
            )
        return q, None

    def unit(self, unit, src) -> str | None:
        key = (unit, src["unit"])
        problem = self.unit_ok.get(key, False)
        if problem is False:
            from lca.units import UnitError, conversion_factor, parse_unit

            text = str(unit).strip()
            try:
                if not text:
                    raise UnitError("the unit is empty")
                if src["unit"]:
                    conversion_factor(text, src["unit"])
                else:
                    parse_unit(text)
                problem = None
            except UnitError as exc:
                problem = (
                    f"{exc} (source '{src['code']}' is measured in {src['unit']})"
                    if src["unit"] and text
                    else str(exc)
                )
            self.unit_ok[key] = problem
        return problem

    def dates(self, key: tuple, ranged: bool, row_no=None, fields=("date",)):
        """``key``: (date,) or (date_start, date_end) raw cells. Returns (start, end) ISO strings,
        an error message (str), or an :class:`~workbench.services.common.cells.AmbiguousDate`
        when the day/month order is not known yet."""
        got = self.date_cache.get(key)
        if got is None:
            for fld, value in zip(fields, key, strict=False):
                self.evidence.note(row_no, fld, value)
            got = self.date_cache[key] = self._dates(key, ranged)
        return got

    def _dates(self, key, ranged):
        p = self.period
        try:
            if ranged:
                start, end = key
                if cells.is_blank(start):
                    raise cells.CellError("no start date (date_start is empty)")
                ds = cells.parse_month(start, self.order)[0].isoformat()
                de = cells.parse_month(start if cells.is_blank(end) else end, self.order)[1].isoformat()
            else:
                if cells.is_blank(key[0]):
                    raise cells.CellError(
                        "no date: give a 'date' (YYYY-MM-DD or YYYY-MM) or date_start/date_end"
                    )
                a, b = cells.parse_month(key[0], self.order)
                ds, de = a.isoformat(), b.isoformat()
        except cells.AmbiguousDate as exc:
            return exc
        except cells.CellError as exc:
            return str(exc)
        if de < ds:
            return f"end {de} is before start {ds}"
        if ds < p["start"] or de > p["end"]:
            return f"{ds}..{de} is outside the reporting period {p['label']} ({p['start']} to {p['end']})"
        return ds, de

    def site(self, value, default):
        if cells.is_blank(value):
            return default, None
        code = str(value).strip()
        vm = self.value_map
        if vm is not None and vm.active("site"):
            mapped = vm.code("site", code)
            if mapped is not None:
                site_id = self.sites.get(mapped)
                if site_id is None:
                    return None, (
                        f"'{code}' is mapped to site '{mapped}', which this project does not have; "
                        "change the value mapping"
                    )
                return site_id, None
        site_id = self.sites.get(code)
        if site_id is None:
            seen = self.unknown["site"]
            seen[code] = seen.get(code, 0) + 1
            return None, f"unknown site '{code}'"
        return site_id, None

    def uncertainty(self, dist_raw, pct_raw) -> tuple[str, float | None, list[tuple[str, str]]]:
        problems = []
        dist = "none" if cells.is_blank(dist_raw) else str(dist_raw).strip().lower()
        if dist not in UNC_DISTS:
            problems.append(("unc_dist", f"'{dist}' is not one of {', '.join(UNC_DISTS)}"))
        pct = None
        if not cells.is_blank(pct_raw):
            try:
                pct = cells.parse_number(pct_raw, self.decimal)
                if pct < 0:
                    raise cells.CellError(f"'{pct_raw}' is negative")
            except cells.CellError as exc:
                problems.append(("unc_pct", f"'{pct_raw}' is not a non-negative percentage ({exc})"))
                pct = None
        return dist, pct, problems
