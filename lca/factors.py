"""Emission factors: the shipped library (``resources/factors/factors.csv``) and user factors.

A :class:`Factor` gives, per unit of activity (``unit``), the mass in kg of each gas emitted
(``gases``: gas id -> kg; ids from ``resources/gwp/gases.csv``; ``CO2_biogenic`` is biogenic CO2,
reported separately; ``CO2e`` is a total published without a gas split). The CSV stores the
published numbers verbatim with a ``component_unit`` (kg, g, lb or t) per row; :func:`load_library`
converts to kg.
"""

from __future__ import annotations

import csv
from dataclasses import asdict, dataclass, field
from functools import lru_cache
from pathlib import Path

from .gwp import canonical_gas, gases, gwp_vector
from .units import UnitError, parse_unit

LIBRARY = Path(__file__).resolve().parent.parent / "resources" / "factors" / "factors.csv"
# The default library: every file below, in this order (ids must be unique across them).
LIBRARY_FILES = (LIBRARY, LIBRARY.parent / "uk_desnz_2025.csv", LIBRARY.parent / "us_epa_sef_v13.csv")

# Mass units a factor's components may be published in, to kg (exact definitions:
# 1 lb = 0.45359237 kg by the international yard and pound agreement, 1959).
_TO_KG = {"kg": 1.0, "g": 1e-3, "lb": 0.45359237, "t": 1000.0, "tonne": 1000.0}

UNC_DISTS = ("none", "normal", "lognormal", "uniform", "triangular")

# The columns of a factor-library file, in order (the builders in resources/factors write them).
ROW_COLUMNS = (
    "id", "name", "category", "unit", "component_unit", "co2", "ch4", "ch4_origin", "n2o", "other_gases",
    "co2e_unsplit", "biogenic_co2", "source", "year", "region", "licence", "notes", "unc_dist", "unc_pct",
)  # fmt: skip


class FactorError(ValueError):
    """A factor row that cannot be used; the message names the factor and the field."""


@dataclass(frozen=True)
class Factor:
    id: str
    name: str
    unit: str
    gases: dict = field(default_factory=dict)  # gas id -> kg per unit of activity
    category: str = ""
    source: str = ""
    year: str = ""
    region: str = ""
    licence: str = ""
    notes: str = ""
    unc_dist: str = "none"
    unc_pct: float | None = None
    origin: str = "library"  # library | user

    def co2e(self, gwp_set: str) -> float:
        """kg CO2e per unit of activity in ``gwp_set`` (biogenic CO2 counts 0)."""
        ids = list(self.gases)
        return sum(a * w for a, w in zip(self.gases.values(), gwp_vector(ids, gwp_set), strict=True))

    def to_dict(self) -> dict:
        return asdict(self)

    @classmethod
    def from_dict(cls, d: dict) -> Factor:
        keys = cls.__dataclass_fields__
        return make_factor(**{k: v for k, v in d.items() if k in keys})


def make_factor(id, name, unit, gases, **meta) -> Factor:
    """Build a validated factor (user factors go through this too).

    Raises FactorError naming the factor and the field: unknown unit, unknown gas, negative or
    non-numeric amount, no gas at all, unknown uncertainty distribution.
    """
    fid = (id or "").strip()
    if not fid:
        raise FactorError("factor id is empty")
    where = f"factor '{fid}'"
    if not (name or "").strip():
        raise FactorError(f"{where}: name is empty")
    try:
        parse_unit(unit)
    except UnitError as exc:
        raise FactorError(f"{where}: field 'unit': {exc}") from exc
    clean = {}
    for gas, amount in (gases or {}).items():
        try:
            g = canonical_gas(gas)
        except KeyError as exc:
            raise FactorError(f"{where}: {exc}") from exc
        try:
            a = float(amount)
        except (TypeError, ValueError):
            raise FactorError(f"{where}: amount of {gas} is not a number: {amount!r}") from None
        if a < 0 or a != a:
            raise FactorError(f"{where}: amount of {gas} must be >= 0, got {amount!r}")
        clean[g] = clean.get(g, 0.0) + a
    if not clean:
        raise FactorError(f"{where}: no gas amounts given")
    dist = (meta.pop("unc_dist", None) or "none").strip().lower()
    if dist not in UNC_DISTS:
        raise FactorError(f"{where}: field 'unc_dist': '{dist}' is not one of {', '.join(UNC_DISTS)}")
    pct = meta.pop("unc_pct", None)
    pct = float(pct) if pct not in (None, "") else None
    if dist != "none" and (pct is None or pct < 0):
        raise FactorError(f"{where}: field 'unc_pct' must be >= 0 when unc_dist is {dist}")
    meta = {k: ("" if v is None else v) for k, v in meta.items()}
    return Factor(
        id=fid, name=name.strip(), unit=unit.strip(), gases=clean, unc_dist=dist, unc_pct=pct, **meta
    )


