"""GWP-100 sets (SAR, AR4, AR5, AR6) loaded from ``resources/gwp/``.

``gwp("CH4_fossil", "AR6") -> 29.8``. Gas names are those of ``resources/gwp/gases.csv``
(``CO2``, ``CO2_biogenic``, ``CH4_fossil``, ``CH4_nonfossil``, ``N2O``, ``HFC-134a``, ``SF6`` ...);
common spellings (``CH4``, ``R-134a``, ``HFC134a``) are accepted. Every value carries its source
(:func:`gwp_source`). Biogenic CO2 has GWP 0 in the totals because it is reported separately.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

GWP_SETS = ("SAR", "AR4", "AR5", "AR6")
DEFAULT_GWP_SET = "AR6"

RESOURCES = Path(__file__).resolve().parent.parent / "resources" / "gwp"

_ALIASES = {
    "CH4": "CH4_fossil",
    "METHANE": "CH4_fossil",
    "CH4_BIOGENIC": "CH4_nonfossil",
    "CH4_NON-FOSSIL": "CH4_nonfossil",
    "CO2_FOSSIL": "CO2",
    "CO2_NONFOSSIL": "CO2_biogenic",
    "BIOGENIC_CO2": "CO2_biogenic",
    "CF4": "PFC-14",
    "C2F6": "PFC-116",
}


class GWPError(KeyError):
    """Unknown gas or GWP set; the message says which and lists the known ones."""

    def __str__(self) -> str:  # KeyError quotes its message; a user should not see the quotes
        return str(self.args[0]) if self.args else ""


@dataclass(frozen=True)
class Gas:
    """One greenhouse gas: its workbench id and its Brightway elementary flow (``database``, code).

    Real gases are biosphere3 flows of ``compartment`` (air for emissions; the minimal biosphere
    holds the unspecified sub-compartment); ``CO2e`` (a factor published only as a CO2e total) is
    the workbench's own flow in the ``cnw-biosphere`` database.
    """

    gas: str
    name: str
    database: str
    biosphere3_name: str
    biosphere3_code: str
    formula: str
    compartment: str = (
        "air"  # biosphere3 categories of the flows it covers ("soil", "natural resource/in air")
    )

    @property
    def categories(self) -> tuple[str, ...]:
        return tuple(self.compartment.split("/"))


@lru_cache(maxsize=1)
def gases() -> dict[str, Gas]:
    """All gases the workbench knows, by id, in file order."""
    with open(RESOURCES / "gases.csv", newline="", encoding="utf-8") as fh:
        return {row["gas"]: Gas(**row) for row in csv.DictReader(fh)}


@lru_cache(maxsize=1)
def _table() -> dict[str, dict]:
    out = {}
    with open(RESOURCES / "gwp100.csv", newline="", encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            values = {s: (float(row[s]) if row[s].strip() else None) for s in GWP_SETS}
            out[row["gas"]] = {"values": values, "source": row["source"]}
    return out


def canonical_gas(gas: str) -> str:
    """Map a spelling such as ``CH4``, ``R-134a`` or ``HFC134a`` to the workbench gas id."""
    g = (gas or "").strip()
    table = _table()
    if g in table:
        return g
    up = g.upper().replace(" ", "")
    if up in _ALIASES:
        return _ALIASES[up]
    for key in table:
        k = key.upper()
        if up == k or up.replace("-", "") == k.replace("-", ""):
            return key
        if up.startswith("R-") or up.startswith("R"):  # R-134a -> HFC-134a, R-32 -> HFC-32
            tail = up.lstrip("R").lstrip("-")
            if k.startswith("HFC-") and k[4:] == tail:
                return key
    raise GWPError(f"unknown gas '{gas}'; known gases: {', '.join(table)}")


def check_set(gwp_set: str) -> str:
    """Return the set name in canonical case or raise GWPError naming the known sets."""
    s = (gwp_set or "").strip().upper()
    if s not in GWP_SETS:
        raise GWPError(f"unknown GWP set '{gwp_set}'; choose one of {', '.join(GWP_SETS)}")
    return s


def gwp(gas: str, gwp_set: str = DEFAULT_GWP_SET) -> float:
    """The 100-year GWP of ``gas`` in ``gwp_set`` (kg CO2e per kg of gas).

    Raises GWPError for an unknown gas or set, or when the set publishes no value for the gas
    (NF3 has no SAR value).
    """
    s = check_set(gwp_set)
    g = canonical_gas(gas)
    v = _table()[g]["values"][s]
    if v is None:
        raise GWPError(f"the {s} set publishes no GWP for {g}")
    return v


def gwp_source(gas: str) -> str:
    """Where the values for ``gas`` come from."""
    return _table()[canonical_gas(gas)]["source"]


def gwp_vector(gas_ids: list[str], gwp_set: str) -> list[float]:
    """GWPs for several gases in one set; a gas with no published value in the set counts 0.

    Used for characterisation vectors where missing values must not abort (NF3 under SAR).
    """
    s = check_set(gwp_set)
    table = _table()
    return [(table[canonical_gas(g)]["values"][s] or 0.0) for g in gas_ids]


def gwp_table(gwp_set: str) -> dict[str, float]:
    """All published values of one set, by gas id."""
    s = check_set(gwp_set)
    return {g: v["values"][s] for g, v in _table().items() if v["values"][s] is not None}


_GHG_PATTERN = None


def ghg_looking(name: str, categories: str | tuple = "") -> bool:
    """True when an elementary flow's name looks like a greenhouse gas (CO2, CH4, N2O, SF6, NF3,
    fluorinated or chlorinated halocarbons by their CFC/HCFC/HFC/PFC/halon codes or names) and it
    is not an emission to water (``categories``: a tuple or "water/surface water"): used to list
    the flows of an inventory that a GWP method leaves uncharacterised."""
    top = (categories.split("/")[0] if isinstance(categories, str) else (categories or ("",))[0]) or ""
    if top == "water":
        return False
    global _GHG_PATTERN
    if _GHG_PATTERN is None:
        import re

        _GHG_PATTERN = re.compile(
            r"^carbon dioxide\b|^methane, (fossil|non-fossil|biogenic|from soil|agricultural)|^methane$"
            r"|dinitrogen monoxide|nitrous oxide|sulfur hexafluoride|sulphur hexafluoride"
            r"|nitrogen (tri)?fluoride|sulfuryl fluoride|trifluoromethyl sulfur pentafluoride"
            r"|\b(h?cfc|hfc|hfe|pfc|hcc|halon)[- ]?\d|\br-\d{2,3}[a-z]{0,3}\b|perfluoro|^chloroform$",
            re.IGNORECASE,
        )
    return bool(_GHG_PATTERN.search(name or ""))
