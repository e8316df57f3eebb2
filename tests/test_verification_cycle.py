"""The verifier's cycle on real project files: modes, plan, sampling, findings, opinion rules, sign-off."""

from __future__ import annotations

import json
import shutil

import pytest

import workbench.demo as demo_steps
from workbench import open_project
from workbench.project.errors import ReadOnlyError
from workbench.services import boundary, inventory
from workbench.services import verification as v


@pytest.fixture
def key(tmp_path):
    return v.create_key(tmp_path / "keys" / "lee.cnwkey", "Lee Verifier")


def _reopen(p, mode, user=None):
    path = p.path
    p.close()
    return open_project(path, mode=mode, user=user)


def _started(demo_project, key, **plan):
    p = _reopen(demo_project, "verifier", "Lee Verifier")
    v.start(p, key, "Lee Verifier", "KVS Ltd", "KAB GHG-V-012")
    v.set_plan(p, "reasonable", **plan)
    return p


def test_full_cycle_on_demo_project(demo_project, tmp_path):
    out = tmp_path / "out"
    data = demo_steps.verification.run(demo_project, out, log=lambda *_: None)
    assert data["signed"] and not data["signed_data_changed"] and data["tamper"] == []
    assert data["opinion"] == "unmodified" and data["level"] == "reasonable"
    assert (data["open_car"], data["open_cl"], data["open_far"], data["findings_total"]) == (0, 0, 0, 2)
    assert data["sampled_items"] == 8 and data["vouched_items"] == 8
    assert (out / "demo-verifier.cnwkey").exists()
    written = json.loads((out / "verification-status.json").read_text(encoding="utf-8"))
    assert written["headline"].startswith("signed ") and written["signature_valid"] is True
    # the client's response and the verifier's closing are in the findings
    fs = v.findings(demo_project)
    assert [f["ref"] for f in fs] == ["CAR-1", "CL-1"]
    assert all(f["client_response"] and f["status"] == "closed" for f in fs)
    # every step is in the audit log, under the party who did it
    log = demo_project.rows(
        "SELECT user, action FROM audit_log WHERE tbl LIKE 'verif_%' OR tbl LIKE 'signoff_%'"
    )
    actions = " | ".join(r["action"] for r in log)
    for word in (
        "Start verification",
        "Verification plan",
        "Draw risk sample",
        "Vouch",
        "Raise CAR-1",
        "Raise CL-1",
        "Respond to CAR-1",
        "Close CAR-1",
        "Verification opinion",
        "Sign verification",
    ):
        assert word in actions
    users = {r["user"] for r in log if r["action"].startswith("Respond")}
    assert "Lee Seo-yeon (이서연)" not in users
    # a fresh reader (read-only) sees the same signed, unchanged state; the chain holds
    path = demo_project.path
    demo_project.close()
    with open_project(path, mode="read") as r:
        st = v.status(r, trusted=[v.load_key(out / "demo-verifier.cnwkey")])
        assert st.signed and not st.signed_data_changed and st.audit_ok
        sd = v.statement_data(r)
        assert sd["opinion"] == "unmodified" and sd["signature"]["signed"]
        assert sd["verifier"]["accreditation"].startswith("Demo accreditation")
        assert sd["criteria"] == ["ISO14068-1", "ISO14064-1"]
        assert sd["responsible_party"].startswith("Hanbit Precision")
        assert v.signature_state(r) == "valid"
        model = v.statement_model(r)  # what forms/verification_statement.py prints
        assert model.signed and model.opinion == "unmodified" and model.assurance_level == "reasonable"
        assert model.signed_hash == st.signed_snapshot_hash and model.key_fingerprint == st.key_fingerprint
        assert [f.id for f in model.findings] == ["CAR-1", "CL-1"] and not model.open_car_cl


def test_verifier_mode_refuses_client_data(demo_project, key):
    p = _started(demo_project, key)
    before = open(p.path, "rb").read()
    aid = p.one("SELECT id FROM activities LIMIT 1")["id"]
    with pytest.raises(ReadOnlyError, match="verifier mode: the client's data is read-only; 'activities'"):
        inventory.update_activity(p, aid, quantity=1.0)
    with pytest.raises(ReadOnlyError, match="'sites' cannot be changed by the verifier"):
        boundary.add_site(p, code="NEW", name="New site")
    with pytest.raises(ReadOnlyError, match="needs edit mode"):
        v.respond(p, "CAR-1", "x")
    assert open(p.path, "rb").read() == before
    p.close()


