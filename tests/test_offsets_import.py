"""Importing credit lots: Verra registry export and the generic CSV/Excel template, with the
bad-input discipline (file, row, column, reason; the project file byte-identical after a failure)."""

import csv
import datetime as dt

import pytest

from offsets.importers import GENERIC_COLUMNS, write_generic_template
from workbench.project.errors import InputError
from workbench.services import offsets as svc

VERRA_HEADER = [
    "Issuance Date",
    "Vintage Start",
    "Vintage End",
    "ID",
    "Name",
    "Country/Area",
    "Project Type",
    "Methodology",
    "Quantity Issued",
    "Serial Number",
    "Additional Certifications",
    "Retirement/Cancellation Date",
    "Retirement Beneficiary",
    "Retirement Reason",
]
GOOD = [
    [
        "05/06/2021",
        "01/01/2020",
        "12/31/2020",
        "3",
        "Demo wind",
        "United States",
        "Energy industries",
        "ACM0002",
        "100",
        "0001-000001-000100-VCS-VCU-003-VER-US-0003-01012020-31122020-1",
        "CORSIA",
        "",
        "",
        "",
    ],
    [
        "2022-03-01",
        "2021-01-01",
        "2021-12-31",
        "1173",
        "Demo hydro",
        "India",
        "Energy industries",
        "AMS-I.D.",
        "1,000",
        "10345-213076459-213077458-VCS-VCU-1491-VER-IN-1-1173-01012021-31122021-0",
        "",
        "2024-02-02",
        "ACME Test Co.",
        "2023 claim",
    ],
]


@pytest.fixture(autouse=True)
def _own_register(tmp_path, monkeypatch):
    """Each test its own shared retirement register (the session's would mix tests' files)."""
    monkeypatch.setenv("CNW_RETIREMENT_REGISTER", str(tmp_path / "register.sqlite"))


