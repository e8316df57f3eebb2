"""Organisation Monte Carlo benchmark (printed, not asserted): 1,000 iterations over 1,000,000 ledger
rows, target under 10 s and under 2 GB (issue 14, deliverable 7).

Setup (not timed): a project file with 2,000 factor copies (each with its own uncertainty, normal
or lognormal), one source per factor over 50 sites, and 1,000,000 monthly activity rows whose
activity uncertainty cycles through normal, lognormal, uniform and triangular; one row in ten
(lognormal or none) carries pedigree scores, so the data-quality path is timed too.

Timed in one fresh interpreter (its peak RSS is the memory figure), in the same run:

- the baseline: a bare ``SELECT`` of the rows' columns the footprint reads, and the deterministic
  footprint of the same ledger (``footprint.calculate(store=False)``);
- ``footprint.monte_carlo(project, 1000, seed=42)`` under the default model (one draw per factor,
  one per source), stored as the workbench stores it (reading every row, pedigree included).

    .venv/bin/python benchmarks/montecarlo.py [--quick] [--keep DIR]

``--quick``: 100,000 rows, 200 factors, 200 iterations. The file is built in a temporary folder,
removed afterwards unless ``--keep`` is given.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks._util import run_child, table  # noqa: E402

UNITS = [("MWh", ["MWh", "kWh"]), ("gallon", ["L", "gallon"]), ("kg", ["kg", "t"]), ("scf", ["Nm3", "scf"])]
DISTS = ("normal", "lognormal", "uniform", "triangular")
PED_COLS = ["ped_reliability", "ped_completeness", "ped_temporal", "ped_geographical", "ped_technological"]


def build(path: Path, n_rows: int, n_factors: int, n_sites: int) -> None:
    import numpy as np

    from workbench import new_project

    rng = np.random.default_rng(7)
    p = new_project(path, "Monte Carlo Benchmark Co.", period_start="2025-01-01", period_end="2025-12-31")
    pid = p.current_period()["id"]
    with p.action("benchmark setup") as tx:
        tx.insert_many("sites", ["code", "name"], ((f"S{i:03d}", f"Site {i}") for i in range(n_sites)))
        factors = []
        for i in range(n_factors):
            unit, _ = UNITS[i % len(UNITS)]
            gases = {"CO2": float(rng.uniform(0.1, 3.0)), "CH4": float(rng.uniform(0, 1e-3)), "N2O": 1e-5}
            factors.append(
                (
                    f"bench.f{i:05d}",
                    f"Benchmark factor {i}",
                    unit,
                    json.dumps(gases),
                    "benchmark (synthetic)",
                    "user",
                    "normal" if i % 2 else "lognormal",
                    float(3 + i % 20),
                    "2025-01-01T00:00:00+00:00",
                    "bench",
                )
            )
        tx.insert_many(
            "factor_copies",
            [
                "factor_id",
                "name",
                "unit",
                "gases",
                "source",
                "origin",
                "unc_dist",
                "unc_pct",
                "added_at",
                "added_by",
            ],
            factors,
        )
        tx.insert_many(
            "sources",
            ["code", "name", "scope", "s3_category", "iso_category", "site_id", "unit", "factor_id"],
            (
                (
                    f"SRC{i:05d}",
                    f"Source {i}",
                    1 + i % 3,
                    1 + i % 15 if i % 3 == 2 else None,
                    {0: 1, 1: 2, 2: 4}[i % 3],
                    1 + i % n_sites,
                    UNITS[i % len(UNITS)][0],
                    f"bench.f{i:05d}",
                )
                for i in range(n_factors)
            ),
        )

        def rows():
            src = rng.integers(0, n_factors, n_rows)
            qty = rng.uniform(1, 1000, n_rows)
            month = rng.integers(1, 13, n_rows)
            alt = rng.integers(0, 2, n_rows)
            ped = rng.integers(1, 6, (n_rows, 5))
            for k in range(n_rows):
                s = int(src[k])
                m = int(month[k])
                # the source's distribution; +/- 2..12 %; pedigree on every tenth row of the
                # lognormal sources (and of rows without activity uncertainty)
                dist = DISTS[s % 4] if k % 7 else "none"
                scored = k % 10 == 0 and dist in ("lognormal", "none")
                scores = tuple(int(v) for v in ped[k]) if scored else (None,) * 5
                yield (
                    s + 1,
                    1 + s % n_sites,
                    pid,
                    f"2025-{m:02d}-01",
                    f"2025-{m:02d}-28",
                    float(qty[k]),
                    UNITS[s % len(UNITS)][1][int(alt[k])],
                    dist,
                    None if dist == "none" else float(2 + s % 11),
                    *scores,
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
                *PED_COLS,
            ],
            rows(),
        )
    p.close()


CHILD = r"""
import sys, time
sys.path.insert(0, {root!r})
def main(path, iterations):
    import workbench
    from lca import bw_setup
    from workbench.services import footprint
    bw_setup.ensure_setup()
    p = workbench.open_project(path)
    pid = p.current_period()["id"]
    sel = []
    for _ in range(2):
        t = time.perf_counter()
        rows = p.conn.execute(
            "SELECT id, source_id, site_id, date_start, quantity, unit, unc_dist, unc_pct FROM activities"
            " WHERE period_id = ? ORDER BY id", (pid,)).fetchall()
        sel.append(time.perf_counter() - t)
        n = len(rows)
        del rows
    footprint.calculate(p, store=False)  # the factor database written once (not timed)
    t = time.perf_counter()
    det = footprint.calculate(p, store=False)
    det_t = time.perf_counter() - t
    t = time.perf_counter()
    mc = footprint.monte_carlo(p, int(iterations), seed=42)
    mc_t = time.perf_counter() - t
    again = footprint.latest_monte_carlo(p)
    p.close()
    return {{
        "rows": n, "select_s": min(sel), "det_s": det_t, "mc_s": mc_t, "det_total": det.total,
        "mc": mc["total"], "model": mc["model"], "stored_stale": again["stale"],
        "pedigree_rows": mc.get("pedigree", {{}}).get("rows", 0),
        "top_sources": mc["contributions"]["sources"][:3], "top_factors": mc["contributions"]["factors"][:3],
        "mc_rows": mc["rows"],
    }}
