"""One tabular reader and one cell parser (issue 12, deliverable 2).

The same odd or bad files go through the activity importer and the offsets importer and come out
the same: imported with the same values and the same detected format, or refused with the same
reason naming the same row and column, the project file byte-identical. Plus unit tests of the
cell parser (numbers, dates, the day/month order and its cross-check with a serial's vintage).
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import zipfile

import pytest
from openpyxl import Workbook

from workbench.project.errors import InputError, ProjectError
from workbench.services import boundary, inventory
from workbench.services import offsets as credits
from workbench.services.common import cells
from workbench.services.common.tabular import TabularFile

D = dt.date

# -- the two importers, fed the same cells ---------------------------------------------------------
# column A is the quantity and column B the date in both files, so a reason naming a cell is the same
ACTIVITY_HEADER = ["quantity", "date", "source", "site", "unit", "description"]
LOTS_HEADER = [
    "quantity",
    "issuance_date",
    "registry",
    "programme",
    "unit_type",
    "prefix",
    "serial_start",
    "serial_end",
    "notes",
]


def activity_row(q, d, text):
    return [q, d, "ELEC", "HWS", "MWh", text]


def lot_row(q, d, text, n):
    return [q, d, "KCCI", "KCS", "KCR", f"KCR-2025-P{n:04d}", 1, 99999999, text]


@pytest.fixture
def proj(tmp_project):
    boundary.add_site(tmp_project, "HWS", "Hwaseong", name_local="화성공장")
    boundary.add_source(tmp_project, "ELEC", "Grid electricity", 2, site="HWS", unit="MWh")
    return tmp_project


def write_csv(path, header, rows, encoding="utf-8", delimiter=","):
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=delimiter)
    w.writerow(header)
    w.writerows(rows)
    path.write_bytes(buf.getvalue().encode(encoding))
    return path


def write_xlsx(path, header, rows, cached: dict[str, str] | None = None):
    """An .xlsx file; ``cached`` maps a formula cell (e.g. "A3") to the value Excel would have
    saved with it (openpyxl writes formulas without values, as a program that does not calculate)."""
    wb = Workbook()
    ws = wb.active
    ws.append(header)
    for r in rows:
        ws.append(r)
    wb.save(path)
    if cached:
        with zipfile.ZipFile(path) as z:
            parts = {n: z.read(n) for n in z.namelist()}
        xml = parts["xl/worksheets/sheet1.xml"].decode()
        for ref, value in cached.items():
            start = xml.index(f'<c r="{ref}"')
            end = xml.index("</c>", start)
            cell = xml[start:end].replace("<v></v>", f"<v>{value}</v>").replace("<v />", f"<v>{value}</v>")
            if value.startswith("#"):  # an Excel error value
                cell = cell.replace(f'<c r="{ref}"', f'<c r="{ref}" t="e"', 1)
            if f"<v>{value}</v>" not in cell:
                raise ValueError(f"cannot add a saved value to {cell}")
            xml = xml[:start] + cell + xml[end:]
        parts["xl/worksheets/sheet1.xml"] = xml.encode()
        with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
            for n, data in parts.items():
                z.writestr(n, data)
    return path


def both_files(tmp_path, rows, writer, **kw):
    """(activity file, lots file) holding the same (quantity, date, text) cells."""
    ext = "xlsx" if writer is write_xlsx else "csv"
    a = writer(tmp_path / f"activities.{ext}", ACTIVITY_HEADER, [activity_row(*r) for r in rows], **kw)
    b = writer(
        tmp_path / f"lots.{ext}", LOTS_HEADER, [lot_row(*r, n) for n, r in enumerate(rows, start=1)], **kw
    )
    return a, b


def import_both(proj, a, b, **options):
    """Import both files; returns (activities, lots, activity result, lots result)."""
    ra = inventory.import_activities(proj, a, **options)
    rb = credits.import_registry_file(proj, b, kind="generic", **options)
    acts = proj.rows("SELECT quantity, date_start, date_end, description FROM activities ORDER BY id")
    return acts, credits.list_lots(proj), ra, rb


def refuse_both(proj, a, b, file_bytes, **options):
    """Both imports refused; the file unchanged. Returns the two InputErrors."""
    before = file_bytes(proj.path)
    with pytest.raises(InputError) as ea:
        inventory.import_activities(proj, a, **options)
    with pytest.raises(InputError) as eb:
        credits.import_registry_file(proj, b, kind="generic", **options)
    assert file_bytes(proj.path) == before
    assert "nothing was imported" in str(ea.value) and "nothing was imported" in str(eb.value)
    return ea.value, eb.value


@pytest.mark.parametrize(
    "encoding, detected",
    [
        ("utf-16", "CSV, UTF-16, comma-delimited"),
        ("utf-8-sig", "CSV, UTF-8 with BOM, comma-delimited"),
        ("cp949", "CSV, CP949 (EUC-KR), comma-delimited"),
        ("euc-kr", "CSV, CP949 (EUC-KR), comma-delimited"),
    ],
)
def test_encodings_import_identically(proj, tmp_path, encoding, detected):
    rows = [("400", "2025-03-01", "화성 공장 3월"), ("1,250", "2025.04.01", "보일러 연료 전환")]
    a, b = both_files(tmp_path, rows, write_csv, encoding=encoding)
    acts, lots, ra, rb = import_both(proj, a, b)
    assert ra.format == rb.format == detected
    assert [r["quantity"] for r in acts] == [lot.quantity for lot in lots] == [400, 1250]
    assert [r["date_start"] for r in acts] == [lot.issuance_date.isoformat() for lot in lots]
    assert [r["date_start"] for r in acts] == ["2025-03-01", "2025-04-01"]
    assert [r["description"] for r in acts] == [lot.notes for lot in lots] == [r[2] for r in rows]


def test_dotted_dates_and_thousands_import_identically(proj, tmp_path):
    rows = [("1,234", "2025.03.01", "a"), ("12,345,678", "2025/03/02", "b"), ("7", "2025. 3. 3.", "c")]
    a, b = both_files(tmp_path, rows, write_csv)
    acts, lots, ra, rb = import_both(proj, a, b)
    assert [r["quantity"] for r in acts] == [lot.quantity for lot in lots] == [1234, 12345678, 7]
    got = [D.fromisoformat(r["date_start"]) for r in acts]
    assert got == [lot.issuance_date for lot in lots] == [D(2025, 3, 1), D(2025, 3, 2), D(2025, 3, 3)]


def test_semicolon_file_reads_decimal_commas_in_both(proj, tmp_path):
    rows = [("1.234", "2025-03-01", "x"), ("2 000", "2025-03-02", "y")]
    a, b = both_files(tmp_path, rows, write_csv, delimiter=";")
    acts, lots, ra, rb = import_both(proj, a, b)
    assert ra.format == rb.format == "CSV, UTF-8, semicolon-delimited, decimal comma (from the ';' delimiter)"
    assert [r["quantity"] for r in acts] == [lot.quantity for lot in lots] == [1234, 2000]


def test_xlsx_formula_with_saved_value_imports_the_value(proj, tmp_path):
    rows = [(120, "2025-03-01", "typed"), ("=150*2", dt.datetime(2025, 3, 2), "formula")]
    a, b = both_files(tmp_path, rows, write_xlsx, cached={"A3": "300"})
    acts, lots, ra, rb = import_both(proj, a, b)
    assert ra.format == rb.format == "Excel workbook, sheet 'Sheet'"
    assert [r["quantity"] for r in acts] == [lot.quantity for lot in lots] == [120, 300]
    assert [r["date_start"] for r in acts] == ["2025-03-01", "2025-03-02"]


def test_xlsx_formula_without_saved_value_is_refused_naming_the_cell(proj, tmp_path, file_bytes):
    rows = [(120, "2025-03-01", "typed"), ("=150*2", "2025-03-02", "formula")]
    a, b = both_files(tmp_path, rows, write_xlsx)
    ea, eb = refuse_both(proj, a, b, file_bytes)
    assert [(e.row, e.field, e.reason) for e in ea.errors] == [(e.row, e.field, e.reason) for e in eb.errors]
    (e,) = ea.errors
    assert (e.row, e.field) == (3, "quantity")
    assert e.reason.startswith("cell A3 on sheet 'Sheet' holds the formula =150*2 but no saved value")
    assert "activities.xlsx, row 3, column 'quantity': cell A3 on sheet 'Sheet'" in str(ea)
    assert "lots.xlsx, row 3, column 'quantity': cell A3 on sheet 'Sheet'" in str(eb)


def test_xlsx_formula_error_value_is_refused(proj, tmp_path, file_bytes):
    rows = [("=1/0", "2025-03-01", "x")]
    a, b = both_files(tmp_path, rows, write_xlsx, cached={"A2": "#DIV/0!"})
    ea, eb = refuse_both(proj, a, b, file_bytes)
    assert (
        ea.errors[0].reason
        == eb.errors[0].reason
        == "cell A2 on sheet 'Sheet': the formula =1/0 gives the error #DIV/0!"
    )


@pytest.mark.parametrize(
    "quantity, reason",
    [
        ("1e308", "'1e308' is too large to be a real value (over 1e+15); check the cell"),
        ("inf", "'inf' is not a finite number"),
        ("NaN", "'NaN' is not a finite number"),
        ("12,5", "'12,5' is not a number with a decimal point; if the file uses decimal commas, import it"),
        ("1_000", "'1_000' is not a"),  # "number" (activity) or "whole number" (credits)
    ],
)
def test_bad_numbers_are_refused_the_same_way(proj, tmp_path, file_bytes, quantity, reason):
    rows = [("10", "2025-03-01", "ok"), (quantity, "2025-03-02", "bad")]
    a, b = both_files(tmp_path, rows, write_csv)
    ea, eb = refuse_both(proj, a, b, file_bytes)
    assert len(ea.errors) == len(eb.errors) == 1
    for err in (ea.errors[0], eb.errors[0]):
        assert (err.row, err.field) == (3, "quantity")
        assert err.reason.startswith(reason)


def test_decimal_comma_option_is_used_by_both(proj, tmp_path):
    rows = [("1.000", "2025-03-01", "a")]
    a, b = both_files(tmp_path, rows, write_csv)  # comma-delimited, so "1.000" is 1 by default
    acts, lots, ra, rb = import_both(proj, a, b, decimal=",")
    assert acts[0]["quantity"] == lots[0].quantity == 1000
    assert ra.format == rb.format == "CSV, UTF-8, comma-delimited, decimal comma"


def test_ambiguous_day_month_dates_are_refused_then_read_with_the_option(proj, tmp_path, file_bytes):
    rows = [("10", "03/04/2025", "a"), ("11", "05/06/2025", "b")]
    a, b = both_files(tmp_path, rows, write_csv)
    ea, eb = refuse_both(proj, a, b, file_bytes)
    assert [e.row for e in ea.errors] == [e.row for e in eb.errors] == [2, 3]
    for err in (ea.errors[0], eb.errors[0]):
        assert err.reason.startswith(
            "'03/04/2025' can be 2025-04-03 (day first) or 2025-03-04 (month first); nothing in the file decides"
        )
        assert "date_order='DMY'" in err.reason and "date_order='MDY'" in err.reason
    acts, lots, _, _ = import_both(proj, a, b, date_order="DMY")
    assert [r["date_start"] for r in acts] == [lot.issuance_date.isoformat() for lot in lots]
    assert [r["date_start"] for r in acts] == ["2025-04-03", "2025-06-05"]


def test_a_day_over_12_decides_the_order_for_the_whole_file(proj, tmp_path):
    rows = [("10", "03/04/2025", "a"), ("11", "25/06/2025", "b")]
    a, b = both_files(tmp_path, rows, write_csv)
    acts, lots, _, _ = import_both(proj, a, b)
    assert [r["date_start"] for r in acts] == [lot.issuance_date.isoformat() for lot in lots]
    assert [r["date_start"] for r in acts] == ["2025-04-03", "2025-06-25"]


def test_mixed_day_month_orders_are_refused(proj, tmp_path, file_bytes):
    rows = [("10", "25/04/2025", "a"), ("11", "04/25/2025", "b")]
    a, b = both_files(tmp_path, rows, write_csv)
    ea, eb = refuse_both(proj, a, b, file_bytes)
    for e in (ea, eb):
        assert "mixes day-first and month-first dates" in str(e) and "row 2" in str(e) and "row 3" in str(e)


def test_header_only_and_empty_files_are_refused_the_same_way(proj, tmp_path, file_bytes):
    a, b = both_files(tmp_path, [], write_csv)
    ea, eb = refuse_both(proj, a, b, file_bytes)
    assert ea.errors[0].reason == eb.errors[0].reason == "the file has a header row but no data rows"
    a, b = both_files(tmp_path, [], write_xlsx)
    ea, eb = refuse_both(proj, a, b, file_bytes)
    assert ea.errors[0].reason == eb.errors[0].reason == "the file has a header row but no data rows"


def test_undecodable_text_is_refused_naming_the_line(proj, tmp_path, file_bytes):
    a, b = both_files(tmp_path, [("10", "2025-03-01", "ok")], write_csv)
    for f in (a, b):
        f.write_bytes(f.read_bytes() + b"10,2025-03-02,\x80\xff\n")
    ea, eb = refuse_both(proj, a, b, file_bytes)
    for e in (ea, eb):
        assert e.errors[0].row == 3
        assert "not a text file in UTF-8, UTF-16 or CP949 (EUC-KR): undecodable byte 0x80 on line 3" in str(e)


def test_everything_is_checked_before_a_write_transaction_opens(proj, tmp_path, file_bytes):
    """Progress is reported while checking; no transaction may be open then (a refused import
    never begins one, so SQLite's file change counter cannot move)."""
    seen = []

    def progress(_frac, _msg):
        seen.append(proj.conn.in_transaction)

    rows = [("10", "2025-03-01", "x")] * 60_000 + [("ten", "2025-03-01", "bad")]
    a = write_csv(tmp_path / "a.csv", ACTIVITY_HEADER, [activity_row(*r) for r in rows])
    b = write_csv(
        tmp_path / "b.csv", LOTS_HEADER, [lot_row(*r, n) for n, r in enumerate(rows[-3000:], start=1)]
    )
    before = file_bytes(proj.path)
    with pytest.raises(InputError, match="a.csv, row 60002, column 'quantity': 'ten' is not a number"):
        inventory.import_activities(proj, a, progress=progress)
    with pytest.raises(InputError, match="b.csv, row 3001, column 'quantity': 'ten' is not a whole number"):
        credits.import_registry_file(proj, b, kind="generic", progress=progress)
    assert len(seen) >= 3 and not any(seen)
    assert file_bytes(proj.path) == before


def test_large_activity_file_is_read_twice_and_lands_whole(proj, tmp_path, monkeypatch):
    """Above KEEP_ROWS the checked file is read again while inserting (no rows held in memory)."""
    from workbench.services.inventory import core

    monkeypatch.setattr(core, "KEEP_ROWS", 10)
    rows = [(str(i), "2025-03-01", f"r{i}") for i in range(1, 26)]
    a = write_csv(tmp_path / "a.csv", ACTIVITY_HEADER, [activity_row(*r) for r in rows])
    res = inventory.import_activities(proj, a)
    assert res.rows == 25
    assert proj.one("SELECT sum(quantity) AS s FROM activities")["s"] == sum(range(1, 26))


# -- typed-in activities pass the same rules ------------------------------------------------------
def test_typed_in_activity_uses_the_same_rules(proj):
    aid = inventory.add_activity(proj, "ELEC", "1,250.5", "MWh", "2025.03.01", unc_pct="5")
    row = proj.one("SELECT quantity, date_start, date_end, unc_pct FROM activities WHERE id = ?", (aid,))
    assert row == {"quantity": 1250.5, "date_start": "2025-03-01", "date_end": "2025-03-01", "unc_pct": 5.0}
    before = proj.snapshot_hash()
    with pytest.raises(ProjectError, match="unc_pct: '-3' is not a non-negative percentage"):
        inventory.add_activity(proj, "ELEC", 1, "MWh", "2025-03-01", unc_pct=-3)
    with pytest.raises(ProjectError, match="quantity: '1e308' is too large"):
        inventory.update_activity(proj, aid, quantity="1e308")
    with pytest.raises(
        ProjectError, match="date_start: '03/04/2025' can be .*; write the date as YYYY-MM-DD"
    ):
        inventory.update_activity(proj, aid, date_start="03/04/2025")
    assert proj.snapshot_hash() == before


# -- Verra exports: the serial's vintage decides the order of slashed dates -------------------------
VERRA_HEADER = ["Issuance Date", "Vintage Start", "Vintage End", "ID", "Quantity Issued", "Serial Number"]
SERIAL = "0001-000001-000100-VCS-VCU-003-VER-US-0003-01022020-31012021-1"  # vintage 2020-02-01..2021-01-31


def test_serial_vintage_decides_month_first(tmp_path):
    f = write_csv(
        tmp_path / "v.csv", VERRA_HEADER, [["05/06/2021", "02/01/2020", "1/31/2021", "3", "100", SERIAL]]
    )
    (lot,) = credits.read_registry_file(f, "verra")
    assert lot.issuance_date == D(2021, 5, 6) and lot.vintage_start == D(2020, 2, 1)


def test_serial_vintage_decides_day_first(tmp_path):
    f = write_csv(
        tmp_path / "v.csv", VERRA_HEADER, [["05/06/2021", "01/02/2020", "31/01/2021", "3", "100", SERIAL]]
    )
    (lot,) = credits.read_registry_file(f, "verra")
    assert lot.issuance_date == D(2021, 6, 5)


def test_serial_without_a_deciding_vintage_leaves_the_row_refused(tmp_path):
    serial = "0001-000001-000100-VCS-VCU-003-VER-US-0003-01012020-31122020-1"
    f = write_csv(
        tmp_path / "v.csv", VERRA_HEADER, [["05/06/2021", "01/01/2020", "2020-12-31", "3", "100", serial]]
    )
    with pytest.raises(InputError) as e:
        credits.read_registry_file(f, "verra")
    (err,) = e.value.errors
    assert (err.row, err.field) == (2, "Issuance Date")
    assert "nothing in the file decides" in err.reason and "--date-order" in err.reason
    (lot,) = credits.read_registry_file(f, "verra", date_order="DMY")
    assert lot.issuance_date == D(2021, 6, 5)


def test_an_order_option_that_contradicts_the_serial_is_refused(tmp_path):
    f = write_csv(
        tmp_path / "v.csv", VERRA_HEADER, [["2021-05-06", "02/01/2020", "2021-01-31", "3", "100", SERIAL]]
    )
    with pytest.raises(
        InputError, match="column 'Vintage Start': 2020-01-02 disagrees with the serial's 2020-02-01"
    ):
        credits.read_registry_file(f, "verra", date_order="DMY")


# -- the reader ------------------------------------------------------------------------------------
@pytest.mark.parametrize("delimiter, name", [(",", "comma"), (";", "semicolon"), ("\t", "tab")])
def test_delimiter_is_sniffed_and_reported(tmp_path, delimiter, name):
    f = write_csv(
        tmp_path / "d.csv", ["a", "b", "c"], [["1", "x y", "2025-01-01"], ["2", "z", ""]], delimiter=delimiter
    )
    tab = TabularFile(f)
    assert tab.header == ["a", "b", "c"] and tab.detected.delimiter == delimiter
    assert [r for _, r in tab.rows()] == [["1", "x y", "2025-01-01"], ["2", "z", ""]]
    assert f"{name}-delimited" in str(tab.detected)


def test_reader_refuses_old_excel_and_a_missing_sheet(tmp_path):
    old = tmp_path / "old.xls"
    old.write_bytes(b"\xd0\xcf\x11\xe0")
    with pytest.raises(
        InputError, match=r"old.xls: .xls files cannot be read; save the sheet as .xlsx or CSV"
    ):
        TabularFile(old)
    x = write_xlsx(tmp_path / "x.xlsx", ["a"], [[1]])
    with pytest.raises(InputError, match=r"x.xlsx: no sheet named 'Data' \(sheets: Sheet\)"):
        TabularFile(x, "Data")


# -- the cell parser -------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text, decimal, value",
    [
        ("1234.5", ".", 1234.5),
        ("1,234.5", ".", 1234.5),
        ("1,234,567", ".", 1234567.0),
        ("1 234.5", ".", 1234.5),
        ("\u00a01\u00a0234.5 ", ".", 1234.5),
        ("-12", ".", -12.0),
        (".5", ".", 0.5),
        ("1.5e3", ".", 1500.0),
        ("1234,5", ",", 1234.5),
        ("1.234,5", ",", 1234.5),
        ("1 234,5", ",", 1234.5),
        ("1.234.567", ",", 1234567.0),
        (42, ".", 42.0),
        (2.5, ",", 2.5),
    ],
)
def test_numbers(text, decimal, value):
    assert cells.parse_number(text, decimal) == value


