"""Dialogs check their fields as you type, keep the input on a refusal, name the field and the reason,
and leave the project file byte-identical when nothing was saved: Add site, Add source (unit and
factor id with did-you-mean), Add activity and Claim ('abc' in a number field), Retire lot (dates,
receipt picker), Raise finding and Sign on a verification that is not ready or already signed.
Real windows, real keys and clicks (pytest-qt), real project files."""

from __future__ import annotations

import datetime as dt

import pytest

pytest.importorskip("PySide6.QtWidgets")

from workbench.ui.qtfix import guard  # noqa: E402

guard()  # PySide6 6.12.0 reference-count bug: see workbench/ui/qtfix.py

from helpers.ui import ErrorCapture, isolate_settings, open_window  # noqa: E402
from PySide6.QtCore import Qt, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog  # noqa: E402

LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def project_path(tmp_path, qapp, monkeypatch):
    from workbench import new_project
    from workbench.services import boundary

    monkeypatch.setenv("CNW_RETIREMENT_REGISTER", str(tmp_path / "register.sqlite"))
    isolate_settings(tmp_path / "settings")
    p = new_project(tmp_path / "v.cnw", "ACME Test Co.", period_start="2025-01-01", period_end="2025-12-31")
    boundary.add_site(p, "SEL", "Seoul HQ")
    boundary.add_source(p, "ELEC", "Purchased electricity", scope=2, site="SEL", unit="MWh")
    path = p.path
    p.close()
    return path


@pytest.fixture
def window(qtbot, project_path):
    w = open_window(qtbot, project_path)
    yield w
    w.close_project()


def file_bytes(window) -> bytes:
    return open(window.project.path, "rb").read()


class Modal:
    """Drive the modal dialogs a click opens: ``steps`` run in order, each on the next modal
    dialog shown (inside its event loop); a failing step closes the dialogs and is re-raised."""

    def __init__(self, qtbot, *steps):
        self.qtbot, self.steps, self.error, self.seen = qtbot, list(steps), None, []

    def __enter__(self):
        QTimer.singleShot(0, self._poll)
        return self

    def _poll(self):
        if not self.steps:
            return
        w = QApplication.activeModalWidget()
        if isinstance(w, QDialog) and w.isVisible() and w not in self.seen[-1:]:
            step = self.steps.pop(0)
            self.seen.append(w)
            try:
                step(w)
                if w.isVisible():
                    raise AssertionError(f"{type(w).__name__} left open by {step.__name__}")
            except BaseException as exc:  # noqa: BLE001 - re-raised in the test
                self.error = exc
                self.steps = []
                while isinstance(QApplication.activeModalWidget(), QDialog):
                    QApplication.activeModalWidget().reject()
                return
        QTimer.singleShot(10, self._poll)

    def __exit__(self, *exc):
        if self.error is not None:
            raise self.error
        assert not self.steps, f"{len(self.steps)} dialog step(s) never ran"
        return False


def type_into(qtbot, dialog, key: str, text: str):
    edit = dialog.fields[key]
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClick(edit, Qt.Key.Key_Delete)
    qtbot.keyClicks(edit, text)


def test_add_site_keeps_the_input_when_refused(window, qtbot):
    from workbench.services import boundary

    page = window.pages["boundary"]
    window.show_step("boundary")
    before = file_bytes(window)
    seen = {}

    def fill(d):
        type_into(qtbot, d, "code", "SEL")
        seen["as_typed"] = d.error_text("code")  # shown while typing, before OK
        type_into(qtbot, d, "name", "Busan plant")
        qtbot.mouseClick(d.ok_button, LEFT)
        seen["after_ok"] = (d.isVisible(), d.fields["code"].text(), d.fields["name"].text())
        seen["form"] = d.message.text()
        seen["bytes"] = file_bytes(window)
        # another path adds BSN meanwhile: the service refuses it at OK, the dialog keeps the input
        type_into(qtbot, d, "code", "BSN")
        seen["fixed"] = d.error_text("code")
        boundary.add_site(window.project, "BSN", "Busan (added elsewhere)")
        qtbot.mouseClick(d.ok_button, LEFT)
        seen["refused"] = (d.isVisible(), d.message.text(), d.fields["code"].text())
        type_into(qtbot, d, "code", "PUS")
        qtbot.mouseClick(d.ok_button, LEFT)
        seen["closed"] = not d.isVisible()

    with Modal(qtbot, fill):
        qtbot.mouseClick(page.add_site_button, LEFT)
    assert seen["as_typed"] == "Code: site 'SEL' is already used; choose another code."
    assert seen["after_ok"] == (True, "SEL", "Busan plant")
    assert seen["form"] == "Correct the fields marked in red; nothing has been saved."
    assert seen["bytes"] == before
    assert seen["fixed"] == ""
    assert seen["refused"] == (True, "site code 'BSN' is already used", "BSN")
    assert seen["closed"]
    assert sorted(s["code"] for s in boundary.list_sites(window.project)) == ["BSN", "PUS", "SEL"]
    assert page.sites.topLevelItemCount() == 3
    window.undo_stack.undo()
    assert sorted(s["code"] for s in boundary.list_sites(window.project)) == ["BSN", "SEL"]


