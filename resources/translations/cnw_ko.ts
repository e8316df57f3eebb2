<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko">
  <context>
    <name>cnw</name>
    <message>
      <location filename="workbench/ui/pages/boundary.py" line="174" />
      <source> (base year)</source>
      <translation> (기준연도)</translation>
    </message>
    <message>
      <location filename="workbench/ui/dialogs/audit_log.py" line="92" />
      <source>#</source>
      <translation>#</translation>
    </message>
    <message>
      <location filename="workbench/ui/dialogs/measure.py" line="36" />
      <source>% of the sources' emissions</source>
      <translation>배출원 배출량의 %</translation>
    </message>
    <message>
      <location filename="workbench/ui/main_window.py" line="147" />
      <source>&amp;About</source>
      <translation>정보(&amp;A)</translation>
    </message>
    <message>
      <location filename="workbench/ui/main_window.py" line="116" />
      <source>&amp;Audit log...</source>
      <translation>감사 로그(&amp;A)...</translation>
    </message>
    <message>
      <location filename="workbench/ui/main_window.py" line="118" />
      <source>&amp;Close project</source>
      <translation>프로젝트 닫기(&amp;C)</translation>
    </message>
    <message>
      <location filename="workbench/ui/main_window.py" line="120" />
      <source>&amp;Edit</source>
      <translation>편집(&amp;E)</translation>
    </message>
    <message>
      <location filename="workbench/ui/main_window.py" line="104" />
      <source>&amp;File</source>
      <translation>파일(&amp;F)</translation>
    </message>
    <message>
      <location filename="workbench/ui/main_window.py" line="145" />
      <source>&amp;Help</source>
      <translation>도움말(&amp;H)</translation>
    </message>
    <message>
      <location filename="workbench/ui/main_window.py" line="146" />
      <source>&amp;Keyboard shortcuts</source>
      <translation>단축키(&amp;K)</translation>
    </message>
    <message>
      <location filename="workbench/ui/main_window.py" line="105" />
      <source>&amp;New project...</source>
      <translation>새 프로젝트(&amp;N)...</translation>
    </message>
    <message>
      <location filename="workbench/ui/main_window.py" line="106" />
      <source>&amp;Open...</source>
      <translation>열기(&amp;O)...</translation>
    </message>
    <message>
      <location filename="workbench/ui/main_window.py" line="130" />
      <source>&amp;Preferences...</source>
      <translation>환경설정(&amp;P)...</translation>
    </message>
    <message>
      <location filename="workbench/ui/main_window.py" line="119" />
      <source>&amp;Quit</source>
      <translation>종료(&amp;Q)</translation>
    </message>
    <message>
      <location filename="workbench/ui/main_window.py" line="123" />
      <source>&amp;Redo</source>
      <translation>다시 실행(&amp;R)</translation>
    </message>
    <message>
      <location filename="workbench/ui/main_window.py" line="144" />
      <source>&amp;Refresh</source>
      <translation>새로 고침(&amp;R)</translation>
    </message>
    <message>
      <location filename="workbench/ui/main_window.py" line="121" />
      <source>&amp;Undo</source>
      <translation>실행 취소(&amp;U)</translation>
    </message>
    <message>
      <location filename="workbench/ui/main_window.py" line="133" />
      <source>&amp;View</source>
      <translation>보기(&amp;V)</translation>
    </message>
    <message>
      <location filename="workbench/ui/dialogs/import_preview.py" line="109" />
      <source>'{0}' is mapped to emission source '{1}', which this project does not have; change the value mapping</source>
      <translation>'{0}'은(는) 배출원 '{1}'(으)로 매핑되어 있으나 이 프로젝트에 그 배출원이 없습니다. 값 매핑을 바꾸십시오</translation>
    </message>
    <message>
      <location filename="workbench/ui/dialogs/import_preview.py" line="117" />
      <source>'{0}' is mapped to site '{1}', which this project does not have; change the value mapping</source>
      <translation>'{0}'은(는) 사업장 '{1}'(으)로 매핑되어 있으나 이 프로젝트에 그 사업장이 없습니다. 값 매핑을 바꾸십시오</translation>
    </message>
    <message>
      <location filename="workbench/ui/dialogs/import_preview.py" line="87" />
      <source>'{0}' is mapped to {1}.</source>
      <translation>'{0}'은(는) {1}(으)로 매핑됩니다.</translation>
    </message>
    <message>
      <location filename="workbench/ui/i18n.py" line="159" />
      <source>'{0}' is not a number</source>
      <translation>숫자가 아닙니다: '{0}'</translation>
    </message>
    <message>
      <location filename="workbench/ui/dialogs/import_preview.py" line="60" />
      <source>'{0}' is not a site of this project.</source>
      <translation>'{0}'은(는) 이 프로젝트의 사업장이 아닙니다.</translation>
    </message>
    <message>
      <location filename="workbench/ui/dialogs/import_preview.py" line="54" />
      <source>'{0}' is not a unit.</source>
      <translation>단위가 아닙니다: '{0}'</translation>
    </message>
    <message>
      <location filename="workbench/ui/dialogs/import_preview.py" line="57" />
      <source>'{0}' is not an emission source of this project.</source>
      <translation>이 프로젝트의 배출원이 아닙니다: '{0}'</translation>
    </message>
    <message>
      <location filename="workbench/ui/dialogs/import_preview.py" line="162" />
      <source>(+{0} more)</source>
      <translation>(외 {0}건)</translation>
    </message>
    <message>
      <location filename="workbench/ui/dialogs/audit_log.py" line="61" />
      <source>(all tables)</source>
      <translation>(모든 테이블)</translation>
    </message>
    <message>
      <location filename="workbench/ui/dialogs/audit_log.py" line="65" />
      <source>(all users)</source>
      <translation>(모든 사용자)</translation>
    </message>
    <message>
      <location filename="workbench/ui/i18n_extra.py" line="55" />
      <source>(automatic)</source>
      <translation>(자동)</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/reduction.py" line="325" />
      <source>(extended once)</source>
      <translation>(1회 연장)</translation>
    </message>
    <message>
      <location filename="workbench/ui/dialogs/source.py" line="31" />
      <source>(none)</source>
      <translation>(없음)</translation>
    </message>
    <message>
      <location filename="workbench/ui/dialogs/import_preview.py" line="227" />
      <source>(not mapped)</source>
      <translation>(매핑 안 함)</translation>
    </message>
    <message>
      <location filename="workbench/ui/dialogs/source.py" line="27" />
      <source>(not scope 3)</source>
      <translation>(Scope 3 아님)</translation>
    </message>
    <message>
      <location filename="workbench/ui/dialogs/new_project.py" line="59" />
      <source>(same as the organisation)</source>
      <translation>(조직과 동일)</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/product.py" line="152" />
      <source>(shown when Brightway has loaded)</source>
      <translation>(Brightway 로드 후 표시)</translation>
    </message>
    <message>
      <location filename="workbench/ui/dialogs/instrument.py" line="61" />
      <source>0 for renewable certificates and tariffs; the supplier's emission rate for a supplier-specific rate.</source>
      <translation>재생에너지 인증서와 요금제는 0, 공급자별 배출계수는 공급자의 배출률을 입력하십시오.</translation>
    </message>
    <message>
      <location filename="workbench/ui/navigator.py" line="28" />
      <source>1. Subject and boundary</source>
      <translation>1. 대상 및 경계</translation>
    </message>
    <message>
      <location filename="workbench/ui/navigator.py" line="29" />
      <source>2. Inventory</source>
      <translation>2. 인벤토리</translation>
    </message>
    <message>
      <location filename="workbench/ui/navigator.py" line="30" />
      <source>3. Footprint</source>
      <translation>3. 탄소발자국</translation>
    </message>
    <message>
      <location filename="workbench/ui/navigator.py" line="32" />
      <source>4. Reduction plan</source>
      <translation>4. 감축 계획</translation>
    </message>
    <message>
      <location filename="workbench/ui/navigator.py" line="34" />
      <source>5. Offsets</source>
      <translation>5. 상쇄</translation>
    </message>
    <message>
      <location filename="workbench/ui/navigator.py" line="35" />
      <source>6. Verification</source>
      <translation>6. 검증</translation>
    </message>
    <message>
      <location filename="workbench/ui/navigator.py" line="36" />
      <source>7. Declaration and certificate</source>
      <translation>7. 선언 및 인증서</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/footprint.py" line="180" />
      <source>95 % interval</source>
      <translation>95% 구간</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/footprint.py" line="125" />
      <source>95 % range</source>
      <translation>95% 범위</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/product_results.py" line="158" />
      <source>95 % range {0} to {1} kg CO2e, mean {2}, median {3} ({4} iterations, seed {5}).</source>
      <translation>95% 범위 {0} ~ {1} kg CO2e, 평균 {2}, 중앙값 {3} (반복 {4}회, 시드 {5}).</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/footprint_uncertainty.py" line="87" />
      <source>95 % range {0} to {1} tCO2e ({2}) around {3}; mean {4}.</source>
      <translation>95% 범위 {0} ~ {1} tCO2e (계산값 {3} 대비 {2}); 평균 {4}.</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/certificate.py" line="134" />
      <source>A certificate cannot be issued yet: the claim fails {0} rule(s).</source>
      <translation>아직 인증서를 발급할 수 없습니다: 주장이 {0}개 규칙을 충족하지 못합니다.</translation>
    </message>
    <message>
      <location filename="workbench/ui/dialogs/measure.py" line="66" />
      <source>Abatement</source>
      <translation>감축량</translation>
    </message>
    <message>
      <location filename="workbench/ui/dialogs/measure.py" line="65" />
      <source>Abatement as</source>
      <translation>감축량 단위</translation>
    </message>
    <message>
      <location filename="workbench/ui/main_window.py" line="441" />
      <source>About</source>
      <translation>정보</translation>
    </message>
    <message>
      <location filename="workbench/ui/widgets/finding_details.py" line="155" />
      <source>About: {0}</source>
      <translation>대상: {0}</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/plan.py" line="89" />
      <source>Absolute target</source>
      <translation>절대 목표</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/verification.py" line="121" />
      <source>Accreditation</source>
      <translation>인정</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/entities.py" line="58" />
      <source>Acquired</source>
      <translation>인수일</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/entities.py" line="285" />
      <source>Acquired (YYYY-MM-DD, optional)</source>
      <translation>인수일 (YYYY-MM-DD, 선택)</translation>
    </message>
    <message>
      <location filename="workbench/ui/dialogs/audit_log.py" line="95" />
      <source>Action</source>
      <translation>작업</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/product.py" line="98" />
      <source>Activity / exchange</source>
      <translation>활동 / 교환</translation>
    </message>
    <message>
      <location filename="workbench/ui/widgets/finding_details.py" line="51" />
      <source>Activity row {0}: {1} {2} from {3}</source>
      <translation>활동 행 {0}: {1} {2}, {3}부터</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/footprint.py" line="127" />
      <source>Activity rows</source>
      <translation>활동자료 행</translation>
    </message>
    <message>
      <location filename="workbench/ui/dialogs/reduction.py" line="166" />
      <source>Add a monitored reading</source>
      <translation>모니터링 측정값 추가</translation>
    </message>
    <message>
      <location filename="workbench/ui/dialogs/reduction_actions.py" line="111" />
      <source>Add a reading of {0}</source>
      <translation>{0} 측정값 추가</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/inventory.py" line="243" />
      <source>Add activity</source>
      <translation>활동 추가</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/product.py" line="368" />
      <source>Add activity {0}</source>
      <translation>활동 추가: {0}</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/inventory.py" line="94" />
      <source>Add activity...</source>
      <translation>활동 추가...</translation>
    </message>
    <message>
      <location filename="workbench/ui/dialogs/instrument.py" line="43" />
      <source>Add contractual instrument</source>
      <translation>계약 수단 추가</translation>
    </message>
    <message>
      <location filename="workbench/ui/dialogs/source.py" line="18" />
      <source>Add emission source</source>
      <translation>배출원 추가</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/entities.py" line="270" />
      <source>Add entity</source>
      <translation>법인 추가</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/entities.py" line="259" />
      <source>Add entity {0}</source>
      <translation>법인 추가: {0}</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/entities.py" line="65" />
      <source>Add entity...</source>
      <translation>법인 추가...</translation>
    </message>
    <message>
      <location filename="workbench/ui/dialogs/exchange.py" line="25" />
      <source>Add exchange</source>
      <translation>교환 추가</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/product.py" line="409" />
      <source>Add exchange to {0}</source>
      <translation>{0}에 교환 추가</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/product.py" line="86" />
      <source>Add exchange...</source>
      <translation>교환 추가...</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/footprint_tabs.py" line="225" />
      <source>Add instrument</source>
      <translation>계약 수단 추가</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/footprint_tabs.py" line="211" />
      <source>Add instrument {0}</source>
      <translation>계약 수단 추가: {0}</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/footprint_tabs.py" line="72" />
      <source>Add instrument...</source>
      <translation>계약 수단 추가...</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/plan.py" line="260" />
      <source>Add measure {0}</source>
      <translation>감축 조치 추가: {0}</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/plan.py" line="78" />
      <source>Add measure...</source>
      <translation>감축 조치 추가...</translation>
    </message>
    <message>
      <location filename="workbench/ui/dialogs/reduction.py" line="114" />
      <source>Add parameter</source>
      <translation>매개변수 추가</translation>
    </message>
    <message>
      <location filename="workbench/ui/dialogs/reduction_actions.py" line="62" />
      <source>Add parameter {0}</source>
      <translation>매개변수 {0} 추가</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/reduction.py" line="113" />
      <source>Add parameter...</source>
      <translation>매개변수 추가...</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/reduction.py" line="115" />
      <source>Add reading...</source>
      <translation>측정값 추가...</translation>
    </message>
    <message>
      <location filename="workbench/ui/dialogs/reduction_actions.py" line="35" />
      <source>Add reduction project {0}</source>
      <translation>감축사업 {0} 추가</translation>
    </message>
    <message>
      <location filename="workbench/ui/dialogs/new_project.py" line="105" />
      <source>Add site</source>
      <translation>사업장 추가</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/boundary.py" line="338" />
      <source>Add site {0}</source>
      <translation>사업장 추가: {0}</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/boundary.py" line="102" />
      <source>Add site...</source>
      <translation>사업장 추가...</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/boundary.py" line="372" />
      <source>Add source {0}</source>
      <translation>배출원 추가: {0}</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/boundary.py" line="137" />
      <source>Add source...</source>
      <translation>배출원 추가...</translation>
    </message>
    <message>
      <location filename="workbench/ui/dialogs/kets_calculator.py" line="203" />
      <source>Additional dues: {0} KRW; total due: {1} KRW</source>
      <translation>가산금: {0} KRW, 납부 총액: {1} KRW</translation>
    </message>
    <message>
      <location filename="workbench/ui/widgets/finding_details.py" line="101" />
      <source>Affected rows</source>
      <translation>해당 행</translation>
    </message>
    <message>
      <location filename="workbench/ui/i18n_service.py" line="213" />
      <source>Aggregating activity per factor</source>
      <translation>배출계수별 활동량을 합산하는 중</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/verification.py" line="171" />
      <source>Agreed</source>
      <translation>일치</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/inventory.py" line="114" />
      <source>All periods</source>
      <translation>전체 기간</translation>
    </message>
    <message>
      <location filename="workbench/ui/dialogs/factor_picker.py" line="127" />
      <source>All regions</source>
      <translation>모든 지역</translation>
    </message>
    <message>
      <location filename="workbench/ui/dialogs/factor_picker.py" line="136" />
      <source>All scopes</source>
      <translation>모든 Scope</translation>
    </message>
    <message>
      <location filename="workbench/ui/dialogs/factor_picker.py" line="131" />
      <source>All years</source>
      <translation>모든 연도</translation>
    </message>
    <message>
      <location filename="workbench/ui/dialogs/exchange.py" line="52" />
      <source>Amount</source>
      <translation>수량</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/offsets.py" line="361" />
      <source>Another project file</source>
      <translation>다른 프로젝트 파일</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/reduction.py" line="88" />
      <source>Application with the monitoring evidence</source>
      <translation>모니터링 증빙과 함께 신청</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/reduction.py" line="92" />
      <source>Approval and issuance of CRA</source>
      <translation>CRA 승인 및 발급</translation>
    </message>
    <message>
      <location filename="workbench/ui/dialogs/kets_calculator.py" line="220" />
      <source>Arrears</source>
      <translation>가산금</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/footprint_tabs.py" line="139" />
      <source>Assign factor {0} to {1}</source>
      <translation>{1}에 배출계수 {0} 지정</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/footprint_tabs.py" line="35" />
      <source>Assign factor...</source>
      <translation>배출계수 지정...</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/entities.py" line="312" />
      <source>Assign site</source>
      <translation>사업장 배정</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/entities.py" line="69" />
      <source>Assign site...</source>
      <translation>사업장 배정...</translation>
    </message>
    <message>
      <location filename="workbench/ui/dialogs/factor_picker.py" line="160" />
      <source>Assign to the source</source>
      <translation>배출원에 지정</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/entities_edits.py" line="175" />
      <source>Attach evidence</source>
      <translation>증빙 첨부</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/inventory.py" line="307" />
      <source>Attach evidence to row {0}</source>
      <translation>{0}행에 증빙 첨부</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/entities_edits.py" line="164" />
      <source>Attach evidence to {0}</source>
      <translation>{0}에 증빙 첨부</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/entities.py" line="68" />
      <source>Attach evidence...</source>
      <translation>증빙 첨부...</translation>
    </message>
    <message>
      <location filename="workbench/ui/dialogs/audit_log.py" line="56" />
      <source>Audit log</source>
      <translation>감사 로그</translation>
    </message>
    <message>
      <location filename="workbench/ui/dialogs/kets_calculator.py" line="94" />
      <source>Average market price</source>
      <translation>시장 평균 가격</translation>
    </message>
    <message>
      <location filename="workbench/ui/dialogs/exchange.py" line="49" />
      <source>Background database</source>
      <translation>배경 데이터베이스</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/product.py" line="71" />
      <source>Background databases</source>
      <translation>배경 데이터베이스</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/footprint.py" line="311" />
      <source>Base year</source>
      <translation>기준연도</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/entities.py" line="209" />
      <source>Base year {0}: original {1} tCO2e, restated {2} tCO2e ({3} % vs threshold {4} %)</source>
      <translation>기준연도 {0}: 최초 {1} tCO2e, 재산정 {2} tCO2e (변동 {3} %, 기준치 {4} %)</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/entities.py" line="219" />
      <source>Base-year emissions missing for: {0}</source>
      <translation>기준연도 배출량 미입력 법인: {0}</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/entities_edits.py" line="129" />
      <source>Base-year emissions, tCO2e (optional)</source>
      <translation>기준연도 배출량, tCO2e (선택)</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/reduction.py" line="138" />
      <source>Baseline (t)</source>
      <translation>베이스라인 (t)</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/verification.py" line="230" />
      <source>Basis</source>
      <translation>근거</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/offsets.py" line="64" />
      <source>Beneficiary</source>
      <translation>수혜자</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/footprint.py" line="124" />
      <source>Biogenic CO2 (reported separately)</source>
      <translation>생물기원 CO2 (별도 보고)</translation>
    </message>
    <message>
      <location filename="workbench/ui/dialogs/kets_calculator.py" line="219" />
      <source>Borrowing</source>
      <translation>차입</translation>
    </message>
    <message>
      <location filename="workbench/ui/dialogs/kets_calculator.py" line="181" />
      <source>Borrowing limit: {0} permits ({1} % of the obligation)</source>
      <translation>차입 한도: 배출권 {0}개 (제출 의무량의 {1} %)</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/footprint.py" line="141" />
      <source>Boundary and materiality checks</source>
      <translation>경계 및 중요성 점검</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/boundary.py" line="51" />
      <source>Boundary checks passed.</source>
      <translation>경계 점검을 통과했습니다.</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/footprint.py" line="162" />
      <source>Breakdown</source>
      <translation>구성</translation>
    </message>
    <message>
      <location filename="workbench/ui/i18n_service.py" line="214" />
      <source>Brightway LCA over the factor activities</source>
      <translation>배출계수 활동에 대한 Brightway LCA 계산 중</translation>
    </message>
    <message>
      <location filename="workbench/ui/i18n_service.py" line="219" />
      <source>Brightway already set up</source>
      <translation>Brightway가 이미 준비되어 있습니다</translation>
    </message>
    <message>
      <location filename="workbench/ui/main_window.py" line="487" />
      <source>Brightway not available</source>
      <translation>Brightway를 사용할 수 없음</translation>
    </message>
    <message>
      <location filename="workbench/ui/main_window.py" line="480" />
      <source>Brightway ready</source>
      <translation>Brightway 준비됨</translation>
    </message>
    <message>
      <location filename="workbench/ui/main_window.py" line="488" />
      <source>Brightway setup</source>
      <translation>Brightway 설정</translation>
    </message>
    <message>
      <location filename="workbench/ui/i18n_service.py" line="211" />
      <source>Brightway setup complete</source>
      <translation>Brightway 준비 완료</translation>
    </message>
    <message>
      <location filename="workbench/ui/main_window.py" line="467" />
      <source>Brightway setup module not installed</source>
      <translation>Brightway 설정 모듈이 설치되지 않음</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/footprint_tabs.py" line="39" />
      <source>Browse factors...</source>
      <translation>배출계수 찾아보기...</translation>
    </message>
    <message>
      <location filename="workbench/ui/dialogs/import_wizard.py" line="46" />
      <source>Browse...</source>
      <translation>찾아보기...</translation>
    </message>
    <message>
      <location filename="workbench/ui/dialogs/unlinked.py" line="59" />
      <source>Build full biosphere...</source>
      <translation>전체 biosphere3 구축...</translation>
    </message>
    <message>
      <location filename="workbench/ui/dialogs/new_project.py" line="37" />
      <source>Building</source>
      <translation>건물</translation>
    </message>
    <message>
      <location filename="workbench/ui/dialogs/demo.py" line="44" />
      <source>Building the demo project</source>
      <translation>데모 프로젝트 만드는 중</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/product_import.py" line="261" />
      <source>Building the full biosphere3</source>
      <translation>전체 biosphere3 구축 중</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/certificate.py" line="194" />
      <source>Building {0}</source>
      <translation>{0} 작성 중</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/product_import.py" line="255" />
      <source>Built the full biosphere3.</source>
      <translation>전체 biosphere3를 구축했습니다.</translation>
    </message>
    <message>
      <location filename="workbench/ui/i18n_extra.py" line="16" />
      <source>Business travel</source>
      <translation>출장</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/entities.py" line="120" />
      <source>Buyer</source>
      <translation>구매 법인</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/entities_edits.py" line="245" />
      <source>Buyer (entity)</source>
      <translation>구매 법인</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/entities_edits.py" line="248" />
      <source>Buyer's scope 2 rate (kg CO2e/MWh)</source>
      <translation>구매 법인의 Scope 2 배출계수 (kg CO2e/MWh)</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/certificate.py" line="92" />
      <source>By</source>
      <translation>발급자</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/product.py" line="117" />
      <source>By life-cycle stage</source>
      <translation>전과정 단계별</translation>
    </message>
    <message>
      <location filename="workbench/ui/dialogs/import_wizard.py" line="45" />
      <source>CSV or .xlsx file</source>
      <translation>CSV 또는 .xlsx 파일</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/product.py" line="52" />
      <source>Calculate</source>
      <translation>계산</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/product_results.py" line="56" />
      <source>Calculate the product to see its supply chain.</source>
      <translation>제품을 계산하면 공급망이 표시됩니다.</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/footprint.py" line="128" />
      <source>Calculated</source>
      <translation>계산 시각</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/product_results.py" line="167" />
      <source>Calculated footprint {0} kg CO2e ({1} % / +{2} %).</source>
      <translation>계산된 탄소발자국 {0} kg CO2e ({1}% / +{2}%).</translation>
    </message>
    <message>
      <location filename="workbench/ui/i18n_service.py" line="223" />
      <source>Calculating</source>
      <translation>계산 중</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/footprint.py" line="336" />
      <source>Calculating the footprint</source>
      <translation>탄소발자국 계산 중</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/product.py" line="268" />
      <source>Calculating {0}</source>
      <translation>{0} 계산 중</translation>
    </message>
    <message>
      <location filename="workbench/ui/dialogs/reduction.py" line="139" />
      <source>Calibration record</source>
      <translation>교정 기록</translation>
    </message>
    <message>
      <location filename="workbench/ui/workers.py" line="174" />
      <source>Cancel</source>
      <translation>취소</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/product_results.py" line="173" />
      <source>Cancelled: the figures are from the iterations done.</source>
      <translation>취소됨: 수치는 완료된 반복에서 얻은 값입니다.</translation>
    </message>
    <message>
      <location filename="workbench/ui/dialogs/kets_calculator.py" line="72" />
      <source>Cannot compute: {0}</source>
      <translation>계산할 수 없음: {0}</translation>
    </message>
    <message>
      <location filename="workbench/ui/dialogs/kets_calculator.py" line="98" />
      <source>Cap per tonne</source>
      <translation>톤당 상한</translation>
    </message>
    <message>
      <location filename="workbench/ui/dialogs/measure.py" line="67" />
      <source>Capital cost</source>
      <translation>투자비</translation>
    </message>
    <message>
      <location filename="workbench/ui/i18n_extra.py" line="12" />
      <source>Capital goods</source>
      <translation>자본재</translation>
    </message>
    <message>
      <location filename="workbench/ui/main_window.py" line="365" />
      <source>Carbon-Neutrality Workbench</source>
      <translation>탄소중립 워크벤치</translation>
    </message>
    <message>
      <location filename="workbench/ui/main_window.py" line="442" />
      <source>Carbon-Neutrality Workbench
