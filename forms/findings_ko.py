"""Korean renderings of the rule findings the documents print (issue 16).

A rule writes its finding once, in English, where the finding is made (``offsets/rules``,
``lca/materiality``, ``workbench/services/plan/checks``, ``workbench/services/documents/claim_rules``);
this catalogue is the one home of its Korean. Each rule id has a Korean summary and clause, and
message patterns that read the finding's figures and names out of the English sentence and put
them into a Korean sentence. A message no pattern matches still prints in Korean: the rule's
summary (and what it is about). ``tests/test_findings_ko.py`` checks that every rule id the
rules can emit has an entry and that the patterns match the messages the rules write.
"""

from __future__ import annotations

import re

from forms.findings_ko_reduction import REDUCTION_KO
from offsets.findings import Finding

# rule id -> (summary, clause, [(pattern over the English message, Korean template)])
_LOT = r"lot (?P<lot>\S+)"
_CAT: dict[str, tuple[str, str, list[tuple[str, str]]]] = {
    "SERIAL.FORMAT": ("일련번호 형식이 등록부 규칙에 맞지 않습니다", "등록부 일련번호 규칙", []),
    "SERIAL.QUANTITY": (
        "표시 수량이 일련번호 범위의 수량과 다릅니다",
        "등록부 일련번호 규칙",
        [
            (
                _LOT
                + r": stated quantity (?P<q>\S+) but serial range (?P<a>\d+)-(?P<b>\d+) holds (?P<n>\S+)",
                "로트 {lot}: 표시 수량은 {q}이나 일련번호 범위 {a}-{b}에는 크레딧 {n}개가 있습니다(양 끝 포함)",
            )
        ],
    ),
    "SERIAL.FIELDS": ("로트 정보가 일련번호에 담긴 값과 다릅니다", "등록부 일련번호 규칙", []),
    "DC.OVERLAP": (
        "두 로트가 같은 크레딧을 담고 있습니다(이중 계산)",
        "ISO 14068-1:2023 이중 계산 금지",
        [
            (
                r"^(?:lot|로트) (?P<a>\S+) .*? and (?:lot )?(?P<b>\S+) .*? share (?P<n>\d+) credits? (?P<r>\S+) in (?P<k>\S+)",
                "로트 {a}와 로트 {b}가 {k}의 같은 크레딧 {n}개({r})를 담고 있습니다",
            )
        ],
    ),
    "DC.EXTERNAL": (
        "다른 프로젝트 파일의 소각·보유 기록과 같은 크레딧입니다(이중 계산)",
        "ISO 14068-1:2023 이중 계산 금지; 공유 소각 등록부",
        [
            (
                r"^lot (?P<a>\S+) .*? and lot (?P<b>\S+) in (?P<file>\S+) .*? share (?P<n>\d+) credits? "
                r"(?P<r>\S+) in (?P<k>\S+)",
                "로트 {a}의 크레딧 {n}개({r}, {k})가 파일 {file}의 로트 {b}에도 기록되어 있습니다",
            )
        ],
    ),
    "REGISTER.STALE": ("공유 소각 등록부가 이 파일에 대해 최신이 아닙니다", "공유 소각 등록부", []),
    "CLAIM.PROGRAMME": ("이 표준의 주장에 인정되지 않는 프로그램입니다", "적용 표준의 크레딧 요건", []),
    "CLAIM.BENEFICIARY": ("소각 수혜자가 주장 주체와 다릅니다", "적용 표준의 크레딧 요건", []),
    "CLAIM.COVERAGE": ("소각된 크레딧이 잔여 배출량을 상쇄하지 못합니다", "적용 표준: 잔여 배출량 상쇄", []),
    "CLAIM.REMOVAL_SHARE": (
        "크레딧 중 흡수·제거 크레딧의 비율을 공개합니다",
        "ISO 14068-1:2023: 흡수·제거 비율 공개",
        [
            (
                r"removals are (?P<r>[\d.,]+) of (?P<t>[\d.,]+) t \((?P<p>[\d.]+) %\)",
                "이 주장에 사용된 크레딧 {t} t 중 흡수·제거 크레딧은 {r} t({p} %)입니다",
            )
        ],
    ),
    "ISO.EX_POST": (
        "크레딧이 사후 발행되었음을 보여야 합니다",
        "ISO 14068-1:2023: 사후 발행 크레딧",
        [],
    ),
    "ISO.VERIFIED": (
        "크레딧의 독립 검증기관이 기록되지 않았습니다",
        "ISO 14068-1:2023: 독립 검증",
        [],
    ),
    "PAS.EX_POST": ("크레딧이 사후 발행되었음을 보여야 합니다", "PAS 2060:2014: 사후 발행 크레딧", []),
    "PAS.VERIFIED": ("크레딧의 독립 검증기관이 기록되지 않았습니다", "PAS 2060:2014: 독립 검증", []),
    "ISO.RETIRED_BEFORE_CLAIM": (
        "크레딧이 소각 기한 안에 소각되지 않았습니다",
        "ISO 14068-1:2023: 소각 기한",
        [],
    ),
    "ISO.RETIRED_AFTER_CLAIM": (
        "크레딧이 주장 선언 후 소각 기한 안에 소각되었습니다",
        "ISO 14068-1:2023: 소각 기한",
        [],
    ),
    "ISO.OFFSETS_ONLY": (
        "첫 기간의 주장에 감축이 없습니다: 상쇄만으로 한 주장은 허용되지 않습니다",
        "ISO 14068-1:2023: 감축 우선",
        [],
    ),
    "KCCI.START_DATE": (
        "KCR 사업은 2010-04-14 이후에 시작되어야 합니다",
        "대한상공회의소 탄소감축인증표준",
        [],
    ),
    "KCCI.PRINCIPLES": (
        "네 가지 원칙(실용성, 추가성, 지속성, 검증 가능성)이 모두 제시되지 않았습니다",
        "대한상공회의소 탄소감축인증표준",
        [],
    ),
    "KCCI.THIRD_PARTY": ("제3자 검증기관이 기록되지 않았습니다", "대한상공회의소 탄소감축인증표준", []),
    "KCCI.KETS_SCOPE": (
        "배출권거래제 대상 업체는 Scope 3 감축만 인증받을 수 있습니다",
        "대한상공회의소 탄소감축인증표준",
        [],
    ),
    "KETS.VOLUNTARY": (
        "배출권거래제 이행에 사용된 크레딧은 자발적 주장에 사용할 수 없습니다",
        "배출권거래법 시행령 제38조 제3항(이중 판매 금지); ISO 14068-1 이중 계산 금지",
        [
            (
                _LOT + r": (?P<unit>\w+) surrendered for K-ETS compliance year (?P<y>\d+)",
                "로트 {lot}: {unit}이(가) {y} 이행연도의 배출권거래제 이행에 제출되었습니다. 배출권거래제 "
                "이행에 사용된 크레딧은 자발적 주장에 사용할 수 없으므로 포트폴리오 선정에서 제외했습니다",
            )
        ],
    ),
    "KETS.CONVERSION_WINDOW": ("KOC는 발행 후 5년 안에 KCU로 전환되어야 합니다", "배출권거래법 시행령", []),
    "KETS.EXPIRY": (
        "제출·이월되지 않은 KCU는 이행연도 종료 6개월 후 소멸합니다",
        "배출권거래법 시행령 제38조 제5항",
        [],
    ),
    "KETS.OVERSEAS": ("해외 감축 실적의 인정 요건을 충족하지 않습니다", "배출권거래법 시행령", []),
    "KETS.OFFSET_LIMIT": ("상쇄배출권 제출량이 사용 한도를 초과합니다", "배출권거래법 시행령 제38조", []),
    "KETS.FOREIGN_LIMIT": ("해외 유래 상쇄배출권이 한도를 초과합니다", "배출권거래법 시행령 제38조", []),
    "KETS.OFFSET_LIMIT_UNCONFIRMED": (
        "상쇄배출권 한도를 확인되지 않은 기본값으로 점검했습니다",
        "배출권거래법 시행령 제38조",
        [],
    ),
    "LABEL.CCP": (
        "ICVCM CCP 라벨이 있는 크레딧입니다",
        "ICVCM 핵심탄소원칙(CCP)",
        [(_LOT + r": carries the ICVCM CCP label", "로트 {lot}: ICVCM CCP 라벨이 있습니다")],
    ),
    "LABEL.CORSIA": (
        "CORSIA 적격 배출 단위입니다",
        "ICAO CORSIA 적격 배출 단위",
        [(_LOT + r": CORSIA eligible", "로트 {lot}: CORSIA 적격 배출 단위입니다")],
    ),
    "LABEL.ART6": ("파리협정 제6조에 따른 상응조정이 승인된 크레딧입니다", "파리협정 제6조", []),
    "MYC.SCALE": ("사업 규모 구분이 연간 감축량과 맞지 않습니다", "MyCarbon 운영 규정", []),
    "MYC.BUNDLE": ("소규모 묶음 사업의 연간 감축량이 한도를 넘습니다", "MyCarbon 운영 규정", []),
    "MYC.COMMITTEE": ("인증위원회 심의 없이 발행되었습니다", "MyCarbon 운영 규정", []),
    "MYC.EXCLUDED_ACTIVITY": ("인정되지 않는 활동 유형입니다", "MyCarbon 운영 규정", []),
    "MYC.CANCELLATION": ("취소 사유가 있어 주장에 사용할 수 없습니다", "MyCarbon 운영 규정 제15조", []),
    "PAS.WITHDRAWN": (
        "PAS 2060 폐지 후에 끝나는 기간입니다: ISO 14068-1로 주장하십시오",
        "PAS 2060:2014 폐지(2025-11-30)",
        [],
    ),
    "PAS.RETIREMENT_WINDOW": ("크레딧이 소각 기한 안에 소각되지 않았습니다", "PAS 2060:2014 소각 기한", []),
    "PAS.OFFSETS_ONLY": ("상쇄만으로 한 달성 선언은 첫 적용 기간에만 허용됩니다", "PAS 2060:2014", []),
    "FOOTPRINT.S12_COMPLETE": (
        "Scope 1·2 배출원은 모두 포함되어야 합니다",
        "ISO 14068-1:2023 / ISO 14064-1:2018 경계",
        [],
    ),
    "FOOTPRINT.MISSING_FACTOR": (
        "포함된 배출원에 배출계수가 없어 배출량을 알 수 없습니다",
        "ISO 14064-1:2018 산정",
        [],
    ),
    "FOOTPRINT.S3_THRESHOLD": (
        "제외된 Scope 3 배출원의 크기를 점검합니다",
        "ISO 14068-1:2023 / ISO 14064-1:2018 중요 배출원 (기준값: 설정, 미확인)",
        [
            (
                r"scope 3 source '(?P<src>[^']+)' is excluded and its size cannot be estimated here.*?"
                r"justification: (?P<why>.*)$",
                "Scope 3 배출원 {src}은(는) 제외되었으며 활동자료나 배출계수가 없어 여기서 크기를 추정할 수 "
                "없습니다. 제외 사유는 배출원 목록에 적혀 있습니다",
            ),
            (
                r"scope 3 source '(?P<src>[^']+)' is excluded but is (?P<p>[\d.]+) %",
                "Scope 3 배출원 {src}은(는) 제외되었으나 배출량의 {p} %를 차지합니다",
            ),
        ],
    ),
    "FOOTPRINT.COVERAGE": (
        "경계가 추정 배출량을 충분히 포함하지 않습니다",
        "PAS 2060 / ISO 14068-1 경계 포함률",
        [],
    ),
    "FOOTPRINT.TWELVE_MONTHS": ("기간이 12개월이 아닙니다", "PAS 2060:2014: 12개월 자료", []),
    "PLAN.MP.SECTIONS": (
        "관리 계획에 필요한 항목의 내용이 없습니다",
        "ISO 14068-1:2023 탄소중립 관리 계획",
        [],
    ),
    "PLAN.MP.LANGUAGE": (
        "관리 계획의 일부 항목에 한 언어의 내용이 없습니다",
        "ISO 14068-1:2023 탄소중립 관리 계획",
        [],
    ),
    "PLAN.TARGET.MISSING": (
        "감축 목표(절대 또는 원단위)가 설정되지 않았습니다",
        "ISO 14068-1:2023 탄소중립 관리 계획",
        [],
    ),
    "PLAN.MEASURE.CAPPED": (
        "감축 조치의 감축량이 대상 배출원의 배출량으로 제한되었습니다",
        "감축 계획 점검",
        [],
    ),
    "PLAN.MEASURE.EVIDENCE": (
        "완료·진행 중인 감축 조치에 증빙이 없습니다",
        "ISO 14064-3 검증: 감축 실적의 증빙",
        [],
    ),
    "PLAN.MEASURE.BEFORE_REFERENCE": ("감축 조치가 기준 배출량 이전에 시작되었습니다", "감축 계획 점검", []),
    "PLAN.ISO.REDUCTIONS_FIRST": (
        "감축 조치가 없어 주장이 상쇄에만 의존합니다",
        "ISO 14068-1:2023: 감축 우선, 잔여 배출량 상쇄",
        [],
    ),
    "PLAN.TARGET.OFF_TRACK": (
        "계획 배출량이 목표 경로를 벗어났습니다",
        "ISO 14068-1:2023 탄소중립 관리 계획",
        [],
    ),
    "PLAN.PAS2060.LATER_PERIOD_REDUCTION": (
        "이후 적용 기간의 감축 실적을 점검합니다",
        "PAS 2060:2014: 이후 기간의 감축",
        [],
    ),
    "PLAN.ISO.OFFSETS_ONLY_FIRST": (
        "첫 주장 기간의 달성 감축량을 점검합니다",
        "ISO 14068-1:2023: 첫 기간에 상쇄만으로 한 주장 금지",
        [
            (
                r"reductions achieved in (?P<p>\S+): (?P<t>[\d.,]+) tCO2e",
                "{p} 기간에 달성한 감축량: {t} tCO2e",
            ),
            (
                r"(?P<p>\S+) is the first claim period and shows no reductions",
                "{p} 기간은 첫 주장 기간인데 달성한 감축이 없습니다",
            ),
        ],
    ),
    "PLAN.FOOTPRINT.MISSING": ("감축 계획의 기준 배출량이 없습니다", "ISO 14068-1:2023: 감축 우선", []),
    "DOC.FOOTPRINT.MISSING": ("이 기간의 배출량이 산정되지 않았습니다", "적용 표준: 대상의 배출량 산정", []),
    "DOC.FOOTPRINT.INCOMPLETE": (
        "배출계수가 없는 포함 배출원이 있어 배출량이 과소 산정됩니다",
        "적용 표준: 배출량 산정",
        [],
    ),
    "DOC.FOOTPRINT.STALE": (
        "배출량 산정 후 입력이 바뀌었습니다: 다시 산정하십시오",
        "적용 표준: 배출량 산정",
        [],
    ),
    "DOC.CREDITS.UNRETIRED": (
        "주장에 배정된 크레딧 중 소각되지 않은 로트가 있습니다",
        "적용 표준: 소각된 크레딧만 인정",
        [],
    ),
    "DOC.RESIDUAL.UNCOVERED": ("잔여 배출량이 소각된 크레딧보다 많습니다", "적용 표준: 잔여 배출량 상쇄", []),
    "DOC.VERIFICATION.OPEN_CAR": (
        "종결되지 않은 검증 발견사항이 있습니다",
        "ISO 14064-3: 미결 CAR·CL이 있으면 긍정 의견 불가",
        [],
    ),
    "DOC.VERIFICATION.CHANGED": (
        "검증 후 서명된 자료가 바뀌었습니다",
        "스냅샷 해시에 대한 검증기관 서명",
        [],
    ),
    "DOC.VERIFICATION.UNSIGNED": ("검증 유형에 필요한 서명된 검증이 없습니다", "ISO 14064-3 검증", []),
    "DOC.VERIFICATION.OPINION": ("검증 의견이 긍정 의견이 아닙니다", "ISO 14064-3 검증 의견", []),
    "DOC.PAS2060.WITHDRAWN": (
        "PAS 2060 폐지 후에 끝나는 기간입니다: ISO 14068-1:2023으로 주장하십시오",
        "PAS 2060:2014 폐지(2025-11-30)",
        [],
    ),
    "DOC.PAS2060.LEGACY": (
        "폐지된 PAS 2060:2014 인증서는 2025-11-30 이전에 끝난 기간에만 발급합니다",
        "PAS 2060:2014 폐지(2025-11-30)",
        [],
    ),
    "DOC.EU.2024_825": (
        "EU 시장 제품 주장: 상쇄에 근거한 탄소중립 표시는 2026-09-27부터 금지됩니다",
        "지침 (EU) 2024/825",
        [],
    ),
}

