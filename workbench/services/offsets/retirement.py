"""Portfolio selection over the project's lots, planning, splitting and retirement of lots."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from offsets.portfolio import Constraints, Selection, select
from offsets.serials import SerialError, parse
from workbench.project.errors import InputError, ProjectError, RowError
from workbench.services.offsets.claims import _period, residual_for
from workbench.services.offsets.register import record_project
from workbench.services.offsets.store import TABLE, get_lot, list_lots


def select_portfolio(
    project,
    residual_t: float | None = None,
    constraints: Constraints | dict | None = None,
    period_id: int | None = None,
    apply: bool = False,
    progress=None,
) -> Selection:
    """Least-cost lots to cover what the period's claim still needs: residual emissions (explicit,
    the claim's, or the footprint's) minus credits already retired or planned for it.
    ``apply=True`` marks the chosen credits planned for the claim (splitting lots taken in part)."""
    period = _period(project, period_id)
    residual, _ = residual_for(project, period["id"], residual_t)
    if residual is None:
        raise ProjectError(
            "no residual emissions to cover: give residual_t, set it on the claim, or calculate "
            "the footprint first",
            project.path,
        )
    if isinstance(constraints, dict):
        try:
            constraints = Constraints(**constraints)
        except TypeError as exc:
            raise ProjectError(f"portfolio constraints: {exc}") from None
    covered = sum(
        lot.quantity
        for lot in list_lots(project, period_id=period["id"])
        if lot.status in ("planned", "retired")
    )
    try:
        sel = select(list_lots(project), max(0.0, residual - covered), constraints, progress=progress)
    except ValueError as exc:
        raise ProjectError(f"portfolio selection: {exc}") from None
    if apply and sel.feasible and sel.picks:
        plan_selection(project, sel, period["id"])
    return sel


def split_lot(project, lot_id: int, quantity: int) -> tuple[int, int]:
    """Split a lot's range: the first ``quantity`` credits stay in ``lot_id``, the rest become a new
    lot with the same attributes. Returns (lot_id, new_lot_id)."""
    lot = get_lot(project, lot_id)
    if lot.status not in ("held", "planned"):
        raise ProjectError(
            f"lot {lot_id} is {lot.status}; only held or planned lots can be split", project.path
        )
    if not 0 < quantity < lot.quantity:
        raise ProjectError(f"lot {lot_id}: cannot split {quantity} of {lot.quantity} credits", project.path)
    if lot.range_quantity != lot.quantity:
        raise ProjectError(
            f"lot {lot_id}: stated quantity {lot.quantity} disagrees with its serial range; "
            "correct it before splitting",
            project.path,
        )
    try:
        s = parse(lot.serial, lot.programme)
        first, rest = s.sub_range(s.start, s.start + quantity - 1), s.sub_range(s.start + quantity, s.end)
    except SerialError as exc:
        raise ProjectError(f"lot {lot_id}: {exc}") from None
    row = project.one(f"SELECT * FROM {TABLE} WHERE id = ?", (lot_id,))
    with project.action(f"Split credit lot {lot_id} at {quantity}") as tx:
        tx.update(
            TABLE,
            lot_id,
            {
                "serial": first.text,
                "serial_start": first.start,
                "serial_end": first.end,
                "quantity": quantity,
            },
        )
        new = {k: v for k, v in row.items() if k != "id"}
        new.update(serial=rest.text, serial_start=rest.start, serial_end=rest.end, quantity=rest.quantity)
        new_id = tx.insert(TABLE, new)
    record_project(project)
    return lot_id, new_id


def plan_selection(project, selection: Selection, period_id: int | None = None) -> list[int]:
    """Mark the selected credits planned for the period's claim, in one action; returns lot ids."""
    period = _period(project, period_id)
    ids = []
    with project.action(f"Plan credits for the {period['label']} claim") as tx:
        for lot, q in selection.picks:
            current = get_lot(project, lot.id)
            if current.status != "held":
                raise ProjectError(f"lot {lot.id} is {current.status}, no longer available", project.path)
            if q < current.quantity:
                split_lot(project, lot.id, q)
            tx.update(TABLE, lot.id, {"status": "planned", "claim_period_id": period["id"]})
            ids.append(lot.id)
    record_project(project)
    return ids


def _date(value, field: str, errs: list, where: str) -> dt.date | None:
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value))
    except (TypeError, ValueError):
        errs.append(RowError(where, None, field, f"{value!r} is not a date (YYYY-MM-DD)"))
        return None


def retire(
    project,
    lot_id: int,
    date,
    beneficiary: str,
    reference: str,
    receipt_path,
    period_id: int | None = None,
    quantity: int | None = None,
    today: dt.date | None = None,
):
    """Record a registry retirement: planned/held -> retired with date, beneficiary, registry
    reference and the receipt (stored in the file as evidence). ``quantity`` retires only the first
    part of the lot (split). One action: everything or nothing. Returns the retired lot."""
    lot = get_lot(project, lot_id)
    where = f"retirement of lot {lot_id}"
    errs: list[RowError] = []
    if lot.status not in ("held", "planned"):
        errs.append(
            RowError(where, None, "status", f"lot is {lot.status}; only held or planned lots can be retired")
        )
    if lot.kets_compliance_year is not None:
        errs.append(
            RowError(
                where,
                None,
                "kets_compliance_year",
                f"surrendered for K-ETS compliance {lot.kets_compliance_year}; it cannot back a voluntary claim",
            )
        )
    day = _date(date, "date", errs, where)
    today = today or dt.date.today()
    if day is not None and day > today:
        errs.append(
            RowError(where, None, "date", f"{day} is in the future; record a retirement once it is done")
        )
    if day is not None and lot.issuance_date and day < lot.issuance_date:
        errs.append(
            RowError(where, None, "date", f"{day} is before the credits were issued ({lot.issuance_date})")
        )
    if not (beneficiary or "").strip():
        errs.append(RowError(where, None, "beneficiary", "the beneficiary (the claimant) is required"))
    if not (reference or "").strip():
        errs.append(RowError(where, None, "reference", "the registry's retirement reference is required"))
    if receipt_path is None or not Path(receipt_path).is_file():
        errs.append(RowError(where, None, "receipt", f"receipt file {receipt_path} does not exist"))
    if quantity is not None and not (isinstance(quantity, int) and 0 < quantity <= lot.quantity):
        errs.append(RowError(where, None, "quantity", f"{quantity!r} is not between 1 and {lot.quantity}"))
    if errs:
        raise InputError(errs, f"{where}: {len(errs)} problem(s); nothing was changed")
    period = _period(project, period_id if period_id is not None else lot.claim_period_id)
    with project.action(f"Retire credit lot {lot_id} for {beneficiary}") as tx:
        if quantity is not None and quantity < lot.quantity:
            split_lot(project, lot_id, quantity)
        att = project.attach(receipt_path, link=(TABLE, lot_id), note=f"retirement receipt {reference}")
        tx.update(
            TABLE,
            lot_id,
            {
                "status": "retired",
                "retirement_date": day.isoformat(),
                "beneficiary": beneficiary.strip(),
                "retirement_reference": reference.strip(),
                "evidence_attachment_id": att,
                "claim_period_id": period["id"],
            },
        )
    record_project(project)
    return get_lot(project, lot_id)
