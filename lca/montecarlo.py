"""Monte Carlo over the ledger: a seeded, vectorised sampler (numpy), equivalent to sampling the
activity amounts and factor rows of the Brightway matrices independently.

Uncertainty per ledger row (activity data) and per factor, ``pct`` = +/- % of the value:
- normal: 95 % interval = value x (1 +/- pct/100), so sigma = value x pct / 100 / 1.96;
- lognormal: median = value, geometric SD with GSD^1.96 = 1 + pct/100 (Brightway's convention of
  ``loc = ln(amount)``), so the mean is slightly above the deterministic value;
- uniform: bounds value x (1 +/- pct/100); triangular: same bounds, mode = value.
A factor's multiplier is shared by every row using it (correlated, as in one matrix entry).
Iterations are processed in blocks so memory stays bounded for large ledgers.
"""

from __future__ import annotations

import numpy as np

from .result import UNC_CODES, Ledger

_BLOCK_CELLS = 4_000_000


class MonteCarloCancelled(RuntimeError):
    pass


def multipliers(rng, codes: np.ndarray, pct: np.ndarray, n: int) -> np.ndarray:
    """``n`` x ``len(codes)`` multipliers of the deterministic value (1 where no uncertainty)."""
    k = len(codes)
    out = np.ones((n, k))
    p = np.asarray(pct, dtype=float) / 100.0
    for code in (1, 2, 3, 4):
        cols = np.nonzero((codes == code) & (p > 0))[0]
        if cols.size == 0:
            continue
        pc = p[cols]
        if code == UNC_CODES["normal"]:
            out[:, cols] = 1.0 + rng.standard_normal((n, cols.size)) * (pc / 1.96)
        elif code == UNC_CODES["lognormal"]:
            out[:, cols] = np.exp(rng.standard_normal((n, cols.size)) * (np.log1p(pc) / 1.96))
        elif code == UNC_CODES["uniform"]:
            out[:, cols] = 1.0 + (2.0 * rng.random((n, cols.size)) - 1.0) * pc
        else:  # symmetric triangular, inverse CDF
            u = rng.random((n, cols.size))
            out[:, cols] = 1.0 + pc * np.where(u < 0.5, np.sqrt(2 * u) - 1.0, 1.0 - np.sqrt(2 * (1 - u)))
    return out


def run(
    ledger: Ledger,
    unit_co2e: np.ndarray,
    iterations: int,
    seed: int,
    source_scale: np.ndarray | None = None,
    factor_unc: tuple[np.ndarray, np.ndarray] | None = None,
    progress=None,
    cancel=None,
) -> dict:
    """Sample the footprint ``iterations`` times (tonnes CO2e).

    ``unit_co2e[f]``: kg CO2e per unit of factor ``f``; ``source_scale[s]``: multiplier of source
    ``s`` (market-based scope 2), default 1; ``factor_unc``: (codes, pct) per factor.
    Returns mean, 2.5 and 97.5 percentiles of the total and of each scope, and the seed.
    """
    if iterations < 1:
        raise ValueError("iterations must be at least 1")
    rng = np.random.default_rng(seed)
    src_factor = np.array([s.factor for s in ledger.sources], dtype=np.int64)
    src_scope = np.array([s.scope for s in ledger.sources], dtype=np.int64)
    scale = np.ones(len(ledger.sources)) if source_scale is None else np.asarray(source_scale, float)
    row_f = src_factor[ledger.source] if len(ledger) else np.zeros(0, np.int64)
    ok = row_f >= 0
    f = row_f[ok]
    w = ledger.quantity[ok] * np.asarray(unit_co2e)[f] * scale[ledger.source[ok]] / 1000.0
    scope_idx = src_scope[ledger.source[ok]] - 1
    unc = ledger.unc_code[ok] > 0
    n_f = len(unit_co2e)
    # rows without uncertainty: constant per (scope, factor)
    const = np.zeros((3, n_f))
    np.add.at(const, (scope_idx[~unc], f[~unc]), w[~unc])
    uw, uf, us = w[unc], f[unc], scope_idx[unc]
    ucode, upct = ledger.unc_code[ok][unc], ledger.unc_pct[ok][unc]
    ind = np.zeros((uw.size, 3))
    ind[np.arange(uw.size), us] = 1.0
    fcodes, fpct = factor_unc if factor_unc is not None else (np.zeros(n_f, np.int8), np.zeros(n_f))
    has_f_unc = bool(np.any((np.asarray(fcodes) > 0) & (np.asarray(fpct) > 0)))

    block = max(1, min(iterations, _BLOCK_CELLS // max(uw.size, 1)))
    scopes = np.empty((iterations, 3))
    done = 0
    while done < iterations:
        b = min(block, iterations - done)
        fm = multipliers(rng, np.asarray(fcodes), np.asarray(fpct), b) if has_f_unc else np.ones((b, n_f))
        part = fm @ const.T  # b x 3
        if uw.size:
            m = multipliers(rng, ucode, upct, b) * uw
            if has_f_unc:
                m *= fm[:, uf]
            part += m @ ind
        scopes[done : done + b] = part
        done += b
        if progress:
            progress(done / iterations, f"Monte Carlo {done}/{iterations}")
        if cancel is not None and cancel():
            raise MonteCarloCancelled(f"Monte Carlo cancelled after {done} iterations")
    total = scopes.sum(axis=1)

    def stats(x):
        return {
            "mean": float(x.mean()),
            "p2_5": float(np.percentile(x, 2.5)),
            "p97_5": float(np.percentile(x, 97.5)),
        }

    return {
        "iterations": int(iterations),
        "seed": int(seed),
        "total": stats(total),
        "by_scope": {str(s + 1): stats(scopes[:, s]) for s in range(3)},
    }
