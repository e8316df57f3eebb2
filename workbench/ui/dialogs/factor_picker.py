"""The factor browser: the project's copies and the shipped library in a sortable table (id, name,
value in kg CO2e per unit in the project's GWP set, unit, gases, region, year, publisher, licence,
uncertainty), filtered by text (every word typed must appear in the id, name, region, year, unit
or publisher), region, year and scope. ``FactorPicker`` picks for one source (double-click or OK
assigns); ``FactorBrowser`` is reached from the footprint's factor tab and assigns the selected
factor to the source chosen in it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from workbench.services import footprint as footprint_service

from ..i18n import fmt_int, fmt_number, tr, tr_noop

LIMIT = 500  # rows shown at once; the filter narrows the rest
COLUMNS = ("id", "name", "value", "unit", "gases", "region", "year", "source", "licence", "uncertainty")

#: the GHG Protocol scope a library category belongs to (the scope filter)
CATEGORY_SCOPE = {
    "stationary_combustion": 1,
    "mobile_combustion": 1,
    "refrigerants": 1,
    "electricity": 2,
    "heat_steam": 2,
    "purchased_goods": 3,
    "spend": 3,
    "freight": 3,
    "waste": 3,
    "business_travel": 3,
    "water": 3,
}
_DISTRIBUTIONS = {
    "normal": tr_noop("normal"),
    "lognormal": tr_noop("lognormal"),
    "uniform": tr_noop("uniform"),
    "triangular": tr_noop("triangular"),
}


def column_titles() -> list[str]:
    return [
        tr("Factor id"),
        tr("Name"),
        tr("kg CO2e per unit"),
        tr("Per unit"),
        tr("Gases"),
        tr("Region"),
        tr("Year"),
        tr("Publisher"),
        tr("Licence"),
        tr("Uncertainty"),
    ]


def uncertainty_text(f, override: dict | None = None) -> str:
    """'lognormal ±10 %' (the project's own uncertainty for the factor first), '—' if none."""
    dist, pct = (override["unc_dist"], override["unc_pct"]) if override else (f.unc_dist, f.unc_pct)
    if not dist or dist == "none" or pct is None:
        return "—"
    word = tr(_DISTRIBUTIONS[dist]) if dist in _DISTRIBUTIONS else dist
    return f"{word} ±{fmt_number(pct, None)} %"


class NumberItem(QTableWidgetItem):
    """A cell that sorts by its number, not its text."""

    def __lt__(self, other):  # noqa: D105 - Qt sort order
        mine, theirs = self.data(Qt.ItemDataRole.UserRole + 1), other.data(Qt.ItemDataRole.UserRole + 1)
        if isinstance(mine, float) and isinstance(theirs, float):
            return mine < theirs
        return super().__lt__(other)


class FactorBrowser(QDialog):
    """Browse every factor; with ``sources`` (the footprint's source rows) a source box and an
    "Assign" button: ``on_assign(code, factor_id)`` makes the assignment and returns None or the
    reason it was refused (shown under the table, the dialog stays open); ``assigned`` lists the
    (source code, factor id) pairs assigned."""

    def __init__(self, parent, source: dict | None = None, sources: list[dict] | None = None, on_assign=None):
        super().__init__(parent)
        self.source, self.sources, self.on_assign = source, sources or [], on_assign
        self.assigned: list[tuple[str, str]] = []
        self.setObjectName("factorBrowser")
        if source is not None:
            self.setWindowTitle(tr("Emission factor for {0}").format(source["code"]))
        else:
            self.setWindowTitle(tr("Emission factors"))
        self.resize(1240, 640)
        project = getattr(parent, "project", None)
        factors = footprint_service.available_factors(project) if project is not None else None
        self.library = {f.id: f for f in factors} if factors else footprint_service.load_library()
        self.gwp_set = str(project.setting("gwp_set", "AR6")) if project is not None else "AR6"
        self.uncertainty = footprint_service.uncertainty_overrides(project) if project is not None else {}
        v = QVBoxLayout(self)
        if source is not None:
            v.addWidget(
                QLabel(
                    tr("{0} ({1}), measured in {2}").format(
                        source["name"], source["code"], source.get("unit") or "?"
                    )
                )
            )
        bar = QHBoxLayout()
        self.filter = QLineEdit()
        self.filter.setObjectName("factorFilter")
        self.filter.setPlaceholderText(tr("filter: words in the id, name, region, year, unit or publisher"))
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self.fill)
        bar.addWidget(self.filter, 3)
        self.region = self._combo(
            "factorRegion", tr("All regions"), sorted({f.region for f in self.library.values() if f.region})
        )
        self.year = self._combo(
            "factorYear",
            tr("All years"),
            sorted({str(f.year) for f in self.library.values() if f.year}, reverse=True),
        )
        self.scope = QComboBox()
        self.scope.setObjectName("factorScope")
        self.scope.addItem(tr("All scopes"), None)
        for s in (1, 2, 3):
            self.scope.addItem(tr("Scope {0}").format(s), s)
        self.scope.currentIndexChanged.connect(self.fill)
        for label, box in ((tr("Region"), self.region), (tr("Year"), self.year), (tr("Scope"), self.scope)):
            bar.addWidget(QLabel(label))
            bar.addWidget(box, 1)
        v.addLayout(bar)
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setObjectName("factorTable")
        self.table.setHorizontalHeaderLabels(column_titles())
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)
        self.table.cellDoubleClicked.connect(lambda _r, _c: self.double_clicked())
        v.addWidget(self.table, 1)
        self.count = QLabel()
        v.addWidget(self.count)
        foot = QHBoxLayout()
        self.target = QComboBox()
        self.target.setObjectName("factorTarget")
        self.assign_button = QPushButton(tr("Assign to the source"))
        self.assign_button.setObjectName("factorAssign")
        self.assign_button.clicked.connect(self.assign_selected)
        if self.sources:
            for s in self.sources:
                self.target.addItem(f"{s['code']} ({s.get('unit') or '?'})", s["code"])
            foot.addWidget(QLabel(tr("Source")))
            foot.addWidget(self.target, 1)
            foot.addWidget(self.assign_button)
        else:
            self.target.setVisible(False)
            self.assign_button.setVisible(False)
        self.message = QLabel()
        self.message.setObjectName("factorMessage")
        foot.addWidget(self.message, 2)
        if source is not None:
            buttons = QDialogButtonBox(
                QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
            )
            buttons.accepted.connect(self.accept)
        else:
            buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        foot.addWidget(buttons)
        v.addLayout(foot)
        self.fill()

    def _combo(self, name: str, everything: str, values: list[str]) -> QComboBox:
        box = QComboBox()
        box.setObjectName(name)
        box.addItem(everything, None)
        for value in values:
            box.addItem(value, value)
        box.currentIndexChanged.connect(self.fill)
        return box

    def matches(self, text: str) -> list:
        words = text.lower().split()
        region, year, scope = self.region.currentData(), self.year.currentData(), self.scope.currentData()
        out = []
        for fid, f in sorted(self.library.items()):
            if region is not None and f.region != region:
                continue
            if year is not None and str(f.year) != year:
                continue
            if scope is not None and CATEGORY_SCOPE.get(f.category) != scope:
                continue
            hay = f"{fid} {f.name} {f.region} {f.year} {f.unit} {f.source}".lower()
            if all(w in hay for w in words):
                out.append(f)
        return out

    def value(self, f) -> float | None:
        try:
            return float(f.co2e(self.gwp_set))
        except Exception:  # noqa: BLE001 - a gas the set does not know: shown as blank
            return None

    def fill(self, *_):
        found = self.matches(self.filter.text())
        shown = found[:LIMIT]
        self.table.setSortingEnabled(False)
        self.table.setRowCount(len(shown))
        for r, f in enumerate(shown):
            value = self.value(f)
            cells = (
                f.id,
                f.name,
                fmt_number(float(f"{value:.6g}"), None) if value is not None else "",
                f.unit,
                ", ".join(f.gases),
                f.region,
                str(f.year or ""),
                f.source,
                f.licence or "",
                uncertainty_text(f, self.uncertainty.get(f.id)),
            )
            for c, text in enumerate(cells):
                item = NumberItem(str(text or "")) if c == 2 else QTableWidgetItem(str(text or ""))
                item.setData(Qt.ItemDataRole.UserRole, f.id)
                if c == 2:
                    item.setData(Qt.ItemDataRole.UserRole + 1, value)
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                    item.setToolTip(tr("kg CO2e per {0} ({1})").format(f.unit, self.gwp_set))
                if c == 4:
                    item.setToolTip(
                        "\n".join(f"{g}: {fmt_number(a, None)} kg / {f.unit}" for g, a in f.gases.items())
                    )
                if c in (1, 7):
                    item.setToolTip(f"{f.name}\n{f.source}\n{f.licence or ''}\n{f.notes or ''}".strip())
                self.table.setItem(r, c, item)
        self.table.setSortingEnabled(True)
        header = self.table.horizontalHeader()
        self.table.resizeColumnsToContents()
        for c, most in ((1, 300), (4, 140), (7, 260), (8, 150)):
            self.table.setColumnWidth(c, min(self.table.columnWidth(c), most))
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        if len(found) > LIMIT:
            self.count.setText(
                tr("{0} of {1} factors shown; type in the filter to narrow them.").format(
                    fmt_int(LIMIT), fmt_int(len(found))
                )
            )
        else:
            self.count.setText(tr("{0} factors").format(fmt_int(len(found))))
        if self.table.rowCount():
            self.table.selectRow(0)
        self.assign_button.setEnabled(bool(self.table.rowCount()))

    def select(self, factor_id: str) -> None:
        self.filter.setText(factor_id)
        for r in range(self.table.rowCount()):
            if self.table.item(r, 0).data(Qt.ItemDataRole.UserRole) == factor_id:
                self.table.selectRow(r)
                return

    def factor_id(self) -> str | None:
        r = self.table.currentRow()
        item = self.table.item(r, 0) if r >= 0 else None
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def double_clicked(self) -> None:
        if self.source is not None:
            self.accept()
        elif self.sources:
            self.assign_selected()

    def assign_selected(self) -> None:
        """Assign the selected factor to the source chosen in the source box."""
        fid, code = self.factor_id(), self.target.currentData()
        if not fid or not code:
            self.message.setText(tr("Select a factor and a source first."))
            return
        refusal = self.on_assign(code, fid) if self.on_assign is not None else None
        if refusal:
            self.message.setText(refusal)
            return
        self.assigned.append((code, fid))
        self.message.setText(tr("{0} assigned to {1}.").format(fid, code))


class FactorPicker(FactorBrowser):
    """Pick the factor of one source (OK or a double-click)."""

    def __init__(self, parent, source: dict):
        super().__init__(parent, source=source)
