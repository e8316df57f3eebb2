"""The reduction-project documents (project design document, monitoring report) and the
reduction-project findings of the claim-rule registry.

The model comes from :func:`workbench.services.reduction.document` (one snapshot of the file);
its findings from :data:`~workbench.services.documents.claim_rules.REDUCTION_RULES`. An issued
document is recorded in ``audit_documents`` like every other document (edit mode only)."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from pathlib import Path

from forms import monitoring_report as mr_form
from forms import pdd as pdd_form
from forms.reduction_doc import figures_stamp
from workbench.project.errors import ProjectError
from workbench.services import reduction as reduction_service
from workbench.services.documents.claim_rules import reduction_findings as _run


def reduction_findings(project, ref, as_of: dt.date | None = None) -> list:
    """Every reduction-project rule over project ``ref`` (id or code): list of Finding."""
    return _run(reduction_service.inputs(project, ref, as_of))


def _register(project, kind: str, lang: str, doc, path: Path, reduction_t) -> None:
    if project.mode != "edit":
        return
    no = doc.document_no("pdd" if kind == "pdd" else "mr")
    with project.action(f"Issue {kind} ({lang}) {no}") as tx:
        tx.insert(
            "audit_documents",
            {
                "kind": kind,
                "lang": lang,
                "document_no": no,
                "period_id": None,
                "filename": path.name,
                "pdf_sha256": hashlib.sha256(path.read_bytes()).hexdigest(),
                "snapshot_hash": doc.snapshot_hash,
                "file_id": doc.file_id,
                "figures": json.dumps(
                    figures_stamp(doc, lang, reduction_t), ensure_ascii=False, sort_keys=True
                ),
                "issued_at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
                "issued_by": project.user,
            },
        )


def _check_lang(lang: str) -> None:
    if lang not in ("en", "ko"):
        raise ProjectError(f"language: {lang!r} is not 'en' or 'ko'")


def build_pdd(project, ref, out_path, lang: str = "en", today: dt.date | None = None) -> Path:
    """The project design document of reduction project ``ref``, in ``lang``."""
    _check_lang(lang)
    doc = reduction_service.document(project, ref, None, today)
    doc.findings = reduction_findings(project, ref, today)
    path = pdd_form.build(doc, out_path, lang)
    _register(project, "pdd", lang, doc, path, doc.ex_ante.reduction_t if doc.ex_ante else None)
    return path


def build_monitoring_report(
    project, ref, period, out_path, lang: str = "en", today: dt.date | None = None
) -> Path:
    """The monitoring report of monitoring period ``period`` (id or label) of project ``ref``."""
    _check_lang(lang)
    doc = reduction_service.document(project, ref, period, today)
    doc.findings = reduction_findings(project, ref, today)
    path = mr_form.build(doc, out_path, lang)
    _register(
        project, "monitoring_report", lang, doc, path, doc.monitored.reduction_t if doc.monitored else None
    )
    return path
