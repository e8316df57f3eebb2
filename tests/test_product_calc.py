"""Product footprints: a hand-checkable 3-process system with a loop, contributions, tree,
scenarios, credits per unit sold, Monte Carlo, comparison."""

from __future__ import annotations

import pytest

from lca.product.model import Activity, Exchange, Parameter, ProductSystem, Uncertainty

# AR6 WG1 Table 7.15: CH4 (fossil) 29.8, N2O 273 (also in /work/shared/oracles.md).
GWP_CH4_FOSSIL_AR6 = 29.8
GWP_CH4_AR5 = 28.0


def gear_system(name="Gear", steel_unc=None) -> ProductSystem:
    """gear <- 2 kg steel (formula mass*1.25, mass 1.6) + 3000 Wh electricity; steel <- 0.1 kWh
    electricity; electricity <- 0.01 kg steel (the loop)."""
    unc = steel_unc or Uncertainty()
    return ProductSystem(
        name,
        reference="gear",
        functional_unit="1 gear unit",
        parameters=[Parameter("mass", 1.6)],
        activities=[
            Activity(
                "gear",
                "gear unit",
                "manufacturing",
                "unit",
                exchanges=[
                    Exchange("technosphere", "steel", 0, "kg", formula="mass * 1.25", uncertainty=unc),
                    Exchange("technosphere", "elec", 3000, "Wh"),
                    Exchange("biosphere", "CO2", 0.1, "kg"),
                ],
            ),
            Activity(
                "steel",
                "steel",
                "materials",
                "kg",
                exchanges=[
                    Exchange("technosphere", "elec", 0.1, "kWh"),
                    Exchange("biosphere", "CO2", 1.8, "kg"),
                ],
            ),
            Activity(
                "elec",
                "electricity",
                "manufacturing",
                "kWh",
                exchanges=[
                    Exchange("technosphere", "steel", 0.01, "kg"),
                    Exchange("biosphere", "CO2", 0.5, "kg"),
                    Exchange("biosphere", "CH4", 0.001, "kg"),
                ],
            ),
        ],
    )


def hand_score(gwp_ch4=GWP_CH4_FOSSIL_AR6, mass=1.6):
    # s = 1.25*mass + 0.01 e ; e = 3 + 0.1 s  ->  s = (1.25*mass + 0.03) / (1 - 0.001)
    s = (1.25 * mass + 0.01 * 3) / (1 - 0.01 * 0.1)
    e = 3 + 0.1 * s
    co2 = 0.1 + 1.8 * s + 0.5 * e
    ch4 = 0.001 * e
    return co2 + gwp_ch4 * ch4, s, e


# Foreground amounts and the workbench's GWP factors are refilled in float64 (Brightway 2.4 keeps
# float32), so a foreground-only system matches the hand arithmetic to rounding.
REL = 1e-10


def test_hand_checked_loop_system(tmp_project, bw):
    from workbench.services import product

    product.save_system(tmp_project, gear_system())
    r = product.calculate(tmp_project, "Gear")
    expected, s, e = hand_score()
    assert expected == pytest.approx(5.4547147147, rel=1e-9)  # the hand arithmetic itself
    assert r.score == pytest.approx(expected, rel=REL)
    assert r.gwp_set == "AR6"
    stages = {c.key: c.score for c in r.by_stage}
    assert stages["materials"] == pytest.approx(1.8 * s, rel=REL)
    assert stages["manufacturing"] == pytest.approx(0.1 + e * (0.5 + 0.001 * GWP_CH4_FOSSIL_AR6), rel=REL)
    assert sum(stages.values()) == pytest.approx(r.score, rel=1e-12)
    procs = {c.key[1]: c for c in r.by_process}
    assert procs["steel"].amount == pytest.approx(s, rel=REL)
    assert procs["elec"].amount == pytest.approx(e, rel=REL)
    flows = {c.label.split(" (")[0]: c.score for c in r.by_flow}
    assert flows["Methane, fossil"] == pytest.approx(GWP_CH4_FOSSIL_AR6 * 0.001 * e, rel=REL)
    # tree: the root carries the total; its children are steel (2 kg) and electricity (3 kWh)
    assert r.tree.score == pytest.approx(r.score, rel=1e-9)
    kids = {c.key[1]: c for c in r.tree.children}
    assert kids["steel"].amount == pytest.approx(2.0, rel=REL)
    assert kids["elec"].amount == pytest.approx(3.0, rel=REL)
    assert r.tree.direct + sum(c.score for c in r.tree.children) + r.tree.cut == pytest.approx(
        r.score, rel=1e-9
    )


def test_gwp_set_and_parameter_scenario(tmp_project, bw):
    from workbench.services import product

    product.save_system(tmp_project, gear_system())
    ar5 = product.calculate(tmp_project, "Gear", gwp_set="AR5")
    assert ar5.score == pytest.approx(hand_score(GWP_CH4_AR5)[0], rel=REL)
    light = product.calculate(tmp_project, "Gear", parameters={"mass": 1.2})
    assert light.score == pytest.approx(hand_score(mass=1.2)[0], rel=REL)
    with pytest.raises(product.ProductError, match="no parameter named 'density'"):
        product.calculate(tmp_project, "Gear", parameters={"density": 7.8})


def test_credits_needed_is_footprint_times_units_sold(tmp_project, bw):
    from workbench.services import product

    product.save_system(tmp_project, gear_system())
    with pytest.raises(product.ProductError, match="no units sold recorded"):
        product.credits_needed(tmp_project, "Gear")
    product.set_sales(tmp_project, "Gear", 120_000, market="KR")
    product.set_sales(tmp_project, "Gear", 30_000, market="EU")
    r = product.calculate(tmp_project, "Gear")
    # 150,000 units x 5.4547 kg = 818.2 t CO2e
    assert product.credits_needed(tmp_project, "Gear") == pytest.approx(r.score * 150_000 / 1000, rel=1e-12)
    assert product.credits_needed(tmp_project, "Gear") == pytest.approx(818.207, rel=1e-5)
    with pytest.raises(product.ProductError, match="zero or more"):
        product.set_sales(tmp_project, "Gear", -5)


