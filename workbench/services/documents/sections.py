"""The remaining sections of the document model: standard, verification, management plan and the
K-ETS report (put together by :mod:`workbench.services.documents.build`; the findings come from
the rule registry, :mod:`workbench.services.documents.claim_rules`)."""

from __future__ import annotations

import math

from forms.i18n import fmt_amount, fmt_int, fmt_money, fmt_pct, fmt_t, has, tr
from forms.model import (
    ClaimDocument,
    Credit,
    Kets,
    KetsItem,
    KetsSurrender,
    ManagementPlan,
    Reduction,
    Target,
    TrajectoryPoint,
    VerifFinding,
    Verification,
)
from workbench.services import offsets as offsets_service
from workbench.services import plan as plan_service
from workbench.services import verification as verification_service
from workbench.services.documents.model import _date, _local

KETS_OBLIGATION_SETTING = "kets_obligation_t"  # overrides scope 1 + 2 (location-based) as the obligation
KETS_PHASE_SETTING = "kets_phase"  # default: the phase of the compliance year (offsets.kets.PHASES)


def claim_standard(project, period_id: int) -> str:
    return offsets_service.get_claim(project, period_id)["standard"]


def verification_section(project, doc: ClaimDocument) -> None:
    data = verification_service.statement_data(project)
    if data is None:
        doc.unavailable["verification"] = "no verification has been started for this project"
        return
    v, sig, mat = data["verifier"], data["signature"], data.get("materiality") or {}
    doc.verification = Verification(
        verifier_name=v["name"],
        body=v["body"],
        accreditation=v.get("accreditation"),
        assurance_level=data.get("level") or "limited",
        materiality_pct=float(mat.get("threshold_pct", mat.get("materiality_pct", 5.0)) or 5.0),
        opinion=data.get("opinion"),
        criteria=", ".join(data.get("criteria") or []) or None,
        intended_users=data.get("intended_users"),
        responsible_party=data.get("responsible_party"),
        objectives=data.get("objectives"),
        scope=data.get("scope"),
        verified_total_t=(data.get("totals") or {}).get("reported_total_t"),
        signed=bool(sig.get("signed")),
        signed_on=_date(sig.get("date")),
        signed_hash=sig.get("snapshot_hash"),
        key_fingerprint=v.get("key_fingerprint_short") or v.get("key_fingerprint"),
        signed_data_changed=bool(sig.get("signed_data_changed")),
        findings=[
            VerifFinding(
                f["ref"],
                f["kind"],
                f.get("clause") or "",
                f.get("description") or "",
                f.get("impact_t"),
                f.get("status") or "open",
                f.get("client_response"),
            )
            for f in data.get("findings", [])
        ],
        samples=[
            (
                str(x.get("method") or ""),
                int(x.get("seed") or 0),
                int(x.get("items") or 0),
                int(x.get("vouched") or 0),
            )
            for x in data.get("sampling") or []
        ],
    )


def plan_section(project, doc: ClaimDocument, lang: str, with_charts: bool = False) -> None:
    content = plan_service.management_plan(project)
    if not content.sections and not content.targets and not content.measures:
        doc.unavailable["plan"] = "no management plan has been recorded in this project"
        return
    macc = {r.name: r.abatement_tco2e for r in content.macc}
    targets = [
        Target(
            _target_name(t, lang),
            t.kind,
            t.base_year,
            t.target_year,
            t.reduction_at_target_pct,
            ", ".join(map(str, t.scopes)),
        )
        for t in content.targets
    ]
    measures = [
        Reduction(
            m.name,
            float(macc.get(m.name, 0.0)),
            m.status,
            m.start_year,
            name_local=getattr(m, "name_local", None),
        )
        for m in content.measures
    ]
    traj = [TrajectoryPoint(r.year, r.bau, r.planned, r.target) for r in content.trajectory]
    charts = []
    try:
        from forms.charts import plan as plan_charts

        if not with_charts:
            pass
        elif content.macc:
            charts.append(
                (
                    tr("mp.macc", lang),
                    plan_charts.macc_png(content.macc, currency=content.currency, lang=lang),
                )
            )
        if with_charts and content.trajectory:
            charts.append(
                (tr("mp.trajectory", lang), plan_charts.trajectory_png(content.trajectory, lang=lang))
            )
    except ImportError:
        pass
    doc.plan = ManagementPlan(
        commitment=content.text("commitment", lang),
        timescale=content.text("timescale", lang),
        targets=targets,
        measures=measures,
        offset_strategy=content.text("offset_strategy", lang) or None,
        review_cycle=content.text("review_cycle", lang) or None,
        trajectory=traj,
        charts=charts,
    )


