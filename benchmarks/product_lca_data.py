"""The synthetic LCI database of the product benchmark (``product_lca.py``), shaped like ecoinvent.

``n_products`` products x ``n_regions`` regional copies in 6 supply-chain tiers (0 = finished goods
... 5 = extraction). Each activity has about 8 technosphere inputs (mostly from upstream tiers, 70 %
from its own region), 3 to 4 elementary flows and lognormal uncertainty. Two kinds of loops, as in
real LCI data:

- **markets** (``hub_share`` of the products of tiers 2-3, about 1 %: electricity, heat, transport,
  common chemicals): every activity of tiers 1-5 buys from one or two markets of its region, and a
  market buys from 15 to 30 products of any tier 1-5. Markets and the activities they reach and are
  reached by form one large strongly connected component, as ecoinvent's markets do (its largest
  component holds most of the database);
- **short loops**: about 1 % of the upstream products buy a little from one of their own consumers
  (coal mining uses electricity made from coal), some from a consumer's consumer.

``hub_share=0`` gives the earlier structure (short loops only).
"""

from __future__ import annotations

DB = "bench-synthetic-lci"
TIERS = 6  # 0 = finished goods ... 5 = extraction
TIER_SHARE = (0.08, 0.12, 0.16, 0.2, 0.22, 0.22)


def generate(n_products: int, n_regions: int, seed: int = 1, hub_share: float = 0.01):
    """(database dict, biosphere dict, number of exchanges)."""
    import numpy as np

    from lca.bw_setup import biosphere_key

    rng = np.random.default_rng(seed)
    co2, ch4, n2o = biosphere_key("CO2"), biosphere_key("CH4_fossil"), biosphere_key("N2O")
    other = [("bench-biosphere", f"flow-{i}") for i in range(200)]
    bounds = np.cumsum(np.array(TIER_SHARE) * n_products).astype(int)
    tier = np.searchsorted(bounds, np.arange(n_products), side="right")
    by_tier = [np.nonzero(tier == t)[0] for t in range(TIERS)]
    regions = [f"R{r:02d}" for r in range(n_regions)]
    data = {}
    n_exc = 0

    def lognormal(amount, sigma):
        return {"uncertainty type": 2, "loc": float(np.log(amount)), "scale": sigma}

    inputs = []
    for p in range(n_products):
        t = tier[p]
        upstream = np.concatenate(by_tier[t + 1 :]) if t + 1 < TIERS else np.array([], dtype=int)
        n_in = 0 if t == TIERS - 1 else int(rng.integers(6, 12))
        inputs.append(
            [int(q) for q in rng.choice(upstream, size=min(n_in, len(upstream)), replace=False)]
            if n_in
            else []
        )
    consumers: dict[int, list[int]] = {}
    for q, ins in enumerate(inputs):
        for p in ins:
            consumers.setdefault(p, []).append(q)
    loops = {}
    for p in range(n_products):
        if tier[p] >= 2 and consumers.get(p) and rng.random() < 0.01:
            q = int(rng.choice(consumers[p]))
            if rng.random() < 0.3 and consumers.get(q):
                q = int(rng.choice(consumers[q]))
            loops[p] = q
    # markets and what they buy (any tier but finished goods)
    middle = np.concatenate(by_tier[2:4])
    n_hubs = int(round(hub_share * n_products))
    hubs = (
        [int(h) for h in rng.choice(middle, size=min(n_hubs, middle.size), replace=False)] if n_hubs else []
    )
    not_final = np.concatenate(by_tier[1:])
    hub_inputs = {
        h: [int(q) for q in rng.choice(not_final, size=int(rng.integers(15, 31)), replace=False) if q != h]
        for h in hubs
    }
    buys_hubs = {}
    if hubs:
        for p in range(n_products):
            if tier[p] >= 1 and p not in hub_inputs:
                k = int(rng.integers(1, 3))
                buys_hubs[p] = [int(h) for h in rng.choice(hubs, size=min(k, len(hubs)), replace=False)]
    for p in range(n_products):
        t = tier[p]
        for r, region in enumerate(regions):
            key = (DB, f"p{p:05d}-{region}")
            exchanges = [{"input": key, "amount": 1.0, "type": "production"}]
            for q in inputs[p]:
                rr = r if rng.random() < 0.7 else int(rng.integers(n_regions))
                amount = float(rng.uniform(0.005, 0.09))
                exchanges.append(
                    {
                        "input": (DB, f"p{int(q):05d}-{regions[rr]}"),
                        "amount": amount,
                        "type": "technosphere",
                        **lognormal(amount, float(rng.uniform(0.05, 0.3))),
                    }
                )
            for q in hub_inputs.get(p, ()):
                amount = float(rng.uniform(0.002, 0.02))
                exchanges.append(
                    {
                        "input": (DB, f"p{q:05d}-{region}"),
                        "amount": amount,
                        "type": "technosphere",
                        **lognormal(amount, float(rng.uniform(0.05, 0.2))),
                    }
                )
            for h in buys_hubs.get(p, ()):
                amount = float(rng.uniform(0.005, 0.03))
                exchanges.append(
                    {
                        "input": (DB, f"p{h:05d}-{region}"),
                        "amount": amount,
                        "type": "technosphere",
                        **lognormal(amount, float(rng.uniform(0.05, 0.2))),
                    }
                )
            if p in loops:
                exchanges.append(
                    {"input": (DB, f"p{loops[p]:05d}-{region}"), "amount": 0.002, "type": "technosphere"}
                )
            e_co2 = float(rng.uniform(0.05, 3.0)) * (3 if t == TIERS - 1 else 1)
            exchanges.append({"input": co2, "amount": e_co2, "type": "biosphere", **lognormal(e_co2, 0.1)})
            if rng.random() < 0.6:
                a = float(rng.uniform(1e-5, 5e-3))
                exchanges.append({"input": ch4, "amount": a, "type": "biosphere", **lognormal(a, 0.4)})
            if rng.random() < 0.4:
                exchanges.append(
                    {"input": n2o, "amount": float(rng.uniform(1e-6, 1e-4)), "type": "biosphere"}
                )
            exchanges.append(
                {
                    "input": other[int(rng.integers(len(other)))],
                    "amount": float(rng.uniform(0, 1)),
                    "type": "biosphere",
                }
            )
            n_exc += len(exchanges)
            data[key] = {
                "name": f"{'market ' if p in hub_inputs else ''}product {p} (tier {t})",
                "reference product": f"product {p}",
                "unit": "kilogram",
                "location": region,
                "type": "process",
                "exchanges": exchanges,
            }
    bio = {
        k: {
            "name": f"synthetic flow {k[1]}",
            "categories": ("air",),
            "unit": "kilogram",
            "type": "emission",
            "exchanges": [],
        }
        for k in other
    }
    return data, bio, n_exc
