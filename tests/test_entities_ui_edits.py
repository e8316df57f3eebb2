"""The entities panel's edits through real widgets: an entity changed through its form (a refusal
keeps the input and the file byte-identical), evidence files attached to an entity through the
project's attachments, an entity removed and brought back by undo with the same id and evidence,
an intra-group transfer recorded through its dialog and eliminated once; English and Korean
screenshots of the panel."""

from __future__ import annotations

import pytest

pytest.importorskip("PySide6.QtWidgets")

from workbench.ui.qtfix import guard  # noqa: E402

guard()  # PySide6 6.12.0 reference-count bug: see workbench/ui/qtfix.py

from helpers.ui import ErrorCapture, isolate_settings, open_window  # noqa: E402
from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtWidgets import QFileDialog  # noqa: E402
from test_ui_dialogs_validation import Modal, type_into  # noqa: E402

LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def path(tmp_path, qapp):
    from workbench import new_project
    from workbench.services import boundary, entities

    isolate_settings(tmp_path / "settings")
    p = new_project(tmp_path / "group.cnw", "Group Co")
    boundary.add_site(p, code="J", name="JV plant")
    entities.add_entity(
        p, "Hanbit JV", "joint venture", equity_pct=40, financial_control="joint", operational_control="no"
    )
    entities.assign_site(p, "J", "Hanbit JV")
    entities.add_entity(p, "GenCo", "subsidiary")
    entities.add_entity(p, "Shop 7", "franchise", equity_pct=0, operational_control="no")
    boundary.set_subject(p, consolidation="equity share")
    out = p.path
    p.close()
    return out


@pytest.fixture
def window(qtbot, path):
    w = open_window(qtbot, path)
    w.show_step("boundary")
    yield w
    w.close_project()


def _rows(tree):
    return [
        [tree.topLevelItem(i).text(c) for c in range(tree.columnCount())]
        for i in range(tree.topLevelItemCount())
    ]


def _bytes(window) -> bytes:
    return open(window.project.path, "rb").read()


def test_edit_an_entity_through_its_form_refusal_keeps_the_input_and_undo_restores(window, qtbot):
    from workbench.services import entities

    panel = window.pages["boundary"].entities_panel
    panel.select("Hanbit JV")
    assert panel.selected_entity() == "Hanbit JV"
    before = _bytes(window)
    seen = {}

    def fill(d):
        seen["shown"] = (d.fields["equity_pct"].text(), d.fields["kind"].text(), d.fields["name"].text())
        type_into(qtbot, d, "equity_pct", "140")
        qtbot.mouseClick(d.ok_button, LEFT)
        seen["refused"] = (d.isVisible(), d.message.text(), d.fields["equity_pct"].text())
        seen["bytes"] = _bytes(window)
        type_into(qtbot, d, "equity_pct", "45")
        type_into(qtbot, d, "base_year_tco2e", "1,250.5")
        d.fields["name_local"].setText("한빛 합작")  # an input method's text: QTest types only keys
        type_into(qtbot, d, "acquired", "2025-04-01")
        qtbot.mouseClick(d.ok_button, LEFT)
        seen["closed"] = not d.isVisible()

    with Modal(qtbot, fill):
        qtbot.mouseClick(panel.edit_button, LEFT)
    assert seen["shown"] == ("40", "joint venture", "Hanbit JV")
    assert seen["refused"] == (True, "entity 'Hanbit JV': equity share 140 % is outside 0-100 %", "140")
    assert seen["bytes"] == before and seen["closed"]
    e = entities.get_entity(window.project, "Hanbit JV")
    assert (e["equity_pct"], e["base_year_tco2e"], e["name_local"], e["acquired"]) == (
        45.0,
        1250.5,
        "한빛 합작",
        "2025-04-01",
    )
    jv = [r for r in _rows(panel.table) if r[0] == "Hanbit JV"][0]
    assert (jv[2], jv[5], jv[7]) == ("45", "45", "2025-04-01")  # equity, counted under equity share
    window.undo_stack.undo()
    e = entities.get_entity(window.project, "Hanbit JV")
    assert (e["equity_pct"], e["base_year_tco2e"], e["name_local"], e["acquired"]) == (40.0, None, None, None)
    assert [r for r in _rows(panel.table) if r[0] == "Hanbit JV"][0][2] == "40"
    window.undo_stack.redo()
    assert entities.get_entity(window.project, "Hanbit JV")["equity_pct"] == 45.0


def test_attach_evidence_then_remove_the_entity_and_undo_brings_both_back(window, qtbot, tmp_path):
    from workbench.services import entities

    panel = window.pages["boundary"].entities_panel
    doc = tmp_path / "franchise-agreement.pdf"
    doc.write_bytes(b"%PDF-1.4 franchise agreement Shop 7, 2025")
    panel.select("Shop 7")

    def pick(picker):
        assert isinstance(picker, QFileDialog)
        picker.selectFile(str(doc))
        picker.accept()

    with Modal(qtbot, pick):
        qtbot.mouseClick(panel.attach_button, LEFT)
    shop = entities.get_entity(window.project, "Shop 7")
    files = entities.evidence(window.project, "Shop 7")
    assert [f["filename"] for f in files] == ["franchise-agreement.pdf"]
    assert panel.evidence.count() == 1 and panel.evidence.item(0).text().startswith(
        "franchise-agreement.pdf ("
    )
    # an entity that still holds a site is not removed: the reason is shown, nothing changes
    panel.select("Hanbit JV")
    before = _bytes(window)
    with ErrorCapture() as errors:
        qtbot.mouseClick(panel.remove_button, LEFT)
    assert errors.messages == ["entity 'Hanbit JV': sites J belong to it; move them first"]
    assert _bytes(window) == before
    panel.select("Shop 7")
    qtbot.mouseClick(panel.remove_button, LEFT)
    assert "Shop 7" not in [r[0] for r in _rows(panel.table)]
    assert window.project.one("SELECT count(*) n FROM evidence_links WHERE tbl = 'entities'")["n"] == 0
    window.undo_stack.undo()
    back = entities.get_entity(window.project, "Shop 7")
    assert back["id"] == shop["id"] and (back["kind"], back["equity_pct"]) == ("franchise", 0.0)
    assert [f["sha256"] for f in entities.evidence(window.project, "Shop 7")] == [files[0]["sha256"]]
    window.undo_stack.redo()
    assert "Shop 7" not in [r[0] for r in _rows(panel.table)]
    window.undo_stack.undo()
    window.undo_stack.undo()  # and the attachment itself
    assert entities.evidence(window.project, "Shop 7") == []
    assert window.project.one("SELECT count(*) n FROM attachments")["n"] == 0


