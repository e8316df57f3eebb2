"""K-ETS calculators dialog: opened from the offsets page, results equal to the library, Korean text."""

from __future__ import annotations

import re

import pytest

pytest.importorskip("PySide6.QtWidgets")

from workbench.ui.qtfix import guard  # noqa: E402

guard()  # PySide6 6.12.0 reference-count bug: see workbench/ui/qtfix.py

from helpers.ui import ErrorCapture, isolate_settings, open_window  # noqa: E402

from offsets import kets  # noqa: E402

ALLOWED_LATIN = {"KRW", "t"}


@pytest.fixture
def window(qtbot, tmp_project, tmp_path):
    isolate_settings(tmp_path / "settings")
    path = tmp_project.path
    tmp_project.close()
    w = open_window(qtbot, path)
    yield w
    w.close_project()


def open_dialog(window, qtbot):
    window.show_step("offsets")
    page = window.pages["offsets"]
    assert page.kets_button.isEnabled()
    page.kets_button.click()
    from workbench.ui.dialogs.kets_calculator import KetsCalculatorDialog

    dialog = next(w for w in page.findChildren(KetsCalculatorDialog))
    qtbot.waitExposed(dialog)
    return dialog


def fill(dialog):
    s = dialog.surcharge
    s.shortfall.setValue(1_000)
    s.price.setValue(30_000)  # 3 x 30,000 = 90,000 < cap 100,000
    b = dialog.borrowing
    b.obligation.setValue(1_000_000)
    b.year.setValue(2027)  # year 2 of phase 4: Art. 36(2)2
    b.prev_limit.setValue(15)
    b.prev_borrowed.setValue(10)
    a = dialog.arrears
    a.unpaid.setValue(90_000_000)
    a.months.setValue(7)


def test_calculators_match_the_library(window, qtbot):
    with ErrorCapture() as errors:
        dialog = open_dialog(window, qtbot)
        fill(dialog)
    assert errors.messages == []
    s = dialog.surcharge.calculation.result
    assert s == kets.surcharge(1_000, 30_000, kets.DEFAULT_SURCHARGE_CAP_KRW)
    assert s.amount_krw == 90_000_000
    assert dialog.surcharge.result.text() == "Penalty surcharge: 90,000,000 KRW (90,000 KRW/t × 1,000 t)"
    assert "Art. 42(1)" in dialog.surcharge.rule.text()

    # the cap applies when 3 x price is above it; from traded value and volume
    dialog.surcharge.from_traded.setChecked(True)
    dialog.surcharge.traded_value.setValue(5_000_000_000)
    dialog.surcharge.traded_volume.setValue(100_000)
    price = kets.average_market_price(5_000_000_000, 100_000)
    assert dialog.surcharge.calculation.result == kets.surcharge(1_000, price, kets.DEFAULT_SURCHARGE_CAP_KRW)
    assert dialog.surcharge.calculation.result.capped
    assert "The cap per tonne applies." in dialog.surcharge.result.text()
    dialog.surcharge.no_cap.setChecked(True)
    assert dialog.surcharge.calculation.result == kets.surcharge(1_000, price, None)
    assert dialog.surcharge.calculation.result.amount_krw == 150_000_000

    b = dialog.borrowing.calculation.result
    assert b == kets.borrowing_for_year(1_000_000, 2027, 0.15, 0.10)
    assert b.permits == 100_000
    assert dialog.borrowing.result.text() == "Borrowing limit: 100,000 permits (10 % of the obligation)"
    assert "Art. 36(2)2" in dialog.borrowing.rule.text()
    dialog.borrowing.year.setValue(2030)  # last year of phase 4: no borrowing
    assert not dialog.borrowing.prev_limit.isEnabled()
    assert dialog.borrowing.calculation.result == kets.borrowing_for_year(1_000_000, 2030)
    assert dialog.borrowing.calculation.result.permits == 0
    dialog.borrowing.year.setValue(2026)  # first year: 15/100
    assert dialog.borrowing.calculation.result.permits == 150_000

    a = dialog.arrears.calculation.result
    assert a == kets.arrears_due(90_000_000, 7)
    assert a.amount_krw == pytest.approx(7_560_000)
    assert dialog.arrears.result.text() == "Additional dues: 7,560,000 KRW; total due: 97,560,000 KRW"
    dialog.arrears.months.setValue(75)  # at most 60 months
    assert dialog.arrears.calculation.result == kets.arrears_due(90_000_000, 75)
    assert dialog.arrears.calculation.result.months_counted == 60
    qtbot.wait(50)  # let the word-wrapped labels take their height
    dialog.grab().save("/tmp/kets_en.png")
    dialog.close()


