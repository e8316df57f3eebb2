"""The group inventory: the group's own footprint + subsidiaries' totals at the group's share -
intra-group energy transfers counted once. See :mod:`.group`."""

from __future__ import annotations

from workbench.project.errors import ProjectError
from workbench.services import entities, footprint
from workbench.services.common.periods import period_row
from workbench.services.consolidation.group import BREAKDOWNS, ELIMINATION, ENERGY, imports


def _num(value, field: str) -> float:
    try:
        v = float(value)
    except (TypeError, ValueError):
        raise ProjectError(f"transfer: {field} '{value}' is not a number") from None
    if v != v:
        raise ProjectError(f"transfer: {field} is not a number")
    return v


def add_transfer(
    group,
    seller,
    buyer,
    quantity_mwh,
    buyer_kg_co2e_per_mwh,
    energy: str = "electricity",
    period_id=None,
    evidence: str | None = None,
    notes: str | None = None,
) -> int:
    """Record energy ``seller`` sold to ``buyer`` (entities, by id or name) in the period, with the
    emission rate the buyer's scope 2 used for it (kg CO2e/MWh)."""
    period = period_row(group, period_id)
    s = entities.get_entity(group, seller)
    b = entities.get_entity(group, buyer)
    if s["name"] == b["name"]:
        raise ProjectError(f"transfer: seller and buyer are both '{s['name']}'")
    if energy not in ENERGY:
        raise ProjectError(f"transfer: energy must be one of {', '.join(ENERGY)} (got '{energy}')")
    q = _num(quantity_mwh, "quantity (MWh)")
    if q <= 0:
        raise ProjectError(f"transfer: quantity {q:g} MWh must be more than 0")
    rate = _num(buyer_kg_co2e_per_mwh, "buyer's emission rate (kg CO2e/MWh)")
    if rate < 0:
        raise ProjectError(f"transfer: buyer's emission rate {rate:g} kg CO2e/MWh must not be negative")
    group.require_writable()
    with group.action(f"Intra-group transfer {s['name']} -> {b['name']}") as tx:
        ids = {}
        for e in (s, b):
            ids[e["name"]] = e["id"] if e["id"] is not None else entities_row(group, tx)
        return tx.insert(
            "intragroup_transfers",
            {
                "period_id": period["id"],
                "seller_entity_id": ids[s["name"]],
                "buyer_entity_id": ids[b["name"]],
                "energy": energy,
                "quantity_mwh": q,
                "buyer_kg_co2e_per_mwh": rate,
                "evidence": evidence,
                "notes": notes,
            },
        )


def delete_transfer(group, transfer_id) -> None:
    """Remove a recorded transfer (the undo of :func:`add_transfer`)."""
    row = group.one("SELECT id FROM intragroup_transfers WHERE id = ?", (transfer_id,))
    if row is None:
        raise ProjectError(f"{group.path}: intra-group transfer {transfer_id} does not exist")
    group.require_writable()
    with group.action(f"Remove intra-group transfer {transfer_id}") as tx:
        tx.delete("intragroup_transfers", row["id"])


def entities_row(group, tx) -> int:
    """The reporting organisation's row id, written when the file had only the implicit one."""
    row = group.one("SELECT id FROM entities WHERE kind = ?", (entities.REPORTING,))
    if row:
        return row["id"]
    e = entities.reporting_entity(group)
    return tx.insert(
        "entities",
        {
            "name": e["name"],
            "name_local": e["name_local"],
            "kind": entities.REPORTING,
            "evidence": "the reporting organisation",
        },
    )


def transfers(group, period_id=None) -> list[dict]:
    """The period's transfers, each with the tCO2e eliminated and the shares behind it."""
    period = period_row(group, period_id)
    p = entities.plan(group)
    share = {e.id: e for e in p.entities}
    out = []
    for t in group.rows(
        "SELECT t.*, s.name AS seller, b.name AS buyer FROM intragroup_transfers t"
        " JOIN entities s ON s.id = t.seller_entity_id JOIN entities b ON b.id = t.buyer_entity_id"
        " WHERE t.period_id = ? ORDER BY t.id",
        (period["id"],),
    ):
        ss = share[t["seller_entity_id"]].share_pct if t["seller_entity_id"] in share else 0.0
        bs = share[t["buyer_entity_id"]].share_pct if t["buyer_entity_id"] in share else 0.0
        overlap = min(ss, bs)
        buyer_t = t["quantity_mwh"] * t["buyer_kg_co2e_per_mwh"] / 1000.0
        out.append(
            {
                **t,
                "seller_share_pct": ss,
                "buyer_share_pct": bs,
                "overlap_pct": overlap,
                "buyer_scope2_t": buyer_t,
                "eliminated_t": buyer_t * overlap / 100.0,
            }
        )
    return out


