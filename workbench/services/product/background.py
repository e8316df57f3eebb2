"""Background data for product systems: the shipped factor library, user imports through bw2io
(ecospold2 folder, SimaPro CSV, Brightway Excel), references by (database, version, code), and
relinking a product system to a new release.

Imported databases live in Brightway (a per-machine cache); the project file records which were
imported (``product_bg_databases``) and every reference a product system makes, with the per-unit
scores last computed, so the file can be checked without the (possibly licensed) data.
"""

from __future__ import annotations

import hashlib
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
):
    """Import a background database into Brightway and record it in the project.

    ``fmt``: ``ecospold2`` (a folder of .spold files, e.g. an ecoinvent release), ``simapro_csv`` or
    ``excel`` (Brightway's Excel layout). Raises :class:`ProductError` listing unlinked exchanges,
    or InputError naming the cell of a formula without a saved value in an Excel workbook; then
    nothing is written to Brightway or to the file.
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
        summary = import_database(path, fmt, name, progress, cancel, overwrite=overwrite)
    except ImportProblem as exc:
        raise ProductError(str(exc), project.path) from exc
    row = {
        "name": name,
        "version": version,
        "format": fmt,
        "source_file": path.name,
        "sha256": _sha256(path),
        "licensed": int(licensed),
        "activities": summary.activities,
        "imported_at": now_iso(),
    }
    old = project.one("SELECT id FROM product_bg_databases WHERE name = ?", (name,))
    with project.action(f"Import background database {name}") as tx:
        if old:
            tx.update("product_bg_databases", old["id"], row)
        else:
            tx.insert("product_bg_databases", row)
    return summary


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
