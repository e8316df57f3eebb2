"""Claim checks on the reduction plan, as :class:`offsets.findings.Finding` (same form as the offset rules).

Rules (from ../shared/STANDARDS.md; clause numbers of the standards are not in the project's
sources, so findings cite the requirement by name, as the offsets rules do):

* ``PLAN.PAS2060.LATER_PERIOD_REDUCTION`` (PAS 2060:2014 [public]): offsets-only achievement is
  allowed in the first application period only; a later period must show a reduction against the
  previous period, absolute or intensity.
* ``PLAN.ISO.OFFSETS_ONLY_FIRST`` (ISO 14068-1:2023 [public]): no offsets-only claim in the first
  period: reductions achieved (footprint below the base year, or implemented measures) must exist.
* ``PLAN.ISO.REDUCTIONS_FIRST`` (ISO 14068-1:2023 hierarchy: reduce first, offset residual last):
  the plan must contain reduction measures that lower emissions; off-track plans are flagged.
* ``PLAN.MP.SECTIONS`` (error) / ``PLAN.MP.LANGUAGE`` (info) / ``PLAN.TARGET.MISSING`` (error):
  management-plan contents (commitment, timescale, targets, planned measures, offset strategy,
  annual review), in English and Korean.
* ``PLAN.TARGET.OFF_TRACK`` (warning): planned emissions above the target in the target year.
* ``PLAN.MEASURE.CAPPED`` / ``PLAN.MEASURE.EVIDENCE`` / ``PLAN.MEASURE.BEFORE_REFERENCE`` (warnings):
  a measure claiming more than its sources emit; a measure done or in progress without evidence; a
  measure starting no later than the reference footprint's year (its effect may be in it already).
* ``PLAN.FOOTPRINT.MISSING`` (warning): measures exist but no footprint to check them against.

The claim's standard and whether the current period is the *first claim period* come from the
offsets step's claim for the period (``offset_claims.standard`` / ``first_period``) when it recorded
one; otherwise from the setting ``standard`` and the period in setting ``first_claim_period_id``, else
the earliest period that is not flagged as the base year.
"""

from __future__ import annotations

from collections.abc import Mapping

from offsets.findings import ERROR, INFO, WARNING, Finding, sort_findings

ISO = "ISO 14068-1:2023"
PAS = "PAS 2060:2014"
CLAUSE_PAS_LATER = f"{PAS}: later application periods must show a reduction (absolute or intensity)"
CLAUSE_ISO_FIRST = f"{ISO}: no offsets-only claim in the first period"
CLAUSE_ISO_HIERARCHY = f"{ISO}: reduce within the value chain first, offset residual emissions last"
CLAUSE_MP = {
    "ISO14068-1": f"{ISO}: carbon neutrality management plan",
    "PAS2060": f"{PAS}: carbon footprint management plan",
}
IMPLEMENTED = ("done", "in_progress")


def _year(period) -> int:
    return int(str(period["start"])[:4])


def first_claim_period(project) -> dict | None:
    """The first period a carbon-neutrality claim is made for (see module doc)."""
    pid = project.setting("first_claim_period_id")
    if pid is not None:
        row = project.one("SELECT * FROM periods WHERE id = ?", (pid,))
        if row:
            return row
    return project.one("SELECT * FROM periods WHERE is_base_year = 0 ORDER BY start LIMIT 1") or project.one(
        "SELECT * FROM periods ORDER BY start LIMIT 1"
    )


def offset_claim(project, period: dict | None) -> dict | None:
    """The offsets step's claim row for ``period`` (table ``offset_claims``), if that step set one."""
    if period is None or not project.one(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name = 'offset_claims'"
    ):
        return None
    return project.one("SELECT * FROM offset_claims WHERE period_id = ?", (period["id"],))


def claim_standard(project, period: dict | None = None) -> str:
    """The standard claimed for the period: the offset claim's, else the project setting ``standard``."""
    claim = offset_claim(project, period or project.current_period())
    return (claim or {}).get("standard") or project.setting("standard", "ISO14068-1")


