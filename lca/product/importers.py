"""Background databases through bw2io: ecospold2 (a folder of .spold files or one .spold file),
SimaPro CSV, Brightway Excel.

:func:`import_database` extracts, applies the importer's strategies one by one (progress and
cancel between them) and links what bw2io's standard strategies link, plus:

* Excel: bw2io's documented internal matching step ``match_database(fields=["name", "unit",
  "location"])`` (what bw2io's own example workbook needs);
* ``link_to``: background databases imported earlier (ecospold2 inputs by ecoinvent's activity and
  flow ids, as bw2io codes them; Excel / SimaPro inputs by name, unit and location);
* ``links``: the user's choice of an activity or flow for an unlinked exchange.

bw2io's ``delete_exchanges_missing_activity`` and ``delete_ghost_exchanges`` are not run: they
delete unlinked technosphere inputs (an ecoinvent unit process then loses its supply chain). What
is still unlinked is listed (:class:`UnlinkedExchange`: name, unit, amount, category) and the import
is refused with that list unless the caller chooses ``unlinked="drop"``; the dropped exchanges are
returned in the summary for the project's import record. Exchanges bw2io's remaining strategies
remove (zero-amount inputs, temporary flows) are listed too. A strategy that fails on one dataset
is reported naming the dataset; strategies that only tidy metadata or uncertainty (bw2io's own
docs call the social flows of older consequential datasets unused) are skipped for that dataset
and the import goes on with a warning; a failing linking or unit strategy refuses the import.
Nothing is written unless every exchange kept is linked.

:func:`relink` maps background references to the activities of a new database (a new release) and
reports the ones it could not match.

This module holds the entry point and the reading of each format; the rest is split by
responsibility and re-exported here: ``import_types`` (summary, problem, unlinked exchange),
``import_strategies`` (the per-dataset strategy runner), ``simapro_check`` (SimaPro CSV
pre-checks), ``import_links`` (unlinked-exchange listing and linking), ``relinking`` (:func:`relink`).
"""

from __future__ import annotations

import functools
import shutil
import tempfile
from pathlib import Path

from .bw_bridge import bw, quiet
from .import_links import (
    _apply_links,
    _category,  # noqa: F401
    _db_codes,  # noqa: F401
    _full_biosphere_hint,
    _full_biosphere_index,  # noqa: F401
    _link_to_background,
    _unlinked_of,
    unlinked_exchanges,
)
from .import_strategies import (
    NOT_RUN,
    SKIPPABLE,
    _apply,
    _dataset_label,  # noqa: F401
    _multi_output,
    _multi_output_problem,
    _strategy_name,
)
from .import_types import (
    FORMATS,
    UNLINKED_CHOICES,
    ImportCancelled,
    ImportProblem,
    ImportSummary,
    UnlinkedExchange,
    _num,  # noqa: F401
)
from .relinking import RelinkReport, _bw_unit_name, relink  # noqa: F401
from .simapro_check import _SIMAPRO_HEADERS, _check_simapro_csv  # noqa: F401

__all__ = [
    "FORMATS",
    "NOT_RUN",
    "SKIPPABLE",
    "UNLINKED_CHOICES",
    "ImportCancelled",
    "ImportProblem",
    "ImportSummary",
    "RelinkReport",
    "UnlinkedExchange",
    "import_database",
    "relink",
    "unlinked_exchanges",
]


def _importer(path: Path, fmt: str, db_name: str, workdir: Path):
    from bw2io import ExcelImporter, SimaProCSVImporter, SingleOutputEcospold2Importer

    if fmt == "ecospold2":
        if path.is_file():
            if path.suffix.lower() != ".spold":
                raise ImportProblem(f"{path}: not an ecospold2 file (expected a .spold file or a folder)")
            # bw2io's importer reads folders; one file is imported from a folder holding only it
            shutil.copy2(path, workdir / path.name)
            path = workdir
        elif not path.is_dir():
            raise ImportProblem(f"{path}: file or folder not found")
        elif not any(p.suffix.lower() == ".spold" for p in path.iterdir()):
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


