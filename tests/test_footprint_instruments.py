"""Contractual instruments: delete (one action, evidence file goes when nothing else uses it) and
restore (undo of delete: same ids, same evidence, the file exactly as before)."""

import pytest

from workbench.project.errors import ProjectError
from workbench.services import boundary
from workbench.services.footprint.contractual import (
    add_instrument,
    delete_instrument,
    instruments,
    restore_instrument,
)


@pytest.fixture
def proj(tmp_project):
    p = tmp_project
    boundary.add_site(p, code="HWS", name="Hwaseong")
    boundary.add_source(p, "ELEC", "Grid electricity", 2, site="HWS", unit="MWh")
    return p


def _audit_rows(p) -> int:
    return p.one("SELECT count(*) n FROM audit_log")["n"]


def test_delete_and_restore_instrument(proj, tmp_path):
    period = proj.current_period()["id"]
    empty = proj.snapshot_hash()
    cert = tmp_path / "rec-1.pdf"
    cert.write_bytes(b"%PDF-1.4 certificate R-1")
    iid = add_instrument(
        proj, "ELEC", 100, kind="REC", evidence=cert, certificate_ref="R-1", supplier="KEA REC market"
    )
    added = proj.snapshot_hash()
    [row] = instruments(proj, period)
    assert (row["evidence"], row["evidence_files"]) == (1, "rec-1.pdf")

    audit = _audit_rows(proj)
    record = delete_instrument(proj, iid)
    assert instruments(proj, period) == []
    assert proj.one("SELECT count(*) n FROM attachments")["n"] == 0  # its evidence went with it
    assert proj.snapshot_hash() == empty
    assert proj.audit_verify().ok and _audit_rows(proj) > audit
    assert record["row"]["certificate_ref"] == "R-1"
    assert record["attachments"][0]["content"] == b"%PDF-1.4 certificate R-1"

    assert restore_instrument(proj, record) == iid
    assert proj.snapshot_hash() == added  # same ids, same evidence, same attachment row
    [row] = instruments(proj, period)
    assert (row["supplier"], row["evidence_files"]) == ("KEA REC market", "rec-1.pdf")

    with pytest.raises(ProjectError, match="instrument 999 does not exist"):
        delete_instrument(proj, 999)


def test_delete_keeps_evidence_used_elsewhere(proj):
    a = add_instrument(proj, "ELEC", 10, evidence=b"shared", evidence_filename="c.txt", certificate_ref="A")
    b = add_instrument(proj, "ELEC", 20, evidence=b"shared", evidence_filename="c.txt", certificate_ref="B")
    delete_instrument(proj, a)
    [att] = proj.rows("SELECT id FROM attachments")
    links = proj.rows("SELECT * FROM evidence_links WHERE tbl = 'contract_instruments'")
    assert [(x["attachment_id"], x["row_id"]) for x in links] == [(att["id"], b)]


def test_delete_in_read_mode_is_refused(proj, tmp_path):
    from workbench import open_project

    add_instrument(proj, "ELEC", 10, evidence=b"x", evidence_filename="x.txt")
    path = proj.path
    proj.close()
    with open_project(path, mode="read") as ro:
        before = ro.snapshot_hash()
        with pytest.raises(ProjectError, match="read-only"):
            delete_instrument(ro, 1)
        assert ro.snapshot_hash() == before
