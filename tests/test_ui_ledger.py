"""The ledger view: a million rows open and scroll to the end without loading them all."""

from __future__ import annotations

import pytest

pytest.importorskip("PySide6.QtWidgets")

from workbench.ui.qtfix import guard  # noqa: E402

guard()  # PySide6 6.12.0 reference-count bug: see workbench/ui/qtfix.py

MILLION = 1_000_000


@pytest.fixture(scope="session")
def million_path(tmp_path_factory):
    from helpers.ui import make_ledger_project

    path = tmp_path_factory.mktemp("ledger") / "million.cnw"
    make_ledger_project(path, MILLION).close()
    return path


@pytest.fixture
def small_project(tmp_path):
    from helpers.ui import make_ledger_project

    p = make_ledger_project(tmp_path / "small.cnw", 1000)
    yield p
    p.close()


def test_million_rows_open_and_scroll_to_end_lazily(qtbot, million_path):
    from PySide6.QtWidgets import QTableView

    from workbench import open_project
    from workbench.ui.models.ledger_model import LedgerModel

    p = open_project(million_path, mode="read")
    try:
        model = LedgerModel(p.conn)
        view = QTableView()
        qtbot.addWidget(view)
        view.setModel(model)
        view.resize(900, 500)
        view.show()
        qtbot.waitExposed(view)
        assert model.rowCount() == MILLION
        assert model.rows_read <= model.PAGE  # only the first page was read to paint
        view.scrollToBottom()
        qtbot.wait(10)
        last = model.rowCount() - 1
        assert view.rowAt(view.viewport().height() - 2) == last  # the last row is on screen
        # the last row is the last generated row: i = 999,999 (odd -> electricity, INV-...)
        assert model.value(last, "reference") == "INV-0999999"
        assert model.value(last, "id") == MILLION
        assert model.index(last, 5).data() == "1.8"  # 1 + (999999 % 997) / 10 = 1 + 8 / 10
        assert model.rows_read < 3 * model.PAGE, model.rows_read
        assert model.loaded_rows < 3 * model.PAGE
        # a jump to the middle reads one page, not the half million rows before it
        view.verticalScrollBar().setValue(500_000)
        qtbot.wait(10)
        top = view.rowAt(1)
        assert model.value(top, "id") == top + 1
        assert model.rows_read < 6 * model.PAGE
    finally:
        p.close()


def test_incremental_mode_uses_fetch_more(qtbot, million_path):
    from workbench import open_project
    from workbench.ui.models.ledger_model import LedgerModel

    p = open_project(million_path, mode="read")
    try:
        model = LedgerModel(p.conn, incremental=True)
        assert model.rowCount() == model.PAGE
        assert model.canFetchMore()
        model.fetchMore()
        assert model.rowCount() == 2 * model.PAGE
        assert model.value(2 * model.PAGE - 1, "id") == 2 * model.PAGE
    finally:
        p.close()


def test_filter_and_sort(qtbot, small_project):
    from PySide6.QtCore import Qt

    from workbench.services.inventory.ledger import LedgerFilter
    from workbench.ui.models.ledger_model import COLUMNS, LedgerModel

    model = LedgerModel(small_project.conn)
    model.PAGE = 64  # several pages in a small file, so keyset paging is exercised
    model.reload()
    assert model.rowCount() == 1000
    model.set_filter(LedgerFilter(text="GAS-00001"))  # GAS-0000100 .. GAS-0000198 (even i) -> 50
    assert model.rowCount() == 50
    assert {model.value(r, "source") for r in range(50)} == {"LNG"}
    model.set_filter(LedgerFilter())
    model.sort(COLUMNS.index("quantity"), Qt.SortOrder.DescendingOrder)
    quantities = [model.value(r, "quantity") for r in range(1000)]
    assert quantities == sorted(quantities, reverse=True)
    ids_in_order = [model.value(r, "id") for r in range(1000)]
    assert len(set(ids_in_order)) == 1000  # keyset pages neither skip nor repeat rows
    # backwards paging from the end gives the same rows
    model.sort(COLUMNS.index("quantity"), Qt.SortOrder.DescendingOrder)
    backwards = [model.value(r, "id") for r in range(999, -1, -1)]
    assert backwards[::-1] == ids_in_order


def test_korean_locale_formats_numbers_and_dates(qtbot, small_project):
    from workbench.ui import i18n
    from workbench.ui.models.ledger_model import LedgerModel

    model = LedgerModel(small_project.conn)
    try:
        i18n._current["lang"] = "ko"
        assert model.index(0, 1).data() == "2025. 1. 1."  # Korean short date, year written out
        assert i18n.fmt_number(1234567.891, 2) == "1,234,567.89"
        i18n._current["lang"] = "en"
        assert model.index(0, 1).data() == "2025-01-01"  # ISO in English: never a 2-digit year
    finally:
        i18n._current["lang"] = "en"


def test_window_opens_million_row_project_and_jumps_to_the_end(qtbot, million_path, tmp_path):
    from helpers.ui import isolate_settings, open_window
    from PySide6.QtCore import Qt

    isolate_settings(tmp_path / "settings")
    w = open_window(qtbot, million_path, mode="read")
    w.show_step("inventory")
    page = w.pages["inventory"]
    model = page.model
    assert model.rowCount() == MILLION
    assert page.count_label.text() == "1,000,000 rows"
    page.table.setCurrentIndex(model.index(0, 0))
    qtbot.keyClick(page.table, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    qtbot.wait(20)
    assert page.table.currentIndex().row() == MILLION - 1
    assert model.value(MILLION - 1, "reference") == "INV-0999999"
    assert model.rows_read < 4 * model.PAGE
    assert not page.import_button.isEnabled()  # read-only: the ledger cannot be changed
    w.close_project()