def test_source_unit_and_factor_id_checked_as_typed(window, qtbot):
    from workbench.services import boundary
    from workbench.services import footprint as footprint_service

    page = window.pages["boundary"]
    window.show_step("boundary")
    factor = next(f for f in footprint_service.available_factors(window.project) if len(f.id) > 6)
    typo = factor.id[:-1] + ("x" if factor.id[-1] != "x" else "y")
    before = file_bytes(window)
    seen = {}

    def fill(d):
        type_into(qtbot, d, "code", "GEN")
        type_into(qtbot, d, "name", "Diesel generators")
        qtbot.mouseClick(d.ok_button, LEFT)  # the unit is empty: refused at once, not at Recalculate
        seen["empty"] = (d.isVisible(), d.error_text("unit"), file_bytes(window) == before)
        type_into(qtbot, d, "unit", "kwhh")
        seen["unit"] = d.error_text("unit")
        type_into(qtbot, d, "factor_id", typo)
        seen["factor"] = d.error_text("factor_id")
        type_into(qtbot, d, "factor_id", "nonsense")
        seen["unknown"] = d.error_text("factor_id")
        qtbot.mouseClick(d.ok_button, LEFT)
        seen["still_open"] = d.isVisible() and d.fields["unit"].text() == "kwhh"
        type_into(qtbot, d, "unit", "kWh")
        type_into(qtbot, d, "factor_id", factor.id)
        seen["fixed"] = (d.error_text("unit"), d.error_text("factor_id"))
        qtbot.mouseClick(d.ok_button, LEFT)
        seen["closed"] = not d.isVisible()

    with Modal(qtbot, fill):
        qtbot.mouseClick(page.add_source_button, LEFT)
    assert seen["empty"] == (True, "Unit: this field is required.", True)
    assert seen["unit"] == "Unit: 'kwhh' is not a unit. Did you mean kWh?"
    assert seen["factor"].startswith(
        f"Emission factor id: there is no emission factor '{typo}'. Did you mean "
    )
    assert factor.id in seen["factor"]
    assert seen["unknown"] == "Emission factor id: there is no emission factor 'nonsense'."
    assert seen["still_open"] and seen["fixed"] == ("", "") and seen["closed"]
    src = boundary.source_by_code(window.project, "GEN")
    assert (src["unit"], src["factor_id"]) == ("kWh", factor.id)


