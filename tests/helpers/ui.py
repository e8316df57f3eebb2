"""Helpers for the UI tests (pytest-qt): isolated QSettings, error capture, a generated ledger, an open window.

Also used by benchmarks/ui_start.py and tools/screenshots.py (as ``tests.helpers.ui``)."""

from __future__ import annotations

import os


def isolate_settings(tmp_path) -> None:
    """Point QSettings at a temporary folder so tests never touch the user's preferences."""
    from PySide6.QtCore import QSettings

    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path))
    from workbench.ui import settings

    settings.qsettings().clear()


def ensure_offscreen() -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


class ErrorCapture:
    """Collect errors the UI would show in a dialog (no modal dialogs in tests)."""

    def __enter__(self):
        from workbench.ui import errors

        self.items: list = []
        self._old = errors.error_sink
        errors.error_sink = self.items
        return self

    def __exit__(self, *exc):
        from workbench.ui import errors

        errors.error_sink = self._old
        return False

    @property
    def messages(self) -> list[str]:
        return [m for _t, m, _e in self.items]


def make_ledger_project(path, rows: int, progress=None):
    """A project with `rows` activity rows (two sources, two sites), through the store API.

    Used by the ledger tests and benchmarks/ui_start.py. Returns the open project (edit mode).
    """
    from workbench import new_project
    from workbench.services import boundary

    p = new_project(str(path), "Ledger Test Co", period_start="2025-01-01", period_end="2025-12-31")
    boundary.add_site(p, "SEL", "Seoul HQ", name_local="서울 본사")
    boundary.add_site(p, "BSN", "Busan plant", name_local="부산 공장")
    s1 = boundary.add_source(p, "ELEC", "Purchased electricity", scope=2, site="SEL", unit="MWh")
    s2 = boundary.add_source(p, "LNG", "Natural gas boilers", scope=1, site="BSN", unit="Nm3")
    sites = [boundary.site_id(p, "SEL"), boundary.site_id(p, "BSN")]
    period = p.current_period()["id"]
    # Generated inside SQLite (a recursive CTE): a million rows in seconds, one action, one
    # summary audit row. Row i (0-based): odd -> electricity (INV-i), even -> gas (GAS-i).
    sql = """
    WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i + 1 < ?)
    INSERT INTO activities (source_id, site_id, period_id, date_start, date_end, quantity, unit, description,
                            reference, unc_dist, unc_pct)
    SELECT CASE WHEN i % 2 THEN ? ELSE ? END,
           CASE WHEN i % 2 THEN ? ELSE ? END,
           ?,
           printf('2025-%02d-%02d', i % 12 + 1, i % 28 + 1),
           printf('2025-%02d-%02d', i % 12 + 1, i % 28 + 1),
           CASE WHEN i % 2 THEN 1.0 + (i % 997) / 10.0 ELSE 100.0 + i % 89 END,
           CASE WHEN i % 2 THEN 'MWh' ELSE 'Nm3' END,
           CASE WHEN i % 2 THEN 'meter read ' || i ELSE 'gas bill ' || i END,
           CASE WHEN i % 2 THEN printf('INV-%07d', i) ELSE printf('GAS-%07d', i) END,
           CASE WHEN i % 2 THEN 'normal' ELSE 'none' END,
           CASE WHEN i % 2 THEN 5.0 ELSE NULL END
    FROM n
    """
    if progress:
        progress(0.1, f"generating {rows:,} rows")
    with p.action(f"Generate {rows} ledger rows") as tx:
        tx.execute(sql, (rows, s1, s2, sites[0], sites[1], period), table="activities")
        tx.log("activities", None, "insert_many", None, {"count": rows, "generated": True})
    return p


def open_window(qtbot, path=None, mode: str = "edit"):
    """A shown MainWindow (no Brightway load) on `path`, registered with qtbot for cleanup."""
    from workbench.ui.app import create_app
    from workbench.ui.main_window import MainWindow

    create_app()
    window = MainWindow(str(path) if path else None, mode=mode, load_brightway=False)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    return window


def one_source_window(qtbot, tmp_path, name: str = "w.cnw"):
    """A window on a fresh project with one site (SEL) and one scope 2 source (ELEC, MWh); closed
    after the test. Use as ``yield from one_source_window(qtbot, tmp_path)`` in a fixture."""
    from workbench import new_project
    from workbench.services import boundary

    isolate_settings(tmp_path / "settings")
    p = new_project(tmp_path / name, "ACME Test Co.", period_start="2025-01-01", period_end="2025-12-31")
    boundary.add_site(p, "SEL", "Seoul HQ")
    boundary.add_source(p, "ELEC", "Purchased electricity", scope=2, site="SEL", unit="MWh")
    path = p.path
    p.close()
    w = open_window(qtbot, path)
    yield w
    w.close_project()
