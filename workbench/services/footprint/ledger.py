"""Read one period's activity ledger from a project file into :class:`lca.result.Ledger` arrays.

One numeric SELECT over ``activities`` (SQLite codes units, months and distributions as numbers);
unit conversion is done once per distinct (unit, factor unit) pair, then applied as a numpy gather.
The inputs hash is computed from the same arrays (plus the small tables the footprint depends
on), so storing it costs no second pass. Staleness is decided by the data version first (one read,
see ``core.latest``); the hash is the fallback for results without a version or whose input tables
were written since.
"""

from __future__ import annotations

import hashlib
import json
import weakref

import numpy as np

from lca.factors import Factor
from lca.result import UNC_CODES, Ledger, SourceInfo
from workbench.project.errors import ProjectError
from workbench.services.common.periods import period_row  # noqa: F401  (used here and re-exported)
from workbench.services.footprint.factors import effective_factors

LEDGER_INDEX = "activities_footprint"


def has_ledger_index(project) -> bool:
    """True if the file has migration 2's covering index for grouped reads of the ledger."""
    return any(r[1] == LEDGER_INDEX for r in project.conn.execute("PRAGMA index_list(activities)"))


def load_ledger(
    project, period_id: int, grouped: bool = False, activities: bool = True
) -> tuple[Ledger, dict]:
    """The ledger of ``period_id`` and a dict of context (excluded sources, factor map, hash parts).

    One entry per activity row (in id order), or with ``grouped`` one entry per (source, site,
    date, unit) with the summed quantity: SQLite aggregates along the covering index
    ``activities_footprint`` without sorting, which is what the deterministic footprint needs
    (uncertainty fields are then zero; Monte Carlo reads rows). Rows of excluded sources are not
    in the ledger; they are listed in ``context['excluded']``. With ``activities=False`` the
    activity rows are not read (an empty ledger over the same sources and factors, and no
    ``ledger_hash``): what a staleness check needs when the ledger did not change.
    """
    src_rows = project.rows(
        "SELECT s.id, s.code, s.name, s.scope, s.s3_category, s.iso_category, s.unit, s.factor_id,"
        " s.included, s.exclusion_reason, st.code AS site_code FROM sources s"
        " LEFT JOIN sites st ON st.id = s.site_id ORDER BY s.id"
    )
    factors_by_source, factor_list = effective_factors(project, src_rows)
    f_index = {f.id: i for i, f in enumerate(factor_list)}
    included = [s for s in src_rows if s["included"]]
    sources = [
        SourceInfo(
            code=s["code"],
            name=s["name"],
            scope=s["scope"],
            s3_category=s["s3_category"],
            iso_category=s["iso_category"],
            site=s["site_code"],
            factor=f_index[factors_by_source[s["id"]].id] if s["id"] in factors_by_source else -1,
            unit=s["unit"],
        )
        for s in included
    ]
    src_pos = {s["id"]: i for i, s in enumerate(included)}
    sites = [r["code"] for r in project.rows("SELECT code FROM sites ORDER BY id")]
    site_ids = [r["id"] for r in project.rows("SELECT id FROM sites ORDER BY id")]
    site_pos = {sid: i for i, sid in enumerate(site_ids)}

    likely = list(dict.fromkeys([s["unit"] for s in src_rows if s["unit"]] + [f.unit for f in factor_list]))
    likely += sorted(_COMMON_UNITS - set(likely))
    if not activities:
        empty = np.zeros(0, np.int64)
        cols = (empty, empty, empty, np.zeros(0), empty, np.zeros(0, np.int8), np.zeros(0))
        units_list, digest, n_rows = [], None, 0
    elif grouped:
        cols, units_list, digest, n_rows, _counts = grouped_rows(project, period_id)
    else:
        cols, units_list, digest, n_rows = _row_arrays(project, period_id, likely)
    src_id_a, site_a, month_code, qty_a, unit_a, dist_a, pct_a = cols
    units = {u: i for i, u in enumerate(units_list)}
    n = qty_a.shape[0]
    month_values, month_a = np.unique(month_code, return_inverse=True)
    month_order = [f"{v // 12:04d}-{v % 12 + 1:02d}" for v in month_values.tolist()]

    # map source ids -> ledger source positions (-1 = excluded source)
    max_sid = max([s["id"] for s in src_rows], default=0)
    pos_lookup = np.full(max_sid + 1, -1, dtype=np.int64)
    for sid, pos in src_pos.items():
        pos_lookup[sid] = pos
    row_src = pos_lookup[src_id_a] if n else src_id_a
    keep = row_src >= 0
    # row site: the activity's site, else the source's site
    src_site = np.full(max(len(sources), 1), -1, dtype=np.int64)
    for s in included:
        if s["site_code"] is not None:
            src_site[src_pos[s["id"]]] = sites.index(s["site_code"])
    site_lookup = np.full(max(site_ids, default=0) + 2, -1, dtype=np.int64)
    for sid, pos in site_pos.items():
        site_lookup[sid] = pos
    row_site = np.where(site_a >= 0, site_lookup[np.maximum(site_a, 0)], src_site[np.maximum(row_src, 0)])

    # unit conversion: one factor per distinct (activity unit, factor unit) pair
    conv = _conversion(units, sources, factor_list, row_src, unit_a, keep)
    quantity = qty_a * conv

    ledger = Ledger(
        source=row_src[keep],
        site=row_site[keep],
        month=month_a[keep].astype(np.int64),
        quantity=quantity[keep],
        unc_code=dist_a[keep],
        unc_pct=pct_a[keep],
        sources=sources,
        sites=sites,
        months=month_order,
        factors=factor_list,
        row_count=n_rows if grouped else None,
    )
    excluded = [
        {"source": s["code"], "reason": s["exclusion_reason"] or ""} for s in src_rows if not s["included"]
    ]
    context = {
        "excluded": excluded,
        "ledger_hash": digest,
        "sources": src_rows,
        "factors_by_source": factors_by_source,
    }
    return ledger, context


