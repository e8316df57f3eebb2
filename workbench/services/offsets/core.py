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
import sqlite3
from pathlib import Path

from offsets.findings import WARNING, Finding, sort_findings
from offsets.lots import CreditLot
from offsets.overlap import ExternalRetirement
from workbench.project.audit import now_iso
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
from workbench.services.offsets.register import others, record_project, register_path, status_of
from workbench.services.offsets.retirement import plan_selection, retire, select_portfolio, split_lot
from workbench.services.offsets.store import COLUMNS, TABLE, get_lot, list_lots, lot_to_row, validate_lot

CLAUSE_REGISTER = "ISO 14068-1:2023 credit requirements: no double counting (shared retirement register)"


# -- lots -----------------------------------------------------------------------------------------
def add_lot(project, lot: CreditLot) -> int:
    """Validate and store one lot; returns its id."""
    lot = validate_lot(lot)
    with project.action(f"Add credit lot {lot.serial}") as tx:
        lot_id = tx.insert(TABLE, lot_to_row(lot))
    record_project(project)
    return lot_id


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
    record_project(project)
    return lot


def delete_lot(project, lot_id: int) -> None:
    lot = get_lot(project, lot_id)
    if lot.status == "retired":
        raise ProjectError(
            f"lot {lot_id} is retired; a retired lot is evidence and cannot be deleted", project.path
        )
    with project.action(f"Delete credit lot {lot_id}") as tx:
        tx.delete(TABLE, lot_id)
    record_project(project)


# -- imports (reading and checking the file: workbench.services.offsets.imports) -------------------
def import_retirements_from(project, other_path) -> int:
    """Copy the retired ranges of another project file (read-only) for double-counting checks.
    Re-importing the same file replaces its earlier list. Returns the number of ranges.

    The copy is dated (an import batch): findings naming it say when it was taken, since the other
    file may have retired more since. The shared retirement register (``register``) keeps every
    file on this machine or in the register's folder current without any import."""
    from workbench import open_project
    from workbench.services.common.tabular import file_sha256

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
    sha = file_sha256(other_path)
    with project.action(f"Import retirement list from {source}") as tx:
        for r in project.rows(
            "SELECT id FROM offset_external_retirements WHERE source_file_id = ?", (file_id,)
        ):
            tx.delete("offset_external_retirements", r["id"])
        batch = tx.insert(
            "import_batches",
            {
                "kind": "offsets-retirement-list",
                "filename": source,
                "sha256": sha,
                "rows": len(rows),
                "imported_at": now_iso(),
                "imported_by": project.user,
                "mapping": None,
            },
        )
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
                    "import_batch_id": batch,
                },
            )
    return len(rows)


def external_retirements(project) -> list[ExternalRetirement]:
    """The retirement lists copied from other files (``import_retirements_from``), each range with
    the date its list was copied (``as_of``; None for lists copied before lists were dated)."""
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
            as_of=(r["imported_at"] or "")[:10] or None,
        )
        for r in project.rows(
            "SELECT e.*, b.imported_at FROM offset_external_retirements e "
            "LEFT JOIN import_batches b ON b.id = e.import_batch_id ORDER BY e.id"
        )
    ]


def register_lots(
    project, lots: list[CreditLot] | None = None, register_file=None
) -> tuple[list[ExternalRetirement], list[Finding]]:
    """Other files' lots in the shared retirement register that share a numbering namespace with
    this file's lots, and a finding when the register is out of date for this file or unreadable.

    The file's own entry is brought up to date first when it is stale (the register is not the
    project file: this writes nothing into the project)."""
    lots = list_lots(project) if lots is None else lots
    current, why = status_of(project, register_file)
    notes: list[Finding] = []
    if not current:
        rec = record_project(project, register_file, warn=False)
        if not rec.ok:
            notes.append(
                Finding(
                    "REGISTER.STALE",
                    WARNING,
                    f"the shared retirement register is out of date for this file: {why}; {rec.message}",
                    CLAUSE_REGISTER,
                )
            )
    try:
        found = others(project, [lot.serial_key for lot in lots if lot.status != "cancelled"], register_file)
    except (sqlite3.Error, OSError) as exc:
        notes.append(
            Finding(
                "REGISTER.STALE",
                WARNING,
                f"the shared retirement register {register_file or register_path(project)} cannot be read ({exc}): "
                "other files' retirements and holdings are not compared",
                CLAUSE_REGISTER,
            )
        )
        found = []
    return found, notes


# -- claim and residual ---------------------------------------------------------------------------
def check(
    project,
    standard: str | None = None,
    period_id: int | None = None,
    residual_t: float | None = None,
    as_of: dt.date | None = None,
    register_file=None,
) -> list[Finding]:
    """Findings for every lot and the claim of ``period_id`` (default: current period).

    Every lot is compared with the other files' lots in the shared retirement register
    (``register_file``: default the register in use) and with retirement lists copied by
    :func:`import_retirements_from` (the register's current entry wins over a copied list).

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
    lots = list_lots(project)
    shared, notes = register_lots(project, lots, register_file)
    seen = {(e.source, e.lot_id) for e in shared}
    # a copied list is superseded by the register's current entry of the same file and lot
    imported = [e for e in external_retirements(project) if (e.source, e.lot_id) not in seen]
    try:
        findings = run(lots, ctx, [*imported, *shared], only=only)
    except ValueError as exc:
        raise ProjectError(str(exc)) from None
    if only in (None, "common"):
        findings = sort_findings([*findings, *notes])
    return findings


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
    "register_lots",
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
