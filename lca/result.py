"""Plain data classes the footprint engine takes and returns (no Brightway, no project file)."""

from __future__ import annotations

import json
from dataclasses import dataclass, field

import numpy as np

UNC_CODES = {"none": 0, "normal": 1, "lognormal": 2, "uniform": 3, "triangular": 4}


@dataclass(frozen=True)
class SourceInfo:
    """One emission source as the engine sees it (``factor`` = index into the ledger's factors or -1)."""

    code: str
    name: str
    scope: int
    s3_category: int | None
    iso_category: int
    site: str | None
    factor: int
    unit: str | None = None


@dataclass
class Instrument:
    """A scope 2 contractual instrument (REC, green tariff, PPA, supplier-specific factor).

    ``quantity`` is in the source's activity unit (already converted); ``kg_co2e_per_unit`` is the
    instrument's emission rate per that unit (0 for a REC or green tariff from renewables)."""

    source: str
    quantity: float
    kg_co2e_per_unit: float
    kind: str = "REC"
    ref: str = ""


@dataclass
class Ledger:
    """The activity rows of one period, as arrays (one entry per row)."""

    source: np.ndarray  # int index into sources
    site: np.ndarray  # int index into sites, -1 none
    month: np.ndarray  # int index into months
    quantity: np.ndarray  # float, in the unit of the source's factor
    unc_code: np.ndarray  # int8, UNC_CODES
    unc_pct: np.ndarray  # float, +/- % (95 % for normal/lognormal; bounds for uniform/triangular)
    sources: list[SourceInfo]
    sites: list[str]
    months: list[str]
    factors: list  # list[lca.factors.Factor]
    row_count: int | None = None  # activity rows behind the entries when they are grouped sums

    def __len__(self) -> int:
        return int(self.quantity.shape[0])


@dataclass
class FootprintResult:
    """A calculated footprint. Masses in tonnes CO2e unless named otherwise."""

    gwp_set: str
    total: float
    total_location: float
    total_market: float
    scope2_basis: str
    by_scope: dict = field(default_factory=dict)  # "1","2","3" -> t (scope 2 on scope2_basis)
    scope2_location: float = 0.0
    scope2_market: float = 0.0
    by_s3_category: dict = field(default_factory=dict)
    by_iso_category: dict = field(default_factory=dict)
    by_site: dict = field(default_factory=dict)
    by_source: dict = field(default_factory=dict)
    by_gas: dict = field(default_factory=dict)  # gas -> t CO2e
    gas_mass: dict = field(default_factory=dict)  # gas -> t of gas
    by_month: dict = field(default_factory=dict)
    biogenic_co2: float = 0.0  # t, reported separately, not in totals
    intensity: dict = field(
        default_factory=dict
    )  # name -> {"value": t per unit, "denominator": x, "unit": u}
    missing_factors: list = field(default_factory=list)  # [{"source": code, "rows": n}]
    excluded_sources: list = field(default_factory=list)  # [{"source": code, "reason": text}]
    instruments: list = field(default_factory=list)
    factors_used: list = field(default_factory=list)
    rows: int = 0
    period_id: int | None = None
    period_label: str = ""
    inputs_hash: str = ""
    computed_at: str = ""
    brightway_database: str = ""
    warnings: list = field(default_factory=list)
    uncertainty: dict | None = None
    stale: bool = False

    @property
    def complete(self) -> bool:
        return not self.missing_factors

    def to_dict(self) -> dict:
        """Plain dict (fields are already plain data; no deep copy)."""
        return {k: getattr(self, k) for k in self.__dataclass_fields__ if k != "stale"}

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False, sort_keys=True)

    @classmethod
    def from_dict(cls, d: dict) -> FootprintResult:
        keys = cls.__dataclass_fields__
        return cls(**{k: v for k, v in d.items() if k in keys})

    def table_rows(self) -> list[tuple[str, str, float]]:
        """(breakdown, key, tCO2e) rows for CSV output and printing."""
        out = [("total", self.scope2_basis + "-based", self.total)]
        out.append(("total", "location-based", self.total_location))
        out.append(("total", "market-based", self.total_market))
        for name in (
            "by_scope",
            "by_s3_category",
            "by_iso_category",
            "by_site",
            "by_source",
            "by_gas",
            "by_month",
        ):
            for k, v in getattr(self, name).items():
                out.append((name[3:], str(k), v))
        out.append(("scope2", "location-based", self.scope2_location))
        out.append(("scope2", "market-based", self.scope2_market))
        out.append(("biogenic_co2", "outside scopes", self.biogenic_co2))
        return out
