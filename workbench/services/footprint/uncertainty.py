"""Journey step 3, footprint uncertainty: the Monte Carlo of a period's footprint.

Public API (re-exported by :mod:`workbench.services.footprint`)::

    mc = monte_carlo(project, 1000, seed=42)   # stored; latest_monte_carlo(project) reads it back

The inputs, storage and staleness machinery it shares with the deterministic footprint are in
:mod:`.core` (this module imports it; never the other way round).
"""

from __future__ import annotations

import hashlib
import json
from datetime import UTC, datetime

from workbench.project.errors import ProjectError
from workbench.services.footprint.core import INPUT_TABLES, _is_stale, _prepare, _store
from workbench.services.footprint.ledger import period_row


def _factor_components(factors, overrides: dict, gwp_set: str, table: bool):
    """Monte Carlo components of the factors: (factor index, share of its CO2e, code, pct) arrays
    and the resolved uncertainty per factor (what the result records).

    One component per factor for a whole-factor uncertainty (a project override or the factor's
    own); with the shipped table, one per table row the factor's gases matched (a row covering
    several gases, e.g. ``*``, is one draw for all of them), weighted by their share of the
    factor's CO2e in ``gwp_set``."""
    import numpy as np

    from lca.factors import factor_uncertainty
    from lca.gwp import gwp_vector
    from lca.result import UNC_CODES

    fi, share, codes, pct, resolved = [], [], [], [], []
    for i, f in enumerate(factors):
        parts = factor_uncertainty(f, overrides.get(f.id), table=table)
        resolved.append({"factor": f.id, "parts": [p.to_dict() for p in parts]})
        ids = list(f.gases)
        co2e = dict(
            zip(ids, np.asarray(gwp_vector(ids, gwp_set)) * np.array(list(f.gases.values())), strict=True)
        )
        total = sum(co2e.values())
        groups: dict[tuple, float] = {}
        for p in parts:
            if p.distribution == "none" or p.pct95 <= 0:
                continue
            s_ = 1.0 if p.gas == "*" else (co2e.get(p.gas, 0.0) / total if total else 0.0)
            key = (p.rule or p.origin, p.distribution, p.pct95)
            groups[key] = groups.get(key, 0.0) + s_
        for (_rule, dist, pc), s_ in groups.items():
            if s_ > 0:
                fi.append(i)
                share.append(min(s_, 1.0))
                codes.append(UNC_CODES[dist])
                pct.append(pc)
        resolved[-1]["co2e_share_uncertain"] = float(sum(s_ for s_ in groups.values()))
    arrays = (np.array(fi, np.int64), np.array(share), np.array(codes, np.int8), np.array(pct, float))
    return arrays, resolved


def _mc_hash(prep, model: dict, resolved: list) -> str:
    """The inputs hash of a Monte Carlo: the footprint's inputs (rows read one by one) plus the
    model and the factor uncertainties it resolved (overrides, the factors' own, the shipped table)."""
    h = hashlib.sha256(prep["hash"].encode())
    h.update(json.dumps({"model": model, "factor_uncertainty": resolved}, sort_keys=True).encode())
    return h.hexdigest()


def _mc_model(activity: str, factor_table: bool) -> dict:
    from lca.montecarlo import FACTOR_CORRELATION

    return {
        "factors": FACTOR_CORRELATION,
        "activity": activity,
        "factor_uncertainty": "project override, else the factor's own, else "
        + ("the shipped table (resources/factors/uncertainty.csv)" if factor_table else "none (table off)"),
    }


