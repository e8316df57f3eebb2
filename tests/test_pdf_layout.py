"""Every PDF of the demo, in both languages, page by page (issue 16): no text outside the page or
outside the body frame, no text boxes overlapping each other, no mostly empty page in the middle
of a document. The checks read the PDF back (poppler's text boxes, a pdftoppm rendering)."""

from __future__ import annotations

import shutil

import pytest
from helpers import layout_check
from helpers.journey import demo_journey

from forms.base import MARGIN

KINDS = ("certificate", "qes", "management_plan", "verification_statement", "kets_report", "dossier")
A4_HEIGHT = 841.89
BODY = (MARGIN, A4_HEIGHT - (MARGIN + 8))  # the portrait body frame, from the top edge


@pytest.fixture(scope="module")
def documents(tmp_path_factory, bw):
    folder = tmp_path_factory.mktemp("pdf-layout")
    demo_journey(folder, documents=True)
    return folder / "documents"


def test_the_checks_catch_text_off_the_frame_and_an_empty_page(tmp_path):
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    pdf = tmp_path / "bad.pdf"
    c = canvas.Canvas(str(pdf), pagesize=A4)
    for _ in range(12):  # page 1: a full body
        c.drawString(MARGIN, A4[1] - MARGIN - 10 - 60 * _, "A full line of body text " * 3)
    c.drawString(A4[0] - MARGIN - 20, 400, "running into the right margin")
    c.showPage()
    c.drawString(MARGIN, A4[1] - MARGIN - 10, "one line, then the page ends")  # page 2: mostly empty
    c.showPage()
    c.drawString(MARGIN, A4[1] - MARGIN - 10, "the last page may be short")
    c.save()
    off = layout_check.outside_frame(pdf, MARGIN)
    assert off and all(p.startswith("page 1: text outside the frame") for p in off)
    assert "'running'" in " ".join(off)
    assert layout_check.mostly_empty_pages(pdf, *BODY) == [
        "page 2: mostly empty (inked down to 1 % of the body)"
    ]
    fills = layout_check.page_fill(pdf, *BODY)
    assert fills[0] > 0.85 and fills[1] < 0.05


@pytest.mark.slow
@pytest.mark.parametrize("lang", ["en", "ko"])
@pytest.mark.parametrize("kind", KINDS)
def test_every_page_of_every_demo_document_is_laid_out_cleanly(documents, kind, lang):
    assert shutil.which("pdftotext") and shutil.which("pdftoppm")
    pdf = documents / f"{kind}_{lang}.pdf"
    assert pdf.exists(), sorted(p.name for p in documents.glob("*.pdf"))
    pages = layout_check.boxes(pdf)
    assert pages and all(p.words for p in pages), "a page without text"
    found = layout_check.problems(pdf) + layout_check.outside_frame(pdf, MARGIN)
    found += layout_check.mostly_empty_pages(pdf, *BODY)
    assert found == [], "\n".join(found)
