"""Edits of a reduction project and their inverses, so the desktop app can undo what it did:
remove a project that has nothing recorded yet, edit or remove a parameter, remove readings,
restore a certification step, withdraw an issuance whose credits are still held. Every write is
one ``project.action``; a refusal raises ``InputError`` / ``ProjectError`` naming the field and
the reason, and the file is unchanged."""

from __future__ import annotations

import datetime as dt

from lca.reduction_project import PARAMETER_KINDS
from workbench.project.errors import InputError, ProjectError, RowError
from workbench.services import offsets as offsets_service
from workbench.services.reduction.process import steps_of
from workbench.services.reduction.store import UNC_DISTS, _row, _unit

PARAMETER_FIELDS = (
    "name",
    "name_local",
    "unit",
    "kind",
    "value",
    "source",
    "unc_dist",
    "unc_pct",
    "meter",
    "frequency",
    "calibration",
    "qaqc",
)
STEP_FIELDS = ("state", "started", "submitted", "completed", "extended", "documents", "notes")
_CHILDREN = (
    ("reduction_evidence", "evidence"),
    ("reduction_parameters", "parameters"),
    ("reduction_terms", "terms"),
    ("reduction_periods", "monitoring periods"),
    ("reduction_steps", "certification steps"),
    ("reduction_issuances", "issued credits"),
)


def _bad(where: str, field_: str, reason: str) -> InputError:
    return InputError([RowError(where, None, field_, reason)], f"{where}: {reason}; nothing was saved")


def remove(project, ref) -> None:
    """Remove a reduction project that has nothing recorded under it yet (undo of ``create``)."""
    rp = _row(project, ref)
    where = f"reduction project {rp['code']}"
    for table, what in _CHILDREN:
        if project.one(f"SELECT id FROM {table} WHERE project_id = ? LIMIT 1", (rp["id"],)):
            raise _bad(where, "code", f"it has {what} recorded; remove them first")
    with project.action(f"Remove reduction project {rp['code']}") as tx:
        tx.delete("reduction_projects", rp["id"])


def _parameter(project, ref, code) -> tuple[dict, dict, str]:
    rp = _row(project, ref)
    where = f"reduction project {rp['code']}, parameter '{code}'"
    par = project.one(
        "SELECT * FROM reduction_parameters WHERE project_id = ? AND code = ?", (rp["id"], code)
    )
    if par is None:
        raise _bad(where, "code", "no such parameter")
    return rp, par, where


def parameter_values(project, ref, code) -> dict:
    """The stored fields of parameter ``code`` (what ``edit_parameter`` takes back on undo)."""
    _rp, par, _where = _parameter(project, ref, code)
    return {k: par[k] for k in PARAMETER_FIELDS}


def edit_parameter(project, ref, code, **changes) -> dict:
    """Change fields of parameter ``code``; returns the fields as they were (for undo)."""
    rp, par, where = _parameter(project, ref, code)
    unknown = [k for k in changes if k not in PARAMETER_FIELDS]
    if unknown:
        raise _bad(where, unknown[0], "not a parameter field")
    row = dict(changes)
    if "unit" in row:
        row["unit"] = _unit(str(row["unit"] or ""), where, "unit")
    if "value" in row and row["value"] not in (None, ""):
        try:
            row["value"] = float(row["value"])
        except (TypeError, ValueError):
            raise _bad(where, "value", f"'{row['value']}' is not a number") from None
    elif "value" in row:
        row["value"] = None
    if "unc_pct" in row:
        try:
            row["unc_pct"] = float(row["unc_pct"] or 0)
        except (TypeError, ValueError):
            raise _bad(where, "unc_pct", f"'{row['unc_pct']}' is not a number") from None
    merged = {**par, **row}
    if merged["kind"] not in PARAMETER_KINDS:
        raise _bad(where, "kind", f"'{merged['kind']}' is not one of {', '.join(PARAMETER_KINDS)}")
    if merged["kind"] == "ex_ante" and merged["value"] is None:
        raise _bad(where, "value", "an ex-ante parameter needs its value")
    if merged["unc_dist"] not in UNC_DISTS:
        raise _bad(where, "unc_dist", f"'{merged['unc_dist']}' is not one of {', '.join(UNC_DISTS)}")
    if merged["kind"] == "monitored" and not str(merged["meter"] or "").strip():
        raise _bad(where, "meter", "a monitored parameter names its meter or measuring method")
    readings = project.rows(
        "SELECT DISTINCT unit FROM reduction_readings WHERE parameter_id = ?", (par["id"],)
    )
    if merged["kind"] != "monitored" and readings:
        raise _bad(where, "kind", "it has monitored readings; a fixed ex-ante parameter has none")
    if "unit" in row:
        from lca.units import UnitError, conversion_factor

        for r in readings:
            try:
                conversion_factor(r["unit"], row["unit"])
            except UnitError:
                raise _bad(
                    where, "unit", f"its readings in {r['unit']} cannot be converted to {row['unit']}"
                ) from None
    old = {k: par[k] for k in row}
    with project.action(f"Reduction project {rp['code']}: edit parameter {code}") as tx:
        tx.update("reduction_parameters", par["id"], row)
    return old


def remove_parameter(project, ref, code) -> None:
    """Remove a parameter no reading and no term uses (undo of ``add_parameter``)."""
    rp, par, where = _parameter(project, ref, code)
    if project.one("SELECT id FROM reduction_readings WHERE parameter_id = ? LIMIT 1", (par["id"],)):
        raise _bad(where, "code", "it has monitored readings; remove them first")
    for t in project.rows(
        "SELECT label, multiply, divide FROM reduction_terms WHERE project_id = ?", (rp["id"],)
    ):
        if code in (t["multiply"] or "").split(";") + (t["divide"] or "").split(";"):
            raise _bad(where, "code", f"the term '{t['label']}' uses it")
    with project.action(f"Reduction project {rp['code']}: remove parameter {code}") as tx:
        tx.delete("reduction_parameters", par["id"])


