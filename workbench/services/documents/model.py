"""The footprint, credit and reduction sections of the document model (:mod:`forms.model`).

The whole model is put together by :mod:`workbench.services.documents.build`; the other sections
are in :mod:`workbench.services.documents.sections`. Each section asks the step that owns it; when
that step has nothing for the period, the section is left out and
``ClaimDocument.unavailable[section]`` says why. Nothing is made up.
"""

from __future__ import annotations

import datetime as dt
import json

from forms.i18n import tr
from forms.model import (
    Credit,
    EntityShare,
    Exclusion,
    FactorRef,
    Footprint,
    Line,
    Reduction,
    UncertaintyResult,
)
from workbench.project.errors import ProjectError
from workbench.services import consolidation as consolidation_service
from workbench.services import entities as entities_service
from workbench.services import footprint as footprint_service
from workbench.services import offsets as offsets_service
from workbench.services import plan as plan_service
from workbench.services.common.periods import period_row  # noqa: F401  (re-exported)
from workbench.services.plan.baseline import stored_result

# ISO 14064-1:2018 categories (STANDARDS.md); labels for the tables.
ISO_CATEGORIES = {
    "en": {
        1: "1 Direct",
        2: "2 Imported energy",
        3: "3 Transportation",
        4: "4 Products used by the organisation",
        5: "5 Use of the organisation's products",
        6: "6 Other sources",
    },
    "ko": {
        1: "1 직접 배출",
        2: "2 수입 에너지",
        3: "3 수송",
        4: "4 조직이 사용한 제품",
        5: "5 조직 제품의 사용",
        6: "6 기타 배출원",
    },
}
SCOPE_LABEL = {"en": "Scope {n}", "ko": "Scope {n}"}
BASIS = {
    "en": {"market": "market-based", "location": "location-based"},
    "ko": {"market": "시장 기반", "location": "지역 기반"},
}
VALIDATION_SETTING = "validation_type"  # third-party | other-party | self (default third-party)
MARKETS_SETTING = "claim_markets"  # e.g. ["EU"]: product claims for the EU market carry the 2024/825 warning


def _date(text) -> dt.date | None:
    if not text:
        return None
    if isinstance(text, dt.date):
        return text
    return dt.date.fromisoformat(str(text)[:10])


def _local(row: dict, lang: str, key: str = "name") -> str:
    if lang == "ko" and row.get(f"{key}_local"):
        return row[f"{key}_local"]
    return row.get(key) or ""


# -- footprint ---------------------------------------------------------------------------------
def latest_footprint(project, period_id: int):
    """(FootprintResult or None, reason when None)."""
    try:
        res = stored_result(project, period_id)
    except ProjectError as exc:
        return None, str(exc)
    if res is None:
        label = (project.one("SELECT label FROM periods WHERE id = ?", (period_id,)) or {}).get(
            "label", period_id
        )
        return None, f"no footprint has been calculated for period {label}"
    return res, ""


def uncertainty_result(project, period_id: int | None, total_t: float) -> UncertaintyResult | None:
    """The period's last stored Monte Carlo (``cnw footprint montecarlo``; kind 'monte_carlo' in
    the result cache, next to the footprint). It is current when its deterministic total is the
    footprint printed (the same inputs)."""
    if period_id is None:
        return None
    row = project.one(
        "SELECT result FROM cache_footprint WHERE kind = 'monte_carlo' AND period_id = ? "
        "ORDER BY id DESC LIMIT 1",
        (period_id,),
    )
    if row is None:
        return None
    try:
        d = json.loads(row["result"])
        total = d["total"]
        det = float(d.get("deterministic", total["mean"]))
        return UncertaintyResult(
            low_t=float(total["p2_5"]),
            high_t=float(total["p97_5"]),
            mean_t=float(total["mean"]),
            iterations=int(d.get("iterations", 0)),
            seed=int(d.get("seed", 0)),
            by_scope=[
                (str(k), float(v["p2_5"]), float(v["p97_5"]))
                for k, v in sorted((d.get("by_scope") or {}).items())
                if isinstance(v, dict)
            ],
            current=abs(det - total_t) <= 1e-6 * max(1.0, abs(total_t)),
            activity_model=str((d.get("model") or {}).get("activity") or ""),
            contributors=_contributors(d.get("contributions") or {}),
            pedigree_rows=int((d.get("pedigree") or {}).get("rows") or 0),
            pedigree_sources=len((d.get("pedigree") or {}).get("by_source") or []),
        )
    except (KeyError, TypeError, ValueError):
        return None


