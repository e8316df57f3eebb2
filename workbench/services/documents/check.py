"""`cnw certificate check`: does a certificate PDF still match the project file?

Compares, and names every difference:
- the PDF itself: its SHA-256 must be that of a document the project issued (the register of
  issued documents, ``audit_documents``), and the content digest stamped at issue must hold. The
  digest alone never answers "OK": anyone with this code can recompute it after an edit;
- the printed text: every key figure and identifier as the project computes it now (total,
  reductions, credits retired, standard, period, verifier, document number, snapshot hash, file
  id) must appear in the page text, whatever the digest says;
- the file id (a certificate of another project file);
- the snapshot hash (any change to the data the claim depends on);
- each key figure (total, reductions, retired credits, serials, standard, period, verifier ...)
  recomputed from the project now.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from pathlib import Path

from forms import pdfmeta
from forms.base import doc_no, key_figures
from workbench.project.errors import ProjectError

LABELS = {
    "organisation": "organisation",
    "subject": "subject",
    "period_start": "period start",
    "period_end": "period end",
    "standard": "standard",
    "validation_type": "validation type",
    "total_t": "total emissions (tCO2e)",
    "gwp_set": "GWP set",
    "reductions_t": "reductions achieved (tCO2e)",
    "retired_t": "credits retired (tCO2e)",
    "serials": "retired credit serials",
    "verifier": "verifier",
}


@dataclass
class CheckReport:
    ok: bool
    differences: list[str] = field(default_factory=list)
    document: str | None = None
    snapshot_hash: str | None = None

    def __str__(self) -> str:
        if self.ok:
            return f"OK: the certificate matches the project (snapshot {self.snapshot_hash})"
        return "MISMATCH:\n" + "\n".join(f"  - {d}" for d in self.differences)


def _flat(text: str) -> str:
    return re.sub(r"\s+", "", text)


def _show(value) -> str:
    if isinstance(value, float):
        return f"{value:,.6g}" if abs(value) < 1e6 else f"{value:,.2f}"
    if isinstance(value, list):
        return ", ".join(map(str, value)) or "none"
    return "none" if value is None else str(value)


def check_certificate(pdf_path, project) -> CheckReport:
    """Compare a certificate PDF with the project; ``ok`` only when nothing differs."""
    from workbench.services.documents.build import load

    pdf_path = Path(pdf_path)
    if not pdf_path.is_file():
        raise ProjectError(f"{pdf_path}: no such file", str(pdf_path))
    try:
        stamp, intact, message = pdfmeta.read(pdf_path)
    except ValueError as exc:
        raise ProjectError(str(exc), str(pdf_path)) from None
    if stamp is None:
        return CheckReport(False, [message])
    diffs: list[str] = []
    if stamp.document != "certificate":
        diffs.append(f"{pdf_path.name} is a {stamp.document or 'unknown'} document, not a certificate")
    if not intact:
        diffs.append(message)
    sha = hashlib.sha256(pdf_path.read_bytes()).hexdigest()
    issued = project.one(
        "SELECT document_no, issued_at, issued_by FROM audit_documents WHERE pdf_sha256 = ? AND kind = 'certificate'",
        (sha,),
    )
    if issued is None:
        diffs.append(
            f"{pdf_path.name} is not a certificate this project issued: no issued document has its "
            f"SHA-256 ({sha[:16]}...); it was edited after issue, or printed from another file"
        )
    if stamp.file_id != project.file_id:
        diffs.append(
            f"file id: the certificate is for file {stamp.file_id}, this project is {project.file_id} "
            "(a different project file)"
        )
    current = project.snapshot_hash(full=True)  # never the stored digest: this is the check
    if stamp.snapshot_hash != current:
        diffs.append(
            f"snapshot hash: certificate {stamp.snapshot_hash}, project now {current} "
            "(the project data changed after the certificate was issued)"
        )
    period_id = _period_for(project, stamp.figures)
    lang = stamp.lang if stamp.lang in ("en", "ko") else "en"
    model = load(project, lang, period_id)
    now = key_figures(model, lang)
    text = _flat(pdfmeta.extract_text(pdf_path))
    for key, fig in now.items():  # what the project gives now must be what the page shows
        printed = fig.get("printed") or ""
        if printed and _flat(printed) not in text:
            diffs.append(
                f"printed {LABELS.get(key, key)}: the project gives '{printed}', which the PDF does not show"
            )
    for label, ident in (
        ("document number", doc_no(model)),
        ("snapshot hash", current),
        ("file id", project.file_id),
    ):
        if ident and _flat(ident) not in text:
            diffs.append(f"printed {label}: the project gives '{ident}', which the PDF does not show")
    for key, fig in stamp.figures.items():
        if key not in now:
            continue
        if fig.get("value") != now[key]["value"]:
            diffs.append(
                f"{LABELS.get(key, key)}: certificate {_show(fig.get('value'))}, "
                f"project now {_show(now[key]['value'])}"
            )
    return CheckReport(not diffs, diffs, stamp.document, stamp.snapshot_hash)


def _period_for(project, figures: dict) -> int | None:
    start = (figures.get("period_start") or {}).get("value")
    end = (figures.get("period_end") or {}).get("value")
    row = project.one('SELECT id FROM periods WHERE start = ? AND "end" = ?', (start, end)) if start else None
    return row["id"] if row else None
