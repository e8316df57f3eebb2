"""Issued credits: a monitoring period's certified reduction recorded as a credit lot (KCR under
the KCCI Carbon Standard, 1 per tCO2e; CRA under MyCarbon), through the offsets step's lot
service, so the lot is checked, can back the proponent's own claim or be transferred, and the
shared retirement register holds it. The claim check for double counting is here too."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from offsets.findings import ERROR, Finding
from offsets.lots import CreditLot
from offsets.serials.generic import generic_serial
from workbench.project.errors import InputError, RowError
from workbench.services import offsets as offsets_service
from workbench.services.reduction.store import ReductionProject, get

UNITS = {"KCS": ("KCCI", "KCR"), "MYCARBON": ("MyCarbon", "CRA")}
CLAUSE_DOUBLE = (
    "ISO 14068-1:2023 credit requirements: no double counting; a reduction inside the claiming "
    "organisation's own boundary already lowers its footprint and cannot also offset it"
)


@dataclass(frozen=True)
class Issuance:
    id: int
    period: str
    lot_id: int
    quantity: int
    issued_on: dt.date
    committee_decision: str | None
    serial: str
    status: str
    claim_period_id: int | None


def issuances(project, ref) -> list[Issuance]:
    rp = ref if isinstance(ref, ReductionProject) else get(project, ref)
    out = []
    for r in project.rows(
        "SELECT i.*, p.label, l.serial, l.status, l.claim_period_id FROM reduction_issuances i "
        "JOIN reduction_periods p ON p.id = i.period_id JOIN offset_lots l ON l.id = i.lot_id "
        "WHERE i.project_id = ? ORDER BY i.id",
        (rp.id,),
    ):
        out.append(
            Issuance(
                r["id"],
                r["label"],
                r["lot_id"],
                r["quantity"],
                dt.date.fromisoformat(r["issued_on"]),
                r["committee_decision"],
                r["serial"],
                r["status"],
                r["claim_period_id"],
            )
        )
    return out


def issue(
    project,
    ref,
    period,
    quantity: int,
    issued_on,
    serial_start: int = 1,
    committee_decision: str | None = None,
    dry_run: bool = False,
) -> int | None:
    """Record ``quantity`` credits issued for monitoring period ``period`` as one credit lot
    (serial ``KCCI/KCR-<year>-<project>/<start>-<end>``); returns the lot id. The lot and the
    issuance land in one action, and the retirement register is updated after it (``dry_run``:
    check only, nothing written)."""
    rp = ref if isinstance(ref, ReductionProject) else get(project, ref)
    mp = rp.period(period)
    where = f"reduction project {rp.code}, issuance for {mp.label}"
    if not isinstance(quantity, int) or isinstance(quantity, bool) or quantity <= 0:
        raise InputError([RowError(where, None, "quantity", f"{quantity!r} is not a positive whole number")])
    try:
        on = issued_on if isinstance(issued_on, dt.date) else dt.date.fromisoformat(str(issued_on))
    except ValueError:
        raise InputError(
            [RowError(where, None, "issued_on", f"'{issued_on}' is not a date (use YYYY-MM-DD)")]
        ) from None
    if on < mp.end:
        raise InputError(
            [
                RowError(
                    where,
                    None,
                    "issued_on",
                    f"{on} is before the end of the monitoring period {mp.end}: credits are issued ex post",
                )
            ]
        )
    registry, unit = UNITS[rp.standard]
    pid = rp.registry_project_id or rp.code
    serial = generic_serial(
        registry.upper(), f"{unit}-{mp.end.year}-{pid}", serial_start, serial_start + quantity - 1, 6
    )
    lot = CreditLot(
        registry=registry,
        programme=rp.standard,
        unit_type=unit,
        serial=serial,
        quantity=quantity,
        project_id=pid,
        project_name=rp.name,
        methodology=f"{rp.methodology_id} {rp.methodology_version}".strip(),
        host_country=rp.host_country,
        vintage_start=mp.start,
        vintage_end=mp.end,
        issuance_date=on,
        verifier=rp.verifier or None,
        project_start_date=rp.effective_start,
        kcci_principles=rp.principles_shown() or None,
        reduction_scope={"scope1": 1, "scope2": 2, "scope3": 3}.get(rp.value_chain),
        project_scale=rp.project_scale,
        committee_approved=bool(committee_decision),
        activity_type=rp.activity_type or None,
        cancellation_ground=rp.cancellation_ground,
        notes=f"issued from reduction project {rp.code}, monitoring period {mp.label}",
    )
    if dry_run:
        offsets_service.validate_lot(lot, where)
        return None
    with project.action(f"Issue {quantity} {unit} for {rp.code} {mp.label}") as tx:
        lot_id = offsets_service.add_lot(project, lot)
        tx.insert(
            "reduction_issuances",
            {
                "project_id": rp.id,
                "period_id": mp.id,
                "lot_id": lot_id,
                "quantity": quantity,
                "issued_on": on.isoformat(),
                "committee_decision": committee_decision,
            },
        )
    offsets_service.record_project(project)
    return lot_id


def transfer(project, lot_id: int, to: str, on) -> None:
    """Credits transferred to another account: the lot leaves the claim and says where it went
    (cancelled here, so it backs nothing in this file and the register drops it)."""
    lot = offsets_service.get_lot(project, lot_id)
    if not project.one("SELECT id FROM reduction_issuances WHERE lot_id = ?", (lot_id,)):
        raise InputError([RowError(f"lot {lot_id}", None, "lot_id", "not issued from a reduction project")])
    if lot.status == "retired":
        raise InputError([RowError(f"lot {lot_id}", None, "status", "retired credits cannot be transferred")])
    day = on if isinstance(on, dt.date) else dt.date.fromisoformat(str(on))
    offsets_service.update_lot(
        project,
        lot_id,
        status="cancelled",
        claim_period_id=None,
        notes=f"{lot.notes or ''}; transferred to {to} on {day.isoformat()}".lstrip("; "),
    )


def double_counting(project, period_id: int | None) -> list[Finding]:
    """Credits from the file's own reduction projects inside the organisation's boundary (its
    scope 1, 2 or 3, the value chain the footprint covers) that back the claim of ``period_id``."""
    out = []
    if period_id is None:
        return out
    rows = project.rows(
        "SELECT r.code, r.value_chain, r.source_id, l.id AS lot_id, l.serial, l.quantity, s.name AS source "
        "FROM reduction_issuances i JOIN reduction_projects r ON r.id = i.project_id "
        "JOIN offset_lots l ON l.id = i.lot_id LEFT JOIN sources s ON s.id = r.source_id "
        "WHERE r.value_chain != 'outside' AND l.claim_period_id = ? AND l.status != 'cancelled'",
        (period_id,),
    )
    for r in rows:
        where = f"the emission source {r['source']}" if r["source"] else f"its {r['value_chain']}"
        out.append(
            Finding(
                "REDUCTION.DOUBLE_COUNT",
                ERROR,
                f"lot {r['serial']} ({r['quantity']} t) comes from the organisation's own reduction "
                f"project {r['code']} inside its boundary ({where}): the reduction already lowers the "
                "footprint, so it cannot also be a credit against it; transfer the credits or "
                "leave them out of the claim",
                CLAUSE_DOUBLE,
                f"lot:{r['lot_id']}",
            )
        )
    return out
