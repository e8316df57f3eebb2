"""The edits of the reduction-projects page, each through its checked dialog and each one undoable
command (Edit > Undo) with the service's inverse: a new project (removed again while nothing is
recorded under it), a parameter added or edited, readings added or imported (removed again), a
certification step updated (put back as it was), credits issued (withdrawn while still held).

Every function opens its dialog (non-modal, ``open()``) and returns it, so tests drive it."""

from __future__ import annotations

from workbench.services import reduction as svc

from ..i18n import parse_number, tr
from .reduction import ImportReadingsDialog, ParameterDialog, ProjectDialog, ReadingDialog
from .reduction_steps import IssueDialog, StepDialog

PARAMETER_TEXT = ("name", "unit", "kind", "value", "source", "meter", "frequency", "calibration", "qaqc")


def _number(text: str) -> float | None:
    return parse_number(text) if text.strip() else None


def _same(old, new) -> bool:
    return (old in (None, "") and new in (None, "")) or old == new


def new_project(page) -> ProjectDialog:
    taken = [r["code"] for r in svc.list_projects(page.project)]

    def submit(v: dict):
        fields = {k: v[k] for k in v if v[k] != ""}
        p = page.project
        page.select_after = v["code"]
        return page.try_edit(
            tr("Add reduction project {0}").format(v["code"]),
            lambda: svc.create(p, **fields),
            lambda: svc.remove(p, v["code"]),
        )

    dialog = ProjectDialog(page, taken, submit=submit)
    dialog.open()
    return dialog


def parameter(page, code: str | None = None) -> ParameterDialog:
    """Add a parameter (``code`` None) or edit parameter ``code`` of the chosen project."""
    p, ref = page.project, page.chooser.currentData()
    rp = svc.get(p, ref)
    values = None
    if code is not None:
        values = {"code": code, **svc.parameter_values(p, ref, code)}
        values["value"] = "" if values["value"] is None else page.number_text(values["value"])

    def submit(v: dict):
        row = {k: v[k] for k in PARAMETER_TEXT}
        row["value"] = _number(v["value"])
        if values is None:
            kind, value = row.pop("kind"), row.pop("value")
            extra = {k: row.pop(k) for k in ("name", "unit")}
            meta = {k: x for k, x in row.items() if x}
            return page.try_edit(
                tr("Add parameter {0}").format(v["code"]),
                lambda: svc.add_parameter(
                    p, ref, v["code"], extra["name"], extra["unit"], kind, value, **meta
                ),
                lambda: svc.remove_parameter(p, ref, v["code"]),
            )
        old = svc.parameter_values(p, ref, code)
        changes = {k: x for k, x in row.items() if not _same(old[k], x)}
        if not changes:
            return None
        return page.try_edit(
            tr("Edit parameter {0}").format(code),
            lambda: svc.edit_parameter(p, ref, code, **changes),
            lambda: svc.edit_parameter(p, ref, code, **{k: old[k] for k in changes}),
        )

    dialog = ParameterDialog(page, list(rp.parameters), values, submit=submit)
    dialog.open()
    return dialog


def _monitored(rp) -> tuple[list[tuple[str, str]], dict]:
    pars = [x for x in rp.parameters.values() if x.kind == "monitored"]
    return [(f"{x.code}  {x.name}", x.code) for x in pars], {x.code: x.unit for x in pars}


def _readings_edit(page, text: str, add, code: str):
    """One undoable command around ``add()`` (readings added or imported): undo removes exactly
    the readings it added."""
    p, ref = page.project, page.chooser.currentData()
    added: list[int] = []

    def redo():
        before = set(svc.reading_ids(p, ref, code))
        n = add()
        added[:] = [i for i in svc.reading_ids(p, ref, code) if i not in before]
        return n

    return page.try_edit(text, redo, lambda: svc.remove_readings(p, ref, code, added))


def reading(page) -> ReadingDialog:
    p, ref = page.project, page.chooser.currentData()
    items, units = _monitored(svc.get(p, ref))

    def submit(v: dict):
        row = (v["start"], v["end"], parse_number(v["value"]), v["unit"], v["evidence"])
        return _readings_edit(
            page,
            tr("Add a reading of {0}").format(v["parameter"]),
            lambda: svc.add_readings(p, ref, v["parameter"], [row]),
            v["parameter"],
        )

    dialog = ReadingDialog(page, items, units, submit=submit)
    dialog.open()
    return dialog


