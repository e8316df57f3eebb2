"""Reduction-project records in the project file: the project, its evidence, parameters, readings,
terms and monitoring periods. Every write is one ``project.action``; bad input raises
``InputError`` naming the field and leaves the file unchanged."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from lca.reduction_project import COMPONENTS, PARAMETER_KINDS, Parameter, Reading, Term, earliest_start
from lca.units import UnitError, parse_unit
from workbench.project.errors import InputError, ProjectError, RowError

STANDARDS = ("KCS", "MYCARBON")
VALUE_CHAIN = ("outside", "scope1", "scope2", "scope3")
SCALES = ("general", "small", "bundle")
UNC_DISTS = ("none", "normal", "lognormal", "uniform", "triangular")
EVIDENCE_KINDS = ("applicability", "principle")
#: The evidence keys of the KCCI principles (offsets.lots.KCCI_PRINCIPLES): additionality has its
#: two tests, beyond law and beyond common practice (KCCI FAQ, principle 2 ① and ②).
KCCI_KEYS = {
    "practicality": ("practicality",),
    "additionality": ("additionality.law", "additionality.common_practice"),
    "sustainability": ("sustainability",),
    "verifiability": ("verifiability",),
}

_TEXT = (
    "code",
    "name",
    "name_local",
    "standard",
    "proponent",
    "proponent_local",
    "location",
    "location_local",
    "host_country",
    "sector",
    "sector_local",
    "description",
    "description_local",
    "methodology_id",
    "methodology_version",
    "methodology_title",
    "methodology_title_local",
    "gwp_set",
    "activity_type",
    "cancellation_ground",
    "verifier",
    "registry_project_id",
    "notes",
    "project_scale",
    "value_chain",
)
_DATES = (
    "start_date",
    "contract_date",
    "first_spend_date",
    "installation_date",
    "crediting_start",
    "crediting_end",
)
FIELDS = _TEXT + _DATES + ("source_id", "kets_entity")


@dataclass
class Evidence:
    kind: str
    key: str
    text: str
    evidence: str
    met: bool
    text_local: str | None = None


@dataclass
class MonitoringPeriod:
    id: int
    label: str
    start: dt.date
    end: dt.date


@dataclass
class ReductionProject:
    """One reduction project with everything recorded for it (read back from the file)."""

    id: int
    code: str
    name: str
    standard: str
    proponent: str
    methodology_id: str
    crediting_start: dt.date
    crediting_end: dt.date
    name_local: str | None = None
    proponent_local: str | None = None
    location: str = ""
    location_local: str | None = None
    host_country: str = "KR"
    sector: str = ""
    sector_local: str | None = None
    description: str = ""
    description_local: str | None = None
    methodology_version: str = ""
    methodology_title: str = ""
    methodology_title_local: str | None = None
    gwp_set: str = "AR6"
    start_date: dt.date | None = None
    contract_date: dt.date | None = None
    first_spend_date: dt.date | None = None
    installation_date: dt.date | None = None
    value_chain: str = "outside"
    source_id: int | None = None
    kets_entity: bool = False
    project_scale: str | None = None
    activity_type: str = ""
    cancellation_ground: str | None = None
    verifier: str = ""
    registry_project_id: str | None = None
    notes: str = ""
    evidence: list[Evidence] = field(default_factory=list)
    parameters: dict[str, Parameter] = field(default_factory=dict)
    readings: list[Reading] = field(default_factory=list)
    terms: list[Term] = field(default_factory=list)
    periods: list[MonitoringPeriod] = field(default_factory=list)

    @property
    def earliest_start(self) -> dt.date | None:
        return earliest_start(self.contract_date, self.first_spend_date, self.installation_date)

    @property
    def effective_start(self) -> dt.date | None:
        """The start date the rules read: the recorded one, else (MyCarbon) the earliest date."""
        return self.start_date or self.earliest_start

    def evidence_of(self, kind: str, key: str) -> Evidence | None:
        return next((e for e in self.evidence if e.kind == kind and e.key == key), None)

    def principles_shown(self) -> tuple[str, ...]:
        """The KCCI principles whose every test is met with evidence (what a credit lot attests)."""
        out = []
        for name, keys in KCCI_KEYS.items():
            found = [self.evidence_of("principle", k) for k in keys]
            if all(e is not None and e.met and e.evidence.strip() for e in found):
                out.append(name)
        return tuple(out)

    def period(self, ref) -> MonitoringPeriod:
        for p in self.periods:
            if ref in (p.id, p.label):
                return p
        known = ", ".join(p.label for p in self.periods) or "none recorded"
        raise ProjectError(f"reduction project {self.code}: no monitoring period {ref!r} (known: {known})")


def _bad(where: str, field_: str, reason: str) -> InputError:
    return InputError([RowError(where, None, field_, reason)], f"{where}: {reason}; nothing was saved")


def _date(value, where: str, field_: str) -> str | None:
    if value in (None, ""):
        return None
    if isinstance(value, dt.date):
        return value.isoformat()
    try:
        return dt.date.fromisoformat(str(value).strip()).isoformat()
    except ValueError:
        raise _bad(where, field_, f"'{value}' is not a date (use YYYY-MM-DD)") from None


def _to_date(text) -> dt.date | None:
    return dt.date.fromisoformat(text) if text else None


def _unit(value: str, where: str, field_: str) -> str:
    try:
        parse_unit(value)
    except UnitError as exc:
        raise _bad(where, field_, str(exc)) from None
    return value.strip()


def _clean_project(fields_: dict, where: str) -> dict:
    unknown = [k for k in fields_ if k not in FIELDS]
    if unknown:
        raise _bad(where, unknown[0], "not a reduction-project field")
    row = {}
    for k, v in fields_.items():
        if k in _DATES:
            row[k] = _date(v, where, k)
        elif k == "kets_entity":
            row[k] = 1 if v else 0
        elif k == "source_id":
            row[k] = None if v in (None, "") else int(v)
        else:
            row[k] = None if v is None else str(v).strip()
    checks = (
        ("standard", STANDARDS),
        ("value_chain", VALUE_CHAIN),
        ("project_scale", SCALES + (None,)),
    )
    for k, allowed in checks:
        if k in row and row[k] not in allowed and not (k == "project_scale" and row[k] == ""):
            raise _bad(where, k, f"'{row[k]}' is not one of {', '.join(a for a in allowed if a)}")
    if row.get("project_scale") == "":
        row["project_scale"] = None
    if row.get("standard"):
        row["standard"] = row["standard"].upper()
    return row


def create(project, dry_run: bool = False, **fields_) -> int | None:
    """Record a reduction project; returns its id. Required: code, name, standard (KCS or
    MYCARBON), proponent, methodology_id, crediting_start, crediting_end. ``dry_run``: check
    everything, write nothing (works on a file open read-only)."""
    where = f"reduction project {fields_.get('code') or '?'}"
    row = _clean_project(fields_, where)
    for k in ("code", "name", "standard", "proponent", "methodology_id", "crediting_start", "crediting_end"):
        if not row.get(k):
            raise _bad(where, k, "required value is empty")
    if row["crediting_end"] < row["crediting_start"]:
        raise _bad(where, "crediting_end", f"{row['crediting_end']} is before {row['crediting_start']}")
    if project.one("SELECT id FROM reduction_projects WHERE code = ?", (row["code"],)):
        raise _bad(where, "code", f"a reduction project '{row['code']}' exists already")
    if row.get("source_id") is not None and not project.one(
        "SELECT id FROM sources WHERE id = ?", (row["source_id"],)
    ):
        raise _bad(where, "source_id", f"no emission source with id {row['source_id']}")
    if dry_run:
        return None
    with project.action(f"Add reduction project {row['code']}") as tx:
        return tx.insert("reduction_projects", row)


def update(project, ref, **fields_) -> None:
    rp = _row(project, ref)
    where = f"reduction project {rp['code']}"
    row = _clean_project(fields_, where)
    merged = {**rp, **row}
    if merged["crediting_end"] < merged["crediting_start"]:
        raise _bad(where, "crediting_end", f"{merged['crediting_end']} is before {merged['crediting_start']}")
    with project.action(f"Edit reduction project {rp['code']}") as tx:
        tx.update("reduction_projects", rp["id"], row)


def _row(project, ref) -> dict:
    if isinstance(ref, int):
        r = project.one("SELECT * FROM reduction_projects WHERE id = ?", (ref,))
    else:
        r = project.one("SELECT * FROM reduction_projects WHERE code = ?", (str(ref),))
    if r is None:
        codes = [x["code"] for x in project.rows("SELECT code FROM reduction_projects ORDER BY id")]
        raise ProjectError(
            f"no reduction project {ref!r} in {project.path} (known: {', '.join(codes) or 'none'})",
            project.path,
        )
    return r


def set_evidence(project, ref, kind, key, text="", evidence="", met=False, text_local=None) -> None:
    """Record (or replace) an applicability condition or a principle with its evidence and finding."""
    rp = _row(project, ref)
    where = f"reduction project {rp['code']}, {kind} '{key}'"
    if kind not in EVIDENCE_KINDS:
        raise _bad(where, "kind", f"'{kind}' is not one of {', '.join(EVIDENCE_KINDS)}")
    if not str(key).strip():
        raise _bad(where, "key", "required value is empty")
    row = {"text": text, "text_local": text_local, "evidence": evidence, "met": 1 if met else 0}
    old = project.one(
        "SELECT id FROM reduction_evidence WHERE project_id = ? AND kind = ? AND key = ?",
        (rp["id"], kind, key),
    )
    with project.action(f"Reduction project {rp['code']}: {kind} {key}") as tx:
        if old:
            tx.update("reduction_evidence", old["id"], row)
        else:
            tx.insert("reduction_evidence", {"project_id": rp["id"], "kind": kind, "key": key, **row})


def attach_evidence(project, ref, kind, key, path) -> int:
    """Store an evidence file (validation report, meter photo, contract...) inside the project
    file, linked to the condition or principle ``kind``/``key``; returns the attachment id. The
    row's evidence text names the file when it was empty."""
    rp = _row(project, ref)
    ev = project.one(
        "SELECT * FROM reduction_evidence WHERE project_id = ? AND kind = ? AND key = ?",
        (rp["id"], kind, key),
    )
    if ev is None:
        raise _bad(f"reduction project {rp['code']}", "key", f"no {kind} '{key}' recorded")
    with project.action(f"Reduction project {rp['code']}: evidence for {kind} {key}") as tx:
        att = project.attach(path, link=("reduction_evidence", ev["id"]))
        name = project.one("SELECT filename FROM attachments WHERE id = ?", (att,))["filename"]
        tx.update("reduction_evidence", ev["id"], {"attachment_id": att, "evidence": ev["evidence"] or name})
    return att


