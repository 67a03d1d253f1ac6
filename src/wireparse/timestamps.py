"""Stage 3a: read timestamps ("16:34 JST, July 30, 2023") into datetimes.

Strategy: a timestamp is one of a few named forms (:data:`FORMS`), each a
verbose, bounded pattern assembled from named fragments (a month name, a day,
a clock time, a zone...), optionally led by a label such as "Updated:".
:func:`find_timestamps` runs every form over a text and keeps the leftmost,
longest, non-overlapping matches; :func:`parse_timestamp` accepts a text only
when those matches are all it holds besides punctuation and blanks. Zone
abbreviations resolve through the table in :mod:`wireparse.timezones`.

Choices, all documented in ``docs/timestamps.md``:

* A numeric date whose two first fields could both be the month ("03/04/2023")
  is read month first, or day first when the timestamp names a zone outside
  North America ("12:01am GMT 08/01/2008" is 8 January), and carries the
  ``"ambiguous-day-month"`` warning; one field above 12 settles it
  ("15/01/08" is day first).
* Two-digit years 00-69 are 2000-2069, 70-99 are 1970-1999; years outside
  1900-2100 are not read as timestamps.
* A text without a zone gives a naive datetime; a date without a time gives
  midnight with :attr:`Precision.DATE`.
* Relative forms ("5 hours ago", "yesterday", "on Saturday"), dates
  without a year ("Nov 18") and clock times alone ("5:50 PM") get a value only from an explicit ``reference``;
  a date without a year is the latest such date not after the reference.

Must never: read the clock, the ``TZ`` variable or the locale; raise on any
``str``; take more than linear time (every quantifier is bounded).
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Callable, Iterable, Mapping, Sequence

import attrs
import regex
from dateutil.relativedelta import relativedelta

from wireparse.lexicons import MONTHS as LEXICON_MONTHS
from wireparse.model import Precision, Span, Timestamp
from wireparse.timezones import (
    MONTH_FIRST_ZONES,
    PLACELESS_ZONES,
    ZONES,
    lookup_zone,
    offset_zone,
    parse_offset,
    zone_from_rule,
)

# ---------------------------------------------------------------- vocabulary

#: Month names and their abbreviations as printed (:data:`wireparse.lexicons.MONTHS`).
MONTHS: Mapping[str, int] = LEXICON_MONTHS

#: Weekday names and abbreviations, lower case, Monday = 0.
WEEKDAYS: Mapping[str, int] = {
    "monday": 0, "mon": 0,
    "tuesday": 1, "tues": 1, "tue": 1,
    "wednesday": 2, "weds": 2, "wed": 2,
    "thursday": 3, "thurs": 3, "thur": 3, "thu": 3,
    "friday": 4, "fri": 4,
    "saturday": 5, "sat": 5,
    "sunday": 6, "sun": 6,
}  # fmt: skip

#: Labels that lead a timestamp, lower case, and what they normalise to.
LABELS: Mapping[str, str] = {
    "published": "published",  # "Published: Jan 5, 2008 10:02 ET"
    "first published": "published",  # "First Published: Tuesday, November 19, 2019 08:38 AM"
    "originally published": "published",  # "Originally published July 30, 2023"
    "published date": "published",  # "Published Date: 11 January 2008"
    "publication date": "published",  # "Publication date: 30/07/2023"
    "posted": "published",  # "Posted on Fri, Jan. 18, 2008"
    "updated": "updated",  # "Updated: Sun 30 Jul 2023 16.34 BST"
    "last updated": "updated",  # "Last Updated: 6:10 PM Dec 31, 2007"
    "page updated": "updated",  # "Page updated July 30, 2023 4:34 a.m."
    "modified": "modified",  # "Modified: 2023-07-30T07:34:00Z"
    "last modified": "modified",  # "Last modified on Sun 30 Jul 2023 16.34 BST"
    "created": "created",  # "Created: 30 July 2023 07:34"
}

#: Number words that stand for an amount in relative forms ("an hour ago").
NUMBER_WORDS: Mapping[str, int] = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5,
    "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
}  # fmt: skip

#: Units of relative forms, lower case, and the unit they stand for.
#: A lone "m" is minutes: live pages print "32M ago", never months so.
UNITS: Mapping[str, str] = {
    "second": "seconds", "seconds": "seconds", "sec": "seconds", "secs": "seconds", "s": "seconds",
    "minute": "minutes", "minutes": "minutes", "min": "minutes", "mins": "minutes", "m": "minutes",
    "hour": "hours", "hours": "hours", "hr": "hours", "hrs": "hours", "h": "hours",
    "day": "days", "days": "days", "d": "days",
    "week": "weeks", "weeks": "weeks", "wk": "weeks", "wks": "weeks", "w": "weeks",
    "month": "months", "months": "months", "mo": "months", "mos": "months",
    "year": "years", "years": "years", "yr": "years", "yrs": "years", "y": "years",
}  # fmt: skip

#: Zones after which a numeric offset counts from UTC ("GMT+9" is UTC+9).
UNIVERSAL_ZONES = frozenset({"GMT", "UTC", "UT"})

#: The years a timestamp may name.
FIRST_YEAR, LAST_YEAR = 1900, 2100

#: The longest text :func:`parse_timestamp` reads: two labelled timestamps
#: and their separators fit well within it; anything longer is prose.
MAX_TIMESTAMP_LINE = 240


def _alternation(words: Iterable[str], *, cased: bool) -> str:
    """A regex alternation of ``words``, longest first.

    ``cased`` words match capitalised or upper case only ("May", "MAY"), so
    that the verb "may" and the noun "march" are not dates.
    """
    escaped = (
        r"\s{1,3}".join(regex.escape(part) for part in variant.split())
        for variant in _variants(words, cased=cased)
    )
    return "|".join(sorted(escaped, key=lambda item: (-len(item), item)))


def _variants(words: Iterable[str], *, cased: bool) -> set[str]:
    variants: set[str] = set()
    for word in words:
        variants.update((word.capitalize(), word.upper()) if cased else (word,))
    return variants


def _first_characters(words: Iterable[str], *, cased: bool) -> str:
    """A lookahead for the characters the words of an alternation open with.

    It fails fast at the many offsets where no word starts, sparing the
    alternation there; it changes nothing the alternation matches.

    >>> _first_characters(["may", "june"], cased=True)
    '(?=[JM])'
    """
    return "(?=[" + "".join(sorted({regex.escape(v[0]) for v in _variants(words, cased=cased)})) + "])"


# ---------------------------------------------------------------- fragments
# Each fragment is verbose regex source with named groups; the forms below
# join them. Groups of the same name in different branches are one group.

# "Jul.", "SEPT", "November"; not "may" or "Mayor".
MONTH = (
    rf"(?P<month_name>\b{_first_characters(MONTHS, cased=True)}(?:{_alternation(MONTHS, cased=True)})\b)\.?"
)

# "Sun., ", "Monday , ", "Tue "; not "Sunny".
WEEKDAY = rf"""(?:(?P<weekday>\b{_first_characters(WEEKDAYS, cased=True)}(?:{_alternation(WEEKDAYS, cased=True)})\b)
    \.?\s{{0,2}},?\s{{0,3}})"""

# "30", "4th", "20th"; not "300".
DAY = r"(?<!\d)(?P<day>\d{1,2})(?:st|nd|rd|th)?(?!\d)"

# "2023"; not "20231".
YEAR = r"(?P<year>\d{4})(?!\d)"

# Between the day and the year: "30, 2023", "9 , 2008", "30 2023", "30-Jul-2023".
DAY_YEAR_SEPARATOR = r"(?:\s{0,2},\s{0,3}|\s{1,3}|-)"

# "July 30, 2023", "Sept. 4, 2023", "November 20th, 2019"; not "July 30".
MONTH_DAY_YEAR = rf"(?:{MONTH}\s{{0,3}}{DAY}{DAY_YEAR_SEPARATOR}{YEAR})"

# "30 July 2023", "15th January 2008", "29 December, 2007", "30-Jul-2023".
DAY_MONTH_YEAR = rf"(?:{DAY}(?:-|\s{{0,3}}(?:of\s{{1,3}})?){MONTH}{DAY_YEAR_SEPARATOR}{YEAR})"

# "2023-07-30", "2023/07/30", "2023.07.30"; not "2023-07/30" or "12023-07-30".
YEAR_MONTH_DAY = r"""
    (?:(?<![\d.])(?P<year>\d{4})(?P<ymd_separator>[-/.])(?P<month_number>\d{1,2})
    (?P=ymd_separator)(?P<day>\d{1,2})(?!\d))
