"""Relinking background references to the activities of a new database (a new release), with a
report of the ones that could not be matched."""

from __future__ import annotations

from dataclasses import dataclass, field

from .bw_bridge import bw
from .import_types import ImportProblem
from .model import BackgroundRef


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
