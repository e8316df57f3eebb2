"""Verification (ISO 14064-3 practice): engagements, samples, findings (verif_*) and sign-offs (signoff_*).

``verif_*`` tables are in the canonical snapshot (deleting a finding after signing changes the
snapshot); ``signoff_*`` holds the signatures and is excluded from it (a signature cannot sign
itself). The client may write only the response columns of ``verif_findings`` (permissions.py).
"""

VERSION = 6

SQL = """
CREATE TABLE verif_engagements (
    id INTEGER PRIMARY KEY,
    period_id INTEGER NOT NULL REFERENCES periods(id),
    verifier_name TEXT NOT NULL,
    body TEXT NOT NULL,
    accreditation TEXT,
    public_key TEXT NOT NULL,
    key_fingerprint TEXT NOT NULL,
    started_at TEXT NOT NULL,
    previous_id INTEGER REFERENCES verif_engagements(id),
    level TEXT CHECK (level IN ('limited','reasonable')),
    materiality_pct REAL CHECK (materiality_pct > 0 AND materiality_pct <= 100),
    materiality_basis TEXT NOT NULL DEFAULT 'gross' CHECK (materiality_basis IN ('gross','net')),
    criteria TEXT,
    objectives TEXT,
    scope TEXT,
    intended_users TEXT,
    responsible_party TEXT,
    reported_total_t REAL,
    plan_notes TEXT,
    planned_at TEXT,
    opinion TEXT CHECK (opinion IN ('unmodified','modified','adverse','disclaimer')),
    opinion_basis TEXT,
    opinion_at TEXT
);

CREATE TABLE verif_samples (
    id INTEGER PRIMARY KEY,
    engagement_id INTEGER NOT NULL REFERENCES verif_engagements(id),
    method TEXT NOT NULL CHECK (method IN ('risk','random')),
    seed TEXT NOT NULL,
    n INTEGER NOT NULL,
    n_lots INTEGER,
    population_size INTEGER NOT NULL,
    population_digest TEXT NOT NULL,
    weights TEXT,
    drawn_at TEXT NOT NULL
);

CREATE TABLE verif_sample_items (
    id INTEGER PRIMARY KEY,
    sample_id INTEGER NOT NULL REFERENCES verif_samples(id),
    rank INTEGER NOT NULL,
    tbl TEXT NOT NULL,
    row_id INTEGER NOT NULL,
    weight REAL NOT NULL,
    reasons TEXT,
    vouch_result TEXT CHECK (vouch_result IN ('agreed','exception','no_evidence')),
    vouch_attachment_id INTEGER REFERENCES attachments(id),
    vouch_sha256 TEXT,
    vouch_note TEXT,
    vouched_at TEXT,
    UNIQUE (sample_id, tbl, row_id)
);
CREATE INDEX verif_sample_items_sample ON verif_sample_items(sample_id);

CREATE TABLE verif_findings (
    id INTEGER PRIMARY KEY,
    engagement_id INTEGER NOT NULL REFERENCES verif_engagements(id),
    ref TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('CAR','CL','FAR')),
    clause TEXT,
    description TEXT NOT NULL CHECK (length(trim(description)) > 0),
    evidence TEXT,
    impact_t REAL,
    due_date TEXT,
    tbl TEXT,
    row_id INTEGER,
    sample_item_id INTEGER REFERENCES verif_sample_items(id),
    raised_at TEXT NOT NULL,
    client_response TEXT,
    response_by TEXT,
    response_at TEXT,
    verifier_note TEXT,
    status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open','closed')),
    corrected INTEGER CHECK (corrected IN (0,1)),
    closed_at TEXT,
    carried_from_id INTEGER REFERENCES verif_findings(id),
    UNIQUE (engagement_id, ref)
);
CREATE INDEX verif_findings_engagement ON verif_findings(engagement_id);

CREATE TABLE signoff_signatures (
    id INTEGER PRIMARY KEY,
    engagement_id INTEGER NOT NULL,
    snapshot_hash TEXT NOT NULL,
    opinion TEXT NOT NULL,
    verifier_name TEXT NOT NULL,
    signed_on TEXT NOT NULL,
    public_key TEXT NOT NULL,
    key_fingerprint TEXT NOT NULL,
    payload TEXT NOT NULL,
    signature BLOB NOT NULL,
    manifest BLOB NOT NULL,
    audit_id_at_sign INTEGER NOT NULL,
    signed_at TEXT NOT NULL
);
"""


def up(conn):
    for statement in SQL.split(";"):
        if statement.strip():
            conn.execute(statement)
