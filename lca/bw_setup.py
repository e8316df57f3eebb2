"""Minimal offline Brightway 2.4 setup for the workbench.

The workbench keeps Brightway data in its own folder (``BRIGHTWAY2_DIR``) and in one Brightway
project, :data:`PROJECT_NAME`. :func:`ensure_setup` builds, once per folder:

* ``biosphere3`` with the greenhouse-gas elementary flows (unspecified sub-compartment) the
  workbench characterises (``resources/gwp/gases.csv``: fossil, biogenic and land-use CO2 and CH4,
  N2O, HFCs, PFCs, SF6, NF3, CFCs, HCFCs, halons and other halocarbons IPCC tabulates), using the real ecoinvent 3.9 biosphere3 codes (same keys as bw2io's
  full ``create_default_biosphere3``, so a later full build keeps every link). The full set
  (4,709 flows) took ~7.5 s to build here versus well under a second for the GHG subset, so the
  subset is the default; ``ensure_setup(full_biosphere=True)`` builds the full set (needed before
  importing ecoinvent or other LCI data through bw2io).
* The workbench's GWP-100 LCIA methods ``("CNW", "GWP100", <set>)`` for SAR, AR4, AR5 and AR6
  (values in ``resources/gwp/gwp100.csv``). Every flow of a known gas in its compartment (all
  sub-compartments) in biosphere3 is characterised, so the methods also work over the full
  biosphere; :func:`ghg_looking` names the flows that look like greenhouse gases but are not.

A marker file in the Brightway project folder records what was built (a hash of the GWP and gas
tables); when it matches, :func:`ensure_setup` returns after one file read.

Call :func:`configure_bw_dir` early in the application (before anything imports ``bw2data``):
bw2data reads ``BRIGHTWAY2_DIR`` once, at import time.
"""

from __future__ import annotations

import hashlib
import json
import os
import sys
from pathlib import Path

from .gwp import GWP_SETS, RESOURCES, check_set, gases, gwp_table

PROJECT_NAME = "carbon-workbench"
METHOD_NAMESPACE = ("CNW", "GWP100")
BIOSPHERE = "biosphere3"
CNW_BIOSPHERE = "cnw-biosphere"
_MARKER = "cnw-setup.json"
_SETUP_FORMAT = 2  # 2: land-use CO2/CH4, halocarbons; no factor where a set publishes none


class SetupCancelled(RuntimeError):
    """Raised when the caller's cancel callback asked to stop the setup."""


def default_bw_dir() -> Path:
    """The per-user application-data folder for the workbench's Brightway data.

    Windows ``%LOCALAPPDATA%\\carbon-workbench\\brightway``, macOS
    ``~/Library/Application Support/carbon-workbench/brightway``, elsewhere
    ``$XDG_DATA_HOME/carbon-workbench/brightway`` (default ``~/.local/share``).
    """
    home = Path.home()
    if sys.platform.startswith("win"):
        base = Path(os.environ.get("LOCALAPPDATA") or home / "AppData" / "Local")
    elif sys.platform == "darwin":
        base = home / "Library" / "Application Support"
    else:
        base = Path(os.environ.get("XDG_DATA_HOME") or home / ".local" / "share")
    return base / "carbon-workbench" / "brightway"


def configure_bw_dir(path: str | os.PathLike | None = None) -> Path:
    """Point Brightway at ``path`` (default: keep an existing ``BRIGHTWAY2_DIR``, else
    :func:`default_bw_dir`), creating the folder. Returns the folder in use.

    Must run before ``bw2data`` is first imported; if it was already imported with another folder
    this raises RuntimeError rather than silently writing elsewhere.
    """
    if path is None:
        current = os.environ.get("BRIGHTWAY2_DIR")
        target = Path(current) if current else default_bw_dir()
    else:
        target = Path(path)
    target = target.expanduser().resolve()
    target.mkdir(parents=True, exist_ok=True)
    if "bw2data" in sys.modules:
        active = os.environ.get("BRIGHTWAY2_DIR")
        if not active or Path(active).resolve() != target:
            raise RuntimeError(
                f"Brightway is already loaded with data folder '{active}'; "
                f"configure_bw_dir('{target}') must run before bw2data is imported"
            )
    os.environ["BRIGHTWAY2_DIR"] = str(target)
    return target


