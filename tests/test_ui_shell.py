"""The main window shell: navigator, status bar, modes, shortcuts, fonts, settings, errors."""

from __future__ import annotations

import pytest

pytest.importorskip("PySide6.QtWidgets")

from workbench.ui.qtfix import guard  # noqa: E402

guard()  # PySide6 6.12.0 reference-count bug: see workbench/ui/qtfix.py

from helpers.ui import ErrorCapture, isolate_settings  # noqa: E402
from PySide6.QtCore import Qt  # noqa: E402


@pytest.fixture
def ui_settings(tmp_path, qapp):
    isolate_settings(tmp_path / "settings")
    from workbench.ui.app import create_app

    create_app()
    yield


@pytest.fixture
def window(qtbot, ui_settings):
    from workbench.ui.main_window import MainWindow

    w = MainWindow(load_brightway=False)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    yield w
    w.close_project()


def test_window_shows_seven_steps_with_status(window):
    nav = window.navigator
    top = [nav.topLevelItem(i).text(0) for i in range(nav.topLevelItemCount())]
    assert len(top) == 7
    assert top[0].startswith("1.") and top[-1].startswith("7.")
    assert nav.items["product"].parent() is nav.items["footprint"]
    assert all(nav.status(k) == "not_started" for k in nav.items)
    assert window.status.file_label.text() == "No project open"
    assert window.stack.currentWidget() is window.welcome


def test_open_project_shows_file_mode_and_lock(window, tmp_project):
    path = tmp_project.path
    tmp_project.close()
    assert window.open_path(path)
    assert window.mode == "edit"
    assert str(path) in window.status.file_label.text()
    assert window.status.mode_label.text() == "Mode: edit"
    assert window.status.signed_label.text() == "Not signed"
    assert window.stack.currentWidget() is not window.welcome
    assert window.windowTitle().startswith("test.cnw")


def test_second_opener_is_read_only_and_sees_lock_holder(window, tmp_project):
    # tmp_project holds the write lock; the window must open read-only and say who holds it
    assert window.open_path(tmp_project.path)
    assert window.mode == "read"
    assert window.status.mode_label.text() == "Mode: read-only"
    assert "Locked by" in window.status.lock_label.text()


def test_bad_file_shows_readable_error_and_keeps_state(window, tmp_path):
    bad = tmp_path / "notes.cnw"
    bad.write_bytes(b"this is not a database")
    before = bad.read_bytes()
    with ErrorCapture() as errors:
        assert not window.open_path(bad)
    assert window.project is None
    assert len(errors.items) == 1
    title, message, _exc = errors.items[0]
    assert "notes.cnw" in title
    assert "Traceback" not in message
    assert bad.read_bytes() == before


