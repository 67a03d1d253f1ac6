"""Timezone abbreviations and numeric offsets as printed on news pages.

Strategy: one table, :data:`ZONE_TABLE`, maps each abbreviation to the UTC
offset of its standard time and, where daylight saving time matters (the
abbreviation names a region, not a season: "ET", "CT", "PT"), to an IANA zone
read through :mod:`zoneinfo`. Each row carries a real example of the form it
explains. Abbreviations that several regions share resolve to the reading most
common on English-language news pages and say so in :attr:`ZoneRule.ambiguity`;
the parser turns that into an ``"ambiguous-zone"`` warning.

Choices:

* ``CST`` is US Central Standard Time (UTC-6), not China Standard Time
  (UTC+8): English-language pages that print "CST" are overwhelmingly
  American; Chinese outlets print "Beijing time" or "GMT+8".
* ``IST`` is India Standard Time (UTC+5:30); Irish Standard Time (UTC+1) and
  Israel Standard Time (UTC+2) share the letters.
* ``BST`` is British Summer Time (UTC+1), as on every UK news site.
* Season-specific abbreviations (``EST``, ``EDT``, ``BST``, ``CEST``...) are
  taken at their word: "EST" in July is still UTC-5.
* ``GMT+9`` means nine hours *east* of Greenwich (UTC+9), as news pages mean
  it, not the inverted sign of POSIX ``TZ`` strings such as ``Etc/GMT+9``.

When the system has no data for an IANA zone, the zone falls back to the
fixed offset of its standard time and the parser adds a
``"zone-data-missing"`` warning.

Must never: read the ``TZ`` variable or the machine's local zone.
"""

from __future__ import annotations

import datetime as dt
import zoneinfo
from collections.abc import Mapping

import attrs
import regex


@attrs.frozen
class ZoneRule:
    """How one timezone abbreviation resolves."""

    #: The abbreviation as printed, upper case ("JST", "ET").
    abbreviation: str
    #: Offset of the zone's standard time in minutes east of UTC; the whole
    #: answer for a fixed zone, the fallback for an IANA zone without data.
    offset_minutes: int
    #: IANA zone name when daylight saving time decides the offset, else ``None``.
    iana: str | None = None
    #: The other readings of the abbreviation, when it has some.
    ambiguity: str | None = None