def add_parameter(project, ref, code, name, unit, kind="ex_ante", value=None, **meta) -> int:
    """A methodology parameter: ``kind`` ex_ante (fixed ``value``) or monitored (``value`` = the
    ex-ante estimate per year; meter, frequency, calibration and qaqc describe the monitoring)."""
    rp = _row(project, ref)
    where = f"reduction project {rp['code']}, parameter '{code}'"
    if not str(code).strip():
        raise _bad(where, "code", "required value is empty")
    if kind not in PARAMETER_KINDS:
        raise _bad(where, "kind", f"'{kind}' is not one of {', '.join(PARAMETER_KINDS)}")
    if kind == "ex_ante" and value is None:
        raise _bad(where, "value", "an ex-ante parameter needs its value")
    allowed = {"name_local", "source", "unc_dist", "unc_pct", "meter", "frequency", "calibration", "qaqc"}
    bad = [k for k in meta if k not in allowed]
    if bad:
        raise _bad(where, bad[0], "not a parameter field")
    if meta.get("unc_dist", "none") not in UNC_DISTS:
        raise _bad(where, "unc_dist", f"'{meta['unc_dist']}' is not one of {', '.join(UNC_DISTS)}")
    if kind == "monitored" and not str(meta.get("meter", "")).strip():
        raise _bad(where, "meter", "a monitored parameter names its meter or measuring method")
    if project.one("SELECT id FROM reduction_parameters WHERE project_id = ? AND code = ?", (rp["id"], code)):
        raise _bad(where, "code", "exists already")
    row = {
        "project_id": rp["id"],
        "code": str(code).strip(),
        "name": name,
        "unit": _unit(unit, where, "unit"),
        "kind": kind,
        "value": None if value is None else float(value),
        **meta,
    }
    with project.action(f"Reduction project {rp['code']}: parameter {code}") as tx:
        return tx.insert("reduction_parameters", row)


