"""Crash test: SIGKILL a real process at random moments of an import, a signing and a footprint
run, then check the project file the way a user would meet it.

    .venv/bin/python tools/crash_test.py --kills 100 [--seed 1] [--kinds import,sign,footprint]

Each kill runs one action in a child process on a fresh copy of a prepared file and kills it after
a random delay within the action's measured duration. Then the file must: open (not refused),
pass ``PRAGMA integrity_check`` and the audit chain (not corrupted), hold the action completely or
not at all (no partial action), and still hold every row committed before (no row lost).
``tests/test_project_crash.py`` runs a few kills of each kind; this script runs many.
"""

from __future__ import annotations

import argparse
import random
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

CHILD = r"""
import sys
kind, path, arg = sys.argv[1:4]
from workbench import open_project
if kind == "import":
    from workbench.services import inventory
    p = open_project(path)
    print("go", flush=True)
    inventory.import_activities(p, arg)
elif kind == "sign":
    from workbench.services import verification as v
    p = open_project(path, mode="verifier", user="Verifier V")
    key = v.load_key(arg)
    print("go", flush=True)
    v.sign(p, key, on="2026-01-31")
elif kind == "footprint":
    from workbench.services import footprint
    from lca.bw_setup import ensure_setup
    ensure_setup()
    p = open_project(path)
    print("go", flush=True)
    footprint.calculate(p, allow_missing=True)
p.close()
print("done", flush=True)
"""

KINDS = ("import", "sign", "footprint")
ROWS = 30000


@dataclass
class Outcome:
    kind: str
    delay: float
    finished: bool
    problems: list[str] = field(default_factory=list)


def _base(folder: Path, name: str):
    from workbench import new_project
    from workbench.services import boundary

    p = new_project(folder / name, "Crash Test Co.")
    boundary.add_site(p, "S1", "Seoul")
    boundary.add_source(p, "ELEC", "Electricity", 2, site="S1", unit="kWh")
    return p


def prepare(kind: str, folder: Path) -> tuple[Path, str]:
    """A file ready for ``kind`` and the child's argument (a CSV path or a key path)."""
    from workbench.services import inventory

    folder.mkdir(parents=True, exist_ok=True)
    p = _base(folder, f"{kind}.cnw")
    small = folder / "small.csv"
    small.write_text(
        "source,site,date,quantity,unit\n"
        + "".join(f"ELEC,S1,2025-{m:02d},{1000 + m},kWh\n" for m in range(1, 13)),
        encoding="utf-8",
    )
    inventory.import_activities(p, small)
    arg = ""
    if kind == "import":
        big = folder / "big.csv"
        with open(big, "w", encoding="utf-8") as fh:
            fh.write("source,site,date,quantity,unit\n")
            for i in range(ROWS):
                fh.write(f"ELEC,S1,2025-{i % 12 + 1:02d},{i % 97 + 1},kWh\n")
        arg = str(big)
    elif kind == "sign":
        from workbench.services import verification as v

        key_path = folder / "verifier.cnwkey"
        key = v.create_key(key_path, "Verifier V")
        with p.as_role("verifier", "Verifier V"):
            v.start(p, key, "Verifier V", "Crash Test Verification Co.", "none")
            v.set_plan(p, level="limited", criteria=["ISO14068-1"], objectives="crash test")
            v.set_opinion(p, "unmodified")
        arg = str(key_path)
    elif kind == "footprint":
        from workbench.services import footprint

        factor = next(f for f in footprint.load_library().values() if f.unit == "kWh")
        footprint.assign_factor(p, "ELEC", factor.id)
    path = Path(p.path)
    p.close()
    return path, arg


def _state(path: Path) -> dict:
    from workbench import open_project

    with open_project(path, mode="read") as p:
        count = lambda t: p.conn.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0]  # noqa: E731
        audit = p.rows("SELECT id, hash FROM audit_log ORDER BY id")
        return {
            "activities": count("activities"),
            "batches": count("import_batches"),
            "signoffs": count("signoff_signatures"),
            "results": count("cache_footprint") if _has(p, "cache_footprint") else 0,
            "audit": audit,
        }


def _has(p, table: str) -> bool:
    return p.one("SELECT 1 x FROM sqlite_master WHERE type = 'table' AND name = ?", (table,)) is not None


