"""The inverse edits the reduction page undoes with (issue 20): each refuses what would lose
recorded work, with a message naming the field and the reason, and leaves the file unchanged."""

from __future__ import annotations

import pytest

from workbench.demo import reduction as demo
from workbench.project.errors import InputError, ProjectError
from workbench.services import offsets, reduction

CODE = demo.CODE


@pytest.fixture
def p(tmp_project):
    demo.add_project(tmp_project)
    return tmp_project


def test_a_project_with_records_is_not_removed(p):
    digest = p.snapshot_hash()
    with pytest.raises(InputError, match="it has evidence recorded"):
        reduction.remove(p, CODE)
    assert p.snapshot_hash() == digest
    reduction.create(
        p,
        code="RP-2",
        name="Bare",
        standard="KCS",
        proponent="ACME",
        methodology_id="M-1",
        crediting_start="2025-01-01",
        crediting_end="2029-12-31",
    )
    reduction.remove(p, "RP-2")
    assert [r["code"] for r in reduction.list_projects(p)] == [CODE]


def test_a_parameter_in_use_stays_and_an_edit_is_checked(p):
    digest = p.snapshot_hash()
    with pytest.raises(InputError, match="it has monitored readings"):
        reduction.remove_parameter(p, CODE, "HG")
    with pytest.raises(InputError, match="the term 'Upstream gas leakage' uses it"):
        reduction.remove_parameter(p, CODE, "LEF")
    with pytest.raises(InputError, match="readings in GJ cannot be converted to kg"):
        reduction.edit_parameter(p, CODE, "HG", unit="kg")
    with pytest.raises(InputError, match="needs its value"):
        reduction.edit_parameter(p, CODE, "LEF", value="")
    assert p.snapshot_hash() == digest
    old = reduction.edit_parameter(p, CODE, "LEF", value=2.0, source="supplier data")
    assert old == {"value": 2.1, "source": "KCCI-M-FS-01"}
    assert reduction.get(p, CODE).parameters["LEF"].value == 2.0
    reduction.edit_parameter(p, CODE, "LEF", **old)
    assert p.snapshot_hash() == digest


def test_a_reading_edit_is_checked_like_a_new_reading(p):
    first = reduction.readings_of(p, CODE, "HG")[0]
    digest = p.snapshot_hash()
    with pytest.raises(InputError, match="unit"):
        reduction.edit_reading(p, CODE, "HG", first["id"], unit="kg")
    with pytest.raises(InputError, match="is not a period"):
        reduction.edit_reading(p, CODE, "HG", first["id"], end="2024-12-31")
    with pytest.raises(InputError, match="is not one of its readings"):
        reduction.edit_reading(p, CODE, "FC_NG", first["id"], value=1)
    assert p.snapshot_hash() == digest
    old = reduction.edit_reading(p, CODE, "HG", first["id"], value=3000, start="2025-01-02")
    assert old == {"value": 3100.0, "start": "2025-01-01"}
    reduction.edit_reading(p, CODE, "HG", first["id"], **old)
    assert p.snapshot_hash() == digest


def test_a_step_is_put_back_exactly(p):
    old = reduction.step_values(p, CODE, "conformity_review", "2026H1")
    assert old["state"] == "submitted" and old["extended"] == 1
    digest = p.snapshot_hash()
    reduction.set_step(p, CODE, "conformity_review", "2026H1", state="done", completed="2026-10-20")
    reduction.restore_step(p, CODE, "conformity_review", "2026H1", old)
    assert reduction.step_values(p, CODE, "conformity_review", "2026H1") == old
    assert reduction.step_values(p, CODE, "issuance_committee", "2026H1") is None
    reduction.set_step(p, CODE, "issuance_committee", "2026H1", state="in_progress")
    reduction.restore_step(p, CODE, "issuance_committee", "2026H1", None)
    assert reduction.step_values(p, CODE, "issuance_committee", "2026H1") is None
    assert p.snapshot_hash() == digest


def test_issued_credits_are_withdrawn_only_while_held_and_unclaimed(p):
    lot_id = reduction.issue(p, CODE, "2025", 815, "2026-03-30", committee_decision="d.pdf")
    offsets.update_lot(p, lot_id, claim_period_id=p.current_period()["id"])
    with pytest.raises(InputError, match="used in a claim; they stay recorded"):
        reduction.withdraw(p, lot_id)
    assert len(reduction.issuances(p, CODE)) == 1
    offsets.update_lot(p, lot_id, claim_period_id=None)
    reduction.withdraw(p, lot_id)
    assert reduction.issuances(p, CODE) == [] and offsets.list_lots(p) == []
    with pytest.raises(ProjectError, match="was not issued from a reduction project"):
        reduction.withdraw(p, lot_id)
