"""Plan, offsets, footprint settings, verification and certificate pages: undo/redo round trips
through the services, and what each mode disables."""

from __future__ import annotations

import pytest

pytest.importorskip("PySide6.QtWidgets")

from workbench.ui.qtfix import guard  # noqa: E402

guard()  # PySide6 6.12.0 reference-count bug: see workbench/ui/qtfix.py

from helpers.ui import ErrorCapture, isolate_settings, open_window  # noqa: E402


@pytest.fixture
def demo_path(tmp_path, qapp):
    from workbench import demo

    isolate_settings(tmp_path / "settings")
    p = demo.build(tmp_path / "demo.cnw", tmp_path / "inputs", log=lambda *_: None)
    path = p.path
    p.close()
    return path


@pytest.fixture
def window(qtbot, demo_path):
    w = open_window(qtbot, demo_path)
    yield w
    w.close_project()


def test_plan_measure_and_target_undo_redo(window):
    page = window.pages["plan"]
    window.show_step("plan")
    page.add_measure(
        name="LED retrofit",
        sources=["HWS-ELEC"],
        abatement=8,
        kind="pct",
        capex=5.2e8,
        opex_change=-2.35e8,
        lifetime=12,
        start_year=2026,
        status="planned",
    )
    assert page.table.rowCount() == 1 and page.table.item(0, 0).text() == "LED retrofit"
    assert page.table.item(0, 3).text() == "520,000,000"
    page.set_target(base_year=2024, target_year=2030, kind="absolute", scopes="1, 2", pathway="sbti_1.5c")
    assert [t.target_year for t in page.svc.list_targets(window.project)] == [2030]
    window.undo_stack.undo()
    assert page.svc.list_targets(window.project) == []
    window.undo_stack.undo()
    assert page.table.rowCount() == 0
    window.undo_stack.redo()
    window.undo_stack.redo()
    assert page.table.rowCount() == 1
    assert page.target_label.text() == "Set: 2024 to 2030, scopes 1, 2"
    # the management plan section editor
    page.section.setCurrentIndex(page.section.findData("commitment"))
    page.text_en.setPlainText("Hanbit commits to carbon neutrality for 2025.")
    page.text_ko.setPlainText("한빛정밀은 2025년 탄소중립을 약속합니다.")
    page.save_text.click()
    assert (
        page.svc.management_texts(window.project)["commitment"]["ko"]
        == "한빛정밀은 2025년 탄소중립을 약속합니다."
    )
    window.undo_stack.undo()
    assert "commitment" not in page.svc.management_texts(window.project)


def test_plan_bad_measure_is_refused_and_file_unchanged(window):
    page = window.pages["plan"]
    before = window.project.snapshot_hash()
    with ErrorCapture() as errors:
        page.add_measure(name="Ghost", sources=["NO-SUCH"], abatement=10)
    assert "NO-SUCH is not an emission source" in errors.messages[0]
    assert window.project.snapshot_hash() == before
    assert window.undo_stack.count() == 0


def test_offsets_claim_undo_and_findings(window):
    page = window.pages["offsets"]
    window.show_step("offsets")
    page.set_claim(residual_t=1234.5)
    assert page.wait_loaded()  # coverage is read in a worker
    assert "1,234.5 tCO2e" in page.claim_label.text()
    window.undo_stack.undo()
    assert page.wait_loaded()
    assert "not known" in page.claim_label.text()
    window.undo_stack.redo()
    assert page.svc.coverage(window.project).residual_t == 1234.5


def test_footprint_settings_undo(window):
    page = window.pages["footprint"]
    window.show_step("footprint")
    assert page.wait_loaded()  # the result is read in a worker
    assert page.stale.text() == "Not calculated yet: press Recalculate."
    page.set_setting("gwp_set", "AR5")
    assert window.project.setting("gwp_set") == "AR5"
    assert page.gwp.currentText() == "AR5"
    window.undo_stack.undo()
    assert window.project.setting("gwp_set") == "AR6"
    window.undo_stack.redo()
    assert window.project.setting("gwp_set") == "AR5"


