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
"""

from __future__ import annotations

import copy
import functools
import shutil
import tempfile
from dataclasses import asdict, dataclass, field
from pathlib import Path

from .bw_bridge import bw, quiet
from .model import BackgroundRef

FORMATS = ("ecospold2", "simapro_csv", "excel")
UNLINKED_CHOICES = ("refuse", "drop")

# bw2io strategies the workbench does not run: they delete unlinked exchanges without asking.
NOT_RUN = frozenset({"delete_exchanges_missing_activity", "delete_ghost_exchanges"})
# Strategies that tidy metadata or uncertainty only (no amount, no link): when one fails on a
# dataset it is skipped for that dataset and the import goes on, with a warning naming both.
SKIPPABLE = frozenset(
    {
        "update_social_flows_in_older_consequential",
        "fix_unreasonably_high_lognormal_uncertainties",
        "remove_uncertainty_from_negative_loss_exchanges",
        "add_cpc_classification_from_single_reference_product",
        "delete_none_synonyms",
        "remove_unnamed_parameters",
    }
)


@dataclass(frozen=True)
class UnlinkedExchange:
    """An exchange of the file that is not linked (or was removed, with ``reason``)."""

    activity: str
    activity_location: str
    type: str
    name: str
    unit: str
    amount: float
    category: str  # biosphere: compartment/subcompartment; technosphere: location or SimaPro section
    dataset: str = ""  # the file (ecospold2) the exchange is in
    reason: str = "could not be linked"
    flow_id: str = ""  # ecospold2: the elementary or intermediate flow's UUID (no category in the file)

    @property
    def key(self) -> str:
        """What identifies this exchange for a user's link choice: ``type|name|unit|category``."""
        return "|".join((self.type, self.name, self.unit, self.category))

    def line(self) -> str:
        where = f", {self.category}" if self.category else ""
        if self.flow_id and not self.category:
            where = f", flow {self.flow_id}"
        return (
            f"activity '{self.activity}' [{self.activity_location}]: {self.type} exchange '{self.name}' "
            f"({_num(self.amount)} {self.unit}{where}) {self.reason}"
        )

    def as_dict(self) -> dict:
        return asdict(self)


def _num(v) -> str:
    try:
        return f"{float(v):.6g}"
    except (TypeError, ValueError):
        return str(v)


class ImportProblem(ValueError):
    """The data cannot be imported as it is. ``unlinked`` lists the exchanges that could not be
    linked as text lines, ``exchanges`` as :class:`UnlinkedExchange`; ``warnings`` the strategy
    failures skipped so far."""

    def __init__(
        self,
        message: str,
        unlinked: list[str] | None = None,
        exchanges: list[UnlinkedExchange] | None = None,
        warnings: list[str] | None = None,
    ):
        super().__init__(message)
        self.unlinked = unlinked or []
        self.exchanges = exchanges or []
        self.warnings = warnings or []


class ImportCancelled(Exception):
    pass


@dataclass
class ImportSummary:
    database: str
    format: str
    activities: int
    exchanges: int
    source: str
    dropped: list[str] = field(default_factory=list)  # exchanges removed (by bw2io or by choice), with why
    dropped_exchanges: list[UnlinkedExchange] = field(default_factory=list)
    linked_by_choice: list[str] = field(default_factory=list)  # "key -> db|code" the caller chose
    linked_to_background: int = 0  # exchanges linked to the ``link_to`` databases
    warnings: list[str] = field(default_factory=list)  # strategies skipped on a dataset, and why


def _strategy_name(strategy) -> str:
    return getattr(strategy, "__name__", None) or getattr(
        getattr(strategy, "func", None), "__name__", "strategy"
    )


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


# Header lines of a SimaPro CSV process block: each is followed by its value line(s).
_SIMAPRO_HEADERS = frozenset(
    """Category type|Process identifier|Type|Process name|Status|Time period|Geography|Technology|
Representativeness|Multiple output allocation|Substitution allocation|Cut off rules|Capital goods|
Boundary with nature|Infrastructure|Date|Record|Generator|Literature references|External documents|
Collection method|Data treatment|Verification|Comment|Allocation rules|System description|Products|
Avoided products|Resources|Materials/fuels|Electricity/heat|Emissions to air|Emissions to water|
Emissions to soil|Final waste flows|Non material emissions|Social issues|Economic issues|
Known outputs to technosphere. Avoided products|Known outputs to technosphere. Products and co-products|
Waste to treatment|Input parameters|Calculated parameters|Waste treatment|Waste scenario|
Separated waste|Remaining waste|Platform|PlatformId|End""".replace("\n", "").split("|")
)


