"""Staleness of a stored footprint by data version: one read, with the hash check as fallback."""

import datetime as dt

import pytest

from offsets.lots import CreditLot
from workbench import open_project
from workbench.services import boundary, footprint, inventory, offsets
from workbench.services.footprint import INPUT_TABLES
from workbench.services.footprint.contractual import add_instrument, set_denominator
from workbench.services.footprint.factors import assign_factor, set_override


@pytest.fixture
def proj(tmp_project, bw):
    p = tmp_project
    boundary.add_site(p, code="HWS", name="Hwaseong")
    boundary.add_source(p, "ELEC", "Grid electricity", 2, site="HWS", unit="MWh")
    boundary.add_source(p, "REF", "Chiller leak", 1, site="HWS", unit="kg")
    assign_factor(p, "ELEC", "kr.elec.grid.2023")
    assign_factor(p, "REF", "refrig.hfc134a")
    inventory.add_activity(p, "ELEC", 150, "MWh", "2025-01-01", "2025-01-31")
    inventory.add_activity(p, "REF", 10, "kg", "2025-03-10")
    return p


def _stored(p):
    return p.one(
        "SELECT inputs_version FROM cache_footprint WHERE kind = 'footprint' ORDER BY id DESC LIMIT 1"
    )


def test_cache_table_is_not_an_input():
    assert "cache_footprint" not in INPUT_TABLES
    assert {"activities", "sources", "settings", "factor_copies", "contract_instruments"} <= set(INPUT_TABLES)


def test_current_after_calculate_by_version(proj):
    footprint.calculate(proj)
    # the stored version is the inputs' version now (the result's own write bumped only the cache)
    assert _stored(proj)["inputs_version"] == proj.data_version(INPUT_TABLES)
    assert proj.data_version(["cache_footprint"]) > proj.data_version(INPUT_TABLES)
    assert not footprint.latest(proj).stale


def test_current_after_first_calculate_that_copies_library_factors(proj):
    # a source whose factor was set directly: the calculation copies it into the file (an input
    # table) with the factor it was computed with, and the result stays current by version
    boundary.add_source(proj, "LNG", "Gas boiler", 1, site="HWS", unit="Nm3")
    src = proj.one("SELECT id FROM sources WHERE code = 'LNG'")
    boundary.update_source(proj, src["id"], factor_id="epa.stat.anthracite", unit="short_ton")
    inventory.add_activity(proj, "LNG", 1, "short_ton", "2025-02-01")
    before = proj.one("SELECT count(*) AS n FROM factor_copies")["n"]
    footprint.calculate(proj)
    assert proj.one("SELECT count(*) AS n FROM factor_copies")["n"] == before + 1
    assert _stored(proj)["inputs_version"] == proj.data_version(INPUT_TABLES)
    assert not footprint.latest(proj).stale


def _credit_lot(p):
    serial = "0001-000001-000100-VCS-VCU-003-VER-US-3-01012023-31122023-0"
    lot = CreditLot(
        "Verra",
        "VCS",
        "VCU",
        serial,
        100,
        price=10.0,
        kind="avoidance",
        project_id="3",
        vintage_start=dt.date(2023, 1, 1),
        vintage_end=dt.date(2023, 12, 31),
        issuance_date=dt.date(2024, 5, 1),
        host_country="US",
        verifier="VVB",
    )
    return offsets.add_lot(p, lot)


def _issue_record(p):
    # what issuing a document writes (documents' register): one row of audit_documents
    with p.action("Issue certificate (en) CNW-TEST") as tx:
        tx.insert(
            "audit_documents",
            {
                "kind": "certificate",
                "lang": "en",
                "document_no": "CNW-TEST",
                "period_id": p.current_period()["id"],
                "filename": "certificate-en.pdf",
                "pdf_sha256": "0" * 64,
                "snapshot_hash": p.snapshot_hash(),
                "file_id": p.file_id,
                "figures": "{}",
                "issued_at": "2026-01-01T00:00:00+00:00",
                "issued_by": p.user,
            },
        )


@pytest.mark.parametrize("write", [_credit_lot, _issue_record], ids=["credit lot", "issued document"])
def test_unrelated_write_keeps_the_version_current(proj, write):
    footprint.calculate(proj)
    version = proj.data_version(INPUT_TABLES)
    file_version = proj.data_version()
    write(proj)
    assert proj.data_version() > file_version  # the file changed...
    assert proj.data_version(INPUT_TABLES) == version == _stored(proj)["inputs_version"]  # ...not the inputs
    assert not footprint.latest(proj).stale