def reading_ids(project, ref, code) -> list[int]:
    """The ids of parameter ``code``'s readings, oldest first."""
    _rp, par, _where = _parameter(project, ref, code)
    return [
        r["id"]
        for r in project.rows(
            "SELECT id FROM reduction_readings WHERE parameter_id = ? ORDER BY id", (par["id"],)
        )
    ]


def readings_of(project, ref, code) -> list[dict]:
    """Parameter ``code``'s readings (id, start, end, value, unit, evidence), oldest first."""
    _rp, par, _where = _parameter(project, ref, code)
    return project.rows(
        "SELECT id, start, end, value, unit, evidence FROM reduction_readings WHERE parameter_id = ? ORDER BY id",
        (par["id"],),
    )


def remove_readings(project, ref, code, ids) -> int:
    """Remove the readings ``ids`` of parameter ``code`` (undo of ``add_readings`` / an import)."""
    rp, par, where = _parameter(project, ref, code)
    own = set(reading_ids(project, ref, code))
    ids = list(ids)
    foreign = [i for i in ids if i not in own]
    if foreign:
        raise _bad(where, "id", f"reading {foreign[0]} is not one of its readings")
    with project.action(f"Reduction project {rp['code']}: remove {len(ids)} reading(s) of {code}") as tx:
        for i in ids:
            tx.delete("reduction_readings", i)
    return len(ids)


def _step_key(project, ref, step, period):
    from workbench.services.reduction.store import ReductionProject, get

    rp = ref if isinstance(ref, ReductionProject) else get(project, ref)
    defs = {s.key: s for s in steps_of(rp.standard)}
    if step not in defs:
        raise _bad(f"reduction project {rp.code}, step '{step}'", "step", f"not a step of {rp.standard}")
    period_id = rp.period(period).id if defs[step].per_period and period is not None else None
    return rp, period_id


def step_values(project, ref, step, period=None) -> dict | None:
    """The recorded fields of a certification step (None when nothing was recorded yet)."""
    rp, period_id = _step_key(project, ref, step, period)
    r = project.one(
        "SELECT * FROM reduction_steps WHERE project_id = ? AND step = ? AND period_id IS ?",
        (rp.id, step, period_id),
    )
    return None if r is None else {k: r[k] for k in STEP_FIELDS}


def restore_step(project, ref, step, period, values: dict | None) -> None:
    """Put a step back as ``step_values`` gave it (undo of ``set_step``); None clears it."""
    rp, period_id = _step_key(project, ref, step, period)
    r = project.one(
        "SELECT id FROM reduction_steps WHERE project_id = ? AND step = ? AND period_id IS ?",
        (rp.id, step, period_id),
    )
    with project.action(f"Reduction project {rp.code}: step {step} restored") as tx:
        if values is None:
            if r is not None:
                tx.delete("reduction_steps", r["id"])
        elif r is not None:
            tx.update("reduction_steps", r["id"], {k: values.get(k) for k in STEP_FIELDS})
        else:
            tx.insert(
                "reduction_steps", {"project_id": rp.id, "period_id": period_id, "step": step, **values}
            )


def withdraw(project, lot_id: int) -> None:
    """Take back an issuance recorded by mistake (undo of ``issue``): its credit lot and the
    issuance go in one action, while the lot is still held (a retired, planned or transferred
    lot is evidence and stays)."""
    row = project.one("SELECT * FROM reduction_issuances WHERE lot_id = ?", (lot_id,))
    if row is None:
        raise ProjectError(f"credit lot {lot_id} was not issued from a reduction project", project.path)
    lot = offsets_service.get_lot(project, lot_id)
    if lot.status != "held" or lot.claim_period_id is not None:
        raise _bad(
            f"credit lot {lot_id}",
            "status",
            f"its credits are {lot.status} or used in a claim; they stay recorded",
        )
    with project.action(f"Withdraw issuance of credit lot {lot_id}") as tx:
        tx.delete("reduction_issuances", row["id"])
        offsets_service.delete_lot(project, lot_id)
    offsets_service.record_project(project)


READING_FIELDS = ("start", "end", "value", "unit", "evidence")


def edit_reading(project, ref, code, reading_id: int, **changes) -> dict:
    """Change a monitored reading of parameter ``code`` (checked as ``add_readings`` checks a new
    one); returns its fields as they were (for undo)."""
    from workbench.services.reduction.store import add_readings

    rp, par, where = _parameter(project, ref, code)
    unknown = [k for k in changes if k not in READING_FIELDS]
    if unknown:
        raise _bad(where, unknown[0], "not a reading field")
    old = project.one(
        "SELECT * FROM reduction_readings WHERE id = ? AND parameter_id = ?", (reading_id, par["id"])
    )
    if old is None:
        raise _bad(where, "id", f"reading {reading_id} is not one of its readings")
    merged = {**{k: old[k] for k in READING_FIELDS}, **changes}
    add_readings(project, ref, code, [tuple(merged[k] for k in READING_FIELDS)], dry_run=True)
    row = {k: merged[k] for k in changes}
    if "value" in row:
        row["value"] = float(row["value"])
    for k in ("start", "end"):
        if k in row:
            row[k] = dt.date.fromisoformat(str(row[k]).strip()).isoformat()
    with project.action(f"Reduction project {rp['code']}: edit reading {reading_id} of {code}") as tx:
        tx.update("reduction_readings", reading_id, row)
    return {k: old[k] for k in changes}