def add_readings(project, ref, code, readings, dry_run: bool = False) -> int:
    """Monitored readings of parameter ``code``: an iterable of (start, end, value, unit[, evidence]).
    All are checked before anything is written; returns how many were added (``dry_run``: how
    many would be, nothing is written: works on a file open read-only)."""
    rp = _row(project, ref)
    par = project.one(
        "SELECT * FROM reduction_parameters WHERE project_id = ? AND code = ?", (rp["id"], code)
    )
    where = f"reduction project {rp['code']}, parameter '{code}'"
    if par is None:
        raise _bad(where, "code", "no such parameter")
    if par["kind"] != "monitored":
        raise _bad(where, "kind", "readings are for monitored parameters; this one is fixed ex ante")
    rows, errs = [], []
    for i, r in enumerate(readings, start=1):
        start, end, value, unit, *rest = r
        w = f"{where}, reading {i}"
        try:
            s, e = _date(start, w, "start"), _date(end, w, "end")
            if s is None or e is None or e < s:
                raise _bad(w, "end", f"period {start}..{end} is not a period")
            try:
                from lca.units import conversion_factor

                conversion_factor(unit, par["unit"])
            except UnitError as exc:
                raise _bad(w, "unit", str(exc)) from None
            v = float(value)
            if v < 0 or v != v:
                raise _bad(w, "value", f"{value!r} must be a number >= 0")
        except (TypeError, ValueError):
            errs.append(RowError(w, None, "value", f"{value!r} is not a number"))
            continue
        except InputError as exc:
            errs += exc.errors
            continue
        rows.append((par["id"], s, e, v, unit, rest[0] if rest else ""))
    if errs:
        raise InputError(errs, f"{where}: {len(errs)} bad reading(s); nothing was saved")
    if dry_run:
        return len(rows)
    cols = ["parameter_id", "start", "end", "value", "unit", "evidence"]
    with project.action(f"Reduction project {rp['code']}: {len(rows)} reading(s) of {code}") as tx:
        tx.insert_many("reduction_readings", cols, rows, summary={"parameter": code})
    return len(rows)