def is_first_claim_period(project, period: dict | None = None) -> bool:
    """True when ``period`` (default: current) is the first claim period: the offset claim's
    ``first_period`` flag when the offsets step recorded a claim, else see :func:`first_claim_period`."""
    period = period or project.current_period()
    claim = offset_claim(project, period)
    if claim is not None and claim.get("first_period") is not None:
        return bool(claim["first_period"])
    first = first_claim_period(project)
    return period is None or first is None or period["id"] == first["id"] or period["start"] < first["start"]


def previous_period(project, period: dict) -> dict | None:
    return project.one(
        "SELECT * FROM periods WHERE start < ? ORDER BY start DESC LIMIT 1", (period["start"],)
    )


def implemented_abatement(project, emissions=None, period: dict | None = None) -> float:
    """tCO2e/yr abated by measures done or in progress and started by the year of ``period``
    (default: the current period)."""
    from lca.reduction import combine
    from workbench.services.plan.baseline import NoFootprintError, reference
    from workbench.services.plan.measure_store import measures

    period = period or project.current_period()
    year = _year(period) if period else 9999
    active = [m for m in measures(project) if m.status in IMPLEMENTED and m.start_year <= year]
    if not active:
        return 0.0
    try:
        ref = reference(project, emissions)
    except NoFootprintError:
        return 0.0
    return combine(ref.emissions, active).total_abated


def reductions_achieved(project, emissions=None, period: dict | None = None) -> float:
    """Reductions achieved in ``period`` (default: the current period), tCO2e. The one computation
    of this figure: the documents print it (``ClaimFigures.reductions_t``) and
    ``PLAN.ISO.OFFSETS_ONLY_FIRST`` tests it.

    Definition (STANDARDS.md: reduce first, "reductions achieved (footprint below the base year, or
    implemented measures)"; ``ClaimContext.reductions_t``: "reductions achieved against the base
    year"): the fall of the period's footprint below the base-year footprint, both calculated and
    current, like for like (the same sources and scopes 1-3, the same GWP set, recalculated when
    an input changes), clipped at 0; when the measures done or in progress by the period's year
    abate more against the reference footprint (or there is no base-year comparison), that
    abatement. A measure's abatement alone is an estimate; the measured fall is the figure
    whenever it is the larger one (it already contains the measures' effect).
    """
    from workbench.services.plan.baseline import period_totals

    base = project.one("SELECT * FROM periods WHERE is_base_year = 1 ORDER BY start LIMIT 1")
    current = period or project.current_period()
    totals = period_totals(project, period_ids=[p["id"] for p in (base, current) if p])
    vs_base = 0.0
    if base and current and base["id"] != current["id"] and base["id"] in totals and current["id"] in totals:
        vs_base = max(0.0, totals[base["id"]] - totals[current["id"]])
    return max(vs_base, implemented_abatement(project, emissions, current))


def _plan_findings(project, content, standard: str) -> list[Finding]:
    out = []
    clause = CLAUSE_MP.get(standard, CLAUSE_MP["ISO14068-1"])
    missing = content.missing_sections()
    if missing:
        out.append(
            Finding(
                "PLAN.MP.SECTIONS",
                ERROR,
                f"the management plan has no text for: {', '.join(missing)}",
                clause,
                "plan",
            )
        )
    for lang, name in (("en", "English"), ("ko", "Korean")):
        gaps = [s for s in content.missing_sections(lang) if s not in missing]
        if gaps:
            out.append(
                Finding(
                    "PLAN.MP.LANGUAGE",
                    INFO,
                    f"the management plan has no {name} text for: {', '.join(gaps)}",
                    clause,
                    "plan",
                )
            )
    if not content.targets:
        out.append(
            Finding(
                "PLAN.TARGET.MISSING",
                ERROR,
                "no reduction target is set (absolute or intensity)",
                clause,
                "plan",
            )
        )
    return out


