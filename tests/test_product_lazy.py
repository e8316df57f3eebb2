"""Issue 13, deliverable 6: the calculation describes lazily. A background chain of 60 activities
is loaded without describing any of them; a result's top processes and supply-chain tree look up
only the activities they show (one describer call each, never twice), and those carry the same
names as when every activity is described up front. Real Brightway (temporary BRIGHTWAY2_DIR)."""

from __future__ import annotations

import pytest

N = 60


def _chain(db):
    """Activity i buys 0.5 of activity i+1 and emits 1 kg CO2 per unit: ``a-0`` tops the chain."""
    from lca.bw_setup import biosphere_key
    from lca.product import bw_bridge
    from lca.quiet import quiet

    co2 = biosphere_key("CO2")
    data = {}
    for i in range(N):
        exchanges = [
            {"input": (db, f"a-{i}"), "amount": 1.0, "type": "production"},
            {"input": co2, "amount": 1.0, "type": "biosphere"},
        ]
        if i + 1 < N:
            exchanges.append({"input": (db, f"a-{i + 1}"), "amount": 0.5, "type": "technosphere"})
        data[(db, f"a-{i}")] = {
            "name": f"activity {i}",
            "unit": "kilogram",
            "location": "KR",
            "exchanges": exchanges,
        }
    with quiet():
        bw_bridge.bw().Database(db).write(data)
    return (db, "a-0")


def test_results_describe_only_the_activities_they_show(bw, tmp_path):
    from lca.bw_setup import method_key
    from lca.product import bw_bridge
    from lca.product.analysis import Calculation

    db = f"lazy-{tmp_path.name[-10:]}"
    top = _chain(db)
    method = method_key("AR6")
    lazy = bw_bridge.matrix_system({top: 1.0}, method, describe_all=False)
    assert lazy.size == N
    assert not any(a.name for a in lazy.activities)  # nothing described while loading

    real = lazy.describer
    calls = []

    def counting(key):
        calls.append(key)
        return real(key)

    lazy.describer = counting
    calc = Calculation(lazy, {top: 1.0})
    assert calc.score == pytest.approx(sum(0.5**i for i in range(N)), rel=1e-6)
    assert calls == []  # solving describes nothing
    procs = calc.by_process(3)
    tree = calc.tree(top, 1.0, cutoff=0.2)

    def nodes(n):
        return [n, *(m for c in n.children for m in nodes(c))]

    shown = {c.key for c in procs if c.key} | {n.key for n in nodes(tree) if n.key}
    assert len(calls) == len(set(calls))  # each activity described once at most
    assert set(calls) == shown and len(shown) < 10  # only what the result shows, not all 60
    described = {a.key for a in lazy.activities if a.name}
    assert described == shown

    full = bw_bridge.matrix_system({top: 1.0}, method, describe_all=True)
    by_key = {a.key: a for a in full.activities}
    for key in shown:
        a = lazy.info(lazy.index[key])
        assert (a.name, a.unit, a.location) == (by_key[key].name, by_key[key].unit, "KR")
    assert procs[0].label == "activity 0 [KR]"