#: Every abbreviation the parser knows, one row each, with a real example.
ZONE_TABLE: tuple[ZoneRule, ...] = (
    # -- universal time
    ZoneRule("UTC", 0),  # "2023-07-30 07:34 UTC" (Al Jazeera)
    ZoneRule("GMT", 0),  # "30 July 2023 07:34 GMT" (BBC News)
    ZoneRule("UT", 0),  # "Jul 30, 2023 07:34 UT" (astronomy news)
    ZoneRule("Z", 0),  # "2023-07-30T07:34:00Z" (ISO 8601, JSON-LD datePublished)
    # -- Europe
    ZoneRule("BST", 60),  # "Sun 30 Jul 2023 16.34 BST" (The Guardian); Bangladesh (UTC+6) is rarer
    ZoneRule("IST", 330, ambiguity="Irish UTC+1, Israel UTC+2"),  # "July 30, 2023 13:04 IST" (The Hindu)
    ZoneRule("WET", 0),  # "30/07/2023 07:34 WET" (Portuguese wire copy in English)
    ZoneRule("WEST", 60),  # "30/07/2023 08:34 WEST" (Lisbon summer time)
    ZoneRule("CET", 60),  # "18.01.2023 10:15 CET" (Deutsche Welle)
    ZoneRule("CEST", 120),  # "30.07.2023 09:34 CEST" (Deutsche Welle, summer)
    ZoneRule("EET", 120),  # "15 January 2023 11:00 EET" (Kyiv Independent, winter)
    ZoneRule("EEST", 180),  # "30 July 2023 10:34 EEST" (Kyiv Independent, summer)
    ZoneRule("MSK", 180),  # "30 July 2023, 10:34 MSK" (TASS)
    # -- Africa and the Middle East
    ZoneRule("WAT", 60),  # "July 30, 2023 8:34 am WAT" (Nigerian dailies)
    ZoneRule("CAT", 120),  # "30 July 2023 09:34 CAT" (Zimbabwean dailies)
    ZoneRule("SAST", 120),  # "30 July 2023 09:34 SAST" (News24)
    ZoneRule("EAT", 180),  # "30 July 2023 10:34 EAT" (Kenyan dailies)
    ZoneRule("IDT", 180),  # "July 30, 2023 10:34 IDT" (Israeli dailies, summer)
    ZoneRule("AST", -240, ambiguity="Arabia UTC+3"),  # "July 30, 2023 3:34 a.m. AST" (Puerto Rico)
    ZoneRule("GST", 240, ambiguity="South Georgia UTC-2"),  # "30 July 2023 11:34 GST" (Gulf News)
    # -- Asia
    ZoneRule("PKT", 300),  # "July 30, 2023 12:34 PKT" (Dawn)
    ZoneRule("NPT", 345),  # "30 July 2023 13:19 NPT" (Kathmandu Post)
    ZoneRule("ICT", 420),  # "30 July 2023 14:34 ICT" (Bangkok Post)
    ZoneRule("WIB", 420),  # "30 July 2023 14:34 WIB" (Jakarta Globe)
    ZoneRule("HKT", 480),  # "30 Jul 2023 15:34 HKT" (South China Morning Post)
    ZoneRule("SGT", 480),  # "30 Jul 2023 03:34 PM SGT" (The Straits Times)
    ZoneRule("MYT", 480),  # "30 July 2023 15:34 MYT" (The Star, Malaysia)
    ZoneRule("PHT", 480),  # "July 30, 2023 3:34 PM PHT" (Philippine dailies)
    ZoneRule("AWST", 480),  # "30 July 2023 3:34pm AWST" (The West Australian)
    ZoneRule("JST", 540),  # "16:34 JST, July 30, 2023" (The Japan News)
    ZoneRule("KST", 540),  # "2023.07.30 16:34 KST" (Yonhap)
    # -- Oceania
    ZoneRule("ACST", 570),  # "30 July 2023 5:04pm ACST" (Adelaide, winter)
    ZoneRule("ACDT", 630),  # "January 17, 2023 12:45am ACDT" (Adelaide, summer)
    ZoneRule("AEST", 600),  # "July 30, 2023 5:34pm AEST" (Sydney Morning Herald, winter)
    ZoneRule("AEDT", 660),  # "January 17, 2023 12:45am AEDT" (Sydney Morning Herald, summer)
    ZoneRule("AET", 600, iana="Australia/Sydney"),  # "30 July 2023 5:34pm AET" (ABC News Australia)
    ZoneRule("NZST", 720),  # "30 July 2023 7:34pm NZST" (NZ Herald, winter)
    ZoneRule("NZDT", 780),  # "17 January 2023 9:45am NZDT" (NZ Herald, summer)
    # -- the Americas
    ZoneRule("NST", -210),  # "July 30, 2023 4:04 a.m. NST" (Newfoundland)
    ZoneRule("ADT", -180),  # "July 30, 2023 4:34 a.m. ADT" (Halifax, summer)
    ZoneRule("BRT", -180),  # "30 July 2023 04:34 BRT" (Brazilian wire copy)
    ZoneRule("ART", -180),  # "30 July 2023 04:34 ART" (Buenos Aires Times)
    ZoneRule("ET", -300, iana="America/New_York"),  # "July 30, 2023 3:34 a.m. ET" (The Wall Street Journal)
    ZoneRule("EST", -300),  # "11/19/19 06:56 AM EST" (The Hill)
    ZoneRule("EDT", -240),  # "July 30, 2023 3:34 a.m. EDT" (Associated Press)
    ZoneRule("CT", -360, iana="America/Chicago"),  # "Jan 13, 2008 4:52 p.m. CT" (Gulf Coast dailies)
    ZoneRule("CST", -360, ambiguity="China UTC+8"),  # "Nov 19, 2019, 10:31 pm CST" (SlashGear)
    ZoneRule("CDT", -300),  # "July 30, 2023 2:34 a.m. CDT" (Chicago Tribune)
    ZoneRule("MT", -420, iana="America/Denver"),  # "July 30, 2023 1:34 a.m. MT" (The Denver Post)
    ZoneRule("MST", -420),  # "11:56 PM MST on Sun., Jan. 6, 2008" (Arizona Republic comments)
    ZoneRule("MDT", -360),  # "July 30, 2023 1:34 a.m. MDT" (The Denver Post)
    ZoneRule("PT", -480, iana="America/Los_Angeles"),  # "July 30, 2023 12:34 a.m. PT" (Los Angeles Times)
    ZoneRule("PST", -480),  # "Monday November 18, 2019 7:45 am PST" (MacRumors)
    ZoneRule("PDT", -420),  # "July 30, 2023 12:34 a.m. PDT" (San Francisco Chronicle)
    ZoneRule("AKST", -540),  # "January 17, 2023 8:45 a.m. AKST" (Anchorage Daily News)
    ZoneRule("AKDT", -480),  # "July 30, 2023 8:34 a.m. AKDT" (Anchorage Daily News)
    ZoneRule("HST", -600),  # "July 29, 2023 9:34 p.m. HST" (Honolulu Star-Advertiser)
)

