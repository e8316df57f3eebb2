"""Journey step 3: the organisation's footprint, from the project file through Brightway.

Public API (UI, documents, demo, CLI)::

    r = calculate(project)                 # FootprintResult, stored in cache_footprint with its inputs hash
    r = latest(project)                    # the stored result or None; r.stale is True when inputs changed
                                           # (one read of the inputs' data version; see INPUT_TABLES)
    findings = check_boundary(project)     # list of lca.materiality.BoundaryFinding

Monte Carlo (``monte_carlo``, ``latest_monte_carlo``) is in :mod:`.uncertainty`.

Factor assignment, user factors and overrides: :mod:`.footprint_factors`; instruments and
intensity denominators: :mod:`.footprint_instruments`; base year and year-on-year:
:mod:`.footprint_compare`.

Settings read: ``gwp_set`` (AR6), ``scope2_basis`` (market: which scope 2 figure the total uses;
both are always reported) [unconfirmed default], ``standard`` and the ``boundary_*`` thresholds.
"""

from __future__ import annotations

import hashlib
import json
from datetime import UTC, datetime

from lca.gwp import DEFAULT_GWP_SET, GWP_SETS  # noqa: F401  (re-exported for the UI)
from workbench.project import versions
from workbench.project.errors import ProjectError
from workbench.services import entities
from workbench.services.footprint.contractual import instruments as _instruments
from workbench.services.footprint.contractual import intensity_inputs
from workbench.services.footprint.factors import assign_factor, copy_missing  # noqa: F401  (re-exported API)
from workbench.services.footprint.ledger import has_ledger_index, load_ledger, period_row
from workbench.services.footprint.shares import apply_plan, entity_table, scale_instruments, store_shares

DEFAULT_SCOPE2_BASIS = "market"

#: Every table a footprint reads (ledger, boundary, periods, settings, factor copies and overrides,
#: instruments and their evidence links, intensity denominators and the organisation's revenue and
#: employees). A stored result records their data version; a write to any of them since makes the
#: result a candidate for staleness. ``cache_footprint`` is not an input: storing a result bumps it.
INPUT_TABLES = (
    "activities",
    "sources",
    "sites",
    "periods",
    "settings",
    "organisation",
    "factor_copies",
    "factor_overrides",
    "factor_uncertainty",
    "contract_instruments",
    "evidence_links",
    "intensity_denominators",
    "entities",
    "subject",
)


def _settings(project, gwp_override=None) -> tuple[str, str]:
    from lca.gwp import GWPError, check_set

    try:
        gwp_set = check_set(gwp_override or project.setting("gwp_set", "AR6"))
    except GWPError as exc:
        raise ProjectError(f"{project.path}: setting 'gwp_set': {exc}") from None
    basis = project.setting("scope2_basis", DEFAULT_SCOPE2_BASIS)
    if basis not in ("market", "location"):
        raise ProjectError(
            f"{project.path}: setting 'scope2_basis' must be 'market' or 'location', got {basis!r}"
        )
    return gwp_set, basis