def _target_name(t, lang: str = "en") -> str:
    from forms.i18n import fmt_sig, has

    path = tr(f"tgt.{t.pathway}", lang) if has(f"tgt.{t.pathway}") else t.pathway
    kind = tr(f"tk.{t.kind}", lang) if has(f"tk.{t.kind}") else t.kind
    return tr("tgt.name", lang, path=path, kind=kind, rate=fmt_sig(t.rate_pct, lang, 3))


# -- K-ETS -------------------------------------------------------------------------------------
def _activity_totals(project, period_id: int) -> list[dict]:
    """Quantity and row count per included source and unit, in scope and code order, summed from
    the grouped ledger the footprint reads in the same load (one pass over the activities)."""
    from workbench.services.footprint.ledger import grouped_rows

    (src, _site, _month, qty, unit, _d, _p), units_list, _digest, _n, counts = grouped_rows(
        project, period_id
    )
    sums: dict[tuple[int, int], list] = {}
    for sid, u, q, n in zip(src.tolist(), unit.tolist(), qty.tolist(), counts.tolist(), strict=True):
        acc = sums.setdefault((sid, u), [0.0, 0])
        acc[0] += q
        acc[1] += n
    sources = {
        r["id"]: r
        for r in project.rows("SELECT id, code, name, name_local, scope FROM sources WHERE included = 1")
    }
    rows = [
        {
            **{k: sources[sid][k] for k in ("code", "name", "name_local", "scope")},
            "unit": units_list[u],
            "q": q,
            "n": n,
        }
        for (sid, u), (q, n) in sums.items()
        if sid in sources
    ]
    return sorted(rows, key=lambda r: (r["scope"], r["code"], r["unit"]))


def kets_section(project, doc: ClaimDocument, lang: str, period_id: int) -> None:
    """The 13 items of decree Art. 31(1) from what the file holds, and the offset surrender summary."""
    year = doc.period.end.year
    items: list[KetsItem] = []
    units = {}
    rows = _activity_totals(project, period_id)
    for r in rows:
        units.setdefault(r["scope"], []).append(r)
    fuel = [
        (f"{r['code']} {_local(r, lang)}", f"{fmt_amount(r['q'], lang)} {r['unit']}")
        for r in units.get(1, [])
    ]
    if fuel:
        items.append(KetsItem(1, fuel))
    fp = doc.footprint
    if fp is not None:
        items.append(KetsItem(2, _kets_by_site(project, fp, lang)))
        items.append(
            KetsItem(
                4,
                [
                    (ln.label, f"{fmt_t(ln.t, lang)} tCO2e")
                    for ln in fp.by_source
                    if ln.note and ln.note.split()[1] in ("1", "2")
                ],
            )
        )
        from forms.qes import method_text

        # the factors of scopes 1 and 2 follow as a provenance table (forms.kets_report)
        items.append(
            KetsItem(
                7,
                [
                    (tr("kets.r.gwp", lang), f"IPCC {fp.gwp_set} GWP-100"),
                    (tr("kets.r.method", lang), method_text(fp, lang)),
                ],
            )
        )
    energy = [
        (f"{r['code']} {_local(r, lang)}", f"{fmt_amount(r['q'], lang)} {r['unit']}")
        for r in units.get(2, [])
    ]
    if energy:
        items.append(KetsItem(3, energy))
    n_ev = (project.one("SELECT COUNT(*) AS n FROM evidence_links WHERE tbl = 'activities'") or {"n": 0})["n"]
    n_rows = sum(r["n"] for r in rows)
    if n_rows:
        items.append(
            KetsItem(
                10,
                [
                    (tr("kets.r.rows", lang), fmt_int(n_rows, lang)),
                    (tr("kets.r.evidence", lang), fmt_int(n_ev, lang)),
                    (tr("kets.r.unc", lang), tr("kets.r.unc.v", lang)),
                ],
            )
        )
    v = doc.verification
    if v is not None:
        items.append(
            KetsItem(
                8,
                [
                    (tr("kets.r.verification", lang), f"{v.verifier_name}, {v.body}"),
                    (
                        tr("vs.assurance", lang),
                        tr(f"vs.level.{v.assurance_level}", lang)
                        if has(f"vs.level.{v.assurance_level}")
                        else v.assurance_level,
                    ),
                    (tr("vs.materiality", lang), fmt_pct(v.materiality_pct, lang)),
                    (
                        tr("kets.r.findings", lang),
                        ", ".join(
                            f"{f.id} ({tr(f'status.{f.status}', lang) if has(f'status.{f.status}') else f.status})"
                            for f in v.findings
                        )
                        or tr("f.none", lang),
                    ),
                ],
            )
        )
    org = project.one("SELECT revenue, revenue_currency FROM organisation ORDER BY id LIMIT 1") or {}
    if org.get("revenue"):
        items.append(
            KetsItem(
                11,
                [(tr("kets.r.revenue", lang), fmt_money(org["revenue"], org.get("revenue_currency"), lang))],
            )
        )
    done = [r for r in doc.reductions if r.status == "done"]
    if done:
        items.append(
            KetsItem(
                12,
                [
                    (
                        _local({"name": r.name, "name_local": r.name_local}, lang),
                        tr("kets.r.per_year", lang, t=fmt_t(r.abatement_t, lang)),
                    )
                    for r in done
                ],
            )
        )
    for no in (5, 6, 9, 13):  # items the file holds no data for: say why
        if not any(i.no == no for i in items):
            items.append(KetsItem(no, [], tr(f"kets.why.{no}", lang)))
    # the entity is identified by its registration number (organisation record)
    reg = (project.one("SELECT registration_no FROM organisation ORDER BY id LIMIT 1") or {}).get(
        "registration_no"
    )
    entity = reg or None
    doc.kets = Kets(entity, year, sorted(items, key=lambda i: i.no), _surrender(project, doc, year))


