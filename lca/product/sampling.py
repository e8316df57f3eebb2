"""Monte Carlo over parameters: draw the uncertain parameters of a product system and recompute
the exchanges whose amounts are formulas of them.

Same conventions as exchange uncertainty (and inventory activities): ``pct`` is +/- % at 95 %
confidence for normal and lognormal (1.96 = two-sided 95 % quantile of the standard normal), and
the +/- % bounds for uniform and triangular. An exchange given by a formula takes its value from
the sampled parameters in each iteration, times its own drawn multiplier when it has an uncertainty
of its own (:mod:`lca.product.montecarlo`).
"""

from __future__ import annotations

import math

from . import formulas
from .validate import Resolved


def draw(rng, amount: float, dist: str, pct: float) -> float:
    p = abs(pct) / 100.0
    if dist in ("none", "") or p == 0 or amount == 0:
        return amount
    if dist == "normal":
        return float(rng.normal(amount, abs(amount) * p / 1.96))
    if dist == "lognormal":
        return math.copysign(float(math.exp(rng.normal(math.log(abs(amount)), math.log1p(p) / 1.96))), amount)
    lo, hi = sorted((amount * (1 - p), amount * (1 + p)))
    if dist == "uniform":
        return float(rng.uniform(lo, hi))
    if dist == "triangular":
        return float(rng.triangular(lo, amount, hi))
    raise ValueError(f"unknown uncertainty distribution '{dist}'")


def parameter_sampler(res: Resolved, seed: int):
    """A function ``sample(iteration) -> {exchange index: amount in provider units}``, or None when
    no parameter is uncertain or no exchange uses a formula."""
    import numpy as np

    system = res.system
    uncertain = [
        p for p in system.parameters if not p.formula and p.uncertainty.dist != "none" and p.uncertainty.pct
    ]
    with_formula = [
        (n, ex)
        for n, ex in enumerate(res.exchanges)
        if system.activity(ex.activity).exchanges[ex.index].formula
    ]
    if not uncertain or not with_formula:
        return None
    rng = np.random.default_rng(seed + 2)

    def sample(_iteration: int) -> dict[int, float]:
        drawn = {p.name: draw(rng, p.amount, p.uncertainty.dist, p.uncertainty.pct) for p in uncertain}
        values = formulas.parameter_values(system, drawn)
        return {
            n: formulas.exchange_amount(system, ex.activity, ex.index, values) * ex.factor
            for n, ex in with_formula
        }

    return sample
