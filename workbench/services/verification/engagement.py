"""The verification engagement: who verifies which period, the plan, and the opinion.

One engagement per verification (ISO 14064-3 practice, ../shared/STANDARDS.md "Verification").
The latest engagement in a file is the current one; a signed engagement is final, and a later
period (or a re-verification) starts a new engagement that carries the open FARs over.
"""

from __future__ import annotations

import json
import math
from datetime import date

from workbench.project.audit import now_iso
from workbench.project.errors import ProjectError, ReadOnlyError

LEVELS = ("limited", "reasonable")
OPINIONS = ("unmodified", "modified", "adverse", "disclaimer")
# Opinions that state the GHG statement is fairly presented (an unmodified or a qualified one).
POSITIVE_OPINIONS = ("unmodified", "modified")
KNOWN_CRITERIA = ("ISO14068-1", "PAS2060", "ISO14064-1", "ISO14067", "GHG Protocol", "K-ETS")


class VerificationError(ProjectError):
    """A verification step that cannot be done now, with the reason."""


def _path(project) -> str:
    return str(project.path)


def require_mode(project, mode: str, what: str) -> None:
    """Refuse ``what`` unless the project is open in ``mode`` (verifier or edit)."""
    if project.mode == mode:
        return
    if mode == "verifier":
        how = "open the file as a verifier (open_project(path, mode='verifier') or `cnw verify FILE ...`)"
    else:
        how = "the client answers in edit mode (open_project(path) or `cnw verify FILE respond ...`)"
    if project.mode == "read" and getattr(project, "read_only_reason", None):
        how = f"it is read-only because {project.read_only_reason}"
    raise ReadOnlyError(
        f"{_path(project)}: {what} needs {mode} mode; the file is open in {project.mode} mode: {how}",
        _path(project),
    )


def engagements(project) -> list[dict]:
    return project.rows("SELECT * FROM verif_engagements ORDER BY id")


def current_engagement(project) -> dict | None:
    return project.one("SELECT * FROM verif_engagements ORDER BY id DESC LIMIT 1")


def require_engagement(project) -> dict:
    eng = current_engagement(project)
    if eng is None:
        raise VerificationError(
            f"{_path(project)}: no verification has been started in this file; start one first "
            "(verification.start / `cnw verify FILE --as KEY start`)",
            _path(project),
        )
    return eng


def signoff_of(project, engagement_id: int) -> dict | None:
    return project.one(
        "SELECT * FROM signoff_signatures WHERE engagement_id = ? ORDER BY id DESC LIMIT 1", (engagement_id,)
    )


def require_unsigned(project, eng: dict) -> None:
    s = signoff_of(project, eng["id"])
    if s is not None:
        raise VerificationError(
            f"{_path(project)}: verification #{eng['id']} was signed on {s['signed_on']} and is final; "
            "start a new verification to change anything",
            _path(project),
        )


def require_key_of(project, eng: dict, key) -> None:
    if key.fingerprint != eng["key_fingerprint"]:
        from workbench.services.verification.keys import short_fingerprint

        raise VerificationError(
            f"{_path(project)}: verification #{eng['id']} was started with key "
            f"{short_fingerprint(eng['key_fingerprint'])} ({eng['verifier_name']}); the key given "
            f"({short_fingerprint(key.fingerprint)}, {key.name}) is not that key",
            _path(project),
        )


def _check_date(value, field: str, path: str) -> str | None:
    if value in (None, ""):
        return None
    try:
        return date.fromisoformat(str(value)).isoformat()
    except ValueError:
        raise VerificationError(f"{path}: {field} '{value}' is not a date (use YYYY-MM-DD)", path) from None


def set_plan(
    project,
    level: str,
    materiality_pct: float | None = None,
    criteria=None,
    objectives: str | None = None,
    scope: str | None = None,
    intended_users: str | None = None,
    responsible_party: str | None = None,
    reported_total_t: float | None = None,
    notes: str | None = None,
    materiality_basis: str = "gross",
) -> dict:
    """Record the verification plan: level of assurance, materiality, criteria, scope.

    ``materiality_pct`` defaults to the file's ``materiality_pct`` setting (5 %, [unconfirmed] in
    STANDARDS.md). ``criteria`` defaults to the file's ``standard`` setting. ``reported_total_t`` is
    the inventory total the threshold applies to; when omitted the footprint service's total is used
    if it can give one.
    """
    require_mode(project, "verifier", "setting the verification plan")
    path = _path(project)
    eng = require_engagement(project)
    require_unsigned(project, eng)
    if level not in LEVELS:
        raise VerificationError(
            f"{path}: level of assurance '{level}' is not one of: {', '.join(LEVELS)}", path
        )
    if materiality_pct is None:
        materiality_pct = float(project.setting("materiality_pct", 5.0))
    try:
        m = float(materiality_pct)
    except (TypeError, ValueError):
        m = math.nan
    if not (math.isfinite(m) and 0 < m <= 100):
        raise VerificationError(
            f"{path}: materiality '{materiality_pct}' must be a percentage in (0, 100]", path
        )
    if materiality_basis not in ("gross", "net"):
        raise VerificationError(f"{path}: materiality basis '{materiality_basis}' is not gross or net", path)
    if criteria is None:
        criteria = [project.setting("standard", "ISO14068-1")]
    if isinstance(criteria, str):
        criteria = [c.strip() for c in criteria.split(",")]
    criteria = [str(c).strip() for c in criteria if str(c).strip()]
    if not criteria:
        raise VerificationError(f"{path}: at least one criterion is required (e.g. ISO14068-1)", path)
    if reported_total_t is not None:
        try:
            reported_total_t = float(reported_total_t)
        except (TypeError, ValueError):
            reported_total_t = math.nan
        if not (math.isfinite(reported_total_t) and reported_total_t > 0):
            raise VerificationError(f"{path}: reported total must be a positive number of tCO2e", path)
    changes = {
        "level": level,
        "materiality_pct": m,
        "materiality_basis": materiality_basis,
        "criteria": json.dumps(criteria, ensure_ascii=False),
        "objectives": objectives,
        "scope": scope,
        "intended_users": intended_users,
        "responsible_party": responsible_party,
        "reported_total_t": reported_total_t,
        "plan_notes": notes,
        "planned_at": now_iso(),
    }
    with project.action(f"Verification plan: {level} assurance, materiality {m:g}%") as tx:
        tx.update("verif_engagements", eng["id"], changes)
    return require_engagement(project)


def criteria_of(eng: dict) -> list[str]:
    return json.loads(eng["criteria"]) if eng.get("criteria") else []


def check_opinion_allowed(project, eng: dict, opinion: str, open_rows: list[dict], mat) -> None:
    path = _path(project)
    if opinion in POSITIVE_OPINIONS:
        blocking = [f["ref"] for f in open_rows if f["kind"] in ("CAR", "CL")]
        if blocking:
            raise VerificationError(
                f"{path}: no {opinion} opinion while a CAR or CL is open ({', '.join(blocking)}); close them "
                "or give an adverse opinion or a disclaimer",
                path,
            )
    if opinion == "unmodified" and mat.material:
        raise VerificationError(
            f"{path}: no unmodified opinion: {mat.summary()}; give a modified or adverse opinion", path
        )
