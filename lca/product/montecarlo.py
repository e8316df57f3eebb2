"""Monte Carlo of a product system: exchange uncertainty (foreground and background) and parameter
uncertainty propagated through the exchange formulas, drawn together.

Per iteration:

1. every uncertain exchange of ``A`` (technosphere) and of the characterised rows of ``B``
   (biosphere; the others cannot change the score) is drawn from its own distribution
   (:class:`ExchangeSampler`: the common distributions vectorised with numpy, the others by
   stats_arrays as bw2calc does; rows without uncertainty keep their amount);
2. when parameters are uncertain (:func:`lca.product.sampling.parameter_sampler`), an exchange given
   by a formula takes the formula's value at the drawn parameters **times its own drawn
   multiplier** (drawn amount / deterministic amount): its own spread (a use phase of
   ``lifetime x loss`` with +/- 30 % triangular) is kept on top of the parameters' spread. Every
   distribution of :func:`lca.product.matrices.uncertainty_fields` scales with its amount, so the
   multiplier is the exchange's own relative spread. An exchange whose deterministic amount is 0
   takes the formula's value alone;
3. ``A x = f`` is solved on the fixed sparsity pattern by BiCGSTAB, warm-started from the
   deterministic supply and preconditioned by the factorisation of the deterministic ``A``
   (:func:`solve_near`: two or three iterations, residual below 1e-9 of the demand), falling back
   to a fresh factorisation when that does not converge; the score is ``cf . (B x)`` summed over
   the characterised biosphere rows (``B`` is never built).

Draws are made in blocks of iterations (one call to the generators per block). The result is a
:class:`lca.product.results.MonteCarloResult` (scores in kg CO2e per functional unit).
"""

from __future__ import annotations

import math
import time

import numpy as np

from .matrices import MatrixSystem, Solver
from .results import MonteCarloResult

BLOCK = 50  # iterations drawn per call of the random number generators


class ExchangeSampler:
    """Draws of one parameter array (PARAM_DTYPE), ``block`` iterations at a time; :meth:`next`
    returns one full vector of amounts (rows without uncertainty keep theirs).

    Unbounded lognormal, normal, uniform and triangular rows (stats_arrays types 2-5, nearly every
    row of an LCI database) are drawn here, vectorised with numpy's PCG64 generator; every other
    row (bounded normal / lognormal, beta, gamma, Weibull, ...) by stats_arrays, as bw2calc does."""

    def __init__(self, params: np.ndarray, seed: int, block: int = BLOCK):
        from stats_arrays import MCRandomNumberGenerator

        self.amount = params["amount"].astype(float).copy()
        kind = params["uncertainty_type"].astype(np.int64)
        unbounded = ~np.isfinite(params["minimum"]) & ~np.isfinite(params["maximum"])
        spread = np.isfinite(params["loc"]) & np.isfinite(params["scale"]) & (params["scale"] >= 0)
        bounds = np.isfinite(params["minimum"]) & np.isfinite(params["maximum"])
        # anything else (bounded, other distributions, incomplete fields) goes to stats_arrays, which
        # draws it or says what is wrong with it, as before
        fast = ((kind == 2) | (kind == 3)) & unbounded & spread | (
            (kind == 4) | (kind == 5) & np.isfinite(params["loc"])
        ) & bounds
        slow = (kind > 1) & ~fast
        self.block = max(1, int(block))
        self._rng = np.random.default_rng(seed)
        self._groups = []
        for k in (2, 3, 4, 5):
            idx = np.nonzero(fast & (kind == k))[0]
            if idx.size:
                p = params[idx]
                self._groups.append(
                    (
                        k,
                        idx,
                        p["loc"].astype(float),
                        p["scale"].astype(float),
                        p["minimum"].astype(float),
                        p["maximum"].astype(float),
                        p["negative"].astype(bool),
                    )
                )
        self._slow = np.nonzero(slow)[0]
        self._slow_rng = (
            MCRandomNumberGenerator(params[self._slow].copy(), seed=seed) if self._slow.size else None
        )
        self._drawn = np.concatenate([g[1] for g in self._groups] + [self._slow]).astype(np.int64)
        self._buffer = None
        self._pos = 0

    def _draw_block(self) -> np.ndarray:
        """``block`` x (drawn rows) values, the columns in the order of :attr:`_drawn`."""
        b = self.block
        parts = []
        rng = self._rng
        for k, _idx, loc, scale, lo, hi, negative in self._groups:
            n = loc.size
            if k == 2:  # lognormal: exp(loc + scale z), sign from `negative`
                # median x exp(sigma z): the multiplier in single precision (rounding 6e-8, far
                # below any spread), the median exact; half the time of a double-precision draw
                z = rng.standard_normal((b, n), dtype=np.float32)
                np.multiply(z, scale.astype(np.float32), out=z)
                np.exp(z, out=z)
                v = np.where(negative, -1.0, 1.0) * np.exp(loc) * z
            elif k == 3:
                v = loc + scale * rng.standard_normal((b, n), dtype=np.float32)
            elif k == 4:
                v = lo + (hi - lo) * rng.random((b, n))
            else:  # triangular, mode = loc, by the inverse CDF
                u = rng.random((b, n))
                c = np.where(hi > lo, (loc - lo) / np.where(hi > lo, hi - lo, 1.0), 0.5)
                w = hi - lo
                v = np.where(u < c, lo + np.sqrt(u * w * (loc - lo)), hi - np.sqrt((1 - u) * w * (hi - loc)))
            parts.append(v)
        if self._slow_rng is not None:
            parts.append(self._slow_rng.generate(b).reshape(self._slow.size, -1).T)
        return np.concatenate(parts, axis=1) if len(parts) > 1 else parts[0]

    def next(self) -> np.ndarray:
        out = self.amount.copy()
        if self._drawn.size == 0:
            return out
        if self._buffer is None or self._pos >= self._buffer.shape[0]:
            self._buffer = self._draw_block()
            self._pos = 0
        out[self._drawn] = self._buffer[self._pos]
        self._pos += 1
        return out