def test_client_cannot_edit_findings_but_can_answer(demo_project, key):
    p = _started(demo_project, key)
    f = v.raise_finding(p, "CAR", "Bill missing", clause="6.1.4", impact_t=3.0, due_date="2026-03-01")
    c = _reopen(p, "edit")
    before = open(c.path, "rb").read()
    with pytest.raises(ReadOnlyError, match="'verif_findings' belongs to the verifier"):
        with c.action("Edit finding") as tx:
            tx.update("verif_findings", f["id"], {"description": "nothing to see"})
    with pytest.raises(ReadOnlyError, match="needs verifier mode"):
        v.raise_finding(c, "CL", "self-raised")
    with pytest.raises(ReadOnlyError, match="needs verifier mode"):
        v.close_finding(c, "CAR-1")
    assert open(c.path, "rb").read() == before
    r = v.respond(c, "CAR-1", "Bill attached")
    assert r["client_response"] == "Bill attached" and r["response_by"] == c.user and r["status"] == "open"
    assert v.get_finding(c, "CAR-1")["description"] == "Bill missing"
    c.close()


def test_reproducible_samples_from_recorded_seed(demo_project, key, tmp_path):
    p = _started(demo_project, key)
    s = v.draw_sample(p, 12, seed=424242, method="risk")
    r = v.draw_sample(p, 12, seed=424242, method="random")
    assert len(s.items) == 12 and s.seed == "424242"
    assert [i["rank"] for i in s.items] == list(range(1, 13))
    for sample in (s, r):
        again = v.redraw(p, sample.id)
        assert again["same"] and again["population_same"]
    # the same seed on an identical copy of the file draws the same rows; another seed does not
    copy = tmp_path / "copy.cnw"
    p.close()
    shutil.copy(demo_project.path, copy)
    with open_project(copy, mode="verifier") as q:
        s2 = v.draw_sample(q, 12, seed=424242, method="risk")
        s3 = v.draw_sample(q, 12, seed=424243, method="risk")
    rows = lambda x: [(i["tbl"], i["row_id"]) for i in x.items]  # noqa: E731
    assert rows(s2) == rows(s)
    assert rows(s3) != rows(s)
    # risk weights: rows without evidence rank heavier (x2) than otherwise identical rows with it
    assert any("no evidence attached" in (i["reasons"] or "") for i in s.items)


def test_redraw_notices_changed_population(demo_project, key):
    p = _started(demo_project, key)
    s = v.draw_sample(p, 5, seed=9, method="random")
    c = _reopen(p, "edit")
    src = c.one("SELECT code, unit FROM sources WHERE included = 1 LIMIT 1")
    inventory.add_activity(c, src["code"], 10.0, src["unit"], "2025-03-01")
    again = v.redraw(c, s.id)
    assert again["population_same"] is False
    c.close()


def test_vouching_rules(demo_project, key):
    p = _started(demo_project, key)
    with_ev = p.one("SELECT row_id FROM evidence_links WHERE tbl = 'activities' LIMIT 1")["row_id"]
    s = v.draw_sample(p, 200, seed=1, method="random")
    item_ev = next(i for i in s.items if i["row_id"] == with_ev)
    item_no = next(i for i in s.items if not v.evidence(p, i["tbl"], i["row_id"]))
    done = v.vouch(p, item_ev["id"], "agreed")
    assert done["vouch_result"] == "agreed" and len(done["vouch_sha256"]) == 64
    with pytest.raises(
        v.VerificationError, match=rf"cannot agree activities row {item_no['row_id']}: it has no evidence"
    ):
        v.vouch(p, item_no["id"], "agreed")
    with pytest.raises(v.VerificationError, match="has evidence attached"):
        v.vouch(p, item_ev["id"], "no_evidence")
    assert v.vouch(p, item_no["id"], "no_evidence")["vouch_result"] == "no_evidence"
    p.close()


def test_no_positive_opinion_while_car_or_cl_open_and_materiality(demo_project, key):
    p = _started(demo_project, key, reported_total_t=1000.0)
    v.raise_finding(p, "CAR", "Overstated diesel", impact_t=60.0)
    v.raise_finding(p, "FAR", "Meter the chillers next year")
    with pytest.raises(
        v.VerificationError, match=r"no unmodified opinion while a CAR or CL is open \(CAR-1\)"
    ):
        v.set_opinion(p, "unmodified")
    with pytest.raises(v.VerificationError, match="no modified opinion"):
        v.set_opinion(p, "modified")
    assert v.set_opinion(p, "adverse")["opinion"] == "adverse"
    # hand-worked: 60 t of 1,000 t = 6 % >= 5 % -> material
    m = v.materiality(p)
    assert (m.gross_t, m.pct, m.material) == (60.0, 6.0, True)
    c = _reopen(p, "edit")
    v.respond(c, "CAR-1", "We disagree; no change")
    p = _reopen(c, "verifier")
    v.close_finding(p, "CAR-1", corrected=False, note="accepted as uncorrected")
    assert v.materiality(p).material is True  # closed but uncorrected: still in the aggregate
    with pytest.raises(
        v.VerificationError, match=r"no unmodified opinion: uncorrected misstatements 60\.000"
    ):
        v.set_opinion(p, "unmodified")
    assert v.set_opinion(p, "modified")["opinion"] == "modified"  # an open FAR does not block it
    assert v.status(p).open_far == 1
    p.close()


