"""Monte Carlo over the ledger: a seeded, vectorised sampler (numpy) with a stated correlation model.

Uncertainty per ledger row (activity data) and per factor, ``pct`` = +/- % of the value at 95 %:

- normal: 95 % interval = value x (1 +/- pct/100), so sigma = value x pct / 100 / 1.96;
- lognormal: median = value, geometric SD with GSD^1.96 = 1 + pct/100 (Brightway's convention of
  ``loc = ln(amount)``), so the mean is slightly above the deterministic value;
- uniform: bounds value x (1 +/- pct/100); triangular: same bounds, mode = value.

Correlation model (recorded in every result under ``model``):

- **factors**: one draw per factor (per gas component of a factor, when its uncertainty is given
  per gas) per iteration, shared by every ledger row that uses the factor: a wrong factor is wrong
  for all of them;
- **activity data**, ``activity="source"`` (default): one standard-normal draw per source per
  iteration, shared by every row of the source; each row turns it into its own multiplier through
  its own distribution (normal / lognormal directly, uniform / triangular through the normal CDF),
  so the rows of a source are fully rank-correlated: a systematic error (a wrong meter, a wrong
  conversion) is shared, and splitting a year into 12 monthly rows leaves the range unchanged;
- ``activity="row"``: one draw per row (independent meter readings): 12 monthly rows of +/- p %
  give the source +/- p / sqrt(12) %.

Rows that share a source, factor, scope and distribution share their multiplier under the default
model, so they are summed first: the work is per (source, factor), not per row. Iterations are
processed in blocks so memory stays bounded for large ledgers (per-row model).
"""

from __future__ import annotations

import numpy as np

from .result import UNC_CODES, Ledger

_BLOCK_CELLS = 4_000_000

#: How activity uncertainty is drawn: one draw per source (default) or per ledger row.
ACTIVITY_GROUPINGS = ("source", "row")
#: How factor uncertainty is drawn (the one model): one draw per factor shared by every row.
FACTOR_CORRELATION = "shared per factor"


class MonteCarloCancelled(RuntimeError):
    pass


def transform(z: np.ndarray, codes: np.ndarray, pct: np.ndarray) -> np.ndarray:
    """Multipliers of the deterministic value from standard-normal draws ``z`` (n x k), one column
    per entry of ``codes`` / ``pct``; 1 where there is no uncertainty."""
    from scipy.special import ndtr

    out = np.ones(z.shape)
    codes = np.asarray(codes)
    p = np.asarray(pct, dtype=float) / 100.0
    for code in (1, 2, 3, 4):
        cols = np.nonzero((codes == code) & (p > 0))[0]
        if cols.size == 0:
            continue
        pc = p[cols]
        zc = z[:, cols]
        if code == UNC_CODES["normal"]:
            out[:, cols] = 1.0 + zc * (pc / 1.96)
        elif code == UNC_CODES["lognormal"]:
            out[:, cols] = np.exp(zc * (np.log1p(pc) / 1.96))
        elif code == UNC_CODES["uniform"]:
            out[:, cols] = 1.0 + (2.0 * ndtr(zc) - 1.0) * pc
        else:  # symmetric triangular, inverse CDF
            u = ndtr(zc)
            out[:, cols] = 1.0 + pc * np.where(u < 0.5, np.sqrt(2 * u) - 1.0, 1.0 - np.sqrt(2 * (1 - u)))
    return out


def multipliers(rng, codes: np.ndarray, pct: np.ndarray, n: int) -> np.ndarray:
    """``n`` x ``len(codes)`` independent multipliers of the deterministic value."""
    return transform(rng.standard_normal((n, len(codes))), codes, pct)


def _factor_parts(factor_unc, n_f: int):
    """(factor index, share of the factor's CO2e, code, pct) arrays from either form of
    ``factor_unc``: (codes, pct) per factor, or (factor index, share, codes, pct) per component."""
    if factor_unc is None:
        return np.zeros(0, np.int64), np.zeros(0), np.zeros(0, np.int8), np.zeros(0)
    if len(factor_unc) == 2:
        codes, pct = factor_unc
        return np.arange(n_f), np.ones(n_f), np.asarray(codes), np.asarray(pct, float)
    fi, share, codes, pct = factor_unc
    return np.asarray(fi, np.int64), np.asarray(share, float), np.asarray(codes), np.asarray(pct, float)


