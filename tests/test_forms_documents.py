"""forms/: every document built from the sample claim, read back as text, rendered, and checked.

No project file here (that is tests/test_documents_*.py): this pins the library on its own.
"""

from __future__ import annotations

import copy
import io
import re
import shutil
import subprocess
from datetime import date

import pytest
from helpers import layout_check
from helpers.sample_documents import VERRA_SERIAL, sample_claim

from forms import certificate, dossier, kets_report, management_plan, pdfmeta, qes, qr
from forms import verification_statement as vstatement
from forms.declaration import declaration_text

BUILDERS = {
    "certificate": certificate.build,
    "qes": qes.build,
    "management_plan": management_plan.build,
    "verification_statement": vstatement.build,
    "kets_report": kets_report.build,
    "dossier": dossier.build,
}


def flat(text: str) -> str:
    """Text without whitespace, so wrapped serials and sentences compare."""
    return re.sub(r"\s+", "", text)


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    out = tmp_path_factory.mktemp("forms")
    paths = {}
    for name, build in BUILDERS.items():
        for lang in ("en", "ko"):
            paths[name, lang] = build(sample_claim(), out / f"{name}_{lang}.pdf", lang)
    paths["pas", "en"] = certificate.build(sample_claim("PAS2060", "product"), out / "pas_en.pdf", "en")
    return paths


def test_certificate_english_text_has_figures_dates_and_declaration(built):
    text = pdfmeta.extract_text(built["certificate", "en"])
    assert text.count("\f") == 0  # one page
    for s in (
        "Carbon Neutrality Certificate",
        "Hanbit Precision Co., Ltd.",
        "1,234.56 tCO2e",
        "167.54 tCO2e",
        "1,235 tCO2e",
        "1 January 2025",
        "31 December 2025",
        "20 March 2026",
        "ISO 14068-1:2023",
        "IPCC AR6 GWP-100",
        "Independent third-party certification",
        "KAB-GHG-0042",
        "9f2c4e1a7b3d5f60" * 4,
        "4b1e0c2a-7d3f-4e5a-9c8b-1a2b3c4d5e6f",
        "CNW-4B1E0C2A-2025-9F2C4E1A",
    ):
        assert s in text, s
    # total 512.34 + 166.92 + 555.30 = 1234.56; reductions 42.5 + 125.04 = 167.54; credits 100 + 1135
    assert flat(declaration_text(sample_claim(), "en")) in flat(text)
    assert "Hanbit Precision Co., Ltd. declares that" in text


def test_certificate_korean_text_has_hangul_intact(built):
    text = pdfmeta.extract_text(built["certificate", "ko"])
    for s in (
        "탄소중립 인증서",
        "한빛정밀 주식회사",
        "경상남도 창원시 성산구 창원대로 123",
        "2025년 1월 1일",
        "2025년 12월 31일",
        "2026년 3월 20일",
        "1,234.56 tCO2e",
        "독립적 제3자 인증",
        "탄소중립을 달성하였음을 선언합니다",
    ):
        assert s in text, s
    assert flat(declaration_text(sample_claim(), "ko")) in flat(text)
    # poppler agrees with pypdf on the Hangul
    assert (
        "한빛정밀 주식회사"
        in subprocess.run(
            ["pdftotext", str(built["certificate", "ko"]), "-"], capture_output=True, text=True, check=True
        ).stdout
    )


def test_pas2060_certificate_wording_and_eu_warning(built):
    text = pdfmeta.extract_text(built["pas", "en"])
    assert "Certificate of Carbon Neutrality Achievement" in text
    assert flat(
        "Carbon neutrality achieved in accordance with PAS 2060:2014 by Hanbit Precision Co., Ltd. for "
        "Hanbit Precision Co., Ltd. (Korean operations) for the period commencing 1 January 2024 and ending "
        "31 December 2024, independently certified by Lee Seoyeon, Korea Verification Services."
    ) in flat(text)
    assert "Directive (EU) 2024/825" in text
    assert "Directive (EU) 2024/825" not in pdfmeta.extract_text(
        built["certificate", "en"]
    )  # organisation claim


