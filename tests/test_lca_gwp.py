"""GWP sets: the published values (STANDARDS.md, oracles.md) and the Brightway methods."""

import pytest

from lca.gwp import GWPError, canonical_gas, gwp, gwp_table


# oracles.md "GWP conversion": IPCC AR5 WG1 Table 8.A.1; AR6 WG1 Table 7.15.
@pytest.mark.parametrize(
    "gas,gwp_set,expected",
    [
        ("CH4_fossil", "AR6", 29.8),
        ("N2O", "AR6", 273),
        ("SF6", "AR6", 25200),
        ("CH4_fossil", "AR5", 28),
        ("N2O", "AR5", 265),
        ("SF6", "AR5", 23500),
        ("CH4_nonfossil", "AR6", 27.0),
        ("HFC-134a", "SAR", 1300),
        ("HFC-32", "AR4", 675),
        ("NF3", "AR4", 17200),
    ],
)
def test_published_values(gas, gwp_set, expected):
    assert gwp(gas, gwp_set) == expected


def test_oracle_conversions():
    # 1 t CH4 (fossil), 1 t N2O, 1 kg SF6 -> t CO2e (oracles.md)
    assert 1.0 * gwp("CH4", "AR6") == 29.8
    assert 1.0 * gwp("N2O", "AR6") == 273
    assert 1.0 * gwp("SF6", "AR6") / 1000 == 25.2
    assert 1.0 * gwp("SF6", "AR5") / 1000 == 23.5


def test_spellings():
    assert canonical_gas("R-134a") == "HFC-134a"
    assert canonical_gas("hfc134a") == "HFC-134a"
    assert canonical_gas("CH4") == "CH4_fossil"
    assert canonical_gas("CF4") == "PFC-14"


def test_errors_name_the_problem():
    with pytest.raises(GWPError, match="unknown gas 'XYZ'"):
        gwp("XYZ", "AR6")
    with pytest.raises(GWPError, match="unknown GWP set 'AR7'"):
        gwp("CO2", "AR7")
    with pytest.raises(GWPError, match="SAR set publishes no GWP for NF3"):
        gwp("NF3", "SAR")
    assert "NF3" not in gwp_table("SAR")


def test_biogenic_co2_counts_zero():
    assert gwp("CO2_biogenic", "AR6") == 0


def test_brightway_methods(bw):
    from lca import bw_setup  # the bw fixture (conftest) set BRIGHTWAY2_DIR to a temp folder

    calls = []
    bw_setup.ensure_setup(progress=lambda f, m: calls.append((f, m)))
    assert calls[-1][0] == 1.0
    bd = bw_setup.activate()
    assert bd.projects.current == bw_setup.PROJECT_NAME
    cfs = dict(bd.Method(bw_setup.method_key("AR6")).load())
    assert cfs[bw_setup.biosphere_key("CH4_fossil")] == 29.8
    assert cfs[bw_setup.biosphere_key("CH4_nonfossil")] == 27.0
    assert cfs[bw_setup.biosphere_key("CO2_biogenic")] == 0
    cfs5 = dict(bd.Method(bw_setup.method_key("AR5")).load())
    assert cfs5[bw_setup.biosphere_key("N2O")] == 265
    assert bw_setup.method_key("ar6") == ("CNW", "GWP100", "AR6")
    # second call is a marker check
    import time

    t = time.perf_counter()
    bw_setup.ensure_setup()
    assert time.perf_counter() - t < 0.2
    assert bw_setup.is_setup()


def test_ghg_looking_names():
    from lca.gwp import ghg_looking

    for name in (
        "Carbon dioxide, from soil or biomass stock",
        "Methane, fossil",
        "Dinitrogen monoxide",
        "Methane, chloro-fluoro-, HCFC-31",
        "Methane, tetrachloro-, R-10",
        "Perfluoropentane",
        "Sulfur hexafluoride",
    ):
        assert ghg_looking(name, "air"), name
    for name in ("Carbon monoxide, fossil", "Ammonia", "Acetic acid, trifluoro-", "Tetrachloroethylene"):
        assert not ghg_looking(name, "air"), name
    assert not ghg_looking("Chloroform", "water/surface water")  # an emission to water is no GHG emission


def test_every_gas_row_has_a_source_and_a_biosphere3_flow():
    from lca.gwp import gases, gwp_source

    for g in gases().values():
        assert gwp_source(g.gas).strip(), g.gas
        assert g.categories[0] in ("air", "soil", "natural resource"), g.gas
    assert gases()["CO2_luc_uptake"].categories == ("soil",)
