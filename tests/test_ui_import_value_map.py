"""The import wizard's value mapping through its widgets: a Check lists the file's names for
sources and sites that are not codes, with the most similar code chosen; the preview shows the
mapping applied; Import saves the mappings in the project, and the next wizard on another file
applies them without being asked. A mapping to a code the project lacks is refused naming the
value. Real files, real widgets, a real project file."""

from __future__ import annotations

import pytest

pytest.importorskip("PySide6.QtWidgets")

from workbench.ui.qtfix import guard  # noqa: E402

guard()  # PySide6 6.12.0 reference-count bug: see workbench/ui/qtfix.py

from helpers.ui import isolate_settings, open_window  # noqa: E402
from PySide6.QtCore import Qt  # noqa: E402


@pytest.fixture
def window(qtbot, tmp_path, qapp):
    from workbench import new_project
    from workbench.services import boundary

    isolate_settings(tmp_path / "settings")
    p = new_project(tmp_path / "w.cnw", "ACME Test Co.", period_start="2025-01-01", period_end="2025-12-31")
    boundary.add_site(p, "BS1", "Busan plant")
    boundary.add_site(p, "SEL", "Seoul HQ")
    boundary.add_source(p, "DSL-GEN", "Diesel generators", scope=1, site="BS1", unit="L")
    boundary.add_source(p, "ELEC", "Purchased electricity", scope=2, site="SEL", unit="kWh")
    path = p.path
    p.close()
    w = open_window(qtbot, path)
    yield w
    w.close_project()


def write(path, rows):
    lines = ["source,site,date,quantity,unit"] + [",".join(r) for r in rows]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def open_wizard(window, qtbot, f, register: bool = True):
    from workbench.ui.dialogs.import_wizard import ImportWizard

    window.show_step("inventory")
    wizard = ImportWizard(window.pages["inventory"])
    if register:  # closed by qtbot after the test
        qtbot.addWidget(wizard)
    wizard.show()
    qtbot.keyClicks(wizard.path, str(f))
    qtbot.keyClick(wizard.path, Qt.Key.Key_Return)  # reads the header; Enter = Check
    return wizard


def checked(wizard, qtbot):
    qtbot.waitUntil(lambda: wizard.errors.rowCount() > 0 or wizard.checked_key is not None, timeout=20000)


def test_value_mapping_chosen_saved_and_reused(window, qtbot, tmp_path):
    rows = [("Diesel generators", "Busan plant", f"2025-{m:02d}", str(100 + m), "L") for m in range(1, 7)]
    rows += [("ELEC", "Seoul office", "2025-01", "900", "kWh")]
    f = write(tmp_path / "plant.csv", rows)
    before = open(window.project.path, "rb").read()
    wizard = open_wizard(window, qtbot, f)
    checked(wizard, qtbot)
    vt = wizard.values
    assert wizard.values.isVisible() and vt.rowCount() == 3
    table = {
        (vt.item(r, 0).text(), vt.item(r, 1).text()): (vt.item(r, 2).text(), vt.item(r, 4).text())
        for r in range(vt.rowCount())
    }
    assert table[("Emission source", "Diesel generators")] == ("6", "DSL-GEN")
    assert table[("Site", "Busan plant")] == ("6", "BS1")
    assert table[("Site", "Seoul office")][1].split(", ")[0] == "SEL"
    # the most similar code is chosen in the list, with the suggestions in its tool tip
    combo = vt.combo("source", "Diesel generators")
    assert combo.currentData() == "DSL-GEN" and combo.currentText() == "DSL-GEN  Diesel generators"
    assert combo.toolTip().startswith("Suggested by similarity: DSL-GEN")
    assert "The closest code is chosen for each" in wizard.values_label.text()
    assert wizard.summary.text().startswith("plant.csv: 13 problem(s) of 3 kind(s) in 7 row(s).")
    assert not wizard.import_button.isEnabled()
    assert open(window.project.path, "rb").read() == before  # nothing saved by a check
    # the preview shows the mapping applied, nothing marked in the mapped cells
    wizard.update_preview()
    pv = wizard.preview
    headers = [pv.horizontalHeaderItem(c).text() for c in range(pv.columnCount())]
    cell = pv.item(0, headers.index("source"))
    assert cell.text() == "Diesel generators \u2192 DSL-GEN"
    assert cell.toolTip() == "'Diesel generators' is mapped to DSL-GEN."
    assert pv.item(0, headers.index("site")).text() == "Busan plant \u2192 BS1"
    # the user picks the office's code by hand, checks again: ready
    vt.choose("site", "Seoul office", "SEL")
    qtbot.mouseClick(wizard.check_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: wizard.import_button.isEnabled(), timeout=20000)
    assert wizard.summary.text() == "plant.csv: 7 rows are ready to import."
    assert wizard.errors.rowCount() == 0
    # changing a choice makes the check stale again
    vt.choose("site", "Seoul office", None)
    assert not wizard.import_button.isEnabled()
    vt.choose("site", "Seoul office", "SEL")
    qtbot.mouseClick(wizard.check_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: wizard.import_button.isEnabled(), timeout=20000)
    qtbot.mouseClick(wizard.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: wizard.result is not None, timeout=20000)
    project = window.project
    assert wizard.result.rows == 7
    inv = window.pages["inventory"].svc
    assert inv.value_mappings(project) == {
        "source": {"Diesel generators": "DSL-GEN"},
        "site": {"Busan plant": "BS1", "Seoul office": "SEL"},
    }
    # the next import of another file with the same names: no value mapping asked, ready at once
    g = write(tmp_path / "plant2.csv", [("diesel generators", "BUSAN PLANT", "2025-08", "55", "L")])
    second = open_wizard(window, qtbot, g)
    checked(second, qtbot)
    assert second.checked_key is not None and second.values.rowCount() == 0
    assert not second.values.isVisible()
    assert second.summary.text() == "plant2.csv: 1 rows are ready to import."
    second.update_preview()
    pv = second.preview
    headers = [pv.horizontalHeaderItem(c).text() for c in range(pv.columnCount())]
    assert pv.item(0, headers.index("source")).text() == "diesel generators \u2192 DSL-GEN"


