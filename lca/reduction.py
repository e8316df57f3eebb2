"""Reduction measures and how much they abate, against the footprint's own sources.

Plain dataclasses and functions (no file, no Qt). The service maps project rows to these.

Abatement rules
---------------
* A measure acts on one or more emission sources. Its abatement is either a percentage of those
  sources (``kind="pct"``) or an amount in tCO2e per year (``kind="tco2e"``).
* An amount is turned into a fraction of the sources it acts on: ``r = A / sum(E_s)``, capped at 1,
  and spread over the sources in proportion to their emissions. So a measure can never abate more
  than its sources emit (the excess is reported as ``capped_tco2e``).
* Several measures on one source combine multiplicatively, not additively:
  ``remaining_s = E_s x prod_i (1 - r_i)``. Two 50 % measures leave 25 %, not 0 %.
* The combined abatement of a source, ``E_s - remaining_s``, is attributed to the measures acting on
  it in proportion to what each would abate on its own (``r_i x E_s``). The attribution does not
  depend on the order measures were entered, and the per-measure figures (the MACC widths) add up
  to the total abatement exactly, with no double counting.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

KINDS = ("pct", "tco2e")
STATUSES = ("planned", "in_progress", "done")
_YEAR_MIN, _YEAR_MAX = 1990, 2100


class ReductionInputError(ValueError):
    """Nonsense input to a reduction-plan calculation. ``field`` names the offending field."""

    def __init__(self, field: str, message: str):
        super().__init__(message)
        self.field = field


@dataclass(frozen=True)
class SourceEmission:
    """One emission source of the reference footprint: code, annual tCO2e, GHG Protocol scope."""

    code: str
    tco2e: float
    scope: int = 1
    name: str = ""


@dataclass(frozen=True)
class Measure:
    """A reduction measure.

    abatement: percent of the affected sources (0..100) when ``kind == "pct"``, tCO2e per year
    when ``kind == "tco2e"``. capex in the plan currency (one-off, at ``start_year``); opex_change
    per year (negative = saving). lifetime in years, used to annualise the capex. The measure abates
    from ``start_year`` on; at the end of its life it is assumed renewed like for like (the
    annualised cost already pays for that), so the trajectory does not jump back up.
    """

    name: str
    sources: tuple[str, ...]
    kind: str
    abatement: float
    capex: float = 0.0
    opex_change: float = 0.0
    lifetime: int = 10
    start_year: int = 2025
    status: str = "planned"
    evidence: str = ""
    id: int | None = None
    name_local: str = ""  # the name in the local language (Korean), for documents and charts

    def label(self, lang: str = "en") -> str:
        """The name to print: the local name for a non-English language when there is one."""
        return self.name_local if lang != "en" and self.name_local else self.name

    def active_in(self, year: int) -> bool:
        return year >= self.start_year


@dataclass
class MeasureAbatement:
    """What one measure abates in the combined plan (tCO2e/yr)."""

    measure: Measure
    standalone_tco2e: float  # on its own, after the cap at its sources' emissions
    attributed_tco2e: float  # its share of the combined abatement (the MACC width)
    capped_tco2e: float  # stated tCO2e/yr that exceeds what its sources emit (0 if none)
    by_source: dict[str, float] = field(default_factory=dict)  # attributed, per source code


@dataclass
class AbatementResult:
    """Combined effect of a set of measures on a set of sources."""

    before: dict[str, float]  # source code -> tCO2e/yr before measures
    after: dict[str, float]  # source code -> tCO2e/yr after all measures
    measures: list[MeasureAbatement]

    @property
    def total_before(self) -> float:
        return sum(self.before.values())

    @property
    def total_after(self) -> float:
        return sum(self.after.values())

    @property
    def total_abated(self) -> float:
        return self.total_before - self.total_after


def check_number(value, field_name: str) -> float:
    try:
        v = float(value)
    except (TypeError, ValueError):
        raise ReductionInputError(field_name, f"{field_name}: {value!r} is not a number") from None
    if not math.isfinite(v):
        raise ReductionInputError(field_name, f"{field_name}: {value!r} is not a finite number")
    return v


def check_year(value, field_name: str) -> int:
    """An integer calendar year in 1990..2100, or ReductionInputError naming the field."""
    if isinstance(value, bool) or not isinstance(value, int | float | str):
        raise ReductionInputError(field_name, f"{field_name}: {value!r} is not a year")
    try:
        year = int(str(value).strip())
    except ValueError:
        raise ReductionInputError(field_name, f"{field_name}: {value!r} is not a year") from None
    if not _YEAR_MIN <= year <= _YEAR_MAX:
        raise ReductionInputError(
            field_name, f"{field_name}: {year} is outside the years {_YEAR_MIN}..{_YEAR_MAX}"
        )
    return year


def check_pct(value, field_name: str) -> float:
    """A percentage in 0..100, or ReductionInputError naming the field."""
    v = check_number(value, field_name)
    if not 0.0 <= v <= 100.0:
        raise ReductionInputError(field_name, f"{field_name}: {v:g} % is outside 0..100 %")
    return v


def validate_measure(m: Measure) -> Measure:
    """Return ``m`` (normalised) or raise ReductionInputError naming the first bad field."""
    name = (m.name or "").strip()
    if not name:
        raise ReductionInputError("name", "name: a measure needs a name")
    where = f"measure {name!r}"
    sources = tuple(s.strip() for s in (m.sources or ()) if s and s.strip())
    if not sources:
        raise ReductionInputError("sources", f"{where}: sources: name at least one emission source")
    if len(set(sources)) != len(sources):
        raise ReductionInputError("sources", f"{where}: sources: a source is listed twice")
    if m.kind not in KINDS:
        raise ReductionInputError(
            "kind", f"{where}: kind: {m.kind!r} is not one of 'pct' (% of the sources) or 'tco2e' (t/yr)"
        )
    if m.kind == "pct":
        try:
            abatement = check_pct(m.abatement, "abatement")
        except ReductionInputError as e:
            raise ReductionInputError("abatement", f"{where}: {e}") from None
    else:
        abatement = check_number(m.abatement, "abatement")
        if abatement < 0:
            raise ReductionInputError("abatement", f"{where}: abatement: {abatement:g} tCO2e/yr is negative")
    capex = check_number(m.capex, "capex")
    if capex < 0:
        raise ReductionInputError("capex", f"{where}: capex: {capex:g} is negative")
    opex = check_number(m.opex_change, "opex_change")
    lifetime = check_number(m.lifetime, "lifetime")
    if lifetime <= 0 or lifetime != int(lifetime):
        raise ReductionInputError(
            "lifetime", f"{where}: lifetime: {m.lifetime!r} must be a whole number of years above 0"
        )
    try:
        start = check_year(m.start_year, "start_year")
    except ReductionInputError as e:
        raise ReductionInputError("start_year", f"{where}: {e}") from None
    if m.status not in STATUSES:
        raise ReductionInputError(
            "status", f"{where}: status: {m.status!r} is not one of {', '.join(STATUSES)}"
        )
    return Measure(
        name=name,
        sources=sources,
        kind=m.kind,
        abatement=abatement,
        capex=capex,
        opex_change=opex,
        lifetime=int(lifetime),
        start_year=start,
        status=m.status,
        evidence=m.evidence or "",
        name_local=(m.name_local or "").strip(),
        id=m.id,
    )


def fraction_of_sources(m: Measure, emissions: Mapping[str, float]) -> tuple[float, float]:
    """The fraction r (0..1) the measure removes from each of its sources, and the capped excess.

    For a tCO2e measure, r = A / sum(E_s) capped at 1; the excess A - sum(E_s) is returned.
    """
    if m.kind == "pct":
        return m.abatement / 100.0, 0.0
    total = sum(emissions.get(s, 0.0) for s in m.sources)
    if total <= 0:
        return (0.0, m.abatement)
    if m.abatement >= total:
        return 1.0, m.abatement - total
    return m.abatement / total, 0.0


def combine(emissions: Mapping[str, float], measures: Iterable[Measure]) -> AbatementResult:
    """Apply ``measures`` to per-source ``emissions`` (tCO2e/yr) as described in the module doc.

    Every source a measure names must be in ``emissions``; an unknown one is refused.
    """
    before = {}
    for code, value in emissions.items():
        v = check_number(value, f"emissions of source {code!r}")
        if v < 0:
            raise ReductionInputError("emissions", f"emissions of source {code!r}: {v:g} is negative")
        before[code] = v
    measures = list(measures)
    fractions: list[float] = []
    results: list[MeasureAbatement] = []
    for m in measures:
        missing = [s for s in m.sources if s not in before]
        if missing:
            raise ReductionInputError(
                "sources", f"measure {m.name!r}: sources: {', '.join(missing)} not in the footprint"
            )
        r, capped = fraction_of_sources(m, before)
        fractions.append(r)
        standalone = sum(r * before[s] for s in m.sources)
        results.append(MeasureAbatement(m, standalone, 0.0, capped))

    acting_on: dict[str, list[tuple[int, float]]] = {}
    for i, m in enumerate(measures):
        for code in m.sources:
            acting_on.setdefault(code, []).append((i, fractions[i]))
    after = dict(before)
    for code, acting in acting_on.items():
        e = before[code]
        keep = 1.0
        for _, r in acting:
            keep *= 1.0 - r
        remaining = e * keep
        after[code] = remaining
        abated = e - remaining
        standalone_sum = sum(r for _, r in acting)
        for i, r in acting:
            share = abated * (r / standalone_sum) if standalone_sum > 0 else 0.0
            results[i].by_source[code] = share
            results[i].attributed_tco2e += share
    return AbatementResult(before=before, after=after, measures=results)


def active_measures(measures: Iterable[Measure], year: int) -> list[Measure]:
    """The measures abating in ``year`` (start year reached)."""
    return [m for m in measures if m.active_in(year)]