def check(kind: str, path: Path, before: dict) -> list[str]:
    """What a user would meet after the crash; an empty list when all is well."""
    from workbench import open_project
    from workbench.project.errors import ProjectError

    try:
        with open_project(path) as p:
            if p.read_only:
                return [f"opened read-only: {p.read_only_reason}"]
            ok = p.conn.execute("PRAGMA integrity_check").fetchone()[0]
            if ok != "ok":
                return [f"corrupted: integrity_check says {ok}"]
            report = p.audit_verify()
            if not report.ok:
                return [f"corrupted: audit chain: {report.message}"]
    except ProjectError as exc:
        return [f"refused: {exc}"]
    after = _state(path)
    problems = []
    kept = after["audit"][: len(before["audit"])]
    if kept != before["audit"]:
        problems.append("lost: audit rows committed before the crash changed or disappeared")
    if after["activities"] < before["activities"]:
        problems.append("lost: committed activity rows disappeared")
    if kind == "import":
        done = (after["activities"] - before["activities"], after["batches"] - before["batches"])
        if done not in ((0, 0), (ROWS, 1)):
            problems.append(f"partial import: {done[0]} rows and {done[1]} batch records")
    elif kind == "sign" and after["signoffs"] - before["signoffs"] not in (0, 1):
        problems.append("partial signature")
    elif kind == "footprint" and after["results"] - before["results"] not in (0, 1):
        problems.append("partial footprint result")
    return problems


def _child(kind: str, path: Path, arg: str) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-c", CHILD, kind, str(path), arg],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=str(ROOT),
    )


def measure(kind: str, base: Path, arg: str, work: Path) -> float:
    """Seconds from "go" to "done" for one uninterrupted run (the window kills are drawn from)."""
    target = work / f"measure-{kind}.cnw"
    shutil.copy2(base, target)
    proc = _child(kind, target, arg)
    assert proc.stdout.readline().strip() == "go", proc.stderr.read()
    start = time.monotonic()
    line = proc.stdout.readline().strip()
    proc.wait()
    if line != "done":
        raise RuntimeError(f"{kind}: the uninterrupted run failed:\n{proc.stderr.read()}")
    return time.monotonic() - start


def kill_once(kind: str, base: Path, arg: str, work: Path, delay: float, n: int) -> Outcome:
    target = work / f"kill-{kind}-{n}.cnw"
    shutil.copy2(base, target)
    before = _state(target)
    proc = _child(kind, target, arg)
    if proc.stdout.readline().strip() != "go":
        proc.wait()
        return Outcome(kind, delay, False, [f"child did not start: {proc.stderr.read()[-500:]}"])
    time.sleep(delay)
    finished = proc.poll() is not None
    if not finished:
        proc.send_signal(signal.SIGKILL)
    proc.wait()
    out = Outcome(kind, delay, finished, check(kind, target, before))
    for leftover in (target, Path(str(target) + "-journal")):
        leftover.unlink(missing_ok=True)
    return out


def run(kills: int, kinds=KINDS, seed: int = 1, work: Path | None = None, log=print) -> list[Outcome]:
    rng = random.Random(seed)
    work = Path(work or tempfile.mkdtemp(prefix="cnw-crash-"))
    outcomes = []
    for kind in kinds:
        base, arg = prepare(kind, work / kind)
        span = measure(kind, base, arg, work)
        log(f"{kind}: an uninterrupted run takes {span:.2f} s")
        for n in range(kills):
            outcomes.append(kill_once(kind, base, arg, work, rng.uniform(0, span), n))
    return outcomes


def summary(outcomes: list[Outcome]) -> str:
    killed = [o for o in outcomes if not o.finished]
    bad = [o for o in outcomes if o.problems]
    kinds = {k: sum(1 for o in killed if o.kind == k) for k in dict.fromkeys(o.kind for o in outcomes)}
    lines = [
        f"{len(killed)} SIGKILLs mid-action ({', '.join(f'{k} {n}' for k, n in kinds.items())}), "
        f"{len(outcomes) - len(killed)} runs finished before the kill",
        "refused {}, corrupted {}, partial actions {}, rows lost {}".format(
            *(
                sum(1 for o in bad if any(p.startswith(w) for p in o.problems))
                for w in ("refused", "corrupted", "partial", "lost")
            )
        ),
    ]
    for o in bad:
        lines.append(f"  {o.kind} killed after {o.delay:.3f} s: {'; '.join(o.problems)}")
    return "\n".join(lines)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument(
        "--kills", type=int, default=34, help="kills per kind of action (default 34: ~100 in all)"
    )
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--kinds", default=",".join(KINDS))
    args = ap.parse_args(argv)
    sys.path.insert(0, str(ROOT))
    outcomes = run(args.kills, tuple(args.kinds.split(",")), args.seed)
    print(summary(outcomes))
    return 1 if any(o.problems for o in outcomes) else 0


if __name__ == "__main__":
    sys.exit(main())
