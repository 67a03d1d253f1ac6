"""The timezone table: every row's example reads into its zone, and the documented choices hold."""

from __future__ import annotations

import datetime as dt
import inspect
import re
import zoneinfo

import pytest

from wireparse import parse_timestamp, timezones
from wireparse.timezones import ZONE_TABLE, ZONES, lookup_zone, parse_offset, resolve_zone, zone_from_rule

# A row of the table: the abbreviation, then the quoted example in its comment.
ROW_RE = re.compile(
    r'^\s*ZoneRule\("(?P<abbreviation>[A-Z]{1,5})".*#\s*"(?P<example>[^"]{1,80})"', re.MULTILINE
)
ROWS = ROW_RE.findall(inspect.getsource(timezones))


def test_every_row_has_an_example_comment() -> None:
    assert sorted(abbreviation for abbreviation, _ in ROWS) == sorted(
        rule.abbreviation for rule in ZONE_TABLE
    )


def test_abbreviations_are_unique_and_upper_case() -> None:
    abbreviations = [rule.abbreviation for rule in ZONE_TABLE]
    assert len(abbreviations) == len(set(abbreviations)) == len(ZONES)
    assert all(abbreviation.isupper() for abbreviation in abbreviations)


@pytest.mark.parametrize(("abbreviation", "example"), ROWS, ids=[row[0] for row in ROWS])
def test_each_row_reads_its_example(abbreviation: str, example: str) -> None:
    timestamp = parse_timestamp(example)
    assert timestamp is not None
    assert timestamp.zone == abbreviation
    assert timestamp.value is not None
    expected = timestamp.value.replace(tzinfo=None).replace(tzinfo=resolve_zone(abbreviation))
    assert timestamp.value.utcoffset() == expected.utcoffset()


@pytest.mark.parametrize(
    ("abbreviation", "hours"),
    [("JST", 9), ("KST", 9), ("HKT", 8), ("SGT", 8), ("IST", 5.5), ("BST", 1), ("GMT", 0), ("UTC", 0),
     ("Z", 0), ("EST", -5), ("EDT", -4), ("CST", -6), ("CDT", -5), ("PST", -8), ("PDT", -7), ("CET", 1),
     ("CEST", 2), ("EET", 2), ("MSK", 3), ("AEST", 10), ("AEDT", 11), ("NPT", 5.75), ("NST", -3.5)],
)  # fmt: skip
def test_fixed_offsets(abbreviation: str, hours: float) -> None:
    assert resolve_zone(abbreviation) == dt.timezone(dt.timedelta(minutes=round(hours * 60)))


@pytest.mark.parametrize(
    ("text", "hours"),
    [
        ("January 15, 2023 9:00 a.m. ET", -5),
        ("July 30, 2023 9:00 a.m. ET", -4),
        ("January 15, 2023 9:00 a.m. CT", -6),
        ("July 30, 2023 9:00 a.m. CT", -5),
        ("January 15, 2023 9:00 a.m. MT", -7),
        ("July 30, 2023 9:00 a.m. MT", -6),
        ("January 15, 2023 9:00 a.m. PT", -8),
        ("July 30, 2023 9:00 a.m. PT", -7),
        ("January 15, 2023 9:00 a.m. AET", 11),
        ("July 30, 2023 9:00 a.m. AET", 10),
    ],
)
def test_regional_zones_follow_daylight_saving(text: str, hours: int) -> None:
    timestamp = parse_timestamp(text)
    assert timestamp is not None
    assert timestamp.value is not None
    assert timestamp.value.utcoffset() == dt.timedelta(hours=hours)


@pytest.mark.parametrize("abbreviation", ["CST", "IST", "AST", "GST"])
def test_shared_abbreviations_warn(abbreviation: str) -> None:
    rule = lookup_zone(abbreviation)
    assert rule is not None
    assert rule.ambiguity
    assert zone_from_rule(rule)[1] == ("ambiguous-zone",)


def test_cst_is_us_central_and_ist_is_india() -> None:
    cst = parse_timestamp("July 30, 2023 10:31 pm CST")
    ist = parse_timestamp("July 30, 2023 10:31 pm IST")
    assert cst is not None
    assert cst.value is not None
    assert ist is not None
    assert ist.value is not None
    assert cst.value.utcoffset() == dt.timedelta(hours=-6)
    assert ist.value.utcoffset() == dt.timedelta(hours=5, minutes=30)
    assert cst.warnings == ist.warnings == ("ambiguous-zone",)


@pytest.mark.parametrize(
    ("text", "minutes"),
    [("+09:00", 540), ("+0900", 540), ("-05:00", -300), ("−0530", -330), ("+3", 180), ("+14:00", 840)],
)
def test_parse_offset(text: str, minutes: int) -> None:
    assert parse_offset(text) == minutes


@pytest.mark.parametrize("text", ["+15:00", "+09:60", "+123", "09:00", "", "GMT"])
def test_parse_offset_rejects(text: str) -> None:
    assert parse_offset(text) is None


@pytest.mark.parametrize(
    ("text", "hours"),
    [
        ("16:34 GMT+9, July 30, 2023", 9),
        ("16:34 GMT-5, July 30, 2023", -5),
        ("16:34 UTC+05:30, July 30, 2023", 5.5),
        ("2023-07-30T16:34:00-03:00", -3),
    ],
)
def test_numeric_offsets_count_east_of_utc(text: str, hours: float) -> None:
    timestamp = parse_timestamp(text)
    assert timestamp is not None
    assert timestamp.value is not None
    assert timestamp.value.utcoffset() == dt.timedelta(minutes=round(hours * 60))


def test_unknown_abbreviation_is_none() -> None:
    assert resolve_zone("XYZ") is None
    assert parse_timestamp("16:34 XYZ, July 30, 2023") is None


def test_missing_zone_data_falls_back_to_standard_time(monkeypatch: pytest.MonkeyPatch) -> None:
    def missing(key: str) -> zoneinfo.ZoneInfo:
        raise zoneinfo.ZoneInfoNotFoundError(key)

    monkeypatch.setattr(zoneinfo, "ZoneInfo", missing)
    tzinfo, warnings = zone_from_rule(ZONES["ET"])
    assert tzinfo == dt.timezone(dt.timedelta(hours=-5))
    assert warnings == ("zone-data-missing",)
    timestamp = parse_timestamp("July 30, 2023 4:34 a.m. ET")
    assert timestamp is not None
    assert timestamp.value == dt.datetime(2023, 7, 30, 4, 34, tzinfo=dt.timezone(dt.timedelta(hours=-5)))
    assert timestamp.warnings == ("zone-data-missing",)
