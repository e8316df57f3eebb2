"""The project file under faults (issue 15): a crash's hot journal, a second user during a long
write, a full disk, a read-only file, a busy file, hostile evidence links and file names.

Real processes, real SQLite files. The storage faults use SQLite's own limits rather than a fake:
``PRAGMA max_page_count`` makes SQLite answer SQLITE_FULL exactly as a full disk does, and
``PRAGMA query_only`` makes it answer SQLITE_READONLY as read-only media do.
"""

from __future__ import annotations

import os
import signal
import sqlite3
import struct
import subprocess
import sys
import textwrap
import time

import pytest

from workbench import new_project, open_project
from workbench.cli import main as cnw
from workbench.project import fileformat
from workbench.project.errors import NotAProjectError, ProjectError
from workbench.project.storage_errors import BusyError, StorageError
from workbench.services import boundary, inventory


def _demo_file(tmp_path, name="p.cnw"):
    p = new_project(tmp_path / name, "ACME")
    boundary.add_site(p, "S1", "Seoul")
    boundary.add_source(p, "ELEC", "Electricity", 2, site="S1", unit="kWh")
    return p


# -- 1. a crash's hot journal is rolled back by SQLite before the header is judged ----------------

RAW_WRITER = textwrap.dedent("""
    import sqlite3, sys, time
    conn = sqlite3.connect(sys.argv[1], isolation_level=None)
    conn.execute("PRAGMA cache_size = 20")   # small cache: SQLite spills pages mid-transaction
    conn.execute("BEGIN IMMEDIATE")
    for i in range(20000):
        conn.execute("INSERT INTO sites (code, name) VALUES (?, ?)", (f"K{i}", "x" * 400))
    print("spilled", flush=True)
    time.sleep(60)
""")


def test_crash_leftover_whose_header_looks_truncated_is_recovered_not_refused(tmp_path):
    """The state two kills during signing left: page 1 already written with the new page count,
    the file not yet that long, the old page 1 in the hot journal. SQLite's rollback restores it."""
    p = _demo_file(tmp_path)
    path = p.path
    h = p.snapshot_hash()
    p.close()
    proc = subprocess.Popen([sys.executable, "-c", RAW_WRITER, path], stdout=subprocess.PIPE, text=True)
    assert proc.stdout.readline().strip() == "spilled"
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    journal = path + "-journal"
    assert os.path.getsize(journal) > 0
    pages = os.path.getsize(path) // 4096
    with open(path, "r+b") as fh:  # page 1 as a commit would have written it: more pages than on disk
        header = bytearray(fh.read(100))
        assert struct.unpack(">H", header[16:18])[0] == 4096
        header[28:32] = struct.pack(">I", pages + 500)
        header[92:96] = header[24:28]  # "valid for" = change counter: the count is believed
        fh.seek(0)
        fh.write(header)
    with pytest.raises(NotAProjectError, match="the file is truncated"):  # what the bytes alone say
        fileformat.check_structure(path)
    with open_project(path) as q:
        assert not q.read_only
        assert q.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert q.snapshot_hash() == h
        assert q.audit_verify().ok
    assert not os.path.exists(journal) or os.path.getsize(journal) == 0


