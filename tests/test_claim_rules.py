"""One claim-rule registry, one computation per figure, one document model per data version.

Over the demo journey (a real project file, footprint through Brightway, signed verification):
the certificate gate, the QES, the dossier, the UI's service calls and the CLI all show the same
findings from ``documents.claim_rules.RULES``; the certificate, QES and dossier print the same key
figures as ``documents.claim_figures``; one load reads the activity ledger once and the model is
shared until a write action bumps the data version.
"""

from __future__ import annotations

import re
import subprocess
import traceback

import pytest
import test_documents_service as journey

from forms.i18n import fmt_pct, fmt_qty, fmt_t
from offsets.findings import SEVERITIES, severity_rank

# the demo journey through verification sign-off, and a fresh copy of it per test
journey_file = journey.journey_file
project = journey.project


def pdf_text(path) -> str:
    return subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout


FINDING_ROW = re.compile(r"^\s*([A-Z][A-Z0-9_-]*(?:\.[A-Z0-9_-]+)+)\s+(error|warning|info)\s", re.M)


def printed_findings(text: str) -> list[tuple[str, str]]:
    """(rule id, severity) of every row of the findings table(s) in a PDF's text."""
    return FINDING_ROW.findall(text)


def unretire_one_lot(p):
    from workbench.services import offsets

    lot = next(
        lot for lot in offsets.list_lots(p, period_id=p.current_period()["id"]) if lot.status == "retired"
    )
    offsets.update_lot(p, lot.id, status="planned", retirement_date=None, retirement_reference=None)


# -- the registry --------------------------------------------------------------------------------
def test_every_rule_is_registered_once_with_a_clause_and_a_severity():
    from workbench.services.documents import claim_rules

    ids = [r.id for r in claim_rules.RULES]
    assert len(ids) == len(set(ids)), ids
    for rule in claim_rules.RULES:
        assert rule.clause.strip() and rule.title.strip(), rule.id
        assert rule.severity in SEVERITIES, rule.id
        assert callable(rule.check), rule.id
    # the rule sets kept in libraries are told apart by their findings' prefixes
    prefixes = [p for r in claim_rules.RULES for p in r.emits]
    assert len(prefixes) == len(set(prefixes))
    singles = [r.id for r in claim_rules.RULES if not r.is_rule_set]
    for rule in claim_rules.RULES:
        if rule.is_rule_set:
            assert not any(s.startswith(rule.emits) for s in singles), rule.id


def test_each_finding_of_the_claim_comes_from_one_registered_rule(project):
    from workbench.services import documents

    unretire_one_lot(project)
    found = documents.claim_findings(project)
    assert {"DOC.CREDITS.UNRETIRED", "DOC.RESIDUAL.UNCOVERED", "FOOTPRINT.S3_THRESHOLD"} <= {
        f.rule_id for f in found
    }
    for f in found:
        rule = documents.rule_of(f)
        assert rule in documents.RULES
        assert severity_rank(f.severity) <= severity_rank(rule.severity), (f.rule_id, rule.id)
        assert f.clause, f.rule_id


def test_gate_qes_dossier_ui_and_cli_show_the_same_findings(project, tmp_path, capsys):
    from workbench.cli import main as cli_main
    from workbench.services import documents

    unretire_one_lot(project)
    findings = documents.claim_findings(project)
    refused = documents.refusals(project)
    warnings = documents.claim_warnings(project)
    assert refused and warnings
    assert refused + warnings == [f for f in findings if f in refused] + [
        f for f in findings if f in warnings
    ]
    assert sorted(map(str, refused + warnings)) == sorted(map(str, findings))  # one list, split in two

    with pytest.raises(documents.ClaimRefused) as exc:
        documents.build_certificate(project, tmp_path / "cert.pdf")
    assert exc.value.refusals == refused

    refusal_ids = sorted({f.rule_id for f in refused})
    for kind in ("qes", "dossier"):
        pdf = documents.BUILDERS[kind](project, tmp_path / f"{kind}.pdf")
        rows = printed_findings(pdf_text(pdf))
        assert sorted({rule for rule, sev in rows if sev == "error"}) == refusal_ids, kind
        assert sorted({rule for rule, _ in rows}) == sorted({f.rule_id for f in findings}), kind

    path = project.path
    project.close()
    assert cli_main(["certificate", path, "-o", str(tmp_path / "cli.pdf")]) != 0
    err = capsys.readouterr().err
    for f in warnings:
        assert f"cnw: warning: {f}" in err
    for rule_id in refusal_ids:
        assert rule_id in err


