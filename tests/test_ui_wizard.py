"""New project wizard: subject, period, organisation, sites, GWP set, standard; bad input refused."""

from __future__ import annotations

import pytest

pytest.importorskip("PySide6.QtWidgets")

from workbench.ui.qtfix import guard  # noqa: E402

guard()  # PySide6 6.12.0 reference-count bug: see workbench/ui/qtfix.py

from helpers.ui import ErrorCapture, isolate_settings, open_window  # noqa: E402
from PySide6.QtCore import QDate  # noqa: E402


@pytest.fixture
def window(qtbot, tmp_path, qapp):
    isolate_settings(tmp_path / "settings")
    w = open_window(qtbot)
    yield w
    w.close_project()


def fill(
    dialog, path, standard="ISO14068-1", end=QDate(2025, 12, 31), sites=(("SEL", "Seoul HQ", "서울 본사"),)
):
    dialog.org_name.setText("Hanbit Precision Co., Ltd.")
    dialog.org_name_local.setText("한빛정밀 주식회사")
    dialog.subject_kind.setCurrentIndex(dialog.subject_kind.findData("organisation"))
    dialog.start.setDate(QDate(2025, 1, 1))
    dialog.end.setDate(end)
    dialog.gwp.setCurrentText("AR5")
    dialog.standard.setCurrentIndex(dialog.standard.findData(standard))
    for code, name, local in sites:
        dialog.add_site_row(code, name, local)
    dialog.path.setText(str(path))
    dialog.path.setModified(True)


def test_wizard_creates_the_project_and_opens_it(window, tmp_path, monkeypatch):
    from workbench.ui.dialogs.new_project import NewProjectDialog

    target = tmp_path / "hanbit.cnw"

    def run(dialog):
        fill(dialog, target, sites=(("SEL", "Seoul HQ", "서울 본사"), ("BSN", "Busan plant", "")))
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(NewProjectDialog, "exec", run)
    window.act_new.trigger()
    p = window.project
    assert p is not None and str(p.path) == str(target)
    assert p.setting("gwp_set") == "AR5" and p.setting("standard") == "ISO14068-1"
    assert p.one("SELECT name_local FROM organisation")["name_local"] == "한빛정밀 주식회사"
    assert [s["code"] for s in p.rows("SELECT code FROM sites ORDER BY code")] == ["BSN", "SEL"]
    assert p.current_period()["start"] == "2025-01-01"
    assert window.status.file_label.text() == f"File: {target}"


@pytest.mark.parametrize(
    "standard, end, sites, message",
    [
        ("PAS2060", QDate(2025, 12, 31), (("SEL", "Seoul", ""),), "PAS 2060 was withdrawn on 2025-11-30"),
        (
            "ISO14068-1",
            QDate(2025, 12, 31),
            (("SEL", "Seoul", ""), ("SEL", "Other", "")),
            "Site code SEL is used twice",
        ),
        (
            "ISO14068-1",
            QDate(2025, 12, 31),
            (("", "No code", ""),),
            "Site row 1: code and name are both needed",
        ),
    ],
)
def test_wizard_refuses_bad_input_and_writes_nothing(qtbot, tmp_path, qapp, standard, end, sites, message):
    from workbench.ui.dialogs.new_project import NewProjectDialog

    isolate_settings(tmp_path / "settings")
    target = tmp_path / "bad.cnw"
    dialog = NewProjectDialog()
    qtbot.addWidget(dialog)
    fill(dialog, target, standard=standard, end=end, sites=sites)
    with ErrorCapture() as errors:
        dialog.accept()
    assert dialog.created is None
    assert message in errors.messages[0]
    assert not target.exists()
    assert list(tmp_path.glob("bad.cnw*")) == []


def test_pas2060_note_for_periods_before_withdrawal(qtbot, qapp):
    from workbench.ui.dialogs.new_project import NewProjectDialog

    dialog = NewProjectDialog()
    qtbot.addWidget(dialog)
    dialog.end.setDate(QDate(2024, 12, 31))
    dialog.standard.setCurrentIndex(dialog.standard.findData("PAS2060"))
    assert dialog.standard_note.text() == "PAS 2060 is kept for periods before its withdrawal."
    dialog.end.setDate(QDate(2025, 12, 31))
    assert dialog.standard_note.text().startswith("PAS 2060 was withdrawn")
