"""Build ``uk_desnz_2025.csv`` from the DESNZ 2025 flat file (provenance script; not used at run time).

Source: UK Government GHG Conversion Factors for Company Reporting 2025, flat file, Version 1
(updated 2025-06-10), sheet 'Factors by Category' (DESNZ; produced by Ricardo Energy & Environment and
Aether Ltd). Crown copyright, Open Government Licence v3.0.

Usage::

    .venv/bin/python tools/build_from_desnz.py /path/to/flat-file.xlsx [out.csv]

The flat file lists each factor as a group of rows sharing an ID stem (``1_100_1004_1``):
``_1`` 'kg CO2e' (total), ``_2`` 'kg CO2e of CO2 per unit', ``_3`` 'kg CO2e of CH4 per unit',
``_4`` 'kg CO2e of N2O per unit'. DESNZ expresses CH4 and N2O as CO2e with IPCC AR5 GWP-100 (the
file's own 'Refrigerant & other' rows give Methane = 28 and Nitrous oxide = 265 kg CO2e per kg, which
this script checks). The CSV stores gas MASS (kg CH4 = CO2e_of_CH4 / 28, kg N2O = CO2e_of_N2O / 265)
so the workbench can apply any GWP set. Where only a total is published (material use, waste), the
total is stored as ``co2e_unsplit``. The printed total and parts are each rounded; where the parts miss
the total by rounding (<= RESIDUAL_TOL), CO2 is stored as total - CH4 part - N2O part so the AR5 total
equals the printed total (said in that row's notes).

Needs openpyxl (a dependency of the workbench's Excel import).
"""

from __future__ import annotations

import argparse
import csv
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FACTORS = ROOT / "resources" / "factors"
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from lca.factors import ROW_COLUMNS  # noqa: E402
from lca.units import UnitError, parse_unit  # noqa: E402

COLUMNS = list(ROW_COLUMNS)

GWP_CH4 = 28.0  # IPCC AR5 GWP-100, as used by DESNZ 2025 (checked against the file below)
GWP_N2O = 265.0
# Printed total and printed parts are each rounded (mostly to 5 decimals); a difference up to this is rounding.
RESIDUAL_TOL = 2e-5

SHEET = "Factors by Category"
PREFIX = "uk.desnz2025"
SOURCE = (
    "UK Government GHG Conversion Factors for Company Reporting 2025 (DESNZ; produced by Ricardo "
    "Energy & Environment and Aether Ltd), flat file Version 1 (updated 2025-06-10), sheet "
    "'Factors by Category'"
)
LICENCE = (
    "Crown copyright, Open Government Licence v3.0: Contains public sector information licensed "
    "under the Open Government Licence v3.0"
)

# DESNZ unit of measure -> (workbench unit, id suffix, words for the name). Anything else is skipped.
UNITS = {
    "tonnes": ("tonne", "tonne", "per tonne"),
    "litres": ("L", "litre", "per litre"),
    "cubic metres": ("m3", "m3", "per cubic metre"),
    "kWh (Gross CV)": ("kWh", "kwh_gross", "per kWh (gross CV)"),
    "kWh": ("kWh", "kwh", "per kWh"),
    "km": ("vehicle_km", "vkm", "per vehicle-km"),
    "passenger.km": ("passenger_km", "pkm", "per passenger-km"),
    "tonne.km": ("tonne_km", "tkm", "per tonne-km"),
}
SKIP_UNIT_REASON = {
    "miles": "per-mile duplicate of a per-km factor (brief: miles skipped)",
    "kWh (Net CV)": "net-CV kWh; the workbench unit 'kWh' carries no CV basis, so only gross CV is shipped",
}

