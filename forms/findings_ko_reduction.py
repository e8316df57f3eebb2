"""Korean renderings of the reduction-project findings (issue 20), merged into
:mod:`forms.findings_ko` (the one home of the findings' Korean): rule id -> (summary, clause,
message patterns), as there."""

from __future__ import annotations

_K = "대한상의 탄소감축인증표준"
_M = "마이카본 자발적 탄소크레딧 인증 표준"

REDUCTION_KO: dict[str, tuple[str, str, list[tuple[str, str]]]] = {
    "RP.KCCI.PRACTICALITY": (
        "실용성 원칙의 증빙이 없거나 충족되지 않았습니다(배출원 확인, 측정·보고·검증 가능)",
        f"{_K} 4대 원칙: 1. 실용성",
        [],
    ),
    "RP.KCCI.ADDITIONALITY": (
        "추가성 원칙의 증빙이 없거나 충족되지 않았습니다(법령·제도 및 일반적 수준 이상의 감축)",
        f"{_K} 4대 원칙: 2. 추가성",
        [],
    ),
    "RP.KCCI.SUSTAINABILITY": (
        "지속성 원칙의 증빙이 없거나 충족되지 않았습니다(감축 효과 유지)",
        f"{_K} 4대 원칙: 3. 지속성",
        [],
    ),
    "RP.KCCI.VERIFIABILITY": (
        "검증 가능성 원칙의 증빙이 없거나 제3자 검증기관이 기록되지 않았습니다",
        f"{_K} 4대 원칙: 4. 검증 가능성",
        [],
    ),
    "RP.KCCI.START_DATE": (
        "사업 시작일이 없거나 2010-04-14 이전입니다",
        f"{_K}: 2010-04-14 이후 시행된 사업",
        [(r"started (?P<d>\S+), before", "사업 시작일 {d}은(는) 2010-04-14 이전입니다")],
    ),
    "RP.KCCI.KETS_SCOPE": (
        "배출권거래제 할당대상업체는 비규제 영역(Scope 3)만 인증받을 수 있습니다",
        f"{_K}: 배출권거래제 참여 기업은 비규제 영역(Scope 3)",
        [],
    ),
    "RP.METHODOLOGY": (
        "방법론 적용조건이 기록되지 않았거나 충족·증빙되지 않았습니다",
        f"{_K}: 승인된 방법론; {_M} 제9조 제2항 제5호, 제13조 제1항 제2호",
        [],
    ),
    "RP.MYC.START_DATE": (
        "사업 시작일은 계약일, 최초 지출일, 설치 시작일 중 가장 빠른 날이어야 합니다",
        f"{_M} 제11조 제1항",
        [],
    ),
    "RP.MYC.SCALE": (
        "사업 규모가 사전 예상 감축량과 맞지 않습니다(연 100 tCO2e 초과: 일반, 이하: 소규모)",
        f"{_M} 제10조 제2항",
        [],
    ),
    "RP.MYC.BUNDLE": ("묶음 감축사업이 연 100 tCO2e를 초과합니다", f"{_M} 제10조 제3항", []),
    "RP.MYC.EXCLUDED_ACTIVITY": (
        "단순한 사용 감소나 유지 보수에 의한 감축은 승인되지 않습니다",
        f"{_M} 제9조 제1항",
        [],
    ),
    "RP.MYC.CRITERIA": (
        "승인 기준(자발성, 법적 의무 초과, 일반적 행동 초과, 정량화·검증 가능)의 증빙이 없거나 충족되지 않았습니다",
        f"{_M} 제9조 제2항 제1호~제4호",
        [],
    ),
    "RP.MYC.CANCELLATION": (
        "승인 취소 사유가 있습니다(거짓·부정은 취소 의무, 그 밖에는 인증위원회 심의)",
        f"{_M} 제15조 제1항, 제2항",
        [],
    ),
    "RP.COMMITTEE": (
        "인증위원회의 의결 없이 크레딧이 발급되었습니다",
        f"{_K}: 8단계 인증위원회 심의·의결; {_M} 제2조 제4호, 제4조 (100톤 이상)",
        [],
    ),
    "RP.ISSUANCE.EXCEEDS": (
        "발급된 크레딧이 모니터링 감축량을 초과합니다",
        f"{_K}: 1톤당 1 KCR; {_M} 제14조 제1항",
        [],
    ),
    "REDUCTION.DOUBLE_COUNT": (
        "조직 경계 내부의 자체 감축사업 크레딧은 이미 배출량 감소에 반영되어 상쇄에 쓸 수 없습니다(이중 계산)",
        "ISO 14068-1:2023 이중 계산 금지",
        [],
    ),
}