def test_plan_validation_and_defaults(demo_project, key):
    p = _started(demo_project, key)
    before = open(p.path, "rb").read()
    eng = v.current_engagement(p)
    assert eng["materiality_pct"] == 5.0  # the file's setting ([unconfirmed] default 5 %)
    assert v.criteria_of(eng) == ["ISO14068-1"]
    with pytest.raises(v.VerificationError, match="level of assurance 'high'"):
        v.set_plan(p, "high")
    with pytest.raises(v.VerificationError, match="materiality '0'"):
        v.set_plan(p, "limited", materiality_pct=0)
    with pytest.raises(v.VerificationError, match="due date '31/12/2025' is not a date"):
        v.raise_finding(p, "CL", "x", due_date="31/12/2025")
    with pytest.raises(v.VerificationError, match="activities row 999999, which does not exist"):
        v.raise_finding(p, "CL", "x", tbl="activities", row_id=999999)
    with pytest.raises(v.VerificationError, match="opinion 'clean'"):
        v.set_opinion(p, "clean")
    with pytest.raises(v.VerificationError, match="finding kind 'NCR'"):
        v.raise_finding(p, "NCR", "x")
    with pytest.raises(v.VerificationError, match="sample size '-1'"):
        v.draw_sample(p, -1)
    with pytest.raises(v.VerificationError, match="no credit lots to sample"):
        v.draw_sample(p, 1, n_lots=1)
    assert open(p.path, "rb").read() == before  # refused input wrote nothing
    p.close()


def test_vouching_refuses_damaged_evidence(demo_project, key):
    import sqlite3

    row = demo_project.one(
        "SELECT attachment_id, row_id FROM evidence_links WHERE tbl = 'activities' LIMIT 1"
    )
    path = demo_project.path
    demo_project.close()
    con = sqlite3.connect(path)  # the stored bytes no longer match the recorded SHA-256
    con.execute("UPDATE attachments SET content = ? WHERE id = ?", (b"altered", row["attachment_id"]))
    con.commit()
    con.close()
    with open_project(path, mode="verifier") as p:
        v.start(p, key, "Lee Verifier", "KVS Ltd")
        s = v.draw_sample(p, 400, seed=1, method="random")
        item = next(i for i in s.items if i["row_id"] == row["row_id"])
        assert v.evidence(p, "activities", row["row_id"])[0]["intact"] is False
        with pytest.raises(
            v.VerificationError, match="does not match its recorded SHA-256; record an exception"
        ):
            v.vouch(p, item["id"], "agreed")
        assert v.vouch(p, item["id"], "exception", note="evidence altered")["vouch_result"] == "exception"


def test_other_key_cannot_resume_or_sign(demo_project, key, tmp_path):
    p = _started(demo_project, key)
    other = v.create_key(tmp_path / "other.cnwkey", "Mallory")
    with pytest.raises(v.VerificationError, match="is not that key"):
        v.start(p, other, "Mallory", "Fake body")
    v.set_opinion(p, "unmodified")
    with pytest.raises(v.VerificationError, match="is not that key"):
        v.sign(p, other)
    p.close()


def test_signed_is_final_and_later_period_carries_fars(demo_project, key):
    p = _started(demo_project, key)
    v.raise_finding(p, "FAR", "Repeat the commuting survey in 2026", due_date="2026-12-31")
    v.set_opinion(p, "unmodified")
    v.sign(p, key, on="2026-03-15")
    with pytest.raises(v.VerificationError, match="signed on 2026-03-15 and is final"):
        v.raise_finding(p, "CL", "late")
    c = _reopen(p, "edit")
    with pytest.raises(v.VerificationError, match="is final"):
        v.respond(c, "FAR-1", "noted")
    pid = boundary.add_period(c, "2026", "2026-01-01", "2026-12-31")
    p = _reopen(c, "verifier")
    old_st = v.status(p)
    assert old_st.signed and old_st.signed_data_changed  # a new period is a change to the signed file
    eid = v.start(p, key, "Lee Verifier", "KVS Ltd", period_id=pid)
    st = v.status(p)
    assert st.engagement_id == eid and not st.signed and st.open_far == 1
    carried = v.findings(p)[0]
    assert carried["ref"] == "FAR-1" and carried["carried_from_id"] is not None
    assert st.history[0]["signed_on"] == "2026-03-15" and st.history[0]["superseded_by"] == eid
    p.close()


