"""Set an activity row's uncertainty (distribution, +/- %, pedigree), or every row of one source in a
period, in one action: what the CLI (``cnw activity-uncertainty``) and the inventory page call. The
checks are the import's (:func:`~workbench.services.inventory.core.update_activity`, the
:class:`~workbench.services.inventory.rules.ActivityRules` and :mod:`.quality`)."""

from __future__ import annotations

from workbench.project.errors import ProjectError
from workbench.services.common.periods import period_row
from workbench.services.inventory.core import update_activity
from workbench.services.inventory.quality import PEDIGREE_FIELDS, dist_problem, parse_pedigree, pedigree_cells
from workbench.services.inventory.rules import ActivityRules


def set_activity_uncertainty(
    project, activity_id: int, dist: str | None = None, pct="keep", pedigree="keep"
) -> bool:
    """Set an activity row's basic uncertainty and/or pedigree in one action (through
    :func:`~workbench.services.inventory.core.update_activity`, the same rules as an import).

    ``dist``: None keeps the stored one; ``pct``: "keep", None or "" to clear, a number or its
    text; ``pedigree``: "keep", None or "" to clear, a 5-tuple, or text such as ``"(2,3,1,1,4)"``.
    Raises ProjectError naming the row and the field."""
    changes = _changes(f"activity {activity_id}", dist, pct, pedigree)
    try:
        return update_activity(project, activity_id, **changes)
    except ProjectError as exc:
        msg = str(exc)
        raise ProjectError(msg if msg.startswith("activity ") else f"activity {activity_id}: {msg}") from None


def set_source_uncertainty(
    project, source: str, dist: str | None = None, pct="keep", pedigree="keep", period_id: int | None = None
) -> int:
    """The same for every activity row of emission source ``source`` in the period (default: the
    current one), in one action with one audit row per changed row; returns the rows changed.
    Every row is checked before anything is written (a row whose kept distribution cannot take the
    pedigree is named); on a refusal the file is unchanged."""
    what = f"source '{source}'"
    changes = _changes(what, dist, pct, pedigree)
    src = project.one("SELECT id, code FROM sources WHERE code = ?", (source,))
    if src is None:
        raise ProjectError(f"{what}: unknown emission source")
    period = period_row(project, period_id)
    rows = project.rows(
        "SELECT * FROM activities WHERE source_id = ? AND period_id = ? ORDER BY id",
        (src["id"], period["id"]),
    )
    if not rows:
        raise ProjectError(f"{what}: no activity rows in period {period['label']}")
    rules = ActivityRules(project, period)
    checked = {}
    if "unc_dist" in changes or "unc_pct" in changes:  # parsed as an import cell would be
        d, p_, problems = rules.uncertainty(changes.get("unc_dist"), changes.get("unc_pct"))
        if problems:
            raise ProjectError(f"{what}: {problems[0][0]}: {problems[0][1]}")
        checked = {"unc_dist": d, "unc_pct": p_}
    updates = []
    for r in rows:
        final = {**r, **changes, **{k: v for k, v in checked.items() if k in changes}}
        scores = tuple(final[f] for f in PEDIGREE_FIELDS)
        bad = dist_problem(
            final["unc_dist"] or "none", final["unc_pct"], None if scores[0] is None else scores
        )
        if bad:
            raise ProjectError(f"{what}: activity {r['id']}: {bad[0]}: {bad[1]}")
        diff = {k: final[k] for k in changes if r[k] != final[k]}
        if diff:
            updates.append((r["id"], diff))
    if not updates:
        return 0
    with project.action(f"Set uncertainty of the rows of {source}") as tx:
        for row_id, diff in updates:
            tx.update("activities", row_id, diff)
    return len(updates)


def _changes(what: str, dist, pct, pedigree) -> dict:
    """The columns to write from the arguments ("keep" / None as documented above)."""
    changes: dict = {}
    if dist is not None:
        changes["unc_dist"] = dist
    if not (isinstance(pct, str) and pct == "keep"):
        changes["unc_pct"] = pct
    if pedigree != "keep":
        if pedigree is None or isinstance(pedigree, str):
            scores, why = parse_pedigree(pedigree)
            if why:
                raise ProjectError(f"{what}: pedigree: {why}")
        else:
            scores = tuple(pedigree)
            if len(scores) != len(PEDIGREE_FIELDS):
                raise ProjectError(f"{what}: pedigree: give five scores 1..5, got {len(scores)}")
            scores, problems = pedigree_cells(None, dict(zip(PEDIGREE_FIELDS, scores, strict=True)))
            if problems:
                raise ProjectError(f"{what}: {problems[0][0]}: {problems[0][1]}")
        changes.update(dict(zip(PEDIGREE_FIELDS, scores or (None,) * 5, strict=True)))
    if not changes:
        raise ProjectError(f"{what}: nothing to change (give a distribution, a percentage or a pedigree)")
    return changes
