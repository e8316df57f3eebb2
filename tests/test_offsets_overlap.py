"""Double counting: touching vs overlapping ranges, across claims, against other files' retirements."""

import random

import pytest

from offsets.lots import CreditLot
from offsets.overlap import (
    ExternalRetirement,
    Span,
    double_counting_findings,
    find_overlaps,
    find_overlaps_naive,
)


@pytest.fixture(autouse=True)
def _own_register(tmp_path, monkeypatch):
    """Each test its own shared retirement register (the session's would mix tests' files)."""
    monkeypatch.setenv("CNW_RETIREMENT_REGISTER", str(tmp_path / "register.sqlite"))


def gen(start, end, id, **kw):
    return CreditLot("KCCI", "KCS", "KCR", f"KCCI/KCR-2023-P0042/{start}-{end}", end - start + 1, id=id, **kw)


def test_touching_ranges_do_not_overlap():
    assert find_overlaps([Span("K", 1, 100, "a"), Span("K", 101, 200, "b")]) == []
    assert double_counting_findings([gen(1, 100, 1), gen(101, 200, 2)]) == []


def test_sharing_one_credit_overlaps():
    (ov,) = find_overlaps([Span("K", 101, 200, "b"), Span("K", 1, 101, "a")])
    assert (ov.first.ref, ov.second.ref, ov.start, ov.end, ov.quantity) == ("a", "b", 101, 101, 1)


def test_same_numbers_in_other_namespace_do_not_overlap():
    assert find_overlaps([Span("K1", 1, 100, "a"), Span("K2", 1, 100, "b")]) == []


def test_finding_names_both_lots_and_periods():
    (f,) = double_counting_findings(
        [
            gen(1, 100, 1, claim_period_id=1, status="retired"),
            gen(51, 150, 2, claim_period_id=2, status="planned"),
        ]
    )
    assert f.rule_id == "DC.OVERLAP" and f.severity == "error"
    assert "lot 1" in f.message and "lot 2" in f.message
    assert "claim period 1" in f.message and "claim period 2" in f.message
    assert "share 50 credits 51-100" in f.message


def test_against_other_project_files_retirements():
    ext = ExternalRetirement(
        "client-b.cnw", "KCCI/KCR-2023-P0042/90-95", "KCCI/KCR-2023-P0042", 90, 95, "Client B"
    )
    (f,) = double_counting_findings([gen(1, 100, 1)], [ext])
    assert f.rule_id == "DC.EXTERNAL" and "client-b.cnw" in f.message and "Client B" in f.message
    assert f.subject == "lot:1"
    # two other files colliding with each other are not this project's problem
    assert double_counting_findings([], [ext, ext]) == []


def test_every_overlapping_span_is_reported_like_the_naive_check():
    rng = random.Random(7)
    spans = []
    for i in range(400):
        s = rng.randrange(0, 20000)
        spans.append(Span(f"K{rng.randrange(3)}", s, s + rng.randrange(0, 60), i))
    fast = find_overlaps(spans)
    naive = find_overlaps_naive(spans)
    in_naive = {o.first.ref for o in naive} | {o.second.ref for o in naive}
    in_fast = {o.first.ref for o in fast} | {o.second.ref for o in fast}
    # every span that collides appears in at least one fast report, and every fast report is a real collision
    assert in_fast == in_naive
    real = {frozenset((o.first.ref, o.second.ref)) for o in naive}
    assert all(frozenset((o.first.ref, o.second.ref)) in real for o in fast)
    assert len(fast) <= len(naive)


def test_numpy_and_python_sweeps_agree_including_huge_serials():
    from offsets.overlap import _pairs_python, overlap_pairs

    rng = random.Random(3)
    keys, starts, ends = [], [], []
    for _ in range(300):
        s = rng.randrange(0, 5000)
        keys.append(rng.choice("ABC"))
        starts.append(s)
        ends.append(s + rng.randrange(0, 40))
    assert sorted(overlap_pairs(keys, starts, ends)) == sorted(_pairs_python(keys, starts, ends))
    big = 10**18  # beyond int64 bands: falls back to the pure-Python sweep
    pairs = overlap_pairs(["K", "K", "K"], [big, big + 10, big + 11], [big + 10, big + 20, big + 12])
    assert sorted(pairs) == [(0, 1), (1, 2)]
