"""The consolidation approach applied to the ledger: each row counted at its entity's share.

:func:`apply_plan` scales every ledger row by the share the approach gives the entity its site
belongs to (rows without a site belong to the reporting organisation), and by 0 in the months the
entity was not held; every breakdown of the footprint is then at the group's share.
:func:`entity_table` gives, per entity, the gross emissions, the share applied, the counted
emissions (its sites in the counted result, which add up to the total), what the approach leaves
out and the part of it that belongs in scope 3 (category 13, 14 or 15; a memo, not in the total).
A project with only the reporting organisation is not touched (``Plan.trivial``).
"""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import UTC, datetime

import numpy as np

from workbench.services.entities import held_in_month


def row_entities(ledger, plan) -> np.ndarray:
    """Index into ``plan.entities`` of every ledger row (-1 site = the reporting organisation)."""
    site_to_entity = np.array([plan.site_entity.get(code, 0) for code in ledger.sites] + [0], dtype=np.int64)
    return site_to_entity[ledger.site] if len(ledger) else np.zeros(0, np.int64)


def row_factors(ledger, plan, entity_of_row: np.ndarray) -> np.ndarray:
    """Share (0-1) of every row: the entity's share in the months it was held, else 0."""
    n_e, n_m = len(plan.entities), len(ledger.months)
    table = np.zeros((n_e, max(n_m, 1)))
    for i, e in enumerate(plan.entities):
        for m, month in enumerate(ledger.months):
            table[i, m] = e.share_pct / 100.0 if held_in_month(e.__dict__, month) else 0.0
    return table[entity_of_row, ledger.month] if len(ledger) else np.zeros(0)


def apply_plan(ledger, plan):
    """(counted ledger, gross ledger, row entity index)."""
    ent = row_entities(ledger, plan)
    scaled = replace(ledger, quantity=ledger.quantity * row_factors(ledger, plan, ent))
    return scaled, ledger, ent


def scale_instruments(instruments, sources, plan) -> list:
    """Scope 2 instruments at the share of the entity of their source's site."""
    site_of = {s.code: s.site for s in sources}
    out = []
    for ins in instruments:
        e = plan.entities[plan.site_entity.get(site_of.get(ins.source), 0)]
        out.append(replace(ins, quantity=ins.quantity * e.share_pct / 100.0))
    return out


def _sub_ledger(ledger, mask):
    return replace(
        ledger,
        source=ledger.source[mask],
        site=ledger.site[mask],
        month=ledger.month[mask],
        quantity=ledger.quantity[mask],
        unc_code=ledger.unc_code[mask],
        unc_pct=ledger.unc_pct[mask],
        row_count=None,
    )


def entity_table(gross_ledger, entity_of_row, plan, counted, gwp_set: str, basis: str) -> dict:
    """Per entity: gross, held, share, counted, excluded, scope 3 memo (t CO2e). ``counted`` is
    the footprint computed from the counted ledger."""
    from lca.footprint import compute

    rows = []
    for i, e in enumerate(plan.entities):
        mask = entity_of_row == i
        gross = held = s12 = 0.0
        if mask.any():
            sub = compute(_sub_ledger(gross_ledger, mask), gwp_set, [], basis, None, allow_missing=True)
            gross = sub.total
            held = sum(v for m, v in sub.by_month.items() if held_in_month(e.__dict__, m))
            s12 = sub.by_scope.get("1", 0.0) + sub.by_scope.get("2", 0.0)
            s12 *= held / gross if gross else 0.0
        own = e.sites if i else [*e.sites, "(no site)"]
        counted_t = sum(counted.by_site.get(code, 0.0) for code in own)
        rows.append(
            {
                **e.to_dict(),
                "gross_t": gross,
                "outside_holding_t": gross - held,
                "held_t": held,
                "counted_t": counted_t,
                "excluded_t": held - counted_t,
                "scope3_t": s12 * e.scope3_pct / 100.0,
            }
        )
    memo: dict = {}
    for r in rows:
        if r["scope3_t"]:
            key = str(r["scope3_category"])
            memo[key] = memo.get(key, 0.0) + r["scope3_t"]
    return {
        "approach": plan.approach,
        "entities": rows,
        "counted_total": counted.total,
        "gross_total": sum(r["gross_t"] for r in rows),
        "excluded_total": sum(r["excluded_t"] + r["outside_holding_t"] for r in rows),
        "scope3_memo": memo,
    }


def store_shares(project, r, shares) -> None:
    """The shares per entity beside the result (same inputs hash); none when trivial."""
    have = project.one("SELECT id FROM cache_consolidation WHERE period_id = ?", (r.period_id,))
    if shares is None and have is None:
        return
    with project.action(f"Store consolidation shares for period {r.period_id}") as tx:
        tx.execute(
            "DELETE FROM cache_consolidation WHERE period_id = ?", (r.period_id,), table="cache_consolidation"
        )
        if shares is None:
            tx.log("cache_consolidation", None, "delete", {"period_id": r.period_id})
            return
        payload = json.dumps(shares, ensure_ascii=False, sort_keys=True, default=str)
        cur = tx.execute(
            "INSERT INTO cache_consolidation (period_id, inputs_hash, computed_at, result) VALUES (?, ?, ?, ?)",
            (r.period_id, r.inputs_hash, datetime.now(UTC).isoformat(timespec="seconds"), payload),
            table="cache_consolidation",
        )
        summary = f"{shares['approach']}: {len(shares['entities'])} entities, {r.total:.6g} tCO2e counted"
        tx.log(
            "cache_consolidation",
            cur.lastrowid,
            "insert",
            None,
            {"inputs_hash": r.inputs_hash, "summary": summary},
        )
