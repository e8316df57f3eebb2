"""Demo step: every document of the demo project, in English and Korean."""

from __future__ import annotations

from pathlib import Path

from workbench.services.documents.check import check_certificate
from workbench.services.documents.core import build_document, load
from workbench.services.documents.rules import ClaimRefused


def run(project, out_dir, log=print) -> dict:
    """Write every document for the demo project into ``out_dir/documents``: certificate (EN, KO),
    QES (EN, KO), management plan (EN, KO), verification statement (EN), K-ETS report (KO, EN),
    dossier (EN, KO). The project is read once per language."""
    from forms import certificate, dossier, kets_report, management_plan, qes, verification_statement

    out = Path(out_dir) / "documents"
    out.mkdir(parents=True, exist_ok=True)
    written: dict[str, str] = {}
    for lang in ("en", "ko"):
        doc = load(project, lang, charts=True)
        jobs = [
            ("certificate", certificate.build, True),
            ("qes", qes.build, False),
            ("management_plan", management_plan.build, False),
            ("dossier", dossier.build, False),
            ("kets_report", kets_report.build, False),
        ]
        if doc.verification is not None:
            jobs.append(("verification_statement", verification_statement.build, False))
        for kind, builder, gate in jobs:
            target = out / f"{kind}_{lang}.pdf"
            try:
                written[f"{kind}_{lang}"] = str(
                    build_document(
                        kind, builder, project, target, lang, None, None, None, None, gate=gate, doc=doc
                    )
                )
            except ClaimRefused as exc:
                log(f"  {kind} ({lang}) refused:\n{exc}")
    if "certificate_en" in written:
        report = check_certificate(written["certificate_en"], project)
        log(f"  certificate check: {'OK' if report.ok else 'MISMATCH'}")
    for name, path in written.items():
        log(f"  {name}: {path}")
    return written
