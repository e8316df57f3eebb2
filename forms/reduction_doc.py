"""The reduction-project documents' model and shared blocks (project design document, monitoring
report): plain dataclasses filled by ``workbench.services.reduction`` from one snapshot of the
project file; the documents reuse forms.base (page template with the file id and snapshot hash on
every page, tables, the PDF stamp) and forms.qr."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

from forms import findings_ko, pdfmeta
from forms.base import body_width, data_table, heading, kv_table, para
from forms.i18n import fmt_date, fmt_t, has, local, tr
from forms.model import Organisation
from offsets.findings import Finding


@dataclass(frozen=True)
class EvidenceRow:
    kind: str  # applicability | principle
    key: str
    text: str
    text_local: str | None
    evidence: str
    met: bool


@dataclass(frozen=True)
class ParameterRow:
    code: str
    name: str
    unit: str
    kind: str
    value: float | None
    source: str
    unc_dist: str
    unc_pct: float
    meter: str = ""
    frequency: str = ""
    calibration: str = ""
    qaqc: str = ""
    name_local: str | None = None


@dataclass(frozen=True)
class TermRow:
    component: str
    label: str
    formula: str
    t: float | None = None
    label_local: str | None = None


@dataclass(frozen=True)
class Figures:
    baseline_t: float
    project_t: float
    leakage_t: float
    reduction_t: float
    p2_5: float | None = None
    p97_5: float | None = None
    iterations: int = 0
    seed: int = 0


@dataclass(frozen=True)
class ReadingRow:
    code: str
    start: dt.date
    end: dt.date
    value: float
    unit: str


@dataclass(frozen=True)
class StepRow:
    no: int
    key: str
    period: str | None
    state: str
    submitted: dt.date | None
    completed: dt.date | None
    due: dt.date | None
    extended: bool
    overdue: bool
    documents: str


@dataclass(frozen=True)
class IssuanceRow:
    period: str
    serial: str
    quantity: int
    issued_on: dt.date
    status: str
    committee: str | None


@dataclass
class ReductionDocument:
    """Everything the PDD and the monitoring report print, taken from one snapshot."""

    organisation: Organisation  # the file's organisation (document author)
    file_id: str
    snapshot_hash: str
    issued_on: dt.date
    code: str
    name: str
    name_local: str | None
    standard: str
    proponent: str
    proponent_local: str | None
    location: str
    location_local: str | None
    host_country: str
    sector: str
    sector_local: str | None
    description: str
    description_local: str | None
    methodology_id: str
    methodology_version: str
    methodology_title: str
    methodology_title_local: str | None
    gwp_set: str
    start_date: dt.date | None
    contract_date: dt.date | None
    first_spend_date: dt.date | None
    installation_date: dt.date | None
    crediting_start: dt.date
    crediting_end: dt.date
    value_chain: str
    source_name: str | None
    kets_entity: bool
    project_scale: str | None
    verifier: str
    evidence: list[EvidenceRow] = field(default_factory=list)
    parameters: list[ParameterRow] = field(default_factory=list)
    terms: list[TermRow] = field(default_factory=list)
    ex_ante: Figures | None = None
    steps: list[StepRow] = field(default_factory=list)
    findings: list[Finding] = field(default_factory=list)
    # monitoring report only
    period_label: str | None = None
    period_start: dt.date | None = None
    period_end: dt.date | None = None
    readings: list[ReadingRow] = field(default_factory=list)
    period_terms: list[TermRow] = field(default_factory=list)
    monitored: Figures | None = None
    period_ex_ante_t: float | None = None
    issuances: list[IssuanceRow] = field(default_factory=list)
    reading_evidence: list[str] = field(default_factory=list)  # files behind the period's readings
    unavailable: dict[str, str] = field(default_factory=dict)

    def document_no(self, kind: str) -> str:
        fid = (self.file_id or "nofile").split("-")[0][:8].upper()
        tail = f"-{self.period_label}" if kind == "mr" and self.period_label else ""
        return f"CNW-{fid}-{kind.upper()}-{self.code}{tail}-{(self.snapshot_hash or '0' * 8)[:8].upper()}"


def std_label(doc: ReductionDocument, lang: str) -> str:
    return tr(f"rp.std.{doc.standard}", lang)


def front(doc: ReductionDocument, lang: str, kind: str) -> list:
    w = body_width()
    rows = [
        (tr("rp.project", lang), f"{doc.code} {local(doc.name, doc.name_local, lang)}"),
        (tr("rp.proponent", lang), local(doc.proponent, doc.proponent_local, lang)),
        (tr("f.standard", lang), std_label(doc, lang)),
        (tr("rp.methodology", lang), f"{doc.methodology_id} {doc.methodology_version}".strip()),
    ]
    if kind == "mr" and doc.period_label:
        rows.append(
            (
                tr("rp.monitoring_period", lang),
                f"{doc.period_label}: {fmt_date(doc.period_start, lang)} – {fmt_date(doc.period_end, lang)}",
            )
        )
    rows += [
        (tr("f.document_no", lang), doc.document_no(kind)),
        (tr("f.issued", lang), fmt_date(doc.issued_on, lang)),
    ]
    return [heading(tr(f"{kind}.title", lang), 0), kv_table(rows, w)]


def unit_text(unit: str) -> str:
    """A unit as printed: a dimensionless parameter (an efficiency, a fraction) prints none."""
    return "" if unit.strip() in ("dimensionless", "1", "") else unit


def frequency(text: str, lang: str) -> str:
    """A monitoring frequency: the usual words in the document's language, anything else as entered."""
    key = f"rp.freq.{text.strip().lower()}"
    return tr(key, lang) if has(key) else text


