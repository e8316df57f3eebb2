"""Findings: CAR (corrective action request), CL (clarification request), FAR (forward action request).

The verifier raises and closes findings (verifier mode); the client answers them in edit mode,
writing only the response columns (workbench/project/permissions.py). FARs still open when a
verification is signed carry over to the next verification (../shared/STANDARDS.md).
"""

from __future__ import annotations

import math
from datetime import date

from workbench.project.audit import now_iso
from workbench.services.verification.engagement import (
    VerificationError,
    require_engagement,
    require_mode,
    require_unsigned,
)

KINDS = ("CAR", "CL", "FAR")


def findings(project, engagement_id: int | None = None) -> list[dict]:
    """Findings of an engagement (default: the current one), in the order raised."""
    if engagement_id is None:
        eng = require_engagement(project)
        engagement_id = eng["id"]
    return project.rows("SELECT * FROM verif_findings WHERE engagement_id = ? ORDER BY id", (engagement_id,))


def open_findings(project, engagement_id: int) -> list[dict]:
    return [f for f in findings(project, engagement_id) if f["status"] == "open"]


def open_counts(rows: list[dict]) -> dict[str, int]:
    out = dict.fromkeys(KINDS, 0)
    for f in rows:
        if f["status"] == "open":
            out[f["kind"]] += 1
    return out


def get_finding(project, finding, engagement_id: int | None = None) -> dict:
    """A finding by id (int) or reference ("CAR-1") in the current engagement."""
    path = str(project.path)
    if isinstance(finding, str) and not finding.isdigit():
        eid = engagement_id or require_engagement(project)["id"]
        row = project.one(
            "SELECT * FROM verif_findings WHERE engagement_id = ? AND ref = ?", (eid, finding.upper())
        )
    else:
        row = project.one("SELECT * FROM verif_findings WHERE id = ?", (int(finding),))
    if row is None:
        raise VerificationError(f"{path}: finding {finding} does not exist", path)
    return row


def _next_ref(project, engagement_id: int, kind: str) -> str:
    n = project.conn.execute(
        "SELECT count(*) FROM verif_findings WHERE engagement_id = ? AND kind = ?", (engagement_id, kind)
    ).fetchone()[0]
    return f"{kind}-{n + 1}"


