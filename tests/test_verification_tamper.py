"""Tamper evidence after sign-off: each case is detected and named.

One demo project is verified and signed once per module; each test works on its own copy.
"""

from __future__ import annotations

import json
import shutil
import sqlite3

import pytest

import workbench.demo as demo_steps
from workbench import open_project
from workbench.project import canonical
from workbench.services import inventory
from workbench.services import verification as v
from workbench.services.verification.signing import build_manifest, encode_manifest


@pytest.fixture(scope="module")
def signed(tmp_path_factory):
    from workbench import demo

    d = tmp_path_factory.mktemp("signed")
    p = demo.build(d / "demo.cnw", d / "inputs", log=lambda *_: None)
    data = demo_steps.verification.run(p, d / "out", log=lambda *_: None)
    p.close()
    assert data["signed"] and not data["signed_data_changed"]
    return d / "demo.cnw", v.load_key(d / "out" / "demo-verifier.cnwkey")


@pytest.fixture
def copy(signed, tmp_path):
    path, key = signed
    target = tmp_path / "client.cnw"
    shutil.copy(path, target)
    return target, key


def _status(path, trusted=None):
    with open_project(path, mode="read") as p:
        return v.status(p, trusted=trusted)


def test_untouched_copy_is_signed_and_unchanged(copy):
    path, key = copy
    st = _status(path, trusted=[key])
    assert st.signed and st.signature_valid and not st.signed_data_changed and st.tamper == []
    assert st.signed_snapshot_hash == st.current_snapshot_hash


def test_activity_edited_through_the_app(copy):
    path, _ = copy
    with open_project(path) as p:
        aid = p.one("SELECT id FROM activities ORDER BY id LIMIT 1")["id"]
        q = p.one("SELECT quantity FROM activities WHERE id = ?", (aid,))["quantity"]
        inventory.update_activity(p, aid, quantity=q + 100)
    st = _status(path)
    assert st.signed_data_changed and st.signature_valid
    assert st.tamper_kinds == ["data_changed_app"]
    assert st.headline.startswith("signed data changed since verification")
    assert f"activities row {aid} changed: quantity {q!r} -> {q + 100!r}" in st.tamper[0].message
    with open_project(path, mode="read") as p:
        assert v.signature_state(p) == "changed"
        assert v.statement_model(p).signed_data_changed


def test_activity_edited_with_plain_sqlite(copy):
    path, _ = copy
    con = sqlite3.connect(path)
    aid = con.execute("SELECT max(id) FROM activities").fetchone()[0]
    con.execute("UPDATE activities SET quantity = quantity * 0.5 WHERE id = ?", (aid,))
    con.commit()
    con.close()
    st = _status(path)
    assert st.tamper_kinds == ["data_changed_outside"]
    assert f"activities row {aid} changed" in st.tamper[0].message
    assert "no audit-log entry" in st.tamper[0].message
    assert st.audit_ok  # the chain itself is intact: the edit simply left no record


def test_finding_deleted(copy):
    path, _ = copy
    con = sqlite3.connect(path)
    con.execute("DELETE FROM verif_findings WHERE ref = 'CL-1'")
    con.commit()
    con.close()
    st = _status(path)
    assert st.tamper_kind == "finding_deleted"
    assert st.tamper[0].message == "finding deleted: finding CL-1 (outside the app)"
    assert st.signed_data_changed


def test_finding_deleted_through_the_app_in_verifier_mode(copy):
    path, _ = copy
    with open_project(path, mode="verifier") as p:
        fid = v.get_finding(p, "CAR-1")["id"]
        with p.action("Delete finding") as tx:
            tx.delete("verif_findings", fid)
    st = _status(path)
    assert st.tamper_kinds == ["finding_deleted"]
    assert "finding CAR-1 (through the app)" in st.tamper[0].message


def test_signature_bytes_changed(copy):
    path, _ = copy
    con = sqlite3.connect(path)
    sig = con.execute("SELECT signature FROM signoff_signatures").fetchone()[0]
    con.execute("UPDATE signoff_signatures SET signature = ?", (bytes([sig[0] ^ 0x01]) + sig[1:],))
    con.commit()
    con.close()
    st = _status(path)
    assert st.signature_valid is False
    assert st.tamper_kinds == ["signature_changed"]
    assert st.tamper[0].message.startswith("signature bytes changed")
    assert st.signed_data_changed  # no data changed, but the signed state no longer holds


def test_public_key_swapped_in_signature_record(copy, tmp_path):
    path, _ = copy
    mallory = v.create_key(tmp_path / "m.cnwkey", "Mallory")
    con = sqlite3.connect(path)
    con.execute(
        "UPDATE signoff_signatures SET public_key = ?, key_fingerprint = ?",
        (mallory.public_hex, mallory.fingerprint),
    )
    con.commit()
    con.close()
    st = _status(path)
    assert st.tamper_kind == "key_swapped"
    assert "public key swapped" in st.tamper[0].message
    assert "signature_changed" not in st.tamper_kinds  # the bytes are the original ones


def _forge(path, key, swap_engagement_key: bool):
    """What a forger with plain sqlite3 and their own key can do: rewrite the record and re-sign it."""
    con = sqlite3.connect(path)
    if swap_engagement_key:
        con.execute(
            "UPDATE verif_engagements SET public_key = ?, key_fingerprint = ?",
            (key.public_hex, key.fingerprint),
        )
        con.execute("UPDATE activities SET quantity = 1 WHERE id = (SELECT min(id) FROM activities)")
        con.commit()
    from workbench.project import snapshot

    payload = json.loads(con.execute("SELECT payload FROM signoff_signatures").fetchone()[0])
    blob, msha = encode_manifest(build_manifest(con))
    payload["snapshot_hash"] = snapshot.snapshot_hash(con)
    payload["manifest_sha256"] = msha
    payload["verifier"]["key_fingerprint"] = key.fingerprint
    text = canonical.dumps(payload)
    con.execute(
        "UPDATE signoff_signatures SET payload = ?, signature = ?, public_key = ?, key_fingerprint = ?, "
        "snapshot_hash = ?, manifest = ?",
        (text, key.sign(text.encode()), key.public_hex, key.fingerprint, payload["snapshot_hash"], blob),
    )
    con.commit()
    con.close()


