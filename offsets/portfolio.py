"""Portfolio selection: which credits to buy/retire to cover residual emissions at least cost.

A mixed-integer linear programme solved with scipy.optimize.milp (HiGHS):

    minimise    sum_i price_i * x_i                       x_i = whole credits taken from lot i
    subject to  T = sum_i x_i >= residual                 (coverage)
                sum_{i removal} x_i >= r * T              (minimum removal share r)
                sum_{i in project p} x_i <= s * T         (maximum share s per project)
                0 <= x_i <= quantity_i, integer           (or x_i in {0, quantity_i} with whole_lots)

Vintage window, programmes, countries and CCP-only are filters: a lot outside them gets x_i = 0,
and the reason is kept in ``Selection.excluded``. Lots already retired, planned for a claim,
cancelled, used for K-ETS compliance, or without a price are never selected.

When no portfolio exists, ``Selection.explanation`` says which constraint cannot be met and by how
much (supply after filters, removal supply, number of projects for the per-project share).
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from .lots import HELD, REMOVAL, CreditLot


@dataclass(frozen=True)
class Constraints:
    min_removal_share: float = 0.0  # 0..1
    vintage_from: int | None = None  # first vintage year allowed (by vintage end)
    vintage_to: int | None = None
    programmes: tuple[str, ...] | None = None  # None = any
    countries: tuple[str, ...] | None = None  # host countries allowed, None = any
    ccp_only: bool = False
    max_project_share: float | None = None  # 0..1, None = no limit
    whole_lots: bool = False  # take lots whole or not at all
    time_limit_s: float = 30.0

    def validate(self) -> None:
        if not 0 <= self.min_removal_share <= 1:
            raise ValueError(f"min_removal_share must be between 0 and 1, got {self.min_removal_share}")
        if self.max_project_share is not None and not 0 < self.max_project_share <= 1:
            raise ValueError(f"max_project_share must be in (0, 1], got {self.max_project_share}")
        if self.vintage_from and self.vintage_to and self.vintage_from > self.vintage_to:
            raise ValueError(f"vintage window {self.vintage_from}-{self.vintage_to} is empty")


@dataclass
class Selection:
    feasible: bool
    picks: list[tuple[CreditLot, int]] = field(default_factory=list)
    total_t: int = 0
    cost: float = 0.0
    removal_t: int = 0
    explanation: str = ""
    excluded: dict = field(default_factory=dict)  # lot label -> reason

    @property
    def removal_share(self) -> float:
        return self.removal_t / self.total_t if self.total_t else 0.0


def _exclusion(lot: CreditLot, c: Constraints) -> str | None:
    if lot.status != HELD:
        return f"status {lot.status}"
    if lot.kets_compliance_year is not None:
        return "used for K-ETS compliance"
    if lot.price is None:
        return "no price"
    if lot.quantity <= 0:
        return "no credits"
    if c.programmes is not None and lot.programme not in c.programmes:
        return f"programme {lot.programme} not allowed"
    if c.countries is not None and lot.host_country not in c.countries:
        return f"country {lot.host_country} not allowed"
    if c.ccp_only and not lot.ccp_label:
        return "no CCP label"
    year = lot.vintage_end.year if lot.vintage_end else None
    if c.vintage_from is not None and (year is None or year < c.vintage_from):
        return f"vintage {year} before {c.vintage_from}"
    if c.vintage_to is not None and (year is None or year > c.vintage_to):
        return f"vintage {year} after {c.vintage_to}"
    return None


def _project(lot: CreditLot) -> str:
    return f"{lot.programme}:{lot.project_id or lot.serial_key or lot.serial}"


def _solve(lots, need: int, c: Constraints, use_removal: bool, use_share: bool, relax: bool):
    """Build and solve the programme; returns scipy's result."""
    import numpy as np
    from scipy.optimize import Bounds, LinearConstraint, milp
    from scipy.sparse import coo_array

    n = len(lots)
    qty = np.array([lot.quantity for lot in lots], dtype=float)
    price = np.array([lot.price for lot in lots], dtype=float)
    # variables: x_0..x_{n-1} (credits, or 0/1 with whole lots), then T
    scale = qty if c.whole_lots else np.ones(n)
    cost = np.append(price * scale, 0.0)
    rows, cols, vals, lo, hi = [], [], [], [], []

    def add(row_cols, row_vals, low, high):
        r = len(lo)
        rows.extend([r] * len(row_cols))
        cols.extend(row_cols)
        vals.extend(row_vals)
        lo.append(low)
        hi.append(high)

    idx = list(range(n))
    add(idx + [n], list(scale) + [-1.0], 0.0, 0.0)  # T = sum x
    if use_removal and c.min_removal_share > 0:
        rem = [i for i in idx if lots[i].kind == REMOVAL]
        add(rem + [n], [scale[i] for i in rem] + [-c.min_removal_share], 0.0, np.inf)
    if use_share and c.max_project_share is not None and c.max_project_share < 1:
        groups: dict[str, list[int]] = {}
        for i in idx:
            groups.setdefault(_project(lots[i]), []).append(i)
        for members in groups.values():
            add(members + [n], [scale[i] for i in members] + [-c.max_project_share], -np.inf, 0.0)
    A = coo_array((vals, (rows, cols)), shape=(len(lo), n + 1)).tocsc()
    upper = np.append(np.ones(n) if c.whole_lots else qty, np.inf)
    bounds = Bounds(np.append(np.zeros(n), need), upper)
    integrality = np.zeros(n + 1) if relax else np.append(np.ones(n), 0)
    return milp(
        cost,
        constraints=[LinearConstraint(A, lo, hi)],
        bounds=bounds,
        integrality=integrality,
        options={"time_limit": c.time_limit_s, "presolve": True},
    )


