"""Journey step 1: subject and boundary (organisation, subject, periods, sites, emission sources)."""

from __future__ import annotations

import csv
from functools import lru_cache

from workbench.project.dates import parse_date, validate_period  # noqa: F401  (part of this module's API)
from workbench.project.errors import ProjectError

SUBJECT_KINDS = ("organisation", "product", "service", "building", "event")
CONSOLIDATION = ("operational control", "financial control", "equity share")

S3_CATEGORIES = {
    1: "Purchased goods and services",
    2: "Capital goods",
    3: "Fuel- and energy-related activities",
    4: "Upstream transportation and distribution",
    5: "Waste generated in operations",
    6: "Business travel",
    7: "Employee commuting",
    8: "Upstream leased assets",
    9: "Downstream transportation and distribution",
    10: "Processing of sold products",
    11: "Use of sold products",
    12: "End-of-life treatment of sold products",
    13: "Downstream leased assets",
    14: "Franchises",
    15: "Investments",
}
ISO_CATEGORIES = {
    1: "Direct GHG emissions and removals",
    2: "Indirect emissions from imported energy",
    3: "Indirect emissions from transportation",
    4: "Indirect emissions from products used",
    5: "Indirect emissions from the use of the organisation's products",
    6: "Other indirect emissions",
}


def period_months(start: str, end: str) -> float:
    s, e = validate_period(start, end)
    return ((e - s).days + 1) / (365.25 / 12)


@lru_cache(maxsize=1)
def iso_mapping() -> dict[tuple[int, int | None], int]:
    from resources import path

    out = {}
    with open(path("boundary", "iso14064_categories.csv"), encoding="utf-8") as fh:
        for r in csv.DictReader(fh):
            out[(int(r["scope"]), int(r["s3_category"]) if r["s3_category"] else None)] = int(
                r["iso_category"]
            )
    return out


def default_iso_category(scope: int, s3_category: int | None) -> int:
    return iso_mapping()[(scope, s3_category if scope == 3 else None)]


# -- organisation and subject -------------------------------------------------------------------
ORG_FIELDS = (
    "name",
    "name_local",
    "address",
    "address_local",
    "country",
    "registration_no",
    "senior_signatory",
    "signatory_title",
    "employees",
    "revenue",
    "revenue_currency",
)


def organisation(project) -> dict:
    return project.one("SELECT * FROM organisation ORDER BY id LIMIT 1") or {}


def set_organisation(project, **fields) -> None:
    bad = set(fields) - set(ORG_FIELDS)
    if bad:
        raise ProjectError(f"organisation: unknown field(s) {', '.join(sorted(bad))}")
    if "name" in fields and not str(fields["name"] or "").strip():
        raise ProjectError("organisation name: must not be empty")
    org = organisation(project)
    with project.action("Edit organisation") as tx:
        tx.update("organisation", org["id"], fields)


def subject(project) -> dict:
    return project.one("SELECT * FROM subject ORDER BY id LIMIT 1") or {}


def set_subject(project, **fields) -> None:
    if "kind" in fields and fields["kind"] not in SUBJECT_KINDS:
        raise ProjectError(f"subject kind: '{fields['kind']}' is not one of {', '.join(SUBJECT_KINDS)}")
    if "consolidation" in fields and fields["consolidation"] not in CONSOLIDATION:
        raise ProjectError(
            f"consolidation: '{fields['consolidation']}' is not one of {', '.join(CONSOLIDATION)}"
        )
    with project.action("Edit subject") as tx:
        tx.update("subject", subject(project)["id"], fields)


# -- periods ------------------------------------------------------------------------------------
def add_period(
    project, label: str, start: str, end: str, is_base_year: bool = False, make_current: bool = False
) -> int:
    validate_period(start, end, f"period '{label}'")
    if project.one("SELECT id FROM periods WHERE label = ?", (label,)):
        raise ProjectError(f"period label '{label}' is already used")
    with project.action(f"Add period {label}") as tx:
        pid = tx.insert(
            "periods", {"label": label, "start": start, "end": end, "is_base_year": int(is_base_year)}
        )
        if make_current:
            tx.set_setting("current_period_id", pid)
    return pid


def set_current_period(project, period_id: int) -> None:
    if not project.one("SELECT id FROM periods WHERE id = ?", (period_id,)):
        raise ProjectError(f"period {period_id} does not exist")
    with project.action("Change reporting period") as tx:
        tx.set_setting("current_period_id", period_id)


def set_base_year(project, period_id: int) -> None:
    with project.action("Set base year") as tx:
        for p in project.periods():
            tx.update("periods", p["id"], {"is_base_year": int(p["id"] == period_id)})


def period_by_label(project, label: str) -> dict:
    row = project.one("SELECT * FROM periods WHERE label = ?", (label,))
    if not row:
        raise ProjectError(f"no period labelled '{label}'")
    return row


# -- sites --------------------------------------------------------------------------------------
SITE_FIELDS = (
    "code",
    "name",
    "name_local",
    "address",
    "address_local",
    "country",
    "region",
    "employees",
    "floor_area_m2",
)


def list_sites(project) -> list[dict]:
    return project.rows("SELECT * FROM sites ORDER BY code")