def _contributors(contributions: dict, top: int = 3) -> list[tuple[str, str, float]]:
    """The largest shares of the total's variance, factors and sources together (as stored)."""
    rows = [
        (kind, str(c["name"]), float(c["share"]))
        for kind, key in (("factor", "factors"), ("source", "sources"))
        for c in contributions.get(key) or []
        if isinstance(c, dict) and c.get("share") is not None
    ]
    return sorted(rows, key=lambda r: -r[2])[:top]


def footprint_section(
    project, res, lang: str, base_total: tuple[str, float] | None, period_id: int | None = None
) -> Footprint:
    sites = {r["code"]: r for r in project.rows("SELECT * FROM sites")}
    sources = {r["code"]: r for r in project.rows("SELECT * FROM sources ORDER BY id")}
    basis = getattr(res, "scope2_basis", "market") or "market"
    by_scope = []
    for k in ("1", "2", "3"):
        if k in res.by_scope:
            label = SCOPE_LABEL[lang].format(n=k) + (
                f" ({BASIS[lang].get(basis, basis)})" if k == "2" else ""
            )
            by_scope.append(Line(label, float(res.by_scope[k])))
    cats = ISO_CATEGORIES[lang]
    by_cat = [
        Line(cats.get(int(k), f"ISO {k}"), float(v))
        for k, v in sorted(res.by_iso_category.items(), key=lambda kv: int(kv[0]))
        if v
    ]
    by_site = [
        Line(_local(sites[k], lang) if k in sites else str(k), float(v)) for k, v in res.by_site.items()
    ]
    by_source = []
    for code, t in sorted(res.by_source.items(), key=lambda kv: -kv[1]):
        row = sources.get(code, {})
        by_source.append(
            Line(
                f"{code} {_local(row, lang)}".strip(),
                float(t),
                tr("qes.cat_note", lang, s=row.get("scope", "?"), c=row["s3_category"])
                if row.get("s3_category")
                else f"Scope {row.get('scope', '?')}",
            )
        )
    factors = []
    users: dict[str, list[dict]] = {}
    for r in sources.values():
        if r["included"] and r.get("factor_id"):
            users.setdefault(r["factor_id"], []).append(r)
    for f in res.factors_used or []:
        gases = ", ".join(f"{g} {v:g}" for g, v in (f.get("gases_kg_per_unit") or {}).items())
        fid = str(f.get("id", ""))
        factors.append(
            FactorRef(
                f"{fid} {f.get('name', '')}".strip(),
                f"kg per {f.get('unit', '')}: {gases}",
                ", ".join(str(x) for x in (f.get("source"), f.get("year"), f.get("licence")) if x),
                factor_id=fid,
                unit=str(f.get("unit", "")),
                gases={str(g): float(v) for g, v in (f.get("gases_kg_per_unit") or {}).items()},
                year=str(f["year"]) if f.get("year") else None,
                licence=f.get("licence"),
                used_by=[f"{u['code']} {_local(u, lang)}".strip() for u in users.get(fid, [])],
                scopes=sorted({int(u["scope"]) for u in users.get(fid, [])}),
            )
        )
    exclusions = [
        Exclusion(f"{r['code']} {_local(r, lang)}", r["exclusion_reason"] or "")
        for r in sources.values()
        if not r["included"]
    ]
    run = uncertainty_result(project, period_id, float(res.total))
    unc = None if run is None else (run.low_t, run.high_t)
    subj = project.one("SELECT consolidation FROM subject ORDER BY id LIMIT 1") or {}
    included = sorted({int(r["scope"]) for r in sources.values() if r["included"]})
    s3 = sorted({int(r["s3_category"]) for r in sources.values() if r["included"] and r["s3_category"]})
    boundary = (
        f"{subj.get('consolidation', 'operational control').capitalize()} approach; scopes "
        f"{', '.join(map(str, included))} included"
        + (f"; scope 3 categories {', '.join(map(str, s3))}" if s3 else "")
        + "."
    )
    method = (
        "Activity data x emission factors copied into the project file, each gas weighted with its "
        f"GWP-100 ({res.gwp_set}); computed as one Brightway LCA over the factor activities"
        + (f" ({res.brightway_database})" if getattr(res, "brightway_database", "") else "")
        + "."
    )
    return Footprint(
        total_t=float(res.total),
        gwp_set=res.gwp_set,
        by_scope=by_scope,
        by_category=by_cat,
        by_site=by_site,
        by_gas=[Line(str(k), float(v)) for k, v in res.by_gas.items() if v],
        by_source=by_source,
        scope2_location_t=float(res.scope2_location),
        scope2_market_t=float(res.scope2_market),
        biogenic_t=float(res.biogenic_co2),
        uncertainty=unc,
        uncertainty_run=run,
        consolidation=subj.get("consolidation") or "operational control",
        scopes_included=included,
        s3_categories=s3,
        calc_database=getattr(res, "brightway_database", "") or None,
        base_year_label=base_total[0] if base_total else None,
        base_year_total_t=base_total[1] if base_total else None,
        method=method,
        boundary=boundary,
        factors=factors,
        exclusions=exclusions,
        stale=bool(res.stale),
        assumptions="; ".join(str(w) for w in (res.warnings or [])) or None,
        unquantified=[str(m.get("source")) for m in (res.missing_factors or [])],
        entity_shares=entity_shares(project, res, lang),
        structural=consolidation_service.document_check(project, period_id, lang),
    )


