"""Crash safety, the single-writer lock and the audit chain, with real processes (issue 2)."""

from __future__ import annotations

import signal
import sqlite3
import subprocess
import sys
import textwrap
import time

import pytest

from workbench import new_project, open_project
from workbench.cli import main as cnw
from workbench.project.errors import ReadOnlyError
from workbench.services import boundary, inventory

WRITER = textwrap.dedent("""
    import sys, time, workbench
    p = workbench.open_project(sys.argv[1])
    with p.action("slow bulk write") as tx:
        for i in range(100000):
            tx.insert("sites", {"code": f"K{i}", "name": "killed"})
            if i == 2000:
                print("mid-transaction", flush=True)
                time.sleep(60)
""")


def test_sigkill_mid_transaction_leaves_old_state(tmp_path):
    path = tmp_path / "crash.cnw"
    p = new_project(path, "ACME")
    boundary.add_site(p, "KEEP", "committed before the crash")
    h = p.snapshot_hash()
    p.close()
    proc = subprocess.Popen([sys.executable, "-c", WRITER, str(path)], stdout=subprocess.PIPE, text=True)
    assert proc.stdout.readline().strip() == "mid-transaction"
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    assert (tmp_path / "crash.cnw-journal").exists()  # a hot journal: the crash really was mid-write
    with open_project(path) as q:  # the stale lock of the dead process is taken over
        assert not q.read_only
        assert q.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert [r["code"] for r in q.rows("SELECT code FROM sites")] == ["KEEP"]
        assert q.snapshot_hash() == h
        assert q.audit_verify().ok
        assert q.one("SELECT op FROM audit_log ORDER BY id DESC LIMIT 1")["op"] == "lock"


HOLDER = textwrap.dedent("""
    import sys, workbench
    p = workbench.open_project(sys.argv[1], user="kim")
    print("holding", flush=True)
    sys.stdin.readline()
    p.close()
""")


def test_second_opener_is_read_only_and_told_who_holds_the_file(tmp_path):
    path = tmp_path / "shared.cnw"
    new_project(path, "ACME").close()
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(path)], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
    )
    try:
        assert holder.stdout.readline().strip() == "holding"
        with open_project(path, user="lee") as p:
            assert p.read_only
            assert p.lock_holder.user == "kim" and p.lock_holder.pid == holder.pid
            assert p.read_only_reason.startswith(
                f"locked by kim on {p.lock_holder.host} (pid {holder.pid}, edit mode)"
            )
            with pytest.raises(ReadOnlyError, match="the project is open read-only \\(locked by kim on"):
                boundary.add_site(p, "X", "x")
        # breaking the lock on purpose works and is audited
        with open_project(path, user="lee", break_lock=True) as p:
            assert not p.read_only
            last = p.one("SELECT user, op, old FROM audit_log ORDER BY id DESC LIMIT 1")
            assert last["user"] == "lee" and last["op"] == "lock" and '"user":"kim"' in last["old"]
    finally:
        holder.stdin.write("\n")
        holder.stdin.flush()
        holder.wait(timeout=10)


def test_lock_is_released_on_close(tmp_path):
    path = tmp_path / "a.cnw"
    new_project(path, "ACME").close()
    with open_project(path) as p:
        assert not p.read_only
        with open_project(path) as q:  # same process, second opener: still read-only
            assert q.read_only
    with open_project(path) as p:
        assert not p.read_only