"""

# "1/15/2008", "15/01/08", "18.11.2019", "30-07-2023"; not "1.2.3" (a
# version: dots and hyphens need a four-digit year), not "192.168.1.10".
NUMERIC_DATE = r"""
    (?:(?<![\d./\-])(?P<first_field>\d{1,2})
    (?: / (?P<second_field>\d{1,2}) / (?P<year>\d{4}|\d{2})
      | (?P<numeric_separator>[.\-]) (?P<second_field>\d{1,2}) (?P=numeric_separator) (?P<year>\d{4})
    )(?!\d|[./\-]\d))
"""

# Chinese, Japanese and Korean dates: "2023年7月30日", "2023년 7월 30일"; not "7月30日"
# without its year.
CJK_DATE = r"""
    (?:(?<!\d)(?P<year>\d{4})\s?[年년]\s?(?P<month_number>\d{1,2})\s?[月월]\s?(?P<day>\d{1,2})\s?[日일])
"""

DATE = rf"(?:{MONTH_DAY_YEAR}|{DAY_MONTH_YEAR}|{YEAR_MONTH_DAY}|{NUMERIC_DATE}|{CJK_DATE})"

# "July 30", "Nov 18", "15 Jan"; not "July 30, 2023" (the year-less form
# gives way to the full date).
MONTH_DAY = rf"""
    (?:(?:{MONTH}\s{{0,3}}{DAY}|{DAY}\s{{0,3}}(?:of\s{{1,3}})?{MONTH})
    (?!\s{{0,3}},?\s{{0,3}}\d{{4}}))
"""

# "a.m.", "PM", "pm"; not "Amsterdam".
MERIDIEM = r"(?P<meridiem>[aApP]\.?\s?[mM]\b\.?)"

# "16:34", "16.34", "4:34 a.m.", "6:45pm", "4 p.m.", "07:34:00.123", "15:12 Uhr";
# not "16:345", "12.75" (no minute 75), "24:00" (no hour 24), a lone "16" or
# the "09:00" of an offset "+09:00".
TIME = rf"""
    (?:(?<![\d.:+\-−])(?P<hour>2[0-3]|[01]?\d)
    (?: [:.] (?P<minute>[0-5]\d) (?: : (?P<second>[0-5]\d) (?: [.,] (?P<fraction>\d{{1,6}}) )? )? (?!\d)
        (?: \s{{0,2}} (?:{MERIDIEM}|Uhr\b) )?
      | \s{{0,2}} {MERIDIEM}
    ))
"""

# Hours as some sites write them after a date, never alone (a lone "2h01" is
# a marathon time, "1500 hours" a duration, as is "1200 hours of video" after
# a date): "02h53" (French and Portuguese sites), "2055 Hrs" (Indian sites).
WRITTEN_HOURS = r"""
    (?:(?<![\d.:+\-−])(?P<hour>[01]\d|2[0-3])
    (?: h (?P<minute>[0-5]\d) (?!\d) | (?P<minute>[0-5]\d) \s{0,2} (?i:hrs|hours)\b (?!\s{1,3}\p{Ll}) ))
