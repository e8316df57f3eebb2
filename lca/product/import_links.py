"""Unlinked exchanges of an import: listing them, linking them to background databases imported
earlier or to the activity or flow the user chose, and the hint to build the full biosphere3."""

from __future__ import annotations

import functools

from .bw_bridge import quiet
from .import_types import ImportProblem, UnlinkedExchange


def _category(exc) -> str:
    """Biosphere: compartment/subcompartment; technosphere: location and (SimaPro) section."""
    cats = "/".join(exc.get("categories") or ())
    if exc.get("type") == "biosphere":
        return cats
    return ", ".join(x for x in (str(exc.get("location") or ""), cats) if x)


def _unlinked_of(ds, exc, reason="could not be linked") -> UnlinkedExchange:
    return UnlinkedExchange(
        str(ds.get("name") or ""),
        str(ds.get("location") or ""),
        str(exc.get("type") or "?"),
        str(exc.get("name") or ""),
        str(exc.get("unit") or "?"),
        exc.get("amount"),
        _category(exc),
        str(ds.get("filename") or ""),
        reason,
        str(exc.get("flow") or ""),
    )


def unlinked_exchanges(data) -> list[UnlinkedExchange]:
    return [_unlinked_of(ds, e) for ds in data for e in ds.get("exchanges", []) if not e.get("input")]


def _db_codes(bd, db_name: str) -> set[str]:
    from bw2data.backends.peewee import ActivityDataset as AD

    return {r.code for r in AD.select(AD.code).where(AD.database == db_name)}


def _link_to_background(imp, fmt: str, link_to, bd) -> int:
    """Link unlinked technosphere inputs to installed background databases; returns how many."""
    from bw2io.strategies.generic import link_iterable_by_fields
    from bw2io.utils import es2_activity_hash

    missing = [d for d in link_to if d not in bd.databases]
    if missing:
        raise ImportProblem(f"background database(s) not installed: {', '.join(missing)}")

    def count():
        return sum(1 for ds in imp.data for e in ds.get("exchanges", []) if not e.get("input"))

    before = count()
    for db_name in link_to:
        if fmt == "ecospold2":
            codes = _db_codes(bd, db_name)
            for ds in imp.data:
                for e in ds.get("exchanges", []):
                    if e.get("input") or e.get("type") not in ("technosphere", "substitution"):
                        continue
                    if e.get("activity") and e.get("flow"):
                        code = es2_activity_hash(e["activity"], e["flow"])
                        if code in codes:
                            e["input"] = (db_name, code)
        else:
            with quiet():
                imp.data = link_iterable_by_fields(
                    imp.data,
                    other=bd.Database(db_name),
                    fields=("name", "unit", "location"),
                    kind=("technosphere", "substitution"),
                )
    return before - count()


def _apply_links(imp, links: dict, bd) -> list[str]:
    """The caller's choices: ``{UnlinkedExchange.key or UnlinkedExchange: (database, code) or
    "database|code"}``; each links every unlinked exchange with that key."""
    chosen = {}
    for k, target in links.items():
        key = k.key if isinstance(k, UnlinkedExchange) else str(k)
        if isinstance(target, str):
            if "|" not in target:
                raise ImportProblem(f"link for '{key}': give the target as 'database|code', got '{target}'")
            target = tuple(target.split("|", 1))
        target = tuple(target)
        if target not in bd.mapping:
            raise ImportProblem(f"link for '{key}': no activity or flow {target} in Brightway")
        chosen[key] = target
    done = []
    for ds in imp.data:
        for e in ds.get("exchanges", []):
            if e.get("input"):
                continue
            u = _unlinked_of(ds, e)
            if u.key in chosen:
                target = chosen[u.key]
                node = bd.get_activity(target)
                if node.get("unit") and u.unit and node["unit"] != u.unit:
                    raise ImportProblem(
                        f"link for '{u.key}': {target} is in {node['unit']}, the exchange in {u.unit}; "
                        "choose an activity or flow in the exchange's unit"
                    )
                e["input"] = target
                done.append(f"{u.line().replace(' could not be linked', '')} -> {target[0]}|{target[1]}")
    return done


@functools.lru_cache(maxsize=1)
def _full_biosphere_index() -> tuple[frozenset, frozenset]:
    """(codes, (name, categories)) of bw2io's full biosphere3, read from bw2io's own data file."""
    from bw2io.importers import Ecospold2BiosphereImporter

    with quiet():
        eb = Ecospold2BiosphereImporter()
    codes = frozenset(ds.get("code") for ds in eb.data)
    names = frozenset((ds.get("name"), tuple(ds.get("categories") or ())) for ds in eb.data)
    return codes, names


def _full_biosphere_hint(imp) -> str:
    """A hint to build the full biosphere3, only when it is missing and would link something."""
    from lca.bw_setup import is_setup

    bio = [
        e
        for ds in imp.data
        for e in ds.get("exchanges", [])
        if not e.get("input") and e.get("type") == "biosphere"
    ]
    if not bio or is_setup(full_biosphere=True):
        return ""
    codes, names = _full_biosphere_index()
    n = sum(
        1 for e in bio if e.get("flow") in codes or (e.get("name"), tuple(e.get("categories") or ())) in names
    )
    if not n:
        return ""
    return (
        f"\n{n} of the unlinked elementary flows are in the full biosphere3, which is not built here: "
        "build it first (`cnw lca setup --full`), then import again"
    )
