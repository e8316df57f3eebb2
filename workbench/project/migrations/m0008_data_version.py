"""The data version: one counter per table, bumped in the transaction of every action that writes it.

``audit_data_version(tbl, version)``: ``version`` is the file-wide counter's value at the table's
last change, so the file's data version is ``max(version)`` and the version of a result's inputs is
the max over its input tables: a staleness check is one indexed read, not a re-hash of the ledger.
The table name starts with ``audit_`` so it stays out of the canonical snapshot (it is bookkeeping
about the data, not data). An older file starts at version 0 for every table; results stored
before this migration carry no version and are checked the old way once.
"""

VERSION = 8


def up(conn):
    conn.execute("CREATE TABLE audit_data_version (tbl TEXT PRIMARY KEY, version INTEGER NOT NULL)")