def test_unmapped_value_is_an_error_naming_row_and_value(window, qtbot, tmp_path):
    f = write(tmp_path / "odd.csv", [("Mystery kiln", "Busan plant", "2025-01", "3", "L")])
    wizard = open_wizard(window, qtbot, f)
    checked(wizard, qtbot)
    combo = wizard.values.combo("source", "Mystery kiln")
    assert combo.currentData() is None and combo.currentText() == "(not mapped)"  # nothing close
    groups = {
        wizard.errors.item(r, 1).text(): wizard.errors.item(r, 2).text()
        for r in range(wizard.errors.rowCount())
    }
    assert groups == {
        "source": "unknown emission source 'Mystery kiln'",
        "site": "unknown site 'Busan plant'",
    }
    assert wizard.errors.item(0, 0).text() == "2"
    # Check again with the suggested site code chosen: only the value nothing is mapped to is left
    assert wizard.values.combo("site", "Busan plant").currentData() == "BS1"
    wizard.errors.setRowCount(0)
    qtbot.mouseClick(wizard.check_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: wizard.errors.rowCount() > 0, timeout=20000)
    groups = {
        wizard.errors.item(r, 1).text(): (wizard.errors.item(r, 0).text(), wizard.errors.item(r, 2).text())
        for r in range(wizard.errors.rowCount())
    }
    assert groups == {"source": ("2", "unknown emission source 'Mystery kiln'")}
    assert not wizard.import_button.isEnabled()


def test_korean_wizard_shows_the_value_mapping_and_its_errors_in_korean(window, qtbot, tmp_path):
    from PySide6.QtWidgets import QApplication

    from workbench.ui.i18n import install_language

    install_language(QApplication.instance(), "ko")
    qtbot.wait(200)  # the window rebuilds its pages in the new language first
    try:
        f = write(tmp_path / "odd.csv", [("Mystery kiln", "Busan plant", "2025-01", "3", "L")])
        wizard = open_wizard(window, qtbot, f, register=False)  # closed here, before the switch back
        checked(wizard, qtbot)
        vt = wizard.values
        headers = [vt.horizontalHeaderItem(c).text() for c in range(vt.columnCount())]
        assert headers == ["종류", "파일의 값", "행 수", "매핑 대상", "추천"]
        assert {vt.item(r, 0).text() for r in range(vt.rowCount())} == {"배출원", "사업장"}
        assert vt.combo("source", "Mystery kiln").currentText() == "(매핑 안 함)"
        reasons = {wizard.errors.item(r, 2).text() for r in range(wizard.errors.rowCount())}
        assert reasons == {"알 수 없는 배출원 'Mystery kiln'", "알 수 없는 사업장 'Busan plant'"}
        assert wizard.values_label.text().startswith("값 매핑:")
        wizard.close()
    finally:
        install_language(QApplication.instance(), "en")
