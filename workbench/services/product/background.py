"""Background data for product systems: the shipped factor library, user imports through bw2io
(ecospold2 folder, SimaPro CSV, Brightway Excel), references by (database, version, code), and
relinking a product system to a new release.

Imported databases live in Brightway (a per-machine cache); the project file records which were
imported (``product_bg_databases``) and every reference a product system makes, with the per-unit
scores last computed, so the file can be checked without the (possibly licensed) data.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

from workbench.services.product.store import ProductError, load_system, save_system

SHIPPED = "shipped factor library"


def shipped_database(progress=None) -> tuple[str, str]:
    """(Brightway name, version) of the shipped factor library as a background database."""
    from lca.bw_factors import ensure_factor_database
    from lca.factors import load_library

    factors = list(load_library().values())
    name = ensure_factor_database(factors, progress)
    return name, name.removeprefix("cnw-factors-")


def _sha256(path: Path) -> str:
    h = hashlib.sha256()
    files = sorted(p for p in path.rglob("*") if p.is_file()) if path.is_dir() else [path]
    for f in files:
        h.update(f.name.encode())
        h.update(f.read_bytes())
    return h.hexdigest()


def import_background(
    project,
    path,
    fmt: str,
    name: str,
    version: str = "",
    licensed: bool = False,
    progress=None,
    cancel=None,
    overwrite: bool = False,
    link_to=(),
    links: dict | None = None,
    unlinked: str = "refuse",
):
    """Import a background database into Brightway and record it in the project.

    ``fmt``: ``ecospold2`` (a folder of .spold files, e.g. an ecoinvent release, or one .spold
    file), ``simapro_csv`` or ``excel`` (Brightway's Excel layout). ``link_to``: background databases
    imported earlier that the file's inputs come from. Exchanges that stay unlinked refuse the import
    (:class:`ProductError` whose ``unlinked`` lists them as
    :class:`lca.product.importers.UnlinkedExchange`) unless the caller links them (``links``:
    ``{exchange.key: "database|code"}``) or drops them (``unlinked="drop"``); dropped exchanges and
    the choices made are kept in the import record (:func:`import_record`). An Excel formula cell
    without a saved value raises InputError naming the cell. When refused, nothing is written to
    Brightway or to the file.
    """
    from lca.product.importers import ImportProblem, import_database
    from workbench.project.audit import now_iso

    project.require_writable()
    path = Path(path)
    if fmt == "excel" and path.is_file() and path.suffix.lower() in (".xlsx", ".xlsm"):
        from workbench.services.common.tabular import require_saved_values

        # bw2io reads the values Excel saved: a formula cell without one would silently read as empty
        require_saved_values(path, unreadable="skip")
    try:
        summary = import_database(
            path,
            fmt,
            name,
            progress,
            cancel,
            overwrite=overwrite,
            link_to=link_to,
            links=links,
            unlinked=unlinked,
        )
    except ImportProblem as exc:
        err = ProductError(str(exc), project.path)
        err.unlinked = exc.exchanges
        err.warnings = exc.warnings
        raise err from exc
    notes = {
        "linked_to": list(link_to or ()),
        "linked_to_background": summary.linked_to_background,
        "linked_by_choice": summary.linked_by_choice,
        "strategy_warnings": summary.warnings,
    }
    row = {
        "name": name,
        "version": version,
        "format": fmt,
        "source_file": path.name,
        "sha256": _sha256(path),
        "licensed": int(licensed),
        "activities": summary.activities,
        "imported_at": now_iso(),
        "dropped_json": json.dumps([u.as_dict() for u in summary.dropped_exchanges], ensure_ascii=False),
        "import_notes_json": json.dumps(notes, ensure_ascii=False),
    }
    old = project.one("SELECT id FROM product_bg_databases WHERE name = ?", (name,))
    with project.action(f"Import background database {name}") as tx:
        if old:
            tx.update("product_bg_databases", old["id"], row)
        else:
            tx.insert("product_bg_databases", row)
    return summary


def import_record(project, name: str) -> dict:
    """The project's record of an imported background database, with ``dropped`` (the exchanges
    left out, each a dict with activity, type, name, unit, amount, category, reason) and ``notes``
    (links chosen, databases linked to, strategy warnings)."""
    row = project.one("SELECT * FROM product_bg_databases WHERE name = ?", (name,))
    if row is None:
        raise ProductError(f"{project.path}: no background database '{name}' recorded in this file")
    out = dict(row)
    out["dropped"] = json.loads(out.pop("dropped_json", None) or "[]")
    out["notes"] = json.loads(out.pop("import_notes_json", None) or "{}")
    return out


def build_full_biosphere(progress=None, cancel=None) -> bool:
    """Build the full biosphere3 (bw2io's 4,709 ecoinvent elementary flows) and rewrite the GWP
    methods over it, with progress and cancel; needed before importing ecoinvent or other LCI data.
    Returns False when it was already built (nothing done)."""
    from lca.bw_setup import full_biosphere

    return full_biosphere(progress=progress, cancel=cancel)


def has_full_biosphere() -> bool:
    """True when the full biosphere3 is built in this machine's Brightway folder."""
    from lca.bw_setup import is_setup

    return is_setup(full_biosphere=True)


def linkable_databases() -> list[str]:
    """Databases in the Brightway project that an import's inputs can be linked to (every one but
    the biosphere databases), sorted by name."""
    from lca.bw_setup import CNW_BIOSPHERE
    from lca.product.bw_bridge import bw

    return sorted(d for d in bw().databases if d not in ("biosphere3", CNW_BIOSPHERE))


def list_background_databases(project) -> list[dict]:
    """Databases recorded in the file, each with ``installed`` (present in Brightway here)."""
    from lca.product.bw_bridge import bw

    installed = set(bw().databases)
    return [
        {**r, "installed": r["name"] in installed}
        for r in project.rows("SELECT * FROM product_bg_databases ORDER BY name")
    ]


def background_ref(project, database: str, code: str, ref_id: str | None = None):
    """A :class:`BackgroundRef` to an installed activity, with name, unit, location and the
    database's version and licence as recorded in the file."""
    from lca.product.bw_bridge import bw
    from lca.product.model import BackgroundRef

    bd = bw()
    if database not in bd.databases:
        raise ProductError(f"background database '{database}' is not installed in Brightway")
    if (database, code) not in bd.mapping:
        raise ProductError(f"background database '{database}' has no activity with code '{code}'")
    act = bd.get_activity((database, code))
    rec = project.one("SELECT version, licensed FROM product_bg_databases WHERE name = ?", (database,)) or {}
    return BackgroundRef(
        ref_id or code,
        database,
        code,
        rec.get("version", ""),
        act.get("name", ""),
        act.get("unit", ""),
        act.get("location", ""),
        act.get("reference product", ""),
        bool(rec.get("licensed", 0)),
    )


def search_background(database: str, text: str, limit: int = 25) -> list[dict]:
    """Activities of an installed database whose name contains ``text`` (case-insensitive)."""
    from lca.product.bw_bridge import bw

    bd = bw()
    if database not in bd.databases:
        raise ProductError(f"background database '{database}' is not installed in Brightway")
    t = text.lower()
    out = []
    for act in bd.Database(database):
        if t in (act.get("name") or "").lower():
            out.append(
                {
                    "code": act.key[1],
                    "name": act.get("name"),
                    "unit": act.get("unit"),
                    "location": act.get("location"),
                }
            )
            if len(out) >= limit:
                break
    return out


def relink(
    project,
    product_name: str,
    new_database: str,
    new_version: str | None = None,
    from_database: str | None = None,
):
    """Point the system's background references (those in ``from_database``, default all) to
    ``new_database``. Saves the relinked system in one action and returns the
    :class:`lca.product.importers.RelinkReport`; references that could not be matched are kept as
    they were and listed in ``report.unlinked``."""
    from lca.product.importers import ImportProblem
    from lca.product.importers import relink as match

    system = load_system(project, product_name)
    if new_version is None:
        rec = project.one("SELECT version FROM product_bg_databases WHERE name = ?", (new_database,))
        new_version = rec["version"] if rec else ""
    todo = [r for r in system.background if from_database in (None, r.database)]
    keep = [r for r in system.background if r not in todo]
    try:
        new_refs, report = match(todo, new_database, new_version)
    except ImportProblem as exc:
        raise ProductError(str(exc), project.path) from exc
    if report.linked:
        system.background = keep + new_refs
        save_system(project, system, f"Relink {product_name} to {new_database} {new_version}".strip())
    return report