"""

# "JST", "GMT+9", "GMT +3", "UTC-05:00", "+09:00", "-0500", "Z", "(ET)";
# not "ETA", not "+9" without "GMT" or "UTC" before it.
ZONE = rf"""
    (?:\s{{0,3}}(?P<zone_open>\()?(?P<zone>
        (?P<zone_name>(?<![A-Za-z])(?:{_alternation(ZONES, cased=False)})(?![A-Za-z]))
        (?: \s{{0,2}} (?P<offset>[+\-−]\s{{0,2}}(?:\d{{2}}(?::?\d{{2}})?|\d(?::\d{{2}})?)) (?!\d) )?
      | (?P<offset>[+\-−]\d{{2}}:?\d{{2}}) (?!\d)
    )(?(zone_open)\)))
"""

# Between a date and its time: "2023, 4:34", "2019 at 8:59", "2019 - 07:29",
# "2019 / 10:07", "2008; 4:38", "2008 : 2055 Hrs", "2023-07-30T07:34".
DATE_TIME_SEPARATOR = r"(?:\s{0,3}[,;]?\s{0,3}(?:\bat\b|@|-|–|—|/|\||T)?\s{0,3})"

# Between a time (and zone) and its date: "JST, July", "PM Dec", "MST on Sun.".
TIME_DATE_SEPARATOR = r"(?:\s{0,3}[,;|\-–—/]?\s{0,3}(?:\bon\b)?\s{0,3})"

# A time after its date; in parentheses when it says it is a time of day, by
# two digits for the hour or "a.m."/"p.m." ("29 December 2007 (16:00)",
# "01/07/2008 (6:00 pm)"; not a video's length, "(2:14)", though a video of
# ten minutes or more, "(10:32)", reads as a time); or hours written
# out. After a colon, a time written with a colon or "a.m."/"p.m." ("15
# January 2008: 8:43am"; not "Jan 5, 2008: 3.45 million") or hours written
# out ("January 1, 2008 : 2055 Hrs").
CLOCK = rf"""
    (?:{DATE_TIME_SEPARATOR}
        (?:{TIME}{ZONE}?
          | \((?=\d{{2}}[:.]\d|[^()]{{1,12}}?[aApP]\.?\s?[mM]\b){TIME}{ZONE}?\)
          | {WRITTEN_HOURS}{ZONE}?)
      | \s{{0,3}}:\s{{0,3}}(?:{WRITTEN_HOURS}|(?=\d{{1,2}}:\d|\d{{1,2}}(?:[.]\d\d)?\s{{0,2}}[aApP]\.?\s?[mM]\b){TIME}){ZONE}?)
"""

# "5 hours ago", "32M ago", "an hour ago", "2 days ago at 07:52 am".
RELATIVE_AGO = rf"""
    (?:(?<!\w)(?P<amount>\d{{1,3}}|(?i:{_alternation(NUMBER_WORDS, cased=False)}))\s{{0,2}}
    (?P<unit>(?i:{_alternation(UNITS, cased=False)}))\s{{1,2}}(?i:ago)\b
    (?:\s{{1,3}}(?i:at)\s{{1,3}}{TIME})?)
"""

# "Yesterday", "yesterday at 5:30 p.m.", "Today 09:15", "just now"; not a lone "Today".
RELATIVE_DAY = rf"""
    (?:(?<!\w)(?P<day_word>(?i:yesterday|today|just\s{{1,2}}now))\b
    (?:\s{{0,3}},?\s{{0,3}}(?i:at)?\s{{0,3}}{TIME}{ZONE}?)?)
"""

# "on Saturday", "last Monday"; not "on Sat" (too short to be sure), not
# "on Sunday, October 13th, 2019" (a weekday before a date is no relative form).
RELATIVE_WEEKDAY = rf"""
    (?:(?<!\w)(?P<weekday_word>(?i:on|last))\s{{1,3}}
    (?P<weekday>\b(?:{_alternation((name for name in WEEKDAYS if name.endswith("day")), cased=True)})\b)
    (?!\s{{0,3}},?\s{{0,3}}(?:\d|{MONTH})))
"""

# "Updated: ", "First Published ", "Posted on ", "Updated : ", "UPDATED: ", and
# "Published:Ã‚Â " (a non-breaking space decoded twice with the wrong codec).
LABEL = rf"""
    (?:(?<!\w)(?P<label>(?i:{_first_characters(LABELS, cased=False)}{_alternation(LABELS, cased=False)}))\b
    (?:\s{{1,3}}(?i:on|at)\b)?\s{{0,3}}[:：]?(?:\s|Ã‚Â|Â){{0,3}})
