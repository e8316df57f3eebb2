"""SIGKILL at random moments of an import, a signing and a footprint run (issue 15, item 8).

A few kills per kind here; ``tools/crash_test.py --kills 34`` runs about a hundred. After every
kill the file must open, pass integrity and audit checks, hold the action wholly or not at all,
and keep every row committed before.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tools"))

import crash_test  # noqa: E402


def test_the_checker_sees_a_partial_import(tmp_path):
    """The check itself can fail: a file holding half an import is reported as partial."""
    base, csv_path = crash_test.prepare("import", tmp_path / "p")
    before = crash_test._state(base)
    from workbench import open_project

    with open_project(base) as p:  # half the rows, written outside an import batch
        src, site, period = 1, 1, p.current_period()["id"]
        with p.action("half an import") as tx:
            tx.insert_many(
                "activities",
                ["source_id", "site_id", "period_id", "date_start", "date_end", "quantity", "unit"],
                ((src, site, period, "2025-01-01", "2025-01-31", 1.0, "kWh") for _ in range(100)),
            )
    assert crash_test.check("import", base, before) == ["partial import: 100 rows and 0 batch records"]


@pytest.mark.slow
@pytest.mark.parametrize("kind", crash_test.KINDS)
def test_sigkill_at_random_moments_leaves_a_whole_file(kind, tmp_path, bw):
    outcomes = crash_test.run(3, kinds=(kind,), seed=7, work=tmp_path, log=lambda *_: None)
    assert len(outcomes) == 3
    assert [o.problems for o in outcomes] == [[], [], []], crash_test.summary(outcomes)
    assert any(not o.finished for o in outcomes)  # at least one kill really landed mid-action
