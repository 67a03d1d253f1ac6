"""Wire datelines: "WASHINGTON, July 29 (Reuters) -" opening a paragraph.

Strategy: a dateline is a place (capitalised), an optional date, an optional
agency in parentheses and a dash, at the very start of a paragraph.
"""

from __future__ import annotations

import regex

from wireparse.model import Dateline, Span

_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]{0,6}\.?"

# Matches "WASHINGTON, July 29 (Reuters) - " and "(Bloomberg) -- ";
# not "U.S. officials said ...".
DATELINE_RE = regex.compile(
    r"""
    (?P<place>\p{Lu}[\p{Lu}\p{L}.'’\ -]{0,40}?(?:,\ \p{Lu}[\p{L}.'’\ ]{0,30}?){0,2})?
    (?:,\ (?P<date>"""
    + _MONTH
    + r"""\ \d{1,2}))?
    \ {0,2}(?:\((?P<agency>[\p{L}\ .]{2,30})\))?
    \ {0,2}(?P<dash>--|-|—|–)\ {0,2}
    """,
    regex.VERBOSE,
)


def parse_dateline(paragraph: str) -> Dateline | None:
    """Return the dateline opening ``paragraph``, or ``None``.

    >>> parse_dateline("WASHINGTON, July 29 (Reuters) - The U.S. said.").place
    'WASHINGTON'
    >>> parse_dateline("U.S. officials said on Friday - in a statement.") is None
    True
    """
    match = DATELINE_RE.match(paragraph)
    if match is None or (match["agency"] is None and match["date"] is None):
        return None
    place = match["place"].strip() if match["place"] else None
    if place is not None and not place.split(",")[0].isupper() and match["agency"] is None:
        return None
    raw = match[0].rstrip()
    return Dateline(
        raw=raw,
        place=place,
        agency=match["agency"],
        span=Span(start=0, end=len(raw)),
        date_text=match["date"],
        dash=match["dash"],
    )
