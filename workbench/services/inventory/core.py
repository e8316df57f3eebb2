"""Journey step 2: inventory (activity data). Import from CSV/.xlsx, add, edit, delete, page.

An import is validated row by row (source, site, dates inside the reporting period, quantity,
unit convertible to the source's unit with pint) and lands whole in one transaction, or not at
all: any error rolls back and is reported with file, row, column and reason.
"""

from __future__ import annotations

import calendar
import math
import re
from dataclasses import dataclass, field
from datetime import date

from workbench.project.audit import now_iso
from workbench.project.errors import InputError, ProjectError, RowError
from workbench.services.common.tabular import TabularFile, file_sha256, resolve_columns

FIELDS = {  # field -> required
    "source": True,
    "quantity": True,
    "unit": True,
    "date": False,
    "date_start": False,
    "date_end": False,
    "site": False,
    "description": False,
    "reference": False,
    "unc_dist": False,
    "unc_pct": False,
}
ALIASES = {
    "source": ("source_code", "emission_source", "배출원"),
    "quantity": ("amount", "qty", "value", "사용량", "수량"),
    "unit": ("units", "단위"),
    "date": ("month", "period", "일자", "월"),
    "date_start": ("start", "from", "start_date"),
    "date_end": ("end", "to", "end_date"),
    "site": ("site_code", "사업장"),
    "description": ("desc", "memo", "비고"),
    "reference": ("ref", "invoice", "document"),
    "unc_dist": ("uncertainty_dist", "distribution"),
    "unc_pct": ("uncertainty", "uncertainty_pct"),
}
UNC_DISTS = ("none", "normal", "lognormal", "uniform", "triangular")
COLUMNS = [
    "source_id",
    "site_id",
    "period_id",
    "date_start",
    "date_end",
    "quantity",
    "unit",
    "description",
    "reference",
    "unc_dist",
    "unc_pct",
    "import_batch_id",
]
_THOUSANDS = re.compile(r"^-?\d{1,3}(,\d{3})+(\.\d+)?$")
_MONTH = re.compile(r"^(\d{4})-(\d{2})$")


@dataclass
class ImportResult:
    filename: str
    rows: int
    batch_id: int | None
    sha256: str
    errors: list[RowError] = field(default_factory=list)


def _parse_number(text) -> float:
    if isinstance(text, (int, float)) and not isinstance(text, bool):
        return float(text)
    t = str(text).strip()
    if _THOUSANDS.match(t):
        t = t.replace(",", "")
    return float(t)


class _DateParser:
    """Caches parsed date cells; returns (start, end) ISO strings or raises ValueError."""

    def __init__(self):
        self.cache: dict = {}

    def __call__(self, value) -> tuple[str, str]:
        try:
            return self.cache[value]
        except (KeyError, TypeError):
            pass
        if isinstance(value, date):
            d = (
                value.date().isoformat()
                if hasattr(value, "date") and callable(value.date)
                else value.isoformat()
            )
            res = (d, d)
        else:
            t = str(value).strip()
            m = _MONTH.match(t)
            if m:
                y, mo = int(m.group(1)), int(m.group(2))
                if not 1 <= mo <= 12:
                    raise ValueError(f"'{t}' is not a month (use YYYY-MM)")
                res = (f"{y:04d}-{mo:02d}-01", f"{y:04d}-{mo:02d}-{calendar.monthrange(y, mo)[1]:02d}")
            else:
                try:
                    d = date.fromisoformat(t[:10] if len(t) > 10 and t[10] in " T" else t).isoformat()
                except ValueError:
                    raise ValueError(f"'{t}' is not a date (use YYYY-MM-DD or YYYY-MM)") from None
                res = (d, d)
        try:
            self.cache[value] = res
        except TypeError:
            pass
        return res