def apply_formulas(values: np.ndarray, params: np.ndarray, rows: dict, formula_values: dict) -> None:
    """Put the formula values of an iteration into ``values`` (in place), each times the row's own
    drawn multiplier (see the module docstring)."""
    for exc, value in formula_values.items():
        idx = rows.get(exc)
        if idx is None:
            continue
        base = params["amount"][idx]
        with np.errstate(divide="ignore", invalid="ignore"):
            mult = np.where(base != 0, values[idx] / np.where(base != 0, base, 1.0), 1.0)
        values[idx] = value * mult


def rows_by_exchange(params: np.ndarray) -> dict[int, np.ndarray]:
    """Rows of a parameter array per foreground exchange index (``exc`` field)."""
    idx = np.nonzero(params["exc"] >= 0)[0]
    out: dict[int, list] = {}
    for i in idx:
        out.setdefault(int(params["exc"][i]), []).append(int(i))
    return {k: np.array(v, dtype=np.int64) for k, v in out.items()}


def _dot(a: np.ndarray, b: np.ndarray) -> float:
    # a ufunc sum, not BLAS: on a shared machine a threaded BLAS call on a 20,000-vector waits for a
    # busy core (milliseconds instead of microseconds), and a solve makes a dozen of them
    return float(np.multiply(a, b).sum())


def bicgstab(A, f: np.ndarray, x0: np.ndarray, precondition, tol: float = 1e-10, maxiter: int = 60):
    """Right-preconditioned BiCGSTAB (van der Vorst 1992) for ``A x = f`` from ``x0``, the
    preconditioner ``precondition(r)`` an approximate ``A^-1 r``. Stops when the residual's
    2-norm is at most ``tol`` x that of ``f``. Returns (x, converged)."""
    x = np.array(x0, dtype=float)
    r = f - A @ x
    limit = tol * math.sqrt(_dot(f, f))
    if math.sqrt(_dot(r, r)) <= limit:
        return x, True
    r_hat = r.copy()
    rho = alpha = omega = 1.0
    v = np.zeros_like(x)
    p = np.zeros_like(x)
    for _ in range(maxiter):
        rho_new = _dot(r_hat, r)
        if rho_new == 0.0 or omega == 0.0:
            return x, False
        beta = (rho_new / rho) * (alpha / omega)
        rho = rho_new
        p = r + beta * (p - omega * v)
        p_hat = precondition(p)
        v = A @ p_hat
        alpha = rho / _dot(r_hat, v)
        s = r - alpha * v
        if math.sqrt(_dot(s, s)) <= limit:
            return x + alpha * p_hat, True
        s_hat = precondition(s)
        t = A @ s_hat
        tt = _dot(t, t)
        omega = _dot(t, s) / tt if tt else 0.0
        x = x + alpha * p_hat + omega * s_hat
        r = s - omega * t
        if math.sqrt(_dot(r, r)) <= limit:
            return x, True
    return x, False


