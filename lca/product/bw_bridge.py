"""Brightway side of a product system: write the foreground as a Brightway database (a cache
rebuilt from the project file whenever its content hash changes) and read the matrices back.

Background references whose database or activity is not installed (e.g. licensed data on an
auditor's laptop) are added at the matrix level as "cached" activities whose only emission is their
cached per-unit score, so the product can still be computed and checked.
"""

from __future__ import annotations

import hashlib
import json
import warnings

import numpy as np

from ..quiet import quiet  # noqa: F401  (re-exported: the importers use bw_bridge.quiet)
from .matrices import ActivityInfo, FlowInfo, MatrixSystem, params_array, uncertainty_fields
from .model import BackgroundRef, ProductModelError
from .validate import Resolved

CACHED_FLOW_KEY = ("cnw-cached", "background-score")


def bw():
    """bw2data with the workbench Brightway project active."""
    from lca.bw_setup import activate

    return activate()


def flow_key(target: str) -> tuple:
    """``"CO2"`` (a workbench gas id) or ``"database|code"`` -> a Brightway flow key."""
    if "|" in target:
        db, code = target.split("|", 1)
        return (db, code)
    from lca.bw_setup import biosphere_key
    from lca.gwp import GWPError, canonical_gas

    try:
        return biosphere_key(canonical_gas(target))
    except (GWPError, KeyError) as exc:
        raise ProductModelError(
            f"unknown elementary flow '{target}' (use a gas id such as CO2, CH4_fossil, "
            "N2O, or 'database|code')",
            field="target",
        ) from exc


def background_availability(refs: list[BackgroundRef]) -> dict[str, dict | None]:
    """For each ref id: the installed Brightway activity's data (name, unit, location,
    reference product), or None when its database or activity is not installed."""
    bd = bw()
    out = {}
    for ref in refs:
        if ref.database not in bd.databases or (ref.database, ref.code) not in bd.mapping:
            out[ref.ref_id] = None
            continue
        try:
            act = bd.get_activity((ref.database, ref.code))
        except Exception:  # bw2data raises UnknownObject (peewee DoesNotExist) for stale mappings
            out[ref.ref_id] = None
            continue
        out[ref.ref_id] = {
            "name": act.get("name", ""),
            "unit": act.get("unit", ""),
            "location": act.get("location", ""),
            "reference_product": act.get("reference product", ""),
        }
    return out


def _exchange_unc(amount, unc) -> dict:
    f = uncertainty_fields(amount, unc.dist, unc.pct)
    out = {"uncertainty type": f.pop("uncertainty_type")}
    out.update({k: v for k, v in f.items() if k != "negative"})
    if f.get("negative"):
        out["negative"] = True
    return out


def foreground_data(db_name: str, res: Resolved, available: dict[str, dict | None]) -> dict:
    """The Brightway database dict of the foreground (exchanges to uninstalled background omitted)."""
    bd = bw()
    refs = {r.ref_id: r for r in res.system.background}
    data = {}
    for act in res.system.activities:
        data[(db_name, act.code)] = {
            "name": act.name,
            "unit": act.unit,
            "location": act.location or "GLO",
            "type": "process",
            "reference product": act.name,
            "cnw_stage": act.stage,
            "comment": act.comment,
            "exchanges": [
                {"input": (db_name, act.code), "amount": float(act.production), "type": "production"}
            ],
        }
    for n, ex in enumerate(res.exchanges):
        acts = data[(db_name, ex.activity)]["exchanges"]
        if ex.kind == "technosphere":
            key, kind = (db_name, ex.target), "technosphere"
        elif ex.kind == "background":
            if available.get(ex.target) is None:
                continue
            ref = refs[ex.target]
            key, kind = (ref.database, ref.code), "technosphere"
        else:
            key, kind = flow_key(ex.target), "biosphere"
            if key not in bd.mapping:
                raise ProductModelError(
                    f"product system '{res.system.name}', {ex.label}: elementary flow "
                    f"{key} is not in Brightway",
                    system=res.system.name,
                    activity=ex.activity,
                    field="target",
                )
        row = {"input": key, "amount": float(ex.amount), "type": kind, "cnw_exc": n}
        row.update(_exchange_unc(float(ex.amount), ex.uncertainty))
        acts.append(row)
    return data