"""


# ---------------------------------------------------------------- reading

#: The groups of a match by name; a form lacks some groups, which read as ``None``.
Fields = Mapping[str, str | None]


@attrs.frozen
class Reading:
    """What a match says once its fields are read: value, precision, warnings."""

    value: dt.datetime | None
    precision: Precision
    zone: str | None = None
    warnings: tuple[str, ...] = ()


def _group(fields: Fields, name: str) -> str:
    """The text of a group the form guarantees ("" if it is absent after all)."""
    return fields.get(name) or ""


def _full_year(text: str) -> int:
    year = int(text)
    if len(text) == 2:
        return 2000 + year if year < 70 else 1900 + year
    return year


def _month_and_day(fields: Fields) -> tuple[int, int, tuple[str, ...]] | None:
    """Return month, day and warnings from whichever date fields matched."""
    if fields.get("month_name") is not None:
        return MONTHS[_group(fields, "month_name").lower()], int(_group(fields, "day")), ()
    if fields.get("month_number") is not None:
        return int(_group(fields, "month_number")), int(_group(fields, "day")), ()
    first, second = int(_group(fields, "first_field")), int(_group(fields, "second_field"))
    if first > 12 >= second:
        return second, first, ()
    if second > 12 >= first:
        return first, second, ()
    if first <= 12 and second <= 12:
        if first == second:
            return first, second, ()
        if fields.get("offset") is None and _writes_day_first(fields.get("zone_name")):
            return second, first, ("ambiguous-day-month",)
        return first, second, ("ambiguous-day-month",)
    return None


def _writes_day_first(zone_name: str | None) -> bool:
    """True when a page that prints this zone writes a numeric date day first.

    (An offset after the zone, "GMT-5", names no place either: the caller
    leaves such a date month first.)

    >>> _writes_day_first("GMT"), _writes_day_first("EST"), _writes_day_first("UTC"), _writes_day_first(None)
    (True, False, False, False)
    """
    if zone_name is None:
        return False
    name = zone_name.upper()
    return name not in MONTH_FIRST_ZONES and name not in PLACELESS_ZONES


def _clock(fields: Fields) -> tuple[int, int, int, int] | None:
    """Return hour, minute, second, microsecond, or ``None`` without a time."""
    if fields.get("hour") is None:
        return None
    hour = int(_group(fields, "hour"))
    meridiem = fields.get("meridiem")
    if meridiem is not None and 1 <= hour <= 12:
        hour = hour % 12 + (12 if meridiem[0] in "pP" else 0)
    fraction = fields.get("fraction") or ""
    microsecond = int(fraction.ljust(6, "0")) if fraction else 0
    return hour, int(fields.get("minute") or 0), int(fields.get("second") or 0), microsecond


def _precision(fields: Fields) -> Precision:
    if fields.get("hour") is None:
        return Precision.DATE
    return Precision.SECOND if fields.get("second") is not None else Precision.MINUTE


def _zone(fields: Fields) -> tuple[dt.tzinfo | None, tuple[str, ...]] | None:
    """Return the match's zone and its warnings; ``None`` when it is invalid."""
    name, offset_text = fields.get("zone_name"), fields.get("offset")
    if offset_text is not None:
        if name is not None and name not in UNIVERSAL_ZONES:
            return None
        minutes = parse_offset(offset_text.replace(" ", ""))
        return None if minutes is None else (offset_zone(minutes), ())
    if name is None:
        return (None, ())
    rule = lookup_zone(name)
    return None if rule is None else zone_from_rule(rule)


def _weekday_warnings(fields: Fields, date: dt.date) -> tuple[str, ...]:
    weekday = fields.get("weekday")
    if weekday is None or WEEKDAYS[weekday.lower()] == date.weekday():
        return ()
    return ("weekday-mismatch",)


def _in_range(value: dt.datetime) -> bool:
    return FIRST_YEAR <= value.year <= LAST_YEAR


def _with_clock(
    date: dt.date, clock: tuple[int, int, int, int] | None, zone: dt.tzinfo | None
) -> dt.datetime:
    hour, minute, second, microsecond = clock or (0, 0, 0, 0)
    return dt.datetime(date.year, date.month, date.day, hour, minute, second, microsecond, tzinfo=zone)


def _read_absolute(fields: Fields, reference: dt.datetime | None) -> Reading | None:
    """Read a date (with or without year), time and zone; ``None`` when invalid."""
    month_day = _month_and_day(fields)
    zone = _zone(fields)
    if month_day is None or zone is None:
        return None
    month, day, warnings = month_day
    tzinfo, zone_warnings = zone
    warnings += zone_warnings
    clock = _clock(fields)
    if clock is not None and not (0 <= clock[0] <= 23 and clock[1] <= 59 and clock[2] <= 59):
        return None
    zone_text = fields.get("zone")
    if fields.get("year") is None:
        date = _latest_date(month, day, reference)
        if date is None:
            # "Feb 30" is no date in any year; "Nov 18" without a reference is
            # a date whose year we cannot know.
            if not _exists_in_some_year(month, day):
                return None
            return Reading(value=None, precision=_precision(fields), zone=zone_text, warnings=warnings)
    else:
        try:
            date = dt.date(_full_year(_group(fields, "year")), month, day)
        except ValueError:
            return None
    value = _with_clock(date, clock, tzinfo)
    if not _in_range(value):
        return None
    warnings += _weekday_warnings(fields, date)
    return Reading(value=value, precision=_precision(fields), zone=zone_text, warnings=warnings)


def _exists_in_some_year(month: int, day: int) -> bool:
    try:
        dt.date(2000, month, day)  # a leap year: every real day exists in it
    except ValueError:
        return False
    return True


def _latest_date(month: int, day: int, reference: dt.datetime | None) -> dt.date | None:
    """The latest date of ``month`` and ``day`` not after ``reference`` (a day's grace for zones).

    A page prints a date without its year for something recent: "Nov 18"
    read on 30 July 2023 is 18 November 2022.
    """
    if reference is None:
        return None
    latest = reference.date() + dt.timedelta(days=1)
    for year in range(latest.year, latest.year - 9, -1):  # Feb 29 recurs within eight years
        try:
            date = dt.date(year, month, day)
        except ValueError:
            continue
        if date <= latest:
            return date
    return None


def _midnight(date: dt.date, reference: dt.datetime) -> dt.datetime:
    return dt.datetime(date.year, date.month, date.day, tzinfo=reference.tzinfo)


