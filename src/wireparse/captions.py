"""Photo captions: "… pose for a photo … Picture taken April 25, 2019."

Strategy: a caption is told by its credit or its picture note, both fixed
wire conventions listed in :data:`CAPTION_MARKERS`; the credit and the
picture date are parsed out when present.

Must never: call a block a caption for describing a scene alone.
"""

from __future__ import annotations

import datetime as dt

import regex

from wireparse.model import Block, Caption

_MONTH_NAMES = (
    "january|february|march|april|may|june|july|august|september|october|november|december"
    "|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec"
)
_MONTHS = {name[:3]: number for number, name in enumerate(_MONTH_NAMES.split("|")[:12], start=1)}

# Reuters: "Picture taken April 25, 2019." / "Picture taken on July 4, 2023."
PICTURE_TAKEN_RE = regex.compile(
    r"""\bpicture\ taken\ (?:on\ )?(?P<month>"""
    + _MONTH_NAMES
    + r""")\.?\ (?P<day>\d{1,2}),\ (?P<year>\d{4})""",
    regex.IGNORECASE | regex.VERBOSE,
)

# Credits: "REUTERS/Kim Kyung-Hoon", "(AP Photo/Evan Vucci)", "Photo: AFP",
# "Jaafar ASHTIYEH / AFP", "(Photo Credit : PTI File Photo )".
CREDIT_RE = regex.compile(
    r"""(?P<credit>
          \b(?:REUTERS|Reuters)/[^\n/]{1,60}?(?=\s*(?:\.|$|\)|/|File))
        | \((?:AP|AFP|EPA|Getty)\ Photo/[^\n)]{1,60}\)
        | \bPhoto(?:\ Credit)?\s?:\s?[^\n]{1,60}?(?=\)|$)
        | \b[\p{Lu}][\w.'-]{0,30}(?:\ [\p{L}.'-]{1,30}){0,3}\ /\ (?:AFP|AP|EPA|Reuters|Getty\ Images|Xinhua)\b
        )""",
    regex.VERBOSE,
)

# "File photo", "FILE PHOTO:" lead-ins and "pose for a photo".
CAPTION_PHRASE_RE = regex.compile(
    r"""\b(?:file\ photo|pose\ for\ a\ (?:photo|picture)|photo\ illustration)\b""",
    regex.IGNORECASE | regex.VERBOSE,
)


def is_caption(text: str) -> bool:
    """True when ``text`` carries a caption's credit or picture note.

    >>> is_caption("Putin and Kim pose for a photo. Picture taken April 25, 2019.")
    True
    >>> is_caption("The minister said the photo was taken in April.")
    False
    """
    return (
        PICTURE_TAKEN_RE.search(text) is not None
        or CREDIT_RE.search(text) is not None
        or CAPTION_PHRASE_RE.search(text) is not None
    )


def parse_caption(block: Block) -> Caption:
    """Build a :class:`Caption` from a caption block, parsing credit and picture date.

    >>> from wireparse.model import BlockKind, Span
    >>> text = "A photo. REUTERS/Jane Doe. Picture taken April 25, 2019."
    >>> span = Span(start=0, end=len(text))
    >>> caption = parse_caption(Block(kind=BlockKind.CAPTION, text=text, span=span, text_span=span))
    >>> caption.credit, caption.picture_date
    ('REUTERS/Jane Doe', datetime.date(2019, 4, 25))
    """
    credit_match = CREDIT_RE.search(block.text)
    taken = PICTURE_TAKEN_RE.search(block.text)
    picture_date = None
    if taken is not None:
        try:
            picture_date = dt.date(int(taken["year"]), _MONTHS[taken["month"][:3].lower()], int(taken["day"]))
        except ValueError:
            picture_date = None
    return Caption(
        text=block.text,
        span=block.text_span,
        credit=None if credit_match is None else credit_match["credit"].strip(),
        picture_date=picture_date,
    )
