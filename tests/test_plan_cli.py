"""`cnw plan`, `cnw plan-measure`, `cnw plan-target`, `cnw plan-text` through the real CLI entry point."""

from __future__ import annotations

import pytest

from workbench.cli import main
from workbench.services import boundary


@pytest.fixture
def path(tmp_project):
    boundary.add_period(tmp_project, "2024", "2024-01-01", "2024-12-31", is_base_year=True)
    boundary.add_source(tmp_project, "ELEC", "Grid electricity", 2, unit="MWh")
    boundary.add_source(tmp_project, "GAS", "Natural gas boilers", 1, unit="Nm3")
    p = tmp_project.path
    tmp_project.close()
    return str(p)


def test_edit_and_print_plan(path, capsys):
    assert (
        main(
            [
                "plan-measure",
                path,
                "LED retrofit",
                "--sources",
                "ELEC",
                "--pct",
                "20",
                "--capex",
                "1000",
                "--opex-change",
                "-2100",
                "--lifetime",
                "10",
                "--status",
                "done",
                "--evidence",
                "report",
            ]
        )
        == 0
    )
    assert (
        main(["plan-measure", path, "Heat pump", "--sources", "GAS", "--tco2e", "100", "--start", "2027"])
        == 0
    )
    assert main(["plan-target", path, "--base-year", "2024", "--target-year", "2030"]) == 0
    assert main(["plan-text", path, "commitment", "탄소중립을 약속합니다.", "--lang", "ko"]) == 0
    capsys.readouterr()
    # no footprint calculated in this file: the plan prints and says why there is no MACC
    assert main(["plan", path]) == 0
    out = capsys.readouterr().out
    assert (
        "공약:" not in out and "Commitment:" in out and "탄소중립을 약속합니다." in out
    )  # falls back to Korean
    assert "absolute 2024->2030, scopes 1, 2: SBTi 1.5 C (4.2 %/yr linear), 4.2 %/yr, 25.2 % by 2030" in out
    assert "no footprint has been calculated yet" in out
    assert "Claim checks:" in out and "ERROR PLAN.MP.SECTIONS" in out
    assert main(["plan", path, "--strict"]) == 1
    capsys.readouterr()
    assert main(["plan", path, "--lang", "ko", "--no-checks"]) == 0
    out = capsys.readouterr().out
    assert "탄소중립 관리 계획" in out and "공약:" in out and "Claim checks:" not in out
    from workbench import open_project
    from workbench.services import plan

    with open_project(path) as p:
        plan.update_measure(p, plan.list_measures(p)[0]["id"], name_local="LED 조명 교체")
        content = plan.management_plan(p, emissions={"ELEC": 1000.0, "GAS": 500.0})
    from workbench.services.plan.report import macc_text

    assert "LED 조명 교체" in macc_text(content, "ko") and "LED retrofit" in macc_text(content, "en")


def _state(path):
    # opening for editing takes the file's lock (a write), so compare the content, not the bytes
    from workbench import open_project

    with open_project(path, mode="read") as p:
        return p.snapshot_hash(), p.one("SELECT COUNT(*) AS n FROM audit_log")["n"]


def test_bad_input_is_a_clean_error_and_leaves_the_file(path, capsys):
    before = _state(path)
    assert main(["plan-target", path, "--base-year", "2024", "--target-year", "2019"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("cnw: error: ") and "target_year: 2019 is before the base year 2024" in err
    assert main(["plan-measure", path, "X", "--sources", "ELEC", "--pct", "20", "--lifetime", "-1"]) == 2
    assert "lifetime: -1 must be a whole number of years above 0" in capsys.readouterr().err
    assert main(["plan-measure", path, "X", "--sources", "COAL", "--pct", "20"]) == 2
    assert "sources: COAL is not an emission source of this project" in capsys.readouterr().err
    assert _state(path) == before
