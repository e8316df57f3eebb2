"""Registry serial formats against real published serials and the quantities their registries state.

Data: tests/data/registry_serials/ (README.md there gives each file's source repository, commit,
path and licence terms: extracts of CarbonPlan's OffsetsDB test data, MIT code, factual registry
data on which CarbonPlan claims no copyright)."""

import csv
import datetime as dt
from pathlib import Path

import pytest

from offsets.overlap import Span, find_overlaps
from offsets.serials import (
    ACR,
    ART,
    CAR,
    CDM,
    GENERIC,
    GOLD_STANDARD,
    PURO,
    VERRA_CURRENT,
    SerialError,
    cercarbono_serial,
    parse,
)

DATA = Path(__file__).parent / "data" / "registry_serials"


def rows(name: str) -> list[dict]:
    with (DATA / name).open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


REGISTRY_FILES = {
    "acr.csv": (ACR, "ACR"),
    "car.csv": (CAR, "CAR"),
    "art.csv": (ART, "ART"),
    "cdm_gold_standard.csv": (CDM, "CDM"),
    "gold_standard.csv": (GOLD_STANDARD, "GS"),
    "verra.csv": (VERRA_CURRENT, "VCS"),
}


@pytest.mark.parametrize("name", sorted(REGISTRY_FILES))
def test_every_file_holds_at_least_three_real_examples_with_a_source(name):
    data = rows(name)
    assert len(data) >= 3
    assert all(r["source"].startswith("carbonplan/offsets-db-data@cdfd8f7:tests/data/") for r in data)


@pytest.mark.parametrize(
    "name,row", [(n, r) for n in sorted(REGISTRY_FILES) for r in rows(n)], ids=lambda v: str(v)[:60]
)
def test_real_serial_parses_with_the_quantity_its_registry_states(name, row):
    form, programme = REGISTRY_FILES[name]
    detected = parse(row["serial"])  # format detected from the text alone
    assert detected.form == form
    assert detected.quantity == int(row["quantity"])  # inclusive: end - start + 1
    given = parse(row["serial"], programme)  # and with the programme named
    assert (given.form, given.key, given.start, given.end) == (
        form,
        detected.key,
        detected.start,
        detected.end,
    )


@pytest.mark.parametrize("row", rows("cercarbono.csv"), ids=lambda r: r["block"])
def test_cercarbono_block_with_from_to_columns_counts_inclusively(row):
    s = parse(cercarbono_serial(row["block"], row["from"], row["to"]), "CERCARBONO")
    assert s.form == GENERIC
    assert s.quantity == int(row["quantity"]) == int(row["to"]) - int(row["from"]) + 1
    assert s.key == f"CERCARBONO/{row['block']}"


def test_acr_fields_and_namespace():
    # acr.csv row 1 (OffsetsDB ACR retirements): AWS retirement from Tradewater - Middle East 1.
    s = parse("ACR-FR-1129-2025-2917-30932 to 35143")
    assert (s.start, s.end, s.quantity) == (30932, 35143, 4212)
    assert s.key == "ACR:ACR-FR-1129-2025-2917"
    assert (s.fields["country"], s.fields["project_id"], s.fields["batch"]) == ("FR", "ACR1129", "2917")
    assert (s.fields["vintage_start"], s.fields["vintage_end"]) == (
        dt.date(2025, 1, 1),
        dt.date(2025, 12, 31),
    )
    assert s.fields["vintage_precision"] == "year"


def test_car_fields_crt_and_roc():
    s = parse("CAR-1-US-1335-31-983-KS-2025-9205-1 to 5000")
    assert (s.quantity, s.key) == (5000, "CAR:CAR-1-US-1335-31-983-KS-2025-9205")
    assert (s.fields["project_id"], s.fields["credit_type"], s.fields["state"]) == ("CAR1335", "CRT", "KS")
    assert s.fields["vintage_start"] == dt.date(2025, 1, 1)
    roc = parse("CAR-ROC-US-1316-105-276-CA-2025-9388-1 to 1")  # car.csv: a single-credit range
    assert (roc.quantity, roc.fields["credit_type"], roc.fields["country"]) == (1, "ROC", "US")