def data_hash(data: dict) -> str:
    blob = json.dumps({"|".join(k): v for k, v in sorted(data.items())}, sort_keys=True, default=str)
    return hashlib.sha256(blob.encode()).hexdigest()


def write_foreground(db_name: str, data: dict) -> bool:
    """Write ``data`` as Brightway database ``db_name`` unless it already holds exactly that.
    Returns True when it wrote."""
    bd = bw()
    digest = data_hash(data)
    if db_name in bd.databases and bd.databases[db_name].get("cnw_hash") == digest:
        return False
    from lca.bw_setup import clear_for_rewrite

    clear_for_rewrite(bd, db_name)
    with quiet():
        db = bd.Database(db_name)
        db.register(description="Carbon-Neutrality Workbench product system (rebuilt from the .cnw file)")
        db.write(data)
    bd.databases[db_name]["cnw_hash"] = digest
    bd.databases.flush()
    return True


def matrix_system(
    demand: dict,
    method: tuple,
    res: Resolved | None = None,
    cached_refs: list | None = None,
    gwp_set: str = "",
    describe_all: bool = True,
    fg_data: dict | None = None,
) -> MatrixSystem:
    """Load the matrices for ``demand`` from Brightway (bw2calc indexing), add the cached background
    activities, and return a :class:`MatrixSystem`. ``res`` marks foreground activities (stage).

    Brightway 2.4 stores processed amounts as float32; with ``fg_data`` (the foreground database
    dict) the foreground columns are refilled from it in float64, so foreground numbers are exact."""
    from bw2calc import LCA
    from bw2calc.errors import NonsquareTechnosphere

    bd = bw()
    with quiet():
        lca = LCA(demand, method)
        try:
            with warnings.catch_warnings():  # "No biosphere flows found": handled below, and said so
                warnings.simplefilter("ignore", UserWarning)
                lca.load_lci_data()
        except NonsquareTechnosphere as exc:
            lca.fix_dictionaries()
            raise ProductModelError(_structure_message(lca, bd)) from exc
        if lca.biosphere_dict:
            lca.load_lcia_data()
            cf_rows, cf_amounts = lca.cf_params["row"], lca.cf_params["amount"]
        else:  # nothing emits anything: bw2calc cannot build a characterisation matrix
            cf_rows, cf_amounts = np.zeros(0, dtype=np.int64), np.zeros(0)
    act_dict = lca.activity_dict
    keys = [None] * len(act_dict)
    for k, i in act_dict.items():
        keys[i] = k
    # bw2calc indexes products and activities separately; put products on their activity's index
    # (a product node of bw2data 3.x, not itself an activity, goes on the one activity producing it).
    tp = lca.tech_params
    row_map, product_alias = _product_rows(lca, bd)
    tech = params_array(len(tp))
    tech["row"] = row_map[tp["row"]]
    tech["col"] = tp["col"]
    tech["amount"] = tp["amount"]
    tech["sign"] = np.where(tp["type"] == 1, -1.0, 1.0)  # TYPE_DICTIONARY technosphere = 1: inputs
    bp = lca.bio_params
    bio = params_array(len(bp))
    bio["row"], bio["col"], bio["amount"] = bp["row"], bp["col"], bp["amount"]
    for dst, src in ((tech, tp), (bio, bp)):
        for f in ("uncertainty_type", "loc", "scale", "shape", "minimum", "maximum", "negative"):
            dst[f] = src[f]
    if fg_data:
        tech, bio = _exact_foreground(tech, bio, fg_data, {**act_dict, **product_alias}, lca.biosphere_dict)
    flow_keys = [None] * len(lca.biosphere_dict)
    for k, i in lca.biosphere_dict.items():
        flow_keys[i] = k
    cf = np.zeros(len(flow_keys))
    np.add.at(cf, cf_rows, cf_amounts)
    characterised = np.zeros(len(flow_keys), dtype=bool)
    characterised[cf_rows] = True
    _exact_values(bio, cf, flow_keys, keys, method)

    fg = {}
    if res is not None:
        fg = {a.code: a for a in res.system.activities}
    activities = []
    for k in keys:
        a = fg.get(k[1]) if k[0] in {d for d, _ in demand} else None
        if a is not None:
            activities.append(ActivityInfo(k, a.name, a.unit, a.location, a.stage, "foreground"))
        else:
            activities.append(ActivityInfo(k))
    if describe_all:
        described = _describe(bd, [a.key for a in activities if a.kind == "background"])
        for a in activities:
            if a.kind == "background":
                d = described.get(a.key, {})
                a.name, a.unit, a.location = d.get("name", ""), d.get("unit", ""), d.get("location", "")
    fl_data = _describe(bd, flow_keys)
    flows = []
    for k in flow_keys:
        fl = fl_data.get(k, {})
        flows.append(
            FlowInfo(k, fl.get("name") or k[1], "/".join(fl.get("categories") or ()), fl.get("unit", ""))
        )
    ms_args = dict(
        activities=activities,
        flows=flows,
        tech=tech,
        bio=bio,
        cf=cf,
        characterised=characterised,
        describer=_describer(bd),
    )
    if res is not None and cached_refs:
        ms_args = _add_cached(ms_args, res, cached_refs, gwp_set)
    ms = MatrixSystem(**ms_args)
    for prod_key, col in product_alias.items():
        ms.index.setdefault(prod_key, col)
    return ms


