"""Activity import: clear errors with row numbers, all-or-nothing, file unchanged (issue 2)."""

from __future__ import annotations

import os
import re

import pytest
from openpyxl import Workbook

from workbench import new_project, open_project
from workbench.cli import main as cnw
from workbench.project.errors import InputError
from workbench.services import boundary, inventory

HEADER = "source,site,date,quantity,unit,description\n"


@pytest.fixture
def proj(tmp_project):
    boundary.add_site(tmp_project, "HWS", "Hwaseong", name_local="화성공장")
    boundary.add_source(tmp_project, "ELEC", "Grid electricity", 2, site="HWS", unit="MWh")
    boundary.add_source(tmp_project, "DSL", "Diesel", 1, site="HWS", unit="L")
    return tmp_project


def _state(p):
    return (
        p.snapshot_hash(),
        p.conn.execute("SELECT count(*) FROM audit_log").fetchone()[0],
        open(p.path, "rb").read(),
    )


def _csv(tmp_path, body, name="data.csv", header=HEADER, encoding="utf-8"):
    f = tmp_path / name
    f.write_text(header + body, encoding=encoding)
    return f


def test_good_import_converts_units_lands_whole_and_is_audited(proj, tmp_path):
    f = _csv(
        tmp_path,
        'ELEC,HWS,2025-01,400,MWh,Jan\nELEC,,2025-02,350000,kWh,Feb\nDSL,HWS,2025-03-15,"1,250.5",litre,gen\n',
    )
    res = inventory.import_activities(proj, f)
    assert res.rows == 3 and res.batch_id
    rows = proj.rows("SELECT date_start, date_end, quantity, unit, site_id FROM activities ORDER BY id")
    assert rows[0]["date_start"] == "2025-01-01" and rows[0]["date_end"] == "2025-01-31"
    assert rows[1]["site_id"] == rows[0]["site_id"]  # site defaults to the source's site
    assert rows[2]["quantity"] == 1250.5
    last = proj.one("SELECT op, new FROM audit_log ORDER BY id DESC LIMIT 2")
    assert proj.one("SELECT rows FROM import_batches")["rows"] == 3
    assert last is not None


@pytest.mark.parametrize(
    "body, expected",
    [
        ("ELEC,HWS,2025-01,400,kwhh,x\n", "data.csv, row 2, column 'unit': unknown unit 'kwhh'"),
        (
            "ELEC,HWS,2025-01,400,kg,x\n",
            "data.csv, row 2, column 'unit': unit 'kg' (mass) cannot be converted to 'MWh' (mass * length ** 2 / time ** 2) (source 'ELEC' is measured in MWh)",
        ),
        ("ELEC,HWS,2025-01,lots,MWh,x\n", "data.csv, row 2, column 'quantity': 'lots' is not a number"),
        ("ELEC,HWS,2025-01,-5,MWh,x\n", "data.csv, row 2, column 'quantity': negative quantity -5"),
        (
            "ELEC,HWS,2026-01-03,5,MWh,x\n",
            "data.csv, row 2, column 'date': 2026-01-03..2026-01-03 is outside the reporting period 2025 (2025-01-01 to 2025-12-31)",
        ),
        ("GAS,HWS,2025-01,5,Nm3,x\n", "data.csv, row 2, column 'source': unknown emission source 'GAS'"),
        ("ELEC,BSN,2025-01,5,MWh,x\n", "data.csv, row 2, column 'site': unknown site 'BSN'"),
        (
            "ELEC,HWS,2025-13,5,MWh,x\n",
            "data.csv, row 2, column 'date': '2025-13' is not a month (use YYYY-MM)",
        ),
    ],
)
def test_bad_rows_are_named_and_nothing_is_written(proj, tmp_path, body, expected):
    good = "ELEC,HWS,2025-01,400,MWh,ok\n" * 3
    f = _csv(tmp_path, good + body.replace("row 2", "row 5"))
    before = _state(proj)
    with pytest.raises(InputError) as e:
        inventory.import_activities(proj, f)
    assert expected.replace("row 2", "row 5") in str(e.value)
    assert "nothing was imported" in str(e.value)
    assert _state(proj) == before