_COMMON_UNITS = frozenset(
    {
        "kWh",
        "MWh",
        "GWh",
        "GJ",
        "TJ",
        "mmBtu",
        "therm",
        "L",
        "l",
        "litre",
        "liter",
        "gallon",
        "m3",
        "Nm3",
        "Sm3",
        "scf",
        "kg",
        "t",
        "tonne",
        "short_ton",
        "tonne_km",
        "tkm",
        "passenger_km",
        "pkm",
        "passenger_mile",
        "vehicle_km",
        "vehicle_mile",
        "km",
        "mile",
        "KRW",
        "USD",
        "EUR",
    }
)


def _row_arrays(project, period_id: int, likely: list[str]):
    """Per-row arrays from one numeric SELECT (SQLite codes units, months and distributions).

    Units are coded by a CASE over likely units (the sources' and factors' units and common
    spellings); only if some row has another unit is a DISTINCT scan run and the SELECT repeated.
    """
    units_list = likely
    arr = _numeric_rows(project, period_id, units_list)
    if (arr[:, 5] < 0).any():
        extra = [
            u
            for (u,) in project.conn.execute(
                "SELECT DISTINCT unit FROM activities WHERE period_id = ?", (period_id,)
            )
            if u not in likely
        ]
        units_list = likely + sorted(extra)
        arr = _numeric_rows(project, period_id, units_list)
    h = hashlib.sha256(b"rows")
    h.update(np.ascontiguousarray(arr).tobytes())
    h.update(json.dumps(units_list).encode())
    cols = (
        arr[:, 1].astype(np.int64),
        arr[:, 2].astype(np.int64),
        arr[:, 3].astype(np.int64),
        arr[:, 4].copy(),
        arr[:, 5].astype(np.int64),
        arr[:, 6].astype(np.int8),
        arr[:, 7].copy(),
    )
    return cols, units_list, h.hexdigest(), arr.shape[0]


#: grouped ledgers kept per open project: {(period, data key): arrays}, the latest one only
_GROUPED: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


def grouped_rows(project, period_id: int):
    """:func:`_grouped_rows`, kept while the ledger cannot have changed: keyed by the activities'
    data version, SQLite's ``PRAGMA data_version`` (another connection committed) and this
    connection's ``total_changes`` (any write through it). The footprint's staleness and boundary
    checks and the K-ETS activity totals of one document load then read the ledger once."""
    conn = project.conn
    key = (
        period_id,
        project.data_version(["activities"]),
        conn.execute("PRAGMA data_version").fetchone()[0],
        conn.total_changes,
    )
    memo = _GROUPED.setdefault(project, {})
    if key not in memo:
        memo.clear()
        result = _grouped_rows(project, period_id)
        for a in (*result[0], result[4]):
            a.flags.writeable = False  # shared by every caller until the ledger changes
        memo[key] = result
    return memo[key]


