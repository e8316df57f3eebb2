"""The certification process tracker: KCCI's eight steps and MyCarbon's, with dates, documents,
state and the review clocks.

KCCI (seeds/kcci-carbon-reduction-certification-faq.txt): steps 1-4 register the methodology and
project once; steps 5-8 repeat for every monitoring period. Steps 3 (suitability review) and 7
(conformity review): "notification of results within 30 days after completion of submission and
correction/supplementation, one time extension possible".

MyCarbon (seeds/mycarbon-voluntary-credit-standard-ko.txt): application after the activity with
the monitoring evidence (Art. 7, 8), verification by a designated body for 100 t or more (Art. 4),
validity evaluation (Art. 13), committee deliberation for 100 t or more (Art. 2(4)), approval and
issuance into the participant's account (Art. 14); objections within 30 days of a decision, and
the answer within 30 days, extendable once by 30 days (Art. 21). Every step is per period
(Art. 8: one application per period of a continuous activity).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from lca.reduction_project import review_due
from workbench.project.errors import InputError, RowError
from workbench.services.reduction.store import ReductionProject, get

STATES = ("pending", "in_progress", "submitted", "done", "rejected")
KCCI_SRC = "KCCI Carbon Standard (KCCI FAQ), certification process"
MYC_SRC = "MyCarbon standard"


@dataclass(frozen=True)
class StepDef:
    no: int
    key: str
    title: str
    clause: str
    per_period: bool
    clock_days: int | None = None  # review clock from complete submission (one extension)


KCCI_STEPS = (
    StepDef(1, "preparation", "Preparation of methodology and project", f"{KCCI_SRC}, step 1", False),
    StepDef(2, "validation", "Third-party validation", f"{KCCI_SRC}, step 2", False),
    StepDef(
        3,
        "suitability_review",
        "Suitability review",
        f"{KCCI_SRC}, step 3 (30 days, one extension)",
        False,
        30,
    ),
    StepDef(
        4, "registration_committee", "Certification committee: registration", f"{KCCI_SRC}, step 4", False
    ),
    StepDef(5, "monitoring_report", "Monitoring report", f"{KCCI_SRC}, step 5", True),
    StepDef(6, "verification", "Third-party verification", f"{KCCI_SRC}, step 6", True),
    StepDef(
        7, "conformity_review", "Conformity review", f"{KCCI_SRC}, step 7 (30 days, one extension)", True, 30
    ),
    StepDef(8, "issuance_committee", "Certification committee: certification", f"{KCCI_SRC}, step 8", True),
)
MYCARBON_STEPS = (
    StepDef(1, "application", "Application with monitoring evidence", f"{MYC_SRC} Art. 7, Art. 8", True),
    StepDef(
        2, "verification", "Verification by a designated body (100 t or more)", f"{MYC_SRC} Art. 4", True
    ),
    StepDef(3, "validity_evaluation", "Validity evaluation", f"{MYC_SRC} Art. 13", True),
    StepDef(4, "committee", "Certification committee (100 t or more)", f"{MYC_SRC} Art. 2(4)", True),
    StepDef(5, "issuance", "Approval and issuance of CRA", f"{MYC_SRC} Art. 14", True),
    StepDef(6, "objection", "Objection answered (30 days, one extension)", f"{MYC_SRC} Art. 21", True, 30),
)


def steps_of(standard: str) -> tuple[StepDef, ...]:
    return KCCI_STEPS if standard == "KCS" else MYCARBON_STEPS


@dataclass(frozen=True)
class StepStatus:
    step: StepDef
    period: str | None  # monitoring period label, None for the one-off steps
    state: str
    started: dt.date | None
    submitted: dt.date | None
    completed: dt.date | None
    extended: bool
    documents: str
    due: dt.date | None
    overdue: bool
    days_left: int | None


def _d(text) -> dt.date | None:
    return dt.date.fromisoformat(text) if text else None


def tracker(project, ref, today: dt.date | None = None) -> list[StepStatus]:
    """Every step of the project's standard (per monitoring period where the step repeats), with
    its state, dates, documents, the review clock's due date and whether it is overdue."""
    rp = ref if isinstance(ref, ReductionProject) else get(project, ref)
    today = today or dt.date.today()
    rows = {
        (r["step"], r["period_id"]): r
        for r in project.rows("SELECT * FROM reduction_steps WHERE project_id = ?", (rp.id,))
    }
    out = []
    for sd in steps_of(rp.standard):
        for mp in rp.periods if sd.per_period else [None]:
            r = rows.get((sd.key, None if mp is None else mp.id)) or {}
            submitted, completed = _d(r.get("submitted")), _d(r.get("completed"))
            extended = bool(r.get("extended"))
            due = review_due(submitted, sd.clock_days, extended) if sd.clock_days else None
            open_ = r.get("state") not in ("done", "rejected")
            overdue = bool(due and open_ and today > due)
            out.append(
                StepStatus(
                    sd,
                    None if mp is None else mp.label,
                    r.get("state", "pending"),
                    _d(r.get("started")),
                    submitted,
                    completed,
                    extended,
                    r.get("documents", ""),
                    due,
                    overdue,
                    (due - today).days if due and open_ else None,
                )
            )
    return out


