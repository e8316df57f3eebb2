"""Journey step 5: offsets. Credit lots in the project file, checks, portfolio, retirement, coverage.

    from workbench.services import offsets as svc
    svc.import_registry_file(p, "verra_export.csv", kind="verra")
    svc.set_claim(p, standard="ISO14068-1", residual_t=1234.5, declaration_date="2026-03-31")
    sel = svc.select_portfolio(p, constraints=Constraints(min_removal_share=0.1), apply=True)
    svc.retire(p, lot_id, "2026-02-10", "ACME Korea", "VCS-RET-123", "receipt.pdf")
    svc.coverage(p)            # residual vs retired for the current period
    svc.check(p)               # list[Finding], most severe first

Every write is one ``project.action``: it lands whole or not at all; bad input raises
``InputError`` / ``ProjectError`` naming the file, row or field, and leaves the file unchanged.
The library (``offsets``) holds the rules and algorithms; this module maps them to the store.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from offsets.findings import Finding
from offsets.lots import CreditLot
from offsets.overlap import ExternalRetirement
from workbench.project.errors import InputError, ProjectError, RowError
from workbench.services.common import safe_csv
from workbench.services.offsets.claims import (
    Coverage,
    claim_context,
    coverage,
    get_claim,
    residual_for,
    set_claim,
)
from workbench.services.offsets.imports import (  # noqa: F401  (part of this module's API)
    IMPORT_KINDS,
    ImportResult,
    import_registry_file,
    read_registry_file,
)
from workbench.services.offsets.retirement import plan_selection, retire, select_portfolio, split_lot
from workbench.services.offsets.store import COLUMNS, TABLE, get_lot, list_lots, lot_to_row, validate_lot


# -- lots -----------------------------------------------------------------------------------------
def add_lot(project, lot: CreditLot) -> int:
    """Validate and store one lot; returns its id."""
    lot = validate_lot(lot)
    with project.action(f"Add credit lot {lot.serial}") as tx:
        return tx.insert(TABLE, lot_to_row(lot))


def update_lot(project, lot_id: int, **changes) -> CreditLot:
    """Change fields of a lot (validated as a whole); returns the updated lot."""
    lot = get_lot(project, lot_id)
    unknown = [k for k in changes if k not in COLUMNS or k in ("serial_key", "serial_start", "serial_end")]
    if unknown:
        raise InputError([RowError(f"lot {lot_id}", None, k, "not an editable lot field") for k in unknown])
    for k, v in changes.items():
        setattr(lot, k, v)
    lot = validate_lot(lot, f"lot {lot_id}")
    with project.action(f"Edit credit lot {lot_id}") as tx:
        tx.update(TABLE, lot_id, lot_to_row(lot))
    return lot


def delete_lot(project, lot_id: int) -> None:
    lot = get_lot(project, lot_id)
    if lot.status == "retired":
        raise ProjectError(
            f"lot {lot_id} is retired; a retired lot is evidence and cannot be deleted", project.path
        )
    with project.action(f"Delete credit lot {lot_id}") as tx:
        tx.delete(TABLE, lot_id)


# -- imports (reading and checking the file: workbench.services.offsets.imports) -------------------
def import_retirements_from(project, other_path) -> int:
    """Copy the retired ranges of another project file (read-only) for double-counting checks.
    Re-importing the same file replaces its earlier list. Returns the number of ranges."""
    from workbench import open_project

    project.require_writable()
    other = open_project(other_path, mode="read")
    try:
        if other.file_id == project.file_id:
            raise ProjectError(f"{other_path}: this is the same project file; its lots are checked already")
        has = other.one("SELECT name FROM sqlite_master WHERE type='table' AND name = ?", (TABLE,))
        rows = other.rows(f"SELECT * FROM {TABLE} WHERE status = 'retired' ORDER BY id") if has else []
        source, file_id = Path(other_path).name, other.file_id
    finally:
        other.close()
    with project.action(f"Import retirement list from {source}") as tx:
        for r in project.rows(
            "SELECT id FROM offset_external_retirements WHERE source_file_id = ?", (file_id,)
        ):
            tx.delete("offset_external_retirements", r["id"])
        for r in rows:
            tx.insert(
                "offset_external_retirements",
                {
                    "source": source,
                    "source_file_id": file_id,
                    "source_lot_id": r["id"],
                    "serial": r["serial"],
                    "serial_key": r["serial_key"],
                    "serial_start": r["serial_start"],
                    "serial_end": r["serial_end"],
                    "beneficiary": r["beneficiary"],
                    "retirement_date": r["retirement_date"],
                },
            )
    return len(rows)


def external_retirements(project) -> list[ExternalRetirement]:
    return [
        ExternalRetirement(
            r["source"],
            r["serial"],
            r["serial_key"],
            r["serial_start"],
            r["serial_end"],
            r["beneficiary"],
            dt.date.fromisoformat(r["retirement_date"]) if r["retirement_date"] else None,
            r["source_lot_id"],
        )
        for r in project.rows("SELECT * FROM offset_external_retirements ORDER BY id")
    ]


# -- claim and residual ---------------------------------------------------------------------------
def check(
    project,
    standard: str | None = None,
    period_id: int | None = None,
    residual_t: float | None = None,
    as_of: dt.date | None = None,
) -> list[Finding]:
    """Findings for every lot and the claim of ``period_id`` (default: current period).

    ``standard``: None = the claim's standard; "ISO14068-1" or "PAS2060" for a full claim check;
    "KCCI", "MYCARBON", "KETS", "LABELS" or "common" for one rule set."""
    from offsets.rules import CLAIM_STANDARDS
    from offsets.rules import check as run

    ctx = claim_context(project, period_id, residual_t=residual_t, as_of=as_of)
    only = None
    if standard is not None:
        if standard in CLAIM_STANDARDS:
            ctx.standard = standard
        else:
            only = standard
    try:
        return run(list_lots(project), ctx, external_retirements(project), only=only)
    except ValueError as exc:
        raise ProjectError(str(exc)) from None


def kets_surrender_check(
    project, compliance_year: int, obligation_t: float, phase: int | None = None, share: float | None = None
) -> list[Finding]:
    """K-ETS: KCUs recorded as surrendered for ``compliance_year`` against the offset-use limit of
    the obligation (phase 1-3 from the ICAP summary; default the phase of the year, else the
    decree's 10/100 with ``share``) and the foreign-origin limit."""
    from offsets.kets import KetsError, phase_of_year
    from offsets.rules.kets import surrender_findings

    lots = [lot for lot in list_lots(project) if lot.kets_compliance_year == compliance_year]
    if phase is None and share is None:
        phase = phase_of_year(compliance_year)
    try:
        return surrender_findings(lots, obligation_t, phase, share)
    except KetsError as exc:
        raise ProjectError(f"K-ETS surrender check {compliance_year}: {exc}") from None


def export_csv(project, out_dir, findings: list[Finding] | None = None) -> tuple[Path, Path]:
    """Write ``offset_lots.csv`` and ``offset_findings.csv`` into ``out_dir``."""

    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    lots_path, find_path = out / "offset_lots.csv", out / "offset_findings.csv"
    with lots_path.open("w", newline="", encoding="utf-8") as fh:
        w = safe_csv.writer(fh)
        w.writerow(["id", *COLUMNS])
        for lot in list_lots(project):
            row = lot_to_row(lot)
            w.writerow([lot.id, *(row[c] for c in COLUMNS)])
    findings = check(project) if findings is None else findings
    with find_path.open("w", newline="", encoding="utf-8") as fh:
        w = safe_csv.writer(fh)
        w.writerow(["severity", "rule_id", "subject", "message", "clause"])
        for f in findings:
            w.writerow([f.severity, f.rule_id, f.subject or "", f.message, f.clause])
    return lots_path, find_path


__all__ = [
    "list_lots",
    "get_lot",
    "add_lot",
    "update_lot",
    "delete_lot",
    "import_registry_file",
    "import_retirements_from",
    "external_retirements",
    "set_claim",
    "get_claim",
    "claim_context",
    "residual_for",
    "check",
    "select_portfolio",
    "plan_selection",
    "split_lot",
    "retire",
    "coverage",
    "Coverage",
    "export_csv",
    "kets_surrender_check",
    "ImportResult",
]
