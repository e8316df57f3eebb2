"""One computation per printed figure (issue 20): the demo's 2025 leakage is exactly half-way
(40,250 GJ x 2.1 kg/GJ = 84.525 t); the UI page, `cnw reduction-project show` and the monitoring
report (PDF read back) print it through the one formatter (forms/numbers.py) as the same string,
in English and Korean."""

from __future__ import annotations

import re

import pytest

pytest.importorskip("PySide6.QtWidgets")

from workbench.ui.qtfix import guard  # noqa: E402

guard()  # PySide6 6.12.0 reference-count bug: see workbench/ui/qtfix.py

from helpers.ui import isolate_settings, open_window  # noqa: E402

from forms import pdfmeta  # noqa: E402
from workbench.demo import reduction as demo  # noqa: E402
from workbench.services import documents, reduction  # noqa: E402

HALF_WAY = "84.52"  # 84.525 rounded half to even, as forms/numbers.py (Babel / CLDR) rounds


@pytest.fixture
def path(tmp_path, qapp):
    from workbench import new_project

    isolate_settings(tmp_path / "settings")
    p = new_project(tmp_path / "r.cnw", "Hanbit Precision Co., Ltd.", name_local="한빛정밀 주식회사")
    demo.add_project(p)
    out = p.path
    p.close()
    return out


def test_the_leakage_is_half_way_and_the_rule_is_the_documents_one():
    assert reduction.fmt_tonnes(84.525) == HALF_WAY
    assert reduction.fmt_tonnes(84.535) == "84.54"  # half to even, both ways
    assert reduction.fmt_tonnes(1234.5, "ko") == "1,234.50"
    assert reduction.fmt_tonnes(None) == "not available"


def _cli_leakage(path, capsys) -> str:
    from workbench.cli import main

    assert main(["reduction-project", str(path), "show", demo.CODE]) == 0
    out = capsys.readouterr().out
    found = re.search(r"  2025: baseline \S+ - project \S+ - leakage (\S+) =", out)
    assert found, out
    return found[1]


def _pdf_leakage(path, tmp_path, lang: str) -> str:
    from workbench import open_project

    p = open_project(path)
    try:
        pdf = documents.build_monitoring_report(p, demo.CODE, "2025", tmp_path / f"mr_{lang}.pdf", lang)
        text = re.sub(r"\s+", " ", pdfmeta.extract_text(pdf))
    finally:
        p.close()
    label = "Leakage" if lang == "en" else "누출 배출량"
    found = re.search(label + r"[^0-9]{0,40}?([0-9][0-9,]*\.[0-9]{2})", text)
    assert found, text[:2000]
    return found[1]


def _ui_leakage(qtbot, path) -> str:
    w = open_window(qtbot, path)
    try:
        w.show_step("reduction")
        page = w.pages["reduction"]
        qtbot.waitUntil(lambda: not page.loading and page.figures.rowCount() == 3, timeout=30000)
        assert page.figures.item(1, 0).text() == "2025"
        return page.figures.item(1, 3).text()
    finally:
        w.close_project()


def test_ui_cli_and_pdf_print_the_same_string(qtbot, path, tmp_path, capsys):
    ui = _ui_leakage(qtbot, path)
    cli = _cli_leakage(path, capsys)
    pdf = _pdf_leakage(path, tmp_path, "en")
    assert (ui, cli, pdf) == (HALF_WAY, HALF_WAY, HALF_WAY)


def test_korean_screen_and_korean_report_print_the_same_string(qtbot, path, tmp_path):
    from PySide6.QtWidgets import QApplication

    from workbench.ui.i18n import install_language

    install_language(QApplication.instance(), "ko")
    try:
        ui = _ui_leakage(qtbot, path)
    finally:
        install_language(QApplication.instance(), "en")
    assert ui == _pdf_leakage(path, tmp_path, "ko") == HALF_WAY