def test_a_word_in_a_number_field_names_the_field(window, qtbot):
    from workbench.services import inventory
    from workbench.services import offsets as offsets_service

    page = window.pages["inventory"]
    window.show_step("inventory")
    before = file_bytes(window)
    seen = {}

    def fill(d):
        type_into(qtbot, d, "source", "ELEK")
        seen["source"] = d.error_text("source")
        type_into(qtbot, d, "source", "ELEC")
        type_into(qtbot, d, "quantity", "abc")
        seen["quantity"] = d.error_text("quantity")
        type_into(qtbot, d, "unit", "MWh")
        type_into(qtbot, d, "date_start", "2025-03-31")
        type_into(qtbot, d, "date_end", "2025-03-01")
        seen["order"] = d.error_text("date_end")
        type_into(qtbot, d, "date_end", "2025-31-03")
        seen["date"] = d.error_text("date_end")
        qtbot.mouseClick(d.ok_button, LEFT)
        seen["kept"] = d.isVisible() and d.fields["quantity"].text() == "abc"
        seen["bytes"] = file_bytes(window) == before
        qtbot.mouseClick(d.cancel_button, LEFT)

    with Modal(qtbot, fill):
        qtbot.mouseClick(page.add_button, LEFT)
    assert seen["source"] == "Source code: there is no emission source 'ELEK'. Did you mean ELEC?"
    assert seen["quantity"] == "Quantity: 'abc' is not a number (type digits, for example 1234.5)."
    assert seen["order"] == "To (YYYY-MM-DD): 2025-03-01 is before the start date 2025-03-31."
    assert (
        seen["date"]
        == "To (YYYY-MM-DD): '2025-31-03' is not a date (use YYYY-MM-DD, for example 2025-03-31)."
    )
    assert seen["kept"] and seen["bytes"]
    assert inventory.count_activities(window.project) == 0
    assert file_bytes(window) == before

    offsets = window.pages["offsets"]
    window.show_step("offsets")

    def claim(d):
        type_into(qtbot, d, "reductions_t", "abc")
        seen["claim"] = d.error_text("reductions_t")
        type_into(qtbot, d, "first_period", "maybe")
        seen["yes_no"] = d.error_text("first_period")
        qtbot.mouseClick(d.ok_button, LEFT)
        seen["claim_open"] = d.isVisible()
        type_into(qtbot, d, "reductions_t", "1,250.5")
        type_into(qtbot, d, "first_period", "yes")
        type_into(qtbot, d, "declaration_date", "2026-03-31")
        qtbot.mouseClick(d.ok_button, LEFT)

    with Modal(qtbot, claim):
        qtbot.mouseClick(offsets.claim_button, LEFT)
    assert (
        seen["claim"]
        == "Reductions achieved (tCO2e): 'abc' is not a number (type digits, for example 1234.5)."
    )
    assert seen["yes_no"] == "First claim period (yes/no): answer yes or no."
    assert seen["claim_open"]
    got = offsets_service.get_claim(window.project)
    assert (got["reductions_t"], got["declaration_date"], bool(got["first_period"])) == (
        1250.5,
        "2026-03-31",
        True,
    )


def add_lot(window):
    from offsets.lots import CreditLot
    from workbench.services import offsets as offsets_service

    lot = CreditLot(
        "Verra",
        "VCS",
        "VCU",
        "0001-000001-000100-VCS-VCU-003-VER-US-3-01012023-31122023-0",
        100,
        project_id="3",
        vintage_start=dt.date(2023, 1, 1),
        vintage_end=dt.date(2023, 12, 31),
        issuance_date=dt.date(2024, 5, 1),
        host_country="US",
        verifier="VVB",
    )
    return offsets_service.add_lot(window.project, lot)


def test_retirement_date_and_receipt_checked_and_cancel_leaves_nothing(window, qtbot, tmp_path):
    from workbench.services import offsets as offsets_service

    lot_id = add_lot(window)
    page = window.pages["offsets"]
    window.show_step("offsets")
    page.refresh()
    assert page.wait_loaded()
    row = next(r for r in range(page.lots.rowCount()) if page.lots.item(r, 0).text() == str(lot_id))
    page.lots.setCurrentCell(row, 0)
    receipt = tmp_path / "receipt.pdf"
    receipt.write_bytes(b"%PDF-1.4 retirement receipt")
    before = file_bytes(window)
    future = (dt.date.today() + dt.timedelta(days=30)).isoformat()
    seen = {}

    def pick_and_cancel(picker):
        seen["picker"] = isinstance(picker, QFileDialog)
        picker.reject()  # the user cancels the receipt picker

    def fill(d):
        type_into(qtbot, d, "date", future)
        seen["future"] = d.error_text("date")
        type_into(qtbot, d, "date", "2022-12-31")
        seen["vintage"] = d.error_text("date")
        type_into(qtbot, d, "date", "2024-04-30")
        seen["issued"] = d.error_text("date")
        type_into(qtbot, d, "date", "2025-02-01")
        type_into(qtbot, d, "reference", "RET-2025-0001")
        qtbot.mouseClick(d.ok_button, LEFT)
        seen["receipt"] = d.error_text("receipt")
        with Modal(qtbot, pick_and_cancel):
            qtbot.mouseClick(d.browse_buttons["receipt"], LEFT)
        seen["after_picker"] = (d.isVisible(), d.fields["date"].text(), d.fields["reference"].text())
        type_into(qtbot, d, "receipt", str(tmp_path / "missing.pdf"))
        seen["missing"] = d.error_text("receipt")
        type_into(qtbot, d, "receipt", str(receipt))
        seen["ok"] = d.current_errors()
        qtbot.mouseClick(d.cancel_button, LEFT)  # and then cancels the whole retirement

    with Modal(qtbot, fill):
        qtbot.mouseClick(page.retire_button, LEFT)
    label = "Retirement date (YYYY-MM-DD)"
    assert seen["future"] == f"{label}: {future} is in the future; record it once it has happened."
    assert seen["vintage"] == f"{label}: 2022-12-31 is before 2023-01-01 (the start of the credits' vintage)."
    assert seen["issued"] == f"{label}: 2024-04-30 is before 2024-05-01 (the credits' issuance)."
    assert seen["receipt"] == "Receipt file: choose a file (Browse...)."
    assert seen["picker"] and seen["after_picker"] == (True, "2025-02-01", "RET-2025-0001")
    assert seen["missing"] == f"Receipt file: there is no file {tmp_path / 'missing.pdf'}."
    assert seen["ok"] == {}
    assert file_bytes(window) == before  # cancelled: nothing retired, no attachment, no audit row
    assert offsets_service.get_lot(window.project, lot_id).status == "held"
    assert window.undo_stack.count() == 0

    def retire(d):
        type_into(qtbot, d, "date", "2025-02-01")
        type_into(qtbot, d, "reference", "RET-2025-0001")
        type_into(qtbot, d, "receipt", str(receipt))
        qtbot.mouseClick(d.ok_button, LEFT)

    with Modal(qtbot, retire):
        qtbot.mouseClick(page.retire_button, LEFT)
    lot = offsets_service.get_lot(window.project, lot_id)
    assert (lot.status, lot.retirement_date) == ("retired", dt.date(2025, 2, 1))