@pytest.mark.parametrize(
    "text, decimal, message",
    [
        ("1e308", ".", "'1e308' is too large to be a real value"),
        (1e308, ".", "'1e+308' is too large"),
        ("inf", ".", "'inf' is not a finite number"),
        ("-Infinity", ".", "'-Infinity' is not a finite number"),
        (float("nan"), ".", "'nan' is not a finite number"),
        ("nan", ",", "'nan' is not a finite number"),
        ("1,23", ".", "'1,23' is not a number with a decimal point; if the file uses decimal commas"),
        ("1 234,5", ".", "'1 234,5' is not a number with a decimal point"),
        ("1,250.5", ",", "'1,250.5' is not a number with a decimal comma"),
        ("12.5", ",", "'12.5' is not a number with a decimal comma"),
        ("1_000", ".", "'1_000' is not a number"),
        ("12O.5", ".", "'12O.5' is not a number"),
        ("", ".", "the value is empty"),
        (True, ".", "'True' is not a number"),
    ],
)
def test_bad_numbers(text, decimal, message):
    with pytest.raises(cells.CellError) as e:
        cells.parse_number(text, decimal)
    assert str(e.value).startswith(message)


def test_whole_numbers_and_yes_no():
    assert (
        cells.parse_int("1,000") == 1000 and cells.parse_int("1000.0") == 1000 and cells.parse_int(7.0) == 7
    )
    with pytest.raises(cells.CellError, match="'2.5' is not a whole number"):
        cells.parse_int("2.5")
    with pytest.raises(cells.CellError, match="'ten' is not a whole number"):
        cells.parse_int("ten")
    with pytest.raises(cells.CellError, match="too large"):
        cells.parse_int("1e308")
    assert [cells.parse_bool(v) for v in ("yes", "X", "1", "", "no", 0)] == [
        True,
        True,
        True,
        False,
        False,
        False,
    ]
    with pytest.raises(cells.CellError, match="'maybe' is not yes/no"):
        cells.parse_bool("maybe")