def test_all_errors_are_collected_with_row_numbers(proj, tmp_path):
    f = _csv(tmp_path, "ELEC,HWS,2025-01,x,MWh,a\nELEC,HWS,2025-01,1,MWh,b\nDSL,HWS,2025-01,1,kWh,c\n")
    with pytest.raises(InputError) as e:
        inventory.import_activities(proj, f)
    assert [(x.row, x.field) for x in e.value.errors] == [(2, "quantity"), (4, "unit")]


def test_missing_column_and_empty_files(proj, tmp_path):
    before = _state(proj)
    f = _csv(tmp_path, "ELEC,HWS,2025-01,MWh\n", header="source,site,date,unit\n")
    with pytest.raises(
        InputError,
        match=r"data.csv, row 1, column 'quantity': missing column 'quantity' \(columns found: source, site, date, unit\)",
    ):
        inventory.import_activities(proj, f)
    empty = tmp_path / "empty.csv"
    empty.write_bytes(b"")
    with pytest.raises(InputError, match="empty.csv: the file is empty; nothing was imported"):
        inventory.import_activities(proj, empty)
    header_only = _csv(tmp_path, "", name="header.csv")
    with pytest.raises(
        InputError, match="header.csv: the file has a header row but no data rows; nothing was imported"
    ):
        inventory.import_activities(proj, header_only)
    assert _state(proj) == before


def test_binary_file_and_50mb_file(proj, tmp_path):
    before = _state(proj)
    junk = tmp_path / "photo.csv"
    junk.write_bytes(os.urandom(1024) + b"\x00" * 10)
    with pytest.raises(InputError, match="photo.csv: not a CSV text file"):
        inventory.import_activities(proj, junk)
    # 50 MB of valid rows with one bad row near the end: the error names it, nothing lands
    big = tmp_path / "big.csv"
    line = "ELEC,HWS,2025-06,123.5,MWh,monthly meter reading at the Hwaseong plant main substation\n"
    n = 50 * 1024 * 1024 // len(line)
    with open(big, "w", encoding="utf-8") as fh:
        fh.write(HEADER)
        fh.write(line * (n - 10))
        fh.write("ELEC,HWS,2025-06,12O.5,MWh,typo\n")
        fh.write(line * 9)
    assert big.stat().st_size > 50 * 1024 * 1024 - 1024
    with pytest.raises(InputError) as e:
        inventory.import_activities(proj, big)
    assert f"big.csv, row {n - 10 + 2}, column 'quantity': '12O.5' is not a number" in str(e.value)
    assert _state(proj) == before


def test_cp949_csv_and_korean_headers_with_mapping(proj, tmp_path):
    f = _csv(tmp_path, "ELEC,2025-01,400,MWh\n", header="배출원,월,사용량,단위\n", encoding="cp949")
    res = inventory.import_activities(proj, f)
    assert res.rows == 1
    f2 = _csv(tmp_path, "ELEC,2025-02,1.5,GWh\n", name="m.csv", header="meter,when,amount_used,uom\n")
    res = inventory.import_activities(
        proj, f2, mapping={"source": "meter", "date": "when", "quantity": "amount_used", "unit": "uom"}
    )
    assert res.rows == 1
    assert proj.one("SELECT quantity, unit FROM activities WHERE id = 2") == {"quantity": 1.5, "unit": "GWh"}


def test_xlsx_import_with_mapping_and_bad_cell(proj, tmp_path):
    import datetime

    wb = Workbook()
    ws = wb.active
    ws.append(["Meter", "Billing month", "Usage", "UoM"])
    ws.append(["ELEC", datetime.datetime(2025, 5, 1), 420.25, "MWh"])
    ws.append(["DSL", "2025-05-20", 80, "L"])
    f = tmp_path / "bills.xlsx"
    wb.save(f)
    m = {"source": "Meter", "date": "Billing month", "quantity": "Usage", "unit": "UoM"}
    assert inventory.import_activities(proj, f, mapping=m).rows == 2
    ws.append(["DSL", "2025-05-21", "eighty", "L"])
    wb.save(f)
    before = _state(proj)
    with pytest.raises(InputError, match=r"bills.xlsx, row 4, column 'quantity': 'eighty' is not a number"):
        inventory.import_activities(proj, f, mapping=m)
    assert _state(proj) == before
    bogus = tmp_path / "bogus.xlsx"
    bogus.write_text("not a zip")
    with pytest.raises(
        InputError, match="bogus.xlsx: not a readable .xlsx workbook \\(it is not a zip archive\\)"
    ):
        inventory.import_activities(proj, bogus)