def _on_reference_day(date: dt.date, fields: Fields, reference: dt.datetime) -> Reading | None:
    """A relative day ("yesterday at 5:30 p.m.") with its optional time and zone."""
    clock = _clock(fields)
    zone = _zone(fields)
    if zone is None or (clock is not None and not (0 <= clock[0] <= 23 and clock[1] <= 59)):
        return None
    tzinfo, warnings = zone
    value = _with_clock(date, clock, tzinfo if fields.get("zone") else reference.tzinfo)
    return Reading(value=value, precision=_precision(fields), zone=fields.get("zone"), warnings=warnings)


def _read_ago(fields: Fields, reference: dt.datetime | None) -> Reading | None:
    unit = UNITS[_group(fields, "unit").casefold()]
    amount_text = _group(fields, "amount").casefold()
    amount = NUMBER_WORDS[amount_text] if amount_text in NUMBER_WORDS else int(amount_text)
    coarse = unit in {"days", "weeks", "months", "years"}
    precision = Precision.DATE if coarse else Precision.MINUTE
    if unit == "seconds":
        precision = Precision.SECOND
    if fields.get("hour") is not None:
        precision = _precision(fields)
    if reference is None:
        return Reading(value=None, precision=precision)
    steps = {unit: amount}
    moment = reference - relativedelta(
        years=steps.get("years", 0),
        months=steps.get("months", 0),
        weeks=steps.get("weeks", 0),
        days=steps.get("days", 0),
        hours=steps.get("hours", 0),
        minutes=steps.get("minutes", 0),
        seconds=steps.get("seconds", 0),
    )
    if not coarse:
        if precision is Precision.MINUTE:
            moment = moment.replace(second=0, microsecond=0)
        return Reading(value=moment, precision=precision)
    if fields.get("hour") is None:
        return Reading(value=_midnight(moment.date(), reference), precision=precision)
    return _on_reference_day(moment.date(), fields, reference)


def _read_relative_day(fields: Fields, reference: dt.datetime | None) -> Reading | None:
    word = " ".join(_group(fields, "day_word").casefold().split())
    if word == "today" and fields.get("hour") is None:
        return None  # a lone "Today" is a menu item more often than a date
    if word == "just now":
        value = None if reference is None else reference.replace(second=0, microsecond=0)
        return Reading(value=value, precision=Precision.MINUTE)
    if reference is None:
        return Reading(value=None, precision=_precision(fields), zone=fields.get("zone"))
    date = reference.date() - dt.timedelta(days=1 if word == "yesterday" else 0)
    if fields.get("hour") is None:
        return Reading(value=_midnight(date, reference), precision=Precision.DATE)
    return _on_reference_day(date, fields, reference)


def _read_relative_weekday(fields: Fields, reference: dt.datetime | None) -> Reading | None:
    if reference is None:
        return Reading(value=None, precision=Precision.DATE)
    weekday = WEEKDAYS[_group(fields, "weekday").lower()]
    days_back = (reference.weekday() - weekday) % 7
    if days_back == 0 and _group(fields, "weekday_word").casefold() == "last":
        days_back = 7
    date = reference.date() - dt.timedelta(days=days_back)
    return Reading(value=_midnight(date, reference), precision=Precision.DATE)


def _read_time(fields: Fields, reference: dt.datetime | None) -> Reading | None:
    """A clock time alone ("5:50 PM", "1:43 pm IST"): the reference's day, if any."""
    if fields.get("meridiem") is None and fields.get("zone") is None:
        return None  # "15:44" alone is as often a duration or a score as a time
    if reference is None:
        clock, zone = _clock(fields), _zone(fields)
        if clock is None or zone is None or not (0 <= clock[0] <= 23 and clock[1] <= 59):
            return None
        return Reading(value=None, precision=_precision(fields), zone=fields.get("zone"), warnings=zone[1])
    return _on_reference_day(reference.date(), fields, reference)


# ---------------------------------------------------------------- forms


@attrs.frozen
class TimestampForm:
    """One named form of timestamp: its pattern and a real example."""

    #: Name of the form.
    name: str
    #: The compiled pattern; group ``raw`` is the timestamp, ``label`` its label.
    pattern: regex.Pattern[str]
    #: A real example the form reads.
    example: str
    #: Reads the groups of a match into a value; ``None`` when they make no timestamp.
    reader: Callable[[Fields, dt.datetime | None], Reading | None]
    #: A cheap pattern every match contains: a text without it skips the form.
    anchor: regex.Pattern[str]
    #: Whether every match holds a digit: a text without one skips the form
    #: before its anchor is looked for.
    needs_digit: bool = True
    #: Case-folded words of which every match holds one; a text whose
    #: case-folded form holds none skips the form (empty: no such words).
    #: Cheaper than the anchor.
    cues: tuple[str, ...] = ()
    #: Name of an earlier form whose anchor holds this one's (a month name
    #: next to a day is one kind of date): a text without that anchor lacks
    #: this one too, and skips the form without a search.
    anchor_within: str | None = None
    #: Cheaper patterns of which every text holding the anchor holds one: a
    #: text holding none skips the anchor's search (empty: always searched).
    anchor_clues: tuple[re.Pattern[str] | regex.Pattern[str], ...] = ()


def _form(
    name: str,
    source: str,
    example: str,
    reader: Callable[[Fields, dt.datetime | None], Reading | None],
    anchor: str,
    *,
    needs_digit: bool = True,
    cues: tuple[str, ...] = (),
    anchor_within: str | None = None,
    anchor_clues: tuple[re.Pattern[str] | regex.Pattern[str], ...] = (),
) -> TimestampForm:
    pattern = regex.compile(rf"{LABEL}?(?P<raw>{source})", regex.VERBOSE | regex.VERSION0)
    return TimestampForm(
        name=name,
        pattern=pattern,
        example=example,
        reader=reader,
        anchor=regex.compile(anchor, regex.VERBOSE | regex.VERSION0),
        needs_digit=needs_digit,
        cues=cues,
        anchor_within=anchor_within,
        anchor_clues=anchor_clues,
    )