def edit_reading(page, code: str, reading_id: int) -> ReadingDialog:
    """Edit reading ``reading_id`` of parameter ``code`` (undo puts its old fields back)."""
    p, ref = page.project, page.chooser.currentData()
    items, units = _monitored(svc.get(p, ref))
    old = next(r for r in svc.readings_of(p, ref, code) if r["id"] == reading_id)
    values = {**old, "parameter": code, "value": page.number_text(old["value"])}

    def submit(v: dict):
        typed = {k: v[k] for k in svc.READING_FIELDS}
        typed["value"] = parse_number(v["value"])
        changes = {k: x for k, x in typed.items() if not _same(old[k], x)}
        if not changes:
            return None
        return page.try_edit(
            tr("Edit a reading of {0}").format(code),
            lambda: svc.edit_reading(p, ref, code, reading_id, **changes),
            lambda: svc.edit_reading(p, ref, code, reading_id, **{k: old[k] for k in changes}),
        )

    dialog = ReadingDialog(page, items, units, values, submit=submit)
    dialog.open()
    return dialog


def import_readings(page) -> ImportReadingsDialog:
    p, ref = page.project, page.chooser.currentData()
    items, _units = _monitored(svc.get(p, ref))

    def submit(v: dict):
        return _readings_edit(
            page,
            tr("Import readings of {0}").format(v["parameter"]),
            lambda: svc.import_readings(p, ref, v["parameter"], v["path"]),
            v["parameter"],
        )

    dialog = ImportReadingsDialog(page, items, submit=submit)
    dialog.open()
    return dialog


def step(page, state_text, step_text, row: int = 0) -> StepDialog:
    """Update a certification step; ``row``: the tracker row to start on (the selected one);
    ``state_text`` / ``step_text``: the page's wording of states and steps."""
    p, ref = page.project, page.chooser.currentData()
    rp = svc.get(p, ref)
    steps = []
    for s in svc.tracker(p, rp):
        text = f"{s.step.no}. {step_text(rp.standard, s.step.key)}" + (f" ({s.period})" if s.period else "")
        steps.append(
            (
                text,
                (s.step.key, s.period),
                svc.step_values(p, rp, s.step.key, s.period),
                bool(s.step.clock_days),
            )
        )

    def submit(_v: dict):
        (key, period), _old = dialog.chosen()
        old = svc.step_values(p, ref, key, period)
        changes = dialog.changes()
        return page.try_edit(
            tr("Update step {0}").format(step_text(rp.standard, key)),
            lambda: svc.set_step(p, ref, key, period, **changes),
            lambda: svc.restore_step(p, ref, key, period, old),
        )

    dialog = StepDialog(page, steps, state_text, current=max(0, min(row, len(steps) - 1)), submit=submit)
    dialog.open()
    return dialog


def issue(page) -> IssueDialog:
    p, ref = page.project, page.chooser.currentData()
    rp = svc.get(p, ref)
    periods = []
    for m in svc.monitored_all(p, rp):
        mp = rp.period(m.label)
        periods.append(
            (f"{m.label} ({svc.fmt_tonnes(m.reduction_t, page.lang())} t)", m.label, mp.end, m.reduction_t)
        )

    def submit(v: dict):
        quantity = int(parse_number(v["quantity"]))
        start = int(parse_number(v["serial_start"]))
        lot: list[int] = []

        def redo():
            lot[:] = [
                svc.issue(
                    p,
                    ref,
                    v["period"],
                    quantity,
                    v["issued_on"],
                    serial_start=start,
                    committee_decision=v["committee_decision"] or None,
                )
            ]
            return lot[0]

        return page.try_edit(
            tr("Issue {0} credits for {1}").format(quantity, v["period"]),
            redo,
            lambda: svc.withdraw(p, lot[0]),
        )

    dialog = IssueDialog(page, periods, submit=submit)
    dialog.open()
    return dialog
