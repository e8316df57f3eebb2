"""The reduction page's edits through real dialogs offscreen (issue 20): a new project, parameters
added and edited, readings typed and imported from CSV and XLSX, a certification step updated,
credits issued; each checked as you type, kept on a refusal, written to the file and undone."""

from __future__ import annotations

import pytest

pytest.importorskip("PySide6.QtWidgets")

from workbench.ui.qtfix import guard  # noqa: E402

guard()  # PySide6 6.12.0 reference-count bug: see workbench/ui/qtfix.py

from helpers.ui import isolate_settings, open_window  # noqa: E402

from workbench.demo import reduction as demo  # noqa: E402
from workbench.services import offsets, reduction  # noqa: E402

CODE = demo.CODE


def _file(tmp_path, with_demo: bool):
    from workbench import new_project

    isolate_settings(tmp_path / "settings")
    p = new_project(tmp_path / "r.cnw", "Hanbit Precision Co., Ltd.")
    if with_demo:
        demo.add_project(p)
    out = p.path
    p.close()
    return out


@pytest.fixture
def page(qtbot, tmp_path, qapp):
    w = open_window(qtbot, _file(tmp_path, True))
    w.show_step("reduction")
    pg = w.pages["reduction"]
    qtbot.waitUntil(lambda: not pg.loading and pg.chooser.count() == 1, timeout=30000)
    yield pg
    w.close_project()


def _type(qtbot, dialog, key: str, text: str) -> None:
    edit = dialog.fields[key]
    edit.clear()
    qtbot.keyClicks(edit, text)


def _choose(dialog, key: str, data) -> None:
    box = dialog.fields[key]
    index = box.findData(data)
    assert index >= 0, (key, data)
    box.setCurrentIndex(index)


def _ok(qtbot, dialog) -> None:
    from PySide6.QtCore import Qt

    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)


def _wait(qtbot, page) -> None:
    qtbot.waitUntil(lambda: not page.loading, timeout=30000)


def test_new_project_checked_as_typed_saved_and_undone(qtbot, tmp_path, qapp):
    w = open_window(qtbot, _file(tmp_path, False))
    try:
        w.show_step("reduction")
        page = w.pages["reduction"]
        _wait(qtbot, page)
        assert page.buttons["new"].isEnabled() and not page.buttons["issue"].isVisible()
        d = page.buttons["new"].click() or _visible(page, "ProjectDialog")
        _type(qtbot, d, "crediting_start", "2025-13-01")
        assert "is not a date" in d.error_text("crediting_start")  # as typed
        _type(qtbot, d, "crediting_start", "2025-01-01")
        _type(qtbot, d, "crediting_end", "2024-12-31")
        assert "is before the start 2025-01-01" in d.error_text("crediting_end")
        _type(qtbot, d, "crediting_end", "2034-12-31")
        _ok(qtbot, d)  # code, name, proponent, methodology still empty
        assert d.isVisible() and "nothing has been saved" in d.message.text()
        assert "required" in d.error_text("code")
        for key, text in (
            ("code", "RP-NEW"),
            ("name", "Heat pump retrofit"),
            ("proponent", "Hanbit Precision"),
            ("methodology_id", "KCCI-M-EE-02"),
        ):
            _type(qtbot, d, key, text)
        _choose(d, "value_chain", "scope3")
        _ok(qtbot, d)
        assert not d.isVisible()
        _wait(qtbot, page)
        rp = reduction.get(page.project, "RP-NEW")
        assert (rp.name, rp.value_chain, str(rp.crediting_end)) == (
            "Heat pump retrofit",
            "scope3",
            "2034-12-31",
        )
        assert page.chooser.currentData() == "RP-NEW" and page.buttons["issue"].isVisible()
        w.undo_stack.undo()
        _wait(qtbot, page)
        assert reduction.list_projects(page.project) == [] and page.chooser.count() == 0
        w.undo_stack.redo()
        _wait(qtbot, page)
        assert [r["code"] for r in reduction.list_projects(page.project)] == ["RP-NEW"]
    finally:
        w.close_project()