def add_site(project, code: str, name: str, **fields) -> int:
    code = (code or "").strip()
    if not code:
        raise ProjectError("site code: must not be empty")
    if not (name or "").strip():
        raise ProjectError(f"site '{code}': name must not be empty")
    bad = set(fields) - set(SITE_FIELDS)
    if bad:
        raise ProjectError(f"site: unknown field(s) {', '.join(sorted(bad))}")
    if project.one("SELECT id FROM sites WHERE code = ?", (code,)):
        raise ProjectError(f"site code '{code}' is already used")
    with project.action(f"Add site {code}") as tx:
        return tx.insert("sites", {"code": code, "name": name, **fields})


def site_id(project, code: str) -> int:
    row = project.one("SELECT id FROM sites WHERE code = ?", (code,))
    if not row:
        raise ProjectError(f"unknown site '{code}'")
    return row["id"]


# -- emission sources ---------------------------------------------------------------------------
def list_sources(project) -> list[dict]:
    return project.rows("SELECT * FROM sources ORDER BY scope, coalesce(s3_category, 0), code")


def source_by_code(project, code: str) -> dict:
    row = project.one("SELECT * FROM sources WHERE code = ?", (code,))
    if not row:
        raise ProjectError(f"unknown emission source '{code}'")
    return row


def _check_source_fields(scope, s3_category, iso_category, included, exclusion_reason, unit, code):
    if scope not in (1, 2, 3):
        raise ProjectError(f"source '{code}': scope must be 1, 2 or 3 (got {scope!r})")
    if scope == 3 and s3_category not in S3_CATEGORIES:
        raise ProjectError(
            f"source '{code}': a scope 3 source needs a scope 3 category 1-15 (got {s3_category!r})"
        )
    if scope != 3 and s3_category is not None:
        raise ProjectError(f"source '{code}': only scope 3 sources have a scope 3 category")
    if iso_category not in ISO_CATEGORIES:
        raise ProjectError(f"source '{code}': ISO 14064-1 category must be 1-6 (got {iso_category!r})")
    if not included and not (exclusion_reason or "").strip():
        raise ProjectError(f"source '{code}': an excluded source needs a justification")
    if unit:
        from lca.units import UnitError, parse_unit

        try:
            parse_unit(unit)
        except UnitError as exc:
            raise ProjectError(f"source '{code}': unit: {exc}") from None


def add_source(
    project,
    code: str,
    name: str,
    scope: int,
    s3_category: int | None = None,
    iso_category: int | None = None,
    site: str | None = None,
    unit: str | None = None,
    factor_id: str | None = None,
    included: bool = True,
    exclusion_reason: str | None = None,
    name_local: str | None = None,
    notes: str | None = None,
) -> int:
    code = (code or "").strip()
    if not code:
        raise ProjectError("source code: must not be empty")
    if project.one("SELECT id FROM sources WHERE code = ?", (code,)):
        raise ProjectError(f"source code '{code}' is already used")
    if iso_category is None and scope in (1, 2, 3):
        try:
            iso_category = default_iso_category(scope, s3_category)
        except KeyError:
            iso_category = None
    _check_source_fields(scope, s3_category, iso_category, included, exclusion_reason, unit, code)
    sid = site_id(project, site) if site else None
    with project.action(f"Add emission source {code}") as tx:
        return tx.insert(
            "sources",
            {
                "code": code,
                "name": name,
                "name_local": name_local,
                "scope": scope,
                "s3_category": s3_category,
                "iso_category": iso_category,
                "site_id": sid,
                "unit": unit,
                "factor_id": factor_id,
                "included": int(bool(included)),
                "exclusion_reason": exclusion_reason,
                "notes": notes,
            },
        )


def set_inclusion(project, source_id: int, included: bool, reason: str | None = None) -> None:
    src = project.one("SELECT * FROM sources WHERE id = ?", (source_id,))
    if not src:
        raise ProjectError(f"emission source {source_id} does not exist")
    if not included and not (reason or "").strip():
        raise ProjectError(f"source '{src['code']}': give a justification for excluding it")
    with project.action(f"{'Include' if included else 'Exclude'} source {src['code']}") as tx:
        tx.update(
            "sources",
            source_id,
            {"included": int(bool(included)), "exclusion_reason": None if included else reason},
        )


def update_source(project, source_id: int, **changes) -> None:
    src = project.one("SELECT * FROM sources WHERE id = ?", (source_id,))
    if not src:
        raise ProjectError(f"emission source {source_id} does not exist")
    merged = {**src, **changes}
    _check_source_fields(
        merged["scope"],
        merged["s3_category"],
        merged["iso_category"],
        merged["included"],
        merged["exclusion_reason"],
        merged["unit"],
        merged["code"],
    )
    if "unit" in changes and changes["unit"] != src["unit"]:
        _check_existing_units(project, src, changes["unit"])
    with project.action(f"Edit source {src['code']}") as tx:
        tx.update("sources", source_id, changes)


def _check_existing_units(project, src: dict, new_unit: str) -> None:
    from lca.units import UnitError, conversion_factor

    for (unit,) in project.conn.execute(
        "SELECT DISTINCT unit FROM activities WHERE source_id = ?", (src["id"],)
    ):
        try:
            conversion_factor(unit, new_unit)
        except UnitError as exc:
            raise ProjectError(
                f"source '{src['code']}': existing activity data in '{unit}' cannot use "
                f"unit '{new_unit}': {exc}"
            ) from None
