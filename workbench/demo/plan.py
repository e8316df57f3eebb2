"""Demo step for the reduction plan (Hanbit Precision: 2024 base year, 2025 ISO 14068-1 claim).

Measure figures are the demo company's own estimates (fictional, written by the workbench authors),
sized for a 420-person parts maker: costs in KRW, abatement as a share of the named sources
except the solar PPA, whose abatement is its expected output times the Korean national grid factor.
"""

from __future__ import annotations

from pathlib import Path

# Korean national electricity emission factor for 2023: 0.4173 tCO2e/MWh (STANDARDS.md [public],
# set 2025-12). Rooftop solar PPA: 2.2 MWp x 1,300 MWh/MWp/yr expected yield (demo estimate).
KR_GRID_2023_T_PER_MWH = 0.4173
SOLAR_MWH_PER_YR = 2.2 * 1300

MEASURES = [
    dict(
        name="LED retrofit",
        name_local="LED 조명 교체",
        sources=["HWS-ELEC", "BSN-ELEC"],
        kind="pct",
        abatement=8.0,
        capex=520_000_000,
        opex_change=-235_000_000,
        lifetime=10,
        start_year=2025,
        status="done",
        evidence="LED retrofit completion report, Hwaseong and Busan, 2025-03",
    ),
    dict(
        name="Refrigerant switch to low-GWP",
        name_local="저GWP 냉매 전환",
        sources=["HWS-REF-R410A", "BSN-REF-R134A"],
        kind="pct",
        abatement=70.0,
        capex=180_000_000,
        opex_change=-4_000_000,
        lifetime=15,
        start_year=2025,
        status="in_progress",
        evidence="Chiller replacement contract 2025-09 (R-32 chillers; R-1234ze cold store)",
    ),
    dict(
        name="Rooftop solar PPA",
        name_local="지붕 태양광 PPA",
        sources=["HWS-ELEC"],
        kind="tco2e",
        abatement=round(SOLAR_MWH_PER_YR * KR_GRID_2023_T_PER_MWH, 1),
        capex=0,
        opex_change=34_000_000,
        lifetime=20,
        start_year=2026,
        status="planned",
    ),
    dict(
        name="Fleet electrification",
        name_local="배송 트럭 전기화",
        sources=["BSN-DSL-FLEET"],
        kind="pct",
        abatement=75.0,
        capex=1_800_000_000,
        opex_change=-78_000_000,
        lifetime=8,
        start_year=2027,
        status="planned",
        notes="Net of the added charging electricity",
    ),
    dict(
        name="Boiler heat pump",
        name_local="보일러 히트펌프 전환",
        sources=["HWS-LNG"],
        kind="pct",
        abatement=55.0,
        capex=3_100_000_000,
        opex_change=-70_000_000,
        lifetime=20,
        start_year=2028,
        status="planned",
        notes="Net of the heat pumps' added electricity",
    ),
]