def test_parameter_added_edited_and_undone(qtbot, page):
    p = page.project
    d = page.buttons["add_parameter"].click() or _visible(page, "ParameterDialog")
    _type(qtbot, d, "code", "HG")
    assert "already used" in d.error_text("code")  # the demo's heat output
    _type(qtbot, d, "code", "EL-1")
    _type(qtbot, d, "name", "Pump electricity")
    _type(qtbot, d, "unit", "kwhh")
    assert "Did you mean" in d.error_text("unit")
    _type(qtbot, d, "unit", "kWh")
    _choose(d, "kind", "monitored")
    _ok(qtbot, d)
    assert d.isVisible() and "names its meter" in d.error_text("meter")
    _type(qtbot, d, "meter", "EM-7 revenue meter")
    _type(qtbot, d, "value", "12000")
    _ok(qtbot, d)
    assert not d.isVisible()
    _wait(qtbot, page)
    par = reduction.get(p, CODE).parameters["EL-1"]
    assert (par.kind, par.unit, par.value, par.meter) == ("monitored", "kWh", 12000.0, "EM-7 revenue meter")
    row = [page.parameters.item(r, 0).text() for r in range(page.parameters.rowCount())].index("EL-1")
    page.parameters.selectRow(row)
    e = page.buttons["edit_parameter"].click() or _visible(page, "ParameterDialog")
    assert e.fields["code"].isReadOnly() and e.fields["unit"].text() == "kWh"
    _type(qtbot, e, "value", "abc")
    assert "is not a number" in e.error_text("value")
    _type(qtbot, e, "value", "15000")
    _ok(qtbot, e)
    _wait(qtbot, page)
    assert reduction.get(p, CODE).parameters["EL-1"].value == 15000.0
    page.window_.undo_stack.undo()
    _wait(qtbot, page)
    assert reduction.get(p, CODE).parameters["EL-1"].value == 12000.0
    page.window_.undo_stack.undo()
    _wait(qtbot, page)
    assert "EL-1" not in reduction.get(p, CODE).parameters


def _visible(page, name: str):
    from PySide6.QtWidgets import QDialog

    found = [x for x in page.findChildren(QDialog) if x.isVisible() and type(x).__name__ == name]
    assert len(found) == 1, name
    return found[0]


def test_reading_refused_by_the_service_keeps_the_input(qtbot, page):
    p = page.project
    before, digest = reduction.reading_ids(p, CODE, "HG"), p.snapshot_hash()
    d = page.buttons["add_reading"].click() or _visible(page, "ReadingDialog")
    _choose(d, "parameter", "HG")
    unit = d.fields["unit"].text()
    assert unit  # the parameter's own unit is proposed
    _type(qtbot, d, "start", "2026-07-01")
    _type(qtbot, d, "end", "2026-07-31")
    _type(qtbot, d, "value", "2,400")
    _type(qtbot, d, "unit", "kg")  # a unit, but not one of heat: the service refuses
    _ok(qtbot, d)
    assert d.isVisible() and "unit" in d.message.text().lower()
    assert d.fields["value"].text() == "2,400" and d.fields["unit"].text() == "kg"
    assert reduction.reading_ids(p, CODE, "HG") == before and p.snapshot_hash() == digest
    _type(qtbot, d, "unit", unit)
    _ok(qtbot, d)
    assert not d.isVisible()
    _wait(qtbot, page)
    after = reduction.reading_ids(p, CODE, "HG")
    assert len(after) == len(before) + 1
    assert reduction.readings_of(p, CODE, "HG")[-1]["value"] == 2400.0
    page.window_.undo_stack.undo()
    assert reduction.reading_ids(p, CODE, "HG") == before and p.snapshot_hash() == digest


def _write(path, rows) -> None:
    """A readings file in the format its name says (CSV text, or an XLSX workbook)."""
    if path.suffix == ".csv":
        path.write_text("\n".join(",".join(str(c) for c in r) for r in rows) + "\n", encoding="utf-8")
        return
    from openpyxl import Workbook

    wb = Workbook()
    for r in rows:
        wb.active.append(list(r))
    wb.save(path)


@pytest.mark.parametrize("ext", ["csv", "xlsx"])
def test_readings_imported_from_a_file_and_undone(qtbot, page, tmp_path, ext):
    p = page.project
    unit = reduction.get(p, CODE).parameters["HG"].unit
    rows = [
        ("start", "end", "value", "unit"),
        ("2026-07-01", "2026-07-31", 2100, unit),
        ("2026-08-01", "2026-08-31", 2200, unit),
    ]
    path, bad = tmp_path / f"readings.{ext}", tmp_path / f"bad.{ext}"
    _write(path, rows)
    _write(bad, [rows[0], ("2026-07-01", "2026-07-31", "abc", unit)])  # row 2: not a number
    before = reduction.reading_ids(p, CODE, "HG")
    d = page.buttons["import_readings"].click() or _visible(page, "ImportReadingsDialog")
    _choose(d, "parameter", "HG")
    _type(qtbot, d, "path", str(tmp_path / "missing.csv"))
    assert "there is no file" in d.error_text("path")
    _type(qtbot, d, "path", str(bad))
    _ok(qtbot, d)
    assert d.isVisible() and f"bad.{ext}" in d.message.text() and "nothing was imported" in d.message.text()
    assert d.fields["path"].text() == str(bad)  # the input stays
    assert reduction.reading_ids(p, CODE, "HG") == before
    _type(qtbot, d, "path", str(path))
    _ok(qtbot, d)
    assert not d.isVisible()
    _wait(qtbot, page)
    values = [r["value"] for r in reduction.readings_of(p, CODE, "HG")]
    assert values[-2:] == [2100.0, 2200.0] and len(values) == len(before) + 2
    page.window_.undo_stack.undo()
    assert reduction.reading_ids(p, CODE, "HG") == before


