"""Reduction projects: the organisation's own projects certified under the KCCI Carbon Standard or
MyCarbon, from methodology to issued credits (issue 20).

- ``reduction_projects``: proponent, location, sector, standard and methodology (id, version),
  crediting period, start dates (MyCarbon Art. 11(1): contract, first spend, installation; the
  start date is the earliest), place in the proponent's value chain (``value_chain``: outside,
  scope 1/2/3 of the file's organisation, with the emission source it reduces), K-ETS entity,
  MyCarbon scale / activity type / cancellation ground, committee decision.
- ``reduction_evidence``: methodology applicability conditions and the KCCI principles (and the
  MyCarbon approval criteria), each with its evidence and a finding (met or not).
- ``reduction_parameters``: parameters fixed ex ante and monitored (meter, unit, frequency,
  calibration, QA/QC); ``reduction_readings``: the monitored time series.
- ``reduction_terms``: the methodology's equations as terms (see lca.reduction_project).
- ``reduction_periods``: monitoring periods; ``reduction_steps``: the certification process
  tracker (dates, documents, state, review clocks); ``reduction_issuances``: credits issued for a
  monitoring period, each an ``offset_lots`` row.
"""

VERSION = 13

SQL = """
CREATE TABLE reduction_projects (
    id INTEGER PRIMARY KEY,
    code TEXT NOT NULL UNIQUE CHECK (length(trim(code)) > 0),
    name TEXT NOT NULL CHECK (length(trim(name)) > 0),
    name_local TEXT,
    standard TEXT NOT NULL CHECK (standard IN ('KCS','MYCARBON')),
    proponent TEXT NOT NULL CHECK (length(trim(proponent)) > 0),
    proponent_local TEXT,
    location TEXT NOT NULL DEFAULT '',
    location_local TEXT,
    host_country TEXT NOT NULL DEFAULT 'KR',
    sector TEXT NOT NULL DEFAULT '',
    sector_local TEXT,
    description TEXT NOT NULL DEFAULT '',
    description_local TEXT,
    methodology_id TEXT NOT NULL CHECK (length(trim(methodology_id)) > 0),
    methodology_version TEXT NOT NULL DEFAULT '',
    methodology_title TEXT NOT NULL DEFAULT '',
    methodology_title_local TEXT,
    gwp_set TEXT NOT NULL DEFAULT 'AR6',
    start_date TEXT,
    contract_date TEXT,
    first_spend_date TEXT,
    installation_date TEXT,
    crediting_start TEXT NOT NULL,
    crediting_end TEXT NOT NULL,
    value_chain TEXT NOT NULL DEFAULT 'outside'
        CHECK (value_chain IN ('outside','scope1','scope2','scope3')),
    source_id INTEGER REFERENCES sources(id),
    kets_entity INTEGER NOT NULL DEFAULT 0,
    project_scale TEXT CHECK (project_scale IN ('general','small','bundle')),
    activity_type TEXT NOT NULL DEFAULT '',
    cancellation_ground TEXT,
    verifier TEXT NOT NULL DEFAULT '',
    registry_project_id TEXT,
    notes TEXT NOT NULL DEFAULT '',
    CHECK (crediting_end >= crediting_start)
);

CREATE TABLE reduction_evidence (
    id INTEGER PRIMARY KEY,
    project_id INTEGER NOT NULL REFERENCES reduction_projects(id),
    kind TEXT NOT NULL CHECK (kind IN ('applicability','principle')),
    key TEXT NOT NULL CHECK (length(trim(key)) > 0),
    text TEXT NOT NULL DEFAULT '',
    text_local TEXT,
    evidence TEXT NOT NULL DEFAULT '',
    met INTEGER NOT NULL DEFAULT 0 CHECK (met IN (0, 1)),
    attachment_id INTEGER REFERENCES attachments(id),
    UNIQUE (project_id, kind, key)
);

CREATE TABLE reduction_parameters (
    id INTEGER PRIMARY KEY,
    project_id INTEGER NOT NULL REFERENCES reduction_projects(id),
    code TEXT NOT NULL CHECK (length(trim(code)) > 0),
    name TEXT NOT NULL,
    name_local TEXT,
    unit TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('ex_ante','monitored')),
    value REAL,
    source TEXT NOT NULL DEFAULT '',
    unc_dist TEXT NOT NULL DEFAULT 'none'
        CHECK (unc_dist IN ('none','normal','lognormal','uniform','triangular')),
    unc_pct REAL NOT NULL DEFAULT 0 CHECK (unc_pct >= 0),
    meter TEXT NOT NULL DEFAULT '',
    frequency TEXT NOT NULL DEFAULT '',
    calibration TEXT NOT NULL DEFAULT '',
    qaqc TEXT NOT NULL DEFAULT '',
    UNIQUE (project_id, code)
);

CREATE TABLE reduction_readings (
    id INTEGER PRIMARY KEY,
    parameter_id INTEGER NOT NULL REFERENCES reduction_parameters(id),
    start TEXT NOT NULL,
    end TEXT NOT NULL,
    value REAL NOT NULL,
    unit TEXT NOT NULL,
    evidence TEXT NOT NULL DEFAULT '',
    CHECK (end >= start)
);
CREATE INDEX reduction_readings_parameter ON reduction_readings(parameter_id, start);

CREATE TABLE reduction_terms (
    id INTEGER PRIMARY KEY,
    project_id INTEGER NOT NULL REFERENCES reduction_projects(id),
    component TEXT NOT NULL CHECK (component IN ('baseline','project','leakage')),
    label TEXT NOT NULL CHECK (length(trim(label)) > 0),
    label_local TEXT,
    multiply TEXT NOT NULL DEFAULT '',
    divide TEXT NOT NULL DEFAULT '',
    factor_id TEXT
);

CREATE TABLE reduction_periods (
    id INTEGER PRIMARY KEY,
    project_id INTEGER NOT NULL REFERENCES reduction_projects(id),
    label TEXT NOT NULL,
    start TEXT NOT NULL,
    end TEXT NOT NULL,
    CHECK (end >= start),
    UNIQUE (project_id, label)
);

CREATE TABLE reduction_steps (
    id INTEGER PRIMARY KEY,
    project_id INTEGER NOT NULL REFERENCES reduction_projects(id),
    period_id INTEGER REFERENCES reduction_periods(id),
    step TEXT NOT NULL,
    state TEXT NOT NULL DEFAULT 'pending'
        CHECK (state IN ('pending','in_progress','submitted','done','rejected')),
    started TEXT,
    submitted TEXT,
    completed TEXT,
    extended INTEGER NOT NULL DEFAULT 0 CHECK (extended IN (0, 1)),
    documents TEXT NOT NULL DEFAULT '',
    notes TEXT NOT NULL DEFAULT '',
    UNIQUE (project_id, period_id, step)
);

CREATE TABLE reduction_issuances (
    id INTEGER PRIMARY KEY,
    project_id INTEGER NOT NULL REFERENCES reduction_projects(id),
    period_id INTEGER NOT NULL REFERENCES reduction_periods(id),
    lot_id INTEGER NOT NULL UNIQUE REFERENCES offset_lots(id),
    quantity INTEGER NOT NULL CHECK (quantity > 0),
    issued_on TEXT NOT NULL,
    committee_decision TEXT
)
"""


def up(conn):
    for statement in SQL.split(";"):
        if statement.strip():
            conn.execute(statement)
