"""Demo step for offsets: the demo manufacturer covers its 2025 residual emissions under ISO 14068-1.

Lots from four schemes (fictional projects; serials follow each registry's format): a Verra VCU
avoidance lot and a Verra ARR removal lot, a Gold Standard VER lot, a KCCI KCR lot, and a K-ETS KCU
lot that was surrendered for K-ETS compliance (so KETS.VOLUNTARY fires). A least-cost portfolio is
chosen for the residual, the chosen credits are retired with the organisation as beneficiary and a
receipt attached, and lots and findings are written as CSV.
"""

from __future__ import annotations

import datetime as dt
import math
from pathlib import Path

from offsets.lots import CreditLot
from offsets.portfolio import Constraints

FALLBACK_RESIDUAL_T = 4200.0  # used only when no footprint has been calculated (stated in the log)
DECLARATION = dt.date(2026, 3, 31)
RETIRED_ON = dt.date(2026, 3, 16)
VERIFIER = "Example Verification Body (accredited VVB, fictional)"


def _lots(residual: float) -> list[CreditLot]:
    # sizes scale with the residual so the demo always has a choice to make
    n = max(100, int(math.ceil(residual / 100.0)) * 100)
    v1, v2, gs, kcr = int(n * 0.7), int(n * 0.25), int(n * 0.5), int(n * 0.4)
    d = dt.date
    return [
        CreditLot(
            "Verra",
            "VCS",
            "VCU",
            f"14321-590112001-{590112000 + v1}-VCS-VCU-1491-VER-VN-1-2345-01012023-31122023-0",
            v1,
            project_id="2345",
            project_name="Mekong rice-husk power (demo)",
            methodology="ACM0018",
            host_country="VN",
            vintage_start=d(2023, 1, 1),
            vintage_end=d(2023, 12, 31),
            issuance_date=d(2024, 6, 12),
            kind="avoidance",
            price=9800.0,
            currency="KRW",
            verifier=VERIFIER,
        ),
        CreditLot(
            "Verra",
            "VCS",
            "VCU",
            f"15007-610000001-{610000000 + v2}-VCS-VCU-1491-VER-ID-14-4321-01012023-31122023-0",
            v2,
            project_id="4321",
            project_name="Kalimantan mangrove restoration (demo)",
            methodology="VM0033",
            host_country="ID",
            vintage_start=d(2023, 1, 1),
            vintage_end=d(2023, 12, 31),
            issuance_date=d(2024, 9, 3),
            kind="removal",
            ccp_label=True,
            price=38500.0,
            currency="KRW",
            verifier=VERIFIER,
        ),
        CreditLot(
            "Gold Standard",
            "GS",
            "VER",
            f"GS1-1-KE-GS7777-3-2024-21001-1-{gs}",
            gs,
            project_id="GS7777",
            project_name="Nakuru efficient cookstoves (demo)",
            methodology="GS TPDDTEC",
            host_country="KE",
            vintage_start=d(2024, 1, 1),
            vintage_end=d(2024, 12, 31),
            issuance_date=d(2025, 4, 2),
            kind="avoidance",
            corsia_eligible=True,
            price=14200.0,
            currency="KRW",
            verifier=VERIFIER,
        ),
        CreditLot(
            "KCCI",
            "KCS",
            "KCR",
            f"KCCI/KCR-2024-P0107/{1:06d}-{kcr:06d}",
            kcr,
            project_id="P0107",
            project_name="Supplier boiler fuel switch, Changwon (demo)",
            methodology="KCCI-M-012",
            host_country="KR",
            vintage_start=d(2024, 1, 1),
            vintage_end=d(2024, 12, 31),
            issuance_date=d(2025, 5, 20),
            kind="avoidance",
            price=16500.0,
            currency="KRW",
            verifier=VERIFIER,
            project_start_date=d(2019, 3, 1),
            reduction_scope=3,
            kcci_principles=("practicality", "additionality", "sustainability", "verifiability"),
        ),
        CreditLot(
            "GIR",
            "KETS",
            "KCU",
            "GIR/KCU-2024-0031/1-600",
            600,
            project_id="0031",
            project_name="Landfill gas flaring, Gimhae (demo)",
            methodology="KOC-M-005",
            host_country="KR",
            vintage_start=d(2023, 1, 1),
            vintage_end=d(2023, 12, 31),
            issuance_date=d(2024, 4, 30),
            kind="avoidance",
            price=11000.0,
            currency="KRW",
            verifier=VERIFIER,
            origin="domestic",
            koc_issuance_date=d(2024, 4, 30),
            conversion_date=d(2024, 7, 1),
            kets_compliance_year=2024,
            notes="surrendered for the 2024 K-ETS compliance year",
        ),
    ]


