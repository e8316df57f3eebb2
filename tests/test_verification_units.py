"""Verifier keys, sampling and materiality as plain functions (no project file needed)."""

from __future__ import annotations

import json
import os
import stat

import pytest

from workbench.services.verification import keys as vk
from workbench.services.verification import sampling as vs
from workbench.services.verification.thresholds import assess

# -- keys --------------------------------------------------------------------------------------


def test_create_and_load_key_roundtrip(tmp_path):
    k = vk.create_key(tmp_path / "kim.cnwkey", "Kim Verifier")
    assert len(k.public_key) == 32
    assert k.fingerprint == vk.fingerprint_of(k.public_key)
    mode = stat.S_IMODE(os.stat(tmp_path / "kim.cnwkey").st_mode)
    assert mode == 0o600
    loaded = vk.load_key(tmp_path / "kim.cnwkey")
    assert loaded.name == "Kim Verifier"
    assert loaded.public_key == k.public_key
    sig = loaded.sign(b"hello")
    assert vk.verify_signature(k.public_key, sig, b"hello")
    assert not vk.verify_signature(k.public_key, sig, b"hellO")
    bad = bytes([sig[0] ^ 1]) + sig[1:]
    assert not vk.verify_signature(k.public_key, bad, b"hello")


def test_create_key_into_folder_and_never_overwrites(tmp_path):
    k = vk.create_key(tmp_path, "Lee & Partners")
    assert k.path == tmp_path / "lee-partners.cnwkey"
    before = k.path.read_bytes()
    with pytest.raises(vk.VerifierKeyError, match="already exists"):
        vk.create_key(k.path, "Other")
    assert k.path.read_bytes() == before


def test_default_key_dir_env_and_single_key(tmp_path, monkeypatch):
    monkeypatch.setenv("CNW_KEY_DIR", str(tmp_path / "keys"))
    assert vk.default_key_dir() == tmp_path / "keys"
    with pytest.raises(vk.VerifierKeyError, match="no verifier key found"):
        vk.find_default_key()
    k = vk.create_key(None, "Park")
    assert vk.find_default_key() == k.path
    vk.create_key(None, "Choi")
    with pytest.raises(vk.VerifierKeyError, match="several verifier keys"):
        vk.find_default_key()


def test_passphrase_key(tmp_path):
    vk.create_key(tmp_path / "a.cnwkey", "A", passphrase="s3cret")
    with pytest.raises(vk.VerifierKeyError, match="passphrase is required"):
        vk.load_key(tmp_path / "a.cnwkey")
    assert vk.load_key(tmp_path / "a.cnwkey", passphrase="s3cret").name == "A"


@pytest.mark.parametrize(
    "content, message",
    [
        ("not json", "not JSON"),
        ('{"format": "other"}', "format is not"),
        ('{"format": "cnw-verifier-key/1", "name": "x"}', "'public_key' is missing"),
    ],
)
def test_bad_key_files(tmp_path, content, message):
    p = tmp_path / "bad.cnwkey"
    p.write_text(content)
    with pytest.raises(vk.VerifierKeyError, match=message) as ei:
        vk.load_key(p)
    assert str(p) in str(ei.value)


def test_key_with_foreign_public_half_is_refused(tmp_path):
    a = vk.create_key(tmp_path / "a.cnwkey", "A")
    b = vk.create_key(tmp_path / "b.cnwkey", "B")
    doc = json.loads(a.path.read_text())
    doc["public_key"] = b.public_hex
    a.path.write_text(json.dumps(doc))
    with pytest.raises(vk.VerifierKeyError, match="does not belong"):
        vk.load_key(a.path)


def test_missing_key_file(tmp_path):
    with pytest.raises(vk.VerifierKeyError, match="no such verifier key file"):
        vk.load_key(tmp_path / "nope.cnwkey")


# -- sampling ----------------------------------------------------------------------------------


def _pop(n, weight=lambda i: 1.0):
    return [vs.Candidate("activities", i, weight(i)) for i in range(1, n + 1)]


def test_uniform_is_fixed_by_seed_table_and_id():
    # Pinned: SHA-256("42|activities|7") -> first 8 bytes as an integer, (n + 0.5) / 2**64.
    import hashlib

    n = int.from_bytes(hashlib.sha256(b"42|activities|7").digest()[:8], "big")
    assert vs.uniform(42, "activities", 7) == (n + 0.5) / 2**64
    assert 0 < vs.uniform(42, "activities", 7) < 1
    assert vs.uniform(42, "activities", 7) != vs.uniform(43, "activities", 7)
    assert vs.uniform(42, "activities", 7) != vs.uniform(42, "credit_lots", 7)


