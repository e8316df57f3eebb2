"""The import wizard previews the first rows as mapped (a mistyped unit marked with 'did you mean
kWh?', an unknown source marked), groups the check's errors by kind with counts and first rows,
names the rows with problems correctly, and confirms what it imported. Real files, real widgets."""

from __future__ import annotations

import pytest

pytest.importorskip("PySide6.QtWidgets")

from workbench.ui.qtfix import guard  # noqa: E402

guard()  # PySide6 6.12.0 reference-count bug: see workbench/ui/qtfix.py

from helpers.ui import one_source_window  # noqa: E402
from PySide6.QtCore import Qt  # noqa: E402


@pytest.fixture
def window(qtbot, tmp_path, qapp):
    yield from one_source_window(qtbot, tmp_path, "w.cnw")


def write(path, unit="kwhh", source="ELEC", n=300):  # more problems than the service lists by default
    lines = ["source,date,quantity,unit,description"]
    lines += [
        f"{source if i % 2 else 'ELCE'},2025-03-{i % 28 + 1:02d},{1000 + i},{unit},meter {i}"
        for i in range(n)
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def test_preview_grouped_errors_and_confirmation(window, qtbot, tmp_path):
    from workbench.ui.dialogs.import_wizard import ImportWizard

    page = window.pages["inventory"]
    window.show_step("inventory")
    f = tmp_path / "unit_typo.csv"
    write(f)
    before = open(window.project.path, "rb").read()
    wizard = ImportWizard(page)
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.keyClicks(wizard.path, str(f))
    qtbot.keyClick(wizard.path, Qt.Key.Key_Return)  # reads the header, and Enter = Check (a dry run)
    assert wizard.combos["unit"].currentData() == "unit"
    # the preview: 20 rows as mapped, the typo and the unknown code marked with what they may mean
    pv = wizard.preview
    headers = [pv.horizontalHeaderItem(c).text() for c in range(pv.columnCount())]
    assert pv.rowCount() == 20 and headers[:5] == ["Row", "source", "quantity", "unit", "date"]
    unit = pv.item(0, headers.index("unit"))
    assert (unit.text(), unit.toolTip()) == ("kwhh", "'kwhh' is not a unit. Did you mean kWh?")
    src = pv.item(0, headers.index("source"))
    assert src.toolTip() == "'ELCE' is not an emission source of this project. Did you mean ELEC?"
    assert pv.item(1, headers.index("source")).toolTip() == ""
    qtbot.waitUntil(lambda: wizard.errors.rowCount() > 0 or wizard.checked_key is not None, timeout=20000)
    groups = {
        wizard.errors.item(r, 1).text(): [wizard.errors.item(r, c).text() for c in (0, 2, 3)]
        for r in range(wizard.errors.rowCount())
    }
    assert set(groups) == {"source", "unit"}, groups
    first, reason, count = groups["unit"]
    assert count == "150" and first == "3, 5, 7, 9, 11 (+145 more)"  # the rows whose source is known
    assert "kwhh" in reason and reason.endswith("MWh). Did you mean kWh?")
    assert groups["source"][2] == "150" and groups["source"][0] == "2, 4, 6, 8, 10 (+145 more)"
    assert wizard.summary.text() == (
        "unit_typo.csv: 300 problem(s) of 2 kind(s) in 300 row(s). Fix the file or the mapping; nothing was written."
    )
    assert not wizard.import_button.isEnabled()
    assert open(window.project.path, "rb").read() == before  # the dry run wrote nothing

    write(f, unit="kWh", source="ELEC")
    f.write_text(f.read_text(encoding="utf-8").replace("ELCE", "ELEC"), encoding="utf-8")
    wizard.update_preview()
    assert all(pv.item(r, c).toolTip() == "" for r in range(pv.rowCount()) for c in range(pv.columnCount()))
    qtbot.mouseClick(wizard.check_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: wizard.import_button.isEnabled(), timeout=20000)
    assert wizard.import_button.text() == "Import 300 rows"
    assert wizard.summary.text() == "unit_typo.csv: 300 rows are ready to import."
    qtbot.mouseClick(wizard.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: wizard.result is not None, timeout=20000)
    assert (
        window.statusBar().currentMessage()
        == "Imported 300 rows from unit_typo.csv; Undo (Ctrl+Z) removes them."
    )
    assert page.svc.count_activities(window.project) == 300
