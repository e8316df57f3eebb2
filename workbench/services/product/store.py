"""Product systems in the project file: rows <-> :mod:`lca.product.model` dataclasses.

Each save is one user action that replaces the system's rows; the model is validated first so a
bad system never reaches the file (the file stays byte-identical).
"""

from __future__ import annotations

from workbench.project.audit import now_iso
from workbench.project.errors import ProjectError
from workbench.services.common.periods import period_id as period_id_of


class ProductError(ProjectError):
    """A product system that cannot be saved or calculated; names the system, activity, exchange."""


def _model():
    from lca.product import model

    return model


def system_row(project, name: str) -> dict:
    row = project.one("SELECT * FROM product_systems WHERE name = ?", (name,))
    if row is None:
        names = [r["name"] for r in project.rows("SELECT name FROM product_systems ORDER BY name")]
        known = f"; known: {', '.join(names)}" if names else "; the project has no product systems yet"
        raise ProductError(f"{project.path}: no product system named '{name}'{known}", project.path)
    return row


def cached_values(project, database: str, version: str, code: str) -> dict[str, float]:
    return {
        r["gwp_set"]: r["score_per_unit"]
        for r in project.rows(
            "SELECT gwp_set, score_per_unit FROM product_background_values WHERE database = ? AND version = ? "
            "AND code = ?",
            (database, version, code),
        )
    }


def load_system(project, name: str):
    """The product system ``name`` as a :class:`lca.product.model.ProductSystem`."""
    m = _model()
    row = system_row(project, name)
    sid = row["id"]
    acts = []
    for a in project.rows("SELECT * FROM product_activities WHERE system_id = ? ORDER BY id", (sid,)):
        excs = [
            m.Exchange(
                e["kind"],
                e["target"],
                e["amount"],
                e["unit"],
                e["formula"],
                m.Uncertainty(e["unc_dist"], e["unc_pct"]),
                e["comment"],
            )
            for e in project.rows(
                "SELECT * FROM product_exchanges WHERE activity_id = ? ORDER BY seq, id", (a["id"],)
            )
        ]
        acts.append(
            m.Activity(
                a["code"],
                a["name"],
                a["stage"],
                a["unit"],
                a["production"],
                a["location"],
                excs,
                a["comment"],
            )
        )
    params = [
        m.Parameter(
            p["name"], p["amount"], p["formula"], m.Uncertainty(p["unc_dist"], p["unc_pct"]), p["comment"]
        )
        for p in project.rows("SELECT * FROM product_parameters WHERE system_id = ? ORDER BY id", (sid,))
    ]
    refs = [
        m.BackgroundRef(
            b["ref_id"],
            b["database"],
            b["code"],
            b["version"],
            b["name"],
            b["unit"],
            b["location"],
            b["reference_product"],
            bool(b["licensed"]),
            cached_values(project, b["database"], b["version"], b["code"]),
        )
        for b in project.rows("SELECT * FROM product_background WHERE system_id = ? ORDER BY id", (sid,))
    ]
    return m.ProductSystem(
        row["name"],
        row["reference_code"],
        row["functional_unit"],
        row["amount"],
        row["description"],
        acts,
        params,
        refs,
    )


def validate(system, check_background=True):
    """Resolve the model (formulas, units, structure) and check installed background activities.
    Raises :class:`ProductError` with the model's message."""
    from lca.product.model import ProductModelError
    from lca.product.validate import resolve, unit_factor
    from lca.units import UnitError

    try:
        res = resolve(system)
    except ProductModelError as exc:
        raise ProductError(str(exc)) from exc
    _check_flows(system, res)
    if check_background and system.background:
        from lca.product.bw_bridge import background_availability

        avail = background_availability(system.background)
        for ref in system.background:
            info = avail.get(ref.ref_id)
            if info is None:
                if ref.database in _installed_databases():
                    raise ProductError(
                        f"product system '{system.name}': background activity '{ref.ref_id}' points to a missing "
                        f"activity: database '{ref.database}' has no activity with code '{ref.code}'"
                    )
                continue
            if ref.unit and info["unit"]:
                try:
                    unit_factor(ref.unit, info["unit"])
                except UnitError as exc:
                    raise ProductError(
                        f"product system '{system.name}': background activity '{ref.ref_id}' ({info['name']}): "
                        f"unit mismatch: the reference says {ref.unit!r} but Brightway has {info['unit']!r}"
                    ) from exc
    return res


def _check_flows(system, res) -> None:
    """Every elementary flow must be a known gas id or an installed 'database|code' flow."""
    from lca.product.bw_bridge import bw, flow_key
    from lca.product.model import ProductModelError

    flows = [ex for ex in res.exchanges if ex.kind == "biosphere"]
    if not flows:
        return
    mapping = bw().mapping
    for ex in flows:
        try:
            key = flow_key(ex.target)
        except ProductModelError as exc:
            raise ProductError(f"product system '{system.name}', {ex.label}: {exc}") from exc
        if key not in mapping:
            raise ProductError(
                f"product system '{system.name}', {ex.label}: elementary flow {key[0]}|{key[1]} "
                "is not installed in Brightway"
            )


def _installed_databases() -> set[str]:
    from lca.product.bw_bridge import bw

    return set(bw().databases)


