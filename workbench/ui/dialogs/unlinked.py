"""The exchanges an import could not link (issue 13): listed with name, unit, amount and category;
the user refuses (nothing written), links each to a chosen activity or flow, or drops it (the
dropped list is kept in the project's import record by the service)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from ..i18n import fmt_number, tr

COLUMNS = 6  # type, name, unit, amount, category, choice
CHOICE = 5


class UnlinkedDialog(QDialog):
    """``exchanges``: :class:`UnlinkedExchange` list; ``candidates(exchange)`` -> [(label, "db|code")].

    After ``accept()``, :meth:`choice` gives ``(links, unlinked)`` for ``import_background``:
    ``links`` ``{exchange.key: "db|code"}`` and ``unlinked`` ``"drop"`` when any row is dropped.
    ``needs_full_biosphere`` shows the service's hint with a button (``build_biosphere``)."""

    def __init__(
        self, parent, exchanges, candidates, needs_full_biosphere: bool = False, build_biosphere=None
    ):
        super().__init__(parent)
        self.setWindowTitle(tr("Exchanges that could not be linked"))
        self.exchanges = list(exchanges)
        self.refused = False
        v = QVBoxLayout(self)
        note = QLabel(
            tr(
                "{0} exchange(s) of the file could not be linked. For each, choose an activity or flow "
                "to link it to, or drop it (the dropped list is kept in the import record). "
                "Refuse writes nothing."
            ).format(len(self.exchanges))
        )
        note.setWordWrap(True)
        v.addWidget(note)
        self.biosphere_button = None
        if needs_full_biosphere:
            hint = QLabel(
                tr(
                    "Some of these elementary flows are in the full biosphere3, which is not built here: "
                    "build it, then import again."
                )
            )
            hint.setWordWrap(True)
            hint.setStyleSheet("color: #b06000;")
            v.addWidget(hint)
            self.biosphere_button = QPushButton(tr("Build full biosphere..."))
            if build_biosphere is not None:
                self.biosphere_button.clicked.connect(lambda: (self.refuse(), build_biosphere()))
            v.addWidget(self.biosphere_button)
        self.table = QTableWidget(len(self.exchanges), COLUMNS)
        self.table.setHorizontalHeaderLabels(
            [tr("Kind"), tr("Name"), tr("Unit"), tr("Amount"), tr("Category"), tr("Link to")]
        )
        self.combos: list[QComboBox] = []
        for r, ex in enumerate(self.exchanges):
            for c, text in enumerate(
                (tr(ex.type), ex.name, ex.unit, fmt_number(ex.amount, None), ex.category)
            ):
                item = QTableWidgetItem(text)
                item.setToolTip(ex.line())
                self.table.setItem(r, c, item)
            combo = QComboBox()
            combo.addItem(tr("Drop (keep in the import record)"), "")
            for label, target in candidates(ex):
                combo.addItem(label, target)
            self.combos.append(combo)
            self.table.setCellWidget(r, CHOICE, combo)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setStretchLastSection(True)
        v.addWidget(self.table, 1)
        buttons = QDialogButtonBox()
        self.import_button = buttons.addButton(
            tr("Import with these choices"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.refuse_button = buttons.addButton(
            tr("Refuse (write nothing)"), QDialogButtonBox.ButtonRole.RejectRole
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.refuse)
        v.addWidget(buttons)
        self.resize(900, 420)

    def refuse(self) -> None:
        self.refused = True
        self.reject()

    def set_target(self, row: int, target: str) -> None:
        """Choose ``target`` ("db|code", or "" to drop) for a row; raises ValueError if not offered."""
        combo = self.combos[row]
        index = combo.findData(target)
        if index < 0:
            raise ValueError(f"{target} is not offered for row {row}")
        combo.setCurrentIndex(index)

    def choice(self) -> tuple[dict, str]:
        links = {}
        dropped = False
        for ex, combo in zip(self.exchanges, self.combos, strict=True):
            target = combo.currentData()
            if target:
                links[ex.key] = target
            else:
                dropped = True
        return links, "drop" if dropped else "refuse"
