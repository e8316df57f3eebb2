"""`cnw offsets FILE check|import|select|retire` through the real CLI entry point."""

import csv

import pytest

from workbench import new_project
from workbench.cli import main


@pytest.fixture(autouse=True)
def _own_register(tmp_path, monkeypatch):
    """Each test its own shared retirement register (the session's would mix tests' files)."""
    monkeypatch.setenv("CNW_RETIREMENT_REGISTER", str(tmp_path / "register.sqlite"))


def make(tmp_path):
    p = new_project(tmp_path / "c.cnw", "CLI Co.")
    p.close()
    data = tmp_path / "lots.csv"
    with open(data, "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(
            [
                "registry",
                "programme",
                "unit_type",
                "prefix",
                "serial_start",
                "serial_end",
                "quantity",
                "vintage_start",
                "vintage_end",
                "issuance_date",
                "kind",
                "price",
                "verifier",
            ]
        )
        w.writerow(
            [
                "GIR",
                "KETS",
                "KOC",
                "KOC-2023-0017",
                1,
                300,
                300,
                "2023-01-01",
                "2023-12-31",
                "2024-04-30",
                "avoidance",
                11000,
                "KTL",
            ]
        )
        w.writerow(
            [
                "GIR",
                "KETS",
                "KOC",
                "KOC-2023-0017",
                301,
                400,
                100,
                "2023-01-01",
                "2023-12-31",
                "2024-04-30",
                "removal",
                30000,
                "KTL",
            ]
        )
    return tmp_path / "c.cnw", data


def test_import_select_retire_check(tmp_path, capsys):
    f, data = make(tmp_path)
    assert main(["offsets", str(f), "import", str(data), "--kind", "generic"]) == 0
    assert "imported 2 lot(s)" in capsys.readouterr().out
    # 250 t with >= 20% removals: 50 removal x 30,000 + 200 x 11,000 = 3,700,000
    assert main(["offsets", str(f), "select", "--residual", "250", "--min-removal", "0.2", "--apply"]) == 0
    out = capsys.readouterr().out
    assert "250 t, cost 3,700,000.00, removals 20.0%" in out
    assert main(["offsets", str(f), "coverage", "--residual", "250"]) == 1
    receipt = tmp_path / "r.txt"
    receipt.write_text("receipt")
    assert (
        main(
            [
                "offsets",
                str(f),
                "retire",
                "1",
                "--date",
                "2026-03-02",
                "--reference",
                "GIR-1",
                "--receipt",
                str(receipt),
            ]
        )
        == 0
    )
    assert "retired 2026-03-02 for CLI Co." in capsys.readouterr().out
    assert (
        main(
            [
                "offsets",
                str(f),
                "retire",
                "2",
                "--date",
                "2026-03-02",
                "--reference",
                "GIR-2",
                "--receipt",
                str(receipt),
            ]
        )
        == 0
    )
    assert main(["offsets", str(f), "coverage", "--residual", "250"]) == 0
    capsys.readouterr()
    # no reductions stated for the first period: ISO.OFFSETS_ONLY is an error -> exit 1
    assert main(["offsets", str(f), "check", "--residual", "250"]) == 1
    out = capsys.readouterr().out
    assert "ERROR ISO.OFFSETS_ONLY" in out and "1 error(s)" in out
    assert main(["offsets", str(f), "check", "--residual", "250", "--fail-on", "never"]) == 0
    assert main(["offsets", str(f), "list"]) == 0
    assert "4 lot(s), 400 credits" in capsys.readouterr().out


def test_cli_errors_exit_2_with_message(tmp_path, capsys, file_bytes):
    f, data = make(tmp_path)
    bad = tmp_path / "bad.csv"
    bad.write_text("registry,programme,unit_type,quantity\nGIR,KETS,KOC,-5\n", encoding="utf-8")
    before = file_bytes(f)
    assert main(["offsets", str(f), "import", str(bad), "--kind", "generic"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("cnw: error: bad.csv: ") and "row 2, column 'quantity'" in err
    assert file_bytes(f) == before
    assert main(["offsets", str(f), "select"]) == 2
    assert "no residual emissions" in capsys.readouterr().err
    assert main(["offsets", str(f), "check", "--period", "1999"]) == 2
    assert "no period labelled '1999'" in capsys.readouterr().err
    assert main(["offsets", str(f), "select", "--residual", "10", "--programme", "GS"]) == 1
    assert "no portfolio: coverage" in capsys.readouterr().out


def test_kets_calculators_print_the_rule(capsys):
    assert main(["kets", "surcharge", "--shortfall", "1000", "--price", "20000"]) == 0
    out = capsys.readouterr().out
    assert "surcharge KRW 60,000,000" in out and "min(3 x average price KRW 20,000, cap KRW 100,000/t)" in out
    assert main(["kets", "surcharge", "--shortfall", "10", "--traded", "5000000", "100", "--no-cap"]) == 0
    out = capsys.readouterr().out
    assert "average market price KRW 50,000/t" in out and "surcharge KRW 1,500,000" in out and "no cap" in out
    assert main(["kets", "borrowing", "--obligation", "1000000", "--year", "2026"]) == 0
    out = capsys.readouterr().out
    assert "borrowing limit 150,000 permit(s)" in out and "Art. 36(2)1, 15/100" in out
    assert main(["kets", "borrowing", "--obligation", "1000000", "--year", "2030"]) == 0
    assert "0 permit(s)" in (out := capsys.readouterr().out) and "the last compliance year" in out
    assert main(["kets", "borrowing", "--obligation", "1000", "--year", "2027"]) == 2
    assert "needs the previous year's borrowing limit share" in capsys.readouterr().err
    assert main(["kets", "arrears", "--unpaid", "1000000", "--months", "70"]) == 0
    out = capsys.readouterr().out
    assert "additional dues KRW 720,000; total due KRW 1,720,000" in out and "(of 70; at most 60)" in out
    assert main(["kets", "arrears", "--unpaid", "-1", "--months", "3"]) == 2
    assert "K-ETS: unpaid surcharge and months overdue must be >= 0" in capsys.readouterr().err


def test_import_real_export_kind_detected(tmp_path, capsys):
    from pathlib import Path

    p = new_project(tmp_path / "c.cnw", "CLI Co.")
    p.close()
    data = Path(__file__).parent / "data" / "registry_exports" / "verra_day_first.csv"
    assert main(["offsets", str(tmp_path / "c.cnw"), "import", str(data)]) == 0
    cap = capsys.readouterr()
    assert "imported 10 lot(s)" in cap.out
    assert "as a verra file" in cap.err and "dates read day first (decided by the file)" in cap.err