def write_csv(path, header, rows):
    with open(path, "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(header)
        w.writerows(rows)
    return path


def test_verra_export_imports_whole(tmp_project, tmp_path):
    f = write_csv(tmp_path / "verra.csv", VERRA_HEADER, GOOD)
    res = svc.import_registry_file(tmp_project, f, kind="verra")
    assert res.rows == 2
    a, b = svc.list_lots(tmp_project)
    assert (a.quantity, a.serial_start, a.serial_end, a.host_country) == (100, 1, 100, "US")
    assert a.issuance_date == dt.date(2021, 5, 6) and a.corsia_eligible and a.status == "held"
    assert b.quantity == 1000 and b.status == "retired" and b.beneficiary == "ACME Test Co."
    assert b.retirement_date == dt.date(2024, 2, 2)
    # the same file again is refused, naming the earlier batch
    with pytest.raises(InputError, match="already imported"):
        svc.import_registry_file(tmp_project, f, kind="verra")


def test_bad_verra_rows_named_and_file_unchanged(tmp_project, tmp_path, file_bytes):
    rows = [list(r) for r in GOOD]
    rows[0][9] = "0001-000001-VCS-VCU-003"  # malformed serial, row 2
    rows[1][1] = "2021-02-01"  # vintage start disagrees with the serial, row 3
    rows.append(list(GOOD[0]))
    rows[2][8] = "ten"  # row 4
    f = write_csv(tmp_path / "bad.csv", VERRA_HEADER, rows)
    before = file_bytes(tmp_project.path)
    with pytest.raises(InputError) as exc:
        svc.import_registry_file(tmp_project, f, kind="verra")
    where = {(e.row, e.field) for e in exc.value.errors}
    assert where == {(2, "Serial Number"), (3, "Vintage Start"), (4, "Quantity Issued")}
    assert "bad.csv, row 3, column 'Vintage Start'" in str(exc.value)
    assert "nothing was imported" in str(exc.value)
    assert file_bytes(tmp_project.path) == before
    assert svc.list_lots(tmp_project) == []


def test_verra_missing_column(tmp_project, tmp_path, file_bytes):
    f = write_csv(tmp_path / "cols.csv", VERRA_HEADER[:8], [GOOD[0][:8]])
    before = file_bytes(tmp_project.path)
    with pytest.raises(InputError, match="missing column.*Quantity Issued"):
        svc.import_registry_file(tmp_project, f, kind="verra")
    assert file_bytes(tmp_project.path) == before


def test_stated_quantity_off_by_one_is_imported_and_flagged(tmp_project, tmp_path):
    rows = [list(GOOD[0])]
    rows[0][8] = "99"  # published examples sometimes count 1..100 as 99
    svc.import_registry_file(tmp_project, write_csv(tmp_path / "q.csv", VERRA_HEADER, rows))
    hits = [f for f in svc.check(tmp_project, standard="common") if f.rule_id == "SERIAL.QUANTITY"]
    assert hits and "stated quantity 99" in hits[0].message and "holds 100" in hits[0].message


def generic_rows():
    cols = [
        "registry",
        "programme",
        "unit_type",
        "prefix",
        "serial_start",
        "serial_end",
        "quantity",
        "vintage_start",
        "vintage_end",
        "issuance_date",
        "kind",
        "price",
        "kcci_principles",
        "project_start_date",
    ]
    rows = [
        [
            "KCCI",
            "KCS",
            "KCR",
            "KCR-2024-P0107",
            "1",
            "500",
            "500",
            "2024-01-01",
            "2024-12-31",
            "2025/05/20",
            "avoidance",
            "16500",
            "practicality;additionality;sustainability;verifiability",
            "2019-03-01",
        ],
        [
            "GIR",
            "KETS",
            "KOC",
            "KOC-2022-0017",
            "1",
            "250",
            "250",
            "2022-01-01",
            "2022-12-31",
            "2023-04-30",
            "removal",
            "11000",
            "",
            "",
        ],
    ]
    return cols, rows


def test_generic_csv_and_xlsx(tmp_project, tmp_path):
    from openpyxl import Workbook

    cols, rows = generic_rows()
    svc.import_registry_file(tmp_project, write_csv(tmp_path / "g.csv", cols, rows), kind="generic")
    wb = Workbook()
    ws = wb.active
    ws.append(cols)
    ws.append(
        [
            "MyCarbon",
            "MYCARBON",
            "CRA",
            "CRA-2024-00012",
            1,
            80,
            80,
            dt.date(2024, 1, 1),
            dt.date(2024, 12, 31),
            dt.datetime(2025, 2, 1),
            "avoidance",
            9000,
            None,
            None,
        ]
    )
    wb.save(tmp_path / "g.xlsx")
    svc.import_registry_file(tmp_project, tmp_path / "g.xlsx", kind="generic")
    lots = svc.list_lots(tmp_project)
    assert [lot.serial for lot in lots] == [
        "KCCI/KCR-2024-P0107/1-500",
        "GIR/KOC-2022-0017/1-250",
        "MyCarbon/CRA-2024-00012/1-80",
    ]
    assert lots[0].kcci_principles == ("practicality", "additionality", "sustainability", "verifiability")
    assert lots[0].issuance_date == dt.date(2025, 5, 20)
    assert lots[2].issuance_date == dt.date(2025, 2, 1) and lots[2].price == 9000


def test_generic_bad_rows_and_unknown_column(tmp_project, tmp_path, file_bytes):
    cols, rows = generic_rows()
    rows[0][1] = "XYZ"  # row 2: unknown programme
    rows[1][2] = "KCR"  # row 3: KCR is not a K-ETS unit
    rows.append(list(rows[1]))
    rows[2][2], rows[2][8] = "KOC", "2022-13-01"  # row 4: bad date
    before = file_bytes(tmp_project.path)
    with pytest.raises(InputError) as exc:
        svc.import_registry_file(tmp_project, write_csv(tmp_path / "g.csv", cols, rows), kind="generic")
    assert {(e.row, e.field) for e in exc.value.errors} == {
        (2, "programme"),
        (3, "unit_type"),
        (4, "vintage_end"),
    }
    with pytest.raises(InputError, match="row 1, column 'qty': unknown column"):
        svc.import_registry_file(
            tmp_project, write_csv(tmp_path / "h.csv", [*cols, "qty"], rows[:1]), kind="generic"
        )
    assert file_bytes(tmp_project.path) == before


def test_not_a_workbook_and_empty_file(tmp_project, tmp_path, file_bytes):
    bad = tmp_path / "fake.xlsx"
    bad.write_bytes(b"not a zip")
    empty = tmp_path / "empty.csv"
    empty.write_text("")
    before = file_bytes(tmp_project.path)
    with pytest.raises(InputError, match="fake.xlsx: not a readable .xlsx workbook"):
        svc.import_registry_file(tmp_project, bad, kind="generic")
    with pytest.raises(InputError, match="empty.csv: the file is empty"):
        svc.import_registry_file(tmp_project, empty, kind="generic")
    assert file_bytes(tmp_project.path) == before


def test_template_round_trips(tmp_path):
    for name in ("t.csv", "t.xlsx"):
        lots = svc.read_registry_file(write_generic_template(tmp_path / name), "generic")
        assert len(lots) == 1 and lots[0].unit_type == "KCR" and lots[0].quantity == 500
    with open(tmp_path / "t.csv", encoding="utf-8") as fh:
        assert next(csv.reader(fh)) == list(GENERIC_COLUMNS)


def test_progress_and_cancel(tmp_project, tmp_path, file_bytes):
    from workbench.project.errors import ProjectError

    rows = [["GIR", "KETS", "KOC", "KOC-2023-1", i * 10 + 1, i * 10 + 10, 10] for i in range(2500)]
    f = write_csv(
        tmp_path / "big.csv",
        ["registry", "programme", "unit_type", "prefix", "serial_start", "serial_end", "quantity"],
        rows,
    )
    seen = []
    before = file_bytes(tmp_project.path)
    with pytest.raises(ProjectError, match="big.csv: import cancelled at row 2000; nothing was imported"):
        svc.import_registry_file(
            tmp_project,
            f,
            kind="generic",
            progress=lambda x, m: seen.append(x),
            cancel=lambda: len(seen) >= 1,
        )
    assert file_bytes(tmp_project.path) == before and svc.list_lots(tmp_project) == []
    seen.clear()
    svc.import_registry_file(tmp_project, f, kind="generic", progress=lambda x, m: seen.append(x))
    assert len(svc.list_lots(tmp_project)) == 2500 and seen[-1] == 1.0 and seen == sorted(seen)
