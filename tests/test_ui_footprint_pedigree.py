"""The footprint page's variance-share list says which sources' rows rest on pedigree scores (the
service stores the count as ``pedigree_rows``) and the tab says whether pedigree scores went into the
run, in English and Korean (issue 14). Set ``CNW_SHOTS=folder`` to keep a PNG of the tab per language."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

pytest.importorskip("PySide6.QtWidgets")

from workbench.ui.qtfix import guard  # noqa: E402

guard()  # PySide6 6.12.0 reference-count bug: see workbench/ui/qtfix.py

from helpers.ui import ErrorCapture, isolate_settings, open_window  # noqa: E402

PEDIGREE = (3, 3, 2, 2, 5)  # a wide spread: the source ranks among the main contributors


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory, bw):
    """The demo's footprint with one source's rows scored (lognormal basic +/- 5 %), footprint and
    Monte Carlo stored after it; and the pedigree-scored source's code and row count."""
    from workbench import demo
    from workbench.demo import footprint as demo_footprint
    from workbench.services import footprint, inventory

    tmp = tmp_path_factory.mktemp("ui-ped")
    p = demo.build(tmp / "demo.cnw", tmp / "inputs", log=lambda *_: None)
    demo_footprint.run(p, tmp / "out", log=lambda *_: None)
    code = "HWS-LNG"
    rows = inventory.set_source_uncertainty(p, code, dist="lognormal", pct=5, pedigree=PEDIGREE)
    assert rows >= 2
    footprint.calculate(p)
    mc = footprint.monte_carlo(p, 1000, seed=7)
    scored = [c for c in mc["contributions"]["sources"] if c.get("pedigree_rows")]
    assert [(c["name"], c["pedigree_rows"]) for c in scored] == [(code, rows)]
    path = p.path
    p.close()
    return path, code, rows


def _contrib_rows(page) -> dict[str, tuple[str, str]]:
    t = page.mc_contrib
    return {t.item(r, 0).text(): (t.item(r, 1).text(), t.item(r, 3).text()) for r in range(t.rowCount())}


WORDS = {
    "en": {
        "header": "Pedigree rows",
        "activity": "activity data",
        "factor": "emission factor",
        "used": "Data quality: the pedigree scores of {rows} rows (1 source(s)) went into this run.",
        "none": "Data quality: no pedigree scores went into this run.",
    },
    "ko": {
        "header": "페디그리 행",
        "activity": "활동자료",
        "factor": "배출계수",
        "used": "데이터 품질: {rows}개 행(배출원 1개)의 페디그리 점수가 이 실행에 반영되었습니다.",
        "none": "데이터 품질: 이 실행에는 페디그리 점수가 반영되지 않았습니다.",
    },
}


@pytest.mark.parametrize("lang", ["en", "ko"])
def test_variance_shares_show_the_rows_with_pedigree(qtbot, qapp, demo_file, tmp_path, lang):
    from PySide6.QtWidgets import QApplication

    from workbench.ui.app import create_app
    from workbench.ui.i18n import install_language
    from workbench.ui.main_window import MainWindow

    path, code, rows = demo_file
    w = WORDS[lang]
    create_app()
    isolate_settings(tmp_path / "settings")
    install_language(QApplication.instance(), lang)  # after create_app, which installs the saved one
    win = MainWindow(str(path), mode="edit", load_brightway=False)
    qtbot.addWidget(win)
    win.resize(1440, 900)
    win.show()
    qtbot.waitExposed(win)
    try:
        with ErrorCapture() as errors:
            page = win.pages["footprint"]
            win.show_step("footprint")
            assert page.wait_loaded()
            page.right_tabs.setCurrentIndex(page.right_tabs.count() - 1)
            qtbot.wait(50)
            assert page.mc_contrib.horizontalHeaderItem(3).text() == w["header"]
            shown = _contrib_rows(page)
            assert shown[code] == (w["activity"], f"{rows:,}")
            # every other source shows a dash, every factor nothing
            others = {name: v for name, v in shown.items() if name != code}
            assert others and all(
                ped == ("–" if kind == w["activity"] else "") for kind, ped in others.values()
            )
            assert {kind for kind, _ in others.values()} == {w["activity"], w["factor"]}
            assert w["used"].format(rows=f"{rows:,}") in page.mc_info.text()
            assert w["none"] not in page.mc_info.text()
            shots = os.environ.get("CNW_SHOTS")
            if shots:  # a developer's look at the tab (not an assertion)
                Path(shots).mkdir(parents=True, exist_ok=True)
                win.grab().save(str(Path(shots) / f"footprint_uncertainty_pedigree_{lang}.png"))
        assert not errors.items, errors.messages
    finally:
        win.close_project()
        install_language(QApplication.instance(), "en")


def test_a_run_without_pedigree_says_so(qtbot, demo_file, tmp_path):
    """The same page filled from a stored run whose rows carried no scores."""
    from workbench.services import footprint

    path, code, _rows = demo_file
    isolate_settings(tmp_path / "settings")
    win = open_window(qtbot, path)
    try:
        page = win.pages["footprint"]
        win.show_step("footprint")
        assert page.wait_loaded()
        mc = footprint.latest_monte_carlo(win.project)
        mc.pop("pedigree")
        for c in mc["contributions"]["sources"]:
            c.pop("pedigree_rows", None)
        page._fill_uncertainty(mc, None, mc)
        assert WORDS["en"]["none"] in page.mc_info.text()
        shown = _contrib_rows(page)
        assert shown and all(ped in ("–", "") for _kind, ped in shown.values())
    finally:
        win.close_project()