def _describe(bd, keys) -> dict:
    """name, unit, location, categories of many nodes in one query per database."""
    from bw2data.backends.peewee import ActivityDataset as AD

    by_db: dict[str, list] = {}
    for k in keys:
        by_db.setdefault(k[0], []).append(k[1])
    out = {}
    for db, codes in by_db.items():
        for i in range(0, len(codes), 500):  # SQLite's bound-parameter limit
            chunk = codes[i : i + 500]
            for row in AD.select(AD.code, AD.data).where((AD.database == db) & (AD.code.in_(chunk))):
                d = row.data
                out[(db, row.code)] = {
                    "name": d.get("name", ""),
                    "unit": d.get("unit", ""),
                    "location": d.get("location", ""),
                    "categories": d.get("categories") or (),
                }
    return out


def _describer(bd):
    def describe(key):
        return _describe(bd, [key]).get(key)

    return describe


def _product_rows(lca, bd):
    """Row -> column map of the technosphere (each product on the activity producing it), and the
    product keys that are not activities (bw2data product nodes) -> their producer's column.
    Refuses with the reason a product produced by several activities, or by none."""
    act_dict, prod_dict, tp = lca.activity_dict, lca.product_dict, lca.tech_params
    rev_prod = {i: k for k, i in prod_dict.items()}
    producers: dict[int, set] = {}
    prod_rows = tp["type"] == 0  # TYPE_DICTIONARY production = 0
    for r, c in zip(tp["row"][prod_rows], tp["col"][prod_rows], strict=True):
        producers.setdefault(int(r), set()).add(int(c))
    row_map = np.empty(len(prod_dict), dtype=np.int64)
    alias, problems = {}, []
    for i in range(len(prod_dict)):
        key = rev_prod[i]
        if key in act_dict:
            row_map[i] = act_dict[key]
            continue
        cols = producers.get(i, set())
        if len(cols) == 1:
            row_map[i] = alias[key] = next(iter(cols))
        else:
            problems.append((key, cols))
    if problems:
        rev_act = {i: k for k, i in act_dict.items()}
        lines = []
        for key, cols in problems[:5]:
            if cols:
                names = ", ".join(_node_label(bd, rev_act[c]) for c in sorted(cols)[:5])
                lines.append(
                    f"product {_node_label(bd, key)} is produced by {len(cols)} activities ({names})"
                )
            else:
                lines.append(f"product {_node_label(bd, key)} is produced by no activity")
        raise ProductModelError(
            "the background data cannot be solved as single-output processes: " + "; ".join(lines)
        )
    if len(set(row_map.tolist())) != len(row_map):
        lca_msg = _structure_message(lca, bd)
        raise ProductModelError(lca_msg)
    return row_map, alias


