"""Baseline, project and leakage emissions of a reduction project, ex ante and per monitoring
period, through the footprint's own engine: the unit registry (lca.units), the factor library
(lca.factors, in the project's GWP set) and the Monte Carlo sampler (lca.montecarlo)."""

from __future__ import annotations

from dataclasses import dataclass

from lca import reduction_project as rpl
from lca.factors import FactorError, factor_uncertainty, get_factor
from workbench.project.errors import ProjectError
from workbench.services.reduction.store import ReductionProject, get


@dataclass
class PeriodReduction:
    """The monitored (ex-post) reduction of one monitoring period."""

    label: str
    start: object
    end: object
    result: rpl.ReductionResult
    ex_ante_t: float  # the ex-ante estimate pro rata for the period's days

    @property
    def reduction_t(self) -> float:
        return self.result.reduction_t


def factor_values(rp: ReductionProject) -> dict[str, rpl.FactorValue]:
    """Each factor the terms use, as kg CO2e per its unit in the project's GWP set, with its
    uncertainty (the factor's own, else the shipped uncertainty table's row for its main gas)."""
    out = {}
    for term in rp.terms:
        if not term.factor_id or term.factor_id in out:
            continue
        try:
            f = get_factor(term.factor_id)
        except (FactorError, KeyError) as exc:
            raise ProjectError(f"reduction project {rp.code}, term '{term.label}': {exc}") from None
        # the part of the factor's main gas (CO2 for a fuel): the factor is drawn as one value
        parts = factor_uncertainty(f)
        main = next((p for p in parts if p.gas in ("CO2", "*")), parts[0] if parts else None)
        dist, pct = (main.distribution, main.pct95) if main else ("none", 0.0)
        out[f.id] = rpl.FactorValue(f.id, f.unit, f.co2e(rp.gwp_set), dist, pct)
    return out


def _guard(rp: ReductionProject, fn, *args):
    try:
        return fn(*args)
    except rpl.ReductionCalcError as exc:
        raise ProjectError(f"reduction project {rp.code}: {exc}") from None


def ex_ante(project, ref) -> rpl.ReductionResult:
    """The ex-ante estimate per year: fixed parameters and the monitored ones' annual estimates."""
    rp = ref if isinstance(ref, ReductionProject) else get(project, ref)
    values = _guard(rp, rpl.ex_ante_values, rp.parameters)
    return _guard(rp, rpl.compute, rp.terms, rp.parameters, values, factor_values(rp))


def monitored(project, ref, period) -> PeriodReduction:
    """The ex-post reduction of monitoring period ``period`` (id or label): baseline - project -
    leakage from that period's readings."""
    rp = ref if isinstance(ref, ReductionProject) else get(project, ref)
    mp = rp.period(period)
    values = _guard(rp, rpl.period_values, rp.parameters, rp.readings, mp.start, mp.end)
    res = _guard(rp, rpl.compute, rp.terms, rp.parameters, values, factor_values(rp))
    days = (mp.end - mp.start).days + 1
    annual = ex_ante(project, rp).reduction_t
    return PeriodReduction(mp.label, mp.start, mp.end, res, annual * days / 365.0)


def monitored_all(project, ref) -> list[PeriodReduction]:
    """Every monitoring period that has its readings (periods still missing some are left out)."""
    rp = ref if isinstance(ref, ReductionProject) else get(project, ref)
    out = []
    for mp in rp.periods:
        try:
            out.append(monitored(project, rp, mp.id))
        except ProjectError:
            continue
    return out


def uncertainty(project, ref, period=None, iterations: int = 2000, seed: int = 1) -> dict:
    """Monte Carlo range of the ex-ante estimate (``period`` None) or of a monitored period."""
    rp = ref if isinstance(ref, ReductionProject) else get(project, ref)
    if period is None:
        values = _guard(rp, rpl.ex_ante_values, rp.parameters)
    else:
        mp = rp.period(period)
        values = _guard(rp, rpl.period_values, rp.parameters, rp.readings, mp.start, mp.end)
    return _guard(rp, rpl.uncertainty, rp.terms, rp.parameters, values, factor_values(rp), iterations, seed)