# -- one computation per figure --------------------------------------------------------------------
def test_certificate_qes_dossier_and_ui_print_the_same_figures(project, tmp_path):
    from workbench.services import documents, footprint
    from workbench.services.plan.checks import reductions_achieved

    figs = documents.claim_figures(project)
    # reductions achieved: the base-year footprint minus the period's (demo: 2024 - 2025)
    base = next(p for p in project.periods() if p["is_base_year"])
    fall = footprint.latest(project, base["id"]).total - footprint.latest(project).total
    assert fall > 0 and figs.reductions_t == pytest.approx(fall)
    assert figs.reductions_t == reductions_achieved(project)
    assert figs.total_t == pytest.approx(footprint.latest(project).total)
    assert figs.residual_t == figs.total_t and figs.retired_t > 0 and 0 < figs.removal_share < 1

    texts = {
        kind: re.sub(r"\s+", " ", pdf_text(documents.BUILDERS[kind](project, tmp_path / f"{kind}.pdf")))
        for kind in ("certificate", "qes", "dossier")
    }
    printed = {
        "total": f"{fmt_t(figs.total_t, 'en')} tCO2e",
        "reductions": f"{fmt_t(figs.reductions_t, 'en')}",
        "residual": f"{fmt_t(figs.residual_t, 'en')} tCO2e",
        "retired": f"{fmt_qty(figs.retired_t)} tCO2e",
        "removals": fmt_pct(100 * figs.removal_share, "en"),
    }
    for kind, text in texts.items():
        for name, value in printed.items():
            assert value in text, (kind, name, value)
        # no other reductions figure: every "Reductions ..." figure is the claim's
        shown = re.findall(r"Reductions(?: achieved)? ([\d,]+\.\d\d)", text)
        assert shown and set(shown) == {fmt_t(figs.reductions_t, "en")}, (kind, shown)
    # the plan rule states the same figure (to one decimal)
    assert f"reductions achieved in 2025: {figs.reductions_t:,.1f} tCO2e" in texts["qes"]


# -- one build per data version ------------------------------------------------------------------
class LedgerReads:
    """Counts SELECTs that read the activity ledger on a connection, with the module that asked."""

    LEDGER = re.compile(r'\b(FROM|JOIN)\s+"?activities"?(\s|$)', re.I)

    def __init__(self, conn):
        self.calls: list[str] = []
        conn.set_trace_callback(self._trace)

    def _trace(self, sql: str) -> None:
        if sql.lstrip().upper().startswith(("SELECT", "WITH")) and self.LEDGER.search(sql):
            # the module that asked: the innermost caller outside the project store
            frames = [
                f.filename
                for f in traceback.extract_stack()
                if "/workbench/" in f.filename and "/workbench/project/" not in f.filename
            ]
            self.calls.append(frames[-1] if frames else "workbench/project")

    def take(self) -> list[str]:
        out, self.calls = self.calls, []
        return out


def _refresh_and_issue(p, tmp_path, n):
    """The certificate page's refresh, then the certificate (when the claim passes) and the QES."""
    from workbench.services import documents

    if not documents.refusals(p):
        documents.build_certificate(p, tmp_path / f"cert{n}.pdf")
    documents.claim_warnings(p)
    documents.build_qes(p, tmp_path / f"qes{n}.pdf")


def test_one_load_reads_the_ledger_once_and_the_model_is_shared_per_data_version(project, tmp_path):
    from workbench.services import boundary, documents

    reads = LedgerReads(project.conn)
    doc = documents.load(project)
    cold = reads.take()
    assert documents.refusals(project) == []  # the certificate is issued below
    _refresh_and_issue(project, tmp_path, 1)
    assert reads.take() == []  # refusals, warnings, certificate and QES share the one build
    assert documents.load(project) is doc
    # the documents step itself reads the ledger for the snapshot hash it prints and for the
    # K-ETS section's quantities by source; every other read is the footprint step's (staleness,
    # boundary) or the verification step's (signed snapshot), each once per build
    own = [f for f in cold if "/services/documents/" in f or "/services/plan/" in f]
    assert len(own) <= 2, cold
    assert len(cold) <= 6, cold  # was 25 before the model was built once per period footprint

    # a write action (data version + 1); the claim now fails (beneficiary, signed data changed)
    boundary.set_organisation(project, name="Hanbit Renamed Ltd.")
    again = documents.load(project)
    assert again is not doc and again.organisation.name == "Hanbit Renamed Ltd."
    assert "DOC.VERIFICATION.CHANGED" in {f.rule_id for f in documents.refusals(project)}
    assert reads.take()  # rebuilt from the file
    _refresh_and_issue(project, tmp_path, 2)
    assert reads.take() == []
    # issuing a document records it (audit_documents) but does not change the claim's data
    assert documents.load(project) is again
    project.conn.set_trace_callback(None)


def test_a_consumer_cannot_change_the_shared_model(project, tmp_path):
    from workbench.services import documents

    unretire_one_lot(project)
    doc = documents.load(project)
    documents.build_qes(project, tmp_path / "qes.pdf")  # prints DRAFT from a copy
    assert doc.draft_reasons == []
    assert documents.load(project).draft_reasons == []