def test_public_key_swapped_and_resigned(copy, tmp_path):
    path, real = copy
    mallory = v.create_key(tmp_path / "m.cnwkey", "Mallory")
    _forge(path, mallory, swap_engagement_key=False)
    st = _status(path)
    assert st.signature_valid is True  # a valid signature, but by the wrong key
    assert st.tamper_kind == "key_swapped"
    assert v.short_fingerprint(real.fingerprint) in st.tamper[0].message


def test_public_key_swapped_everywhere_is_caught_by_audit_log_and_trusted_key(copy, tmp_path):
    path, real = copy
    mallory = v.create_key(tmp_path / "m.cnwkey", "Mallory")
    _forge(path, mallory, swap_engagement_key=True)
    st = _status(path)
    assert st.signature_valid is True
    assert st.tamper_kind == "key_swapped"
    assert any("the audit log shows key" in t.message for t in st.tamper)
    trusted = _status(path, trusted=[real])
    assert any("which is not the verifier's key you gave" in t.message for t in trusted.tamper)


def test_signed_opinion_edited(copy):
    path, _ = copy
    con = sqlite3.connect(path)
    con.execute("UPDATE signoff_signatures SET opinion = 'adverse'")
    con.commit()
    con.close()
    st = _status(path)
    assert st.tamper_kinds == ["record_altered"]
    assert "its opinion reads 'adverse' but the signature covers 'unmodified'" in st.tamper[0].message


def test_signature_deleted(copy):
    path, _ = copy
    con = sqlite3.connect(path)
    con.execute("DELETE FROM signoff_signatures")
    con.commit()
    con.close()
    st = _status(path)
    assert st.tamper_kinds == ["signature_deleted"] and st.signed_data_changed


def test_cli_status_names_the_tamper_and_exits_1(copy, capsys):
    from workbench.cli import main

    path, key = copy
    assert main(["verify", str(path), "--as", str(key.path)]) == 0
    assert "unmodified opinion; data unchanged" in capsys.readouterr().out
    con = sqlite3.connect(path)
    con.execute("UPDATE activities SET unit = 'kWh' WHERE id = 3")
    con.commit()
    con.close()
    before = path.read_bytes()
    assert main(["verify", str(path), "status"]) == 1
    out = capsys.readouterr().out
    assert "signed data changed since verification" in out and "TAMPER [data_changed_outside]" in out
    assert "activities row 3 changed" in out
    assert path.read_bytes() == before  # status only reads


def test_large_tables_are_fingerprinted_by_runs_of_rows(demo_project, tmp_path, monkeypatch):
    from workbench.services.verification import signing as verification_signing

    # more activity rows than the limit of 50 digests: runs of ceil((max rowid + 1) / 50) rowids each
    monkeypatch.setattr(verification_signing, "ROW_DIGEST_LIMIT", 50)
    key = v.create_key(tmp_path / "k.cnwkey", "K")
    path = demo_project.path
    demo_project.close()
    with open_project(path, mode="verifier") as p:
        v.start(p, key, "K", "Body")
        v.set_plan(p, "limited")
        v.set_opinion(p, "unmodified")
        v.sign(p, key)
        top = p.one("SELECT max(rowid) AS m FROM activities")["m"]
        b = verification_signing.bucket_for(p.conn, "activities")
        assert top > 50 and b == -(-(top + 1) // 50) and b > 1
    con = sqlite3.connect(path)
    con.execute("UPDATE activities SET quantity = quantity + 1 WHERE id = 20")
    con.commit()
    con.close()
    st = _status(path)
    assert st.tamper_kinds == ["data_changed_outside"]
    lo = 20 // b * b
    assert (
        f"activities rows {lo}-{lo + b - 1} changed (somewhere in this run of rows)" in st.tamper[0].message
    )
    with open_project(path) as p:
        inventory.update_activity(p, 30, quantity=5.0)
    st = _status(path)
    assert st.tamper_kinds == ["data_changed_outside", "data_changed_app"]
    assert "activities row 30 changed: quantity" in st.tamper[1].message


def test_schema_upgrade_with_new_empty_table_is_not_tampering(copy):
    from workbench.project import snapshot
    from workbench.services.verification.tamper import snapshot_hash_over

    path, _ = copy
    with open_project(path, mode="read") as p:  # the restricted hash is the real one over all tables
        assert snapshot_hash_over(p.conn, set(snapshot.included_tables(p.conn))) == p.snapshot_hash()
    con = sqlite3.connect(path)  # what a later migration does: a new, empty table
    con.execute("CREATE TABLE zz_later_feature (id INTEGER PRIMARY KEY, note TEXT)")
    con.commit()
    st = _status(path)
    assert st.signed and not st.signed_data_changed and st.tamper == []
    assert st.notes == ["the file's schema was upgraded since signing (new empty tables: zz_later_feature)"]
    con.execute("INSERT INTO zz_later_feature (note) VALUES ('x')")
    con.commit()
    con.close()
    st = _status(path)
    assert st.tamper_kinds == ["data_changed_outside"]
    assert "zz_later_feature table added" in st.tamper[0].message