def _prepare(project, period_id, gwp_override=None, rows: bool = False, ledger_hash: str | None = None):
    """Everything a calculation depends on, and the SHA-256 of it.

    ``ledger_hash``: the hash of the period's activity rows as stored with a result, when the
    ledger is known to be unchanged since; the rows are then not read (the ledger is empty)."""
    from lca.result import Instrument
    from lca.units import UnitError, conversion_factor

    period = period_row(project, period_id)
    gwp_set, basis = _settings(project, gwp_override)
    # grouped sums when the file has the covering index (deterministic footprint); rows for Monte Carlo
    ledger, ctx = load_ledger(
        project,
        period["id"],
        grouped=not rows and has_ledger_index(project),
        activities=ledger_hash is None,
    )
    if ledger_hash is not None:
        ctx["ledger_hash"] = ledger_hash
    # the consolidation approach: rows at their entity's share (nothing changes with one 100 % entity)
    shares_plan = entities.plan(project)
    gross_ledger = entity_of_row = None
    if not shares_plan.trivial:
        ledger, gross_ledger, entity_of_row = apply_plan(ledger, shares_plan)
    else:
        shares_plan = None
    code_to_src = {s.code: s for s in ledger.sources}
    instruments, warnings, ins_rows = [], [], []
    for r in _instruments(project, period["id"]):
        label = f"{r['kind']} {r['certificate_ref'] or r['id']}"
        if not r["evidence"]:
            warnings.append(f"instrument {label}: its evidence was removed; not counted")
            continue
        src = code_to_src.get(r["source_code"])
        if src is None:
            warnings.append(f"instrument {label}: source '{r['source_code']}' is excluded; not counted")
            continue
        if src.factor < 0:
            warnings.append(f"instrument {label}: source '{src.code}' has no factor; not counted")
            continue
        target = ledger.factors[src.factor].unit
        try:
            c = conversion_factor(r["unit"], target)
        except UnitError as exc:
            warnings.append(f"instrument {label}: {exc}; not counted")
            continue
        instruments.append(
            Instrument(src.code, r["quantity"] * c, r["kg_co2e_per_unit"] / c, r["kind"], label)
        )
        ins_rows.append(
            {
                k: r[k]
                for k in (
                    "id",
                    "source_code",
                    "kind",
                    "quantity",
                    "unit",
                    "kg_co2e_per_unit",
                    "certificate_ref",
                    "evidence",
                )
            }
        )
    intensity = intensity_inputs(project, period["id"])
    if shares_plan is not None:
        instruments = scale_instruments(instruments, ledger.sources, shares_plan)
    h = hashlib.sha256()
    h.update(ctx["ledger_hash"].encode())
    if shares_plan is not None:
        h.update(json.dumps(shares_plan.key(), sort_keys=True, default=str).encode())
    h.update(
        json.dumps(
            {
                "gwp_set": gwp_set,
                "basis": basis,
                "period": period,
                "sources": ctx["sources"],
                "factors": [_factor_key(f) for f in ledger.factors],
                "factor_of_source": {str(k): v.id for k, v in ctx["factors_by_source"].items()},
                "instruments": ins_rows,
                "intensity": intensity,
            },
            sort_keys=True,
            default=str,
        ).encode()
    )
    return {
        "period": period,
        "gwp_set": gwp_set,
        "basis": basis,
        "ledger": ledger,
        "ctx": ctx,
        "instruments": instruments,
        "warnings": warnings,
        "intensity": intensity,
        "hash": h.hexdigest(),
        "shares_plan": shares_plan,
        "gross_ledger": gross_ledger,
        "entity_of_row": entity_of_row,
    }


def _factor_key(f) -> list:
    return [
        f.id,
        f.unit,
        sorted(f.gases.items()),
        f.source,
        f.year,
        f.region,
        f.unc_dist,
        f.unc_pct,
        f.origin,
    ]


def inputs_hash(project, period_id=None) -> str:
    """SHA-256 of everything the footprint of the period depends on."""
    return _prepare(project, period_id)["hash"]


def calculate(
    project,
    period_id=None,
    progress=None,
    cancel=None,
    allow_missing: bool = False,
    store: bool = True,
    gwp_set: str | None = None,
):
    """Compute the footprint of a period (default: the current one) and store it in the file.

    Raises ProjectError naming every included source that has activity data but no factor
    (unless ``allow_missing``: then they are listed in ``result.missing_factors``).
    In read-only or verifier mode the result is returned but not stored. ``gwp_set`` computes
    with another GWP set than the project's setting (a what-if: the result is then not stored).
    """
    from lca import bw_setup
    from lca.footprint import FootprintError, compute

    def step(frac, msg):
        if progress:
            progress(frac, msg)
        if cancel is not None and cancel():
            raise ProjectError("footprint calculation cancelled; nothing was stored")

    step(0.0, "Setting up Brightway")
    bw_setup.ensure_setup()
    step(0.1, "Reading the activity ledger")
    # the inputs' version is read before the inputs: a write during the calculation leaves the
    # stored result marked as older than the data (stale), never the other way round
    version = project.data_version(INPUT_TABLES)
    prep = _prepare(project, period_id, gwp_set)
    if gwp_set and prep["gwp_set"] != _settings(project)[0]:
        store = False
    step(0.4, "Calculating")
    try:
        r = compute(
            prep["ledger"],
            prep["gwp_set"],
            prep["instruments"],
            prep["basis"],
            prep["intensity"],
            allow_missing=allow_missing,
            progress=(lambda f, m: step(0.4 + 0.5 * f, m)),
            cancel=cancel,
        )
    except FootprintError as exc:
        raise ProjectError(f"{project.path}: {exc}") from None
    r.period_id = prep["period"]["id"]
    r.period_label = prep["period"]["label"]
    r.inputs_hash = prep["hash"]
    r.computed_at = datetime.now(UTC).isoformat(timespec="seconds")
    r.excluded_sources = prep["ctx"]["excluded"]
    r.warnings = prep["warnings"] + r.warnings
    shares = None
    if prep["shares_plan"] is not None:
        step(0.9, "Shares per entity")
        shares = entity_table(
            prep["gross_ledger"], prep["entity_of_row"], prep["shares_plan"], r, r.gwp_set, r.scope2_basis
        )
    if store and project.mode == "edit":
        version = _copy_factors(project, prep["ledger"].factors, version)
        _store(
            project,
            "footprint",
            r.period_id,
            r.gwp_set,
            {},
            r.inputs_hash,
            r.to_json(),
            f"{r.total:.6g} tCO2e ({r.gwp_set})",
            version,
            prep["ctx"]["ledger_hash"],
        )
        store_shares(project, r, shares)
    step(1.0, "Footprint stored" if store else "Footprint calculated")
    return r


