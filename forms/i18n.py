"""English and Korean text of the printed documents, and number/date formatting per language.

Every label is looked up with :func:`tr`; a missing key raises so a document never prints a key.
An entry whose Korean is ``TERM`` is a domain term: its Korean comes from the one Korean glossary
(``resources/translations/glossary_ko.tsv``, read through :mod:`resources.glossary`), which the Qt
catalogue of the UI follows too, so a term reads the same on screen and on paper.
"""

from __future__ import annotations

from datetime import date

from resources import glossary

LANGS = ("en", "ko")


class _Term:
    """Marker for "the Korean is the glossary's term for the English text"."""

    def __repr__(self) -> str:
        return "TERM"


TERM = _Term()

_T: dict[str, tuple[str, str | _Term]] = {
    # certificate
    "cert.title": ("Carbon Neutrality Certificate", "탄소중립 인증서"),
    "cert.title.pas": ("Certificate of Carbon Neutrality Achievement", "탄소중립 달성 인증서"),
    "cert.sub.iso": (
        "Carbon neutrality claim in accordance with ISO 14068-1:2023",
        "ISO 14068-1:2023에 따른 탄소중립 주장",
    ),
    "cert.sub.pas": (
        "Declaration of achievement in the style of PAS 2060:2014 (legacy standard, withdrawn 2025-11-30)",
        "PAS 2060:2014 방식의 달성 선언 (구 표준, 2025-11-30 폐지)",
    ),
    "cert.awarded": ("This certificate is issued to", "본 인증서를 다음에 발급합니다"),
    "cert.no": ("Certificate no.", "인증서 번호"),
    "cert.issued": ("Issued", TERM),
    "cert.qr": ("QR: file id, snapshot hash and key figures", "QR: 파일 ID, 스냅샷 해시, 주요 수치"),
    "cert.check": (
        "Check: cnw certificate check <this.pdf> <project.cnw>",
        "확인: cnw certificate check <this.pdf> <project.cnw>",
    ),
    "cert.signatory": ("Senior signatory", "대표 서명자"),
    # common fields
    "f.organisation": ("Organisation", TERM),
    "f.address": ("Address", "주소"),
    "f.subject": ("Subject", TERM),
    "f.subject_kind": ("Kind of subject", "대상 유형"),
    "f.functional_unit": ("Functional unit", TERM),
    "f.period": ("Period", TERM),
    "f.standard": ("Standard", TERM),
    "f.gwp": ("GWP set", TERM),
    "f.total": ("Total GHG emissions", "총 온실가스 배출량"),
    "f.reductions": ("Reductions achieved", TERM),
    "f.residual": ("Residual emissions offset", "상쇄 대상 잔여 배출량"),
    "f.retired": ("Credits retired", "소각(상쇄)된 크레딧"),
    "f.removal_share": ("Share of removals", "흡수·제거 크레딧 비율"),
    "f.validation": ("Validation", "검증 유형"),
    "f.verifier": ("Verifier", TERM),
    "f.snapshot": ("Snapshot hash (SHA-256)", "스냅샷 해시 (SHA-256)"),
    "f.file_id": ("File id", "파일 ID"),
    "f.issued": ("Date of issue", "발급일"),
    "f.document_no": ("Document no.", "문서 번호"),
    "f.not_available": ("not available", "제공되지 않음"),
    "f.page": ("Page", "페이지"),
    "f.tco2e": ("tCO2e", TERM),
    "f.none": ("none", TERM),
    "f.yes": ("yes", "예"),
    "f.no": ("no", "아니오"),
    # validation types
    "v.third-party": ("Independent third-party certification", "독립적 제3자 인증"),
    "v.other-party": ("Other-party validation", "타자 검증"),
    "v.self": ("Self-validation", "자체 검증"),
    # declaration texts; {org} {subject} {start} {end} {total} {gwp} {qstd} {retired} {val}
    "decl.iso": (
        "{org} declares that {subject} achieved carbon neutrality for the period {start} to {end} in "
        "accordance with ISO 14068-1:2023. Greenhouse gas emissions of {total} tCO2e ({gwp}, GWP-100) "
        "were quantified in accordance with {qstd}, and the residual emissions were offset by the "
        "retirement of {retired} tCO2e of verified carbon credits. {val}",
        "{org_topic} {subject_subj} {start}부터 {end}까지의 기간에 대하여 ISO 14068-1:2023에 따라 "
        "탄소중립을 달성하였음을 선언합니다. 온실가스 배출량 {total} tCO2e({gwp}, GWP-100)는 {qstd}에 "
        "따라 산정되었으며, 잔여 배출량은 검증된 탄소 크레딧 {retired} tCO2e의 소각으로 상쇄되었습니다. {val}",
    ),
    "decl.pas": (
        "Carbon neutrality achieved in accordance with PAS 2060:2014 by {org} for {subject} for the "
        "period commencing {start} and ending {end}, {val}.",
        "{org_topic} {subject}에 대하여 {start}에 시작하여 {end}에 종료된 기간 동안 PAS 2060:2014에 "
        "따라 탄소중립을 달성하였습니다({val}).",
    ),
    "decl.val.iso.third-party": (
        "Independently verified by {verifier}.",
        "검증기관({verifier})의 독립적인 검증을 받았습니다.",
    ),
    "decl.val.iso.other-party": (
        "Validated by {verifier} (other-party validation).",
        "검증기관({verifier})의 타자 검증을 받았습니다.",
    ),
    "decl.val.iso.self": ("Self-validated by {org}.", "{org_subj} 자체 검증하였습니다."),
    "decl.val.pas.third-party": ("independently certified by {verifier}", "{verifier}의 독립적 제3자 인증"),
    "decl.val.pas.other-party": ("validated by {verifier}", "{verifier}의 타자 검증"),
    "decl.val.pas.self": ("self-validated", "자체 검증"),
    "warn.eu": (
        "EU market: Directive (EU) 2024/825 (applicable from 27 September 2026) prohibits consumer-facing "
        "claims that a product has a neutral, reduced or positive climate impact on the basis of greenhouse "
        "gas offsetting. Do not use this claim on products or in advertising aimed at EU consumers.",
        "EU 시장: 지침 (EU) 2024/825(2026년 9월 27일부터 적용)는 온실가스 상쇄를 근거로 제품이 기후에 "
        "중립적이거나 감소된 또는 긍정적인 영향을 미친다고 소비자에게 주장하는 것을 금지합니다. EU 소비자를 "
        "대상으로 하는 제품이나 광고에 이 주장을 사용하지 마십시오.",
    ),
    "warn.draft": (
        "DRAFT: the claim currently fails these rules, so no certificate can be issued: {rules}",
        "초안: 현재 주장이 다음 규칙을 충족하지 못하여 인증서를 발급할 수 없습니다: {rules}",
    ),
    "warn.unquantified": (
        "Included sources not quantified (no emission factor): {sources}",
        "산정되지 않은 포함 배출원 (배출계수 없음): {sources}",
    ),
    "warn.stale": (
        "The footprint result is stale: inputs changed after it was calculated.",
        "배출량 결과가 최신이 아닙니다: 계산 후 입력이 변경되었습니다.",
    ),
    # subject kinds
    "kind.organisation": ("organisation", TERM),
    "kind.product": ("product", TERM),
    "kind.service": ("service", TERM),
    "kind.building": ("building", TERM),
    "kind.event": ("event", TERM),
    # QES
    "qes.title": ("Qualifying Explanatory Statement", TERM),
    "qes.s.entity": ("1. Entity and senior signatory", "1. 주체 및 대표 서명자"),
    "qes.s.subject": ("2. Subject and reason for selection", "2. 대상 및 선정 사유"),
    "qes.s.boundary": ("3. Boundary", "3. 경계"),
    "qes.s.method": (
        "4. Quantification method, gases, factors and assumptions",
        "4. 산정 방법, 가스, 배출계수 및 가정",
    ),
    "qes.s.exclusions": ("5. Exclusions with reasons", "5. 제외 항목 및 사유"),
    "qes.s.uncertainty": ("6. Uncertainty", "6. 불확도"),
    "qes.s.footprint": ("7. Period, baseline and footprint", "7. 기간, 기준선 및 배출량"),
    "qes.s.reductions": ("8. Reductions achieved", "8. 달성한 감축"),
    "qes.s.credits": ("9. Carbon credits retired", "9. 소각된 탄소 크레딧"),
    "qes.s.findings": ("10. Findings of the offset and claim rules", "10. 상쇄 및 주장 규칙 점검 결과"),
    "qes.s.declaration": ("11. Declaration, validation and public availability", "11. 선언, 검증 및 공개"),
    "qes.reason.organisation": (
        "The organisation's own operations within the stated boundary.",
        "명시된 경계 내 조직 자체의 운영.",
    ),
    "qes.gases": ("Gases included", "포함 가스"),
    "qes.qstd": ("Quantification standard", "산정 표준"),
    "qes.method": ("Method", "방법"),
    "qes.assumptions": ("Assumptions", "가정"),
    "qes.factors": ("Emission factors", TERM),
    "qes.factor": ("Factor", TERM),
    "qes.value": ("Value", "값"),
    "qes.per_unit": ("Per unit of activity", "활동 단위당"),
    "qes.unit": ("Unit", TERM),
    "qes.source": ("Source", "출처"),
    "qes.excl.source": ("Source", TERM),
    "qes.excl.reason": ("Reason", "사유"),
    "qes.excl.est": ("Estimate (tCO2e)", "추정량 (tCO2e)"),
    "qes.unc.range": ("95 % range of the total (2.5-97.5 %)", "총량의 95 % 범위 (2.5-97.5 %)"),
    "qes.unc.none": (
        "No uncertainty analysis is available for this period.",
        "이 기간에 대한 불확도 분석이 없습니다.",
    ),
    "qes.baseline": ("Base year", TERM),
    "qes.by_scope": ("Emissions by scope", "범위별 배출량"),
    "qes.by_category": ("Emissions by category", "범주별 배출량"),
    "qes.by_site": ("Emissions by site", "사업장별 배출량"),
    "qes.by_gas": ("Emissions by gas", "가스별 배출량"),
    "qes.s2": ("Scope 2 location-based / market-based", "Scope 2 지역 기반 / 시장 기반"),
    "qes.biogenic": ("Biogenic CO2 (reported separately)", TERM),
    "qes.share": ("Share", TERM),
    "qes.total": ("Total", TERM),
    "qes.rounding": (
        "Figures are rounded; totals are computed before rounding.",
        "수치는 반올림되었으며 합계는 반올림 전 값으로 계산되었습니다.",
    ),
    "qes.measure": ("Measure", TERM),
    "qes.status": ("Status", TERM),
    "qes.abatement": ("Abatement (tCO2e)", "감축량 (tCO2e)"),
    "qes.c.programme": ("Programme / registry", "프로그램 / 등록부"),
    "qes.c.project": ("Project", "프로젝트"),
    "qes.c.serials": ("Serials", "일련번호"),
    "qes.c.qty": ("Quantity", TERM),
    "qes.c.retirement": ("Retirement evidence", "소각 증빙"),
    "qes.c.vintage": ("Vintage", TERM),
    "qes.f.rule": ("Rule", TERM),
    "qes.f.severity": ("Severity", TERM),
    "qes.f.message": ("Finding", TERM),
    "qes.f.clause": ("Clause", TERM),
    "qes.f.none": ("No rule fired.", "해당 규칙 위반이 없습니다."),
    "qes.public": ("Public availability", "공개"),
    "qes.public.default": (
        "This statement is made publicly available by the organisation.",
        "본 설명서는 조직이 공개합니다.",
    ),
    "qes.chart.scope": ("Emissions by scope (tCO2e)", "범위별 배출량 (tCO2e)"),
    "qes.chart.category": ("Emissions by category (tCO2e)", "범주별 배출량 (tCO2e)"),
    # management plan
    "mp.title": ("Carbon Neutrality Management Plan", "탄소중립 관리 계획"),
    "mp.commitment": ("Commitment", TERM),
    "mp.timescale": ("Timescale", TERM),
    "mp.targets": ("Targets", TERM),
    "mp.measures": ("Planned measures", "계획된 감축 조치"),
    "mp.offsets": ("Offset strategy", TERM),
    "mp.review": ("Review cycle", TERM),
    "mp.trajectory": ("Trajectory", TERM),
    "mp.macc": ("Marginal abatement cost curve", "한계감축비용곡선"),
    "mp.t.name": ("Target", TERM),
    "mp.t.kind": ("Type", "유형"),
    "mp.t.base": ("Base year", TERM),
    "mp.t.year": ("Target year", TERM),
    "mp.t.pct": ("Reduction", "감축률"),
    "mp.t.scopes": ("Scopes", TERM),
    "mp.year": ("Year", "연도"),
    "mp.bau": ("Business as usual", "기준 전망(BAU)"),
    "mp.planned": ("Planned", TERM),
    "mp.target": ("Target", TERM),
    "mp.start": ("Start", TERM),
    # verification statement
    "vs.title": ("Verification Statement", TERM),
    "vs.users": ("Intended users", "의도된 이용자"),
    "vs.responsible": ("Responsible party", "책임 당사자"),
    "vs.objectives": ("Objectives", "목적"),
    "vs.scope": ("Scope", TERM),
    "vs.criteria": ("Criteria", TERM),
    "vs.totals": ("Verified total", "검증된 총량"),
    "vs.assurance": ("Level of assurance", TERM),
    "vs.materiality": ("Materiality", TERM),
    "vs.opinion": ("Opinion", TERM),
    "vs.accreditation": ("Accreditation", TERM),
    "vs.signed": ("Signed", "서명일"),
    "vs.key": ("Verifier key fingerprint", "검증기관 키 지문"),
    "vs.signed_hash": ("Signed snapshot hash", "서명된 스냅샷 해시"),
    "vs.findings": ("Findings", TERM),
    "vs.unsigned": ("The verification has not been signed.", "검증이 서명되지 않았습니다."),
    "vs.changed": ("Signed data changed since verification.", "검증 이후 서명된 데이터가 변경되었습니다."),
    "vs.f.id": ("Id", "번호"),
    "vs.f.kind": ("Type", "유형"),
    "vs.f.impact": ("Impact (tCO2e)", "영향 (tCO2e)"),
    "vs.opinion.unmodified": (
        "Unmodified: the GHG statement is fairly stated in all material respects.",
        "적정: 온실가스 보고서는 중요성 관점에서 적정하게 작성되었습니다.",
    ),
    "vs.opinion.modified": (
        "Modified: fairly stated except for the matters described.",
        "한정: 기술된 사항을 제외하고 적정하게 작성되었습니다.",
    ),
    "vs.opinion.adverse": (
        "Adverse: the GHG statement is not fairly stated.",
        "부적정: 온실가스 보고서는 적정하지 않습니다.",
    ),
    "vs.opinion.disclaimer": ("Disclaimer: no opinion is expressed.", "의견 거절: 의견을 표명하지 않습니다."),
    "vs.level.limited": ("limited", TERM),
    "vs.level.reasonable": ("reasonable", TERM),
    # K-ETS
    "kets.title": ("K-ETS Emission Report", TERM),
    "kets.basis": (
        "Contents per Enforcement Decree of the Act on the Allocation and Trading of GHG Emission "
        "Permits, Art. 31(1); submitted with the verification report (Art. 31(2)).",
        "온실가스 배출권의 할당 및 거래에 관한 법률 시행령 제31조 제1항에 따른 내용; "
        "검증보고서와 함께 제출 (제31조 제2항).",
    ),
    "kets.entity": ("Entity id", "업체 번호"),
    "kets.year": ("Compliance year", "이행연도"),
    "kets.item": ("Item", TERM),
    "kets.i1": (
        "Size, fuel and raw material consumption and production by major facility and process",
        "주요 생산시설 및 공정별 규모, 연료·원료 사용량 및 생산량",
    ),
    "kets.i2": (
        "GHG kind and volume by place of business; kind, size, number and working rate of emitting facilities",
        "사업장별 온실가스 종류 및 배출량, 배출시설의 종류·규모·수량 및 가동률",
    ),
    "kets.i3": (
        "Energy used, generated and sold by place of business; fuel composition; energy facilities",
        "사업장별 에너지 사용·생산·판매량, 연료 성분, 에너지 사용·생산 시설",
    ),
    "kets.i4": (
        "GHG emitted by production process, facility and emission activity",
        "생산공정·생산시설·배출활동별 온실가스 배출량",
    ),
    "kets.i5": (
        "GHG and energy by process and product (benchmark allocation only)",
        "공정 및 제품별 온실가스 배출량과 에너지 사용량 (벤치마크 할당 대상에 한함)",
    ),
    "kets.i6": ("GHG captured and disposed of", "포집·처리한 온실가스의 종류 및 양"),
    "kets.i7": (
        "Methods of and basis for calculation and measurement (items 2-6)",
        "제2호부터 제6호까지의 배출량 산정·측정 방법 및 근거",
    ),
    "kets.i8": ("Quality control procedures of the report", "보고서의 품질관리 절차"),
    "kets.i9": ("Absorption and removal performance", "온실가스 흡수 및 제거 실적"),
    "kets.i10": (
        "Monitoring plan for activity data and parameters",
        "활동자료 수집 및 매개변수 결정을 위한 모니터링 계획",
    ),
    "kets.i11": ("Sales of the entity or places of business", "업체 또는 사업장의 매출액"),
    "kets.i12": ("Reduction performance by facility", "시설별 온실가스 감축 실적"),
    "kets.i13": (
        "Other matters publicly notified by the Minister of Environment",
        "그 밖에 환경부장관이 고시하는 사항",
    ),
    "kets.surrender": ("Offset surrender summary", "상쇄배출권 제출 요약"),
    "kets.obligation": ("Surrender obligation", "제출 의무량"),
    "kets.phase": ("Phase", "계획기간"),
    "kets.limit": ("Offset use limit", "상쇄배출권 사용 한도"),
    "kets.used": ("Offset permits surrendered", "제출한 상쇄배출권"),
    "kets.foreign": ("of which of foreign origin", "그중 해외 유래"),
    "kets.within": ("Within the limit", "한도 이내"),
    "kets.no_data": ("No data recorded for this item.", "이 항목에 기록된 자료가 없습니다."),
    # dossier
    "dos.title": ("Carbon Neutrality Dossier", "탄소중립 종합 보고서"),
    "dos.toc": ("Contents", "목차"),
    "dos.prepared": ("Prepared for", "수신"),
    "dos.appendix": ("Appendix", "부록"),
    "dos.unavailable": ("Sections not available", "제공되지 않는 항목"),
    # statuses and severities as words (never the stored code)
    "status.planned": ("planned", TERM),
    "status.in_progress": ("in progress", TERM),
    "status.done": ("done", TERM),
    "status.cancelled": ("cancelled", TERM),
    "status.open": ("open", TERM),
    "status.closed": ("closed", TERM),
    "status.responded": ("responded", "회신됨"),
    "status.retired": ("retired", TERM),
    "status.active": ("held, not retired", "보유 중(미소각)"),
    "status.surrendered": ("surrendered", "제출됨"),
    "sev.error": ("error", TERM),
    "sev.warning": ("warning", TERM),
    "sev.info": ("info", TERM),
    "fk.CAR": ("CAR (corrective action request)", "CAR (시정 조치 요구)"),
    "fk.CL": ("CL (clarification request)", "CL (명확화 요구)"),
    "fk.FAR": ("FAR (forward action request)", "FAR (향후 조치 요구)"),
    # boundary and method (QES section 3 and 4, K-ETS item 7)
    "cons.operational control": ("operational control", TERM),
    "cons.financial control": ("financial control", TERM),
    "cons.equity share": ("equity share", TERM),
    "qes.boundary.text": (
        "Consolidation approach: {cons}. Included: scopes {scopes}{cats}.",
        "조직 경계 설정 방식: {cons} 접근법. 포함 범위: Scope {scopes}{cats}.",
    ),
    "qes.boundary.cats": ("; scope 3 categories {cats}", "; Scope 3 범주 {cats}"),
    "qes.method.text": (
        "Activity data multiplied by emission factors copied into the project file; each gas is weighted "
        "with its IPCC {gwp} GWP-100 and the total is computed as one life-cycle inventory calculation "
        "over the factor activities{db}.",
        "활동자료에 프로젝트 파일에 복사된 배출계수를 곱하고, 각 가스에 IPCC {gwp} GWP-100을 적용하여 "
        "배출계수 활동 전체를 하나의 전과정 목록 계산으로 산정했습니다{db}.",
    ),
    "qes.method.db": (" (factor database {db})", " (배출계수 데이터베이스 {db})"),
    "qes.f.col.factor": ("Factor", TERM),
    "qes.f.col.unit": ("Per", "활동 단위"),
    "qes.f.col.gases": ("Gases per unit", "단위당 가스"),
    "qes.f.col.publisher": ("Publisher", "발행 기관"),
    "qes.f.col.edition": ("Edition", "판"),
    "qes.f.col.licence": ("Licence", "이용 조건"),
    "qes.f.used_by": ("used by", "사용 배출원"),
    "qes.unc.method": ("Method", "방법"),
    "qes.unc.monte_carlo": (
        "Monte Carlo simulation of activity data and emission factor uncertainty",
        "활동자료와 배출계수 불확도의 몬테카를로 모의실험",
    ),
    "qes.unc.runs": ("Iterations / seed", "반복 횟수 / 난수 시드"),
    "qes.unc.mean": ("Mean of the simulated totals", "모의 총량의 평균"),
    "qes.unc.by_scope": ("95 % range by scope", "범위별 95 % 구간"),
    "qes.unc.old": (
        "This Monte Carlo was run on earlier inputs than the footprint printed here; run it again.",
        "이 몬테카를로 결과는 여기 표시된 배출량보다 이전 입력으로 계산되었습니다. 다시 실행하십시오.",
    ),
    "qes.unc.model": ("Correlation model", "상관 모형"),
    "qes.unc.model.source": (
        "one draw per emission factor, shared by every row that uses it; activity data drawn once per "
        "emission source (its rows move together)",
        "배출계수마다 한 번 추출하여 그 계수를 쓰는 모든 행에 공통 적용; 활동자료는 배출원마다 한 번 "
        "추출(같은 배출원의 행은 함께 변동)",
    ),
    "qes.unc.model.row": (
        "one draw per emission factor, shared by every row that uses it; activity data drawn for each "
        "row independently (independent meter readings)",
        "배출계수마다 한 번 추출하여 그 계수를 쓰는 모든 행에 공통 적용; 활동자료는 행마다 독립적으로 "
        "추출(독립적인 계량값)",
    ),
    "qes.unc.contrib": ("Main contributors to the variance", "분산 기여도 상위 항목"),
    "qes.unc.contrib.factor": ("emission factor", TERM),
    "qes.unc.contrib.source": ("activity data of", "활동자료:"),
    "qes.unc.none.run": (
        "No uncertainty analysis (Monte Carlo) has been run for this period's footprint.",
        "이 기간의 배출량에 대해 불확도 분석(몬테카를로)을 실행하지 않았습니다.",
    ),
    "qes.f.about": ("Concerning", "대상"),
    # verification statement (ISO 14064-3 contents)
    "vs.s.engagement": ("Engagement", TERM),
    "vs.s.responsibilities": ("Responsibilities", "책임"),
    "vs.resp.client": (
        "{org} is responsible for the GHG statement and for the information and evidence it rests on.",
        "온실가스 보고서와 그 근거가 되는 정보와 증빙에 대한 책임은 {org}에 있습니다.",
    ),
    "vs.resp.verifier": (
        "The verifier is responsible for expressing an independent opinion on the GHG statement, based "
        "on the evidence obtained, in accordance with ISO 14064-3:2019, and for its own independence "
        "and competence (ISO 14065).",
        "검증기관은 ISO 14064-3:2019에 따라 확보한 증거를 바탕으로 온실가스 보고서에 대한 독립적인 "
        "의견을 표명할 책임과 자신의 독립성 및 적격성(ISO 14065)에 대한 책임이 있습니다.",
    ),
    "vs.s.work": ("Work performed", "수행한 업무"),
    "vs.work.sample": ("Activity data and credit lots sampled", "표본 추출한 활동자료 및 크레딧 로트"),
    "vs.work.vouched": ("Sample items vouched to evidence", "증빙과 대조한 표본 항목"),
    "vs.work.findings": ("Findings raised / closed", "제기한 발견사항 / 종결"),
    "vs.work.text": (
        "The verifier drew a {method} sample of {n} items (seed {seed}), compared {agreed} of them with "
        "the attached source documents, and reviewed the emission factors, the boundary and the "
        "retirement evidence of the credits.",
        "검증기관은 {method} 표본 {n}개(시드 {seed})를 추출하여 그중 {agreed}개를 첨부된 원시 증빙과 대조하고, "
        "배출계수, 경계 및 크레딧 소각 증빙을 검토했습니다.",
    ),
    "vs.method.risk": ("risk-weighted", TERM),
    "vs.method.random": ("random", TERM),
    "vs.s.findings": ("Findings and their resolution", "발견사항 및 조치 결과"),
    "vs.f.resolution": ("Resolution", "조치 결과"),
    "vs.s.signature": ("Signature", "서명"),
    "vs.sig.name": ("Lead verifier", "선임 검증원"),
    "vs.sig.role": ("Role", "역할"),
    "vs.sig.role.lead": (
        "Lead verifier, signing for the verification body",
        "검증기관을 대표하여 서명하는 선임 검증원",
    ),
    "vs.sig.body": ("Verification body", TERM),
    "vs.sig.line": ("Signature", "서명"),
    "vs.sig.electronic": (
        "Signed electronically with the verifier's Ed25519 key over the snapshot hash.",
        "검증원의 Ed25519 키로 스냅샷 해시에 전자 서명했습니다.",
    ),
    "vs.qr": (
        "QR: statement, period, verified total, snapshot hash",
        "QR: 의견서, 기간, 검증된 총량, 스냅샷 해시",
    ),
    "vs.default.users": (
        "The organisation's management, its customers and the public reading the claim",
        "조직의 경영진, 고객 및 주장을 읽는 일반 대중",
    ),
    "vs.default.objectives": (
        "Independent verification of the GHG statement supporting the carbon-neutrality claim",
        "탄소중립 주장을 뒷받침하는 온실가스 보고서의 독립적 검증",
    ),
    "vs.default.scope": (
        "Scope {scopes} emissions of the subject within the stated boundary; the credit lots retired "
        "for the claim",
        "명시된 경계 내 대상의 Scope {scopes} 배출량 및 주장을 위해 소각된 크레딧 로트",
    ),
    # certificate: QR text and how the figures add up
    "cert.qr.text": (
        "Carbon neutrality certificate\nOrganisation: {org}\nPeriod: {start} to {end}\n"
        "Total emissions: {total} tCO2e\nCredits retired: {retired} tCO2e\nStandard: {std}\n"
        "Document: {doc}\nFile id: {fid}\nSnapshot SHA-256: {hash}",
        "탄소중립 인증서\n조직: {org}\n기간: {start} ~ {end}\n총 배출량: {total} tCO2e\n"
        "소각된 크레딧: {retired} tCO2e\n표준: {std}\n문서: {doc}\n파일 ID: {fid}\n스냅샷 SHA-256: {hash}",
    ),
    "cert.check.words": (
        "To check this certificate, open the project file in the Carbon-Neutrality Workbench and use "
        "\u201cCheck a certificate\u201d: it compares the figures printed here with the project.",
        "이 인증서를 확인하려면 탄소중립 워크벤치에서 프로젝트 파일을 열고 \u2018인증서 확인\u2019을 "
        "실행하십시오. 여기 인쇄된 수치를 프로젝트와 대조합니다.",
    ),
    "cert.sum.title": ("How the figures add up", "수치의 구성"),
    "cert.sum.reductions": ("Reductions achieved", TERM),
    "cert.sum.reductions.note": ("already reflected in the total", "총 배출량에 이미 반영"),
    "cert.sum.residual": ("= Residual emissions to offset", "= 상쇄할 잔여 배출량"),
    "cert.sum.retired": ("Credits retired against them", "이에 대해 소각한 크레딧"),
    "cert.sum.surplus": ("Credits beyond the residual emissions", "잔여 배출량을 넘는 크레딧"),
    # K-ETS rows
    "kets.r.gwp": ("Global warming potentials", "지구온난화지수"),
    "kets.r.method": ("Calculation method", "산정 방법"),
    "kets.r.rows": ("Activity data rows", "활동자료 건수"),
    "kets.r.evidence": ("Rows with evidence attached", "증빙이 첨부된 건수"),
    "kets.r.unc": ("Uncertainty recorded per row", "건별 불확도 기록"),
    "kets.r.unc.v": (
        "distribution and 95 % half-width for each activity data row",
        "각 활동자료 건의 분포와 95 % 신뢰구간 반폭",
    ),
    "kets.r.verification": ("Verification body", TERM),
    "kets.r.findings": ("Verification findings", "검증 발견사항"),
    "kets.r.revenue": ("Revenue", "매출액"),
    "kets.r.site_scope": ("{site}, scope {scope}", "{site}, Scope {scope}"),
    "kets.r.per_year": ("{t} tCO2e per year", "연간 {t} tCO2e"),
    "kets.why.5": (
        "Not applicable: no facility of the entity is allocated on a benchmark basis.",
        "해당 없음: 벤치마크 방식으로 할당받는 시설이 없습니다.",
    ),
    "kets.why.6": (
        "Not applicable: no greenhouse gas is captured.",
        "해당 없음: 포집하는 온실가스가 없습니다.",
    ),
    "kets.why.9": (
        "Not applicable: no absorption or removal is recorded.",
        "해당 없음: 기록된 흡수·제거 실적이 없습니다.",
    ),
    "kets.why.13": (
        "No other matters have been notified for this compliance year.",
        "이 이행연도에 고시된 그 밖의 사항이 없습니다.",
    ),
    "kets.scope_note": (
        "K-ETS covers the direct (scope 1) and indirect energy (scope 2) emissions of the places of "
        "business; value-chain emissions (scope 3) are reported in the QES, not here.",
        "배출권거래제는 사업장의 직접 배출(Scope 1)과 간접 배출(Scope 2)을 대상으로 합니다. 가치사슬 "
        "배출(Scope 3)은 이 명세서가 아니라 적격 설명서에 보고합니다.",
    ),
    "kets.entity.reg": ("Business registration no.", "사업자등록번호"),
    "kets.factors.see_qes": (
        "The emission factors of scopes 1 and 2 are listed with their publishers in the QES, section 4.",
        "Scope 1·2의 배출계수와 발행 기관은 적격 설명서 4절에 있습니다.",
    ),
    "qes.cat_note": ("Scope {s} / category {c}", "Scope {s} / 범주 {c}"),
    # dossier
    "dos.summary": ("Executive summary", "요약"),
    "dos.sum.text": (
        "{org} quantified {total} tCO2e for {start} to {end} ({std}); reductions achieved: {red} tCO2e; "
        "credits retired: {retired} tCO2e.",
        "{org_topic} {start}부터 {end}까지 {total} tCO2e를 산정했습니다({std}). 달성한 감축량은 {red} tCO2e, "
        "소각한 크레딧은 {retired} tCO2e입니다.",
    ),
    "dos.sum.opinion": ("Verification opinion", "검증 의견"),
    "dos.sum.findings": ("Open rule findings (errors / warnings)", "규칙 점검 결과(오류 / 경고)"),
    "tk.absolute": ("absolute", "절대량"),
    "tk.intensity": ("intensity", "원단위"),
    "tgt.name": ("{path} {kind} ({rate} %/yr)", "{path} {kind} 목표(연 {rate} %)"),
    "tgt.sbti_1.5c": ("SBTi 1.5 °C", "SBTi 1.5 °C"),
    "tgt.sbti_wb2c": ("SBTi well-below 2 °C", "SBTi 2 °C 훨씬 아래"),
    "tgt.custom": ("Custom", "사용자 지정"),
    # document footer
    "foot": (
        "{doc} | file {fid} | snapshot {hash} | page {page}",
        "{doc} | 파일 {fid} | 스냅샷 {hash} | {page}쪽",
    ),
}

