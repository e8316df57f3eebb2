"""Entities of the organisational boundary: the table, its checks and the migration of older files."""

import sqlite3

import pytest

from workbench import open_project
from workbench.project import schema
from workbench.project.errors import ProjectError
from workbench.services import boundary, entities


def _bytes(p):
    return open(p.path, "rb").read()


def test_a_new_file_has_the_reporting_organisation_at_100_pct_owning_every_site(tmp_project):
    boundary.add_site(tmp_project, code="S1", name="Site 1")
    rows = entities.list_entities(tmp_project)
    assert len(rows) == 1
    rep = rows[0]
    assert (rep["name"], rep["kind"], rep["equity_pct"], rep["id"]) == (
        "ACME Test Co.",
        "reporting organisation",
        100.0,
        None,
    )
    assert rep["sites"] == ["S1"]
    assert entities.plan(tmp_project).trivial
    assert entities.shares_table(tmp_project)["approach"] == "operational control"


def test_add_entities_assign_sites_and_shares_per_approach(tmp_project):
    p = tmp_project
    boundary.add_site(p, code="JV1", name="JV plant")
    jv = entities.add_entity(
        p, "Hanbit JV", "joint venture", equity_pct=40, financial_control="joint", operational_control=False
    )
    entities.assign_site(p, "JV1", "hanbit jv")  # names are matched case-insensitively
    rows = entities.list_entities(p)
    assert [r["kind"] for r in rows] == ["reporting organisation", "joint venture"]
    assert rows[0]["id"] is not None  # the reporting organisation was written as a row with it
    assert rows[1]["id"] == jv and rows[1]["sites"] == ["JV1"] and rows[0]["sites"] == []
    e = entities.get_entity(p, jv)
    assert entities.share_pct(e, "equity share") == (40.0, "equity share 40 %")
    assert entities.share_pct(e, "financial control") == (40.0, "joint financial control: equity share 40 %")
    assert entities.share_pct(e, "operational control") == (0.0, "no operational control")
    assert entities.scope3_category(e) == 15 and entities.scope3_pct(e, 0.0) == 40.0
    fr = entities.get_entity(
        p, entities.add_entity(p, "Shop 7", "franchise", equity_pct=0, operational_control="no")
    )
    assert entities.scope3_category(fr) == 14 and entities.scope3_pct(fr, 0.0) == 100.0
    assert entities.update_entity(p, "Hanbit JV", equity_pct=45, evidence="shareholder register 2025")
    assert entities.get_entity(p, jv)["equity_pct"] == 45.0
    assert not entities.update_entity(p, "Hanbit JV", equity_pct=45)  # nothing changed
    # every change is audited
    assert p.one("SELECT count(*) AS n FROM audit_log WHERE tbl = 'entities'")["n"] >= 4


@pytest.mark.parametrize(
    "call, message",
    [
        (
            lambda p: entities.add_entity(p, "X", "subsidiary", equity_pct=140),
            "entity 'X': equity share 140 % is outside 0-100 %",
        ),
        (
            lambda p: entities.add_entity(p, "X", "subsidiary", equity_pct="lots"),
            "equity share 'lots' is not a number",
        ),
        (lambda p: entities.add_entity(p, "X", "cousin"), "entity 'X': kind must be one of"),
        (lambda p: entities.add_entity(p, " ", "subsidiary"), "entity name: must not be empty"),
        (
            lambda p: entities.add_entity(p, "X", "subsidiary", financial_control="maybe"),
            "financial control must be yes or no or joint",
        ),
        (
            lambda p: entities.add_entity(p, "X", "subsidiary", acquired="2025-13-01"),
            "entity 'X': acquired: '2025-13-01' is not a date",
        ),
        (
            lambda p: entities.add_entity(p, "X", "subsidiary", acquired="2025-06-01", divested="2025-01-01"),
            "divested 2025-01-01 is not after acquired 2025-06-01",
        ),
        (
            lambda p: entities.add_entity(p, "X", "subsidiary", colour="red"),
            "entity: unknown field(s) colour",
        ),
        (lambda p: entities.add_entity(p, "ACME Test Co.", "reporting organisation"), None),
        (
            lambda p: entities.update_entity(p, "Nobody", equity_pct=10),
            "unknown entity 'Nobody' (entities: 'ACME Test Co.')",
        ),
        (lambda p: entities.assign_site(p, "NOPE", "ACME Test Co."), "unknown site 'NOPE'"),
        (
            lambda p: entities.update_entity(p, "ACME Test Co.", equity_pct=50),
            "the reporting organisation is held at 100 %",
        ),
        (
            lambda p: entities.delete_entity(p, "ACME Test Co."),
            "the reporting organisation cannot be removed",
        ),
    ],
)
def test_bad_input_gets_a_clear_message_and_leaves_the_file_byte_identical(tmp_project, call, message):
    before = _bytes(tmp_project)
    if message is None:  # a second reporting organisation once one exists as a row
        entities.add_entity(tmp_project, "Sub", "subsidiary")
        before = _bytes(tmp_project)
        message = "the project already has a reporting organisation"
    with pytest.raises(ProjectError) as exc:
        call(tmp_project)
    assert message in str(exc.value)
    assert _bytes(tmp_project) == before