def test_monte_carlo_is_seeded_and_brackets_the_static_score(tmp_project, bw):
    from workbench.services import product

    product.save_system(tmp_project, gear_system(steel_unc=Uncertainty("lognormal", 20)))
    static = product.calculate(tmp_project, "Gear").score
    seen = []
    a = product.monte_carlo(tmp_project, "Gear", iterations=300, seed=7, progress=lambda f, m: seen.append(f))
    b = product.monte_carlo(tmp_project, "Gear", iterations=300, seed=7)
    c = product.monte_carlo(tmp_project, "Gear", iterations=300, seed=8)
    assert a.scores == b.scores
    assert a.scores != c.scores
    assert a.p2_5 < static < a.p97_5
    assert a.std > 0
    assert seen and seen[-1] == pytest.approx(1.0)
    # only the steel input varies (+/-20 % at 95 %): the spread is bounded by steel's share
    steel_part = 1.8 * hand_score()[1]
    assert a.p97_5 - a.p2_5 < 0.5 * steel_part
    # cancel once the iterations are running: a partial, flagged result
    fr = []
    stop = product.monte_carlo(
        tmp_project,
        "Gear",
        iterations=100_000,
        seed=7,
        progress=lambda f, m: fr.append(f),
        cancel=lambda: bool(fr) and fr[-1] > 0.2,
    )
    assert stop.cancelled and 0 < stop.iterations < 100_000
    # cancel before anything is computed
    from lca.product.analysis import Cancelled

    with pytest.raises(Cancelled):
        product.monte_carlo(tmp_project, "Gear", iterations=10, cancel=lambda: True)


def test_compare_two_variants(tmp_project, bw):
    from workbench.services import product

    product.save_system(tmp_project, gear_system("Gear"))
    light = gear_system("Gear light")
    light.parameters[0].amount = 1.2
    product.save_system(tmp_project, light)
    cmp = product.compare(tmp_project, "Gear", "Gear light")
    total = cmp.rows[-1]
    assert total["a"] == pytest.approx(hand_score()[0], rel=REL)
    assert total["b"] == pytest.approx(hand_score(mass=1.2)[0], rel=REL)
    assert cmp.difference < 0
    names = [p["name"] for p in product.list_products(tmp_project)]
    assert names == ["Gear", "Gear light"]


def test_monte_carlo_propagates_parameter_uncertainty_through_formulas(tmp_project, bw):
    from workbench.services import product

    system = gear_system()
    system.parameters[0].uncertainty = Uncertainty("uniform", 10.0)  # mass 1.6 kg +/- 10 %, bounded
    product.save_system(tmp_project, system)
    mc = product.monte_carlo(tmp_project, "Gear", iterations=400, seed=11)
    low, high = hand_score(mass=1.6 * 0.9)[0], hand_score(mass=1.6 * 1.1)[0]
    assert low - 1e-9 <= min(mc.scores) and max(mc.scores) <= high + 1e-9
    # a uniform draw fills the interval: the sample reaches into both outer tenths of it
    assert min(mc.scores) < low + 0.1 * (high - low) and max(mc.scores) > high - 0.1 * (high - low)
    assert mc.mean == pytest.approx(hand_score()[0], rel=0.01)


def test_formulas_refuse_anything_but_arithmetic():
    from lca.product.formulas import FormulaError, evaluate

    assert evaluate("max(a, 2) * 1.5 if a > 0 else 0", {"a": 3}) == 4.5
    for bad in ("__import__('os').system('true')", "a.__class__", "[1, 2][0]", "open('x')", "a +"):
        with pytest.raises(FormulaError):
            evaluate(bad, {"a": 1.0})
    with pytest.raises(FormulaError, match="divides by zero"):
        evaluate("1 / a", {"a": 0})


def test_calculate_reports_progress_and_can_be_cancelled(tmp_project, bw):
    from lca.product.analysis import Cancelled
    from workbench.services import product

    product.save_system(tmp_project, gear_system())
    seen = []
    product.calculate(tmp_project, "Gear", progress=lambda f, m: seen.append((f, m)))
    fractions = [f for f, _ in seen]
    assert fractions == sorted(fractions) and fractions[-1] == 1.0
    assert any("Brightway" in m for _, m in seen)
    calls = []
    with pytest.raises(Cancelled):
        product.calculate(tmp_project, "Gear", cancel=lambda: calls.append(1) or len(calls) > 2)


def test_solver_with_loops_matches_a_dense_inverse():
    import numpy as np
    from scipy import sparse

    from lca.product.matrices import Solver

    rng = np.random.default_rng(3)
    n = 60
    M = sparse.random(n, n, density=0.05, random_state=4, format="csc") * 0.1
    M.setdiag(0)
    A = (sparse.identity(n, format="csc") - M).tocsc()  # loops in every direction
    A = A[rng.permutation(n)][:, rng.permutation(n)]
    A.setdiag(np.where(A.diagonal() == 0, 1.0, A.diagonal()))
    s = Solver(A.tocsc(), use_pardiso=False)
    b = rng.random(n)
    dense = A.toarray()
    assert np.allclose(s.solve(b), np.linalg.solve(dense, b), rtol=1e-12, atol=1e-12)
    assert np.allclose(s.solve_transposed(b), np.linalg.solve(dense.T, b), rtol=1e-12, atol=1e-12)
