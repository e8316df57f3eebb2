"""Reduction targets, linear pathways and the business-as-usual / planned / target trajectory.

Pathways are linear reductions of the base-year value:
``target_y = base x max(0, 1 - rate x (y - base_year))``.

The SBTi linear annual reduction rates for the absolute contraction approach are 4.2 %/yr for
1.5 C and 2.5 %/yr for well-below 2 C (SBTi Corporate Near-Term Criteria v5 (2021) and Target
Validation Protocol; the rates given in issue 6). A custom pathway takes either an annual rate or
a total reduction by the target year. Intensity targets follow the same linear formula on the
intensity (tCO2e per unit of the denominator); the absolute equivalent in a year is the target
intensity times that year's projected denominator.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from lca.reduction import (
    Measure,
    ReductionInputError,
    SourceEmission,
    active_measures,
    check_number,
    check_pct,
    check_year,
    combine,
)

# Linear annual reduction rates, % of base-year emissions per year (SBTi, see module doc).
SBTI_RATES = {"sbti_1.5c": 4.2, "sbti_wb2c": 2.5}
PATHWAYS = ("sbti_1.5c", "sbti_wb2c", "custom")
PATHWAY_LABELS = {
    "sbti_1.5c": "SBTi 1.5 C (4.2 %/yr linear)",
    "sbti_wb2c": "SBTi well-below 2 C (2.5 %/yr linear)",
    "custom": "custom",
}
TARGET_KINDS = ("absolute", "intensity")


@dataclass(frozen=True)
class Target:
    """A reduction target. ``annual_rate_pct`` is % of the base value per year (linear).

    For ``pathway="custom"`` give ``annual_rate_pct`` or ``reduction_pct`` (total reduction by the
    target year); SBTi pathways fix the rate. ``base_value`` is the base-year tCO2e of the covered
    scopes (absolute) or None to take it from the footprint. Intensity targets need
    ``base_denominator`` (> 0) and ``denominator_unit``; their base intensity is
    ``base_value / base_denominator``.
    """

    kind: str
    base_year: int
    target_year: int
    scopes: tuple[int, ...] = (1, 2)
    pathway: str = "sbti_1.5c"
    annual_rate_pct: float | None = None
    reduction_pct: float | None = None
    base_value: float | None = None
    base_denominator: float | None = None
    denominator_unit: str = ""
    id: int | None = None

    @property
    def rate_pct(self) -> float:
        """The linear annual rate, % of the base value per year."""
        if self.pathway in SBTI_RATES:
            return SBTI_RATES[self.pathway]
        if self.annual_rate_pct is not None:
            return self.annual_rate_pct
        return (self.reduction_pct or 0.0) / (self.target_year - self.base_year)

    @property
    def reduction_at_target_pct(self) -> float:
        return min(100.0, self.rate_pct * (self.target_year - self.base_year))


def validate_target(t: Target) -> Target:
    """Return ``t`` normalised, or raise ReductionInputError naming the first bad field."""
    if t.kind not in TARGET_KINDS:
        raise ReductionInputError("kind", f"kind: {t.kind!r} is not 'absolute' or 'intensity'")
    base = check_year(t.base_year, "base_year")
    target = check_year(t.target_year, "target_year")
    if target <= base:
        word = "before" if target < base else "the same as"
        raise ReductionInputError(
            "target_year", f"target_year: {target} is {word} the base year {base}; it must be later"
        )
    scopes = tuple(sorted(set(t.scopes or ())))
    if not scopes:
        raise ReductionInputError("scopes", "scopes: a target covers at least one scope (1, 2 or 3)")
    bad = [s for s in scopes if s not in (1, 2, 3)]
    if bad:
        raise ReductionInputError("scopes", f"scopes: {bad[0]!r} is not a scope (1, 2 or 3)")
    if t.pathway not in PATHWAYS:
        raise ReductionInputError("pathway", f"pathway: {t.pathway!r} is not one of {', '.join(PATHWAYS)}")
    annual = reduction = None
    if t.pathway == "custom":
        if t.annual_rate_pct is None and t.reduction_pct is None:
            raise ReductionInputError(
                "annual_rate_pct", "annual_rate_pct: a custom pathway needs an annual rate or a reduction_pct"
            )
        if t.annual_rate_pct is not None and t.reduction_pct is not None:
            raise ReductionInputError(
                "reduction_pct", "reduction_pct: give an annual rate or a total reduction, not both"
            )
        if t.annual_rate_pct is not None:
            annual = check_pct(t.annual_rate_pct, "annual_rate_pct")
        else:
            reduction = check_pct(t.reduction_pct, "reduction_pct")
    base_value = None
    if t.base_value is not None:
        base_value = check_number(t.base_value, "base_value")
        if base_value < 0:
            raise ReductionInputError("base_value", f"base_value: {base_value:g} tCO2e is negative")
    denom = None
    if t.kind == "intensity":
        if t.base_denominator is None:
            raise ReductionInputError(
                "base_denominator", "base_denominator: an intensity target needs the base-year denominator"
            )
        denom = check_number(t.base_denominator, "base_denominator")
        if denom <= 0:
            raise ReductionInputError("base_denominator", f"base_denominator: {denom:g} must be above 0")
        if not (t.denominator_unit or "").strip():
            raise ReductionInputError(
                "denominator_unit", "denominator_unit: name the intensity denominator (e.g. tonne product)"
            )
    return Target(
        kind=t.kind,
        base_year=base,
        target_year=target,
        scopes=scopes,
        pathway=t.pathway,
        annual_rate_pct=annual,
        reduction_pct=reduction,
        base_value=base_value,
        base_denominator=denom,
        denominator_unit=(t.denominator_unit or "").strip(),
        id=t.id,
    )


def pathway_value(base: float, rate_pct: float, base_year: int, year: int) -> float:
    """``base x max(0, 1 - rate x (year - base_year))``; the base itself before the base year."""
    if year <= base_year:
        return base
    return base * max(0.0, 1.0 - rate_pct / 100.0 * (year - base_year))


@dataclass(frozen=True)
class TrajectoryRow:
    """One year. tCO2e values cover the target's scopes except ``residual_to_offset`` (all sources).

    target / gap are None without a target. For an intensity target the ``*_intensity`` fields are
    tCO2e per denominator unit and ``target`` is the absolute equivalent.
    """

    year: int
    bau: float
    planned: float
    target: float | None
    gap_to_target: float | None  # planned - target; > 0 means off track
    abated: float  # bau - planned
    residual_to_offset: float  # all included sources after measures: what a claim must offset
    actual: float | None = None  # measured footprint of the covered scopes, when known
    denominator: float | None = None
    planned_intensity: float | None = None
    target_intensity: float | None = None


def trajectory(
    sources: Iterable[SourceEmission],
    measures: Iterable[Measure],
    target: Target | None,
    reference_year: int,
    years: Iterable[int] | None = None,
    growth_pct: float = 0.0,
    actual: Mapping[int, float] | None = None,
) -> list[TrajectoryRow]:
    """Business-as-usual vs planned vs target, year by year.

    sources: the reference footprint (tCO2e/yr in ``reference_year``). BAU in year y is that
    footprint times ``(1 + growth)^(y - reference_year)`` (growth 0 = flat). Planned applies the
    measures active in y (:func:`lca.reduction.combine`). Years default to the target's base year
    through its target year, or the reference year and the 5 following without a target.
    """
    sources = list(sources)
    measures = list(measures)
    ref = check_year(reference_year, "reference_year")
    g = check_number(growth_pct, "growth_pct")
    if g <= -100:
        raise ReductionInputError("growth_pct", f"growth_pct: {g:g} % would make emissions vanish")
    if years is None:
        years = range(target.base_year, target.target_year + 1) if target else range(ref, ref + 6)
    years = list(years)
    covered_scopes = set(target.scopes) if target else {1, 2, 3}
    covered = {s.code for s in sources if s.scope in covered_scopes}
    base_value = target.base_value if target and target.base_value is not None else None
    if target and base_value is None:
        base_value = sum(s.tco2e for s in sources if s.code in covered)
    rows = []
    for y in years:
        factor = (1.0 + g / 100.0) ** (y - ref)
        emissions = {s.code: s.tco2e * factor for s in sources}
        result = combine(emissions, active_measures(measures, y))
        bau = sum(v for c, v in result.before.items() if c in covered)
        planned = sum(v for c, v in result.after.items() if c in covered)
        tgt = denom = p_int = t_int = None
        if target is not None:
            if target.kind == "absolute":
                tgt = pathway_value(base_value, target.rate_pct, target.base_year, y)
            else:
                base_int = base_value / target.base_denominator
                denom = target.base_denominator * (1.0 + g / 100.0) ** (y - target.base_year)
                t_int = pathway_value(base_int, target.rate_pct, target.base_year, y)
                tgt = t_int * denom
                p_int = planned / denom
        rows.append(
            TrajectoryRow(
                year=y,
                bau=bau,
                planned=planned,
                target=tgt,
                gap_to_target=None if tgt is None else planned - tgt,
                abated=bau - planned,
                residual_to_offset=result.total_after,
                actual=(actual or {}).get(y),
                denominator=denom,
                planned_intensity=p_int,
                target_intensity=t_int,
            )
        )
    return rows