def solve_near(solver: Solver, A, f: np.ndarray, x0: np.ndarray, tol: float = 1e-9, maxiter: int = 60):
    """Solve ``A x = f`` for an ``A`` near the one ``solver`` factorised: preconditioned BiCGSTAB
    from ``x0`` (a few solves with the old factors instead of a new factorisation); a fresh
    factorisation when it does not converge. Returns (x, how): how = "iterative" or "refactorised"."""
    x, ok = bicgstab(A, f, x0, solver.solve, tol, maxiter)
    if ok and np.all(np.isfinite(x)):
        return x, "iterative"
    return Solver(A, use_pardiso=False).solve(f), "refactorised"


def run(
    ms: MatrixSystem,
    demand: dict,
    iterations: int = 1000,
    seed: int = 42,
    solver: Solver | None = None,
    progress=None,
    cancel=None,
    formulas=None,
) -> MonteCarloResult:
    """Seeded Monte Carlo of ``ms`` for ``demand``. ``formulas(iteration) -> {exchange index:
    amount}`` gives the formula values at the drawn parameters (None: parameters fixed)."""
    solver = solver or Solver(ms.A, ms.activities)
    f = ms.demand_vector(demand)
    x_static = solver.solve(f)
    # the score is cf . (B x): only biosphere rows of characterised flows matter, so only those are
    # drawn, and B is never built (each row contributes cf[flow] x sign x amount x x[activity])
    live = np.nonzero(ms.cf[ms.bio["row"]] != 0)[0]
    bio = ms.bio[live]
    bio_w = ms.cf[bio["row"]] * bio["sign"]
    bio_col = bio["col"]
    tech_s = ExchangeSampler(ms.tech, seed)
    bio_s = ExchangeSampler(bio, seed + 1)
    tech_rows, bio_rows = rows_by_exchange(ms.tech), rows_by_exchange(bio)
    tech_sign = ms.tech["sign"]
    scores = []
    cancelled = False
    last_report = 0.0
    for it in range(iterations):
        if cancel is not None and cancel():
            cancelled = True
            break
        tv, bv = tech_s.next(), bio_s.next()
        if formulas is not None:
            values = formulas(it)
            apply_formulas(tv, ms.tech, tech_rows, values)
            apply_formulas(bv, bio, bio_rows, values)
        A = ms.tech_pattern.build(tv * tech_sign)
        x, _how = solve_near(solver, A, f, x_static)
        scores.append(_dot(bio_w * bv, x[bio_col]))
        now = time.monotonic()
        if progress is not None and (now - last_report > 0.1 or it == iterations - 1):
            last_report = now
            progress((it + 1) / iterations, f"Monte Carlo iteration {it + 1} of {iterations}")
    return summarise(scores, seed, cancelled)


def summarise(scores: list[float], seed: int, cancelled: bool = False) -> MonteCarloResult:
    """Mean, median, standard deviation and the 2.5 / 97.5 percentiles of the scores."""
    arr = np.asarray(scores, dtype=float)
    if arr.size == 0:
        nan = math.nan
        return MonteCarloResult(0, seed, [], nan, nan, nan, nan, nan, cancelled)
    return MonteCarloResult(
        iterations=int(arr.size),
        seed=seed,
        scores=arr.tolist(),
        mean=float(arr.mean()),
        median=float(np.median(arr)),
        std=float(arr.std(ddof=1)) if arr.size > 1 else 0.0,
        p2_5=float(np.percentile(arr, 2.5)),
        p97_5=float(np.percentile(arr, 97.5)),
        cancelled=cancelled,
    )
