"""UI start-up benchmark: cold start to a shown main window, and opening a 1,000,000-row project to
a painted ledger, each next to `python -c "import PySide6.QtWidgets"` measured in the same run.

    .venv/bin/python benchmarks/ui_start.py            # 1,000,000 ledger rows, 5 repeats
    .venv/bin/python benchmarks/ui_start.py --quick    # 100,000 rows, 2 repeats

Targets (issue 9): start under 2 s; open under 1 s beyond the Qt import. Every figure is the
median wall time of fresh processes (offscreen Qt, Brightway loading in the background as in the
app). Printed, not asserted.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

CHILD_START = r"""
import sys, time
t0 = time.perf_counter()
from workbench.ui.app import create_app
from workbench.ui.main_window import MainWindow
from PySide6.QtCore import QTimer
app = create_app()
w = MainWindow(load_brightway=True)
w.show()
def shown():
    # sys.__stdout__: the Brightway setup in the background redirects sys.stdout while it runs
    print(f"shown {time.perf_counter() - t0:.4f}", file=sys.__stdout__, flush=True)
    w.close()
    app.quit()
QTimer.singleShot(0, shown)
app.exec()
"""

CHILD_OPEN = r"""
import sys, time
from workbench.ui.app import create_app
from workbench.ui.main_window import MainWindow
app = create_app()
w = MainWindow(load_brightway=False)
w.resize(1280, 800)
w.show()
app.processEvents()
t0 = time.perf_counter()
w.open_path(sys.argv[1], mode="read")
w.show_step("inventory")
view = w.pages["inventory"].table
view.viewport().repaint()
app.processEvents()
elapsed = time.perf_counter() - t0
model = w.pages["inventory"].model
print(f"open {elapsed:.4f} rows {model.rowCount()} read {model.rows_read}", file=sys.__stdout__, flush=True)
w.close()
"""


def run(args: list[str], env: dict, expect: str | None = None) -> tuple[float, str]:
    t = time.perf_counter()
    out = subprocess.run(args, env=env, cwd=ROOT, capture_output=True, text=True)
    wall = time.perf_counter() - t
    if out.returncode != 0 or (expect and expect not in out.stdout):
        raise SystemExit(f"child process failed (exit {out.returncode}):\n{out.stdout}\n{out.stderr}")
    return wall, out.stdout


def run_until(args: list[str], env: dict, marker: str) -> tuple[float, str]:
    """Wall time from process launch until it prints a line starting with `marker` (then let it exit)."""
    t = time.perf_counter()
    proc = subprocess.Popen(
        args, env=env, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    line = ""
    for line in proc.stdout:
        if line.startswith(marker):
            break
    wall = time.perf_counter() - t
    _out, err = proc.communicate()
    if not line.startswith(marker):
        raise SystemExit(f"child process failed (exit {proc.returncode}):\n{err}")
    return wall, line


def median(xs):
    return statistics.median(xs)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--quick", action="store_true", help="100,000 rows and 2 repeats")
    ap.add_argument("--rows", type=int, default=None)
    ap.add_argument("--repeats", type=int, default=None)
    a = ap.parse_args(argv)
    rows = a.rows or (100_000 if a.quick else 1_000_000)
    repeats = a.repeats or (2 if a.quick else 5)
    py = sys.executable
    tmp = Path(tempfile.mkdtemp(prefix="cnw-bench-ui-"))
    env = dict(
        os.environ,
        QT_QPA_PLATFORM="offscreen",
        PYTHONPATH=str(ROOT),
        BRIGHTWAY2_DIR=os.environ.get("BRIGHTWAY2_DIR", str(tmp / "bw")),
        XDG_CONFIG_HOME=str(tmp / "config"),
        MPLBACKEND="Agg",
    )

    print(f"UI benchmark: {rows:,} ledger rows, {repeats} repeats, median wall time of fresh processes")
    print(f"building the {rows:,}-row project ...", flush=True)
    sys.path.insert(0, str(ROOT))
    from tests.helpers.ui import make_ledger_project

    t = time.perf_counter()
    project = tmp / "ledger.cnw"
    make_ledger_project(project, rows).close()
    print(f"  built in {time.perf_counter() - t:.1f} s ({project.stat().st_size / 1e6:.0f} MB)")

    qt_import, start_wall, start_inner, open_inner, open_wall = [], [], [], [], []
    read = None
    for _ in range(repeats):
        qt_import.append(run([py, "-c", "import PySide6.QtWidgets"], env)[0])
        wall, out = run_until([py, "-c", CHILD_START], env, "shown ")
        start_wall.append(wall)
        start_inner.append(float(out.split("shown ")[1].split()[0]))
        wall, out = run([py, "-c", CHILD_OPEN, str(project)], env, "open ")
        open_wall.append(wall)
        parts = out[out.index("open ") :].split()
        open_inner.append(float(parts[1]))
        read = (int(parts[3]), int(parts[5]))
    q = median(qt_import)
    s_wall, s_in = median(start_wall), median(start_inner)
    o_in, o_wall = median(open_inner), median(open_wall)
    print()
    label = 'baseline: python -c "import PySide6.QtWidgets"'
    print(f"{label:58} {q:7.3f} s")
    print(
        f"{'cold start to shown main window (launch to first paint)':58} {s_wall:7.3f} s   "
        f"{s_wall / q:5.2f} x baseline   target < 2 s: {'met' if s_wall < 2 else 'NOT met'}"
    )
    print(f"{'  of which import + window inside the process':58} {s_in:7.3f} s")
    print(
        f"{f'open {rows:,}-row project to a painted ledger':58} {o_in:7.3f} s   "
        f"{o_in / q:5.2f} x baseline   target < 1 s beyond the Qt import: {'met' if o_in < 1 else 'NOT met'}"
    )
    print(f"{'  (whole process: start, open, paint, exit)':58} {o_wall:7.3f} s")
    print(f"  ledger rows in the model: {read[0]:,}; rows read from SQLite to paint: {read[1]:,}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
