"""Reduction plan: measures (and the sources each acts on), targets, management plan text.

All tables are in the canonical snapshot: the plan is part of what a carbon-neutrality claim
depends on (ISO 14068-1 management plan; PAS 2060 carbon footprint management plan). Plan settings
(discount rate, BAU growth, currency) live in ``settings`` under ``plan_*`` keys. Evidence files
for a measure are ``evidence_links`` rows with ``tbl = 'plan_measures'``.
"""

VERSION = 5

SQL = """
CREATE TABLE plan_measures (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL CHECK (length(trim(name)) > 0),
    name_local TEXT,
    kind TEXT NOT NULL CHECK (kind IN ('pct','tco2e')),
    abatement REAL NOT NULL CHECK (abatement >= 0 AND (kind = 'tco2e' OR abatement <= 100)),
    capex REAL NOT NULL DEFAULT 0 CHECK (capex >= 0),
    opex_change REAL NOT NULL DEFAULT 0,
    lifetime INTEGER NOT NULL CHECK (lifetime > 0),
    start_year INTEGER NOT NULL CHECK (start_year BETWEEN 1990 AND 2100),
    status TEXT NOT NULL DEFAULT 'planned' CHECK (status IN ('planned','in_progress','done')),
    evidence TEXT,
    notes TEXT
);

CREATE TABLE plan_measure_sources (
    id INTEGER PRIMARY KEY,
    measure_id INTEGER NOT NULL REFERENCES plan_measures(id),
    source_id INTEGER NOT NULL REFERENCES sources(id),
    UNIQUE (measure_id, source_id)
);
CREATE INDEX plan_measure_sources_measure ON plan_measure_sources(measure_id);

CREATE TABLE plan_targets (
    id INTEGER PRIMARY KEY,
    kind TEXT NOT NULL UNIQUE CHECK (kind IN ('absolute','intensity')),
    base_year INTEGER NOT NULL,
    target_year INTEGER NOT NULL,
    scopes TEXT NOT NULL,
    pathway TEXT NOT NULL CHECK (pathway IN ('sbti_1.5c','sbti_wb2c','custom')),
    annual_rate_pct REAL CHECK (annual_rate_pct BETWEEN 0 AND 100),
    reduction_pct REAL CHECK (reduction_pct BETWEEN 0 AND 100),
    base_value REAL CHECK (base_value >= 0),
    base_denominator REAL CHECK (base_denominator > 0),
    denominator_unit TEXT,
    notes TEXT,
    CHECK (target_year > base_year)
);

CREATE TABLE plan_management (
    id INTEGER PRIMARY KEY,
    section TEXT NOT NULL CHECK (section IN
        ('commitment','timescale','targets','measures','offset_strategy','review_cycle')),
    lang TEXT NOT NULL CHECK (lang IN ('en','ko')),
    text TEXT NOT NULL,
    UNIQUE (section, lang)
)
"""


def up(conn):
    for statement in SQL.split(";"):
        if statement.strip():
            conn.execute(statement)
