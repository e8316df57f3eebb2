"""workbench.services.documents over a real project file: the demo journey (footprint through
Brightway, plan, offsets, signed verification), then every document, the gate and the check."""

from __future__ import annotations

import io
import re
import shutil
import subprocess

import pytest
from helpers import layout_check

import workbench.demo as demo_steps
from forms import pdfmeta


def flat(text: str) -> str:
    return re.sub(r"\s+", "", text)


@pytest.fixture(scope="module")
def journey_file(tmp_path_factory, bw):
    """The demo through verification sign-off. Sources the shipped library has no factor for are
    excluded (with a reason) after the footprint step, so the claim is complete and can be certified."""
    from workbench import demo
    from workbench.services import boundary, footprint

    out = tmp_path_factory.mktemp("journey")
    quiet = lambda *_: None  # noqa: E731
    p = demo.build(out / "claim.cnw", out / "inputs", log=quiet)
    demo_steps.footprint.run(p, out, quiet)
    for src in p.rows("SELECT id FROM sources WHERE included = 1 AND factor_id IS NULL"):
        boundary.set_inclusion(p, src["id"], False, "test: no emission factor in the shipped library")
    for period in p.periods():
        footprint.calculate(p, period_id=period["id"])
    for step in (demo_steps.plan, demo_steps.offsets, demo_steps.verification):
        step.run(p, out, quiet)
    p.close()
    return out / "claim.cnw"


@pytest.fixture
def project(journey_file, tmp_path):
    from workbench import open_project

    path = tmp_path / "claim.cnw"
    shutil.copy(journey_file, path)
    p = open_project(path)
    yield p
    p.close()


def footprint_result(p):
    from workbench.services import footprint

    return footprint.latest(p)


def _total(p) -> float:
    from workbench.services import footprint

    return footprint.latest(p).total


def test_certificate_en_and_ko_from_the_project_and_the_check_passes(project, tmp_path):
    from workbench.services import documents, offsets

    total = _total(project)
    before = project.snapshot_hash()
    en = documents.build_certificate(project, tmp_path / "cert_en.pdf", "en")
    ko = documents.build_certificate(project, tmp_path / "cert_ko.pdf", "ko")
    assert project.snapshot_hash() == before  # issuing is recorded outside the snapshot
    text_en, text_ko = pdfmeta.extract_text(en), pdfmeta.extract_text(ko)
    retired = sum(
        lot.quantity
        for lot in offsets.list_lots(project, period_id=project.current_period()["id"])
        if lot.status == "retired"
    )
    assert f"{total:,.2f} tCO2e" in text_en and f"{retired:,} tCO2e" in text_en
    for s in (
        "1 January 2025",
        "31 December 2025",
        "ISO 14068-1:2023",
        before,
        project.file_id,
        "Hanbit Precision Co., Ltd. declares that",
    ):
        assert s in text_en, s
    for s in (
        "한빛정밀 주식회사",
        "2025년 1월 1일",
        "2025년 12월 31일",
        "탄소중립을 달성하였음을 선언합니다",
        f"{total:,.2f}",
    ):
        assert s in text_ko, s
    for pdf in (en, ko):
        assert layout_check.problems(pdf) == []
        report = documents.check_certificate(pdf, project)
        assert report.ok, report.differences
    reg = documents.issued(project)
    assert [r["kind"] for r in reg[:2]] == ["certificate", "certificate"]
    assert reg[0]["snapshot_hash"] == before and len(reg[0]["pdf_sha256"]) == 64


def test_check_names_what_changed_in_the_project(project, tmp_path):
    from workbench.services import boundary, documents

    pdf = documents.build_certificate(project, tmp_path / "cert.pdf")
    old_hash = project.snapshot_hash()
    boundary.set_organisation(project, name="Hanbit Renamed Ltd.")
    report = documents.check_certificate(pdf, project)
    assert not report.ok
    text = "\n".join(report.differences)
    assert f"snapshot hash: certificate {old_hash}" in text
    assert "organisation: certificate Hanbit Precision Co., Ltd., project now Hanbit Renamed Ltd." in text
    assert "altered" not in text  # the PDF itself is untouched