def run(
    ledger: Ledger,
    unit_co2e: np.ndarray,
    iterations: int,
    seed: int,
    source_scale: np.ndarray | None = None,
    factor_unc: tuple | None = None,
    progress=None,
    cancel=None,
    activity: str = "source",
    bins: int = 40,
) -> dict:
    """Sample the footprint ``iterations`` times (tonnes CO2e).

    ``unit_co2e[f]``: kg CO2e per unit of factor ``f``; ``source_scale[s]``: multiplier of source
    ``s`` (market-based scope 2), default 1; ``factor_unc``: (codes, pct) per factor, or
    (factor index, share, codes, pct) per component (a factor's CO2e split by gas, each gas with its
    own distribution; the shares of a factor add up to 1); ``activity``: "source" or "row" (see the
    module's docstring).

    Returns the model, mean / sd / median / 2.5 and 97.5 percentiles of the total and of each scope,
    a histogram of the total, and each source's and factor's share of the total's variance.
    """
    if iterations < 1:
        raise ValueError("iterations must be at least 1")
    if activity not in ACTIVITY_GROUPINGS:
        raise ValueError(
            f"activity grouping must be one of {', '.join(ACTIVITY_GROUPINGS)}, got {activity!r}"
        )
    from scipy import sparse

    rng = np.random.default_rng(seed)
    n_src = len(ledger.sources)
    src_factor = np.array([s.factor for s in ledger.sources], dtype=np.int64)
    src_scope = np.array([s.scope for s in ledger.sources], dtype=np.int64)
    scale = np.ones(n_src) if source_scale is None else np.asarray(source_scale, float)
    row_f = src_factor[ledger.source] if len(ledger) else np.zeros(0, np.int64)
    ok = row_f >= 0
    f = row_f[ok]
    row_src = ledger.source[ok]
    w = ledger.quantity[ok] * np.asarray(unit_co2e)[f] * scale[row_src] / 1000.0
    scope_idx = src_scope[row_src] - 1
    code, pct = ledger.unc_code[ok], ledger.unc_pct[ok]
    unc = (code > 0) & (pct > 0)
    n_f = len(unit_co2e)
    # rows without activity uncertainty: constant per (scope, factor)
    const = np.zeros((3, n_f))
    np.add.at(const, (scope_idx[~unc], f[~unc]), w[~unc])
    # rows with activity uncertainty: columns of (group, factor, scope, distribution, pct)
    if activity == "source":
        keys = np.column_stack([row_src[unc], f[unc], scope_idx[unc], code[unc], pct[unc]]).astype(float)
        cols, inv = np.unique(keys, axis=0, return_inverse=True) if keys.size else (np.zeros((0, 5)), None)
        cw = np.bincount(inv.ravel(), weights=w[unc], minlength=len(cols)) if keys.size else np.zeros(0)
        c_src = cols[:, 0].astype(np.int64)
        c_grp = c_src
        n_groups = n_src
    else:
        cols = np.column_stack([row_src[unc], f[unc], scope_idx[unc], code[unc], pct[unc]]).astype(float)
        cw = w[unc]
        c_src = row_src[unc]
        c_grp = np.arange(cw.size)
        n_groups = cw.size
    c_f = cols[:, 1].astype(np.int64)
    c_scope = cols[:, 2].astype(np.int64)
    c_code, c_pct = cols[:, 3].astype(np.int8), cols[:, 4]
    n_c = cw.size
    ind_scope = sparse.csr_matrix((np.ones(n_c), (np.arange(n_c), c_scope)), shape=(n_c, 3))
    ind_src = sparse.csr_matrix((np.ones(n_c), (np.arange(n_c), c_src)), shape=(n_c, max(n_src, 1)))
    # the groups that carry activity uncertainty (sources under both models) and the draws they need
    act_sources = np.unique(c_src)

    pf, pshare, pcode, ppct = _factor_parts(factor_unc, n_f)
    live = (pcode > 0) & (ppct > 0) & (pshare > 0)
    has_f_unc = bool(live.any())
    # every factor's multiplier = sum of its components' shares x their multipliers; a factor
    # without uncertain components keeps the rest of its share at 1 (a constant part)
    fixed = np.ones(n_f)
    np.subtract.at(fixed, pf[live], pshare[live])
    pf, pshare, pcode, ppct = pf[live], pshare[live], pcode[live], ppct[live]
    n_p = pf.size
    comp = sparse.csr_matrix((pshare, (np.arange(n_p), pf)), shape=(n_p, n_f)) if n_p else None
    unc_factors = np.unique(pf)

    block = max(1, min(iterations, _BLOCK_CELLS // max(n_c, n_p, 1)))
    scopes = np.empty((iterations, 3))
    act = np.empty((iterations, act_sources.size))  # each uncertain source at its factor's value
    fac = np.empty((iterations, unc_factors.size))  # each uncertain factor's multiplier
    done = 0
    while done < iterations:
        b = min(block, iterations - done)
        if has_f_unc:
            fm = fixed + np.asarray(transform(rng.standard_normal((b, n_p)), pcode, ppct) @ comp)
        else:
            fm = np.ones((b, n_f))
        part = fm @ const.T  # b x 3
        if n_c:
            z = rng.standard_normal((b, n_groups))
            m = transform(z[:, c_grp], c_code, c_pct) * cw
            act[done : done + b] = np.asarray(m @ ind_src)[:, act_sources]
            if has_f_unc:
                m *= fm[:, c_f]
            part += np.asarray(m @ ind_scope)
        fac[done : done + b] = fm[:, unc_factors]
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
            "sd": float(x.std(ddof=1)) if x.size > 1 else 0.0,
            "median": float(np.median(x)),
            "p2_5": float(np.percentile(x, 2.5)),
            "p97_5": float(np.percentile(x, 97.5)),
        }

    counts, edges = np.histogram(total, bins=max(1, int(bins)))
    return {
        "iterations": int(iterations),
        "seed": int(seed),
        "model": {
            "factors": FACTOR_CORRELATION,
            "activity": activity,
        },
        "total": stats(total),
        "by_scope": {str(s + 1): stats(scopes[:, s]) for s in range(3)},
        "histogram": {"edges": [float(e) for e in edges], "counts": [int(c) for c in counts]},
        "contributions": {
            "sources": _shares(act, total, [ledger.sources[i].code for i in act_sources]),
            "factors": _shares(fac, total, [getattr(ledger.factors[i], "id", str(i)) for i in unc_factors]),
        },
    }


def _shares(drivers: np.ndarray, total: np.ndarray, names: list[str]) -> list[dict]:
    """Each driver's squared correlation with the total (its share of the variance when the model
    is close to linear and the drivers independent), largest first."""
    if not names or total.size < 3 or float(total.std()) == 0.0:
        return []
    t = total - total.mean()
    d = drivers - drivers.mean(axis=0)
    sd = d.std(axis=0)
    with np.errstate(invalid="ignore", divide="ignore"):
        r = (d * t[:, None]).mean(axis=0) / (sd * t.std())
    r = np.where(sd > 0, r, 0.0)
    out = [
        {"name": n, "share": float(x * x), "correlation": float(c)}
        for n, x, c in zip(names, r, r, strict=True)
    ]
    return sorted(out, key=lambda e: -e["share"])


# -- data quality: the pedigree matrix ---------------------------------------------------------------

#: Variance of ln(value) added by each pedigree indicator for scores 1..5: ecoinvent v3 data
#: quality guideline (Weidema et al. 2013, "Overview and methodology: data quality guideline for the
#: ecoinvent database version 3", table of default uncertainty factors), as openLCA and Brightway's
#: pedigree_matrix package use them.
PEDIGREE_VARIANCES = {
    "reliability": (0.0, 0.0006, 0.002, 0.008, 0.04),
    "completeness": (0.0, 0.0001, 0.0006, 0.002, 0.008),
    "temporal": (0.0, 0.0002, 0.002, 0.008, 0.04),
    "geographical": (0.0, 0.000025, 0.0001, 0.0006, 0.002),
    "technological": (0.0, 0.0006, 0.008, 0.04, 0.12),
}


def pedigree_pct(scores, basic_pct: float = 0.0) -> float:
    """The lognormal +/- % at 95 % (this module's convention, GSD^1.96 = 1 + pct/100) of a value
    with a basic lognormal uncertainty ``basic_pct`` and pedigree ``scores`` (a dict by indicator of
    :data:`PEDIGREE_VARIANCES`, or a 5-tuple in that order; 1 = best, 5 = worst): the variances of
    ln add, sigma^2 = sigma_basic^2 + sum of the indicators' variances."""
    names = list(PEDIGREE_VARIANCES)
    if not isinstance(scores, dict):
        scores = list(scores)
        if len(scores) != len(names):
            raise ValueError(
                f"pedigree scores: give {len(names)} scores ({', '.join(names)}), got {len(scores)}"
            )
        scores = dict(zip(names, scores, strict=True))
    unknown = set(scores) - set(names)
    if unknown:
        raise ValueError(f"pedigree scores: unknown indicator(s) {', '.join(sorted(unknown))}")
    if basic_pct < 0:
        raise ValueError(f"basic uncertainty must be >= 0, got {basic_pct}")
    var = (np.log1p(basic_pct / 100.0) / 1.96) ** 2
    for name, score in scores.items():
        if score not in (1, 2, 3, 4, 5):
            raise ValueError(f"pedigree score for {name} must be 1..5, got {score!r}")
        var += PEDIGREE_VARIANCES[name][int(score) - 1]
    return float(100.0 * np.expm1(1.96 * np.sqrt(var)))


#: The pedigree indicators in the ecoinvent order (the order of a "(r,c,t,g,f)" score tuple).
PEDIGREE_INDICATORS = tuple(PEDIGREE_VARIANCES)


def pedigree_variance(scores: np.ndarray) -> np.ndarray:
    """Variance of ln(value) the pedigree adds, per row of an (n x 5) integer array of scores in
    :data:`PEDIGREE_INDICATORS` order (1..5; a row of zeros has no pedigree and adds 0)."""
    s = np.asarray(scores, dtype=np.int64).reshape(-1, len(PEDIGREE_INDICATORS))
    if ((s < 0) | (s > 5)).any():
        raise ValueError("pedigree scores must be 1..5 (0 = no pedigree)")
    out = np.zeros(s.shape[0])
    for j, name in enumerate(PEDIGREE_INDICATORS):
        table = np.array((0.0, *PEDIGREE_VARIANCES[name]))  # index 0: no score
        out += table[s[:, j]]
    return out


def with_pedigree(codes: np.ndarray, pct: np.ndarray, scores: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Each row's (distribution code, +/- %) once its pedigree is combined with its basic uncertainty,
    as ecoinvent does: rows with scores become lognormal with sigma^2 = sigma_basic^2 + the pedigree
    variances (:func:`pedigree_pct`, vectorised); the basic uncertainty must be lognormal or none
    (ecoinvent defines the pedigree for lognormal values). Rows without scores are unchanged."""
    codes = np.asarray(codes).astype(np.int8, copy=True)
    pct = np.asarray(pct, dtype=float).copy()
    var = pedigree_variance(scores)
    rows = var > 0
    basic = np.where(codes[rows] == UNC_CODES["lognormal"], pct[rows], 0.0)
    other = (codes[rows] != UNC_CODES["none"]) & (codes[rows] != UNC_CODES["lognormal"]) & (pct[rows] > 0)
    if other.any():
        raise ValueError(
            "pedigree scores combine with a lognormal basic uncertainty (or none), not with "
            f"{int(other.sum())} row(s) of another distribution"
        )
    sigma2 = (np.log1p(basic / 100.0) / 1.96) ** 2 + var[rows]
    codes[rows] = UNC_CODES["lognormal"]
    pct[rows] = 100.0 * np.expm1(1.96 * np.sqrt(sigma2))
    return codes, pct