def test_spin_boxes_refuse_text_and_out_of_range(window, qtbot):
    dialog = open_dialog(window, qtbot)
    box = dialog.surcharge.shortfall
    box.lineEdit().selectAll()
    qtbot.keyClicks(box.lineEdit(), "abc")
    assert box.value() == 0
    dialog.surcharge.shortfall.setValue(-5)
    assert dialog.surcharge.shortfall.value() == 0
    dialog.borrowing.year.setValue(2016)  # phase 1 predates Art. 36(2): not offered
    assert dialog.borrowing.year.value() == 2018
    dialog.close()


def test_service_names_the_bad_field():
    from workbench.services import offsets as svc

    with pytest.raises(svc.KetsInputError) as e:
        svc.kets_surcharge(-1, 30_000)
    assert e.value.field == "shortfall (t)" and "must be 0 or more" in str(e.value)
    with pytest.raises(svc.KetsInputError) as e:
        svc.kets_borrowing(1_000, 2016)
    assert e.value.field == "compliance year"
    with pytest.raises(svc.KetsInputError) as e:
        svc.kets_borrowing(1_000, 2027)
    assert e.value.field == "previous year's borrowing limit share"
    with pytest.raises(svc.KetsInputError) as e:
        svc.kets_arrears(1_000, "abc")
    assert e.value.field == "months overdue" and "give a number" in str(e.value)
    with pytest.raises(svc.KetsInputError) as e:
        svc.kets_surcharge(1, traded_value_krw=1e9, traded_volume_t=0)
    assert e.value.field == "traded volume (t)"


def test_korean_dialog_is_korean(window, qtbot):
    from PySide6.QtWidgets import QApplication

    from workbench.ui.i18n import install_language

    install_language(QApplication.instance(), "ko")
    try:
        qtbot.waitUntil(
            lambda: window.pages["offsets"].kets_button.text() == "배출권거래제 계산기...", timeout=3000
        )
        dialog = open_dialog(window, qtbot)
        assert dialog.windowTitle() == "배출권거래제 계산기"
        fill(dialog)
        dialog.surcharge.price.setValue(40_000)  # the cap applies
        texts = []
        for tab in (dialog.surcharge, dialog.borrowing, dialog.arrears):
            assert tab.calculation is not None
            texts += [tab.result.text(), tab.rule.text()]
        texts.append(dialog.borrowing.position.text())
        assert "과징금: 100,000,000 KRW" in texts[0] and "상한" in texts[0]
        assert "시행령 제42조 제1항" in texts[1]
        assert "시행령 제36조 제2항" in texts[3] and "제2호" in texts[3]
        assert "시행령 제43조" in texts[5]
        for text in texts:
            latin = set(re.findall(r"[A-Za-z]+", text)) - ALLOWED_LATIN
            assert not latin, (latin, text)
        dialog.surcharge.from_traded.setChecked(True)
        dialog.surcharge.traded_value.setValue(5_000_000_000)
        dialog.surcharge.traded_volume.setValue(100_000)
        traded = dialog.surcharge.rule.text()
        assert "시장 평균 가격 50,000 KRW/t = 총 거래금액" in traded
        assert not set(re.findall(r"[A-Za-z]+", traded)) - ALLOWED_LATIN, traded
        dialog.surcharge.from_traded.setChecked(False)
        labels = [dialog.tabs.tabText(i) for i in range(dialog.tabs.count())]
        assert labels == ["과징금", "차입", "가산금"]
        for i, name in ((1, "_borrowing"), (2, "_arrears"), (0, "")):
            dialog.tabs.setCurrentIndex(i)
            qtbot.wait(50)
            dialog.grab().save(f"/tmp/kets_ko{name}.png")
        dialog.close()
    finally:
        install_language(QApplication.instance(), "en")