def test_art_trees_and_fcpf_prefixes():
    s = parse("FCPF-CI-130-2023-20-1 to 46404")
    assert (s.quantity, s.fields["crediting_programme"], s.fields["project_id"]) == (46404, "FCPF", "ART130")
    assert s.fields["vintage_end"] == dt.date(2023, 12, 31)
    g = parse("ART-GY-102-2021-11-2759599 to 2760598")
    assert (g.quantity, g.fields["crediting_programme"], g.fields["country"]) == (1000, "ART", "GY")
    assert parse("FCPF-CI-130-2023-20-1 to 46404", "TREES").key == s.key == "ART:FCPF-CI-130-2023-20"


def test_cdm_cer_in_the_gold_standard_registry_whole_serial_at_both_ends():
    s = parse("RW-5-1463953-2-2-0-7014 - RW-5-1467609-2-2-0-7014")
    assert (s.form, s.start, s.end, s.quantity) == (CDM, 1463953, 1467609, 3657)
    assert s.fields["unit_type"] == "CER" and s.fields["project_id"] == "7014" and s.fields["country"] == "RW"
    assert (s.fields["original_commitment_period"], s.fields["applicable_commitment_period"]) == (2, 2)
    assert "vintage_start" not in s.fields  # a CER serial carries no vintage
    assert s.key == "CER:RW-5-*-2-2-0-7014"
    assert parse("RW-5-1463953-2-2-0-7014", "CER").quantity == 1  # one CER written alone


def test_range_written_with_full_or_partial_repetition_of_the_serial():
    full = parse("ACR-FR-1129-2025-2917-30932 to ACR-FR-1129-2025-2917-35143")
    partial = parse("ACR-FR-1129-2025-2917-30932 to 2917-35143")
    dashed = parse("ACR-FR-1129-2025-2917-30932 - 35143")
    assert (full.quantity, partial.quantity, dashed.quantity) == (4212, 4212, 4212)
    assert parse("RW-5-1463953-2-2-0-7014 to 1467609-2-2-0-7014").quantity == 3657


def test_sub_ranges_are_written_in_the_registry_s_own_form():
    acr = parse("ACR-FR-1129-2025-2917-30932 to 35143").sub_range(30932, 31931)
    assert acr.text == "ACR-FR-1129-2025-2917-30932 to 31931" and acr.quantity == 1000
    cer = parse("RW-5-1463953-2-2-0-7014 - RW-5-1467609-2-2-0-7014").sub_range(1463953, 1463962)
    assert cer.text == "RW-5-1463953-2-2-0-7014 - RW-5-1463962-2-2-0-7014" and cer.quantity == 10


def test_overlap_only_within_the_same_block():
    a = parse("CAR-1-US-1335-31-983-KS-2025-9659-1 to 7275")  # car.csv source file, row 2
    same_block = parse("CAR-1-US-1335-31-983-KS-2025-9659-7000 to 7100")
    other_batch = parse("CAR-1-US-1335-31-983-KS-2025-9205-1 to 5000")
    spans = [Span(s.key, s.start, s.end, s.text) for s in (a, same_block, other_batch)]
    hits = find_overlaps(spans)
    assert [(o.first.ref, o.second.ref, o.quantity) for o in hits] == [(a.text, same_block.text, 101)]


def test_generic_form_still_accepted_for_programmes_that_had_no_format_before():
    assert parse("ACR/ACR1129-2025/1-10", "ACR").form == GENERIC
    assert parse("UNFCCC/CDM-7014/1-10", "CDM").quantity == 10
    assert parse("PURO/CORC-2024-0001/1-50", "PURO").quantity == 50
    assert parse("ISOMETRIC/ISO-2025-7/1-3", "ISOMETRIC").quantity == 3


