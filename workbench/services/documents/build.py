"""Put the document model (:class:`forms.model.ClaimDocument`) together from a project file.

Everything comes from the file as it is now (one snapshot: the hash is taken first and the
documents print it). Each period's stored footprint is read once and shared by every section and
rule (:func:`workbench.services.plan.shared_results`); the claim's key figures are computed once
(:func:`forms.model.claim_figures`) and its findings come once from the rule registry
(:func:`workbench.services.documents.claim_rules.claim_findings`). The model is cached per data
version by :func:`load` (``documents.load``).
"""

from __future__ import annotations

import datetime as dt
import threading
from collections import OrderedDict

from forms.model import ClaimDocument, Organisation, Period, Subject, claim_figures
from workbench.project.errors import ProjectError
from workbench.services import plan as plan_service
from workbench.services.common.periods import period_row
from workbench.services.documents.claim_rules import ClaimInputs, claim_findings
from workbench.services.documents.model import (
    MARKETS_SETTING,
    VALIDATION_SETTING,
    _date,
    base_year_total,
    credits_section,
    footprint_section,
    latest_footprint,
    reductions_section,
)
from workbench.services.documents.sections import (
    claim_standard,
    kets_section,
    plan_section,
    verification_section,
)

# The last few document models built, keyed by what they were built from (see _model_key).
_MODELS: OrderedDict[tuple, tuple[object, ClaimDocument]] = OrderedDict()
_MODELS_KEPT = 8
_MODELS_LOCK = threading.Lock()


def _model_key(project, lang, period_id, today, charts) -> tuple:
    """What a model depends on: the file (id and connection), its data version (bumped by every
    action, in the action's transaction) and, for changes committed by another connection,
    SQLite's ``PRAGMA data_version``. Issuing a document (``audit_documents``, outside the
    snapshot) is not a change of the claim's data."""
    rows = project.conn.execute(
        "SELECT coalesce(max(version), 0) FROM audit_data_version WHERE tbl != 'audit_documents'"
    ).fetchone()
    outside = project.conn.execute("PRAGMA data_version").fetchone()[0]
    return (
        project.file_id,
        id(project.conn),
        rows[0],
        outside,
        lang,
        period_id,
        today or dt.date.today(),
        bool(charts),
    )


def load(
    project,
    lang: str = "en",
    period_id: int | None = None,
    today: dt.date | None = None,
    charts: bool = False,
) -> ClaimDocument:
    """The :class:`forms.model.ClaimDocument` every document is built from.

    Built once per data version: refusals, warnings, previews and every document of the same
    data share one build (the last few are kept). Treat it as read-only; copy it
    (``dataclasses.replace``) to change a field."""
    if lang not in ("en", "ko"):
        raise ProjectError(f"language: {lang!r} is not 'en' or 'ko'")
    key = _model_key(project, lang, period_id, today, charts)
    with _MODELS_LOCK:
        entry = _MODELS.get(key)
        if entry is not None and entry[0] is project.conn:
            _MODELS.move_to_end(key)
            return entry[1]
    doc = build(project, lang, period_id, today, charts)
    with _MODELS_LOCK:
        _MODELS[key] = (project.conn, doc)
        while len(_MODELS) > _MODELS_KEPT:
            _MODELS.popitem(last=False)
    return doc


def build(
    project,
    lang: str = "en",
    period_id: int | None = None,
    today: dt.date | None = None,
    charts: bool = False,
) -> ClaimDocument:
    """The document model for ``period_id`` (default: the current period), in ``lang``.

    charts: also render the reduction-plan charts (MACC, trajectory) for the management plan."""
    with plan_service.shared_results(project):
        return _build(project, lang, period_id, today, charts)


def _build(project, lang, period_id, today, charts) -> ClaimDocument:
    snapshot_hash = project.snapshot_hash()
    period = period_row(project, period_id)
    pid = period["id"]
    org = project.one("SELECT * FROM organisation ORDER BY id LIMIT 1") or {"name": ""}
    subj = project.one("SELECT * FROM subject ORDER BY id LIMIT 1") or {"kind": "organisation", "name": ""}
    doc = ClaimDocument(
        organisation=Organisation(
            org["name"],
            org.get("name_local"),
            org.get("address"),
            org.get("address_local"),
            org.get("country"),
            org.get("registration_no"),
            org.get("senior_signatory"),
            org.get("signatory_title"),
        ),
        subject=Subject(
            subj["kind"],
            subj["name"],
            subj.get("name_local"),
            subj.get("description"),
            subj.get("functional_unit"),
            subj.get("consolidation"),
            markets=list(project.setting(MARKETS_SETTING, []) or []),
        ),
        period=Period(period["label"], _date(period["start"]), _date(period["end"])),
        standard=claim_standard(project, pid),
        validation_type=project.setting(VALIDATION_SETTING, "third-party"),
        snapshot_hash=snapshot_hash,
        file_id=project.file_id or "",
        issued_on=today or dt.date.today(),
    )
    res, why = latest_footprint(project, pid)
    if res is None:
        doc.unavailable["footprint"] = why
    else:
        doc.footprint = footprint_section(project, res, lang, base_year_total(project, pid), pid)
    doc.credits, why = credits_section(project, pid)
    if why:
        doc.unavailable["credits"] = why
    doc.reductions, why = reductions_section(project)
    if why:
        doc.unavailable["reductions"] = why
    verification_section(project, doc)
    plan_section(project, doc, lang, charts)
    kets_section(project, doc, lang, pid)
    doc.computed_figures = claim_figures(
        doc.footprint, doc.credits, plan_service.reductions_achieved(project, period=period)
    )
    doc.findings = claim_findings(ClaimInputs(project, doc, pid, res))
    return doc


__all__ = ["build", "load"]
