"""The footprint step of the demo journey: factors for the demo sources, a green-tariff REC with
its evidence, base year reported, current year calculated, Monte Carlo, outputs written."""

from __future__ import annotations

import json
from pathlib import Path

from workbench.services.footprint.export import write_csv, write_json

# Demo source code -> shipped factor id. The UK DESNZ material factors stand in for the demo's
# purchased steel bar/sheet and aluminium billet (closest material-use rows: steel cans, aluminium
# cans and foil, primary production) and plastics (average plastics). The vehicle fuels use the
# DESNZ 2025 per-litre factors (100 % mineral diesel/petrol), which carry CO2, CH4 and N2O; the EPA
# per-gallon mobile factors carry CO2 only (EPA publishes on-road CH4/N2O per vehicle-mile).
DEMO_FACTORS = {
    "PG-STEEL": "uk.desnz2025.material.steel_cans.primary",
    "PG-ALU": "uk.desnz2025.material.aluminium_cans_foil.primary",
    "PG-PLASTIC": "uk.desnz2025.material.average_plastics.primary",
    # Spend-based (USD): the plant's purchased engineering and maintenance services are mostly
    # upkeep of its production machinery, so NAICS 811310 (commercial and industrial machinery and
    # equipment repair and maintenance, 0.136 kg CO2e/USD AR5) rather than 541330 engineering
    # services (0.103): the closer activity, and the more conservative of the two.
    "PG-SERVICES": "us.epa.sef13.naics.811310",
    "HWS-LNG": "epa.stat.natural_gas",
    "HWS-DSL-GEN": "epa.stat.diesel",
    "BSN-DSL-FLEET": "uk.desnz2025.fuel.diesel_mineral.litre",
    "HWS-GSL-CARS": "uk.desnz2025.fuel.petrol_mineral.litre",
    "HWS-REF-R410A": "refrig.r410a",
    "BSN-REF-R134A": "refrig.hfc134a",
    "HWS-ELEC": "kr.elec.grid.2023",
    "BSN-ELEC": "kr.elec.grid.2023",
    "UP-FREIGHT": "epa.freight.truck",
    "WASTE-LANDFILL": "epa.waste.msw.landfill",
    "BT-AIR-SHORT": "epa.travel.air.short",
    "BT-AIR-LONG": "epa.travel.air.long",
    "BT-RAIL": "epa.travel.rail.intercity",
}

DEMO_REC_TEXT = (
    "DEMO ONLY - fictional renewable electricity certificate\n"
    "Holder: Hanbit Precision Co., Ltd. / Busan Logistics Centre\n"
    "Quantity: 600 MWh, vintage 2025, solar, Republic of Korea\n"
    "Certificate no. DEMO-REC-2025-0001 (cancelled for the holder's 2025 scope 2 claim)\n"
)


def run(project, out_dir, log=print) -> dict:
    from workbench.services.footprint.comparison import compare, report_period
    from workbench.services.footprint.contractual import add_instrument
    from workbench.services.footprint.core import calculate, check_boundary
    from workbench.services.footprint.factors import assign_factor
    from workbench.services.footprint.uncertainty import monte_carlo

    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    assigned = 0
    for code, fid in DEMO_FACTORS.items():
        src = project.one("SELECT id, factor_id FROM sources WHERE code = ?", (code,))
        if src and not src["factor_id"]:
            assign_factor(project, code, fid)
            assigned += 1
    log(f"  factors assigned to {assigned} sources from the shipped library")
    if project.one("SELECT id FROM sources WHERE code = 'BSN-ELEC'") and not project.one(
        "SELECT id FROM contract_instruments"
    ):
        add_instrument(
            project,
            "BSN-ELEC",
            600,
            kind="REC",
            evidence=DEMO_REC_TEXT.encode("utf-8"),
            evidence_filename="demo-rec-2025-0001.txt",
            certificate_ref="DEMO-REC-2025-0001",
            supplier="(demo) Korea Energy Agency REC market",
        )
        log("  REC for 600 MWh (Busan) recorded with its certificate attached")
    base = project.one("SELECT id FROM periods WHERE is_base_year = 1")
    if base and not project.one("SELECT id FROM footprint_reports WHERE period_id = ?", (base["id"],)):
        try:
            report_period(project, base["id"], note="demo: base year as reported", allow_missing=True)
        except Exception as exc:  # missing factors: report the base year with what is available
            log(f"  base year not reported: {exc}")
    r = calculate(project, allow_missing=True)
    if r.missing_factors:
        names = ", ".join(m["source"] for m in r.missing_factors)
        log(f"  WARNING: no shipped factor for: {names} (not counted; add user factors)")
    log(
        f"  footprint {r.period_label}: {r.total:,.1f} tCO2e ({r.gwp_set}, scope 2 {r.scope2_basis}-based); "
        f"scope 2 location {r.scope2_location:,.1f} / market {r.scope2_market:,.1f}"
    )
    write_csv(r, out / "footprint.csv")
    write_json(r, out / "footprint.json")
    result = {"footprint": r.total}
    mc = monte_carlo(project, 1000, seed=2025, allow_missing=True)
    (out / "footprint-montecarlo.json").write_text(json.dumps(mc, indent=1), encoding="utf-8")
    log(
        f"  Monte Carlo (1,000, seed 2025; activity per source, one draw per factor, shipped factor "
        f"uncertainty): 95 % range {mc['total']['p2_5']:,.1f}..{mc['total']['p97_5']:,.1f} t"
    )
    findings = check_boundary(project, result=r)
    (out / "footprint-boundary.json").write_text(
        json.dumps([f.to_dict() for f in findings], indent=1, ensure_ascii=False), encoding="utf-8"
    )
    log(f"  boundary check: {len(findings)} finding(s)")
    if base:
        try:
            cmp = compare(project, allow_missing=True)
            (out / "footprint-comparison.json").write_text(json.dumps(cmp, indent=1), encoding="utf-8")
            log(f"  vs base year {cmp['base_period']}: {cmp['change_pct']:+.1f} %")
        except Exception as exc:
            log(f"  base-year comparison not available: {exc}")
    log(f"  wrote {out / 'footprint.csv'} and footprint.json")
    return result
