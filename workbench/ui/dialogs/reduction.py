"""Dialogs of the reduction-projects page: a new project, a parameter (new or edited), a monitored
reading, an import of readings from CSV/XLSX. Every field is checked as it changes (see
``checked_form.py``); OK hands the values to ``submit`` (an undoable service edit of the page),
and a refusal by the service keeps the dialog open with everything typed.

The certification step and the issuance dialogs are in ``reduction_steps.py``."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QLineEdit, QPushButton

from ..i18n import tr
from . import checks
from .checked_form import CheckedDialog


def line(key: str, value="") -> QLineEdit:
    edit = QLineEdit("" if value is None else str(value))
    edit.setObjectName(f"field_{key}")
    return edit


def combo(key: str, items: list[tuple[str, str]], current=None) -> QComboBox:
    box = QComboBox()
    box.setObjectName(f"field_{key}")
    for text, data in items:
        box.addItem(text, data)
    if current is not None and box.findData(current) >= 0:
        box.setCurrentIndex(box.findData(current))
    return box


def period_check(start_key: str, end_key: str, label: str):
    """A check over two date fields: the end is not before the start."""

    def cross(values: dict):
        start, end = checks.parse_date(values.get(start_key, "")), checks.parse_date(values.get(end_key, ""))
        if start and end and end < start:
            return end_key, tr("{0}: {1} is before the start {2}.").format(
                label, end.isoformat(), start.isoformat()
            )
        return None

    return cross


def standard_items() -> list[tuple[str, str]]:
    return [(tr("KCCI Carbon Standard (KCR)"), "KCS"), (tr("MyCarbon standard (CRA)"), "MYCARBON")]


def value_chain_items() -> list[tuple[str, str]]:
    return [
        (tr("outside the value chain"), "outside"),
        (tr("inside: own scope 1"), "scope1"),
        (tr("inside: own scope 2"), "scope2"),
        (tr("inside: own scope 3 (value chain)"), "scope3"),
    ]


def kind_items() -> list[tuple[str, str]]:
    return [(tr("fixed ex ante"), "ex_ante"), (tr("monitored"), "monitored")]


class ProjectDialog(CheckedDialog):
    """A new reduction project: what the services require, the rest is added later."""

    def __init__(self, parent, taken_codes, submit=None):
        super().__init__(parent, tr("New reduction project"), submit)
        self.add_field(
            "code",
            tr("Code"),
            line("code"),
            checks.all_of(
                checks.required(tr("Code")),
                checks.not_one_of(tr("Code"), taken_codes, tr("reduction-project code")),
            ),
        )
        self.add_field("name", tr("Name"), line("name"), checks.required(tr("Name")))
        self.add_field("standard", tr("Standard"), combo("standard", standard_items()))
        self.add_field("proponent", tr("Proponent"), line("proponent"), checks.required(tr("Proponent")))
        self.add_field(
            "methodology_id",
            tr("Methodology applied"),
            line("methodology_id"),
            checks.required(tr("Methodology applied")),
        )
        self.add_field("methodology_version", tr("Version of the methodology"), line("methodology_version"))
        self.add_field(
            "crediting_start",
            tr("Crediting period from"),
            line("crediting_start"),
            checks.date(tr("Crediting period from"), optional=False),
        )
        self.add_field(
            "crediting_end",
            tr("Crediting period to"),
            line("crediting_end"),
            checks.date(tr("Crediting period to"), optional=False),
        )
        self.add_field("start_date", tr("Start date"), line("start_date"), checks.date(tr("Start date")))
        self.add_field(
            "value_chain", tr("Place in the value chain"), combo("value_chain", value_chain_items())
        )
        self.cross_checks.append(period_check("crediting_start", "crediting_end", tr("Crediting period to")))
        self.finish()


class ParameterDialog(CheckedDialog):
    """A methodology parameter; ``values`` given: the parameter is edited (its code stays)."""

    def __init__(self, parent, taken_codes, values: dict | None = None, submit=None):
        editing = values is not None
        values = values or {}
        title = tr("Edit parameter {0}").format(values.get("code", "")) if editing else tr("Add parameter")
        super().__init__(parent, title, submit)
        code = line("code", values.get("code", ""))
        code.setReadOnly(editing)
        code_check = checks.required(tr("Code"))
        if not editing:
            code_check = checks.all_of(
                code_check, checks.not_one_of(tr("Code"), taken_codes, tr("parameter code"))
            )
        self.add_field("code", tr("Code"), code, code_check)
        self.add_field("name", tr("Name"), line("name", values.get("name", "")), checks.required(tr("Name")))
        self.add_field(
            "unit", tr("Unit"), line("unit", values.get("unit", "")), checks.unit(tr("Unit"), optional=False)
        )
        self.add_field("kind", tr("Kind"), combo("kind", kind_items(), values.get("kind")))
        self.add_field(
            "value",
            tr("Value (monitored: per year)"),
            line("value", values.get("value", "")),
            checks.number(tr("Value (monitored: per year)"), minimum=0),
        )
        self.add_field("source", tr("Source of the value"), line("source", values.get("source", "")))
        self.add_field("meter", tr("Meter or measuring method"), line("meter", values.get("meter", "")))
        self.add_field("frequency", tr("Reading frequency"), line("frequency", values.get("frequency", "")))
        self.add_field(
            "calibration", tr("Calibration record"), line("calibration", values.get("calibration", ""))
        )
        self.add_field("qaqc", tr("QA/QC procedure"), line("qaqc", values.get("qaqc", "")))
        self.cross_checks.append(self._kind_needs)
        self.fields["kind"].currentIndexChanged.connect(lambda _i: self._recheck())
        self.finish()

    def _recheck(self) -> None:
        for key in ("value", "meter"):
            self.check_field(key)

    @staticmethod
    def _kind_needs(values: dict):
        if values.get("kind") == "ex_ante" and not values.get("value"):
            return "value", tr("Value: a fixed ex-ante parameter needs its value.")
        if values.get("kind") == "monitored" and not values.get("meter"):
            return "meter", tr("Meter or measuring method: a monitored parameter names its meter.")
        return None


class ReadingDialog(CheckedDialog):
    """One monitored reading of a parameter (a meter reading over a period)."""

    def __init__(
        self, parent, parameters: list[tuple[str, str]], units: dict, values: dict | None = None, submit=None
    ):
        """``values`` (parameter, start, end, value, unit, evidence): a recorded reading is edited."""
        title = tr("Edit a monitored reading") if values else tr("Add a monitored reading")
        super().__init__(parent, title, submit)
        self.units = units
        v = values or {}
        box = combo("parameter", parameters, v.get("parameter"))
        box.setEnabled(values is None)
        self.add_field(
            "parameter", tr("Monitored parameter"), box, checks.required(tr("Monitored parameter"))
        )
        self.add_field(
            "start", tr("From"), line("start", v.get("start")), checks.date(tr("From"), optional=False)
        )
        self.add_field("end", tr("To"), line("end", v.get("end")), checks.date(tr("To"), optional=False))
        self.add_field(
            "value",
            tr("Measured value"),
            line("value", v.get("value")),
            checks.number(tr("Measured value"), minimum=0, optional=False),
        )
        self.add_field(
            "unit",
            tr("Unit"),
            line("unit", v.get("unit") or units.get(box.currentData(), "")),
            checks.unit(tr("Unit"), optional=False),
        )
        self.add_field("evidence", tr("Evidence"), line("evidence", v.get("evidence")))
        box.currentIndexChanged.connect(
            lambda _i: self.fields["unit"].setText(self.units.get(box.currentData(), ""))
        )
        self.cross_checks.append(period_check("start", "end", tr("To")))
        self.finish()


class ImportReadingsDialog(CheckedDialog):
    """Readings of a parameter from a CSV or XLSX file (columns start, end, value, unit[, evidence])."""

    def __init__(self, parent, parameters: list[tuple[str, str]], submit=None):
        super().__init__(parent, tr("Import readings from CSV or XLSX"), submit)
        self.add_field(
            "parameter",
            tr("Monitored parameter"),
            combo("parameter", parameters),
            checks.required(tr("Monitored parameter")),
        )
        path = line("path")
        browse = QPushButton(tr("Browse..."))
        browse.setObjectName("browse_path")
        pick = checks.pick_file(tr("Readings file"))
        browse.clicked.connect(lambda _c=False: self._browse(path, pick))
        self.add_field("path", tr("File"), path, checks.existing_file(tr("File")), extra=browse)
        self.finish()

    def _browse(self, edit: QLineEdit, pick) -> None:
        chosen = pick(self)
        if chosen:
            edit.setText(chosen)