def _base_reduction(project) -> float | None:
    from workbench.services.offsets.claims import _footprint_total

    base = project.one("SELECT id FROM periods WHERE is_base_year = 1 ORDER BY start LIMIT 1")
    cur = project.current_period()
    if not base or not cur:
        return None
    b, c = _footprint_total(project, base["id"]), _footprint_total(project, cur["id"])
    return round(b - c, 1) if b is not None and c is not None and b > c else None


def run(project, out_dir, log=print) -> None:
    from workbench.services import offsets as svc

    out = Path(out_dir)
    org = project.one("SELECT name FROM organisation ORDER BY id LIMIT 1")["name"]
    residual, source = svc.residual_for(project)
    if residual is None:
        residual, source = FALLBACK_RESIDUAL_T, "demo figure (no footprint calculated)"
        svc.set_claim(project, residual_t=residual)
    reductions = _base_reduction(project)
    svc.set_claim(
        project,
        standard="ISO14068-1",
        declaration_date=DECLARATION.isoformat(),
        first_period=True,
        **({"reductions_t": reductions} if reductions is not None else {}),
    )
    log(f"  residual emissions 2025: {residual:,.1f} tCO2e ({source})")
    ids = [svc.add_lot(project, lot) for lot in _lots(residual)]
    log(f"  {len(ids)} credit lots added (Verra x2, Gold Standard, KCCI KCR, K-ETS KCU)")
    c = Constraints(min_removal_share=0.10, vintage_from=2021, max_project_share=0.6)
    sel = svc.select_portfolio(project, constraints=c, apply=True)
    if not sel.feasible:
        log(f"  portfolio: infeasible: {sel.explanation}")
        return
    log(
        f"  portfolio: {sel.total_t:,} t for KRW {sel.cost:,.0f}, removals {sel.removal_share:.1%} "
        f"({len(sel.picks)} lots, min removal 10%, max 60% per project, vintage 2021+)"
    )
    receipts = out / "receipts"
    receipts.mkdir(parents=True, exist_ok=True)
    for n, lot in enumerate(svc.list_lots(project, status="planned"), start=1):
        ref = f"{lot.programme}-RET-2026-{lot.id:05d}"
        receipt = receipts / f"retirement_{ref}.txt"
        receipt.write_text(
            f"Retirement receipt (demo)\nRegistry: {lot.registry}\nReference: {ref}\nSerial: {lot.serial}\n"
            f"Quantity: {lot.quantity}\nBeneficiary: {org}\nReason: carbon neutrality 2025 (ISO 14068-1)\n"
            f"Date: {RETIRED_ON + dt.timedelta(days=n - 1)}\n",
            encoding="utf-8",
        )
        svc.retire(project, lot.id, RETIRED_ON + dt.timedelta(days=n - 1), org, ref, receipt)
    cov = svc.coverage(project)
    log(f"  retired {cov.retired_t:,} t for {org}; residual {cov.residual_t:,.1f} t; covered: {cov.covered}")
    findings = svc.check(project)
    lots_csv, find_csv = svc.export_csv(project, out, findings)
    count = {sev: sum(f.severity == sev for f in findings) for sev in ("error", "warning", "info")}
    flagged = sorted({f.rule_id for f in findings if f.severity != "info"})
    log(
        f"  findings: {count['error']} error(s), {count['warning']} warning(s), {count['info']} note(s)"
        f" ({', '.join(flagged) or 'none'}); wrote {lots_csv.name}, {find_csv.name}"
    )
