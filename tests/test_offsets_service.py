"""The offsets service over a real project file: lots, claim, portfolio, retirement, coverage,
retirement lists from other project files, and the demo hook."""

import datetime as dt

import pytest

import workbench.demo as demo_steps
from offsets.lots import CreditLot
from offsets.portfolio import Constraints
from workbench import new_project
from workbench.project.errors import InputError, ProjectError
from workbench.services import offsets as svc

D = dt.date


@pytest.fixture(autouse=True)
def _own_register(tmp_path, monkeypatch):
    """Each test its own shared retirement register (the session's would mix tests' files)."""
    monkeypatch.setenv("CNW_RETIREMENT_REGISTER", str(tmp_path / "register.sqlite"))


def vcu(start, end, price=10.0, kind="avoidance", project="3", **kw):
    serial = f"0001-{start:06d}-{end:06d}-VCS-VCU-003-VER-US-{project}-01012023-31122023-0"
    return CreditLot(
        "Verra",
        "VCS",
        "VCU",
        serial,
        end - start + 1,
        price=price,
        kind=kind,
        project_id=project,
        vintage_start=D(2023, 1, 1),
        vintage_end=D(2023, 12, 31),
        issuance_date=D(2024, 5, 1),
        host_country="US",
        verifier="VVB",
        **kw,
    )


@pytest.fixture
def receipt(tmp_path):
    f = tmp_path / "receipt.pdf"
    f.write_bytes(b"%PDF-1.4 retirement receipt")
    return f


def test_add_lot_validates_and_round_trips(tmp_project, file_bytes):
    lot_id = svc.add_lot(tmp_project, vcu(1, 100, kcci_principles=None, ccp_label=True))
    back = svc.get_lot(tmp_project, lot_id)
    assert (back.serial_key, back.serial_start, back.serial_end, back.ccp_label) == ("VCS", 1, 100, True)
    assert back.vintage_end == D(2023, 12, 31)
    before = file_bytes(tmp_project.path)
    bad = CreditLot("Verra", "VCS", "KCR", "nonsense", 0, kind="both")
    with pytest.raises(InputError) as exc:
        svc.add_lot(tmp_project, bad)
    assert {e.field for e in exc.value.errors} == {"unit_type", "quantity", "kind", "serial"}
    assert file_bytes(tmp_project.path) == before


def test_select_apply_retire_and_coverage(tmp_project, receipt):
    a = svc.add_lot(tmp_project, vcu(1, 100, price=5, project="1"))
    svc.add_lot(tmp_project, vcu(101, 200, price=8, project="2"))
    c = svc.add_lot(tmp_project, vcu(201, 250, price=20, kind="removal", project="4"))
    svc.set_claim(tmp_project, residual_t=150.0, declaration_date="2026-03-31", reductions_t=10.0)
    cov = svc.coverage(tmp_project)
    assert (cov.residual_t, cov.residual_source, cov.retired_t, cov.covered) == (150.0, "claim", 0, False)
    # hand-worked: >= 20% removals of 150 t -> C 30, A 100, B 20
    sel = svc.select_portfolio(tmp_project, constraints=Constraints(min_removal_share=0.2), apply=True)
    assert sel.cost == 30 * 20 + 100 * 5 + 20 * 8
    planned = svc.list_lots(tmp_project, status="planned")
    assert sorted(lot.quantity for lot in planned) == [20, 30, 100]
    # partial lots were split; the remainders stay held with the rest of the serial range
    held = {lot.serial for lot in svc.list_lots(tmp_project, status="held")}
    assert held == {vcu(121, 200, project="2").serial, vcu(231, 250, project="4").serial}
    assert svc.coverage(tmp_project).planned_t == 150 and not svc.coverage(tmp_project).covered
    # nothing more to select once planned credits cover the residual
    assert svc.select_portfolio(tmp_project).picks == []
    for lot in planned:
        svc.retire(tmp_project, lot.id, "2026-03-10", "ACME Test Co.", f"VCS-RET-{lot.id}", receipt)
    cov = svc.coverage(tmp_project)
    assert (cov.retired_t, cov.planned_t, cov.covered, cov.shortfall_t) == (150, 0, True, 0)
    retired = svc.get_lot(tmp_project, a)
    assert retired.status == "retired" and retired.evidence_attachment_id is not None
    row = tmp_project.one(
        "SELECT filename, size FROM attachments WHERE id = ?", (retired.evidence_attachment_id,)
    )
    assert row == {"filename": "receipt.pdf", "size": receipt.stat().st_size}
    links = tmp_project.rows("SELECT row_id FROM evidence_links WHERE tbl = 'offset_lots' ORDER BY row_id")
    assert a in [r["row_id"] for r in links]
    errors = [f for f in svc.check(tmp_project) if f.severity == "error"]
    assert errors == [], [str(f) for f in errors]
    assert svc.get_lot(tmp_project, c).quantity == 30