def _row_to_factor(row: dict, line: int, fname: str = LIBRARY.name) -> Factor:
    fid = row.get("id", "")
    cu = (row.get("component_unit") or "kg").strip()
    if cu not in _TO_KG:
        raise FactorError(f"{fname} line {line}, factor '{fid}': component_unit '{cu}' unknown")
    k = _TO_KG[cu]
    amounts: dict[str, float] = {}

    def put(gas, text):
        if text is None or str(text).strip() == "":
            return
        amounts[gas] = amounts.get(gas, 0.0) + float(text) * k

    put("CO2", row.get("co2"))
    ch4_gas = "CH4_nonfossil" if (row.get("ch4_origin") or "fossil").strip() == "nonfossil" else "CH4_fossil"
    put(ch4_gas, row.get("ch4"))
    put("N2O", row.get("n2o"))
    put("CO2e", row.get("co2e_unsplit"))
    put("CO2_biogenic", row.get("biogenic_co2"))
    for part in (row.get("other_gases") or "").split(";"):
        if part.strip():
            gas, _, amt = part.partition("=")
            put(canonical_gas(gas.strip()), amt)
    meta = {
        k2: row.get(k2, "")
        for k2 in ("category", "source", "year", "region", "licence", "notes", "unc_dist", "unc_pct")
    }
    try:
        return make_factor(fid, row.get("name", ""), row.get("unit", ""), amounts, **meta)
    except FactorError as exc:
        raise FactorError(f"{fname} line {line}: {exc}") from exc


@lru_cache(maxsize=4)
def load_library(path: str | None = None) -> dict[str, Factor]:
    """The shipped factor library by id (cached): every file of :data:`LIBRARY_FILES`, or the one
    file ``path``. Raises FactorError naming the file and line of a bad row or a duplicate id."""
    files = [Path(path)] if path else [p for p in LIBRARY_FILES if p.exists()]
    out: dict[str, Factor] = {}
    for p in files:
        with open(p, newline="", encoding="utf-8") as fh:
            for line, row in enumerate(csv.DictReader(fh), start=2):
                f = _row_to_factor(row, line, p.name)
                if f.id in out:
                    raise FactorError(f"{p.name} line {line}: duplicate factor id '{f.id}'")
                out[f.id] = f
    return out


def get_factor(factor_id: str, extra: dict[str, Factor] | None = None) -> Factor:
    """A factor from ``extra`` (user factors, copies in a project) or the library."""
    if extra and factor_id in extra:
        return extra[factor_id]
    lib = load_library()
    if factor_id not in lib:
        raise FactorError(f"unknown factor id '{factor_id}'")
    return lib[factor_id]


def gas_ids() -> list[str]:
    """All gas ids in a stable order (the columns of gas matrices)."""
    return list(gases())


# -- factor uncertainty: the shipped defaults (resources/factors/uncertainty.csv) ---------------------

UNCERTAINTY_TABLE = LIBRARY.parent / "uncertainty.csv"
UNCERTAINTY_COLUMNS = ("pattern", "category", "gas", "distribution", "pct95", "confidence", "source", "note")
CONFIDENCE_TAGS = ("[public]", "[unconfirmed]")


@dataclass(frozen=True)
class UncertaintyRule:
    """One row of the shipped uncertainty table: factors whose id matches ``pattern`` (fnmatch)
    and whose category is ``category`` (empty = any) take ``distribution`` +/- ``pct95`` % for the
    gas ``gas`` (CO2, CH4, N2O, ... or ``*`` = every gas the rows above left uncovered)."""

    line: int
    pattern: str
    category: str
    gas: str
    distribution: str
    pct95: float
    confidence: str
    source: str
    note: str = ""

    def matches(self, f: Factor) -> bool:
        from fnmatch import fnmatchcase

        return (not self.category or self.category == f.category) and fnmatchcase(f.id, self.pattern)


