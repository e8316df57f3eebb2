"""Dialogs of the reduction-projects page for the certification: update a step of the process
(state, dates, documents, the one extension of a review clock) and record credits issued for a
monitoring period. Checked as you type; a refusal keeps the input (see ``checked_form.py``)."""

from __future__ import annotations

import datetime as dt

from ..i18n import parse_number, tr
from . import checks
from .checked_form import CheckedDialog
from .reduction import combo, line, period_check


def state_items(state_text) -> list[tuple[str, str]]:
    return [(state_text(s), s) for s in ("pending", "in_progress", "submitted", "done", "rejected")]


class StepDialog(CheckedDialog):
    """``steps``: [(text, (key, period), values dict | None, has clock)] of the project's tracker;
    choosing a step fills in what is recorded for it."""

    def __init__(self, parent, steps, state_text, current: int = 0, submit=None):
        super().__init__(parent, tr("Update a certification step"), submit)
        self.steps = steps
        box = combo("step", [(text, i) for i, (text, _key, _v, _c) in enumerate(steps)])
        self.add_field("step", tr("Certification step"), box)
        self.add_field("state", tr("State"), combo("state", state_items(state_text)))
        self.add_field("started", tr("Started on"), line("started"), checks.date(tr("Started on")))
        self.add_field(
            "submitted",
            tr("Complete submission on"),
            line("submitted"),
            checks.date(tr("Complete submission on")),
        )
        self.add_field("completed", tr("Completed on"), line("completed"), checks.date(tr("Completed on")))
        self.add_field(
            "extended",
            tr("Review clock extended"),
            combo("extended", [(tr("no"), "0"), (tr("yes, once"), "1")]),
        )
        self.add_field("documents", tr("Documents submitted"), line("documents"))
        self.cross_checks.append(period_check("submitted", "completed", tr("Completed on")))
        self.cross_checks.append(self._clock)
        box.currentIndexChanged.connect(lambda _i: self._load())
        self.finish()
        box.setCurrentIndex(current)
        self._load()

    def chosen(self) -> tuple[tuple[str, str | None], dict | None]:
        _text, key, values, _clock = self.steps[int(self.text("step") or 0)]
        return key, values

    def _load(self) -> None:
        _key, values = self.chosen()
        values = values or {}
        state = self.fields["state"]
        state.setCurrentIndex(max(0, state.findData(values.get("state") or "pending")))
        for k in ("started", "submitted", "completed", "documents"):
            self.fields[k].setText(values.get(k) or "")
        ext = self.fields["extended"]
        ext.setCurrentIndex(ext.findData("1" if values.get("extended") else "0"))

    def _clock(self, values: dict):
        _text, _key, old, clock = self.steps[int(values.get("step") or 0)]
        if values.get("extended") == "1" and not clock:
            return "extended", tr("Review clock extended: this step has no review clock.")
        if values.get("extended") == "1" and not values.get("submitted"):
            return "submitted", tr("Complete submission on: the clock runs from it; give the date.")
        return None

    def changes(self) -> dict:
        """The step's fields as typed, for ``set_step`` (the extension only when it changes)."""
        _key, old = self.chosen()
        v = self.values()
        out = {k: v[k] or None for k in ("started", "submitted", "completed")}
        out["state"] = v["state"]
        out["documents"] = v["documents"]
        extended = v["extended"] == "1"
        if extended != bool((old or {}).get("extended")):
            out["extended"] = extended
        return out


class IssueDialog(CheckedDialog):
    """Credits issued for a monitoring period: ``periods`` = [(text, label, end date, reduction t)]."""

    def __init__(self, parent, periods, submit=None):
        super().__init__(parent, tr("Record issued credits"), submit)
        self.periods = {label: (end, t) for _text, label, end, t in periods}
        box = combo("period", [(text, label) for text, label, _e, _t in periods])
        self.add_field("period", tr("Period monitored"), box, checks.required(tr("Period monitored")))
        self.add_field("quantity", tr("Credits"), line("quantity"), self._quantity)
        self.add_field(
            "issued_on", tr("Issued on"), line("issued_on"), checks.date(tr("Issued on"), optional=False)
        )
        self.add_field("serial_start", tr("First serial number"), line("serial_start", "1"), self._serial)
        self.add_field("committee_decision", tr("Committee decision document"), line("committee_decision"))
        self.cross_checks.append(self._ex_post)
        box.currentIndexChanged.connect(lambda _i: self._suggest())
        self.finish()
        self._suggest()

    def _suggest(self) -> None:
        end, t = self.periods.get(self.text("period"), (None, None))
        if t is not None and not self.fields["quantity"].text():
            self.fields["quantity"].setText(str(max(0, int(t))))

    @staticmethod
    def whole(text: str) -> int | None:
        try:
            value = parse_number(text)
        except ValueError:
            return None
        return int(value) if value == int(value) else None

    def _quantity(self, text: str):
        if not text.strip():
            return tr("{0}: this field is required.").format(tr("Credits"))
        n = self.whole(text)
        if n is None or n <= 0:
            return tr("Credits: '{0}' is not a positive whole number (1 credit = 1 tCO2e).").format(
                text.strip()
            )
        _end, t = self.periods.get(self.text("period"), (None, None))
        if t is not None and n > t:
            return tr("Credits: {0} is more than the monitored reduction of the period ({1} t).").format(
                n, int(t)
            )
        return None

    def _serial(self, text: str):
        n = self.whole(text) if text.strip() else None
        if n is None or n <= 0:
            return tr("First serial number: '{0}' is not a positive whole number.").format(text.strip())
        return None

    def _ex_post(self, values: dict):
        end, _t = self.periods.get(values.get("period"), (None, None))
        day = checks.parse_date(values.get("issued_on", ""))
        if end is not None and day is not None and day < end:
            return "issued_on", tr(
                "Issued on: {0} is before the end of the period {1}; credits are issued ex post."
            ).format(day.isoformat(), end.isoformat())
        if day is not None and day > dt.date.today():
            return "issued_on", tr("Issued on: {0} is in the future; record it once it has happened.").format(
                day.isoformat()
            )
        return None
