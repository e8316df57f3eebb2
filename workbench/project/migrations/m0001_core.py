"""Core schema: organisation, subject, periods, sites, sources, activities, evidence, audit, lock."""

VERSION = 1

SQL = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);

CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL);

CREATE TABLE organisation (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    name_local TEXT,
    address TEXT,
    address_local TEXT,
    country TEXT,
    registration_no TEXT,
    senior_signatory TEXT,
    signatory_title TEXT,
    employees REAL,
    revenue REAL,
    revenue_currency TEXT
);

CREATE TABLE subject (
    id INTEGER PRIMARY KEY,
    kind TEXT NOT NULL CHECK (kind IN ('organisation','product','service','building','event')),
    name TEXT NOT NULL,
    name_local TEXT,
    description TEXT,
    functional_unit TEXT,
    consolidation TEXT NOT NULL DEFAULT 'operational control'
        CHECK (consolidation IN ('operational control','financial control','equity share'))
);

CREATE TABLE periods (
    id INTEGER PRIMARY KEY,
    label TEXT NOT NULL UNIQUE,
    start TEXT NOT NULL,
    "end" TEXT NOT NULL,
    is_base_year INTEGER NOT NULL DEFAULT 0,
    CHECK ("end" >= start)
);

CREATE TABLE sites (
    id INTEGER PRIMARY KEY,
    code TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    name_local TEXT,
    address TEXT,
    address_local TEXT,
    country TEXT,
    region TEXT,
    employees REAL,
    floor_area_m2 REAL
);

CREATE TABLE sources (
    id INTEGER PRIMARY KEY,
    code TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    name_local TEXT,
    scope INTEGER NOT NULL CHECK (scope IN (1,2,3)),
    s3_category INTEGER CHECK (s3_category BETWEEN 1 AND 15),
    iso_category INTEGER NOT NULL CHECK (iso_category BETWEEN 1 AND 6),
    site_id INTEGER REFERENCES sites(id),
    unit TEXT,
    factor_id TEXT,
    included INTEGER NOT NULL DEFAULT 1,
    exclusion_reason TEXT,
    notes TEXT,
    CHECK ((scope = 3) = (s3_category IS NOT NULL)),
    CHECK (included = 1 OR length(trim(coalesce(exclusion_reason,''))) > 0)
);

CREATE TABLE import_batches (
    id INTEGER PRIMARY KEY,
    kind TEXT NOT NULL,
    filename TEXT NOT NULL,
    sha256 TEXT NOT NULL,
    rows INTEGER NOT NULL,
    imported_at TEXT NOT NULL,
    imported_by TEXT NOT NULL,
    mapping TEXT
);

CREATE TABLE activities (
    id INTEGER PRIMARY KEY,
    source_id INTEGER NOT NULL REFERENCES sources(id),
    site_id INTEGER REFERENCES sites(id),
    period_id INTEGER NOT NULL REFERENCES periods(id),
    date_start TEXT NOT NULL,
    date_end TEXT NOT NULL,
    quantity REAL NOT NULL,
    unit TEXT NOT NULL,
    description TEXT,
    reference TEXT,
    unc_dist TEXT NOT NULL DEFAULT 'none'
        CHECK (unc_dist IN ('none','normal','lognormal','uniform','triangular')),
    unc_pct REAL,
    import_batch_id INTEGER REFERENCES import_batches(id)
);
CREATE INDEX activities_source ON activities(source_id);
CREATE INDEX activities_period ON activities(period_id);

CREATE TABLE attachments (
    id INTEGER PRIMARY KEY,
    sha256 TEXT NOT NULL,
    filename TEXT NOT NULL,
    media_type TEXT NOT NULL,
    size INTEGER NOT NULL,
    content BLOB NOT NULL,
    added_at TEXT NOT NULL,
    added_by TEXT NOT NULL,
    note TEXT
);

CREATE TABLE evidence_links (
    id INTEGER PRIMARY KEY,
    attachment_id INTEGER NOT NULL REFERENCES attachments(id),
    tbl TEXT NOT NULL,
    row_id INTEGER NOT NULL
);
CREATE INDEX evidence_links_row ON evidence_links(tbl, row_id);

CREATE TABLE audit_log (
    id INTEGER PRIMARY KEY,
    ts TEXT NOT NULL,
    user TEXT NOT NULL,
    action TEXT NOT NULL,
    tbl TEXT,
    row_id INTEGER,
    op TEXT NOT NULL,
    old TEXT,
    new TEXT,
    prev_hash TEXT NOT NULL,
    hash TEXT NOT NULL
);

CREATE TABLE audit_head (id INTEGER PRIMARY KEY CHECK (id = 1), last_id INTEGER NOT NULL, hash TEXT NOT NULL);

CREATE TABLE local_lock (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    user TEXT NOT NULL,
    host TEXT NOT NULL,
    pid INTEGER NOT NULL,
    token TEXT NOT NULL,
    since TEXT NOT NULL,
    mode TEXT NOT NULL
);
"""


def up(conn):
    for statement in SQL.split(";"):
        if statement.strip():
            conn.execute(statement)