class _Validator:
    """Turns file rows into activity tuples, collecting RowErrors (no writes)."""

    def __init__(
        self, project, tab: TabularFile, cols: dict[str, int], period: dict, batch_id, max_errors: int
    ):
        self.tab, self.cols, self.period, self.batch_id = tab, cols, period, batch_id
        self.max_errors = max_errors
        self.errors: list[RowError] = []
        self.truncated = False
        self.count = 0
        self.sources = {r["code"]: r for r in project.rows("SELECT id, code, unit, site_id FROM sources")}
        self.sites = {r["code"]: r["id"] for r in project.rows("SELECT id, code FROM sites")}
        self.unit_ok: dict[tuple[str, str | None], str | None] = {}
        self.dates = _DateParser()

    def err(self, row_no, fld, reason):
        if len(self.errors) >= self.max_errors:
            self.truncated = True
            return
        self.errors.append(RowError(self.tab.name, row_no, fld, reason))

    def _unit_problem(self, unit: str, target: str | None) -> str | None:
        key = (unit, target)
        if key not in self.unit_ok:
            from lca.units import UnitError, conversion_factor, parse_unit

            try:
                if target:
                    conversion_factor(unit, target)
                else:
                    parse_unit(unit)
                self.unit_ok[key] = None
            except UnitError as exc:
                self.unit_ok[key] = str(exc)
        return self.unit_ok[key]

    def rows(self, progress=None, cancel=None):
        """Yield activity tuples for valid rows; tight loop (one million rows is the normal case)."""
        c = self.cols
        width = len(self.tab.header)
        i_src, i_q, i_unit = c["source"], c["quantity"], c["unit"]
        i_date, i_ds, i_de = c.get("date"), c.get("date_start"), c.get("date_end")
        i_site, i_desc, i_ref = c.get("site"), c.get("description"), c.get("reference")
        i_dist, i_unc = c.get("unc_dist"), c.get("unc_pct")
        p_start, p_end, p_label, p_id = (
            self.period["start"],
            self.period["end"],
            self.period["label"],
            self.period["id"],
        )
        sources, sites, unit_ok, batch_id = self.sources, self.sites, self.unit_ok, self.batch_id
        date_cache: dict = {}
        for row_no, vals in self.tab.rows():
            if len(vals) < width:
                vals = list(vals) + [""] * (width - len(vals))
            if not row_no % 50000:
                if cancel is not None and cancel():
                    raise ProjectError(
                        f"{self.tab.name}: import cancelled at row {row_no}; nothing was imported"
                    )
                if progress is not None:
                    progress(None, f"{self.tab.name}: checked {row_no:,} rows")
            ok = True
            # source
            code = vals[i_src]
            src = sources.get(code)
            if src is None:
                code = str(code).strip()
                src = sources.get(code)
                if src is None:
                    self.err(
                        row_no, "source", f"unknown emission source '{code}'" if code else "source is empty"
                    )
                    ok = False
            # quantity
            raw_q = vals[i_q]
            try:
                q = float(raw_q)
            except (TypeError, ValueError):
                try:
                    q = _parse_number(raw_q)
                except (TypeError, ValueError):
                    q = None
            if q is None or q != q or q in (float("inf"), float("-inf")):
                self.err(
                    row_no,
                    "quantity",
                    f"'{raw_q}' is not a number" if str(raw_q).strip() else "quantity is empty",
                )
                ok = False
            elif q < 0:
                self.err(
                    row_no,
                    "quantity",
                    f"negative quantity {raw_q} (enter returns or corrections as "
                    "their own source, not as negative activity)",
                )
                ok = False
            # unit
            unit = vals[i_unit]
            if src is not None:
                key = (unit, src["unit"])
                problem = unit_ok.get(key, False)
                if problem is False:
                    problem = unit_ok[key] = self._unit_problem(str(unit).strip(), src["unit"])
                if problem:
                    self.err(
                        row_no,
                        "unit",
                        f"{problem} (source '{code}' is measured in {src['unit']})"
                        if src["unit"] and str(unit).strip()
                        else problem,
                    )
                    ok = False
            # dates
            dkey = (vals[i_date],) if i_ds is None else (vals[i_ds], vals[i_de] if i_de is not None else "")
            got = date_cache.get(dkey)
            if got is None:
                got = date_cache[dkey] = self._dates(dkey, i_ds is not None, p_start, p_end, p_label)
            if isinstance(got, str):
                self.err(row_no, "date_start" if i_ds is not None else "date", got)
                ok = False
            # site
            site_id = src["site_id"] if src is not None else None
            if i_site is not None and vals[i_site]:
                site_code = str(vals[i_site]).strip()
                if site_code:
                    site_id = sites.get(site_code)
                    if site_id is None:
                        self.err(row_no, "site", f"unknown site '{site_code}'")
                        ok = False
            # uncertainty
            dist = "none"
            if i_dist is not None and vals[i_dist]:
                dist = str(vals[i_dist]).strip().lower() or "none"
                if dist not in UNC_DISTS:
                    self.err(row_no, "unc_dist", f"'{dist}' is not one of {', '.join(UNC_DISTS)}")
                    ok = False
            unc = None
            if i_unc is not None and str(vals[i_unc]).strip():
                try:
                    unc = _parse_number(vals[i_unc])
                    if unc < 0 or unc != unc:
                        raise ValueError
                except (TypeError, ValueError):
                    self.err(row_no, "unc_pct", f"'{vals[i_unc]}' is not a non-negative percentage")
                    ok = False
            if ok and not self.errors:
                self.count += 1
                yield (
                    src["id"],
                    site_id,
                    p_id,
                    got[0],
                    got[1],
                    q,
                    unit,
                    (str(vals[i_desc]) or None) if i_desc is not None else None,
                    (str(vals[i_ref]) or None) if i_ref is not None else None,
                    dist,
                    unc,
                    batch_id,
                )
            elif len(self.errors) >= self.max_errors:
                self.truncated = True
                return

    def _dates(self, dkey, ranged: bool, p_start, p_end, p_label):
        """(start, end) ISO strings, or an error message string."""
        try:
            if ranged:
                ds = self.dates(dkey[0])[0]
                de = self.dates(dkey[1] or dkey[0])[1]
            else:
                if not str(dkey[0]).strip():
                    raise ValueError("no date: give a 'date' (YYYY-MM-DD or YYYY-MM) or date_start/date_end")
                ds, de = self.dates(dkey[0])
            if de < ds:
                raise ValueError(f"end {de} is before start {ds}")
            if ds < p_start or de > p_end:
                raise ValueError(
                    f"{ds}..{de} is outside the reporting period {p_label} ({p_start} to {p_end})"
                )
        except ValueError as exc:
            return str(exc)
        return ds, de


