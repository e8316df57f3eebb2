"""The consolidation approach and the shares per entity printed in the QES, the dossier and the
certificate (real PDFs read back); a single-entity project prints exactly as before."""

import dataclasses

import pytest

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