# Level 1 sections taken, and the rest with the reason they are not shipped.
SKIP_SECTION_REASON = {
    "Bioenergy": "biofuels/biomass: biogenic CO2 accounting needs the paired outside-of-scopes rows; not shipped",
    "Refrigerant & other": "refrigerants are per kg released (GWP tables); the library has its own refrigerant rows",
    "SECR kWh pass & delivery vehs": "SECR energy-reporting conversions (kWh per distance), not emission factors",
    "UK electricity for EVs": "EV charging electricity per km (Scope 2 part): not shipped; the business-travel car "
    "rows include it, or use UK electricity per kWh",
    "SECR kWh UK electricity for EVs": "SECR energy-reporting conversions, not emission factors",
    "WTT- fuels": "well-to-tank (upstream) factors not shipped in this edition of the library",
    "WTT- bioenergy": "well-to-tank (upstream) factors not shipped",
    "Transmission and distribution": "electricity T&D losses not shipped",
    "UK electricity T&D for EVs": "electricity T&D losses not shipped",
    "WTT- UK electricity": "well-to-tank (upstream) factors not shipped",
    "WTT- heat and steam": "well-to-tank (upstream) factors not shipped",
    "WTT- business travel- air": "well-to-tank (upstream) factors not shipped",
    "WTT- business travel- sea": "well-to-tank (upstream) factors not shipped",
    "WTT- pass vehs & travel- land": "well-to-tank (upstream) factors not shipped",
    "WTT- delivery vehs & freight": "well-to-tank (upstream) factors not shipped",
    "Hotel stay": "hotel stays (per room-night, by country) not shipped",
    "Managed assets- electricity": "duplicates of UK electricity",
    "Managed assets- vehicles": "managed (leased) vehicles: the passenger/delivery vehicle rows plus EV electricity; "
    "not shipped",
    "Homeworking": "per FTE working hour; unit not in lca.units",
    "Outside of scopes": "biogenic CO2; used only as biogenic_co2 of the matching fuel/electricity rows",
}

CAR_FUEL = {
    "Diesel": "diesel",
    "Petrol": "petrol",
    "Hybrid": "hybrid",
    "CNG": "cng",
    "LPG": "lpg",
    "Unknown": "unknown_fuel",
    "Plug-in Hybrid Electric Vehicle": "phev",
    "Battery Electric Vehicle": "bev",
}
VAN_CLASS = {
    "Class I (up to 1.305 tonnes)": "class_i",
    "Class II (1.305 to 1.74 tonnes)": "class_ii",
    "Class III (1.74 to 3.5 tonnes)": "class_iii",
    "Average (up to 3.5 tonnes)": "average",
}
HGV_TYPE = {
    "All HGVs": "all",
    "All artics": "artic_all",
    "All rigids": "rigid_all",
    "Articulated (>3.5 - 33t)": "artic_3_5_33t",
    "Articulated (>33t)": "artic_gt33t",
    "Rigid (>17 tonnes)": "rigid_gt17t",
    "Rigid (>3.5 - 7.5 tonnes)": "rigid_3_5_7_5t",
    "Rigid (>7.5 tonnes-17 tonnes)": "rigid_7_5_17t",
}
LADEN = {"0% Laden": "laden0", "50% Laden": "laden50", "100% Laden": "laden100", "Average laden": "laden_avg"}
HAUL = {
    "Domestic, to/from UK": "domestic",
    "Short-haul, to/from UK": "short_haul",
    "Long-haul, to/from UK": "long_haul",
    "International, to/from non-UK": "international_non_uk",
}
RF = {"With RF": "with_rf", "Without RF": "no_rf"}
RF_WORDS = {
    "With RF": "with radiative forcing (RF) uplift",
    "Without RF": "without radiative forcing (GHG Protocol basis)",
}
FUEL_SLUG = {
    "Natural gas": "natural_gas",
    "Natural gas (100% mineral blend)": "natural_gas_mineral",
    "Diesel (100% mineral diesel)": "diesel_mineral",
    "Diesel (average biofuel blend)": "diesel_biofuel_blend",
    "Petrol (100% mineral petrol)": "petrol_mineral",
    "Petrol (average biofuel blend)": "petrol_biofuel_blend",
    "Coal (electricity generation - home produced coal only)": "coal_electricity_home_produced",
    "Processed fuel oils - residual oil": "processed_residual_oil",
    "Processed fuel oils - distillate oil": "processed_distillate_oil",
}
MATERIAL_ROUTE = {
    "Primary material production": ("primary", "primary material production"),
    "Re-used": ("reused", "re-used"),
    "Open-loop source": ("open_loop", "open-loop recycled source"),
    "Closed-loop source": ("closed_loop", "closed-loop recycled source"),
}
WASTE_ROUTE = {
    "Re-use": ("reuse", "re-use"),
    "Open-loop": ("open_loop", "open-loop recycling"),
    "Closed-loop": ("closed_loop", "closed-loop recycling"),
    "Incineration with Energy Recovery": ("combustion", "combustion (incineration with energy recovery)"),
    "Composting": ("composting", "composting"),
    "Landfill": ("landfill", "landfill"),
    "Anaerobic digestion": ("anaerobic_digestion", "anaerobic digestion"),
}
MATERIAL_SLUG = {
    "Metal: aluminium cans and foil (excl. forming)": "aluminium_cans_foil",
    "Metal: mixed cans": "mixed_cans",
    "Metal: scrap metal": "scrap_metal",
    "Metal: steel cans": "steel_cans",
    "Metals": "construction_metals",
    "Plastics: average plastics": "average_plastics",
    "Plastics: average plastic film": "average_plastic_film",
    "Plastics: average plastic rigid": "average_plastic_rigid",
    "Plastics: HDPE (incl. forming)": "hdpe",
    "Plastics: LDPE and LLDPE (incl. forming)": "ldpe_lldpe",
    "Plastics: PET (incl. forming)": "pet",
    "Plastics: PP (incl. forming)": "pp",
    "Plastics: PS (incl. forming)": "ps",
    "Plastics: PVC (incl. forming)": "pvc",
    "Paper and board: board": "board",
    "Paper and board: mixed": "paper_board_mixed",
    "Paper and board: paper": "paper",
    "Commercial and industrial waste": "commercial_industrial",
    "Organic: food and drink waste": "food_drink",
    "Organic: garden waste": "garden",
    "Organic: mixed food and garden waste": "food_garden_mixed",
}