def _add(d: dict, key: str, v: float) -> None:
    d[key] = d.get(key, 0.0) + v


def group_inventory(group, period_id=None, own=None) -> dict:
    """Group totals by scope, scope 3 category, gas and site, each traceable to its entity and
    share (``parts``). ``own``: the group file's own footprint (default: its current stored one,
    else calculated without storing)."""
    period = period_row(group, period_id)
    if own is None:
        own = footprint.latest(group, period["id"])
        if own is None or own.stale:
            own = footprint.calculate(group, period["id"], store=False, allow_missing=True)
    shares = footprint.shares_of(group, period["id"])
    totals = {name: {} for name in BREAKDOWNS}
    for name, attr in BREAKDOWNS.items():
        for k, v in getattr(own, attr).items():
            _add(totals[name], str(k), v)
    parts = []
    if shares is not None and not shares["stale"]:
        for e in shares["entities"]:
            parts.append(
                {
                    "entity": e["name"],
                    "source": "group file",
                    "share_pct": e["share_pct"],
                    "basis": e["basis"],
                    "gross_t": e["gross_t"],
                    "counted_t": e["counted_t"],
                }
            )
    else:
        rep = entities.reporting_entity(group)
        plan = entities.plan(group)
        parts.append(
            {
                "entity": rep["name"] if plan.trivial else "(entities of the group file)",
                "source": "group file",
                "share_pct": 100.0,
                "basis": "reporting organisation" if plan.trivial else plan.approach,
                "gross_t": own.total,
                "counted_t": own.total,
            }
        )
    warnings = []
    own_by_entity = {p["entity"]: p["counted_t"] for p in parts}
    for imp in imports(group, period["id"]):
        if own_by_entity.get(imp["entity"]):
            warnings.append(
                f"entity '{imp['entity']}' has sites with activity data in the group file and is also "
                f"consolidated from {imp['file_path']}: counted twice"
            )
        for line in group.rows(
            "SELECT breakdown, key, counted FROM consolidation_lines WHERE import_id = ?", (imp["id"],)
        ):
            key = line["key"]
            if line["breakdown"] == "site":
                key = f"{imp['entity']}/{key}"
            _add(totals[line["breakdown"]], key, line["counted"])
        parts.append(
            {
                "entity": imp["entity"],
                "source": imp["file_path"],
                "share_pct": imp["share_pct"],
                "basis": imp["approach"],
                "gross_t": imp["gross_total"],
                "counted_t": imp["counted_total"],
                "snapshot_hash": imp["snapshot_hash"],
                "verification": imp["verification"],
            }
        )
    elim = transfers(group, period["id"])
    eliminated = sum(t["eliminated_t"] for t in elim)
    in_scope2 = max(totals["scope"].get("2", 0.0), 0.0)
    if eliminated > in_scope2 + 1e-9:
        # an elimination removes counted scope 2 of the buyer: never more than the inventory holds
        warnings.append(
            f"intra-group transfers would eliminate {eliminated:,.2f} t but the group inventory holds only "
            f"{in_scope2:,.2f} t of scope 2 (is the buyer's electricity in the ledger or a subsidiary's "
            "file?); eliminated at most what is there"
        )
        eliminated = in_scope2
    if eliminated:
        _add(totals["scope"], "2", -eliminated)
        for name in ("gas", "site"):
            _add(totals[name], ELIMINATION, -eliminated)
    total = sum(totals["scope"].get(s, 0.0) for s in ("1", "2", "3"))
    return {
        "period": period["label"],
        "approach": entities.approach_of(group),
        "gwp_set": own.gwp_set,
        "total": total,
        "by_scope": totals["scope"],
        "by_s3_category": totals["s3_category"],
        "by_gas": totals["gas"],
        "by_site": totals["site"],
        "parts": parts,
        "transfers": elim,
        "eliminated_t": eliminated,
        "warnings": warnings,
    }