def method_key(gwp_set: str) -> tuple:
    """The Brightway method key of a GWP set, e.g. ``("CNW", "GWP100", "AR6")``."""
    return METHOD_NAMESPACE + (check_set(gwp_set),)


def bw2data():
    """Import bw2data quietly (it prints its data folder on import) and return the module.

    Sets ``BRIGHTWAY2_DIR`` to :func:`default_bw_dir` first when nothing configured it.
    """
    if "bw2data" not in sys.modules:
        configure_bw_dir()
        with _quiet():
            import bw2data  # noqa: F401
    return sys.modules["bw2data"]


def activate():
    """Make :data:`PROJECT_NAME` the current Brightway project; return bw2data."""
    bd = bw2data()
    if bd.projects.current != PROJECT_NAME:
        with _quiet():
            bd.projects.set_current(PROJECT_NAME)
    return bd


def biosphere_key(gas: str) -> tuple:
    """The Brightway key of a workbench gas id's flow (biosphere3 air, unspecified compartment;
    ``CO2e`` unsplit: the workbench's own ``cnw-biosphere`` flow)."""
    g = gases()[gas]
    return (g.database, g.biosphere3_code)


def _tables_hash() -> str:
    h = hashlib.sha256()
    for name in ("gases.csv", "gwp100.csv"):
        h.update((RESOURCES / name).read_bytes())
    return h.hexdigest()


def _marker_path(bd) -> Path:
    return Path(bd.projects.dir) / _MARKER


def _read_marker(bd) -> dict:
    try:
        return json.loads(_marker_path(bd).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}


def is_setup(full_biosphere: bool = False) -> bool:
    """True when the marker says the current tables were built (and the full biosphere if asked)."""
    bd = activate()
    m = _read_marker(bd)
    ok = m.get("format") == _SETUP_FORMAT and m.get("tables") == _tables_hash()
    ok = ok and BIOSPHERE in bd.databases and CNW_BIOSPHERE in bd.databases
    return ok and (m.get("full_biosphere", False) or not full_biosphere)


def ensure_setup(progress=None, cancel=None, full_biosphere: bool = False) -> None:
    """Build biosphere3 and the workbench GWP methods unless already built; idempotent.

    ``progress(fraction, message)`` is called as work proceeds; ``cancel()`` returning True stops
    before the next step with :class:`SetupCancelled` (nothing half-written stays marked done).
    """

    def report(frac, msg):
        if progress is not None:
            progress(frac, msg)
        if cancel is not None and cancel():
            raise SetupCancelled("Brightway setup cancelled")

    bd = activate()
    if is_setup(full_biosphere):
        report(1.0, "Brightway already set up")
        return
    marker = _read_marker(bd)
    report(0.05, f"Preparing Brightway project '{PROJECT_NAME}'")
    had_full = marker.get("full_biosphere", False) and BIOSPHERE in bd.databases
    if full_biosphere and not had_full:
        _build_full_biosphere(report)
        had_full = True
    elif not had_full:
        report(0.1, "Writing the greenhouse-gas flows of biosphere3")
        with _quiet():
            _write_minimal_biosphere(bd)
    with _quiet():
        _write_cnw_biosphere(bd)
    report(0.6, "Writing GWP-100 methods")
    _write_methods(bd, report)
    _marker_path(bd).write_text(
        json.dumps(
            {"format": _SETUP_FORMAT, "tables": _tables_hash(), "full_biosphere": had_full},
            indent=1,
        ),
        encoding="utf-8",
    )
    report(1.0, "Brightway setup complete")


def full_biosphere(progress=None, cancel=None) -> bool:
    """Build the full biosphere3 (bw2io's ecoinvent elementary flows, 4,709) on demand, then rewrite
    the GWP methods so they characterise every greenhouse-gas flow in it. ``progress(fraction,
    message)`` and ``cancel()`` as for :func:`ensure_setup`. Returns False (and does nothing) when
    it is already built. Flow keys are those of the minimal set, so existing links are kept."""
    if is_setup(full_biosphere=True):
        if progress is not None:
            progress(1.0, "The full biosphere3 is already built")
        return False
    ensure_setup(progress=progress, cancel=cancel, full_biosphere=True)
    return True


