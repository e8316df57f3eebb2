"""Group inventory from 200 subsidiary files of 10,000 ledger rows each (target < 30 s on two cores).

Setup (not timed): one subsidiary file is built through the services (sites, sources with factors,
10,000 activity rows in one action, the footprint calculated and stored), then copied; each copy
gets its own file id and organisation name and its footprint is recalculated and stored, so every
file is a real, distinct project with a current stored footprint. The group file holds one
entity per subsidiary (mixed equity shares), equity share approach.

Timed, in the same run:

- ``consolidation.consolidate`` of all files: each opened read-only (header, quick_check, lock
  read), its stored footprint checked current, its snapshot hash computed (every row read), its
  verification state read, its totals by scope, category, gas and site brought in at the share;
  serial, and with a pool of ``--workers`` processes reading the files (the group file is written
  by the parent in one action);
- the baseline: a plain loop that opens each file with sqlite3 and runs
  ``SELECT source_id, sum(quantity) FROM activities GROUP BY source_id``.

    python benchmarks/consolidation.py            # 200 x 10,000
    python benchmarks/consolidation.py --quick    # 20 x 2,000
"""

from __future__ import annotations

import argparse
import os
import shutil
import sqlite3
import sys
import tempfile
import time
import uuid
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks._util import table  # noqa: E402

_GROUP = None


def _template(path: Path, rows: int) -> None:
    from workbench import new_project
    from workbench.services import boundary, footprint
    from workbench.services.footprint.factors import assign_factor

    p = new_project(path, "Template Co")
    for s in range(5):
        boundary.add_site(p, code=f"S{s}", name=f"Site {s}")
    codes = [("ELEC", 2, "MWh", "kr.elec.grid.2023"), ("REF", 1, "kg", "refrig.hfc134a")]
    for code, scope, unit, factor in codes:
        boundary.add_source(p, code, code, scope, unit=unit)
        assign_factor(p, code, factor)
    src = {r["code"]: r["id"] for r in p.rows("SELECT id, code FROM sources")}
    sites = [r["id"] for r in p.rows("SELECT id FROM sites ORDER BY id")]
    period = p.current_period()["id"]

    def gen():
        for i in range(rows):
            m = i % 12 + 1
            code = "ELEC" if i % 10 else "REF"
            yield (
                src[code],
                sites[i % len(sites)],
                period,
                f"2025-{m:02d}-01",
                f"2025-{m:02d}-28",
                1.0 + (i % 7),
                "MWh" if code == "ELEC" else "kg",
            )

    with p.action(f"Benchmark ledger of {rows} rows") as tx:
        tx.insert_many(
            "activities",
            ["source_id", "site_id", "period_id", "date_start", "date_end", "quantity", "unit"],
            gen(),
        )
    footprint.calculate(p)
    p.close()


def _make_sub(args) -> str:
    template, path, name = args
    from workbench import open_project
    from workbench.services import boundary, footprint

    shutil.copy(template, path)
    with open_project(path) as p:
        with p.action("Benchmark copy: own file id") as tx:
            tx.execute("UPDATE meta SET value = ? WHERE key = 'file_id'", (str(uuid.uuid4()),), table="meta")
            tx.log("meta", None, "update", None, {"file_id": "new"})
        boundary.set_organisation(p, name=name)
        footprint.calculate(p)
    return str(path)


def _init(group_path: str) -> None:
    global _GROUP
    from workbench import open_project

    _GROUP = open_project(group_path, mode="read")


def _read(item):
    from workbench.services import consolidation

    path, period = item
    return consolidation.read_subsidiary(_GROUP, path, None, period)


def _pool_reader(workers: int):
    def reader(group, items, period):
        with ProcessPoolExecutor(workers, initializer=_init, initargs=(group.path,)) as pool:
            return list(pool.map(_read, [(p, period) for p, _ in items], chunksize=4))

    return reader


def _baseline(paths) -> float:
    t = time.perf_counter()
    for path in paths:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        conn.execute("SELECT source_id, sum(quantity) FROM activities GROUP BY source_id").fetchall()
        conn.close()
    return time.perf_counter() - t


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--files", type=int, default=200)
    ap.add_argument("--rows", type=int, default=10_000)
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--quick", action="store_true")
    a = ap.parse_args()
    if a.quick:
        a.files, a.rows = 20, 2_000
    from lca import bw_setup
    from workbench import new_project
    from workbench.services import boundary, consolidation, entities

    bw_setup.ensure_setup()
    work = Path(tempfile.mkdtemp(prefix="cnw-bench-consolidation-"))
    try:
        t = time.perf_counter()
        template = work / "template.cnw"
        _template(template, a.rows)
        jobs = [(template, work / f"sub{i:03d}.cnw", f"Sub {i:03d}") for i in range(a.files)]
        with ProcessPoolExecutor(a.workers) as pool:
            paths = list(pool.map(_make_sub, jobs))
        g = new_project(work / "group.cnw", "Group Holdings")
        boundary.set_subject(g, consolidation="equity share")
        for i in range(a.files):
            entities.add_entity(g, f"Sub {i:03d}", "subsidiary", equity_pct=[100, 60, 40, 25][i % 4])
        setup = time.perf_counter() - t
        print(f"setup: {a.files} files x {a.rows:,} rows in {setup:.1f} s (not timed below)")

        base = _baseline(paths)
        t = time.perf_counter()
        serial = consolidation.consolidate(g, paths)
        t_serial = time.perf_counter() - t
        t = time.perf_counter()
        par = consolidation.consolidate(g, paths, reader=_pool_reader(a.workers))
        t_par = time.perf_counter() - t
        base2 = _baseline(paths)
        inv = consolidation.group_inventory(g)
        assert [r["counted_total"] for r in serial] == [r["counted_total"] for r in par]
        assert all(r["figures"] == "stored" for r in par)
        g.close()
        b = min(base, base2)
        rows = [
            ("plain loop: sqlite3 + SELECT sum() GROUP BY", f"{b:.2f} s", "1.0x"),
            ("consolidate, serial", f"{t_serial:.2f} s", f"{t_serial / b:.1f}x"),
            (f"consolidate, {a.workers} processes", f"{t_par:.2f} s", f"{t_par / b:.1f}x"),
        ]
        print(table(rows, ("what", "time", "vs plain loop")))
        print(f"group total {inv['total']:,.1f} tCO2e from {len(inv['parts']) - 1} subsidiaries")
        print(f"target < 30 s: {'met' if min(t_par, t_serial) < 30 else 'NOT met'}")
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    os.environ.setdefault("MPLBACKEND", "Agg")
    main()
