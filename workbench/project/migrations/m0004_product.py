"""Product LCA: product systems (foreground activities, exchanges, parameters), background
references with cached per-unit scores, imported background databases, and units sold.

Everything a product footprint depends on is here, so the Brightway databases are a cache that
can be rebuilt on another machine. Licensed background data is referenced by (database, version,
activity code); ``product_background_values`` keeps the per-unit scores last computed with it, so
an auditor without the licence can re-check the numbers. ``cache_product_results`` holds derived
results keyed by a hash of their inputs (excluded from the snapshot as a ``cache_`` table).
"""

VERSION = 4

SQL = """
CREATE TABLE product_systems (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE CHECK (length(trim(name)) > 0),
    name_local TEXT,
    functional_unit TEXT NOT NULL DEFAULT '',
    reference_code TEXT NOT NULL,
    amount REAL NOT NULL DEFAULT 1 CHECK (amount > 0),
    description TEXT NOT NULL DEFAULT '',
    gwp_set TEXT,
    updated_at TEXT
);

CREATE TABLE product_activities (
    id INTEGER PRIMARY KEY,
    system_id INTEGER NOT NULL REFERENCES product_systems(id),
    code TEXT NOT NULL,
    name TEXT NOT NULL,
    stage TEXT NOT NULL CHECK (stage IN ('materials','manufacturing','distribution','use','end_of_life')),
    unit TEXT NOT NULL,
    production REAL NOT NULL DEFAULT 1,
    location TEXT NOT NULL DEFAULT 'GLO',
    comment TEXT NOT NULL DEFAULT '',
    UNIQUE (system_id, code)
);
CREATE INDEX product_activities_system ON product_activities(system_id);

CREATE TABLE product_exchanges (
    id INTEGER PRIMARY KEY,
    activity_id INTEGER NOT NULL REFERENCES product_activities(id),
    seq INTEGER NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('technosphere','background','biosphere')),
    target TEXT NOT NULL,
    amount REAL NOT NULL,
    unit TEXT NOT NULL,
    formula TEXT,
    unc_dist TEXT NOT NULL DEFAULT 'none'
        CHECK (unc_dist IN ('none','normal','lognormal','uniform','triangular')),
    unc_pct REAL NOT NULL DEFAULT 0 CHECK (unc_pct >= 0),
    comment TEXT NOT NULL DEFAULT ''
);
CREATE INDEX product_exchanges_activity ON product_exchanges(activity_id);

CREATE TABLE product_parameters (
    id INTEGER PRIMARY KEY,
    system_id INTEGER NOT NULL REFERENCES product_systems(id),
    name TEXT NOT NULL,
    amount REAL NOT NULL DEFAULT 0,
    formula TEXT,
    unc_dist TEXT NOT NULL DEFAULT 'none'
        CHECK (unc_dist IN ('none','normal','lognormal','uniform','triangular')),
    unc_pct REAL NOT NULL DEFAULT 0 CHECK (unc_pct >= 0),
    comment TEXT NOT NULL DEFAULT '',
    UNIQUE (system_id, name)
);

CREATE TABLE product_background (
    id INTEGER PRIMARY KEY,
    system_id INTEGER NOT NULL REFERENCES product_systems(id),
    ref_id TEXT NOT NULL,
    database TEXT NOT NULL,
    version TEXT NOT NULL DEFAULT '',
    code TEXT NOT NULL,
    name TEXT NOT NULL DEFAULT '',
    unit TEXT NOT NULL DEFAULT '',
    location TEXT NOT NULL DEFAULT '',
    reference_product TEXT NOT NULL DEFAULT '',
    licensed INTEGER NOT NULL DEFAULT 0 CHECK (licensed IN (0,1)),
    UNIQUE (system_id, ref_id)
);

CREATE TABLE product_background_values (
    id INTEGER PRIMARY KEY,
    database TEXT NOT NULL,
    version TEXT NOT NULL DEFAULT '',
    code TEXT NOT NULL,
    gwp_set TEXT NOT NULL,
    score_per_unit REAL NOT NULL,
    unit TEXT NOT NULL DEFAULT '',
    computed_at TEXT NOT NULL,
    UNIQUE (database, version, code, gwp_set)
);

CREATE TABLE product_bg_databases (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    version TEXT NOT NULL DEFAULT '',
    format TEXT NOT NULL CHECK (format IN ('ecospold2','simapro_csv','excel','shipped')),
    source_file TEXT NOT NULL DEFAULT '',
    sha256 TEXT NOT NULL DEFAULT '',
    licensed INTEGER NOT NULL DEFAULT 0 CHECK (licensed IN (0,1)),
    activities INTEGER NOT NULL DEFAULT 0,
    imported_at TEXT NOT NULL
);

CREATE TABLE product_sales (
    id INTEGER PRIMARY KEY,
    system_id INTEGER NOT NULL REFERENCES product_systems(id),
    period_id INTEGER NOT NULL REFERENCES periods(id),
    market TEXT NOT NULL DEFAULT '',
    units REAL NOT NULL CHECK (units >= 0),
    note TEXT NOT NULL DEFAULT '',
    UNIQUE (system_id, period_id, market)
);

CREATE TABLE cache_product_results (
    id INTEGER PRIMARY KEY,
    system_id INTEGER NOT NULL,
    gwp_set TEXT NOT NULL,
    input_hash TEXT NOT NULL,
    score REAL NOT NULL,
    result_json TEXT NOT NULL,
    computed_at TEXT NOT NULL,
    UNIQUE (system_id, gwp_set)
)
"""


def up(conn) -> None:
    for stmt in SQL.split(";\n"):
        if stmt.strip():
            conn.execute(stmt)