def _node_label(bd, key) -> str:
    try:
        node = bd.get_activity(key)
        return f"'{node.get('name') or key[1]}' ({key[0]}, {node.get('type', 'process')})"
    except Exception:  # noqa: BLE001  (a stale key still gets named)
        return f"{key}"


def _structure_message(lca, bd) -> str:
    """Why the technosphere is not square: multi-output activities, activities used as inputs whose
    output is a separate product node, products nobody produces."""
    act_dict, prod_dict, tp = lca.activity_dict, lca.product_dict, lca.tech_params
    rev_act = {i: k for k, i in act_dict.items()}
    rev_prod = {i: k for k, i in prod_dict.items()}
    prod = tp["type"] == 0
    outputs: dict[int, list] = {}
    produced = set()
    for r, c in zip(tp["row"][prod], tp["col"][prod], strict=True):
        outputs.setdefault(int(c), []).append(rev_prod[int(r)])
        produced.add(int(r))
    lines = []
    for c, prods in outputs.items():
        if len(set(prods)) > 1:
            names = ", ".join(_node_label(bd, k) for k in prods[:5])
            lines.append(f"activity {_node_label(bd, rev_act[c])} is multi-output ({names})")
    for r in range(len(prod_dict)):
        key = rev_prod[r]
        if r in produced:
            continue
        if key in act_dict:
            outs = [k for k in outputs.get(act_dict[key], []) if k != key]
            if outs:
                lines.append(
                    f"activity {_node_label(bd, key)} is used as an input, but its output is the product "
                    f"{_node_label(bd, outs[0])}: link the input to that product"
                )
                continue
        lines.append(f"{_node_label(bd, key)} is used as an input but nothing produces it")
    detail = "; ".join(lines[:5]) or (f"{len(act_dict)} activities and {len(prod_dict)} products")
    return (
        "the technosphere is not square (each activity must produce exactly one product, and each "
        f"product must be produced by one activity): {detail}"
    )


def _close(a: float, b: float) -> bool:
    return abs(a - b) <= 1e-6 * max(abs(a), abs(b))


def _exact_values(bio, cf, flow_keys, act_keys, method) -> None:
    """Brightway 2.4 keeps amounts as float32 (0.4173 becomes 0.41729999). Refill in float64, in
    place, what the workbench knows exactly: the GWP of its gas flows in its own methods, and the gas
    amounts of the shipped factor library's activities. A value is refilled only when the float32
    one agrees with it to 1e-6, so data that differs is never overwritten."""
    from lca.bw_setup import METHOD_NAMESPACE, biosphere_key
    from lca.gwp import GWPError, gases, gwp

    gas_of = {}
    for gid in gases():
        try:
            gas_of[biosphere_key(gid)] = gid
        except KeyError:
            continue
    if tuple(method[:2]) == tuple(METHOD_NAMESPACE):
        for i, k in enumerate(flow_keys):
            gid = gas_of.get(k)
            if gid is None or not cf[i]:
                continue
            try:
                exact = 1.0 if gid == "CO2e" else gwp(gid, method[2])
            except GWPError:
                continue
            if _close(cf[i], exact):
                cf[i] = exact
    factor_cols = {i: k[1] for i, k in enumerate(act_keys) if str(k[0]).startswith("cnw-factors-")}
    if not factor_cols:
        return
    from lca.factors import load_library

    lib = load_library()
    for n in np.nonzero(np.isin(bio["col"], list(factor_cols)))[0]:
        f = lib.get(factor_cols[int(bio["col"][n])])
        gid = gas_of.get(flow_keys[int(bio["row"][n])])
        if f is None or gid is None or gid not in f.gases:
            continue
        if _close(float(bio["amount"][n]), f.gases[gid]):
            bio["amount"][n] = f.gases[gid]
            if bio["uncertainty_type"][n] <= 1:
                bio["loc"][n] = f.gases[gid]


