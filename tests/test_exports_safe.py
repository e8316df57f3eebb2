"""Every CSV the project writes neutralises values a spreadsheet would run as formulas (issue 15,
item 5; OWASP "CSV injection"): each export is written from hostile names and read back."""

from __future__ import annotations

import csv

import pytest

import workbench.demo as demo_steps
from workbench.services import plan
from workbench.services.common import safe_csv

HOSTILE = '=HYPERLINK("http://example.invalid","click")'


@pytest.mark.parametrize(
    ("value", "written"),
    [
        (HOSTILE, "'" + HOSTILE),
        ("@SUM(1+1)", "'@SUM(1+1)"),
        ("+cmd|' /C calc'!A0", "'+cmd|' /C calc'!A0"),
        ("-2+3", "'-2+3"),
        ("\t=1", "'\t=1"),
        ("\r=1", "'\r=1"),
        ("-12.5", "-12.5"),  # plain numbers stay numbers
        ("+3", "+3"),
        ("1e-06", "1e-06"),
        ("LED retrofit", "LED retrofit"),
        (-4.2, -4.2),
        (None, None),
    ],
)
def test_cell(value, written):
    assert safe_csv.cell(value) == written
    assert safe_csv.is_safe(safe_csv.cell(value))


def _cells(path):
    with open(path, encoding="utf-8", newline="") as fh:
        return [c for row in csv.reader(fh) for c in row]


def test_plan_macc_csv_quotes_a_formula_in_a_measure_name(demo_project, bw, tmp_path):
    from workbench.services.plan import report as plan_report

    demo_steps.footprint.run(demo_project, tmp_path, lambda *_: None)
    demo_steps.plan.run(demo_project, tmp_path, lambda *_: None)
    plan.add_measure(demo_project, HOSTILE, ["HWS-LNG"], 5.0)
    files = plan_report.write_outputs(plan.management_plan(demo_project), tmp_path / "again")
    macc = next(f for f in files if f.name == "plan_macc.csv")
    cells = [c for f in files if f.suffix == ".csv" for c in _cells(f)]
    assert "'" + HOSTILE in _cells(macc)
    assert HOSTILE not in cells
    assert all(safe_csv.is_safe(c) for c in cells)


def test_offsets_exports_quote_formulas_in_lot_fields(tmp_project, tmp_path):
    from datetime import date

    from offsets.lots import CreditLot
    from workbench.services import offsets

    lot = CreditLot(
        "Verra",
        "VCS",
        "VCU",
        "0001-000001-000100-VCS-VCU-003-VER-US-3-01012023-31122023-0",
        100,
        project_id="3",
        project_name=HOSTILE,
        vintage_start=date(2023, 1, 1),
        vintage_end=date(2023, 12, 31),
        issuance_date=date(2024, 5, 1),
        host_country="US",
        verifier="@SUM(1+1)",
    )
    offsets.add_lot(tmp_project, lot)
    lots_csv, findings_csv = offsets.export_csv(tmp_project, tmp_path)
    cells = _cells(lots_csv) + _cells(findings_csv)
    assert "'" + HOSTILE in cells and "'@SUM(1+1)" in cells
    assert all(safe_csv.is_safe(c) for c in cells)


def test_footprint_csv_quotes_a_formula_in_a_site_code(demo_project, bw, tmp_path):
    from workbench.services import boundary, footprint

    demo_steps.footprint.run(demo_project, tmp_path, lambda *_: None)
    site = demo_project.one("SELECT id FROM sites ORDER BY id LIMIT 1")["id"]
    with demo_project.action("hostile site code") as tx:
        tx.update("sites", site, {"code": "@SUM(1+1)"})
    result = footprint.calculate(demo_project, allow_missing=True)
    path = footprint.write_csv(result, tmp_path / "footprint.csv")
    cells = _cells(path)
    assert "'@SUM(1+1)" in cells and "@SUM(1+1)" not in cells
    assert all(safe_csv.is_safe(c) for c in cells)
    assert boundary.list_sites(demo_project)  # the project is otherwise untouched
