"""Factors in a project file: assignment to sources, copies with provenance, user factors and
per-source overrides (with the reason recorded).

The file is the system of record: a factor a source uses is copied into ``factor_copies`` when
it is assigned, so the numbers travel with the file. Calculation uses the copies; a source whose
factor id is set but not copied (e.g. set directly on the source) falls back to the shipped
library and the copy is made on the next calculation in edit mode.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime

from lca.factors import Factor, FactorError, load_library, make_factor
from workbench.project.errors import ProjectError


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def _row_to_factor(r: dict) -> Factor:
    return make_factor(
        r["factor_id"],
        r["name"],
        r["unit"],
        json.loads(r["gases"]),
        category=r["category"] or "",
        source=r["source"],
        year=r["year"] or "",
        region=r["region"] or "",
        licence=r["licence"] or "",
        notes=r["notes"] or "",
        unc_dist=r["unc_dist"],
        unc_pct=r["unc_pct"],
        origin=r["origin"],
    )


def copied_factors(project) -> dict[str, Factor]:
    """Factors copied into the file, by id."""
    return {
        r["factor_id"]: _row_to_factor(r) for r in project.rows("SELECT * FROM factor_copies ORDER BY id")
    }


def find_factor(project, factor_id: str) -> Factor:
    """A factor from the file's copies, else the shipped library; ProjectError if unknown."""
    copies = copied_factors(project)
    if factor_id in copies:
        return copies[factor_id]
    lib = load_library()
    if factor_id in lib:
        return lib[factor_id]
    raise ProjectError(f"factor '{factor_id}' is neither in this project nor in the shipped library")


def _copy(tx, f: Factor, user: str) -> None:
    if tx.conn.execute("SELECT 1 FROM factor_copies WHERE factor_id = ?", (f.id,)).fetchone():
        return
    tx.insert(
        "factor_copies",
        {
            "factor_id": f.id,
            "name": f.name,
            "unit": f.unit,
            "gases": json.dumps(f.gases, sort_keys=True),
            "category": f.category,
            "source": f.source or "(not stated)",
            "year": f.year,
            "region": f.region,
            "licence": f.licence,
            "notes": f.notes,
            "unc_dist": f.unc_dist,
            "unc_pct": f.unc_pct,
            "origin": f.origin,
            "added_at": _now(),
            "added_by": user,
        },
    )


def _source(project, source) -> dict:
    col = "id" if isinstance(source, int) else "code"
    row = project.one(f"SELECT * FROM sources WHERE {col} = ?", (source,))
    if row is None:
        raise ProjectError(f"emission source '{source}' does not exist")
    return row


def _check_units(project, src: dict, unit: str, what: str) -> None:
    from lca.units import UnitError, conversion_factor

    for (u,) in project.conn.execute(
        "SELECT DISTINCT unit FROM activities WHERE source_id = ?", (src["id"],)
    ):
        try:
            conversion_factor(u, unit)
        except UnitError as exc:
            raise ProjectError(
                f"source '{src['code']}': cannot use {what}: existing activity data in '{u}' does not convert "
                f"to its unit '{unit}' ({exc}); nothing was changed"
            ) from None


def assign_factor(project, source, factor_id: str) -> None:
    """Make ``factor_id`` the default factor of ``source`` (id or code).

    The source's unit becomes the factor's activity unit; refused (file unchanged) when existing
    activity data of the source cannot convert to it. The factor is copied into the file.
    """
    src = _source(project, source)
    f = find_factor(project, factor_id)
    _check_units(project, src, f.unit, f"factor '{f.id}'")
    with project.action(f"Assign factor {f.id} to source {src['code']}") as tx:
        _copy(tx, f, project.user)
        tx.update("sources", src["id"], {"factor_id": f.id, "unit": f.unit})