def yes_no(value: bool, lang: str) -> str:
    return tr("rp.yes" if value else "rp.no", lang)


def figures_table(fig: Figures, lang: str, unit_key: str = "f.tco2e") -> object:
    w = body_width()
    rows = [
        [tr("rp.baseline_t", lang), fmt_t(fig.baseline_t, lang)],
        [tr("rp.project_t", lang), fmt_t(fig.project_t, lang)],
        [tr("rp.leakage_t", lang), fmt_t(fig.leakage_t, lang)],
        [tr("rp.reduction_t", lang), fmt_t(fig.reduction_t, lang)],
    ]
    if fig.p2_5 is not None:
        rows.append(
            [
                tr("rp.range", lang, n=fig.iterations, seed=fig.seed),
                f"{fmt_t(fig.p2_5, lang)} – {fmt_t(fig.p97_5, lang)}",
            ]
        )
    return data_table([tr("rp.term", lang), tr(unit_key, lang)], rows, [w * 0.6, w * 0.4], numeric=(1,))


def terms_table(terms: list[TermRow], lang: str, with_t: bool) -> object:
    w = body_width()
    header = [tr("rp.component", lang), tr("rp.term", lang), tr("rp.formula", lang)]
    widths = [w * 0.2, w * 0.34, w * 0.46]
    if with_t:
        header.append(tr("f.tco2e", lang))
        widths = [w * 0.17, w * 0.28, w * 0.37, w * 0.18]
    rows = []
    for t in terms:
        r = [tr(f"rp.c.{t.component}", lang), local(t.label, t.label_local, lang), t.formula]
        if with_t:
            r.append(fmt_t(t.t, lang))
        rows.append(r)
    return data_table(header, rows, widths, numeric=(3,) if with_t else ())


def findings_block(doc: ReductionDocument, lang: str) -> list:
    w = body_width()
    if not doc.findings:
        return [para(tr("rp.no_findings", lang))]
    rows = [
        [f.rule_id, tr(f"sev.{f.severity}", lang), findings_ko.message(f, lang), findings_ko.clause(f, lang)]
        for f in doc.findings
    ]
    return [
        data_table(
            [tr("rp.rule", lang), tr("rp.severity", lang), tr("rp.message", lang), tr("rp.clause", lang)],
            rows,
            [w * 0.2, w * 0.1, w * 0.4, w * 0.3],
        )
    ]


