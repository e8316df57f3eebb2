"""The factor set as a Brightway database, and one Brightway LCA over it.

Each factor becomes an activity (code = factor id) producing one unit of its activity unit and
emitting its gases as biosphere3 flows (biogenic CO2 as "Carbon dioxide, non-fossil", a published
CO2e total as the workbench's ``cnw-biosphere`` flow). The database name carries a hash of the
factor set, so project files with different user factors never overwrite each other's database
and an unchanged set is written once per machine.

:func:`characterise` runs a single ``bw2calc.LCA`` whose demand is the total activity per factor
(the whole ledger aggregated), and returns per factor and gas the mass and the CO2e per unit of
activity: the footprint engine multiplies these into every ledger row with numpy.

Precision: bw2data 3.6 stores matrix values as float32 (``data_store.py`` dtype), i.e. about 7
significant digits (0.4173 t/MWh becomes 0.41729999). Published factors must reproduce exactly
(400 MWh x 0.4173 = 166.92 t), so :func:`characterise` evaluates the same biosphere and
characterisation matrices in float64 from the factor table and the GWP table, checks them against
the Brightway LCA entry by entry (relative 1e-5; a mismatch means the Brightway database does not
hold these factors and raises), and returns the float64 values. The Brightway score and the
largest relative deviation are returned alongside.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass

import numpy as np

from . import bw_setup
from .factors import Factor, gas_ids
from .gwp import gwp_vector

DB_PREFIX = "cnw-factors-"


def factor_set_hash(factors: list[Factor]) -> str:
    """SHA-256 over the factors' ids, units and gas amounts (what the Brightway database holds)."""
    h = hashlib.sha256()
    for f in sorted(factors, key=lambda x: x.id):
        h.update(json.dumps([f.id, f.unit, sorted(f.gases.items())], sort_keys=True).encode())
    return h.hexdigest()


def database_name(factors: list[Factor]) -> str:
    return DB_PREFIX + factor_set_hash(factors)[:16]


def ensure_factor_database(factors: list[Factor], progress=None) -> str:
    """Write the Brightway database for ``factors`` unless it already exists; return its name."""
    bd = bw_setup.activate()
    bw_setup.ensure_setup(progress=None)
    name = database_name(factors)
    if name in bd.databases and bd.databases[name].get("cnw_complete"):
        return name
    if progress:
        progress(0.0, f"Writing {len(factors)} factors to Brightway database {name}")
    data = {}
    for f in factors:
        key = (name, f.id)
        exchanges = [{"input": key, "amount": 1.0, "type": "production"}]
        for gas, amount in f.gases.items():
            if amount:
                exchanges.append(
                    {"input": bw_setup.biosphere_key(gas), "amount": float(amount), "type": "biosphere"}
                )
        data[key] = {
            "name": f.name,
            "unit": f.unit,
            "reference product": f.name,
            # present so Brightway's search indexer does not query the exchanges of every
            # activity for missing keys (that made writing 2,000 factors take ~11 s more)
            "comment": f.notes or "",
            "categories": (f.category,) if f.category else (),
            "location": f.region or "GLO",
            "exchanges": exchanges,
            "cnw_source": f.source,
        }
    bw_setup.clear_for_rewrite(bd, name)  # an incomplete earlier write (bw2data cannot rewrite > 500)
    db = bd.Database(name)
    with bw_setup._quiet():
        db.write(data)
    bd.databases[name]["cnw_complete"] = True
    bd.databases.flush()
    if progress:
        progress(1.0, "Factor database ready")
    return name


@dataclass
class Characterisation:
    """Per factor (rows, in ``factor_ids`` order) and gas (columns, in ``gases`` order):
    ``mass`` kg of gas and ``co2e`` kg CO2e per unit of activity, from one Brightway LCA."""

    factor_ids: list[str]
    gases: list[str]
    mass: np.ndarray
    co2e: np.ndarray
    gwp_set: str
    database: str
    lca_score: float
    max_rel_deviation: float = 0.0


def characterise(factors: list[Factor], demand: np.ndarray, gwp_set: str, progress=None) -> Characterisation:
    """One Brightway LCA with ``demand[i]`` units of ``factors[i]`` (the ledger totals).

    Factors with zero demand still get unit values (they are given a unit demand in the LCA and the
    columns are rescaled), so the per-unit table is complete.
    """
    import bw2calc

    name = ensure_factor_database(factors, progress)
    method = bw_setup.method_key(gwp_set)
    amounts = np.asarray(demand, dtype=float)
    lca_demand = np.where(amounts != 0, amounts, 1.0)
    keys = [(name, f.id) for f in factors]
    with bw_setup._quiet():
        lca = bw2calc.LCA(dict(zip(keys, lca_demand.tolist(), strict=True)), method)
        lca.lci()
        lca.lcia()
    cols = np.array([lca.activity_dict[k] for k in keys], dtype=np.int64)
    gases = gas_ids()
    rows = []
    flow_rows = []
    for gi, g in enumerate(gases):
        bkey = bw_setup.biosphere_key(g)
        if bkey in lca.biosphere_dict:
            rows.append(gi)
            flow_rows.append(lca.biosphere_dict[bkey])
    inv = lca.inventory.tocsr()[flow_rows][:, cols].toarray()  # gases x factors, mass
    cinv = lca.characterized_inventory.tocsr()[flow_rows][:, cols].toarray()
    bw_mass = np.zeros((len(factors), len(gases)))
    bw_co2e = np.zeros((len(factors), len(gases)))
    bw_mass[:, rows] = (inv / lca_demand).T
    bw_co2e[:, rows] = (cinv / lca_demand).T
    gi = {g: i for i, g in enumerate(gases)}
    mass = np.zeros((len(factors), len(gases)))
    for fi, f in enumerate(factors):
        for g, a in f.gases.items():
            mass[fi, gi[g]] = a
    co2e = mass * np.asarray(gwp_vector(gases, gwp_set))
    dev = _max_rel_dev(mass, bw_mass, co2e, bw_co2e)
    if dev > 1e-5:
        raise RuntimeError(
            f"Brightway database {name} disagrees with the factor table (relative deviation {dev:.2e}); "
            "delete it from the Brightway project to rebuild it"
        )
    return Characterisation(
        factor_ids=[f.id for f in factors],
        gases=gases,
        mass=mass,
        co2e=co2e,
        gwp_set=gwp_set,
        database=name,
        lca_score=float(lca.score),
        max_rel_deviation=dev,
    )


def _max_rel_dev(mass, bw_mass, co2e, bw_co2e) -> float:
    dev = 0.0
    for exact, bw in ((mass, bw_mass), (co2e, bw_co2e)):
        scale = np.maximum(np.abs(exact), 1e-30)
        d = np.abs(exact - bw) / scale
        d[np.abs(exact) < 1e-30] = np.abs(bw[np.abs(exact) < 1e-30])
        dev = max(dev, float(d.max()) if d.size else 0.0)
    return dev