def add_user_factor(
    project, factor_id: str, name: str, unit: str, gases: dict, source: str, **meta
) -> Factor:
    """Add a project-specific factor (``gases``: gas -> kg per unit). ``source`` (its provenance) is
    required. Refused if the id exists in the file or the shipped library."""
    if not (source or "").strip():
        raise ProjectError(f"factor '{factor_id}': say where the factor comes from (field 'source')")
    if factor_id in load_library() or factor_id in copied_factors(project):
        raise ProjectError(f"factor id '{factor_id}' is already used; choose another id")
    try:
        f = make_factor(factor_id, name, unit, gases, source=source, origin="user", **meta)
    except FactorError as exc:
        raise ProjectError(str(exc)) from None
    with project.action(f"Add user factor {f.id}") as tx:
        _copy(tx, f, project.user)
    return f


def set_override(project, source, factor_id: str, reason: str) -> None:
    """Compute ``source`` with ``factor_id`` instead of its default factor; ``reason`` is required."""
    src = _source(project, source)
    if not (reason or "").strip():
        raise ProjectError(f"source '{src['code']}': give the reason for overriding its factor")
    f = find_factor(project, factor_id)
    _check_units(project, src, f.unit, f"override factor '{f.id}'")
    if src["unit"]:
        from lca.units import is_convertible

        if not is_convertible(src["unit"], f.unit):
            raise ProjectError(
                f"source '{src['code']}': override factor '{f.id}' is per '{f.unit}', which the source's unit "
                f"'{src['unit']}' does not convert to; nothing was changed"
            )
    old = project.one("SELECT * FROM factor_overrides WHERE source_id = ?", (src["id"],))
    with project.action(f"Override factor of source {src['code']} with {f.id}") as tx:
        _copy(tx, f, project.user)
        row = {"factor_id": f.id, "reason": reason.strip(), "created_at": _now(), "created_by": project.user}
        if old:
            tx.update("factor_overrides", old["id"], row)
        else:
            tx.insert("factor_overrides", {"source_id": src["id"], **row})


def clear_override(project, source) -> bool:
    src = _source(project, source)
    old = project.one("SELECT id FROM factor_overrides WHERE source_id = ?", (src["id"],))
    if not old:
        return False
    with project.action(f"Remove factor override of source {src['code']}") as tx:
        tx.delete("factor_overrides", old["id"])
    return True


def effective_factors(project, src_rows: list[dict]) -> tuple[dict[int, Factor], list[Factor]]:
    """Source id -> the factor it is computed with (override, else default); and the distinct list."""
    copies = copied_factors(project)
    lib = None
    overrides = {r["source_id"]: r["factor_id"] for r in project.rows("SELECT * FROM factor_overrides")}
    out: dict[int, Factor] = {}
    for s in src_rows:
        fid = overrides.get(s["id"]) or s["factor_id"]
        if not fid:
            continue
        if fid in copies:
            out[s["id"]] = copies[fid]
            continue
        lib = lib or load_library()
        if fid not in lib:
            raise ProjectError(
                f"source '{s['code']}': factor '{fid}' is neither copied into this project nor in the shipped library"
            )
        out[s["id"]] = lib[fid]
    distinct = {f.id: f for f in out.values()}
    return out, [distinct[k] for k in sorted(distinct)]


def copy_missing(project, factors: list[Factor]) -> int:
    """Copy library factors in use that are not yet in the file (edit mode). Returns how many."""
    have = {r["factor_id"] for r in project.rows("SELECT factor_id FROM factor_copies")}
    todo = [f for f in factors if f.id not in have]
    if not todo or project.mode != "edit":
        return 0
    with project.action("Copy factors in use into the project") as tx:
        for f in todo:
            _copy(tx, f, project.user)
    return len(todo)


def available_factors(project, search: str | None = None) -> list[Factor]:
    """Factors a source can use: the file's copies and user factors first, then the shipped
    library, optionally filtered by ``search`` (case-insensitive, in id or name)."""
    copies = copied_factors(project)
    out = list(copies.values()) + [f for fid, f in load_library().items() if fid not in copies]
    if search:
        needle = search.lower()
        out = [f for f in out if needle in f.id.lower() or needle in f.name.lower()]
    return out


def overrides(project) -> list[dict]:
    """Per-source factor overrides with their reasons (source code, factor id, reason, who, when)."""
    return project.rows(
        "SELECT s.code AS source, o.factor_id, o.reason, o.created_by, o.created_at FROM factor_overrides o"
        " JOIN sources s ON s.id = o.source_id ORDER BY s.code"
    )