def _declaration_findings(doc, today):
    """The registry's declaration rules (standard and market) over a hand-built model."""
    from workbench.services.documents import claim_rules

    doc.issued_on = today
    inputs = claim_rules.ClaimInputs(None, doc, 0)
    rules = (claim_rules.pas2060_withdrawn, claim_rules.pas2060_legacy, claim_rules.eu_consumer_claims)
    return [f for check in rules for f in check(inputs)]


def test_pas2060_rules_refuse_after_withdrawal_and_warn_before():
    late = sample_claim("PAS2060")
    late.period.end = date(2025, 11, 30)  # the withdrawal day itself is too late
    ids = {f.rule_id: f.severity for f in _declaration_findings(late, date(2026, 1, 5))}
    assert ids["DOC.PAS2060.WITHDRAWN"] == "error"
    early = sample_claim("PAS2060")  # FY2024 ended 2024-12-31
    ids = {f.rule_id: f.severity for f in _declaration_findings(early, date(2026, 1, 5))}
    assert ids == {"DOC.PAS2060.LEGACY": "warning"}
    assert _declaration_findings(sample_claim("PAS2060"), date(2025, 6, 1)) == []
    assert _declaration_findings(sample_claim(), date(2026, 1, 5)) == []


def test_qes_has_every_element_and_each_credit(built):
    text = pdfmeta.extract_text(built["qes", "en"])
    for s in (
        "1. Entity and senior signatory",
        "Kim Minjun, Chief Executive Officer",
        "3. Boundary",
        "Operational control",
        "Quantification standard",
        "ISO 14064-1:2018",
        "CO2, CH4, N2O, HFCs, PFCs, SF6, NF3",
        "Korean grid electricity 2023",
        "0.4173",
        "5. Exclusions with reasons",
        "Below 1 % of the total",
        "1,150.10 – 1,322.75 tCO2e",
        "2024: 1,402.10 tCO2e",
        "Scope 2 location-based / market-based",
        "166.92 / 166.92 tCO2e",
        "Biogenic CO2",
        "LED retrofit",
        "Boiler heat pump",
        "Verra VCS",
        "KCCI",
        "VERRA-RET-2026-0001",
        "KCCI-R-2026-044",
        "10 February 2026",
        "KETS.OFFSET.VOLUNTARY",
        "K-ETS Enforcement Decree Art. 38",
        "Independent third-party certification",
        "Public availability",
    ):
        assert flat(s) in flat(text), s  # table cells wrap
    assert VERRA_SERIAL in flat(text)
    assert "KCR-2023-000001-001135" in flat(text)
    assert flat(declaration_text(sample_claim(), "en")) in flat(text)
    ko = pdfmeta.extract_text(built["qes", "ko"])
    for s in (
        "적격 설명서",
        "1. 주체 및 대표 서명자",
        "창원 태양광 발전 사업",
        "소각된 탄소 크레딧",
        "2026년 2월 10일",
    ):
        assert flat(s) in flat(ko), s


def test_statement_plan_and_kets_texts(built):
    vs = pdfmeta.extract_text(built["verification_statement", "en"])
    for s in (
        "Verification Statement",
        "Unmodified",
        "reasonable",
        "5.0 %",
        "CAR-01",
        "FAR-01",
        "KAB-GHG-0042",
        "15 March 2026",
        "SHA256:ab12cd34ef56",
        "1,234.56 tCO2e",
    ):
        assert s in vs, s
    mp = pdfmeta.extract_text(built["management_plan", "ko"])
    for s in (
        "탄소중립 관리 계획",
        "공약",
        "SBTi 1.5 C absolute",
        "25.2 %",
        "Rooftop solar PPA",
        "상쇄 전략",
        "검토 주기",
    ):
        assert s in mp, s
    kets = pdfmeta.extract_text(built["kets_report", "en"])
    for no in range(1, 14):  # every item of decree Art. 31(1)
        assert re.search(rf"(^|\n){no}\. ", kets), no
    for s in (
        "Art. 31(1)",
        "980.16 tCO2e; boilers x2",
        "KRW 84,200,000,000",
        "No data recorded for this item.",
        "2,000,000 t",
        "100,000 t",
        "98,000 t",
        "Within the limit",
    ):
        assert s in kets, s
    assert "배출권거래제" in pdfmeta.extract_text(built["kets_report", "ko"])


