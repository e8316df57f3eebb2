"""pypardiso figures of the product benchmark (``product_lca.py --pardiso-prefix DIR``).

pypardiso must not go into the shared environment (bw2calc switches to it whenever it can import
it, for every test), so it is installed into its own prefix (``pip install --prefix DIR pypardiso``
with the project's constraints file, on first use; ``--target`` would lose MKL's shared libraries,
which the mkl wheel installs into the prefix's ``lib/``, not beside the Python packages) and
measured in a child process that appends the prefix's site-packages to ``sys.path`` (numpy and
SciPy stay the shared environment's) and finds ``libmkl_rt`` through ``PYPARDISO_MKL_RT``, on the
Brightway data the parent run has written:

  a plain bw2calc LCA (load + factorise + solve); plain LCAs for further demands; bw2calc's reuse
  path (``lci(factorize=True)`` once, then ``redo_lcia(demand)``); the workbench's Solver with
  pypardiso forced (factorisation, then per demand) next to its automatic choice with pypardiso
  importable; the workbench's Monte Carlo on the pypardiso factorisation (iterations bounded by
  time); and the user path, ``product.calculate`` against a plain bw2calc LCA on the same demand.

The child writes each figure to a JSON file as soon as it has it; the parent stops it after
``--pardiso-timeout`` seconds and prints what it measured and, for the rest, that it was skipped
and at which step (MKL PARDISO's factorisation of a large strongly connected block can take
minutes on two cores).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
STEPS = (
    ("first", "plain bw2calc LCA: load + factorise + solve"),
    ("plain", "plain bw2calc LCAs, further demands"),
    ("reuse", "bw2calc lci(factorize=True) once, then redo_lcia"),
    ("workbench", "workbench Solver, pypardiso forced"),
    ("monte_carlo", "workbench Monte Carlo on the pypardiso factorisation"),
    ("user", "user path product.calculate vs plain bw2calc"),
)


def site_dir(prefix: Path) -> Path:
    """The prefix's site-packages (pip's ``--prefix`` layout)."""
    return prefix / "lib" / f"python{sys.version_info.major}.{sys.version_info.minor}" / "site-packages"


def mkl_rt(prefix: Path) -> Path | None:
    found = sorted((prefix / "lib").glob("libmkl_rt.so*"), key=lambda p: len(p.name))
    return found[0] if found else None


def ensure_prefix(prefix: Path) -> str | None:
    """Install pypardiso into ``prefix`` unless it is there. None when ready, else the reason."""
    if (site_dir(prefix) / "pypardiso" / "__init__.py").is_file() and mkl_rt(prefix):
        return None
    print(f"\nInstalling pypardiso into {prefix} (first use; constraints.txt) ...", flush=True)
    cmd = [sys.executable, "-m", "pip", "install", "--quiet", "--prefix", str(prefix)]
    cmd += ["-c", str(ROOT / "constraints.txt"), "pypardiso"]
    done = subprocess.run(cmd, capture_output=True, text=True)
    if done.returncode != 0 or not (site_dir(prefix) / "pypardiso" / "__init__.py").is_file():
        last = (done.stderr or done.stdout).strip().splitlines()[-1:] or ["no output"]
        return f"pip could not install pypardiso into {prefix}: {last[0]}"
    if mkl_rt(prefix) is None:
        return f"pip installed pypardiso into {prefix} but no libmkl_rt under {prefix / 'lib'}"
    return None


def measure(prefix: Path, work: Path, first: dict, rest: list[dict], method: tuple, args) -> dict:
    """Run the child on the Brightway data of this run; returns its figures (those it reached),
    with "skipped" naming the step it was at when stopped, or why it did not run."""
    reason = ensure_prefix(prefix)
    if reason:
        return {"skipped": reason}
    spec = {
        "prefix": str(site_dir(prefix)),
        "first": _keys(first),
        "rest": [_keys(d) for d in rest],
        "method": list(method),
        "plain": min(args.plain or len(rest), len(rest)),
        "iterations": args.iterations,
        "mc_seconds": args.pardiso_mc_seconds,
        "user_runs": 1,
    }
    spec_file, out_file = work / "pardiso-spec.json", work / "pardiso-out.json"
    spec_file.write_text(json.dumps(spec))
    out_file.write_text("{}")
    print(
        f"\npypardiso, in a child process with {prefix} on sys.path (timeout {args.pardiso_timeout:.0f} s):",
        flush=True,
    )
    t = time.perf_counter()
    env = dict(os.environ, PYPARDISO_MKL_RT=str(mkl_rt(prefix)))
    env["LD_LIBRARY_PATH"] = os.pathsep.join(
        p for p in (str(prefix / "lib"), env.get("LD_LIBRARY_PATH")) if p
    )
    child = subprocess.Popen(
        [sys.executable, str(Path(__file__).resolve()), str(spec_file), str(out_file)], env=env
    )
    try:
        child.wait(timeout=args.pardiso_timeout)
    except subprocess.TimeoutExpired:
        child.kill()
        child.wait()
    out = json.loads(out_file.read_text() or "{}")
    elapsed = time.perf_counter() - t
    if child.returncode != 0 and "skipped" not in out:
        at = dict(STEPS).get(out.get("step", ""), out.get("step", "start"))
        why = (
            f"still running after the --pardiso-timeout of {args.pardiso_timeout:.0f} s"
            if elapsed >= args.pardiso_timeout
            else f"the child stopped with exit code {child.returncode}"
        )
        out["skipped"] = f"stopped at '{at}': {why}"
    return out


def _keys(demand: dict) -> list:
    return [[list(k), float(v)] for k, v in demand.items()]


def _demand(pairs: list) -> dict:
    return {tuple(k): v for k, v in pairs}


def child(spec_file: Path, out_file: Path) -> int:
    spec = json.loads(spec_file.read_text())
    sys.path.append(spec["prefix"])  # after the venv: numpy and SciPy stay the shared ones
    sys.path.insert(0, str(ROOT))
    sys.path.insert(0, str(ROOT / "benchmarks"))
    out: dict = {}

    def save(step: str | None = None, **figures):
        out.update(figures)
        if step:
            out["step"] = step
        out_file.write_text(json.dumps(out))

    import bw2calc.lca
    import pypardiso

    from lca.bw_setup import activate
    from lca.product import bw_bridge
    from lca.product.analysis import monte_carlo
    from lca.product.matrices import Solver

    activate()  # the workbench's Brightway project, where the parent wrote the data

    if not bw2calc.lca.spsolve.__module__.startswith("pypardiso"):
        save(skipped=f"bw2calc did not switch to pypardiso ({bw2calc.lca.spsolve.__module__})")
        return 1
    save(version=getattr(pypardiso, "__version__", "?"))
    method = tuple(spec["method"])
    first, rest = _demand(spec["first"]), [_demand(d) for d in spec["rest"]]
    LCA = bw2calc.lca.LCA

    save("first")
    t = time.perf_counter()
    with bw_bridge.quiet():
        lca = LCA(first, method)
        lca.lci()
        lca.lcia()
    save(first_s=time.perf_counter() - t, first_score=float(lca.score))
    print(f"  plain bw2calc LCA (load + factorise + solve): {out['first_s']:.2f} s", flush=True)

    save("plain")
    n = spec["plain"]
    t = time.perf_counter()
    with bw_bridge.quiet():
        for d in rest[:n]:
            one = LCA(d, method)
            one.lci()
            one.lcia()
    save(plain_ms=1000 * (time.perf_counter() - t) / n, plain_n=n)
    print(
        f"  plain bw2calc LCA per further demand ({n}; pypardiso keeps its factorisation while the "
        f"matrix is the same): {out['plain_ms']:.1f} ms",
        flush=True,
    )

    save("reuse")
    t = time.perf_counter()
    with bw_bridge.quiet():
        reuse = LCA(first, method)
        reuse.lci(factorize=True)
        reuse.lcia()
    setup = time.perf_counter() - t
    t = time.perf_counter()
    redo = []
    with bw_bridge.quiet():
        for d in rest:
            reuse.redo_lcia(d)
            redo.append(float(reuse.score))
    save(reuse_setup_s=setup, redo_ms=1000 * (time.perf_counter() - t) / len(rest))
    print(
        f"  bw2calc lci(factorize=True) once: {setup:.2f} s; redo_lcia per demand: {out['redo_ms']:.2f} ms",
        flush=True,
    )

    save("workbench")
    ms = bw_bridge.matrix_system(first, method, describe_all=False)
    t = time.perf_counter()
    auto = Solver(ms.A, ms.activities)
    save(auto_backend=auto.backend, auto_s=time.perf_counter() - t)
    t = time.perf_counter()
    forced = Solver(ms.A, ms.activities, use_pardiso=True)
    save(wb_factor_s=time.perf_counter() - t, wb_backend=forced.backend)
    t = time.perf_counter()
    scores = []
    for d in rest:
        scores.append(float(ms.cf @ (ms.B @ forced.solve(ms.demand_vector(d)))))
    wb_ms = 1000 * (time.perf_counter() - t) / len(rest)
    ref = [float(ms.cf @ (ms.B @ auto.solve(ms.demand_vector(d)))) for d in rest]
    dev = max(abs(a - b) / abs(b) for a, b in zip(scores, ref, strict=True))
    save(wb_ms=wb_ms, wb_dev=dev)
    print(
        f"  workbench, automatic choice with pypardiso importable: {auto.backend} ({out['auto_s']:.2f} s); "
        f"pypardiso forced: factorisation {out['wb_factor_s']:.2f} s, {wb_ms:.2f} ms per demand "
        f"(max rel. difference from {auto.backend} {dev:.1e})",
        flush=True,
    )

    save("monte_carlo")
    stop = time.perf_counter() + spec["mc_seconds"]
    t = time.perf_counter()
    mc = monte_carlo(
        ms,
        first,
        iterations=spec["iterations"],
        seed=42,
        solver=forced,
        cancel=lambda: time.perf_counter() > stop,
    )
    rate = mc.iterations / (time.perf_counter() - t)
    save(mc_rate=rate, mc_iterations=mc.iterations)
    print(
        f"  workbench Monte Carlo on the pypardiso factorisation: {mc.iterations} iterations at {rate:.1f} it/s "
        f"(at most {spec['mc_seconds']:.0f} s)",
        flush=True,
    )

    save("user")
    from product_lca import _user_path

    t_user, t_plain, user_scores = _user_path(first, method, spec["user_runs"])
    save(user_s=t_user, user_plain_s=t_plain, user_scores=list(user_scores))
    print(
        f"  user path product.calculate (automatic choice): {t_user:.2f} s; plain bw2calc LCA on the same "
        f"demand: {t_plain:.2f} s",
        flush=True,
    )
    save("done")
    return 0


def report(sci: dict, par: dict, prefix: Path) -> None:
    """The pypardiso figures next to the SciPy ones of the same run."""
    print(
        f"\nSciPy (shared environment) vs pypardiso {par.get('version', '')} (prefix {prefix}), same data and demands"
    )

    def fig(key, fmt):
        return fmt.format(par[key]) if key in par else "skipped"

    rows = [
        (
            "plain bw2calc LCA, first (load + factorise)",
            f"{sci['first_s']:.2f} s",
            fig("first_s", "{:.2f} s"),
        ),
        ("plain bw2calc LCA per further demand", f"{sci['plain_ms']:.1f} ms", fig("plain_ms", "{:.1f} ms")),
        (
            "bw2calc lci(factorize=True) once",
            f"{sci['reuse_setup_s']:.2f} s",
            fig("reuse_setup_s", "{:.2f} s"),
        ),
        ("bw2calc redo_lcia per demand", f"{sci['redo_ms']:.2f} ms", fig("redo_ms", "{:.2f} ms")),
        (
            "workbench factorisation",
            f"{sci['wb_factor_s']:.2f} s ({sci['wb_backend']})",
            fig("wb_factor_s", "{:.2f} s (pypardiso forced)"),
        ),
        ("workbench per demand", f"{sci['wb_ms']:.2f} ms", fig("wb_ms", "{:.2f} ms")),
        ("workbench Monte Carlo", f"{sci['mc_rate']:.1f} it/s", fig("mc_rate", "{:.1f} it/s")),
        ("user path product.calculate", f"{sci['user_s']:.2f} s", fig("user_s", "{:.2f} s")),
        (
            "plain bw2calc on the user path's demand",
            f"{sci['user_plain_s']:.2f} s",
            fig("user_plain_s", "{:.2f} s"),
        ),
    ]
    width = max(len(r[0]) for r in rows)
    print(f"  {'':{width}}  {'SciPy':>28}  {'pypardiso':>28}")
    for label, a, b in rows:
        print(f"  {label:{width}}  {a:>28}  {b:>28}")
    if "auto_backend" in par:
        print(f"  workbench's automatic choice with pypardiso importable: {par['auto_backend']}")
    if "skipped" in par:
        print(f"  pypardiso: the rest skipped, {par['skipped']}")


if __name__ == "__main__":
    sys.exit(child(Path(sys.argv[1]), Path(sys.argv[2])))