def test_a_file_sqlite_cannot_recover_is_refused_with_the_backup_advice(tmp_path):
    p = _demo_file(tmp_path)
    path = p.path
    p.close()
    data = open(path, "rb").read()
    cut = tmp_path / "cut.cnw"
    cut.write_bytes(data[: len(data) // 2])
    before = cut.read_bytes()
    with pytest.raises(ProjectError, match="truncated.*Restore it from a backup"):
        open_project(cut)
    assert cut.read_bytes() == before


# -- 2. a second opener during a long write --------------------------------------------------------

LONG_IMPORT = textwrap.dedent("""
    import sys, time, workbench
    p = workbench.open_project(sys.argv[1], user="kim")
    src = p.one("SELECT id FROM sources WHERE code = 'ELEC'")["id"]
    site = p.one("SELECT id FROM sites WHERE code = 'S1'")["id"]
    period = p.current_period()["id"]
    rows = ((src, site, period, "2025-01-01", "2025-01-31", 1.0 + i % 7, "kWh") for i in range(300000))
    with p.action("long import") as tx:
        cols = ["source_id", "site_id", "period_id", "date_start", "date_end", "quantity", "unit"]
        tx.insert_many("activities", cols, rows)
        print("mid-import", flush=True)
        time.sleep(60)
""")


@pytest.fixture
def long_writer(tmp_path):
    p = _demo_file(tmp_path)
    path = p.path
    p.close()
    proc = subprocess.Popen([sys.executable, "-c", LONG_IMPORT, path], stdout=subprocess.PIPE, text=True)
    try:
        assert proc.stdout.readline().strip() == "mid-import"
        yield path
    finally:
        proc.kill()
        proc.wait()


def test_second_writer_during_a_long_import_gets_read_only_naming_the_holder(long_writer):
    start = time.monotonic()
    with open_project(long_writer, user="lee") as q:
        elapsed = time.monotonic() - start
        assert q.read_only
        assert q.read_only_reason.startswith("locked by kim on ")
        assert q.lock_holder.user == "kim"
        assert q.one("SELECT count(*) n FROM activities")["n"] == 0  # the committed state
    assert elapsed < 5  # not the 10 s SQLite busy timeout (the figure itself is in the report)


def test_reader_during_a_long_import_opens_and_cnw_info_works(long_writer, capsys):
    with open_project(long_writer, mode="read") as q:
        assert q.lock_holder.user == "kim"
    assert cnw(["info", long_writer]) == 0
    out = capsys.readouterr()
    assert "kim" in out.out and "Traceback" not in out.err


def test_reader_while_another_program_commits_waits_then_says_busy(tmp_path):
    p = _demo_file(tmp_path)
    path = p.path
    p.close()
    other = sqlite3.connect(path, isolation_level=None)
    other.execute("BEGIN EXCLUSIVE")  # what a committing writer holds
    seen = []
    try:
        with pytest.raises(BusyError, match="busy: another program is saving a large change"):
            open_project(path, mode="read", busy_wait=0.3, progress=lambda f, m: seen.append(m))
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert seen and "waiting" in seen[0]
    with open_project(path) as q:  # and once it is done, the file opens normally
        assert not q.read_only


# -- 3. storage errors a user can cause, mapped; nothing changed ---------------------------------


def _csv(tmp_path, n):
    f = tmp_path / "big.csv"
    lines = ["source,site,date,quantity,unit"] + [f"ELEC,S1,2025-01,{i + 1},kWh" for i in range(n)]
    f.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return f


def test_disk_full_during_an_import_says_so_and_changes_nothing(tmp_path):
    p = _demo_file(tmp_path)
    count = p.conn.execute("PRAGMA page_count").fetchone()[0]
    p.conn.execute(f"PRAGMA max_page_count = {count + 2}")  # SQLite's SQLITE_FULL, as on a full disk
    before = open(p.path, "rb").read()
    with pytest.raises(StorageError) as info:
        inventory.import_activities(p, _csv(tmp_path, 20000))
    assert info.value.kind == "disk_full"
    assert "the disk is full" in str(info.value) and "nothing was changed" in str(info.value)
    assert "rollback" not in str(info.value)
    assert open(p.path, "rb").read() == before
    assert p.one("SELECT count(*) n FROM activities")["n"] == 0
    with pytest.raises(StorageError, match="the disk is full"):
        p.attach(os.urandom(200_000), filename="meter.jpg")
    assert open(p.path, "rb").read() == before
    p.conn.execute("PRAGMA max_page_count = 1073741823")
    boundary.add_site(p, "S2", "Busan")  # the project is still usable afterwards
    assert p.audit_verify().ok
    p.close()


def test_read_only_media_and_a_busy_file_are_named(tmp_path):
    p = _demo_file(tmp_path)
    p.conn.execute("PRAGMA query_only = ON")  # SQLite answers SQLITE_READONLY, as read-only media do
    with pytest.raises(StorageError) as info:
        boundary.add_site(p, "S2", "Busan")
    assert info.value.kind == "read_only" and "cannot be written" in str(info.value)
    p.conn.execute("PRAGMA query_only = OFF")
    other = sqlite3.connect(p.path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    p.conn.execute("PRAGMA busy_timeout = 100")
    try:
        with pytest.raises(BusyError, match="another program is writing this file"):
            boundary.add_site(p, "S3", "Daegu")
    finally:
        other.execute("ROLLBACK")
        other.close()
    boundary.add_site(p, "S3", "Daegu")
    assert p.one("SELECT count(*) n FROM sites")["n"] == 2
    p.close()


# -- 6. evidence links and names ----------------------------------------------------------------


def test_attach_to_a_table_that_is_not_in_the_schema_is_refused(tmp_path, capsys):
    p = _demo_file(tmp_path)
    path = p.path
    p.close()
    ev = tmp_path / "bill.pdf"
    ev.write_bytes(b"%PDF-1.4 bill")
    before = open(path, "rb").read()
    hostile = 'sites" UNION SELECT 1 FROM "sites:999'
    assert cnw(["attach", path, str(ev), "--to", hostile]) == 2
    err = capsys.readouterr().err
    assert "not a table of this project" in err and "Traceback" not in err
    assert cnw(["attach", path, str(ev), "--to", "sites:abc"]) == 2
    assert "is not a whole number" in capsys.readouterr().err
    assert open(path, "rb").read() == before
    assert cnw(["attach", path, str(ev), "--to", "sites:1"]) == 0
    with open_project(path, mode="read") as q:
        assert q.rows("SELECT tbl, row_id FROM evidence_links") == [{"tbl": "sites", "row_id": 1}]


def test_attachment_names_are_reduced_to_a_safe_basename_and_the_original_kept(tmp_project):
    att = tmp_project.attach(b"#!/bin/sh\necho hi\n", filename="../../../evil.sh")
    row = tmp_project.one("SELECT filename FROM attachments WHERE id = ?", (att,))
    assert row["filename"] == "evil.sh"
    logged = tmp_project.one(
        "SELECT new FROM audit_log WHERE tbl = 'attachments' AND op = 'original_name' AND row_id = ?", (att,)
    )
    assert "../../../evil.sh" in logged["new"]
    att2 = tmp_project.attach(b"x", filename="C:\\Users\\kim\\..\\bill\x00.pdf")
    assert (
        tmp_project.one("SELECT filename FROM attachments WHERE id = ?", (att2,))["filename"] == "bill_.pdf"
    )


@pytest.fixture
def tiny_disk(tmp_path):
    """A real 1.5 MB filesystem (tmpfs). Mounting needs root, as in CI; elsewhere the test is
    skipped and the SQLite-limit test above still covers the message."""
    mnt = tmp_path / "tiny"
    mnt.mkdir()
    out = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=1536k", "tmpfs", str(mnt)], capture_output=True)
    if out.returncode != 0:
        pytest.skip(f"cannot mount a small filesystem here ({out.stderr.decode().strip()[:80]})")
    try:
        yield mnt
    finally:
        subprocess.run(["umount", "-l", str(mnt)], capture_output=True)


def test_a_real_full_disk_during_an_import_and_an_attachment(tiny_disk, tmp_path):
    p = _demo_file(tiny_disk, "small-disk.cnw")
    path = p.path
    before = open(path, "rb").read()
    with pytest.raises(StorageError) as info:
        inventory.import_activities(p, _csv(tmp_path, 40000))  # several MB of rows for 1.5 MB of disk
    assert info.value.kind == "disk_full"
    assert "the disk is full" in str(info.value) and "nothing was changed" in str(info.value)
    with pytest.raises(StorageError, match="the disk is full"):
        p.attach(os.urandom(3_000_000), filename="meter-photo.jpg")
    assert open(path, "rb").read() == before
    assert p.one("SELECT count(*) n FROM activities")["n"] == 0
    p.close()
    with open_project(path, mode="read") as q:  # and the file opens, whole, afterwards
        assert q.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert q.audit_verify().ok


def test_a_file_moved_away_while_open_says_so(tmp_path, caplog):
    """What a user meets when the USB drive or the synced folder goes away under an open file."""
    folder = tmp_path / "usb"
    folder.mkdir()
    p = _demo_file(folder)
    folder.rename(tmp_path / "usb-gone")
    with caplog.at_level("WARNING", logger="workbench.project"):
        with pytest.raises(StorageError) as info:
            boundary.add_site(p, "S2", "Busan")
    assert info.value.kind == "moved"
    assert "moved, renamed or deleted while it was open" in str(info.value)
    assert "nothing was changed" in str(info.value) and "SQLITE" not in str(info.value)
    assert "SQLITE_READONLY_DBMOVED" in caplog.text  # the original error goes to the log
    p.conn.close()


def test_the_cli_logs_to_a_file_in_the_data_folder_and_prints_no_sqlite_text(tmp_path, monkeypatch, capsys):
    import logging

    from workbench.services.common import appdata

    monkeypatch.setenv("CNW_CONFIG_DIR", str(tmp_path / "cfg"))
    logger = logging.getLogger("workbench")
    saved = logger.handlers[:]
    try:
        logger.handlers = [h for h in saved if not isinstance(h, logging.FileHandler)]
        assert cnw(["info", str(tmp_path / "missing.cnw")]) == 2
        log_file = appdata.log_to_file()
        assert log_file == tmp_path / "cfg" / "cnw.log"
        assert not (tmp_path / "cfg").exists()  # nothing is made until something is logged
        logging.getLogger("workbench.project").warning("disk full while importing (test)")
        assert log_file.exists() and "disk full while importing (test)" in log_file.read_text()
        assert "Traceback" not in capsys.readouterr().err
    finally:
        for h in logger.handlers:
            if h not in saved:
                h.close()
        logger.handlers = saved
