"""Build ``us_epa_sef_v13.csv`` from the US EPA supply-chain factors v1.3.0 (provenance script; not
used at run time).

Source: US EPA, "Supply Chain Greenhouse Gas Emission Factors for US Industries and Commodities"
v1.3.0 by 2017 NAICS-6 (W. Ingwersen, 2024; DOI 10.23719/1531143). US Government work, public domain.

Usage::

    .venv/bin/python tools/build_from_epa_sef.py BYGHG.csv CO2E.csv [out.csv]

``BYGHG.csv`` is the release's by-gas file (kg of each gas per 2022 USD, purchaser price),
``CO2E.csv`` its all-GHG file (kg CO2e per 2022 USD). One factor per NAICS-6 code, per ``USD``
(2022 US dollars, purchaser price), from the column 'Supply Chain Emission Factors with Margins'
(SEF+MEF: purchaser price, the GHG Protocol spend-based convention).

Gas masses go to co2, ch4 (fossil: the file does not split CH4 by origin), n2o and other_gases under
the workbench gas ids. Two parts have no workbench gas id and are stored as ``co2e_unsplit``
(counted 1:1 in every GWP set), each stated in the row's notes:

* 'HFCs and PFCs, unspecified' is published in kg CO2e (not kg) per USD, already weighted by EPA;
* HFC-236fa, perfluoropropane (PFC-218), perfluorobutane (PFC-31-10), perfluorocyclobutane (PFC-318)
  and perfluorohexane (PFC-51-14) are published as masses but ``resources/gwp`` has no entry for
  them; they are converted with the IPCC AR5 GWP-100 that EPA states it used for its CO2e totals.

The script checks that every code's CO2e recomputed from the stored values with AR5 reproduces
EPA's printed all-GHG total within the rounding of the printed numbers (by-gas values to 3
significant figures, totals to 3 decimals) and prints the largest relative difference.
"""

from __future__ import annotations

import argparse
import csv
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FACTORS = ROOT / "resources" / "factors"
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from lca.factors import ROW_COLUMNS  # noqa: E402
from lca.gwp import canonical_gas, gwp  # noqa: E402
from lca.units import parse_unit  # noqa: E402

COLUMNS = list(ROW_COLUMNS)

PREFIX = "us.epa.sef13.naics"
SOURCE = (
    "US EPA, Supply Chain Greenhouse Gas Emission Factors for US Industries and Commodities v1.3.0 by "
    "2017 NAICS-6 (Ingwersen, 2024), DOI 10.23719/1531143; Supply Chain Emission Factors with Margins"
)
LICENCE = "US Government work (public domain)"

CODE, TITLE, GHG, UNIT = "2017 NAICS Code", "2017 NAICS Title", "GHG", "Unit"
SEF, MEF, WITH = (
    "Supply Chain Emission Factors without Margins",
    "Margins of Supply Chain Emission Factors",
    "Supply Chain Emission Factors with Margins",
)
REF = "Reference USEEIO Code"
HEADER = [CODE, TITLE, GHG, UNIT, SEF, MEF, WITH, REF]
MASS_UNIT = "kg/2022 USD, purchaser price"
CO2E_UNIT = "kg CO2e/2022 USD, purchaser price"

# EPA (FEDEFL) gas name -> column ('co2', 'ch4', 'n2o') or workbench gas id for other_gases.
GAS_MAP = {
    "Carbon dioxide": "co2",
    "Methane": "ch4",
    "Nitrous oxide": "n2o",
    "HFC-23": "HFC-23",
    "HFC-32": "HFC-32",
    "HFC-125": "HFC-125",
    "HFC-134a": "HFC-134a",
    "HFC-143a": "HFC-143a",
    "Carbon tetrafluoride": "PFC-14",
    "Hexafluoroethane": "PFC-116",
    "Sulfur hexafluoride": "SF6",
    "Nitrogen trifluoride": "NF3",
}
# Gases with no workbench id: IPCC AR5 WG1 Table 8.A.1 GWP-100 (the set EPA used for its totals).
AR5_NO_ID = {
    "HFC-236fa": 8060.0,
    "Perfluoropropane": 8900.0,  # PFC-218, C3F8
    "Perfluorobutane": 9200.0,  # PFC-31-10, C4F10
    "Perfluorocyclobutane": 9540.0,  # PFC-318, c-C4F8
    "Perfluorohexane": 7910.0,  # PFC-51-14, C6F14
}
LUMPED = "HFCs and PFCs, unspecified"  # published in kg CO2e per USD
EXPECTED_GASES = set(GAS_MAP) | set(AR5_NO_ID) | {LUMPED}
OTHER_ORDER = [g for g in GAS_MAP.values() if g not in ("co2", "ch4", "n2o")]