def entity_shares(project, res, lang: str) -> list[EntityShare]:
    """The boundary's entities as printed; none for a project with only the reporting organisation
    (its documents stay as they were). Figures when the approach changed one (stored beside the
    footprint with the same inputs hash)."""
    plan = entities_service.plan(project)
    if len(plan.entities) < 2:
        return []
    stored = footprint_service.shares_of(project, getattr(res, "period_id", None))
    if stored is not None and stored.get("stale") is False:
        rows = stored["entities"]
    else:
        rows = [e.to_dict() for e in plan.entities]
    names = {e["name"]: e for e in entities_service.list_entities(project)}
    return [
        EntityShare(
            name=_local(names.get(r["name"], r), lang) or r["name"],
            kind=r["kind"],
            equity_pct=float(r["equity_pct"]),
            share_pct=float(r["share_pct"]),
            gross_t=r.get("gross_t"),
            counted_t=r.get("counted_t"),
            scope3_category=r.get("scope3_category"),
            scope3_t=r.get("scope3_t"),
        )
        for r in rows
    ]


# -- credits -----------------------------------------------------------------------------------
def credits_section(project, period_id: int) -> tuple[list[Credit], str]:
    lots = offsets_service.list_lots(project, period_id=period_id)
    atts = {r["id"]: r for r in project.rows("SELECT id, filename, sha256 FROM attachments")}
    out = []
    for lot in lots:
        if lot.status == "cancelled":
            continue
        att = atts.get(lot.evidence_attachment_id)
        vintage = " – ".join(d.isoformat() for d in (lot.vintage_start, lot.vintage_end) if d) or None
        labels = [
            name
            for name, on in (
                ("CCP", lot.ccp_label),
                ("CORSIA", lot.corsia_eligible),
                ("corresponding adjustment", lot.corresponding_adjustment),
            )
            if on
        ]
        out.append(
            Credit(
                programme=lot.programme,
                registry=lot.registry,
                unit_type=lot.unit_type,
                project_id=lot.project_id or "",
                project_name=lot.project_name or "",
                serial=lot.serial,
                quantity=lot.quantity,
                vintage=vintage,
                removal=lot.kind == "removal",
                status=lot.status,
                retirement_date=lot.retirement_date,
                beneficiary=lot.beneficiary,
                retirement_reference=lot.retirement_reference,
                evidence=f"{att['filename']} (sha256 {att['sha256'][:8]})" if att else None,
                labels=labels,
                ref=lot.subject,
            )
        )
    return out, ""


# -- plan --------------------------------------------------------------------------------------
def reductions_section(project) -> tuple[list[Reduction], str]:
    plan = plan_service
    try:
        rows = plan.macc(project)
    except ProjectError as exc:
        return [], str(exc)
    by_name = {r.name: r for r in rows}
    out = []
    for m in plan.measures(project):
        row = by_name.get(m.name)
        t = float(getattr(row, "abatement_tco2e", 0.0) or 0.0) if row else 0.0
        out.append(Reduction(m.name, t, m.status, m.start_year, name_local=getattr(m, "name_local", None)))
    return out, ""


def base_year_total(project, period_id: int) -> tuple[str, float] | None:
    base = project.one(
        "SELECT * FROM periods WHERE is_base_year = 1 AND id != ? ORDER BY start LIMIT 1", (period_id,)
    )
    if base is None:
        return None
    res, _ = latest_footprint(project, base["id"])
    return (base["label"], float(res.total)) if res is not None else None