@pytest.mark.parametrize(
    "text",
    [
        "2025-03-01",
        "2025.03.01",
        "2025.3.1.",
        "2025/03/01",
        "2025. 3. 1.",
        "2025-03-01T10:30:00",
        "2025-03-01 10:30",
        "2025-03-01T10:30:00+09:00",
        dt.datetime(2025, 3, 1, 12, 0),
        D(2025, 3, 1),
    ],
)
def test_dates(text):
    assert cells.parse_date(text) == D(2025, 3, 1)


@pytest.mark.parametrize(
    "text, order, message",
    [
        ("2025-02-30", None, "'2025-02-30' is not a valid date (no day 30 in month 2 of 2025)"),
        ("2025.13.01", None, "'2025.13.01' is not a valid date"),
        ("2025-03-01T25:00", None, "'2025-03-01T25:00' is not a valid date and time"),
        ("2025-03-01 noon", None, "'2025-03-01 noon' is not a date"),
        ("03/04/25", None, "'03/04/25' has a two-digit year"),
        ("13/04/2025", "MDY", "'13/04/2025' is not a valid date when read month first (MDY)"),
        ("31/31/2025", None, "'31/31/2025' is not a valid date in either day/month order"),
        ("March 1", None, "'March 1' is not a date (use YYYY-MM-DD, YYYY.MM.DD or YYYY/MM/DD)"),
        ("2025.03/01", None, "'2025.03/01' is not a date"),
    ],
)
def test_bad_dates(text, order, message):
    with pytest.raises(cells.CellError) as e:
        cells.parse_date(text, order)
    assert str(e.value).startswith(message)