def set_step(project, ref, step: str, period=None, dry_run: bool = False, **changes) -> None:
    """Record a step's state, dates (started, submitted = complete submission, completed),
    ``extended`` (the one extension of a review clock) and documents (``dry_run``: check only)."""
    rp = ref if isinstance(ref, ReductionProject) else get(project, ref)
    defs = {s.key: s for s in steps_of(rp.standard)}
    where = f"reduction project {rp.code}, step '{step}'"

    def bad(field, reason):
        return InputError([RowError(where, None, field, reason)], f"{where}: {reason}; nothing was saved")

    if step not in defs:
        raise bad("step", f"not a step of {rp.standard} (steps: {', '.join(defs)})")
    sd = defs[step]
    period_id = None
    if sd.per_period:
        if period is None:
            raise bad("period", "this step is per monitoring period: name the period")
        period_id = rp.period(period).id
    allowed = {"state", "started", "submitted", "completed", "extended", "documents", "notes"}
    unknown = [k for k in changes if k not in allowed]
    if unknown:
        raise bad(unknown[0], "not a step field")
    row = {}
    for k, v in changes.items():
        if k in ("started", "submitted", "completed"):
            if v in (None, ""):
                row[k] = None
                continue
            try:
                row[k] = (v if isinstance(v, dt.date) else dt.date.fromisoformat(str(v))).isoformat()
            except ValueError:
                raise bad(k, f"'{v}' is not a date (use YYYY-MM-DD)") from None
        elif k == "extended":
            if v and not sd.clock_days:
                raise bad("extended", "this step has no review clock to extend")
            row[k] = 1 if v else 0
        elif k == "state":
            if v not in STATES:
                raise bad("state", f"'{v}' is not one of {', '.join(STATES)}")
            row[k] = v
        else:
            row[k] = str(v)
    old = project.one(
        "SELECT * FROM reduction_steps WHERE project_id = ? AND step = ? AND period_id IS ?",
        (rp.id, step, period_id),
    )
    if old and old["extended"] and row.get("extended") == 1:
        raise bad("extended", "the review clock was extended once already (one extension only)")
    if dry_run:
        return
    with project.action(f"Reduction project {rp.code}: step {step}") as tx:
        if old:
            tx.update("reduction_steps", old["id"], row)
        else:
            tx.insert("reduction_steps", {"project_id": rp.id, "period_id": period_id, "step": step, **row})


def step_done(project, rp: ReductionProject, step: str, period_id=None) -> bool:
    r = project.one(
        "SELECT state FROM reduction_steps WHERE project_id = ? AND step = ? AND period_id IS ?",
        (rp.id, step, period_id),
    )
    return bool(r and r["state"] == "done")