def test_check_fails_when_the_pdf_is_altered(project, tmp_path):
    from pypdf import PdfReader, PdfWriter
    from reportlab.pdfgen import canvas

    from workbench.services import documents

    pdf = documents.build_certificate(project, tmp_path / "cert.pdf")
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(842, 595))
    c.drawString(120, 380, "99,999.99 tCO2e")
    c.save()
    w = PdfWriter(clone_from=PdfReader(str(pdf)))
    w.pages[0].merge_page(PdfReader(buf).pages[0])
    altered = tmp_path / "altered.pdf"
    w.write(str(altered))
    report = documents.check_certificate(altered, project)
    assert not report.ok
    assert any("altered after it was issued" in d for d in report.differences)
    assert not any(d.startswith("snapshot hash") for d in report.differences)


def test_check_of_another_projects_certificate_names_the_file_id(project, tmp_path, tmp_project):
    from workbench.services import documents

    pdf = documents.build_certificate(project, tmp_path / "cert.pdf")
    report = documents.check_certificate(pdf, tmp_project)
    assert any(
        d.startswith("file id: the certificate is for file " + project.file_id) for d in report.differences
    )


def test_bad_pdf_is_refused_with_the_file_named(project, tmp_path):
    from workbench.project.errors import ProjectError
    from workbench.services import documents

    junk = tmp_path / "junk.pdf"
    junk.write_bytes(b"%PDF-1.4 nonsense")
    with pytest.raises(ProjectError, match="junk.pdf: not a readable PDF"):
        documents.check_certificate(junk, project)
    with pytest.raises(ProjectError, match="missing.pdf: no such file"):
        documents.check_certificate(tmp_path / "missing.pdf", project)


def _refused(project, tmp_path) -> str:
    """Build a certificate that must be refused; the PDF is not written and the file not touched."""
    from pathlib import Path

    from workbench.services import documents

    before = Path(project.path).read_bytes()  # read while open: the lock record is already in place
    with pytest.raises(documents.ClaimRefused) as exc:
        documents.build_certificate(project, tmp_path / "refused.pdf")
    assert not (tmp_path / "refused.pdf").exists()
    assert Path(project.path).read_bytes() == before  # nothing written to the project either
    return str(exc.value)


def test_unretired_credits_refuse_the_certificate(project, tmp_path):
    from workbench.services import offsets

    lot = next(
        lot
        for lot in offsets.list_lots(project, period_id=project.current_period()["id"])
        if lot.status == "retired"
    )
    offsets.update_lot(project, lot.id, status="planned", retirement_date=None, retirement_reference=None)
    msg = _refused(project, tmp_path)
    assert "DOC.CREDITS.UNRETIRED" in msg and lot.serial in msg
    assert "DOC.RESIDUAL.UNCOVERED" in msg  # the rest no longer covers the residual


def test_uncovered_residual_refuses_the_certificate(project, tmp_path):
    from workbench.services import footprint

    row = project.one(
        "SELECT a.id, a.quantity FROM activities a JOIN sources s ON s.id = a.source_id "
        "WHERE s.code = 'HWS-ELEC' AND a.period_id = ? LIMIT 1",
        (project.current_period()["id"],),
    )
    with project.action("Correct a meter reading") as tx:
        tx.update("activities", row["id"], {"quantity": row["quantity"] + 5000})  # +5,000 MWh
    footprint.calculate(project)
    msg = _refused(project, tmp_path)
    assert "DOC.RESIDUAL.UNCOVERED" in msg and "exceed the retired credits" in msg
    assert "DOC.VERIFICATION.CHANGED" in msg  # and the verified data changed


def test_open_car_refuses_the_certificate(project, tmp_path):
    from workbench import open_project
    from workbench.services import verification

    path = project.path
    project.close()
    key = verification.create_key(tmp_path / "second.key", "Second Verifier")
    v = open_project(path, mode="verifier")
    verification.start(v, key, "Second Verifier", body="Other Body")  # a new verification after sign-off
    verification.raise_finding(
        v, "CAR", "Busan electricity bill for March missing", clause="ISO 14064-3 6.1.4"
    )
    v.close()
    with open_project(path) as p:
        msg = _refused(p, tmp_path)
    assert "DOC.VERIFICATION.OPEN_CAR" in msg and "(CAR)" in msg


