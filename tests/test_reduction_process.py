"""Reduction projects (issue 20): the certification tracker (KCCI's eight steps, MyCarbon's), the
30-day review clocks with their one extension, issuance as credit lots in the shared register,
transfer, and the claim rule against double counting."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from workbench.demo import reduction as demo
from workbench.project.errors import InputError
from workbench.services import documents, offsets, reduction

CODE = demo.CODE


@pytest.fixture
def rp(tmp_project):
    demo.add_project(tmp_project)
    return tmp_project


def test_kcci_tracker_has_the_eight_steps_once_and_per_period(rp):
    steps = reduction.tracker(rp, CODE, today=dt.date(2026, 12, 1))
    assert [s.key for s in reduction.KCCI_STEPS] == [
        "preparation",
        "validation",
        "suitability_review",
        "registration_committee",
        "monitoring_report",
        "verification",
        "conformity_review",
        "issuance_committee",
    ]
    assert len(steps) == 4 + 4 * 2  # two monitoring periods
    assert [(s.step.no, s.period) for s in steps][:6] == [
        (1, None),
        (2, None),
        (3, None),
        (4, None),
        (5, "2025"),
        (5, "2026H1"),
    ]
    review = next(s for s in steps if s.step.key == "suitability_review")
    assert review.submitted == dt.date(2024, 12, 16) and review.due == dt.date(2025, 1, 15)
    assert not review.overdue  # done on 2025-01-13
    # 2026H1 conformity review: submitted 2026-09-01, extended once: 30 + 30 days
    cr = next(s for s in steps if s.step.key == "conformity_review" and s.period == "2026H1")
    assert cr.extended and cr.due == dt.date(2026, 10, 31)
    assert cr.overdue and cr.days_left == -31
    assert [s for s in steps if s.overdue] == [cr]
    early = next(
        s
        for s in reduction.tracker(rp, CODE, today=dt.date(2026, 10, 1))
        if s.step.key == "conformity_review" and s.period == "2026H1"
    )
    assert not early.overdue and early.days_left == 30


def test_clock_without_extension_is_30_days_from_complete_submission(rp):
    reduction.add_period(rp, CODE, "2026H2", "2026-07-01", "2026-12-31")
    reduction.set_step(rp, CODE, "conformity_review", "2026H2", state="submitted", submitted="2027-02-01")
    s = next(
        s for s in reduction.tracker(rp, CODE, dt.date(2027, 3, 4)) if s.period == "2026H2" and s.step.no == 7
    )
    assert s.due == dt.date(2027, 3, 3) and s.overdue


def test_step_input_errors_name_the_field_and_change_nothing(rp):
    before = Path(rp.path).read_bytes()
    cases = [
        (("launch", None), {}, "not a step of KCS"),
        (("monitoring_report", None), {"state": "done"}, "per monitoring period"),
        (("conformity_review", "2026H1"), {"extended": True}, "one extension only"),
        (("verification", "2025"), {"extended": True}, "no review clock"),
        (("verification", "2025"), {"state": "finished"}, "'finished' is not one of"),
        (("verification", "2025"), {"completed": "15.02.2026"}, "is not a date"),
    ]
    for (step, period), changes, match in cases:
        with pytest.raises(InputError, match=match):
            reduction.set_step(rp, CODE, step, period, **changes)
    assert Path(rp.path).read_bytes() == before


def test_mycarbon_steps_are_per_period_with_the_objection_clock(rp):
    reduction.update(rp, CODE, standard="MYCARBON", project_scale="general")
    keys = [s.step.key for s in reduction.tracker(rp, CODE)]
    assert keys[:2] == ["application", "application"]
    assert len(keys) == len(reduction.MYCARBON_STEPS) * 2
    reduction.set_step(rp, CODE, "objection", "2025", state="submitted", submitted="2026-05-01")
    s = next(
        s
        for s in reduction.tracker(rp, CODE, dt.date(2026, 5, 2))
        if s.step.key == "objection" and s.period == "2025"
    )
    assert s.due == dt.date(2026, 5, 31)
    assert "Art. 21" in s.step.clause


def test_issued_credits_are_a_credit_lot_in_the_register_and_can_be_retired(rp, tmp_path):
    lot_id = reduction.issue(
        rp, CODE, "2025", 815, "2026-03-30", committee_decision="KCCI_decision_2026-03.pdf"
    )
    lot = offsets.get_lot(rp, lot_id)
    assert (lot.programme, lot.unit_type, lot.registry, lot.quantity) == ("KCS", "KCR", "KCCI", 815)
    assert lot.serial == "KCCI/KCR-2025-KCS-P-2025-0042/000001-000815"
    assert (lot.serial_start, lot.serial_end) == (1, 815)
    assert lot.vintage_start == dt.date(2025, 1, 1) and lot.vintage_end == dt.date(2025, 12, 31)
    assert lot.project_start_date == dt.date(2024, 3, 15) and lot.reduction_scope == 3
    # the lot carries what the offsets rule sets read (KCCI: start date, the four principles, verifier)
    assert lot.kcci_principles == ("practicality", "additionality", "sustainability", "verifiability")
    assert [f for f in offsets.check(rp) if f.subject == f"lot:{lot_id}"] == []
    (i,) = reduction.issuances(rp, CODE)
    assert (i.period, i.lot_id, i.quantity) == ("2025", lot_id, 815)
    current, why = offsets.register_status(rp)
    assert current, why
    # usable in the proponent's own claim when outside its boundary: retired for the claim
    receipt = tmp_path / "receipt.pdf"
    receipt.write_bytes(b"%PDF-1.4 receipt")
    offsets.retire(rp, lot_id, "2026-04-02", "Hanbit Precision Co., Ltd.", "KCCI-RET-1", receipt)
    assert offsets.get_lot(rp, lot_id).status == "retired"
    assert offsets.register_status(rp)[0]
    with pytest.raises(InputError, match="retired credits cannot be transferred"):
        reduction.transfer(rp, lot_id, "Buyer Co.", "2026-05-01")


def test_transferred_credits_leave_the_file_and_the_claim(rp):
    lot_id = reduction.issue(rp, CODE, "2025", 400, "2026-03-30", committee_decision="d.pdf")
    offsets.update_lot(rp, lot_id, claim_period_id=rp.current_period()["id"])
    reduction.transfer(rp, lot_id, "Buyer Co.", "2026-05-01")
    lot = offsets.get_lot(rp, lot_id)
    assert lot.status == "cancelled" and lot.claim_period_id is None
    assert "transferred to Buyer Co. on 2026-05-01" in lot.notes
    assert reduction.double_counting(rp, rp.current_period()["id"]) == []


def test_own_value_chain_credits_against_own_claim_are_flagged_by_the_claim_rule(rp):
    pid = rp.current_period()["id"]
    lot_id = reduction.issue(rp, CODE, "2025", 815, "2026-03-30", committee_decision="d.pdf")
    ids = {f.rule_id for f in documents.claim_findings(rp)}
    assert "REDUCTION.DOUBLE_COUNT" not in ids  # held, not used in the claim
    offsets.update_lot(rp, lot_id, claim_period_id=pid)
    found = [f for f in documents.claim_findings(rp) if f.rule_id == "REDUCTION.DOUBLE_COUNT"]
    assert len(found) == 1 and found[0].severity == "error"
    assert found[0].subject == f"lot:{lot_id}" and "no double counting" in found[0].clause
    assert any(f.rule_id == "REDUCTION.DOUBLE_COUNT" for f in documents.refusals(rp))
    assert documents.rule_of(found[0]).id == "REDUCTION.DOUBLE_COUNT"
    # a project outside the organisation's value chain: its credits may back the claim
    reduction.update(rp, CODE, value_chain="outside")
    assert "REDUCTION.DOUBLE_COUNT" not in {f.rule_id for f in documents.claim_findings(rp)}


def test_evidence_files_are_stored_inside_the_project_file(rp, tmp_path):
    photo = tmp_path / "meter FT-101.jpg"
    photo.write_bytes(b"\xff\xd8 meter photo")
    reduction.set_evidence(rp, CODE, "applicability", "heat_metered", "Heat metered", "", True)
    att = reduction.attach_evidence(rp, CODE, "applicability", "heat_metered", photo)
    row = rp.one("SELECT * FROM attachments WHERE id = ?", (att,))
    assert row["content"] == photo.read_bytes()
    link = rp.one("SELECT * FROM evidence_links WHERE attachment_id = ?", (att,))
    assert link["tbl"] == "reduction_evidence"
    ev = reduction.get(rp, CODE).evidence_of("applicability", "heat_metered")
    assert ev.evidence == row["filename"] and ev.met


def test_bad_issuance_changes_nothing(rp):
    before = Path(rp.path).read_bytes()
    with pytest.raises(InputError, match="positive whole number"):
        reduction.issue(rp, CODE, "2025", 0, "2026-03-30")
    assert Path(rp.path).read_bytes() == before