#: The zones of the places that write a numeric date month first: North
#: America ("11/19/19 06:56 AM EST") and the Philippines. Pages that name any
#: other zone of the table write it day first ("12:01am GMT 08/01/2008", The
#: Daily Telegraph, is 8 January); UTC and Z name no place, and decide nothing.
MONTH_FIRST_ZONES = frozenset(
    {"NST", "ADT", "AST", "ET", "EST", "EDT", "CT", "CST", "CDT", "MT", "MST", "MDT", "PT", "PST", "PDT"}
    | {"AKST", "AKDT", "HST", "PHT"}
)

#: Zones that name no place, and so no way of writing a date.
PLACELESS_ZONES = frozenset({"UTC", "UT", "Z"})

#: :data:`ZONE_TABLE` by abbreviation.
ZONES: Mapping[str, ZoneRule] = {rule.abbreviation: rule for rule in ZONE_TABLE}

# A numeric offset as pages print it: "+09:00", "+0900", "+09" (ISO 8601),
# "+9", "-5:30" after "GMT"/"UTC". Not "+123" (three digits), not "+25:00".
OFFSET_RE = regex.compile(
    r"""
    (?P<sign>[+\-−])\s{0,2}
    (?: (?P<hours>\d{2}) (?: :? (?P<minutes>\d{2}) )?
      | (?P<hours>\d) (?: : (?P<minutes>\d{2}) )?
    )
    """,
    regex.VERBOSE,
)

# Fourteen hours is the widest offset in use (Kiribati, UTC+14).
_MAX_OFFSET_MINUTES = 14 * 60


def offset_zone(minutes: int) -> dt.timezone:
    """Return the fixed zone ``minutes`` east of UTC.

    >>> offset_zone(330)
    datetime.timezone(datetime.timedelta(seconds=19800))
    """
    return dt.timezone(dt.timedelta(minutes=minutes))


def parse_offset(text: str) -> int | None:
    """Read a numeric offset ("+09:00", "-0500", "+9") as minutes east of UTC.

    ``None`` when ``text`` is not an offset or is beyond fourteen hours.

    >>> parse_offset("+09:00"), parse_offset("-0530"), parse_offset("+3")
    (540, -330, 180)
    >>> parse_offset("+25:00") is None
    True
    """
    match = OFFSET_RE.fullmatch(text.strip())
    if match is None:
        return None
    minutes = int(match["minutes"] or 0)
    if minutes >= 60:
        return None
    total = int(match["hours"]) * 60 + minutes
    if total > _MAX_OFFSET_MINUTES:
        return None
    return -total if match["sign"] in "-−" else total


def lookup_zone(abbreviation: str) -> ZoneRule | None:
    """Return the table row for ``abbreviation``, or ``None`` when unknown.

    >>> lookup_zone("IST").offset_minutes
    330
    >>> lookup_zone("XYZ") is None
    True
    """
    return ZONES.get(abbreviation.upper())


def zone_from_rule(rule: ZoneRule) -> tuple[dt.tzinfo, tuple[str, ...]]:
    """Return the tzinfo for ``rule`` and the warnings its reading calls for.

    An IANA zone whose data the system lacks falls back to the fixed offset of
    its standard time, with a ``"zone-data-missing"`` warning.

    >>> zone_from_rule(lookup_zone("CST"))
    (datetime.timezone(datetime.timedelta(days=-1, seconds=64800)), ('ambiguous-zone',))
    >>> zone_from_rule(lookup_zone("ET"))
    (zoneinfo.ZoneInfo(key='America/New_York'), ())
    """
    warnings: tuple[str, ...] = ("ambiguous-zone",) if rule.ambiguity else ()
    if rule.iana is None:
        return offset_zone(rule.offset_minutes), warnings
    try:
        return zoneinfo.ZoneInfo(rule.iana), warnings
    except (zoneinfo.ZoneInfoNotFoundError, ValueError, OSError):
        return offset_zone(rule.offset_minutes), (*warnings, "zone-data-missing")


def resolve_zone(abbreviation: str) -> dt.tzinfo | None:
    """Return the tzinfo for ``abbreviation``, or ``None`` when unknown.

    >>> resolve_zone("JST")
    datetime.timezone(datetime.timedelta(seconds=32400))
    >>> resolve_zone("PT")
    zoneinfo.ZoneInfo(key='America/Los_Angeles')
    """
    rule = lookup_zone(abbreviation)
    if rule is None:
        return None
    return zone_from_rule(rule)[0]