def monte_carlo(
    project,
    iterations: int = 1000,
    seed: int = 1,
    period_id=None,
    progress=None,
    cancel=None,
    store: bool = True,
    allow_missing: bool = False,
    activity: str = "source",
    factor_table: bool = True,
) -> dict:
    """Monte Carlo of the period's footprint (activity and factor uncertainty); seeded, reproducible.

    Correlation model (:mod:`lca.montecarlo`): one draw per factor shared by every row using it;
    activity uncertainty drawn once per source (``activity="source"``, default: systematic errors
    shared by the source's rows) or once per row (``"row"``: independent readings). Factor
    uncertainty: the project's override (:func:`set_factor_uncertainty`), else the factor's own,
    else (``factor_table``) the shipped defaults in ``resources/factors/uncertainty.csv``.

    Returns {"iterations", "seed", "model", "gwp_set", "deterministic", "total": {mean, sd, median,
    p2_5, p97_5}, "by_scope": {...}, "histogram", "contributions", "factor_uncertainty"}, in t CO2e;
    stored in the cache with its inputs hash (see :func:`latest_monte_carlo`).
    """
    import numpy as np

    from lca import bw_setup
    from lca.bw_factors import characterise
    from lca.footprint import compute
    from lca.montecarlo import ACTIVITY_GROUPINGS, MonteCarloCancelled, run
    from workbench.services.footprint.factors import uncertainty_overrides

    if int(iterations) < 1:
        raise ProjectError(f"Monte Carlo: iterations must be at least 1 (got {iterations})")
    if activity not in ACTIVITY_GROUPINGS:
        raise ProjectError(
            f"Monte Carlo: activity grouping must be one of {', '.join(ACTIVITY_GROUPINGS)} (got {activity!r})"
        )
    bw_setup.ensure_setup()
    version = project.data_version(INPUT_TABLES)
    prep = _prepare(project, period_id, rows=True)
    ledger = prep["ledger"]
    det = compute(ledger, prep["gwp_set"], prep["instruments"], prep["basis"], allow_missing=True)
    if det.missing_factors and not allow_missing:
        names = ", ".join(m["source"] for m in det.missing_factors)
        raise ProjectError(
            f"{project.path}: Monte Carlo needs a factor for every included source; missing: {names}"
        )
    n_f = len(ledger.factors)
    demand = np.zeros(n_f)
    unit = characterise(ledger.factors, demand, prep["gwp_set"]).co2e.sum(axis=1) if n_f else np.zeros(0)
    # per-source scale (market-based scope 2) reproduces the deterministic breakdown
    src_qty = np.bincount(ledger.source, weights=ledger.quantity, minlength=len(ledger.sources))
    scale = np.ones(len(ledger.sources))
    for i, s in enumerate(ledger.sources):
        loc = src_qty[i] * (unit[s.factor] if s.factor >= 0 else 0.0) / 1000.0
        if loc and s.code in det.by_source:
            scale[i] = det.by_source[s.code] / loc
    components, resolved = _factor_components(
        ledger.factors, uncertainty_overrides(project), prep["gwp_set"], factor_table
    )
    model = _mc_model(activity, factor_table)
    try:
        res = run(
            ledger, unit, int(iterations), int(seed), scale, components, progress, cancel, activity=activity
        )
    except MonteCarloCancelled as exc:
        raise ProjectError(f"{exc}; nothing was stored") from None
    res["model"] = {**res["model"], **model}
    res["gwp_set"] = prep["gwp_set"]
    res["deterministic"] = det.total
    res["inputs_hash"] = _mc_hash(prep, model, resolved)
    res["footprint_inputs_hash"] = prep["hash"]
    res["missing_factors"] = det.missing_factors
    res["factor_uncertainty"] = resolved
    res["period_id"] = prep["period"]["id"]
    res["computed_at"] = datetime.now(UTC).isoformat(timespec="seconds")
    res["rows"] = len(ledger)
    if store and project.mode == "edit":
        _store(
            project,
            "monte_carlo",
            prep["period"]["id"],
            prep["gwp_set"],
            {
                "iterations": int(iterations),
                "seed": int(seed),
                "activity": activity,
                "factor_table": factor_table,
            },
            res["inputs_hash"],
            json.dumps(res),
            f"95 % {res['total']['p2_5']:.6g}..{res['total']['p97_5']:.6g} t",
            version,
            prep["ctx"]["ledger_hash"],
        )
    return res


def latest_monte_carlo(project, period_id=None) -> dict | None:
    """The last stored Monte Carlo of the period (the dict :func:`monte_carlo` returned) with
    ``stale`` True when its inputs changed since (data, factor uncertainty, the shipped table); or
    None. Staleness as in :func:`latest`: one read of the inputs' data version, else a re-hash."""
    period = period_row(project, period_id)
    row = project.one(
        "SELECT * FROM cache_footprint WHERE kind = 'monte_carlo' AND period_id = ? ORDER BY id DESC LIMIT 1",
        (period["id"],),
    )
    if row is None:
        return None
    res = json.loads(row["result"])
    res["stale"] = _is_stale(project, period["id"], row, rehash=_mc_current_hash)
    return res


def _mc_current_hash(project, period_id, row, ledger_hash):
    from workbench.services.footprint.factors import uncertainty_overrides

    params = json.loads(row["params"] or "{}")
    if "activity" not in params:
        return None  # stored before the correlation model was recorded
    prep = _prepare(project, period_id, rows=True, ledger_hash=ledger_hash)
    model = _mc_model(params["activity"], bool(params.get("factor_table", True)))
    _c, resolved = _factor_components(
        prep["ledger"].factors,
        uncertainty_overrides(project),
        prep["gwp_set"],
        bool(params.get("factor_table", True)),
    )
    return _mc_hash(prep, model, resolved)