def _check_simapro_csv(path: Path) -> None:
    """Refuse what bw2io's SimaPro extractor would misread: a file that is not a SimaPro CSV export,
    one without processes, a process without a product, or a process cut off before its 'End' line
    (a truncated file, which bw2io would import as far as it got). A process is named by its
    'Process name' value, else its first product, else its 'Process identifier', with its first line."""
    import csv

    from bw2io.extractors.simapro_csv import SIMAPRO_END_OF_DATASETS

    with open(path, encoding="latin-1", newline="") as f:  # as SimaProCSVImporter reads it
        rows = [[c.replace("\x7f", "").strip() for c in r] for r in csv.reader(f, delimiter=";")]
    if not rows or not rows[0] or not ("SimaPro" in rows[0][0] or "CSV separator" in rows[0][0]):
        raise ImportProblem(
            f"{path}: not a SimaPro CSV export (the first line should read '{{SimaPro ...}}')"
        )
    start, names, product, count = None, {}, False, 0

    def value_after(i):
        """The value line of the header on line i: the next row, unless that is a header itself."""
        if i + 1 < len(rows) and rows[i + 1] and rows[i + 1][0] and rows[i + 1][0] not in _SIMAPRO_HEADERS:
            return rows[i + 1][0]
        return ""

    def which():
        name = names.get("Process name") or names.get("Products") or names.get("Waste treatment")
        ident = names.get("Process identifier")
        label = f"process '{name}'" if name else (f"process '{ident}'" if ident else "process")
        return f"{label} (starting on line {start + 1})"

    for i, row in enumerate(rows):
        head = row[0] if row else ""
        if start is None:
            if head == "Process":
                start, names, product = i, {}, False
            elif head in SIMAPRO_END_OF_DATASETS:
                break
            continue
        if head == "Process" or head in SIMAPRO_END_OF_DATASETS:
            raise ImportProblem(
                f"{path}: {which()} has no 'End' line before line {i + 1}; nothing was written"
            )
        if head in ("Process name", "Process identifier", "Products", "Waste treatment"):
            v = value_after(i)
            if v:
                names.setdefault(head, v)
                if head in ("Products", "Waste treatment"):
                    product = True
        elif head == "End":
            if not product:
                raise ImportProblem(
                    f"{path}: {which()} has no product row (its 'End' is on line {i + 1}); "
                    "nothing was written"
                )
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


def _dataset_label(ds) -> str:
    out = f"dataset '{ds.get('name')}' [{ds.get('location', '')}]"
    return out + (f" (file {ds['filename']})" if ds.get("filename") else "")


def _apply(imp, strategy, name: str, path: Path, warnings: list[str]) -> None:
    """Apply one strategy; on failure find the dataset(s) it fails on and skip or refuse."""
    try:
        with quiet():
            imp.apply_strategy(strategy, verbose=False)
        return
    except Exception as whole:  # noqa: BLE001  (any bw2io error is reported, naming the dataset)
        error = whole
    failing = {}
    for ds in imp.data:
        try:
            with quiet():
                strategy(copy.deepcopy([ds]))
        except Exception as exc:  # noqa: BLE001
            failing[id(ds)] = (ds, exc)
    if not failing:  # fails only on the whole data (a cross-dataset strategy)
        raise ImportProblem(
            f"{path}: bw2io strategy {name} failed: {type(error).__name__}: {error}; nothing was written"
        ) from error
    if name in SKIPPABLE:
        out = []
        for ds in imp.data:
            if id(ds) in failing:
                out.append(ds)
            else:
                with quiet():
                    out.extend(strategy([ds]))
        imp.data = out
        for ds, exc in failing.values():
            warnings.append(
                f"bw2io strategy {name} failed on {_dataset_label(ds)}: {type(exc).__name__}: {exc}; "
                "skipped for that dataset (it changes no amount or link)"
            )
        return
    ds, exc = next(iter(failing.values()))
    more = f" and {len(failing) - 1} other dataset(s)" if len(failing) > 1 else ""
    raise ImportProblem(
        f"{path}: bw2io strategy {name} failed on {_dataset_label(ds)}{more}: {type(exc).__name__}: {exc}; "
        "nothing was written"
    ) from exc


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


def _multi_output(imp) -> list[str]:
    out = []
    for ds in imp.data:
        prods = [e for e in ds.get("exchanges", []) if e.get("type") == "production" and e.get("amount")]
        if len(prods) > 1:
            names = ", ".join(f"'{e.get('name')}'" for e in prods[:5])
            out.append(f"{_dataset_label(ds)} has {len(prods)} reference products ({names})")
    return out


def _multi_output_problem(path, multi, warnings=None) -> ImportProblem:
    return ImportProblem(
        f"{path}: multi-output dataset(s), which a single-output import cannot represent: "
        + "; ".join(multi[:5])
        + ". Import an allocated release (e.g. ecoinvent's cut-off or APOS unit processes) or split "
        "the dataset into one dataset per product; nothing was written",
        warnings=warnings,
    )


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
