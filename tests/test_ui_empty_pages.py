"""Empty pages say what to do next (issue 17 item 9), in English and Korean, on a fresh project;
the hint follows the data (gone once the page has its data); and a preview is not an issued
document (the certificate page's preview builds on a read-only connection, so the register,
``audit_documents``, only lists what Export writes)."""

from __future__ import annotations

import re

import pytest

pytest.importorskip("PySide6.QtWidgets")

from workbench.ui.qtfix import guard  # noqa: E402

guard()  # PySide6 6.12.0 reference-count bug: see workbench/ui/qtfix.py

from helpers.ui import ErrorCapture, isolate_settings, open_window  # noqa: E402

#: every journey page of the window (the test fails if a page is added without a hint)
PAGES = [
    "boundary",
    "inventory",
    "footprint",
    "product",
    "plan",
    "reduction",
    "offsets",
    "verification",
    "certificate",
]
HANGUL = re.compile(r"[\uac00-\ud7a3]")


@pytest.fixture
def fresh_path(tmp_path, qapp):
    from workbench import new_project

    isolate_settings(tmp_path / "settings")
    p = new_project(
        tmp_path / "fresh.cnw", "ACME Test Co.", period_start="2025-01-01", period_end="2025-12-31"
    )
    path = p.path
    p.close()
    return path


def hints(qtbot, window) -> dict[str, str]:
    out = {}
    for key in window.pages:
        window.show_step(key)
        page = window.pages[key]
        assert page.wait_loaded()
        qtbot.wait(10)
        out[key] = page.next_step.text() if page.next_step.isVisible() else ""
    return out


def test_every_page_of_a_fresh_project_says_what_to_do_next(qtbot, fresh_path):
    w = open_window(qtbot, fresh_path)
    try:
        with ErrorCapture() as errors:
            seen = hints(qtbot, w)
        assert errors.messages == []
        assert sorted(seen) == sorted(PAGES)
        assert {k for k, text in seen.items() if not text} == set()
        assert seen["boundary"].startswith("Start here: add a site (Add site...)")
        assert "step 2" in seen["footprint"] and "Recalculate" in seen["footprint"]
        # each hint names a button that is on its page
        for key, button in (
            ("boundary", "Add site..."),
            ("inventory", "Import CSV/Excel..."),
            ("offsets", "Import registry file..."),
        ):
            texts = {b.text() for b in w.pages[key].findChildren(type(w.pages["boundary"].add_site_button))}
            assert button in texts, (key, button, texts)
    finally:
        w.close_project()


def test_hints_follow_the_data(qtbot, fresh_path):
    from workbench.services import boundary, inventory

    w = open_window(qtbot, fresh_path)
    try:
        page = w.pages["boundary"]
        w.show_step("boundary")
        assert page.wait_loaded()
        assert page.next_step.isVisible() and page.next_step.text().startswith("Start here")
        boundary.add_site(w.project, "SEL", "Seoul HQ")
        page.refresh()
        assert page.wait_loaded()
        assert page.next_step.text() == "Next: add the emission sources of your sites (Add source...)."
        boundary.add_source(w.project, "ELEC", "Purchased electricity", scope=2, site="SEL", unit="MWh")
        page.refresh()
        assert page.wait_loaded()
        assert not page.next_step.isVisible()
        inv = w.pages["inventory"]
        w.show_step("inventory")
        assert inv.wait_loaded()
        assert inv.next_step.text().startswith("No activity data yet")
        inventory.add_activity(
            w.project,
            source="ELEC",
            site="SEL",
            date_start="2025-01-01",
            date_end="2025-01-31",
            quantity=12.5,
            unit="MWh",
        )
        w.data_changed()  # what every edit does: the visible page is refreshed
        assert inv.wait_loaded()
        assert not inv.next_step.isVisible()
        w.show_step("footprint")
        assert w.pages["footprint"].wait_loaded() and not w.pages["footprint"].next_step.isVisible()
    finally:
        w.close_project()


def test_hints_in_korean(qtbot, fresh_path):
    from PySide6.QtWidgets import QApplication

    from workbench.ui.app import create_app
    from workbench.ui.i18n import install_language
    from workbench.ui.main_window import MainWindow

    create_app()  # (open_window would install the saved language again: build the window here)
    install_language(QApplication.instance(), "ko")
    try:
        w = MainWindow(str(fresh_path), load_brightway=False)
        qtbot.addWidget(w)
        w.resize(1280, 720)
        w.show()
        qtbot.waitExposed(w)
        try:
            seen = hints(qtbot, w)
        finally:
            w.close_project()
    finally:
        install_language(QApplication.instance(), "en")
    assert sorted(seen) == sorted(PAGES)
    for key, text in seen.items():
        assert HANGUL.search(text), (key, text)
        latin = set(re.findall(r"[A-Za-z]{2,}", text)) - {"CSV", "Excel", "Scope"}
        assert latin == set(), (key, text)


def test_a_preview_is_not_an_issued_document(qtbot, tmp_path, qapp):
    from workbench import demo

    isolate_settings(tmp_path / "settings")
    p = demo.build(tmp_path / "demo.cnw", tmp_path / "inputs", log=lambda *_: None)
    path = p.path
    p.close()
    w = open_window(qtbot, path)
    try:
        cp = w.pages["certificate"]
        w.show_step("certificate")
        assert cp.wait_loaded()
        count = lambda: w.project.rows("SELECT count(*) AS n FROM audit_documents")[0]["n"]  # noqa: E731
        assert count() == 0 and cp.issued.rowCount() == 0
        done: list = []
        with ErrorCapture() as errors:
            cp.preview("qes", "en", on_done=done.append)
            qtbot.waitUntil(lambda: bool(done or errors.items), timeout=120_000)
        assert errors.messages == []
        assert cp.page_count >= 1 and done[0].is_file()
        assert count() == 0 and cp.issued.rowCount() == 0
        # Export does issue: the register counts it (so the check above can fail)
        out = tmp_path / "qes.pdf"
        exported: list = []
        with ErrorCapture() as errors:
            cp.export(str(out), "qes", "en", on_done=exported.append)
            qtbot.waitUntil(lambda: bool(exported or errors.items), timeout=120_000)
        assert errors.messages == []
        assert out.is_file() and count() == 1
        assert cp.issued.rowCount() == 1
    finally:
        w.close_project()
