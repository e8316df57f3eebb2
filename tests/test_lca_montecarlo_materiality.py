"""The Monte Carlo sampler's distributions and the boundary rules, as pure functions."""

import numpy as np
import pytest

from lca.materiality import SourceStatus, check
from lca.montecarlo import multipliers
from lca.result import UNC_CODES


def _m(dist, pct, n=200_000, seed=5):
    return multipliers(np.random.default_rng(seed), np.array([UNC_CODES[dist]], np.int8), np.array([pct]), n)[
        :, 0
    ]


def test_distributions_match_their_definition():
    normal = _m("normal", 10)
    assert normal.mean() == pytest.approx(1.0, abs=2e-3)
    assert normal.std() == pytest.approx(0.10 / 1.96, rel=0.01)  # +/-10 % is the 95 % interval
    assert np.percentile(normal, 97.5) == pytest.approx(1.10, abs=3e-3)
    logn = _m("lognormal", 30)
    assert np.median(logn) == pytest.approx(1.0, abs=3e-3)  # median = deterministic value (Brightway loc)
    assert np.percentile(logn, 97.5) == pytest.approx(1.30, rel=0.01)
    uni = _m("uniform", 20)
    assert uni.min() >= 0.8 and uni.max() <= 1.2 and uni.mean() == pytest.approx(1.0, abs=2e-3)
    tri = _m("triangular", 20)
    assert tri.min() >= 0.8 and tri.max() <= 1.2
    assert tri.std() == pytest.approx(
        0.2 / np.sqrt(6), rel=0.01
    )  # symmetric triangular, half-width a: a/sqrt(6)
    assert (_m("normal", 0) == 1).all() and (_m("none", 50) == 1).all()


def test_same_seed_same_draws():
    assert (_m("lognormal", 30, 1000, 9) == _m("lognormal", 30, 1000, 9)).all()
    assert not (_m("lognormal", 30, 1000, 9) == _m("lognormal", 30, 1000, 10)).all()


def test_pas2060_style_rules():
    srcs = [
        SourceStatus("S1", 1, True, 500.0),
        SourceStatus("S2", 2, True, 400.0),
        SourceStatus("T1", 3, True, 80.0),
        SourceStatus("T2", 3, False, 15.0, "small"),  # 15 / (980 + 15 + 5) = 1.50 % > 1 %
        SourceStatus("T3", 3, False, 5.0, "tiny"),  # 0.5 % -> fine
    ]
    f = check(srcs, "PAS2060", period=("2025-01-01", "2025-12-31"))
    assert [(x.rule, x.source) for x in f] == [("s3_threshold", "T2")]
    assert "1.50 %" in f[0].message
    # coverage below 95 %: exclude a large scope 3 source
    srcs[2] = SourceStatus("T1", 3, False, 80.0, "not measured")
    f = check(srcs, "PAS2060")
    assert ("coverage", None) in [(x.rule, x.source) for x in f]
    # thresholds are settings
    assert not [
        x
        for x in check(srcs, "PAS2060", {"boundary_s3_threshold_pct": 10, "boundary_coverage_pct": 85})
        if x.rule in ("s3_threshold", "coverage")
    ]
    # excluded scope 1 source fails; a 6-month period fails under PAS 2060 (12 months of data)
    f = check([SourceStatus("S1", 1, False, None, "x")], "PAS2060", period=("2025-01-01", "2025-06-30"))
    assert {x.rule for x in f} == {"s12_complete", "twelve_months"}
    assert [x.severity for x in f if x.rule == "twelve_months"] == ["fail"]