_MONTHS_EN = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


def tr(key: str, lang: str, **kw) -> str:
    if lang not in LANGS:
        raise ValueError(f"language must be one of {LANGS}, got {lang!r}")
    english, korean = _T[key]
    if lang == "en":
        text = english
    else:
        text = glossary.korean(english) if korean is TERM else korean
    return text.format(**kw) if kw else text


def has(key: str) -> bool:
    return key in _T


def is_term(key: str) -> bool:
    """True when the entry's Korean comes from the glossary."""
    return _T[key][1] is TERM


def catalogue() -> dict[str, tuple[str, str]]:
    """Every entry as (English, Korean), glossary terms resolved (for the consistency tests)."""
    return {key: (tr(key, "en"), tr(key, "ko")) for key in _T}


# Babel (CLDR) formats every number and date the documents print, per language; one place per
# kind of figure so the same figure reads the same everywhere (issue 16).
_LOCALES = {"en": "en_GB", "ko": "ko_KR"}


def _num(value: float, lang: str, decimals: int) -> str:
    from babel.numbers import format_decimal

    pattern = "#,##0" + ("." + "0" * decimals if decimals else "")
    return format_decimal(
        value, format=pattern, locale=_LOCALES.get(lang, "en_GB"), decimal_quantization=True
    )


