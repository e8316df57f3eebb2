"""Cached footprint results remember the data version of their inputs.

- ``cache_footprint.inputs_version``: the data version (migration 8) of the footprint's input
  tables when the result was computed, so :func:`workbench.services.footprint.latest` decides
  staleness with one indexed read instead of re-hashing the ledger.
- ``cache_footprint.ledger_hash``: the part of ``inputs_hash`` that covers the activity rows, so
  when only small input tables changed since (a setting, an evidence link elsewhere in the file)
  the check re-hashes those and not the ledger.

Both NULL for results stored before this migration: those are checked by their ``inputs_hash``
as before.
"""

VERSION = 9


def up(conn):
    conn.execute("ALTER TABLE cache_footprint ADD COLUMN inputs_version INTEGER")
    conn.execute("ALTER TABLE cache_footprint ADD COLUMN ledger_hash TEXT")