def _grouped_rows(project, period_id: int):
    """Arrays of (source, site, date, unit) groups with summed quantity, aggregated by SQLite:
    (columns, unit names, digest, row count, rows per group)."""
    data = project.conn.execute(
        "SELECT source_id, coalesce(site_id, -1), date_start, unit, total(quantity), count(*)"
        " FROM activities WHERE period_id = ? GROUP BY source_id, site_id, date_start, unit",
        (period_id,),
    ).fetchall()
    n = len(data)
    units: dict[str, int] = {}
    src = np.fromiter((r[0] for r in data), dtype=np.int64, count=n)
    site = np.fromiter((r[1] for r in data), dtype=np.int64, count=n)
    month = np.fromiter((int(r[2][:4]) * 12 + int(r[2][5:7]) - 1 for r in data), dtype=np.int64, count=n)
    qty = np.fromiter((r[4] for r in data), dtype=np.float64, count=n)
    unit = np.fromiter((units.setdefault(r[3], len(units)) for r in data), dtype=np.int64, count=n)
    count = np.fromiter((r[5] for r in data), dtype=np.int64, count=n)
    units_list = list(units)
    h = hashlib.sha256(b"grouped")
    for a in (src, site, month, qty, unit, count):
        h.update(a.tobytes())
    h.update(json.dumps(units_list).encode())
    cols = (src, site, month, qty, unit, np.zeros(n, np.int8), np.zeros(n))
    return cols, units_list, h.hexdigest(), int(count.sum()), count


def _numeric_rows(project, period_id: int, units_list: list[str]) -> np.ndarray:
    """(n, 8) float64: id, source_id, site_id (-1), month code, quantity, unit code (-1 = other),
    uncertainty code, uncertainty pct."""
    unit_case = (
        "CASE unit " + " ".join(f"WHEN ? THEN {i}" for i in range(len(units_list))) + " ELSE -1 END"
        if units_list
        else "-1"
    )
    dist_case = (
        "CASE unc_dist " + " ".join(f"WHEN '{k}' THEN {v}" for k, v in UNC_CODES.items()) + " ELSE 0 END"
    )
    data = project.conn.execute(
        "SELECT id, source_id, coalesce(site_id, -1),"
        " CAST(substr(date_start, 1, 4) AS INTEGER) * 12 + CAST(substr(date_start, 6, 2) AS INTEGER) - 1,"
        f" quantity, {unit_case}, {dist_case}, coalesce(unc_pct, 0.0)"
        " FROM activities WHERE period_id = ? ORDER BY id",
        (*units_list, period_id),
    ).fetchall()
    return np.array(data, dtype=np.float64).reshape(len(data), 8)


def _conversion(units: dict, sources: list[SourceInfo], factors: list[Factor], row_src, unit_a, keep):
    from lca.units import UnitError, conversion_factor

    n = len(unit_a)
    if n == 0:
        return np.ones(0)
    unit_names = sorted(units, key=units.get)
    src_target = [factors[s.factor].unit if s.factor >= 0 else (s.unit or "") for s in sources]
    target_names = sorted(set(src_target))
    t_code = {t: i for i, t in enumerate(target_names)}
    src_t = np.array([t_code[t] for t in src_target], dtype=np.int64) if sources else np.zeros(1, np.int64)
    pair = unit_a * len(target_names) + src_t[np.maximum(row_src, 0)]
    pair = np.where(keep, pair, -1)
    conv = np.ones(n)
    for code in np.unique(pair[pair >= 0]):
        u = unit_names[code // len(target_names)]
        t = target_names[code % len(target_names)]
        if not t:
            continue  # source without factor or unit: reported as missing factor
        try:
            c = conversion_factor(u, t)
        except UnitError as exc:
            rows = np.nonzero(pair == code)[0]
            src = sources[row_src[rows[0]]].code
            raise ProjectError(
                f"source '{src}': {rows.size} activity row(s) in '{u}' cannot convert to the factor's unit "
                f"'{t}': {exc}"
            ) from None
        conv[pair == code] = c
    return conv
