"""Where the reduction plan gets its emissions: the footprint's own per-source results.

The *reference footprint* is what measures abate against: the base-year period's footprint when
one has been calculated, else the latest one (the footprint service's ``latest``). Callers may
pass ``emissions={source code: tCO2e/yr}`` instead (scopes then come from the ``sources`` table).
Sources with no result (excluded, or no activity) count as 0 t, so a measure on them abates nothing.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass

from lca.reduction import SourceEmission
from workbench.project.errors import ProjectError


class NoFootprintError(ProjectError):
    """The plan needs a calculated footprint and there is none (or it is stale)."""


@dataclass
class Reference:
    sources: list[SourceEmission]
    year: int
    period_id: int | None
    note: str

    @property
    def emissions(self) -> dict[str, float]:
        return {s.code: s.tco2e for s in self.sources}


def _year(period: dict | None, fallback: int = 2025) -> int:
    return int(str(period["start"])[:4]) if period else fallback


def _source_rows(project) -> list[dict]:
    return project.rows("SELECT id, code, name, scope, included FROM sources ORDER BY id")


def _base_period(project) -> dict | None:
    return project.one("SELECT * FROM periods WHERE is_base_year = 1 ORDER BY start LIMIT 1")


# {(connection id, period id): stored result} while a caller shares the stored results (see below)
_SHARED: ContextVar[dict | None] = ContextVar("plan_shared_footprints", default=None)


@contextmanager
def shared_results(project) -> Iterator[None]:
    """Within this block each period's stored footprint is read once (``footprint.latest``) and the
    same result is given to every caller: the document model, the plan's reference, the period
    totals and the claim checks all see one read of the file. The results must not be mutated.
    Nested blocks share the outer one."""
    if _SHARED.get() is not None:
        yield
        return
    token = _SHARED.set({})
    try:
        yield
    finally:
        _SHARED.reset(token)


def stored_result(project, period_id: int):
    """``footprint.latest(project, period_id)`` (stale or not, or None), read once per
    :func:`shared_results` block."""
    from workbench.services import footprint

    shared = _SHARED.get()
    key = (id(project.conn), period_id)
    if shared is not None and key in shared:
        return shared[key]
    result = footprint.latest(project, period_id=period_id)
    if shared is not None:
        shared[key] = result
    return result


def period_result(project, period_id: int):
    """The footprint (:class:`lca.result.FootprintResult`) stored for ``period_id`` if it is still
    current (inputs unchanged), else None: a stale result is never used as if it were current."""
    result = stored_result(project, period_id)
    if result is None or result.stale:
        return None
    return result


def period_emissions(project, period_id: int) -> dict[str, float] | None:
    """{source code: tCO2e} of the footprint calculated for ``period_id``, or None if there is none."""
    result = period_result(project, period_id)
    return None if result is None else {str(k): float(v) for k, v in result.by_source.items()}


def _sources_from(project, emissions: Mapping[str, float]) -> list[SourceEmission]:
    rows = _source_rows(project)
    known = {r["code"] for r in rows}
    unknown = sorted(set(emissions) - known)
    if unknown:
        raise ProjectError(
            f"{project.path}: emissions: {', '.join(unknown)} is not an emission source of this project",
            project.path,
        )
    return [
        SourceEmission(r["code"], float(emissions.get(r["code"], 0.0)), int(r["scope"]), r["name"])
        for r in rows
    ]


def reference(project, emissions: Mapping[str, float] | None = None) -> Reference:
    """The reference footprint (see module doc); NoFootprintError when none is available."""
    base = _base_period(project)
    current = project.current_period()
    if emissions is not None:
        period = base or current
        return Reference(
            _sources_from(project, emissions),
            _year(period),
            period["id"] if period else None,
            "emissions given by the caller",
        )
    for period, what in ((base, "base-year"), (current, "latest")):
        if period is None:
            continue
        found = period_emissions(project, period["id"])
        if found is not None:
            return Reference(
                _sources_from(project, found),
                _year(period),
                period["id"],
                f"{what} footprint ({period['label']})",
            )
    raise NoFootprintError(
        f"{project.path}: no footprint has been calculated yet; calculate it first (cnw footprint) "
        "so measures can be checked against the sources' emissions",
        project.path,
    )


def period_totals(project, scopes=(1, 2, 3), period_ids=None) -> dict[int, float]:
    """{period id: tCO2e of the given scopes} for every period (or those in ``period_ids``) with a
    calculated, current footprint."""
    scope_of = {r["code"]: int(r["scope"]) for r in _source_rows(project)}
    out = {}
    for period in project.periods():
        if period_ids is not None and period["id"] not in period_ids:
            continue
        found = period_emissions(project, period["id"])
        if found is not None:
            out[period["id"]] = sum(v for c, v in found.items() if scope_of.get(c) in set(scopes))
    return out


def actual_by_year(project, scopes) -> dict[int, float]:
    """{calendar year: measured tCO2e of ``scopes``} from the periods' footprints."""
    years = {p["id"]: _year(p) for p in project.periods()}
    return {years[pid]: total for pid, total in period_totals(project, scopes).items()}