def test_preview_writes_nothing(proj, tmp_path):
    f = _csv(tmp_path, "ELEC,HWS,2025-01,400,MWh,Jan\n")
    before = _state(proj)
    res = inventory.import_activities(proj, f, preview=True)
    assert res.rows == 1 and res.batch_id is None
    assert _state(proj) == before


def test_cli_new_import_info_attach_snapshot(tmp_path, capsys):
    path = tmp_path / "cli.cnw"
    assert cnw(["new", str(path), "--organisation", "CLI Co", "--period", "2025-01-01:2025-12-31"]) == 0
    from workbench import open_project

    with open_project(path) as p:
        boundary.add_source(p, "ELEC", "Grid", 2, unit="MWh")
    data = _csv(tmp_path, "ELEC,,2025-01,400,MWh,x\nELEC,,2025-02,oops,MWh,y\n")
    before = path.read_bytes()
    assert cnw(["import-activities", str(path), str(data)]) == 1
    assert path.read_bytes() == before  # bad input never opens the file for writing
    err = capsys.readouterr().err
    assert "data.csv, row 3, column 'quantity': 'oops' is not a number" in err
    data = _csv(tmp_path, "ELEC,,2025-01,400,MWh,x\n")
    assert cnw(["import-activities", str(path), str(data)]) == 0
    ev = tmp_path / "bill.pdf"
    ev.write_bytes(b"%PDF-1.4 bill")
    assert cnw(["attach", str(path), str(ev), "--to", "activities:1"]) == 0
    assert cnw(["info", str(path)]) == 0
    out = capsys.readouterr().out
    assert re.search(r"^attachments +1$", out, re.M) and re.search(r"^activities +1$", out, re.M)
    assert cnw(["snapshot", str(path), "-o", str(tmp_path / "snap.jsonl")]) == 0
    h = capsys.readouterr().out.strip()
    import hashlib

    assert hashlib.sha256((tmp_path / "snap.jsonl").read_bytes()).hexdigest() == h
    assert cnw(["log", "show", str(path)]) == 0
    assert "Import activities from data.csv" in capsys.readouterr().out
    assert cnw(["info", str(tmp_path / "missing.cnw")]) == 2
    assert f"cnw: error: {tmp_path / 'missing.cnw'}: no such file" in capsys.readouterr().err


def test_cli_import_detects_day_first_and_utf16_and_names_the_option_when_it_cannot(tmp_path, capsys):
    from workbench.cli import main as cnw

    f = tmp_path / "acme.cnw"
    p = new_project(f, "ACME")
    boundary.add_site(p, "S1", "Seoul")
    boundary.add_source(p, "ELEC", "Electricity", 2, site="S1", unit="kWh")
    p.close()
    day_first = tmp_path / "day-first-utf16.csv"
    day_first.write_text(
        "source,site,date,quantity,unit\nELEC,S1,25/03/2025,1,kWh\nELEC,S1,03/04/2025,2,kWh\n",
        encoding="utf-16",
    )
    assert cnw(["import-activities", str(f), str(day_first)]) == 0
    out = capsys.readouterr().out
    assert "imported 2 rows" in out and "UTF-16" in out
    with open_project(f, mode="read") as q:
        assert [r["date_start"] for r in q.rows("SELECT date_start FROM activities ORDER BY id")] == [
            "2025-03-25",
            "2025-04-03",
        ]
    ambiguous = tmp_path / "ambiguous.csv"
    ambiguous.write_text("source,site,date,quantity,unit\nELEC,S1,03/04/2025,2,kWh\n", encoding="utf-8")
    before = f.read_bytes()
    assert cnw(["import-activities", str(f), str(ambiguous)]) == 1
    err = capsys.readouterr().err
    assert "row 2" in err and "--date-order DMY|MDY" in err and "Traceback" not in err
    assert f.read_bytes() == before
    assert cnw(["import-activities", str(f), str(ambiguous), "--date-order", "MDY"]) == 0
    with open_project(f, mode="read") as q:
        assert (
            q.one("SELECT date_start FROM activities ORDER BY id DESC LIMIT 1")["date_start"] == "2025-03-04"
        )