def _integral(values, tol: float = 1e-6) -> bool:
    return all(abs(v - round(v)) <= tol for v in values)


def _explain(lots, need: int, c: Constraints, excluded: dict) -> str:
    supply = sum(lot.quantity for lot in lots)
    filtered = sum(int(reason is not None) for reason in excluded.values())
    if supply < need:
        reasons: dict[str, int] = {}
        for reason in excluded.values():
            key = reason.split(" ")[0] if reason.startswith(("vintage", "programme", "country")) else reason
            reasons[key] = reasons.get(key, 0) + 1
        why = ", ".join(f"{k}: {v} lot(s)" for k, v in sorted(reasons.items())) or "none"
        return (
            f"coverage: eligible lots hold {supply} t but the residual needs {need} t "
            f"({filtered} lot(s) excluded by filters or status: {why})"
        )
    parts = []
    if c.min_removal_share > 0:
        rem = sum(lot.quantity for lot in lots if lot.kind == REMOVAL)
        if (
            _solve(lots, need, c, use_removal=False, use_share=True, relax=True).status == 0
            or rem < c.min_removal_share * need
        ):
            parts.append(
                f"minimum removal share {c.min_removal_share:.0%}: removal credits available {rem} t, "
                f"at least {math.ceil(c.min_removal_share * need)} t needed"
            )
    if c.max_project_share is not None:
        if _solve(lots, need, c, use_removal=True, use_share=False, relax=True).status == 0:
            projects = {_project(lot) for lot in lots}
            parts.append(
                f"maximum share per project {c.max_project_share:.0%}: eligible credits come from "
                f"{len(projects)} project(s); at least {math.ceil(1 / c.max_project_share)} are needed "
                "with enough credits each"
            )
    if c.whole_lots and not parts:
        parts.append("whole lots only: no combination of whole lots meets the constraints")
    return "; ".join(parts) or "the constraints together cannot be met (each alone can)"


def select(
    lots: Sequence[CreditLot],
    residual_t: float,
    constraints: Constraints | None = None,
    progress: Callable[[float, str], object] | None = None,
) -> Selection:
    """Least-cost selection covering ``residual_t`` (rounded up to whole credits)."""
    c = constraints or Constraints()
    c.validate()
    if residual_t < 0:
        raise ValueError(f"residual emissions must be >= 0, got {residual_t}")
    need = math.ceil(residual_t - 1e-9)
    if progress:
        progress(0.0, "filtering lots")
    excluded, eligible = {}, []
    for lot in lots:
        reason = _exclusion(lot, c)
        if reason:
            excluded[lot.label] = reason
        else:
            eligible.append(lot)
    if need == 0:
        return Selection(True, excluded=excluded, explanation="nothing to cover")
    if not eligible or sum(lot.quantity for lot in eligible) < need:
        return Selection(False, excluded=excluded, explanation=_explain(eligible, need, c, excluded))
    if progress:
        progress(0.2, f"solving over {len(eligible)} lots")
    # The LP relaxation first: when its optimum is integral it is the MILP's optimum too (the
    # relaxation's bound is attained), which is the usual case here and far faster than branch
    # and bound over thousands of integer variables. Otherwise HiGHS solves the MILP.
    res = _solve(eligible, need, c, use_removal=True, use_share=True, relax=True)
    if res.status == 0 and res.x is not None and _integral(res.x[:-1]):
        res.x[:-1] = [round(v) for v in res.x[:-1]]
    elif res.status == 0:
        if progress:
            progress(0.5, "LP relaxation fractional; branch and bound")
        res = _solve(eligible, need, c, use_removal=True, use_share=True, relax=False)
    if progress:
        progress(1.0, "done")
    if res.status == 2 or res.x is None:
        if res.status == 1:
            return Selection(
                False, excluded=excluded, explanation="time limit reached before a portfolio was found"
            )
        return Selection(False, excluded=excluded, explanation=_explain(eligible, need, c, excluded))
    picks = []
    for lot, v in zip(eligible, res.x[:-1], strict=True):
        q = int(round(v)) * (lot.quantity if c.whole_lots else 1)
        if q > 0:
            picks.append((lot, q))
    total = sum(q for _, q in picks)
    return Selection(
        True,
        picks,
        total,
        sum(lot.price * q for lot, q in picks),
        sum(q for lot, q in picks if lot.kind == REMOVAL),
        excluded=excluded,
        explanation="optimal" if res.status == 0 else f"best found ({res.message})",
    )
