"""The bundled demo journey: a Korean precision-parts maker with two sites, 2024 base year, 2025 claim.

:func:`build` creates the project file (boundary, sites, sources, activity data, evidence);
:func:`run` builds it and then calls each journey step's demo module in order. Each step module
(``workbench.demo.footprint`` ...) has ``run(project, out_dir, log)`` and uses only the public API
of its service (``workbench.services.<step>``).
"""

from __future__ import annotations

from pathlib import Path

from workbench.demo import documents, footprint, offsets, plan, product, reduction, verification
from workbench.demo.project import activity_rows, build, display_available, spec

__all__ = ["activity_rows", "build", "display_available", "run", "spec", "STEPS"]

#: The journey's steps in order, each a (label, demo module) pair.
STEPS = (
    ("footprint", footprint),
    ("product", product),
    ("plan", plan),
    ("offsets", offsets),
    ("verification", verification),
    ("documents", documents),
)


def run(out_dir="demo-output", log=print) -> Path:
    """Build the demo and run every journey step, then the second demo (a reduction project in its
    own file, ``reduction/``); returns the main project's path."""
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    path = out / spec()["file_name"]
    log(f"Building the demo project {path}")
    p = build(path, out / "inputs", log)
    try:
        for label, step in STEPS:
            log(f"[{label}]")
            step.run(p, out, log)
        log(f"Snapshot SHA-256: {p.snapshot_hash()}")
    finally:
        p.close()
    log("[reduction project] the second demo: a supplier's boiler fuel switch (KCCI Carbon Standard)")
    reduction.run(out, log)
    log(f"Done. Project: {path}; outputs in {out}/")
    return path