def _measure_findings(project, content) -> list[Finding]:
    out = []
    linked = {
        r["row_id"] for r in project.rows("SELECT row_id FROM evidence_links WHERE tbl = 'plan_measures'")
    }
    for row in content.macc:
        m = row.measure
        if row.capped_tco2e > 0:
            out.append(
                Finding(
                    "PLAN.MEASURE.CAPPED",
                    WARNING,
                    f"measure {m.name!r} states {m.abatement:g} tCO2e/yr but its sources ({', '.join(m.sources)}) "
                    f"emit only {m.abatement - row.capped_tco2e:g} t; counted as {m.abatement - row.capped_tco2e:g} t",
                    CLAUSE_ISO_HIERARCHY,
                    f"measure:{m.id}",
                )
            )
    for m in content.measures:
        if m.status in IMPLEMENTED and not m.evidence.strip() and m.id not in linked:
            out.append(
                Finding(
                    "PLAN.MEASURE.EVIDENCE",
                    WARNING,
                    f"measure {m.name!r} is marked {m.status.replace('_', ' ')} but has no evidence",
                    "ISO 14064-3 verification: reductions claimed need evidence",
                    f"measure:{m.id}",
                )
            )
        if content.reference_year is not None and m.start_year <= content.reference_year:
            out.append(
                Finding(
                    "PLAN.MEASURE.BEFORE_REFERENCE",
                    WARNING,
                    f"measure {m.name!r} starts in {m.start_year}, not after the reference footprint "
                    f"({content.footprint_note}): its effect may already be in that footprint and would "
                    "then be counted twice",
                    "workbench plan rule: abatement is counted against the reference footprint",
                    f"measure:{m.id}",
                )
            )
    return out


def _hierarchy_findings(content, standard: str) -> list[Finding]:
    out = []
    if not content.measures:
        out.append(
            Finding(
                "PLAN.ISO.REDUCTIONS_FIRST",
                ERROR if standard == "ISO14068-1" else WARNING,
                "the plan has no reduction measures: the claim would rest on offsets alone",
                CLAUSE_ISO_HIERARCHY,
                "plan",
            )
        )
        return out
    traj = content.trajectory
    if not traj:
        return out
    last = traj[-1]
    if last.abated <= 0:
        out.append(
            Finding(
                "PLAN.ISO.REDUCTIONS_FIRST",
                ERROR if standard == "ISO14068-1" else WARNING,
                f"the measures abate nothing by {last.year}: residual emissions stay at "
                f"{last.bau:,.1f} tCO2e and would be covered by offsets alone",
                CLAUSE_ISO_HIERARCHY,
                "plan",
            )
        )
    elif last.gap_to_target is not None and last.gap_to_target > 1e-6:
        out.append(
            Finding(
                "PLAN.TARGET.OFF_TRACK",
                WARNING,
                f"planned emissions in {last.year} are {last.planned:,.1f} tCO2e, "
                f"{last.gap_to_target:,.1f} t above the target of {last.target:,.1f} t; "
                "add or bring forward measures rather than offsetting the gap",
                CLAUSE_ISO_HIERARCHY,
                "plan",
            )
        )
    return out


