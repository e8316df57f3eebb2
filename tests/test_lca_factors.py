"""The shipped factor library and user-factor validation."""

import pytest

from lca.factors import FactorError, load_library, make_factor
from lca.units import conversion_factor

REQUIRED_IDS = [
    "kr.elec.grid.2021",
    "kr.elec.grid.2022",
    "kr.elec.grid.2023",
    "kr.elec.grid.2020_2022avg",
    "epa.stat.natural_gas",
    "epa.stat.natural_gas.mmbtu",
    "epa.stat.diesel",
    "epa.mob.diesel",
    "epa.mob.gasoline",
    "refrig.r410a",
    "refrig.hfc134a",
    "epa.travel.air.short",
    "epa.travel.air.long",
    "epa.travel.rail.intercity",
    "epa.freight.truck",
    "epa.waste.msw.landfill",
    "epa.stat.anthracite",
]


def test_library_loads_with_provenance():
    lib = load_library()
    for fid in REQUIRED_IDS:
        assert fid in lib, fid
    for f in lib.values():
        assert f.source and f.licence and f.region, f.id
        assert f.gases, f.id


def test_epa_anthracite_oracle():
    # oracles.md: EPA Hub Table 1, 1 short ton anthracite -> 2,602 kg CO2, 276 g CH4, 40 g N2O;
    # AR5 2,620.3 kg CO2e (2602 + 0.276 x 28 + 0.040 x 265 = 2620.328).
    f = load_library()["epa.stat.anthracite"]
    assert f.unit == "short_ton"
    assert f.gases == {"CO2": 2602.0, "CH4_fossil": 0.276, "N2O": 0.04}
    assert round(f.co2e("AR5"), 1) == 2620.3


def test_korean_grid_oracle():
    # 400 MWh x 0.4173 tCO2e/MWh = 166.92 t (Korean national factor 2023)
    f = load_library()["kr.elec.grid.2023"]
    assert f.gases == {"CO2e": 417.3}
    assert round(400 * f.co2e("AR6") / 1000, 6) == 166.92
    assert f.co2e("SAR") == f.co2e("AR6")  # unsplit totals do not move with the GWP set


def test_refrigerant_blend_reproduces_published_gwp():
    # R-410A AR4 GWP 2,088 in the EPA Hub table (rounded); 50/50 HFC-32 (675) / HFC-125 (3500) = 2087.5
    assert load_library()["refrig.r410a"].co2e("AR4") == 2087.5
    assert load_library()["refrig.hfc134a"].co2e("AR6") == 1530


def test_units_of_library_convert():
    assert conversion_factor("litre", "gallon") == pytest.approx(1 / 3.785411784)
    assert conversion_factor("tonne_km", "short_ton_mile") == pytest.approx(1 / (0.90718474 * 1.609344))
    assert conversion_factor("passenger-km", "passenger_mile") == pytest.approx(1 / 1.609344)


def test_user_factor_validation_names_field():
    f = make_factor("my.f", "Mine", "kWh", {"CO2": "0.5", "CH4": 0.001}, source="meter supplier")
    assert f.gases == {"CO2": 0.5, "CH4_fossil": 0.001}
    with pytest.raises(FactorError, match="factor 'x': field 'unit': unknown unit 'bananas'"):
        make_factor("x", "X", "bananas", {"CO2": 1})
    with pytest.raises(FactorError, match="unknown gas 'XX'"):
        make_factor("x", "X", "kWh", {"XX": 1})
    with pytest.raises(FactorError, match="amount of CO2 must be >= 0"):
        make_factor("x", "X", "kWh", {"CO2": -1})
    with pytest.raises(FactorError, match="no gas amounts"):
        make_factor("x", "X", "kWh", {})
    with pytest.raises(FactorError, match="unc_pct"):
        make_factor("x", "X", "kWh", {"CO2": 1}, unc_dist="normal")
