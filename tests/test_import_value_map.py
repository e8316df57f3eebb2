"""Value mapping of the activity import through the service: file values ("Diesel generators",
"Busan plant") mapped to source and site codes, saved in the project (migration 16), reused by the
next import, applied before the rows are checked; the recorded hash stays the file's as read; a
mapping to a code the project lacks is refused naming the row and the value, with the file
byte-identical. Real SQLite files."""

from __future__ import annotations

import hashlib

import pytest

from workbench.project.errors import InputError, ProjectError
from workbench.services import boundary, inventory


@pytest.fixture
def project(tmp_project):
    boundary.add_site(tmp_project, "BS1", "Busan plant")
    boundary.add_site(tmp_project, "SEL", "Seoul HQ")
    boundary.add_source(tmp_project, "DSL-GEN", "Diesel generators", scope=1, site="BS1", unit="L")
    boundary.add_source(tmp_project, "ELEC", "Purchased electricity", scope=2, site="SEL", unit="kWh")
    return tmp_project


def write(path, rows):
    lines = ["source,site,date,quantity,unit"] + [",".join(r) for r in rows]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


ROWS = [
    ("Diesel generators", "Busan plant", "2025-01", "120", "L"),
    ("diesel  GENERATORS", "busan plant", "2025-02", "130", "L"),
    ("ELEC", "Seoul HQ", "2025-01", "1000", "kWh"),
]


def test_unknown_values_are_reported_with_suggestions(project, tmp_path):
    f = write(tmp_path / "a.csv", ROWS)
    res = inventory.import_activities(project, f, preview=True)
    assert res.unknown_values == {
        "source": {"Diesel generators": 1, "diesel  GENERATORS": 1},
        "site": {"Busan plant": 1, "busan plant": 1, "Seoul HQ": 1},
    }
    assert inventory.suggest_codes(project, "source", "Diesel generators")[0] == "DSL-GEN"
    assert inventory.suggest_codes(project, "site", "Busan plant")[0] == "BS1"
    assert inventory.suggest_codes(project, "site", "Seoul HQ")[0] == "SEL"
    assert inventory.suggest_codes(project, "source", "zzzz qqq") == []


def test_mapping_applied_saved_and_reused(project, tmp_path):
    f = write(tmp_path / "a.csv", ROWS)
    vm = {
        "source": {"Diesel generators": "DSL-GEN"},
        "site": {"Busan plant": "BS1", "Seoul HQ": "SEL"},
    }
    pre = inventory.import_activities(project, f, preview=True, value_map=vm)
    assert pre.errors == [] and pre.rows == 3 and pre.unknown_values == {}
    assert inventory.value_mappings(project) == {"source": {}, "site": {}}  # a dry run saves nothing
    res = inventory.import_activities(project, f, value_map=vm)
    assert res.rows == 3
    assert res.sha256 == hashlib.sha256(f.read_bytes()).hexdigest()  # the file as read, not as mapped
    batch = project.one("SELECT sha256 FROM import_batches WHERE id = ?", (res.batch_id,))
    assert batch["sha256"] == res.sha256
    got = project.rows(
        "SELECT s.code AS source, t.code AS site, a.quantity FROM activities a JOIN sources s ON "
        "s.id = a.source_id JOIN sites t ON t.id = a.site_id ORDER BY a.id"
    )
    assert got == [
        {"source": "DSL-GEN", "site": "BS1", "quantity": 120.0},
        {"source": "DSL-GEN", "site": "BS1", "quantity": 130.0},
        {"source": "ELEC", "site": "SEL", "quantity": 1000.0},
    ]
    assert inventory.value_mappings(project) == vm
    audit = project.rows("SELECT tbl FROM audit_log WHERE tbl = 'import_value_mappings'")
    assert len(audit) == 3
    # the next import of a file with the same names needs no mapping
    g = write(tmp_path / "b.csv", [("DIESEL GENERATORS", " Busan  Plant ", "2025-03", "7", "L")])
    again = inventory.import_activities(project, g)
    assert again.rows == 1
    last = project.one("SELECT source_id, site_id FROM activities ORDER BY id DESC LIMIT 1")
    assert last == {
        "source_id": project.one("SELECT id FROM sources WHERE code = 'DSL-GEN'")["id"],
        "site_id": project.one("SELECT id FROM sites WHERE code = 'BS1'")["id"],
    }


def test_mapping_to_missing_code_names_row_and_value(project, tmp_path, file_bytes):
    f = write(tmp_path / "a.csv", ROWS)
    before = file_bytes(project.path)
    vm = {"source": {"Diesel generators": "DSL-GXX"}, "site": {"Busan plant": "BS9", "Seoul HQ": "SEL"}}
    with pytest.raises(InputError) as exc:
        inventory.import_activities(project, f, value_map=vm)
    errs = [(e.row, e.field, e.reason) for e in exc.value.errors]
    assert (
        2,
        "source",
        "'Diesel generators' is mapped to emission source 'DSL-GXX', which this project does not have; "
        "change the value mapping",
    ) in errs
    assert (
        3,
        "site",
        "'busan plant' is mapped to site 'BS9', which this project does not have; change the value mapping",
    ) in errs
    assert file_bytes(project.path) == before
    # saving it directly is refused whole, naming the value and the code
    with pytest.raises(
        ProjectError, match="'Diesel generators' -> 'DSL-GXX': this project has no emission source"
    ):
        inventory.save_value_mappings(project, vm)
    assert file_bytes(project.path) == before


def test_saved_mapping_whose_code_was_deleted(project, tmp_path, file_bytes):
    inventory.save_value_mappings(project, {"source": {"Gas boiler": "DSL-GEN"}})
    assert inventory.value_mappings(project)["source"] == {"Gas boiler": "DSL-GEN"}
    project.conn.execute("UPDATE sources SET code = 'DSL-OLD' WHERE code = 'DSL-GEN'")  # renamed behind
    project.conn.commit()
    f = write(tmp_path / "c.csv", [("Gas boiler", "BS1", "2025-01", "5", "L")])
    before = file_bytes(project.path)
    with pytest.raises(InputError) as exc:
        inventory.import_activities(project, f)
    assert [(e.row, e.field) for e in exc.value.errors] == [(2, "source")]
    assert "'Gas boiler' is mapped to emission source 'DSL-GEN'" in exc.value.errors[0].reason
    assert file_bytes(project.path) == before
    # removing the mapping (code None) through the service
    assert inventory.save_value_mappings(project, {"source": {"gas BOILER": None}}) == 1
    assert inventory.value_mappings(project)["source"] == {}
