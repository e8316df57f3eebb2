"""Documents: the register of issued documents (certificates, QES, reports, dossiers).

The table is named ``audit_documents`` so it stays out of the canonical snapshot: issuing a
certificate records it here without changing the snapshot hash the certificate prints. Each row
keeps what `cnw certificate check` and a later reader need: the PDF's SHA-256, the snapshot hash
and file id it was built from, its number and key figures.
"""

VERSION = 7

SQL = """
CREATE TABLE audit_documents (
    id INTEGER PRIMARY KEY,
    kind TEXT NOT NULL,
    lang TEXT NOT NULL CHECK (lang IN ('en','ko')),
    document_no TEXT NOT NULL,
    period_id INTEGER REFERENCES periods(id),
    filename TEXT NOT NULL,
    pdf_sha256 TEXT NOT NULL,
    snapshot_hash TEXT NOT NULL,
    file_id TEXT NOT NULL,
    figures TEXT NOT NULL,
    issued_at TEXT NOT NULL,
    issued_by TEXT NOT NULL
)
"""


def up(conn):
    conn.execute(SQL)
