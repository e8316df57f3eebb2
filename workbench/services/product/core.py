"""Product carbon footprints (ISO 14067 / PAS 2050 style): the service the UI, CLI and demo call.

    list_products(project)                       -> [{"name", "functional_unit", ...}]
    calculate(project, name, progress, cancel)   -> lca.product.results.ProductResult (kg CO2e / FU)
    monte_carlo(project, name, iterations, seed) -> MonteCarloResult
    compare(project, name_a, name_b)             -> Comparison (two variants side by side by stage)
    credits_needed(project, name, period_id)     -> tCO2e = footprint per unit x units sold

Saving, loading and sales are in :mod:`.product_store`; background imports and relinking in
:mod:`.product_background`. Brightway holds only caches: the foreground database of each system is
rebuilt from the file when its content changes.
"""

from __future__ import annotations

import hashlib
import json

from lca.product.model import Activity, Exchange, ProductSystem  # noqa: F401  (re-exported for the UI)
from workbench.services.product.store import (  # noqa
    ProductError,
    delete_system,
    load_system,
    save_system,
    set_sales,
    system_row,
    units_sold,
)


def list_products(project) -> list[dict]:
    """Product systems in the file with their functional unit and size."""
    return project.rows(
        "SELECT s.id, s.name, s.functional_unit, s.reference_code, s.amount, s.gwp_set, "
        "(SELECT COUNT(*) FROM product_activities a WHERE a.system_id = s.id) AS activities, "
        "(SELECT COUNT(*) FROM product_background b WHERE b.system_id = s.id) AS background_refs "
        "FROM product_systems s ORDER BY s.name"
    )


def fg_database(project, system_id: int) -> str:
    """Name of the Brightway database caching a product system's foreground."""
    return f"cnw-product-{(project.file_id or 'nofile')[:8]}-{system_id}"


def _gwp_set(project, row, gwp_set):
    return gwp_set or row.get("gwp_set") or project.setting("gwp_set", default="AR6")


class _Prepared:
    """Everything needed to compute one system: resolved model, matrices, demand."""

    def __init__(
        self, project, name, gwp_set=None, parameters=None, progress=None, cancel=None, describe_all=False
    ):
        from lca.bw_setup import ensure_setup, method_key
        from lca.product import bw_bridge
        from lca.product.analysis import Cancelled
        from lca.product.matrices import SingularTechnosphereError
        from lca.product.model import ProductModelError
        from lca.product.validate import resolve

        def step(frac, msg):
            if progress is not None:
                progress(frac, msg)
            if cancel is not None and cancel():
                raise Cancelled(f"calculation of '{name}' cancelled")

        row = system_row(project, name)
        self.row = row
        self.gwp_set = _gwp_set(project, row, gwp_set)
        step(0.0, "Preparing Brightway")
        ensure_setup(progress=None if progress is None else (lambda f, m: progress(0.2 * f, m)))
        step(0.2, f"Reading product system '{name}'")
        self.system = load_system(project, name)
        try:
            self.res = resolve(self.system, parameters)
        except ProductModelError as exc:
            raise ProductError(str(exc)) from exc
        _rebuild_shipped(self.system.background)
        avail = bw_bridge.background_availability(self.system.background)
        self.sources = {
            r.ref_id: ("brightway" if avail[r.ref_id] is not None else "cached")
            for r in self.system.background
        }
        cached = [r for r in self.system.background if avail[r.ref_id] is None]
        self.db = fg_database(project, row["id"])
        step(0.3, "Writing the foreground to Brightway")
        try:
            data = bw_bridge.foreground_data(self.db, self.res, avail)
            bw_bridge.write_foreground(self.db, data)
            self.key = (self.db, self.system.reference)
            self.demand = {self.key: float(self.system.amount)}
            step(0.5, "Building matrices")
            self.ms = bw_bridge.matrix_system(
                self.demand,
                method_key(self.gwp_set),
                self.res,
                cached,
                self.gwp_set,
                describe_all=describe_all,
                fg_data=data,
            )
        except ProductModelError as exc:
            msg = str(exc)
            if f"'{name}'" not in msg:
                msg = f"product system '{name}': {msg}"
            raise ProductError(msg) from exc
        self.input_hash = hashlib.sha256(
            json.dumps(
                [
                    bw_bridge.data_hash(data),
                    self.gwp_set,
                    sorted(self.sources.items()),
                    [(r.ref_id, r.cached.get(self.gwp_set)) for r in cached],
                ],
                default=str,
            ).encode()
        ).hexdigest()
        self.singular_error = SingularTechnosphereError


def _rebuild_shipped(refs) -> None:
    """The shipped factor library is rebuilt on a machine that does not have it yet."""
    from lca.product.bw_bridge import bw

    wanted = {r.database for r in refs if r.database.startswith("cnw-factors-")}
    if wanted and not wanted <= set(bw().databases):
        from workbench.services.product.background import shipped_database

        shipped_database()