def state_word(state: str, lang: str) -> str:
    return tr(f"rp.st.{state}", lang) if has(f"rp.st.{state}") else state


def steps_block(doc: ReductionDocument, lang: str, period: str | None = None) -> list:
    w = body_width()
    steps = [s for s in doc.steps if period is None or s.period in (None, period)]
    rows = []
    for s in steps:
        due = fmt_date(s.due, lang) if s.due else ""
        if s.extended:
            due += f" ({tr('rp.extended', lang)})"
        if s.overdue:
            due += f" {tr('rp.overdue', lang)}"
        rows.append(
            [
                str(s.no),
                tr(f"rp.step.{doc.standard}.{s.key}", lang),
                s.period or "",
                state_word(s.state, lang),
                fmt_date(s.submitted, lang) if s.submitted else "",
                due.strip(),
                s.documents,
            ]
        )
    return [
        data_table(
            [
                "#",
                tr("rp.step", lang),
                tr("rp.monitoring_period", lang),
                tr("rp.state", lang),
                tr("rp.submitted", lang),
                tr("rp.due", lang),
                tr("rp.documents", lang),
            ],
            rows,
            [w * 0.04, w * 0.25, w * 0.13, w * 0.1, w * 0.13, w * 0.16, w * 0.19],
        )
    ]


def evidence_block(doc: ReductionDocument, lang: str, extra: list[str] | None = None) -> list:
    items = [e.evidence for e in doc.evidence if e.evidence] + list(extra or [])
    seen, out = set(), []
    for text in items:
        if text not in seen:
            seen.add(text)
            out.append(para(f"• {text}"))
    return out or [para(tr("rp.none", lang))]


def qr_block(doc: ReductionDocument, lang: str, kind: str, reduction_t: float | None) -> list:
    from forms import qr

    payload = tr(
        "rp.qr.text",
        lang,
        doc=tr(f"{kind}.title", lang),
        code=doc.code,
        name=local(doc.name, doc.name_local, lang),
        std=doc.standard,
        t=fmt_t(reduction_t, lang),
        no=doc.document_no(kind),
        fid=doc.file_id or "-",
        hash=doc.snapshot_hash or "-",
    )
    return [
        heading(tr("rp.s.verify", lang), 1),
        kv_table(
            [(tr("f.file_id", lang), doc.file_id or "-"), (tr("f.snapshot", lang), doc.snapshot_hash or "-")],
            body_width(),
        ),
        qr.flowable(payload, body_width() * 0.22, tr("rp.qr", lang)),
    ]


def figures_stamp(doc: ReductionDocument, lang: str, reduction_t: float | None) -> dict:
    return {
        "project": {"value": doc.code, "printed": doc.code},
        "standard": {"value": doc.standard, "printed": std_label(doc, lang)},
        "reduction_t": {
            "value": None if reduction_t is None else round(reduction_t, 6),
            "printed": fmt_t(reduction_t, lang),
        },
        "period": {"value": doc.period_label, "printed": doc.period_label or ""},
    }


def write(pdf_bytes: bytes, doc: ReductionDocument, kind: str, lang: str, out_path, reduction_t) -> Path:
    """Stamp the workbench metadata (snapshot hash, file id, figures) and write atomically."""
    stamp = pdfmeta.Stamp(kind, lang, doc.snapshot_hash, doc.file_id, figures_stamp(doc, lang, reduction_t))
    data = pdfmeta.apply(pdf_bytes, stamp, title=tr(f"{'pdd' if kind == 'pdd' else 'mr'}.title", lang))
    out = Path(out_path)
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.with_name(out.name + ".part")
    try:
        tmp.write_bytes(data)
        tmp.replace(out)
    except OSError:
        tmp.unlink(missing_ok=True)
        raise
    return out