def slug(text) -> str:
    t = str(text).strip().lower().replace("+", "plus").replace("%", "pct").replace(",", "")
    t = t.replace(">", "gt").replace("&", "and")
    return re.sub(r"[^a-z0-9]+", "_", t).strip("_")


class Skip(Exception):
    """This factor group is not shipped; the message says why."""


def ident(l1, l2, l3, l4, col, unit_sfx):
    """(id without prefix, display name, category) for a factor group, or raise Skip."""
    s3, s4 = (l3 or "").strip(), (l4 or "").strip()
    col = (col or "").strip()
    if l1 == "Fuels":
        f = FUEL_SLUG.get(s3, slug(s3))
        return f"fuel.{f}.{unit_sfx}", s3, "stationary_combustion"
    if l1 == "Passenger vehicles":
        if l2 == "Cars (by size)":
            size = slug(s3.replace(" car", ""))
            name = f"{s3}, {col}"
            if col == "Plug-in Hybrid Electric Vehicle":
                name += " (fuel only; grid electricity not included)"
            return f"car.{size}.{CAR_FUEL[col]}.{unit_sfx}", name, "mobile_combustion"
        if l2 == "Motorbike":
            return f"motorbike.{slug(s3)}.{unit_sfx}", f"Motorbike, {s3.lower()}", "mobile_combustion"
        raise Skip("cars by market segment: not shipped (use cars by size)")
    if l1 == "Delivery vehicles":
        if l2 == "Vans":
            name = f"Van {s3}, {col}"
            if col == "Plug-in Hybrid Electric Vehicle":
                name += " (fuel only; grid electricity not included)"
            return f"van.{VAN_CLASS[s3]}.{CAR_FUEL[col]}.{unit_sfx}", name, "mobile_combustion"
        kind = "hgv_refrig" if "refrigerated" in l2 else "hgv"
        word = "HGV refrigerated (all diesel)" if kind == "hgv_refrig" else "HGV (all diesel)"
        return (
            f"{kind}.{HGV_TYPE[s3]}.{LADEN[col]}.{unit_sfx}",
            f"{word}, {s3}, {col.lower()}",
            "mobile_combustion",
        )
    if l1 == "UK electricity":
        return (
            f"elec.uk_grid.{unit_sfx}",
            "UK electricity generated (grid average, location-based)",
            "electricity",
        )
    if l1 == "Heat and steam":
        return f"heat.{slug(s3)}.{unit_sfx}", s3, "heat_steam"
    if l1 == "Water supply":
        return f"water.supply.{unit_sfx}", "Water supply", "water"
    if l1 == "Water treatment":
        return f"water.treatment.{unit_sfx}", "Water treatment", "water"
    if l1 == "Material use":
        route, words = MATERIAL_ROUTE[col]
        m = MATERIAL_SLUG.get(s3, slug(s3))
        label = f"construction {s3.lower()}" if s3 == "Metals" else s3
        return f"material.{m}.{route}", f"Material use: {label}, {words}", "purchased_goods"
    if l1 == "Waste disposal":
        route, words = WASTE_ROUTE[col]
        m = MATERIAL_SLUG.get(s3, slug(s3))
        if l2 == "Construction" and s3 == "Metals":
            m = "construction_metals"
        return f"waste.{m}.{route}", f"Waste disposal: {s3}, {words}", "waste"
    if l1 == "Business travel- air":
        cls = "average" if s4 == "Average passenger" else slug(s4)
        return (
            f"air.{HAUL[s3]}.{cls}.{RF[col]}.{unit_sfx}",
            f"Flight {s3}, {s4.lower()}, {RF_WORDS[col]}",
            "business_travel",
        )
    if l1 == "Business travel- sea":
        return f"ferry.{slug(s3)}.{unit_sfx}", f"Ferry, {s3.lower()}", "business_travel"
    if l1 == "Business travel- land":
        if l2 == "Rail":
            rail = {
                "National rail": "national",
                "International rail": "international",
                "Light rail and tram": "light_rail_tram",
                "London Underground": "london_underground",
            }
            return f"rail.{rail[s3]}.{unit_sfx}", f"Rail: {s3}", "business_travel"
        if l2 == "Bus":
            return f"bus.{slug(s3)}.{unit_sfx}", f"Bus: {s3}", "business_travel"
        if l2 == "Taxis":
            return f"taxi.{slug(s3)}.{unit_sfx}", f"Taxi: {s3}", "business_travel"
        if l2 == "Cars (by size)":
            size = slug(s3.replace(" car", ""))
            name = f"Business travel car (not owned or controlled), {s3}, {col}"
            if col in ("Plug-in Hybrid Electric Vehicle", "Battery Electric Vehicle"):
                name += " (includes charging electricity, generation and T&D)"
            return f"travel.car.{size}.{CAR_FUEL[col]}.{unit_sfx}", name, "business_travel"
        raise Skip(
            "business-travel cars by market segment and motorbikes: not shipped (use business-travel cars "
            "by size; motorbikes as the passenger vehicle rows)"
        )
    if l1 == "Freighting goods":
        if l2 == "Vans":
            return (
                f"freight.van.{VAN_CLASS[s3]}.{CAR_FUEL[col]}.{unit_sfx}",
                f"Freight by van {s3}, {col}",
                "freight",
            )
        if l2.startswith("HGV"):
            kind = "hgv_refrig" if "refrigerated" in l2 else "hgv"
            return (
                f"freight.{kind}.{HGV_TYPE[s3]}.{LADEN[col]}.{unit_sfx}",
                f"Freight by {l2}, {s3}, {col.lower()}",
                "freight",
            )
        if l2 == "Freight flights":
            return (
                f"freight.air.{HAUL[s3]}.{RF[col]}.{unit_sfx}",
                f"Freight flight {s3}, {RF_WORDS[col]}",
                "freight",
            )
        if l2 == "Rail":
            return f"freight.rail.{slug(s3)}.{unit_sfx}", f"Rail freight: {s3.lower()}", "freight"
        if l2 in ("Sea tanker", "Cargo ship"):
            return (
                f"freight.sea.{slug(s3)}.{slug(s4)}.{unit_sfx}",
                f"Sea freight: {s3.strip()}, {s4.strip()}",
                "freight",
            )
    raise Skip(f"section '{l1}' not shipped")


