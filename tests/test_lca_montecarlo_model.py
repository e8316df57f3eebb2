"""The organisation Monte Carlo's correlation model, against analytic answers (pure engine, no file).

Normal distributions, +/- p % at 95 %: the 95 % half-width of a sum of fully correlated terms is
the sum of their half-widths; of independent terms, the root of the sum of their squares.
"""

import numpy as np
import pytest

from lca.factors import make_factor
from lca.montecarlo import run
from lca.result import UNC_CODES, Ledger, SourceInfo

N = 10_000  # iterations; percentiles of a normal at n = 10,000 are within about 2 % of the truth


def _ledger(rows, factors=("f.a",), sources=None):
    """rows: (source index, quantity, dist, pct)."""
    sources = sources or [SourceInfo("S0", "source 0", 1, None, 1, None, 0)]
    return Ledger(
        source=np.array([r[0] for r in rows], np.int64),
        site=np.full(len(rows), -1, np.int64),
        month=np.zeros(len(rows), np.int64),
        quantity=np.array([r[1] for r in rows], float),
        unc_code=np.array([UNC_CODES[r[2]] for r in rows], np.int8),
        unc_pct=np.array([r[3] for r in rows], float),
        sources=sources,
        sites=[],
        months=["2025-01"],
        factors=[make_factor(fid, fid, "kWh", {"CO2": 1.0}) for fid in factors],
    )


def _half(res, key="total"):
    t = res["total"] if key == "total" else res["by_scope"][key]
    return (t["p97_5"] - t["p2_5"]) / 2


def test_monthly_split_keeps_the_range_per_source_and_shrinks_it_per_row():
    unit = np.array([1000.0])  # kg CO2e per unit: 1 t per unit
    annual = run(_ledger([(0, 1200.0, "normal", 10)]), unit, N, 11)
    monthly_rows = [(0, 100.0, "normal", 10)] * 12
    per_source = run(_ledger(monthly_rows), unit, N, 11)
    per_row = run(_ledger(monthly_rows), unit, N, 11, activity="row")
    # analytic: 1,200 t +/- 10 % -> half-width 120 t (fully correlated: 12 x 10 t)
    assert _half(annual) == pytest.approx(120.0, rel=0.02)
    assert _half(per_source) == pytest.approx(120.0, rel=0.02)
    assert _half(per_source) == pytest.approx(_half(annual), rel=1e-9)  # the same draws
    # independent months: sqrt(12 x 10^2) = 34.64 t = 120 / sqrt(12)
    assert _half(per_row) == pytest.approx(120.0 / np.sqrt(12), rel=0.02)
    assert per_source["model"] == {"factors": "shared per factor", "activity": "source"}
    assert per_row["model"]["activity"] == "row"
    assert per_source["seed"] == 11 and per_source["iterations"] == N
    assert sum(per_source["histogram"]["counts"]) == N


def test_rows_of_a_source_with_different_spreads_add_their_half_widths():
    unit = np.array([1000.0])
    rows = [(0, 100.0, "normal", 10), (0, 300.0, "normal", 20), (0, 600.0, "normal", 5)]
    res = run(_ledger(rows), unit, N, 3)
    assert _half(res) == pytest.approx(10 + 60 + 30, rel=0.02)  # fully correlated: sum
    res = run(_ledger(rows), unit, N, 3, activity="row")
    assert _half(res) == pytest.approx(np.sqrt(10**2 + 60**2 + 30**2), rel=0.02)


def test_sources_are_independent_of_each_other():
    srcs = [SourceInfo(f"S{i}", f"s{i}", 1, None, 1, None, 0) for i in range(2)]
    unit = np.array([1000.0])
    res = run(_ledger([(0, 300.0, "normal", 10), (1, 400.0, "normal", 10)], sources=srcs), unit, N, 5)
    assert _half(res) == pytest.approx(np.hypot(30, 40), rel=0.02)  # 50 t
    shares = {c["name"]: c["share"] for c in res["contributions"]["sources"]}
    # variance shares 30^2 / 50^2 and 40^2 / 50^2
    assert shares["S1"] == pytest.approx(0.64, abs=0.02) and shares["S0"] == pytest.approx(0.36, abs=0.02)


def test_one_factor_draw_is_shared_by_every_row_and_source_using_it():
    srcs = [SourceInfo(f"S{i}", f"s{i}", 1, None, 1, None, 0) for i in range(3)]
    led = _ledger([(0, 100.0, "none", 0), (1, 200.0, "none", 0), (2, 700.0, "none", 0)], sources=srcs)
    unit = np.array([1000.0])
    codes, pct = np.array([UNC_CODES["normal"]], np.int8), np.array([10.0])
    res = run(led, unit, N, 8, factor_unc=(codes, pct))
    assert _half(res) == pytest.approx(100.0, rel=0.02)  # 1,000 t x 10 %, not sqrt(sum of squares)
    assert res["contributions"]["factors"][0]["name"] == "f.a"
    assert res["contributions"]["factors"][0]["share"] == pytest.approx(1.0, abs=1e-9)
    assert res["contributions"]["sources"] == []  # no activity uncertainty


