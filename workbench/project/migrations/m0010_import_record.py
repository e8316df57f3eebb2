"""Background-database import records keep what the import left out or decided.

- ``product_bg_databases.dropped_json``: the exchanges of the imported file that are not in the
  Brightway database (dropped at the user's choice because they could not be linked, or removed by a
  bw2io strategy such as zero-amount inputs), each with activity, type, name, unit, amount, category
  and the reason, as a JSON list. ``[]`` when nothing was left out.
- ``product_bg_databases.import_notes_json``: the links the user chose for unlinked exchanges, the
  background databases the file was linked to, and bw2io strategies skipped on a dataset (with the
  error), as a JSON object.

Rows imported before this migration get ``[]`` / ``{}``: those imports refused unlinked exchanges,
but may have had inputs removed by bw2io's ghost-exchange strategies without a record.
"""

VERSION = 10


def up(conn):
    conn.execute("ALTER TABLE product_bg_databases ADD COLUMN dropped_json TEXT NOT NULL DEFAULT '[]'")
    conn.execute("ALTER TABLE product_bg_databases ADD COLUMN import_notes_json TEXT NOT NULL DEFAULT '{}'")
