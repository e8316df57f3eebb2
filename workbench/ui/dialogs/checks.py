"""Field checks for dialogs, run as the user types: each takes the field's text and returns a
readable message naming the field and the reason, or None when the text is acceptable.

The services stay the final judges (they refuse bad input whatever the UI lets through); these
checks only say so earlier, next to the field, in the UI language.
"""

from __future__ import annotations

import datetime as dt
from difflib import get_close_matches

from workbench.services.common import units as unit_names

from ..i18n import parse_number, tr


def did_you_mean(options: list[str]) -> str:
    if not options:
        return ""
    return " " + tr("Did you mean {0}?").format(", ".join(options))


def required(label: str):
    def check(text: str) -> str | None:
        return tr("{0}: this field is required.").format(label) if not text.strip() else None

    return check


def number(label: str, minimum: float | None = None, optional: bool = True):
    """A number in the UI locale ('1,234.5'); 'abc' gets a message naming the field."""

    def check(text: str) -> str | None:
        t = text.strip()
        if not t:
            return None if optional else tr("{0}: this field is required.").format(label)
        try:
            value = parse_number(t)
        except ValueError:
            return tr("{0}: '{1}' is not a number (type digits, for example 1234.5).").format(label, t)
        if minimum is not None and value < minimum:
            return tr("{0}: must be at least {1}.").format(label, minimum)
        return None

    return check


def parse_date(text: str) -> dt.date | None:
    """An ISO date (YYYY-MM-DD) or None."""
    try:
        return dt.date.fromisoformat(text.strip())
    except ValueError:
        return None


def date(label: str, optional: bool = True, not_after: dt.date | None = None, not_before=None):
    """An ISO date; ``not_after`` (e.g. today) and ``not_before`` ((date, reason) ) bounds."""

    def check(text: str) -> str | None:
        t = text.strip()
        if not t:
            return None if optional else tr("{0}: this field is required.").format(label)
        day = parse_date(t)
        if day is None:
            return tr("{0}: '{1}' is not a date (use YYYY-MM-DD, for example 2025-03-31).").format(label, t)
        if not_after is not None and day > not_after:
            return tr("{0}: {1} is in the future; record it once it has happened.").format(label, t)
        if not_before is not None:
            limit, reason = not_before
            if limit is not None and day < limit:
                return tr("{0}: {1} is before {2} ({3}).").format(label, t, limit.isoformat(), reason)
        return None

    return check


def unit(label: str, optional: bool = True):
    """A unit the registry knows; a typo gets the closest known units ('kwhh': did you mean kWh?)."""

    def check(text: str) -> str | None:
        t = text.strip()
        if not t:
            return None if optional else tr("{0}: this field is required.").format(label)
        if unit_names.unit_known(t):
            return None
        return tr("{0}: '{1}' is not a unit.").format(label, t) + did_you_mean(unit_names.suggest_units(t))

    return check


def one_of(label: str, known, what: str, optional: bool = True, case: bool = True):
    """A code from ``known`` (emission factor ids, source codes...); close ones are suggested."""

    def check(text: str) -> str | None:
        t = text.strip()
        if not t:
            return None if optional else tr("{0}: this field is required.").format(label)
        names = list(known() if callable(known) else known)
        if t in names or (not case and t.upper() in {n.upper() for n in names}):
            return None
        close = get_close_matches(t, names, 3, 0.6)
        return tr("{0}: there is no {1} '{2}'.").format(label, what, t) + did_you_mean(close)

    return check


def not_one_of(label: str, taken, what: str):
    """A new code that must not be in ``taken`` already (site codes, source codes)."""

    def check(text: str) -> str | None:
        t = text.strip()
        if t and t in set(taken() if callable(taken) else taken):
            return tr("{0}: {1} '{2}' is already used; choose another code.").format(label, what, t)
        return None

    return check


def all_of(*checks):
    def check(text: str) -> str | None:
        for c in checks:
            msg = c(text)
            if msg:
                return msg
        return None

    return check


def existing_file(label: str, optional: bool = False):
    def check(text: str) -> str | None:
        from pathlib import Path

        t = text.strip()
        if not t:
            return None if optional else tr("{0}: choose a file (Browse...).").format(label)
        if not Path(t).is_file():
            return tr("{0}: there is no file {1}.").format(label, t)
        return None

    return check


def pick_file(title: str):
    """A picker for ``CheckedForm(browse=...)``: a Qt file dialog (the same on every platform, and
    one that tests can drive); returns the chosen path or None when cancelled."""

    def pick(parent) -> str | None:
        from PySide6.QtWidgets import QFileDialog

        dialog = QFileDialog(parent, title)
        dialog.setObjectName("filePicker")
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        if dialog.exec() and dialog.selectedFiles():
            return dialog.selectedFiles()[0]
        return None

    return pick
