"""Sampling algorithms for the verifier: plain functions over plain data, no store, no Qt.

Both methods are reproducible from the recorded seed and independent of the order in which the
population is listed: every item gets a uniform number u in (0, 1) from SHA-256(seed | table | id),
so the same seed over the same population always draws the same items in the same order.

- random: the n items with the smallest u (simple random sampling without replacement).
- risk: weighted sampling without replacement (Efraimidis & Spirakis 2006, "Weighted random
  sampling with a reservoir", algorithm A-ES): each item's key is u ** (1 / w) and the n largest
  keys are drawn. For n = 1 item i is drawn with probability w_i / sum(w); larger n keeps the
  successive-draw probabilities proportional to the remaining weights. Items of weight 0 are drawn
  only after every item of positive weight.

The risk weight of a ledger row or credit lot is its size in tCO2e (probability proportional to
size, as in monetary-unit sampling) times multipliers for known risk signals. The multipliers are
this workbench's defaults for the verifier's professional judgement, not figures from a standard;
they are parameters (``RiskWeights``) so a verifier can set their own and the plan records them.
"""

from __future__ import annotations

import hashlib
import heapq
import math
import secrets
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field


@dataclass(frozen=True)
class Candidate:
    """One item that can be sampled: a row of a table, with its risk weight and why."""

    tbl: str
    row_id: int
    weight: float = 1.0
    reasons: tuple[str, ...] = ()


@dataclass(frozen=True)
class Drawn:
    """One drawn item: its rank in the draw (1 = first), the uniform number and the sort key."""

    rank: int
    candidate: Candidate
    u: float
    key: float


@dataclass(frozen=True)
class RiskWeights:
    """Multipliers applied to an item's size (tCO2e) to form its risk weight (defaults: design choice)."""

    no_evidence: float = 2.0  # no evidence attachment linked to the row
    high_uncertainty: float = 1.5  # stated uncertainty at or above ``high_uncertainty_pct``
    high_uncertainty_pct: float = 10.0
    manual_entry: float = 1.5  # typed in rather than imported from a source file
    unknown_size: float = 1.0  # size used when the tCO2e of an item is not known
    min_size: float = 1e-6  # floor so a zero-emission row can still be drawn (after the others)

    def as_dict(self) -> dict:
        return asdict(self)


def new_seed() -> int:
    """A fresh seed for a draw (recorded with the sample so it can be repeated)."""
    return secrets.randbelow(2**31 - 1) + 1


def uniform(seed: int | str, tbl: str, row_id: int) -> float:
    """The item's uniform number in (0, 1), from SHA-256 of the seed, table and row id."""
    digest = hashlib.sha256(f"{seed}|{tbl}|{int(row_id)}".encode()).digest()
    n = int.from_bytes(digest[:8], "big")
    return (n + 0.5) / 2.0**64


def random_sample(candidates: Iterable[Candidate], n: int, seed: int | str) -> list[Drawn]:
    """Simple random sample of ``n`` items without replacement (all of them if fewer)."""
    _check_n(n)

    def scored():
        for c in _unique(candidates):
            u = uniform(seed, c.tbl, c.row_id)
            yield (u, c.tbl, c.row_id), c, u, u

    best = heapq.nsmallest(n, scored(), key=lambda t: t[0])  # = sorted(...)[:n], in O(N log n)
    return [Drawn(i + 1, c, u, k) for i, (_, c, u, k) in enumerate(best)]


def risk_sample(candidates: Iterable[Candidate], n: int, seed: int | str) -> list[Drawn]:
    """Weighted sample of ``n`` items without replacement, probability proportional to weight."""
    _check_n(n)

    def scored():
        for c in _unique(candidates):
            w = c.weight
            if not (w >= 0 and math.isfinite(w)):
                raise ValueError(f"{c.tbl} row {c.row_id}: risk weight {w!r} is not a finite number >= 0")
            u = uniform(seed, c.tbl, c.row_id)
            # log(u ** (1/w)) = log(u) / w: same order as the A-ES key without underflow.
            key = math.log(u) / w if w > 0 else -math.inf
            # Largest key first; zero-weight items (key -inf) fall back to their u, largest first.
            yield (-key, -u, c.tbl, c.row_id), c, u, key

    best = heapq.nsmallest(n, scored(), key=lambda t: t[0])
    return [Drawn(i + 1, c, u, k) for i, (_, c, u, k) in enumerate(best)]


def draw(candidates: Iterable[Candidate], n: int, seed: int | str, method: str) -> list[Drawn]:
    """Dispatch on ``method``: "risk" or "random"."""
    if method == "risk":
        return risk_sample(candidates, n, seed)
    if method == "random":
        return random_sample(candidates, n, seed)
    raise ValueError(f"sampling method {method!r} is not one of: risk, random")


@dataclass(frozen=True)
class RiskSignals:
    """What is known about one item, for ``risk_weight``."""

    size_t: float | None = None  # |tCO2e| of the row or lot; None if not known
    has_evidence: bool = True
    unc_pct: float | None = None
    manual: bool = False
    extra: dict = field(default_factory=dict)


def risk_weight(signals: RiskSignals, weights: RiskWeights = RiskWeights()) -> tuple[float, tuple[str, ...]]:
    """The item's risk weight and the reasons that raised it."""
    reasons: list[str] = []
    if signals.size_t is None or not math.isfinite(signals.size_t):
        base = weights.unknown_size
        reasons.append("size unknown")
    else:
        base = max(abs(signals.size_t), weights.min_size)
    w = base
    if not signals.has_evidence:
        w *= weights.no_evidence
        reasons.append("no evidence attached")
    if signals.unc_pct is not None and signals.unc_pct >= weights.high_uncertainty_pct:
        w *= weights.high_uncertainty
        reasons.append(f"uncertainty {signals.unc_pct:g}% >= {weights.high_uncertainty_pct:g}%")
    if signals.manual:
        w *= weights.manual_entry
        reasons.append("entered by hand")
    return w, tuple(reasons)


def population_digest(candidates: Iterable[Candidate]) -> str:
    """SHA-256 over the sorted (table, id, weight) list: shows whether a redraw saw the same population."""
    h = hashlib.sha256()
    for c in sorted(_unique(candidates), key=lambda c: (c.tbl, c.row_id)):
        h.update(f"{c.tbl}|{c.row_id}|{c.weight!r}\n".encode())
    return h.hexdigest()


def _check_n(n: int) -> None:
    if not isinstance(n, int) or isinstance(n, bool) or n < 0:
        raise ValueError(f"sample size {n!r} must be a whole number >= 0")


def _unique(candidates: Iterable[Candidate]) -> list[Candidate]:
    seen: dict[tuple[str, int], Candidate] = {}
    for c in candidates:
        k = (c.tbl, int(c.row_id))
        if k in seen:
            raise ValueError(f"{c.tbl} row {c.row_id} is listed twice in the sampling population")
        seen[k] = c
    return list(seen.values())
