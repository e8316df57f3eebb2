"""What to do next on a page that has nothing to show yet (issue 17 item 9): one sentence per
page, chosen from what the project holds (quick EXISTS queries on the window's connection, so a
file of a million rows costs nothing). ``None`` when the page has its data."""

from __future__ import annotations

from ..i18n import tr


def _has(project, table: str, where: str = "1") -> bool:
    tables = {r["name"] for r in project.rows("SELECT name FROM sqlite_master WHERE type = 'table'")}
    if table not in tables:
        return False
    return bool(project.rows(f"SELECT EXISTS (SELECT 1 FROM {table} WHERE {where}) AS x")[0]["x"])


def _boundary(p) -> str | None:
    if not _has(p, "sites"):
        return tr(
            "Start here: add a site (Add site...), then the emission sources of each site (Add source...)."
        )
    if not _has(p, "sources"):
        return tr("Next: add the emission sources of your sites (Add source...).")
    return None


def _inventory(p) -> str | None:
    if not _has(p, "sources"):
        return tr("There are no emission sources yet: add them on step 1, then import activity data here.")
    if not _has(p, "activities"):
        return tr("No activity data yet: import a file (Import CSV/Excel...) or add rows (Add activity...).")
    return None


def _footprint(p) -> str | None:
    if not _has(p, "activities"):
        return tr("Nothing to calculate yet: enter activity data on step 2, then press Recalculate.")
    return None


def _product(p) -> str | None:
    if not _has(p, "product_systems"):
        return tr(
            "No product yet: create a product system (New system...), then add its activities and exchanges."
        )
    return None


def _plan(p) -> str | None:
    if not _has(p, "plan_measures"):
        return tr(
            "No reduction measures yet: calculate the footprint (step 3), then add measures (Add measure...)."
        )
    return None


def _reduction(p) -> str | None:
    if not _has(p, "reduction_projects"):
        return tr(
            "No reduction project yet: start one (New reduction project...) to monitor and issue credits."
        )
    return None


def _offsets(p) -> str | None:
    if not _has(p, "offset_lots"):
        return tr(
            "No credit lots yet: import your registry's statement (Import registry file...), then retire credits."
        )
    return None


def _verification(p) -> str | None:
    if not _has(p, "verif_engagements"):
        return tr(
            "No verification yet: the verifier opens this file in verifier mode (File > Open as verifier), loads a key and presses Start verification."
        )
    return None


def _certificate(p) -> str | None:
    if not _has(p, "cache_footprint") and not _has(p, "footprint_reports"):
        return tr(
            "Nothing to declare yet: calculate the footprint (step 3) and retire credits (step 5), then Preview."
        )
    return None


HINTS = {
    "boundary": _boundary,
    "inventory": _inventory,
    "footprint": _footprint,
    "product": _product,
    "plan": _plan,
    "reduction": _reduction,
    "offsets": _offsets,
    "verification": _verification,
    "certificate": _certificate,
}


def hint(key: str, project) -> str | None:
    """The next step for page ``key`` of ``project``, or None (no project: the welcome says it)."""
    if project is None or key not in HINTS:
        return None
    return HINTS[key](project)
