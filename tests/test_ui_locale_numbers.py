"""Numbers and units on the demo's screens, in English and Korean: every number in a table cell
carries the locale's thousands separators (QLocale through workbench.ui.i18n; credits "2,520", not
"2520"), and the pages this work covers (inventory ledger, offsets, plan) show no internal
snake_case names (units as "tonne-km", never ``tonne_km``). Real demo file, real widgets."""

from __future__ import annotations

import re

import pytest

pytest.importorskip("PySide6.QtWidgets")

from workbench.ui.qtfix import guard  # noqa: E402

guard()  # PySide6 6.12.0 reference-count bug: see workbench/ui/qtfix.py

from helpers.journey import demo_journey  # noqa: E402
from helpers.ui import ErrorCapture, isolate_settings  # noqa: E402
from helpers.ui_texts import visible_texts, visit_tabs  # noqa: E402

NUMBER = re.compile(r"-?\d+(?:\.\d+)?")
SNAKE = re.compile(r"\b[a-z][a-z0-9]*(?:_[a-z0-9]+)+\b")
DOTTED_ID = re.compile(r"\b[\w-]+(?:\.[\w-]+){2,}\b")  # factor ids (uk.desnz2025.fuel.diesel_mineral)
NO_INTERNAL_NAMES = ("inventory", "offsets", "plan")


@pytest.fixture(scope="module")
def journey(tmp_path_factory, bw):
    return demo_journey(tmp_path_factory.mktemp("numbers"))


def unseparated(text: str) -> bool:
    """A whole-number cell of five or more digits, or of four that is not a year, with no separator."""
    if not NUMBER.fullmatch(text):
        return False
    whole = text.lstrip("-").split(".")[0]
    return len(whole) >= 5 or (len(whole) == 4 and not 1900 <= int(whole) <= 2100)


def internal_names(text: str) -> list[str]:
    return SNAKE.findall(DOTTED_ID.sub("", text))


def model_cells(page) -> list[tuple[str, object]]:
    """(where, DisplayRole value) of every cell of every table and tree on ``page``, numbers as
    numbers: a cell holding an int is drawn by Qt's delegate in the default locale, not the UI's."""
    from PySide6.QtCore import QAbstractListModel, QModelIndex, Qt
    from PySide6.QtWidgets import QAbstractItemView

    out = []

    def walk(model, where, parent, depth):
        cols = 1 if isinstance(model, QAbstractListModel) else model.columnCount(parent)
        for r in range(model.rowCount(parent)):
            for c in range(cols):
                v = model.data(model.index(r, c, parent), Qt.ItemDataRole.DisplayRole)
                if v is not None and v != "":
                    out.append((f"{where} r{r} c{c}", v))
            first = model.index(r, 0, parent)
            if depth < 8 and cols > 1 and model.rowCount(first) > 0:
                walk(model, where, first, depth + 1)

    for view in page.findChildren(QAbstractItemView):
        if view.model() is not None:
            walk(view.model(), f"{type(view).__name__} {view.objectName()}", QModelIndex(), 0)
    return out


def bad_number(value) -> bool:
    if isinstance(value, bool):
        return False
    if isinstance(value, int | float):
        return unseparated(str(int(value)) if float(value).is_integer() else str(value))
    return isinstance(value, str) and unseparated(value.strip())


@pytest.mark.slow
@pytest.mark.parametrize("lang", ["en", "ko"])
def test_table_numbers_have_separators_and_no_internal_names(qtbot, qapp, journey, tmp_path, lang):
    from PySide6.QtWidgets import QApplication

    from workbench.ui.app import create_app
    from workbench.ui.i18n import install_language
    from workbench.ui.main_window import MainWindow

    create_app()
    isolate_settings(tmp_path / "settings")
    install_language(QApplication.instance(), lang)
    bad_numbers, names, cells = [], [], {}
    try:
        with ErrorCapture() as errors:
            window = MainWindow(str(journey), mode="edit", load_brightway=False)
            qtbot.addWidget(window)
            window.resize(1440, 900)
            window.show()
            qtbot.waitExposed(window)
            assert window.wait_for_pages(120)
            for key, page in window.pages.items():
                window.show_step(key)
                assert page.wait_loaded(120)
                qtbot.wait(30)
                seen = []
                visit_tabs(page, lambda p=page, s=seen: s.extend(visible_texts(p)))
                found = model_cells(page)
                cells[key] = [str(v).strip() for _, v in found]
                bad_numbers += [f"{key} {where}: {v!r}" for where, v in found if bad_number(v)]
                if key in NO_INTERNAL_NAMES:
                    names += [
                        f"{key} {s.where}: {n} in {s.text[:60]!r}"
                        for s in seen
                        for n in internal_names(s.text)
                    ]
            window.close_project()
        assert errors.messages == []
    finally:
        install_language(QApplication.instance(), "en")
    assert bad_numbers == []
    assert names == []
    # what the checks saw: credits with the separator, units as people read them
    sep = "," if lang in ("en", "ko") else None
    credits = [c for c in cells["offsets"] if re.fullmatch(rf"\d{{1,3}}(?:{sep}\d{{3}})+", c)]
    assert len(credits) >= 3, cells["offsets"][:40]
    assert ("tonne-km" if lang == "en" else "톤·km") in cells["inventory"] and "tonne_km" not in cells[
        "inventory"
    ]
    assert sum(len(v) for v in cells.values()) > 300
