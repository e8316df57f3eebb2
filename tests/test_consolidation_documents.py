"""The consolidation approach and the shares per entity printed in the QES, the dossier and the
certificate (real PDFs read back); a single-entity project prints exactly as before."""

import dataclasses

import pytest
from helpers import layout_check

from forms import certificate, pdfmeta
from forms.model import EntityShare
from tests.helpers.sample_documents import sample_claim
from workbench.services import boundary, documents, entities, footprint, inventory
from workbench.services.footprint.factors import assign_factor


@pytest.fixture
def group(tmp_project, bw):
    p = tmp_project
    for code, mwh in (("P", 1000), ("J", 2000)):
        boundary.add_site(p, code=code, name=code)
        boundary.add_source(p, f"E-{code}", f"Electricity {code}", 2, site=code, unit="MWh")
        assign_factor(p, f"E-{code}", "kr.elec.grid.2023")
        inventory.add_activity(p, f"E-{code}", mwh, "MWh", "2025-01-01", "2025-12-31")
    entities.add_entity(
        p, "Hanbit JV", "joint venture", equity_pct=40, operational_control="no", name_local="한빛 합작"
    )
    entities.assign_site(p, "J", "Hanbit JV")
    boundary.set_subject(p, consolidation="equity share")
    footprint.calculate(p)
    return p


def test_qes_and_dossier_print_the_approach_and_each_entitys_share(group, tmp_path):
    en = pdfmeta.extract_text(documents.build_qes(group, tmp_path / "qes.pdf", "en"))
    assert "Consolidation approach: equity share" in en
    assert "Hanbit JV" in en and "joint venture" in en and "40 %" in en
    assert "333.84" in en  # 40 % of 2,000 MWh x 0.4173 counted
    assert "834.60" in en  # its gross emissions
    ko = pdfmeta.extract_text(documents.build_qes(group, tmp_path / "qes_ko.pdf", "ko"))
    assert "한빛 합작" in ko and "합작 투자회사" in ko and "반영 비율" in ko and "지분 비율" in ko
    dossier = pdfmeta.extract_text(documents.build_dossier(group, tmp_path / "dossier.pdf", "en"))
    assert "Hanbit JV" in dossier and "equity share approach gives it" in dossier


def test_a_single_entity_project_prints_no_entity_table(tmp_project, bw, tmp_path):
    p = tmp_project
    boundary.add_site(p, code="P", name="P")
    boundary.add_source(p, "E-P", "Electricity", 2, site="P", unit="MWh")
    assign_factor(p, "E-P", "kr.elec.grid.2023")
    inventory.add_activity(p, "E-P", 100, "MWh", "2025-01-01", "2025-12-31")
    footprint.calculate(p)
    model = documents.load(p, "en")
    assert model.footprint is not None and model.footprint.entity_shares == []
    text = pdfmeta.extract_text(documents.build_qes(p, tmp_path / "qes.pdf", "en"))
    assert "Consolidation approach: operational control" in text and "approach gives it" not in text


def test_certificate_prints_the_boundary_line(tmp_path):
    doc = sample_claim()
    doc.footprint = dataclasses.replace(
        doc.footprint,
        consolidation="financial control",
        entity_shares=[
            EntityShare("Group Co", "reporting organisation", 100, 100),
            EntityShare("Hanbit JV", "joint venture", 40, 40),
        ],
    )
    out = tmp_path / "cert.pdf"
    out.write_bytes(certificate.render(doc, "en"))
    text = pdfmeta.extract_text(out)
    assert "Boundary" in text and "financial control: Group Co 100 %, Hanbit JV 40 %" in text
    out_ko = tmp_path / "cert_ko.pdf"
    out_ko.write_bytes(certificate.render(doc, "ko"))
    assert "재무 통제: Group Co 100 %, Hanbit JV 40 %" in pdfmeta.extract_text(out_ko)


