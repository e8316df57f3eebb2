"""Journey step 7: the printed documents, built only from the project file's snapshot.

    from workbench.services import documents as docs
    docs.build_certificate(p, "cert.pdf", lang="ko")      # refuses (ClaimRefused) a claim that fails a rule
    docs.check_certificate("cert.pdf", p)                 # CheckReport(ok, differences)
    docs.build_qes(p, "qes.pdf"); docs.build_management_plan(p, "plan.pdf")
    docs.build_verification_statement(p, "statement.pdf"); docs.build_kets_report(p, "kets.pdf")
    docs.build_dossier(p, "dossier.pdf", progress=lambda f, m: print(f, m))

Every document carries the snapshot hash and file id (footer, metadata; the certificate also a
QR code). Issued documents are recorded in ``audit_documents`` (migration 7, outside the snapshot)
when the project is open for editing. Settings read: ``validation_type`` (third-party |
other-party | self; default third-party), ``claim_markets`` (e.g. ["EU"]: EU product-claim
warning), ``kets_obligation_t`` and ``kets_phase`` (K-ETS surrender summary overrides).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from dataclasses import replace
from pathlib import Path

from forms import findings_ko
from forms.model import ClaimFigures
from workbench.project.errors import ProjectError
from workbench.services.common.progress import Progress, step
from workbench.services.documents.build import load
from workbench.services.documents.check import CheckReport, check_certificate  # noqa: F401
from workbench.services.documents.rules import ClaimRefused  # noqa: F401
from workbench.services.documents.rules import refusals as _refusals
from workbench.services.documents.rules import warnings as _warnings

KINDS = ("certificate", "qes", "management_plan", "verification_statement", "kets_report", "dossier")


class DocumentCancelled(ProjectError):
    """The user cancelled a document build; no file was written."""


def _cancelled(message: str) -> DocumentCancelled:
    return DocumentCancelled(f"document build cancelled at: {message}; no file was written")


def _step(progress: Progress | None, cancel, fraction: float, message: str) -> None:
    step(progress, cancel, fraction, message, cancelled=_cancelled)


def refusals(project, period_id: int | None = None, today: dt.date | None = None) -> list:
    """The rules the claim fails now (empty: a certificate can be issued): the blocking findings
    of the claim-rule registry (:mod:`workbench.services.documents.claim_rules`)."""
    return _refusals(load(project, "en", period_id, today))


def claim_warnings(project, period_id: int | None = None, today: dt.date | None = None) -> list:
    """The claim's other findings from the same registry: warnings (legacy PAS 2060 claim, EU
    product-claim ban, boundary, credits ...) and disclosures, none of which stops the certificate."""
    return _warnings(load(project, "en", period_id, today))


def claim_findings(project, period_id: int | None = None, today: dt.date | None = None) -> list:
    """Every finding on the claim, as the QES and the dossier print them (refusals + warnings)."""
    return list(load(project, "en", period_id, today).findings)


def claim_figures(project, period_id: int | None = None, today: dt.date | None = None) -> ClaimFigures:
    """The claim's key figures (total, reductions achieved, residual, credits retired, removals
    share) as every document prints them."""
    return load(project, "en", period_id, today).figures


def _register(project, kind: str, lang: str, doc, path: Path, period_id: int | None) -> None:
    """Record an issued document (edit mode only; read-only and verifier sessions print without it)."""
    from forms.base import doc_no, key_figures

    if project.mode != "edit":
        return
    pid = period_id or (project.current_period() or {}).get("id")
    with project.action(f"Issue {kind} ({lang}) {doc_no(doc)}") as tx:
        tx.insert(
            "audit_documents",
            {
                "kind": kind,
                "lang": lang,
                "document_no": doc_no(doc),
                "period_id": pid,
                "filename": path.name,
                "pdf_sha256": hashlib.sha256(path.read_bytes()).hexdigest(),
                "snapshot_hash": doc.snapshot_hash,
                "file_id": doc.file_id,
                "figures": json.dumps(key_figures(doc, lang), ensure_ascii=False, sort_keys=True),
                "issued_at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
                "issued_by": project.user,
            },
        )


def preview_png(pdf_path, page: int = 1, dpi: int = 80) -> bytes:
    """One page of a PDF as PNG bytes (poppler's pdftoppm), for previews in the UI."""
    import shutil
    import subprocess
    import tempfile

    exe = shutil.which("pdftoppm")
    if exe is None:
        raise ProjectError("cannot preview: pdftoppm (poppler-utils) is not installed")
    with tempfile.TemporaryDirectory() as tmp:
        stem = Path(tmp) / "page"
        done = subprocess.run(
            [
                exe,
                "-png",
                "-r",
                str(dpi),
                "-f",
                str(page),
                "-l",
                str(page),
                "-singlefile",
                str(pdf_path),
                str(stem),
            ],
            capture_output=True,
            text=True,
        )
        if done.returncode or not stem.with_suffix(".png").exists():
            raise ProjectError(
                f"{pdf_path}: cannot render page {page}: {done.stderr.strip() or 'no such page'}"
            )
        return stem.with_suffix(".png").read_bytes()


def issued(project) -> list[dict]:
    """The register of issued documents, newest first."""
    return project.rows("SELECT * FROM audit_documents ORDER BY id DESC")


WITH_CHARTS = ("management_plan", "dossier")


def build_document(
    kind: str, builder, project, out_path, lang, period_id, today, progress, cancel, gate=False, doc=None
):
    _step(progress, cancel, 0.05, f"{kind}: reading the project snapshot")
    if doc is None:
        doc = load(project, lang, period_id, today, charts=kind in WITH_CHARTS)
    failed = _refusals(doc)
    if gate and failed:
        raise ClaimRefused(project.path, failed)
    # the model is shared (cached): print from a copy carrying the draft reasons
    doc = replace(doc, draft_reasons=[findings_ko.reason(f, lang) for f in failed])
    _step(progress, cancel, 0.3, f"{kind}: laying out the pages")
    try:
        path = builder(doc, out_path, lang)
    except ValueError as exc:  # e.g. text that cannot fit the one-page certificate
        raise ProjectError(f"{project.path}: {kind}: {exc}", project.path) from None
    except OSError as exc:
        raise ProjectError(
            f"{out_path}: cannot write the {kind}: {exc.strerror or exc}", str(out_path)
        ) from None
    _step(progress, cancel, 0.9, f"{kind}: recording the issued document")
    _register(project, kind, lang, doc, Path(path), period_id)
    if progress is not None:
        progress(1.0, f"{kind}: written to {path}")
    return Path(path)


def build_certificate(
    project,
    out_path,
    lang: str = "en",
    period_id: int | None = None,
    today: dt.date | None = None,
    progress: Progress | None = None,
    cancel=None,
) -> Path:
    """The one-page certificate (ISO 14068-1, or PAS 2060-style for periods that ended before
    2025-11-30). Raises :class:`ClaimRefused` naming every rule the claim fails."""
    from forms import certificate

    return build_document(
        "certificate",
        certificate.build,
        project,
        out_path,
        lang,
        period_id,
        today,
        progress,
        cancel,
        gate=True,
    )


def build_qes(
    project,
    out_path,
    lang: str = "en",
    period_id: int | None = None,
    today: dt.date | None = None,
    progress: Progress | None = None,
    cancel=None,
) -> Path:
    """Qualifying explanatory statement (marked as a draft while the claim fails a rule)."""
    from forms import qes

    return build_document("qes", qes.build, project, out_path, lang, period_id, today, progress, cancel)


def build_management_plan(
    project,
    out_path,
    lang: str = "en",
    period_id: int | None = None,
    today: dt.date | None = None,
    progress: Progress | None = None,
    cancel=None,
) -> Path:
    from forms import management_plan

    return build_document(
        "management_plan", management_plan.build, project, out_path, lang, period_id, today, progress, cancel
    )


def build_verification_statement(
    project,
    out_path,
    lang: str = "en",
    period_id: int | None = None,
    today: dt.date | None = None,
    progress: Progress | None = None,
    cancel=None,
) -> Path:
    """The verification statement from the signed verification; refuses when none was started."""
    from forms import verification_statement

    doc = load(project, lang, period_id, today)
    if doc.verification is None:
        raise ProjectError(
            f"{project.path}: no verification statement: {doc.unavailable.get('verification')}", project.path
        )
    return build_document(
        "verification_statement",
        verification_statement.build,
        project,
        out_path,
        lang,
        period_id,
        today,
        progress,
        cancel,
    )


def build_kets_report(
    project,
    out_path,
    lang: str = "ko",
    period_id: int | None = None,
    today: dt.date | None = None,
    progress: Progress | None = None,
    cancel=None,
) -> Path:
    """K-ETS emission report (decree Art. 31(1), 13 items) with the offset surrender summary."""
    from forms import kets_report

    return build_document(
        "kets_report", kets_report.build, project, out_path, lang, period_id, today, progress, cancel
    )


def build_dossier(
    project,
    out_path,
    lang: str = "en",
    period_id: int | None = None,
    today: dt.date | None = None,
    progress: Progress | None = None,
    cancel=None,
) -> Path:
    """The client dossier: claim, QES, management plan, verification statement, K-ETS report, with
    a table of contents."""
    from forms import dossier

    return build_document(
        "dossier", dossier.build, project, out_path, lang, period_id, today, progress, cancel
    )


#: The document builders by kind (the CLI and the UI pick one from this table).
BUILDERS = {
    "certificate": build_certificate,
    "qes": build_qes,
    "management_plan": build_management_plan,
    "verification_statement": build_verification_statement,
    "kets_report": build_kets_report,
    "dossier": build_dossier,
}


def finding_text(finding, lang: str) -> tuple[str, str]:
    """A finding's sentence and clause in ``lang``, from the documents' one Korean catalogue
    (:mod:`forms.findings_ko`), so the UI shows the words the documents print. A rule the catalogue
    does not know keeps its own English words rather than a generic sentence."""
    from forms import findings_ko

    if lang != "ko" or finding.rule_id not in findings_ko.rule_ids():
        return finding.message, finding.clause
    return findings_ko.message(finding, lang), findings_ko.clause(finding, lang)
