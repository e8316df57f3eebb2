"""Reduction-project eligibility (issue 20): every rule of the claim-rule registry's reduction list
with a passing and a failing case, each citing its clause in the seed documents
(seeds/kcci-carbon-reduction-certification-faq.txt, seeds/mycarbon-voluntary-credit-standard-ko.txt)."""

from __future__ import annotations

import pytest

from offsets.findings import ERROR, WARNING
from workbench.demo import reduction as demo
from workbench.services import documents, reduction

CODE = demo.CODE


def _kcci(p):
    demo.add_project(p)
    return p


def _mycarbon(p):
    demo.add_project(p)
    reduction.update(p, CODE, standard="MYCARBON", project_scale="general")
    reduction.set_evidence(
        p, CODE, "principle", "voluntary", "Voluntary project", "board_minutes_2024-02.pdf", True
    )
    return p


def _ids(p):
    return {f.rule_id for f in documents.reduction_findings(p, CODE)}


def _issue(p, qty, committee=None):
    return reduction.issue(p, CODE, "2025", qty, "2026-03-30", committee_decision=committee)


# rule id -> (standard fixture, how to break it, the seed clause the finding cites, severity)
CASES = {
    "RP.KCCI.PRACTICALITY": (
        _kcci,
        lambda p: reduction.set_evidence(p, CODE, "principle", "practicality", "meters missing", "", False),
        "1. practicality",
        ERROR,
    ),
    "RP.KCCI.ADDITIONALITY": (
        _kcci,
        lambda p: reduction.set_evidence(
            p, CODE, "principle", "additionality.law", "required by a permit", "permit.pdf", False
        ),
        "beyond laws/systems",
        ERROR,
    ),
    "RP.KCCI.SUSTAINABILITY": (
        _kcci,
        lambda p: reduction.set_evidence(p, CODE, "principle", "sustainability", "burner kept", "", False),
        "3. sustainability",
        ERROR,
    ),
    "RP.KCCI.VERIFIABILITY": (
        _kcci,
        lambda p: reduction.update(p, CODE, verifier=""),
        "4. verifiability",
        ERROR,
    ),
    "RP.KCCI.START_DATE": (
        _kcci,
        lambda p: reduction.update(p, CODE, start_date="2010-04-13"),
        "since 2010-04-14",
        ERROR,
    ),
    "RP.KCCI.KETS_SCOPE": (
        _kcci,
        lambda p: reduction.update(p, CODE, value_chain="scope1"),
        "non-regulatory areas (Scope 3)",
        ERROR,
    ),
    "RP.METHODOLOGY": (
        _kcci,
        lambda p: reduction.set_evidence(
            p, CODE, "applicability", "no_capacity_increase", "capacity +25 %", "nameplate.jpg", False
        ),
        "approved methodologies",
        ERROR,
    ),
    "RP.MYC.START_DATE": (
        _mycarbon,
        lambda p: reduction.update(p, CODE, start_date="2024-09-01"),
        "Art. 11(1)",
        ERROR,
    ),
    "RP.MYC.SCALE": (
        _mycarbon,
        lambda p: reduction.update(p, CODE, project_scale="small"),
        "Art. 10(2)",
        ERROR,
    ),
    "RP.MYC.BUNDLE": (
        _mycarbon,
        lambda p: reduction.update(p, CODE, project_scale="bundle"),
        "Art. 10(3)",
        ERROR,
    ),
    "RP.MYC.EXCLUDED_ACTIVITY": (
        _mycarbon,
        lambda p: reduction.update(p, CODE, activity_type="maintenance"),
        "Art. 9(1)",
        ERROR,
    ),
    "RP.MYC.CRITERIA": (
        _mycarbon,
        lambda p: reduction.set_evidence(p, CODE, "principle", "voluntary", "a permit condition", "", False),
        "Art. 9(2)1",
        ERROR,
    ),
    "RP.MYC.CANCELLATION": (
        _mycarbon,
        lambda p: reduction.update(p, CODE, cancellation_ground="fraud"),
        "Art. 15(1)1",
        ERROR,
    ),
    "RP.COMMITTEE": (
        _mycarbon,
        lambda p: _issue(p, 100),
        "Art. 2(4), Art. 4",
        ERROR,
    ),
    "RP.ISSUANCE.EXCEEDS": (
        _kcci,
        lambda p: _issue(p, 816, "KCCI_decision_2026-03.pdf"),
        "1 KCR per tonne",
        ERROR,
    ),
}


def test_every_reduction_rule_is_registered_once_with_its_seed_clause():
    ids = [r.id for r in documents.REDUCTION_RULES]
    assert len(ids) == len(set(ids))
    assert set(ids) == set(CASES)
    for rule in documents.REDUCTION_RULES:
        assert "seeds/" in rule.clause or "KCCI" in rule.clause, rule.id
        assert rule.title.strip() and callable(rule.check)
    assert "REDUCTION.DOUBLE_COUNT" in [r.id for r in documents.RULES]


@pytest.mark.parametrize("rule_id", sorted(CASES))
def test_rule_passes_then_fails_citing_the_seed_clause(tmp_project, rule_id):
    setup, breaker, clause, severity = CASES[rule_id]
    p = setup(tmp_project)
    assert rule_id not in _ids(p)  # passing case: the demo project as recorded
    breaker(p)
    found = [f for f in documents.reduction_findings(p, CODE) if f.rule_id == rule_id]
    assert found, rule_id
    f = found[0]
    assert clause in f.clause, (f.clause, clause)
    assert f.severity == severity
    assert f.message.startswith(CODE)
    assert documents.rule_of(f).id == rule_id


def test_committee_is_needed_from_100_t_only_under_mycarbon(tmp_project):
    p = _mycarbon(tmp_project)
    _issue(p, 99)  # Art. 2(4): "100톤 이상"; 99 t goes without the committee
    assert "RP.COMMITTEE" not in _ids(p)


def test_kcci_issuance_needs_step_8_or_a_decision(tmp_project):
    p = _kcci(tmp_project)
    reduction.set_step(p, CODE, "issuance_committee", "2025", state="in_progress")
    _issue(p, 10)
    assert "RP.COMMITTEE" in _ids(p)
    reduction.set_step(p, CODE, "issuance_committee", "2025", state="done", completed="2026-03-25")
    assert "RP.COMMITTEE" not in _ids(p)


def test_cancellation_other_than_fraud_is_a_warning_with_the_30_days(tmp_project):
    p = _mycarbon(tmp_project)
    reduction.update(p, CODE, cancellation_ground="not_implemented")
    (f,) = [f for f in documents.reduction_findings(p, CODE) if f.rule_id == "RP.MYC.CANCELLATION"]
    assert f.severity == WARNING and "Art. 15(1)2" in f.clause and "30 days" in f.message


def test_kcci_rules_do_not_run_on_a_mycarbon_project_and_back(tmp_project):
    p = _mycarbon(tmp_project)
    reduction.update(p, CODE, start_date="2009-01-01", contract_date="2009-01-01")
    ids = _ids(p)
    assert "RP.KCCI.START_DATE" not in ids and not any(i.startswith("RP.KCCI.") for i in ids)
    reduction.update(p, CODE, standard="KCS")
    assert "RP.KCCI.START_DATE" in _ids(p)
