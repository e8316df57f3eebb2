"""The shared retirement register: a real SQLite file beside real project files. Retire a range in
one file, open another holding an overlapping range: the overlap is reported without any import."""

import datetime as dt
import sqlite3
import subprocess
import sys
import warnings

import pytest

from offsets.lots import CreditLot
from workbench import new_project, open_project
from workbench.cli import main
from workbench.services import offsets as svc
from workbench.services.offsets import register

D = dt.date


@pytest.fixture
def reg(tmp_path, monkeypatch):
    path = tmp_path / "shared" / "retirement-register.sqlite"
    monkeypatch.setenv("CNW_RETIREMENT_REGISTER", str(path))
    return path


@pytest.fixture
def receipt(tmp_path):
    f = tmp_path / "receipt.pdf"
    f.write_bytes(b"%PDF-1.4 retirement receipt")
    return f


def vcu(start, end, **kw):
    serial = f"0001-{start:06d}-{end:06d}-VCS-VCU-003-VER-US-3-01012023-31122023-0"
    return CreditLot(
        "Verra", "VCS", "VCU", serial, end - start + 1, issuance_date=D(2024, 5, 1), verifier="VVB", **kw
    )


def client(tmp_path, name, org):
    return new_project(tmp_path / name, org, period_start="2025-01-01", period_end="2025-12-31")