@pytest.mark.parametrize("method", ["risk", "random"])
def test_samples_reproducible_and_order_independent(method):
    pop = _pop(200, weight=lambda i: float(i % 7 + 1))
    a = vs.draw(pop, 15, 1234, method)
    b = vs.draw(list(reversed(pop)), 15, 1234, method)
    c = vs.draw(pop, 15, 1235, method)
    ids = [d.candidate.row_id for d in a]
    assert ids == [d.candidate.row_id for d in b]
    assert ids != [d.candidate.row_id for d in c]
    assert len(set(ids)) == 15
    assert [d.rank for d in a] == list(range(1, 16))


def test_random_sample_is_smallest_u():
    pop = _pop(50)
    got = [d.candidate.row_id for d in vs.random_sample(pop, 5, "s")]
    expect = sorted(range(1, 51), key=lambda i: vs.uniform("s", "activities", i))[:5]
    assert got == expect


def test_sample_larger_than_population_returns_all():
    assert len(vs.random_sample(_pop(3), 10, 1)) == 3
    assert len(vs.risk_sample(_pop(3), 10, 1)) == 3
    assert vs.risk_sample(_pop(3), 0, 1) == []


def test_risk_sample_single_draw_probability_is_weight_share():
    # Efraimidis-Spirakis A-ES: for n = 1, P(item i) = w_i / sum(w). Weights 3 and 1 -> 0.75.
    pop = [vs.Candidate("activities", 1, 3.0), vs.Candidate("activities", 2, 1.0)]
    trials = 4000
    hits = sum(vs.risk_sample(pop, 1, seed)[0].candidate.row_id == 1 for seed in range(trials))
    assert 0.73 < hits / trials < 0.77  # binomial sd = 0.0068; deterministic for these seeds


def test_risk_sample_prefers_heavy_items_and_zero_weight_last():
    pop = [vs.Candidate("activities", i, 100.0 if i <= 5 else 1.0) for i in range(1, 101)]
    heavy = sum(sum(d.candidate.row_id <= 5 for d in vs.risk_sample(pop, 5, seed)) for seed in range(200))
    rand = sum(sum(d.candidate.row_id <= 5 for d in vs.random_sample(pop, 5, seed)) for seed in range(200))
    assert heavy > 600 and rand < 100  # expected ~840 of 1000 vs ~25
    zero = [vs.Candidate("activities", 1, 0.0), vs.Candidate("activities", 2, 1e-9)]
    assert [d.candidate.row_id for d in vs.risk_sample(zero, 2, 7)] == [2, 1]


def test_sampling_bad_input():
    with pytest.raises(ValueError, match="sample size"):
        vs.random_sample(_pop(3), -1, 1)
    with pytest.raises(ValueError, match="listed twice"):
        vs.random_sample(_pop(3) + _pop(1), 1, 1)
    with pytest.raises(ValueError, match="activities row 1: risk weight"):
        vs.risk_sample([vs.Candidate("activities", 1, float("nan"))], 1, 1)
    with pytest.raises(ValueError, match="not one of"):
        vs.draw(_pop(3), 1, 1, "stratified")


def test_risk_weight_hand_worked():
    w, reasons = vs.risk_weight(vs.RiskSignals(size_t=166.92, has_evidence=False, unc_pct=10, manual=True))
    # 166.92 x 2 (no evidence) x 1.5 (uncertainty >= 10 %) x 1.5 (typed in) = 751.14
    assert w == pytest.approx(751.14)
    assert reasons == ("no evidence attached", "uncertainty 10% >= 10%", "entered by hand")
    w, reasons = vs.risk_weight(vs.RiskSignals(size_t=None))
    assert (w, reasons) == (1.0, ("size unknown",))
    assert vs.risk_weight(vs.RiskSignals(size_t=-4.0))[0] == 4.0


def test_population_digest_changes_with_population():
    a = vs.population_digest(_pop(5))
    assert a == vs.population_digest(list(reversed(_pop(5))))
    assert a != vs.population_digest(_pop(6))


# -- materiality -------------------------------------------------------------------------------


def test_materiality_hand_worked():
    # Reported 1,000 t; uncorrected +30 t (overstated) and -25 t (understated).
    m = assess([30.0, -25.0], 1000.0, 5.0)
    assert m.gross_t == 55.0 and m.net_t == 5.0
    assert m.pct == pytest.approx(5.5) and m.threshold_t == 50.0
    assert m.material is True and m.headroom_t == pytest.approx(-5.0)
    net = assess([30.0, -25.0], 1000.0, 5.0, basis="net")
    assert net.pct == pytest.approx(0.5) and net.material is False
    assert assess([50.0], 1000.0).material is True  # exactly at the threshold is material
    assert assess([49.999], 1000.0).material is False
    assert assess([], 1000.0).material is False


def test_materiality_unknown_total_and_bad_input():
    m = assess([10.0], None)
    assert m.pct is None and m.material is None and "unknown" in m.summary()
    with pytest.raises(ValueError, match="threshold"):
        assess([1.0], 100.0, 0)
    with pytest.raises(ValueError, match="basis"):
        assess([1.0], 100.0, 5, basis="median")
    with pytest.raises(ValueError, match="finite"):
        assess([float("inf")], 100.0)
