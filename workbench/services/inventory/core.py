"""Journey step 2: inventory (activity data). Import from CSV/.xlsx, add, edit, delete, page.

An import is read by the one tabular reader (``common.tabular``), its cells by the one cell parser
(``common.cells``), and every row is checked by :class:`ActivityRules` (source, site, dates inside
the reporting period, quantity, unit convertible to the source's unit with pint, uncertainty), the
same rules a typed-in or edited activity passes. The whole file is checked before any write
transaction is opened; it then lands whole in one transaction. Any problem is reported with file,
row, column and reason, and the project file stays byte-identical.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from workbench.project.audit import now_iso
from workbench.project.errors import InputError, ProjectError, RowError
from workbench.services.common import cells
from workbench.services.common.periods import period_row
from workbench.services.common.tabular import TabularFile, file_sha256, resolve_columns
from workbench.services.inventory import quality
from workbench.services.inventory import value_map as value_maps
from workbench.services.inventory.rules import UNC_DISTS, ActivityRules  # noqa: F401 (re-exported)

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
    **dict.fromkeys(quality.PEDIGREE_FIELDS, False),
    "pedigree": False,  # the five scores in one cell, "(2,3,1,1,4)"
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
    **quality.PEDIGREE_ALIASES,
}
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
    *quality.PEDIGREE_FIELDS,
    "import_batch_id",
]
DATE_ORDER_HINT = (
    "set the date order to import this file: day first or month first (on the command line: "
    "cnw import-activities --date-order DMY|MDY; in Python: date_order='DMY' or date_order='MDY')"
)
KEEP_ROWS = (
    200_000  # files up to this many rows are checked once and kept in memory; larger ones are read twice
)


@dataclass
class ImportResult:
    filename: str
    rows: int
    batch_id: int | None
    sha256: str
    errors: list[RowError] = field(default_factory=list)
    format: str = ""  # what the reader detected, e.g. "CSV, CP949 (EUC-KR), comma-delimited"
    # source / site cells that are neither a code nor mapped: {kind: {file value: rows}} (the
    # wizard offers them for value mapping); counted up to where the check stopped
    unknown_values: dict[str, dict[str, int]] = field(default_factory=dict)


class _Validator:
    """Turns file rows into activity tuples with :class:`ActivityRules`, collecting RowErrors
    (no writes). Rows whose day/month order is not known yet are kept in ``pending``."""

    def __init__(
        self, rules: ActivityRules, tab: TabularFile, cols: dict[str, int], batch_id, max_errors: int
    ):
        self.rules, self.tab, self.cols, self.batch_id = rules, tab, cols, batch_id
        self.max_errors = max_errors
        self.errors: list[RowError] = []
        self.pending: list[tuple[int, str, cells.AmbiguousDate]] = []
        self.truncated = False
        self.count = 0

    def err(self, row_no, fld, reason):
        if len(self.errors) >= self.max_errors:
            self.truncated = True
            return
        self.errors.append(RowError(self.tab.name, row_no, fld, reason))

    def rows(self, progress=None, cancel=None, verb="checked"):
        """Yield activity tuples for valid rows; tight loop (one million rows is the normal case)."""
        c, rules, err = self.cols, self.rules, self.err
        width = len(self.tab.header)
        i_src, i_q, i_unit = c["source"], c["quantity"], c["unit"]
        i_date, i_ds, i_de = c.get("date"), c.get("date_start"), c.get("date_end")
        i_site, i_desc, i_ref = c.get("site"), c.get("description"), c.get("reference")
        i_dist, i_unc = c.get("unc_dist"), c.get("unc_pct")
        i_ped = {f: c[f] for f in quality.PEDIGREE_FIELDS if f in c}
        i_pedigree = c.get("pedigree")
        no_ped = (None,) * len(quality.PEDIGREE_FIELDS)
        ranged = i_ds is not None
        date_field = "date_start" if ranged else "date"
        date_fields = ("date_start", "date_end") if ranged else ("date",)
        p_id, batch_id = rules.period["id"], self.batch_id
        source, quantity, unit_check, dates = rules.source, rules.quantity, rules.unit, rules.dates
        for row_no, vals in self.tab.rows():
            if len(vals) < width:
                vals = list(vals) + [""] * (width - len(vals))
            if not row_no % 50000:
                if cancel is not None and cancel():
                    raise ProjectError(
                        f"{self.tab.name}: import cancelled at row {row_no}; nothing was imported"
                    )
                if progress is not None:
                    progress(None, f"{self.tab.name}: {verb} {row_no:,} rows")
            ok = True
            src, why = source(vals[i_src])
            if why:
                err(row_no, "source", why)
                ok = False
            q, why = quantity(vals[i_q])
            if why:
                err(row_no, "quantity", why)
                ok = False
            unit = vals[i_unit]
            if src is not None:
                why = unit_check(unit, src)
                if why:
                    err(row_no, "unit", why)
                    ok = False
            dkey = (vals[i_date],) if not ranged else (vals[i_ds], vals[i_de] if i_de is not None else "")
            got = dates(dkey, ranged, row_no, date_fields)
            if type(got) is not tuple:
                if isinstance(got, str):
                    err(row_no, date_field, got)
                else:
                    self.pending.append((row_no, date_field, got))
                ok = False
            site_id, why = rules.site(
                vals[i_site] if i_site is not None else None, src["site_id"] if src else None
            )
            if why:
                err(row_no, "site", why)
                ok = False
            if i_dist is None and i_unc is None:
                dist, unc = "none", None
            else:
                dist, unc, problems = rules.uncertainty(
                    vals[i_dist] if i_dist is not None else None, vals[i_unc] if i_unc is not None else None
                )
                for fld, why in problems:
                    err(row_no, fld, why)
                    ok = False
            scores = None
            if i_ped or i_pedigree is not None:
                scores, problems = quality.pedigree_cells(
                    vals[i_pedigree] if i_pedigree is not None else None,
                    {f: vals[i] for f, i in i_ped.items()},
                )
                bad = quality.dist_problem(dist, unc, scores)
                for fld, why in problems + ([bad] if bad else []):
                    err(row_no, fld, why)
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
                    str(unit).strip(),
                    (str(vals[i_desc]) or None) if i_desc is not None else None,
                    (str(vals[i_ref]) or None) if i_ref is not None else None,
                    dist,
                    unc,
                    *(scores or no_ped),
                    batch_id,
                )
            elif len(self.errors) >= self.max_errors:
                self.truncated = True
                return


def _check(rules, tab, cols, max_errors, progress, cancel) -> tuple[_Validator, list | None]:
    """One checking pass over the file; the rows are kept when there are at most KEEP_ROWS."""
    v = _Validator(rules, tab, cols, None, max_errors)
    kept: list | None = []
    for row in v.rows(progress, cancel):
        if kept is not None:
            kept.append(row)
            if len(kept) > KEEP_ROWS:
                kept = None
    return v, kept


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
    *,
    date_order: str | None = None,
    decimal: str | None = None,
    encoding: str | None = None,
    delimiter: str | None = None,
    value_map: dict[str, dict[str, str | None]] | None = None,
) -> ImportResult:
    """Import activity rows from a CSV or .xlsx file into ``period_id`` (default: current period).

    ``mapping`` maps workbench fields (source, quantity, unit, date or date_start/date_end, site,
    description, reference, unc_dist, unc_pct, the pedigree scores ped_reliability ..
    ped_technological or one ``pedigree`` column "(2,3,1,1,4)") to the file's column names; unmapped fields are
    found by name. ``preview=True`` checks everything and writes nothing. ``date_order`` ("DMY" /
    "MDY") reads day/month dates (default: decided by the file, refused when it cannot be);
    ``decimal``, ``encoding``, ``delimiter`` override what the reader detects. The whole file is
    checked before anything is written: problems raise InputError listing every one (up to
    ``max_errors``), and the project file is then byte-identical.

    Source and site cells go through the value mappings saved in the project first
    (:mod:`.value_map`: "Diesel generators" -> DSL-GEN); ``value_map`` ({"source" / "site": {file
    value: code}}) adds or overrides mappings for this import and, when the import lands, is
    saved with it (a code of None removes a saved mapping). A cell mapped to a code the project
    does not have is an error naming the row and the value. The recorded hash is the file's as read.
    """
    if not preview:
        project.require_writable()
    if date_order is not None and date_order not in cells.DATE_ORDERS:
        raise ProjectError(f"date order must be DMY or MDY, not '{date_order}'")
    options = {"encoding": encoding, "delimiter": delimiter, "decimal": decimal}
    tab = TabularFile(path, sheet, **options)
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
    period = period_row(project, period_id)
    sha = file_sha256(path)
    fmt = str(tab.detected)

    vmap = value_maps.ValueMap(project, value_map)
    rules = ActivityRules(project, period, date_order, tab.decimal, vmap)
    v, kept = _check(rules, tab, cols, max_errors, progress, cancel)
    order, why = rules.evidence.decide(date_order)
    if why:
        v.err(None, date_order_field(cols), f"{why}; {DATE_ORDER_HINT}")
    elif v.pending and order is None:
        for row_no, fld, exc in v.pending:
            v.err(row_no, fld, f"{exc}; {DATE_ORDER_HINT}")
    elif v.pending and not v.errors:  # the file decided the order: check again reading it so
        tab = TabularFile(path, sheet, **options)
        rules = ActivityRules(project, period, order, tab.decimal, vmap)
        v, kept = _check(rules, tab, cols, max_errors, progress, cancel)

    unknown = {k: dict(vals) for k, vals in rules.unknown.items() if vals}
    if preview:
        return ImportResult(tab.name, v.count, None, sha, list(v.errors), fmt, unknown)
    if v.errors:
        raise InputError(
            v.errors,
            f"{tab.name}: {len(v.errors)}{'+' if v.truncated else ''} problem(s) found; nothing was imported",
            truncated=v.truncated,
        )
    if v.count == 0:
        raise tab.header_only_error()
    given = value_maps.check_mappings(project, value_map) if value_map else {}

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
        if given:
            value_maps.write_mappings(tx, project, given)
        summary = {"import_batch_id": batch_id, "file": tab.name, "sha256": sha, "format": fmt}
        if vmap:
            summary["value_map"] = {k: dict(sorted(m.items())) for k, m in vmap.by_kind.items() if m}
        if kept is not None:
            tx.insert_many("activities", COLUMNS, (r[:-1] + (batch_id,) for r in kept), summary=summary)
            count = len(kept)
        else:  # a large file: read it again, checking every row as it goes in
            tab = TabularFile(path, sheet, **options)
            w = _Validator(
                ActivityRules(project, period, order, tab.decimal, vmap), tab, cols, batch_id, max_errors
            )
            tx.insert_many("activities", COLUMNS, w.rows(progress, cancel, "imported"), summary=summary)
            if w.errors or w.pending or w.count != v.count:  # the file changed since it was checked
                raise InputError(
                    w.errors or [RowError(tab.name, None, None, "the file changed while it was imported")],
                    f"{tab.name}: the file changed while it was imported; nothing was imported",
                )
            count = w.count
        tx.update("import_batches", batch_id, {"rows": count})
    if progress:
        progress(1.0, f"{tab.name}: imported {count:,} rows")
    return ImportResult(tab.name, count, batch_id, sha, format=fmt)


def date_order_field(cols: dict[str, int]) -> str:
    return "date_start" if "date_start" in cols else "date"


# -- single-row edits ---------------------------------------------------------------------------
EDITABLE = tuple(c for c in COLUMNS if c not in ("period_id", "import_batch_id"))  # what a user may edit


def _validate_activity(project, row: dict) -> dict:
    """Check one typed-in or edited activity with the same :class:`ActivityRules` as an import;
    returns the normalised values (quantity as a number, dates as YYYY-MM-DD). Raises
    ProjectError naming the field."""
    period = period_row(project, row["period_id"])
    rules = ActivityRules(project, period)
    src = rules.sources_by_id.get(row["source_id"])
    if src is None:
        raise ProjectError(f"activity: emission source {row['source_id']} does not exist")
    q, why = rules.quantity(row["quantity"])
    if why:
        raise ProjectError(f"quantity: {why}")
    why = rules.unit(row["unit"], src)
    if why:
        raise ProjectError(f"unit: {why}")
    got = rules.dates((row["date_start"], row.get("date_end") or row["date_start"]), True)
    if isinstance(got, cells.AmbiguousDate):
        raise ProjectError(f"date_start: {got}; write the date as YYYY-MM-DD")
    if isinstance(got, str):
        raise ProjectError(f"dates: {got}")
    if row.get("site_id") is not None and row["site_id"] not in rules.site_ids:
        raise ProjectError(f"site: site {row['site_id']} does not exist")
    dist, pct, problems = rules.uncertainty(row.get("unc_dist"), row.get("unc_pct"))
    if problems:
        raise ProjectError(f"{problems[0][0]}: {problems[0][1]}")
    scores, problems = quality.pedigree_cells(None, {f: row.get(f) for f in quality.PEDIGREE_FIELDS})
    bad = quality.dist_problem(dist, pct, scores)
    if problems or bad:
        raise ProjectError("{}: {}".format(*(problems or [bad])[0]))
    return {
        **dict(zip(quality.PEDIGREE_FIELDS, scores or (None,) * 5, strict=True)),
        "quantity": q,
        "unit": str(row["unit"]).strip(),
        "date_start": got[0],
        "date_end": got[1],
        "unc_dist": dist,
        "unc_pct": pct,
    }


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
    pedigree=None,
) -> int:
    """Add one activity row (checked as an import row); ``pedigree``: five scores 1..5 (a tuple or
    text such as "(2,3,1,1,4)"), or None."""
    src = project.one("SELECT * FROM sources WHERE code = ?", (source,))
    if not src:
        raise ProjectError(f"source: unknown emission source '{source}'")
    period = period_row(project, period_id)
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
    if pedigree is not None:
        scores, why = (
            quality.parse_pedigree(pedigree) if isinstance(pedigree, str) else (tuple(pedigree), None)
        )
        if why or len(scores or ()) not in (0, 5):
            raise ProjectError(f"pedigree: {why or 'give five scores 1..5'}")
        row.update(zip(quality.PEDIGREE_FIELDS, scores or (None,) * 5, strict=True))
    row.update(_validate_activity(project, row))
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
    checked = _validate_activity(project, merged)
    changes = {k: checked.get(k, v) for k, v in changes.items()}
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