def test_stale_footprint_refuses(project, tmp_path):
    row = project.one("SELECT id, quantity FROM activities LIMIT 1")
    with project.action("Edit") as tx:
        tx.update("activities", row["id"], {"quantity": row["quantity"] * 2})
    assert "DOC.FOOTPRINT.STALE" in _refused(project, tmp_path)


def test_qes_statement_plan_kets_and_dossier_from_the_project(project, tmp_path):
    from workbench.services import documents, offsets

    lots = [
        lot
        for lot in offsets.list_lots(project, period_id=project.current_period()["id"])
        if lot.status == "retired"
    ]
    qes = pdfmeta.extract_text(documents.build_qes(project, tmp_path / "qes.pdf", "en"))
    for lot in lots:
        assert flat(lot.serial) in flat(qes)
        assert flat(lot.retirement_reference) in flat(qes)
    assert "Qualifying Explanatory Statement" in qes and "DRAFT" not in qes
    excluded = project.rows("SELECT code, exclusion_reason FROM sources WHERE included = 0")
    assert excluded
    for src in excluded:  # exclusions with their reasons
        assert flat(src["code"]) in flat(qes) and flat(src["exclusion_reason"]) in flat(qes)
    st = pdfmeta.extract_text(documents.build_verification_statement(project, tmp_path / "vs.pdf", "en"))
    assert "Lee Seo-yeon" in st and "Unmodified" in st and project.snapshot_hash() in st
    mp = pdfmeta.extract_text(documents.build_management_plan(project, tmp_path / "mp.pdf", "ko"))
    assert "탄소중립 관리 계획" in mp and "SBTi" in mp
    kets = documents.build_kets_report(project, tmp_path / "kets.pdf", "ko")
    text = subprocess.run(["pdftotext", str(kets), "-"], capture_output=True, text=True, check=True).stdout
    for no in range(1, 14):
        assert re.search(rf"(^|\s){no}\. ", text), no
    assert "상쇄배출권 제출 요약" in text
    # item 2 (emissions by place of business) covers scopes 1 and 2 only: K-ETS does not take scope 3
    en = pdfmeta.extract_text(documents.build_kets_report(project, tmp_path / "kets_en.pdf", "en"))
    item2 = en.split("2. GHG kind", 1)[1].split("\n3. ", 1)[0]
    per_site = [float(v.replace(",", "")) for v in re.findall(r"scope [12]\s+([\d,]+\.\d\d) tCO2e", item2)]
    r = footprint_result(project)
    assert per_site and "scope 3" not in item2
    assert abs(sum(per_site) - (r.by_scope["1"] + r.by_scope["2"])) < 0.01 * len(per_site)
    dossier = documents.build_dossier(project, tmp_path / "dossier.pdf", "en")
    text = pdfmeta.extract_text(dossier)
    assert "Contents" in text and "Verification Statement" in text and "K-ETS Emission Report" in text
    for pdf in tmp_path.glob("*.pdf"):
        assert layout_check.problems(pdf) == [], pdf.name


def test_qes_of_a_failing_claim_is_marked_draft(project, tmp_path):
    from workbench.services import documents, offsets

    lot = next(lot for lot in offsets.list_lots(project) if lot.status == "retired")
    offsets.update_lot(project, lot.id, status="planned", retirement_date=None, retirement_reference=None)
    text = flat(pdfmeta.extract_text(documents.build_qes(project, tmp_path / "qes.pdf")))
    assert flat("DRAFT: the claim currently fails these rules") in text and "DOC.CREDITS.UNRETIRED" in text
    from pypdf import PdfReader

    dossier = PdfReader(str(documents.build_dossier(project, tmp_path / "dossier.pdf")))
    assert all(
        float(pg.mediabox.width) < float(pg.mediabox.height) for pg in dossier.pages
    )  # no certificate page
    assert flat("DRAFT: the claim currently fails") in flat(dossier.pages[2].extract_text())


