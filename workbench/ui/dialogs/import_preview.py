"""The import wizard's preview and error list: the first rows of the file as the mapping reads them
(unknown units and source codes marked, with the closest known ones), and the check's errors
grouped by kind (a hundred identical errors are one line: how many, and the first rows)."""

from __future__ import annotations

import re
from difflib import get_close_matches

from PySide6.QtGui import QColor
from PySide6.QtWidgets import QTableWidget, QTableWidgetItem

from workbench.services.common import units as unit_names

from ..i18n import fmt_int, tr
from ..i18n_service import field_label
from .checks import did_you_mean

PREVIEW_ROWS = 20
MAX_CHECKED = 10_000  # problems the dry run collects before it stops
FIRST_ROWS = 5
BAD = QColor("#fde7e9")
_QUOTED_UNIT = re.compile(r"unit '([^']+)'")


def read_preview(path: str, columns: dict[str, int], n: int = PREVIEW_ROWS) -> list[tuple[int, dict]]:
    """[(row number, {field: cell text})] of the first ``n`` data rows of ``path``."""
    from workbench.services.common.tabular import TabularFile

    out = []
    for row_no, values in TabularFile(path).rows():
        out.append(
            (
                row_no,
                {
                    f: ("" if i >= len(values) or values[i] is None else str(values[i]))
                    for f, i in columns.items()
                },
            )
        )
        if len(out) >= n:
            break
    return out


def cell_problem(field: str, text: str, source_codes: list[str]) -> str | None:
    """Why a previewed cell will be refused (unit, source code), with what it may have meant."""
    t = text.strip()
    if field == "unit" and t and not unit_names.unit_known(t):
        return tr("'{0}' is not a unit.").format(t) + did_you_mean(unit_names.suggest_units(t))
    if field == "source" and t and t not in source_codes:
        close = get_close_matches(t, source_codes, 3, 0.6)
        return tr("'{0}' is not an emission source of this project.").format(t) + did_you_mean(close)
    return None


def fill_preview(table: QTableWidget, rows: list[tuple[int, dict]], fields: list[str], source_codes) -> int:
    """Put ``rows`` into ``table``; returns how many cells are marked as problems."""
    table.clear()
    table.setColumnCount(len(fields) + 1)
    table.setHorizontalHeaderLabels([tr("Row"), *[field_label(f) for f in fields]])
    table.setRowCount(len(rows))
    marked = 0
    for r, (row_no, cells) in enumerate(rows):
        table.setItem(r, 0, QTableWidgetItem(str(row_no)))
        for c, field in enumerate(fields, start=1):
            item = QTableWidgetItem(cells.get(field, ""))
            problem = cell_problem(field, cells.get(field, ""), source_codes)
            if problem:
                item.setBackground(BAD)
                item.setToolTip(problem)
                marked += 1
            table.setItem(r, c, item)
    table.resizeColumnsToContents()
    return marked


def with_hint(field: str | None, reason: str) -> str:
    """A check's reason, with the closest known units when it is about an unknown unit."""
    if field == "unit":
        m = _QUOTED_UNIT.search(reason)
        hint = (
            did_you_mean(unit_names.suggest_units(m.group(1)))
            if m and not unit_names.unit_known(m.group(1))
            else ""
        )
        if hint:
            return reason + ("" if reason.endswith((".", "?", "!")) else ".") + hint
    return reason


def group_errors(errors) -> list[dict]:
    """Errors of the same field and reason together: [{field, reason, count, rows}] in file order."""
    groups: dict[tuple, dict] = {}
    for e in errors:
        key = (e.field, e.reason)
        g = groups.setdefault(key, {"field": e.field, "reason": e.reason, "count": 0, "rows": []})
        g["count"] += 1
        if e.row is not None:
            g["rows"].append(e.row)
    return list(groups.values())


def rows_text(rows: list[int]) -> str:
    shown = ", ".join(str(r) for r in rows[:FIRST_ROWS])
    if len(rows) > FIRST_ROWS:
        shown += " " + tr("(+{0} more)").format(fmt_int(len(rows) - FIRST_ROWS))
    return shown


def summary(filename: str, errors) -> str:
    groups = group_errors(errors)
    bad_rows = len({e.row for e in errors if e.row is not None})
    text = tr(
        "{0}: {1} problem(s) of {2} kind(s) in {3} row(s). Fix the file or the mapping; nothing was written."
    ).format(filename, fmt_int(len(errors)), fmt_int(len(groups)), fmt_int(bad_rows))
    if len(errors) >= MAX_CHECKED:
        text += " " + tr("The check stopped after {0} problems; there may be more.").format(
            fmt_int(MAX_CHECKED)
        )
    return text