def shares_of(project, period_id=None) -> dict | None:
    """The shares per entity stored with the period's latest footprint (``stale`` when the
    footprint is), or None when the project has only the reporting organisation at 100 %."""
    period = period_row(project, period_id)
    row = project.one("SELECT * FROM cache_consolidation WHERE period_id = ?", (period["id"],))
    if row is None:
        return None
    fp = latest(project, period["id"])
    out = json.loads(row["result"])
    out["stale"] = fp is None or fp.stale or fp.inputs_hash != row["inputs_hash"]
    return out


def _copy_factors(project, factors, version: int) -> int:
    """Copy the library factors the result used into the file (:func:`copy_missing`); returns the
    inputs' version the result may claim afterwards.

    The copy writes ``factor_copies``, an input, with the very factors the result was computed
    with: if no other input changed since ``version`` was read, the result is as current as the
    copy, whose version is known inside its transaction. Otherwise (or inside a caller's action,
    whose later writes share the commit's version) it keeps ``version``: stale, the safe side.
    """
    have = {r["factor_id"] for r in project.rows("SELECT factor_id FROM factor_copies")}
    if all(f.id in have for f in factors) or project.in_action:
        copy_missing(project, factors)
        return version
    with project.action("Copy factors in use into the project"):
        unchanged = versions.current(project.conn, INPUT_TABLES) == version
        copy_missing(project, factors)  # joins this action
        return versions.pending(project.conn) if unchanged else version


def _store(
    project,
    kind,
    period_id,
    gwp_set,
    params,
    inputs_hash,
    result_json,
    summary,
    inputs_version=None,
    ledger_hash=None,
) -> None:
    with project.action(f"Store {kind} result for period {period_id}") as tx:
        tx.execute(
            "DELETE FROM cache_footprint WHERE kind = ? AND period_id = ? AND params = ?",
            (kind, period_id, json.dumps(params, sort_keys=True)),
            table="cache_footprint",
        )
        cur = tx.execute(
            "INSERT INTO cache_footprint (kind, period_id, gwp_set, params, inputs_hash, computed_at, result,"
            " inputs_version, ledger_hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                kind,
                period_id,
                gwp_set,
                json.dumps(params, sort_keys=True),
                inputs_hash,
                datetime.now(UTC).isoformat(timespec="seconds"),
                result_json,
                inputs_version,
                ledger_hash,
            ),
            table="cache_footprint",
        )
        tx.log(
            "cache_footprint",
            cur.lastrowid,
            "insert",
            None,
            {"kind": kind, "period_id": period_id, "inputs_hash": inputs_hash, "summary": summary},
        )