@pytest.mark.parametrize(
    "text,why",
    [
        ("ACR-FR-1129-2025-2917-30932 to 2918-35143", "same block"),  # end names another batch
        ("ACR-FR-1129-2025-2917-30932-35143", "ACR"),  # dash without spaces is not a range
        ("ACR-FR-1129-25-2917-30932 to 35143", "ACR"),  # two-digit vintage
        ("ACR-FR-1129-2025-2917-30932 to 35143 to 36000", "one range"),
        ("ACR-FR-1129-2025-2917-35143 to 30932", "before its start"),
        ("ACR-FR-1129-1925-2917-1 to 10", "plausible year"),
        ("CAR-2-US-1335-31-983-KS-2025-9205-1 to 5000", "CAR"),  # credit type 2 unknown
        ("CAR-1-US-1335-31-KS-2025-9205-1 to 5000", "CAR"),  # a field missing
        ("ART-GY-102-2021-11-2759599to2760598", "ART"),  # no spaces around "to"
        ("TREES-GY-102-2021-11-1 to 10", "no known serial format"),
        ("RW-5-1463953-2-2-0-7014 - 1467609", "not the serial's last field"),
        ("RW-5-1463953-2-2-0-7014 - RW-5-1467609-2-2-0-7015", "same block"),  # another project
        ("RW-6-1463953-2-2-0-7014", "not a CER"),  # tCER
        ("RW-5-1463953-2-2-7014", "CDM CER"),  # LULUCF field missing
        ("XYZ-FR-1129-2025-2917-30932 to 35143", "no known serial format"),
        ("acr-fr-1129-2025-2917-30932 to 35143", "ACR"),  # registries write capitals
    ],
)
def test_near_misses_are_refused_not_misread(text, why):
    with pytest.raises(SerialError, match=why):
        parse(text)


def test_wrong_programme_refuses_another_registry_s_serial():
    with pytest.raises(SerialError, match="American Carbon Registry"):
        parse("CAR-1-US-1335-31-983-KS-2025-9205-1 to 5000", "ACR")
    with pytest.raises(SerialError, match="Verra"):
        parse("ACR-FR-1129-2025-2917-30932 to 35143", "VCS")
    with pytest.raises(SerialError, match="Cercarbono block"):
        cercarbono_serial("CDC 1 1", 1, 2)


PURO_DOCUMENTED = "PURO_PR_CORC100+_FI_577166_2020_055a3fbe-eabc-4535-b9cf-1028e7d18f89_1-100"  # README.md


def test_puro_certificate_id_as_puro_documents_it():
    s = parse(PURO_DOCUMENTED)
    assert s.form == PURO and s.quantity == 100
    assert s.fields["credit_type"] == "CORC100+" and s.fields["country"] == "FI"
    assert s.fields["production_facility"] == "577166" and s.fields["vintage_year"] == 2020
    assert s.key == "PURO:055a3fbe-eabc-4535-b9cf-1028e7d18f89"  # numbers restart per issuance
    assert parse(PURO_DOCUMENTED, "PURO") == s == parse(PURO_DOCUMENTED, "CORC")
    assert s.sub_range(11, 20).text == PURO_DOCUMENTED[: -len("1-100")] + "11-20"
    other = parse(PURO_DOCUMENTED.replace("055a3fbe", "155a3fbe"))
    same = parse(PURO_DOCUMENTED.replace("_1-100", "_90-120"))
    spans = [Span(x.key, x.start, x.end, name) for name, x in (("a", s), ("b", other), ("c", same))]
    assert [(o.first.ref, o.second.ref) for o in find_overlaps(spans)] == [
        ("a", "c")
    ]  # same numbers, another issuance: no shared credit
    assert parse("PURO/CORC-2019-643002406555908611/1-50", "PURO").quantity == 50  # older ids


@pytest.mark.parametrize(
    "text",
    [
        PURO_DOCUMENTED.replace("_FI_", "_FIN_"),  # country is two letters
        PURO_DOCUMENTED.replace("_2020_", "_20_"),  # vintage is a year
        PURO_DOCUMENTED.replace("055a3fbe-eabc-4535-b9cf-1028e7d18f89", "055a3fbe"),  # issuance id
        PURO_DOCUMENTED.replace("_1-100", "_100-1"),  # range backwards
    ],
)
def test_puro_near_misses_are_refused(text):
    with pytest.raises(SerialError):
        parse(text)