def test_dossier_has_a_table_of_contents_that_points_at_the_right_pages(built):
    def page_text(n: int, layout: bool = False) -> str:
        args = ["pdftotext", "-f", str(n), "-l", str(n)] + (["-layout"] if layout else [])
        return subprocess.run(
            args + [str(built["dossier", "en"]), "-"], capture_output=True, text=True, check=True
        ).stdout

    toc = page_text(2, layout=True)
    assert "Contents" in toc
    for title in (
        "Qualifying Explanatory Statement",
        "Carbon Neutrality Management Plan",
        "Verification Statement",
        "K-ETS Emission Report",
    ):
        m = re.search(re.escape(title) + r"[ .]*(\d+)\s*$", toc, re.M)
        assert m, title
        page = int(m.group(1))
        assert page_text(page).lstrip().startswith(title), (title, page)  # the heading tops its page
    assert "탄소중립 종합 보고서" in pdfmeta.extract_text(built["dossier", "ko"])
    # the certificate itself is in the dossier, on its own landscape page
    from pypdf import PdfReader

    m = re.search(r"Carbon Neutrality Certificate[ .]*(\d+)\s*$", toc, re.M)
    page = PdfReader(str(built["dossier", "en"])).pages[int(m.group(1)) - 1]
    assert float(page.mediabox.width) > float(page.mediabox.height)
    assert flat(declaration_text(sample_claim(), "en")) in flat(page.extract_text())


@pytest.mark.parametrize("name", list(BUILDERS))
def test_each_document_renders_with_fonts_embedded_and_a_clean_layout(built, name, tmp_path):
    for lang in ("en", "ko"):
        pdf = built[name, lang]
        fonts = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True, check=True).stdout
        rows = fonts.splitlines()[2:]
        assert rows and all(" yes yes yes " in r for r in rows), fonts  # embedded, subset, unicode map
        subprocess.run(
            ["pdftoppm", "-png", "-r", "40", "-f", "1", "-l", "1", str(pdf), str(tmp_path / "p")], check=True
        )
        assert list(tmp_path.glob("p*.png"))
        assert layout_check.problems(pdf) == []


def test_certificate_is_landscape_a4_one_page(built):
    from pypdf import PdfReader

    r = PdfReader(str(built["certificate", "ko"]))
    assert len(r.pages) == 1
    box = r.pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (842, 595)


def test_layout_check_catches_overlap_and_text_off_the_page(tmp_path):
    from reportlab.pdfgen import canvas

    from forms import fonts

    fonts.register_reportlab()
    path = tmp_path / "bad.pdf"
    c = canvas.Canvas(str(path), initialFontName=fonts.REGULAR)
    c.setFont(fonts.REGULAR, 12)
    c.drawString(100, 400, "Overlapping words here")
    c.drawString(104, 402, "Overlapping words here")
    c.drawString(560, 700, "runs off the right edge of the page")
    c.drawString(700, 300, "starts beyond the page")
    c.save()
    found = layout_check.problems(path)
    assert any("words overlap" in p and "Overlapping" in p for p in found)
    assert any("text outside the page area" in p for p in found)  # partly outside
    assert any("text starts outside the page: 'starts beyond the page'" in p for p in found)


def test_stamp_round_trip_and_alterations_are_detected(built, tmp_path):
    from pypdf import PdfReader, PdfWriter

    src = built["certificate", "en"]
    stamp, intact, _ = pdfmeta.read(src)
    assert (
        intact and stamp.document == "certificate" and stamp.file_id == "4b1e0c2a-7d3f-4e5a-9c8b-1a2b3c4d5e6f"
    )
    assert stamp.figures["total_t"] == {"value": 1234.56, "printed": "1,234.56"}
    assert VERRA_SERIAL in stamp.figures["serials"]["value"]

    # 1. the page content is changed (an overlay stamped on the page)
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(842, 595))
    c.drawString(300, 300, "VOID")
    c.save()
    w = PdfWriter(clone_from=PdfReader(str(src)))
    w.pages[0].merge_page(PdfReader(buf).pages[0])
    altered = tmp_path / "overlay.pdf"
    w.write(str(altered))
    _, intact, msg = pdfmeta.read(altered)
    assert not intact and "altered" in msg

    # 2. the metadata figures are edited to match some other project
    w = PdfWriter(clone_from=PdfReader(str(src)))
    meta = dict(PdfReader(str(src)).metadata)
    meta["/CNW_Figures"] = meta["/CNW_Figures"].replace("1234.56", "1000.0")
    w.add_metadata(meta)
    edited = tmp_path / "meta.pdf"
    w.write(str(edited))
    stamp, intact, _ = pdfmeta.read(edited)
    assert stamp.figures["total_t"]["value"] == 1000.0 and not intact

    # 3. not a PDF at all
    junk = tmp_path / "junk.pdf"
    junk.write_bytes(b"hello")
    with pytest.raises(ValueError, match="junk.pdf: not a readable PDF"):
        pdfmeta.read(junk)