def test_day_month_order():
    with pytest.raises(cells.AmbiguousDate) as e:
        cells.parse_date("03/04/2025")
    assert (e.value.dmy, e.value.mdy) == (D(2025, 4, 3), D(2025, 3, 4))
    assert cells.parse_date("03/04/2025", "DMY") == D(2025, 4, 3)
    assert cells.parse_date("03.04.2025", "MDY") == D(2025, 3, 4)
    assert cells.parse_date("13/04/2025") == D(2025, 4, 13)  # only valid day first
    assert cells.parse_date("04/13/2025") == D(2025, 4, 13)  # only valid month first
    assert cells.parse_date("04/04/2025") == D(2025, 4, 4)  # the same either way


def test_order_evidence_is_cross_checked():
    ev = cells.DateOrderEvidence()
    for row, value in ((2, "03/04/2025"), (3, "2025-05-01"), (4, "25/12/2025")):
        ev.note(row, "date", value)
    assert ev.decide() == ("DMY", None) and ev.ambiguous == [(2, "date", "03/04/2025")]
    assert ev.decide("MDY") == ("MDY", None)
    ev.note(5, "date", "12/25/2025")
    order, why = ev.decide()
    assert order is None
    assert why.startswith("the file mixes day-first and month-first dates: row 4, column 'date'")
    assert cells.DateOrderEvidence().decide() == (None, None)


