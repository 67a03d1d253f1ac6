"""Timezone abbreviations as data.

Each entry maps an abbreviation as printed on news pages to a fixed UTC offset
or an IANA zone (for zones with daylight saving time).
"""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

#: Abbreviation -> offset in minutes east of UTC, or an IANA zone name.
ZONES: dict[str, int | str] = {
    "UTC": 0,  # "07:34 UTC"
    "GMT": 0,  # "30 July 2023 07:34 GMT"
    "Z": 0,  # "2023-07-30T07:34:00Z"
    "JST": 9 * 60,  # "16:34 JST, July 30, 2023" (The Japan News)
    "KST": 9 * 60,  # "2023.07.30 16:34 KST" (Yonhap)
}


def resolve_zone(abbreviation: str) -> dt.tzinfo | None:
    """Return the tzinfo for ``abbreviation``, or ``None`` when unknown.

    >>> resolve_zone("JST")
    datetime.timezone(datetime.timedelta(seconds=32400))
    """
    entry = ZONES.get(abbreviation.upper())
    if entry is None:
        return None
    if isinstance(entry, str):
        return ZoneInfo(entry)
    return dt.timezone(dt.timedelta(minutes=entry))
