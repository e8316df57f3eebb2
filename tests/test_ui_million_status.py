"""Issue 17 item 9: on a signed 1,000,000-row file the navigator's step statuses and the status bar's
signed state are right, come quickly, and are computed in a worker while the window stays responsive."""

from __future__ import annotations

import time

import pytest

pytest.importorskip("PySide6.QtWidgets")

from workbench.ui.qtfix import guard  # noqa: E402

guard()  # PySide6 6.12.0 reference-count bug: see workbench/ui/qtfix.py

MILLION = 1_000_000

EXPECTED = {
    "boundary": "done",
    "inventory": "done",
    "footprint": "not_started",  # the ledger was generated, never calculated
    "product": "not_started",
    "plan": "not_started",
    "reduction": "not_started",
    "offsets": "not_started",
    "verification": "done",  # signed, data unchanged
    "certificate": "not_started",
}


@pytest.fixture(scope="session")
def signed_million_path(tmp_path_factory):
    """One million generated rows (one SQL statement, see make_ledger_project), verified and signed
    through the verification service once per session."""
    from helpers.ui import make_ledger_project

    from workbench import open_project
    from workbench.services import verification as v

    folder = tmp_path_factory.mktemp("signed_million")
    path = folder / "million-signed.cnw"
    make_ledger_project(path, MILLION).close()
    key = v.create_key(folder / "k.cnwkey", "Kim Verifier")
    with open_project(path, mode="verifier") as p:
        v.start(p, key, "Kim Verifier", "Korea Verification Body")
        v.set_plan(p, "limited")
        v.set_opinion(p, "unmodified")
        v.sign(p, key)
    return path


def _statuses(w) -> dict:
    return {key: w.navigator.status(key) for key in EXPECTED}


def test_million_row_signed_file_shows_statuses_and_signed_state(qtbot, signed_million_path, tmp_path):
    from helpers.ui import ErrorCapture, isolate_settings, open_window
    from PySide6.QtCore import QTimer

    from workbench.ui.models.ledger_model import COLUMNS
    from workbench.ui.step_status import compute_statuses

    isolate_settings(tmp_path / "settings")
    with ErrorCapture() as errors:
        w = open_window(qtbot, signed_million_path, mode="edit")
        try:
            assert w.wait_for_statuses(60)
            assert _statuses(w) == EXPECTED
            assert w.status.signed_label.text() == "Signed; data unchanged"
            assert w.status.signed_label.isVisible()

            # the worker's answer is the one a direct computation gives
            t0 = time.monotonic()
            states, signed = compute_statuses(w.pages, str(signed_million_path))
            direct_s = time.monotonic() - t0
            assert {k: s for k, (s, _note) in states.items()} == EXPECTED and signed == "valid"
            assert direct_s < 20, f"statuses of a million rows took {direct_s:.1f} s"

            # a refresh runs in a worker: update_status returns at once, the event loop keeps turning
            ticks = []
            timer = QTimer()
            timer.setInterval(5)
            timer.timeout.connect(lambda: ticks.append(time.monotonic()))
            timer.start()
            t0 = time.monotonic()
            w.update_status()
            returned_s = time.monotonic() - t0
            assert w._status_pending  # not computed on the GUI thread
            assert returned_s < 0.1, f"update_status blocked the window for {returned_s:.2f} s"
            assert w.wait_for_statuses(60)
            timer.stop()
            assert ticks, "no timer event was processed while the statuses were computed"
            assert _statuses(w) == EXPECTED

            # an edit of one of the million signed rows: signed data changed, verification has issues
            w.show_step("inventory")
            model = w.pages["inventory"].model
            assert model.rowCount() == MILLION
            assert model.setData(model.index(0, COLUMNS.index("quantity")), "1")
            assert w.wait_for_statuses(60)
            assert w.status.signed_label.text() == "Signed data changed since sign-off"
            assert w.navigator.status("verification") == "issues"
            assert w.navigator.status("inventory") == "done"
            # undo restores the signed data
            w.undo_stack.undo()
            assert w.wait_for_statuses(60)
            assert w.status.signed_label.text() == "Signed; data unchanged"
            assert _statuses(w) == EXPECTED
        finally:
            w.close_project()
    assert not errors.items, errors.messages
