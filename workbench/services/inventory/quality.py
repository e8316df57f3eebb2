"""Data quality of activity rows: the pedigree matrix (ecoinvent v3 / openLCA), read, checked, set.

Five scores per row, 1 (best) .. 5 (worst), in the ecoinvent order (``r,c,t,g,f``): reliability,
completeness, temporal correlation, geographical correlation, further technological correlation.
Stored in ``activities.ped_*`` (migration 14), all five or none. An import gives them as five
columns (``ped_reliability`` ... or their aliases) or as one ``pedigree`` column written the way
ecoinvent and SimaPro print it, ``(2,3,1,1,4)``. The organisation Monte Carlo turns them into a
lognormal spread combined with the row's basic uncertainty (:func:`lca.montecarlo.with_pedigree`);
the basic uncertainty must then be lognormal or none.
"""

from __future__ import annotations

import re

from workbench.services.common import cells

#: Stored columns, in the ecoinvent order of the scores.
PEDIGREE_FIELDS = (
    "ped_reliability",
    "ped_completeness",
    "ped_temporal",
    "ped_geographical",
    "ped_technological",
)
PEDIGREE_LABELS = {
    "ped_reliability": "reliability",
    "ped_completeness": "completeness",
    "ped_temporal": "temporal correlation",
    "ped_geographical": "geographical correlation",
    "ped_technological": "further technological correlation",
}
PEDIGREE_ALIASES = {
    "ped_reliability": ("reliability", "신뢰성"),
    "ped_completeness": ("completeness", "완전성"),
    "ped_temporal": ("temporal", "temporal_correlation", "시간적 대표성", "시간적 상관성"),
    "ped_geographical": ("geographical", "geographical_correlation", "지리적 대표성", "지리적 상관성"),
    "ped_technological": (
        "technological",
        "technological_correlation",
        "further_technological_correlation",
        "기술적 대표성",
        "기술적 상관성",
    ),
    "pedigree": ("pedigree_matrix", "data_quality", "페디그리"),
}
_SPLIT = re.compile(r"[\s,;/]+")


def _score(raw, fld: str) -> tuple[int | None, str | None]:
    try:
        x = cells.parse_number(raw)
    except cells.CellError:
        return None, f"'{raw}' is not a pedigree score ({PEDIGREE_LABELS[fld]}: a whole number 1..5)"
    if x != int(x) or not 1 <= x <= 5:
        return None, f"'{raw}' is not a pedigree score ({PEDIGREE_LABELS[fld]}: a whole number 1..5)"
    return int(x), None


def parse_pedigree(text) -> tuple[tuple[int, ...] | None, str | None]:
    """``"(2,3,1,1,4)"``, ``"2,3,1,1,4"`` or ``"2 3 1 1 4"`` -> the five scores; blank -> None.
    Returns (scores, reason); reason is None when the text is good."""
    if cells.is_blank(text):
        return None, None
    body = str(text).strip().strip("()[]").strip()
    parts = [p for p in _SPLIT.split(body) if p]
    if len(parts) != len(PEDIGREE_FIELDS):
        return None, (
            f"'{text}' is not a pedigree: give five scores 1..5 in the order reliability, completeness, "
            "temporal, geographical, technological, e.g. (2,3,1,1,4)"
        )
    out = []
    for fld, part in zip(PEDIGREE_FIELDS, parts, strict=True):
        s, why = _score(part, fld)
        if why:
            return None, why
        out.append(s)
    return tuple(out), None


def pedigree_cells(combined, per_field: dict) -> tuple[tuple[int, ...] | None, list[tuple[str, str]]]:
    """The scores of one row from its cells: ``combined`` (the ``pedigree`` column, or None) and
    ``per_field`` (field -> raw cell, for the ``ped_*`` columns present). Returns (scores or None,
    [(field, reason), ...])."""
    problems: list[tuple[str, str]] = []
    given = {f: v for f, v in per_field.items() if not cells.is_blank(v)}
    if not cells.is_blank(combined):
        if given:
            return None, [
                (
                    "pedigree",
                    "give the pedigree either in the 'pedigree' column or in the five score columns, not both",
                )
            ]
        scores, why = parse_pedigree(combined)
        return (None, [("pedigree", why)]) if why else (scores, [])
    if not given:
        return None, []
    out = []
    for fld in PEDIGREE_FIELDS:
        if fld not in given:
            problems.append(
                (fld, f"missing {PEDIGREE_LABELS[fld]} score: give all five pedigree scores or none")
            )
            continue
        s, why = _score(given[fld], fld)
        if why:
            problems.append((fld, why))
        out.append(s)
    return (None, problems) if problems else (tuple(out), [])


def dist_problem(dist: str, pct, scores) -> tuple[str, str] | None:
    """A row with pedigree scores takes a lognormal basic uncertainty or none (ecoinvent)."""
    if scores is None or dist in ("none", "lognormal") or not pct:
        return None
    return (
        "unc_dist",
        f"pedigree scores combine with a lognormal basic uncertainty (ecoinvent), not with '{dist}': "
        "set the distribution to lognormal or none, or clear the pedigree",
    )


def pedigree_of(row: dict) -> tuple[int, ...] | None:
    """The stored scores of an activity row (a dict with the ``ped_*`` keys), or None."""
    vals = tuple(row.get(f) for f in PEDIGREE_FIELDS)
    return None if all(v is None for v in vals) else tuple(int(v) for v in vals)


def pedigree_text(scores) -> str:
    return "" if not scores else "(" + ",".join(str(int(s)) for s in scores) + ")"