def test_an_entity_with_sites_cannot_be_removed_until_they_move(tmp_project):
    p = tmp_project
    boundary.add_site(p, code="S", name="S")
    entities.add_entity(p, "Sub", "subsidiary")
    entities.assign_site(p, "S", "Sub")
    with pytest.raises(ProjectError, match="sites S belong to it"):
        entities.delete_entity(p, "Sub")
    entities.assign_site(p, "S", "ACME Test Co.")
    entities.delete_entity(p, "Sub")
    assert [r["name"] for r in entities.list_entities(p)] == ["ACME Test Co."]


def test_read_only_file_refuses_entity_edits_untouched(tmp_project):
    path = tmp_project.path
    tmp_project.close()
    before = open(path, "rb").read()
    with open_project(path, mode="read") as ro:
        with pytest.raises(ProjectError, match="read-only"):
            entities.add_entity(ro, "Sub", "subsidiary")
    assert open(path, "rb").read() == before


def _schema11_file(path):
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA application_id = 1129207601")
    for m in schema.migrations():
        if m.version <= 11:
            conn.execute("BEGIN")
            m.up(conn)
            conn.execute(f"PRAGMA user_version = {m.version}")
            conn.execute("COMMIT")
    conn.execute("INSERT INTO meta VALUES ('file_id', 'old-file')")
    conn.execute("INSERT INTO organisation (name, name_local) VALUES ('Old Co', '올드')")
    conn.execute("INSERT INTO sites (code, name) VALUES ('A', 'Plant A'), ('B', 'Plant B')")
    conn.close()


def test_an_older_file_migrates_with_one_entity_at_100_pct_owning_every_site(tmp_path):
    path = tmp_path / "old.cnw"
    _schema11_file(path)
    with open_project(path) as p:
        rows = p.rows("SELECT * FROM entities")
        assert len(rows) == 1
        e = rows[0]
        assert (e["name"], e["name_local"], e["kind"], e["equity_pct"]) == (
            "Old Co",
            "올드",
            "reporting organisation",
            100.0,
        )
        assert (e["financial_control"], e["operational_control"]) == ("yes", "yes")
        assert [r["entity_id"] for r in p.rows("SELECT entity_id FROM sites ORDER BY id")] == [
            e["id"],
            e["id"],
        ]
        assert entities.list_entities(p)[0]["sites"] == ["A", "B"]
        assert entities.plan(p).trivial


def test_evidence_files_of_an_entity_and_removal_undone_with_the_same_id_and_links(tmp_project, tmp_path):
    p = tmp_project
    doc = tmp_path / "register.pdf"
    doc.write_bytes(b"%PDF-1.4 shareholder register 2025")
    jv = entities.add_entity(p, "Hanbit JV", "joint venture", equity_pct=40)
    att, eid = entities.attach_evidence(p, "Hanbit JV", str(doc))
    assert eid == jv and [e["filename"] for e in entities.evidence(p, jv)] == ["register.pdf"]
    # the implicit reporting organisation gets its row, then the file
    rep_att, rep_id = entities.attach_evidence(p, "ACME Test Co.", b"articles", filename="articles.txt")
    assert rep_id == entities.reporting_entity(p)["id"] is not None and rep_att != att
    before = _bytes(p)
    with pytest.raises(ProjectError, match="no such file to attach"):
        entities.attach_evidence(p, "Hanbit JV", str(tmp_path / "missing.pdf"))
    with pytest.raises(ProjectError, match="unknown entity 'Nobody'"):
        entities.attach_evidence(p, "Nobody", str(doc))
    assert _bytes(p) == before
    removed = entities.delete_entity(p, "Hanbit JV")
    assert removed["attachments"] == [att] and removed["row"]["equity_pct"] == 40.0
    assert (
        p.one("SELECT count(*) n FROM evidence_links WHERE tbl = 'entities' AND row_id = ?", (jv,))["n"] == 0
    )
    assert p.one("SELECT count(*) n FROM attachments WHERE id = ?", (att,))["n"] == 1  # the file stays
    assert entities.restore_entity(p, removed) == jv
    assert entities.get_entity(p, jv)["name"] == "Hanbit JV"
    assert [e["id"] for e in entities.evidence(p, "Hanbit JV")] == [att]
    before = _bytes(p)
    with pytest.raises(ProjectError, match="cannot be restored, an entity with its id or name exists"):
        entities.restore_entity(p, removed)
    assert _bytes(p) == before
