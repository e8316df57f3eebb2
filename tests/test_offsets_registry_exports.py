"""Real public registry exports (CarbonPlan OffsetsDB extracts, tests/data/registry_exports/README.md)
imported into a real project file: every row, every label the export carries, the date order
decided by the file, the verifier left unknown (and flagged) when the export names none."""

import csv
import datetime as dt
import re
from pathlib import Path

import pytest

from workbench.project.errors import InputError
from workbench.services import offsets as svc

DATA = Path(__file__).parent / "data" / "registry_exports"
D = dt.date


@pytest.fixture(autouse=True)
def _own_register(tmp_path, monkeypatch):
    monkeypatch.setenv("CNW_RETIREMENT_REGISTER", str(tmp_path / "register.sqlite"))


def imported(project, name, **kw):
    res = svc.import_registry_file(project, DATA / name, kind="auto", **kw)
    return res, svc.list_lots(project)


def source_rows(name):
    with open(DATA / name, newline="", encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


def test_verra_export_labels_read_into_the_lots(tmp_project):
    res, lots = imported(tmp_project, "verra.csv")
    rows = source_rows("verra.csv")
    assert (res.kind, res.rows, len(lots)) == ("verra", 12, 12)
    assert sum(lot.quantity for lot in lots) == sum(int(r["Quantity Issued"].replace(",", "")) for r in rows)
    by_serial = {lot.serial: lot for lot in lots}
    for r in rows:
        lot = by_serial[r["Serial Number"]]
        certs = r["Additional Certifications"]
        assert lot.corresponding_adjustment == ("Article 6 Authorized" in certs), r["Serial Number"]
        assert lot.kind == ("removal" if "Carbon Dioxide Removals" in certs else "avoidance")
        assert lot.ccp_label == ("ICVCM CCP" in certs)
        assert lot.corsia_eligible == ("CORSIA" in certs)
        assert lot.status == ("retired" if r["Retirement/Cancellation Date"] else "held")
        assert lot.verifier is None  # Verra's export names no verification body
        assert lot.labels == tuple(x.strip() for x in certs.split(";") if x.strip())
        goals = sorted({int(g) for g in re.findall(r"(\d{1,2})\s*:", r["Sustainable Development Goals"])})
        assert list(lot.sdg_goals) == goals, r["Serial Number"]
    assert sum(lot.corresponding_adjustment for lot in lots) == 2
    assert sum(lot.kind == "removal" for lot in lots) == 2
    assert sum(bool(lot.sdg_goals) for lot in lots) >= 1


def test_real_day_first_verra_export_imports_without_a_flag(tmp_project):
    res, lots = imported(tmp_project, "verra_day_first.csv")
    assert (res.rows, res.date_order) == (10, "DMY")
    first = next(lot for lot in lots if lot.serial.startswith("12629-"))
    assert (first.issuance_date, first.vintage_end) == (D(2022, 3, 8), D(2020, 11, 19))
    dnv = next(lot for lot in lots if lot.serial.startswith("14121-"))
    assert (dnv.status, dnv.retirement_date, dnv.beneficiary) == ("retired", D(2022, 12, 26), "DNV AS")
    apx = next(lot for lot in lots if lot.serial.startswith("240-7863589"))  # the older APX form
    assert (apx.quantity, apx.vintage_start, apx.vintage_end) == (25433, D(2006, 4, 1), D(2007, 3, 18))


def test_day_first_file_given_month_first_is_refused_unchanged(tmp_project, file_bytes):
    before = file_bytes(tmp_project.path)
    with pytest.raises(InputError) as exc:
        svc.import_registry_file(tmp_project, DATA / "verra_day_first.csv", kind="verra", date_order="MDY")
    assert any(e.field == "Vintage End" and "not a valid date" in e.reason for e in exc.value.errors)
    assert "verra_day_first.csv, row 2" in str(exc.value)
    assert file_bytes(tmp_project.path) == before and svc.list_lots(tmp_project) == []


def test_gold_standard_retirements_and_cancellations(tmp_project):
    res, lots = imported(tmp_project, "gold_standard.csv")
    rows = source_rows("gold_standard.csv")
    assert (res.kind, res.rows) == ("gold-standard", 12)
    by_serial = {lot.serial: lot for lot in lots}
    for r in rows:
        lot = by_serial[r["Serial Number"]]
        assert lot.quantity == int(r["Quantity"])
        assert lot.kind == ("removal" if "Emission Removal" in r["Label"] else "avoidance")
        assert lot.ccp_label == ("ICVCM CCP" in r["Label"])
        assert lot.status == {"Retired": "retired", "Canceled": "cancelled"}[r["Credit Status"]]
        assert lot.corresponding_adjustment is False  # "Not Applicable" in every row
        if lot.status == "retired":
            assert lot.retirement_date == D.fromisoformat(r["Retirement Date"])
            assert lot.beneficiary == (r["Using Entity"] or None)
        assert lot.vintage_start.year == lot.vintage_end.year == int(r["Vintage"])
    assert sum(lot.kind == "removal" for lot in lots) == 2 and sum(lot.ccp_label for lot in lots) == 2
    assert sum(lot.status == "cancelled" for lot in lots) == 2


def test_gold_standard_issuances_include_cdm_cers(tmp_project):
    _, lots = imported(tmp_project, "gold_standard_issuances.csv")
    cers = [lot for lot in lots if lot.programme == "CDM"]
    assert len(lots) == 6 and len(cers) == 2 and {lot.unit_type for lot in cers} == {"CER"}
    assert all(lot.status == "held" and lot.registry == "Gold Standard" for lot in lots)
    assert all(lot.quantity == lot.range_quantity for lot in lots)


def test_acr_retirements_month_first_with_times(tmp_project):
    res, lots = imported(tmp_project, "acr.csv")
    rows = source_rows("acr.csv")
    assert (res.kind, res.rows, res.date_order) == ("acr", 12, "MDY")
    by_serial = {lot.serial: lot for lot in lots}
    for r in rows:
        lot = by_serial[r["Credit Serial Numbers"]]
        assert lot.programme == "ACR" and lot.unit_type == "ERT" and lot.status == "retired"
        assert lot.quantity == int(r["Quantity of Credits"]) == lot.range_quantity
        assert lot.beneficiary == r["Retired on Behalf of"]
        assert lot.ccp_label == (r["CCP Approved"] == "Yes")
        assert lot.kind == ("removal" if r["Verified Removal"] == "Yes" else "avoidance")
        assert lot.corsia_eligible == ("Yes" in (r["CORSIA Eligible"], r[_PILOT]))
        assert lot.verifier is None
        month, day, year = r["Status Effective (GMT)"].split()[0].split("/")
        assert lot.retirement_date == D(int(year), int(month), int(day))
    assert sum(lot.kind == "removal" for lot in lots) == 2
    assert sum(lot.ccp_label for lot in lots) == 6 and sum(lot.corsia_eligible for lot in lots) == 1
    pilot = next(lot for lot in lots if lot.corsia_eligible)
    assert "CORSIA 2021-2023 compliance period (pilot phase)" in pilot.labels
    assert pilot.sdg_goals == (3, 6, 7, 9, 12, 13)  # "03: Good Health ...;06: ...;13: Climate Action"


_PILOT = "Eligible for CORSIA 2021-2023 Compliance Period (Pilot Phase)"


def test_climate_action_reserve_retirements(tmp_project):
    res, lots = imported(tmp_project, "car.csv")
    rows = source_rows("car.csv")
    assert (res.kind, res.rows) == ("car", 12)
    by_serial = {lot.serial: lot for lot in lots}
    for r in rows:
        lot = by_serial[r["Offset Credit Serial Numbers"]]
        assert lot.quantity == int(r["Quantity of Offset Credits"])
        assert lot.kind == ("removal" if r["Reduction/Removal"] == "Removal" else "avoidance")
        assert lot.ccp_label == (r["CCP Approved"] == "Yes")
        assert lot.corresponding_adjustment is False  # "No" in every row
        assert lot.beneficiary is None  # CAR's export names the account holder only
        assert f"account holder: {r['Account Holder']}" in lot.notes
    assert sum(lot.kind == "removal" for lot in lots) == 3 and sum(lot.ccp_label for lot in lots) == 4


def test_art_retirements_trees_and_fcpf(tmp_project):
    res, lots = imported(tmp_project, "art.csv")
    assert (res.kind, res.rows) == ("art", 8)
    assert {lot.unit_type for lot in lots} == {"TREES", "FCPF"}
    assert sum(lot.corsia_eligible for lot in lots) == 3
    chanel = [lot for lot in lots if lot.beneficiary == "Emergent retiring on behalf of Chanel"]
    assert chanel and all(lot.issuance_date == D(2026, 3, 9) for lot in chanel)


def test_unknown_verifier_is_flagged_by_the_checks(tmp_project):
    imported(tmp_project, "acr.csv")
    lot = svc.list_lots(tmp_project)[0]
    svc.update_lot(tmp_project, lot.id, claim_period_id=tmp_project.current_period()["id"])
    hits = [f for f in svc.check(tmp_project, standard="ISO14068-1") if f.rule_id.endswith(".VERIFIED")]
    assert any(f.subject == f"lot:{lot.id}" and "no independent verification body" in f.message for f in hits)


def test_bad_labels_named_and_project_unchanged(tmp_project, tmp_path, file_bytes):
    rows = source_rows("car.csv")
    rows[1]["Reduction/Removal"] = "Sequestration-ish"
    rows[2]["CCP Approved"] = "maybe"
    rows[3]["Vintage"] = "2019"
    bad = tmp_path / "car_bad.csv"
    with open(bad, "w", newline="", encoding="utf-8") as fh:
        w = csv.DictWriter(fh, fieldnames=list(rows[0]))
        w.writeheader()
        w.writerows(rows)
    before = file_bytes(tmp_project.path)
    with pytest.raises(InputError) as exc:
        svc.import_registry_file(tmp_project, bad, kind="car")
    where = {(e.row, e.field) for e in exc.value.errors}
    assert where == {(3, "Reduction/Removal"), (4, "CCP Approved"), (5, "Vintage")}
    assert "car_bad.csv, row 5, column 'Vintage': 2019 disagrees with the serial's vintage" in str(exc.value)
    assert file_bytes(tmp_project.path) == before


def test_wrong_kind_and_unknown_columns_are_clear(tmp_project, tmp_path, file_bytes):
    before = file_bytes(tmp_project.path)
    with pytest.raises(
        InputError, match="missing column.*Offset Credit Serial Numbers.*Climate Action Reserve"
    ):
        svc.import_registry_file(tmp_project, DATA / "acr.csv", kind="car")
    other = tmp_path / "other.csv"
    other.write_text("a,b\n1,2\n", encoding="utf-8")
    with pytest.raises(InputError, match="no registry export this workbench reads"):
        svc.import_registry_file(tmp_project, other, kind="auto")
    assert file_bytes(tmp_project.path) == before