# -- structural changes since the base year ---------------------------------------------------------
@pytest.fixture
def restructured(tmp_project, bw):
    """Base year 2024: 1,000 MWh (417.30 t). NewCo (신규 법인) acquired 2025-07-01 with 30 t in the
    base year; OldCo, a 50 % joint venture, divested 2025-03-01 with 40 t. Equity share: +30 - 20."""
    p = tmp_project
    base = boundary.add_period(p, "2024", "2024-01-01", "2024-12-31", is_base_year=True)
    boundary.add_site(p, code="P", name="P")
    boundary.add_source(p, "E-P", "Electricity", 2, site="P", unit="MWh")
    assign_factor(p, "E-P", "kr.elec.grid.2023")
    inventory.add_activity(p, "E-P", 1000, "MWh", "2024-01-01", "2024-12-31", period_id=base)
    inventory.add_activity(p, "E-P", 900, "MWh", "2025-01-01", "2025-12-31")
    entities.add_entity(
        p, "NewCo", "subsidiary", acquired="2025-07-01", base_year_tco2e=30, name_local="신규 법인"
    )
    entities.add_entity(p, "OldCo", "joint venture", equity_pct=50, divested="2025-03-01", base_year_tco2e=40)
    boundary.set_subject(p, consolidation="equity share")
    footprint.calculate(p, base)
    footprint.calculate(p)
    return p


def test_qes_and_dossier_print_structural_changes_and_the_restated_base_year(restructured, tmp_path):
    p = restructured
    en = pdfmeta.extract_text(documents.build_qes(p, tmp_path / "qes.pdf", "en"))
    assert "Structural changes and base-year recalculation" in en
    assert "NewCo" in en and "acquisition" in en and "1 July 2025" in en
    assert "OldCo" in en and "divestment" in en and "-20.00" in en  # 40 t at the 50 % equity share
    assert "Base year, original" in en and "417.30 tCO2e" in en
    assert "Base year, restated" in en and "427.30 tCO2e" in en  # 417.30 + 30 - 20
    assert "2.4 %" in en and "No recalculation required" in en  # 10 / 417.30 < 5 %
    ko = pdfmeta.extract_text(documents.build_qes(p, tmp_path / "qes_ko.pdf", "ko"))
    assert "구조 변경과 기준연도 재산정" in ko and "신규 법인" in ko and "인수" in ko and "매각" in ko
    assert "기준연도 (원래 값)" in ko and "기준연도 (재산정 값)" in ko and "427.30" in ko
    assert "재산정 불필요" in ko and "2025년 7월 1일" in ko
    for pdf in (tmp_path / "qes.pdf", tmp_path / "qes_ko.pdf"):  # the new table fits its frame
        assert layout_check.problems(pdf) == []
    for lang in ("en", "ko"):
        dossier = pdfmeta.extract_text(documents.build_dossier(p, tmp_path / f"dossier_{lang}.pdf", lang))
        assert ("Base year, restated" if lang == "en" else "기준연도 (재산정 값)") in dossier
        assert "427.30" in dossier and "OldCo" in dossier


def test_a_change_over_the_threshold_prints_recalculation_required(restructured, tmp_path):
    p = restructured
    entities.update_entity(p, "OldCo", divested=None)  # only the acquisition left: +30 t = 7.2 %
    footprint.calculate(p)
    en = pdfmeta.extract_text(documents.build_qes(p, tmp_path / "qes.pdf", "en"))
    assert "Recalculation required" in en and "447.30 tCO2e" in en and "7.2 %" in en
    assert (
        "OldCo"
        not in en.split("Structural changes and base-year recalculation")[1].split("Base year, original")[0]
    )
    entities.add_entity(p, "Unknown Base", "subsidiary", acquired="2025-02-01")
    ko = pdfmeta.extract_text(documents.build_qes(p, tmp_path / "qes_ko.pdf", "ko"))
    assert "Unknown Base의 기준연도 배출량이 기록되지 않아" in ko


def test_no_structural_change_prints_no_structural_section(group, tmp_path):
    en = pdfmeta.extract_text(documents.build_qes(group, tmp_path / "qes.pdf", "en"))
    assert "Hanbit JV" in en and "Structural changes" not in en
