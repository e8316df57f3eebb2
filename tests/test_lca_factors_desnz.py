"""UK DESNZ 2025 conversion factors (resources/factors/uk_desnz_2025.csv) against the printed flat file.

Printed values are from the 2025 flat file, Version 1, sheet 'Factors by Category' (column
'GHG Conversion Factor 2025'); the DESNZ ID of each row is given next to it.
"""

import csv
from pathlib import Path

import pytest

from lca.factors import LIBRARY, load_library
from lca.units import parse_unit

DESNZ = Path(LIBRARY).parent / "uk_desnz_2025.csv"
P = "uk.desnz2025."


@pytest.fixture(scope="module")
def lib():
    return load_library(str(DESNZ))


def _ar5(f):
    return f.co2e("AR5")


def test_same_columns_as_the_library_and_unique_ids():
    with open(LIBRARY, newline="", encoding="utf-8") as fh:
        main_header = next(csv.reader(fh))
    with open(DESNZ, newline="", encoding="utf-8") as fh:
        rows = list(csv.reader(fh))
    assert rows[0] == main_header
    ids = [r[0] for r in rows[1:]]
    assert len(ids) == len(set(ids)) > 400
    assert all(i.startswith(P) for i in ids)


def test_every_unit_parses_and_provenance(lib):
    for f in lib.values():
        parse_unit(f.unit)
        assert f.year == "2025" and f.region == "UK"
        assert "Open Government Licence v3.0" in f.licence
        assert "DESNZ ID " in f.notes


def test_natural_gas_per_m3_masses_and_total(lib):
    # 1_100_1004_1_1..4: total 2.06672; CO2 2.0627, CH4 0.00307, N2O 0.00095 kg CO2e (AR5)
    f = lib[P + "fuel.natural_gas.m3"]
    assert f.unit == "m3"
    assert f.gases["CO2"] == pytest.approx(2.0627, abs=1e-12)
    assert f.gases["CH4_fossil"] == pytest.approx(0.00307 / 28, rel=1e-12)
    assert f.gases["N2O"] == pytest.approx(0.00095 / 265, rel=1e-12)
    assert round(_ar5(f), 5) == 2.06672
    # stored as gas mass, so another GWP set gives another total
    assert _ar5(f) - f.co2e("AR4") == pytest.approx(0.00307 / 28 * 3 + 0.00095 / 265 * (265 - 298))


@pytest.mark.parametrize(
    "fid,total",
    [
        ("fuel.natural_gas.kwh_gross", 0.18296),  # 1_100_1004_6_1
        ("fuel.diesel_mineral.litre", 2.66155),  # 1_101_1012_8_1
        ("fuel.petrol_mineral.litre", 2.33984),  # 1_101_1018_8_1
        ("fuel.coal_industrial.tonne", 2395.28994),  # 1_102_1025_15_1
        ("car.average.petrol.vkm", None),
        ("freight.hgv.all.laden_avg.tkm", 0.10163),
        ("rail.national.pkm", 0.03546),  # 25_315_3147_11_1
        ("air.short_haul.average.no_rf.pkm", 0.07559),
        ("air.short_haul.average.with_rf.pkm", 0.12786),  # 21_316_3162_11_1
        ("air.long_haul.average.no_rf.pkm", 0.09043),
        ("elec.uk_grid.kwh", 0.177),  # 7_400_4000_5_1 (printed parts sum to 0.17701)
        ("freight.sea.crude_tanker.200000plus_dwt.tkm", 0.00294),  # parts printed to fewer decimals
    ],
)
def test_ar5_total_equals_printed_total(lib, fid, total):
    f = lib[P + fid]
    assert "CO2e" not in f.gases  # split by gas
    if total is not None:
        assert round(_ar5(f), 5) == pytest.approx(total, abs=1e-12)


@pytest.mark.parametrize(
    "fid,total",
    [
        ("material.steel_cans.primary", 2863.90131),
        ("material.aluminium_cans_foil.primary", 9115.90131),
        ("material.average_plastics.primary", 3172.49932),
        ("material.aggregates.closed_loop", 3.21835),  # 19_500_5003_15_1
        ("waste.commercial_industrial.landfill", 520.5327),
    ],
)
def test_total_only_rows_are_unsplit(lib, fid, total):
    f = lib[P + fid]
    assert f.unit == "tonne"
    assert f.gases == {"CO2e": pytest.approx(total, abs=1e-12)}
    assert f.co2e("AR6") == f.co2e("AR4") == pytest.approx(total)


def test_biogenic_co2_reported_separately(lib):
    e = lib[P + "elec.uk_grid.kwh"]
    assert e.gases["CO2_biogenic"] == pytest.approx(0.11507)  # 99_400_4001_5_2, outside of scopes
    assert round(_ar5(e), 5) == 0.177


def test_units_and_rf_variants(lib):
    assert lib[P + "fuel.diesel_mineral.litre"].unit == "L"
    assert lib[P + "fuel.natural_gas.kwh_gross"].unit == "kWh"
    assert "gross CV" in lib[P + "fuel.natural_gas.kwh_gross"].name
    assert lib[P + "freight.hgv.all.laden_avg.tkm"].unit == "tonne_km"
    assert lib[P + "hgv.all.laden_avg.vkm"].unit == "vehicle_km"
    assert lib[P + "rail.national.pkm"].unit == "passenger_km"
    no_rf, rf = lib[P + "air.long_haul.average.no_rf.pkm"], lib[P + "air.long_haul.average.with_rf.pkm"]
    assert "without radiative forcing" in no_rf.name and "with radiative forcing" in rf.name
    assert _ar5(rf) > _ar5(no_rf)
    # Scope 1 BEV rows are all zero (tailpipe) and not shipped; the business-travel rows include charging
    assert not any(i.startswith((P + "car.", P + "van.")) and ".bev." in i for i in lib)
    bev = lib[P + "travel.car.average.bev.vkm"]  # 25_301_3076_4_1
    assert round(_ar5(bev), 5) == 0.04047