def fmt_t(value: float | None, lang: str = "en", decimals: int = 2) -> str:
    """Tonnes CO2e, thousands separators and 2 decimals: 1234.5 -> '1,234.50'. None -> 'not available'."""
    if value is None:
        return tr("f.not_available", lang)
    return _num(value, lang, decimals)


def fmt_qty(value: float, lang: str = "en") -> str:
    """Credit quantities (whole units; a fractional quantity keeps 2 decimals)."""
    return _num(value, lang, 0 if float(value).is_integer() else 2)


def fmt_int(value: float, lang: str = "en") -> str:
    """Counts and whole quantities with thousands separators."""
    return _num(value, lang, 0)


def fmt_amount(value: float, lang: str = "en", decimals: int = 1) -> str:
    """Activity quantities (litres, MWh, km ...): thousands separators, 1 decimal."""
    return _num(value, lang, decimals)


def fmt_pct(value: float | None, lang: str = "en", decimals: int = 1) -> str:
    """A percentage already multiplied by 100: 10.04 -> '10.0 %'."""
    if value is None:
        return tr("f.not_available", lang)
    return f"{_num(value, lang, decimals)} %"


def fmt_money(value: float | None, currency: str | None, lang: str = "en", decimals: int = 0) -> str:
    """Money with its ISO currency code: 'KRW 12,346' (the code reads the same in both languages)."""
    if value is None:
        return tr("f.not_available", lang)
    return f"{(currency or '').upper()} {_num(value, lang, decimals)}".strip()


