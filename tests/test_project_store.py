"""The .cnw file: round trip, snapshot stability, migrations, bad files (issue 2)."""

from __future__ import annotations

import os
import sqlite3
import stat
import subprocess
import sys

import pytest

from workbench import new_project, open_project
from workbench.project import schema
from workbench.project.errors import (
    NewerSchemaError,
    NotAProjectError,
    ProjectError,
    ReadOnlyError,
)
from workbench.services import boundary, inventory


def _fill(p):
    boundary.add_site(p, "SEL", "Seoul HQ", name_local="서울 본사", floor_area_m2=1234.5)
    boundary.add_source(p, "ELEC", "Grid electricity", 2, site="SEL", unit="MWh")
    boundary.add_source(p, "GAS", "Natural gas", 1, site="SEL", unit="Nm3")
    inventory.add_activity(p, "ELEC", 400, "MWh", "2025-03-01", "2025-03-31", unc_dist="normal", unc_pct=2.5)
    inventory.add_activity(p, "GAS", 0.1 + 0.2, "m3", "2025-04-01")
    p.attach(b"meter photo", filename="meter.jpg", link=("activities", 1))


def _dump(path):
    conn = sqlite3.connect(path)
    out = {}
    for (t,) in conn.execute(
        "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%'"
    ):
        out[t] = conn.execute(f'SELECT * FROM "{t}" ORDER BY rowid').fetchall()
    conn.close()
    return out


def test_round_trip_keeps_everything_and_the_snapshot_hash(tmp_path):
    path = tmp_path / "rt.cnw"
    p = new_project(path, "ACME", period_start="2025-01-01", period_end="2025-12-31")
    _fill(p)
    h1 = p.snapshot_hash()
    doc1 = p.snapshot_document()
    p.close()
    before = _dump(path)
    with open_project(path) as q:
        assert q.snapshot_hash() == h1
        assert q.snapshot_document() == doc1
        assert q.one("SELECT name_local FROM sites")["name_local"] == "서울 본사"
        assert q.one("SELECT quantity FROM activities WHERE id = 2")["quantity"] == 0.1 + 0.2
    after = _dump(path)
    before.pop("local_lock"), after.pop("local_lock")
    assert before == after
    # the lock is not part of the snapshot, the BLOB enters as its hash
    assert "local_lock" not in doc1["tables"] and "audit_log" not in doc1["tables"]
    att = doc1["tables"]["attachments"]
    content_col = att["columns"].index("content")
    assert att["rows"][0][content_col] == {"sha256": att["rows"][0][att["columns"].index("sha256")]}


def test_snapshot_hash_is_the_same_in_another_process_and_locale(tmp_path):
    path = tmp_path / "x.cnw"
    p = new_project(path, "ACME")
    _fill(p)
    h = p.snapshot_hash()
    p.close()
    code = "import sys, workbench; p = workbench.open_project(sys.argv[1], mode='read'); print(p.snapshot_hash())"
    env = {**os.environ, "PYTHONHASHSEED": "12345", "LC_ALL": "C", "LANG": "ko_KR.UTF-8"}
    out = subprocess.run(
        [sys.executable, "-c", code, str(path)], capture_output=True, text=True, env=env, check=True
    )
    assert out.stdout.strip() == h


def test_snapshot_changes_when_claim_data_changes_and_not_for_the_lock(tmp_project):
    h0 = tmp_project.snapshot_hash()
    boundary.add_site(tmp_project, "A", "Site A")
    h1 = tmp_project.snapshot_hash()
    assert h1 != h0
    tmp_project.conn.execute("UPDATE local_lock SET since = 'x'")
    assert tmp_project.snapshot_hash() == h1


def test_action_rolls_back_everything_on_error(tmp_project):
    h0 = tmp_project.snapshot_hash()
    n0 = tmp_project.conn.execute("SELECT count(*) FROM audit_log").fetchone()[0]
    with pytest.raises(RuntimeError):
        with tmp_project.action("half-done") as tx:
            tx.insert("sites", {"code": "Z", "name": "Z"})
            raise RuntimeError("boom")
    assert tmp_project.snapshot_hash() == h0
    assert tmp_project.conn.execute("SELECT count(*) FROM audit_log").fetchone()[0] == n0


