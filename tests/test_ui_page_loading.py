"""Pages load their data in a worker through a read-only connection of their own; the GUI thread
only fills widgets. An older load's result is dropped; a busy bar shows while loading."""

from __future__ import annotations

import threading

import pytest

pytest.importorskip("PySide6.QtWidgets")

from workbench.ui.qtfix import guard  # noqa: E402

guard()  # PySide6 6.12.0 reference-count bug: see workbench/ui/qtfix.py

from helpers.ui import ErrorCapture, isolate_settings, open_window  # noqa: E402


@pytest.fixture
def window(qtbot, tmp_path, qapp):
    from workbench import new_project

    isolate_settings(tmp_path / "settings")
    p = new_project(tmp_path / "p.cnw", "ACME Test Co.")
    path = p.path
    p.close()
    w = open_window(qtbot, path)
    yield w
    w.close_project()


@pytest.mark.parametrize("key", ["certificate", "footprint", "plan", "offsets", "verification", "boundary"])
def test_page_refresh_returns_before_its_data_and_shows_loading(window, key):
    page = window.pages[key]
    assert page.wait_loaded()
    window.show_step(key)
    page.refresh()
    assert page.loading and page.busy.isVisible()  # refresh returned; the worker reads
    assert page.wait_loaded()
    assert not page.loading and not page.busy.isVisible()


def test_certificate_page_reads_through_its_own_read_only_connection(window):
    page = window.pages["certificate"]
    window.show_step("certificate")
    assert page.wait_loaded()
    assert page.refusals.rowCount() >= 1  # a new project fails the claim rules
    assert "cannot be issued yet" in page.gate.text()
    seen = {}

    def fetch(p):
        seen.update(mode=p.mode, same=p is window.project, thread=threading.current_thread())
        return page._fetch(p)

    with ErrorCapture() as errors:
        page.load(fetch, page._fill)
        assert page.wait_loaded()
    assert not errors.items, errors.messages
    assert seen["mode"] == "read" and not seen["same"]
    assert seen["thread"] is not threading.main_thread()


def test_an_older_load_is_dropped(window):
    page = window.pages["certificate"]
    assert page.wait_loaded()
    release = threading.Event()
    filled = []

    def slow(p):
        release.wait(30)  # finishes only after the newer load was shown
        return "old"

    def fast(p):
        return "new"

    def fill(data):
        filled.append(data)
        if data == "new":
            release.set()

    page.load(slow, fill)
    page.load(fast, fill)
    assert page.wait_loaded()
    assert filled == ["new"]
    # the old worker ends now; its result must not reach the page
    assert window.wait_for_pages()
    from workbench.ui.workers import pool

    assert pool("pages").waitForDone(30_000)
    from PySide6.QtWidgets import QApplication

    QApplication.processEvents()
    assert filled == ["new"] and not page.loading


def test_a_load_that_fails_shows_its_error_and_ends_loading(window):
    page = window.pages["plan"]
    assert page.wait_loaded()

    def broken(p):
        raise RuntimeError("the plan could not be read")

    with ErrorCapture() as errors:
        page.load(broken, lambda data: None)
        assert page.wait_loaded()
    assert any("the plan could not be read" in m for m in errors.messages), errors.messages
    assert not page.busy.isVisible()


def test_closing_the_project_drops_a_running_load(window, qtbot):
    page = window.pages["certificate"]
    assert page.wait_loaded()
    filled = []
    page.load(lambda p: "late", filled.append)
    window.close_project()
    from PySide6.QtWidgets import QApplication

    from workbench.ui.workers import pool

    assert pool("pages").waitForDone(30_000)
    QApplication.processEvents()
    assert filled == [] and not page.loading