def test_sample_credit_lots_backing_the_claim(demo_project, key, tmp_path):

    demo_steps.offsets.run(demo_project, tmp_path / "offsets", log=lambda *_: None)
    p = _started(demo_project, key)
    backing = {
        r["id"]: r["quantity"]
        for r in p.rows(
            "SELECT id, quantity FROM offset_lots WHERE claim_period_id = 1 AND status != 'cancelled'"
        )
    }
    assert len(backing) >= 2 and p.one("SELECT count(*) AS n FROM offset_lots")["n"] > len(backing)
    s = v.draw_sample(p, 3, seed=5, method="risk", n_lots=2)
    lots = [i for i in s.items if i["tbl"] == "offset_lots"]
    assert [i["tbl"] for i in s.items] == ["activities"] * 3 + ["offset_lots"] * 2
    assert [i["rank"] for i in s.items] == [1, 2, 3, 4, 5]
    assert {i["row_id"] for i in lots} <= set(backing)  # held lots not in the claim are not sampled
    assert all(i["weight"] == backing[i["row_id"]] for i in lots)  # 1 credit = 1 tCO2e, receipt attached
    for i in lots:
        assert v.vouch(p, i["id"], "agreed")["vouch_result"] == "agreed"  # vouched to the retirement receipt
    assert v.redraw(p, s.id)["same"]
    p.close()


def test_cancel_leaves_file_unchanged_and_progress_is_reported(demo_project, key):
    p = _started(demo_project, key)
    v.set_opinion(p, "unmodified")
    before = open(p.path, "rb").read()
    with pytest.raises(v.VerificationError, match="signing cancelled; nothing was written"):
        v.sign(p, key, cancel=lambda: True)
    with pytest.raises(v.VerificationError, match="sampling cancelled; nothing was recorded"):
        v.draw_sample(p, 3, seed=1, cancel=lambda: True)
    assert open(p.path, "rb").read() == before
    assert not v.status(p).signed
    seen = []
    v.sign(p, key, progress=lambda f, m: seen.append((f, m)))
    assert seen[-1] == (1.0, "Signed") and any("activities" in m for _, m in seen)
    assert [f for f, _ in seen] == sorted(f for f, _ in seen)
    assert v.status(p).signed
    p.close()


def test_risk_weights_use_the_stored_footprint(demo_project, key, tmp_path, bw):
    from workbench.services import footprint

    demo_steps.footprint.run(demo_project, tmp_path / "fp", log=lambda *_: None)
    r = footprint.latest(demo_project)
    assert r is not None and not r.stale
    p = _started(demo_project, key)
    from workbench.services.verification.fieldwork import activity_sizes

    eng = v.current_engagement(p)
    sizes, note = activity_sizes(p, eng["period_id"])
    assert "footprint" in note
    # each source's tCO2e is shared among its rows: the shares add back up to the source's total
    elec = p.one("SELECT id FROM sources WHERE code = 'HWS-ELEC'")["id"]
    rows = [
        a["id"]
        for a in p.rows(
            "SELECT id FROM activities WHERE source_id = ? AND period_id = ?", (elec, eng["period_id"])
        )
    ]
    assert sum(sizes[i] for i in rows) == pytest.approx(r.by_source["HWS-ELEC"], rel=1e-12)
    # materiality uses the footprint's total when the plan gives none (hand-worked: 5 % of it)
    m = v.materiality(p)
    assert m.reported_total_t == pytest.approx(r.total) and m.threshold_t == pytest.approx(r.total * 0.05)
    assert "footprint of" in m.total_source
    s = v.draw_sample(p, 5, seed=3, method="risk")
    assert all("size unknown" not in (i["reasons"] or "") for i in s.items)
    for i in s.items:  # weight = the row's tCO2e x the risk multipliers named in its reasons
        a = p.one("SELECT unc_pct, import_batch_id FROM activities WHERE id = ?", (i["row_id"],))
        mult = 1.0
        mult *= 2.0 if "no evidence attached" in (i["reasons"] or "") else 1.0
        mult *= 1.5 if (a["unc_pct"] or 0) >= 10 else 1.0
        mult *= 1.5 if a["import_batch_id"] is None else 1.0
        assert i["weight"] == pytest.approx(sizes[i["row_id"]] * mult, rel=1e-12)
    assert v.redraw(p, s.id)["same"]
    p.close()
