"""The import wizard's preview, value mapping and error list: the first rows of the file as the
mapping reads them (file values shown with the code they are mapped to; unknown units, source and
site codes marked, with the closest known ones), the table of file values mapped to source and site
codes (:class:`ValueMappingTable`, suggestions by similarity), and the check's errors grouped by
kind (a hundred identical errors are one line: how many, and the first rows)."""

from __future__ import annotations

import re
from difflib import get_close_matches

from PySide6.QtCore import Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QComboBox, QHeaderView, QTableWidget, QTableWidgetItem

from workbench.services import inventory
from workbench.services.common import units as unit_names

from ..i18n import fmt_int, tr, tr_noop
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


def cell_problem(field: str, text: str, source_codes: list[str], site_codes=None) -> str | None:
    """Why a previewed cell will be refused (unit, source or site code), with what it may have meant."""
    t = text.strip()
    if field == "unit" and t and not unit_names.unit_known(t):
        return tr("'{0}' is not a unit.").format(t) + did_you_mean(unit_names.suggest_units(t))
    if field == "source" and t and t not in source_codes:
        close = get_close_matches(t, source_codes, 3, 0.6)
        return tr("'{0}' is not an emission source of this project.").format(t) + did_you_mean(close)
    if field == "site" and t and site_codes is not None and t not in site_codes:
        close = get_close_matches(t, list(site_codes), 3, 0.6)
        return tr("'{0}' is not a site of this project.").format(t) + did_you_mean(close)
    return None


def fill_preview(
    table: QTableWidget,
    rows: list[tuple[int, dict]],
    fields: list[str],
    source_codes,
    site_codes=None,
    value_map: dict[str, dict[str, str]] | None = None,
) -> int:
    """Put ``rows`` into ``table`` with the value mapping applied (``value_map``: {kind: {value_key:
    code}}; a mapped cell shows "file value → code"); returns how many cells are marked as problems."""
    table.clear()
    table.setColumnCount(len(fields) + 1)
    table.setHorizontalHeaderLabels([tr("Row"), *[field_label(f) for f in fields]])
    table.setRowCount(len(rows))
    marked = 0
    vm = value_map or {}
    for r, (row_no, cells) in enumerate(rows):
        table.setItem(r, 0, QTableWidgetItem(str(row_no)))
        for c, field in enumerate(fields, start=1):
            text = cells.get(field, "")
            mapped = vm.get(field, {}).get(inventory.value_key(text)) if text.strip() else None
            if mapped:
                item = QTableWidgetItem(f"{text} \u2192 {mapped}")
                item.setToolTip(tr("'{0}' is mapped to {1}.").format(text.strip(), mapped))
                table.setItem(r, c, item)
                continue
            item = QTableWidgetItem(text)
            problem = cell_problem(field, text, source_codes, site_codes)
            if problem:
                item.setBackground(BAD)
                item.setToolTip(problem)
                marked += 1
            table.setItem(r, c, item)
    table.resizeColumnsToContents()
    return marked


#: the import's reasons about sources, sites and value mappings, read into the UI's language
_REASONS = (
    (re.compile(r"unknown emission source '(.*)'"), tr_noop("unknown emission source '{0}'")),
    (re.compile(r"unknown site '(.*)'"), tr_noop("unknown site '{0}'")),
    (
        re.compile(
            r"'(.*)' is mapped to emission source '(.*)', which this project does not have; change the value mapping"
        ),
        tr_noop(
            "'{0}' is mapped to emission source '{1}', which this project does not have; change the value mapping"
        ),
    ),
    (
        re.compile(
            r"'(.*)' is mapped to site '(.*)', which this project does not have; change the value mapping"
        ),
        tr_noop("'{0}' is mapped to site '{1}', which this project does not have; change the value mapping"),
    ),
)


def reason_text(reason: str) -> str:
    """A check's reason in the UI's language when it is one of :data:`_REASONS` (else as given)."""
    for pattern, text in _REASONS:
        m = pattern.fullmatch(reason)
        if m:
            return tr(text).format(*m.groups())
    return reason


def with_hint(field: str | None, reason: str) -> str:
    """A check's reason, with the closest known units when it is about an unknown unit."""
    if field in ("source", "site"):
        return reason_text(reason)
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


