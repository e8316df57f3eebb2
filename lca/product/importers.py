"""Background databases through bw2io: ecospold2 folders (ecoinvent), SimaPro CSV, Brightway Excel.

:func:`import_database` extracts, applies the importer's strategies one by one (progress and
cancel between them), and writes only when every exchange is linked; otherwise it raises
:class:`ImportProblem` listing what could not be linked and writes nothing. :func:`relink` maps
background references to the activities of a new database (a new release) and reports the ones it
could not match.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from .bw_bridge import bw, quiet
from .model import BackgroundRef

FORMATS = ("ecospold2", "simapro_csv", "excel")


class ImportProblem(ValueError):
    """The data cannot be imported as it is; ``unlinked`` lists the exchanges that could not be linked."""

    def __init__(self, message: str, unlinked: list[str] | None = None):
        super().__init__(message)
        self.unlinked = unlinked or []


class ImportCancelled(Exception):
    pass


@dataclass
class ImportSummary:
    database: str
    format: str
    activities: int
    exchanges: int
    source: str
    dropped: list[str] = field(default_factory=list)  # exchanges bw2io's strategies removed, with why


def _importer(path: Path, fmt: str, db_name: str):
    from bw2io import ExcelImporter, SimaProCSVImporter, SingleOutputEcospold2Importer

    if fmt == "ecospold2":
        if not path.is_dir():
            raise ImportProblem(f"{path}: an ecospold2 import needs the folder holding the .spold files")
        if not any(p.suffix.lower() == ".spold" for p in path.iterdir()):
            raise ImportProblem(f"{path}: no .spold files in this folder")
        return SingleOutputEcospold2Importer(str(path), db_name, use_mp=False)
    if not path.is_file():
        raise ImportProblem(f"{path}: file not found")
    if fmt == "simapro_csv":
        _check_simapro_csv(path)
        return SimaProCSVImporter(str(path), name=db_name)
    if fmt == "excel":
        imp = ExcelImporter(str(path))
        if not getattr(imp, "data", None):
            raise ImportProblem(
                f"{path}: no activities found (a Brightway Excel sheet starts with a "
                "'Database' row followed by 'Activity' blocks)"
            )
        old = imp.db_name
        imp.db_name = db_name
        for ds in imp.data:
            ds["database"] = db_name
            for exc in ds.get("exchanges", []):
                if exc.get("database") == old:
                    exc["database"] = db_name
        return imp
    raise ImportProblem(f"unknown format '{fmt}' (use one of {', '.join(FORMATS)})")


def _check_simapro_csv(path: Path) -> None:
    """Refuse what bw2io's SimaPro extractor would misread: a file that is not a SimaPro CSV export,
    one without processes, a process without a product, or a process cut off before its 'End' line
    (a truncated file, which bw2io would import as far as it got)."""
    import csv

    from bw2io.extractors.simapro_csv import SIMAPRO_END_OF_DATASETS

    with open(path, encoding="latin-1", newline="") as f:  # as SimaProCSVImporter reads it
        rows = [[c.replace("\x7f", "").strip() for c in r] for r in csv.reader(f, delimiter=";")]
    if not rows or not rows[0] or not ("SimaPro" in rows[0][0] or "CSV separator" in rows[0][0]):
        raise ImportProblem(
            f"{path}: not a SimaPro CSV export (the first line should read '{{SimaPro ...}}')"
        )
    start, name, product, count = None, "", False, 0

    def which():
        return (
            f"process '{name}' (starting on line {start + 1})"
            if name
            else f"process starting on line {start + 1}"
        )

    for i, row in enumerate(rows):
        head = row[0] if row else ""
        nxt = rows[i + 1][0] if i + 1 < len(rows) and rows[i + 1] else ""
        if start is None:
            if head == "Process":
                start, name, product = i, "", False
            elif head in SIMAPRO_END_OF_DATASETS:
                break
            continue
        if head == "Process" or head in SIMAPRO_END_OF_DATASETS:
            raise ImportProblem(
                f"{path}: {which()} has no 'End' line before line {i + 1}; nothing was written"
            )
        if head == "Process name" and nxt:
            name = nxt
        elif head in ("Products", "Waste treatment") and nxt:
            product, name = True, name or nxt
        elif head == "End":
            if not product:
                raise ImportProblem(f"{path}: {which()} has no product row; nothing was written")
            start, count = None, count + 1
    if start is not None:
        raise ImportProblem(
            f"{path}: {which()} has no 'End' line: the file ends inside it (truncated?); nothing was written"
        )
    if not count:
        raise ImportProblem(
            f"{path}: no processes found (SimaPro CSV processes are 'Process' ... 'End' blocks)"
        )


# bw2io migrations each importer's strategies apply (the workbench's minimal Brightway setup writes
# none; bw2io's create_core_migrations writes all of them, ~8 s, so only the needed ones are written).
def _ensure_migrations(fmt: str) -> None:
    # `bw2io.migrations` the attribute is bw2io's registry object; the module is imported by path.
    from bw2io.migrations import (
        Migration,
        create_core_migrations,
        get_biosphere_2_3_category_migration_data,
        get_biosphere_2_3_name_migration_data,
        get_ecoinvent_pre35_migration_data,
        migrations,
    )

    needed = {
        "excel": (
            ("biosphere-2-3-categories", get_biosphere_2_3_category_migration_data),
            ("biosphere-2-3-names", get_biosphere_2_3_name_migration_data),
        ),
        "ecospold2": (("fix-ecoinvent-flows-pre-35", get_ecoinvent_pre35_migration_data),),
    }
    if fmt not in needed:
        if "simapro-water" not in migrations:
            with quiet():
                create_core_migrations()
        return
    for name, loader in needed[fmt]:
        if name not in migrations:
            with quiet():
                Migration(name).write(loader(), f"bw2io core migration {name}")


def _describe_unlinked(imp, limit=50) -> list[str]:
    out = []
    for ds in imp.data:
        for exc in ds.get("exchanges", []):
            if exc.get("input"):
                continue
            cats = exc.get("categories")
            where = f", {'/'.join(cats)}" if cats else (f", {exc['location']}" if exc.get("location") else "")
            out.append(
                f"activity '{ds.get('name')}' [{ds.get('location', '')}]: {exc.get('type', '?')} exchange "
                f"'{exc.get('name')}' ({exc.get('unit', '?')}{where}) could not be linked"
            )
            if len(out) >= limit:
                return out
    return out


def import_database(
    path, fmt: str, db_name: str, progress=None, cancel=None, overwrite: bool = False
) -> ImportSummary:
    """Import ``path`` as Brightway database ``db_name``. Nothing is written unless all is linked."""
    path = Path(path)
    bd = bw()

    def step(frac, msg):
        if progress is not None:
            progress(frac, msg)
        if cancel is not None and cancel():
            raise ImportCancelled(f"import of {path.name} cancelled; nothing was written")

    if fmt not in FORMATS:
        raise ImportProblem(f"unknown format '{fmt}' (use one of {', '.join(FORMATS)})")
    if db_name in bd.databases and not overwrite:
        raise ImportProblem(
            f"a background database named '{db_name}' is already installed; choose another "
            "name (e.g. with the release number) or replace it deliberately"
        )
    step(0.0, f"Reading {path.name}")
    _ensure_migrations(fmt)
    try:
        with quiet():
            imp = _importer(path, fmt, db_name)
    except ImportProblem:
        raise
    except Exception as exc:  # lxml / csv / openpyxl errors: say which file and why
        raise ImportProblem(f"{path}: cannot be read as {fmt}: {type(exc).__name__}: {exc}") from exc
    strategies = list(imp.strategies)
    dropped: list[str] = []
    for i, strategy in enumerate(strategies):
        name = getattr(strategy, "__name__", None) or getattr(
            getattr(strategy, "func", None), "__name__", "strategy"
        )
        step(0.3 + 0.5 * i / max(1, len(strategies)), f"Applying {name}")
        before = {id(e): (ds, e) for ds in imp.data for e in ds.get("exchanges", [])}
        try:
            with quiet():
                imp.apply_strategy(strategy, verbose=False)
        except Exception as exc:  # a bw2io strategy tripping over odd data: name the file and the step
            raise ImportProblem(
                f"{path}: bw2io strategy {name} failed: {type(exc).__name__}: {exc}; nothing was written"
            ) from exc
        if name.startswith(("delete_", "drop_", "remove_")):
            after = {id(e) for ds in imp.data for e in ds.get("exchanges", [])}
            for k, (ds, e) in before.items():
                if k not in after and e.get("type") != "production":
                    dropped.append(
                        f"activity '{ds.get('name')}' [{ds.get('location', '')}]: {e.get('type', '?')} "
                        f"exchange '{e.get('name')}' ({e.get('amount')} {e.get('unit', '')}) removed by "
                        f"bw2io strategy {name}"
                    )
    unlinked = _describe_unlinked(imp)
    if unlinked:
        total = sum(1 for ds in imp.data for e in ds.get("exchanges", []) if not e.get("input"))
        raise ImportProblem(
            f"{path}: {total} exchange(s) could not be linked; nothing was written. First ones:\n  "
            + "\n  ".join(unlinked[:10])
            + ("\n(importing ecoinvent needs the full biosphere3: build it first)" if fmt != "excel" else ""),
            unlinked,
        )
    step(0.85, f"Writing {len(imp.data)} activities to Brightway")
    with quiet():
        imp.write_database()
    n_exc = sum(len(ds.get("exchanges", [])) for ds in imp.data)
    step(1.0, f"Imported {len(imp.data)} activities into '{db_name}'")
    return ImportSummary(db_name, fmt, len(imp.data), n_exc, str(path), dropped)


@dataclass
class RelinkReport:
    new_database: str
    new_version: str
    linked: list[tuple[str, str, str]] = field(default_factory=list)  # ref id, new code, how matched
    unlinked: list[tuple[str, str]] = field(default_factory=list)  # ref id, reason

    @property
    def ok(self) -> bool:
        return not self.unlinked

    def lines(self) -> list[str]:
        out = [f"relinked '{r}' -> {self.new_database}:{c} (matched by {how})" for r, c, how in self.linked]
        out += [f"could not relink '{r}': {why}" for r, why in self.unlinked]
        return out


def relink(
    refs: list[BackgroundRef], new_database: str, new_version: str = ""
) -> tuple[list[BackgroundRef], RelinkReport]:
    """New references into ``new_database`` for ``refs``: same code first, then (name, reference
    product, location, unit), then (name, location); unmatched refs are kept as they were and reported."""
    bd = bw()
    if new_database not in bd.databases:
        raise ImportProblem(f"background database '{new_database}' is not installed")
    by_code, by_full, by_loc = {}, {}, {}
    for act in bd.Database(new_database):
        key = act.key
        by_code[key[1]] = act
        full = (
            act.get("name"),
            act.get("reference product") or act.get("name"),
            act.get("location"),
            act.get("unit"),
        )
        by_full.setdefault(full, []).append(act)
        by_loc.setdefault((act.get("name"), act.get("location")), []).append(act)
    report = RelinkReport(new_database, new_version)
    out = []
    from .validate import BW_UNITS

    for ref in refs:
        unit = BW_UNITS.get(ref.unit.lower(), ref.unit) if ref.unit else ref.unit
        match, how = None, ""
        if ref.code in by_code:
            match, how = by_code[ref.code], "activity code"
        else:
            for cand in (
                by_full.get(
                    (ref.name, ref.reference_product or ref.name, ref.location, _bw_unit_name(ref.unit)), []
                )
                or []
            ):
                match, how = cand, "name, reference product, location and unit"
                break
            if match is None:
                cands = by_loc.get((ref.name, ref.location), [])
                if len(cands) == 1:
                    match, how = cands[0], "name and location"
                elif len(cands) > 1:
                    report.unlinked.append(
                        (
                            ref.ref_id,
                            f"{len(cands)} activities named '{ref.name}' in "
                            f"{ref.location} in '{new_database}'; choose one by hand",
                        )
                    )
                    out.append(ref)
                    continue
        if match is None:
            report.unlinked.append(
                (ref.ref_id, f"no activity '{ref.name}' [{ref.location}] ({unit}) in '{new_database}'")
            )
            out.append(ref)
            continue
        report.linked.append((ref.ref_id, match.key[1], how))
        out.append(
            BackgroundRef(
                ref.ref_id,
                new_database,
                match.key[1],
                new_version,
                match.get("name", ""),
                match.get("unit", ""),
                match.get("location", ""),
                match.get("reference product", ""),
                ref.licensed,
                {},
            )
        )
    return out, report


def _bw_unit_name(unit: str) -> str:
    """A workbench unit label as Brightway writes it ("kg" -> "kilogram")."""
    from bw2io.units import normalize_units

    return normalize_units(unit) if unit else unit