DIGIT_RE = regex.compile(r"\d")

# Anchors: what every match of a form holds, cheap to look for. Most lines
# of a page hold none, and are spared the forms' patterns.

# A month name next to a day: "Jul 30", "Sept. 4", "30-Jul", "15th January",
# "7 of May"; not "May" alone or "30 days".
MONTH_AND_DAY_ANCHOR = rf"""
    (?:{_alternation(MONTHS, cased=True)})\.?\s{{0,3}}\d
  | \d(?:st|nd|rd|th)?(?:-|\s{{0,3}}(?:of\s{{1,3}})?)(?:{_alternation(MONTHS, cased=True)})
"""

# A date: a month name next to a day, or three numbers apart by separators
# ("2023-07-30", "1/15/08", "18.11.2019"); not "3.5" or "2-1".
NUMERIC_DATE_ANCHOR = r"\d[-/.]\d{1,2}[-/.]\d"
# A year in Chinese, Japanese or Korean: "2023年", "2023년".
CJK_DATE_ANCHOR = r"\d\s?[年년]"
DATE_ANCHOR = rf"{MONTH_AND_DAY_ANCHOR} | {NUMERIC_DATE_ANCHOR} | {CJK_DATE_ANCHOR}"

# Clues to the anchors above, cheaper to look for than the anchors: every
# month name as the anchors match it opens with its first three letters,
# capitalised or upper case ("Sep" in "September", "SEPT"), and a plain
# alternation of those finds them fast. Matches "Jul" in "Jul 30"; not "july".
MONTH_CLUE_RE = re.compile("|".join(sorted({variant[:3] for variant in _variants(MONTHS, cased=True)})))
NUMERIC_DATE_CLUE_RE = regex.compile(NUMERIC_DATE_ANCHOR, regex.VERSION0)
CJK_DATE_CLUE_RE = re.compile("[年년]")

# A clock time: "16:34", "16.34", "4 p.m.", "6:45pm", "02h53", "2055 Hrs"; not "16" alone.
# (The last two are read only after a date, but anchor the date-time form.)
TIME_ANCHOR = r"\d(?:[:.h]\d\d|\s{0,2}[aApP]\.?\s?[mM])|\d\d\s{0,2}(?i:hrs|hours)\b"

#: The forms, in order of preference when two matches start at one place.
FORMS: tuple[TimestampForm, ...] = (
    _form(
        "date-time",
        rf"{WEEKDAY}?{DATE}{CLOCK}?",
        "Updated: Sun 30 Jul 2023 16.34 BST",
        _read_absolute,
        anchor=DATE_ANCHOR,
        anchor_clues=(MONTH_CLUE_RE, NUMERIC_DATE_CLUE_RE, CJK_DATE_CLUE_RE),
    ),
    _form(
        "time-date",
        rf"{WEEKDAY}?{TIME}{ZONE}?{TIME_DATE_SEPARATOR}{WEEKDAY}?{DATE}",
        "16:34 JST, July 30, 2023",
        _read_absolute,
        anchor=TIME_ANCHOR,
    ),
    _form(
        "month-day",
        rf"{WEEKDAY}?{MONTH_DAY}{CLOCK}?",
        "January 7 17:09",
        _read_absolute,
        anchor=MONTH_AND_DAY_ANCHOR,
        anchor_within="date-time",
        anchor_clues=(MONTH_CLUE_RE,),
    ),
    _form(
        "time", rf"{TIME}{ZONE}?", "4:14 p.m. ET", _read_time, anchor=TIME_ANCHOR, anchor_within="time-date"
    ),
    _form("ago", RELATIVE_AGO, "5 hours ago", _read_ago, anchor=r"(?i)ago", needs_digit=False, cues=("ago",)),
    _form(
        "relative-day",
        RELATIVE_DAY,
        "Yesterday at 5:30 p.m.",
        _read_relative_day,
        anchor=r"(?i)yesterday|today|now",
        needs_digit=False,
        cues=("yesterday", "today", "now"),
    ),
    _form(
        "relative-weekday",
        RELATIVE_WEEKDAY,
        "on Saturday",
        _read_relative_weekday,
        anchor=r"day",
        needs_digit=False,
        cues=("day",),
    ),
)


# Every form needs a digit or has cues: a text with neither a digit nor one of
# these holds no timestamp.
_CUES_WITHOUT_DIGITS = tuple(cue for form in FORMS if not form.needs_digit for cue in form.cues)


def may_hold_a_timestamp(text: str) -> bool:
    """False for a text no timestamp form can match: no digit and none of the
    relative forms' words ("ago", "yesterday", "now" ...).

    >>> may_hold_a_timestamp("Mayor resigns"), may_hold_a_timestamp("Updated an hour ago")
    (False, True)
    """
    if DIGIT_RE.search(text) is not None:
        return True
    lowered = text.casefold()
    return any(cue in lowered for cue in _CUES_WITHOUT_DIGITS)


if any(not form.needs_digit and not form.cues for form in FORMS):
    raise ValueError("a timestamp form needs a digit or cues")
# A form's anchor may only lean on the anchor of an earlier form, found first.
if any(
    form.anchor_within is not None and form.anchor_within not in {earlier.name for earlier in FORMS[:index]}
    for index, form in enumerate(FORMS)
):
    raise ValueError("a timestamp form's anchor_within must name an earlier form")


