"""Factor uncertainty overridable per factor copy.

- ``factor_uncertainty``: a project's own uncertainty for one factor it uses (``factor_id`` as in
  ``factor_copies``), with where the value comes from (``source``, required) and why it replaces the
  default (``reason``). The organisation Monte Carlo takes it before the factor's own uncertainty
  and the shipped table ``resources/factors/uncertainty.csv``. ``unc_dist = 'none'`` with
  ``unc_pct`` 0 states that the factor is exact (no uncertainty drawn).
"""

VERSION = 11

SQL = """
CREATE TABLE factor_uncertainty (
    id INTEGER PRIMARY KEY,
    factor_id TEXT NOT NULL UNIQUE CHECK (length(trim(factor_id)) > 0),
    unc_dist TEXT NOT NULL CHECK (unc_dist IN ('none','normal','lognormal','uniform','triangular')),
    unc_pct REAL NOT NULL CHECK (unc_pct >= 0),
    source TEXT NOT NULL CHECK (length(trim(source)) > 0),
    reason TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL
);
"""


def up(conn):
    for statement in SQL.split(";"):
        if statement.strip():
            conn.execute(statement)