def test_qr_code_on_the_certificate_encodes_the_hash_and_file_id(built, tmp_path):
    """Render the page, read the QR modules back from the pixels, compare with the encoder's matrix."""
    from PIL import Image

    doc = sample_claim()
    payload = certificate.qr_payload(doc)
    # plain text a phone shows as it is: organisation, period, total, standard, hash, file id
    assert (
        doc.snapshot_hash in payload
        and doc.file_id in payload
        and "Total emissions: 1,234.56 tCO2e" in payload
    )
    assert (
        doc.organisation.name in payload and "ISO 14068-1:2023" in payload and "Period: 2025-01-01" in payload
    )
    dpi = 144
    subprocess.run(
        [
            "pdftoppm",
            "-png",
            "-r",
            str(dpi),
            "-singlefile",
            str(built["certificate", "en"]),
            str(tmp_path / "c"),
        ],
        check=True,
    )
    img = Image.open(tmp_path / "c.png").convert("L")
    m = qr.matrix(payload)
    n = len(m)
    k = dpi / 72
    qx = certificate.RIGHT_COL + (certificate.PAGE_W - 40 - certificate.RIGHT_COL - certificate.QR_SIZE) / 2
    box = certificate.QR_SIZE / (n + 2 * qr.BORDER)
    top = certificate.PAGE_H - (certificate.QR_Y + certificate.QR_SIZE)
    wrong = 0
    for r in range(n):
        for c in range(n):
            px = (qx + (c + qr.BORDER + 0.5) * box) * k
            py = (top + (r + qr.BORDER + 0.5) * box) * k
            dark = img.getpixel((int(px), int(py))) < 128
            wrong += dark != m[r][c]
    assert wrong == 0


def test_missing_sections_print_not_available_instead_of_inventing(tmp_path):
    doc = sample_claim()
    doc.verification, doc.kets, doc.plan = None, None, None
    doc.unavailable = {
        "verification": "workbench.services.verification is not installed",
        "kets": "no K-ETS data in this project",
        "plan": "no management plan recorded",
    }
    text = pdfmeta.extract_text(dossier.build(copy.deepcopy(doc), tmp_path / "d.pdf", "en"))
    for reason in doc.unavailable.values():
        assert f"not available: {reason}" in text
    assert "Sections not available" in text


def test_pdftoppm_is_installed():
    assert shutil.which("pdftoppm") and shutil.which("pdftotext") and shutil.which("pdffonts")


def test_long_names_and_addresses_wrap_on_the_certificate_without_losing_text(tmp_path):
    doc = sample_claim()
    doc.organisation.name = (
        "Hanbit Precision Engineering and Advanced Manufacturing Technologies Holdings "
        "Company Limited (Korea Branch Office)"
    )
    doc.organisation.address = (
        "123 Changwon-daero, Seongsan-gu, Changwon-si, Gyeongsangnam-do 51540, Republic of "
        "Korea, Building A, Floors 3 to 7 and the annexe"
    )
    doc.subject.name = "All Korean operations of " + doc.organisation.name
    pdf = certificate.build(doc, tmp_path / "long.pdf", "en")
    text = pdfmeta.extract_text(pdf)
    assert "\f" not in text  # still one page
    assert flat(doc.organisation.address) in flat(text) and flat(doc.organisation.name) in flat(text)
    assert layout_check.problems(pdf) == []