def _read(form: TimestampForm, fields: Fields, reference: dt.datetime | None) -> Reading | None:
    try:
        reading = form.reader(fields, reference)
    except (ValueError, OverflowError):
        # A reference near the end of the calendar pushed a relative form
        # out of it; the text is still a timestamp, of unknown value.
        return Reading(value=None, precision=_precision(fields), warnings=("out-of-range",))
    if reading is not None and reading.value is not None and not _in_range(reading.value):
        return attrs.evolve(reading, value=None, warnings=(*reading.warnings, "out-of-range"))
    return reading


def _timestamp(
    form: TimestampForm, match: regex.Match[str], reference: dt.datetime | None
) -> Timestamp | None:
    fields: Fields = match.groupdict()
    reading = _read(form, fields, reference)
    if reading is None:
        return None
    label = fields.get("label")
    return Timestamp(
        raw=match["raw"],
        value=reading.value,
        span=Span(start=match.start("raw"), end=match.end("raw")),
        precision=reading.precision,
        # Folded as the pattern matched it: "Poſted" is "posted".
        label=None if label is None else LABELS[" ".join(label.casefold().split())],
        zone=reading.zone,
        warnings=reading.warnings,
    )


# ---------------------------------------------------------------- public API


def _check_arguments(function: str, text: object, reference: object) -> None:
    if not isinstance(text, str):
        raise TypeError(f"{function}() expects a str text, got {type(text).__name__}")
    if reference is not None and not isinstance(reference, dt.datetime):
        raise TypeError(f"{function}() expects a datetime reference or None, got {type(reference).__name__}")


#: A match of a form: (start with its label, end, timestamp).
FormMatch = tuple[int, int, Timestamp]


def _matches(text: str, reference: dt.datetime | None) -> tuple[list[FormMatch], frozenset[str], bool]:
    """Every valid match of every form, in form order; the names of the forms
    whose anchor the text holds (of the forms whose anchor was looked for);
    whether the text holds a digit."""
    found: list[FormMatch] = []
    has_digit = DIGIT_RE.search(text) is not None
    # Folded as the patterns' case-insensitive matching folds ("ſ" is "s").
    lowered = text.casefold()
    if not has_digit:
        for cue in _CUES_WITHOUT_DIGITS:
            if cue in lowered:
                break
        else:
            return found, frozenset(), has_digit  # the case of nearly every line of a page
    anchored: set[str] = set()
    absent: set[str] = set()
    for form in FORMS:
        if form.needs_digit and not has_digit:
            continue
        for cue in form.cues:
            if cue in lowered:
                break
        else:
            if form.cues:
                continue  # none of the form's cues: no match
        if form.anchor_within in absent:
            absent.add(form.name)
            continue
        if form.anchor_clues:
            for clue in form.anchor_clues:  # a plain loop, not any(): lines with digits come here
                if clue.search(text) is not None:
                    break
            else:
                absent.add(form.name)
                continue
        if form.anchor.search(text) is None:
            absent.add(form.name)
            continue
        anchored.add(form.name)
        for match in form.pattern.finditer(text):
            timestamp = _timestamp(form, match, reference)
            if timestamp is not None:
                found.append((match.start(), match.end(), timestamp))
    return found, frozenset(anchored), has_digit


def _leftmost_longest(matches: list[FormMatch]) -> tuple[FormMatch, ...]:
    if len(matches) < 2:
        return tuple(matches)
    kept: list[FormMatch] = []
    end = 0
    for found in sorted(matches, key=lambda item: (item[0], -item[1])):
        if found[0] >= end:
            kept.append(found)
            end = found[1]
    return tuple(kept)


@attrs.frozen
class LineReading:
    """What the timestamp forms find in one line, read once.

    The structure stage asks of a line whether it is a timestamp and whether
    it is a dated line, and the assembly of the article reads the timestamps
    of the lines so labelled: the three answers come from one reading
    (:func:`read_timestamp_line`, :func:`line_timestamp`, :func:`is_dated_reading`).
    """

    #: The line read.
    text: str
    #: Whether the stripped line is longer than :data:`MAX_TIMESTAMP_LINE`:
    #: then it is no timestamp line, and was not read.
    is_too_long: bool
    #: Whether the line holds a digit.
    has_digit: bool
    #: Names of the forms whose anchor the line holds (of those looked for).
    anchored: frozenset[str]
    #: The leftmost, longest, non-overlapping matches of the forms.
    matches: tuple[FormMatch, ...]


def _read_line(text: str, reference: dt.datetime | None) -> LineReading:
    if len(text) > MAX_TIMESTAMP_LINE and len(text.strip()) > MAX_TIMESTAMP_LINE:
        return LineReading(text=text, is_too_long=True, has_digit=False, anchored=frozenset(), matches=())
    found, anchored, has_digit = _matches(text, reference)
    return LineReading(
        text=text,
        is_too_long=False,
        has_digit=has_digit,
        anchored=anchored,
        matches=_leftmost_longest(found),
    )


def read_timestamp_line(text: str) -> LineReading:
    """Read ``text`` once for every timestamp form, without a reference.

    >>> reading = read_timestamp_line("Reuters November 18, 2019 11:03 PM")
    >>> [timestamp.raw for _start, _end, timestamp in reading.matches]
    ['November 18, 2019 11:03 PM']
    >>> line_timestamp(reading) is None, is_dated_reading(reading)
    (True, True)
    """
    if not isinstance(text, str):
        raise TypeError(f"read_timestamp_line() expects a str text, got {type(text).__name__}")
    return _read_line(text, None)


