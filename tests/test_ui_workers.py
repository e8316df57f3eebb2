"""Long work runs off the GUI thread: progress arrives, Cancel stops it, the event loop keeps going."""

from __future__ import annotations

import time

import pytest

pytest.importorskip("PySide6.QtWidgets")

from workbench.ui.qtfix import guard  # noqa: E402

guard()  # PySide6 6.12.0 reference-count bug: see workbench/ui/qtfix.py


def long_calculation(n_steps: int, step_seconds: float, progress, times: dict | None = None):
    """A stand-in for a long calculation that reports progress like every service does: Python
    work in short slices with the GIL released in between (as SQLite and numpy calls do)."""
    if times is not None:
        times["start"] = time.perf_counter()
    total = 0.0
    for i in range(n_steps):
        deadline = time.perf_counter() + step_seconds
        while time.perf_counter() < deadline:
            for _ in range(2000):  # busy Python work
                total += 1.0
            time.sleep(0.0005)  # a C call that releases the GIL
        progress((i + 1) / n_steps, f"step {i + 1} of {n_steps}")
    if times is not None:
        times["end"] = time.perf_counter()
    return total


def test_event_loop_keeps_running_during_long_work(qtbot):
    from PySide6.QtCore import QTimer

    from workbench.ui.workers import Worker, start

    ticks = []
    timer = QTimer()
    timer.setInterval(20)
    timer.timeout.connect(lambda: ticks.append(time.perf_counter()))
    progress = []
    times = {}
    worker = Worker(long_calculation, 30, 0.04, times=times)  # ~1.2 s of work
    worker.signals.progress.connect(lambda f, m: progress.append((f, m)))
    timer.start()
    t0 = time.perf_counter()
    with qtbot.waitSignal(worker.signals.finished, timeout=20000) as blocker:
        start(worker)
    elapsed = time.perf_counter() - t0
    timer.stop()
    assert blocker.args[0] > 0
    started, ended = times["start"], times["end"]
    during = [t for t in ticks if started < t < ended]
    # The GUI thread served its timer *while* the work ran. Work on the GUI thread (a frozen loop)
    # would let no tick through until it ended; we demand many during it, even on a loaded machine.
    assert len(during) >= 10, (len(during), len(ticks), ended - started, elapsed)
    assert during[0] - started < 0.5 and ended - during[-1] < 0.5, "ticks span the whole calculation"
    qtbot.waitUntil(lambda: len(progress) == 30)
    assert progress[-1] == (1.0, "step 30 of 30")


def test_cancel_stops_the_work(qtbot):
    from workbench.ui.workers import Worker, start

    seen = []
    worker = Worker(long_calculation, 1000, 0.01)  # 10 s if not cancelled
    worker.signals.progress.connect(lambda f, m: seen.append(f))
    worker.signals.progress.connect(lambda f, m: worker.cancel() if len(seen) == 3 else None)
    t0 = time.perf_counter()
    with qtbot.waitSignal(worker.signals.cancelled, timeout=5000):
        start(worker)
    assert time.perf_counter() - t0 < 3
    assert worker.result is None and worker.error is None


def test_service_cancel_callback_is_passed(qtbot):
    from workbench.ui.workers import Worker, start

    def service_call(progress=None, cancel=None):
        for i in range(10000):
            if cancel():
                raise RuntimeError("stopped by cancel()")
            time.sleep(0.001)
            if i == 5:
                progress(0.1, "started")
        return "finished"

    worker = Worker(service_call)
    worker.signals.progress.connect(lambda *_: worker.cancel())
    with qtbot.waitSignal(worker.signals.cancelled, timeout=5000):
        start(worker)


def test_failure_reaches_the_gui_thread_as_readable_error(qtbot):
    from workbench.project.errors import ProjectError
    from workbench.ui.errors import friendly_message
    from workbench.ui.workers import Worker, start

    def fails(progress):
        progress(0.5, "half way")
        raise ProjectError("fuel.csv, row 7: unit 'kg' cannot convert to MWh")

    worker = Worker(fails)
    with qtbot.waitSignal(worker.signals.failed, timeout=5000) as blocker:
        start(worker)
    assert friendly_message(blocker.args[0]) == "fuel.csv, row 7: unit 'kg' cannot convert to MWh"


def test_progress_dialog_cancel_button(qtbot, qapp):
    from PySide6.QtWidgets import QWidget

    from workbench.ui.workers import run_with_dialog

    parent = QWidget()
    qtbot.addWidget(parent)
    worker = run_with_dialog(parent, "Monte Carlo", long_calculation, 1000, 0.01)
    qtbot.waitUntil(lambda: worker.dialog.value() > 0, timeout=5000)
    from PySide6.QtWidgets import QPushButton

    (cancel,) = worker.dialog.findChildren(QPushButton)
    assert cancel.text() == "Cancel"
    with qtbot.waitSignal(worker.signals.cancelled, timeout=5000):
        cancel.click()
    assert not worker.dialog.isVisible()


@pytest.fixture(autouse=True)
def _no_leftover_workers():
    from PySide6.QtCore import QThreadPool

    QThreadPool.globalInstance().waitForDone(30000)  # other tests' background work is finished
    yield
    from workbench.ui.workers import shutdown

    assert shutdown(10000)