def calculate(
    project,
    product_name: str,
    progress=None,
    cancel=None,
    gwp_set: str | None = None,
    parameters: dict | None = None,
    tree_cutoff: float = 0.01,
    top: int = 20,
    store: bool = True,
):
    """Footprint of one functional unit of ``product_name`` with the project's GWP set.

    Returns a :class:`lca.product.results.ProductResult` with contributions by stage, process and
    elementary flow and a supply-chain tree (inputs below ``tree_cutoff`` x total are summed).
    ``parameters`` overrides parameter values (a scenario). With ``store`` (and a writable file),
    per-unit scores of installed background activities are cached in the file for auditors.
    """
    from lca.product.analysis import Calculation
    from lca.product.results import ProductResult

    prep = _Prepared(project, product_name, gwp_set, parameters, progress, cancel)
    if progress:
        progress(0.6, "Solving")
    try:
        calc = Calculation(prep.ms, prep.demand)
    except prep.singular_error as exc:
        raise ProductError(f"product system '{product_name}': {exc}") from exc
    if progress:
        progress(0.8, "Contribution analysis")
    bg_scores = {}
    for ref in prep.system.background:
        if prep.sources[ref.ref_id] == "brightway":
            bg_scores[ref.ref_id] = float(calc.unit_scores[prep.ms.index[(ref.database, ref.code)]])
        else:
            bg_scores[ref.ref_id] = float(ref.cached[prep.gwp_set])
    result = ProductResult(
        system=product_name,
        functional_unit=prep.system.functional_unit,
        gwp_set=prep.gwp_set,
        score=calc.score,
        by_stage=calc.by_stage(),
        by_process=calc.by_process(top),
        by_flow=calc.by_flow(top),
        tree=calc.tree(prep.key, float(prep.system.amount), cutoff=tree_cutoff),
        background_sources=prep.sources,
        background_scores=bg_scores,
        parameters=prep.res.values,
        solver=calc.solver.backend,
        input_hash=prep.input_hash,
        warnings=[
            f"background '{r}' computed from its cached value (database not installed)"
            for r, s in prep.sources.items()
            if s == "cached"
        ]
        + _coverage_warnings(prep, calc),
        uncharacterised=_uncharacterised(prep.ms, calc),
    )
    if store and project.mode == "edit" and not parameters and gwp_set in (None, prep.gwp_set):
        _store(project, prep, result)
    if progress:
        progress(1.0, "Done")
    return result


def _uncharacterised(ms, calc) -> list:
    """Greenhouse-gas-looking elementary flows in the inventory that the method has no factor for."""
    import numpy as np

    from lca.gwp import ghg_looking
    from lca.product.results import Contribution

    out = []
    for i in np.nonzero(calc.inventory)[0]:
        fl = ms.flows[int(i)]
        if not ms.characterised[int(i)] and ghg_looking(fl.name, fl.categories):
            label = fl.name + (f" ({fl.categories})" if fl.categories else "")
            out.append(Contribution(label, 0.0, 0.0, fl.key, None, "flow", float(calc.inventory[i]), fl.unit))
    return sorted(out, key=lambda c: -abs(c.amount))


def _coverage_warnings(prep, calc) -> list[str]:
    """Say so when the system emits nothing, nothing characterised, or greenhouse gases the GWP set
    has no factor for."""
    import numpy as np

    method = f"CNW GWP100 {prep.gwp_set}"
    if not len(prep.ms.flows) or not np.any(calc.inventory):
        return [
            "the product system emits no elementary flow: its footprint is 0 (are the background "
            "activities linked to their emissions, and the foreground exchanges entered?)"
        ]
    if not np.any(prep.ms.characterised & (calc.inventory != 0)):
        return [
            f"none of the {int(np.count_nonzero(calc.inventory))} elementary flows in the inventory is "
            f"characterised by {method}: its footprint is 0"
        ]
    out = []
    for c in _uncharacterised(prep.ms, calc)[:10]:
        out.append(
            f"greenhouse gas '{c.label}' ({c.amount:.4g} {c.unit} per functional unit) has no factor in "
            f"{method}; it is not in the total"
        )
    return out


def _store(project, prep, result) -> None:
    """Cache background per-unit scores (snapshot tables) and the result (cache_ table)."""
    from workbench.project.audit import now_iso
    from workbench.services.product.store import store_background_value

    summary = json.dumps({"score": result.score, "by_stage": {c.key: c.score for c in result.by_stage}})
    refs = {r.ref_id: r for r in prep.system.background}
    changes = [
        (refs[k], v)
        for k, v in result.background_scores.items()
        if prep.sources[k] == "brightway" and refs[k].cached.get(prep.gwp_set) != v
    ]
    old = project.one(
        "SELECT id, input_hash FROM cache_product_results WHERE system_id = ? AND gwp_set = ?",
        (prep.row["id"], prep.gwp_set),
    )
    if not changes and old and old["input_hash"] == prep.input_hash:
        return
    with project.action(f"Cache footprint of {prep.system.name}") as tx:
        for ref, value in changes:
            store_background_value(project, tx, ref, prep.gwp_set, value)
        row = {
            "system_id": prep.row["id"],
            "gwp_set": prep.gwp_set,
            "input_hash": prep.input_hash,
            "score": result.score,
            "result_json": summary,
            "computed_at": now_iso(),
        }
        if old:
            tx.update("cache_product_results", old["id"], row)
        else:
            tx.insert("cache_product_results", row)


