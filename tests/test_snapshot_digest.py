"""The snapshot digest stored in the file: used by a new session only when nothing changed since,
and only when this machine computed it (issue 12, cold document loads on a million-row file).

Each test edits a real file from outside the app the way a person would (a second ``sqlite3``
connection, as the ``sqlite3`` shell does) and checks that the stored digest is never trusted
for data it was not computed from.
"""

from __future__ import annotations

import sqlite3

import pytest

from workbench import open_project
from workbench.project import snapshot, snapshot_digest


@pytest.fixture
def project_with_rows(demo_project):
    """The demo data, closed after its digest was computed and stored in an editing session."""
    path = demo_project.path
    digest = demo_project.snapshot_hash()
    demo_project.close()
    return path, digest


def _stored(path) -> str | None:
    conn = sqlite3.connect(path)
    try:
        return snapshot_digest.load(conn, snapshot_digest.machine_key())
    finally:
        conn.close()


def _full(path) -> str:
    conn = sqlite3.connect(path)
    try:
        return snapshot.snapshot_hash(conn)
    finally:
        conn.close()


def test_new_session_trusts_the_stored_digest_of_an_unchanged_file(project_with_rows):
    path, digest = project_with_rows
    assert _stored(path) == digest == _full(path)
    p = open_project(path, mode="read")
    try:
        assert p.snapshot_hash() == digest
    finally:
        p.close()


def test_every_claim_table_has_its_triggers(project_with_rows):
    path, _ = project_with_rows
    conn = sqlite3.connect(path)
    try:
        tables = snapshot.included_tables(conn)
        names = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'")}
    finally:
        conn.close()
    assert "activities" in tables and "sources" in tables
    missing = [
        (t, op)
        for t in tables
        for op in snapshot_digest.OPS
        if snapshot_digest._trigger_name(t, op) not in names
    ]
    assert missing == []


@pytest.mark.parametrize(
    "edit",
    [
        "UPDATE activities SET quantity = quantity * 2 WHERE id = (SELECT min(id) FROM activities)",
        "DELETE FROM activities WHERE id = (SELECT max(id) FROM activities)",
        "INSERT INTO activities (source_id, site_id, period_id, date_start, date_end, quantity, unit)"
        " SELECT source_id, site_id, period_id, date_start, date_end, 1, unit FROM activities LIMIT 3",
        "UPDATE settings SET value = 'AR5' WHERE key = 'gwp_set'",
    ],
    ids=["update", "delete", "insert-select", "other-table"],
)
def test_an_edit_outside_the_app_voids_the_digest(project_with_rows, edit):
    path, digest = project_with_rows
    conn = sqlite3.connect(path)
    conn.execute(edit)
    conn.commit()
    conn.close()
    assert _stored(path) is None
    p = open_project(path, mode="read")
    try:
        now = p.snapshot_hash()
    finally:
        p.close()
    assert now == _full(path) != digest


def test_dropping_the_triggers_first_does_not_hide_an_edit(project_with_rows):
    path, digest = project_with_rows
    conn = sqlite3.connect(path)
    for op in snapshot_digest.OPS:
        conn.execute(f'DROP TRIGGER "{snapshot_digest._trigger_name("activities", op)}"')
    conn.execute("UPDATE activities SET quantity = 0 WHERE id = (SELECT min(id) FROM activities)")
    conn.commit()
    conn.close()
    assert _stored(path) is None
    p = open_project(path, mode="read")
    try:
        assert p.snapshot_hash() == _full(path) != digest
    finally:
        p.close()


def test_a_digest_from_another_machine_or_edited_by_hand_is_not_trusted(
    project_with_rows, tmp_path, monkeypatch
):
    path, digest = project_with_rows
    # another machine: its own data folder, so its own key
    monkeypatch.setenv("CNW_CONFIG_DIR", str(tmp_path / "auditor-laptop"))
    assert _stored(path) is None
    p = open_project(path)  # the auditor hashes once, then the digest is theirs too
    try:
        assert p.snapshot_hash() == digest
    finally:
        p.close()
    assert _stored(path) == digest
    # a row whose digest was changed by hand (to pass off edited data as the signed snapshot)
    conn = sqlite3.connect(path)
    conn.execute(f"UPDATE {snapshot_digest.TABLE} SET digest = ?", ("0" * 64,))
    conn.commit()
    conn.close()
    assert _stored(path) is None


def test_read_only_session_leaves_the_file_byte_identical(demo_project, file_bytes):
    path = demo_project.path
    demo_project.close()
    before = file_bytes(path)
    p = open_project(path, mode="read")
    try:
        digest = p.snapshot_hash()
    finally:
        p.close()
    assert file_bytes(path) == before
    assert digest == _full(path)
    assert _stored(path) is None  # nothing stored: the file was opened read-only


def test_a_table_added_later_is_covered_when_the_file_is_next_opened(project_with_rows):
    path, digest = project_with_rows
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE extra_notes (id INTEGER PRIMARY KEY, text TEXT)")
    conn.commit()
    conn.close()
    assert _stored(path) is None  # the schema moved
    p = open_project(path)
    try:
        new = p.snapshot_hash()
        assert new != digest  # the new table is part of the snapshot
    finally:
        p.close()
    assert _stored(path) == new
    conn = sqlite3.connect(path)
    conn.execute("INSERT INTO extra_notes (text) VALUES ('added outside the app')")
    conn.commit()
    conn.close()
    assert _stored(path) is None


def test_unwritable_data_folder_means_no_digest_and_no_error(demo_project, tmp_path, monkeypatch):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the data folder should be")
    monkeypatch.setenv("CNW_CONFIG_DIR", str(blocker))
    path = demo_project.path
    demo_project.close()
    p = open_project(path)
    try:
        assert p.snapshot_hash() == _full(path)
    finally:
        p.close()
    assert snapshot_digest.machine_key() is None


def test_a_byte_edit_behind_sqlites_back_is_caught_by_the_full_checks(project_with_rows):
    """A hex edit of a ledger value keeps the digest row (no trigger fires): the fast path cannot
    see it, so the signature and certificate checks hash in full."""
    path, digest = project_with_rows
    conn = sqlite3.connect(path)
    ref = conn.execute(
        "SELECT reference FROM activities WHERE reference IS NOT NULL AND reference != '' LIMIT 1"
    ).fetchone()[0]
    conn.close()
    data = bytearray(open(path, "rb").read())
    at = data.find(ref.encode())
    assert at > 0
    data[at] = ord("Z") if data[at] != ord("Z") else ord("Y")
    open(path, "wb").write(bytes(data))
    p = open_project(path, mode="read")
    try:
        assert p.snapshot_hash() == digest  # the stored digest: blind to the byte edit
        assert p.snapshot_hash(full=True) == _full(path) != digest
    finally:
        p.close()


def test_digest_stored_inside_an_action_is_dropped_by_a_later_write_in_it(project_with_rows):
    path, _ = project_with_rows
    p = open_project(path)
    try:
        with p.action("Hash, then edit") as tx:
            inside = p.snapshot_hash(full=True)
            assert _stored_via(p) == inside
            row = p.one("SELECT id, quantity FROM activities ORDER BY id LIMIT 1")
            tx.update("activities", row["id"], {"quantity": row["quantity"] + 1})
            assert _stored_via(p) is None
        after = p.snapshot_hash()
    finally:
        p.close()
    assert after == _full(path) != inside
    assert _stored(path) == after


def _stored_via(project) -> str | None:
    return snapshot_digest.load(project.conn, snapshot_digest.machine_key())
