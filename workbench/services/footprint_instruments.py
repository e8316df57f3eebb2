"""Scope 2 contractual instruments (market-based method) and intensity denominators.

A REC, green tariff, PPA or supplier-specific rate counts only with its evidence (certificate,
contract, cancellation statement) attached: :func:`add_instrument` refuses one without evidence
and leaves the file unchanged; at calculation time an instrument whose evidence was removed is
ignored with a warning.
"""

from __future__ import annotations

from pathlib import Path

from workbench.project.errors import ProjectError

from .footprint_factors import _source

KINDS = ("REC", "green_tariff", "PPA", "supplier_specific", "other")


def add_instrument(
    project,
    source,
    quantity: float,
    kind: str = "REC",
    evidence=None,
    evidence_filename=None,
    attachment_id: int | None = None,
    unit: str = "MWh",
    kg_co2e_per_unit: float = 0.0,
    period_id: int | None = None,
    supplier: str | None = None,
    certificate_ref: str | None = None,
    notes: str | None = None,
) -> int:
    """Record a contractual instrument for a scope 2 ``source``; returns its id.

    ``evidence``: a file path or bytes to attach (``evidence_filename`` names bytes), or
    ``attachment_id`` of an attachment already in the file. Without either the instrument is refused.
    """
    src = _source(project, source)
    what = f"{kind} {certificate_ref or ''}".strip()
    if kind not in KINDS:
        raise ProjectError(f"instrument {what}: kind must be one of {', '.join(KINDS)}")
    if src["scope"] != 2:
        raise ProjectError(
            f"instrument {what}: source '{src['code']}' is scope {src['scope']}; instruments apply to scope 2"
        )
    try:
        q = float(quantity)
        rate = float(kg_co2e_per_unit)
    except (TypeError, ValueError):
        raise ProjectError(f"instrument {what}: quantity and rate must be numbers") from None
    if not q > 0:
        raise ProjectError(f"instrument {what}: quantity must be greater than 0 (got {quantity!r})")
    if rate < 0:
        raise ProjectError(f"instrument {what}: kg_co2e_per_unit must be >= 0")
    from lca.units import UnitError, conversion_factor

    target = src["unit"] or "MWh"
    try:
        conversion_factor(unit, target)
    except UnitError as exc:
        raise ProjectError(
            f"instrument {what}: unit '{unit}' does not convert to the source's unit: {exc}"
        ) from None
    if evidence is None and attachment_id is None:
        raise ProjectError(
            f"instrument {what} for source '{src['code']}': attach its evidence (certificate, contract or "
            "cancellation statement); an instrument without evidence is not accepted"
        )
    if attachment_id is not None and not project.one(
        "SELECT id FROM attachments WHERE id = ?", (attachment_id,)
    ):
        raise ProjectError(f"instrument {what}: attachment {attachment_id} does not exist")
    if evidence is not None and not isinstance(evidence, bytes | bytearray) and not Path(evidence).is_file():
        raise ProjectError(f"instrument {what}: evidence file '{evidence}' does not exist")
    if period_id is None:
        period_id = project.current_period()["id"]
    with project.action(f"Add {kind} for source {src['code']}") as tx:
        iid = tx.insert(
            "contract_instruments",
            {
                "source_id": src["id"],
                "period_id": period_id,
                "kind": kind,
                "quantity": q,
                "unit": unit,
                "kg_co2e_per_unit": rate,
                "supplier": supplier,
                "certificate_ref": certificate_ref,
                "notes": notes,
            },
        )
        if attachment_id is not None:
            tx.insert(
                "evidence_links",
                {"attachment_id": attachment_id, "tbl": "contract_instruments", "row_id": iid},
            )
        else:
            name = evidence_filename or (
                None if isinstance(evidence, bytes | bytearray) else Path(evidence).name
            )
            project.attach(
                evidence, filename=name or f"instrument-{iid}.bin", link=("contract_instruments", iid)
            )
    return iid


def instruments(project, period_id: int) -> list[dict]:
    """Instruments of a period with their source code and evidence count."""
    return project.rows(
        "SELECT i.*, s.code AS source_code, s.unit AS source_unit,"
        " (SELECT count(*) FROM evidence_links l WHERE l.tbl = 'contract_instruments' AND l.row_id = i.id)"
        " AS evidence FROM contract_instruments i JOIN sources s ON s.id = i.source_id"
        " WHERE i.period_id = ? ORDER BY i.id",
        (period_id,),
    )


def set_denominator(
    project, name: str, value: float, unit: str | None = None, period_id: int | None = None
) -> None:
    """An intensity denominator for a period (e.g. 'units produced', 125000, 'pcs')."""
    if not (name or "").strip():
        raise ProjectError("intensity denominator: name is empty")
    try:
        v = float(value)
    except (TypeError, ValueError):
        raise ProjectError(f"intensity denominator '{name}': value must be a number") from None
    if not v > 0:
        raise ProjectError(f"intensity denominator '{name}': value must be greater than 0")
    if period_id is None:
        period_id = project.current_period()["id"]
    old = project.one(
        "SELECT id FROM intensity_denominators WHERE period_id = ? AND name = ?", (period_id, name)
    )
    with project.action(f"Set intensity denominator {name}") as tx:
        if old:
            tx.update("intensity_denominators", old["id"], {"value": v, "unit": unit})
        else:
            tx.insert(
                "intensity_denominators", {"period_id": period_id, "name": name, "value": v, "unit": unit}
            )


def intensity_inputs(project, period_id: int) -> dict:
    """name -> (denominator, unit): revenue (millions), employees and the period's denominators."""
    out = {}
    org = project.one("SELECT employees, revenue, revenue_currency FROM organisation LIMIT 1") or {}
    if org.get("revenue"):
        out["per_million_revenue"] = (
            org["revenue"] / 1e6,
            f"million {org.get('revenue_currency') or ''}".strip(),
        )
    if org.get("employees"):
        out["per_employee"] = (float(org["employees"]), "employee")
    for r in project.rows(
        "SELECT name, value, unit FROM intensity_denominators WHERE period_id = ? ORDER BY id", (period_id,)
    ):
        out[f"per_{r['name']}"] = (r["value"], r["unit"] or "")
    return out
