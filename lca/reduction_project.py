"""A reduction project's arithmetic: baseline, project and leakage emissions per methodology.

Plain dataclasses and functions (no file, no Qt); ``workbench.services.reduction`` maps the
project file's rows to these. A methodology's equations are written as *terms*: each term belongs
to one component (``baseline``, ``project`` or ``leakage``) and is

    term = product(parameters in ``multiply``) / product(parameters in ``divide``) x factor

where ``factor`` is an emission factor of the factor library (kg CO2e per its unit, in the
project's GWP set) or none (the parameters already give a mass of CO2e). The units of the
parameters and of the factor go through the one pint registry (:mod:`lca.units`); the product must
come out as a mass, converted to tCO2e, or the term is refused naming it. So

    reduction = sum(baseline terms) - sum(project terms) - sum(leakage terms)      (tCO2e)

per monitoring period, from the monitored readings of that period (each a value in its own unit,
converted to the parameter's unit) and the parameters fixed ex ante. The ex-ante estimate uses
each monitored parameter's ex-ante (annual) estimate instead of readings. The range comes from
:func:`lca.montecarlo.multipliers`, the footprint's sampler: one draw per parameter and per factor
per iteration, shared by every term that uses it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

import numpy as np

from .result import UNC_CODES
from .units import UnitError, conversion_factor

COMPONENTS = ("baseline", "project", "leakage")
EX_ANTE, MONITORED = "ex_ante", "monitored"
PARAMETER_KINDS = (EX_ANTE, MONITORED)


class ReductionCalcError(ValueError):
    """A term or parameter that cannot be computed; ``field`` names what is wrong."""

    def __init__(self, field: str, message: str):
        super().__init__(message)
        self.field = field


@dataclass(frozen=True)
class Parameter:
    """A methodology parameter: fixed ex ante (``value``) or monitored (readings per period,
    ``value`` = the ex-ante estimate per year used for the ex-ante estimate)."""

    code: str
    name: str
    unit: str
    kind: str = EX_ANTE
    value: float | None = None
    source: str = ""
    unc_dist: str = "none"
    unc_pct: float = 0.0
    meter: str = ""
    frequency: str = ""
    calibration: str = ""
    qaqc: str = ""


@dataclass(frozen=True)
class Reading:
    """One monitored value of a parameter over [start, end] in ``unit``."""

    code: str
    start: dt.date
    end: dt.date
    value: float
    unit: str


@dataclass(frozen=True)
class Term:
    component: str
    label: str
    multiply: tuple[str, ...]
    divide: tuple[str, ...] = ()
    factor_id: str | None = None


@dataclass(frozen=True)
class FactorValue:
    """An emission factor as the arithmetic needs it: kg CO2e per ``unit`` (in the GWP set)."""

    id: str
    unit: str
    kg_co2e: float
    unc_dist: str = "none"
    unc_pct: float = 0.0


@dataclass(frozen=True)
class TermResult:
    component: str
    label: str
    t: float
    formula: str


@dataclass
class ReductionResult:
    baseline_t: float
    project_t: float
    leakage_t: float
    terms: list[TermResult] = field(default_factory=list)
    values: dict[str, float] = field(default_factory=dict)  # parameter code -> value used

    @property
    def reduction_t(self) -> float:
        return self.baseline_t - self.project_t - self.leakage_t


def _unit_expr(units: Sequence[str], divide: Sequence[str], factor_unit: str | None) -> str:
    num = " * ".join(f"({u})" for u in units) or "1"
    den = " * ".join(f"({u})" for u in divide)
    expr = num if not den else f"({num}) / ({den})"
    if factor_unit is not None:
        expr = f"({expr}) * kgCO2e / ({factor_unit})"
    return expr


def term_scale(term: Term, params: Mapping[str, Parameter], factor: FactorValue | None) -> float:
    """tCO2e per (product of the parameter values in their units x factor's kg CO2e)."""
    for code in term.multiply + term.divide:
        if code not in params:
            raise ReductionCalcError(term.label, f"term '{term.label}': unknown parameter '{code}'")
    expr = _unit_expr(
        [params[c].unit for c in term.multiply],
        [params[c].unit for c in term.divide],
        None if factor is None else factor.unit,
    )
    try:
        return conversion_factor(expr, "tCO2e")
    except UnitError as exc:
        raise ReductionCalcError(
            term.label, f"term '{term.label}': the units do not give a mass of CO2e ({exc})"
        ) from None


def period_values(
    params: Mapping[str, Parameter], readings: Sequence[Reading], start: dt.date, end: dt.date
) -> dict[str, float]:
    """The value of every parameter for the period [start, end]: ex-ante parameters their fixed
    value; monitored ones the sum of the readings that lie inside the period, each converted to
    the parameter's unit. A monitored parameter without a reading in the period is refused."""
    out: dict[str, float] = {}
    for code, p in params.items():
        if p.kind == EX_ANTE:
            if p.value is None:
                raise ReductionCalcError(code, f"parameter '{code}': ex-ante parameter has no value")
            out[code] = float(p.value)
            continue
        inside = [r for r in readings if r.code == code and r.start >= start and r.end <= end]
        if not inside:
            raise ReductionCalcError(
                code, f"parameter '{code}': no monitored reading between {start} and {end}"
            )
        total = 0.0
        for r in inside:
            try:
                total += r.value * conversion_factor(r.unit, p.unit)
            except UnitError as exc:
                raise ReductionCalcError(code, f"parameter '{code}', reading {r.start}: {exc}") from None
        out[code] = total
    return out


def ex_ante_values(params: Mapping[str, Parameter]) -> dict[str, float]:
    """Every parameter's ex-ante value (monitored ones: their estimate per year)."""
    missing = [c for c, p in params.items() if p.value is None]
    if missing:
        raise ReductionCalcError(missing[0], f"parameter '{missing[0]}' has no ex-ante value or estimate")
    return {c: float(p.value) for c, p in params.items()}


def compute(
    terms: Sequence[Term],
    params: Mapping[str, Parameter],
    values: Mapping[str, float],
    factors: Mapping[str, FactorValue],
) -> ReductionResult:
    """Baseline, project and leakage emissions (tCO2e) from the parameter values."""
    res = ReductionResult(0.0, 0.0, 0.0, values=dict(values))
    for term in terms:
        if term.component not in COMPONENTS:
            raise ReductionCalcError(term.label, f"term '{term.label}': component '{term.component}'")
        factor = factors.get(term.factor_id) if term.factor_id else None
        if term.factor_id and factor is None:
            raise ReductionCalcError(term.label, f"term '{term.label}': unknown factor '{term.factor_id}'")
        scale = term_scale(term, params, factor)
        x = np.prod([values[c] for c in term.multiply]) if term.multiply else 1.0
        for c in term.divide:
            if values[c] == 0:
                raise ReductionCalcError(c, f"term '{term.label}': parameter '{c}' is zero (divisor)")
            x /= values[c]
        if factor is not None:
            x *= factor.kg_co2e
        t = float(x) * scale
        formula = " x ".join(term.multiply) + "".join(f" / {c}" for c in term.divide)
        if factor is not None:
            formula += f" x EF[{factor.id}]"
        res.terms.append(TermResult(term.component, term.label, t, formula))
        if term.component == "baseline":
            res.baseline_t += t
        elif term.component == "project":
            res.project_t += t
        else:
            res.leakage_t += t
    return res


def uncertainty(
    terms: Sequence[Term],
    params: Mapping[str, Parameter],
    values: Mapping[str, float],
    factors: Mapping[str, FactorValue],
    iterations: int = 2000,
    seed: int = 1,
) -> dict:
    """Monte Carlo range of the reduction (tCO2e): each parameter and factor drawn once per
    iteration (lca.montecarlo.multipliers, the footprint's distributions and correlation model:
    a draw is shared by every term that uses it)."""
    from .montecarlo import multipliers

    if iterations < 1:
        raise ReductionCalcError("iterations", "iterations must be at least 1")
    codes = sorted(params)
    fids = sorted({t.factor_id for t in terms if t.factor_id})
    dist = [UNC_CODES.get(params[c].unc_dist, 0) for c in codes] + [
        UNC_CODES.get(factors[f].unc_dist, 0) for f in fids
    ]
    pct = [params[c].unc_pct or 0.0 for c in codes] + [factors[f].unc_pct or 0.0 for f in fids]
    rng = np.random.default_rng(seed)
    m = multipliers(rng, np.array(dist), np.array(pct, float), iterations)
    col = {c: i for i, c in enumerate(codes)}
    fcol = {f: len(codes) + i for i, f in enumerate(fids)}
    sign = {"baseline": 1.0, "project": -1.0, "leakage": -1.0}
    total = np.zeros(iterations)
    for term in terms:
        factor = factors.get(term.factor_id) if term.factor_id else None
        scale = term_scale(term, params, factor)
        x = np.full(iterations, scale * (factor.kg_co2e if factor else 1.0))
        for c in term.multiply:
            x *= values[c] * m[:, col[c]]
        for c in term.divide:
            x /= values[c] * m[:, col[c]]
        if factor is not None:
            x *= m[:, fcol[factor.id]]
        total += sign[term.component] * x
    return {
        "iterations": iterations,
        "seed": seed,
        "mean": float(total.mean()),
        "p2_5": float(np.percentile(total, 2.5)),
        "p97_5": float(np.percentile(total, 97.5)),
        "model": "one draw per parameter and per factor, shared by every term (lca.montecarlo)",
    }


def earliest_start(*dates: dt.date | None) -> dt.date | None:
    """MyCarbon Art. 11(1): the project start date is the earliest of the contract date, the first
    spend and the start of works or installation (the dates that are known)."""
    known = [d for d in dates if d is not None]
    return min(known) if known else None


def review_due(submitted: dt.date | None, days: int = 30, extended: bool = False) -> dt.date | None:
    """A review clock: notification due ``days`` after complete submission (KCCI steps 3 and 7:
    30 days after completion of submission and correction/supplementation, one extension)."""
    if submitted is None:
        return None
    return submitted + dt.timedelta(days=days * (2 if extended else 1))
