"""The entities panel of the boundary page: entities and shares shown, an entity added through an
undoable edit (Korean kind names understood), bad input refused readably, Korean labels."""

from __future__ import annotations

import pytest

pytest.importorskip("PySide6.QtWidgets")

from workbench.ui.qtfix import guard  # noqa: E402

guard()  # PySide6 6.12.0 reference-count bug: see workbench/ui/qtfix.py

from helpers.ui import ErrorCapture, isolate_settings, open_window  # noqa: E402


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
    boundary.set_subject(p, consolidation="equity share")
    out = p.path
    p.close()
    return out


def _rows(tree):
    return [
        [tree.topLevelItem(i).text(c) for c in range(tree.columnCount())]
        for i in range(tree.topLevelItemCount())
    ]


def test_panel_shows_entities_and_shares_and_adds_one_undoably(qtbot, path, tmp_path):
    from workbench.services import entities

    window = open_window(qtbot, path)
    window.show_step("boundary")
    panel = window.pages["boundary"].entities_panel
    rows = _rows(panel.table)
    assert [r[0] for r in rows] == ["Group Co", "Hanbit JV"]
    assert rows[1][1:7] == ["joint venture", "40", "joint", "not held", "40", "J"]
    assert panel.approach.text() == "Consolidation approach: equity share"
    before = window.project.snapshot_hash()
    with ErrorCapture() as errors:
        refused = window.pages["boundary"].try_edit(
            *panel._add_edit({"name": "Bad", "kind": "subsidiary", "equity_pct": "140"})
        )
    assert refused == "entity 'Bad': equity share 140 % is outside 0-100 %" and not errors.items
    assert window.project.snapshot_hash() == before
    assert (
        window.pages["boundary"].try_edit(
            *panel._add_edit(
                {"name": "Shop 7", "kind": "franchise", "equity_pct": "0", "operational_control": "not held"}
            )
        )
        is None
    )
    assert [r[0] for r in _rows(panel.table)] == ["Group Co", "Hanbit JV", "Shop 7"]
    e = entities.get_entity(window.project, "Shop 7")
    assert (e["kind"], e["equity_pct"], e["operational_control"]) == ("franchise", 0.0, "no")
    window.undo_stack.undo()
    assert [r[0] for r in _rows(panel.table)] == ["Group Co", "Hanbit JV"]
    window.grab().save(str(tmp_path / "boundary-en.png"))
    window.close_project()


def test_panel_reads_korean(qtbot, path, tmp_path):
    from PySide6.QtWidgets import QApplication

    from workbench.ui.i18n import install_language

    window = open_window(qtbot, path)
    window.show_step("boundary")
    install_language(QApplication.instance(), "ko")
    try:
        qtbot.waitUntil(
            lambda: window.pages["boundary"].entities_panel.title() == "조직 경계: 법인별 반영 비율",
            timeout=3000,
        )
        window.show_step("boundary")
        panel = window.pages["boundary"].entities_panel
        qtbot.waitUntil(lambda: panel.table.topLevelItemCount() == 2, timeout=3000)
        assert _rows(panel.table)[1][1:5] == ["합작 투자회사", "40", "공동", "미보유"]
        assert panel.approach.text() == "조직 경계 설정 방식: 지분 비율"
        # a kind typed in Korean, as the form shows it, is understood
        page = window.pages["boundary"]
        assert (
            page.try_edit(
                *panel._add_edit(
                    {
                        "name": "서울 관계사",
                        "kind": "관계회사",
                        "equity_pct": "25",
                        "financial_control": "미보유",
                        "operational_control": "미보유",
                    }
                )
            )
            is None
        )
        assert _rows(panel.table)[2][1:6] == ["관계회사", "25", "미보유", "미보유", "25"]
        window.grab().save(str(tmp_path / "boundary-ko.png"))
        window.close_project()
    finally:
        install_language(QApplication.instance(), "en")


def test_consolidate_from_the_panel_and_check_the_files(qtbot, path, tmp_path, bw):
    from workbench import new_project, open_project
    from workbench.services import boundary, entities, footprint, inventory
    from workbench.services.footprint.factors import assign_factor

    sub = new_project(tmp_path / "sub.cnw", "Seoul Sub")
    boundary.add_site(sub, code="X", name="X")
    boundary.add_source(sub, "E", "Electricity", 2, site="X", unit="MWh")
    assign_factor(sub, "E", "kr.elec.grid.2023")
    inventory.add_activity(sub, "E", 100, "MWh", "2025-01-01", "2025-12-31")
    footprint.calculate(sub)
    sub_path = sub.path
    sub.close()
    with open_project(path) as g:
        entities.add_entity(g, "Seoul Sub", "subsidiary")
    window = open_window(qtbot, path)
    window.show_step("boundary")
    panel = window.pages["boundary"].entities_panel
    panel.consolidate([sub_path])
    qtbot.waitUntil(lambda: panel.imports.topLevelItemCount() == 1, timeout=30000)
    row = _rows(panel.imports)[0]
    assert row[:5] == ["Seoul Sub", "100", "41.73", "not verified", "not checked"]
    panel.check_subsidiaries()
    qtbot.waitUntil(lambda: _rows(panel.imports)[0][4] == "current", timeout=30000)
    with open_project(sub_path) as s:
        inventory.add_activity(s, "E", 1, "MWh", "2025-06-01", "2025-06-30")
    panel.check_subsidiaries()
    qtbot.waitUntil(lambda: _rows(panel.imports)[0][4] == "stale: the file changed since", timeout=30000)
    window.close_project()
