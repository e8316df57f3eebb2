"""Registry serial formats: published examples (oracles.md) and our own for each format."""

import datetime as dt

import pytest

from offsets.serials import (
    GENERIC,
    GOLD_STANDARD,
    VERRA_CURRENT,
    VERRA_OLDER,
    SerialError,
    generic_serial,
    parse,
)

# oracles.md: registry serial example published by a credit retailer's help centre.
ORACLE_VERRA = "0001-000001-000100-VCS-VCU-003-VER-US-0003-01012020-31122020-1"


def test_published_verra_example():
    s = parse(ORACLE_VERRA)
    assert s.form == VERRA_CURRENT
    assert (s.start, s.end, s.quantity) == (1, 100, 100)
    assert s.fields["country"] == "US"
    assert s.fields["vintage_start"] == dt.date(2020, 1, 1)
    assert s.fields["vintage_end"] == dt.date(2020, 12, 31)
    assert s.fields["project_id"] == "3"


def test_verra_current_with_sectoral_scope():
    s = parse("10345-213076459-213076558-VCS-VCU-1491-VER-IN-1-1173-01012017-31122017-0")
    assert s.quantity == 213076558 - 213076459 + 1 == 100
    assert (s.fields["sectoral_scope"], s.fields["project_id"], s.fields["country"]) == ("1", "1173", "IN")
    assert s.key == "VCS"


def test_verra_older_apx_form():
    s = parse("5678-241569102-241569201-VCU-034-APX-IN-1-1748-01012018-31122018-0")
    assert s.form == VERRA_OLDER
    assert s.quantity == 100
    assert s.fields["registry_code"] == "APX"
    assert s.fields["vintage_end"] == dt.date(2018, 12, 31)
    assert s.key == "VCS"  # same namespace as current-form Verra serials


def test_gold_standard():
    s = parse("GS1-1-IN-GS1148-1-2012-2433-1-119")
    assert s.form == GOLD_STANDARD
    assert (s.start, s.end, s.quantity) == (1, 119, 119)
    assert s.fields["project_id"] == "GS1148"
    assert s.fields["vintage_start"] == dt.date(2012, 1, 1)
    assert s.key == "GS:GS1-1-IN-GS1148-1-2012-2433"


@pytest.mark.parametrize(
    "text, key, qty",
    [
        ("KCCI/KCR-2023-P0042/000001-000500", "KCCI/KCR-2023-P0042", 500),
        ("GIR/KOC-2022-0017/1-2500", "GIR/KOC-2022-0017", 2500),
        ("GIR/KCU-2024-0031/1001-1600", "GIR/KCU-2024-0031", 600),
        ("MYCARBON/CRA-2024-00012/1-80", "MYCARBON/CRA-2024-00012", 80),
    ],
)
def test_generic_range_kcr_koc_kcu_cra(text, key, qty):
    s = parse(text, "KCS")
    assert s.form == GENERIC and s.key == key and s.quantity == qty


def test_generic_serial_compose_and_sub_range_keep_padding():
    text = generic_serial("KCCI", "KCR-2023-P0042", 1, 500, 6)
    assert text == "KCCI/KCR-2023-P0042/000001-000500"
    assert parse(text).sub_range(101, 250).text == "KCCI/KCR-2023-P0042/000101-000250"


def test_verra_sub_range_keeps_encoded_fields():
    s = parse(ORACLE_VERRA).sub_range(41, 100)
    assert s.text == "0001-000041-000100-VCS-VCU-003-VER-US-0003-01012020-31122020-1"
    assert s.quantity == 60


@pytest.mark.parametrize(
    "text, programme, words",
    [
        ("0001-000100-000001-VCS-VCU-003-VER-US-0003-01012020-31122020-1", "VCS", "before its start"),
        ("0001-000001-000100-VCS-VCU-003-VER-US-0003-32012020-31122020-1", "VCS", "not a valid DDMMYYYY"),
        ("0001-000001-000100-VCS-VCU-003-VER-US-0003-01012021-31122020-1", "VCS", "vintage end"),
        ("0001-000001-VCS-VCU-003-VER-US-0003-01012020-31122020-1", "VCS", "expected batch-start-end"),
        ("GS1-1-IN-1148-1-2012-2433-1-119", "GS", "not a Gold Standard"),
        ("KCCI/KCR-2023/500-1", "KCS", "before its start"),
        ("KCCI//1-5", "KCS", "not a generic range"),
        ("", None, "empty"),
        ("ABC-123", None, "matches no known serial format"),
    ],
)
def test_malformed_serials_say_why(text, programme, words):
    with pytest.raises(SerialError, match=words):
        parse(text, programme)
