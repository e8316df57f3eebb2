"""The reduction-project documents' model (:class:`forms.reduction_doc.ReductionDocument`), taken
from the project file as it is now: the snapshot hash is taken first and printed on every page.
The findings are filled in by the caller from the claim-rule registry
(``documents.build_pdd`` / ``documents.build_monitoring_report``)."""

from __future__ import annotations

import datetime as dt

from forms import reduction_doc as rd
from forms.model import Organisation
from workbench.project.errors import ProjectError
from workbench.services.reduction import calc, process
from workbench.services.reduction.issuance import issuances
from workbench.services.reduction.store import get

MC_ITERATIONS, MC_SEED = 2000, 1


def _figures(res, mc: dict | None) -> rd.Figures:
    return rd.Figures(
        res.baseline_t,
        res.project_t,
        res.leakage_t,
        res.reduction_t,
        None if mc is None else mc["p2_5"],
        None if mc is None else mc["p97_5"],
        0 if mc is None else mc["iterations"],
        0 if mc is None else mc["seed"],
    )


def document(project, ref, period=None, today: dt.date | None = None) -> rd.ReductionDocument:
    """The model of the PDD (``period`` None) or of the monitoring report of ``period``."""
    snapshot_hash = project.snapshot_hash()
    rp = get(project, ref)
    org = project.one("SELECT * FROM organisation ORDER BY id LIMIT 1") or {"name": ""}
    source = project.one("SELECT name FROM sources WHERE id = ?", (rp.source_id,)) if rp.source_id else None
    locals_ = {
        r["code"]: r["name_local"]
        for r in project.rows(
            "SELECT code, name_local FROM reduction_parameters WHERE project_id = ?", (rp.id,)
        )
    }
    term_locals = [
        r["label_local"]
        for r in project.rows(
            "SELECT label_local FROM reduction_terms WHERE project_id = ? ORDER BY id", (rp.id,)
        )
    ]
    doc = rd.ReductionDocument(
        organisation=Organisation(
            org["name"], org.get("name_local"), org.get("address"), org.get("address_local")
        ),
        file_id=project.file_id or "",
        snapshot_hash=snapshot_hash,
        issued_on=today or dt.date.today(),
        code=rp.code,
        name=rp.name,
        name_local=rp.name_local,
        standard=rp.standard,
        proponent=rp.proponent,
        proponent_local=rp.proponent_local,
        location=rp.location,
        location_local=rp.location_local,
        host_country=rp.host_country,
        sector=rp.sector,
        sector_local=rp.sector_local,
        description=rp.description,
        description_local=rp.description_local,
        methodology_id=rp.methodology_id,
        methodology_version=rp.methodology_version,
        methodology_title=rp.methodology_title,
        methodology_title_local=rp.methodology_title_local,
        gwp_set=rp.gwp_set,
        start_date=rp.effective_start,
        contract_date=rp.contract_date,
        first_spend_date=rp.first_spend_date,
        installation_date=rp.installation_date,
        crediting_start=rp.crediting_start,
        crediting_end=rp.crediting_end,
        value_chain=rp.value_chain,
        source_name=source["name"] if source else None,
        kets_entity=rp.kets_entity,
        project_scale=rp.project_scale,
        verifier=rp.verifier,
    )
    doc.evidence = [
        rd.EvidenceRow(e.kind, e.key, e.text, e.text_local, e.evidence, e.met) for e in rp.evidence
    ]
    doc.parameters = [
        rd.ParameterRow(
            p.code,
            p.name,
            p.unit,
            p.kind,
            p.value,
            p.source,
            p.unc_dist,
            p.unc_pct or 0.0,
            p.meter,
            p.frequency,
            p.calibration,
            p.qaqc,
            locals_.get(p.code),
        )
        for p in rp.parameters.values()
    ]
    try:
        res = calc.ex_ante(project, rp)
        mc = calc.uncertainty(project, rp, None, MC_ITERATIONS, MC_SEED)
        doc.ex_ante = _figures(res, mc)
        doc.terms = [
            rd.TermRow(t.component, t.label, t.formula, t.t, loc)
            for t, loc in zip(res.terms, term_locals, strict=True)
        ]
    except ProjectError as exc:
        doc.unavailable["ex_ante"] = str(exc)
        doc.terms = [
            rd.TermRow(t.component, t.label, " x ".join(t.multiply), None, loc)
            for t, loc in zip(rp.terms, term_locals, strict=True)
        ]
    doc.steps = [
        rd.StepRow(
            s.step.no,
            s.step.key,
            s.period,
            s.state,
            s.submitted,
            s.completed,
            s.due,
            s.extended,
            s.overdue,
            s.documents,
        )
        for s in process.tracker(project, rp, today)
    ]
    if period is not None:
        mp = rp.period(period)
        doc.period_label, doc.period_start, doc.period_end = mp.label, mp.start, mp.end
        doc.readings = [
            rd.ReadingRow(r.code, r.start, r.end, r.value, r.unit)
            for r in rp.readings
            if r.start >= mp.start and r.end <= mp.end
        ]
        try:
            pr = calc.monitored(project, rp, mp.id)
            mc = calc.uncertainty(project, rp, mp.id, MC_ITERATIONS, MC_SEED)
            doc.monitored = _figures(pr.result, mc)
            doc.period_ex_ante_t = pr.ex_ante_t
            doc.period_terms = [
                rd.TermRow(t.component, t.label, t.formula, t.t, loc)
                for t, loc in zip(pr.result.terms, term_locals, strict=True)
            ]
        except ProjectError as exc:
            doc.unavailable["monitored"] = str(exc)
        doc.reading_evidence = [
            r["evidence"]
            for r in project.rows(
                "SELECT DISTINCT r.evidence FROM reduction_readings r JOIN reduction_parameters p "
                "ON p.id = r.parameter_id WHERE p.project_id = ? AND r.start >= ? AND r.end <= ? "
                "AND r.evidence != '' ORDER BY r.evidence",
                (rp.id, mp.start.isoformat(), mp.end.isoformat()),
            )
        ]
        doc.issuances = [
            rd.IssuanceRow(i.period, i.serial, i.quantity, i.issued_on, i.status, i.committee_decision)
            for i in issuances(project, rp)
            if i.period == mp.label
        ]
    return doc