def num(v):
    if v is None or (isinstance(v, str) and not v.strip()):
        return None
    return float(v)


def fmt(x: float) -> str:
    """A stored number: shortest repr that reads back to the same float."""
    return repr(float(x))


def show(x) -> str:
    """A printed DESNZ value for the notes (10 significant digits hides Excel float noise)."""
    return "n/a" if x is None else f"{x:.10g}"


def read_flat_file(path):
    import openpyxl

    wb = openpyxl.load_workbook(path, read_only=True, data_only=True)
    front = [str(v) for r in wb["Front page"].iter_rows(values_only=True) for v in r if v is not None]
    rows = []
    header = None
    for r in wb[SHEET].iter_rows(values_only=True):
        if header is None:
            if r and r[0] == "ID":
                header = list(r)
            continue
        if not r or r[0] in (None, "END"):
            continue
        rows.append(dict(zip(header, r, strict=False)))
    wb.close()
    return front, header, rows


def check_edition(front, header):
    text = " ".join(front)
    if "Flat file" not in text or "2025" not in text:
        raise SystemExit("front page does not say Flat file / 2025")
    if header[-1] != "GHG Conversion Factor 2025":
        raise SystemExit(f"unexpected value column {header[-1]!r}")


def check_gwps(rows):
    """DESNZ states no GWP on the flat file's front page; its own gas rows show which set it used."""
    got = {}
    for r in rows:
        if (
            r["Level 1"] == "Refrigerant & other"
            and r["Column Text"] == "Total emissions including non-Kyoto products"
        ):
            if r["Level 3"] in ("Methane", "Nitrous oxide"):
                got[r["Level 3"]] = num(r["GHG Conversion Factor 2025"])
    if got != {"Methane": GWP_CH4, "Nitrous oxide": GWP_N2O}:
        raise SystemExit(f"flat file GWPs {got} are not AR5 (CH4 28, N2O 265)")