def raise_finding(
    project,
    kind: str,
    description: str,
    clause: str | None = None,
    evidence: str | None = None,
    impact_t: float | None = None,
    due_date: str | None = None,
    tbl: str | None = None,
    row_id: int | None = None,
    sample_item_id: int | None = None,
) -> dict:
    """Raise a finding in the current verification; returns the finding row (with its ``ref``).

    ``impact_t``: the misstatement in tCO2e, signed (+ = emissions overstated, - = understated).
    ``tbl``/``row_id``: the client row it concerns (optional); ``sample_item_id``: the sampled item.
    """
    require_mode(project, "verifier", "raising a finding")
    path = str(project.path)
    eng = require_engagement(project)
    require_unsigned(project, eng)
    kind = (kind or "").upper()
    if kind not in KINDS:
        raise VerificationError(f"{path}: finding kind '{kind}' is not one of: {', '.join(KINDS)}", path)
    if not description or not description.strip():
        raise VerificationError(f"{path}: a finding needs a description", path)
    if impact_t is not None:
        try:
            impact_t = float(impact_t)
        except (TypeError, ValueError):
            impact_t = math.nan
        if not math.isfinite(impact_t):
            raise VerificationError(f"{path}: finding impact must be a number of tCO2e", path)
    if due_date not in (None, ""):
        try:
            due_date = date.fromisoformat(str(due_date)).isoformat()
        except ValueError:
            raise VerificationError(
                f"{path}: due date '{due_date}' is not a date (use YYYY-MM-DD)", path
            ) from None
    else:
        due_date = None
    if (tbl is None) != (row_id is None):
        raise VerificationError(f"{path}: give both the table and the row id the finding concerns", path)
    if tbl is not None:
        names = {r[0] for r in project.conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        if (
            tbl not in names
            or not project.conn.execute(f'SELECT 1 FROM "{tbl}" WHERE rowid = ?', (row_id,)).fetchone()
        ):
            raise VerificationError(
                f"{path}: the finding refers to {tbl} row {row_id}, which does not exist", path
            )
    if sample_item_id is not None:
        item = project.one("SELECT * FROM verif_sample_items WHERE id = ?", (sample_item_id,))
        if item is None:
            raise VerificationError(f"{path}: sample item {sample_item_id} does not exist", path)
        if tbl is None:
            tbl, row_id = item["tbl"], item["row_id"]
    ref = _next_ref(project, eng["id"], kind)
    with project.action(f"Raise {ref}") as tx:
        fid = tx.insert(
            "verif_findings",
            {
                "engagement_id": eng["id"],
                "ref": ref,
                "kind": kind,
                "clause": clause,
                "description": description.strip(),
                "evidence": evidence,
                "impact_t": impact_t,
                "due_date": due_date,
                "tbl": tbl,
                "row_id": row_id,
                "sample_item_id": sample_item_id,
                "raised_at": now_iso(),
                "status": "open",
            },
        )
    return get_finding(project, fid)


def respond(project, finding, response: str) -> dict:
    """The client's answer to a finding (edit mode). Writes only the response columns."""
    require_mode(project, "edit", "answering a finding")
    path = str(project.path)
    f = get_finding(project, finding)
    eng = project.one("SELECT * FROM verif_engagements WHERE id = ?", (f["engagement_id"],))
    require_unsigned(project, eng)
    if f["status"] != "open":
        raise VerificationError(f"{path}: finding {f['ref']} is closed; it takes no further response", path)
    if not response or not response.strip():
        raise VerificationError(f"{path}: the response to {f['ref']} is empty", path)
    with project.action(f"Respond to {f['ref']}") as tx:
        tx.update(
            "verif_findings",
            f["id"],
            {"client_response": response.strip(), "response_by": project.user, "response_at": now_iso()},
        )
    return get_finding(project, f["id"])


def close_finding(project, finding, corrected: bool = True, note: str | None = None) -> dict:
    """The verifier closes a finding. ``corrected``: the client corrected the misstatement (its
    impact leaves the materiality aggregate); False closes it as accepted but uncorrected."""
    require_mode(project, "verifier", "closing a finding")
    path = str(project.path)
    f = get_finding(project, finding)
    eng = require_engagement(project)
    if f["engagement_id"] != eng["id"]:
        raise VerificationError(f"{path}: finding {f['ref']} belongs to an earlier verification", path)
    require_unsigned(project, eng)
    if f["status"] == "closed":
        raise VerificationError(f"{path}: finding {f['ref']} is already closed", path)
    if f["kind"] in ("CAR", "CL") and not f["client_response"]:
        raise VerificationError(
            f"{path}: finding {f['ref']} has no client response yet; the client answers it first", path
        )
    changes = {"status": "closed", "corrected": 1 if corrected else 0, "closed_at": now_iso()}
    if note:
        changes["verifier_note"] = note
    with project.action(f"Close {f['ref']} ({'corrected' if corrected else 'not corrected'})") as tx:
        tx.update("verif_findings", f["id"], changes)
    return get_finding(project, f["id"])


def keep_open(project, finding, note: str) -> dict:
    """The verifier keeps a finding open after the client's response, saying why."""
    require_mode(project, "verifier", "keeping a finding open")
    path = str(project.path)
    f = get_finding(project, finding)
    eng = require_engagement(project)
    require_unsigned(project, eng)
    if f["status"] != "open":
        raise VerificationError(f"{path}: finding {f['ref']} is closed", path)
    if not note or not note.strip():
        raise VerificationError(f"{path}: say why {f['ref']} stays open", path)
    with project.action(f"Keep {f['ref']} open") as tx:
        tx.update("verif_findings", f["id"], {"verifier_note": note.strip()})
    return get_finding(project, f["id"])


def carry_over_fars(project, tx, from_engagement: int, to_engagement: int) -> list[int]:
    """Copy every FAR still open in ``from_engagement`` into ``to_engagement`` (inside ``tx``)."""
    ids = []
    fars = project.rows(
        "SELECT * FROM verif_findings WHERE engagement_id = ? AND kind = 'FAR' AND status = 'open' ORDER BY id",
        (from_engagement,),
    )
    for n, f in enumerate(fars, start=1):
        ids.append(
            tx.insert(
                "verif_findings",
                {
                    "engagement_id": to_engagement,
                    "ref": f"FAR-{n}",
                    "kind": "FAR",
                    "clause": f["clause"],
                    "description": f["description"],
                    "evidence": f["evidence"],
                    "impact_t": f["impact_t"],
                    "due_date": f["due_date"],
                    "tbl": f["tbl"],
                    "row_id": f["row_id"],
                    "raised_at": now_iso(),
                    "status": "open",
                    "carried_from_id": f["id"],
                },
            )
        )
    return ids


def uncorrected_impacts(rows: list[dict]) -> list[float]:
    """Impacts (tCO2e) of CAR/CL findings not corrected: open ones and those closed uncorrected.
    FARs look forward and are not misstatements of this period."""
    return [
        f["impact_t"]
        for f in rows
        if f["kind"] != "FAR" and f["impact_t"] is not None and (f["status"] == "open" or f["corrected"] == 0)
    ]