def test_retired_in_one_file_reported_in_another_without_import(reg, tmp_path, receipt):
    a = client(tmp_path, "client-a.cnw", "Client A")
    lot_a = svc.add_lot(a, vcu(1, 100))
    svc.retire(a, lot_a, "2026-02-01", "Client A", "VCS-RET-1", receipt)
    a.close()
    b = client(tmp_path, "client-b.cnw", "Client B")
    svc.add_lot(b, vcu(51, 150))
    b.close()
    # a new process opens client B: nothing imported, the register alone tells
    code = (
        "from workbench import open_project; from workbench.services import offsets as s\n"
        f"p = open_project({str(tmp_path / 'client-b.cnw')!r}, mode='read')\n"
        "print('\\n'.join(str(f) for f in s.check(p) if f.rule_id == 'DC.EXTERNAL'))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.count("DC.EXTERNAL") == 1, out
    assert (
        f"lot {lot_a} in client-a.cnw" in out and "retired for Client A" in out and "shared register" in out
    )
    assert "share 50 credits 51-100" in out and out.startswith("ERROR")
    b = open_project(tmp_path / "client-b.cnw", mode="read")
    assert b.rows("SELECT count(*) n FROM offset_external_retirements") == [{"n": 0}]
    b.close()
    # the register is where it was configured, and holds both files
    assert {r["name"] for r in svc.register_files()} == {"client-a.cnw", "client-b.cnw"} and reg.is_file()


def test_held_in_two_files_is_a_warning_and_later_retirement_is_seen(reg, tmp_path, receipt):
    a = client(tmp_path, "a.cnw", "A")
    lot_a = svc.add_lot(a, vcu(1, 100))
    b = client(tmp_path, "b.cnw", "B")
    svc.add_lot(b, vcu(100, 120))
    (hit,) = [f for f in svc.check(b) if f.rule_id == "DC.EXTERNAL"]
    assert hit.severity == "warning" and "held" in hit.message and "neither is retired yet" in hit.message
    svc.retire(a, lot_a, "2026-02-01", "A", "R-1", receipt)  # retired later in the other file
    (hit,) = [f for f in svc.check(b) if f.rule_id == "DC.EXTERNAL"]
    assert hit.severity == "error" and "retired for A" in hit.message
    svc.delete_lot(b, svc.list_lots(b)[0].id)
    assert [f for f in svc.check(b) if f.rule_id == "DC.EXTERNAL"] == []
    a.close()
    b.close()


def test_register_unwritable_never_breaks_the_action(tmp_path, monkeypatch, file_bytes):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the register's folder should be")
    monkeypatch.setenv("CNW_RETIREMENT_REGISTER", str(blocker / "register.sqlite"))
    p = client(tmp_path, "p.cnw", "P")
    with pytest.warns(register.RegisterOutOfDate, match="could not be updated.*project file was saved"):
        lot_id = svc.add_lot(p, vcu(1, 10))
    assert svc.get_lot(p, lot_id).quantity == 10
    stale = [f for f in svc.check(p) if f.rule_id == "REGISTER.STALE"]
    assert stale and stale[0].severity == "warning" and "out of date for this file" in stale[0].message
    p.close()


def test_register_locked_by_another_writer(reg, tmp_path, monkeypatch):
    monkeypatch.setattr(register, "BUSY_MS", 200)
    p = client(tmp_path, "p.cnw", "P")
    svc.add_lot(p, vcu(1, 10))
    holder = sqlite3.connect(reg, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        with pytest.warns(register.RegisterOutOfDate, match="locked"):
            lot_id = svc.add_lot(p, vcu(20, 30))
        assert svc.get_lot(p, lot_id).quantity == 11
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert svc.register_status(p)[0] is False  # the register still has the first lot only
    assert [f for f in svc.check(p) if f.rule_id == "REGISTER.STALE"] == []  # brought up to date
    assert svc.register_status(p)[0] is True
    p.close()


def test_a_failed_register_write_leaves_the_previous_entry_whole(reg, tmp_path):
    p = client(tmp_path, "p.cnw", "P")
    svc.add_lot(p, vcu(1, 10))
    conn = sqlite3.connect(reg)
    conn.execute(
        "CREATE TRIGGER refuse AFTER INSERT ON register_lots WHEN NEW.serial_start = 500 "
        "BEGIN SELECT RAISE(ABORT, 'disk says no'); END"
    )
    conn.commit()
    conn.close()
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        svc.add_lot(p, vcu(500, 510))
    assert any("disk says no" in str(w.message) for w in caught)
    conn = sqlite3.connect(reg)
    rows = conn.execute("SELECT serial_start FROM register_lots ORDER BY serial_start").fetchall()
    files = conn.execute("SELECT lots FROM register_files").fetchall()
    conn.close()
    assert rows == [(1,)] and files == [(1,)]  # the whole old entry, not half of the new one
    p.close()


def test_copied_list_says_how_old_it_is(reg, tmp_path, receipt):
    other = client(tmp_path, "client-b.cnw", "Client B")
    lot_id = svc.add_lot(other, vcu(50, 80))
    svc.retire(other, lot_id, "2026-02-01", "Client B", "R-B", receipt)
    fid = other.file_id
    other.close()
    p = client(tmp_path, "p.cnw", "P")
    svc.add_lot(p, vcu(1, 100))
    assert svc.import_retirements_from(p, tmp_path / "client-b.cnw") == 1
    assert svc.forget_register_file(fid)  # only the copied list is left to tell
    (hit,) = [f for f in svc.check(p) if f.rule_id == "DC.EXTERNAL"]
    assert f"list imported {dt.date.today().isoformat()}" in hit.message and "client-b.cnw" in hit.message
    (ext,) = svc.external_retirements(p)
    assert ext.as_of == dt.date.today().isoformat()
    p.close()


def test_scan_a_consultants_folder(reg, tmp_path, receipt, capsys, file_bytes):
    folder = tmp_path / "clients"
    (folder / "2025").mkdir(parents=True)
    a = new_project(folder / "alpha.cnw", "Alpha")
    lot_a = svc.add_lot(a, vcu(1, 100))
    svc.retire(a, lot_a, "2026-02-01", "Alpha", "R-A", receipt)
    a.close()
    b = new_project(folder / "2025" / "beta.cnw", "Beta")
    svc.add_lot(b, vcu(90, 95))
    b.close()
    c = new_project(folder / "gamma.cnw", "Gamma")
    svc.add_lot(c, vcu(500, 600))
    c.close()
    reg.unlink()  # a register that never saw these files (e.g. files copied in from elsewhere)
    before = {p: file_bytes(p) for p in folder.rglob("*.cnw")}
    assert main(["register", "scan", str(folder), "--no-record"]) == 1
    out = capsys.readouterr().out
    assert "3 file(s) scanned" in out and "beta.cnw: 1 lot(s)" in out
    assert f"lot {lot_a} in alpha.cnw" in out and "share 6 credits 90-95" in out
    assert not reg.exists()  # --no-record: the register in use was not touched
    assert main(["register", "scan", str(folder)]) == 1
    capsys.readouterr()
    assert {r["name"] for r in svc.register_files()} == {"alpha.cnw", "beta.cnw", "gamma.cnw"}
    assert {p: file_bytes(p) for p in folder.rglob("*.cnw")} == before  # client files never written
    assert main(["register", "list"]) == 0 and "3 file(s) in" in capsys.readouterr().out


def test_register_location_default_and_chosen_folder(tmp_path, monkeypatch, capsys):
    monkeypatch.delenv("CNW_RETIREMENT_REGISTER", raising=False)
    monkeypatch.setenv("CNW_CONFIG_DIR", str(tmp_path / "cfg"))
    assert svc.register_path() == tmp_path / "cfg" / "retirement-register.sqlite"
    shared = tmp_path / "network-drive"
    shared.mkdir()
    assert main(["register", "use", str(shared)]) == 0
    assert svc.register_path() == shared.resolve() / "retirement-register.sqlite"
    assert main(["register", "where"]) == 0 and "network-drive" in capsys.readouterr().out
    assert main(["register", "use", "--default"]) == 0
    assert svc.register_path() == tmp_path / "cfg" / "retirement-register.sqlite"
    assert main(["register", "use", str(tmp_path / "missing")]) == 2
    assert "no such folder" in capsys.readouterr().err


def test_file_register_status_from_the_cli(reg, tmp_path, capsys):
    p = client(tmp_path, "p.cnw", "P")
    svc.add_lot(p, vcu(1, 10))
    p.close()
    assert main(["offsets", str(tmp_path / "p.cnw"), "register"]) == 0
    assert "up to date" in capsys.readouterr().out
    reg.unlink()
    assert main(["offsets", str(tmp_path / "p.cnw"), "register"]) == 1
    assert "does not exist yet" in capsys.readouterr().out
    assert main(["offsets", str(tmp_path / "p.cnw"), "register", "--record"]) == 0
    assert "1 lot(s) recorded" in capsys.readouterr().out


def test_a_file_rebuilt_at_the_same_path_replaces_its_old_entry(tmp_path):
    from workbench import new_project
    from workbench.services import offsets as svc

    path = tmp_path / "client.cnw"
    first = new_project(path, "Client")
    old_id = first.file_id
    svc.record_project(first, warn=False)
    first.close()
    path.unlink()
    second = new_project(path, "Client again")
    svc.record_project(second, warn=False)
    ids = {f["file_id"] for f in svc.register_files()}
    assert second.file_id in ids and old_id not in ids
    second.close()


def test_the_demo_keeps_its_fictional_serials_in_a_register_of_its_own(tmp_path):
    from workbench import demo
    from workbench.services import offsets as svc

    p = demo.build(tmp_path / "demo.cnw", tmp_path / "inputs", log=lambda *_: None)
    assert svc.register_path(p) == (tmp_path / "retirement-register.sqlite").resolve()
    assert svc.register_path() != svc.register_path(p)
    p.close()
