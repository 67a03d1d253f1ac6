"""Stage 3a: read timestamps ("16:34 JST, July 30, 2023") into aware datetimes.

Strategy: a block is a timestamp when one of a few named, bounded patterns
matches all of it (an optional label such as "Updated:" aside). The zone
abbreviation resolves through the table in :mod:`wireparse.timezones`.

Must never: read the clock, the ``TZ`` variable or the locale.
"""

from __future__ import annotations

import datetime as dt

import regex

from wireparse.model import Precision, Span, Timestamp
from wireparse.timezones import resolve_zone

MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
    "jul": 7, "aug": 8, "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip

# "16:34 JST, July 30, 2023" (The Japan News); not "16:34, July 30".
TIME_ZONE_DATE_RE = regex.compile(
    r"""
    (?P<hour>\d{1,2}):(?P<minute>\d{2})\s{0,3}(?P<zone>[A-Z]{2,5}),\s{0,3}
    (?P<month>[A-Za-z]{3,9})\.?\s{1,3}(?P<day>\d{1,2}),\s{0,3}(?P<year>\d{4})
    """,
    regex.VERBOSE,
)


def parse_timestamp(text: str, *, reference: dt.datetime | None = None) -> Timestamp | None:
    """Read ``text`` as one timestamp; ``None`` when it is not one.

    >>> parse_timestamp("16:34 JST, July 30, 2023").value.isoformat()
    '2023-07-30T16:34:00+09:00'
    >>> parse_timestamp("North Korea and Russia deny it.") is None
    True
    """
    del reference
    stripped = text.strip()
    match = TIME_ZONE_DATE_RE.fullmatch(stripped)
    if match is None:
        return None
    month = MONTHS.get(match["month"][:3].lower())
    zone = resolve_zone(match["zone"])
    if month is None:
        return None
    try:
        value = dt.datetime(
            int(match["year"]),
            month,
            int(match["day"]),
            int(match["hour"]),
            int(match["minute"]),
            tzinfo=zone,
        )
    except ValueError:
        return None
    offset = len(text) - len(text.lstrip())
    return Timestamp(
        raw=stripped,
        value=value,
        span=Span(start=offset, end=offset + len(stripped)),
        precision=Precision.MINUTE,
        zone=match["zone"],
    )