def clear_for_rewrite(bd, name: str) -> None:
    """Delete database ``name`` before it is written again. bw2data 3.6's ``Database.write`` deletes
    the old content inside its own transaction and then VACUUMs when it had more than 500
    activities, which SQLite refuses ("cannot VACUUM from within a transaction"); deleting first,
    outside a transaction, avoids that."""
    db = bd.Database(name)
    if len(db) > 500:  # rows may be there without a registry entry (an interrupted write)
        with _quiet():
            db.delete(keep_params=True, warn=False)


def _build_full_biosphere(report) -> None:
    report(0.1, "Reading bw2io's ecoinvent elementary flows")
    with _quiet():
        from bw2io.importers import Ecospold2BiosphereImporter

        eb = Ecospold2BiosphereImporter()
    report(0.25, f"Normalising {len(eb.data):,} elementary flows")
    with _quiet():
        eb.apply_strategies(verbose=False)
    report(0.35, f"Writing the full biosphere3 ({len(eb.data):,} flows)")
    bd = bw2data()
    if BIOSPHERE in bd.databases and len(bd.Database(BIOSPHERE)) > 500:
        clear_for_rewrite(bd, BIOSPHERE)
    with _quiet():
        eb.write_database(overwrite=True)


def _quiet():
    """Silence Brightway's own prints and progress bars (they would garble CLI output), in the
    calling thread only (see :mod:`lca.quiet`)."""
    from .quiet import quiet

    return quiet()


def _write_minimal_biosphere(bd) -> None:
    data = {}
    for g in gases().values():
        if g.database != BIOSPHERE:
            continue
        data[(BIOSPHERE, g.biosphere3_code)] = {
            "name": g.biosphere3_name,
            "categories": g.categories,
            "unit": "kilogram",
            "type": "natural resource" if g.categories[0] == "natural resource" else "emission",
            "CAS number": "",
            "exchanges": [],
            "cnw_gas": g.gas,
        }
    db = bd.Database(BIOSPHERE)
    if BIOSPHERE in bd.databases:
        # Keep any flows already there (e.g. written by another tool); add ours.
        existing = db.load()
        existing.update({k: v for k, v in data.items() if k not in existing})
        data = existing
    db.write(data)


def _write_cnw_biosphere(bd) -> None:
    data = {
        (g.database, g.biosphere3_code): {
            "name": g.biosphere3_name,
            "categories": ("air",),
            "unit": "kilogram",
            "type": "emission",
            "exchanges": [],
            "cnw_gas": g.gas,
        }
        for g in gases().values()
        if g.database == CNW_BIOSPHERE
    }
    bd.Database(CNW_BIOSPHERE).write(data)


def _gas_flows(bd) -> dict[str, list[tuple]]:
    """Every biosphere3 flow whose name is one of our gases, in the gas's compartment (air for
    emissions, every sub-compartment), by gas id (plus our own flows)."""
    by_name = {g.biosphere3_name: g for g in gases().values() if g.database == BIOSPHERE}
    out: dict[str, list[tuple]] = {g: [] for g in gases()}
    for g in gases().values():
        if g.database == CNW_BIOSPHERE:
            out[g.gas].append((g.database, g.biosphere3_code))
    for flow in bd.Database(BIOSPHERE):
        g = by_name.get(flow["name"])
        cats = tuple(flow.get("categories") or ())
        if g and cats and cats[: len(g.categories)] == g.categories:
            out[g.gas].append(flow.key)
    return out


def _write_methods(bd, report) -> None:
    flows = _gas_flows(bd)
    for i, s in enumerate(GWP_SETS):
        report(0.6 + 0.1 * i, f"Writing method {s}")
        published = gwp_table(s)  # a gas the set publishes no value for gets no factor (listed as such)
        cfs = []
        for gas, keys in flows.items():
            if gas in published:
                cfs.extend((key, published[gas]) for key in keys)
        m = bd.Method(method_key(s))
        with _quiet():
            _register_and_write(m, s, cfs)


def _register_and_write(m, s, cfs) -> None:
    m.register(
        unit="kg CO2-Eq",
        description=f"GWP-100 ({s}) as used by the Carbon-Neutrality Workbench; values and "
        "sources in resources/gwp/gwp100.csv",
    )
    m.write(cfs)