def test_retire_refuses_bad_input_and_changes_nothing(tmp_project, receipt, file_bytes):
    lot_id = svc.add_lot(tmp_project, vcu(1, 100))
    kets = svc.add_lot(
        tmp_project, CreditLot("GIR", "KETS", "KCU", "GIR/KCU-2024-1/1-10", 10, kets_compliance_year=2024)
    )
    before = file_bytes(tmp_project.path)
    with pytest.raises(InputError) as exc:
        svc.retire(tmp_project, lot_id, "2099-01-01", " ", "", receipt.parent / "missing.pdf")
    assert {e.field for e in exc.value.errors} == {"date", "beneficiary", "reference", "receipt"}
    with pytest.raises(InputError, match="before the credits were issued"):
        svc.retire(tmp_project, lot_id, "2024-04-30", "ACME Test Co.", "R1", receipt)
    with pytest.raises(InputError, match="K-ETS compliance 2024"):
        svc.retire(tmp_project, kets, "2026-01-05", "ACME Test Co.", "R1", receipt)
    assert file_bytes(tmp_project.path) == before
    svc.retire(tmp_project, lot_id, "2026-01-05", "ACME Test Co.", "R1", receipt, quantity=40)
    assert [(lot.status, lot.quantity) for lot in svc.list_lots(tmp_project)] == [
        ("retired", 40),
        ("held", 10),
        ("held", 60),
    ]
    with pytest.raises(InputError, match="lot is retired"):
        svc.retire(tmp_project, lot_id, "2026-01-05", "ACME Test Co.", "R1", receipt)
    with pytest.raises(ProjectError, match="cannot be deleted"):
        svc.delete_lot(tmp_project, lot_id)


def test_claim_is_covered_only_by_retired_credits(tmp_project):
    svc.add_lot(
        tmp_project, vcu(1, 100, status="planned", claim_period_id=tmp_project.current_period()["id"])
    )
    hits = [f for f in svc.check(tmp_project, residual_t=100) if f.rule_id == "CLAIM.COVERAGE"]
    assert hits and "100 t planned but not yet retired" in hits[0].message


def test_explicit_residual_and_no_residual(tmp_project):
    with pytest.raises(ProjectError, match="no residual emissions"):
        svc.select_portfolio(tmp_project)
    assert svc.residual_for(tmp_project, residual_t=12.5) == (12.5, "explicit")
    with pytest.raises(InputError, match="standard"):
        svc.set_claim(tmp_project, standard="ISO14064")


def test_double_counting_against_another_project_file(tmp_project, tmp_path, receipt):
    other = new_project(tmp_path / "client-b.cnw", "Client B")
    lot_id = svc.add_lot(other, vcu(50, 80))
    svc.retire(other, lot_id, "2026-02-01", "Client B", "R-B", receipt)
    other.close()
    svc.add_lot(tmp_project, vcu(1, 100))
    assert svc.import_retirements_from(tmp_project, tmp_path / "client-b.cnw") == 1
    assert svc.import_retirements_from(tmp_project, tmp_path / "client-b.cnw") == 1  # replaced, not doubled
    hits = [f for f in svc.check(tmp_project) if f.rule_id == "DC.EXTERNAL"]
    assert len(hits) == 1 and "client-b.cnw" in hits[0].message and "Client B" in hits[0].message
    with pytest.raises(ProjectError, match="same project file"):
        svc.import_retirements_from(tmp_project, tmp_project.path)