def fmt_sig(value: float, lang: str = "en", digits: int = 4) -> str:
    """A factor value with ``digits`` significant digits and no e-notation: 0.05444, 9,115.9."""
    import math

    if value == 0:
        return "0"
    decimals = max(0, digits - 1 - math.floor(math.log10(abs(value))))
    text = _num(round(value, decimals), lang, decimals)
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return text


def fmt_mass_per_unit(kg: float, lang: str = "en") -> str:
    """A mass per unit of activity in the largest of kg, g, mg that keeps it at 1 or more: a factor's
    gas content reads '186 g' or '1.6 mg' instead of 0.186 or 1.6e-06 kg."""
    for unit, scale in (("kg", 1.0), ("g", 1e3), ("mg", 1e6)):
        if abs(kg) * scale >= 1 or unit == "mg":
            return f"{fmt_sig(kg * scale, lang)} {unit}"
    return f"{fmt_sig(kg, lang)} kg"


def fmt_date(d: date | None, lang: str = "en") -> str:
    """Long date: '31 December 2025' / '2025년 12월 31일'."""
    if d is None:
        return tr("f.not_available", lang)
    from babel.dates import format_date

    return format_date(d, "long", locale=_LOCALES.get(lang, "en_GB"))


def fmt_iso(d: date | None, lang: str = "en") -> str:
    """ISO date (2025-12-31) for tables."""
    return tr("f.not_available", lang) if d is None else d.isoformat()


