"""Scope 2 contractual instruments on the footprint page, driven through the widgets: a REC with
its evidence lowers the market-based scope 2 by MWh x the source's grid factor; undo and redo;
delete; a REC without evidence is refused readably and the file is unchanged."""

from __future__ import annotations

import pytest

pytest.importorskip("PySide6.QtWidgets")

from workbench.ui.qtfix import guard  # noqa: E402

guard()  # PySide6 6.12.0 reference-count bug: see workbench/ui/qtfix.py

from helpers.ui import ErrorCapture, isolate_settings, open_window  # noqa: E402
from PySide6.QtCore import Qt  # noqa: E402

LONG = 120_000  # ms
SOURCE = "BSN-ELEC"
MWH = 250.0


@pytest.fixture
def demo_path(tmp_path, qapp, bw):
    """The demo data with the demo's factors assigned and the footprint calculated once."""
    from workbench import demo
    from workbench.demo.footprint import DEMO_FACTORS
    from workbench.services import footprint
    from workbench.services.footprint import factors as footprint_factors

    isolate_settings(tmp_path / "settings")
    p = demo.build(tmp_path / "demo.cnw", tmp_path / "inputs", log=lambda *_: None)
    for code, factor_id in DEMO_FACTORS.items():
        footprint_factors.assign_factor(p, code, factor_id)
    footprint.calculate(p, allow_missing=True)
    path = p.path
    p.close()
    return path


@pytest.fixture
def window(qtbot, demo_path):
    w = open_window(qtbot, demo_path)
    w.bw_state = "ready"  # the `bw` fixture has set Brightway up
    w.show_step("footprint")
    assert w.pages["footprint"].wait_loaded()  # the page reads its result in a worker
    yield w
    w.close_project()


def click(qtbot, button):
    assert button.isEnabled(), button.text()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def recalculate(qtbot, page, errors):
    assert page.wait_loaded()  # the page shows the stale result first (read in a worker)
    assert page.result.stale
    click(qtbot, page.recalc_button)
    qtbot.waitUntil(
        lambda: (page.result is not None and not page.result.stale) or bool(errors.items), timeout=LONG
    )
    assert not errors.items, errors.messages
    return page.result.scope2_market


def fill_dialog(monkeypatch, tmp_path, evidence: bool):
    """The next InstrumentDialog is filled in as a user would (evidence chosen in the file dialog)."""
    from PySide6.QtWidgets import QFileDialog

    from workbench.ui.dialogs.instrument import InstrumentDialog

    cert = tmp_path / "rec-2025-0042.pdf"
    cert.write_bytes(b"%PDF-1.4 REC certificate 2025-0042, 250 MWh, Busan")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(cert), "")))

    def answer(dialog):
        dialog.source.setCurrentIndex(dialog.source.findData(SOURCE))
        dialog.kind.setCurrentIndex(dialog.kind.findData("REC"))
        dialog.quantity.setValue(MWH)
        dialog.certificate.setText("REC-2025-0042")
        dialog.supplier.setText("Korea Energy Agency REC market")
        if evidence:
            dialog.choose_button.click()
            assert dialog.evidence.text() == str(cert)
        return 1

    monkeypatch.setattr(InstrumentDialog, "exec", answer)


def grid_factor_kg_per_mwh(project) -> float:
    from workbench.services import boundary
    from workbench.services.footprint import factors as footprint_factors

    factor = footprint_factors.load_library()[boundary.source_by_code(project, SOURCE)["factor_id"]]
    assert factor.unit == "MWh"
    return factor.gases["CO2e"]


def test_rec_with_evidence_lowers_market_scope2_and_undoes(window, qtbot, monkeypatch, tmp_path):
    page = window.pages["footprint"]
    with ErrorCapture() as errors:
        assert page.result is not None and not page.result.stale
        before = page.result.scope2_market
        location = page.result.scope2_location
        assert page.instruments.rowCount() == 0

        fill_dialog(monkeypatch, tmp_path, evidence=True)
        click(qtbot, page.add_instrument_button)
        assert not errors.items, errors.messages
        assert page.instruments.rowCount() == 1
        cells = [page.instruments.item(0, c).text() for c in range(page.instruments.columnCount())]
        assert cells[0] == SOURCE and cells[2] == "250 MWh" and cells[4] == "REC-2025-0042"
        assert cells[6] == "rec-2025-0042.pdf"
        assert page.wait_loaded()
        assert page.result.stale and page.stale.isVisible()  # the footprint shows stale

        after = recalculate(qtbot, page, errors)
        drop = MWH * grid_factor_kg_per_mwh(window.project) / 1000  # t CO2e
        assert before - after == pytest.approx(drop, rel=1e-9)
        assert page.result.scope2_location == pytest.approx(location)
        assert page.values["scope2_market"].text() == f"{after:,.1f}"

        window.undo_stack.undo()  # undo of add = delete
        assert page.instruments.rowCount() == 0
        assert recalculate(qtbot, page, errors) == pytest.approx(before, rel=1e-12)

        window.undo_stack.redo()  # back with the same evidence
        assert page.instruments.item(0, 6).text() == "rec-2025-0042.pdf"
        assert recalculate(qtbot, page, errors) == pytest.approx(after, rel=1e-12)

        # delete through the button; undo puts it back with its evidence
        page.instruments.selectRow(0)
        click(qtbot, page.delete_instrument_button)
        assert page.wait_loaded()
        assert page.instruments.rowCount() == 0 and page.result.stale
        window.undo_stack.undo()
        assert page.wait_loaded()
        assert page.instruments.rowCount() == 1
        assert page.instruments.item(0, 6).text() == "rec-2025-0042.pdf"
        assert not page.result.stale  # the file is as it was when calculated
    assert not errors.items, errors.messages


def test_rec_without_evidence_is_refused_readably(window, qtbot, monkeypatch, tmp_path):
    page = window.pages["footprint"]
    before = window.project.snapshot_hash()
    undo_count = window.undo_stack.count()
    fill_dialog(monkeypatch, tmp_path, evidence=False)
    with ErrorCapture() as errors:
        click(qtbot, page.add_instrument_button)
    [(title, message, _exc)] = errors.items
    assert title.startswith("Add instrument")
    assert f"REC REC-2025-0042 for source '{SOURCE}': attach its evidence" in message
    assert "Traceback" not in message
    assert window.project.snapshot_hash() == before
    assert window.undo_stack.count() == undo_count
    assert page.instruments.rowCount() == 0
    assert page.wait_loaded()
    assert not page.result.stale