def import_activities(
    project,
    path,
    mapping: dict[str, str] | None = None,
    period_id: int | None = None,
    sheet: str | None = None,
    preview: bool = False,
    max_errors: int = 100,
    progress=None,
    cancel=None,
) -> ImportResult:
    """Import activity rows from a CSV or .xlsx file into ``period_id`` (default: current period).

    ``mapping`` maps workbench fields (source, quantity, unit, date or date_start/date_end, site,
    description, reference, unc_dist, unc_pct) to the file's column names; unmapped fields are
    found by name. ``preview=True`` checks everything and writes nothing. Raises InputError
    listing every problem (up to ``max_errors``); the project is then unchanged.
    """
    if not preview:
        project.require_writable()
    tab = TabularFile(path, sheet)
    cols = resolve_columns(tab, FIELDS, mapping, ALIASES)
    if "date" not in cols and "date_start" not in cols:
        raise InputError(
            [
                RowError(
                    tab.name,
                    1,
                    "date",
                    "missing column 'date' (or 'date_start' and 'date_end') "
                    f"(columns found: {', '.join(tab.header)})",
                )
            ],
            f"{tab.name}: the header does not have the columns needed; nothing was imported",
        )
    period = (
        project.one("SELECT * FROM periods WHERE id = ?", (period_id,))
        if period_id
        else project.current_period()
    )
    if period is None:
        raise ProjectError(f"period {period_id} does not exist")
    sha = file_sha256(path)

    def finish(validator):
        if validator.errors:
            raise InputError(
                validator.errors,
                f"{tab.name}: {len(validator.errors)}"
                f"{'+' if validator.truncated else ''} problem(s) found; nothing was imported",
                truncated=validator.truncated,
            )
        if validator.count == 0:
            raise InputError(
                [RowError(tab.name, None, None, "the file has a header but no data rows")],
                f"{tab.name}: no data rows; nothing was imported",
            )

    if preview:
        v = _Validator(project, tab, cols, period, None, max_errors)
        for _ in v.rows(progress, cancel):
            pass
        result = ImportResult(tab.name, v.count, None, sha, list(v.errors))
        return result

    with project.action(f"Import activities from {tab.name}") as tx:
        batch_id = tx.insert(
            "import_batches",
            {
                "kind": "activities",
                "filename": tab.name,
                "sha256": sha,
                "rows": 0,
                "imported_at": now_iso(),
                "imported_by": project.user,
                "mapping": None if not mapping else str(sorted(mapping.items())),
            },
        )
        v = _Validator(project, tab, cols, period, batch_id, max_errors)
        tx.insert_many(
            "activities",
            COLUMNS,
            v.rows(progress, cancel),
            summary={"import_batch_id": batch_id, "file": tab.name, "sha256": sha},
        )
        finish(v)  # raises -> the whole action rolls back
        tx.update("import_batches", batch_id, {"rows": v.count})
    if progress:
        progress(1.0, f"{tab.name}: imported {v.count:,} rows")
    return ImportResult(tab.name, v.count, batch_id, sha)


# -- single-row edits ---------------------------------------------------------------------------
EDITABLE = (
    "source_id",
    "site_id",
    "date_start",
    "date_end",
    "quantity",
    "unit",
    "description",
    "reference",
    "unc_dist",
    "unc_pct",
)


