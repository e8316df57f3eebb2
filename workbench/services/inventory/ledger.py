"""Read-only, paged access to the activity ledger (keyset pagination; no Qt).

The ledger view needs pages of rows from a table that may hold millions of them. Offsets
(`LIMIT n OFFSET k`) cost O(k) in SQLite, so pages next to one already loaded are read by keyset:
`WHERE (sort_key, id) > (last_key, last_id) ORDER BY sort_key, id LIMIT n`. Only a jump to a
far-away page with no loaded neighbour falls back to OFFSET (once); the last page is read
backwards from the end, so scrolling to the end of a million rows is cheap.
"""

from __future__ import annotations

from dataclasses import dataclass

# key -> (SQL expression, NULL-safe sort expression, editable field name or None)
COLUMNS: dict[str, tuple[str, str, str | None]] = {
    "id": ("a.id", "a.id", None),
    "date_start": ("a.date_start", "a.date_start", "date_start"),
    "date_end": ("a.date_end", "a.date_end", "date_end"),
    "source": ("s.code", "s.code", None),
    "site": ("t.code", "coalesce(t.code, '')", None),
    "quantity": ("a.quantity", "a.quantity", "quantity"),
    "unit": ("a.unit", "a.unit", "unit"),
    "description": ("a.description", "coalesce(a.description, '')", "description"),
    "reference": ("a.reference", "coalesce(a.reference, '')", "reference"),
    "uncertainty": (
        "trim(CASE WHEN a.unc_dist = 'none' THEN '' ELSE a.unc_dist || ' ±' || a.unc_pct || '%' END"
        " || CASE WHEN a.ped_reliability IS NULL THEN '' ELSE ' (' || a.ped_reliability || ','"
        " || a.ped_completeness || ',' || a.ped_temporal || ',' || a.ped_geographical || ','"
        " || a.ped_technological || ')' END)",
        "a.unc_dist",
        None,
    ),
    "evidence": (
        "(SELECT count(*) FROM evidence_links e WHERE e.tbl = 'activities' AND e.row_id = a.id)",
        "a.id",
        None,
    ),
}
FROM = "activities a JOIN sources s ON s.id = a.source_id LEFT JOIN sites t ON t.id = a.site_id"


@dataclass(frozen=True)
class LedgerFilter:
    text: str = ""  # matched against description, reference, source code and name, site code
    source_id: int | None = None
    site_id: int | None = None
    period_id: int | None = None


class LedgerQuery:
    """Pages of ledger rows as tuples: (sort_key, id, *values in `columns` order).

    `db`: the project's sqlite3 connection (`project.conn`; anything with `.execute`).
    """

    def __init__(
        self,
        db,
        columns: list[str],
        sort: str = "id",
        descending: bool = False,
        where: LedgerFilter | None = None,
    ):
        unknown = [c for c in [*columns, sort] if c not in COLUMNS]
        if unknown:
            raise ValueError(f"ledger column(s) {', '.join(unknown)} unknown")
        self.db = db
        self.columns = list(columns)
        self.sort = sort
        self.descending = descending
        self.where = where or LedgerFilter()
        self._conds, self._params = self._filter_sql()

    def _filter_sql(self) -> tuple[list[str], list]:
        conds, params = [], []
        w = self.where
        if w.text.strip():
            like = f"%{w.text.strip()}%"
            conds.append(
                "(a.description LIKE ? OR a.reference LIKE ? OR s.code LIKE ? OR s.name LIKE ? OR t.code LIKE ?)"
            )
            params += [like] * 5
        for col, value in (
            ("a.source_id", w.source_id),
            ("a.site_id", w.site_id),
            ("a.period_id", w.period_id),
        ):
            if value is not None:
                conds.append(f"{col} = ?")
                params.append(value)
        return conds, params

    def _select(self, extra: list[str], extra_params: list, order_desc: bool, limit: int, offset: int = 0):
        sort_expr = COLUMNS[self.sort][1]
        values = ", ".join(COLUMNS[c][0] for c in self.columns)
        conds = self._conds + extra
        where = f"WHERE {' AND '.join(conds)}" if conds else ""
        direction = "DESC" if order_desc else "ASC"
        order = f"{sort_expr} {direction}, a.id {direction}" if self.sort != "id" else f"a.id {direction}"
        sql = f"SELECT {sort_expr}, a.id, {values} FROM {FROM} {where} ORDER BY {order} LIMIT ? OFFSET ?"
        return list(self.db.execute(sql, [*self._params, *extra_params, limit, offset]).fetchall())

    def count(self) -> int:
        if not self._conds:
            return self.db.execute("SELECT count(*) FROM activities").fetchone()[0]
        where = " AND ".join(self._conds)
        return self.db.execute(f"SELECT count(*) FROM {FROM} WHERE {where}", self._params).fetchone()[0]

    def _after_cond(self, key, row_id, forward: bool) -> tuple[list[str], list]:
        # "forward" = in display order; display order may itself be descending.
        greater = forward != self.descending
        op = ">" if greater else "<"
        if self.sort == "id":
            return [f"a.id {op} ?"], [row_id]
        expr = COLUMNS[self.sort][1]
        return [f"({expr} {op} ? OR ({expr} = ? AND a.id {op} ?))"], [key, key, row_id]

    def first(self, n: int) -> list[tuple]:
        return self._select([], [], self.descending, n)

    def after(self, key, row_id: int, n: int) -> list[tuple]:
        conds, params = self._after_cond(key, row_id, forward=True)
        return self._select(conds, params, self.descending, n)

    def before(self, key, row_id: int, n: int) -> list[tuple]:
        conds, params = self._after_cond(key, row_id, forward=False)
        rows = self._select(conds, params, not self.descending, n)
        rows.reverse()
        return rows

    def last(self, n: int) -> list[tuple]:
        rows = self._select([], [], not self.descending, n)
        rows.reverse()
        return rows

    def at_offset(self, offset: int, n: int) -> list[tuple]:
        """Rows at a far offset: skip over the narrow index first, then join only n rows."""
        lean = not self.where.text.strip() and self.sort not in ("source", "site", "uncertainty")
        if not lean:
            return self._select([], [], self.descending, n, offset)
        sort_expr = COLUMNS[self.sort][1]
        direction = "DESC" if self.descending else "ASC"
        order = f"{sort_expr} {direction}, a.id {direction}" if self.sort != "id" else f"a.id {direction}"
        where = f"WHERE {' AND '.join(self._conds)}" if self._conds else ""
        ids = [
            r[0]
            for r in self.db.execute(
                f"SELECT a.id FROM activities a {where} ORDER BY {order} LIMIT ? OFFSET ?",
                [*self._params, n, offset],
            ).fetchall()
        ]
        if not ids:
            return []
        marks = ", ".join("?" for _ in ids)
        rows = self._select([f"a.id IN ({marks})"], ids, self.descending, n)
        return rows

    def row_by_id(self, row_id: int) -> tuple | None:
        rows = self._select(["a.id = ?"], [row_id], False, 1)
        return rows[0] if rows else None


def editable_field(column: str) -> str | None:
    return COLUMNS[column][2]
