"""Reduction plan service: measures, MACC, targets, trajectory and the management plan, over the store.

Plain functions over an open project (no Qt). Writes go through ``project.action``; bad input
raises :class:`PlanInputError` (a ProjectError naming the file, the measure/target and the field)
before anything is written, so the file is left exactly as it was.

    from workbench.services import plan
    mid = plan.add_measure(p, "LED retrofit", ["ELEC-CW"], 30, kind="pct", capex=120e6,
                           opex_change=-25e6, lifetime=12, start_year=2025, status="done")
    plan.set_target(p, base_year=2024, target_year=2030, pathway="sbti_1.5c", scopes=(1, 2))
    for row in plan.macc(p): print(row.name, row.abatement_tco2e, row.cost_per_t)
    for row in plan.trajectory(p): print(row.year, row.bau, row.planned, row.target)

Abatement is computed against the footprint's own sources (:mod:`workbench.services.plan.baseline`);
every function that needs it also takes ``emissions={source code: tCO2e/yr}`` to override it.
Settings (in the file): ``plan_discount_rate_pct`` (default 5 %, a modelling choice, not a rule),
``plan_growth_pct`` (BAU growth, default 0 %/yr), ``plan_currency`` (default the organisation's
revenue currency, else KRW).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from lca.reduction import ReductionInputError, check_number, check_pct
from lca.reduction_plan import LANGS, SECTIONS, PlanContent
from lca.reduction_targets import PATHWAY_LABELS, Target, validate_target
from workbench.services.plan.measure_store import (  # noqa
    PlanInputError,
    add_measure,
    delete_measure,
    input_error,
    list_measures,
    measures,
    update_measure,
)

DEFAULT_DISCOUNT_RATE_PCT = 5.0
DEFAULT_GROWTH_PCT = 0.0


# -- settings ---------------------------------------------------------------------------------


def plan_settings(project) -> dict:
    """``{"discount_rate_pct", "growth_pct", "currency"}`` as stored, with defaults filled in."""
    org = project.one("SELECT revenue_currency FROM organisation LIMIT 1") or {}
    return {
        "discount_rate_pct": float(project.setting("plan_discount_rate_pct", DEFAULT_DISCOUNT_RATE_PCT)),
        "growth_pct": float(project.setting("plan_growth_pct", DEFAULT_GROWTH_PCT)),
        "currency": project.setting("plan_currency", None) or org.get("revenue_currency") or "KRW",
    }


def set_plan_settings(project, discount_rate_pct=None, growth_pct=None, currency=None) -> None:
    """Change the plan settings given (others unchanged). Rates are percentages (5 = 5 %)."""
    changes = {}
    try:
        if discount_rate_pct is not None:
            changes["plan_discount_rate_pct"] = check_pct(discount_rate_pct, "discount_rate_pct")
        if growth_pct is not None:
            g = check_number(growth_pct, "growth_pct")
            if not -50.0 <= g <= 50.0:
                raise ReductionInputError("growth_pct", f"growth_pct: {g:g} %/yr is outside -50..50 %/yr")
            changes["plan_growth_pct"] = g
    except ReductionInputError as e:
        raise input_error(project, e, "plan settings") from None
    if currency is not None:
        code = str(currency).strip().upper()
        if not (len(code) == 3 and code.isalpha()):
            raise PlanInputError(
                f"{project.path}: plan settings: currency: {currency!r} is not a 3-letter currency code; "
                "nothing was changed",
                project.path,
                "currency",
            )
        changes["plan_currency"] = code
    if not changes:
        return
    with project.action("Change reduction-plan settings") as tx:
        for key, value in changes.items():
            tx.set_setting(key, value)


# -- targets ----------------------------------------------------------------------------------


def _target_from_row(r: dict) -> Target:
    return Target(
        kind=r["kind"],
        base_year=r["base_year"],
        target_year=r["target_year"],
        scopes=tuple(int(s) for s in str(r["scopes"]).split(",") if s.strip()),
        pathway=r["pathway"],
        annual_rate_pct=r["annual_rate_pct"],
        reduction_pct=r["reduction_pct"],
        base_value=r["base_value"],
        base_denominator=r["base_denominator"],
        denominator_unit=r["denominator_unit"] or "",
        id=r["id"],
    )


def list_targets(project) -> list[Target]:
    """Stored targets (at most one absolute and one intensity), absolute first."""
    rows = project.rows("SELECT * FROM plan_targets ORDER BY kind = 'intensity', id")
    return [_target_from_row(r) for r in rows]


def set_target(
    project,
    base_year,
    target_year,
    kind="absolute",
    scopes=(1, 2),
    pathway="sbti_1.5c",
    annual_rate_pct=None,
    reduction_pct=None,
    base_value=None,
    base_denominator=None,
    denominator_unit="",
    notes=None,
) -> int:
    """Set the absolute or the intensity target (replacing the one of that kind); returns its id.

    pathway: "sbti_1.5c" (4.2 %/yr linear), "sbti_wb2c" (2.5 %/yr) or "custom" with
    annual_rate_pct or reduction_pct (total by the target year). base_value: base-year tCO2e of the
    covered scopes (None: taken from the footprint). Intensity targets need base_denominator and
    denominator_unit.
    """
    if isinstance(scopes, str):
        scopes = [s for s in scopes.replace(" ", "").split(",") if s]
    try:
        scopes = tuple(int(s) for s in scopes)
    except (TypeError, ValueError):
        raise PlanInputError(
            f"{project.path}: target: scopes: {scopes!r} are not scope numbers 1, 2, 3; nothing was changed",
            project.path,
            "scopes",
        ) from None
    try:
        t = validate_target(
            Target(
                kind,
                base_year,
                target_year,
                scopes,
                pathway,
                annual_rate_pct,
                reduction_pct,
                base_value,
                base_denominator,
                denominator_unit or "",
            )
        )
    except ReductionInputError as e:
        raise input_error(
            project, e, f"{kind} target" if kind in ("absolute", "intensity") else "target"
        ) from None
    row = {
        "kind": t.kind,
        "base_year": t.base_year,
        "target_year": t.target_year,
        "scopes": ",".join(str(s) for s in t.scopes),
        "pathway": t.pathway,
        "annual_rate_pct": t.annual_rate_pct,
        "reduction_pct": t.reduction_pct,
        "base_value": t.base_value,
        "base_denominator": t.base_denominator,
        "denominator_unit": t.denominator_unit or None,
        "notes": notes or None,
    }
    existing = project.one("SELECT id FROM plan_targets WHERE kind = ?", (t.kind,))
    label = f"{t.kind} target {t.base_year}-{t.target_year} ({PATHWAY_LABELS[t.pathway]})"
    with project.action(f"Set {label}") as tx:
        if existing:
            tx.update("plan_targets", existing["id"], row)
            return existing["id"]
        return tx.insert("plan_targets", row)


def delete_target(project, kind: str) -> None:
    existing = project.one("SELECT id FROM plan_targets WHERE kind = ?", (kind,))
    if existing is None:
        raise PlanInputError(
            f"{project.path}: no {kind!r} target to delete; nothing was changed", project.path, "kind"
        )
    with project.action(f"Delete {kind} target") as tx:
        tx.delete("plan_targets", existing["id"])


# -- management plan --------------------------------------------------------------------------


def management_texts(project) -> dict[str, dict[str, str]]:
    """``{section: {lang: text}}`` as stored."""
    out: dict[str, dict[str, str]] = {}
    for r in project.rows("SELECT section, lang, text FROM plan_management ORDER BY id"):
        out.setdefault(r["section"], {})[r["lang"]] = r["text"]
    return out


def set_management_plan(
    project, sections: Mapping[str, Mapping[str, str] | str] | None = None, lang: str = "en", **texts
) -> None:
    """Store management-plan text. Either ``sections={"commitment": {"en": ..., "ko": ...}, ...}``
    or keyword sections in one language: ``set_management_plan(p, lang="ko", commitment="...")``.
    Sections: commitment, timescale, targets, measures, offset_strategy, review_cycle. An empty
    text removes that section's text in that language.
    """
    wanted: dict[tuple[str, str], str] = {}
    for section, value in {**(sections or {}), **texts}.items():
        if section not in SECTIONS:
            raise PlanInputError(
                f"{project.path}: management plan: {section!r} is not a section "
                f"({', '.join(SECTIONS)}); nothing was changed",
                project.path,
                section,
            )
        per_lang = value if isinstance(value, Mapping) else {lang: value}
        for lg, text in per_lang.items():
            if lg not in LANGS:
                raise PlanInputError(
                    f"{project.path}: management plan: {section}: language {lg!r} is not "
                    f"one of {', '.join(LANGS)}; nothing was changed",
                    project.path,
                    section,
                )
            if text is not None and not isinstance(text, str):
                raise PlanInputError(
                    f"{project.path}: management plan: {section} ({lg}): text expected, "
                    f"got {type(text).__name__}; nothing was changed",
                    project.path,
                    section,
                )
            wanted[(section, lg)] = (text or "").strip()
    if not wanted:
        return
    existing = {(r["section"], r["lang"]): r for r in project.rows("SELECT * FROM plan_management")}
    with project.action("Edit carbon-neutrality management plan") as tx:
        for key, text in wanted.items():
            row = existing.get(key)
            if row and not text:
                tx.delete("plan_management", row["id"])
            elif row:
                tx.update("plan_management", row["id"], {"text": text})
            elif text:
                tx.insert("plan_management", {"section": key[0], "lang": key[1], "text": text})


# -- calculations (footprint-dependent) -------------------------------------------------------


def macc(project, discount_rate=None, emissions: Mapping[str, float] | None = None):
    """MACC rows (:class:`lca.reduction_cost.MaccRow`), cheapest per tCO2e first.

    discount_rate: percent (5 = 5 %); default the ``plan_discount_rate_pct`` setting.
    """
    from lca.reduction_cost import macc as _macc
    from workbench.services.plan.baseline import reference

    rate = plan_settings(project)["discount_rate_pct"] if discount_rate is None else discount_rate
    ref = reference(project, emissions)
    try:
        return _macc(ref.emissions, measures(project), rate)
    except ReductionInputError as e:
        raise input_error(project, e, "MACC") from None


def trajectory(
    project,
    emissions: Mapping[str, float] | None = None,
    years: Iterable[int] | None = None,
    kind: str | None = None,
):
    """BAU vs planned vs target rows (:class:`lca.reduction_targets.TrajectoryRow`) per year.

    kind: "absolute" or "intensity" picks that target; default the absolute target, else the
    intensity target, else none (years: reference year + 5). ``actual`` is filled from the
    footprints calculated for the file's periods, where available.
    """
    from lca.reduction_targets import trajectory as _trajectory
    from workbench.services.plan.baseline import actual_by_year, reference

    targets = list_targets(project)
    if kind is not None:
        targets = [t for t in targets if t.kind == kind]
        if not targets:
            raise PlanInputError(
                f"{project.path}: trajectory: kind: no {kind!r} target is set", project.path, "kind"
            )
    ref = reference(project, emissions)
    target = targets[0] if targets else None
    settings = plan_settings(project)
    scopes = set(target.scopes) if target else {1, 2, 3}
    try:
        return _trajectory(
            ref.sources,
            measures(project),
            target,
            ref.year,
            years=years,
            growth_pct=settings["growth_pct"],
            actual=actual_by_year(project, scopes),
        )
    except ReductionInputError as e:
        raise input_error(project, e, "trajectory") from None


def management_plan(project, emissions: Mapping[str, float] | None = None) -> PlanContent:
    """The whole plan for documents and the UI: texts, targets, measures, MACC and trajectory.

    Without a footprint the MACC and trajectory are empty and ``footprint_note`` says why.
    """
    from workbench.services.plan.baseline import NoFootprintError

    settings = plan_settings(project)
    content = PlanContent(
        sections=management_texts(project),
        targets=list_targets(project),
        measures=measures(project),
        currency=settings["currency"],
        discount_rate_pct=settings["discount_rate_pct"],
    )
    try:
        from workbench.services.plan.baseline import reference

        ref = reference(project, emissions)
        content.reference_year = ref.year
        content.footprint_note = ref.note
        content.macc = macc(project, emissions=emissions)
        content.trajectory = trajectory(project, emissions=emissions)
    except NoFootprintError as e:
        content.footprint_note = str(e)
    return content
