"""`cnw reduction-project ...` (issue 20): record a project, import meter readings through the one
tabular reader, track steps, issue credits, check and print, with clear errors and no traceback."""

from __future__ import annotations

from pathlib import Path

import pytest

from workbench.cli import main
from workbench.demo import reduction as demo


@pytest.fixture
def cnw(tmp_project, capsys):
    demo.add_project(tmp_project)
    path = tmp_project.path
    tmp_project.close()

    def run(*argv):
        code = main(["reduction-project", str(path), *argv])
        out = capsys.readouterr()
        return code, out.out, out.err

    run.path = Path(path)
    return run


def test_show_list_check_issue_and_documents(cnw, tmp_path):
    code, out, _ = cnw("list")
    assert code == 0 and demo.CODE in out and "1 reduction project(s)" in out
    code, out, _ = cnw("show", demo.CODE)
    assert code == 0
    # leakage 84.525 t prints as the PDFs print it (forms/numbers.py: 84.52)
    assert "2025: baseline 2,926.17 - project 2,026.40 - leakage 84.52 = 815.24 tCO2e" in out
    assert "Conformity review [2026H1]: submitted due 2026-10-31" in out
    code, out, _ = cnw("check", demo.CODE)
    assert code == 0 and "0 error(s)" in out
    code, out, _ = cnw("issue", demo.CODE, "2025", "900", "--date", "2026-03-30", "--committee", "d.pdf")
    assert code == 0 and "KCCI/KCR-2025-KCS-P-2025-0042/000001-000900" in out
    code, out, _ = cnw("check", demo.CODE)
    assert code == 1 and "RP.ISSUANCE.EXCEEDS" in out and "1 KCR per tonne" in out
    code, out, _ = cnw("pdd", demo.CODE, "-o", str(tmp_path / "pdd.pdf"), "--lang", "ko")
    assert code == 0 and (tmp_path / "pdd.pdf").stat().st_size > 10_000
    code, out, _ = cnw("report", demo.CODE, "2025", "-o", str(tmp_path / "mr.pdf"))
    assert code == 0 and (tmp_path / "mr.pdf").exists()


def test_create_readings_and_step(cnw, tmp_path):
    code, out, err = cnw(
        "create",
        "RP-2",
        "--name",
        "LED retrofit",
        "--standard",
        "MYCARBON",
        "--proponent",
        "ACME",
        "--methodology",
        "MYC-M-7",
        "--crediting",
        "2025-01-01:2029-12-31",
        "--contract-date",
        "2024-11-02",
        "--installation-date",
        "2024-12-01",
        "--scale",
        "small",
    )
    assert code == 0, err
    from workbench import open_project
    from workbench.services import reduction

    with open_project(cnw.path) as p:
        reduction.add_parameter(
            p, "RP-2", "EL", "Electricity saved", "MWh", "monitored", 50, meter="sub-meter 3"
        )
        assert reduction.get(p, "RP-2").effective_start.isoformat() == "2024-11-02"
    csv = tmp_path / "meter.csv"
    csv.write_text(
        "start,end,value,unit,evidence\n2025-01-01,2025-01-31,4200,kWh,jan.pdf\n2025-02-01,2025-02-28,3.9,MWh,\n",
        encoding="utf-8",
    )
    code, out, err = cnw("readings", "RP-2", "EL", str(csv))
    assert code == 0 and "imported 2 reading(s) of EL" in out, err
    code, out, _ = cnw("step", "RP-2", "objection", "--period", "2025")
    assert code == 2  # no such period yet: a clear error, exit 2
    code, out, err = cnw(
        "step", demo.CODE, "conformity_review", "--period", "2025", "--submitted", "2026-02-20"
    )
    assert code == 0 and "review due 2026-03-22" in out, err


def test_bad_readings_file_names_rows_and_changes_nothing(cnw, tmp_path):
    before = cnw.path.read_bytes()
    csv = tmp_path / "bad.csv"
    csv.write_text(
        "start,end,value,unit\n2025-01-01,2025-01-31,12,GJ\n2025-02-01,2025-02-28,abc,GJ\n"
        "2025-03-01,2025-03-31,10,kg\n",
        encoding="utf-8",
    )
    code, out, err = cnw("readings", demo.CODE, "HG", str(csv))
    assert code == 2 and "Traceback" not in err
    assert "bad.csv, row 3, column 'value'" in err
    assert cnw.path.read_bytes() == before
    csv.write_text("start,end,value,unit\n2025-03-01,2025-03-31,10,kg\n", encoding="utf-8")
    code, out, err = cnw("readings", demo.CODE, "HG", str(csv))
    assert code == 2 and "bad.csv, row 2, column 'unit'" in err and "cannot be converted to 'GJ'" in err
    csv.write_text("begin,value\n1,2\n", encoding="utf-8")
    code, out, err = cnw("readings", demo.CODE, "HG", str(csv))
    assert code == 2 and "missing column(s) start, end, unit" in err
    code, out, err = cnw("show", "NOPE")
    assert code == 2 and "no reduction project 'NOPE'" in err
    code, out, err = cnw("step", demo.CODE, "verification", "--period", "2025", "--completed", "15.02.2026")
    assert code == 2 and "'15.02.2026' is not a date" in err
    code, out, err = cnw("issue", demo.CODE, "2025", "100", "--date", "2025-06-30")
    assert code == 2 and "credits are issued ex post" in err
    code, out, err = cnw(
        "create",
        demo.CODE,
        "--name",
        "x",
        "--standard",
        "KCS",
        "--proponent",
        "x",
        "--methodology",
        "m",
        "--crediting",
        "2025-01-01:2025-12-31",
    )
    assert code == 2 and "exists already" in err
    assert cnw.path.read_bytes() == before
