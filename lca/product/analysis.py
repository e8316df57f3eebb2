"""Calculations on a :class:`~lca.product.matrices.MatrixSystem`: score, contributions by stage,
process and elementary flow, supply-chain tree with cut-off, Monte Carlo, comparison.

Per-unit scores of every activity come from one transposed solve, ``u = (cf B) A^-1``; the stage of
a background input is the stage of the foreground activity that consumes it, so the stages add up to
the total exactly.
"""

from __future__ import annotations

import numpy as np

from .matrices import MatrixSystem, Solver
from .model import STAGES
from .results import Comparison, Contribution, MonteCarloResult, TreeNode


class Cancelled(Exception):
    """The user cancelled a long calculation."""


def _share(score, total):
    return score / total if total else 0.0


def _label(info) -> str:
    loc = f" [{info.location}]" if info.location else ""
    return f"{info.name or info.key[-1]}{loc}"


class Calculation:
    """One factorisation of a system and everything derived from it for one demand."""

    def __init__(self, ms: MatrixSystem, demand: dict, solver: Solver | None = None):
        self.ms = ms
        self.solver = solver or Solver(ms.A, ms.activities)
        self.f = ms.demand_vector(demand)
        self.supply = self.solver.solve(self.f)
        self.inventory = np.asarray(ms.B @ self.supply).ravel()
        self.score = float(ms.cf @ self.inventory)
        self._unit_scores = None

    @property
    def unit_scores(self) -> np.ndarray:
        """Score of one unit of each activity's product (kg CO2e), from one transposed solve."""
        if self._unit_scores is None:
            self._unit_scores = self.solver.solve_transposed(self.ms.cfB)
        return self._unit_scores

    def by_process(self, limit: int = 20) -> list[Contribution]:
        ms = self.ms
        direct = ms.cfB * self.supply
        order = np.argsort(-np.abs(direct))
        out = []
        for i in order[:limit]:
            if direct[i] == 0:
                break
            a = ms.info(int(i))
            out.append(
                Contribution(
                    _label(a),
                    float(direct[i]),
                    _share(direct[i], self.score),
                    a.key,
                    a.stage,
                    a.kind,
                    float(self.supply[i]),
                    a.unit,
                )
            )
        rest = float(direct.sum() - sum(c.score for c in out))
        if abs(rest) > 1e-12 * max(abs(self.score), 1.0):
            out.append(Contribution("(other processes)", rest, _share(rest, self.score), kind="rest"))
        return out

    def by_flow(self, limit: int = 20) -> list[Contribution]:
        ms = self.ms
        scores = ms.cf * self.inventory
        order = np.argsort(-np.abs(scores))
        out = []
        for i in order[:limit]:
            if scores[i] == 0:
                break
            fl = ms.flows[i]
            label = fl.name + (f" ({fl.categories})" if fl.categories else "")
            out.append(
                Contribution(
                    label,
                    float(scores[i]),
                    _share(scores[i], self.score),
                    fl.key,
                    None,
                    "flow",
                    float(self.inventory[i]),
                    fl.unit,
                )
            )
        return out

    def by_stage(self) -> list[Contribution]:
        """Direct emissions of each foreground activity plus the full upstream score of its
        background inputs, summed by the foreground activity's stage."""
        ms = self.ms
        u = self.unit_scores
        fg = np.array([a.kind == "foreground" for a in ms.activities])
        A = ms.A.tocsc()
        totals = {s: 0.0 for s in STAGES}
        for j in np.nonzero(fg)[0]:
            if self.supply[j] == 0:
                continue
            start, end = A.indptr[j], A.indptr[j + 1]
            rows, vals = A.indices[start:end], A.data[start:end]
            bg = ~fg[rows]
            upstream = float(-(vals[bg] * u[rows[bg]]).sum())
            stage = ms.activities[j].stage or "manufacturing"
            totals[stage] = totals.get(stage, 0.0) + self.supply[j] * (ms.cfB[j] + upstream)
        return [
            Contribution(STAGES.get(s, s), v, _share(v, self.score), s, s, "stage") for s, v in totals.items()
        ]

    def tree(
        self, root: tuple, amount: float, cutoff: float = 0.01, max_depth: int = 8, max_nodes: int = 200
    ) -> TreeNode:
        """Supply-chain tree from ``root``; inputs whose cumulative score is below ``cutoff`` x total
        are summed into ``cut``. Loops are unrolled until the cut-off or ``max_depth`` stops them."""
        ms = self.ms
        u = self.unit_scores
        A = ms.A.tocsc()
        limit = abs(cutoff * self.score)
        count = [0]

        def node(j, amt, depth):
            a = ms.info(int(j))
            run = amt / A[j, j]  # how many times the activity runs
            n = TreeNode(_label(a), a.key, amt, a.unit, float(amt * u[j]), float(run * ms.cfB[j]))
            count[0] += 1
            start, end = A.indptr[j], A.indptr[j + 1]
            kids = []
            for i, v in zip(A.indices[start:end], A.data[start:end], strict=False):
                if i == j or v == 0:
                    continue
                need = -v * run
                kids.append((abs(need * u[i]), i, need))
            kids.sort(reverse=True)
            for size, i, need in kids:
                if size >= limit and depth < max_depth and count[0] < max_nodes:
                    n.children.append(node(i, need, depth + 1))
                else:
                    n.cut += float(need * u[i])
            return n

        return node(ms.index[root], amount, 0)


def monte_carlo(
    ms: MatrixSystem,
    demand: dict,
    iterations: int = 1000,
    seed: int = 42,
    solver: Solver | None = None,
    progress=None,
    cancel=None,
    overrides=None,
) -> MonteCarloResult:
    """Seeded Monte Carlo over the exchange uncertainties of ``ms``: :func:`lca.product.montecarlo.run`
    (``overrides(iteration) -> {exchange index: formula value}`` = its ``formulas``)."""
    from .montecarlo import run

    return run(ms, demand, iterations, seed, solver, progress, cancel, formulas=overrides)


def compare(a, b) -> Comparison:
    """Two results side by side, by stage, with the difference b - a."""
    rows = []
    sa = {c.key: c.score for c in a.by_stage}
    sb = {c.key: c.score for c in b.by_stage}
    for key, label in STAGES.items():
        va, vb = sa.get(key, 0.0), sb.get(key, 0.0)
        rows.append(
            {
                "stage": label,
                "a": va,
                "b": vb,
                "difference": vb - va,
                "relative": (vb - va) / va if va else None,
            }
        )
    rows.append(
        {
            "stage": "Total",
            "a": a.score,
            "b": b.score,
            "difference": b.score - a.score,
            "relative": (b.score - a.score) / a.score if a.score else None,
        }
    )
    return Comparison(a, b, rows)
