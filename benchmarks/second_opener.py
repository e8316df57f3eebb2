"""A second user opens the project while another process imports 1,000,000 activity rows.

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/second_opener.py [--rows 1000000]

A child process runs ``cnw import-activities`` on a CSV of ``--rows`` rows. While its write
transaction is open (its journal exists and the import has not finished), this process opens the
same file for editing (must get read-only mode naming the holder), opens it read-only, and runs
``cnw info`` as a separate process. Each figure is printed next to the baseline measured in the
same moment: a bare ``sqlite3`` connection reading ``SELECT count(*) FROM activities``.
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks._util import Timer, table  # noqa: E402


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--rows", type=int, default=1_000_000)
    args = ap.parse_args(argv)

    from workbench import new_project, open_project
    from workbench.services import boundary

    work = Path(tempfile.mkdtemp(prefix="cnw-second-opener-"))
    path = work / "busy.cnw"
    p = new_project(path, "Busy Co.")
    boundary.add_site(p, "S1", "Seoul")
    boundary.add_source(p, "ELEC", "Electricity", 2, site="S1", unit="kWh")
    p.close()
    csv_path = work / "rows.csv"
    with open(csv_path, "w", encoding="utf-8") as fh:
        fh.write("source,site,date,quantity,unit\n")
        for i in range(args.rows):
            fh.write(f"ELEC,S1,2025-{i % 12 + 1:02d},{i % 97 + 1},kWh\n")
    cnw = str(Path(sys.executable).with_name("cnw"))
    child = subprocess.Popen([cnw, "import-activities", str(path), str(csv_path)], stdout=subprocess.DEVNULL)
    t0 = time.monotonic()
    probe = sqlite3.connect(path, timeout=0, isolation_level=None)
    in_write = 0.0
    while child.poll() is None:  # wait until the import's write transaction is open (SQLite's
        try:  # RESERVED lock: our own BEGIN IMMEDIATE is refused), not while it still validates
            probe.execute("BEGIN IMMEDIATE")
            probe.execute("ROLLBACK")
            in_write = 0.0
        except sqlite3.OperationalError:
            in_write = in_write or time.monotonic()
            if time.monotonic() - in_write > 1.0:  # busy for a second: the import's transaction
                break
        time.sleep(0.02)
    probe.close()
    if child.poll() is not None:
        raise SystemExit("the import finished before the second opener could try; use more --rows")
    rows = []
    with Timer() as base:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        committed = conn.execute("SELECT count(*) FROM activities").fetchone()[0]
        conn.close()
    with Timer() as edit:
        q = open_project(path, user="second user")
    reason = q.read_only_reason
    q.close()
    rows.append(
        ("open for editing", f"{edit.seconds * 1000:.0f} ms", f"{base.seconds * 1000:.1f} ms", reason)
    )
    with Timer() as read:
        q = open_project(path, mode="read")
    holder = q.lock_holder.describe() if q.lock_holder else "none"
    q.close()
    rows.append(("open read-only", f"{read.seconds * 1000:.0f} ms", "", f"holder: {holder}"))
    with Timer() as info:
        out = subprocess.run([cnw, "info", str(path)], capture_output=True, text=True)
    rows.append(
        (
            "cnw info (new process)",
            f"{info.seconds * 1000:.0f} ms",
            "",
            f"exit {out.returncode}, traceback: {'yes' if 'Traceback' in out.stderr else 'no'}",
        )
    )
    still = child.poll() is None
    child.wait()
    print(f"{args.rows:,} rows being imported by pid {child.pid}; committed rows seen meanwhile: {committed}")
    print(
        f"import's write transaction open during every measurement: {still}; "
        f"the import took {time.monotonic() - t0:.1f} s"
    )
    print(table(rows, ("second opener", "time", "bare SELECT", "result")))
    os.remove(csv_path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
