"""Reduction-project documents (issue 20): the project design document and the monitoring report,
built from the project file in English and Korean, read back (pypdf and pdftotext), with the
snapshot hash, file id, figures, findings and a stamp that `pdfmeta.read` confirms."""

from __future__ import annotations

import re
import shutil
import subprocess

import pytest

from forms import pdfmeta
from workbench.demo import reduction as demo
from workbench.project.errors import ProjectError
from workbench.services import documents, reduction

CODE = demo.CODE
WORD = re.compile(r"[A-Za-z][A-Za-z0-9]*(?:[-_./@][A-Za-z0-9]+)*")


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    from workbench import new_project

    tmp = tmp_path_factory.mktemp("rdocs")
    p = new_project(tmp / "r.cnw", "Hanbit Precision Co., Ltd.", name_local="한빛정밀 주식회사")
    demo.add_project(p)
    reduction.issue(p, CODE, "2025", 815, "2026-03-30", committee_decision="KCCI_decision_2026-03.pdf")
    out = {}
    for lang in ("en", "ko"):
        out["pdd", lang] = documents.build_pdd(p, CODE, tmp / f"pdd_{lang}.pdf", lang)
        out["mr", lang] = documents.build_monitoring_report(p, CODE, "2025", tmp / f"mr_{lang}.pdf", lang)
    out["hash"], out["file_id"] = p.snapshot_hash(), p.file_id
    out["issued"] = documents.issued(p)
    p.close()
    return out


def _text(path) -> str:
    return re.sub(r"\s+", " ", pdfmeta.extract_text(path))


def test_pdd_english_has_every_section_and_the_figures(built):
    t = _text(built["pdd", "en"])
    for words in (
        "Project Design Document",
        "KCCI Carbon Standard",
        "KCCI-M-FS-01",
        "Applicability condition",
        "Additionality: beyond common practice",
        "Parameters fixed ex ante",
        "Monitored parameters",
        "FT-101",
        "Ex-ante estimate of reductions",
        "828.87",
        "Certification process",
        "Conformity review",
        "Evidence list",
        "legal_review_2024-02.pdf",
        "No rule reports a problem.",
    ):
        assert words in t, words
    assert built["hash"] in t.replace(" ", "") and built["file_id"] in t


def test_monitoring_report_english_computes_the_period(built):
    t = _text(built["mr", "en"])
    assert "Monitoring Report" in t and "2025" in t
    for figure in ("2,926.17", "2,026.40", "84.52", "815.24"):  # leakage 40,250 GJ x 2.1 kg = 84.525 t
        assert figure in t, figure
    assert "HG / EFF_BL x EF[epa.stat.diesel.mmbtu]" in t
    assert "steam_log_2025.xlsx" in t and "gas_invoices_2025.pdf" in t  # the readings' evidence
    assert "KCCI/KCR-2025-KCS-P-2025-0042/000001-000815" in t.replace(" ", "")


def test_korean_documents_are_korean(built):
    assert shutil.which("pdftotext")
    names = {"Korea", "Green", "Verification", "Co"}  # the verifier's name as entered
    ids = {"HG", "LEF", "EF", "EFF_BL", "FC_NG", "x", "GJ", "KR", "KCR", "QR", "ID", "Scope", "pdf", "t/h"}
    for kind in ("pdd", "mr"):
        text = subprocess.run(
            ["pdftotext", str(built[kind, "ko"]), "-"], capture_output=True, text=True, check=True
        ).stdout
        assert len(re.findall(r"[\uac00-\ud7a3]", text)) > 400, kind
        latin = {w for w in WORD.findall(text) if not re.search(r"[0-9_.@]", w)} - names - ids
        assert latin <= {"df"}, (kind, sorted(latin))  # "df": pdftotext splitting a ".pdf"
    t = _text(built["pdd", "ko"])
    assert "감축사업 계획서" in t and "추가성" in t and "대한상의 탄소감축인증표준" in t
    t = _text(built["mr", "ko"])
    assert "모니터링 보고서" in t and "815.24" in t and "베이스라인 배출량" in t


def test_stamps_carry_the_snapshot_hash_and_the_figures(built):
    for kind, figure in (("pdd", 828.87), ("mr", 815.24)):
        for lang in ("en", "ko"):
            stamp, intact, msg = pdfmeta.read(built[kind, lang])
            assert intact, msg
            assert stamp.snapshot_hash == built["hash"] and stamp.file_id == built["file_id"]
            assert stamp.lang == lang
            assert round(stamp.figures["reduction_t"]["value"], 2) == figure
    kinds = sorted((d["kind"], d["lang"]) for d in built["issued"])
    assert kinds == [("monitoring_report", "en"), ("monitoring_report", "ko"), ("pdd", "en"), ("pdd", "ko")]


def test_findings_print_in_the_pdd_in_both_languages(tmp_project, tmp_path):
    demo.add_project(tmp_project)
    reduction.update(tmp_project, CODE, start_date="2009-12-31")
    en = _text(documents.build_pdd(tmp_project, CODE, tmp_path / "en.pdf", "en"))
    assert "RP.KCCI.START_DATE" in en and "before 2010-04-14" in en
    ko = _text(documents.build_pdd(tmp_project, CODE, tmp_path / "ko.pdf", "ko"))
    assert "RP.KCCI.START_DATE" in ko and "2009-12-31은 2010-04-14 이전입니다" in ko


def test_bad_language_and_unknown_project_are_refused(tmp_project, tmp_path):
    demo.add_project(tmp_project)
    with pytest.raises(ProjectError, match="'fr' is not 'en' or 'ko'"):
        documents.build_pdd(tmp_project, CODE, tmp_path / "x.pdf", "fr")
    with pytest.raises(ProjectError, match=r"no reduction project 'NOPE'.*known: HB-RP-001"):
        documents.build_pdd(tmp_project, "NOPE", tmp_path / "x.pdf")
    with pytest.raises(ProjectError, match="no monitoring period '2030'"):
        documents.build_monitoring_report(tmp_project, CODE, "2030", tmp_path / "x.pdf")
    assert not (tmp_path / "x.pdf").exists()