def _validate_activity(project, row: dict) -> None:
    from lca.units import UnitError, conversion_factor

    src = project.one("SELECT * FROM sources WHERE id = ?", (row["source_id"],))
    if not src:
        raise ProjectError(f"activity: emission source {row['source_id']} does not exist")
    try:
        q = float(row["quantity"])
    except (TypeError, ValueError):
        raise ProjectError(f"quantity: '{row['quantity']}' is not a number") from None
    if not math.isfinite(q) or q < 0:
        raise ProjectError(f"quantity: {row['quantity']} must be a non-negative number")
    if src["unit"]:
        try:
            conversion_factor(row["unit"], src["unit"])
        except UnitError as exc:
            raise ProjectError(f"unit: {exc} (source '{src['code']}' is measured in {src['unit']})") from None
    period = project.one("SELECT * FROM periods WHERE id = ?", (row["period_id"],))
    for f in ("date_start", "date_end"):
        try:
            date.fromisoformat(row[f])
        except (TypeError, ValueError):
            raise ProjectError(f"{f}: '{row[f]}' is not a date (YYYY-MM-DD)") from None
    if row["date_end"] < row["date_start"]:
        raise ProjectError(f"date_end {row['date_end']} is before date_start {row['date_start']}")
    if row["date_start"] < period["start"] or row["date_end"] > period["end"]:
        raise ProjectError(
            f"dates {row['date_start']}..{row['date_end']} are outside the reporting period "
            f"{period['label']} ({period['start']} to {period['end']})"
        )
    if row.get("unc_dist", "none") not in UNC_DISTS:
        raise ProjectError(f"unc_dist: '{row['unc_dist']}' is not one of {', '.join(UNC_DISTS)}")


def add_activity(
    project,
    source: str,
    quantity,
    unit: str,
    date_start: str,
    date_end: str | None = None,
    site: str | None = None,
    period_id: int | None = None,
    description: str | None = None,
    reference: str | None = None,
    unc_dist: str = "none",
    unc_pct: float | None = None,
) -> int:
    src = project.one("SELECT * FROM sources WHERE code = ?", (source,))
    if not src:
        raise ProjectError(f"source: unknown emission source '{source}'")
    period = (
        project.one("SELECT * FROM periods WHERE id = ?", (period_id,))
        if period_id
        else project.current_period()
    )
    site_id = src["site_id"]
    if site:
        from workbench.services.boundary.core import site_id as _site_id

        site_id = _site_id(project, site)
    row = {
        "source_id": src["id"],
        "site_id": site_id,
        "period_id": period["id"],
        "date_start": date_start,
        "date_end": date_end or date_start,
        "quantity": quantity,
        "unit": unit,
        "description": description,
        "reference": reference,
        "unc_dist": unc_dist,
        "unc_pct": unc_pct,
    }
    _validate_activity(project, row)
    row["quantity"] = float(quantity)
    with project.action(f"Add activity for {source}") as tx:
        return tx.insert("activities", row)


def update_activity(project, activity_id: int, **changes) -> bool:
    bad = set(changes) - set(EDITABLE)
    if bad:
        raise ProjectError(f"activity: cannot edit field(s) {', '.join(sorted(bad))}")
    row = project.one("SELECT * FROM activities WHERE id = ?", (activity_id,))
    if not row:
        raise ProjectError(f"activity {activity_id} does not exist")
    merged = {**row, **changes}
    _validate_activity(project, merged)
    if "quantity" in changes:
        changes["quantity"] = float(changes["quantity"])
    with project.action(f"Edit activity {activity_id}") as tx:
        return tx.update("activities", activity_id, changes)


def delete_activity(project, activity_id: int) -> dict:
    row = project.one("SELECT * FROM activities WHERE id = ?", (activity_id,))
    if not row:
        raise ProjectError(f"activity {activity_id} does not exist")
    with project.action(f"Delete activity {activity_id}") as tx:
        tx.delete("activities", activity_id)
    return row


def restore_activity(project, row: dict) -> int:
    """Put back a deleted activity row (undo of delete) with its original id."""
    with project.action(f"Restore activity {row['id']}") as tx:
        return tx.insert("activities", dict(row))


# -- reads (paged reads for views: workbench.services.ledger) ----------------------------------------
def count_activities(project, period_id=None) -> int:
    if period_id is None:
        return project.conn.execute("SELECT count(*) FROM activities").fetchone()[0]
    return project.conn.execute(
        "SELECT count(*) FROM activities WHERE period_id = ?", (period_id,)
    ).fetchone()[0]