@dataclass(frozen=True)
class UncertaintyPart:
    """The uncertainty of one gas of a factor (``gas`` = ``*`` for the whole factor)."""

    gas: str
    distribution: str
    pct95: float
    origin: str  # override | factor | table | none
    source: str
    confidence: str = ""
    rule: str = ""  # the table row that gave it: "line N: pattern [category] gas"

    def to_dict(self) -> dict:
        return asdict(self)


@lru_cache(maxsize=2)
def load_uncertainty(path: str | None = None) -> tuple[UncertaintyRule, ...]:
    """The shipped uncertainty table, in file order (cached; read on first use, never at import).
    Raises FactorError naming the line of a bad row."""
    p = Path(path) if path else UNCERTAINTY_TABLE
    out = []
    with open(p, newline="", encoding="utf-8") as fh:
        reader = csv.DictReader(fh)
        if tuple(reader.fieldnames or ()) != UNCERTAINTY_COLUMNS:
            raise FactorError(f"{p.name}: columns must be {', '.join(UNCERTAINTY_COLUMNS)}")
        for line, row in enumerate(reader, start=2):
            where = f"{p.name} line {line}"
            dist = row["distribution"].strip().lower()
            if dist not in UNC_DISTS:
                raise FactorError(f"{where}: distribution '{dist}' is not one of {', '.join(UNC_DISTS)}")
            try:
                pct = float(row["pct95"])
            except ValueError:
                raise FactorError(f"{where}: pct95 is not a number: {row['pct95']!r}") from None
            if pct < 0 or (dist != "none" and pct == 0):
                raise FactorError(f"{where}: pct95 must be > 0 (0 only with distribution none)")
            if row["confidence"] not in CONFIDENCE_TAGS:
                raise FactorError(f"{where}: confidence must be one of {', '.join(CONFIDENCE_TAGS)}")
            if not row["source"].strip() or not row["pattern"].strip():
                raise FactorError(f"{where}: pattern and source are required")
            gas = row["gas"].strip() or "*"
            out.append(
                UncertaintyRule(
                    line,
                    row["pattern"].strip(),
                    row["category"].strip(),
                    gas,
                    dist,
                    pct,
                    row["confidence"],
                    row["source"].strip(),
                    row["note"].strip(),
                )
            )
    return tuple(out)


def gas_class(gas: str) -> str:
    """The gas a table row names for a factor's gas id (CH4_fossil and CH4_nonfossil are CH4)."""
    return "CH4" if gas.startswith("CH4") else gas


def factor_uncertainty(
    f: Factor, override: dict | None = None, table: bool = True, rules=None
) -> list[UncertaintyPart]:
    """The uncertainty the Monte Carlo uses for ``f``, most specific first:

    1. ``override`` (a project's value for its copy of the factor: ``unc_dist``, ``unc_pct``,
       ``source``) for the whole factor;
    2. the factor's own ``unc_dist`` / ``unc_pct`` (a user factor, or a published row that has one);
    3. with ``table``, the shipped table, per gas: for each gas of the factor the first row (in
       file order) that matches the factor and names that gas or ``*``;
    4. none.
    """
    if override:
        dist = override.get("unc_dist") or "none"
        return [
            UncertaintyPart(
                "*", dist, float(override.get("unc_pct") or 0.0), "override", override.get("source") or ""
            )
        ]
    if f.unc_dist != "none":
        return [UncertaintyPart("*", f.unc_dist, float(f.unc_pct or 0.0), "factor", f.source or f.origin)]
    if not table:
        return [UncertaintyPart("*", "none", 0.0, "none", "")]
    rules = load_uncertainty() if rules is None else rules
    mine = [r for r in rules if r.matches(f)]
    parts = []
    for gas in f.gases:
        cls = gas_class(gas)
        r = next((r for r in mine if r.gas in (cls, "*")), None)
        if r is None:
            parts.append(UncertaintyPart(gas, "none", 0.0, "none", ""))
        else:
            parts.append(
                UncertaintyPart(
                    gas,
                    r.distribution,
                    r.pct95,
                    "table",
                    r.source,
                    r.confidence,
                    f"line {r.line}: {r.pattern} [{r.category or '*'}] {r.gas}",
                )
            )
    return parts
