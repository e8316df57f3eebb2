"""The correlated Monte Carlo samples the ledger at the group's share: a 40 % joint venture under
equity share has 40 % of the range it has at 100 %, draw for draw (same seed), and 0 when the
approach leaves it out. Korean grid electricity 0.4173 tCO2e/MWh (kr.elec.grid.2023)."""

import pytest

from workbench.services import boundary, entities, footprint, inventory
from workbench.services.footprint.factors import assign_factor

GRID = 0.4173


@pytest.fixture
def jv_only(tmp_project, bw):
    """The parent's site has no emissions; the JV's site burns 2,000 MWh in two rows, +/-10 %."""
    p = tmp_project
    for code in ("P", "J"):
        boundary.add_site(p, code=code, name=f"Site {code}")
    boundary.add_source(p, "E-J", "Electricity JV", 2, site="J", unit="MWh")
    assign_factor(p, "E-J", "kr.elec.grid.2023")
    inventory.add_activity(p, "E-J", 1200, "MWh", "2025-01-01", "2025-06-30", unc_dist="normal", unc_pct=10)
    inventory.add_activity(p, "E-J", 800, "MWh", "2025-07-01", "2025-12-31", unc_dist="lognormal", unc_pct=20)
    entities.add_entity(
        p, "Hanbit JV", "joint venture", equity_pct=40, financial_control="joint", operational_control="no"
    )
    entities.assign_site(p, "J", "Hanbit JV")
    boundary.set_subject(p, consolidation="equity share")
    return p


STATS = ("mean", "sd", "median", "p2_5", "p97_5")


def test_a_40_pct_joint_venture_under_equity_share_has_40_pct_of_the_100_pct_range(jv_only):
    p = jv_only
    at40 = footprint.monte_carlo(p, 2000, seed=11)
    assert at40["deterministic"] == pytest.approx(0.40 * 2000 * GRID, rel=1e-12)
    assert at40["consolidation"]["approach"] == "equity share"
    jv = [e for e in at40["consolidation"]["entities"] if e["name"] == "Hanbit JV"][0]
    assert (jv["share_pct"], jv["basis"]) == (40.0, "equity share 40 %")
    assert not footprint.latest_monte_carlo(p)["stale"]
    entities.update_entity(p, "Hanbit JV", equity_pct=100)
    assert footprint.latest_monte_carlo(p)["stale"]  # the share is one of the Monte Carlo's inputs
    at100 = footprint.monte_carlo(p, 2000, seed=11)
    assert at100["deterministic"] == pytest.approx(2000 * GRID, rel=1e-12)
    assert at100["total"]["p97_5"] - at100["total"]["p2_5"] > 0.2 * at100["deterministic"]  # a real spread
    for k in STATS:
        assert at40["total"][k] == pytest.approx(0.40 * at100["total"][k], rel=1e-9), k
        assert at40["by_scope"]["2"][k] == pytest.approx(0.40 * at100["by_scope"]["2"][k], rel=1e-9), k
    range40 = at40["total"]["p97_5"] - at40["total"]["p2_5"]
    range100 = at100["total"]["p97_5"] - at100["total"]["p2_5"]
    assert range40 == pytest.approx(0.40 * range100, rel=1e-9)


def test_the_approach_that_leaves_the_joint_venture_out_samples_nothing_of_it(jv_only):
    p = jv_only
    boundary.set_subject(p, consolidation="operational control")  # the partner operates it
    mc = footprint.monte_carlo(p, 500, seed=3)
    assert mc["deterministic"] == 0.0
    assert mc["total"]["p2_5"] == 0.0 == mc["total"]["p97_5"]
    assert [e["share_pct"] for e in mc["consolidation"]["entities"]] == [100.0, 0.0]


def test_a_single_entity_project_keeps_its_monte_carlo_unchanged(tmp_project, bw):
    p = tmp_project
    boundary.add_site(p, code="P", name="P")
    boundary.add_source(p, "E-P", "Electricity", 2, site="P", unit="MWh")
    assign_factor(p, "E-P", "kr.elec.grid.2023")
    inventory.add_activity(p, "E-P", 1000, "MWh", "2025-01-01", "2025-12-31", unc_dist="normal", unc_pct=10)
    before = footprint.monte_carlo(p, 500, seed=5)
    entities.add_entity(p, "Sub", "subsidiary")  # 100 %, both controls: the plan is trivial
    after = footprint.monte_carlo(p, 500, seed=5)
    assert "consolidation" not in before and "consolidation" not in after
    assert after["total"] == before["total"] and after["inputs_hash"] == before["inputs_hash"]