_CAT.update(REDUCTION_KO)  # reduction projects (forms.findings_ko_reduction)


def reason(f: Finding, lang: str) -> str:
    """A refusal reason as the documents print it: 'RULE.ID: sentence'."""
    return f"{f.rule_id}: {message(f, lang)}"


def rule_ids() -> set[str]:
    return set(_CAT)


def _entry(rule_id: str):
    return _CAT.get(rule_id)


def matched(f: Finding) -> bool:
    """True when a pattern of the rule read this finding's message (not only the summary)."""
    entry = _entry(f.rule_id)
    return entry is not None and any(re.search(p, f.message, re.S) for p, _ in entry[2])


def message(f: Finding, lang: str) -> str:
    """The finding's sentence in ``lang`` (English: the rule's own message)."""
    if lang != "ko":
        return f.message
    entry = _entry(f.rule_id)
    if entry is None:
        return "자동 점검 규칙에 해당합니다"
    summary, _clause, patterns = entry
    for pattern, template in patterns:
        m = re.search(pattern, f.message, re.S)
        if m:
            groups = {k: _number(v) if k in ("n", "q") else v for k, v in m.groupdict().items()}
            return _josa_fill(template.format(**groups))
    return summary


def _number(text: str) -> str:
    from forms.i18n import fmt_qty

    try:
        return fmt_qty(float(text.replace(",", "")), "ko")
    except ValueError:
        return text


def clause(f: Finding, lang: str) -> str:
    if lang != "ko":
        return f.clause
    entry = _entry(f.rule_id)
    return entry[1] if entry else "-"


def subject(f: Finding, lang: str) -> str:
    """What the finding is about, readable: 'lot:5' -> 'lot 5' / '로트 5'."""
    if not f.subject:
        return ""
    kind, _, ref = f.subject.partition(":")
    words = {
        "lot": ("lot", "로트"),
        "source": ("source", "배출원"),
        "period": ("period", "기간"),
        "claim": ("claim", "주장"),
        "plan": ("plan", "계획"),
        "measure": ("measure", "감축 조치"),
        "reduction": ("reduction project", "감축사업"),
    }
    en, ko = words.get(kind, (kind, kind))
    return f"{ko if lang == 'ko' else en} {ref}".strip()


def _josa_fill(text: str) -> str:
    """Resolve the "은(는)"/"이(가)" a template wrote after a placeholder by the word before it."""
    from forms.i18n import josa

    return re.sub(r"(\S+?)(은|이)\((?:는|가)\)", lambda m: josa(m.group(1), m.group(2)), text)