def biogenic_lookup(rows):
    """Outside-of-scopes biogenic CO2 by (Level 3 name, UOM): forecourt biofuel blends, UK electricity."""
    out = {}
    for r in rows:
        if r["Level 1"] == "Outside of scopes" and r["GHG/Unit"] == "kg CO2e of CO2 per unit":
            if r["Level 2"] in ("Forecourt fuels containing biofuel", "Electricity generated"):
                out[(r["Level 3"], r["UOM"])] = (num(r["GHG Conversion Factor 2025"]), r["ID"])
    return out


def build(path):
    front, header, rows = read_flat_file(path)
    check_edition(front, header)
    check_gwps(rows)
    bio = biogenic_lookup(rows)

    groups: dict[str, dict] = {}
    order = []
    for r in rows:
        stem = str(r["ID"]).rsplit("_", 1)[0]
        g = groups.get(stem)
        if g is None:
            g = groups[stem] = {"meta": r, "vals": {}}
            order.append(stem)
        g["vals"][r["GHG/Unit"]] = num(r["GHG Conversion Factor 2025"])

    out, skipped, seen = [], Counter(), {}
    mismatches, adjusted = [], []
    for stem in order:
        g = groups[stem]
        m = g["meta"]
        l1 = m["Level 1"]
        if l1 in SKIP_SECTION_REASON:
            skipped[f"{l1}: {SKIP_SECTION_REASON[l1]}"] += 1
            continue
        uom = m["UOM"]
        if uom not in UNITS:
            skipped[f"unit '{uom}': {SKIP_UNIT_REASON.get(uom, 'not a unit lca.units parses')}"] += 1
            continue
        unit, unit_sfx, unit_words = UNITS[uom]
        try:
            parse_unit(unit)
        except UnitError:
            skipped[f"unit '{uom}' -> '{unit}' does not parse"] += 1
            continue
        v = g["vals"]
        total = v.get("kg CO2e")
        co2, ch4e, n2oe = (v.get(f"kg CO2e of {x} per unit") for x in ("CO2", "CH4", "N2O"))
        if total is None and co2 is None:
            skipped["no value in the file (blank factor)"] += 1
            continue
        if all(not x for x in (total, co2, ch4e, n2oe)):
            skipped[
                "all values zero (BEV/PHEV-electric tailpipe rows of the Scope 1 vehicle tables; "
                "charging electricity is not in them)"
            ] += 1
            continue
        try:
            fid, name, category = ident(
                l1, m["Level 2"], m["Level 3"], m["Level 4"], m["Column Text"], unit_sfx
            )
        except Skip as exc:
            skipped[str(exc)] += 1
            continue
        fid = f"{PREFIX}.{fid}"
        if fid in seen:
            raise SystemExit(f"duplicate id {fid}: {seen[fid]} and {stem}")
        seen[fid] = stem
        rec = dict.fromkeys(COLUMNS, "")
        rec.update(
            id=fid,
            category=category,
            unit=unit,
            component_unit="kg",
            ch4_origin="fossil",
            source=SOURCE,
            year="2025",
            region="UK",
            licence=LICENCE,
        )
        rec["name"] = f"{name}, {unit_words} (UK DESNZ 2025)"
        notes = [
            f"DESNZ ID {stem} ({m['Scope']}; {' > '.join(str(x).strip() for x in (l1, m['Level 2'], m['Level 3'], m['Level 4'], m['Column Text']) if x)}; UOM '{uom}')"
        ]
        split = [x for x in (co2, ch4e, n2oe) if x is not None]
        if split:
            if any(x < 0 for x in split):
                skipped["negative value (not accepted by the library)"] += 1
                del seen[fid]
                continue
            parts = sum(split)
            co2_mass = co2 or 0.0
            note = (
                f"printed kg CO2e: total {show(total)}, of CO2 {show(co2)}, of CH4 {show(ch4e)}, "
                f"of N2O {show(n2oe)}; "
                "CH4 and N2O stored as gas mass (divided by AR5 GWP 28 and 265)"
            )
            if total is not None and abs(parts - total) > 1e-9 * max(1.0, abs(total)):
                resid = total - (ch4e or 0.0) - (n2oe or 0.0)
                if abs(parts - total) <= RESIDUAL_TOL and resid >= 0:
                    co2_mass = resid
                    note += (
                        f"; the printed parts sum to {parts:.10g}, not the printed total (each is rounded), so CO2 "
                        f"is stored as total - CH4 part - N2O part = {resid:.10g} and the AR5 total equals the "
                        "printed total"
                    )
                    adjusted.append((fid, total, parts))
                else:
                    note += f"; the printed parts sum to {parts:.10g}, not the printed total: parts kept as printed"
                    mismatches.append((fid, total, parts))
            rec["co2"] = fmt(co2_mass)
            if ch4e is not None:
                rec["ch4"] = fmt(ch4e / GWP_CH4)
            if n2oe is not None:
                rec["n2o"] = fmt(n2oe / GWP_N2O)
            notes.append(note)
            if l1 == "Fuels" and category == "stationary_combustion":
                notes.append("fuel factor: also applies to the same fuel burnt in vehicles/mobile plant")
        else:
            if total < 0:
                skipped["negative value (not accepted by the library)"] += 1
                del seen[fid]
                continue
            rec["co2e_unsplit"] = fmt(total)
            notes.append(
                f"printed total {show(total)} kg CO2e; published only as CO2e (AR5), no gas split: stored as "
                "unsplit CO2e"
            )
        b = bio.get((m["Level 3"], uom))
        if b and b[0] is not None:
            rec["biogenic_co2"] = fmt(b[0])
            notes.append(f"biogenic CO2 (outside of scopes) from DESNZ ID {b[1]}, reported separately")
        rec["notes"] = "; ".join(notes)
        out.append(rec)
    return out, skipped, mismatches, adjusted


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description="Build uk_desnz_2025.csv from the DESNZ 2025 flat file.")
    ap.add_argument("flat_file", type=Path, help="the DESNZ 2025 flat file (.xlsx)")
    ap.add_argument("out", type=Path, nargs="?", default=FACTORS / "uk_desnz_2025.csv", help="CSV to write")
    args = ap.parse_args(argv)
    src, dst = args.flat_file, args.out
    recs, skipped, mismatches, adjusted = build(src)
    with open(dst, "w", newline="", encoding="utf-8") as fh:
        w = csv.DictWriter(fh, fieldnames=COLUMNS, lineterminator="\n")
        w.writeheader()
        w.writerows(recs)
    print(f"wrote {len(recs)} factors to {dst}")
    by_cat = defaultdict(int)
    for r in recs:
        by_cat[r["category"]] += 1
    for k, n in sorted(by_cat.items()):
        print(f"  {k}: {n}")
    print("skipped factor groups:")
    for k, n in skipped.most_common():
        print(f"  {n:5d}  {k}")
    print(
        f"{len(adjusted)} groups whose printed parts differ from the printed total by rounding "
        f"(<= {RESIDUAL_TOL}); CO2 stored as the residual"
    )
    if mismatches:
        print(
            f"{len(mismatches)} groups whose printed parts do not sum to the printed total (kept as printed):"
        )
        for fid, t, s in mismatches:
            print(f"  {fid}: total {t} parts {s}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
