"""The journey navigator: seven steps (product LCA under footprint), each with a status."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QTreeWidget, QTreeWidgetItem

from .i18n import tr
from .icons import icon

# (key, parent key or None). Labels come from step_label() so they follow the UI language.
STEPS = [
    ("boundary", None),
    ("inventory", None),
    ("footprint", None),
    ("product", "footprint"),
    ("plan", None),
    ("reduction", "plan"),
    ("offsets", None),
    ("verification", None),
    ("certificate", None),
]
STATES = ("not_started", "in_progress", "issues", "done")


def step_label(key: str) -> str:
    return {
        "boundary": tr("1. Subject and boundary"),
        "inventory": tr("2. Inventory"),
        "footprint": tr("3. Footprint"),
        "product": tr("Product LCA"),
        "plan": tr("4. Reduction plan"),
        "reduction": tr("Reduction projects"),
        "offsets": tr("5. Offsets"),
        "verification": tr("6. Verification"),
        "certificate": tr("7. Declaration and certificate"),
    }[key]


def state_label(state: str) -> str:
    return {
        "not_started": tr("not started"),
        "in_progress": tr("in progress"),
        "issues": tr("issues"),
        "done": tr("done"),
    }[state]


class Navigator(QTreeWidget):
    step_selected = Signal(str)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setHeaderHidden(True)
        self.setColumnCount(2)
        self.setRootIsDecorated(False)
        self.setIndentation(14)
        self.setUniformRowHeights(True)
        self.setMinimumWidth(250)
        self.items: dict[str, QTreeWidgetItem] = {}
        self.states: dict[str, tuple[str, str]] = {}
        for key, parent_key in STEPS:
            item = QTreeWidgetItem(self.items[parent_key] if parent_key else self)
            item.setData(0, Qt.ItemDataRole.UserRole, key)
            self.items[key] = item
        self.expandAll()
        self.retranslate()
        for key, _ in STEPS:
            self.set_status(key, "not_started")
        self.currentItemChanged.connect(self._changed)

    def retranslate(self) -> None:
        for key, item in self.items.items():
            item.setText(0, step_label(key))
            state, note = self.states.get(key, ("not_started", ""))
            self._paint(key, state, note)
        self.resizeColumnToContents(0)

    def _paint(self, key: str, state: str, note: str) -> None:
        item = self.items[key]
        item.setIcon(0, icon(f"status_{state}"))
        item.setText(1, state_label(state))
        tip = state_label(state) + (f": {note}" if note else "")
        item.setToolTip(0, tip)
        item.setToolTip(1, tip)

    def set_status(self, key: str, state: str, note: str = "") -> None:
        if state not in STATES:
            raise ValueError(f"step status {state!r}: must be one of {', '.join(STATES)}")
        self.states[key] = (state, note)
        self._paint(key, state, note)

    def status(self, key: str) -> str:
        return self.states[key][0]

    def select(self, key: str) -> None:
        self.setCurrentItem(self.items[key])

    def _changed(self, current, _previous) -> None:
        if current is not None:
            self.step_selected.emit(current.data(0, Qt.ItemDataRole.UserRole))