def import_database(
    path,
    fmt: str,
    db_name: str,
    progress=None,
    cancel=None,
    overwrite: bool = False,
    link_to=(),
    links: dict | None = None,
    unlinked: str = "refuse",
) -> ImportSummary:
    """Import ``path`` as Brightway database ``db_name``. Nothing is written unless every exchange
    kept is linked: ``unlinked="refuse"`` (default) raises :class:`ImportProblem` with the list,
    ``"drop"`` drops them and returns them in the summary. ``link_to``: background databases to link
    inputs to; ``links``: the caller's choice of activity or flow per :attr:`UnlinkedExchange.key`."""
    path = Path(path)
    bd = bw()

    def step(frac, msg):
        if progress is not None:
            progress(frac, msg)
        if cancel is not None and cancel():
            raise ImportCancelled(f"import of {path.name} cancelled; nothing was written")

    if fmt not in FORMATS:
        raise ImportProblem(f"unknown format '{fmt}' (use one of {', '.join(FORMATS)})")
    if unlinked not in UNLINKED_CHOICES:
        raise ImportProblem(f"unlinked='{unlinked}': use one of {', '.join(UNLINKED_CHOICES)}")
    if db_name in bd.databases and not overwrite:
        raise ImportProblem(
            f"a background database named '{db_name}' is already installed; choose another "
            "name (e.g. with the release number) or replace it deliberately"
        )
    step(0.0, f"Reading {path.name}")
    _ensure_migrations(fmt)
    with tempfile.TemporaryDirectory(prefix="cnw-import-") as tmp:
        try:
            with quiet():
                imp = _importer(path, fmt, db_name, Path(tmp))
        except ImportProblem:
            raise
        except Exception as exc:  # lxml / csv / openpyxl errors: say which file and why
            raise ImportProblem(f"{path}: cannot be read as {fmt}: {type(exc).__name__}: {exc}") from exc
    from bw2io.strategies.generic import link_iterable_by_fields

    multi = _multi_output(imp)
    if multi:  # before bw2io's strategies, which would fail on it with a KeyError
        raise _multi_output_problem(path, multi)
    strategies = [s for s in imp.strategies if _strategy_name(s) not in NOT_RUN]
    dropped: list[UnlinkedExchange] = []
    warnings: list[str] = []
    for i, strategy in enumerate(strategies):
        name = _strategy_name(strategy)
        step(0.3 + 0.5 * i / max(1, len(strategies)), f"Applying {name}")
        track = name.startswith(("delete_", "drop_", "remove_"))
        before = {id(e): (ds, e) for ds in imp.data for e in ds.get("exchanges", [])} if track else {}
        _apply(imp, strategy, name, path, warnings)
        if track:
            after = {id(e) for ds in imp.data for e in ds.get("exchanges", [])}
            for k, (ds, e) in before.items():
                if k not in after and e.get("type") != "production":
                    dropped.append(_unlinked_of(ds, e, f"removed by bw2io strategy {name}"))
    if fmt == "excel":  # bw2io's documented step for Excel: internal links by name, unit, location
        step(0.8, "Linking the file's own activities (name, unit, location)")
        _apply(
            imp,
            functools.partial(
                link_iterable_by_fields,
                internal=True,
                fields=("name", "unit", "location"),
            ),
            "match_database(fields=['name', 'unit', 'location'])",
            path,
            warnings,
        )
    linked_bg = _link_to_background(imp, fmt, list(link_to or ()), bd) if link_to else 0
    chosen = _apply_links(imp, links, bd) if links else []
    multi = _multi_output(imp)
    if multi:
        raise _multi_output_problem(path, multi, warnings)
    remaining = unlinked_exchanges(imp.data)
    if remaining and unlinked == "refuse":
        lines = [u.line() for u in remaining]
        raise ImportProblem(
            f"{path}: {len(remaining)} exchange(s) could not be linked; nothing was written. First ones:\n  "
            + "\n  ".join(lines[:10])
            + "\nLink them to an activity or flow you choose, link the file to a background database "
            "imported earlier, or drop them (the dropped list is kept in the project's import record)."
            + _full_biosphere_hint(imp),
            lines,
            remaining,
            warnings,
        )
    if remaining:  # the caller chose to drop them
        keep = []
        for ds in imp.data:
            kept = [e for e in ds.get("exchanges", []) if e.get("input")]
            ds["exchanges"] = kept
            keep.append(ds)
        imp.data = keep
        dropped.extend(
            UnlinkedExchange(
                **{**u.as_dict(), "reason": "dropped at the user's choice (could not be linked)"}
            )
            for u in remaining
        )
    step(0.85, f"Writing {len(imp.data)} activities to Brightway")
    from lca.bw_setup import clear_for_rewrite

    clear_for_rewrite(bd, db_name)  # overwrite: bw2data 3.6 cannot rewrite a database of > 500 in place
    with quiet():
        imp.write_database()
    n_exc = sum(len(ds.get("exchanges", [])) for ds in imp.data)
    step(1.0, f"Imported {len(imp.data)} activities into '{db_name}'")
    return ImportSummary(
        db_name,
        fmt,
        len(imp.data),
        n_exc,
        str(path),
        [u.line() for u in dropped],
        dropped,
        chosen,
        linked_bg,
        warnings,
    )
