"""Service texts on Korean screens (workbench/ui/i18n_service.py): boundary findings through the
documents' Korean catalogue, finding subjects, the materiality summary, sampling reasons, the
ledger's uncertainty, the plan's reference footprint, progress messages (issue 16)."""

from __future__ import annotations

import pytest

pytest.importorskip("PySide6.QtWidgets")

from workbench.ui.qtfix import guard  # noqa: E402

guard()  # PySide6 6.12.0 reference-count bug: see workbench/ui/qtfix.py

from test_latin_words import allowlist, latin_words  # noqa: E402


@pytest.fixture
def korean(qapp):
    from PySide6.QtWidgets import QApplication

    from workbench.ui.i18n import install_language

    install_language(QApplication.instance(), "ko")
    yield
    install_language(QApplication.instance(), "en")


def _korean_only(text: str, *names: str) -> bool:
    for n in names:
        text = text.replace(n, " ")
    return latin_words(text, allowlist()) == []


def test_boundary_findings_read_like_the_documents(korean):
    from lca.materiality import SourceStatus, check
    from workbench.services import documents
    from workbench.ui.i18n_service import boundary_findings, finding_line, finding_words

    found = check(
        [
            SourceStatus("ELEC", 2, True, 900.0),
            SourceStatus("COMMUTE", 3, False, None, "staff survey below 1 %"),
            SourceStatus("TRAVEL", 3, False, 30.0, "not material"),
        ]
    )
    rules = boundary_findings([*found, "a message the page passes through"])
    assert [r.rule_id for r in rules[:-1]] == ["FOOTPRINT.S3_THRESHOLD"] * 2
    assert rules[-1] == "a message the page passes through"
    assert {r.subject for r in rules[:-1]} == {"source:COMMUTE", "source:TRAVEL"}
    message, clause = finding_words(rules[0])
    assert (message, clause) == documents.finding_text(rules[0], "ko")
    assert "COMMUTE" in message and _korean_only(message, "COMMUTE") and _korean_only(clause)
    line = finding_line(rules[1])
    assert line.startswith("[") and "TRAVEL" in line and "3.23 %" in line
    assert _korean_only(line, "TRAVEL")


def test_boundary_findings_stay_english_in_english(qapp):
    from lca.materiality import SourceStatus, check
    from workbench.ui.i18n_service import boundary_findings, finding_line

    found = check([SourceStatus("ELEC", 2, True, 900.0), SourceStatus("X", 3, False, None, "why")])
    assert finding_line(boundary_findings(found)[0]) == f"[warning] {found[0].message} ({found[0].clause})"


def test_short_service_phrases_in_korean(korean):
    from workbench.services.verification.thresholds import assess
    from workbench.ui.i18n_service import (
        materiality_text,
        reference_note,
        sample_reasons,
        subject_text,
        table_name,
        uncertainty_text,
    )

    assert subject_text("lot:5") == "로트 5" and subject_text("claim") == "주장"
    assert subject_text("source:COMMUTE") == "배출원 COMMUTE" and subject_text(None) == ""
    m = assess([1.5, -0.5], 29521.7, 5.0)
    text = materiality_text(m)
    assert "29,521.700" in text and "2.000" in text and _korean_only(text)
    assert (
        sample_reasons("no evidence attached; uncertainty 20% >= 10%")
        == "첨부된 증빙 없음; 불확도 20 % ≥ 10 %"
    )
    assert sample_reasons("entered by hand; size unknown") == "직접 입력; 크기 미상"
    assert table_name("activities") == "활동자료"
    assert uncertainty_text("lognormal ±30.0%") == "로그정규 ±30 %"
    assert uncertainty_text("normal ±2.5%") == "정규 ±2.5 %"
    assert uncertainty_text("") == ""
    assert reference_note("base-year footprint (2024)") == "기준 배출량: 기준연도 탄소발자국 (2024)"
    assert reference_note("no footprint yet") == "no footprint yet"  # the service's reason as written


def test_progress_messages_of_the_footprint_calculation_are_korean(korean, tmp_path, bw):
    """Every message the footprint calculation sends is read into Korean words (none falls back to
    the generic "처리 중...")."""
    from workbench import demo
    from workbench.services import footprint
    from workbench.ui.i18n_service import progress_text

    p = demo.build(tmp_path / "demo.cnw", tmp_path / "inputs", log=lambda *_: None)
    try:
        demo.footprint.run(p, tmp_path, lambda *_: None)  # factors assigned as the demo does
        seen: list[str] = []
        footprint.calculate(p, progress=lambda _f, m: seen.append(m))
    finally:
        p.close()
    assert seen
    shown = {m: progress_text(m) for m in seen if m}
    bad = {
        m: v
        for m, v in shown.items()
        if v == "처리 중..." or not _korean_only(v, "Brightway", "biosphere3", "LCA")
    }
    assert bad == {}
    assert progress_text("qes: laying out the pages").endswith("페이지를 배치하는 중")
    assert progress_text("something new the service says") == "처리 중..."