def test_certificate_gate_lists_failing_rules_with_clauses(window):
    page = window.pages["certificate"]
    window.show_step("certificate")
    assert page.busy.isVisible() and page.loading  # the document model is built in a worker
    assert page.wait_loaded()
    assert page.refusals.rowCount() >= 1
    clauses = [page.refusals.item(r, 3).text() for r in range(page.refusals.rowCount())]
    assert all(c for c in clauses)
    assert "cannot be issued yet" in page.gate.text()
    assert window.navigator.status("certificate") == "not_started"


def test_verifier_mode_enables_only_verifier_widgets(qtbot, demo_path, tmp_path, monkeypatch):
    monkeypatch.setenv("CNW_KEY_DIR", str(tmp_path / "keys"))
    w = open_window(qtbot, demo_path, mode="verifier")
    page = w.pages["verification"]
    for widget in (
        page.start_button,
        page.set_plan_button,
        page.draw_button,
        page.raise_button,
        page.sign_button,
    ):
        assert widget.isEnabled()
    assert not page.respond_button.isEnabled()
    for key in ("boundary", "inventory", "footprint", "plan", "offsets", "product"):
        for widget in w.pages[key]._client_widgets:
            assert not widget.isEnabled(), (key, widget)
    assert w.status.mode_label.text() == "Mode: verifier"
    # plan edits are undoable; an engagement is started with the verifier's key
    page.key_ = page.svc.create_key(None, "Lee Seo-yeon")
    page.start("Lee Seo-yeon", "Demo Verification Services", "KAB-000")
    page.set_plan("limited", 5.0, ["ISO14068-1"])
    page.set_plan("reasonable", 2.0, ["ISO14068-1", "ISO14064-1"])
    eng = page.svc.current_engagement(w.project)
    assert (eng["level"], eng["materiality_pct"]) == ("reasonable", 2.0)
    w.undo_stack.undo()
    eng = page.svc.current_engagement(w.project)
    assert (eng["level"], eng["materiality_pct"]) == ("limited", 5.0)
    assert page.level.currentData() == "limited"
    w.close_project()
    e = open_window(qtbot, demo_path, mode="edit")
    vpage = e.pages["verification"]
    assert not vpage.sign_button.isEnabled() and not vpage.start_button.isEnabled()
    assert not vpage.mode_hint.isHidden()
    e.close_project()


def test_offsets_import_shows_overlapping_serials_with_their_clause(window, qtbot, tmp_path):
    page = window.pages["offsets"]
    window.show_step("offsets")
    export = tmp_path / "lots.csv"
    # two lots whose Verra serial ranges overlap by 51 credits (both ends inclusive)
    export.write_text(
        "registry,programme,unit_type,serial,quantity,project_id,vintage_start,vintage_end,issuance_date,kind\n"
        "Verra,VCS,VCU,0001-000001-000100-VCS-VCU-003-VER-US-0003-01012020-31122020-1,100,0003,"
        "2020-01-01,2020-12-31,2021-06-01,avoidance\n"
        "Verra,VCS,VCU,0001-000050-000149-VCS-VCU-003-VER-US-0003-01012020-31122020-1,100,0003,"
        "2020-01-01,2020-12-31,2021-06-01,avoidance\n",
        encoding="utf-8",
    )
    with ErrorCapture() as errors:
        page.import_file(str(export), "generic")
        qtbot.waitUntil(lambda: page.lots.rowCount() == 2 or bool(errors.items), timeout=20000)
        assert page.wait_loaded()  # the credit rules are checked in a worker
    assert not errors.items, errors.messages
    assert page.overlaps.rowCount() >= 1
    rules = {page.overlaps.item(r, 1).text() for r in range(page.overlaps.rowCount())}
    assert "DC.OVERLAP" in rules
    assert all(page.overlaps.item(r, 3).text() for r in range(page.overlaps.rowCount()))  # clause shown
    assert page.tabs.tabText(1).endswith(f"({page.overlaps.rowCount()})")
    window.undo_stack.undo()  # the import is undone as a whole
    assert page.lots.rowCount() == 0