def add_term(project, ref, component, label, multiply, divide=(), factor_id=None, label_local=None) -> int:
    rp = _row(project, ref)
    where = f"reduction project {rp['code']}, term '{label}'"
    if component not in COMPONENTS:
        raise _bad(where, "component", f"'{component}' is not one of {', '.join(COMPONENTS)}")
    codes = {
        r["code"]
        for r in project.rows("SELECT code FROM reduction_parameters WHERE project_id = ?", (rp["id"],))
    }
    for c in (*multiply, *divide):
        if c not in codes:
            raise _bad(where, "multiply" if c in multiply else "divide", f"no parameter '{c}'")
    if factor_id:
        from lca.factors import FactorError, get_factor

        try:
            get_factor(factor_id)
        except (FactorError, KeyError) as exc:
            raise _bad(where, "factor_id", str(exc).strip("'\"")) from None
    row = {
        "project_id": rp["id"],
        "component": component,
        "label": label,
        "label_local": label_local,
        "multiply": ";".join(multiply),
        "divide": ";".join(divide),
        "factor_id": factor_id or None,
    }
    with project.action(f"Reduction project {rp['code']}: term {label}") as tx:
        return tx.insert("reduction_terms", row)


def add_period(project, ref, label, start, end) -> int:
    rp = _row(project, ref)
    where = f"reduction project {rp['code']}, monitoring period '{label}'"
    s, e = _date(start, where, "start"), _date(end, where, "end")
    if s is None or e is None or e < s:
        raise _bad(where, "end", f"{start}..{end} is not a period")
    if s < rp["crediting_start"] or e > rp["crediting_end"]:
        raise _bad(
            where, "start", f"outside the crediting period {rp['crediting_start']}..{rp['crediting_end']}"
        )
    if project.one("SELECT id FROM reduction_periods WHERE project_id = ? AND label = ?", (rp["id"], label)):
        raise _bad(where, "label", "exists already")
    with project.action(f"Reduction project {rp['code']}: monitoring period {label}") as tx:
        return tx.insert("reduction_periods", {"project_id": rp["id"], "label": label, "start": s, "end": e})


