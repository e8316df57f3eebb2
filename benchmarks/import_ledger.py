"""Benchmark: import 1,000,000 activity rows from CSV (with unit and date validation) into a .cnw
file, next to a bare ``sqlite3`` executemany insert of the same rows, in the same run.

Target (issue 2): the import within 3x of the bare insert; peak memory under 1 GB.
Usage: python benchmarks/import_ledger.py [--rows N] [--quick]
"""

from __future__ import annotations

import argparse
import csv
import os
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _util import run_child, table  # noqa: E402

UNITS = [
    ("ELEC", "kWh"),
    ("ELEC", "MWh"),
    ("GAS", "Nm3"),
    ("GAS", "m3"),
    ("DSL", "L"),
    ("DSL", "litre"),
    ("FRT", "tonne_km"),
    ("AIR", "passenger_km"),
]


def make_csv(path: Path, n: int) -> None:
    with open(path, "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["source", "site", "date", "quantity", "unit", "description", "reference"])
        for i in range(n):
            src, unit = UNITS[i % len(UNITS)]
            w.writerow(
                [
                    src,
                    f"S{i % 50:02d}",
                    f"2025-{i % 12 + 1:02d}",
                    f"{(i * 7919) % 100000 / 10:.1f}",
                    unit,
                    "meter reading",
                    f"INV-{i:07d}",
                ]
            )


WORKBENCH = r"""
import time, workbench
from workbench.services import boundary, inventory
def main(csv_path, cnw_path):
    p = workbench.new_project(cnw_path, "Bench Co")
    for i in range(50):
        boundary.add_site(p, f"S{i:02d}", f"Site {i}")
    for code, scope, unit in [("ELEC", 2, "MWh"), ("GAS", 1, "Nm3"), ("DSL", 1, "L")]:
        boundary.add_source(p, code, code, scope, unit=unit)
    boundary.add_source(p, "FRT", "freight", 3, s3_category=4, unit="tonne_km")
    boundary.add_source(p, "AIR", "air", 3, s3_category=6, unit="passenger_km")
    t = time.perf_counter()
    res = inventory.import_activities(p, csv_path)
    dt = time.perf_counter() - t
    p.close()
    return {"seconds": dt, "rows": res.rows}
"""

BARE = r"""
import csv, sqlite3, time
def main(csv_path, db_path, same_schema):
    conn = sqlite3.connect(db_path)
    if same_schema == "1":
        # the workbench's own full schema (tables, indexes, constraints), no validation, no audit
        from workbench.project import schema
        conn.isolation_level = None
        schema.apply(conn, 0)
        conn.isolation_level = ""  # back to one transaction for the whole insert
        ids = {"ELEC": 1, "GAS": 2, "DSL": 3, "FRT": 4, "AIR": 5}
        sql = ("INSERT INTO activities (source_id, site_id, period_id, date_start, date_end, quantity, unit, "
               "description, reference, unc_dist) VALUES (?,?,?,?,?,?,?,?,?,?)")
        conv = lambda r: (ids[r[0]], int(r[1][1:]) + 1, 1, r[2] + "-01", r[2] + "-28", r[3], r[4], r[5], r[6], "none")
    else:
        conn.execute("CREATE TABLE activities (id INTEGER PRIMARY KEY, source TEXT, site TEXT, date TEXT, quantity REAL, unit TEXT, description TEXT, reference TEXT)")
        sql = "INSERT INTO activities (source, site, date, quantity, unit, description, reference) VALUES (?,?,?,?,?,?,?)"
        conv = None
    t = time.perf_counter()
    with open(csv_path, newline="", encoding="utf-8") as fh:
        r = csv.reader(fh); next(r)
        conn.executemany(sql, map(conv, r) if conv else r)
    conn.commit()
    dt = time.perf_counter() - t
    n = conn.execute("SELECT count(*) FROM activities").fetchone()[0]
    return {"seconds": dt, "rows": n}
"""


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--rows", type=int, default=1_000_000)
    ap.add_argument("--quick", action="store_true", help="100,000 rows")
    a = ap.parse_args()
    n = 100_000 if a.quick else a.rows
    with tempfile.TemporaryDirectory() as d:
        d = Path(d)
        make_csv(d / "ledger.csv", n)
        size_mb = os.path.getsize(d / "ledger.csv") / 1e6
        raw = run_child(BARE, str(d / "ledger.csv"), str(d / "raw.sqlite"), "0")
        bare = run_child(BARE, str(d / "ledger.csv"), str(d / "bare.sqlite"), "1")
        wb = run_child(WORKBENCH, str(d / "ledger.csv"), str(d / "bench.cnw"))
    assert wb["rows"] == bare["rows"] == raw["rows"] == n
    rows = [
        (
            "bare executemany, CSV strings into a plain table",
            f"{raw['seconds']:.2f}",
            f"{n / raw['seconds']:,.0f}",
            f"{raw['peak_mb']:.0f}",
            f"{raw['seconds'] / bare['seconds']:.2f}",
        ),
        (
            "bare executemany into the .cnw schema (baseline)",
            f"{bare['seconds']:.2f}",
            f"{n / bare['seconds']:,.0f}",
            f"{bare['peak_mb']:.0f}",
            "1.00",
        ),
        (
            "cnw import (validated, audited)",
            f"{wb['seconds']:.2f}",
            f"{n / wb['seconds']:,.0f}",
            f"{wb['peak_mb']:.0f}",
            f"{wb['seconds'] / bare['seconds']:.2f}",
        ),
    ]
    print(f"Import {n:,} activity rows ({size_mb:.0f} MB CSV)")
    print(table(rows, ("run", "seconds", "rows/s", "peak MB", "ratio")))
    ratio = wb["seconds"] / bare["seconds"]
    print(f"(ratio against the plain-table insert: {wb['seconds'] / raw['seconds']:.2f})")
    print(
        f"target: ratio <= 3.0 -> {'met' if ratio <= 3 else 'NOT met'} ({ratio:.2f}); "
        f"peak memory < 1024 MB -> {'met' if wb['peak_mb'] < 1024 else 'NOT met'} ({wb['peak_mb']:.0f} MB)"
    )


if __name__ == "__main__":
    main()
