"""The printed documents' English and Korean texts (data only), second part: K-ETS report,
dossier, statuses and severities, boundary and method, verification statement contents, certificate
QR text, K-ETS rows and the document footer. The first part is :mod:`forms.texts`."""

from __future__ import annotations

from forms.texts import TERM, _Term

REPORT_TEXTS: dict[str, tuple[str, str | _Term]] = {
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
    # organisational boundary: entities and the share each is counted at (forms/entity_shares.py)
    "ent.name": ("Entity", TERM),
    "ent.kind": ("Entity type", "법인 유형"),
    "ent.equity": ("Equity", "지분율"),
    "ent.share": ("Counted", "반영 비율"),
    "ent.gross": ("Gross tCO2e", "총배출량 tCO2e"),
    "ent.counted": ("Counted tCO2e", "반영 배출량 tCO2e"),
    "ent.scope3": ("Scope 3, not in the total", "Scope 3 (합계 제외)"),
    "ent.scope3.cat": ("cat. {cat}: {t}", "범주 {cat}: {t}"),
    "ent.kind.reporting organisation": ("reporting organisation", TERM),
    "ent.kind.subsidiary": ("subsidiary", TERM),
    "ent.kind.joint venture": ("joint venture", TERM),
    "ent.kind.associate": ("associate", TERM),
    "ent.kind.franchise": ("franchise", TERM),
    "ent.kind.leased asset": ("leased asset", TERM),
    "ent.note": (
        "Each entity's emissions are counted at the share the {cons} approach gives it. Emissions the "
        "approach leaves out are shown here and, where the GHG Protocol puts them, belong in scope 3 "
        "(category 13 leased assets, 14 franchises, 15 investments); they are not in the total.",
        "각 법인의 배출량은 {cons} 접근법에 따른 비율로 반영합니다. 이 접근법에서 제외된 배출량은 여기에 "
        "표시하며, GHG 프로토콜에 따라 Scope 3(범주 13 임대 자산, 14 가맹점, 15 투자)에 해당하는 부분은 "
        "합계에 포함하지 않습니다.",
    ),
    "cert.cons": ("Boundary", "조직 경계"),
    # structural changes and the base-year recalculation check (forms/entity_shares.py)
    "ent.struct.h": ("Structural changes and base-year recalculation", "구조 변경과 기준연도 재산정"),
    "ent.struct.text": (
        "Acquisitions and divestments after the base year {base} adjust it at the share the {cons} "
        "approach gives each entity (GHG Protocol Corporate Standard ch. 5). The base year is "
        "recalculated when the cumulative change reaches the significance threshold of {thr}.",
        "기준연도 {base} 이후의 인수와 매각은 {cons} 접근법이 각 법인에 부여하는 비율로 기준연도를 "
        "조정합니다(GHG 프로토콜 기업 표준 5장). 누적 변화가 유의성 기준 {thr}에 이르면 기준연도를 "
        "재산정합니다.",
    ),
    "ent.struct.change": ("Structural change", "구조 변경"),
    "ent.struct.date": ("Effective", "발효일"),
    "ent.struct.base_t": ("Base-year tCO2e (100 %)", "기준연도 배출량 tCO2e (100 %)"),
    "ent.struct.adj": ("Adjustment tCO2e", "조정량 tCO2e"),
    "ent.struct.acquisition": ("acquisition", "인수"),
    "ent.struct.divestment": ("divestment", "매각"),
    "ent.struct.original": ("Base year, original", "기준연도 (원래 값)"),
    "ent.struct.restated": ("Base year, restated", "기준연도 (재산정 값)"),
    "ent.struct.pct": ("Change against the original", "원래 값 대비 변화"),
    "ent.struct.required": (
        "Recalculation required: the change reaches the significance threshold.",
        "재산정 필요: 변화가 유의성 기준에 이릅니다.",
    ),
    "ent.struct.not_required": (
        "No recalculation required: the change is below the significance threshold.",
        "재산정 불필요: 변화가 유의성 기준보다 작습니다.",
    ),
    "ent.struct.missing": (
        "Base-year emissions not recorded for {names}: the check is incomplete until they are.",
        "{names}의 기준연도 배출량이 기록되지 않아 검토를 완료할 수 없습니다.",
    ),
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
    "qes.f.col.publisher": ("Publisher", TERM),
    "qes.f.col.edition": ("Edition", "판"),
    "qes.f.col.licence": ("Licence", TERM),
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
    # the by-scope row: the word from the glossary (vs.scope), the GHG Protocol name kept in Korean
    "qes.unc.scope_n": ("Scope {n}", "{scope} {n}(Scope {n})"),
    "qes.unc.pedigree": ("Data quality (pedigree matrix)", "데이터 품질(페디그리 행렬)"),
    "qes.unc.pedigree.used": (
        "the pedigree scores of {rows} activity data rows (emission sources: {sources}) went into this "
        "run: each combined with the row's basic uncertainty as a lognormal spread (ecoinvent v3 data "
        "quality guideline)",
        "활동자료 {rows}개 행(배출원 {sources}개)의 페디그리 점수를 이 실행에 반영: 행마다 기본 불확도와 "
        "합쳐 로그정규 분포로 적용(에코인벤트 v3 데이터 품질 지침)",
    ),
    "qes.unc.pedigree.none": (
        "no pedigree scores went into this run: the stated activity data and emission factor "
        "uncertainty only",
        "이 실행에는 페디그리 점수가 반영되지 않았습니다: 입력된 활동자료와 배출계수 불확도만 적용",
    ),
    "qes.unc.none.run": (
        "No uncertainty analysis (Monte Carlo) has been run for this period's footprint.",
        "이 기간의 배출량에 대해 불확도 분석(몬테카를로)을 실행하지 않았습니다.",
    ),
    "qes.f.about": ("Concerning", "대상"),
    # verification statement (ISO 14064-3 contents)
    "vs.s.engagement": ("Engagement", TERM),
    "vs.s.uncertainty": ("Uncertainty", TERM),
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