def latest(project, period_id=None):
    """The last stored footprint of the period, with ``.stale`` True if its inputs changed; or None.

    Staleness is one indexed read: the result is current while the data version of
    :data:`INPUT_TABLES` is the one stored with it. Once an input table was written since, or for
    a result stored without a version (files older than schema 9), the inputs are re-hashed and
    compared with the stored hash (a write to another period's ledger, or an edit undone, leaves
    the result current); the ledger's rows only if ``activities`` was written since. That answer
    is remembered for the data version it was computed at.
    """
    from lca.result import FootprintResult

    period = period_row(project, period_id)
    row = project.one(
        "SELECT * FROM cache_footprint WHERE kind = 'footprint' AND period_id = ? ORDER BY id DESC LIMIT 1",
        (period["id"],),
    )
    if row is None:
        return None
    r = FootprintResult.from_dict(json.loads(row["result"]))
    r.stale = _is_stale(project, period["id"], row)
    return r


# (file, file id, cache row, its hash, inputs' data version) -> stale, for results whose version is
# behind the data: their hash check is done once per data version, not on every call
_checked: dict[tuple, bool] = {}


def _is_stale(project, period_id: int, row: dict, rehash=None) -> bool:
    """Whether the stored ``row`` is behind its inputs. ``rehash(project, period_id, row,
    ledger_hash)`` gives the inputs hash now for a result kind other than the footprint (the
    Monte Carlo's, :mod:`.uncertainty`); by default the footprint's inputs are re-hashed."""
    version = project.data_version(INPUT_TABLES)
    stored = row.get("inputs_version")
    if stored is not None and stored == version:
        return False
    key = (str(project.path), project.file_id, row["id"], row["inputs_hash"], version)
    if key in _checked:
        return _checked[key]
    # the ledger unchanged since (its table's version): re-hash the small inputs only
    same_ledger = (
        stored is not None
        and row.get("ledger_hash") is not None
        and project.data_version(["activities"]) <= stored
    )
    try:
        ledger_hash = row["ledger_hash"] if same_ledger else None
        if rehash is not None:
            now = rehash(project, period_id, row, ledger_hash)
        else:
            now = _prepare(project, period_id, ledger_hash=ledger_hash)["hash"]
        stale = now != row["inputs_hash"]
    except ProjectError:
        stale = True
    if len(_checked) > 256:
        _checked.clear()
    _checked[key] = stale
    return stale


def check_boundary(project, period_id=None, result=None) -> list:
    """Boundary and materiality findings (:class:`lca.materiality.BoundaryFinding`) for a period.

    Uses ``result`` or the latest current result, else calculates (without storing). Excluded
    sources with activity data and a factor are estimated to test the scope 3 threshold.
    """
    from lca.materiality import DEFAULTS, SourceStatus, check

    prep = _prepare(project, period_id)
    if result is None:
        cached = latest(project, prep["period"]["id"])
        result = (
            cached
            if cached is not None and not cached.stale
            else calculate(project, prep["period"]["id"], allow_missing=True, store=False)
        )
    standard = project.setting("standard", "ISO14068-1")
    thresholds = {k: float(project.setting(k, v)) for k, v in DEFAULTS.items()}
    # estimate excluded sources: the same ledger with every source included
    est = _estimate_excluded(project, prep)
    statuses = []
    for s in prep["ctx"]["sources"]:
        code = s["code"]
        has_factor = s["id"] in prep["ctx"]["factors_by_source"]
        if s["included"]:
            em = result.by_source.get(code, 0.0 if has_factor else None)
        else:
            em = est.get(code)
        statuses.append(
            SourceStatus(code, s["scope"], bool(s["included"]), em, s["exclusion_reason"] or "", has_factor)
        )
    p = prep["period"]
    return check(statuses, standard, thresholds, (p["start"], p["end"]))


def _estimate_excluded(project, prep) -> dict:
    """t CO2e of excluded sources that have activity data and a factor (else absent)."""
    import numpy as np

    out = {}
    fbs = prep["ctx"]["factors_by_source"]
    gwp_set = prep["gwp_set"]
    for s in prep["ctx"]["sources"]:
        if s["included"] or s["id"] not in fbs:
            continue
        f = fbs[s["id"]]
        from lca.units import UnitError, conversion_factor

        total = 0.0
        found = False
        for unit, qty in project.conn.execute(
            "SELECT unit, total(quantity) FROM activities WHERE source_id = ? AND period_id = ? GROUP BY unit",
            (s["id"], prep["period"]["id"]),
        ):
            try:
                total += qty * conversion_factor(unit, f.unit)
                found = True
            except UnitError:
                pass
        if found:
            out[s["code"]] = float(np.float64(total) * f.co2e(gwp_set) / 1000.0)
    return out
