"""The printed documents' English and Korean texts (data only): certificate, common fields,
declaration, QES, management plan and verification statement. The rest of the catalogue is in
:mod:`forms.texts_reports`; :mod:`forms.i18n` looks entries up with ``tr``.

An entry whose Korean is ``TERM`` is a domain term: its Korean comes from the glossary at run time.
"""

from __future__ import annotations

LANGS = ("en", "ko")


class _Term:
    """Marker for "the Korean is the glossary's term for the English text"."""

    def __repr__(self) -> str:
        return "TERM"


TERM = _Term()


DOCUMENT_TEXTS: dict[str, tuple[str, str | _Term]] = {
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
    "f.yes": ("yes", TERM),
    "f.no": ("no", TERM),
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
    "mp.year": ("Year", TERM),
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
}