def _kets_by_site(project, fp, lang: str) -> list[tuple[str, str]]:
    """Scope 1 and 2 emissions per place of business: K-ETS covers direct and energy-indirect
    emissions, so the value chain (scope 3) stays out of this report (it is in the QES)."""
    site_of = {
        r["code"]: _local(r, lang) if r["name"] else "-"
        for r in project.rows(
            "SELECT s.code, st.name, st.name_local FROM sources s LEFT JOIN sites st ON st.id = s.site_id"
        )
    }
    totals: dict[str, dict[str, float]] = {}
    for ln in fp.by_source:
        scope = ln.note.split()[1] if ln.note else ""
        if scope in ("1", "2"):
            site = site_of.get(ln.label.split()[0], "-")
            totals.setdefault(site, {}).setdefault(scope, 0.0)
            totals[site][scope] += ln.t
    out = []
    for site, by_scope in sorted(totals.items()):
        for scope in sorted(by_scope):
            out.append(
                (
                    tr("kets.r.site_scope", lang, site=site, scope=scope),
                    f"{fmt_t(by_scope[scope], lang)} tCO2e",
                )
            )
    return out


def _surrender(project, doc: ClaimDocument, year: int) -> KetsSurrender | None:
    try:
        from offsets import kets as kcalc
    except ImportError:
        doc.unavailable["kets_surrender"] = "the K-ETS calculators (offsets.kets) are not available"
        return None
    obligation = project.setting(KETS_OBLIGATION_SETTING)
    fp = doc.footprint
    if obligation is None:
        if fp is None:
            doc.unavailable["kets_surrender"] = "no footprint: the surrender obligation cannot be derived"
            return None
        s1 = next((ln.t for ln in fp.by_scope if ln.label.startswith("Scope 1")), 0.0)
        # K-ETS covers direct and indirect (purchased electricity/heat) emissions; a permit is one
        # tonne (decree Art. 38(2)): the obligation is rounded up to whole permits.
        obligation = math.ceil(s1 + (fp.scope2_location_t or 0.0) - 1e-9)
    phase = project.setting(KETS_PHASE_SETTING) or kcalc.phase_of_year(year)
    try:
        limit = kcalc.offset_limit(float(obligation), phase=phase)
    except kcalc.KetsError as exc:
        doc.unavailable["kets_surrender"] = str(exc)
        return None
    lots = offsets_service.list_lots(project)
    used = [lot for lot in lots if lot.unit_type in ("KOC", "KCU") and lot.kets_compliance_year == year]
    units = [
        Credit(
            lot.programme,
            lot.registry,
            lot.unit_type,
            lot.project_id or "",
            lot.project_name or "",
            lot.serial,
            lot.quantity,
            None,
            lot.kind == "removal",
            lot.status,
            lot.retirement_date,
            lot.beneficiary,
            lot.retirement_reference,
        )
        for lot in used
    ]
    return KetsSurrender(
        float(obligation),
        phase or 0,
        float(limit.total),
        float(sum(lot.quantity for lot in used)),
        float(sum(lot.quantity for lot in used if lot.origin == "foreign")),
        units,
    )


__all__ = ["claim_standard", "kets_section", "plan_section", "verification_section"]