KINDS = ("source", "site")


def kind_label(kind: str) -> str:
    return tr("Emission source") if kind == "source" else tr("Site")


class ValueMappingTable(QTableWidget):
    """File values of the source and site columns that are not codes, each with the code it maps to
    (chosen in a list; the most similar code preselected, the suggestions shown beside it)."""

    changed = Signal()
    COLUMNS = 5  # kind, value in the file, rows, maps to, suggested

    def __init__(self, parent=None):
        super().__init__(0, self.COLUMNS, parent)
        self.setObjectName("valueMapping")
        self.setHorizontalHeaderLabels(
            [tr("Kind"), tr("Value in the file"), tr("Rows"), tr("Maps to"), tr("Suggested")]
        )
        self.verticalHeader().setVisible(False)
        self.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.rows_: dict[tuple[str, str], int] = {}  # (kind, file value) -> table row

    def combo(self, kind: str, value: str) -> QComboBox:
        return self.cellWidget(self.rows_[(kind, value)], 3)

    def add_values(self, project, unknown: dict[str, dict[str, int]]) -> int:
        """Add the values a check found unknown (keeping the rows and choices already there, their
        counts updated); returns how many rows were added."""
        added = 0
        for kind in KINDS:
            choices = inventory_codes(project, kind)
            for value, count in sorted(unknown.get(kind, {}).items()):
                key = (kind, value)
                if key in self.rows_:
                    self.item(self.rows_[key], 2).setText(fmt_int(count))
                    continue
                suggested = inventory.suggest_codes(project, kind, value)
                r = self.rowCount()
                self.insertRow(r)
                self.rows_[key] = r
                self.setItem(r, 0, QTableWidgetItem(kind_label(kind)))
                self.setItem(r, 1, QTableWidgetItem(value))
                self.setItem(r, 2, QTableWidgetItem(fmt_int(count)))
                combo = QComboBox()
                combo.addItem(tr("(not mapped)"), None)
                for code, name in choices:
                    combo.addItem(f"{code}  {name}" if name else code, code)
                if suggested:
                    combo.setCurrentIndex(combo.findData(suggested[0]))
                    combo.setToolTip(tr("Suggested by similarity: {0}").format(", ".join(suggested)))
                combo.currentIndexChanged.connect(lambda *_: self.changed.emit())
                self.setCellWidget(r, 3, combo)
                self.setItem(r, 4, QTableWidgetItem(", ".join(suggested)))
                added += 1
        self.resizeColumnToContents(0)
        self.resizeColumnToContents(2)
        self.resizeColumnToContents(4)
        if added:
            self.changed.emit()
        return added

    def choose(self, kind: str, value: str, code: str | None) -> None:
        combo = self.combo(kind, value)
        combo.setCurrentIndex(combo.findData(code) if code else 0)

    def value_map(self) -> dict[str, dict[str, str]]:
        """{kind: {file value: code}} of the rows mapped to a code."""
        out: dict[str, dict[str, str]] = {}
        for (kind, value), r in self.rows_.items():
            code = self.cellWidget(r, 3).currentData()
            if code:
                out.setdefault(kind, {})[value] = code
        return out

    def reset(self) -> None:
        self.setRowCount(0)
        self.rows_.clear()


def inventory_codes(project, kind: str) -> list[tuple[str, str]]:
    """[(code, name)] a file value of ``kind`` can map to, the name in the UI's language."""
    from ..i18n import current_language

    rows = inventory.mapping_codes(project, kind)
    local = current_language() != "en"
    return [(r["code"], (r["name_local"] if local and r["name_local"] else r["name"]) or "") for r in rows]


def preview_value_map(project, chosen: dict[str, dict[str, str]]) -> dict[str, dict[str, str]]:
    """{kind: {value_key: code}}: the project's saved mappings with the wizard's choices over them."""
    out = {
        k: {inventory.value_key(v): c for v, c in m.items()}
        for k, m in inventory.value_mappings(project).items()
    }
    for kind, m in chosen.items():
        out.setdefault(kind, {}).update({inventory.value_key(v): c for v, c in m.items()})
    return out