def monte_carlo(
    project,
    product_name: str,
    iterations: int = 1000,
    seed: int = 42,
    progress=None,
    cancel=None,
    gwp_set: str | None = None,
    parameters: bool = True,
):
    """Seeded Monte Carlo of the footprint per functional unit over the exchange uncertainties
    (foreground as entered, background as stored in Brightway) and, with ``parameters``, the
    parameter uncertainties propagated through the exchange formulas; a formula exchange keeps its
    own uncertainty on top (:mod:`lca.product.montecarlo`)."""
    from lca.product.montecarlo import run
    from lca.product.sampling import parameter_sampler

    if iterations < 1:
        raise ProductError(f"Monte Carlo needs at least 1 iteration, got {iterations}")
    prep = _Prepared(
        project,
        product_name,
        gwp_set,
        None,
        None if progress is None else (lambda f, m: progress(0.2 * f, m)),
        cancel,
        describe_all=False,
    )
    try:
        return run(
            prep.ms,
            prep.demand,
            iterations,
            seed,
            progress=None if progress is None else (lambda f, m: progress(0.2 + 0.8 * f, m)),
            cancel=cancel,
            formulas=parameter_sampler(prep.res, seed) if parameters else None,
        )
    except prep.singular_error as exc:
        raise ProductError(f"product system '{product_name}': {exc}") from exc


def compare(project, name_a: str, name_b: str, progress=None, cancel=None, gwp_set: str | None = None):
    """Two product systems (variants) side by side, by life-cycle stage, same GWP set."""
    from lca.product.analysis import compare as side_by_side

    half = None if progress is None else (lambda f, m: progress(0.5 * f, m))
    a = calculate(project, name_a, half, cancel, gwp_set)
    b = calculate(
        project,
        name_b,
        None if progress is None else (lambda f, m: progress(0.5 + 0.5 * f, m)),
        cancel,
        gwp_set or a.gwp_set,
    )
    return side_by_side(a, b)


def credits_needed(project, product_name: str, period_id: int | None = None, result=None) -> float:
    """tCO2e of credits for a product claim: footprint per unit x units sold in the period
    (seeds/carbon-neutrality-certification-overview.txt: "calculate the weight of carbon compensation
    based on sales volume"; STANDARDS.md, product claims [seed]). Not rounded; credits are retired
    in whole tonnes, so the offsets step rounds up."""
    units = units_sold(project, product_name, period_id)
    result = result or calculate(project, product_name)
    return result.score / 1000.0 * units


def sales_markets(project, product_name: str, period_id: int | None = None) -> list[str]:
    """Markets with units sold of ``product_name`` in the period (default: the current one)."""
    from workbench.services.product.store import _period_id

    row = system_row(project, product_name)
    pid = _period_id(project, period_id)
    return [
        r["market"]
        for r in project.rows(
            "SELECT DISTINCT market FROM product_sales WHERE system_id = ? AND period_id = ? AND units > 0 "
            "ORDER BY market",
            (row["id"], pid),
        )
    ]


def eu_claim_warning(project, product_name: str, period_id: int | None = None) -> str | None:
    """The warning a carbon-neutral claim for this product must carry when it is sold in the EU:
    Directive (EU) 2024/825, applicable from 2026-09-27, bans consumer-facing claims that a product
    has a neutral or reduced climate impact because of offsetting (STANDARDS.md, EU consumer claims
    [public]). None when no EU/EEA market is recorded in the sales."""
    from forms.model import EU_MARKETS

    eu = [m for m in sales_markets(project, product_name, period_id) if m.upper() in EU_MARKETS]
    if not eu:
        return None
    return (
        f"'{product_name}' is sold in {', '.join(eu)}: Directive (EU) 2024/825 (applicable from 2026-09-27) "
        "bans consumer-facing claims that a product is climate neutral or has a reduced climate impact "
        "because of offsetting; do not use an offset-based product claim on that market."
    )


def write_result_csv(result, path) -> None:
    """The result rows (total, stages, processes, flows) as CSV, UTF-8."""
    from workbench.services.common import safe_csv

    with open(path, "w", newline="", encoding="utf-8") as fh:
        w = safe_csv.dict_writer(fh, fieldnames=["section", "label", "stage", "score_kgco2e", "share"])
        w.writeheader()
        for row in result.rows():
            w.writerow({**row, "score_kgco2e": f"{row['score_kgco2e']:.6g}", "share": f"{row['share']:.4f}"})