PLAN_TEXT = {
    "commitment": {
        "en": "Hanbit Precision Co., Ltd. commits to achieving and maintaining carbon neutrality for all its "
        "Korean operations under ISO 14068-1:2023: we reduce our own emissions first and offset only the "
        "residual emissions, on a pathway to net zero by 2050.",
        "ko": "한빛정밀 주식회사는 ISO 14068-1:2023에 따라 국내 전 사업장의 탄소중립을 달성하고 유지할 것을 "
        "약속합니다. 자체 배출을 먼저 감축하고 잔여 배출량만 상쇄하며, 2050년 넷제로 경로를 따릅니다.",
    },
    "timescale": {
        "en": "Carbon neutrality is declared for the 2025 reporting year and renewed every year; reduction "
        "targets run from the 2024 base year to 2030.",
        "ko": "2025 보고연도에 대해 탄소중립을 선언하고 매년 갱신합니다. 감축 목표 기간은 2024 기준연도부터 "
        "2030년까지입니다.",
    },
    "targets": {
        "en": "Scope 1 and 2 emissions 25.2 % below 2024 by 2030 (SBTi 1.5 C linear rate, 4.2 % a year); "
        "scope 3 emissions measured and reported every year.",
        "ko": "2030년까지 Scope 1·2 배출량을 2024년 대비 25.2 % 감축 (SBTi 1.5 C 선형 감축률 연 4.2 %); "
        "Scope 3 배출량은 매년 산정·보고합니다.",
    },
    "measures": {
        "en": "LED retrofit (done 2025), low-GWP refrigerants (2025-2026), rooftop solar PPA (2026), "
        "electric delivery trucks in Busan (2027), heat pumps replacing gas boilers in Hwaseong (2028).",
        "ko": "LED 조명 교체 (2025 완료), 저GWP 냉매 전환 (2025-2026), 지붕 태양광 PPA (2026), 부산 배송 트럭 "
        "전기화 (2027), 화성공장 가스 보일러의 히트펌프 전환 (2028).",
    },
    "offset_strategy": {
        "en": "Residual emissions of each year are offset with verified, ex-post credits (KCCI KCR, Gold "
        "Standard VER) retired in the company's name; no K-ETS compliance units; a rising share of removals.",
        "ko": "매년 잔여 배출량은 검증된 사후 발행 크레딧 (대한상공회의소 KCR, Gold Standard VER)을 회사 명의로 "
        "소각하여 상쇄합니다. 배출권거래제 상쇄배출권은 사용하지 않으며, 흡수·제거 크레딧 비중을 늘립니다.",
    },
    "review_cycle": {
        "en": "Reviewed every year after the footprint is verified; measures, targets and the offset strategy "
        "are updated with the results.",
        "ko": "매년 배출량 검증 후 계획을 검토하고, 결과에 따라 감축 조치·목표·상쇄 전략을 갱신합니다.",
    },
}


def run(project, out_dir, log=print) -> None:
    from workbench.services import plan
    from workbench.services.plan import report as plan_report
    from workbench.services.plan.baseline import NoFootprintError, reference

    existing = {m["name"] for m in plan.list_measures(project)}
    for spec in MEASURES:
        if spec["name"] in existing:
            continue
        mid = plan.add_measure(project, **spec)
        if spec["status"] == "done":
            text = (
                f"{spec['name']}: completion report\nHanbit Precision Co., Ltd. (한빛정밀 주식회사)\n"
                f"Installed and commissioned {spec['start_year']}-03; capex KRW {spec['capex']:,.0f}\n"
            )
            project.attach(
                text.encode("utf-8"),
                filename="LED-retrofit-completion-2025.txt",
                media_type="text/plain",
                link=("plan_measures", mid),
            )
    log(f"  {len(MEASURES)} reduction measures (LED, refrigerants, solar PPA, fleet, heat pump)")
    plan.set_target(project, 2024, 2030, kind="absolute", scopes=(1, 2), pathway="sbti_1.5c")
    log("  target: SBTi 1.5 C absolute, scopes 1 and 2, 2024 -> 2030 (4.2 %/yr linear, 25.2 % by 2030)")
    plan.set_management_plan(project, PLAN_TEXT)
    log("  management plan text in English and Korean")
    try:
        ref = reference(project)
    except NoFootprintError as e:
        log(f"  MACC and trajectory skipped: {e}")
        return
    content = plan.management_plan(project)
    out = Path(out_dir)
    files = plan_report.write_outputs(content, out)
    (out / "plan.txt").write_text(
        plan_report.text(content, plan.claim_checks(project)) + "\n", encoding="utf-8"
    )
    total = sum(r.abatement_tco2e for r in content.macc)
    last = content.trajectory[-1]
    log(
        f"  against the {ref.note}: {total:,.1f} tCO2e/yr abated; {last.year}: planned {last.planned:,.1f} t "
        f"vs target {last.target:,.1f} t"
    )
    for f in [*files, out / "plan.txt"]:
        log(f"  wrote {f}")