def find_timestamps(text: str, *, reference: dt.datetime | None = None) -> tuple[Timestamp, ...]:
    """Find every timestamp in ``text``, each with its label when it has one.

    Spans are offsets into ``text``. ``reference`` gives relative forms and
    dates without a year their value.

    >>> found = find_timestamps("By Jane Doe | Published: Jan 5, 2008 10:02 ET | Updated: Jan 6, 2008 9:15 ET")
    >>> [(t.label, t.raw, t.value.isoformat()) for t in found]
    [('published', 'Jan 5, 2008 10:02 ET', '2008-01-05T10:02:00-05:00'), ('updated', 'Jan 6, 2008 9:15 ET', '2008-01-06T09:15:00-05:00')]
    >>> find_timestamps("Chapter 12:30, verse 2-1.")
    ()
    """
    _check_arguments("find_timestamps", text, reference)
    found, _anchored, _has_digit = _matches(text, reference)
    return tuple(timestamp for _start, _end, timestamp in _leftmost_longest(found))


def _is_filler(text: str) -> bool:
    """True when ``text`` holds only blanks, punctuation and symbols ("| ", "•")."""
    return all(unicodedata.category(character)[0] in "PSZ" for character in text)


def parse_timestamp(text: str, *, reference: dt.datetime | None = None) -> Timestamp | None:
    """Read ``text`` as one timestamp line; ``None`` when it holds anything else.

    A label ("Updated:", "First published") and surrounding punctuation are
    allowed; the span is relative to ``text`` and covers ``raw``, the
    timestamp without its label. A line of two labelled timestamps
    ("Published: ... | Updated: ...") gives the first; :func:`find_timestamps`
    gives both.

    >>> parse_timestamp("16:34 JST, July 30, 2023").value.isoformat()
    '2023-07-30T16:34:00+09:00'
    >>> timestamp = parse_timestamp("Updated: Sun 30 Jul 2023 16.34 BST")
    >>> timestamp.label, timestamp.raw, timestamp.value.isoformat()
    ('updated', 'Sun 30 Jul 2023 16.34 BST', '2023-07-30T16:34:00+01:00')
    >>> parse_timestamp("North Korea and Russia deny it.") is None
    True
    """
    _check_arguments("parse_timestamp", text, reference)
    reading = read_timestamp_line(text) if reference is None else _read_line(text, reference)
    return line_timestamp(reading)


def line_timestamp(reading: LineReading) -> Timestamp | None:
    """The timestamp a line read by :func:`read_timestamp_line` is, or ``None``
    when it holds anything else (see :func:`parse_timestamp`).

    >>> line_timestamp(read_timestamp_line("Posted: 5 hours ago")).raw
    '5 hours ago'
    """
    found, text = reading.matches, reading.text
    if reading.is_too_long or not found:
        return None
    cursor = 0
    for start, end, _timestamp in found:
        if not _is_filler(text[cursor:start]):
            return None
        cursor = end
    if not _is_filler(text[cursor:]):
        return None
    return found[0][2]


#: The forms that read a date with its year, the only ones that give a
#: value without a reference.
FULL_DATE_FORMS = frozenset({"date-time", "time-date"})

#: A dated line may carry this many words besides its timestamps: a credit
#: ("Reuters", "By Jane Doe", "CBS News"), never a sentence.
MAX_CREDIT_WORDS = 6

WORD_RE = regex.compile(r"\w{1,100}")

# What a timestamp with a clock time holds, and the words of the labels: a
# line with neither gives no dated line.
CLOCK_ANCHOR_RE = regex.compile(TIME_ANCHOR, regex.VERBOSE | regex.VERSION0)
LABEL_WORDS = frozenset(word for label in LABELS for word in label.split())


def is_dated_line(text: str) -> bool:
    """True when ``text`` is a timestamp with a short credit around it.

    Such lines ("Reuters November 18, 2019 11:03 PM", "Jane Doe - Nov 19,
    2019, 10:31 pm CST") stand where a timestamp line stands, above or below
    the headline. The timestamp must give a clock time (or carry a label such
    as "Updated"), and the words outside it must be few.

    >>> is_dated_line("Associated Press - January 2, 2008 7:33 AM ET")
    True
    >>> is_dated_line("Updated on: November 19, 2019 / 10:07 AM / CBS News")
    True
    >>> is_dated_line("Markets in Tokyo closed lower on July 30, 2023, as investors sold banks.")
    False
    """
    if not isinstance(text, str) or len(text.strip()) > MAX_TIMESTAMP_LINE:
        return False
    return is_dated_reading(read_timestamp_line(text))


def is_dated_reading(reading: LineReading) -> bool:
    """:func:`is_dated_line` of a line read by :func:`read_timestamp_line`.

    >>> is_dated_reading(read_timestamp_line("Jane Doe - Nov 19, 2019, 10:31 pm CST"))
    True
    """
    text = reading.text
    if reading.is_too_long:
        return False
    # Without a reference only a full date has a value: a line no form of one
    # anchors is not dated.
    if not reading.has_digit or not reading.anchored & FULL_DATE_FORMS:
        return False
    # ... and it must give a clock time or carry a label.
    if CLOCK_ANCHOR_RE.search(text) is None:
        folded = text.casefold()
        if not any(word in folded for word in LABEL_WORDS):
            return False
    found = reading.matches
    if not any(
        timestamp.value is not None and (timestamp.precision is not Precision.DATE or timestamp.label)
        for _start, _end, timestamp in found
    ):
        return False
    return count_words_outside(text, [(start, end) for start, end, _timestamp in found]) <= MAX_CREDIT_WORDS


def count_words_outside(text: str, spans: Sequence[tuple[int, int]]) -> int:
    """Count the words of ``text`` outside ``spans`` (ascending, not overlapping).

    >>> count_words_outside("Reuters November 18, 2019 11:03 PM", [(8, 34)])
    1
    """
    rest, cursor = [], 0
    for start, end in spans:
        rest.append(text[cursor:start])
        cursor = end
    rest.append(text[cursor:])
    return len(WORD_RE.findall(" ".join(rest)))
