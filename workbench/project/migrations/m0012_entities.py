"""Organisational boundary: entities, sites belonging to entities, group inventories.

- ``entities``: the reporting organisation and the operations it holds (subsidiary, joint
  venture, associate, franchise, leased asset), each with the group's equity share (%), whether
  the group has financial control (``yes`` / ``no`` / ``joint``) and operational control
  (``yes`` / ``no``), the dates it was acquired / divested (ISO dates, NULL = held all along),
  its emissions in the base year (``base_year_tco2e``, for the GHG Protocol ch. 5 structural-change
  check) and the evidence of ownership and control (text; files through ``evidence_links``).
  ``file_id`` / ``file_path``: the entity's own project file, when its inventory is consolidated
  from it (group inventories).
- ``sites.entity_id``: the entity a site belongs to; NULL = the reporting organisation.
- ``consolidation_imports``: one row per subsidiary file brought into a group inventory: the
  file's path, id, snapshot hash and verification state when read, the share applied, the
  approach, who and when. ``consolidation_lines``: that file's totals by breakdown (scope,
  s3_category, gas, site) gross and at the group's share.
- ``cache_consolidation``: the shares per entity computed with a period's footprint (same inputs
  hash; derived, outside the snapshot).
- ``intragroup_transfers``: energy one entity sells to another (seller's scope 1, buyer's scope
  2), eliminated once at group level.

Files older than this migration get one entity, the reporting organisation at 100 % with both
controls, owning every site.
"""

VERSION = 12

SQL = """
CREATE TABLE entities (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE CHECK (length(trim(name)) > 0),
    name_local TEXT,
    kind TEXT NOT NULL CHECK (kind IN ('reporting organisation','subsidiary','joint venture',
        'associate','franchise','leased asset')),
    equity_pct REAL NOT NULL DEFAULT 100 CHECK (equity_pct >= 0 AND equity_pct <= 100),
    financial_control TEXT NOT NULL DEFAULT 'yes' CHECK (financial_control IN ('yes','no','joint')),
    operational_control TEXT NOT NULL DEFAULT 'yes' CHECK (operational_control IN ('yes','no')),
    acquired TEXT,
    divested TEXT,
    base_year_tco2e REAL CHECK (base_year_tco2e IS NULL OR base_year_tco2e >= 0),
    file_id TEXT,
    file_path TEXT,
    evidence TEXT,
    notes TEXT,
    CHECK (divested IS NULL OR acquired IS NULL OR divested > acquired)
);

ALTER TABLE sites ADD COLUMN entity_id INTEGER REFERENCES entities(id);

CREATE TABLE consolidation_imports (
    id INTEGER PRIMARY KEY,
    entity_id INTEGER NOT NULL REFERENCES entities(id),
    period_id INTEGER NOT NULL REFERENCES periods(id),
    file_path TEXT NOT NULL,
    file_id TEXT NOT NULL,
    snapshot_hash TEXT NOT NULL,
    verification TEXT NOT NULL,
    sub_period TEXT NOT NULL,
    gwp_set TEXT NOT NULL,
    approach TEXT NOT NULL,
    share_pct REAL NOT NULL,
    gross_total REAL NOT NULL,
    counted_total REAL NOT NULL,
    figures TEXT NOT NULL,
    consolidated_at TEXT NOT NULL,
    consolidated_by TEXT NOT NULL,
    UNIQUE (entity_id, period_id)
);

CREATE TABLE consolidation_lines (
    id INTEGER PRIMARY KEY,
    import_id INTEGER NOT NULL REFERENCES consolidation_imports(id),
    breakdown TEXT NOT NULL CHECK (breakdown IN ('scope','s3_category','gas','site')),
    key TEXT NOT NULL,
    gross REAL NOT NULL,
    counted REAL NOT NULL
);
CREATE INDEX consolidation_lines_import ON consolidation_lines(import_id);

CREATE TABLE cache_consolidation (
    id INTEGER PRIMARY KEY,
    period_id INTEGER NOT NULL UNIQUE REFERENCES periods(id),
    inputs_hash TEXT NOT NULL,
    computed_at TEXT NOT NULL,
    result TEXT NOT NULL
);

CREATE TABLE intragroup_transfers (
    id INTEGER PRIMARY KEY,
    period_id INTEGER NOT NULL REFERENCES periods(id),
    seller_entity_id INTEGER NOT NULL REFERENCES entities(id),
    buyer_entity_id INTEGER NOT NULL REFERENCES entities(id),
    energy TEXT NOT NULL CHECK (energy IN ('electricity','heat','steam','cooling')),
    quantity_mwh REAL NOT NULL CHECK (quantity_mwh > 0),
    buyer_kg_co2e_per_mwh REAL NOT NULL CHECK (buyer_kg_co2e_per_mwh >= 0),
    evidence TEXT,
    notes TEXT,
    CHECK (seller_entity_id <> buyer_entity_id)
)
"""


def up(conn):
    for statement in SQL.split(";"):
        if statement.strip():
            conn.execute(statement)
    # an older file: its organisation becomes the one entity, at 100 %, owning every site
    org = conn.execute("SELECT name, name_local FROM organisation ORDER BY id LIMIT 1").fetchone()
    if org is not None:
        cur = conn.execute(
            "INSERT INTO entities (name, name_local, kind, equity_pct, financial_control,"
            " operational_control, evidence) VALUES (?, ?, 'reporting organisation', 100, 'yes', 'yes',"
            " 'the reporting organisation (created when the file was upgraded)')",
            (org[0], org[1]),
        )
        conn.execute("UPDATE sites SET entity_id = ?", (cur.lastrowid,))