def test_validation_messages_name_the_field(tmp_project):
    with pytest.raises(ProjectError, match="scope 3 source needs a scope 3 category"):
        boundary.add_source(tmp_project, "X", "x", 3)
    with pytest.raises(ProjectError, match="excluded source needs a justification"):
        boundary.add_source(tmp_project, "X", "x", 1, included=False)
    with pytest.raises(ProjectError, match="unknown unit 'kwhh'"):
        boundary.add_source(tmp_project, "X", "x", 2, unit="kwhh")
    with pytest.raises(ProjectError, match="period end 2024-01-01 is before its start"):
        new_project(tmp_project.path + "2", "A", period_start="2025-01-01", period_end="2024-01-01")
    assert boundary.default_iso_category(3, 6) == 3 and boundary.default_iso_category(2, None) == 2


# -- migrations ---------------------------------------------------------------------------------
def _old_file(path, version=1):
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA application_id = 1129207601")
    for m in schema.migrations():
        if m.version <= version:
            conn.execute("BEGIN")
            m.up(conn)
            conn.execute(f"PRAGMA user_version = {m.version}")
            conn.execute("COMMIT")
    conn.execute("INSERT INTO meta VALUES ('file_id', 'old-file')")
    conn.execute("INSERT INTO organisation (name) VALUES ('Old Co')")
    conn.close()


@pytest.mark.skipif(len(schema.migrations()) < 2, reason="needs a second migration")
def test_older_file_is_migrated_after_a_backup(tmp_path):
    path = tmp_path / "old.cnw"
    _old_file(path)
    original = path.read_bytes()
    with open_project(path) as p:
        assert p.schema_version == schema.latest_version()
        assert p.one("SELECT name FROM organisation")["name"] == "Old Co"
    backups = list(tmp_path.glob("old.schema1-backup*.cnw"))
    assert len(backups) == 1 and backups[0].read_bytes() == original


@pytest.mark.skipif(len(schema.migrations()) < 2, reason="needs a second migration")
def test_older_read_only_file_is_upgraded_in_memory_only(tmp_path):
    path = tmp_path / "old.cnw"
    _old_file(path)
    original = path.read_bytes()
    with open_project(path, mode="read") as p:
        assert p.schema_version == schema.latest_version()
    assert path.read_bytes() == original
    assert not list(tmp_path.glob("*backup*"))


# -- bad files: exact message, file byte-identical ---------------------------------------------------
def test_text_file_renamed_cnw(tmp_path):
    path = tmp_path / "notes.cnw"
    path.write_text("these are my notes\n")
    before = path.read_bytes()
    with pytest.raises(NotAProjectError) as e:
        open_project(path)
    assert str(e.value) == (
        f"{path}: not a workbench project: the file is not an SQLite database "
        "(it starts with b'these are my not')"
    )
    assert path.read_bytes() == before


