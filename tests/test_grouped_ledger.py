"""The grouped ledger read once per document load (issue 12): the K-ETS activity totals summed
from it equal a plain SQL aggregate, and it is read again as soon as the ledger changes."""

from __future__ import annotations

import pytest

from workbench.services import inventory
from workbench.services.documents.sections import _activity_totals
from workbench.services.footprint.ledger import grouped_rows


def _plain(project, period_id):
    return [
        (r["code"], r["unit"], pytest.approx(r["q"], rel=1e-12), r["n"])
        for r in project.rows(
            "SELECT s.code, s.scope, a.unit, SUM(a.quantity) AS q, COUNT(*) AS n FROM activities a"
            " JOIN sources s ON s.id = a.source_id WHERE a.period_id = ? AND s.included = 1"
            " GROUP BY s.id, a.unit ORDER BY s.scope, s.code, a.unit",
            (period_id,),
        )
    ]


def test_totals_equal_the_plain_aggregate_and_follow_every_change(demo_project):
    p = demo_project
    period_id = p.current_period()["id"]
    got = [(r["code"], r["unit"], r["q"], r["n"]) for r in _activity_totals(p, period_id)]
    assert len(got) > 5 and got == _plain(p, period_id)
    first = grouped_rows(p, period_id)
    assert grouped_rows(p, period_id) is first  # read once while nothing changed
    with pytest.raises(ValueError):
        first[0][3][0] = 0.0  # shared arrays are read-only
    row = p.one("SELECT id, quantity FROM activities WHERE period_id = ? ORDER BY id LIMIT 1", (period_id,))
    inventory.update_activity(p, row["id"], quantity=row["quantity"] + 1000)
    assert grouped_rows(p, period_id) is not first
    got = [(r["code"], r["unit"], r["q"], r["n"]) for r in _activity_totals(p, period_id)]
    assert got == _plain(p, period_id)
