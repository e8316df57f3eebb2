"""The second demo: a reduction project in the demo company's value chain (issue 20).

한빛정밀 (the demo company, fictional) develops, with its heat-treatment supplier 대성열처리
(fictional), a fuel switch of the supplier's steam boiler from diesel to natural gas, certified
under the KCCI Carbon Standard with a fictional methodology (KCCI-M-FS-01). The demo writes its
own project file ``reduction/hanbit-reduction.cnw`` beside the main demo, records the project, its
evidence, parameters, twelve months of readings and a half year more, runs the certification
tracker, issues the 2025 KCR lot, shows the double-counting rule on it and builds the project
design document and the 2025 monitoring report in English and Korean.

Every figure is invented for the demo; the factors are the shipped library's (US EPA).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from workbench.services import documents, offsets, reduction

CODE = "HB-RP-001"
ISSUED_ON = dt.date(2026, 3, 30)
# monthly steam output (GJ) and natural gas burnt (GJ, HHV) of the supplier's boiler in 2025
HG_2025 = (3100, 2950, 3050, 2900, 2980, 2870, 2700, 2650, 2920, 3010, 3080, 3150)
NG_2025 = (3540, 3360, 3470, 3300, 3390, 3260, 3080, 3020, 3320, 3420, 3500, 3590)
HG_2026 = (3120, 2990, 3060, 2940, 2990, 2880)
NG_2026 = (3550, 3400, 3480, 3340, 3400, 3270)


def _months(year: int, n: int) -> list[tuple[dt.date, dt.date]]:
    out = []
    for m in range(1, n + 1):
        start = dt.date(year, m, 1)
        end = (dt.date(year + (m == 12), m % 12 + 1, 1)) - dt.timedelta(days=1)
        out.append((start, end))
    return out


def add_project(p) -> int:
    """Record the demo reduction project in the open project ``p``; returns its id."""
    rid = reduction.create(
        p,
        code=CODE,
        name="Daesung Heat Treatment boiler fuel switch (diesel to natural gas)",
        name_local="대성열처리 보일러 연료 전환 (경유에서 도시가스로)",
        standard="KCS",
        proponent="Hanbit Precision Co., Ltd.",
        proponent_local="한빛정밀 주식회사",
        location="Daesung Heat Treatment, Banwol industrial complex, Ansan",
        location_local="대성열처리, 안산 반월국가산업단지",
        host_country="KR",
        sector="Energy: industrial heat (fuel switching)",
        sector_local="에너지: 산업용 열 (연료 전환)",
        description="The 8 t/h steam boiler of a heat-treatment supplier switches from diesel to natural gas; "
        "the proponent finances the burner and the gas connection.",
        description_local="열처리 협력사의 8 t/h 증기보일러를 경유에서 도시가스로 전환하며, 사업자가 버너와 가스 배관 비용을 부담합니다.",
        methodology_id="KCCI-M-FS-01",
        methodology_version="1.0",
        methodology_title="Fuel switching in industrial boilers",
        methodology_title_local="산업용 보일러 연료 전환",
        gwp_set="AR6",
        contract_date="2024-03-15",
        first_spend_date="2024-04-02",
        installation_date="2024-09-01",
        start_date="2024-03-15",
        crediting_start="2025-01-01",
        crediting_end="2034-12-31",
        value_chain="scope3",
        kets_entity=True,
        verifier="Korea Green Verification Co.",
        registry_project_id="KCS-P-2025-0042",
    )
    conditions = (
        (
            "existing_liquid_fuel",
            "Existing boiler fired with a liquid fossil fuel, 3 years of fuel records",
            "기존 보일러가 액체 화석연료를 사용하고 3년간 연료 기록이 있음",
            "fuel_log_2021-2023.xlsx",
        ),
        (
            "no_capacity_increase",
            "Fuel switch without an increase of boiler capacity over 10 %",
            "보일러 용량 증가 10% 이하의 연료 전환",
            "boiler_nameplate_2024-09.jpg",
        ),
        (
            "heat_metered",
            "Heat output measured by a calibrated steam meter",
            "교정된 증기 유량계로 열 생산량 측정",
            "FT-101_calibration_2025-01.pdf",
        ),
    )
    for key, text, text_ko, ev in conditions:
        reduction.set_evidence(p, CODE, "applicability", key, text, ev, True, text_ko)
    principles = (
        (
            "practicality",
            "Boiler, fuel and meters identified; MRV per KCCI-M-FS-01",
            "보일러, 연료, 계측기를 확인했고 KCCI-M-FS-01에 따라 측정·보고·검증 가능",
            "monitoring_plan_v1.pdf",
        ),
        (
            "additionality.law",
            "No law or permit requires the switch; the diesel boiler met its emission limits",
            "전환을 요구하는 법령·허가 조건이 없으며 경유 보일러가 배출허용기준을 충족함",
            "legal_review_2024-02.pdf",
        ),
        (
            "additionality.common_practice",
            "Fewer than 20 % of comparable plants in the complex burn gas",
            "단지 내 유사 사업장 중 가스 사용 비율이 20% 미만",
            "common_practice_survey_2024.pdf",
        ),
        (
            "sustainability",
            "Diesel burner removed; 15-year gas supply contract",
            "경유 버너를 철거했고 15년 가스 공급 계약을 체결함",
            "decommissioning_record_2024-09.pdf",
        ),
        (
            "verifiability",
            "Quantified from metered data; validated by a third party",
            "계측 자료로 정량화하고 제3자가 타당성을 평가함",
            "validation_report_KGV-2024-117.pdf",
        ),
    )
    for key, text, text_ko, ev in principles:
        reduction.set_evidence(p, CODE, "principle", key, text, ev, True, text_ko)
    reduction.add_parameter(
        p,
        CODE,
        "EFF_BL",
        "Baseline boiler efficiency",
        "dimensionless",
        "ex_ante",
        0.85,
        name_local="베이스라인 보일러 효율",
        source="boiler_test_2023.pdf",
        unc_dist="normal",
        unc_pct=3,
    )
    reduction.add_parameter(
        p,
        CODE,
        "LEF",
        "Upstream leakage factor of natural gas",
        "kgCO2e/GJ",
        "ex_ante",
        2.1,
        name_local="도시가스 상류 누출 계수",
        source="KCCI-M-FS-01",
        unc_dist="uniform",
        unc_pct=50,
    )
    reduction.add_parameter(
        p,
        CODE,
        "HG",
        "Steam heat output",
        "GJ",
        "monitored",
        36000,
        name_local="증기 열 생산량",
        meter="FT-101",
        frequency="monthly",
        calibration="FT-101_calibration_2025-01.pdf",
        qaqc="QC-01",
        unc_dist="normal",
        unc_pct=2,
    )
    reduction.add_parameter(
        p,
        CODE,
        "FC_NG",
        "Natural gas consumed (HHV)",
        "GJ",
        "monitored",
        41000,
        name_local="도시가스 사용량 (고위발열량)",
        meter="G-7",
        frequency="monthly",
        calibration="G-7_verification_2024.pdf",
        qaqc="QC-02",
        unc_dist="normal",
        unc_pct=1,
    )
    reduction.add_term(
        p,
        CODE,
        "baseline",
        "Diesel displaced",
        ["HG"],
        ["EFF_BL"],
        "epa.stat.diesel.mmbtu",
        label_local="대체된 경유",
    )
    reduction.add_term(
        p,
        CODE,
        "project",
        "Natural gas burnt",
        ["FC_NG"],
        [],
        "epa.stat.natural_gas.mmbtu",
        label_local="연소된 도시가스",
    )
    reduction.add_term(
        p,
        CODE,
        "leakage",
        "Upstream gas leakage",
        ["FC_NG", "LEF"],
        [],
        None,
        label_local="도시가스 상류 누출",
    )
    months = _months(2025, 12)
    reduction.add_readings(
        p,
        CODE,
        "HG",
        [(s, e, v, "GJ", "steam_log_2025.xlsx") for (s, e), v in zip(months, HG_2025, strict=True)],
    )
    reduction.add_readings(
        p,
        CODE,
        "FC_NG",
        [(s, e, v, "GJ", "gas_invoices_2025.pdf") for (s, e), v in zip(months, NG_2025, strict=True)],
    )
    months = _months(2026, 6)
    reduction.add_readings(
        p, CODE, "HG", [(s, e, v, "GJ") for (s, e), v in zip(months, HG_2026, strict=True)]
    )
    reduction.add_readings(
        p, CODE, "FC_NG", [(s, e, v, "GJ") for (s, e), v in zip(months, NG_2026, strict=True)]
    )
    reduction.add_period(p, CODE, "2025", "2025-01-01", "2025-12-31")
    reduction.add_period(p, CODE, "2026H1", "2026-01-01", "2026-06-30")
    steps = (
        (
            "preparation",
            None,
            {"state": "done", "started": "2024-05-02", "completed": "2024-10-15", "documents": "PDD_v1.pdf"},
        ),
        (
            "validation",
            None,
            {
                "state": "done",
                "started": "2024-10-20",
                "completed": "2024-12-10",
                "documents": "validation_report_KGV-2024-117.pdf",
            },
        ),
        ("suitability_review", None, {"state": "done", "submitted": "2024-12-16", "completed": "2025-01-13"}),
        (
            "registration_committee",
            None,
            {"state": "done", "completed": "2025-02-05", "documents": "KCCI_decision_2025-02.pdf"},
        ),
        (
            "monitoring_report",
            "2025",
            {"state": "done", "completed": "2026-01-20", "documents": "MR_2025.pdf"},
        ),
        (
            "verification",
            "2025",
            {"state": "done", "completed": "2026-02-15", "documents": "KGV-2026-031.pdf"},
        ),
        (
            "conformity_review",
            "2025",
            {"state": "done", "submitted": "2026-02-20", "completed": "2026-03-16"},
        ),
        (
            "issuance_committee",
            "2025",
            {"state": "done", "completed": "2026-03-25", "documents": "KCCI_decision_2026-03.pdf"},
        ),
        (
            "monitoring_report",
            "2026H1",
            {"state": "done", "completed": "2026-07-20", "documents": "MR_2026H1.pdf"},
        ),
        ("verification", "2026H1", {"state": "done", "completed": "2026-08-25"}),
        ("conformity_review", "2026H1", {"state": "submitted", "submitted": "2026-09-01", "extended": True}),
    )
    for step, period, changes in steps:
        reduction.set_step(p, CODE, step, period, **changes)
    return rid


def run(out_dir, log=print) -> Path:
    """Build the reduction-project demo file and its documents under ``out_dir/reduction``."""
    from workbench import new_project

    out = Path(out_dir) / "reduction"
    out.mkdir(parents=True, exist_ok=True)
    path = out / "hanbit-reduction.cnw"
    p = new_project(
        path,
        "Hanbit Precision Co., Ltd.",
        period_start="2025-01-01",
        period_end="2025-12-31",
        overwrite=True,
        name_local="한빛정밀 주식회사",
    )
    try:
        add_project(p)
        ex = reduction.ex_ante(p, CODE)
        log(f"Reduction project {CODE}: ex-ante {ex.reduction_t:,.1f} tCO2e/yr")
        m = reduction.monitored(p, CODE, "2025")
        t = reduction.fmt_tonnes  # the documents' own rounding, so the log matches the PDFs
        log(
            f"  2025 monitored: baseline {t(m.result.baseline_t)} - project {t(m.result.project_t)} "
            f"- leakage {t(m.result.leakage_t)} = {t(m.reduction_t)} tCO2e"
        )
        qty = int(m.reduction_t)
        lot_id = reduction.issue(
            p, CODE, "2025", qty, ISSUED_ON, committee_decision="KCCI_decision_2026-03.pdf"
        )
        log(f"  issued {qty} KCR as lot {lot_id}: {offsets.get_lot(p, lot_id).serial}")
        for s in reduction.tracker(p, CODE):
            if s.overdue:
                log(f"  overdue: step {s.step.no} {s.step.title} ({s.period}), due {s.due}")
        # the proponent's own claim may not use credits from its own value chain
        offsets.update_lot(p, lot_id, claim_period_id=p.current_period()["id"])
        for f in reduction.double_counting(p, p.current_period()["id"]):
            log(f"  claim rule {f.rule_id}: {f.message}")
        offsets.update_lot(p, lot_id, claim_period_id=None)
        for f in documents.reduction_findings(p, CODE):
            log(f"  {f}")
        docs = out / "documents"
        for lang in ("en", "ko"):
            documents.build_pdd(p, CODE, docs / f"pdd_{lang}.pdf", lang)
            documents.build_monitoring_report(p, CODE, "2025", docs / f"monitoring_report_{lang}.pdf", lang)
        log(f"  documents in {docs}/")
    finally:
        p.close()
    return path