def _add_activity(p):
    inventory.add_activity(p, "REF", 1, "kg", "2025-04-10")


def _gwp(p):
    with p.action("GWP") as tx:
        tx.set_setting("gwp_set", "AR5")


def _exclude(p):
    boundary.set_inclusion(p, boundary.source_by_code(p, "REF")["id"], False, "below materiality")


def _override(p):
    set_override(p, "REF", "refrig.r410a", "supplier says R-410A")


def _denominator(p):
    set_denominator(p, "tonne product", 1000, "t")


def _revenue(p):
    with p.action("Revenue") as tx:
        tx.execute("UPDATE organisation SET revenue = 5e9", table="organisation")


def _period(p):
    pid = p.current_period()["id"]
    with p.action("Relabel period") as tx:
        tx.update("periods", pid, {"label": "FY2025"})


@pytest.mark.parametrize(
    "write",
    [_add_activity, _gwp, _exclude, _override, _denominator, _revenue, _period],
    ids=["activity", "gwp setting", "source excluded", "factor override", "denominator", "revenue", "period"],
)
def test_write_to_an_input_makes_it_stale(proj, write):
    footprint.calculate(proj)
    write(proj)
    assert proj.data_version(INPUT_TABLES) > _stored(proj)["inputs_version"]
    assert footprint.latest(proj).stale
    footprint.calculate(proj, allow_missing=True)
    assert not footprint.latest(proj).stale


def test_input_written_without_changing_this_period_falls_back_to_the_hash(proj):
    footprint.calculate(proj)
    other = boundary.add_period(proj, "2024", "2024-01-01", "2024-12-31")
    inventory.add_activity(proj, "REF", 1, "kg", "2024-04-10", period_id=other)
    assert proj.data_version(INPUT_TABLES) > _stored(proj)["inputs_version"]
    assert not footprint.latest(proj).stale  # the 2025 inputs hash the same
    assert not footprint.latest(proj).stale  # (second call answered from the memo of that version)
    _add_activity(proj)
    assert footprint.latest(proj).stale


def test_old_result_without_version_uses_the_hash(proj):
    footprint.calculate(proj)
    with proj.action("Forget the version (a result stored by schema 8)") as tx:
        tx.execute("UPDATE cache_footprint SET inputs_version = NULL", table="cache_footprint")
    assert _stored(proj)["inputs_version"] is None
    assert not footprint.latest(proj).stale
    _add_activity(proj)
    assert footprint.latest(proj).stale


def test_read_only_connection_sees_the_same_staleness(proj):
    footprint.calculate(proj)
    with open_project(proj.path, mode="read") as ro:
        assert not footprint.latest(ro).stale
    _add_activity(proj)
    with open_project(proj.path, mode="read") as ro:
        assert footprint.latest(ro).stale


def test_evidence_linked_elsewhere_rehashes_the_small_inputs_not_the_ledger(proj):
    # evidence_links is an input (instrument evidence), and other steps link evidence too (a
    # retirement receipt, a verifier's vouching): the ledger is not read again for that
    footprint.calculate(proj)
    lot_id = _credit_lot(proj)
    proj.attach(b"retirement receipt", filename="receipt.txt", link=("offset_lots", lot_id))
    assert proj.data_version(INPUT_TABLES) > _stored(proj)["inputs_version"]
    statements = []
    proj.conn.set_trace_callback(statements.append)
    try:
        assert not footprint.latest(proj).stale
    finally:
        proj.conn.set_trace_callback(None)
    assert statements and not [s for s in statements if "FROM activities" in s], statements


def test_instrument_evidence_removed_alone_makes_it_stale(proj, tmp_path):
    cert = tmp_path / "rec.pdf"
    cert.write_bytes(b"%PDF-1.4 REC R-1")
    iid = add_instrument(proj, "ELEC", 50, kind="REC", evidence=cert, certificate_ref="R-1")
    footprint.calculate(proj)
    assert not footprint.latest(proj).stale
    (link,) = proj.rows("SELECT attachment_id FROM evidence_links WHERE tbl = 'contract_instruments'")
    inventory.unlink_evidence(proj, link["attachment_id"], "contract_instruments", iid)
    assert footprint.latest(proj).stale  # the instrument no longer counts