def test_certification_step_updated_and_put_back(qtbot, page):
    p = page.project
    tracker = reduction.tracker(p, CODE)
    row = next(i for i, s in enumerate(tracker) if s.step.key == "conformity_review" and s.period == "2026H1")
    old = reduction.step_values(p, CODE, "conformity_review", "2026H1")
    page.tabs.setCurrentWidget(page.steps)
    page.steps.selectRow(row)
    d = page.buttons["step"].click() or _visible(page, "StepDialog")
    assert d.chosen()[0] == ("conformity_review", "2026H1")
    _type(qtbot, d, "completed", "20.10.2026")
    assert "is not a date" in d.error_text("completed")
    _type(qtbot, d, "completed", "2026-10-20")
    _type(qtbot, d, "documents", "conformity_opinion_2026H1.pdf")
    _choose(d, "state", "done")
    _ok(qtbot, d)
    assert not d.isVisible()
    _wait(qtbot, page)
    now = reduction.step_values(p, CODE, "conformity_review", "2026H1")
    assert (now["state"], now["completed"], now["documents"]) == (
        "done",
        "2026-10-20",
        "conformity_opinion_2026H1.pdf",
    )
    page.window_.undo_stack.undo()
    assert reduction.step_values(p, CODE, "conformity_review", "2026H1") == old


def test_credits_issued_checked_and_withdrawn_by_undo(qtbot, page):
    p = page.project
    d = page.buttons["issue"].click() or _visible(page, "IssueDialog")
    _choose(d, "period", "2025")
    assert d.fields["quantity"].text() == "815"  # the monitored reduction, whole credits
    _type(qtbot, d, "quantity", "900")
    assert "more than the monitored reduction" in d.error_text("quantity")
    _type(qtbot, d, "quantity", "815")
    _type(qtbot, d, "issued_on", "2025-12-01")
    assert "issued ex post" in d.error_text("issued_on")
    _type(qtbot, d, "issued_on", "2026-03-30")
    _type(qtbot, d, "committee_decision", "KCCI_decision_2026-03.pdf")
    _ok(qtbot, d)
    assert not d.isVisible()
    _wait(qtbot, page)
    issued = reduction.issuances(p, CODE)
    assert [(i.quantity, i.serial) for i in issued] == [(815, "KCCI/KCR-2025-KCS-P-2025-0042/000001-000815")]
    assert page.credits.rowCount() == 1 and page.credits.item(0, 2).text() == "815"
    lot_id = issued[0].lot_id
    page.window_.undo_stack.undo()
    _wait(qtbot, page)
    assert reduction.issuances(p, CODE) == [] and page.credits.rowCount() == 0
    assert lot_id not in [lot.id for lot in offsets.list_lots(p)]


def test_reading_edited_from_the_readings_tab_and_undone(qtbot, page):
    p = page.project
    first = reduction.readings_of(p, CODE, "HG")[0]
    page.tabs.setCurrentWidget(page.readings)
    assert page.readings.rowCount() == 36  # the demo's 18 months of two meters
    assert page.readings.item(0, 0).text() == "HG" and page.readings.item(0, 3).text() == "3,100"
    page.readings.selectRow(0)
    d = page.buttons["edit_reading"].click() or _visible(page, "ReadingDialog")
    assert not d.fields["parameter"].isEnabled() and d.fields["start"].text() == first["start"]
    _type(qtbot, d, "end", "2024-12-31")
    assert "is before the start" in d.error_text("end")
    _ok(qtbot, d)
    assert d.isVisible() and reduction.readings_of(p, CODE, "HG")[0] == first
    _type(qtbot, d, "end", first["end"])
    _type(qtbot, d, "value", "3,150")
    _ok(qtbot, d)
    assert not d.isVisible()
    _wait(qtbot, page)
    assert reduction.readings_of(p, CODE, "HG")[0]["value"] == 3150.0
    assert page.readings.item(0, 3).text() == "3,150"
    assert page.figures.item(1, 1).text() != "2,926.17"  # the 2025 baseline follows the reading
    page.window_.undo_stack.undo()
    _wait(qtbot, page)
    assert reduction.readings_of(p, CODE, "HG")[0] == first
    assert page.figures.item(1, 1).text() == "2,926.17"
