"""Scope 2 contractual instruments (market-based method) and intensity denominators.

A REC, green tariff, PPA or supplier-specific rate counts only with its evidence (certificate,
contract, cancellation statement) attached: :func:`add_instrument` refuses one without evidence
and leaves the file unchanged; at calculation time an instrument whose evidence was removed is
ignored with a warning.
"""

from __future__ import annotations

from pathlib import Path

from workbench.project.errors import ProjectError
from workbench.services.footprint.factors import _source

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
    """Instruments of a period with their source code, evidence count and evidence file names
    (``evidence_files``, separated by '; ')."""
    return project.rows(
        "SELECT i.*, s.code AS source_code, s.unit AS source_unit,"
        " (SELECT count(*) FROM evidence_links l WHERE l.tbl = 'contract_instruments' AND l.row_id = i.id)"
        " AS evidence,"
        " (SELECT group_concat(a.filename, '; ') FROM evidence_links l JOIN attachments a"
        "  ON a.id = l.attachment_id WHERE l.tbl = 'contract_instruments' AND l.row_id = i.id)"
        " AS evidence_files FROM contract_instruments i JOIN sources s ON s.id = i.source_id"
        " WHERE i.period_id = ? ORDER BY i.id",
        (period_id,),
    )


def delete_instrument(project, instrument_id: int) -> dict:
    """Delete an instrument and its evidence links (one action); an evidence file that nothing
    else uses leaves the file with it. Returns the record :func:`restore_instrument` needs to put
    it back exactly (its row, its evidence links and files, content included)."""
    row = project.one("SELECT * FROM contract_instruments WHERE id = ?", (instrument_id,))
    if row is None:
        raise ProjectError(f"instrument {instrument_id} does not exist")
    src = _source(project, row["source_id"])
    what = f"{row['kind']} {row['certificate_ref'] or ''}".strip()
    links = project.rows(
        "SELECT * FROM evidence_links WHERE tbl = 'contract_instruments' AND row_id = ? ORDER BY id",
        (instrument_id,),
    )
    files = project.rows(
        "SELECT * FROM attachments WHERE id IN (SELECT attachment_id FROM evidence_links"
        " WHERE tbl = 'contract_instruments' AND row_id = ?) ORDER BY id",
        (instrument_id,),
    )
    with project.action(f"Delete {what} for source {src['code']}") as tx:
        for link in links:
            tx.delete("evidence_links", link["id"])
        for f in files:
            others = project.one("SELECT 1 FROM evidence_links WHERE attachment_id = ? LIMIT 1", (f["id"],))
            if not others and not _referenced(project, f["id"]):
                tx.delete("attachments", f["id"])
        tx.delete("contract_instruments", instrument_id)
    for f in files:
        f["content"] = bytes(f["content"])
    return {"row": row, "source_code": src["code"], "links": links, "attachments": files}


def _referenced(project, attachment_id: int) -> bool:
    """Whether a row of another table (a retirement receipt, a verifier's vouching...) names the file."""
    for (table,) in project.conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
    ):
        if table == "evidence_links":
            continue
        for col in project.conn.execute(f'PRAGMA table_info("{table}")'):
            if (
                col[1].endswith("attachment_id")
                and project.conn.execute(
                    f'SELECT 1 FROM "{table}" WHERE "{col[1]}" = ? LIMIT 1', (attachment_id,)
                ).fetchone()
            ):
                return True
    return False


def _free(project, table: str, row_id) -> bool:
    return row_id is not None and not project.one(f'SELECT 1 FROM "{table}" WHERE id = ?', (row_id,))


def restore_instrument(project, record: dict) -> int:
    """Undo of :func:`delete_instrument`: the instrument back with the same evidence files, under
    its old ids where they are still free (so an undo restores the file exactly); one action.
    Returns the instrument's id."""
    row = dict(record["row"])
    what = f"{row['kind']} {row.get('certificate_ref') or ''}".strip()
    src = _source(project, row["source_id"])
    if not _free(project, "contract_instruments", row["id"]):
        row.pop("id")
    with project.action(f"Restore {what} for source {src['code']}") as tx:
        iid = tx.insert("contract_instruments", row)
        att_ids = {}
        for f in record.get("attachments") or []:
            same = project.one(
                "SELECT id FROM attachments WHERE sha256 = ? ORDER BY id LIMIT 1", (f["sha256"],)
            )
            if same:
                att_ids[f["id"]] = same["id"]
                continue
            new = dict(f)
            if not _free(project, "attachments", new["id"]):
                new.pop("id")
            att_ids[f["id"]] = tx.insert("attachments", new)
        for link in record.get("links") or []:
            new = dict(
                link, attachment_id=att_ids.get(link["attachment_id"], link["attachment_id"]), row_id=iid
            )
            if not _free(project, "evidence_links", new["id"]):
                new.pop("id")
            tx.insert("evidence_links", new)
    return iid


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