def test_audit_chain_detects_edit_and_delete(tmp_path, capsys):
    path = tmp_path / "audit.cnw"
    p = new_project(path, "ACME")
    for i in range(5):
        boundary.add_site(p, f"S{i}", f"Site {i}")
    p.close()
    assert cnw(["log", "verify", str(path)]) == 0
    assert "audit chain intact" in capsys.readouterr().out

    conn = sqlite3.connect(path)
    target = conn.execute("SELECT id FROM audit_log WHERE new LIKE '%Site 2%'").fetchone()[0]
    conn.execute("UPDATE audit_log SET new = replace(new, 'Site 2', 'Site 9') WHERE id = ?", (target,))
    conn.commit()
    assert cnw(["log", "verify", str(path)]) == 1
    assert f"audit row {target}: content does not match its hash (edited)" in capsys.readouterr().out

    path2 = tmp_path / "audit2.cnw"
    p = new_project(path2, "ACME")
    for i in range(5):
        boundary.add_site(p, f"S{i}", f"Site {i}")
    p.close()
    conn = sqlite3.connect(path2)
    conn.execute("DELETE FROM audit_log WHERE id = 12")
    conn.commit()
    assert cnw(["log", "verify", str(path2)]) == 1
    assert "audit row 12 missing: deleted from the log" in capsys.readouterr().out
    n = conn.execute("SELECT max(id) FROM audit_log").fetchone()[0]
    conn.execute("DELETE FROM audit_log WHERE id >= 12")
    conn.commit()
    assert cnw(["log", "verify", str(path2)]) == 1
    assert f"audit rows 12-{n} missing: deleted from the end of the log" in capsys.readouterr().out


def test_every_change_is_logged_with_old_and_new(tmp_project):
    sid = boundary.add_site(tmp_project, "A", "Alpha")
    with tmp_project.action("rename") as tx:
        tx.update("sites", sid, {"name": "Alpha 2"})
    row = tmp_project.one("SELECT * FROM audit_log ORDER BY id DESC LIMIT 1")
    assert (row["op"], row["tbl"], row["row_id"], row["action"]) == ("update", "sites", sid, "rename")
    assert row["old"] == '{"name":"Alpha"}' and row["new"] == '{"name":"Alpha 2"}'
    assert row["user"] == tmp_project.user and row["ts"].endswith("Z")


def test_stale_lock_from_a_dead_process_on_another_host_needs_break_lock(tmp_path):
    path = tmp_path / "a.cnw"
    new_project(path, "ACME").close()
    conn = sqlite3.connect(path)
    conn.execute(
        "INSERT INTO local_lock VALUES (1, 'park', 'laptop-7', 999999, 't', '2026-01-01T00:00:00Z', 'edit')"
    )
    conn.commit()
    conn.close()
    with open_project(path) as p:
        assert p.read_only and "locked by park on laptop-7" in p.read_only_reason
    with open_project(path, break_lock=True) as p:
        assert not p.read_only
        inventory.count_activities(p)


def test_verifier_mode_refuses_client_tables(tmp_project):
    path = tmp_project.path
    tmp_project.close()
    with open_project(path, mode="verifier") as p:
        with pytest.raises(ReadOnlyError, match="verifier mode: the client's data is read-only; 'sites'"):
            boundary.add_site(p, "X", "x")


def test_cli_help_is_instant_and_light():
    code = (
        "import sys, time; t=time.perf_counter(); from workbench.cli import build_parser; build_parser(); "
        "heavy=[m for m in ('PySide6','bw2data','bw2calc','reportlab','matplotlib','scipy','pint') if m in sys.modules];"
        "print(heavy, round(time.perf_counter()-t, 3))"
    )
    t = time.perf_counter()
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.startswith("[]"), out
    assert time.perf_counter() - t < 5


def test_as_role_switches_permissions_and_audit_user_then_restores(tmp_project):
    with tmp_project.as_role("verifier", "Verifier V"):
        with pytest.raises(ReadOnlyError, match="verifier mode"):
            boundary.add_site(tmp_project, "X", "x")
    assert tmp_project.mode == "edit"
    with tmp_project.as_role("edit", "Client C"):
        boundary.add_site(tmp_project, "Y", "y")
    assert tmp_project.one("SELECT user FROM audit_log ORDER BY id DESC LIMIT 1")["user"] == "Client C"
    assert tmp_project.user != "Client C"
