"""Registry labels and Sustainable Development Goals are fields of a credit lot (issue 18):
read from real exports and from the generic template, stored, refused with the row and column
when wrong, and moved out of the notes of lots imported before migration 15."""

from __future__ import annotations

import csv
import json
import sqlite3

import pytest

from offsets.importers import GENERIC_COLUMNS, parse_sdgs
from workbench import open_project
from workbench.project.errors import InputError
from workbench.services import offsets as svc


def _generic(path, rows):
    with open(path, "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["registry", "programme", "unit_type", "serial", "quantity", "sdg_goals", "labels"])
        w.writerows(rows)
    return path


def test_generic_template_has_the_label_columns():
    assert {"sdg_goals", "labels"} <= set(GENERIC_COLUMNS)


def test_generic_rows_carry_goals_and_labels_into_the_lot(tmp_project, tmp_path):
    path = _generic(
        tmp_path / "lots.csv",
        [
            [
                "KCCI",
                "KCS",
                "KCR",
                "KCCI/KCR-2024-P0107/1-500",
                500,
                "13; 7",
                "Article 6 Authorized; ICVCM CCP",
            ],
            ["GIR", "KETS", "KOC", "GIR/KOC-2022-0017/1-250", 250, "SDG 3, SDG 13", ""],
            ["MyCarbon", "MYCARBON", "CRA", "MyCarbon/CRA-2024-00012/1-80", 80, "", ""],
        ],
    )
    svc.import_registry_file(tmp_project, path, kind="generic")
    lots = {lot.unit_type: lot for lot in svc.list_lots(tmp_project)}
    assert lots["KCR"].sdg_goals == (7, 13)
    assert lots["KCR"].labels == ("Article 6 Authorized", "ICVCM CCP")
    assert (lots["KOC"].sdg_goals, lots["KOC"].labels) == ((3, 13), ())
    assert (lots["CRA"].sdg_goals, lots["CRA"].labels) == ((), ())
    stored = tmp_project.one("SELECT sdg_goals, labels FROM offset_lots WHERE unit_type = 'KCR'")
    assert (stored["sdg_goals"], json.loads(stored["labels"])) == (
        "7,13",
        ["Article 6 Authorized", "ICVCM CCP"],
    )


@pytest.mark.parametrize(
    "cell, reason",
    [
        ("18", "goal 18 is not one of the 17"),
        ("thirteen", "'thirteen' is not a goal number"),
        ("0", "goal 0"),
    ],
)
def test_a_wrong_goal_is_refused_with_row_and_column(tmp_project, tmp_path, file_bytes, cell, reason):
    path = _generic(
        tmp_path / "bad.csv",
        [
            ["KCCI", "KCS", "KCR", "KCCI/KCR-2024-P0107/1-500", 500, "13", ""],
            ["KCCI", "KCS", "KCR", "KCCI/KCR-2024-P0108/1-10", 10, cell, ""],
        ],
    )
    before = file_bytes(tmp_project.path)
    with pytest.raises(InputError) as exc:
        svc.import_registry_file(tmp_project, path, kind="generic")
    assert [(e.row, e.field) for e in exc.value.errors] == [(3, "sdg_goals")]
    assert reason in str(exc.value)
    assert file_bytes(tmp_project.path) == before


def test_registry_cell_forms_of_the_goals():
    assert parse_sdgs("03: Good Health and Well-Being;06: Clean Water and Sanitation;13: Climate Action") == (
        3,
        6,
        13,
    )
    assert parse_sdgs("13,13, 7") == (7, 13)
    assert parse_sdgs("") == ()


def _tables_after_14(conn) -> list[str]:
    from workbench.project import schema

    mem = sqlite3.connect(":memory:")
    for m in schema.migrations():
        if m.version <= 14:
            m.up(mem)
    at_14 = {r[0] for r in mem.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    mem.close()
    now = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
    return [t for t in now if t not in at_14 and not t.startswith(("sqlite_", "cache_", "audit_", "local_"))]


def test_older_file_copies_labels_and_goals_out_of_the_notes(tmp_project, tmp_path):
    """A file at schema 14 whose lot carries the importer's old notes text is upgraded on open."""
    svc.import_registry_file(
        tmp_project,
        _generic(tmp_path / "one.csv", [["KCCI", "KCS", "KCR", "KCCI/KCR-2024-P0107/1-500", 500, "", ""]]),
        kind="generic",
    )
    path = tmp_project.path
    tmp_project.close()
    old_notes = (
        "project type: Energy industries; labels: Article 6 Authorized; ICVCM CCP; "
        "CORSIA 2021-2023 compliance period (pilot phase); SDGs: 3, 6, 13; account holder: ACME Ltd"
    )
    conn = sqlite3.connect(path)
    for trig in [
        r[0]
        for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type='trigger' AND tbl_name='offset_lots'"
        )
    ]:
        conn.execute(f'DROP TRIGGER "{trig}"')  # a schema 14 file had none (they are re-made on open)
    conn.execute("ALTER TABLE offset_lots DROP COLUMN sdg_goals")
    conn.execute("ALTER TABLE offset_lots DROP COLUMN labels")
    for table in _tables_after_14(conn):  # what later migrations add, so the file is a schema-14 one
        conn.execute(f'DROP TABLE "{table}"')
    conn.execute("UPDATE offset_lots SET notes = ?", (old_notes,))
    conn.execute("PRAGMA user_version = 14")
    conn.commit()
    conn.close()
    p = open_project(path)
    try:
        (lot,) = svc.list_lots(p)
    finally:
        p.close()
    assert lot.sdg_goals == (3, 6, 13)
    assert lot.labels == (
        "Article 6 Authorized",
        "ICVCM CCP",
        "CORSIA 2021-2023 compliance period (pilot phase)",
    )
    assert lot.notes == old_notes  # left as it was: it may be covered by a signature


def test_puro_lot_from_the_generic_template_is_a_removal(tmp_project, tmp_path):
    path = _generic(
        tmp_path / "puro.csv",
        [
            [
                "Puro.earth",
                "PURO",
                "CORC",
                "PURO_PR_CORC100+_FI_577166_2020_055a3fbe-eabc-4535-b9cf-1028e7d18f89_1-100",
                100,
                "13",
                "CORC100+",
            ]
        ],
    )
    svc.import_registry_file(tmp_project, path, kind="generic")
    (lot,) = svc.list_lots(tmp_project)
    assert (lot.kind, lot.quantity, lot.host_country) == ("removal", 100, "FI")
    assert lot.serial_key == "PURO:055a3fbe-eabc-4535-b9cf-1028e7d18f89"
