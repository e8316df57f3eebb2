"""File > Save a copy as (SQLite backup, never over the open file) and the audit-log viewer
(filters by table, user, date; verifies the chain), driven through the real window's menus."""

from __future__ import annotations

import sqlite3

import pytest

pytest.importorskip("PySide6.QtWidgets")

from workbench.ui.qtfix import guard  # noqa: E402

guard()  # PySide6 6.12.0 reference-count bug: see workbench/ui/qtfix.py

from helpers.ui import ErrorCapture, one_source_window  # noqa: E402
from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtWidgets import QFileDialog  # noqa: E402
from test_ui_dialogs_validation import Modal  # noqa: E402


@pytest.fixture
def window(qtbot, tmp_path, qapp):
    yield from one_source_window(qtbot, tmp_path, "p.cnw")


def save_as(path):
    def step(d):
        assert isinstance(d, QFileDialog)
        d.selectFile(str(path))
        d.accept()

    return step


def test_save_a_copy_makes_an_openable_unlocked_copy_and_refuses_the_open_file(window, qtbot, tmp_path):
    from workbench import open_project
    from workbench.services import boundary

    src = window.project.path
    before = open(src, "rb").read()
    copy = tmp_path / "copies" / "p-copy.cnw"
    copy.parent.mkdir()
    with Modal(qtbot, save_as(copy)):
        window.act_save_copy.trigger()
    assert window.statusBar().currentMessage() == f"Saved a copy as {copy}"
    assert open(src, "rb").read() == before  # the open file is untouched and still open here
    assert window.project is not None and str(window.project.path) == str(src)
    con = sqlite3.connect(copy)
    assert con.execute("SELECT count(*) FROM local_lock").fetchone()[0] == 0
    assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    con.close()
    other = open_project(str(copy))  # editable: the copy carries no lock of ours
    try:
        assert other.mode == "edit"
        assert [s["code"] for s in boundary.list_sites(other)] == ["SEL"]
        assert other.snapshot_hash() == window.project.snapshot_hash()
    finally:
        other.close()
    with ErrorCapture() as errors:
        assert window.save_copy_as(str(src)) is None
    assert errors.messages == [f"{src} is the open project file itself; choose another name."]
    assert open(src, "rb").read() == before
    with ErrorCapture() as errors:
        assert window.save_copy_as(str(tmp_path / "nope" / "x.cnw")) is None
        assert window.save_copy_as(str(tmp_path / "x.txt")) is None
    assert errors.messages == [
        f"{tmp_path / 'nope'}: no such folder",
        "x.txt: a project file name ends in .cnw",
    ]
    assert sorted(p.name for p in tmp_path.glob("**/.copy-*")) == []


def test_audit_log_viewer_filters_and_verifies_the_chain(window, qtbot):
    from workbench.services import boundary

    page = window.pages["boundary"]
    window.show_step("boundary")
    page.add_site("BSN", "Busan plant")
    dialog = window.show_audit_log()
    qtbot.addWidget(dialog)
    assert dialog.isVisible()
    total = dialog.rows.rowCount()
    assert total >= 4 and dialog.count.text() == f"{total} entries"
    assert dialog.rows.item(0, 3).text() == "Add site BSN"  # newest first
    dialog.table_filter.setCurrentIndex(dialog.table_filter.findData("sites"))
    shown = {dialog.rows.item(r, 4).text() for r in range(dialog.rows.rowCount())}
    assert shown == {"sites"} and dialog.rows.rowCount() == 2
    qtbot.keyClicks(dialog.date_from, "2025-13-01")
    assert (
        dialog.problem.text() == "From: '2025-13-01' is not a date (use YYYY-MM-DD, for example 2025-03-31)."
    )
    assert dialog.rows.rowCount() == 2  # the last good filter stays shown
    dialog.date_from.clear()
    qtbot.keyClicks(dialog.date_from, "2999-01-01")
    assert dialog.problem.isHidden() and dialog.rows.rowCount() == 0 and dialog.count.text() == "0 entries"
    dialog.date_from.clear()
    dialog.table_filter.setCurrentIndex(0)
    dialog.user_filter.setCurrentIndex(dialog.user_filter.findData("nobody-here"))  # not a user: index -1
    assert dialog.rows.rowCount() == total
    qtbot.mouseClick(dialog.verify_button, Qt.MouseButton.LeftButton)
    assert dialog.chain.text() == f"Chain intact: {total} entries, none edited or deleted."
    # history edited behind the app's back: the viewer says so
    raw = sqlite3.connect(window.project.path)
    raw.execute("UPDATE audit_log SET action = 'Nothing to see' WHERE id = 2")
    raw.commit()
    raw.close()
    qtbot.mouseClick(dialog.verify_button, Qt.MouseButton.LeftButton)
    assert dialog.chain.text() == "Chain broken at entry 2: the history was edited or deleted."
    assert "content does not match its hash" in dialog.chain.toolTip()
    assert boundary.list_sites(window.project)  # reading never changed anything
    dialog.close()
