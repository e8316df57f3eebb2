"""US EPA supply-chain factors v1.3.0 (us_epa_sef_v13.csv): gas masses reproduce EPA's AR5 totals."""

import csv
import re

import pytest

from lca.factors import LIBRARY, LIBRARY_FILES, load_library
from lca.units import parse_unit

SEF = LIBRARY.parent / "us_epa_sef_v13.csv"


@pytest.fixture(scope="module")
def sef():
    return load_library(str(SEF))


# EPA all-GHG file, 'Supply Chain Emission Factors with Margins', kg CO2e per 2022 USD (AR5),
# printed to 3 decimals.
PRINTED = {
    "331110": 0.787,  # Iron and Steel Mills and Ferroalloy Manufacturing
    "541330": 0.103,  # Engineering Services
    "811310": 0.136,  # Commercial and Industrial Machinery ... Repair and Maintenance
}


@pytest.mark.parametrize("code,printed", sorted(PRINTED.items()))
def test_pinned_rows_reproduce_epa_co2e_total(sef, code, printed):
    f = sef[f"us.epa.sef13.naics.{code}"]
    assert f.unit == "USD"
    assert f.category == "spend"
    assert f.region == "US" and f.year == "2022"
    assert round(f.co2e("AR5"), 3) == printed


def test_steel_row_gas_masses(sef):
    f = sef["us.epa.sef13.naics.331110"]
    assert f.gases["CO2"] == pytest.approx(0.738)
    assert f.gases["CH4_fossil"] == pytest.approx(0.0013)
    assert f.gases["N2O"] == pytest.approx(2.08e-05)
    assert f.gases["SF6"] == pytest.approx(1.6e-07)
    assert "Iron and Steel Mills" in f.name and "2022 USD" in f.name


def test_every_row_within_printed_rounding_of_epa_total(sef):
    # Each row's notes keep EPA's printed SEF+MEF total. By-gas values are printed to 3 significant
    # figures (<= 0.5 % each, all terms >= 0) and the total to 3 decimals (0.0005).
    for fid, f in sef.items():
        printed = float(re.search(r"SEF\+MEF ([0-9.]+) kg CO2e/USD", f.notes).group(1))
        got = f.co2e("AR5")
        assert abs(got - printed) <= 0.0005 + 0.005 * got, fid


def test_units_parse_ids_unique_and_in_default_library(sef):
    with open(SEF, newline="", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    ids = [r["id"] for r in rows]
    assert len(ids) == len(set(ids)) == len(sef) == 1016
    for u in {r["unit"] for r in rows}:
        parse_unit(u)
    assert SEF in LIBRARY_FILES
    assert "us.epa.sef13.naics.541330" in load_library()
