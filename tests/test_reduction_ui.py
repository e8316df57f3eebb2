"""The reduction-projects page (issue 20), real widgets offscreen: the figures, findings, tracker
with the overdue step, issued credits, and the navigator status."""

from __future__ import annotations

import pytest

pytest.importorskip("PySide6.QtWidgets")

from workbench.ui.qtfix import guard  # noqa: E402

guard()  # PySide6 6.12.0 reference-count bug: see workbench/ui/qtfix.py

from helpers.ui import isolate_settings, open_window  # noqa: E402

from workbench.demo import reduction as demo  # noqa: E402


@pytest.fixture
def path(tmp_path, qapp):
    from workbench import new_project
    from workbench.services import reduction

    isolate_settings(tmp_path / "settings")
    p = new_project(tmp_path / "r.cnw", "Hanbit Precision Co., Ltd.")
    demo.add_project(p)
    reduction.issue(p, demo.CODE, "2025", 815, "2026-03-30", committee_decision="d.pdf")
    out = p.path
    p.close()
    return out


def test_page_shows_reductions_tracker_and_credits(qtbot, path):
    w = open_window(qtbot, path)
    try:
        w.show_step("reduction")
        page = w.pages["reduction"]
        qtbot.waitUntil(lambda: not page.loading and page.chooser.count() == 1, timeout=30000)
        assert page.chooser.currentData() == demo.CODE
        assert page.figures.rowCount() == 3  # ex ante + 2025 + 2026H1
        assert page.figures.item(1, 0).text() == "2025"
        assert page.figures.item(1, 4).text() == "815.24"
        assert page.findings.rowCount() == 0
        overdue = [r for r in range(page.steps.rowCount()) if "past due" in page.steps.item(r, 5).text()]
        assert len(overdue) == 1 and page.steps.item(overdue[0], 2).text() == "2026H1"
        assert page.credits.rowCount() == 1
        assert page.credits.item(0, 1).text() == "KCCI/KCR-2025-KCS-P-2025-0042/000001-000815"
        assert page.step_status() == ("issues", "1 review step(s) overdue")
        assert "KCCI Carbon Standard" in page.summary.text()
    finally:
        w.close_project()


def test_empty_file_says_how_to_add_a_project(qtbot, tmp_path, qapp):
    from workbench import new_project

    isolate_settings(tmp_path / "settings")
    p = new_project(tmp_path / "e.cnw", "Empty Co.")
    path = p.path
    p.close()
    w = open_window(qtbot, path)
    try:
        w.show_step("reduction")
        page = w.pages["reduction"]
        qtbot.waitUntil(lambda: not page.loading, timeout=30000)
        assert page.chooser.count() == 0
        assert "No reduction project" in page.next_step.text() and page.next_step.isVisibleTo(page)
        assert page.summary.text() == ""  # said once, by the hint
        assert page.step_status()[0] == "not_started"
    finally:
        w.close_project()


def test_screenshot_tool_shoots_the_reduction_page(qtbot, path, tmp_path):
    """tools/screenshots.py grabs the reduction page of the reduction demo (figures and tracker)
    and lists it in the index, in English and Korean."""
    import sys
    from pathlib import Path

    from helpers.ui import ErrorCapture
    from PySide6.QtGui import QImage
    from PySide6.QtWidgets import QApplication

    from workbench.ui.i18n import install_language

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tools"))
    try:
        import screenshots
    finally:
        sys.path.pop(0)
    out = tmp_path / "shots"
    out.mkdir()
    app = QApplication.instance()
    written = []
    with ErrorCapture() as errors:
        for lang in ("en", "ko"):
            install_language(app, lang)
            try:
                written += screenshots.shoot_reduction(app, path, out, lang, errors, log=lambda *_: None)
            finally:
                install_language(app, "en")
    assert errors.items == []
    assert sorted(p.name for p in written) == [
        "10-reduction-en.png",
        "10-reduction-ko.png",
        "11-reduction-process-en.png",
        "11-reduction-process-ko.png",
    ]
    image = QImage(str(out / "10-reduction-ko.png"))
    assert (image.width(), image.height()) == screenshots.SIZE
    index = screenshots.write_index(out, ("en", "ko"), with_reduction=True).read_text(encoding="utf-8")
    assert "(10-reduction-ko.png)" in index and "(11-reduction-process-en.png)" in index
    assert screenshots.reduction_demo(tmp_path) is None  # no demo folder here


def test_edit_buttons_only_in_edit_mode(qtbot, path):
    w = open_window(qtbot, path, mode="verifier")
    try:
        w.show_step("reduction")
        page = w.pages["reduction"]
        qtbot.waitUntil(lambda: not page.loading and page.chooser.count() == 1, timeout=30000)
        assert len(page.buttons) == 8
        assert [k for k, b in page.buttons.items() if b.isEnabled()] == []
        assert "Verifier mode" in page.buttons["issue"].toolTip()
    finally:
        w.close_project()
