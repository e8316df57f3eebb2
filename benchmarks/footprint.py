"""Footprint benchmark (printed, not asserted).

Default: 1,000,000 ledger rows over 2,000 factors and 50 sites, full footprint with all
breakdowns from the project file, next to (a) a bare SELECT of the same rows and (b) a naive
row-by-row pint loop over 10,000 rows, extrapolated; all measured in this run. Then Monte Carlo,
1,000 iterations on 10,000 rows. Targets: within 3x of the bare SELECT, at least 50x faster than
the naive loop, peak memory under 1.5 GB; Monte Carlo under 10 s.

    .venv/bin/python benchmarks/footprint.py [--quick] [--keep DIR]

The project files and a Brightway folder are made in a temporary directory.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

UNITS = [("MWh", ["MWh", "kWh"]), ("gallon", ["L", "gallon"]), ("kg", ["kg", "t"]), ("scf", ["Nm3", "scf"])]


def build(path: Path, n_rows: int, n_factors: int, n_sites: int, unc: bool = False):
    """A project with n_factors user factors, one source per factor, n_rows monthly rows."""
    import numpy as np

    from workbench import new_project

    rng = np.random.default_rng(1)
    p = new_project(path, "Benchmark Co.", period_start="2025-01-01", period_end="2025-12-31")
    pid = p.current_period()["id"]
    with p.action("benchmark setup") as tx:
        tx.insert_many("sites", ["code", "name"], ((f"S{i:03d}", f"Site {i}") for i in range(n_sites)))
        factors = []
        for i in range(n_factors):
            unit, _ = UNITS[i % len(UNITS)]
            gases = {"CO2": float(rng.uniform(0.1, 3.0)), "CH4": float(rng.uniform(0, 1e-3)), "N2O": 1e-5}
            if i % 50 == 0:
                gases = {"HFC-134a": 1.0}
            factors.append(
                (
                    f"bench.f{i:05d}",
                    f"Benchmark factor {i}",
                    unit,
                    json.dumps(gases),
                    "benchmark (synthetic)",
                    "user",
                    "none",
                    "2025-01-01T00:00:00+00:00",
                    "bench",
                )
            )
        tx.insert_many(
            "factor_copies",
            ["factor_id", "name", "unit", "gases", "source", "origin", "unc_dist", "added_at", "added_by"],
            factors,
        )
        srcs = []
        for i in range(n_factors):
            scope = 1 + i % 3
            srcs.append(
                (
                    f"SRC{i:05d}",
                    f"Source {i}",
                    scope,
                    1 + i % 15 if scope == 3 else None,
                    {1: 1, 2: 2, 3: 4}[scope],
                    1 + i % n_sites,
                    UNITS[i % len(UNITS)][0],
                    f"bench.f{i:05d}",
                )
            )
        tx.insert_many(
            "sources",
            ["code", "name", "scope", "s3_category", "iso_category", "site_id", "unit", "factor_id"],
            srcs,
        )

        def rows():
            src = rng.integers(0, n_factors, n_rows)
            qty = rng.uniform(1, 1000, n_rows)
            month = rng.integers(1, 13, n_rows)
            alt = rng.integers(0, 2, n_rows)
            for k in range(n_rows):
                s = int(src[k])
                unit = UNITS[s % len(UNITS)][1][int(alt[k])]
                m = int(month[k])
                yield (
                    s + 1,
                    1 + s % n_sites,
                    pid,
                    f"2025-{m:02d}-01",
                    f"2025-{m:02d}-28",
                    float(qty[k]),
                    unit,
                    "normal" if unc else "none",
                    5.0 if unc else None,
                )

        tx.insert_many(
            "activities",
            [
                "source_id",
                "site_id",
                "period_id",
                "date_start",
                "date_end",
                "quantity",
                "unit",
                "unc_dist",
                "unc_pct",
            ],
            rows(),
        )
    return p


def bare_select(p) -> float:
    pid = p.current_period()["id"]
    t = time.perf_counter()
    rows = p.conn.execute(
        "SELECT id, source_id, site_id, date_start, quantity, unit, unc_dist, unc_pct FROM activities"
        " WHERE period_id = ? ORDER BY id",
        (pid,),
    ).fetchall()
    dt = time.perf_counter() - t
    del rows
    return dt


def naive_loop(p, n: int) -> float:
    """Row by row: pint conversion to the factor's unit and a per-row CO2e sum."""
    from lca.gwp import gwp
    from lca.units import normalise, registry

    ureg = registry()
    factors = {
        r["factor_id"]: (r["unit"], json.loads(r["gases"])) for r in p.rows("SELECT * FROM factor_copies")
    }
    src = {r["id"]: r["factor_id"] for r in p.rows("SELECT id, factor_id FROM sources")}
    rows = p.conn.execute("SELECT source_id, quantity, unit FROM activities LIMIT ?", (n,)).fetchall()
    t = time.perf_counter()
    total = 0.0
    for sid, q, unit in rows:
        funit, gases = factors[src[sid]]
        qq = ureg.Quantity(q, normalise(unit)).to(normalise(funit)).magnitude
        total += sum(qq * a * gwp(g, "AR6") for g, a in gases.items())
    return time.perf_counter() - t


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument(
        "--quick", action="store_true", help="100,000 rows, 200 factors, 10 sites; MC 200 iterations"
    )
    ap.add_argument("--keep", help="build the files in this folder and keep them")
    a = ap.parse_args()
    n_rows, n_factors, n_sites, mc_iter = (
        (100_000, 200, 10, 200) if a.quick else (1_000_000, 2_000, 50, 1_000)
    )
    work = Path(a.keep) if a.keep else Path(tempfile.mkdtemp(prefix="cnw-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    os.environ.setdefault("BRIGHTWAY2_DIR", str(work / "brightway"))
    Path(os.environ["BRIGHTWAY2_DIR"]).mkdir(parents=True, exist_ok=True)

    from lca import bw_setup
    from workbench.services import footprint
    from workbench.services.footprint import core as footprint_core

    t = time.perf_counter()
    bw_setup.ensure_setup()
    print(f"Brightway minimal setup:              {time.perf_counter() - t:8.2f} s")
    t = time.perf_counter()
    p = build(work / "bench.cnw", n_rows, n_factors, n_sites)
    print(
        f"built {n_rows:,} rows / {n_factors:,} factors / {n_sites} sites in {time.perf_counter() - t:.1f} s "
        f"({(work / 'bench.cnw').stat().st_size / 1e6:.0f} MB)"
    )
    sel = min(bare_select(p) for _ in range(2))
    t = time.perf_counter()
    r = footprint.calculate(p, store=False)
    first = time.perf_counter() - t
    t = time.perf_counter()
    r = footprint.calculate(p)
    warm = time.perf_counter() - t
    from lca.footprint import compute

    t = time.perf_counter()
    prep = footprint_core._prepare(p, None, rows=True)
    compute(prep["ledger"], prep["gwp_set"], prep["instruments"], prep["basis"], prep["intensity"])
    row_path = time.perf_counter() - t
    del prep
    t = time.perf_counter()
    stale = footprint.latest(p).stale
    lat = time.perf_counter() - t
    n_naive = 10_000
    naive = naive_loop(p, n_naive) * (n_rows / n_naive)
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"bare SELECT of the rows (baseline):   {sel:8.2f} s")
    print(f"footprint, first (writes BW factor db):{first:7.2f} s")
    print(
        f"footprint, all breakdowns, stored:    {warm:8.2f} s   ratio to bare SELECT {warm / sel:5.2f}x "
        "(target <= 3x)"
    )
    print(
        f"naive pint loop, extrapolated:        {naive:8.2f} s   footprint is {naive / warm:6.0f}x faster "
        "(target >= 50x)"
    )
    print(
        f"same, reading every row (files without the index; Monte Carlo's read): {row_path:.2f} s, "
        f"{row_path / sel:.2f}x the bare SELECT"
    )
    print(f"latest() incl. staleness check:       {lat:8.2f} s   (stale={stale})")
    print(f"peak RSS of this process:             {peak_mb:8.0f} MB  (target < 1536 MB)")
    print(
        f"total {r.total:,.1f} tCO2e over {r.rows:,} rows; {len(r.by_source)} sources, {len(r.by_site)} sites, "
        f"{len(r.by_month)} months, {len(r.by_gas)} gases"
    )
    p.close()

    t = time.perf_counter()
    q = build(work / "mc.cnw", 10_000, min(n_factors, 500), 10, unc=True)
    build_t = time.perf_counter() - t
    footprint.calculate(q)
    t = time.perf_counter()
    det = footprint.calculate(q, store=False).total
    det_t = time.perf_counter() - t
    t = time.perf_counter()
    mc = footprint.monte_carlo(q, mc_iter, seed=42)
    mc_t = time.perf_counter() - t
    q.close()
    print(
        f"Monte Carlo {mc_iter:,} iterations on 10,000 rows: {mc_t:6.2f} s (target < 10 s); deterministic "
        f"calc {det_t:.2f} s; ratio {mc_t / det_t:.1f}x; built in {build_t:.1f} s"
    )
    print(
        f"  total {det:,.1f} t; mean {mc['total']['mean']:,.1f}; 95 % {mc['total']['p2_5']:,.1f} .. "
        f"{mc['total']['p97_5']:,.1f}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
