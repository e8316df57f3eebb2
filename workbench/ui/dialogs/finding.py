"""The Raise finding form of the verification page: refused before it opens when the verification
is signed (or not started, or not in verifier mode); kind, description and impact checked as typed."""

from __future__ import annotations

from ..errors import friendly_message, show_error
from ..i18n import parse_number, tr
from . import checks, readiness
from .simple_form import ask_and_submit


def raise_finding_dialog(page) -> dict | None:
    project, svc = page.project, page.svc
    blockers = readiness.finding_blockers(project)
    if blockers:
        show_error(
            page,
            ValueError(readiness.explain(tr("No finding can be raised:"), blockers)),
            tr("Raise finding"),
        )
        return None

    def submit(v: dict) -> str | None:
        impact = parse_number(v["impact"]) if v["impact"] else None
        try:
            svc.raise_finding(
                project,
                v["kind"].strip().upper(),
                v["description"],
                clause=v["clause"] or None,
                impact_t=impact,
            )
        except Exception as exc:  # noqa: BLE001 - shown in the dialog, which keeps the input
            return friendly_message(exc)
        page._after_action()
        return None

    kind = tr("Kind (CAR, CL, FAR)")
    return ask_and_submit(
        page,
        tr("Raise finding"),
        [
            ("kind", kind),
            ("description", tr("Description")),
            ("clause", tr("Clause")),
            ("impact", tr("Impact tCO2e")),
        ],
        submit,
        checks={
            "kind": checks.one_of(kind, ("CAR", "CL", "FAR"), tr("finding kind"), optional=False, case=False),
            "description": checks.required(tr("Description")),
            "impact": checks.number(tr("Impact tCO2e")),
        },
    )