def test_sign_and_finding_on_a_verification_that_is_not_ready(qtbot, project_path, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    monkeypatch.setenv("CNW_KEY_DIR", str(tmp_path / "keys"))
    w = open_window(qtbot, project_path, mode="verifier")
    try:
        page = w.pages["verification"]
        w.show_step("verification")
        with ErrorCapture() as errors:
            qtbot.mouseClick(page.sign_button, LEFT)
            qtbot.mouseClick(page.raise_button, LEFT)
        assert errors.messages == [
            "The verification cannot be signed yet:\n\n- Start a verification first (Engagement, on the Plan tab).",
            "No finding can be raised:\n\n- Start a verification first (Engagement, on the Plan tab).",
        ]
        page.key_ = page.svc.create_key(None, "Lee Seo-yeon")
        page.start("Lee Seo-yeon", "Demo Verification Services", "KAB-000")
        seen = {}

        def finding(d):
            type_into(qtbot, d, "kind", "CAX")
            seen["kind"] = d.error_text("kind")
            type_into(qtbot, d, "kind", "far")
            type_into(qtbot, d, "description", "Meter calibration certificates for 2026")
            type_into(qtbot, d, "impact", "abc")
            seen["impact"] = d.error_text("impact")
            type_into(qtbot, d, "impact", "12.5")
            qtbot.mouseClick(d.ok_button, LEFT)

        with Modal(qtbot, finding):
            qtbot.mouseClick(page.raise_button, LEFT)
        assert seen["impact"] == "Impact tCO2e: 'abc' is not a number (type digits, for example 1234.5)."
        assert seen["kind"] == "Kind (CAR, CL, FAR): there is no finding kind 'CAX'. Did you mean CAR?"
        assert [f["kind"] for f in page.svc.findings(w.project)] == ["FAR"]
        page.opinion.setCurrentIndex(page.opinion.findData("unmodified"))
        with ErrorCapture() as errors:
            qtbot.mouseClick(page.sign_button, LEFT)
        assert len(errors.messages) == 1
        text = errors.messages[0]
        assert text.startswith("The verification cannot be signed yet:")
        assert "- Set the verification plan first (level of assurance and materiality)." in text
        assert "- Record the opinion first (Opinion and sign-off tab)." in text
        # the plan and an unmodified opinion: ready; sign, then nothing can be added
        page.set_plan("limited", 5.0, ["ISO14068-1"])
        page.set_opinion("unmodified")
        from workbench.ui.dialogs.readiness import sign_blockers

        assert sign_blockers(w.project, page.key_) == []
        monkeypatch.setattr(
            QMessageBox, "question", staticmethod(lambda *a, **k: QMessageBox.StandardButton.Yes)
        )
        with ErrorCapture() as errors:
            qtbot.mouseClick(page.sign_button, LEFT)
            qtbot.waitUntil(
                lambda: page.st is not None and page.st.signed and not page.loading, timeout=30000
            )
        assert errors.messages == []
        signed_on = page.svc.signoff_of(w.project, page.eng["id"])["signed_on"]
        before = open(w.project.path, "rb").read()
        with ErrorCapture() as errors:
            qtbot.mouseClick(page.raise_button, LEFT)  # refused before any form is filled in
            qtbot.mouseClick(page.sign_button, LEFT)
        note = (
            f"Verification #{page.eng['id']} was signed on {signed_on} and is final: nothing in it can "
            "change. Start a new verification to raise findings."
        )
        assert errors.messages == [
            f"No finding can be raised:\n\n- {note}",
            f"The verification cannot be signed yet:\n\n- {note}",
        ]
        assert QApplication.activeModalWidget() is None
        assert open(w.project.path, "rb").read() == before
    finally:
        w.close_project()


def test_messages_are_korean_in_korean_mode(window, qtbot):
    from workbench.ui.i18n import install_language

    app = QApplication.instance()
    install_language(app, "ko")
    try:
        qtbot.waitUntil(lambda: window.navigator.topLevelItem(0).text(0) == "1. 대상 및 경계", timeout=3000)
        page = window.pages["boundary"]
        window.show_step("boundary")
        page.refresh()
        seen = {}

        def fill(d):
            type_into(qtbot, d, "code", "SEL")
            seen["code"] = d.error_text("code")
            qtbot.mouseClick(d.ok_button, LEFT)
            seen["form"] = d.message.text()
            qtbot.mouseClick(d.cancel_button, LEFT)

        def source(d):
            type_into(qtbot, d, "unit", "kwhh")
            seen["unit"] = d.error_text("unit")
            qtbot.mouseClick(d.cancel_button, LEFT)

        with Modal(qtbot, fill):
            qtbot.mouseClick(page.add_site_button, LEFT)
        with Modal(qtbot, source):
            qtbot.mouseClick(page.add_source_button, LEFT)
        inv = window.pages["inventory"]
        window.show_step("inventory")

        def activity(d):
            type_into(qtbot, d, "quantity", "abc")
            seen["quantity"] = d.error_text("quantity")
            qtbot.mouseClick(d.cancel_button, LEFT)

        with Modal(qtbot, activity):
            qtbot.mouseClick(inv.add_button, LEFT)
    finally:
        install_language(app, "en")
    assert seen["code"] == "코드: 사업장 'SEL'은(는) 이미 사용 중입니다. 다른 코드를 입력하세요."
    assert seen["form"] == "빨간색으로 표시된 항목을 고치세요. 아무것도 저장되지 않았습니다."
    assert seen["unit"] == "단위: 'kwhh'은(는) 단위가 아닙니다. kWh을(를) 말씀하신 건가요?"
    assert seen["quantity"] == "수량: 'abc'은(는) 숫자가 아닙니다(예: 1234.5처럼 숫자를 입력하세요)."


def test_closing_the_project_while_signing_runs_is_clean(qtbot, project_path, tmp_path, monkeypatch):
    """Close the project (or open another) during a long action: the work is cancelled and waited
    for, its completion no longer updates a page of a closed project, and the file is consistent."""
    from workbench import open_project
    from workbench.services import verification as v

    monkeypatch.setenv("CNW_KEY_DIR", str(tmp_path / "keys"))
    w = open_window(qtbot, project_path, mode="verifier")
    page = w.pages["verification"]
    w.show_step("verification")
    page.key_ = page.svc.create_key(None, "Lee Seo-yeon")
    page.start("Lee Seo-yeon", "Demo Verification Services", "KAB-000")
    page.set_plan("limited", 5.0, ["ISO14068-1"])
    page.set_opinion("unmodified")
    with ErrorCapture() as errors:
        page.sign()
        w.close_project()
        qtbot.wait(300)
    assert errors.messages == [] and w.project is None
    with open_project(project_path, mode="read") as p:
        st = v.status(p, full=True)
    assert st.started and st.tamper == []  # signed or (cancelled) not: never half-written
    assert (st.signed, st.signature_valid) in ((True, True), (False, None))