def test_read_only_project_refuses_writes(tmp_path):
    from workbench import open_project

    p = new_project(tmp_path / "ro.cnw", "RO Co.")
    p.close()
    ro = open_project(tmp_path / "ro.cnw", mode="read")
    with pytest.raises(ProjectError, match="read-only"):
        svc.add_lot(ro, vcu(1, 10))
    ro.close()


def test_demo_hook(tmp_project, tmp_path):
    lines = []
    demo_steps.offsets.run(tmp_project, tmp_path / "out", lines.append)
    lots = svc.list_lots(tmp_project)
    assert {lot.unit_type for lot in lots} >= {"VCU", "VER", "KCR", "KCU"}
    cov = svc.coverage(tmp_project)
    assert cov.covered and cov.retired_t >= cov.residual_t
    retired = [lot for lot in lots if lot.status == "retired"]
    assert retired and all(
        lot.beneficiary == "ACME Test Co." and lot.evidence_attachment_id for lot in retired
    )
    rules = {f.rule_id for f in svc.check(tmp_project)}
    assert "KETS.VOLUNTARY" in rules
    text = (tmp_path / "out" / "offset_findings.csv").read_text(encoding="utf-8")
    assert "KETS.VOLUNTARY" in text
    assert (tmp_path / "out" / "offset_lots.csv").read_text(encoding="utf-8").count("\n") == len(lots) + 1


def test_settings_drive_claim_rules(tmp_project, receipt):
    lot_id = svc.add_lot(tmp_project, vcu(1, 100))
    svc.retire(tmp_project, lot_id, "2026-03-10", "ACME Test Co.", "R1", receipt)
    svc.set_claim(tmp_project, standard="PAS2060", declaration_date="2025-03-01", reductions_t=5.0)
    # PAS window 12 months after 2025-03-01 closed before the 2026-03-10 retirement
    assert "PAS.RETIREMENT_WINDOW" in {f.rule_id for f in svc.check(tmp_project)}
    with tmp_project.action("settings") as tx:
        tx.set_setting("offsets_retirement_window_months", 13)
        tx.set_setting("offsets_accepted_programmes", ["GS", "KCS"])
    rules = {f.rule_id for f in svc.check(tmp_project)}
    assert "PAS.RETIREMENT_WINDOW" not in rules and "CLAIM.PROGRAMME" in rules


def test_kets_surrender_check(tmp_project):
    # 2023 is in phase 3 (5%): obligation 10,000 t -> 500 offset permits at most
    svc.add_lot(
        tmp_project, CreditLot("GIR", "KETS", "KCU", "GIR/KCU-2023-1/1-500", 500, kets_compliance_year=2023)
    )
    assert svc.kets_surrender_check(tmp_project, 2023, 10_000) == []
    svc.add_lot(
        tmp_project, CreditLot("GIR", "KETS", "KCU", "GIR/KCU-2023-1/501-501", 1, kets_compliance_year=2023)
    )
    (f,) = svc.kets_surrender_check(tmp_project, 2023, 10_000)
    assert f.rule_id == "KETS.OFFSET_LIMIT" and "501 offset permits exceed the limit of 500" in f.message
    with pytest.raises(ProjectError, match="phase 5"):
        svc.kets_surrender_check(tmp_project, 2023, 10_000, phase=5)


def test_iso_retirement_window_is_a_project_setting(tmp_project):
    ctx = svc.claim_context(tmp_project)
    assert (ctx.iso_retirement_window_months, ctx.iso_retirement_window_from) == (12, "period_end")
    with tmp_project.action("window") as tx:
        tx.set_setting("offsets_iso_retirement_window_months", 6)
        tx.set_setting("offsets_iso_retirement_window_from", "declaration")
    ctx = svc.claim_context(tmp_project)
    assert (ctx.iso_retirement_window_months, ctx.iso_retirement_window_from) == (6, "declaration")