def test_months():
    assert cells.parse_month("2025-03") == (D(2025, 3, 1), D(2025, 3, 31))
    assert cells.parse_month("2024.02") == (D(2024, 2, 1), D(2024, 2, 29))
    assert cells.parse_month("2025/11") == (D(2025, 11, 1), D(2025, 11, 30))
    assert cells.parse_month("2025.03.15") == (D(2025, 3, 15), D(2025, 3, 15))
    with pytest.raises(cells.CellError, match="'2025-13' is not a month"):
        cells.parse_month("2025-13")


def test_background_excel_with_a_formula_without_saved_value_is_refused(tmp_project, tmp_path, file_bytes):
    """Brightway Excel imports read Excel's saved values; the same reader check refuses a formula
    cell without one (here on the second sheet) before anything is imported."""
    from workbench.services.product import background

    wb = Workbook()
    wb.active.append(["Database", "x"])
    ws = wb.create_sheet("activities")
    ws.append(["Activity", "steel"])
    ws.append(["amount", "=2*3"])
    f = tmp_path / "bg.xlsx"
    wb.save(f)
    before = file_bytes(tmp_project.path)
    with pytest.raises(InputError) as e:
        background.import_background(tmp_project, f, "excel", "bg")
    (err,) = e.value.errors
    assert (err.file, err.row, err.field) == ("bg.xlsx", 2, "B")
    assert err.reason.startswith("cell B2 on sheet 'activities' holds the formula =2*3 but no saved value")
    assert file_bytes(tmp_project.path) == before