"""


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--quick", action="store_true", help="100,000 rows, 200 factors; 200 iterations")
    ap.add_argument("--keep", help="build the file in this folder and keep it")
    a = ap.parse_args()
    n_rows, n_factors, n_sites, iterations = (
        (100_000, 200, 10, 200) if a.quick else (1_000_000, 2_000, 50, 1_000)
    )
    work = Path(a.keep) if a.keep else Path(tempfile.mkdtemp(prefix="cnw-bench-mc-"))
    work.mkdir(parents=True, exist_ok=True)
    os.environ.setdefault("BRIGHTWAY2_DIR", str(work / "brightway"))
    Path(os.environ["BRIGHTWAY2_DIR"]).mkdir(parents=True, exist_ok=True)
    path = work / "mc.cnw"
    if not path.exists():
        t = time.perf_counter()
        build(path, n_rows, n_factors, n_sites)
        print(
            f"built {n_rows:,} rows / {n_factors:,} factors / {n_sites} sites in {time.perf_counter() - t:.1f} s "
            f"({path.stat().st_size / 1e6:.0f} MB)"
        )
    r = run_child(CHILD.format(root=str(ROOT)), str(path), str(iterations))
    print(
        table(
            [
                ("bare SELECT of the rows (baseline)", f"{r['select_s']:.2f} s", "1.00x"),
                (
                    "deterministic footprint, same ledger",
                    f"{r['det_s']:.2f} s",
                    f"{r['det_s'] / r['select_s']:.2f}x",
                ),
                (
                    f"Monte Carlo {iterations:,} iterations, stored",
                    f"{r['mc_s']:.2f} s",
                    f"{r['mc_s'] / r['select_s']:.2f}x",
                ),
                ("peak RSS of the process", f"{r['peak_mb']:.0f} MB", ""),
            ],
            ("step", "time", "vs SELECT"),
        )
    )
    ok_t, ok_m = r["mc_s"] < 10, r["peak_mb"] < 2048
    print(
        f"targets: Monte Carlo < 10 s: {'met' if ok_t else 'NOT met'}; peak < 2 GB: {'met' if ok_m else 'NOT met'}; "
        f"Monte Carlo / deterministic footprint {r['mc_s'] / r['det_s']:.1f}x"
    )
    mc = r["mc"]
    print(
        f"{r['rows']:,} rows ({r['mc_rows']:,} in the Monte Carlo, {r['pedigree_rows']:,} with pedigree scores); "
        f"deterministic {r['det_total']:,.1f} t; mean {mc['mean']:,.1f} t; 95 % {mc['p2_5']:,.1f} .. "
        f"{mc['p97_5']:,.1f} t; model {r['model']['factors']} / activity per {r['model']['activity']}; "
        f"stored result current: {not r['stored_stale']}"
    )
    for kind in ("sources", "factors"):
        top = ", ".join(f"{c['name']} {c['share']:.1%}" for c in r[f"top_{kind}"])
        print(f"  top {kind} by variance share: {top}")
    if not a.keep:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