def test_read_only_project_prints_without_touching_the_file(journey_file, tmp_path):
    from workbench import open_project
    from workbench.services import documents

    path = tmp_path / "ro.cnw"
    shutil.copy(journey_file, path)
    before = path.read_bytes()
    with open_project(path, mode="read") as p:
        documents.build_certificate(p, tmp_path / "c.pdf", "ko")
    assert path.read_bytes() == before


def test_progress_and_cancel(project, tmp_path):
    from workbench.services import documents

    seen = []
    documents.build_dossier(project, tmp_path / "d.pdf", progress=lambda f, m: seen.append((f, m)))
    fractions = [f for f, _ in seen]
    assert fractions == sorted(fractions) and fractions[-1] == 1.0
    with pytest.raises(documents.DocumentCancelled, match="cancelled"):
        documents.build_dossier(project, tmp_path / "d2.pdf", cancel=lambda: True)
    assert not (tmp_path / "d2.pdf").exists()


def test_cli_certificate_and_check(journey_file, tmp_path, capsys):
    from workbench.cli import main

    path = tmp_path / "cli.cnw"
    shutil.copy(journey_file, path)
    out = tmp_path / "cert.pdf"
    assert main(["certificate", str(path), "-o", str(out), "--lang", "ko"]) == 0
    assert main(["certificate", "check", str(out), str(path)]) == 0
    assert "OK: the certificate matches the project" in capsys.readouterr().out
    assert main(["report", "kets", str(path), "-o", str(tmp_path / "k.pdf"), "--period", "2025"]) == 0
    assert main(["certificate", "check", str(tmp_path / "k.pdf"), str(path)]) == 1  # not a certificate
    assert "k.pdf is a kets_report document, not a certificate" in capsys.readouterr().out
    assert main(["dossier", str(path), "--period", "1999"]) == 2
    assert "no period labelled '1999' (periods: 2024, 2025)" in capsys.readouterr().err
    assert main(["certificate", "check", str(out)]) == 2


def test_demo_hook_writes_every_document(project, tmp_path):

    logged = []
    written = demo_steps.documents.run(project, tmp_path, logged.append)
    for name in (
        "certificate_en",
        "certificate_ko",
        "qes_en",
        "qes_ko",
        "dossier_en",
        "dossier_ko",
        "management_plan_en",
        "verification_statement_en",
        "kets_report_ko",
    ):
        assert (tmp_path / "documents" / f"{name}.pdf").is_file(), name
    assert "  certificate check: OK" in logged
    assert len(written) >= 11


def test_pas2060_claim_for_a_period_after_the_withdrawal_is_refused(project, tmp_path):
    from workbench.services import offsets

    offsets.set_claim(project, standard="PAS2060")
    msg = _refused(project, tmp_path)
    assert "DOC.PAS2060.WITHDRAWN" in msg and "2025-11-30" in msg


def test_eu_product_claim_carries_the_2024_825_warning(project, tmp_path):
    from workbench.services import boundary, documents

    boundary.set_subject(project, kind="product", name="HG-40 precision gear unit")
    with project.action("Markets") as tx:
        tx.set_setting("claim_markets", ["EU", "KR"])
    assert any(w.rule_id == "DOC.EU.2024_825" for w in documents.claim_warnings(project))
    text = flat(pdfmeta.extract_text(documents.build_qes(project, tmp_path / "q.pdf")))
    assert flat("Directive (EU) 2024/825 (applicable from 27 September 2026)") in text
    ko = flat(pdfmeta.extract_text(documents.build_qes(project, tmp_path / "qk.pdf", "ko")))
    assert flat("지침 (EU) 2024/825") in ko


def test_preview_png_of_a_page(project, tmp_path):
    from workbench.project.errors import ProjectError
    from workbench.services import documents

    pdf = documents.build_certificate(project, tmp_path / "c.pdf")
    png = documents.preview_png(pdf, dpi=30)
    assert png[:8] == b"\x89PNG\r\n\x1a\n"
    with pytest.raises(ProjectError, match="cannot render page 3"):
        documents.preview_png(pdf, page=3)


