"""Value mappings of the activity import: what a file's values mean in this project.

- ``import_value_mappings``: one row per kind (``source`` or ``site``) and file value, giving the
  project code it stands for (``Diesel generators`` -> source ``DSL-GEN``, ``Busan plant`` -> site
  ``BS1``). ``value_key`` is the file value trimmed, with runs of spaces made one and case folded,
  so ``busan  PLANT`` finds the same mapping; ``file_value`` keeps the text as first chosen.

The import wizard saves the mappings chosen for a file with its import, and every later import
applies them to the cells before they are checked (``workbench.services.inventory.value_map``).
The code is not a foreign key: a mapping whose code was renamed or deleted since is reported by
the import with the row and the value, and the mapping can then be changed.
"""

VERSION = 16


def up(conn):
    conn.execute(
        """CREATE TABLE import_value_mappings (
            id INTEGER PRIMARY KEY,
            kind TEXT NOT NULL CHECK (kind IN ('source', 'site')),
            value_key TEXT NOT NULL,
            file_value TEXT NOT NULL,
            code TEXT NOT NULL,
            saved_at TEXT NOT NULL,
            saved_by TEXT,
            UNIQUE (kind, value_key)
        )"""
    )