# -- Korean particles ---------------------------------------------------------------------------
# A particle pair is chosen by whether the word's last sound ends in a consonant (batchim): for a
# Hangul syllable (code - 0xAC00) % 28 != 0; for digits and Latin letters the Korean reading of the
# last one (3 "삼", L "엘"); text in brackets at the end is skipped (the particle follows the word).
_DIGIT_BATCHIM = {
    "0": True,
    "1": True,
    "2": False,
    "3": True,
    "4": False,
    "5": False,
    "6": True,
    "7": True,
    "8": True,
    "9": False,
}  # 영 일 이 삼 사 오 육 칠 팔 구
_LETTER_BATCHIM = set("LMNR")  # 엘 엠 엔 알 (an acronym is read letter by letter)
_WORD_BATCHIM_END = ("m", "n", "l", "ng", "k", "p", "t", "ck")  # an English word read out: team, plan


def has_batchim(word: str) -> bool:
    """True when the last sound of ``word`` (as read in Korean) ends in a consonant."""
    import re

    text = (word or "").strip()
    while True:  # drop trailing bracketed text and punctuation: "주식회사 (가칭)" -> "주식회사"
        stripped = re.sub(r"\s*[(\[][^()\[\]]*[)\]]\s*$", "", text).rstrip(" .,;:·'\"")
        if stripped == text or not stripped:
            break
        text = stripped
    if not text:
        return False
    ch = text[-1]
    if "\uac00" <= ch <= "\ud7a3":
        return (ord(ch) - 0xAC00) % 28 != 0
    if ch.isdigit():
        return _DIGIT_BATCHIM[ch]
    if ch.isascii() and ch.isalpha():
        word_end = re.search(r"[A-Za-z]+$", text).group(0)
        if word_end.isupper():
            return ch in _LETTER_BATCHIM
        return word_end.lower().endswith(_WORD_BATCHIM_END)
    return False


_PAIRS = {"은": "는", "이": "가", "을": "를", "과": "와", "으로": "로", "이라": "라", "이며": "며"}


def josa(word: str, particle: str) -> str:
    """``word`` with the right form of a particle given in its after-consonant form:
    josa("한빛정밀 주식회사", "은") -> "한빛정밀 주식회사는"; josa("검증원", "이") -> "검증원이".
    "으로" after ㄹ is "로" (서울로)."""
    if particle not in _PAIRS:
        raise ValueError(f"josa: unknown particle {particle!r}")
    after_consonant = has_batchim(word)
    if particle == "으로" and after_consonant:
        text = (word or "").rstrip()
        ch = text[-1] if text else ""
        hangul_rieul = "\uac00" <= ch <= "\ud7a3" and (ord(ch) - 0xAC00) % 28 == 8
        if hangul_rieul or ch in "178L":  # final ㄹ: 서울로, 일로, 칠로, 팔로, 엘로
            after_consonant = False
    return f"{word}{particle if after_consonant else _PAIRS[particle]}"


def local(text: str | None, text_local: str | None, lang: str) -> str:
    """The Korean name when printing Korean and one exists, else the main name."""
    if lang == "ko" and text_local:
        return text_local
    return text or ""