def test_unwritable_output_and_unknown_language_are_clear_errors(project, tmp_path):
    from workbench.project.errors import ProjectError
    from workbench.services import documents

    (tmp_path / "adir.pdf").mkdir()
    with pytest.raises(ProjectError, match="adir.pdf: cannot write the certificate"):
        documents.build_certificate(project, tmp_path / "adir.pdf")
    left = sorted(
        x.name for x in tmp_path.iterdir() if x.name != "retirement-register.sqlite"
    )  # the demo's own
    assert left == ["adir.pdf", "claim.cnw"]  # no partial file left
    with pytest.raises(ProjectError, match="language: 'fr' is not 'en' or 'ko'"):
        documents.build_qes(project, tmp_path / "q.pdf", lang="fr")


def test_check_is_not_fooled_by_an_edited_total_with_a_recomputed_digest(project, tmp_path):
    """The attack of issue 15: change the printed total, fix the stamp's figures to match, and
    recompute the content digest with the shipped code. The digest then holds; the check must still
    name the total (and that these bytes were never issued)."""
    from pypdf import PdfReader, PdfWriter
    from pypdf.generic import ContentStream, NameObject

    from forms import pdfmeta
    from workbench.services import documents

    pdf = documents.build_certificate(project, tmp_path / "cert.pdf")
    stamp, intact, _ = pdfmeta.read(pdf)
    assert intact
    real = stamp.figures["total_t"]["printed"]  # e.g. "29,521.70 tCO2e"
    number = real.split()[0]
    fake = "1" + number[1:] if number[0] != "1" else "2" + number[1:]
    reader = PdfReader(str(pdf))
    writer = PdfWriter(clone_from=reader)
    page = writer.pages[0]
    data = page.get_contents().get_data()
    assert data.count(number.encode()) >= 1
    stream = ContentStream(None, writer)
    stream.set_data(data.replace(number.encode(), fake.encode()))
    page[NameObject("/Contents")] = writer._add_object(stream)
    edited = io.BytesIO()
    writer.write(edited)
    stamp.figures["total_t"] = {"value": float(fake.replace(",", "")), "printed": real.replace(number, fake)}
    forged = tmp_path / "forged.pdf"
    forged.write_bytes(pdfmeta.apply(edited.getvalue(), stamp))
    assert pdfmeta.read(forged)[1]  # the recomputed digest holds: the old check answered "OK"
    assert fake in pdfmeta.extract_text(forged) and number not in pdfmeta.extract_text(forged)
    report = documents.check_certificate(forged, project)
    assert not report.ok
    text = "\n".join(report.differences)
    assert f"printed total emissions (tCO2e): the project gives '{real}', which the PDF does not show" in text
    assert "is not a certificate this project issued" in text
    assert "total emissions (tCO2e): certificate" in text  # the forged stamp figure is named too


def test_qes_prints_the_stored_monte_carlo_with_its_model_and_main_contributors(tmp_path):
    import workbench.demo as demo_steps
    from forms import pdfmeta
    from workbench import demo
    from workbench.services import documents, footprint

    p = demo.build(tmp_path / "mc.cnw", tmp_path / "inputs", log=lambda *_: None)
    demo_steps.footprint.run(p, tmp_path, lambda *_: None)  # the demo runs a Monte Carlo
    run = footprint.latest_monte_carlo(p)
    assert run is not None
    for lang, model_words, contrib_words in (
        ("en", "activity data drawn once per emission source", "Main contributors to the variance"),
        ("ko", "활동자료는 배출원마다 한 번", "분산 기여도 상위 항목"),
    ):
        pdf = documents.build_qes(p, tmp_path / f"qes-{lang}.pdf", lang=lang)
        text = " ".join(pdfmeta.extract_text(pdf).split())
        assert model_words in text and contrib_words in text
        assert "uk.desnz2025.material.steel_cans.primary" in text  # the largest share in the demo
    p.close()