def fmt(x: float) -> str:
    """A stored number: 12 significant digits (hides float noise of the sums), shortest repr."""
    return repr(float(f"{float(x):.12g}"))


def read(path):
    with open(path, newline="", encoding="utf-8-sig") as fh:
        rdr = csv.DictReader(fh)
        if rdr.fieldnames != HEADER:
            raise SystemExit(f"{path}: unexpected header {rdr.fieldnames}")
        return list(rdr)


def ar5(column_or_gas: str) -> float:
    gas = {"co2": "CO2", "ch4": "CH4_fossil", "n2o": "N2O"}.get(column_or_gas, column_or_gas)
    return gwp(gas, "AR5")


def half_ulp_3sf(text: str) -> float:
    """Half a unit in the last place of a value printed as d.ddE+xx (3 significant figures)."""
    mant, _, exp = text.upper().partition("E")
    decimals = len(mant.split(".")[1]) if "." in mant else 0
    return 0.5 * 10 ** (int(exp or 0) - decimals)


def build(byghg_path, co2e_path):
    for g in GAS_MAP.values():
        if g not in ("co2", "ch4", "n2o") and canonical_gas(g) != g:
            raise SystemExit(f"gas id {g} not known to lca.gwp")
    parse_unit("USD")

    rows = read(byghg_path)
    totals = {r[CODE]: r for r in read(co2e_path)}
    for r in totals.values():
        if r[GHG] != "All GHGs" or r[UNIT] != CO2E_UNIT:
            raise SystemExit(f"co2e file: unexpected row {r}")

    by = defaultdict(dict)
    meta = {}
    order = []
    for r in rows:
        code, gas = r[CODE], r[GHG]
        if gas not in EXPECTED_GASES:
            raise SystemExit(f"unknown gas '{gas}' (code {code})")
        want = CO2E_UNIT if gas == LUMPED else MASS_UNIT
        if r[UNIT] != want:
            raise SystemExit(f"code {code}, {gas}: unit '{r[UNIT]}', expected '{want}'")
        if gas in by[code]:
            raise SystemExit(f"code {code}: {gas} listed twice")
        if code not in meta:
            meta[code] = (r[TITLE], r[REF])
            order.append(code)
        by[code][gas] = r[WITH]
    if set(by) != set(totals):
        raise SystemExit("by-gas and CO2e files list different NAICS codes")

    out = []
    worst = (0.0, None)
    lumped_share = []
    for code in order:
        g = by[code]
        if set(g) != EXPECTED_GASES:
            raise SystemExit(f"code {code}: gases {sorted(EXPECTED_GASES - set(g))} missing")
        title, ref = meta[code]
        if totals[code][TITLE] != title:
            raise SystemExit(f"code {code}: titles differ between the two files")
        val = {k: float(v) for k, v in g.items()}
        if any(v < 0 for v in val.values()):
            raise SystemExit(f"code {code}: negative value")
        other = [
            f"{gid}={fmt(val[name])}" for name, gid in GAS_MAP.items() if gid in OTHER_ORDER and val[name] > 0
        ]
        no_id_co2e = sum(val[n] * w for n, w in AR5_NO_ID.items())
        unsplit = val[LUMPED] + no_id_co2e

        # AR5 check against EPA's printed all-GHG total.
        recomputed = unsplit + sum(val[n] * ar5(col) for n, col in GAS_MAP.items())
        printed = float(totals[code][WITH])
        bound = 0.0005 + sum(
            half_ulp_3sf(g[n]) * (1.0 if n == LUMPED else AR5_NO_ID.get(n) or ar5(GAS_MAP[n])) for n in g
        )
        if abs(recomputed - printed) > bound + 1e-12:
            raise SystemExit(
                f"code {code}: AR5 total {recomputed} vs printed {printed} beyond rounding {bound}"
            )
        rel = abs(recomputed - printed) / printed if printed else 0.0
        if rel > worst[0]:
            worst = (rel, code, recomputed, printed)
        if recomputed:
            lumped_share.append((val[LUMPED] / recomputed, no_id_co2e / recomputed, code))

        no_id_text = ", ".join(f"{n} {g[n]}" for n in AR5_NO_ID)
        notes = (
            f"NAICS 2017 {code} ({title}); USEEIO reference code {ref}; kg of each gas per 2022 USD, "
            "purchaser price, with margins (SEF+MEF; EPA printed SEF "
            f"{totals[code][SEF]}, MEF {totals[code][MEF]}, SEF+MEF {totals[code][WITH]} kg CO2e/USD, "
            "AR5); convert other spend to 2022 USD with a price index/exchange rate first; "
            "CH4 stored as fossil (EPA does not split CH4 by origin); "
            f"co2e_unsplit = EPA 'HFCs and PFCs, unspecified' {g[LUMPED]} kg CO2e (published as CO2e) + "
            f"AR5 CO2e of gases the workbench has no id for (kg: {no_id_text})"
        )
        rec = dict.fromkeys(COLUMNS, "")
        rec.update(
            id=f"{PREFIX}.{code}",
            name=f"{title} (NAICS {code}), spend-based, per 2022 USD purchaser price (US EPA SEF v1.3)",
            category="spend",
            unit="USD",
            component_unit="kg",
            co2=fmt(val["Carbon dioxide"]),
            ch4=fmt(val["Methane"]),
            ch4_origin="fossil",
            n2o=fmt(val["Nitrous oxide"]),
            other_gases=";".join(other),
            co2e_unsplit=fmt(unsplit),
            source=SOURCE,
            year="2022",
            region="US",
            licence=LICENCE,
            notes=notes,
        )
        out.append(rec)
    return out, worst, lumped_share


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(
        description="Build us_epa_sef_v13.csv from the US EPA supply-chain factors v1.3.0."
    )
    ap.add_argument("byghg", type=Path, help="the release's by-gas CSV (kg of each gas per 2022 USD)")
    ap.add_argument("co2e", type=Path, help="the release's all-GHG CSV (kg CO2e per 2022 USD)")
    ap.add_argument("out", type=Path, nargs="?", default=FACTORS / "us_epa_sef_v13.csv", help="CSV to write")
    args = ap.parse_args(argv)
    dst = args.out
    recs, worst, shares = build(args.byghg, args.co2e)
    ids = Counter(r["id"] for r in recs)
    if max(ids.values()) > 1:
        raise SystemExit("duplicate ids")
    with open(dst, "w", newline="", encoding="utf-8") as fh:
        w = csv.DictWriter(fh, fieldnames=COLUMNS, lineterminator="\n")
        w.writeheader()
        w.writerows(recs)
    print(f"wrote {len(recs)} factors to {dst}")
    rel, code, got, printed = worst
    print(
        f"largest relative difference AR5(stored) vs printed CO2e: {rel:.4%} (NAICS {code}: {got:.6g} vs {printed})"
    )
    lump = max(shares)
    noid = max(shares, key=lambda s: s[1])
    print(f"largest share of 'HFCs and PFCs, unspecified' in a total: {lump[0]:.2%} (NAICS {lump[2]})")
    print(f"largest share of no-id gases (AR5 CO2e) in a total: {noid[1]:.2%} (NAICS {noid[2]})")
    med_lump = sorted(s[0] for s in shares)[len(shares) // 2]
    med_noid = sorted(s[1] for s in shares)[len(shares) // 2]
    print(f"median shares: lumped {med_lump:.2%}, no-id gases {med_noid:.3%}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