def _exact_foreground(tech, bio, fg_data: dict, act_dict: dict, bio_dict: dict):
    """Replace the parameter rows of foreground columns by float64 rows built from ``fg_data``."""
    fg_cols = np.array(sorted(act_dict[k] for k in fg_data), dtype=np.int64)
    t_rows, b_rows = [], []
    for out_key, ds in fg_data.items():
        col = act_dict[out_key]
        for exc in ds["exchanges"]:
            unc = {"uncertainty_type": exc.get("uncertainty type", 0)}
            unc.update(
                {f: exc[f] for f in ("loc", "scale", "shape", "minimum", "maximum", "negative") if f in exc}
            )
            unc["exc"] = exc.get("cnw_exc", -1)
            if exc["type"] == "biosphere":
                b_rows.append((bio_dict[exc["input"]], col, exc["amount"], 1.0, unc))
            else:
                sign = 1.0 if exc["type"] == "production" else -1.0
                t_rows.append((act_dict[exc["input"]], col, exc["amount"], sign, unc))
    keep_t = tech[~np.isin(tech["col"], fg_cols)]
    keep_b = bio[~np.isin(bio["col"], fg_cols)]
    return np.concatenate((keep_t, _rows(t_rows))), np.concatenate((keep_b, _rows(b_rows)))


def _add_cached(args: dict, res: Resolved, cached_refs: list[BackgroundRef], gwp_set: str) -> dict:
    """Append one activity per uninstalled background ref, emitting its cached score."""
    acts, flows = list(args["activities"]), list(args["flows"])
    index = {a.key: i for i, a in enumerate(acts)}
    fg_db = next(a.key[0] for a in acts if a.kind == "foreground")
    flow_row = len(flows)
    flows.append(FlowInfo(CACHED_FLOW_KEY, "Background (cached score, kg CO2e)", "", "kg CO2e"))
    cf = np.concatenate((args["cf"], [1.0]))
    characterised = np.concatenate((args["characterised"], [True]))
    extra_t, extra_b = [], []
    ref_col = {}
    for ref in cached_refs:
        if gwp_set not in ref.cached:
            raise ProductModelError(
                f"product system '{res.system.name}': background activity '{ref.name or ref.code}' "
                f"({ref.database} {ref.version}, key {ref.code}) is not installed in Brightway and has no "
                f"cached {gwp_set} value; import the database or calculate once where it is installed",
                system=res.system.name,
                field="background",
            )
        col = len(acts)
        ref_col[ref.ref_id] = col
        acts.append(
            ActivityInfo(
                ("cached", ref.ref_id),
                f"{ref.name or ref.code} (cached, {ref.database} {ref.version})".replace(" )", ")"),
                ref.unit,
                ref.location,
                None,
                "cached",
            )
        )
        extra_t.append((col, col, 1.0, 1.0, {"uncertainty_type": 0}))
        extra_b.append((flow_row, col, float(ref.cached[gwp_set]), 1.0, {"uncertainty_type": 0}))
    for n, ex in enumerate(res.exchanges):
        if ex.kind == "background" and ex.target in ref_col:
            unc = uncertainty_fields(ex.amount, ex.uncertainty.dist, ex.uncertainty.pct)
            unc["exc"] = n
            extra_t.append((ref_col[ex.target], index[(fg_db, ex.activity)], ex.amount, -1.0, unc))
    tech = np.concatenate((args["tech"], _rows(extra_t)))
    bio = np.concatenate((args["bio"], _rows(extra_b)))
    return dict(activities=acts, flows=flows, tech=tech, bio=bio, cf=cf, characterised=characterised)


def _rows(items) -> np.ndarray:
    arr = params_array(len(items))
    for i, (r, c, amount, sign, unc) in enumerate(items):
        arr[i]["row"], arr[i]["col"], arr[i]["amount"], arr[i]["sign"] = r, c, amount, sign
        for f, v in unc.items():
            arr[i][f] = v
    return arr
