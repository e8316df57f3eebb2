"""The organisation footprint: one Brightway LCA over the factor activities, spread over the ledger
with numpy (no per-row Python).

``compute(ledger, gwp_set, ...)`` aggregates the activity per factor (``np.bincount``), runs a
single LCA with that demand (:func:`lca.bw_factors.characterise`), and then gathers the per-unit
CO2e of each row's factor to build every breakdown with ``np.bincount``.
"""

from __future__ import annotations

import numpy as np

from .bw_factors import characterise
from .gwp import check_set
from .result import FootprintResult, Instrument, Ledger

KG_PER_T = 1000.0


class FootprintError(ValueError):
    """The footprint cannot be computed; the message names the source or field."""


def _sum_by(index: np.ndarray, weights: np.ndarray, labels: list) -> dict:
    if len(labels) == 0:
        return {}
    sums = np.bincount(index, weights=weights, minlength=len(labels))
    return {lab: float(v) for lab, v in zip(labels, sums, strict=True) if lab is not None}


def compute(
    ledger: Ledger,
    gwp_set: str,
    instruments: list[Instrument] | None = None,
    scope2_basis: str = "market",
    intensity: dict | None = None,
    allow_missing: bool = False,
    progress=None,
    cancel=None,
) -> FootprintResult:
    """Compute the footprint of ``ledger`` with GWP set ``gwp_set``.

    ``instruments``: scope 2 contractual instruments (market-based scope 2). ``scope2_basis``:
    which scope 2 figure goes into ``total`` ("market" or "location"); both are always reported.
    ``intensity``: name -> (denominator, unit). Sources with rows but no factor raise
    FootprintError naming them, unless ``allow_missing`` (then they are listed in
    ``missing_factors`` and contribute nothing, never silently).
    """
    gwp_set = check_set(gwp_set)
    if scope2_basis not in ("market", "location"):
        raise FootprintError(f"scope2_basis must be 'market' or 'location', got {scope2_basis!r}")

    def step(frac, msg):
        if progress:
            progress(frac, msg)
        if cancel is not None and cancel():
            raise FootprintError("calculation cancelled")

    sources = ledger.sources
    n_src = len(sources)
    src_factor = np.array([s.factor for s in sources], dtype=np.int64) if n_src else np.zeros(0, np.int64)
    row_factor = src_factor[ledger.source] if len(ledger) else np.zeros(0, np.int64)
    rows_per_source = (
        np.bincount(ledger.source, minlength=n_src) if len(ledger) else np.zeros(n_src, np.int64)
    )
    missing = [
        {"source": s.code, "rows": int(rows_per_source[i])}
        for i, s in enumerate(sources)
        if s.factor < 0 and rows_per_source[i] > 0
    ]
    if missing and not allow_missing:
        names = ", ".join(f"'{m['source']}' ({m['rows']} rows)" for m in missing)
        raise FootprintError(f"no emission factor assigned for source(s) {names}; assign one or exclude them")

    step(0.1, "Aggregating activity per factor")
    ok = row_factor >= 0
    qty = np.where(ok, ledger.quantity, 0.0)
    fidx = np.where(ok, row_factor, 0)
    n_f = len(ledger.factors)
    demand = np.bincount(fidx, weights=qty, minlength=n_f) if n_f else np.zeros(0)

    step(0.3, "Brightway LCA over the factor activities")
    if n_f:
        ch = characterise(ledger.factors, demand, gwp_set)
        unit_co2e = ch.co2e.sum(axis=1)  # kg CO2e per unit, per factor
        gases = ch.gases
    else:
        ch = None
        unit_co2e = np.zeros(0)
        gases = []

    step(0.6, "Scope 2 and breakdowns")
    # per source: quantity and location-based emissions (kg)
    src_qty = np.bincount(ledger.source, weights=qty, minlength=n_src) if len(ledger) else np.zeros(n_src)
    src_unit = (
        np.array([unit_co2e[s.factor] if s.factor >= 0 else 0.0 for s in sources]) if n_src else np.zeros(0)
    )
    src_loc = src_qty * src_unit
    src_mkt = src_loc.copy()
    code_index = {s.code: i for i, s in enumerate(sources)}
    warnings = []
    used_instruments = []
    covered = np.zeros(n_src)
    for ins in instruments or []:
        i = code_index.get(ins.source)
        if i is None:
            raise FootprintError(
                f"instrument {ins.ref or ins.kind}: source '{ins.source}' is not in the ledger"
            )
        if sources[i].scope != 2:
            raise FootprintError(
                f"instrument {ins.ref or ins.kind}: source '{ins.source}' is scope {sources[i].scope}; "
                "contractual instruments apply to scope 2 only"
            )
        room = max(src_qty[i] - covered[i], 0.0)
        q = min(ins.quantity, room)
        if ins.quantity > room + 1e-9:
            warnings.append(
                f"instrument {ins.ref or ins.kind} covers {ins.quantity:g} but source '{ins.source}' has only "
                f"{room:g} uncovered; the excess is not counted"
            )
        covered[i] += q
        src_mkt[i] += q * (ins.kg_co2e_per_unit - src_unit[i])
        used_instruments.append(
            {
                "source": ins.source,
                "kind": ins.kind,
                "ref": ins.ref,
                "quantity": q,
                "kg_co2e_per_unit": ins.kg_co2e_per_unit,
            }
        )
    scope = np.array([s.scope for s in sources], dtype=np.int64) if n_src else np.zeros(0, np.int64)
    s2 = scope == 2
    scope2_location = float(src_loc[s2].sum()) / KG_PER_T
    scope2_market = float(src_mkt[s2].sum()) / KG_PER_T
    other = float(src_loc[~s2].sum()) / KG_PER_T
    total_location = other + scope2_location
    total_market = other + scope2_market

    # per-source scale so every breakdown adds up to the reported total
    if scope2_basis == "market":
        scale = np.divide(src_mkt, src_loc, out=np.ones(n_src), where=src_loc != 0)
        src_em = src_mkt
    else:
        scale = np.ones(n_src)
        src_em = src_loc
    row_em = qty * (unit_co2e[fidx] if n_f else 0.0) * scale[ledger.source] / KG_PER_T if len(ledger) else qty

    has = (rows_per_source > 0) & (src_factor >= 0)
    by_source = {s.code: float(src_em[i]) / KG_PER_T for i, s in enumerate(sources) if has[i]}
    by_scope = {str(k): 0.0 for k in (1, 2, 3)}
    by_s3: dict = {}
    by_iso: dict = {}
    for i, s in enumerate(sources):
        if not has[i]:
            continue
        v = float(src_em[i]) / KG_PER_T
        by_scope[str(s.scope)] += v
        if s.s3_category:
            by_s3[str(s.s3_category)] = by_s3.get(str(s.s3_category), 0.0) + v
        by_iso[str(s.iso_category)] = by_iso.get(str(s.iso_category), 0.0) + v
    by_site = _sum_by(ledger.site + 1, row_em, ["(no site)", *ledger.sites])
    by_site = {k: v for k, v in by_site.items() if v != 0 or k != "(no site)"}
    by_month = _sum_by(ledger.month, row_em, ledger.months)

    by_gas: dict = {}
    gas_mass: dict = {}
    biogenic = 0.0
    if n_f:
        # quantity per factor, scaled per source (market-based scope 2 scales its gases)
        f_qty_scaled = np.zeros(n_f)
        np.add.at(f_qty_scaled, src_factor[src_factor >= 0], (src_qty * scale)[src_factor >= 0])
        f_qty = np.zeros(n_f)
        np.add.at(f_qty, src_factor[src_factor >= 0], src_qty[src_factor >= 0])
        gas_co2e = f_qty_scaled @ ch.co2e / KG_PER_T
        gas_kg = f_qty @ ch.mass / KG_PER_T
        for gi, g in enumerate(gases):
            if g == "CO2_biogenic":
                biogenic = float(gas_kg[gi])
                continue
            if gas_kg[gi] != 0:
                by_gas[g] = float(gas_co2e[gi])
                gas_mass[g] = float(gas_kg[gi])
    total = total_market if scope2_basis == "market" else total_location

    inten = {}
    for name, (den, unit) in (intensity or {}).items():
        if den:
            inten[name] = {"value": total / den, "denominator": den, "unit": unit}
        else:
            warnings.append(f"intensity '{name}': denominator is missing or zero; not reported")
    used = sorted(
        {sources[i].factor for i in range(n_src) if sources[i].factor >= 0 and rows_per_source[i] > 0}
    )
    step(1.0, "Footprint complete")
    return FootprintResult(
        gwp_set=gwp_set,
        total=total,
        total_location=total_location,
        total_market=total_market,
        scope2_basis=scope2_basis,
        by_scope=by_scope,
        scope2_location=scope2_location,
        scope2_market=scope2_market,
        by_s3_category=by_s3,
        by_iso_category=by_iso,
        by_site=by_site,
        by_source=by_source,
        by_gas=by_gas,
        gas_mass=gas_mass,
        by_month=by_month,
        biogenic_co2=biogenic,
        intensity=inten,
        missing_factors=missing,
        instruments=used_instruments,
        factors_used=[_factor_summary(ledger.factors[i]) for i in used],
        rows=ledger.row_count if ledger.row_count is not None else len(ledger),
        brightway_database=ch.database if ch else "",
        warnings=warnings,
    )


def _factor_summary(f) -> dict:
    return {
        "id": f.id,
        "name": f.name,
        "unit": f.unit,
        "gases_kg_per_unit": dict(f.gases),
        "source": f.source,
        "year": f.year,
        "region": f.region,
        "licence": f.licence,
        "origin": f.origin,
    }
