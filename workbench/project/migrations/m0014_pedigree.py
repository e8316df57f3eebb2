"""Data quality per activity row: the five pedigree-matrix scores (ecoinvent v3, Weidema et al. 2013).

- ``activities.ped_reliability``, ``ped_completeness``, ``ped_temporal``, ``ped_geographical``,
  ``ped_technological`` (further technological correlation): integers 1 (best) .. 5 (worst), all
  five NULL when the row carries no pedigree. Each column is CHECKed to 1..5 here; that the five
  are set together or not at all is checked by the inventory's rules, which name the row and field. The organisation Monte Carlo turns
  them into a lognormal spread (:func:`lca.montecarlo.pedigree_pct`), added to a lognormal basic
  uncertainty as ecoinvent does; a row with scores takes no normal/uniform/triangular basic.

Rows existing before this migration carry no pedigree (NULL). A partial index over the scored rows
(``activities_pedigree``) lets the Monte Carlo find them without scanning a million-row ledger.
"""

VERSION = 14

COLUMNS = ("ped_reliability", "ped_completeness", "ped_temporal", "ped_geographical", "ped_technological")


def up(conn):
    for col in COLUMNS:
        conn.execute(
            f"ALTER TABLE activities ADD COLUMN {col} INTEGER CHECK ({col} IS NULL OR {col} BETWEEN 1 AND 5)"
        )
    conn.execute(
        "CREATE INDEX activities_pedigree ON activities (period_id, id) WHERE ped_reliability IS NOT NULL"
    )
