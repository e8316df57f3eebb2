"""The footprint engine over a hand-built ledger, through a real Brightway LCA."""

import numpy as np
import pytest

from lca.factors import load_library
from lca.footprint import FootprintError, compute
from lca.result import Instrument, Ledger, SourceInfo


def _ledger(rows, sources, factors, sites=("HWS",), months=("2025-01", "2025-02")):
    src, site, month, qty = (np.array(c) for c in zip(*rows, strict=True))
    n = len(rows)
    return Ledger(
        source=src.astype(np.int64),
        site=site.astype(np.int64),
        month=month.astype(np.int64),
        quantity=qty.astype(float),
        unc_code=np.zeros(n, np.int8),
        unc_pct=np.zeros(n),
        sources=sources,
        sites=list(sites),
        months=list(months),
        factors=factors,
    )


@pytest.fixture
def oracle_ledger():
    lib = load_library()
    factors = [
        lib["epa.stat.anthracite"],
        lib["kr.elec.grid.2023"],
        lib["refrig.hfc134a"],
        lib["epa.stat.wood"],
    ]
    sources = [
        SourceInfo("COAL", "Anthracite boiler", 1, None, 1, "HWS", 0),
        SourceInfo("ELEC", "Grid electricity", 2, None, 2, "HWS", 1),
        SourceInfo("REF", "HFC-134a leak", 1, None, 1, "HWS", 2),
        SourceInfo("WOOD", "Wood boiler", 1, None, 1, "HWS", 3),
    ]
    rows = [(0, 0, 0, 1.0), (1, 0, 0, 150.0), (1, 0, 1, 250.0), (2, 0, 1, 10.0), (3, 0, 0, 2.0)]
    return _ledger(rows, sources, factors)


def test_oracles_through_brightway(bw, oracle_ledger):
    r = compute(oracle_ledger, "AR5")
    # EPA anthracite: 2,620.3 kg CO2e (AR5) per short ton -> t
    assert round(r.by_source["COAL"] * 1000, 1) == 2620.3
    # Korean grid 2023: 400 MWh x 0.4173 = 166.92 t
    assert round(r.by_source["ELEC"], 6) == 166.92
    assert round(r.scope2_location, 6) == 166.92 and round(r.scope2_market, 6) == 166.92
    # HFC-134a AR5 1,300: 10 kg -> 13 t
    assert r.by_source["REF"] == pytest.approx(13.0)
    # biogenic CO2 of wood (1,640 kg/short ton) reported separately, not in totals
    assert r.biogenic_co2 == pytest.approx(2 * 1.640)
    wood = 2 * (0.126 * 28 + 0.063 * 265) / 1000
    assert r.by_source["WOOD"] == pytest.approx(wood)
    assert r.total == pytest.approx(2.620328 + 166.92 + 13.0 + wood)
    assert sum(r.by_month.values()) == pytest.approx(r.total)
    assert sum(r.by_gas.values()) == pytest.approx(r.total)
    assert r.by_month["2025-02"] == pytest.approx(250 * 0.4173 + 13.0)
    assert r.gas_mass["CH4_fossil"] == pytest.approx(0.276 / 1000)
    assert r.gas_mass["CH4_nonfossil"] == pytest.approx(2 * 0.126 / 1000)


def test_gwp_switch_changes_only_non_co2(bw, oracle_ledger):
    a, b = compute(oracle_ledger, "AR5"), compute(oracle_ledger, "AR6")
    assert a.by_gas["CO2"] == b.by_gas["CO2"]
    assert a.by_gas["CO2e"] == b.by_gas["CO2e"]  # published CO2e totals stay
    assert a.gas_mass == b.gas_mass and a.biogenic_co2 == b.biogenic_co2
    assert b.by_gas["HFC-134a"] == pytest.approx(10 * 1530 / 1000)
    assert b.by_gas["CH4_fossil"] == pytest.approx(0.276 * 29.8 / 1000)
    assert b.by_gas["CH4_nonfossil"] == pytest.approx(2 * 0.126 * 27.0 / 1000)
    assert b.by_gas["N2O"] == pytest.approx((0.04 + 2 * 0.063) * 273 / 1000)
    changed = {g for g in a.by_gas if a.by_gas[g] != b.by_gas[g]}
    assert changed == {"CH4_fossil", "CH4_nonfossil", "N2O", "HFC-134a"}


def test_market_based_scope2(bw, oracle_ledger):
    rec = Instrument("ELEC", 100.0, 0.0, "REC", "REC-1")
    r = compute(oracle_ledger, "AR6", instruments=[rec])
    assert r.scope2_location == pytest.approx(166.92)
    assert r.scope2_market == pytest.approx(300 * 0.4173)
    assert r.total == pytest.approx(r.total_market) and r.total_market < r.total_location
    assert sum(r.by_month.values()) == pytest.approx(r.total)
    loc = compute(oracle_ledger, "AR6", instruments=[rec], scope2_basis="location")
    assert loc.total == pytest.approx(loc.total_location)
    big = compute(oracle_ledger, "AR6", instruments=[Instrument("ELEC", 1000.0, 0.0, "REC", "R2")])
    assert big.scope2_market == 0 and "excess is not counted" in big.warnings[0]
    with pytest.raises(FootprintError, match="scope 1"):
        compute(oracle_ledger, "AR6", instruments=[Instrument("COAL", 1.0, 0.0)])


def test_missing_factor_names_source(bw, oracle_ledger):
    s = oracle_ledger.sources
    s[2] = SourceInfo("REF", "HFC-134a leak", 1, None, 1, "HWS", -1)
    with pytest.raises(
        FootprintError, match="no emission factor assigned for source\\(s\\) 'REF' \\(1 rows\\)"
    ):
        compute(oracle_ledger, "AR6")
    r = compute(oracle_ledger, "AR6", allow_missing=True)
    assert r.missing_factors == [{"source": "REF", "rows": 1}] and not r.complete
    assert "REF" not in r.by_source