From activity data to a verified carbon-neutrality claim.</source>
      <translation>탄소중립 워크벤치
활동자료에서 검증된 탄소중립 주장까지.</translation>
    </message>
    <message>
      <location filename="workbench/ui/i18n_service.py" line="234" />
      <source>Carbon-neutrality management plan</source>
      <translation>탄소중립 관리 계획</translation>
    </message>
    <message>
      <location filename="workbench/ui/dialogs/unlinked.py" line="65" />
      <source>Category</source>
      <translation>범주</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/footprint.py" line="261" />
      <source>Category {0}</source>
      <translation>카테고리 {0}</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/boundary.py" line="207" />
      <source>Category {0}: {1}</source>
      <translation>카테고리 {0}: {1}</translation>
    </message>
    <message>
      <location filename="workbench/ui/i18n_service.py" line="232" />
      <source>Certificate</source>
      <translation>인증서</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/certificate.py" line="257" />
      <source>Certificate PDF</source>
      <translation>인증서 PDF</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/certificate.py" line="101" />
      <source>Certificate check</source>
      <translation>인증서 확인</translation>
    </message>
    <message>
      <location filename="workbench/ui/dialogs/instrument.py" line="79" />
      <source>Certificate reference</source>
      <translation>인증서 번호</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/reduction.py" line="91" />
      <source>Certification committee (100 t and more)</source>
      <translation>인증위원회 (100톤 이상)</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/reduction.py" line="193" />
      <source>Certification process</source>
      <translation>인증 절차</translation>
    </message>
    <message>
      <location filename="workbench/ui/dialogs/reduction_steps.py" line="27" />
      <source>Certification step</source>
      <translation>인증 단계</translation>
    </message>
    <message>
      <location filename="workbench/ui/dialogs/audit_log.py" line="192" />
      <source>Chain broken at entry {0}: the history was edited or deleted.</source>
      <translation>{0}번 항목에서 체인이 끊어졌습니다: 이력이 수정되거나 삭제되었습니다.</translation>
    </message>
    <message>
      <location filename="workbench/ui/dialogs/audit_log.py" line="187" />
      <source>Chain intact: {0} entries, none edited or deleted.</source>
      <translation>체인 이상 없음: {0}개 항목, 수정되거나 삭제된 항목이 없습니다.</translation>
    </message>
    <message>
      <location filename="workbench/ui/dialogs/audit_log.py" line="98" />
      <source>Change</source>
      <translation>변경</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/entities_edits.py" line="90" />
      <source>Change entity {0}</source>
      <translation>법인 {0} 변경</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/boundary.py" line="285" />
      <source>Change reporting period</source>
      <translation>보고 기간 변경</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/footprint.py" line="297" />
      <source>Change {0}</source>
      <translation>{0} 변경</translation>
    </message>
    <message>
      <location filename="workbench/ui/dialogs/import_wizard.py" line="108" />
      <source>Check</source>
      <translation>점검</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/certificate.py" line="78" />
      <source>Check a certificate PDF...</source>
      <translation>인증서 PDF 확인...</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/entities.py" line="94" />
      <source>Check subsidiaries</source>
      <translation>자회사 파일 확인</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/entities.py" line="342" />
      <source>Checking subsidiaries' files</source>
      <translation>자회사 파일 확인 중</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/boundary.py" line="186" />
      <source>Checking the boundary...</source>
      <translation>경계 점검 중...</translation>
    </message>
    <message>
      <location filename="workbench/ui/dialogs/import_wizard.py" line="220" />
      <source>Checking the file</source>
      <translation>파일 점검 중</translation>
    </message>
    <message>
      <location filename="workbench/ui/i18n_service.py" line="273" />
      <source>Checking {file}</source>
      <translation>확인 중: {file}</translation>
    </message>
    <message>
      <location filename="workbench/ui/dialogs/import_wizard.py" line="214" />
      <source>Checking...</source>
      <translation>점검 중...</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/plan.py" line="135" />
      <source>Checks</source>
      <translation>점검</translation>
    </message>
    <message>
      <location filename="workbench/ui/dialogs/import_wizard.py" line="99" />
      <source>Choose a file, check it, then import.</source>
      <translation>파일을 선택하고 점검한 뒤 가져오십시오.</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/product_results.py" line="92" />
      <source>Choose a variant and press Compare.</source>
      <translation>비교할 변형을 고르고 비교를 누르십시오.</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/offsets.py" line="303" />
      <source>Claim details</source>
      <translation>주장 세부 정보</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/offsets.py" line="83" />
      <source>Claim details...</source>
      <translation>주장 세부 정보...</translation>
    </message>
    <message>
      <location filename="workbench/ui/dialogs/finding.py" line="45" />
      <source>Clause</source>
      <translation>조항</translation>
    </message>
    <message>
      <location filename="workbench/ui/i18n_service.py" line="237" />
      <source>Client dossier</source>
      <translation>고객 보고서 묶음</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/verification.py" line="194" />
      <source>Client response</source>
      <translation>고객 답변</translation>
    </message>
    <message>
      <location filename="workbench/ui/dialogs/import_wizard.py" line="110" />
      <source>Close</source>
      <translation>닫기</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/verification.py" line="203" />
      <source>Close finding</source>
      <translation>발견사항 종결</translation>
    </message>
    <message>
      <location filename="workbench/ui/dialogs/new_project.py" line="102" />
      <source>Code</source>
      <translation>코드</translation>
    </message>
    <message>
      <location filename="workbench/ui/i18n_service.py" line="228" />
      <source>Collecting the population</source>
      <translation>모집단을 모으는 중</translation>
    </message>
    <message>
      <location filename="workbench/ui/dialogs/import_wizard.py" line="103" />
      <source>Column</source>
      <translation>열</translation>
    </message>
    <message>
      <location filename="workbench/ui/dialogs/import_wizard.py" line="64" />
      <source>Column mapping (workbench field: column in the file)</source>
      <translation>열 매핑 (워크벤치 항목: 파일의 열)</translation>
    </message>
    <message>
      <location filename="workbench/ui/dialogs/reduction_steps.py" line="98" />
      <source>Committee decision document</source>
      <translation>위원회 결정 문서</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/reduction.py" line="85" />
      <source>Committee: certification of reductions</source>
      <translation>인증위원회: 감축량 인증</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/reduction.py" line="81" />
      <source>Committee: project registration</source>
      <translation>인증위원회: 사업 등록</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/product.py" line="55" />
      <source>Compare</source>
      <translation>비교</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/product.py" line="121" />
      <source>Compare variants</source>
      <translation>변형 비교</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/product.py" line="287" />
      <source>Comparing variants</source>
      <translation>변형 비교 중</translation>
    </message>
    <message>
      <location filename="workbench/ui/dialogs/reduction_steps.py" line="32" />
      <source>Complete submission on</source>
      <translation>완전 제출일</translation>
    </message>
    <message>
      <location filename="workbench/ui/dialogs/reduction_steps.py" line="69" />
      <source>Complete submission on: the clock runs from it; give the date.</source>
      <translation>완전 제출일: 검토 기한은 이 날부터 계산됩니다. 날짜를 입력하십시오.</translation>
    </message>
    <message>
      <location filename="workbench/ui/dialogs/reduction_steps.py" line="36" />
      <source>Completed on</source>
      <translation>완료일</translation>
    </message>
    <message>
      <location filename="workbench/ui/dialogs/kets_calculator.py" line="152" />
      <source>Compliance year (its phase follows from the year)</source>
      <translation>이행연도 (계획기간은 연도로 정해짐)</translation>
    </message>
    <message>
      <location filename="workbench/ui/dialogs/kets_calculator.py" line="88" />
      <source>Compute the average price from the year's traded value and volume</source>
      <translation>해당 연도 총 거래금액과 총 거래량으로 시장 평균 가격 계산</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/footprint_uncertainty.py" line="37" />
      <source>Confidence</source>
      <translation>신뢰도</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/reduction.py" line="84" />
      <source>Conformity review (30-day clock)</source>
      <translation>적정성 검토 (30일 기한)</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/entities.py" line="93" />
      <source>Consolidate subsidiaries' files...</source>
      <translation>자회사 파일 통합...</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/entities.py" line="330" />
      <source>Consolidating subsidiaries</source>
      <translation>자회사 통합 중</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/boundary.py" line="78" />
      <source>Consolidation</source>
      <translation>통합 기준</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/entities.py" line="134" />
      <source>Consolidation approach: {0}</source>
      <translation>조직 경계 설정 방식: {0}</translation>
    </message>
    <message>
      <location filename="workbench/ui/i18n_service.py" line="226" />
      <source>Contribution analysis</source>
      <translation>기여도 분석 중</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/product.py" line="105" />
      <source>Contribution tree</source>
      <translation>기여도 트리</translation>
    </message>
    <message>
      <location filename="workbench/ui/dialogs/checked_form.py" line="166" />
      <source>Correct the fields marked in red; nothing has been saved.</source>
      <translation>빨간색으로 표시된 항목을 고치세요. 아무것도 저장되지 않았습니다.</translation>
    </message>
    <message>
      <location filename="workbench/ui/main_window.py" line="217" />
      <source>Could not open {0}</source>
      <translation>열 수 없습니다: {0}</translation>
    </message>
    <message>
      <location filename="workbench/ui/main_window.py" line="282" />
      <source>Could not show {0}</source>
      <translation>표시할 수 없습니다: {0}</translation>
    </message>
    <message>
      <location filename="workbench/ui/dialogs/import_wizard.py" line="103" />
      <source>Count</source>
      <translation>건수</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/entities.py" line="56" />
      <source>Counted %</source>
      <translation>반영 비율 %</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/entities.py" line="109" />
      <source>Counted (tCO2e)</source>
      <translation>반영 배출량 (tCO2e)</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/offsets.py" line="230" />
      <source>Covered.</source>
      <translation>충족.</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/verification.py" line="103" />
      <source>Create key...</source>
      <translation>키 만들기...</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/verification.py" line="363" />
      <source>Create or load your verifier key first.</source>
      <translation>먼저 검증기관 키를 만들거나 불러오십시오.</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/verification.py" line="341" />
      <source>Create verifier key</source>
      <translation>검증기관 키 만들기</translation>
    </message>
    <message>
      <location filename="workbench/ui/widgets/finding_details.py" line="39" />
      <source>Credit lot {0}: {1} {2}, {3} credits</source>
      <translation>크레딧 로트 {0}: {1} {2}, 크레딧 {3}개</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/offsets.py" line="135" />
      <source>Credit portfolio</source>
      <translation>크레딧 포트폴리오</translation>
    </message>
    <message>
      <location filename="workbench/ui/dialogs/reduction.py" line="90" />
      <source>Crediting period from</source>
      <translation>인증유효기간 시작</translation>
    </message>
    <message>
      <location filename="workbench/ui/dialogs/reduction.py" line="96" />
      <source>Crediting period to</source>
      <translation>인증유효기간 종료</translation>
    </message>
    <message>
      <location filename="workbench/ui/dialogs/portfolio.py" line="54" />
      <source>Credits</source>
      <translation>크레딧</translation>
    </message>
    <message>
      <location filename="workbench/ui/dialogs/reduction_steps.py" line="122" />
      <source>Credits: '{0}' is not a positive whole number (1 credit = 1 tCO2e).</source>
      <translation>크레딧: '{0}'은(는) 양의 정수가 아닙니다 (크레딧 1개 = 1 tCO2e).</translation>
    </message>
    <message>
      <location filename="workbench/ui/dialogs/reduction_steps.py" line="127" />
      <source>Credits: {0} is more than the monitored reduction of the period ({1} t).</source>
      <translation>크레딧: {0}은(는) 해당 기간의 모니터링 감축량({1} t)보다 많습니다.</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/verification.py" line="139" />
      <source>Criteria</source>
      <translation>기준</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/footprint_uncertainty.py" line="147" />
      <source>Data quality: no pedigree scores went into this run.</source>
      <translation>데이터 품질: 이 실행에는 페디그리 점수가 반영되지 않았습니다.</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/footprint_uncertainty.py" line="148" />
      <source>Data quality: the pedigree scores of {0} rows ({1} source(s)) went into this run.</source>
      <translation>데이터 품질: {0}개 행(배출원 {1}개)의 페디그리 점수가 이 실행에 반영되었습니다.</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/product_import.py" line="68" />
      <source>Database name</source>
      <translation>데이터베이스 이름</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/offsets.py" line="305" />
      <source>Declaration date (YYYY-MM-DD)</source>
      <translation>선언일 (YYYY-MM-DD)</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/plan.py" line="80" />
      <source>Delete</source>
      <translation>삭제</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/footprint_tabs.py" line="74" />
      <source>Delete instrument</source>
      <translation>계약 수단 삭제</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/footprint_tabs.py" line="248" />
      <source>Delete instrument {0}</source>
      <translation>계약 수단 삭제: {0}</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/offsets.py" line="108" />
      <source>Delete lot</source>
      <translation>로트 삭제</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/offsets.py" line="379" />
      <source>Delete lot {0}</source>
      <translation>로트 {0} 삭제</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/plan.py" line="304" />
      <source>Delete measure {0}</source>
      <translation>감축 조치 삭제: {0}</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/inventory.py" line="95" />
      <source>Delete row</source>
      <translation>행 삭제</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/inventory.py" line="231" />
      <source>Delete row {0}</source>
      <translation>{0}행 삭제</translation>
    </message>
    <message>
      <location filename="workbench/ui/main_window.py" line="420" />
      <source>Delete the selected ledger row</source>
      <translation>선택한 원장 행 삭제</translation>
    </message>
    <message>
      <location filename="workbench/ui/dialogs/finding.py" line="44" />
      <source>Description</source>
      <translation>설명</translation>
    </message>
    <message>
      <location filename="workbench/ui/dialogs/checks.py" line="21" />
      <source>Did you mean {0}?</source>
      <translation>{0}을(를) 말씀하신 건가요?</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/product.py" line="119" />
      <source>Difference</source>
      <translation>차이</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/product.py" line="104" />
      <source>Direct</source>
      <translation>직접</translation>
    </message>
    <message>
      <location filename="workbench/ui/i18n_extra.py" line="27" />
      <source>Direct GHG emissions and removals</source>
      <translation>직접 온실가스 배출 및 제거</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/inventory_quality.py" line="15" />
      <source>Distribution</source>
      <translation>분포</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/product_results.py" line="30" />
      <source>Distribution and transport</source>
      <translation>유통 및 운송</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/entities.py" line="59" />
      <source>Divested</source>
      <translation>매각일</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/entities.py" line="286" />
      <source>Divested (YYYY-MM-DD, optional)</source>
      <translation>매각일 (YYYY-MM-DD, 선택)</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/certificate.py" line="92" />
      <source>Document</source>
      <translation>문서</translation>
    </message>
    <message>
      <location filename="workbench/ui/dialogs/reduction_steps.py" line="42" />
      <source>Documents submitted</source>
      <translation>제출 문서</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/certificate.py" line="251" />
      <source>Does NOT match the project.</source>
      <translation>프로젝트와 일치하지 않습니다.</translation>
    </message>
    <message>
      <location filename="workbench/ui/i18n_service.py" line="227" />
      <source>Done</source>
      <translation>완료</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/verification.py" line="165" />
      <source>Double-click an item to see its row</source>
      <translation>항목을 두 번 클릭하면 해당 행을 보여 줍니다</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/inventory.py" line="71" />
      <source>Double-click to open the file</source>
      <translation>두 번 클릭하면 파일을 엽니다</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/verification.py" line="199" />
      <source>Double-click to show the data the finding is about</source>
      <translation>두 번 클릭하면 발견사항이 가리키는 데이터를 표시합니다</translation>
    </message>
    <message>
      <location filename="workbench/ui/i18n_extra.py" line="23" />
      <source>Downstream leased assets</source>
      <translation>다운스트림 임대 자산</translation>
    </message>
    <message>
      <location filename="workbench/ui/i18n_extra.py" line="19" />
      <source>Downstream transportation and distribution</source>
      <translation>다운스트림 운송 및 유통</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/verification.py" line="157" />
      <source>Draw sample</source>
      <translation>표본 추출</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/verification.py" line="409" />
      <source>Drawing the sample</source>
      <translation>표본 추출 중</translation>
    </message>
    <message>
      <location filename="workbench/ui/dialogs/unlinked.py" line="76" />
      <source>Drop (keep in the import record)</source>
      <translation>제외 (가져오기 기록에 보관)</translation>
    </message>
    <message>
      <location filename="workbench/ui/dialogs/portfolio.py" line="44" />
      <source>Earliest vintage</source>
      <translation>가장 이른 빈티지</translation>
    </message>
    <message>
      <location filename="workbench/ui/dialogs/reduction.py" line="166" />
      <source>Edit a monitored reading</source>
      <translation>모니터링 측정값 편집</translation>
    </message>
    <message>
      <location filename="workbench/ui/dialogs/reduction_actions.py" line="135" />
      <source>Edit a reading of {0}</source>
      <translation>{0} 측정값 편집</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/entities_edits.py" line="111" />
      <source>Edit entity {0}</source>
      <translation>법인 {0} 편집</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/entities.py" line="66" />
      <source>Edit entity...</source>
      <translation>법인 편집...</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/product.py" line="310" />
      <source>Edit exchange of {0}</source>
      <translation>{0}의 교환 수정</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/plan.py" line="349" />
      <source>Edit management plan: {0}</source>
      <translation>관리 계획 수정: {0}</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/plan.py" line="274" />
      <source>Edit measure {0}</source>
      <translation>감축 조치 수정: {0}</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/boundary.py" line="264" />
      <source>Edit organisation</source>
      <translation>조직 정보 수정</translation>
    </message>
    <message>
      <location filename="workbench/ui/dialogs/reduction.py" line="114" />
      <source>Edit parameter {0}</source>
      <translation>매개변수 {0} 편집</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/reduction.py" line="114" />
      <source>Edit parameter...</source>
      <translation>매개변수 편집...</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/reduction.py" line="116" />
      <source>Edit reading...</source>
      <translation>측정값 편집...</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/boundary.py" line="274" />
      <source>Edit subject</source>
      <translation>대상 수정</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/inventory.py" line="216" />
      <source>Edit {0} of row {1}</source>
      <translation>{1}행의 {0} 수정</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/plan.py" line="79" />
      <source>Edit...</source>
      <translation>수정...</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/reduction.py" line="192" />
      <source>Eligibility</source>
      <translation>적격성</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/entities.py" line="120" />
      <source>Eliminated (tCO2e)</source>
      <translation>상계 배출량 (tCO2e)</translation>
    </message>
    <message>
      <location filename="workbench/ui/dialogs/factor_picker.py" line="101" />
      <source>Emission factor for {0}</source>
      <translation>{0}의 배출계수</translation>
    </message>
    <message>
      <location filename="workbench/ui/dialogs/source.py" line="52" />
      <source>Emission factor id</source>
      <translation>배출계수 ID</translation>
    </message>
    <message>
      <location filename="workbench/ui/dialogs/factor_picker.py" line="103" />
      <source>Emission factors</source>
      <translation>배출계수</translation>
    </message>
    <message>
      <location filename="workbench/ui/dialogs/instrument.py" line="78" />
      <source>Emission rate</source>
      <translation>배출률</translation>
    </message>
    <message>
      <location filename="workbench/ui/dialogs/import_preview.py" line="183" />
      <source>Emission source</source>
      <translation>배출원</translation>
    </message>
    <message>
      <location filename="workbench/ui/widgets/finding_details.py" line="70" />
      <source>Emission source {0}: {1}, {2} activity rows</source>
      <translation>배출원 {0}: {1}, 활동 행 {2}개</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/boundary.py" line="152" />
      <source>Emission sources</source>
      <translation>배출원</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/boundary.py" line="120" />
      <source>Emission sources by scope and category</source>
      <translation>Scope 및 카테고리별 배출원</translation>
    </message>
    <message>
      <location filename="workbench/ui/i18n_extra.py" line="17" />
      <source>Employee commuting</source>
      <translation>직원 통근</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/product_results.py" line="32" />
      <source>End of life</source>
      <translation>폐기 처리</translation>
    </message>
    <message>
      <location filename="workbench/ui/i18n_extra.py" line="22" />
      <source>End-of-life treatment of sold products</source>
      <translation>판매 제품의 폐기 처리</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/entities.py" line="120" />
      <source>Energy</source>
      <translation>에너지</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/entities_edits.py" line="246" />
      <source>Energy ({0})</source>
      <translation>에너지 ({0})</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/verification.py" line="111" />
      <source>Engagement</source>
      <translation>검증 업무</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/plan.py" line="128" />
      <source>English</source>
      <translation>영어</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/entities.py" line="315" />
      <source>Entity</source>
      <translation>법인</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/entities.py" line="53" />
      <source>Equity %</source>
      <translation>지분율 %</translation>
    </message>
    <message>
      <location filename="workbench/ui/errors.py" line="55" />
      <source>Error</source>
      <translation>오류</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/reduction.py" line="137" />
      <source>Estimate or monitoring period</source>
      <translation>예상치 또는 모니터링 기간</translation>
    </message>
    <message>
      <location filename="workbench/ui/dialogs/new_project.py" line="38" />
      <source>Event</source>
      <translation>행사</translation>
    </message>
    <message>
      <location filename="workbench/ui/dialogs/reduction.py" line="191" />
      <source>Evidence</source>
      <translation>증빙</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/entities_edits.py" line="249" />
      <source>Evidence (contract, meter, invoice)</source>
      <translation>증빙 (계약서, 계량기, 청구서)</translation>
    </message>
    <message>
      <location filename="workbench/ui/dialogs/instrument.py" line="95" />
      <source>Evidence ({0});;All files (*)</source>
      <translation>증빙 ({0});;모든 파일 (*)</translation>
    </message>
    <message>
      <location filename="workbench/ui/dialogs/instrument.py" line="81" />
      <source>Evidence file</source>
      <translation>증빙 파일</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/inventory.py" line="69" />
      <source>Evidence for the selected row</source>
      <translation>선택한 행의 증빙</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/entities_edits.py" line="130" />
      <source>Evidence note (optional)</source>
      <translation>증빙 메모 (선택)</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/entities.py" line="86" />
      <source>Evidence of the selected entity:</source>
      <translation>선택한 법인의 증빙:</translation>
    </message>
    <message>
      <location filename="workbench/ui/widgets/evidence_viewer.py" line="47" />
      <source>Evidence: {0}</source>
      <translation>증빙: {0}</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/reduction.py" line="273" />
      <source>Ex ante, per year</source>
      <translation>연간 사전 예상 감축량</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/reduction.py" line="142" />
      <source>Ex-ante for the period (t)</source>
      <translation>해당 기간 사전 예상 (t)</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/verification.py" line="172" />
      <source>Exception</source>
      <translation>예외</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/product_results.py" line="177" />
      <source>Exchanges and parameters drawn from their distributions; a formula exchange keeps its own uncertainty on top of its parameters'.</source>
      <translation>교환과 매개변수를 각자의 분포에서 추출합니다. 수식으로 정의된 교환은 매개변수의 불확도에 더해 자체 불확도도 유지합니다.</translation>
    </message>
    <message>
      <location filename="workbench/ui/dialogs/unlinked.py" line="35" />
      <source>Exchanges that could not be linked</source>
      <translation>연결할 수 없는 교환</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/boundary.py" line="311" />
      <source>Exclude source</source>
      <translation>배출원 제외</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/boundary.py" line="138" />
      <source>Exclude with justification...</source>
      <translation>사유와 함께 제외...</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/boundary.py" line="323" />
      <source>Exclude {0}</source>
      <translation>{0} 제외</translation>
    </message>
    <message>
      <location filename="workbench/ui/main_window.py" line="422" />
      <source>Export PDF</source>
      <translation>PDF 내보내기</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/certificate.py" line="77" />
      <source>Export PDF...</source>
      <translation>PDF 내보내기...</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/product_results.py" line="234" />
      <source>Export results</source>
      <translation>결과 내보내기</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/product_results.py" line="81" />
      <source>Export results...</source>
      <translation>결과 내보내기...</translation>
    </message>
    <message>
      <location filename="workbench/ui/widgets/table_export.py" line="113" />
      <source>Export table</source>
      <translation>표 내보내기</translation>
    </message>
    <message>
      <location filename="workbench/ui/widgets/table_export.py" line="134" />
      <source>Export table to CSV...</source>
      <translation>표를 CSV로 내보내기...</translation>
    </message>
    <message>
      <location filename="workbench/ui/widgets/table_export.py" line="135" />
      <source>Export table to Excel (XLSX)...</source>
      <translation>표를 Excel(XLSX)로 내보내기...</translation>
    </message>
    <message>
      <location filename="workbench/ui/widgets/table_export.py" line="124" />
      <source>Exported {0} rows to {1}</source>
      <translation>{0}행을 내보냈습니다: {1}</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/certificate.py" line="231" />
      <source>Exporting {0}</source>
      <translation>{0} 내보내는 중</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/footprint_tabs.py" line="28" />
      <source>Factor</source>
      <translation>배출계수</translation>
    </message>
    <message>
      <location filename="workbench/ui/i18n_service.py" line="221" />
      <source>Factor database ready</source>
      <translation>배출계수 데이터베이스 준비 완료</translation>
    </message>
    <message>
      <location filename="workbench/ui/dialogs/factor_picker.py" line="57" />
      <source>Factor id</source>
      <translation>배출계수 ID</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/footprint_tabs.py" line="28" />
      <source>Factor name</source>
      <translation>배출계수 이름</translation>
    </message>
    <message>
      <location filename="workbench/ui/dialogs/import_wizard.py" line="49" />
      <source>File</source>
      <translation>파일</translation>
    </message>
    <message>
      <location filename="workbench/ui/welcome.py" line="63" />
      <source>File not found</source>
      <translation>파일을 찾을 수 없음</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/product_import.py" line="62" />
      <source>File or folder</source>
      <translation>파일 또는 폴더</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/product_import.py" line="56" />
      <source>File...</source>
      <translation>파일...</translation>
    </message>
    <message>
      <location filename="workbench/ui/statusbar.py" line="42" />
      <source>File: {0}</source>
      <translation>파일: {0}</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/inventory.py" line="40" />
      <source>Filter: source, description, reference, site</source>
      <translation>필터: 배출원, 설명, 참조, 사업장</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/entities.py" line="54" />
      <source>Financial control</source>
      <translation>재무 통제</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/entities.py" line="277" />
      <source>Financial control ({0})</source>
      <translation>재무 통제 ({0})</translation>
    </message>
    <message>
      <location filename="workbench/ui/widgets/findings.py" line="37" />
      <source>Finding</source>
      <translation>발견사항</translation>
    </message>
    <message>
      <location filename="workbench/ui/widgets/jump.py" line="74" />
      <source>Finding {0} is about the whole file, not one row.</source>
      <translation>발견사항 {0}은(는) 한 행이 아니라 파일 전체에 관한 것입니다.</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/verification.py" line="212" />
      <source>Findings</source>
      <translation>발견사항</translation>
    </message>
    <message>
      <location filename="workbench/ui/i18n_service.py" line="258" />
      <source>Fingerprinting {table}</source>
      <translation>지문(해시) 계산 중: {table}</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/offsets.py" line="299" />
      <source>First claim period (yes/no)</source>
      <translation>첫 주장 기간 (yes/no)</translation>
    </message>
    <message>
      <location filename="workbench/ui/dialogs/reduction_steps.py" line="97" />
      <source>First serial number</source>
      <translation>첫 일련번호</translation>
    </message>
    <message>
      <location filename="workbench/ui/dialogs/reduction_steps.py" line="135" />
      <source>First serial number: '{0}' is not a positive whole number.</source>
      <translation>첫 일련번호: '{0}'은(는) 양의 정수가 아닙니다.</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/product_import.py" line="57" />
      <source>Folder...</source>
      <translation>폴더...</translation>
    </message>
    <message>
      <location filename="workbench/ui/i18n_service.py" line="218" />
      <source>Footprint calculated</source>
      <translation>탄소발자국 계산 완료</translation>
    </message>
    <message>
      <location filename="workbench/ui/i18n_service.py" line="216" />
      <source>Footprint complete</source>
      <translation>탄소발자국 계산 완료</translation>
    </message>
    <message>
      <location filename="workbench/ui/i18n_service.py" line="217" />
      <source>Footprint stored</source>
      <translation>탄소발자국 저장 완료</translation>
    </message>
    <message>
      <location filename="workbench/ui/dialogs/exchange.py" line="48" />
      <source>Foreground activity</source>
      <translation>전경 활동</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/product_import.py" line="66" />
      <source>Format</source>
      <translation>형식</translation>
    </message>
    <message>
      <location filename="workbench/ui/i18n_extra.py" line="24" />
      <source>Franchises</source>
      <translation>프랜차이즈</translation>
    </message>
    <message>
      <location filename="workbench/ui/dialogs/audit_log.py" line="79" />
      <source>From</source>
      <translation>시작</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/inventory.py" line="279" />
      <source>From (YYYY-MM-DD)</source>
      <translation>시작 (YYYY-MM-DD)</translation>
    </message>
    <message>
      <location filename="workbench/ui/welcome.py" line="30" />
      <source>From activity data to a verified carbon-neutrality claim: boundary, inventory, footprint, reduction plan, offsets, verification and certificate in one project file.</source>
      <translation>활동자료에서 검증된 탄소중립 주장까지: 경계, 인벤토리, 탄소발자국, 감축 계획, 상쇄, 검증, 인증서를 하나의 프로젝트 파일에서 관리합니다.</translation>
    </message>
    <message>
      <location filename="workbench/ui/i18n_extra.py" line="13" />
      <source>Fuel- and energy-related activities</source>
      <translation>연료 및 에너지 관련 활동</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/product.py" line="352" />
      <source>Functional unit</source>
      <translation>기능 단위</translation>
    </message>
    <message>
      <location filename="workbench/ui/dialogs/new_project.py" line="92" />
      <source>GWP set</source>
      <translation>GWP 기준</translation>
    </message>
    <message>
      <location filename="workbench/ui/dialogs/factor_picker.py" line="61" />
      <source>Gases</source>
      <translation>가스</translation>
    </message>
    <message>
      <location filename="workbench/ui/dialogs/instrument.py" line="31" />
      <source>Green tariff</source>
      <translation>녹색프리미엄 요금제</translation>
    </message>
    <message>
      <location filename="workbench/ui/dialogs/portfolio.py" line="41" />
      <source>ICVCM CCP-labelled credits only</source>
      <translation>ICVCM CCP 라벨 크레딧만</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/boundary.py" line="126" />
      <source>ISO 14064-1</source>
      <translation>ISO 14064-1</translation>
    </message>
    <message>
      <location filename="workbench/ui/dialogs/new_project.py" line="83" />
      <source>ISO 14068-1:2023 (current)</source>
      <translation>ISO 14068-1:2023 (현행)</translation>
    </message>
    <message>
      <location filename="workbench/ui/dialogs/finding.py" line="46" />
      <source>Impact tCO2e</source>
      <translation>영향 tCO2e</translation>
    </message>
    <message>
      <location filename="workbench/ui/dialogs/import_wizard.py" line="109" />
      <source>Import</source>
      <translation>가져오기</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/inventory.py" line="93" />
      <source>Import CSV/Excel...</source>
      <translation>CSV/Excel 가져오기...</translation>
    </message>
    <message>
      <location filename="workbench/ui/dialogs/import_wizard.py" line="37" />
      <source>Import activity data</source>
      <translation>활동자료 가져오기</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/product_import.py" line="50" />
      <source>Import background database</source>
      <translation>배경 데이터베이스 가져오기</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/product.py" line="59" />
      <source>Import background database...</source>
      <translation>배경 데이터베이스 가져오기...</translation>
    </message>
    <message>
      <location filename="workbench/ui/dialogs/reduction.py" line="203" />
      <source>Import readings from CSV or XLSX</source>
      <translation>CSV 또는 XLSX에서 측정값 가져오기</translation>
    </message>
    <message>
      <location filename="workbench/ui/dialogs/reduction_actions.py" line="152" />
      <source>Import readings of {0}</source>
      <translation>{0} 측정값 가져오기</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/reduction.py" line="117" />
      <source>Import readings...</source>
      <translation>측정값 가져오기...</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/offsets.py" line="353" />
      <source>Import registry file</source>
      <translation>등록부 파일 가져오기</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/offsets.py" line="104" />
      <source>Import registry file...</source>
      <translation>등록부 파일 가져오기...</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/offsets.py" line="363" />
      <source>Import retirements</source>
      <translation>상쇄 소각 목록 가져오기</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/offsets.py" line="105" />
      <source>Import retirements of another project...</source>
      <translation>다른 프로젝트의 소각 목록 가져오기...</translation>
    </message>
    <message>
      <location filename="workbench/ui/dialogs/unlinked.py" line="86" />
      <source>Import with these choices</source>
      <translation>이 선택으로 가져오기</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/inventory.py" line="338" />
      <source>Import {0}</source>
      <translation>{0} 가져오기</translation>
    </message>
    <message>
      <location filename="workbench/ui/dialogs/import_wizard.py" line="246" />
      <source>Import {0} rows</source>
      <translation>{0}행 가져오기</translation>
    </message>
    <message>
      <location filename="workbench/ui/dialogs/import_wizard.py" line="295" />
      <source>Imported {0} rows from {1}; Undo (Ctrl+Z) removes them.</source>
      <translation>{1}에서 {0}행을 가져왔습니다. 실행 취소(Ctrl+Z)로 되돌릴 수 있습니다.</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/inventory.py" line="347" />
      <source>Importing activity data</source>
      <translation>활동자료 가져오는 중</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/product_import.py" line="169" />
      <source>Importing background database</source>
      <translation>배경 데이터베이스 가져오는 중</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/offsets.py" line="348" />
      <source>Importing credit lots</source>
      <translation>크레딧 로트 가져오는 중</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/boundary.py" line="139" />
      <source>Include</source>
      <translation>포함</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/boundary.py" line="323" />
      <source>Include {0}</source>
      <translation>{0} 포함</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/boundary.py" line="129" />
      <source>Included</source>
      <translation>포함</translation>
    </message>
    <message>
      <location filename="workbench/ui/i18n_extra.py" line="28" />
      <source>Indirect emissions from imported energy</source>
      <translation>수입 에너지로 인한 간접 배출</translation>
    </message>
    <message>
      <location filename="workbench/ui/i18n_extra.py" line="30" />
      <source>Indirect emissions from products used</source>
      <translation>사용 제품으로 인한 간접 배출</translation>
    </message>
    <message>
      <location filename="workbench/ui/i18n_extra.py" line="31" />
      <source>Indirect emissions from the use of the organisation's products</source>
      <translation>조직 제품 사용으로 인한 간접 배출</translation>
    </message>
    <message>
      <location filename="workbench/ui/i18n_extra.py" line="29" />
      <source>Indirect emissions from transportation</source>
      <translation>운송으로 인한 간접 배출</translation>
    </message>
    <message>
      <location filename="workbench/ui/dialogs/import_wizard.py" line="60" />
      <source>Into period</source>
      <translation>대상 기간</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/entities_edits.py" line="229" />
      <source>Intra-group transfer {0} to {1}</source>
      <translation>그룹 내 거래 {0} → {1}</translation>
    </message>
    <message>
      <location filename="workbench/ui/i18n_extra.py" line="25" />
      <source>Investments</source>
      <translation>투자</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/reduction.py" line="119" />
      <source>Issue credits...</source>
      <translation>크레딧 발급 기록...</translation>
    </message>
    <message>
      <location filename="workbench/ui/dialogs/reduction_actions.py" line="224" />
      <source>Issue {0} credits for {1}</source>
      <translation>{1} 기간 크레딧 {0}개 발급</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/certificate.py" line="92" />
      <source>Issued</source>
      <translation>발급일</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/reduction.py" line="194" />
      <source>Issued credits</source>
      <translation>발급된 크레딧</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/certificate.py" line="100" />
      <source>Issued documents</source>
      <translation>발급 문서</translation>
    </message>
    <message>
      <location filename="workbench/ui/dialogs/reduction_steps.py" line="95" />
      <source>Issued on</source>
      <translation>발급일</translation>
    </message>
    <message>
      <location filename="workbench/ui/dialogs/reduction_steps.py" line="142" />
      <source>Issued on: {0} is before the end of the period {1}; credits are issued ex post.</source>
      <translation>발급일: {0}은(는) 기간 종료일 {1} 이전입니다. 크레딧은 사후에 발급됩니다.</translation>
    </message>
    <message>
      <location filename="workbench/ui/dialogs/reduction_steps.py" line="146" />
      <source>Issued on: {0} is in the future; record it once it has happened.</source>
      <translation>발급일: {0}은(는) 미래 날짜입니다. 발급된 뒤에 기록하십시오.</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/footprint.py" line="158" />
      <source>Item</source>
      <translation>항목</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/verification.py" line="160" />
      <source>Items</source>
      <translation>항목 수</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/footprint.py" line="178" />
      <source>Iterations</source>
      <translation>반복 횟수</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/boundary.py" line="130" />
      <source>Justification</source>
      <translation>사유</translation>
    </message>
    <message>
      <location filename="workbench/ui/dialogs/kets_calculator.py" line="211" />
      <source>K-ETS calculators</source>
      <translation>배출권거래제 계산기</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/offsets.py" line="109" />
      <source>K-ETS calculators...</source>
      <translation>배출권거래제 계산기...</translation>
    </message>
    <message>
      <location filename="workbench/ui/i18n_service.py" line="236" />
      <source>K-ETS emission report</source>
      <translation>배출권거래제 명세서</translation>
    </message>
    <message>
      <location filename="workbench/ui/dialogs/reduction.py" line="48" />
      <source>KCCI Carbon Standard (KCR)</source>
      <translation>대한상의 탄소감축인증표준 (KCR)</translation>
    </message>
    <message>
      <location filename="workbench/ui/main_window.py" line="434" />
      <source>Keyboard shortcuts</source>
      <translation>단축키</translation>
    </message>
    <message>
      <location filename="workbench/ui/dialogs/exchange.py" line="47" />
      <source>Kind</source>
      <translation>종류</translation>
    </message>
    <message>
      <location filename="workbench/ui/dialogs/finding.py" line="38" />
      <source>Kind (CAR, CL, FAR)</source>
      <translation>종류 (CAR, CL, FAR)</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/plan.py" line="130" />
      <source>Korean</source>
      <translation>한국어</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/offsets.py" line="62" />
      <source>Labels</source>
      <translation>라벨</translation>
    </message>
    <message>
      <location filename="workbench/ui/dialogs/preferences.py" line="20" />
      <source>Language</source>
      <translation>언어</translation>
    </message>
    <message>
      <location filename="workbench/ui/dialogs/portfolio.py" line="45" />
      <source>Largest share of one project</source>
      <translation>한 프로젝트의 최대 비중</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/reduction.py" line="140" />
      <source>Leakage (t)</source>
      <translation>누출 (t)</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/verification.py" line="137" />
      <source>Level of assurance</source>
      <translation>보증 수준</translation>
    </message>
    <message>
      <location filename="workbench/ui/dialogs/factor_picker.py" line="65" />
      <source>Licence</source>
      <translation>이용 조건</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/product_import.py" line="71" />
      <source>Licensed data (e.g. ecoinvent)</source>
      <translation>라이선스 데이터 (예: ecoinvent)</translation>
    </message>
    <message>
      <location filename="workbench/ui/dialogs/measure.py" line="69" />
      <source>Lifetime (years)</source>
      <translation>수명 (년)</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/product_import.py" line="74" />
      <source>Link the file's inputs to (none checked: the file's own activities only)</source>
      <translation>파일의 투입물을 연결할 데이터베이스 (선택하지 않으면 파일 자체의 활동에만 연결)</translation>
    </message>
    <message>
      <location filename="workbench/ui/dialogs/unlinked.py" line="65" />
      <source>Link to</source>
      <translation>연결 대상</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/verification.py" line="104" />
      <source>Load key...</source>
      <translation>키 불러오기...</translation>
    </message>
    <message>
      <location filename="workbench/ui/dialogs/readiness.py" line="54" />
      <source>Load or create your verifier key first.</source>
      <translation>먼저 검증기관 키를 불러오거나 만드세요.</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/verification.py" line="347" />
      <source>Load verifier key</source>
      <translation>검증기관 키 불러오기</translation>
    </message>
    <message>
      <location filename="workbench/ui/main_window.py" line="475" />
      <source>Loading Brightway...</source>
      <translation>Brightway 불러오는 중...</translation>
    </message>
    <message>
      <location filename="workbench/ui/dialogs/new_project.py" line="61" />
      <source>Local name</source>
      <translation>현지 이름</translation>
    </message>
    <message>
      <location filename="workbench/ui/step_status.py" line="26" />
      <source>Lock: held by you since {0}</source>
      <translation>잠금: {0}부터 본인이 보유</translation>
    </message>
    <message>
      <location filename="workbench/ui/step_status.py" line="27" />
      <source>Locked by {0} on {1} since {2}</source>
      <translation>잠금: {0} ({1}), {2}부터</translation>
    </message>
    <message>
      <location filename="workbench/ui/dialogs/portfolio.py" line="54" />
      <source>Lot</source>
      <translation>로트</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/plan.py" line="116" />
      <source>MACC</source>
      <translation>한계감축비용곡선</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/entities.py" line="120" />
      <source>MWh</source>
      <translation>MWh</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/footprint_uncertainty.py" line="33" />
      <source>Main contributors</source>
      <translation>주요 기여 요인</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/plan.py" line="133" />
      <source>Management plan</source>
      <translation>관리 계획</translation>
    </message>
    <message>
      <location filename="workbench/ui/dialogs/import_preview.py" line="197" />
      <source>Maps to</source>
      <translation>매핑 대상</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/certificate.py" line="251" />
      <source>Matches the project.</source>
      <translation>프로젝트와 일치합니다.</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/boundary.py" line="107" />
      <source>Materiality</source>
      <translation>중요성</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/verification.py" line="138" />
      <source>Materiality (a setting; common default 5 %)</source>
      <translation>중요성 (설정값, 일반적 기본값 5%)</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/boundary.py" line="49" />
      <source>Materiality check not available: {0}</source>
      <translation>중요성 점검을 할 수 없습니다: {0}</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/boundary.py" line="242" />
      <source>Materiality threshold: {0} % (a setting; common default 5 %)</source>
      <translation>중요성 기준: {0}% (설정값, 일반적 기본값 5%)</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/plan.py" line="61" />
      <source>Measure</source>
      <translation>감축 조치</translation>
    </message>
    <message>
      <location filename="workbench/ui/dialogs/reduction.py" line="181" />
      <source>Measured value</source>
      <translation>측정값</translation>
    </message>
    <message>
      <location filename="workbench/ui/dialogs/reduction.py" line="136" />
      <source>Meter or measuring method</source>
      <translation>계량기 또는 측정 방법</translation>
    </message>
    <message>
      <location filename="workbench/ui/dialogs/reduction.py" line="155" />
      <source>Meter or measuring method: a monitored parameter names its meter.</source>
      <translation>계량기 또는 측정 방법: 모니터링 매개변수에는 계량기를 지정해야 합니다.</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/reduction.py" line="78" />
      <source>Methodology and project prepared</source>
      <translation>방법론 및 사업 준비</translation>
    </message>
    <message>
      <location filename="workbench/ui/dialogs/reduction.py" line="83" />
      <source>Methodology applied</source>
      <translation>적용 방법론</translation>
    </message>
    <message>
      <location filename="workbench/ui/dialogs/portfolio.py" line="43" />
      <source>Minimum removal share</source>
      <translation>최소 제거 크레딧 비율</translation>
    </message>
    <message>
      <location filename="workbench/ui/statusbar.py" line="43" />
      <source>Mode: {0}</source>
      <translation>모드: {0}</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/footprint_uncertainty.py" line="91" />
      <source>Model: {0}; {1} iterations; calculated {2}.</source>
      <translation>모델: {0}; 반복 {1}회; 계산 시각 {2}.</translation>
    </message>
    <message>
      <location filename="workbench/ui/dialogs/reduction.py" line="173" />
      <source>Monitored parameter</source>
      <translation>모니터링 매개변수</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/reduction.py" line="191" />
      <source>Monitored readings</source>
      <translation>모니터링 측정값</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/footprint_uncertainty.py" line="169" />
      <source>Monte Carlo</source>
      <translation>몬테카를로</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/product_results.py" line="215" />
      <source>Monte Carlo of {0}</source>
      <translation>{0} 몬테카를로</translation>
    </message>
    <message>
      <location filename="workbench/ui/i18n_service.py" line="250" />
      <source>Monte Carlo {a}/{b}</source>
      <translation>몬테카를로 {a}/{b}</translation>
    </message>
    <message>
      <location filename="workbench/ui/dialogs/reduction.py" line="48" />
      <source>MyCarbon standard (CRA)</source>
      <translation>마이카본 인증 표준 (CRA)</translation>
    </message>
    <message>
      <location filename="workbench/ui/dialogs/factor_picker.py" line="58" />
      <source>Name</source>
      <translation>이름</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/entities_edits.py" line="114" />
      <source>Name in Korean (optional)</source>
      <translation>한국어 이름 (선택)</translation>
    </message>
    <message>
      <location filename="workbench/ui/dialogs/audit_log.py" line="100" />
      <source>New</source>
      <translation>새 값</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/product.py" line="352" />
      <source>New product system</source>
      <translation>새 제품 시스템</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/product.py" line="347" />
      <source>New product system {0}</source>
      <translation>새 제품 시스템: {0}</translation>
    </message>
    <message>
      <location filename="workbench/ui/dialogs/new_project.py" line="45" />
      <source>New project</source>
      <translation>새 프로젝트</translation>
    </message>
    <message>
      <location filename="workbench/ui/welcome.py" line="37" />
      <source>New project...</source>
      <translation>새 프로젝트...</translation>
    </message>
    <message>
      <location filename="workbench/ui/dialogs/reduction.py" line="68" />
      <source>New reduction project</source>
      <translation>새 감축사업</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/reduction.py" line="112" />
      <source>New reduction project...</source>
      <translation>새 감축사업...</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/product.py" line="84" />
      <source>New system...</source>
      <translation>새 시스템...</translation>
    </message>
    <message>
      <location filename="workbench/ui/widgets/next_step.py" line="23" />
      <source>Next: add the emission sources of your sites (Add source...).</source>
      <translation>다음 단계: 사업장의 배출원을 추가하십시오(배출원 추가...).</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/product_results.py" line="72" />
      <source>No Monte Carlo run yet for this product.</source>
      <translation>이 제품은 아직 몬테카를로를 실행하지 않았습니다.</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/footprint_uncertainty.py" line="72" />
      <source>No Monte Carlo run yet: press Uncertainty (Monte Carlo).</source>
      <translation>몬테카를로를 아직 실행하지 않았습니다: 불확도 (몬테카를로)를 누르십시오.</translation>
    </message>
    <message>
      <location filename="workbench/ui/widgets/next_step.py" line="31" />
      <source>No activity data yet: import a file (Import CSV/Excel...) or add rows (Add activity...).</source>
      <translation>아직 활동자료가 없습니다: 파일을 가져오거나(CSV/Excel 가져오기...) 행을 추가하십시오(활동 추가...).</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/footprint.py" line="311" />
      <source>No base year: mark a period as the base year first.</source>
      <translation>기준연도가 없습니다: 먼저 기간을 기준연도로 지정하십시오.</translation>
    </message>
    <message>
      <location filename="workbench/ui/dialogs/kets_calculator.py" line="91" />
      <source>No cap per tonne</source>
      <translation>톤당 상한 없음</translation>
    </message>
    <message>
      <location filename="workbench/ui/widgets/chart.py" line="71" />
      <source>No chart to save yet.</source>
      <translation>저장할 차트가 아직 없습니다.</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/offsets.py" line="217" />
      <source>No credit lots yet: import a registry file to see the portfolio.</source>
      <translation>아직 크레딧 로트가 없습니다. 포트폴리오를 보려면 레지스트리 파일을 가져오십시오.</translation>
    </message>
    <message>
      <location filename="workbench/ui/widgets/next_step.py" line="67" />
      <source>No credit lots yet: import your registry's statement (Import registry file...), then retire credits.</source>
      <translation>아직 크레딧 로트가 없습니다: 등록부 내역을 가져온 뒤(등록부 파일 가져오기...) 크레딧을 상쇄 처리하십시오.</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/verification.py" line="173" />
      <source>No evidence</source>
      <translation>증빙 없음</translation>
    </message>
    <message>
      <location filename="workbench/ui/dialogs/portfolio.py" line="109" />
      <source>No feasible portfolio: {0}</source>
      <translation>가능한 포트폴리오가 없습니다: {0}</translation>
    </message>
    <message>
      <location filename="workbench/ui/dialogs/finding.py" line="18" />
      <source>No finding can be raised:</source>
      <translation>발견사항을 제기할 수 없습니다:</translation>
    </message>
    <message>
      <location filename="workbench/ui/widgets/findings.py" line="121" />
      <source>No findings.</source>
      <translation>발견사항이 없습니다.</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/footprint.py" line="210" />
      <source>No footprint yet.</source>
      <translation>아직 탄소발자국이 없습니다.</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/verification.py" line="102" />
      <source>No key loaded</source>
      <translation>불러온 키 없음</translation>
    </message>
    <message>
      <location filename="workbench/ui/widgets/next_step.py" line="43" />
      <source>No product yet: create a product system (New system...), then add its activities and exchanges.</source>
      <translation>아직 제품이 없습니다: 제품 시스템을 만든 뒤(새 시스템...) 활동과 교환을 추가하십시오.</translation>
    </message>
    <message>
      <location filename="workbench/ui/widgets/evidence.py" line="49" />
      <source>No program on this computer opens {0}; a copy is at {1}.</source>
      <translation>이 컴퓨터에는 {0}을(를) 여는 프로그램이 없습니다. 사본 위치: {1}</translation>
    </message>
    <message>
      <location filename="workbench/ui/statusbar.py" line="42" />
      <source>No project open</source>
      <translation>열린 프로젝트 없음</translation>
    </message>
    <message>
      <location filename="workbench/ui/widgets/next_step.py" line="51" />
      <source>No reduction measures yet: calculate the footprint (step 3), then add measures (Add measure...).</source>
      <translation>아직 감축 조치가 없습니다: 배출량을 계산한 뒤(3단계) 감축 조치를 추가하십시오(감축 조치 추가...).</translation>
    </message>
    <message>
      <location filename="workbench/ui/widgets/next_step.py" line="59" />
      <source>No reduction project yet: start one (New reduction project...) to monitor and issue credits.</source>
      <translation>아직 감축사업이 없습니다: 감축사업을 시작하여(새 감축사업...) 모니터링하고 크레딧을 발행하십시오.</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/footprint_tabs.py" line="224" />
      <source>No scope 2 source: add one on the boundary page first.</source>
      <translation>Scope 2 배출원이 없습니다. 먼저 경계 페이지에서 추가하십시오.</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/plan.py" line="196" />
      <source>No target set yet.</source>
      <translation>아직 목표가 설정되지 않았습니다.</translation>
    </message>
    <message>
      <location filename="workbench/ui/dialogs/readiness.py" line="80" />
      <source>No unmodified opinion: the uncorrected misstatements ({0} tCO2e) are material (threshold {1} %); record a modified or adverse opinion.</source>
      <translation>적정 의견을 낼 수 없습니다: 수정되지 않은 왜곡표시({0} tCO2e)가 중요합니다(기준 {1} %). 한정 의견 또는 부적정 의견을 기록하세요.</translation>
    </message>
    <message>
      <location filename="workbench/ui/widgets/next_step.py" line="75" />
      <source>No verification yet: the verifier opens this file in verifier mode (File &gt; Open as verifier), loads a key and presses Start verification.</source>
      <translation>아직 검증이 없습니다: 검증기관이 이 파일을 검증기관 모드로 열고(파일 &gt; 검증기관으로 열기) 키를 불러온 뒤 검증 시작을 누릅니다.</translation>
    </message>
    <message>
      <location filename="workbench/ui/dialogs/readiness.py" line="71" />
      <source>No {0} opinion while a CAR or CL is open ({1}): close them, or record an adverse opinion or a disclaimer.</source>
      <translation>CAR 또는 CL이 열려 있는 동안에는 {0} 의견을 낼 수 없습니다({1}). 이를 종결하거나 부적정 의견 또는 의견거절을 기록하세요.</translation>
    </message>
    <message>
      <location filename="workbench/ui/i18n_service.py" line="265" />
      <source>Normalising {n} elementary flows</source>
      <translation>기본 흐름 {n}개를 정규화하는 중</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/base.py" line="262" />
      <source>Not available in this build: {0}</source>
      <translation>이 빌드에서 사용할 수 없음: {0}</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/footprint.py" line="207" />
      <source>Not calculated yet: press Recalculate.</source>
      <translation>아직 계산되지 않았습니다: 다시 계산을 누르십시오.</translation>
    </message>
    <message>
      <location filename="workbench/ui/statusbar.py" line="54" />
      <source>Not signed</source>
      <translation>서명 안 됨</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/verification.py" line="61" />
      <source>Not verified: no verification started.</source>
      <translation>검증 안 됨: 검증이 시작되지 않았습니다.</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/offsets.py" line="230" />
      <source>Not yet covered.</source>
      <translation>아직 충족되지 않음.</translation>
    </message>
    <message>
      <location filename="workbench/ui/widgets/next_step.py" line="37" />
      <source>Nothing to calculate yet: enter activity data on step 2, then press Recalculate.</source>
      <translation>아직 계산할 것이 없습니다: 2단계에서 활동자료를 입력한 뒤 다시 계산을 누르십시오.</translation>
    </message>
    <message>
      <location filename="workbench/ui/widgets/next_step.py" line="83" />
      <source>Nothing to declare yet: calculate the footprint (step 3) and retire credits (step 5), then Preview.</source>
      <translation>아직 선언할 것이 없습니다: 배출량을 계산하고(3단계) 크레딧을 상쇄 처리한 뒤(5단계) 미리 보기를 누르십시오.</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/footprint.py" line="278" />
      <source>Nothing to show.</source>
      <translation>표시할 내용이 없습니다.</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/product_results.py" line="102" />
      <source>Nothing to show: the footprint is 0.</source>
      <translation>표시할 내용 없음: 탄소발자국이 0입니다.</translation>
    </message>
    <message>
      <location filename="workbench/ui/dialogs/preferences.py" line="21" />
      <source>Numbers and dates follow the language's locale.</source>
      <translation>숫자와 날짜는 해당 언어의 지역 형식을 따릅니다.</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/reduction.py" line="93" />
      <source>Objection answered (30-day clock)</source>
      <translation>이의신청 처리 (30일 기한)</translation>
    </message>
    <message>
      <location filename="workbench/ui/dialogs/audit_log.py" line="99" />
      <source>Old</source>
      <translation>이전 값</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/base.py" line="208" />
      <source>Only the verifier can change this (open the file in verifier mode).</source>
      <translation>검증기관만 변경할 수 있습니다 (검증기관 모드로 파일을 여십시오).</translation>
    </message>
    <message>
      <location filename="workbench/ui/dialogs/readiness.py" line="34" />
      <source>Only the verifier raises findings: open the file in verifier mode.</source>
      <translation>발견사항은 검증기관만 제기할 수 있습니다. 파일을 검증기관 모드로 여세요.</translation>
    </message>
    <message>
      <location filename="workbench/ui/dialogs/readiness.py" line="45" />
      <source>Only the verifier signs: open the file in verifier mode.</source>
      <translation>서명은 검증기관만 할 수 있습니다. 파일을 검증기관 모드로 여세요.</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/base.py" line="216" />
      <source>Open a project first.</source>
      <translation>먼저 프로젝트를 여십시오.</translation>
    </message>
    <message>
      <location filename="workbench/ui/main_window.py" line="109" />
      <source>Open as verifier...</source>
      <translation>검증기관으로 열기...</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/inventory.py" line="74" />
      <source>Open evidence</source>
      <translation>증빙 열기</translation>
    </message>
    <message>
      <location filename="workbench/ui/main_window.py" line="204" />
      <source>Open project</source>
      <translation>프로젝트 열기</translation>
    </message>
    <message>
      <location filename="workbench/ui/welcome.py" line="38" />
      <source>Open project...</source>
      <translation>프로젝트 열기...</translation>
    </message>
    <message>
      <location filename="workbench/ui/main_window.py" line="107" />
      <source>Open read-only...</source>
      <translation>읽기 전용으로 열기...</translation>
    </message>
    <message>
      <location filename="workbench/ui/main_window.py" line="111" />
      <source>Open the &amp;demo</source>
      <translation>데모 열기(&amp;D)</translation>
    </message>
    <message>
      <location filename="workbench/ui/welcome.py" line="39" />
      <source>Open the demo</source>
      <translation>데모 열기</translation>
    </message>
    <message>
      <location filename="workbench/ui/widgets/evidence_viewer.py" line="65" />
      <source>Open with the desktop's program</source>
      <translation>기본 프로그램으로 열기</translation>
    </message>
    <message>
      <location filename="workbench/ui/dialogs/measure.py" line="68" />
      <source>Operating cost change per year</source>
      <translation>연간 운영비 변화</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/entities.py" line="55" />
      <source>Operational control</source>
      <translation>운영 통제</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/entities.py" line="283" />
      <source>Operational control ({0})</source>
      <translation>운영 통제 ({0})</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/plan.py" line="65" />
      <source>Opex change/yr</source>
      <translation>운영비 변화/년</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/verification.py" line="229" />
      <source>Opinion</source>
      <translation>의견</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/verification.py" line="233" />
      <source>Opinion and sign-off</source>
      <translation>의견 및 서명</translation>
    </message>
    <message>
      <location filename="workbench/ui/dialogs/new_project.py" line="34" />
      <source>Organisation</source>
      <translation>조직</translation>
    </message>
    <message>
      <location filename="workbench/ui/dialogs/new_project.py" line="51" />
      <source>Organisation and subject</source>
      <translation>조직 및 대상</translation>
    </message>
    <message>
      <location filename="workbench/ui/dialogs/new_project.py" line="60" />
      <source>Organisation name</source>
      <translation>조직명</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/boundary.py" line="154" />
      <source>Organisational boundary</source>
      <translation>조직 경계</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/entities.py" line="42" />
      <source>Organisational boundary: entities and shares</source>
      <translation>조직 경계: 법인별 반영 비율</translation>
    </message>
    <message>
      <location filename="workbench/ui/i18n_extra.py" line="32" />
      <source>Other indirect emissions</source>
      <translation>기타 간접 배출</translation>
    </message>
    <message>
      <location filename="workbench/ui/dialogs/instrument.py" line="34" />
      <source>Other instrument</source>
      <translation>기타 계약 수단</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/footprint.py" line="216" />
      <source>Out of date: the data changed since this result was calculated. Recalculate before using it.</source>
      <translation>최신 아님: 계산 이후 데이터가 바뀌었습니다. 사용하기 전에 다시 계산하십시오.</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/offsets.py" line="132" />
      <source>Overlaps and double counting</source>
      <translation>중복 및 이중 계산</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/offsets.py" line="236" />
      <source>Overlaps and double counting ({0})</source>
      <translation>중복 및 이중 계산 ({0})</translation>
    </message>
    <message>
      <location filename="workbench/ui/dialogs/new_project.py" line="152" />
      <source>PAS 2060 is kept for periods before its withdrawal.</source>
      <translation>PAS 2060은 폐지 이전 기간에만 사용됩니다.</translation>
    </message>
    <message>
      <location filename="workbench/ui/dialogs/new_project.py" line="186" />
      <source>PAS 2060 was withdrawn on 2025-11-30; claims for later periods use ISO 14068-1.</source>
      <translation>PAS 2060은 2025-11-30에 폐지되었습니다. 이후 기간의 주장은 ISO 14068-1을 사용합니다.</translation>
    </message>
    <message>
      <location filename="workbench/ui/dialogs/new_project.py" line="84" />
      <source>PAS 2060:2014 (withdrawn 2025-11-30)</source>
      <translation>PAS 2060:2014 (2025-11-30 폐지)</translation>
    </message>
    <message>
      <location filename="workbench/ui/dialogs/instrument.py" line="32" />
      <source>PPA (power purchase agreement)</source>
      <translation>PPA (전력구매계약)</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/reduction.py" line="190" />
      <source>Parameters</source>
      <translation>매개변수</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/plan.py" line="106" />
      <source>Pathway</source>
      <translation>경로</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/footprint_uncertainty.py" line="33" />
      <source>Pedigree rows</source>
      <translation>페디그리 행</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/inventory_quality.py" line="17" />
      <source>Pedigree scores, e.g. (2,3,1,1,4)</source>
      <translation>페디그리 점수, 예: (2,3,1,1,4)</translation>
    </message>
    <message>
      <location filename="workbench/ui/dialogs/kets_calculator.py" line="218" />
      <source>Penalty surcharge</source>
      <translation>과징금</translation>
    </message>
    <message>
      <location filename="workbench/ui/dialogs/kets_calculator.py" line="131" />
      <source>Penalty surcharge: {0} KRW ({1} KRW/t × {2} t)</source>
      <translation>과징금: {0} KRW ({1} KRW/t × {2} t)</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/footprint.py" line="83" />
      <source>Per source (default): one draw per source shared by all its rows (a systematic error such as a wrong meter). Per row: independent readings.</source>
      <translation>배출원별 (기본값): 배출원마다 한 번 추출하여 그 배출원의 모든 행이 공유합니다 (잘못된 계량기와 같은 계통 오차). 행별: 서로 독립인 검침값.</translation>
    </message>
    <message>
      <location filename="workbench/ui/dialogs/factor_picker.py" line="60" />
      <source>Per unit</source>
      <translation>단위당</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/inventory.py" line="45" />
      <source>Period</source>
      <translation>기간</translation>
    </message>
    <message>
      <location filename="workbench/ui/dialogs/new_project.py" line="91" />
      <source>Period end</source>
      <translation>기간 종료일</translation>
    </message>
    <message>
      <location filename="workbench/ui/dialogs/reduction_steps.py" line="92" />
      <source>Period monitored</source>
      <translation>모니터링 기간</translation>
    </message>
    <message>
      <location filename="workbench/ui/dialogs/new_project.py" line="90" />
      <source>Period start</source>
      <translation>기간 시작일</translation>
    </message>
    <message>
      <location filename="workbench/ui/dialogs/kets_calculator.py" line="93" />
      <source>Permits not surrendered</source>
      <translation>미제출 배출권</translation>
    </message>
    <message>
      <location filename="workbench/ui/dialogs/kets_calculator.py" line="151" />
      <source>Permits to surrender that year</source>
      <translation>그 해 제출해야 하는 배출권 수량</translation>
    </message>
    <message>
      <location filename="workbench/ui/dialogs/reduction.py" line="102" />
      <source>Place in the value chain</source>
      <translation>가치사슬 내 위치</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/verification.py" line="143" />
      <source>Plan</source>
      <translation>계획</translation>
    </message>
    <message>
      <location filename="workbench/ui/dialogs/portfolio.py" line="60" />
      <source>Plan these credits for the claim</source>
      <translation>이 크레딧을 주장에 배정</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/offsets.py" line="405" />
      <source>Plan {0} credits for the claim</source>
      <translation>크레딧 {0}개를 주장에 배정</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/offsets.py" line="136" />
      <source>Portfolio chart</source>
      <translation>포트폴리오 차트</translation>
    </message>
    <message>
      <location filename="workbench/ui/dialogs/preferences.py" line="14" />
      <source>Preferences</source>
      <translation>환경설정</translation>
    </message>
    <message>
      <location filename="workbench/ui/i18n_service.py" line="261" />
      <source>Preparing Brightway project {name}</source>
      <translation>Brightway 프로젝트 준비 중: {name}</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/reduction.py" line="82" />
      <source>Preparing the monitoring report</source>
      <translation>모니터링 보고서 작성</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/product.py" line="434" />
      <source>Preparing the shipped factor library</source>
      <translation>내장 배출계수 라이브러리 준비 중</translation>
    </message>
    <message>
      <location filename="workbench/ui/dialogs/portfolio.py" line="49" />
      <source>Press Select to compute the least-cost portfolio.</source>
      <translation>선택을 눌러 최소 비용 포트폴리오를 계산하십시오.</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/certificate.py" line="76" />
      <source>Preview</source>
      <translation>미리 보기</translation>
    </message>
    <message>
      <location filename="workbench/ui/main_window.py" line="421" />
      <source>Preview a document</source>
      <translation>문서 미리 보기</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/inventory.py" line="77" />
      <source>Preview evidence...</source>
      <translation>증빙 미리 보기...</translation>
    </message>
    <message>
      <location filename="workbench/ui/dialogs/import_wizard.py" line="77" />
      <source>Preview: the first rows as the mapping reads them</source>
      <translation>미리 보기: 열 매핑대로 읽은 처음 몇 행</translation>
    </message>
    <message>
      <location filename="workbench/ui/dialogs/kets_calculator.py" line="155" />
      <source>Previous year's borrowed permits (share of its obligation)</source>
      <translation>직전 이행연도 차입 배출권 (그 해 제출 의무량 대비 비중)</translation>
    </message>
    <message>
      <location filename="workbench/ui/dialogs/kets_calculator.py" line="154" />
      <source>Previous year's borrowing limit (share of its obligation)</source>
      <translation>직전 이행연도 차입 한도 (그 해 제출 의무량 대비 비중)</translation>
    </message>
    <message>
      <location filename="workbench/ui/dialogs/import_wizard.py" line="103" />
      <source>Problem</source>
      <translation>문제</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/product.py" line="104" />
      <source>Process</source>
      <translation>공정</translation>
    </message>
    <message>
      <location filename="workbench/ui/i18n_extra.py" line="20" />
      <source>Processing of sold products</source>
      <translation>판매 제품의 가공</translation>
    </message>
    <message>
      <location filename="workbench/ui/dialogs/new_project.py" line="35" />
      <source>Product</source>
      <translation>제품</translation>
    </message>
    <message>
      <location filename="workbench/ui/navigator.py" line="31" />
      <source>Product LCA</source>
      <translation>제품 LCA</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/product.py" line="48" />
      <source>Product systems</source>
      <translation>제품 시스템</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/product_results.py" line="29" />
      <source>Production</source>
      <translation>생산</translation>
    </message>
    <message>
      <location filename="workbench/ui/dialogs/portfolio.py" line="54" />
      <source>Programme</source>
      <translation>프로그램</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/reduction.py" line="139" />
      <source>Project (t)</source>
      <translation>사업 배출 (t)</translation>
    </message>
    <message>
      <location filename="workbench/ui/dialogs/new_project.py" line="139" />
      <source>Project file</source>
      <translation>프로젝트 파일</translation>
    </message>
    <message>
      <location filename="workbench/ui/dialogs/reduction.py" line="80" />
      <source>Proponent</source>
      <translation>사업자</translation>
    </message>
    <message>
      <location filename="workbench/ui/dialogs/factor_picker.py" line="64" />
      <source>Publisher</source>
      <translation>발행 기관</translation>
    </message>
    <message>
      <location filename="workbench/ui/i18n_extra.py" line="11" />
      <source>Purchased goods and services</source>
      <translation>구매한 제품 및 서비스</translation>
    </message>
    <message>
      <location filename="workbench/ui/dialogs/reduction.py" line="141" />
      <source>QA/QC procedure</source>
      <translation>품질보증/품질관리 절차</translation>
    </message>
    <message>
      <location filename="workbench/ui/i18n_service.py" line="233" />
      <source>Qualifying explanatory statement</source>
      <translation>적격 설명서 (QES)</translation>
    </message>
    <message>
      <location filename="workbench/ui/dialogs/instrument.py" line="77" />
      <source>Quantity</source>
      <translation>수량</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/entities_edits.py" line="247" />
      <source>Quantity (MWh)</source>
      <translation>수량 (MWh)</translation>
    </message>
    <message>
      <location filename="workbench/ui/dialogs/instrument.py" line="30" />
      <source>REC (renewable energy certificate)</source>
      <translation>REC (재생에너지 공급인증서)</translation>
    </message>
    <message>
      <location filename="workbench/ui/dialogs/finding.py" line="41" />
      <source>Raise finding</source>
      <translation>발견사항 제기</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/verification.py" line="202" />
      <source>Raise finding...</source>
      <translation>발견사항 제기...</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/product_results.py" line="28" />
      <source>Raw material acquisition</source>
      <translation>원료 취득</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/base.py" line="215" />
      <source>Read-only: {0}</source>
      <translation>읽기 전용: {0}</translation>
    </message>
    <message>
      <location filename="workbench/ui/i18n_service.py" line="212" />
      <source>Reading bw2io's ecoinvent elementary flows</source>
      <translation>bw2io의 ecoinvent 기본 흐름을 읽는 중</translation>
    </message>
    <message>
      <location filename="workbench/ui/dialogs/reduction.py" line="137" />
      <source>Reading frequency</source>
      <translation>측정 주기</translation>
    </message>
    <message>
      <location filename="workbench/ui/i18n_service.py" line="222" />
      <source>Reading the activity ledger</source>
      <translation>활동자료를 읽는 중</translation>
    </message>
    <message>
      <location filename="workbench/ui/i18n_service.py" line="272" />
      <source>Reading {file}</source>
      <translation>읽는 중: {file}</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/reduction.py" line="166" />
      <source>Readings</source>
      <translation>측정 건수</translation>
    </message>
    <message>
      <location filename="workbench/ui/dialogs/reduction.py" line="213" />
      <source>Readings file</source>
      <translation>측정값 파일</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/footprint.py" line="72" />
      <source>Recalculate</source>
      <translation>다시 계산</translation>
    </message>
    <message>
      <location filename="workbench/ui/main_window.py" line="418" />
      <source>Recalculate the footprint</source>
      <translation>탄소발자국 다시 계산</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/entities.py" line="217" />
      <source>Recalculation of the base year required.</source>
      <translation>기준연도 재산정이 필요합니다.</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/offsets.py" line="455" />
      <source>Receipt file</source>
      <translation>영수증 파일</translation>
    </message>
    <message>
      <location filename="workbench/ui/main_window.py" line="112" />
      <source>Recent files</source>
      <translation>최근 파일</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/entities_edits.py" line="242" />
      <source>Record intra-group transfer</source>
      <translation>그룹 내 에너지 거래 기록</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/entities.py" line="95" />
      <source>Record intra-group transfer...</source>
      <translation>그룹 내 에너지 거래 기록...</translation>
    </message>
    <message>
      <location filename="workbench/ui/dialogs/reduction_steps.py" line="89" />
      <source>Record issued credits</source>
      <translation>발급된 크레딧 기록</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/verification.py" line="223" />
      <source>Record opinion</source>
      <translation>의견 기록</translation>
    </message>
    <message>
      <location filename="workbench/ui/dialogs/readiness.py" line="65" />
      <source>Record the opinion first (Opinion and sign-off tab).</source>
      <translation>먼저 의견을 기록하세요(의견 및 서명 탭).</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/reduction.py" line="141" />
      <source>Reduction (t)</source>
      <translation>감축량 (t)</translation>
    </message>
    <message>
      <location filename="workbench/ui/dialogs/measure.py" line="29" />
      <source>Reduction measure</source>
      <translation>감축 조치</translation>
    </message>
    <message>
      <location filename="workbench/ui/widgets/finding_details.py" line="47" />
      <source>Reduction measure {0}: {1}</source>
      <translation>감축 조치 {0}: {1}</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/plan.py" line="57" />
      <source>Reduction measures</source>
      <translation>감축 조치</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/reduction.py" line="104" />
      <source>Reduction project:</source>
      <translation>감축사업:</translation>
    </message>
    <message>
      <location filename="workbench/ui/navigator.py" line="33" />
      <source>Reduction projects</source>
      <translation>감축사업</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/reduction.py" line="189" />
      <source>Reductions</source>
      <translation>감축량</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/offsets.py" line="306" />
      <source>Reductions achieved (tCO2e)</source>
      <translation>달성한 감축량 (tCO2e)</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/verification.py" line="188" />
      <source>Ref</source>
      <translation>번호</translation>
    </message>
    <message>
      <location filename="workbench/ui/models/ledger_model.py" line="48" />
      <source>Reference</source>
      <translation>참조</translation>
    </message>
    <message>
      <location filename="workbench/ui/i18n_service.py" line="158" />
      <source>Reference: the base-year footprint ({0})</source>
      <translation>기준 배출량: 기준연도 탄소발자국 ({0})</translation>
    </message>
    <message>
      <location filename="workbench/ui/i18n_service.py" line="159" />
      <source>Reference: the latest footprint ({0})</source>
      <translation>기준 배출량: 최근 탄소발자국 ({0})</translation>
    </message>
    <message>
      <location filename="workbench/ui/dialogs/unlinked.py" line="89" />
      <source>Refuse (write nothing)</source>
      <translation>거부 (아무것도 기록하지 않음)</translation>
    </message>
    <message>
      <location filename="workbench/ui/dialogs/factor_picker.py" line="62" />
      <source>Region</source>
      <translation>지역</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/offsets.py" line="55" />
      <source>Registry</source>
      <translation>등록부</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/offsets.py" line="454" />
      <source>Registry reference</source>
      <translation>등록부 참조번호</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/product.py" line="119" />
      <source>Relative</source>
      <translation>상대 차이</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/entities.py" line="67" />
      <source>Remove entity</source>
      <translation>법인 삭제</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/entities_edits.py" line="144" />
      <source>Remove entity {0}</source>
      <translation>법인 {0} 삭제</translation>
    </message>
    <message>
      <location filename="workbench/ui/dialogs/new_project.py" line="106" />
      <source>Remove site</source>
      <translation>사업장 삭제</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/footprint_tabs.py" line="37" />
      <source>Report the base year</source>
      <translation>기준연도 보고</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/boundary.py" line="79" />
      <source>Reporting period</source>
      <translation>보고 기간</translation>
    </message>
    <message>
      <location filename="workbench/ui/dialogs/new_project.py" line="69" />
      <source>Reporting period and method</source>
      <translation>보고 기간 및 방법</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/footprint.py" line="315" />
      <source>Reporting the base year</source>
      <translation>기준연도 보고 중</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/offsets.py" line="324" />
      <source>Residual emissions</source>
      <translation>잔여 배출량</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/offsets.py" line="324" />
      <source>Residual emissions to offset (tCO2e)</source>
      <translation>상쇄할 잔여 배출량 (tCO2e)</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/offsets.py" line="225" />
      <source>Residual emissions: {0} ({1}). Retired: {2} t, planned: {3} t. {4}</source>
      <translation>잔여 배출량: {0} ({1}). 소각: {2} t, 배정: {3} t. {4}</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/verification.py" line="459" />
      <source>Respond to finding</source>
      <translation>발견사항에 답변</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/verification.py" line="466" />
      <source>Respond to {0}</source>
      <translation>{0}에 답변</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/verification.py" line="204" />
      <source>Respond...</source>
      <translation>답변...</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/verification.py" line="164" />
      <source>Result</source>
      <translation>결과</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/offsets.py" line="422" />
      <source>Retire lot {0}</source>
      <translation>로트 {0} 소각</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/offsets.py" line="107" />
      <source>Retire...</source>
      <translation>소각...</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/offsets.py" line="442" />
      <source>Retirement date (YYYY-MM-DD)</source>
      <translation>소각일 (YYYY-MM-DD)</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/offsets.py" line="468" />
      <source>Retirement receipt from the registry</source>
      <translation>등록부의 소각 영수증</translation>
    </message>
    <message>
      <location filename="workbench/ui/dialogs/reduction_steps.py" line="39" />
      <source>Review clock extended</source>
      <translation>검토 기한 연장</translation>
    </message>
    <message>
      <location filename="workbench/ui/dialogs/reduction_steps.py" line="67" />
      <source>Review clock extended: this step has no review clock.</source>
      <translation>검토 기한 연장: 이 단계에는 검토 기한이 없습니다.</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/reduction.py" line="153" />
      <source>Review due on</source>
      <translation>검토 기한</translation>
    </message>
    <message>
      <location filename="workbench/ui/dialogs/audit_log.py" line="97" />
      <source>Row</source>
      <translation>행</translation>
    </message>
    <message>
      <location filename="workbench/ui/widgets/jump.py" line="92" />
      <source>Row {0} of {1} is not shown on any page.</source>
      <translation>{1}의 {0}행은 어느 화면에도 표시되지 않습니다.</translation>
    </message>
    <message>
      <location filename="workbench/ui/dialogs/import_preview.py" line="197" />
      <source>Rows</source>
      <translation>행 수</translation>
    </message>
    <message>
      <location filename="workbench/ui/widgets/finding_details.py" line="74" />
      <source>Rows {0}</source>
      <translation>행 {0}</translation>
    </message>
    <message>
      <location filename="workbench/ui/widgets/findings.py" line="37" />
      <source>Rule</source>
      <translation>규칙</translation>
    </message>
    <message>
      <location filename="workbench/ui/dialogs/kets_calculator.py" line="77" />
      <source>Rule applied: {0}</source>
      <translation>적용 규칙: {0}</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/offsets.py" line="131" />
      <source>Rule findings</source>
      <translation>규칙 점검 결과</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/certificate.py" line="98" />
      <source>Rules the claim fails</source>
      <translation>충족하지 못한 규칙</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/product_results.py" line="67" />
      <source>Run Monte Carlo</source>
      <translation>몬테카를로 실행</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/plan.py" line="96" />
      <source>SBTi 1.5 C (4.2 %/yr linear)</source>
      <translation>SBTi 1.5°C (연 4.2% 선형)</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/plan.py" line="97" />
      <source>SBTi well-below 2 C (2.5 %/yr linear)</source>
      <translation>SBTi 2°C 훨씬 미만 (연 2.5% 선형)</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/verification.py" line="181" />
      <source>Sample</source>
      <translation>표본</translation>
    </message>
    <message>
      <location filename="workbench/ui/i18n_service.py" line="257" />
      <source>Sample #{id}: {n} items</source>
      <translation>표본 #{id}: 항목 {n}개</translation>
    </message>
    <message>
      <location filename="workbench/ui/main_window.py" line="115" />
      <source>Save a &amp;copy as...</source>
      <translation>사본으로 저장(&amp;C)...</translation>
    </message>
    <message>
      <location filename="workbench/ui/dialogs/save_copy.py" line="27" />
      <source>Save a copy</source>
      <translation>사본 저장</translation>
    </message>
    <message>
      <location filename="workbench/ui/dialogs/save_copy.py" line="20" />
      <source>Save a copy of the project</source>
      <translation>프로젝트 사본 저장</translation>
    </message>
    <message>
      <location filename="workbench/ui/widgets/chart.py" line="112" />
      <source>Save chart</source>
      <translation>차트 저장</translation>
    </message>
    <message>
      <location filename="workbench/ui/widgets/chart.py" line="33" />
      <source>Save chart as PNG...</source>
      <translation>차트를 PNG로 저장...</translation>
    </message>
    <message>
      <location filename="workbench/ui/widgets/chart.py" line="34" />
      <source>Save chart as SVG...</source>
      <translation>차트를 SVG로 저장...</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/verification.py" line="134" />
      <source>Save plan</source>
      <translation>계획 저장</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/plan.py" line="124" />
      <source>Save section</source>
      <translation>항목 저장</translation>
    </message>
    <message>
      <location filename="workbench/ui/dialogs/save_copy.py" line="35" />
      <source>Saved a copy as {0}</source>
      <translation>사본을 저장했습니다: {0}</translation>
    </message>
    <message>
      <location filename="workbench/ui/dialogs/factor_picker.py" line="140" />
      <source>Scope</source>
      <translation>범위</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/footprint.py" line="120" />
      <source>Scope 1</source>
      <translation>Scope 1</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/boundary.py" line="35" />
      <source>Scope 1: direct</source>
      <translation>Scope 1: 직접 배출</translation>
    </message>
    <message>
      <location filename="workbench/ui/i18n_service.py" line="215" />
      <source>Scope 2 and breakdowns</source>
      <translation>Scope 2와 구성별 집계 계산 중</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/footprint.py" line="95" />
      <source>Scope 2 in the total</source>
      <translation>합계에 쓸 Scope 2</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/footprint.py" line="143" />
      <source>Scope 2 instruments</source>
      <translation>Scope 2 계약 수단</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/footprint.py" line="121" />
      <source>Scope 2, location-based</source>
      <translation>Scope 2, 지역 기반</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/footprint.py" line="122" />
      <source>Scope 2, market-based</source>
      <translation>Scope 2, 시장 기반</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/boundary.py" line="35" />
      <source>Scope 2: purchased energy</source>
      <translation>Scope 2: 구매 에너지</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/footprint.py" line="123" />
      <source>Scope 3</source>
      <translation>Scope 3</translation>
    </message>
    <message>
      <location filename="workbench/ui/dialogs/source.py" line="47" />
      <source>Scope 3 category</source>
      <translation>Scope 3 카테고리</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/boundary.py" line="35" />
      <source>Scope 3: value chain</source>
      <translation>Scope 3: 가치사슬</translation>
    </message>
    <message>
      <location filename="workbench/ui/dialogs/factor_picker.py" line="138" />
      <source>Scope {0}</source>
      <translation>Scope {0}</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/plan.py" line="107" />
      <source>Scopes</source>
      <translation>범위</translation>
    </message>
    <message>
      <location filename="workbench/ui/dialogs/exchange.py" line="39" />
      <source>Search</source>
      <translation>검색</translation>
    </message>
    <message>
      <location filename="workbench/ui/dialogs/portfolio.py" line="59" />
      <source>Select</source>
      <translation>선택</translation>
    </message>
    <message>
      <location filename="workbench/ui/dialogs/portfolio.py" line="27" />
      <source>Select a credit portfolio</source>
      <translation>크레딧 포트폴리오 선택</translation>
    </message>
    <message>
      <location filename="workbench/ui/dialogs/factor_picker.py" line="292" />
      <source>Select a factor and a source first.</source>
      <translation>먼저 배출계수와 배출원을 선택하십시오.</translation>
    </message>
    <message>
      <location filename="workbench/ui/widgets/finding_details.py" line="141" />
      <source>Select a finding to see it in full.</source>
      <translation>발견사항을 선택하면 전체 내용이 표시됩니다.</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/offsets.py" line="106" />
      <source>Select portfolio...</source>
      <translation>포트폴리오 선택...</translation>
    </message>
    <message>
      <location filename="workbench/ui/dialogs/portfolio.py" line="84" />
      <source>Selecting credits</source>
      <translation>크레딧 선택 중</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/entities.py" line="120" />
      <source>Seller</source>
      <translation>판매 법인</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/entities_edits.py" line="244" />
      <source>Seller (entity)</source>
      <translation>판매 법인</translation>
    </message>
    <message>
      <location filename="workbench/ui/dialogs/portfolio.py" line="54" />
      <source>Serial</source>
      <translation>일련번호</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/offsets.py" line="58" />
      <source>Serial range</source>
      <translation>일련번호 범위</translation>
    </message>
    <message>
      <location filename="workbench/ui/dialogs/new_project.py" line="36" />
      <source>Service</source>
      <translation>서비스</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/offsets.py" line="267" />
      <source>Set claim</source>
      <translation>주장 설정</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/offsets.py" line="81" />
      <source>Set residual...</source>
      <translation>잔여 배출량 설정...</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/plan.py" line="331" />
      <source>Set target</source>
      <translation>목표 설정</translation>
    </message>
    <message>
      <location filename="workbench/ui/dialogs/readiness.py" line="62" />
      <source>Set the verification plan first (level of assurance and materiality).</source>
      <translation>먼저 검증 계획(보증 수준과 중요성)을 설정하세요.</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/inventory_quality.py" line="61" />
      <source>Set uncertainty of row {0}</source>
      <translation>{0}행 불확도 설정</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/plan.py" line="189" />
      <source>Set: {0} to {1}, scopes {2}</source>
      <translation>설정됨: {0}→{1}, Scope {2}</translation>
    </message>
    <message>
      <location filename="workbench/ui/i18n_service.py" line="206" />
      <source>Setting up Brightway</source>
      <translation>Brightway 준비 중</translation>
    </message>
    <message>
      <location filename="workbench/ui/widgets/findings.py" line="37" />
      <source>Severity</source>
      <translation>심각도</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/footprint.py" line="158" />
      <source>Share</source>
      <translation>비중</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/boundary.py" line="45" />
      <source>Share of excluded emissions: calculate the footprint to check.</source>
      <translation>제외된 배출량 비중: 탄소발자국을 계산하면 점검합니다.</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/footprint_uncertainty.py" line="33" />
      <source>Share of variance</source>
      <translation>분산 기여율</translation>
    </message>
    <message>
      <location filename="workbench/ui/i18n_service.py" line="224" />
      <source>Shares per entity</source>
      <translation>법인별 반영 비율 계산 중</translation>
    </message>
    <message>
      <location filename="workbench/ui/widgets/finding_details.py" line="169" />
      <source>Show these rows on their page</source>
      <translation>이 행을 해당 화면에서 보기</translation>
    </message>
    <message>
      <location filename="workbench/ui/dialogs/readiness.py" line="100" />
      <source>Sign</source>
      <translation>서명</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/verification.py" line="224" />
      <source>Sign the verification statement</source>
      <translation>검증 의견서 서명</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/verification.py" line="500" />
      <source>Sign the verification statement with your key? Any later change to the data will show as 'signed data changed'.</source>
      <translation>본인 키로 검증 의견서에 서명하시겠습니까? 이후 데이터가 바뀌면 '서명된 데이터 변경'으로 표시됩니다.</translation>
    </message>
    <message>
      <location filename="workbench/ui/statusbar.py" line="48" />
      <source>Signed data changed since sign-off</source>
      <translation>서명 후 서명된 데이터가 변경됨</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/verification.py" line="63" />
      <source>Signed data changed since verification: {0}</source>
      <translation>검증 후 서명된 데이터가 변경됨: {0}</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/verification.py" line="67" />
      <source>Signed {0} by {1} ({2}): {3} opinion; data unchanged.</source>
      <translation>{0} {1}({2}) 서명: {3} 의견, 데이터 변경 없음.</translation>
    </message>
    <message>
      <location filename="workbench/ui/statusbar.py" line="51" />
      <source>Signed; data unchanged</source>
      <translation>서명됨, 데이터 변경 없음</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/verification.py" line="490" />
      <source>Signing</source>
      <translation>서명 중</translation>
    </message>
    <message>
      <location filename="workbench/ui/dialogs/import_preview.py" line="183" />
      <source>Site</source>
      <translation>사업장</translation>
    </message>
    <message>
      <location filename="workbench/ui/dialogs/new_project.py" line="194" />
      <source>Site code {0} is used twice</source>
      <translation>사업장 코드가 중복되었습니다: {0}</translation>
    </message>
    <message>
      <location filename="workbench/ui/dialogs/new_project.py" line="190" />
      <source>Site row {0}: code and name are both needed</source>
      <translation>사업장 {0}행: 코드와 이름이 모두 필요합니다</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/entities.py" line="301" />
      <source>Site {0} belongs to {1}</source>
      <translation>사업장 {0}: 소속 {1}</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/boundary.py" line="96" />
      <source>Sites</source>
      <translation>사업장</translation>
    </message>
    <message>
      <location filename="workbench/ui/dialogs/new_project.py" line="112" />
      <source>Sites (can be added later)</source>
      <translation>사업장 (나중에 추가 가능)</translation>
    </message>
    <message>
      <location filename="workbench/ui/dialogs/new_project.py" line="99" />
      <source>Sites and file</source>
      <translation>사업장 및 파일</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/certificate.py" line="92" />
      <source>Snapshot</source>
      <translation>스냅샷</translation>
    </message>
    <message>
      <location filename="workbench/ui/i18n_service.py" line="225" />
      <source>Solving</source>
      <translation>행렬 계산 중</translation>
    </message>
    <message>
      <location filename="workbench/ui/dialogs/unlinked.py" line="51" />
      <source>Some of these elementary flows are in the full biosphere3, which is not built here: build it, then import again.</source>
      <translation>이 기본 흐름 중 일부는 전체 biosphere3에 있으나, 이 컴퓨터에는 아직 구축되지 않았습니다. 구축한 뒤 다시 가져오십시오.</translation>
    </message>
    <message>
      <location filename="workbench/ui/errors.py" line="37" />
      <source>Something went wrong ({0}).</source>
      <translation>문제가 발생했습니다 ({0}).</translation>
    </message>
    <message>
      <location filename="workbench/ui/errors.py" line="36" />
      <source>Something went wrong: {0}</source>
      <translation>문제가 발생했습니다: {0}</translation>
    </message>
    <message>
      <location filename="workbench/ui/dialogs/factor_picker.py" line="166" />
      <source>Source</source>
      <translation>배출원</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/inventory.py" line="276" />
      <source>Source code</source>
      <translation>배출원 코드</translation>
    </message>
    <message>
      <location filename="workbench/ui/dialogs/reduction.py" line="135" />
      <source>Source of the value</source>
      <translation>값의 출처</translation>
    </message>
    <message>
      <location filename="workbench/ui/dialogs/measure.py" line="64" />
      <source>Sources</source>
      <translation>배출원</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/product.py" line="98" />
      <source>Stage</source>
      <translation>단계</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/product.py" line="381" />
      <source>Stage (materials, manufacturing, distribution, use, end_of_life)</source>
      <translation>단계 (materials, manufacturing, distribution, use, end_of_life)</translation>
    </message>
    <message>
      <location filename="workbench/ui/dialogs/new_project.py" line="93" />
      <source>Standard</source>
      <translation>표준</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/plan.py" line="66" />
      <source>Start</source>
      <translation>시작</translation>
    </message>
    <message>
      <location filename="workbench/ui/dialogs/readiness.py" line="36" />
      <source>Start a verification first (Engagement, on the Plan tab).</source>
      <translation>먼저 검증을 시작하세요(계획 탭의 검증 업무).</translation>
    </message>
    <message>
      <location filename="workbench/ui/dialogs/reduction.py" line="100" />
      <source>Start date</source>
      <translation>사업 시작일</translation>
    </message>
    <message>
      <location filename="workbench/ui/widgets/next_step.py" line="19" />
      <source>Start here: add a site (Add site...), then the emission sources of each site (Add source...).</source>
      <translation>여기서 시작하십시오: 사업장을 추가하고(사업장 추가...) 각 사업장의 배출원을 추가하십시오(배출원 추가...).</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/verification.py" line="367" />
      <source>Start verification</source>
      <translation>검증 시작</translation>
    </message>
    <message>
      <location filename="workbench/ui/dialogs/measure.py" line="70" />
      <source>Start year</source>
      <translation>시작 연도</translation>
    </message>
    <message>
      <location filename="workbench/ui/dialogs/reduction_steps.py" line="29" />
      <source>Started on</source>
      <translation>시작일</translation>
    </message>
    <message>
      <location filename="workbench/ui/dialogs/reduction_steps.py" line="28" />
      <source>State</source>
      <translation>상태</translation>
    </message>
    <message>
      <location filename="workbench/ui/dialogs/measure.py" line="71" />
      <source>Status</source>
      <translation>상태</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/entities.py" line="204" />
      <source>Structural changes recorded: calculate the base year to check the recalculation.</source>
      <translation>구조 변경이 기록되어 있습니다: 재산정 여부를 확인하려면 기준연도 배출량을 산정하십시오.</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/entities.py" line="199" />
      <source>Structural changes: none recorded since the base year.</source>
      <translation>구조 변경: 기준연도 이후 기록 없음.</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/entities.py" line="208" />
      <source>Structural-change check not available: {0}</source>
      <translation>구조 변경 확인 불가: {0}</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/boundary.py" line="76" />
      <source>Subject</source>
      <translation>대상</translation>
    </message>
    <message>
      <location filename="workbench/ui/dialogs/new_project.py" line="63" />
      <source>Subject name</source>
      <translation>대상 이름</translation>
    </message>
    <message>
      <location filename="workbench/ui/dialogs/new_project.py" line="62" />
      <source>Subject of the claim</source>
      <translation>주장 대상</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/reduction.py" line="152" />
      <source>Submitted on</source>
      <translation>제출일</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/entities.py" line="321" />
      <source>Subsidiaries' project files</source>
      <translation>자회사 프로젝트 파일</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/entities.py" line="107" />
      <source>Subsidiary</source>
      <translation>자회사</translation>
    </message>
    <message>
      <location filename="workbench/ui/dialogs/import_preview.py" line="197" />
      <source>Suggested</source>
      <translation>추천</translation>
    </message>
    <message>
      <location filename="workbench/ui/dialogs/import_preview.py" line="232" />
      <source>Suggested by similarity: {0}</source>
      <translation>유사도에 따른 추천: {0}</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/reduction.py" line="80" />
      <source>Suitability review (30-day clock)</source>
      <translation>적합성 검토 (30일 기한)</translation>
    </message>
    <message>
      <location filename="workbench/ui/dialogs/instrument.py" line="80" />
      <source>Supplier</source>
      <translation>공급자</translation>
    </message>
    <message>
      <location filename="workbench/ui/dialogs/instrument.py" line="33" />
      <source>Supplier-specific rate</source>
      <translation>공급자별 배출계수</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/product_results.py" line="108" />
      <source>Supply chain of {0} (kg CO2e per functional unit)</source>
      <translation>{0}의 공급망 (기능단위당 kg CO2e)</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/product_results.py" line="57" />
      <source>Supply-chain graph</source>
      <translation>공급망 그래프</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/product.py" line="102" />
      <source>System editor</source>
      <translation>시스템 편집기</translation>
    </message>
    <message>
      <location filename="workbench/ui/dialogs/audit_log.py" line="96" />
      <source>Table</source>
      <translation>테이블</translation>
    </message>
    <message>
      <location filename="workbench/ui/dialogs/portfolio.py" line="42" />
      <source>Take lots whole</source>
      <translation>로트 전체 단위로</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/plan.py" line="105" />
      <source>Target year</source>
      <translation>목표 연도</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/plan.py" line="218" />
      <source>The MACC needs a calculated footprint.</source>
      <translation>한계감축비용곡선에는 계산된 탄소발자국이 필요합니다.</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/footprint_uncertainty.py" line="70" />
      <source>The Monte Carlo result is out of date: the data changed since it was run. Run it again.</source>
      <translation>몬테카를로 결과가 최신이 아닙니다: 실행 이후 데이터가 바뀌었습니다. 다시 실행하십시오.</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/product_results.py" line="155" />
      <source>The Monte Carlo was cancelled before any iteration.</source>
      <translation>몬테카를로가 반복 전에 취소되었습니다.</translation>
    </message>
    <message>
      <location filename="workbench/ui/dialogs/kets_calculator.py" line="135" />
      <source>The cap per tonne applies.</source>
      <translation>톤당 상한이 적용됩니다.</translation>
    </message>
    <message>
      <location filename="workbench/ui/dialogs/import_preview.py" line="173" />
      <source>The check stopped after {0} problems; there may be more.</source>
      <translation>문제가 {0}건에 이르러 점검을 멈췄습니다. 더 있을 수 있습니다.</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/certificate.py" line="138" />
      <source>The claim passes every rule: the certificate can be issued.</source>
      <translation>주장이 모든 규칙을 충족합니다: 인증서를 발급할 수 있습니다.</translation>
    </message>
    <message>
      <location filename="workbench/ui/errors.py" line="34" />
      <source>The computer ran out of memory while doing this.</source>
      <translation>작업 중 메모리가 부족했습니다.</translation>
    </message>
    <message>
      <location filename="workbench/ui/i18n_service.py" line="220" />
      <source>The full biosphere3 is already built</source>
      <translation>전체 biosphere3 데이터베이스가 이미 만들어져 있습니다</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/product_import.py" line="255" />
      <source>The full biosphere3 is already built.</source>
      <translation>전체 biosphere3가 이미 구축되어 있습니다.</translation>
    </message>
    <message>
      <location filename="workbench/ui/dialogs/readiness.py" line="57" />
      <source>The key loaded ({0}) is not the key this verification was started with ({1}).</source>
      <translation>불러온 키({0})는 이 검증을 시작한 키({1})가 아닙니다.</translation>
    </message>
    <message>
      <location filename="workbench/ui/dialogs/kets_calculator.py" line="168" />
      <source>The previous year's figures are not used in this year.</source>
      <translation>이 이행연도에는 직전 이행연도 수치를 쓰지 않습니다.</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/base.py" line="215" />
      <source>The project is open read-only.</source>
      <translation>프로젝트가 읽기 전용으로 열려 있습니다.</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/product_results.py" line="82" />
      <source>The result, its comparison and Monte Carlo as CSV or XLSX</source>
      <translation>결과와 비교, 몬테카를로를 CSV 또는 XLSX로</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/plan.py" line="222" />
      <source>The trajectory needs a calculated footprint.</source>
      <translation>배출 경로에는 계산된 탄소발자국이 필요합니다.</translation>
    </message>
    <message>
      <location filename="workbench/ui/dialogs/readiness.py" line="100" />
      <source>The verification cannot be signed yet:</source>
      <translation>아직 검증에 서명할 수 없습니다:</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/verification.py" line="86" />
      <source>The verifier works on this page in verifier mode (File &gt; Open as verifier). The client answers findings here in edit mode.</source>
      <translation>검증기관은 검증기관 모드(파일 &gt; 검증기관으로 열기)에서 이 페이지를 사용합니다. 고객은 편집 모드에서 발견사항에 답변합니다.</translation>
    </message>
    <message>
      <location filename="workbench/ui/widgets/next_step.py" line="29" />
      <source>There are no emission sources yet: add them on step 1, then import activity data here.</source>
      <translation>아직 배출원이 없습니다: 1단계에서 배출원을 추가한 뒤 여기에서 활동자료를 가져오십시오.</translation>
    </message>
    <message>
      <location filename="workbench/ui/widgets/chart.py" line="78" />
      <source>There is no chart to save yet.</source>
      <translation>저장할 차트가 아직 없습니다.</translation>
    </message>
    <message>
      <location filename="workbench/ui/widgets/evidence_viewer.py" line="79" />
      <source>This file cannot be shown: {0}</source>
      <translation>이 파일을 표시할 수 없습니다: {0}</translation>
    </message>
    <message>
      <location filename="workbench/ui/dialogs/audit_log.py" line="80" />
      <source>To</source>
      <translation>종료</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/inventory.py" line="280" />
      <source>To (YYYY-MM-DD)</source>
      <translation>종료 (YYYY-MM-DD)</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/footprint.py" line="119" />
      <source>Total</source>
      <translation>합계</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/footprint.py" line="177" />
      <source>Total (tCO2e)</source>
      <translation>합계 (tCO2e)</translation>
    </message>
    <message>
      <location filename="workbench/ui/dialogs/kets_calculator.py" line="96" />
      <source>Total traded value</source>
      <translation>총 거래금액</translation>
    </message>
    <message>
      <location filename="workbench/ui/dialogs/kets_calculator.py" line="97" />
      <source>Total traded volume</source>
      <translation>총 거래량</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/footprint.py" line="115" />
      <source>Totals (tCO2e)</source>
      <translation>합계 (tCO2e)</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/plan.py" line="117" />
      <source>Trajectory</source>
      <translation>배출 경로</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/entities.py" line="273" />
      <source>Type ({0})</source>
      <translation>유형 ({0})</translation>
    </message>
    <message>
      <location filename="workbench/ui/dialogs/factor_picker.py" line="66" />
      <source>Uncertainty</source>
      <translation>불확도</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/footprint_uncertainty.py" line="37" />
      <source>Uncertainty (95 %)</source>
      <translation>불확도 (95%)</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/footprint.py" line="88" />
      <source>Uncertainty (Monte Carlo)</source>
      <translation>불확도 (몬테카를로)</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/inventory_quality.py" line="79" />
      <source>Uncertainty and data quality of row {0}</source>
      <translation>{0}행의 불확도와 데이터 품질</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/inventory.py" line="101" />
      <source>Uncertainty and data quality...</source>
      <translation>불확도와 데이터 품질...</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/footprint.py" line="126" />
      <source>Uncertainty model</source>
      <translation>불확도 모델</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/footprint_uncertainty.py" line="37" />
      <source>Uncertainty source</source>
      <translation>불확도 출처</translation>
    </message>
    <message>
      <location filename="workbench/ui/dialogs/exchange.py" line="53" />
      <source>Unit</source>
      <translation>단위</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/product.py" line="457" />
      <source>Units of {0} sold in the period</source>
      <translation>기간 중 {0} 판매 수량</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/product.py" line="456" />
      <source>Units sold</source>
      <translation>판매 수량</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/product.py" line="445" />
      <source>Units sold of {0}</source>
      <translation>{0} 판매 수량</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/product.py" line="57" />
      <source>Units sold...</source>
      <translation>판매 수량...</translation>
    </message>
    <message>
      <location filename="workbench/ui/dialogs/kets_calculator.py" line="192" />
      <source>Unpaid penalty surcharge</source>
      <translation>미납 과징금</translation>
    </message>
    <message>
      <location filename="workbench/ui/dialogs/reduction_steps.py" line="24" />
      <source>Update a certification step</source>
      <translation>인증 단계 갱신</translation>
    </message>
    <message>
      <location filename="workbench/ui/dialogs/reduction_actions.py" line="184" />
      <source>Update step {0}</source>
      <translation>단계 갱신: {0}</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/reduction.py" line="118" />
      <source>Update step...</source>
      <translation>단계 갱신...</translation>
    </message>
    <message>
      <location filename="workbench/ui/i18n_extra.py" line="18" />
      <source>Upstream leased assets</source>
      <translation>업스트림 임대 자산</translation>
    </message>
    <message>
      <location filename="workbench/ui/i18n_extra.py" line="14" />
      <source>Upstream transportation and distribution</source>
      <translation>업스트림 운송 및 유통</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/product_results.py" line="31" />
      <source>Use</source>
      <translation>사용</translation>
    </message>
    <message>
      <location filename="workbench/ui/i18n_extra.py" line="21" />
      <source>Use of sold products</source>
      <translation>판매 제품의 사용</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/product.py" line="87" />
      <source>Use the shipped factor library</source>
      <translation>내장 배출계수 라이브러리 사용</translation>
    </message>
    <message>
      <location filename="workbench/ui/dialogs/audit_log.py" line="94" />
      <source>User</source>
      <translation>사용자</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/reduction.py" line="79" />
      <source>Validation by a third party</source>
      <translation>제3자 타당성 평가</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/reduction.py" line="90" />
      <source>Validity evaluation by MyCarbon</source>
      <translation>마이카본 타당성 평가</translation>
    </message>
    <message>
      <location filename="workbench/ui/dialogs/reduction.py" line="131" />
      <source>Value (monitored: per year)</source>
      <translation>값 (모니터링: 연간)</translation>
    </message>
    <message>
      <location filename="workbench/ui/dialogs/import_preview.py" line="197" />
      <source>Value in the file</source>
      <translation>파일의 값</translation>
    </message>
    <message>
      <location filename="workbench/ui/dialogs/import_wizard.py" line="85" />
      <source>Value mapping: the file's values that are not codes of this project, found by Check. The closest code is chosen for each; change it if needed, then Check again. The mappings are saved with the import and used for every later import.</source>
      <translation>값 매핑: 검사에서 찾은, 이 프로젝트의 코드가 아닌 파일의 값입니다. 각 값에 가장 가까운 코드가 선택되어 있으니 필요하면 바꾼 뒤 다시 검사하십시오. 매핑은 가져오기와 함께 프로젝트에 저장되어 이후의 모든 가져오기에 사용됩니다.</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/reduction.py" line="162" />
      <source>Value or yearly estimate</source>
      <translation>값 또는 연간 추정값</translation>
    </message>
    <message>
      <location filename="workbench/ui/dialogs/reduction.py" line="153" />
      <source>Value: a fixed ex-ante parameter needs its value.</source>
      <translation>값: 사전 고정 매개변수에는 값이 필요합니다.</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/product_results.py" line="122" />
      <source>Variants by life-cycle stage (kg CO2e per functional unit)</source>
      <translation>전과정 단계별 변형 비교 (기능단위당 kg CO2e)</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/entities.py" line="110" />
      <source>Verification</source>
      <translation>검증</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/verification.py" line="70" />
      <source>Verification #{0} in progress ({1}, {2}); not signed.</source>
      <translation>검증 #{0} 진행 중 ({1}, {2}), 서명 전.</translation>
    </message>
    <message>
      <location filename="workbench/ui/dialogs/readiness.py" line="25" />
      <source>Verification #{0} was signed on {1} and is final: nothing in it can change. Start a new verification to raise findings.</source>
      <translation>검증 #{0}: {1}에 서명되어 확정되었습니다. 더 이상 바꿀 수 없습니다. 발견사항을 제기하려면 새 검증을 시작하세요.</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/verification.py" line="120" />
      <source>Verification body</source>
      <translation>검증기관</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/reduction.py" line="89" />
      <source>Verification by a designated body</source>
      <translation>지정 검증기관의 검증</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/reduction.py" line="83" />
      <source>Verification by a third party</source>
      <translation>제3자 검증</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/verification.py" line="124" />
      <source>Verification plan</source>
      <translation>검증 계획</translation>
    </message>
    <message>
      <location filename="workbench/ui/i18n_service.py" line="229" />
      <source>Verification signed</source>
      <translation>검증 서명 완료</translation>
    </message>
    <message>
      <location filename="workbench/ui/i18n_service.py" line="235" />
      <source>Verification statement</source>
      <translation>검증 의견서</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/verification.py" line="119" />
      <source>Verifier</source>
      <translation>검증기관</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/verification.py" line="100" />
      <source>Verifier key</source>
      <translation>검증기관 키</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/base.py" line="212" />
      <source>Verifier mode: client data cannot be changed.</source>
      <translation>검증기관 모드: 고객 데이터는 변경할 수 없습니다.</translation>
    </message>
    <message>
      <location filename="workbench/ui/dialogs/audit_log.py" line="113" />
      <source>Verify the chain</source>
      <translation>체인 검증</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/product_import.py" line="70" />
      <source>Version</source>
      <translation>버전</translation>
    </message>
    <message>
      <location filename="workbench/ui/dialogs/reduction.py" line="87" />
      <source>Version of the methodology</source>
      <translation>방법론 버전</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/offsets.py" line="60" />
      <source>Vintage</source>
      <translation>빈티지</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/verification.py" line="423" />
      <source>Vouch</source>
      <translation>증빙 대조</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/certificate.py" line="99" />
      <source>Warnings</source>
      <translation>경고</translation>
    </message>
    <message>
      <location filename="workbench/ui/i18n_extra.py" line="15" />
      <source>Waste generated in operations</source>
      <translation>사업장 발생 폐기물</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/verification.py" line="164" />
      <source>Weight</source>
      <translation>가중치</translation>
    </message>
    <message>
      <location filename="workbench/ui/dialogs/audit_log.py" line="93" />
      <source>When</source>
      <translation>일시</translation>
    </message>
    <message>
      <location filename="workbench/ui/dialogs/kets_calculator.py" line="193" />
      <source>Whole months overdue</source>
      <translation>연체 개월 수</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/verification.py" line="164" />
      <source>Why</source>
      <translation>사유</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/boundary.py" line="311" />
      <source>Why is this source excluded from the boundary?</source>
      <translation>이 배출원을 경계에서 제외하는 이유는 무엇입니까?</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/entities.py" line="321" />
      <source>Workbench projects (*.cnw)</source>
      <translation>워크벤치 프로젝트 (*.cnw)</translation>
    </message>
    <message>
      <location filename="workbench/ui/i18n_service.py" line="301" />
      <source>Working...</source>
      <translation>처리 중...</translation>
    </message>
    <message>
      <location filename="workbench/ui/i18n_service.py" line="210" />
      <source>Writing GWP-100 methods</source>
      <translation>GWP-100 특성화 방법을 쓰는 중</translation>
    </message>
    <message>
      <location filename="workbench/ui/i18n_service.py" line="271" />
      <source>Writing method {name}</source>
      <translation>특성화 방법을 쓰는 중: {name}</translation>
    </message>
    <message>
      <location filename="workbench/ui/i18n_service.py" line="269" />
      <source>Writing the full biosphere3 ({n} flows)</source>
      <translation>전체 biosphere3을 쓰는 중 (흐름 {n}개)</translation>
    </message>
    <message>
      <location filename="workbench/ui/i18n_service.py" line="207" />
      <source>Writing the greenhouse-gas flows of biosphere3</source>
      <translation>biosphere3의 온실가스 흐름을 쓰는 중</translation>
    </message>
    <message>
      <location filename="workbench/ui/i18n_service.py" line="276" />
      <source>Writing {n} factors to Brightway database {db}</source>
      <translation>배출계수 {n}개를 Brightway 데이터베이스에 쓰는 중: {db}</translation>
    </message>
    <message>
      <location filename="workbench/ui/dialogs/factor_picker.py" line="63" />
      <source>Year</source>
      <translation>연도</translation>
    </message>
    <message>
      <location filename="workbench/ui/dialogs/kets_calculator.py" line="167" />
      <source>Year {0} of phase {1} ({2}-{3}).</source>
      <translation>제{1}차 계획기간({2}-{3}년)의 {0}번째 이행연도입니다.</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/verification.py" line="341" />
      <source>Your name as it will be signed</source>
      <translation>서명에 표시될 이름</translation>
    </message>
    <message>
      <location filename="workbench/ui/i18n_extra.py" line="72" />
      <source>[public]</source>
      <translation>[공개 자료]</translation>
    </message>
    <message>
      <location filename="workbench/ui/i18n_extra.py" line="71" />
      <source>[seed]</source>
      <translation>[원문 자료]</translation>
    </message>
    <message>
      <location filename="workbench/ui/i18n_extra.py" line="73" />
      <source>[unconfirmed]</source>
      <translation>[미확인]</translation>
    </message>
    <message>
      <location filename="workbench/ui/i18n_service.py" line="77" />
      <source>activity</source>
      <translation>활동</translation>
    </message>
    <message>
      <location filename="workbench/ui/i18n_service.py" line="136" />
      <source>activity data</source>
      <translation>활동자료</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/footprint_uncertainty.py" line="60" />
      <source>activity drawn per row</source>
      <translation>활동자료 행별 추출</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/footprint_uncertainty.py" line="59" />
      <source>activity drawn per source</source>
      <translation>활동자료 배출원별 추출</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/footprint.py" line="81" />
      <source>activity per row</source>
      <translation>활동자료 행별</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/footprint.py" line="80" />
      <source>activity per source</source>
      <translation>활동자료 배출원별</translation>
    </message>
    <message>
      <location filename="workbench/ui/dialogs/audit_log.py" line="44" />
      <source>added</source>
      <translation>추가</translation>
    </message>
    <message>
      <location filename="workbench/ui/dialogs/audit_log.py" line="45" />
      <source>added (many rows)</source>
      <translation>추가(여러 행)</translation>
    </message>
    <message>
      <location filename="workbench/ui/i18n_extra.py" line="51" />
      <source>adverse</source>
      <translation>부적정</translation>
    </message>
    <message>
      <location filename="workbench/ui/i18n_extra.py" line="47" />
      <source>agreed</source>
      <translation>일치</translation>
    </message>
    <message>
      <location filename="workbench/ui/dialogs/portfolio.py" line="36" />
      <source>any</source>
      <translation>제한 없음</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/entities_edits.py" line="23" />
      <source>associate</source>
      <translation>관계회사</translation>
    </message>
    <message>
      <location filename="workbench/ui/i18n_extra.py" line="57" />
      <source>avoidance</source>
      <translation>감축(회피)</translation>
    </message>
    <message>
      <location filename="workbench/ui/i18n_extra.py" line="81" />
      <source>background</source>
      <translation>배경 데이터</translation>
    </message>
    <message>
      <location filename="workbench/ui/dialogs/exchange.py" line="30" />
      <source>background database</source>
      <translation>배경 데이터베이스</translation>
    </message>
    <message>
      <location filename="workbench/ui/i18n_service.py" line="100" />
      <source>below the threshold</source>
      <translation>기준값 미만</translation>
    </message>
    <message>
      <location filename="workbench/ui/i18n_extra.py" line="82" />
      <source>biosphere</source>
      <translation>생물권</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/footprint.py" line="47" />
      <source>by ISO 14064-1 category</source>
      <translation>ISO 14064-1 카테고리별</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/footprint.py" line="49" />
      <source>by gas</source>
      <translation>가스별</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/product.py" line="216" />
      <source>by life-cycle stage</source>
      <translation>전과정 단계별</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/footprint.py" line="45" />
      <source>by scope</source>
      <translation>Scope별</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/footprint.py" line="46" />
      <source>by scope 3 category</source>
      <translation>Scope 3 카테고리별</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/footprint.py" line="48" />
      <source>by site</source>
      <translation>사업장별</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/footprint.py" line="50" />
      <source>by source</source>
      <translation>배출원별</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/product_results.py" line="189" />
      <source>calculated footprint</source>
      <translation>계산된 탄소발자국</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/footprint.py" line="179" />
      <source>calculated total</source>
      <translation>계산된 합계</translation>
    </message>
    <message>
      <location filename="workbench/ui/i18n_extra.py" line="61" />
      <source>cancelled</source>
      <translation>취소</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/reduction.py" line="72" />
      <source>cancelled or transferred</source>
      <translation>취소 또는 이전됨</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/certificate.py" line="160" />
      <source>certificate issued</source>
      <translation>인증서 발급됨</translation>
    </message>
    <message>
      <location filename="workbench/ui/dialogs/instrument.py" line="66" />
      <source>certificate or contract number</source>
      <translation>인증서 또는 계약 번호</translation>
    </message>
    <message>
      <location filename="workbench/ui/dialogs/instrument.py" line="69" />
      <source>certificate, contract or cancellation statement</source>
      <translation>인증서, 계약서 또는 소각 확인서</translation>
    </message>
    <message>
      <location filename="workbench/ui/dialogs/audit_log.py" line="46" />
      <source>changed</source>
      <translation>변경</translation>
    </message>
    <message>
      <location filename="workbench/ui/i18n_extra.py" line="63" />
      <source>claim</source>
      <translation>주장</translation>
    </message>
    <message>
      <location filename="workbench/ui/i18n_extra.py" line="46" />
      <source>closed</source>
      <translation>종결</translation>
    </message>
    <message>
      <location filename="workbench/ui/i18n_extra.py" line="38" />
      <source>commitment</source>
      <translation>공약</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/entities_edits.py" line="38" />
      <source>cooling</source>
      <translation>냉방</translation>
    </message>
    <message>
      <location filename="workbench/ui/i18n_service.py" line="138" />
      <source>credit lots</source>
      <translation>크레딧 로트</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/entities.py" line="31" />
      <source>current</source>
      <translation>최신</translation>
    </message>
    <message>
      <location filename="workbench/ui/i18n_service.py" line="179" />
      <source>date</source>
      <translation>날짜</translation>
    </message>
    <message>
      <location filename="workbench/ui/dialogs/audit_log.py" line="47" />
      <source>deleted</source>
      <translation>삭제</translation>
    </message>
    <message>
      <location filename="workbench/ui/i18n_service.py" line="183" />
      <source>description</source>
      <translation>설명</translation>
    </message>
    <message>
      <location filename="workbench/ui/i18n_extra.py" line="52" />
      <source>disclaimer</source>
      <translation>의견거절</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/inventory_quality.py" line="84" />
      <source>distribution</source>
      <translation>분포</translation>
    </message>
    <message>
      <location filename="workbench/ui/dialogs/measure.py" line="21" />
      <source>done</source>
      <translation>완료</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/product_import.py" line="105" />
      <source>ecospold2 release folder</source>
      <translation>ecospold2 릴리스 폴더</translation>
    </message>
    <message>
      <location filename="workbench/ui/statusbar.py" line="12" />
      <source>edit</source>
      <translation>편집</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/entities_edits.py" line="35" />
      <source>electricity</source>
      <translation>전력</translation>
    </message>
    <message>
      <location filename="workbench/ui/dialogs/source.py" line="54" />
      <source>emission factor</source>
      <translation>배출계수</translation>
    </message>
    <message>
      <location filename="workbench/ui/i18n_service.py" line="176" />
      <source>emission source</source>
      <translation>배출원</translation>
    </message>
    <message>
      <location filename="workbench/ui/i18n_service.py" line="137" />
      <source>emission sources</source>
      <translation>배출원</translation>
    </message>
    <message>
      <location filename="workbench/ui/i18n_service.py" line="181" />
      <source>end date</source>
      <translation>종료일</translation>
    </message>
    <message>
      <location filename="workbench/ui/i18n_service.py" line="114" />
      <source>entered by hand</source>
      <translation>직접 입력</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/entities_edits.py" line="258" />
      <source>entity</source>
      <translation>법인</translation>
    </message>
    <message>
      <location filename="workbench/ui/i18n_extra.py" line="36" />
      <source>equity share</source>
      <translation>지분 비율</translation>
    </message>
    <message>
      <location filename="workbench/ui/i18n_extra.py" line="66" />
      <source>error</source>
      <translation>오류</translation>
    </message>
    <message>
      <location filename="workbench/ui/i18n_extra.py" line="48" />
      <source>exception</source>
      <translation>예외</translation>
    </message>
    <message>
      <location filename="workbench/ui/i18n_extra.py" line="69" />
      <source>fail</source>
      <translation>실패</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/entities.py" line="33" />
      <source>file missing</source>
      <translation>파일 없음</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/entities.py" line="34" />
      <source>file unreadable</source>
      <translation>파일을 읽을 수 없음</translation>
    </message>
    <message>
      <location filename="workbench/ui/dialogs/factor_picker.py" line="122" />
      <source>filter: words in the id, name, region, year, unit or publisher</source>
      <translation>필터: ID, 이름, 지역, 연도, 단위 또는 발행 기관의 단어</translation>
    </message>
    <message>
      <location filename="workbench/ui/i18n_extra.py" line="35" />
      <source>financial control</source>
      <translation>재무 통제</translation>
    </message>
    <message>
      <location filename="workbench/ui/dialogs/finding.py" line="50" />
      <source>finding kind</source>
      <translation>발견사항 유형</translation>
    </message>
    <message>
      <location filename="workbench/ui/dialogs/reduction.py" line="61" />
      <source>fixed ex ante</source>
      <translation>사전 고정</translation>
    </message>
    <message>
      <location filename="workbench/ui/i18n_extra.py" line="62" />
      <source>footprint</source>
      <translation>탄소발자국</translation>
    </message>
    <message>
      <location filename="workbench/ui/dialogs/exchange.py" line="29" />
      <source>foreground activity</source>
      <translation>전경 활동</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/entities_edits.py" line="24" />
      <source>franchise</source>
      <translation>가맹점</translation>
    </message>
    <message>
      <location filename="workbench/ui/dialogs/audit_log.py" line="69" />
      <source>from YYYY-MM-DD</source>
      <translation>시작 YYYY-MM-DD</translation>
    </message>
    <message>
      <location filename="workbench/ui/i18n_service.py" line="94" />
      <source>gross</source>
      <translation>총계 기준</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/entities_edits.py" line="36" />
      <source>heat</source>
      <translation>열</translation>
    </message>
    <message>
      <location filename="workbench/ui/i18n_extra.py" line="59" />
      <source>held</source>
      <translation>보유</translation>
    </message>
    <message>
      <location filename="workbench/ui/dialogs/measure.py" line="21" />
      <source>in progress</source>
      <translation>진행 중</translation>
    </message>
    <message>
      <location filename="workbench/ui/i18n_extra.py" line="68" />
      <source>info</source>
      <translation>정보</translation>
    </message>
    <message>
      <location filename="workbench/ui/dialogs/reduction.py" line="54" />
      <source>inside: own scope 1</source>
      <translation>내부: 자사 Scope 1</translation>
    </message>
    <message>
      <location filename="workbench/ui/dialogs/reduction.py" line="55" />
      <source>inside: own scope 2</source>
      <translation>내부: 자사 Scope 2</translation>
    </message>
    <message>
      <location filename="workbench/ui/dialogs/reduction.py" line="56" />
      <source>inside: own scope 3 (value chain)</source>
      <translation>내부: 자사 Scope 3 (가치사슬)</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/product.py" line="155" />
      <source>installed</source>
      <translation>설치됨</translation>
    </message>
    <message>
      <location filename="workbench/ui/navigator.py" line="44" />
      <source>issues</source>
      <translation>문제 있음</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/entities_edits.py" line="30" />
      <source>joint</source>
      <translation>공동</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/entities_edits.py" line="22" />
      <source>joint venture</source>
      <translation>합작 투자회사</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/product.py" line="104" />
      <source>kg CO2e</source>
      <translation>kg CO2e</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/product_results.py" line="187" />
      <source>kg CO2e per functional unit</source>
      <translation>기능단위당 kg CO2e</translation>
    </message>
    <message>
      <location filename="workbench/ui/dialogs/factor_picker.py" line="59" />
      <source>kg CO2e per unit</source>
      <translation>단위당 kg CO2e</translation>
    </message>
    <message>
      <location filename="workbench/ui/dialogs/factor_picker.py" line="243" />
      <source>kg CO2e per {0} ({1})</source>
      <translation>{0}당 kg CO2e ({1})</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/entities_edits.py" line="25" />
      <source>leased asset</source>
      <translation>임대 자산</translation>
    </message>
    <message>
      <location filename="workbench/ui/i18n_extra.py" line="53" />
      <source>limited</source>
      <translation>제한적 보증</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/footprint.py" line="69" />
      <source>location-based</source>
      <translation>지역 기반</translation>
    </message>
    <message>
      <location filename="workbench/ui/dialogs/factor_picker.py" line="49" />
      <source>lognormal</source>
      <translation>로그정규</translation>
    </message>
    <message>
      <location filename="workbench/ui/i18n_service.py" line="70" />
      <source>lot</source>
      <translation>로트</translation>
    </message>
    <message>
      <location filename="workbench/ui/i18n_service.py" line="299" />
      <source>lots</source>
      <translation>로트</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/footprint.py" line="68" />
      <source>market-based</source>
      <translation>시장 기반</translation>
    </message>
    <message>
      <location filename="workbench/ui/i18n_service.py" line="100" />
      <source>material</source>
      <translation>중요함</translation>
    </message>
    <message>
      <location filename="workbench/ui/i18n_service.py" line="75" />
      <source>measure</source>
      <translation>감축 조치</translation>
    </message>
    <message>
      <location filename="workbench/ui/i18n_extra.py" line="41" />
      <source>measures</source>
      <translation>감축 조치</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/footprint_tabs.py" line="93" />
      <source>missing: not counted</source>
      <translation>없음: 반영되지 않음</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/footprint_uncertainty.py" line="61" />
      <source>model not recorded</source>
      <translation>모델 기록 없음</translation>
    </message>
    <message>
      <location filename="workbench/ui/i18n_extra.py" line="50" />
      <source>modified</source>
      <translation>한정</translation>
    </message>
    <message>
      <location filename="workbench/ui/dialogs/reduction.py" line="61" />
      <source>monitored</source>
      <translation>모니터링</translation>
    </message>
    <message>
      <location filename="workbench/ui/i18n_service.py" line="94" />
      <source>net</source>
      <translation>순계 기준</translation>
    </message>
    <message>
      <location filename="workbench/ui/dialogs/reduction_steps.py" line="40" />
      <source>no</source>
      <translation>아니오</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/inventory.py" line="164" />
      <source>no activity data for the reporting period</source>
      <translation>보고 기간의 활동자료 없음</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/offsets.py" line="242" />
      <source>no credit lots</source>
      <translation>크레딧 로트 없음</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/boundary.py" line="250" />
      <source>no emission sources yet</source>
      <translation>아직 배출원 없음</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/verification.py" line="319" />
      <source>no engagement yet</source>
      <translation>아직 검증 업무 없음</translation>
    </message>
    <message>
      <location filename="workbench/ui/i18n_service.py" line="113" />
      <source>no evidence attached</source>
      <translation>첨부된 증빙 없음</translation>
    </message>
    <message>
      <location filename="workbench/ui/dialogs/portfolio.py" line="40" />
      <source>no limit</source>
      <translation>제한 없음</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/plan.py" line="236" />
      <source>no measures or targets</source>
      <translation>감축 조치나 목표 없음</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/product.py" line="247" />
      <source>no product systems (optional)</source>
      <translation>제품 시스템 없음 (선택 사항)</translation>
    </message>
    <message>
      <location filename="workbench/ui/statusbar.py" line="15" />
      <source>no project</source>
      <translation>프로젝트 없음</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/reduction.py" line="404" />
      <source>no reduction project</source>
      <translation>감축사업 없음</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/verification.py" line="326" />
      <source>no verification started</source>
      <translation>검증이 시작되지 않음</translation>
    </message>
    <message>
      <location filename="workbench/ui/i18n_extra.py" line="64" />
      <source>none</source>
      <translation>없음</translation>
    </message>
    <message>
      <location filename="workbench/ui/dialogs/factor_picker.py" line="48" />
      <source>normal</source>
      <translation>정규</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/footprint.py" line="284" />
      <source>not calculated</source>
      <translation>계산 안 됨</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/entities.py" line="189" />
      <source>not checked</source>
      <translation>확인 안 함</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/entities_edits.py" line="30" />
      <source>not held</source>
      <translation>미보유</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/product.py" line="155" />
      <source>not installed here (cached values)</source>
      <translation>이 컴퓨터에 없음 (저장된 값 사용)</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/offsets.py" line="220" />
      <source>not known (calculate the footprint or set it)</source>
      <translation>알 수 없음 (탄소발자국을 계산하거나 직접 설정)</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/footprint.py" line="241" />
      <source>not run</source>
      <translation>실행 안 함</translation>
    </message>
    <message>
      <location filename="workbench/ui/navigator.py" line="42" />
      <source>not started</source>
      <translation>시작 전</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/reduction.py" line="59" />
      <source>not started yet</source>
      <translation>대기</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/entities.py" line="175" />
      <source>not verified</source>
      <translation>미검증</translation>
    </message>
    <message>
      <location filename="workbench/ui/i18n_extra.py" line="42" />
      <source>offset strategy</source>
      <translation>상쇄 전략</translation>
    </message>
    <message>
      <location filename="workbench/ui/i18n_extra.py" line="45" />
      <source>open</source>
      <translation>미결</translation>
    </message>
    <message>
      <location filename="workbench/ui/i18n_extra.py" line="34" />
      <source>operational control</source>
      <translation>운영 통제</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/product_results.py" line="111" />
      <source>other inputs</source>
      <translation>기타 투입물</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/footprint.py" line="241" />
      <source>out of date: run it again</source>
      <translation>최신 아님: 다시 실행하십시오</translation>
    </message>
    <message>
      <location filename="workbench/ui/dialogs/reduction.py" line="53" />
      <source>outside the value chain</source>
      <translation>가치사슬 외부</translation>
    </message>
    <message>
      <location filename="workbench/ui/dialogs/reduction.py" line="121" />
      <source>parameter code</source>
      <translation>매개변수 코드</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/reduction.py" line="327" />
      <source>past due</source>
      <translation>기한 경과</translation>
    </message>
    <message>
      <location filename="workbench/ui/i18n_service.py" line="192" />
      <source>pedigree scores</source>
      <translation>페디그리 점수</translation>
    </message>
    <message>
      <location filename="workbench/ui/i18n_service.py" line="188" />
      <source>pedigree: completeness</source>
      <translation>페디그리: 완전성</translation>
    </message>
    <message>
      <location filename="workbench/ui/i18n_service.py" line="190" />
      <source>pedigree: geographical correlation</source>
      <translation>페디그리: 지리적 대표성</translation>
    </message>
    <message>
      <location filename="workbench/ui/i18n_service.py" line="187" />
      <source>pedigree: reliability</source>
      <translation>페디그리: 신뢰성</translation>
    </message>
    <message>
      <location filename="workbench/ui/i18n_service.py" line="191" />
      <source>pedigree: technological correlation</source>
      <translation>페디그리: 기술적 대표성</translation>
    </message>
    <message>
      <location filename="workbench/ui/i18n_service.py" line="189" />
      <source>pedigree: temporal correlation</source>
      <translation>페디그리: 시간적 대표성</translation>
    </message>
    <message>
      <location filename="workbench/ui/i18n_service.py" line="72" />
      <source>period</source>
      <translation>기간</translation>
    </message>
    <message>
      <location filename="workbench/ui/i18n_service.py" line="74" />
      <source>plan</source>
      <translation>계획</translation>
    </message>
    <message>
      <location filename="workbench/ui/dialogs/measure.py" line="21" />
      <source>planned</source>
      <translation>계획</translation>
    </message>
    <message>
      <location filename="workbench/ui/i18n_service.py" line="78" />
      <source>product</source>
      <translation>제품</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/footprint_uncertainty.py" line="135" />
      <source>project override</source>
      <translation>프로젝트 재정의</translation>
    </message>
    <message>
      <location filename="workbench/ui/i18n_service.py" line="177" />
      <source>quantity</source>
      <translation>수량</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/verification.py" line="154" />
      <source>random</source>
      <translation>무작위</translation>
    </message>
    <message>
      <location filename="workbench/ui/statusbar.py" line="13" />
      <source>read-only</source>
      <translation>읽기 전용</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/certificate.py" line="163" />
      <source>ready to issue</source>
      <translation>발급 가능</translation>
    </message>
    <message>
      <location filename="workbench/ui/i18n_extra.py" line="54" />
      <source>reasonable</source>
      <translation>합리적 보증</translation>
    </message>
    <message>
      <location filename="workbench/ui/i18n_service.py" line="139" />
      <source>reduction measures</source>
      <translation>감축 조치</translation>
    </message>
    <message>
      <location filename="workbench/ui/dialogs/reduction.py" line="75" />
      <source>reduction-project code</source>
      <translation>감축사업 코드</translation>
    </message>
    <message>
      <location filename="workbench/ui/i18n_service.py" line="184" />
      <source>reference</source>
      <translation>참조</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/reduction.py" line="63" />
      <source>rejected by the reviewer</source>
      <translation>반려됨</translation>
    </message>
    <message>
      <location filename="workbench/ui/i18n_extra.py" line="58" />
      <source>removal</source>
      <translation>제거</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/entities_edits.py" line="20" />
      <source>reporting organisation</source>
      <translation>보고 조직</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/offsets.py" line="248" />
      <source>residual emissions covered by retired credits</source>
      <translation>소각된 크레딧으로 잔여 배출량 충족</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/footprint.py" line="286" />
      <source>results out of date</source>
      <translation>결과가 최신이 아님</translation>
    </message>
    <message>
      <location filename="workbench/ui/i18n_extra.py" line="60" />
      <source>retired</source>
      <translation>소각</translation>
    </message>
    <message>
      <location filename="workbench/ui/i18n_extra.py" line="43" />
      <source>review cycle</source>
      <translation>검토 주기</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/verification.py" line="153" />
      <source>risk-weighted</source>
      <translation>위험 가중</translation>
    </message>
    <message>
      <location filename="workbench/ui/i18n_service.py" line="299" />
      <source>rows</source>
      <translation>행</translation>
    </message>
    <message>
      <location filename="workbench/ui/dialogs/exchange.py" line="38" />
      <source>search by name, e.g. electricity</source>
      <translation>이름으로 검색 (예: electricity)</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/verification.py" line="156" />
      <source>seed (blank: new)</source>
      <translation>시드 (비우면 새로 생성)</translation>
    </message>
    <message>
      <location filename="workbench/ui/dialogs/audit_log.py" line="48" />
      <source>set</source>
      <translation>설정됨</translation>
    </message>
    <message>
      <location filename="workbench/ui/i18n_extra.py" line="83" />
      <source>shipped</source>
      <translation>기본 제공</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/entities.py" line="178" />
      <source>signed data changed</source>
      <translation>서명 후 데이터 변경됨</translation>
    </message>
    <message>
      <location filename="workbench/ui/i18n_service.py" line="76" />
      <source>site</source>
      <translation>사업장</translation>
    </message>
    <message>
      <location filename="workbench/ui/i18n_service.py" line="112" />
      <source>size unknown</source>
      <translation>크기 미상</translation>
    </message>
    <message>
      <location filename="workbench/ui/dialogs/source.py" line="42" />
      <source>source</source>
      <translation>배출원</translation>
    </message>
    <message>
      <location filename="workbench/ui/dialogs/measure.py" line="34" />
      <source>source codes, comma-separated</source>
      <translation>배출원 코드, 쉼표로 구분</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/footprint.py" line="288" />
      <source>sources without factors</source>
      <translation>배출계수 없는 배출원</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/entities.py" line="32" />
      <source>stale: the file changed since</source>
      <translation>갱신 필요: 통합 후 파일이 변경됨</translation>
    </message>
    <message>
      <location filename="workbench/ui/i18n_service.py" line="180" />
      <source>start date</source>
      <translation>시작일</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/entities_edits.py" line="37" />
      <source>steam</source>
      <translation>스팀</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/reduction.py" line="61" />
      <source>submitted for review</source>
      <translation>검토 제출됨</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/entities_edits.py" line="21" />
      <source>subsidiary</source>
      <translation>자회사</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/footprint.py" line="158" />
      <source>tCO2e</source>
      <translation>tCO2e</translation>
    </message>
    <message>
      <location filename="workbench/ui/dialogs/measure.py" line="37" />
      <source>tCO2e per year</source>
      <translation>연간 tCO2e</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/plan.py" line="160" />
      <source>tCO2e/yr</source>
      <translation>tCO2e/년</translation>
    </message>
    <message>
      <location filename="workbench/ui/i18n_extra.py" line="40" />
      <source>targets</source>
      <translation>목표</translation>
    </message>
    <message>
      <location filename="workbench/ui/i18n_extra.py" line="80" />
      <source>technosphere</source>
      <translation>기술권</translation>
    </message>
    <message>
      <location filename="workbench/ui/dialogs/audit_log.py" line="75" />
      <source>text in the action</source>
      <translation>작업 내용 검색</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/offsets.py" line="446" />
      <source>the credits' issuance</source>
      <translation>크레딧 발행일</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/offsets.py" line="445" />
      <source>the start of the credits' vintage</source>
      <translation>크레딧 빈티지 시작일</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/product_results.py" line="110" />
      <source>tier {0}</source>
      <translation>{0}차 공급망</translation>
    </message>
    <message>
      <location filename="workbench/ui/i18n_extra.py" line="39" />
      <source>timescale</source>
      <translation>일정</translation>
    </message>
    <message>
      <location filename="workbench/ui/dialogs/audit_log.py" line="71" />
      <source>to YYYY-MM-DD</source>
      <translation>끝 YYYY-MM-DD</translation>
    </message>
    <message>
      <location filename="workbench/ui/dialogs/factor_picker.py" line="51" />
      <source>triangular</source>
      <translation>삼각</translation>
    </message>
    <message>
      <location filename="workbench/ui/i18n_service.py" line="186" />
      <source>uncertainty (%, 95 % range)</source>
      <translation>불확도 (%, 95 % 범위)</translation>
    </message>
    <message>
      <location filename="workbench/ui/i18n_service.py" line="185" />
      <source>uncertainty distribution</source>
      <translation>불확도 분포</translation>
    </message>
    <message>
      <location filename="workbench/ui/i18n_service.py" line="126" />
      <source>uncertainty {0} % &gt;= {1} %</source>
      <translation>불확도 {0} % ≥ {1} %</translation>
    </message>
    <message>
      <location filename="workbench/ui/i18n_service.py" line="101" />
      <source>uncorrected misstatements {0} tCO2e ({1}) = {2} % of {3} tCO2e; threshold {4} %: {5}</source>
      <translation>미수정 오류 {0} tCO2e ({1}) = 보고 총배출량 {3} tCO2e의 {2} %; 기준값 {4} %: {5}</translation>
    </message>
    <message>
      <location filename="workbench/ui/i18n_service.py" line="96" />
      <source>uncorrected misstatements {0} tCO2e ({1}); reported total unknown</source>
      <translation>미수정 오류 {0} tCO2e ({1}); 보고 총배출량 미상</translation>
    </message>
    <message>
      <location filename="workbench/ui/dialogs/factor_picker.py" line="50" />
      <source>uniform</source>
      <translation>균등</translation>
    </message>
    <message>
      <location filename="workbench/ui/i18n_service.py" line="178" />
      <source>unit of measure</source>
      <translation>단위</translation>
    </message>
    <message>
      <location filename="workbench/ui/dialogs/import_preview.py" line="103" />
      <source>unknown emission source '{0}'</source>
      <translation>알 수 없는 배출원 '{0}'</translation>
    </message>
    <message>
      <location filename="workbench/ui/dialogs/import_preview.py" line="104" />
      <source>unknown site '{0}'</source>
      <translation>알 수 없는 사업장 '{0}'</translation>
    </message>
    <message>
      <location filename="workbench/ui/i18n_extra.py" line="49" />
      <source>unmodified</source>
      <translation>적정</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/entities.py" line="176" />
      <source>verification in progress</source>
      <translation>검증 진행 중</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/entities.py" line="177" />
      <source>verified</source>
      <translation>검증 완료</translation>
    </message>
    <message>
      <location filename="workbench/ui/statusbar.py" line="14" />
      <source>verifier</source>
      <translation>검증기관</translation>
    </message>
    <message>
      <location filename="workbench/ui/i18n_extra.py" line="67" />
      <source>warning</source>
      <translation>경고</translation>
    </message>
    <message>
      <location filename="workbench/ui/widgets/table_export.py" line="51" />
      <source>yes</source>
      <translation>예</translation>
    </message>
    <message>
      <location filename="workbench/ui/dialogs/reduction_steps.py" line="40" />
      <source>yes, once</source>
      <translation>예, 1회</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/footprint_uncertainty.py" line="80" />
      <source>{0} % / +{1} %</source>
      <translation>{0}% / +{1}%</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/verification.py" line="251" />
      <source>{0} (fingerprint {1})</source>
      <translation>{0} (지문 {1})</translation>
    </message>
    <message>
      <location filename="workbench/ui/widgets/evidence_viewer.py" line="115" />
      <source>{0} ({1}) cannot be previewed here; open it with the desktop's program.</source>
      <translation>{0}({1})은(는) 여기에서 미리 볼 수 없습니다. 기본 프로그램으로 여십시오.</translation>
    </message>
    <message>
      <location filename="workbench/ui/dialogs/factor_picker.py" line="114" />
      <source>{0} ({1}), measured in {2}</source>
      <translation>{0} ({1}), 단위 {2}</translation>
    </message>
    <message>
      <location filename="workbench/ui/widgets/evidence_viewer.py" line="99" />
      <source>{0} ({1}): first page</source>
      <translation>{0}({1}): 첫 페이지</translation>
    </message>
    <message>
      <location filename="workbench/ui/widgets/evidence_viewer.py" line="106" />
      <source>{0} ({1}): text of the first page</source>
      <translation>{0}({1}): 첫 페이지의 텍스트</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/verification.py" line="332" />
      <source>{0} CAR and {1} CL open</source>
      <translation>CAR {0}건, CL {1}건 미결</translation>
    </message>
    <message>
      <location filename="workbench/ui/dialogs/factor_picker.py" line="299" />
      <source>{0} assigned to {1}.</source>
      <translation>{0}을(를) {1}에 지정했습니다.</translation>
    </message>
    <message>
      <location filename="workbench/ui/widgets/evidence_viewer.py" line="84" />
      <source>{0} bytes</source>
      <translation>{0}바이트</translation>
    </message>
    <message>
      <location filename="workbench/ui/dialogs/import_wizard.py" line="158" />
      <source>{0} columns found. Check the mapping, then press Check.</source>
      <translation>{0}개 열을 찾았습니다. 매핑을 확인한 뒤 점검을 누르십시오.</translation>
    </message>
    <message>
      <location filename="workbench/ui/dialogs/portfolio.py" line="101" />
      <source>{0} credits, cost {1}, removals {2} %. {3}</source>
      <translation>크레딧 {0}개, 비용 {1}, 제거 {2}%. {3}</translation>
    </message>
    <message>
      <location filename="workbench/ui/dialogs/audit_log.py" line="181" />
      <source>{0} entries</source>
      <translation>{0}개 항목</translation>
    </message>
    <message>
      <location filename="workbench/ui/dialogs/unlinked.py" line="40" />
      <source>{0} exchange(s) of the file could not be linked. For each, choose an activity or flow to link it to, or drop it (the dropped list is kept in the import record). Refuse writes nothing.</source>
      <translation>파일의 교환 {0}개를 연결할 수 없습니다. 각 교환마다 연결할 활동 또는 흐름을 선택하거나 제외하십시오 (제외 목록은 가져오기 기록에 보관됩니다). 거부하면 아무것도 기록되지 않습니다.</translation>
    </message>
    <message>
      <location filename="workbench/ui/dialogs/factor_picker.py" line="265" />
      <source>{0} factors</source>
      <translation>배출계수 {0}개</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/footprint_tabs.py" line="189" />
      <source>{0} for {1}</source>
      <translation>{1}의 {0}</translation>
    </message>
    <message>
      <location filename="workbench/ui/widgets/finding_details.py" line="177" />
      <source>{0} is not shown on any page.</source>
      <translation>{0}은(는) 어느 화면에도 표시되지 않습니다.</translation>
    </message>
    <message>
      <location filename="workbench/ui/dialogs/save_copy.py" line="26" />
      <source>{0} is the open project file itself; choose another name.</source>
      <translation>지금 열려 있는 프로젝트 파일입니다: {0}. 다른 이름을 선택하세요.</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/product.py" line="203" />
      <source>{0} kg CO2e per {1}</source>
      <translation>{1}당 {0} kg CO2e</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/plan.py" line="246" />
      <source>{0} measures, target set</source>
      <translation>감축 조치 {0}개, 목표 설정됨</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/plan.py" line="238" />
      <source>{0} measures, {1} targets</source>
      <translation>감축 조치 {0}개, 목표 {1}개</translation>
    </message>
    <message>
      <location filename="workbench/ui/dialogs/audit_log.py" line="178" />
      <source>{0} of {1} entries (newest first)</source>
      <translation>{1}개 항목 중 {0}개(최신순)</translation>
    </message>
    <message>
      <location filename="workbench/ui/dialogs/factor_picker.py" line="260" />
      <source>{0} of {1} factors shown; type in the filter to narrow them.</source>
      <translation>배출계수 {1}개 중 {0}개를 표시합니다. 필터에 입력해 범위를 좁히십시오.</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/product.py" line="249" />
      <source>{0} product systems</source>
      <translation>제품 시스템 {0}개</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/reduction.py" line="416" />
      <source>{0} reduction project(s)</source>
      <translation>감축사업 {0}건</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/reduction.py" line="415" />
      <source>{0} review step(s) overdue</source>
      <translation>기한이 지난 검토 단계 {0}건</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/inventory.py" line="158" />
      <source>{0} rows</source>
      <translation>{0}행</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/certificate.py" line="162" />
      <source>{0} rule(s) failing</source>
      <translation>규칙 {0}개 미충족</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/boundary.py" line="251" />
      <source>{0} sources</source>
      <translation>배출원 {0}개</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/boundary.py" line="243" />
      <source>{0} sources, {1} excluded with justification</source>
      <translation>배출원 {0}개, 사유와 함께 제외 {1}개</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/offsets.py" line="249" />
      <source>{0} t retired of {1} t</source>
      <translation>{1} t 중 {0} t 소각</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/footprint.py" line="289" />
      <source>{0} tCO2e</source>
      <translation>{0} tCO2e</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/footprint.py" line="236" />
      <source>{0} to {1} ({2} runs)</source>
      <translation>{0} ~ {1} ({2}회)</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/reduction.py" line="260" />
      <source>{0} | methodology {1} {2} | start date {3} | crediting period {4} to {5} | {6}</source>
      <translation>{0} | 방법론 {1} {2} | 사업 시작일 {3} | 인증유효기간 {4} ~ {5} | {6}</translation>
    </message>
    <message>
      <location filename="workbench/ui/dialogs/checks.py" line="66" />
      <source>{0}: '{1}' is not a date (use YYYY-MM-DD, for example 2025-03-31).</source>
      <translation>{0}: 날짜가 아닙니다: '{1}' (YYYY-MM-DD 형식, 예: 2025-03-31).</translation>
    </message>
    <message>
      <location filename="workbench/ui/dialogs/checks.py" line="41" />
      <source>{0}: '{1}' is not a number (type digits, for example 1234.5).</source>
      <translation>{0}: '{1}'은(는) 숫자가 아닙니다(예: 1234.5처럼 숫자를 입력하세요).</translation>
    </message>
    <message>
      <location filename="workbench/ui/dialogs/checks.py" line="87" />
      <source>{0}: '{1}' is not a unit.</source>
      <translation>{0}: '{1}'은(는) 단위가 아닙니다.</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/offsets.py" line="299" />
      <source>{0}: answer yes or no.</source>
      <translation>{0}: 예 또는 아니오로 답하세요.</translation>
    </message>
    <message>
      <location filename="workbench/ui/dialogs/checks.py" line="137" />
      <source>{0}: choose a file (Browse...).</source>
      <translation>{0}: 파일을 선택하세요(찾아보기...).</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/inventory_quality.py" line="25" />
      <source>{0}: give five scores from 1 (best) to 5 (worst) in the order reliability, completeness, temporal, geographical and technological correlation.</source>
      <translation>{0}: 신뢰성, 완전성, 시간적 대표성, 지리적 대표성, 기술적 대표성 순서로 1(최상)에서 5(최하)까지 점수 다섯 개를 입력하십시오.</translation>
    </message>
    <message>
      <location filename="workbench/ui/dialogs/checks.py" line="43" />
      <source>{0}: must be at least {1}.</source>
      <translation>{0}: {1} 이상이어야 합니다.</translation>
    </message>
    <message>
      <location filename="workbench/ui/widgets/chart.py" line="84" />
      <source>{0}: save a chart as .png or .svg</source>
      <translation>{0}: 차트는 .png 또는 .svg로 저장합니다</translation>
    </message>
    <message>
      <location filename="workbench/ui/dialogs/checks.py" line="139" />
      <source>{0}: there is no file {1}.</source>
      <translation>{0}: 파일이 없습니다: {1}</translation>
    </message>
    <message>
      <location filename="workbench/ui/dialogs/checks.py" line="103" />
      <source>{0}: there is no {1} '{2}'.</source>
      <translation>{0}: 해당 {1} 없음: '{2}'</translation>
    </message>
    <message>
      <location filename="workbench/ui/dialogs/checks.py" line="26" />
      <source>{0}: this field is required.</source>
      <translation>{0}: 필수 항목입니다.</translation>
    </message>
    <message>
      <location filename="workbench/ui/dialogs/checks.py" line="114" />
      <source>{0}: {1} '{2}' is already used; choose another code.</source>
      <translation>{0}: {1} '{2}'은(는) 이미 사용 중입니다. 다른 코드를 입력하세요.</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/inventory.py" line="267" />
      <source>{0}: {1} is before the start date {2}.</source>
      <translation>{0}: 시작일 {2}보다 앞선 날짜입니다: {1}</translation>
    </message>
    <message>
      <location filename="workbench/ui/dialogs/reduction.py" line="39" />
      <source>{0}: {1} is before the start {2}.</source>
      <translation>{0}: {1}은(는) 시작일 {2} 이전입니다.</translation>
    </message>
    <message>
      <location filename="workbench/ui/dialogs/checks.py" line="72" />
      <source>{0}: {1} is before {2} ({3}).</source>
      <translation>{0}: {2}({3})보다 앞선 날짜입니다: {1}</translation>
    </message>
    <message>
      <location filename="workbench/ui/dialogs/checks.py" line="68" />
      <source>{0}: {1} is in the future; record it once it has happened.</source>
      <translation>{0}: 미래 날짜입니다: {1}. 실제로 이루어진 뒤에 기록하세요.</translation>
    </message>
    <message>
      <location filename="workbench/ui/dialogs/import_preview.py" line="169" />
      <source>{0}: {1} problem(s) of {2} kind(s) in {3} row(s). Fix the file or the mapping; nothing was written.</source>
      <translation>{0}: {3}개 행에서 {2}가지 종류의 문제 {1}건이 있습니다. 파일이나 열 매핑을 고치십시오. 아무것도 기록하지 않았습니다.</translation>
    </message>
    <message>
      <location filename="workbench/ui/dialogs/import_wizard.py" line="243" />
      <source>{0}: {1} rows are ready to import.</source>
      <translation>{0}: {1}행을 가져올 준비가 되었습니다.</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/footprint_uncertainty.py" line="62" />
      <source>{0}; one draw per factor; seed {1}</source>
      <translation>{0}; 배출계수별 한 번 추출; 시드 {1}</translation>
    </message>
    <message>
      <location filename="workbench/ui/i18n_service.py" line="254" />
      <source>{file}: imported {n} {what}</source>
      <translation>{file}: {what} {n}개를 가져왔습니다</translation>
    </message>
    <message>
      <location filename="workbench/ui/i18n_service.py" line="256" />
      <source>{file}: row {n}</source>
      <translation>{file}: {n}행</translation>
    </message>
    <message>
      <location filename="workbench/ui/i18n_service.py" line="244" />
      <source>{kind}: laying out the pages</source>
      <translation>{kind}: 페이지를 배치하는 중</translation>
    </message>
    <message>
      <location filename="workbench/ui/i18n_service.py" line="242" />
      <source>{kind}: reading the project snapshot</source>
      <translation>{kind}: 프로젝트 스냅샷을 읽는 중</translation>
    </message>
    <message>
      <location filename="workbench/ui/i18n_service.py" line="247" />
      <source>{kind}: recording the issued document</source>
      <translation>{kind}: 발행 문서를 기록하는 중</translation>
    </message>
    <message>
      <location filename="workbench/ui/i18n_service.py" line="249" />
      <source>{kind}: written to {path}</source>
      <translation>{kind}: 저장 완료: {path}</translation>
    </message>
    <message>
      <location filename="workbench/ui/pages/inventory_quality.py" line="16" />
      <source>± % at 95 %</source>
      <translation>95 % 신뢰수준의 ± %</translation>
    </message>
  </context>
</TS>
