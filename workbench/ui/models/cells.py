"""Table cells for numbers: shown in the UI locale (QLocale, through ``workbench.ui.i18n``: the
thousands separators and decimal mark of English or Korean), right-aligned, and sorted by value
(not by the text, where "1,680" would sort before "840")."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTableWidgetItem

from ..i18n import fmt_int, fmt_number

SORT_ROLE = Qt.ItemDataRole.UserRole + 7  # the number a cell sorts by (UserRole stays the page's)


def number_text(value, decimals: int | None = 0, unit: str = "") -> str:
    """``value`` as the cell shows it: '1,680', '4,200.5 tCO2e' ('' for None)."""
    if value is None or value == "":
        return ""
    text = fmt_int(value) if decimals == 0 and float(value).is_integer() else fmt_number(value, decimals)
    return f"{text} {unit}" if unit else text


class NumberItem(QTableWidgetItem):
    """A number in the UI locale, right-aligned, sorting by its value."""

    def __init__(self, value, decimals: int | None = 0, unit: str = ""):
        super().__init__(number_text(value, decimals, unit))
        self.setData(SORT_ROLE, None if value is None or value == "" else float(value))
        self.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

    def __lt__(self, other) -> bool:
        mine, theirs = self.data(SORT_ROLE), other.data(SORT_ROLE)
        if mine is None or theirs is None:  # empty cells first
            return mine is None and theirs is not None
        return mine < theirs
