"""Every Korean PDF of the demo is Korean: no Latin word but names, units, identifiers and the
small allow-list in tests/data/latin_allowlist_ko.txt (issue 16).

Names and user-entered text come from the project file itself (organisation, signatory, verifier,
credit projects and beneficiaries, finding texts the verifier typed, exclusion reasons): those
print as entered when the file has no Korean counterpart for them.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ALLOW = Path(__file__).parent / "data" / "latin_allowlist_ko.txt"
WORD = re.compile(r"[A-Za-z][A-Za-z0-9]*(?:[-_./@][A-Za-z0-9]+)*")


def allowlist() -> set[str]:
    lines = ALLOW.read_text(encoding="utf-8").splitlines()
    return {ln.strip() for ln in lines if ln.strip() and not ln.startswith("#")}


def is_identifier(word: str) -> bool:
    return bool(re.search(r"[0-9_.@]", word))


def project_words(path: Path) -> set[str]:
    """Words of the names and user-entered text the project file holds."""
    import sqlite3

    con = sqlite3.connect(path)
    texts: list[str] = []
    queries = [
        "SELECT name, senior_signatory, signatory_title, address FROM organisation",
        "SELECT name, description FROM subject",
        "SELECT name FROM sites",
        "SELECT name FROM plan_measures",
        "SELECT code, name, exclusion_reason FROM sources",
        "SELECT verifier_name, body, accreditation, intended_users, objectives, scope, responsible_party "
        "FROM verif_engagements",
        "SELECT clause, description, client_response FROM verif_findings",
        "SELECT filename FROM attachments",
    ]
    lot_table = next(
        (
            r[0]
            for r in con.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
            if r[0] in ("credit_lots", "offset_lots", "lots")
        ),
        None,
    )
    if lot_table:
        queries.append(f"SELECT programme, registry, project_name, beneficiary FROM {lot_table}")
    for q in queries:
        try:
            for row in con.execute(q):
                texts += [str(x) for x in row if x]
        except sqlite3.OperationalError as exc:  # a renamed table must not pass silently
            raise AssertionError(f"{q}: {exc}") from None
    for (fp,) in con.execute("SELECT key_fingerprint FROM verif_engagements"):
        if fp:  # printed in groups of four hex digits
            hexes = re.sub(r"[^0-9A-Fa-f]", "", fp).upper()
            texts += [hexes[i : i + 4] for i in range(0, len(hexes), 4)]
    con.close()
    return {w for t in texts for w in WORD.findall(t)}


def latin_words(text: str, allowed: set[str]) -> list[str]:
    return sorted({w for w in WORD.findall(text) if not is_identifier(w) and w not in allowed})


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    out = tmp_path_factory.mktemp("latin") / "demo"
    from workbench.services.offsets.register import ENV_REGISTER

    # the demo's own shared retirement register, so no other run's retirements are in it
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    env[ENV_REGISTER] = str(out.parent / "register.sqlite")
    cnw = Path(sys.executable).with_name("cnw")
    subprocess.run(
        [str(cnw), "demo", "--no-gui", "--out", str(out)],
        check=True,
        env=env,
        capture_output=True,
        timeout=600,
    )
    return out


def test_allowlist_is_small_and_explicit():
    words = allowlist()
    assert 40 <= len(words) <= 100
    assert all(" " not in w for w in words)


def test_word_rules():
    allowed = allowlist()
    assert latin_words("총 배출량 29,521.70 tCO2e, Scope 1", allowed) == []
    assert latin_words("epa.freight.truck 14321-590112001 cnw-factors-d8ee6edd", allowed) == []
    assert latin_words("상태 in_progress done", allowed) == ["done"]
    assert latin_words("Operational control approach", allowed) == ["Operational", "approach", "control"]


@pytest.mark.slow
def test_every_korean_pdf_of_the_demo_has_no_stray_latin_word(demo):
    assert shutil.which("pdftotext")
    project = next(demo.glob("*.cnw"))
    allowed = allowlist() | project_words(project)
    pdfs = sorted((demo / "documents").glob("*_ko.pdf"))
    assert {p.name for p in pdfs} >= {
        "certificate_ko.pdf",
        "qes_ko.pdf",
        "management_plan_ko.pdf",
        "verification_statement_ko.pdf",
        "kets_report_ko.pdf",
        "dossier_ko.pdf",
    }
    stray = {}
    for pdf in pdfs:
        text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
        assert len(re.findall(r"[\uac00-\ud7a3]", text)) > 200, pdf.name
        words = latin_words(text, allowed)
        if words:
            stray[pdf.name] = words
    assert stray == {}