# -- factor uncertainty per factor copy ---------------------------------------------------------------


def _has_uncertainty_table(project) -> bool:
    return bool(
        project.conn.execute(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'factor_uncertainty'"
        ).fetchone()
    )


def uncertainty_overrides(project) -> dict[str, dict]:
    """The project's own factor uncertainties (migration 11) by factor id: ``unc_dist``, ``unc_pct``,
    ``source``, ``reason``, ``created_by``, ``created_at``. Empty for an older file."""
    if not _has_uncertainty_table(project):
        return {}
    return {r["factor_id"]: r for r in project.rows("SELECT * FROM factor_uncertainty ORDER BY factor_id")}


def set_factor_uncertainty(
    project, factor_id: str, unc_dist: str, unc_pct: float, source: str, reason: str = ""
) -> None:
    """Use ``unc_dist`` +/- ``unc_pct`` % (95 %) for ``factor_id`` in this project's Monte Carlo,
    instead of the factor's own uncertainty or the shipped default. ``source`` (where the value comes
    from: a supplier's statement, a measurement campaign, a verifier's instruction) is required.
    ``unc_dist='none'`` states the factor is exact. The factor is copied into the file if needed."""
    from lca.factors import UNC_DISTS

    dist = (unc_dist or "").strip().lower()
    if dist not in UNC_DISTS:
        raise ProjectError(
            f"factor '{factor_id}': distribution '{unc_dist}' is not one of {', '.join(UNC_DISTS)}"
        )
    try:
        pct = float(unc_pct or 0.0)
    except (TypeError, ValueError):
        raise ProjectError(f"factor '{factor_id}': +/- % is not a number: {unc_pct!r}") from None
    if pct < 0 or pct != pct or (dist != "none" and pct == 0):
        raise ProjectError(
            f"factor '{factor_id}': +/- % must be > 0 for a {dist} distribution (got {unc_pct!r})"
        )
    if dist == "none":
        pct = 0.0
    if not (source or "").strip():
        raise ProjectError(f"factor '{factor_id}': say where the uncertainty comes from (field 'source')")
    if not _has_uncertainty_table(project):
        raise ProjectError(
            f"{project.path}: the file predates factor uncertainty (schema 13); open it for editing"
        )
    f = find_factor(project, factor_id)
    old = project.one("SELECT id FROM factor_uncertainty WHERE factor_id = ?", (f.id,))
    row = {
        "unc_dist": dist,
        "unc_pct": pct,
        "source": source.strip(),
        "reason": (reason or "").strip(),
        "created_at": _now(),
        "created_by": project.user,
    }
    with project.action(f"Set the uncertainty of factor {f.id}") as tx:
        _copy(tx, f, project.user)
        if old:
            tx.update("factor_uncertainty", old["id"], row)
        else:
            tx.insert("factor_uncertainty", {"factor_id": f.id, **row})


def clear_factor_uncertainty(project, factor_id: str) -> bool:
    """Go back to the factor's own or the shipped uncertainty; False if there was no override."""
    if not _has_uncertainty_table(project):
        return False
    old = project.one("SELECT id FROM factor_uncertainty WHERE factor_id = ?", (factor_id,))
    if not old:
        return False
    with project.action(f"Remove the uncertainty override of factor {factor_id}") as tx:
        tx.delete("factor_uncertainty", old["id"])
    return True


def factor_uncertainties(project, factors: list[Factor] | None = None, table: bool = True) -> list[dict]:
    """The uncertainty each factor (default: every factor the file's sources use) is sampled with,
    and where it comes from: [{factor, name, parts: [UncertaintyPart.to_dict()]}]."""
    from lca.factors import factor_uncertainty

    if factors is None:
        src_rows = project.rows("SELECT id, code, factor_id FROM sources ORDER BY id")
        factors = effective_factors(project, src_rows)[1]
    over = uncertainty_overrides(project)
    return [
        {
            "factor": f.id,
            "name": f.name,
            "parts": [p.to_dict() for p in factor_uncertainty(f, over.get(f.id), table=table)],
        }
        for f in factors
    ]
