"""Offsets: credit lots, retired ranges imported from other project files, claims per period.

- ``offset_lots``: one row per credit lot (offsets.lots.CreditLot); serial range both ends
  inclusive, ``serial_key`` its numbering namespace (offsets.serials). Booleans are 0/1, dates ISO
  text, ``kcci_principles`` a ';'-separated list. The receipt of a retirement is an attachment
  (``evidence_attachment_id``, also linked through ``evidence_links``).
- ``offset_external_retirements``: retired ranges from other .cnw files (a consultant's other
  clients), used only for double-counting checks.
- ``offset_claims``: per period, the standard claimed, an explicit residual (when the footprint
  result is not used), the declaration date and the facts the claim rules need.
"""

VERSION = 3

SQL = """
CREATE TABLE offset_lots (
    id INTEGER PRIMARY KEY,
    registry TEXT NOT NULL,
    programme TEXT NOT NULL,
    unit_type TEXT NOT NULL,
    serial TEXT NOT NULL,
    serial_key TEXT NOT NULL,
    serial_start INTEGER NOT NULL,
    serial_end INTEGER NOT NULL CHECK (serial_end >= serial_start),
    quantity INTEGER NOT NULL CHECK (quantity > 0),
    project_id TEXT,
    project_name TEXT,
    methodology TEXT,
    host_country TEXT,
    vintage_start TEXT,
    vintage_end TEXT,
    issuance_date TEXT,
    kind TEXT NOT NULL DEFAULT 'avoidance' CHECK (kind IN ('removal','avoidance')),
    ccp_label INTEGER NOT NULL DEFAULT 0,
    corsia_eligible INTEGER NOT NULL DEFAULT 0,
    corresponding_adjustment INTEGER NOT NULL DEFAULT 0,
    price REAL,
    currency TEXT,
    status TEXT NOT NULL DEFAULT 'held' CHECK (status IN ('held','planned','retired','cancelled')),
    retirement_date TEXT,
    beneficiary TEXT,
    retirement_reference TEXT,
    evidence_attachment_id INTEGER REFERENCES attachments(id),
    claim_period_id INTEGER REFERENCES periods(id),
    verifier TEXT,
    project_start_date TEXT,
    kcci_principles TEXT,
    reduction_scope INTEGER,
    annual_volume_t REAL,
    project_scale TEXT,
    committee_approved INTEGER,
    activity_type TEXT,
    cancellation_ground TEXT,
    kets_compliance_year INTEGER,
    origin TEXT,
    korean_share_pct REAL,
    koc_issuance_date TEXT,
    conversion_date TEXT,
    notes TEXT,
    import_batch_id INTEGER REFERENCES import_batches(id)
);
CREATE INDEX offset_lots_serial ON offset_lots(serial_key, serial_start);
CREATE INDEX offset_lots_period ON offset_lots(claim_period_id);

CREATE TABLE offset_external_retirements (
    id INTEGER PRIMARY KEY,
    source TEXT NOT NULL,
    source_file_id TEXT,
    source_lot_id INTEGER,
    serial TEXT NOT NULL,
    serial_key TEXT NOT NULL,
    serial_start INTEGER NOT NULL,
    serial_end INTEGER NOT NULL,
    beneficiary TEXT,
    retirement_date TEXT,
    import_batch_id INTEGER REFERENCES import_batches(id)
);
CREATE INDEX offset_external_serial ON offset_external_retirements(serial_key, serial_start);

CREATE TABLE offset_claims (
    id INTEGER PRIMARY KEY,
    period_id INTEGER NOT NULL UNIQUE REFERENCES periods(id),
    standard TEXT NOT NULL DEFAULT 'ISO14068-1' CHECK (standard IN ('ISO14068-1','PAS2060')),
    residual_t REAL CHECK (residual_t IS NULL OR residual_t >= 0),
    declaration_date TEXT,
    first_period INTEGER NOT NULL DEFAULT 1,
    reductions_t REAL,
    kets_entity INTEGER NOT NULL DEFAULT 0,
    note TEXT
);
"""


def up(conn) -> None:
    for stmt in SQL.split(";"):
        if stmt.strip():
            conn.execute(stmt)