def test_truncated_file(tmp_path):
    src = tmp_path / "ok.cnw"
    p = new_project(src, "ACME")
    _fill(p)
    p.close()
    data = src.read_bytes()
    path = tmp_path / "cut.cnw"
    path.write_bytes(data[: len(data) // 2])
    before = path.read_bytes()
    with pytest.raises(
        NotAProjectError, match=r"the file is truncated: [\d,]+ bytes on disk, the database says"
    ):
        open_project(path)
    assert path.read_bytes() == before


def test_newer_schema_is_refused_untouched(tmp_path):
    path = tmp_path / "new.cnw"
    new_project(path, "ACME").close()
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA user_version = 999")
    conn.close()
    before = path.read_bytes()
    with pytest.raises(NewerSchemaError) as e:
        open_project(path)
    assert str(e.value) == (
        f"{path}: written by a newer version of the workbench (file schema 999, this version "
        f"reads up to {schema.latest_version()}). Update the workbench to open it; the file "
        "was not changed."
    )
    assert path.read_bytes() == before


def test_foreign_sqlite_database(tmp_path):
    path = tmp_path / "other.cnw"
    sqlite3.connect(path).execute("CREATE TABLE t (x)").connection.close()
    before = path.read_bytes()
    with pytest.raises(NotAProjectError, match="an SQLite database, but not a workbench project"):
        open_project(path)
    assert path.read_bytes() == before


def test_read_only_file_opens_read_only_and_refuses_writes(tmp_path, monkeypatch):
    path = tmp_path / "ro.cnw"
    new_project(path, "ACME").close()
    os.chmod(path, stat.S_IRUSR | stat.S_IRGRP)
    before = path.read_bytes()
    # root can write anyway; the workbench asks the OS (os.access) the way a normal user would be told
    if os.geteuid() == 0:
        real_access = os.access
        monkeypatch.setattr(
            os,
            "access",
            lambda p, m, **k: False if (str(p) == str(path) and m == os.W_OK) else real_access(p, m, **k),
        )
    with open_project(path) as p:
        assert p.read_only and p.read_only_reason == "the file is read-only on disk"
        with pytest.raises(ReadOnlyError) as e:
            boundary.add_site(p, "X", "x")
        assert str(e.value) == (
            f"{path}: the project is open read-only (the file is read-only on disk); nothing was changed"
        )
    assert path.read_bytes() == before


def test_missing_file(tmp_path):
    path = tmp_path / "nope.cnw"
    with pytest.raises(ProjectError) as e:
        open_project(path)
    assert str(e.value) == f"{path}: no such file"
    assert not path.exists()


def test_new_project_refuses_to_overwrite(tmp_path):
    path = tmp_path / "a.cnw"
    new_project(path, "A").close()
    before = path.read_bytes()
    with pytest.raises(ProjectError, match="a file with this name already exists"):
        new_project(path, "B")
    assert path.read_bytes() == before


def test_data_version_moves_with_every_action_in_the_same_transaction(tmp_project):
    p = tmp_project
    v0 = p.data_version()
    sites_v0 = p.data_version(["sites"])
    with p.action("Add site") as tx:
        tx.insert("sites", {"code": "X1", "name": "X one"})
    v1 = p.data_version()
    assert v1 == v0 + 1 and p.data_version(["sites"]) == v1 > sites_v0
    untouched = p.data_version(["offset_lots"])
    with p.action("Change a setting") as tx:
        tx.set_setting("gwp_set", "AR5")
    assert p.data_version() == v1 + 1
    assert p.data_version(["sites"]) == v1  # a table's version moves only when it is written
    assert p.data_version(["offset_lots"]) == untouched
    with pytest.raises(RuntimeError), p.action("Fails") as tx:
        tx.insert("sites", {"code": "X2", "name": "X two"})
        raise RuntimeError("boom")
    assert p.data_version() == v1 + 1  # rolled back with the change
    assert p.data_version([]) == 0


def test_snapshot_hash_is_reused_until_the_data_can_have_changed(tmp_project, tmp_path):
    import sqlite3

    p = tmp_project
    h0 = p.snapshot_hash()
    reads = []
    p.conn.set_trace_callback(lambda sql: reads.append(sql) if "FROM" in sql and "sites" in sql else None)
    assert p.snapshot_hash() == h0 and reads == []  # nothing re-read
    p.conn.set_trace_callback(None)
    boundary.add_site(p, "X1", "through an action")
    h1 = p.snapshot_hash()
    assert h1 != h0
    p.conn.execute("UPDATE sites SET name = 'raw edit, same connection' WHERE code = 'X1'")
    h2 = p.snapshot_hash()
    assert h2 != h1
    other = sqlite3.connect(p.path, isolation_level=None)  # another program edits the file
    other.execute("UPDATE sites SET name = 'edited elsewhere' WHERE code = 'X1'")
    other.close()
    assert p.snapshot_hash() not in (h1, h2)