def test_factor_and_activity_uncertainty_combine_as_a_product():
    unit = np.array([1000.0])
    led = _ledger([(0, 1000.0, "normal", 10)])
    codes, pct = np.array([UNC_CODES["normal"]], np.int8), np.array([10.0])
    res = run(led, unit, N, 21, factor_unc=(codes, pct))
    # product of two independent normals, relative sigmas s: sd of the product = sqrt(2 s^2 + s^4)
    s = 0.10 / 1.96
    assert res["total"]["sd"] == pytest.approx(1000 * np.sqrt(2 * s**2 + s**4), rel=0.02)


def test_lognormal_product_known_answer():
    """A product of two lognormals is lognormal: ln-sigmas add in quadrature."""
    unit = np.array([1000.0])
    led = _ledger([(0, 1000.0, "lognormal", 50)])
    codes, pct = np.array([UNC_CODES["lognormal"]], np.int8), np.array([100.0])
    res = run(led, unit, N, 4, factor_unc=(codes, pct))
    sig = np.hypot(np.log(1.5) / 1.96, np.log(2.0) / 1.96)
    assert res["total"]["median"] == pytest.approx(1000.0, rel=0.02)
    assert res["total"]["p97_5"] == pytest.approx(1000 * np.exp(1.96 * sig), rel=0.02)
    assert res["total"]["p2_5"] == pytest.approx(1000 * np.exp(-1.96 * sig), rel=0.02)


def test_factor_uncertainty_per_gas_component():
    """A factor whose CO2e is 90 % CO2 (+/- 5 %) and 10 % CH4 (+/- 50 %), both normal: the factor's
    half-width is the root of the sum of squares of 4.5 % and 5 % of the value."""
    unit = np.array([1000.0])
    led = _ledger([(0, 1000.0, "none", 0)])
    parts = (
        np.array([0, 0]),
        np.array([0.9, 0.1]),
        np.array([UNC_CODES["normal"]] * 2, np.int8),
        np.array([5.0, 50.0]),
    )
    res = run(led, unit, N, 9, factor_unc=parts)
    assert _half(res) == pytest.approx(np.hypot(45.0, 50.0), rel=0.02)
    assert res["total"]["mean"] == pytest.approx(1000.0, rel=0.005)
    # a component without uncertainty keeps its share at the deterministic value
    parts_fixed = (np.array([0]), np.array([0.1]), np.array([UNC_CODES["normal"]], np.int8), np.array([50.0]))
    assert _half(run(led, unit, N, 9, factor_unc=parts_fixed)) == pytest.approx(50.0, rel=0.02)


def test_same_seed_same_result_and_bad_grouping_refused():
    unit = np.array([1000.0])
    led = _ledger([(0, 100.0, "triangular", 10)] * 3)
    assert run(led, unit, 500, 1) == run(led, unit, 500, 1)
    assert run(led, unit, 500, 1)["total"] != run(led, unit, 500, 2)["total"]
    with pytest.raises(ValueError, match="source, row"):
        run(led, unit, 10, 1, activity="site")


def test_pedigree_matrix_to_lognormal_spread():
    from lca.montecarlo import pedigree_pct

    assert pedigree_pct((1, 1, 1, 1, 1)) == 0.0
    # all indicators at 5: sigma^2 = 0.04 + 0.008 + 0.04 + 0.002 + 0.12 = 0.21 (ecoinvent v3 guideline)
    assert pedigree_pct((5, 5, 5, 5, 5)) == pytest.approx(100 * (np.exp(1.96 * np.sqrt(0.21)) - 1), rel=1e-12)
    # a basic +/- 20 % lognormal plus reliability 2 and temporal 3: variances of ln add
    var = (np.log(1.2) / 1.96) ** 2 + 0.0006 + 0.002
    got = pedigree_pct({"reliability": 2, "temporal": 3}, basic_pct=20)
    assert got == pytest.approx(100 * (np.exp(1.96 * np.sqrt(var)) - 1), rel=1e-12)
    assert pedigree_pct({}, basic_pct=20) == pytest.approx(20.0, rel=1e-12)
    # the sampler reproduces it: a lognormal row with that pct has the expected 97.5 percentile
    res = run(_ledger([(0, 1000.0, "lognormal", got)]), np.array([1000.0]), N, 2)
    assert res["total"]["p97_5"] == pytest.approx(1000 * (1 + got / 100), rel=0.02)
    with pytest.raises(ValueError, match="1..5"):
        pedigree_pct((0, 1, 1, 1, 1))
    with pytest.raises(ValueError, match="unknown indicator"):
        pedigree_pct({"sample": 2})
