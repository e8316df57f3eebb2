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


def _mc_hash(prep, model: dict, resolved: list, pedigree_digest: str | None = None) -> str:
    """The inputs hash of a Monte Carlo: the footprint's inputs (rows read one by one) plus the
    model, the factor uncertainties it resolved (overrides, the factors' own, the shipped table)
    and, when some row has them, the rows' pedigree scores."""
    h = hashlib.sha256(prep["hash"].encode())
    h.update(json.dumps({"model": model, "factor_uncertainty": resolved}, sort_keys=True).encode())
    if pedigree_digest is not None:
        h.update(pedigree_digest.encode())
    return h.hexdigest()


#: How the model states data quality when some row carries pedigree scores.
DATA_QUALITY_MODEL = (
    "pedigree matrix (ecoinvent v3): lognormal, the indicators' variances of ln added to the row's "
    "basic lognormal uncertainty"
)


def _mc_model(activity: str, factor_table: bool, pedigree_rows: int = 0) -> dict:
    from lca.montecarlo import FACTOR_CORRELATION

    model = {
        "factors": FACTOR_CORRELATION,
        "activity": activity,
        "factor_uncertainty": "project override, else the factor's own, else "
        + ("the shipped table (resources/factors/uncertainty.csv)" if factor_table else "none (table off)"),
    }
    if pedigree_rows:
        model["data_quality"] = DATA_QUALITY_MODEL
    return model


_PED_SQL = (
    "SELECT a.id, a.ped_reliability, a.ped_completeness, a.ped_temporal, a.ped_geographical,"
    " a.ped_technological FROM activities a JOIN sources s ON s.id = a.source_id"
    " WHERE a.period_id = ? AND s.included AND a.ped_reliability IS NOT NULL ORDER BY a.id"
)


def _pedigree_rows(project, period_id: int):
    """The period's activity rows with pedigree scores (of included sources) as an (n x 6) integer
    array (id, 5 scores) in id order, and its digest (None when there are none, so results without
    pedigree keep their hash). The partial index of migration 14 finds them without a full scan."""
    import numpy as np

    rows = np.array(project.conn.execute(_PED_SQL, (period_id,)).fetchall(), dtype=np.int64).reshape(-1, 6)
    if not rows.size:
        return rows, None
    return rows, hashlib.sha256(b"pedigree" + np.ascontiguousarray(rows).tobytes()).hexdigest()


def _apply_pedigree(project, period_id: int, ledger, ped):
    """The ledger with each scored row's uncertainty combined with its pedigree
    (:func:`lca.montecarlo.with_pedigree`), and a summary per source for the result."""
    import dataclasses

    import numpy as np

    from lca.montecarlo import with_pedigree

    ids = np.array(
        project.conn.execute(
            "SELECT a.id FROM activities a JOIN sources s ON s.id = a.source_id"
            " WHERE a.period_id = ? AND s.included ORDER BY a.id",
            (period_id,),
        ).fetchall(),
        dtype=np.int64,
    ).reshape(-1)
    pos = np.searchsorted(ids, ped[:, 0]) if ids.size else np.zeros(0, np.int64)
    # the ledger is the included sources' rows in id order; anything else means the rows changed
    if (
        ids.size != len(ledger)
        or (pos >= ids.size).any()
        or (ids[np.minimum(pos, ids.size - 1)] != ped[:, 0]).any()
    ):
        raise ProjectError(
            f"{project.path}: the activity rows changed while the Monte Carlo read them; run it again"
        )
    scores = np.zeros((len(ledger), 5), np.int64)
    scores[pos] = ped[:, 1:]
    try:
        codes, pct = with_pedigree(ledger.unc_code, ledger.unc_pct, scores)
    except ValueError as exc:
        raise ProjectError(f"{project.path}: Monte Carlo: {exc}; fix those rows in the inventory") from None
    # per source: rows scored, how many carry each score tuple (one integer key per source and
    # tuple, base 6), the range of the resulting +/- %
    src = ledger.source[pos]
    key = src * 6**5 + ped[:, 1:] @ (6 ** np.arange(4, -1, -1))
    keys, counts = np.unique(key, return_counts=True)
    n_src = len(ledger.sources)
    lo = np.full(n_src, np.inf)
    hi = np.full(n_src, -np.inf)
    np.minimum.at(lo, src, pct[pos])
    np.maximum.at(hi, src, pct[pos])
    by_source: dict[str, dict] = {}
    for k, n in zip(keys.tolist(), counts.tolist(), strict=True):
        i, rest = divmod(int(k), 6**5)
        code = ledger.sources[i].code
        e = by_source.setdefault(
            code, {"source": code, "rows": 0, "scores": {}, "pct_min": float(lo[i]), "pct_max": float(hi[i])}
        )
        e["rows"] += int(n)
        digits = [(rest // 6**e_) % 6 for e_ in range(4, -1, -1)]
        e["scores"]["(" + ",".join(map(str, digits)) + ")"] = int(n)
    summary = {"rows": int(ped.shape[0]), "by_source": sorted(by_source.values(), key=lambda e: e["source"])}
    return dataclasses.replace(ledger, unc_code=codes, unc_pct=pct), summary


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
    stored in the cache with its inputs hash (see :func:`latest_monte_carlo`). Every row is sampled
    at its entity's share under the consolidation approach (as the footprint counts it); when that
    changed a figure, "consolidation" records the approach and the share applied to each entity.
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
    ped_rows, ped_digest = _pedigree_rows(project, prep["period"]["id"])
    pedigree = None
    if len(ped_rows):
        ledger, pedigree = _apply_pedigree(project, prep["period"]["id"], ledger, ped_rows)
    model = _mc_model(activity, factor_table, len(ped_rows))
    try:
        res = run(
            ledger, unit, int(iterations), int(seed), scale, components, progress, cancel, activity=activity
        )
    except MonteCarloCancelled as exc:
        raise ProjectError(f"{exc}; nothing was stored") from None
    res["model"] = {**res["model"], **model}
    res["gwp_set"] = prep["gwp_set"]
    res["deterministic"] = det.total
    res["inputs_hash"] = _mc_hash(prep, model, resolved, ped_digest)
    if pedigree is not None:
        res["pedigree"] = pedigree
        rows_of = {e["source"]: e["rows"] for e in pedigree["by_source"]}
        for c in res["contributions"]["sources"]:  # the variance shares say which rest on pedigree
            c["pedigree_rows"] = rows_of.get(c["name"], 0)
    res["footprint_inputs_hash"] = prep["hash"]
    if prep["shares_plan"] is not None:  # the ledger was sampled at the group's share (core._prepare)
        res["consolidation"] = {
            "approach": prep["shares_plan"].approach,
            "entities": [
                {"name": e.name, "kind": e.kind, "share_pct": e.share_pct, "basis": e.basis}
                for e in prep["shares_plan"].entities
            ],
        }
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
    ped_rows, ped_digest = _pedigree_rows(project, period_id)
    model = _mc_model(params["activity"], bool(params.get("factor_table", True)), len(ped_rows))
    _c, resolved = _factor_components(
        prep["ledger"].factors,
        uncertainty_overrides(project),
        prep["gwp_set"],
        bool(params.get("factor_table", True)),
    )
    return _mc_hash(prep, model, resolved, ped_digest)