def list_projects(project) -> list[dict]:
    return project.rows("SELECT id, code, name, name_local, standard FROM reduction_projects ORDER BY id")


def get(project, ref) -> ReductionProject:
    """The reduction project ``ref`` (id or code) with its evidence, parameters, readings, terms
    and monitoring periods."""
    r = _row(project, ref)
    pid = r["id"]
    rp = ReductionProject(
        **{
            k: (_to_date(r[k]) if k in _DATES else r[k]) for k in ("id", *FIELDS) if k not in ("kets_entity",)
        },
        kets_entity=bool(r["kets_entity"]),
    )
    rp.evidence = [
        Evidence(e["kind"], e["key"], e["text"], e["evidence"], bool(e["met"]), e["text_local"])
        for e in project.rows("SELECT * FROM reduction_evidence WHERE project_id = ? ORDER BY id", (pid,))
    ]
    params = project.rows("SELECT * FROM reduction_parameters WHERE project_id = ? ORDER BY id", (pid,))
    rp.parameters = {
        p["code"]: Parameter(
            p["code"],
            p["name"],
            p["unit"],
            p["kind"],
            p["value"],
            p["source"],
            p["unc_dist"],
            p["unc_pct"],
            p["meter"],
            p["frequency"],
            p["calibration"],
            p["qaqc"],
        )
        for p in params
    }
    rp.readings = [
        Reading(x["code"], _to_date(x["start"]), _to_date(x["end"]), x["value"], x["unit"])
        for x in project.rows(
            "SELECT p.code, r.start, r.end, r.value, r.unit FROM reduction_readings r "
            "JOIN reduction_parameters p ON p.id = r.parameter_id WHERE p.project_id = ? ORDER BY r.id",
            (pid,),
        )
    ]
    rp.terms = [
        Term(
            t["component"],
            t["label"],
            tuple(x for x in t["multiply"].split(";") if x),
            tuple(x for x in t["divide"].split(";") if x),
            t["factor_id"],
        )
        for t in project.rows("SELECT * FROM reduction_terms WHERE project_id = ? ORDER BY id", (pid,))
    ]
    rp.periods = [
        MonitoringPeriod(x["id"], x["label"], _to_date(x["start"]), _to_date(x["end"]))
        for x in project.rows("SELECT * FROM reduction_periods WHERE project_id = ? ORDER BY start", (pid,))
    ]
    return rp