def test_step_shortcuts(window, qtbot, tmp_project):
    path = tmp_project.path
    tmp_project.close()
    window.open_path(path)
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page() is window.pages["inventory"]
    qtbot.keyClick(window, Qt.Key.Key_7, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page() is window.pages["certificate"]  # the shortcut is the step's number
    qtbot.keyClick(window, Qt.Key.Key_6, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page() is window.pages["verification"]
    qtbot.keyClick(
        window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    assert window.current_page() is window.pages["product"]
    assert window.act_undo.shortcut().toString() == "Ctrl+Z"


def test_recent_files_and_window_state_are_remembered(qtbot, ui_settings, tmp_project):
    from workbench.ui import settings
    from workbench.ui.main_window import MainWindow

    path = tmp_project.path
    tmp_project.close()
    w = MainWindow(str(path), load_brightway=False)
    qtbot.addWidget(w)
    w.resize(760, 520)
    w.show()
    w.close()
    assert settings.recent_files()[0].endswith("test.cnw")
    w2 = MainWindow(load_brightway=False)
    qtbot.addWidget(w2)
    assert (w2.width(), w2.height()) == (760, 520)
    assert w2.welcome.recent.count() == 1
    settings.add_recent_file(path)
    assert settings.recent_files().count(str(path)) == 1


def test_hangul_font_is_registered_and_covers_korean(ui_settings):
    from PySide6.QtGui import QFont, QFontMetrics
    from PySide6.QtWidgets import QApplication

    from workbench.ui.fonts import register_fonts

    assert "NanumGothic" in register_fonts()
    assert QApplication.instance().font().family() == "NanumGothic"
    metrics = QFontMetrics(QFont("NanumGothic"))
    for ch in "탄소중립 인증서 검증":
        assert metrics.inFontUcs4(ord(ch)), ch


def test_error_dialog_is_readable_with_detail_on_demand(ui_settings):
    from workbench.project.errors import InputError, RowError
    from workbench.ui.errors import error_box

    exc = InputError([RowError("fuel.csv", 3, "quantity", "'abc' is not a number")])
    box = error_box(None, exc, "Import")
    assert "fuel.csv, row 3, column 'quantity'" in box.text()
    assert "Traceback" not in box.text()
    assert "fuel.csv, row 3" in box.detailedText()
    try:
        {}["missing"]
    except KeyError as err:
        box = error_box(None, err)
    assert box.text() == "Something went wrong: 'missing'"
    assert "Traceback" in box.detailedText()


def test_every_ui_string_has_a_korean_translation():
    from workbench.ui.i18n_tools import missing

    assert missing("ko") == []


def test_switch_to_korean_and_back_in_preferences(window, qtbot, tmp_project):
    from workbench.ui import settings
    from workbench.ui.dialogs.preferences import PreferencesDialog
    from workbench.ui.i18n import current_language, fmt_date, install_language

    path = tmp_project.path
    tmp_project.close()
    window.open_path(path)
    try:
        dialog = PreferencesDialog(window)
        dialog.language.setCurrentIndex(dialog.language.findData("ko"))
        dialog.accept()
        assert current_language() == "ko" and settings.language() == "ko"
        nav = window.navigator
        qtbot.waitUntil(lambda: nav.topLevelItem(0).text(0) == "1. 대상 및 경계", timeout=3000)
        assert nav.items["inventory"].text(1) == "시작 전"
        assert window.menuBar().actions()[0].text() == "파일(&F)"
        assert window.status.mode_label.text() == "모드: 편집"
        assert window.pages["inventory"].heading.text() == "인벤토리"
        assert fmt_date("2025-03-01") == "2025. 3. 1."
        assert window.project is not None  # the open project survives the switch
    finally:
        from PySide6.QtWidgets import QApplication

        install_language(QApplication.instance(), "en")
    qtbot.waitUntil(
        lambda: window.navigator.topLevelItem(0).text(0) == "1. Subject and boundary", timeout=3000
    )


def test_shortcuts_are_unique_and_listed(window):
    rows = window.shortcut_table()
    keys = [k for _name, k in rows]
    assert len(keys) == len(set(keys)), sorted(k for k in keys if keys.count(k) > 1)
    names = dict((k, n) for n, k in rows)
    assert names["Ctrl+Z"] == "Undo" and names["F5"] == "Refresh" and names["Ctrl+2"] == "2. Inventory"
    assert names["Ctrl+5"] == "5. Offsets" and names["Ctrl+7"] == "7. Declaration and certificate"
    redo = [k.toString() for k in window.act_redo.shortcuts()]
    assert "Ctrl+Shift+Z" in redo and len(redo) == len(set(redo))  # bound once, not twice


def test_pyside_refcount_guard_keeps_none_alive(qapp):
    import sys

    from PySide6.QtWidgets import QLabel

    from workbench.ui import qtfix

    label = QLabel()
    if not qtfix.leaks():
        pytest.skip("this PySide6 does not have the 6.12.0 reference-count bug")
    assert qtfix.guard()
    before = sys.getrefcount(None)
    for _ in range(50_000):  # enough to bring None to zero in a fresh interpreter without the guard
        label.setText("x")
    assert sys.getrefcount(None) > 2**39 and before - sys.getrefcount(None) <= 50_000


def test_cnw_gui_command_line(monkeypatch, tmp_project):
    import argparse

    from workbench.commands import gui
    from workbench.ui import app

    calls = []
    monkeypatch.setattr(app, "run", lambda path, mode="edit", **k: calls.append((path, mode)) or 0)
    parser = argparse.ArgumentParser(prog="cnw")
    gui.register(parser.add_subparsers(dest="command"))
    for argv, expected in (
        (["gui"], (None, "edit")),
        (["gui", "a.cnw", "--verifier"], ("a.cnw", "verifier")),
        (["gui", "a.cnw", "--read-only"], ("a.cnw", "read")),
    ):
        args = parser.parse_args(argv)
        assert args.handler(args) == 0
        assert calls[-1] == expected
    assert gui.run_gui() == 0 and calls[-1] == (None, "edit")  # what `cnw` with no arguments calls


def test_run_opens_the_window_on_a_file_and_exits_cleanly(tmp_project, tmp_path):
    """The real event loop, in a fresh process (it must not end the test session's QApplication)."""
    import os
    import subprocess
    import sys

    path = tmp_project.path
    tmp_project.close()
    code = (
        "import sys\n"
        "from PySide6.QtCore import QTimer\n"
        "from PySide6.QtWidgets import QApplication\n"
        "from workbench.ui.app import create_app, run\n"
        "create_app()\n"
        "from workbench.ui.main_window import MainWindow\n"
        "def look():\n"
        "    for w in QApplication.topLevelWidgets():\n"
        "        if isinstance(w, MainWindow) and w.isVisible():\n"
        "            print(w.windowTitle(), '|', w.mode, file=sys.__stdout__, flush=True)\n"
        "            w.close()\n"
        "    QApplication.instance().exit(0)\n"
        "QTimer.singleShot(300, look)\n"
        "sys.exit(run(sys.argv[1], mode='read', load_brightway=False))\n"
    )
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(tmp_path / "cfg"))
    out = subprocess.run(
        [sys.executable, "-c", code, str(path)], env=env, capture_output=True, text=True, timeout=120
    )
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "test.cnw - Carbon-Neutrality Workbench | read"
