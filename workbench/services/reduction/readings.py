"""Monitored readings from a CSV or .xlsx file (a meter export), through the one tabular reader
and cell parser. Columns: ``start``, ``end``, ``value``, ``unit`` and optionally ``evidence``
(names are matched case-insensitively). Every bad row is named (file, row, column, reason) and
nothing is written unless every row is good."""

from __future__ import annotations

import re

from workbench.project.errors import InputError, RowError
from workbench.services.common.cells import CellError, parse_date, parse_number
from workbench.services.common.tabular import TabularFile
from workbench.services.reduction.store import add_readings

REQUIRED = ("start", "end", "value", "unit")


def import_readings(
    project, ref, code: str, path, date_order: str | None = None, dry_run: bool = False
) -> int:
    """Add the readings of parameter ``code`` from the file ``path``; returns how many
    (``dry_run``: check every row, write nothing)."""
    tf = TabularFile(path)
    cols = {h.strip().lower(): i for i, h in enumerate(tf.header)}
    missing = [c for c in REQUIRED if c not in cols]
    if missing:
        raise InputError(
            [RowError(tf.name, 1, c, "required column is missing") for c in missing],
            f"{tf.name}: missing column(s) {', '.join(missing)} (expected {', '.join(REQUIRED)}[, evidence]); "
            "nothing was imported",
        )
    rows, row_nos, errs = [], [], []
    for row_no, values in tf.rows():

        def cell(name, values=values):
            i = cols.get(name)
            return values[i] if i is not None and i < len(values) else None

        parsed = {}
        for name, parse in (
            ("start", lambda v: parse_date(v, date_order)),
            ("end", lambda v: parse_date(v, date_order)),
            ("value", lambda v: parse_number(v, tf.decimal)),
        ):
            try:
                parsed[name] = parse(cell(name))
            except (CellError, ValueError) as exc:
                errs.append(RowError(tf.name, row_no, name, str(exc)))
        unit = str(cell("unit") or "").strip()
        if not unit:
            errs.append(RowError(tf.name, row_no, "unit", "the value is empty"))
        if len(parsed) == 3 and unit:
            rows.append((parsed["start"], parsed["end"], parsed["value"], unit, str(cell("evidence") or "")))
            row_nos.append(row_no)
    if errs:
        raise InputError(errs, f"{tf.name}: {len(errs)} problem(s) found; nothing was imported")
    if not rows:
        raise tf.header_only_error()
    try:
        return add_readings(project, ref, code, rows, dry_run)
    except InputError as exc:  # unit / period problems the store found: name the file's rows
        named = []
        for e in exc.errors:
            m = re.search(r"reading (\d+)$", e.file)
            named.append(RowError(tf.name, row_nos[int(m[1]) - 1] if m else None, e.field, e.reason))
        raise InputError(named, f"{tf.name}: {len(named)} problem(s) found; nothing was imported") from None