def test_record_an_intra_group_transfer_through_its_dialog(window, qtbot):
    from workbench.services import consolidation

    panel = window.pages["boundary"].entities_panel
    before = _bytes(window)
    seen = {}

    def fill(d):
        seen["defaults"] = (d.fields["seller"].text(), d.fields["buyer"].text(), d.fields["energy"].text())
        type_into(qtbot, d, "seller", "GenKo")
        seen["typo"] = d.error_text("seller")
        type_into(qtbot, d, "seller", "GenCo")
        type_into(qtbot, d, "buyer", "GenCo")
        type_into(qtbot, d, "quantity_mwh", "abc")
        seen["number"] = d.error_text("quantity_mwh")
        type_into(qtbot, d, "quantity_mwh", "1,000")
        type_into(qtbot, d, "rate", "417.3")
        qtbot.mouseClick(d.ok_button, LEFT)
        seen["refused"] = (d.isVisible(), d.message.text())
        seen["bytes"] = _bytes(window)
        type_into(qtbot, d, "buyer", "Group Co")
        type_into(qtbot, d, "evidence", "power purchase agreement PPA-7")
        qtbot.mouseClick(d.ok_button, LEFT)
        seen["closed"] = not d.isVisible()

    with Modal(qtbot, fill):
        qtbot.mouseClick(panel.transfer_button, LEFT)
    assert seen["defaults"] == ("Group Co", "Hanbit JV", "electricity")
    assert seen["typo"].startswith("Seller (entity): there is no entity 'GenKo'.") and "GenCo" in seen["typo"]
    assert seen["number"] == "Quantity (MWh): 'abc' is not a number (type digits, for example 1234.5)."
    assert seen["refused"] == (True, "transfer: seller and buyer are both 'GenCo'")
    assert seen["bytes"] == before and seen["closed"]
    [t] = consolidation.transfers(window.project)
    assert (t["seller"], t["buyer"], t["quantity_mwh"], t["evidence"]) == (
        "GenCo",
        "Group Co",
        1000.0,
        "power purchase agreement PPA-7",
    )
    assert t["eliminated_t"] == pytest.approx(417.3)  # both held at 100 %: the buyer's 417.3 t once
    assert _rows(panel.transfers) == [
        ["GenCo", "Group Co", "electricity", "1,000.00", "417.30", "power purchase agreement PPA-7"]
    ]
    window.undo_stack.undo()
    assert consolidation.transfers(window.project) == [] and panel.transfers.topLevelItemCount() == 0
    window.undo_stack.redo()
    assert len(consolidation.transfers(window.project)) == 1


def test_screenshots_english_and_korean(window, qtbot, tmp_path):
    from PySide6.QtWidgets import QApplication

    from workbench.services import consolidation, entities
    from workbench.ui.i18n import install_language

    p = window.project
    consolidation.add_transfer(p, "GenCo", "Group Co", 1000, 417.3, evidence="PPA-7")
    entities.attach_evidence(p, "Hanbit JV", b"%PDF-1.4 shareholder register", filename="register.pdf")
    page = window.pages["boundary"]
    page.refresh()
    panel = page.entities_panel
    panel.select("Hanbit JV")
    assert panel.evidence.count() == 1
    window.resize(1400, 1000)
    out = tmp_path / "entities-en.png"
    assert panel.grab().save(str(out)) and out.stat().st_size > 0
    install_language(QApplication.instance(), "ko")
    try:
        qtbot.waitUntil(
            lambda: window.pages["boundary"].entities_panel.title() == "조직 경계: 법인별 반영 비율",
            timeout=3000,
        )  # the pages are rebuilt in the new language
        window.show_step("boundary")
        panel = window.pages["boundary"].entities_panel
        panel.select("Hanbit JV")
        qtbot.waitUntil(lambda: panel.transfers.topLevelItemCount() == 1, timeout=3000)
        texts = [
            panel.edit_button.text(),
            panel.remove_button.text(),
            panel.attach_button.text(),
            panel.transfer_button.text(),
        ]
        assert texts == ["법인 편집...", "법인 삭제", "증빙 첨부...", "그룹 내 에너지 거래 기록..."]
        assert _rows(panel.transfers)[0][2] == "전력"
        header = panel.transfers.headerItem()
        assert [header.text(c) for c in range(6)] == [
            "판매 법인",
            "구매 법인",
            "에너지",
            "MWh",
            "상계 배출량 (tCO2e)",
            "증빙",
        ]
        out_ko = tmp_path / "entities-ko.png"
        assert panel.grab().save(str(out_ko)) and out_ko.stat().st_size > 0
    finally:
        install_language(QApplication.instance(), "en")
