"""A signature made before a schema upgrade still holds after it, and only then.

The file is a real one written by the workbench at schema 11 (tests/data/old_files/README.md): the
demo journey, signed. Migrations since add tables filled from existing data (the reporting
organisation as the first entity) and columns (sites.entity_id, offset_lots.sdg_goals ...). The
signed data is unchanged, so the signature must hold, in read-only mode (upgraded in memory) and
after the file itself is upgraded; an edit of what an upgrade added, or of signed data, made after
it must still be reported.
"""

from __future__ import annotations

import gzip
import shutil
import sqlite3
from pathlib import Path

import pytest

from workbench import open_project
from workbench.project import schema
from workbench.services import inventory
from workbench.services import verification as v

OLD = Path(__file__).parent / "data" / "old_files" / "demo_signed_schema11.cnw.gz"


@pytest.fixture
def signed_old(tmp_path) -> Path:
    path = tmp_path / "signed-at-11.cnw"
    with gzip.open(OLD, "rb") as src, path.open("wb") as dst:
        shutil.copyfileobj(src, dst)
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 11 < schema.latest_version()
    conn.close()
    return path


def _status(path, mode="read"):
    with open_project(path, mode=mode) as p:
        return v.status(p, full=True)


def test_signature_holds_when_the_file_is_upgraded_in_memory(signed_old, file_bytes):
    before = file_bytes(signed_old)
    st = _status(signed_old)
    assert st.signed and st.signature_valid and not st.signed_data_changed and st.tamper == []
    assert len(st.notes) == 1 and "schema was upgraded since signing" in st.notes[0]
    assert "entities" in st.notes[0] and "sites" in st.notes[0]
    assert file_bytes(signed_old) == before  # read-only: upgraded in memory only


def test_signature_holds_after_the_file_itself_is_upgraded(signed_old):
    with open_project(signed_old) as p:  # editing: migrated on disk (a backup is kept beside it)
        assert p.conn.execute("PRAGMA user_version").fetchone()[0] == schema.latest_version()
    st = _status(signed_old)
    assert st.signature_valid and not st.signed_data_changed and st.tamper == []
    assert list(signed_old.parent.glob("*.cnw*backup*")) or list(signed_old.parent.glob("*schema11*"))


@pytest.mark.parametrize(
    "edit, named",
    [
        ("UPDATE entities SET equity_pct = 40", "entities changed after the upgrade that added it"),
        (
            "UPDATE sites SET entity_id = 999 WHERE id = (SELECT min(id) FROM sites)",
            "sites",
        ),  # an added column
        (
            "UPDATE activities SET quantity = quantity + 1 WHERE id = (SELECT min(id) FROM activities)",
            "activities",
        ),
    ],
    ids=["upgrade-table", "upgrade-column", "signed-data"],
)
def test_an_edit_after_the_upgrade_outside_the_app_is_still_caught(signed_old, edit, named):
    with open_project(signed_old):
        pass  # upgrade the file on disk
    conn = sqlite3.connect(signed_old)
    conn.execute(edit)
    conn.commit()
    conn.close()
    st = _status(signed_old)
    assert st.signed_data_changed and st.tamper_kinds == ["data_changed_outside"]
    assert named in st.tamper[0].message


def test_an_edit_through_the_app_after_the_upgrade_is_reported_as_such(signed_old):
    with open_project(signed_old) as p:
        row = p.one("SELECT id, quantity FROM activities ORDER BY id LIMIT 1")
        inventory.update_activity(p, row["id"], quantity=row["quantity"] + 1)
    st = _status(signed_old)
    assert st.signed_data_changed and "data_changed_app" in st.tamper_kinds
