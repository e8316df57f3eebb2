"""Field work over the store: draw samples of ledger rows and credit lots, vouch them against evidence.

The population is the verified period's ``activities`` plus every credit lot (the offsets table of
migration 3, when the file has it). The draw itself is ``verification_sampling`` (plain functions);
this module collects the population, records the seed, the weights and the drawn items, and can
redraw a recorded sample from its seed to show it is reproducible.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass

from workbench.project.audit import now_iso
from workbench.services.verification import sampling as vs
from workbench.services.verification.engagement import (
    VerificationError,
    require_engagement,
    require_mode,
    require_unsigned,
)

LOT_TABLES = ("offset_lots",)  # the offsets part's credit lots (migration 3)
VOUCH_RESULTS = ("agreed", "exception", "no_evidence")


@dataclass(frozen=True)
class Sample:
    id: int
    engagement_id: int
    method: str
    seed: str
    items: list[dict]
    population_size: int
    population_digest: str


def lot_table(project) -> str | None:
    names = {r[0] for r in project.conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    return next((t for t in LOT_TABLES if t in names), None)


def activity_sizes(project, period_id: int) -> tuple[dict[int, float] | None, str]:
    """tCO2e per activity row of the period, from the footprint stored in the file; else (None, why).

    The footprint gives tCO2e per source; each row gets its source's tCO2e in proportion to its
    quantity in the factor's unit (the footprint's own conversion), which is exact for a linear
    factor. A stale footprint (inputs changed since) is not used.
    """
    try:
        from workbench.services import footprint
        from workbench.services.footprint.ledger import load_ledger

        r = footprint.latest(project, period_id)
    except Exception as exc:  # no footprint service or no result: sizes are unknown, not an error
        return None, f"no footprint ({exc}); rows weighted by risk signals only"
    if r is None:
        return None, "no footprint calculated; rows weighted by risk signals only"
    if r.stale:
        return None, "footprint out of date (inputs changed); rows weighted by risk signals only"
    ledger, _ = load_ledger(project, period_id)
    ids = [
        row[0]
        for row in project.conn.execute(
            "SELECT a.id FROM activities a JOIN sources s ON s.id = a.source_id "
            "WHERE a.period_id = ? AND s.included = 1 ORDER BY a.id",
            (period_id,),
        )
    ]
    if len(ids) != len(ledger.quantity):
        return (
            None,
            "footprint ledger does not line up with the activity rows; rows weighted by risk signals only",
        )
    per_source_q: dict[int, float] = {}
    for src, q in zip(ledger.source.tolist(), ledger.quantity.tolist(), strict=True):
        per_source_q[src] = per_source_q.get(src, 0.0) + abs(q)
    sizes = {}
    for aid, src, q in zip(ids, ledger.source.tolist(), ledger.quantity.tolist(), strict=True):
        total_t = r.by_source.get(ledger.sources[src].code, 0.0)
        denom = per_source_q.get(src) or 0.0
        sizes[aid] = total_t * abs(q) / denom if denom else 0.0
    return sizes, f"tCO2e per row from the footprint of {r.computed_at[:10]} ({r.gwp_set})"


def population(
    project,
    eng: dict,
    weights: vs.RiskWeights,
    sizes: dict[int, float] | None,
    include_lots: bool = True,
    cancel=None,
) -> tuple[list[vs.Candidate], list[vs.Candidate]]:
    """(activity candidates, lot candidates) with their risk weights. ``cancel()`` is polled."""
    evidenced = {
        (r[0], r[1]) for r in project.conn.execute("SELECT DISTINCT tbl, row_id FROM evidence_links")
    }
    acts = []
    cur = project.conn.execute(
        "SELECT id, unc_pct, import_batch_id FROM activities WHERE period_id = ? ORDER BY id",
        (eng["period_id"],),
    )
    for aid, unc, batch in cur:
        sig = vs.RiskSignals(
            size_t=None if sizes is None else sizes.get(aid),
            has_evidence=("activities", aid) in evidenced,
            unc_pct=unc,
            manual=batch is None,
        )
        w, reasons = vs.risk_weight(sig, weights)
        acts.append(vs.Candidate("activities", aid, w, reasons))
        if cancel is not None and len(acts) % 50_000 == 0 and cancel():
            raise VerificationError(
                f"{project.path}: sampling cancelled; nothing was recorded", str(project.path)
            )
    lots = []
    lt = lot_table(project) if include_lots else None
    if lt:
        # The lots that back this period's claim (planned or retired for it); cancelled lots never do.
        sql = f"SELECT id, quantity FROM \"{lt}\" WHERE claim_period_id = ? AND status != 'cancelled' ORDER BY id"
        for lid, qty in project.conn.execute(sql, (eng["period_id"],)):
            # One credit = 1 tCO2e for every programme the workbench knows (STANDARDS.md "Credits").
            sig = vs.RiskSignals(
                size_t=None if qty is None else float(qty), has_evidence=(lt, lid) in evidenced
            )
            w, reasons = vs.risk_weight(sig, weights)
            lots.append(vs.Candidate(lt, lid, w, reasons))
    return acts, lots


def _draw_all(acts, lots, n: int, n_lots: int, seed, method: str) -> list[vs.Drawn]:
    first = vs.draw(acts, n, seed, method)
    second = vs.draw(lots, n_lots, seed, method) if n_lots else []
    return [vs.Drawn(i + 1, d.candidate, d.u, d.key) for i, d in enumerate(first + second)]


def draw_sample(
    project,
    n: int,
    seed: int | str | None = None,
    method: str = "risk",
    n_lots: int = 0,
    weights: vs.RiskWeights | None = None,
    sizes: dict[int, float] | None = None,
    progress=None,
    cancel=None,
) -> Sample:
    """Draw and record a sample of ``n`` ledger rows and ``n_lots`` credit lots (``method`` "risk" or
    "random"); each is drawn from its own population (the period's activities; the lots planned or
    retired for the period's claim), so a lot's tCO2e never competes with a row's unknown size.
    ``seed``: recorded; a fresh one when None. ``sizes``: tCO2e per activity id (default: the
    footprint service's, when it offers them). ``cancel()``: checked before anything is written.
    """
    require_mode(project, "verifier", "drawing a sample")
    path = str(project.path)
    eng = require_engagement(project)
    require_unsigned(project, eng)
    if method not in ("risk", "random"):
        raise VerificationError(f"{path}: sampling method '{method}' is not one of: risk, random", path)
    for name, value in (("sample size", n), ("number of lots", n_lots)):
        if value is not None and (not isinstance(value, int) or isinstance(value, bool) or value < 0):
            raise VerificationError(f"{path}: {name} '{value}' must be a whole number >= 0", path)
    weights = weights or vs.RiskWeights()
    seed = vs.new_seed() if seed is None else seed
    if progress:
        progress(0.0, "Collecting the population")
    size_note = "sizes given by the caller"
    if sizes is None and method == "risk":
        sizes, size_note = activity_sizes(project, eng["period_id"])
    n_lots = n_lots or 0
    acts, lots = population(project, eng, weights, sizes, include_lots=n_lots > 0, cancel=cancel)
    if n > 0 and not acts:
        raise VerificationError(f"{path}: nothing to sample: the period has no activity rows", path)
    if n_lots > 0 and not lots:
        raise VerificationError(
            f"{path}: no credit lots to sample: no lot is planned or retired for this period's claim", path
        )
    if cancel is not None and cancel():
        raise VerificationError(f"{path}: sampling cancelled; nothing was recorded", path)
    if progress:
        progress(
            0.5, f"Drawing {n} of {len(acts)} ledger rows and {n_lots} of {len(lots)} credit lots ({method})"
        )
    drawn = _draw_all(acts, lots, n, n_lots, seed, method)
    digest = vs.population_digest(acts + lots)
    record = {
        "weights": weights.as_dict(),
        "sizes": size_note,
        "sizes_sha256": _sizes_digest(sizes),
    }
    with project.action(f"Draw {method} sample of {len(drawn)} (seed {seed})") as tx:
        sid = tx.insert(
            "verif_samples",
            {
                "engagement_id": eng["id"],
                "method": method,
                "seed": str(seed),
                "n": n,
                "n_lots": n_lots,
                "population_size": len(acts) + len(lots),
                "population_digest": digest,
                "weights": json.dumps(record, sort_keys=True),
                "drawn_at": now_iso(),
            },
        )
        for d in drawn:
            tx.insert(
                "verif_sample_items",
                {
                    "sample_id": sid,
                    "rank": d.rank,
                    "tbl": d.candidate.tbl,
                    "row_id": d.candidate.row_id,
                    "weight": d.candidate.weight,
                    "reasons": "; ".join(d.candidate.reasons) or None,
                },
            )
    if progress:
        progress(1.0, f"Sample #{sid}: {len(drawn)} items")
    return get_sample(project, sid)


def _sizes_digest(sizes: dict[int, float] | None) -> str | None:
    if sizes is None:
        return None
    h = hashlib.sha256()
    for k in sorted(sizes):
        h.update(f"{k}|{sizes[k]!r}\n".encode())
    return h.hexdigest()


def get_sample(project, sample_id: int) -> Sample:
    s = project.one("SELECT * FROM verif_samples WHERE id = ?", (sample_id,))
    if s is None:
        raise VerificationError(f"{project.path}: sample {sample_id} does not exist", str(project.path))
    items = project.rows("SELECT * FROM verif_sample_items WHERE sample_id = ? ORDER BY rank", (sample_id,))
    return Sample(
        s["id"],
        s["engagement_id"],
        s["method"],
        s["seed"],
        items,
        s["population_size"],
        s["population_digest"],
    )


def samples(project, engagement_id: int | None = None) -> list[Sample]:
    eid = engagement_id or require_engagement(project)["id"]
    ids = [
        r[0]
        for r in project.conn.execute(
            "SELECT id FROM verif_samples WHERE engagement_id = ? ORDER BY id", (eid,)
        )
    ]
    return [get_sample(project, i) for i in ids]


def redraw(project, sample_id: int, sizes: dict[int, float] | None = None) -> dict:
    """Repeat a recorded draw from its seed, method and weights over the current data.

    Returns {"same": bool, "recorded": [(tbl, id)...], "redrawn": [...], "population_same": bool}.
    Works in any mode (it writes nothing).
    """
    s = project.one("SELECT * FROM verif_samples WHERE id = ?", (sample_id,))
    if s is None:
        raise VerificationError(f"{project.path}: sample {sample_id} does not exist", str(project.path))
    eng = project.one("SELECT * FROM verif_engagements WHERE id = ?", (s["engagement_id"],))
    rec = json.loads(s["weights"])
    weights = vs.RiskWeights(**rec["weights"])
    if sizes is None and s["method"] == "risk" and rec.get("sizes_sha256"):
        sizes, _ = activity_sizes(project, eng["period_id"])
    seed = int(s["seed"]) if s["seed"].lstrip("-").isdigit() else s["seed"]
    n_lots = s["n_lots"] or 0
    acts, lots = population(project, eng, weights, sizes, include_lots=n_lots > 0)
    drawn = _draw_all(acts, lots, s["n"], n_lots, seed, s["method"])
    recorded = [(i["tbl"], i["row_id"]) for i in get_sample(project, sample_id).items]
    again = [(d.candidate.tbl, d.candidate.row_id) for d in drawn]
    return {
        "same": recorded == again,
        "recorded": recorded,
        "redrawn": again,
        "population_same": vs.population_digest(acts + lots) == s["population_digest"],
    }


def evidence(project, tbl: str, row_id: int) -> list[dict]:
    """Attachments linked to a row, each with ``intact`` (content matches its recorded SHA-256)."""
    out = []
    cur = project.conn.execute(
        "SELECT a.id, a.filename, a.media_type, a.size, a.sha256, a.content FROM evidence_links l "
        "JOIN attachments a ON a.id = l.attachment_id WHERE l.tbl = ? AND l.row_id = ? ORDER BY a.id",
        (tbl, row_id),
    )
    for aid, fn, mt, size, sha, content in cur:
        out.append(
            {
                "id": aid,
                "filename": fn,
                "media_type": mt,
                "size": size,
                "sha256": sha,
                "intact": hashlib.sha256(bytes(content)).hexdigest() == sha,
            }
        )
    return out


def vouch(
    project, item_id: int, result: str, attachment_id: int | None = None, note: str | None = None
) -> dict:
    """Record the vouching of a sampled item against its evidence attachment.

    ``result``: "agreed" (the evidence supports the row), "exception" (it does not: raise a finding)
    or "no_evidence". "agreed" needs an intact attachment linked to the row; when the row has exactly
    one, it is used unless ``attachment_id`` names another.
    """
    require_mode(project, "verifier", "vouching a sampled item")
    path = str(project.path)
    eng = require_engagement(project)
    require_unsigned(project, eng)
    item = project.one(
        "SELECT i.* FROM verif_sample_items i JOIN verif_samples s ON s.id = i.sample_id "
        "WHERE i.id = ? AND s.engagement_id = ?",
        (item_id, eng["id"]),
    )
    if item is None:
        raise VerificationError(f"{path}: sample item {item_id} is not in the current verification", path)
    if result not in VOUCH_RESULTS:
        raise VerificationError(
            f"{path}: vouching result '{result}' is not one of: {', '.join(VOUCH_RESULTS)}", path
        )
    where = f"{item['tbl']} row {item['row_id']}"
    ev = evidence(project, item["tbl"], item["row_id"])
    chosen = None
    if attachment_id is not None:
        chosen = next((e for e in ev if e["id"] == attachment_id), None)
        if chosen is None:
            raise VerificationError(
                f"{path}: attachment {attachment_id} is not evidence linked to {where}", path
            )
    elif len(ev) == 1:
        chosen = ev[0]
    if result == "agreed":
        if chosen is None:
            msg = "has no evidence attached" if not ev else f"has {len(ev)} attachments; name the one vouched"
            raise VerificationError(f"{path}: cannot agree {where}: it {msg}", path)
        if not chosen["intact"]:
            raise VerificationError(
                f"{path}: attachment {chosen['id']} ({chosen['filename']}) of {where} does not match its "
                "recorded SHA-256; record an exception",
                path,
            )
    if result == "no_evidence" and ev:
        raise VerificationError(f"{path}: {where} has evidence attached ({len(ev)}); vouch it instead", path)
    with project.action(f"Vouch {where}: {result}") as tx:
        tx.update(
            "verif_sample_items",
            item_id,
            {
                "vouch_result": result,
                "vouch_attachment_id": chosen["id"] if chosen else None,
                "vouch_sha256": chosen["sha256"] if chosen else None,
                "vouch_note": note,
                "vouched_at": now_iso(),
            },
        )
    return project.one("SELECT * FROM verif_sample_items WHERE id = ?", (item_id,))
