"""The product solver on a technosphere with one large strongly connected component (markets that
every activity buys from and that buy from many activities, as in ecoinvent): the markets become
the border of a block elimination, the rest stays block triangular; solves and transposed solves
agree with SciPy's direct solver, and the Monte Carlo sampler draws what stats_arrays draws."""

from __future__ import annotations

import numpy as np
import pytest
from scipy import sparse


def _market_economy(n=800, markets=8, seed=3):
    """Tiered inputs (column j buys from higher indices), plus markets that buy from 20 activities
    anywhere and are bought by every activity: one strongly connected component of most nodes."""
    rng = np.random.default_rng(seed)
    rows, cols, vals = list(range(n)), list(range(n)), [1.0] * n
    hub = rng.choice(np.arange(n // 4, n // 2), size=markets, replace=False)
    for j in range(n):
        up = np.arange(j + 1, n)
        for i in rng.choice(up, size=min(5, up.size), replace=False) if up.size else []:
            rows.append(int(i)), cols.append(j), vals.append(-rng.uniform(0.01, 0.08))
        for h in rng.choice(hub, size=2, replace=False):
            if h != j:
                rows.append(int(h)), cols.append(j), vals.append(-rng.uniform(0.005, 0.03))
    for h in hub:
        for i in rng.choice(n, size=20, replace=False):
            if i != h:
                rows.append(int(i)), cols.append(int(h)), vals.append(-rng.uniform(0.002, 0.02))
    return sparse.csc_matrix((vals, (rows, cols)), shape=(n, n)), hub


def test_border_solver_matches_scipy_on_one_large_loop():
    from scipy.sparse.csgraph import connected_components
    from scipy.sparse.linalg import spsolve

    from lca.product.matrices import Solver
    from lca.product.ordering import loop_openers

    A, hubs = _market_economy()
    _n, label = connected_components(A, directed=True, connection="strong")
    assert np.bincount(label).max() > 400  # one large strongly connected component
    tail = loop_openers(A)
    assert set(hubs) <= set(tail.tolist()) and tail.size < 0.1 * A.shape[0]
    s = Solver(A, use_pardiso=False)
    assert s.backend == "scipy-splu+border"
    # the LU of the rest barely fills in (no border column filled along its suppliers)
    assert s._lu.L.nnz + s._lu.U.nnz < 2 * A.nnz
    rng = np.random.default_rng(1)
    for _ in range(3):
        b = rng.uniform(0, 1, A.shape[0])
        assert np.allclose(s.solve(b), spsolve(A, b), rtol=1e-10, atol=1e-13)
        assert np.allclose(s.solve_transposed(b), spsolve(A.T.tocsc(), b), rtol=1e-10, atol=1e-13)


def test_border_solver_names_a_singular_market():
    from lca.product.matrices import SingularTechnosphereError, Solver

    A, hubs = _market_economy()
    A = A.tolil()
    A[:, int(hubs[0])] = 0.0  # a market with no exchanges at all, not even its production
    with pytest.raises(SingularTechnosphereError, match="singular"):
        Solver(A.tocsc(), use_pardiso=False)


def test_sampler_draws_the_distributions_stats_arrays_draws():
    """Same parameters, 20,000 draws each: means and standard deviations agree within 4 standard
    errors (normal approximation), lognormal, normal, uniform, triangular and a bounded normal
    (the last one drawn by stats_arrays itself)."""
    from stats_arrays import MCRandomNumberGenerator

    from lca.product.matrices import params_array, uncertainty_fields
    from lca.product.montecarlo import ExchangeSampler

    arr = params_array(6)
    specs = [(2.0, "lognormal", 30), (5.0, "normal", 20), (1.0, "uniform", 25), (4.0, "triangular", 40)]
    for i, (amount, dist, pct) in enumerate(specs):
        arr[i]["amount"] = amount
        for f, v in uncertainty_fields(amount, dist, pct).items():
            arr[i][f] = v
    arr[4]["amount"], arr[4]["uncertainty_type"], arr[4]["loc"], arr[4]["scale"] = 3.0, 3, 3.0, 1.0
    arr[4]["minimum"], arr[4]["maximum"] = 2.0, 5.0  # bounded: stats_arrays' own path
    arr[5]["amount"] = 7.0  # no uncertainty
    n = 20_000
    sampler = ExchangeSampler(arr, seed=5)
    ours = np.array([sampler.next() for _ in range(n)])
    ref = arr[:5].copy()
    theirs = MCRandomNumberGenerator(ref, seed=6).generate(n)
    assert np.all(ours[:, 5] == 7.0)
    assert 2.0 <= ours[:, 4].min() and ours[:, 4].max() <= 5.0
    for i in range(5):
        a, b = ours[:, i], theirs[i]
        se = np.sqrt(a.var() / n + b.var() / n)
        assert abs(a.mean() - b.mean()) < 4 * se, i
        assert a.std() == pytest.approx(b.std(), rel=0.04), i


def test_solve_near_falls_back_to_a_fresh_factorisation():
    from scipy.sparse.linalg import spsolve

    from lca.product.matrices import Solver
    from lca.product.montecarlo import solve_near

    A, _ = _market_economy()
    b = np.ones(A.shape[0])
    near = Solver(A, use_pardiso=False)
    A2 = A.copy()
    A2.data[A2.data < 0] *= 1.2  # a draw 20 % away on every input
    x, how = solve_near(near, A2, b, near.solve(b))
    assert how == "iterative" and np.allclose(x, spsolve(A2, b), rtol=1e-8)
    far = Solver(sparse.identity(A.shape[0], format="csc"), use_pardiso=False)
    x, how = solve_near(far, A2, b, b, maxiter=1)  # a preconditioner that cannot converge in 1 step
    assert how == "refactorised" and np.allclose(x, spsolve(A2, b), rtol=1e-10)


def _small_loops(n=400, seed=4):
    """Tiered inputs plus a few two-activity loops: no strongly connected component above 2."""
    rng = np.random.default_rng(seed)
    rows, cols, vals = list(range(n)), list(range(n)), [1.0] * n
    for j in range(n):
        up = np.arange(j + 1, n)
        for i in rng.choice(up, size=min(4, up.size), replace=False) if up.size else []:
            rows.append(int(i)), cols.append(j), vals.append(-rng.uniform(0.01, 0.08))
    for j in range(0, n - 1, 40):  # j buys from j+1 and j+1 a little back from j
        rows.extend((j + 1, j)), cols.extend((j, j + 1)), vals.extend((-0.05, -0.01))
    return sparse.csc_matrix((vals, (rows, cols)), shape=(n, n))


def test_automatic_choice_takes_the_border_for_a_large_loop_even_with_pypardiso():
    """The rule measured by benchmarks/product_lca.py --pardiso-prefix (20,000 activities, 13,398
    in one loop: MKL PARDISO 148 s to factorise on 2 cores, the border 0.22 s): pypardiso only for
    matrices whose loops are all small, the border solver for one with a large loop."""
    from scipy.sparse.csgraph import connected_components
    from scipy.sparse.linalg import spsolve

    from lca.product.matrices import Solver, choose_backend, pardiso_importable
    from lca.product.ordering import loop_openers

    big, _hubs = _market_economy()
    small = _small_loops()
    _n, label = connected_components(small, directed=True, connection="strong")
    assert np.bincount(label).max() == 2
    assert loop_openers(big).size > 0 and loop_openers(small).size == 0
    # automatic, pypardiso importable: the border for the large loop, pypardiso otherwise
    assert choose_backend(large_loop=True, pardiso_available=True) == "scipy-splu+border"
    assert choose_backend(large_loop=False, pardiso_available=True) == "pypardiso"
    assert choose_backend(large_loop=False, pardiso_available=False) == "scipy-splu"
    assert choose_backend(large_loop=True, pardiso_available=False) == "scipy-splu+border"
    # forced either way
    assert choose_backend(large_loop=True, pardiso_available=True, use_pardiso=True) == "pypardiso"
    assert choose_backend(large_loop=False, pardiso_available=True, use_pardiso=False) == "scipy-splu"
    # the Solver follows the rule whether or not pypardiso is installed here
    s = Solver(big)
    assert s.backend == "scipy-splu+border"
    expected_small = "pypardiso" if pardiso_importable() else "scipy-splu"
    s_small = Solver(small)
    assert s_small.backend == expected_small
    b = np.linspace(0.5, 1.5, small.shape[0])
    assert np.allclose(s_small.solve(b), spsolve(small, b), rtol=1e-10, atol=1e-13)