def _pas_later_period(project, denominators: Mapping[int, float] | None) -> list[Finding]:
    from workbench.services.plan.baseline import period_totals

    current = project.current_period()
    if current is None or is_first_claim_period(project, current):
        return []
    prev = previous_period(project, current)
    subject = f"period:{current['label']}"
    if prev is None:
        return []
    totals = period_totals(project, period_ids=[current["id"], prev["id"]])
    if current["id"] not in totals or prev["id"] not in totals:
        return [
            Finding(
                "PLAN.PAS2060.LATER_PERIOD_REDUCTION",
                ERROR,
                f"period {current['label']} is a later application period but the footprints of "
                f"{prev['label']} and {current['label']} are not both calculated and up to date, so no reduction is shown",
                CLAUSE_PAS_LATER,
                subject,
            )
        ]
    now, before = totals[current["id"]], totals[prev["id"]]
    if now < before:
        return [
            Finding(
                "PLAN.PAS2060.LATER_PERIOD_REDUCTION",
                INFO,
                f"absolute reduction: {now:,.1f} tCO2e in {current['label']} vs {before:,.1f} in "
                f"{prev['label']} ({(before - now) / before * 100 if before else 0:.1f} % lower)",
                CLAUSE_PAS_LATER,
                subject,
            )
        ]
    d = denominators or {}
    if d.get(current["id"]) and d.get(prev["id"]):
        i_now, i_before = now / d[current["id"]], before / d[prev["id"]]
        if i_now < i_before:
            return [
                Finding(
                    "PLAN.PAS2060.LATER_PERIOD_REDUCTION",
                    INFO,
                    f"intensity reduction: {i_now:.6g} tCO2e per unit in {current['label']} vs "
                    f"{i_before:.6g} in {prev['label']}",
                    CLAUSE_PAS_LATER,
                    subject,
                )
            ]
    # intensity metrics recorded for both periods (the footprint's intensity_denominators table)
    recorded: dict[int, dict[str, float]] = {}
    for r in project.rows("SELECT period_id, name, value FROM intensity_denominators"):
        recorded.setdefault(r["period_id"], {})[r["name"]] = float(r["value"])
    now_d, before_d = recorded.get(current["id"], {}), recorded.get(prev["id"], {})
    for name in sorted(set(now_d) & set(before_d)):
        i_now, i_before = now / now_d[name], before / before_d[name]
        if i_now < i_before:
            return [
                Finding(
                    "PLAN.PAS2060.LATER_PERIOD_REDUCTION",
                    INFO,
                    f"intensity reduction (per {name}): {i_now:.6g} tCO2e in {current['label']} vs "
                    f"{i_before:.6g} in {prev['label']}",
                    CLAUSE_PAS_LATER,
                    subject,
                )
            ]
    return [
        Finding(
            "PLAN.PAS2060.LATER_PERIOD_REDUCTION",
            ERROR,
            f"no reduction against the previous period: {now:,.1f} tCO2e in {current['label']} vs "
            f"{before:,.1f} in {prev['label']}, and no intensity metric fell",
            CLAUSE_PAS_LATER,
            subject,
        )
    ]


def _iso_first_period(project, emissions) -> list[Finding]:
    current = project.current_period()
    if current is None or not is_first_claim_period(project, current):
        return []
    achieved = reductions_achieved(project, emissions)
    subject = f"period:{current['label']}"
    if achieved <= 0:
        return [
            Finding(
                "PLAN.ISO.OFFSETS_ONLY_FIRST",
                ERROR,
                f"{current['label']} is the first claim period and shows no reductions achieved "
                "(footprint not below the base year and no measure done or in progress): "
                "an offsets-only claim is not allowed",
                CLAUSE_ISO_FIRST,
                subject,
            )
        ]
    return [
        Finding(
            "PLAN.ISO.OFFSETS_ONLY_FIRST",
            INFO,
            f"reductions achieved in {current['label']}: {achieved:,.1f} tCO2e",
            CLAUSE_ISO_FIRST,
            subject,
        )
    ]


def claim_checks(project, emissions=None, denominators: Mapping[int, float] | None = None) -> list[Finding]:
    """Every reduction-plan check for the claim's standard (:func:`claim_standard`), sorted most
    severe first.

    denominators: {period id: intensity denominator} for the PAS 2060 intensity alternative.
    """
    from workbench.services.plan.core import management_plan

    standard = claim_standard(project)
    content = management_plan(project, emissions=emissions)
    out = _plan_findings(project, content, standard)
    out += _measure_findings(project, content)
    out += _hierarchy_findings(content, standard)
    if content.reference_year is None and content.measures:
        out.append(
            Finding("PLAN.FOOTPRINT.MISSING", WARNING, content.footprint_note, CLAUSE_ISO_HIERARCHY, "plan")
        )
    if standard == "PAS2060":
        out += _pas_later_period(project, denominators)
    else:
        out += _iso_first_period(project, emissions)
    return sort_findings(out)