def save_system(project, system, description: str | None = None) -> int:
    """Create or replace product system ``system.name``; returns its id. Validates first."""
    validate(system)
    with project.action(description or f"Save product system {system.name}") as tx:
        old = project.one("SELECT id FROM product_systems WHERE name = ?", (system.name,))
        row = {
            "name": system.name,
            "functional_unit": system.functional_unit,
            "reference_code": system.reference,
            "amount": float(system.amount),
            "description": system.description,
            "updated_at": now_iso(),
        }
        if old:
            sid = old["id"]
            _delete_children(project, tx, sid)
            tx.update("product_systems", sid, row)
        else:
            sid = tx.insert("product_systems", row)
        for p in system.parameters:
            tx.insert(
                "product_parameters",
                {
                    "system_id": sid,
                    "name": p.name,
                    "amount": float(p.amount),
                    "formula": p.formula,
                    "unc_dist": p.uncertainty.dist,
                    "unc_pct": float(p.uncertainty.pct),
                    "comment": p.comment,
                },
            )
        for ref in system.background:
            tx.insert(
                "product_background",
                {
                    "system_id": sid,
                    "ref_id": ref.ref_id,
                    "database": ref.database,
                    "version": ref.version,
                    "code": ref.code,
                    "name": ref.name,
                    "unit": ref.unit,
                    "location": ref.location,
                    "reference_product": ref.reference_product,
                    "licensed": int(ref.licensed),
                },
            )
            for gwp_set, value in ref.cached.items():
                store_background_value(project, tx, ref, gwp_set, value)
        for act in system.activities:
            aid = tx.insert(
                "product_activities",
                {
                    "system_id": sid,
                    "code": act.code,
                    "name": act.name,
                    "stage": act.stage,
                    "unit": act.unit,
                    "production": float(act.production),
                    "location": act.location or "GLO",
                    "comment": act.comment,
                },
            )
            for seq, e in enumerate(act.exchanges):
                tx.insert(
                    "product_exchanges",
                    {
                        "activity_id": aid,
                        "seq": seq,
                        "kind": e.kind,
                        "target": e.target,
                        "amount": float(e.amount),
                        "unit": e.unit,
                        "formula": e.formula,
                        "unc_dist": e.uncertainty.dist,
                        "unc_pct": float(e.uncertainty.pct),
                        "comment": e.comment,
                    },
                )
    return sid


def store_background_value(project, tx, ref, gwp_set: str, value: float) -> None:
    old = project.one(
        "SELECT id, score_per_unit FROM product_background_values WHERE database = ? AND "
        "version = ? AND code = ? AND gwp_set = ?",
        (ref.database, ref.version, ref.code, gwp_set),
    )
    if old is None:
        tx.insert(
            "product_background_values",
            {
                "database": ref.database,
                "version": ref.version,
                "code": ref.code,
                "gwp_set": gwp_set,
                "score_per_unit": value,
                "unit": ref.unit,
                "computed_at": now_iso(),
            },
        )
    elif old["score_per_unit"] != value:
        tx.update("product_background_values", old["id"], {"score_per_unit": value, "computed_at": now_iso()})


def _delete_children(project, tx, sid: int) -> None:
    for a in project.rows("SELECT id FROM product_activities WHERE system_id = ?", (sid,)):
        for e in project.rows("SELECT id FROM product_exchanges WHERE activity_id = ?", (a["id"],)):
            tx.delete("product_exchanges", e["id"])
        tx.delete("product_activities", a["id"])
    for table in ("product_parameters", "product_background"):
        for r in project.rows(f"SELECT id FROM {table} WHERE system_id = ?", (sid,)):
            tx.delete(table, r["id"])


def delete_system(project, name: str) -> None:
    row = system_row(project, name)
    with project.action(f"Delete product system {name}") as tx:
        _delete_children(project, tx, row["id"])
        for table in ("product_sales", "cache_product_results"):
            for r in project.rows(f"SELECT id FROM {table} WHERE system_id = ?", (row["id"],)):
                tx.delete(table, r["id"])
        tx.delete("product_systems", row["id"])


def _period_id(project, period_id):
    try:
        return period_id_of(project, period_id)
    except ProjectError as exc:
        raise ProductError(str(exc), project.path) from None


def set_sales(
    project, name: str, units: float, period_id: int | None = None, market: str = "", note: str = ""
) -> int:
    """Record ``units`` sold of product ``name`` in a period (default: the current one)."""
    row = system_row(project, name)
    try:
        units = float(units)
    except (TypeError, ValueError) as exc:
        raise ProductError(f"product '{name}': units sold must be a number, got {units!r}") from exc
    if not units >= 0:
        raise ProductError(f"product '{name}': units sold must be zero or more, got {units:g}")
    pid = _period_id(project, period_id)
    old = project.one(
        "SELECT id FROM product_sales WHERE system_id = ? AND period_id = ? AND market = ?",
        (row["id"], pid, market),
    )
    with project.action(f"Units sold of {name}") as tx:
        if old:
            tx.update("product_sales", old["id"], {"units": units, "note": note})
            return old["id"]
        return tx.insert(
            "product_sales",
            {"system_id": row["id"], "period_id": pid, "market": market, "units": units, "note": note},
        )


def units_sold(project, name: str, period_id: int | None = None) -> float:
    row = system_row(project, name)
    pid = _period_id(project, period_id)
    r = project.one(
        "SELECT COUNT(*) AS n, COALESCE(SUM(units), 0) AS total FROM product_sales WHERE system_id = ? "
        "AND period_id = ?",
        (row["id"], pid),
    )
    if not r["n"]:
        period = project.one("SELECT label FROM periods WHERE id = ?", (pid,))
        raise ProductError(
            f"product '{name}': no units sold recorded for period "
            f"'{period['label'] if period else pid}'; add sales data first"
        )
    return float(r["total"])
