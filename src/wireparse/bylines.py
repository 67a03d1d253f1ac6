"""Bylines ("By Jane Doe and John Roe, Reuters") and wire trailers.

Strategy: both are fixed wire conventions; each form is a row in a table of
named, bounded patterns that must match the whole block.
"""

from __future__ import annotations

import regex

from wireparse.model import Block, Byline

# "By Jane Doe and John Roe", "by Janie Gabbett, Reuters",
# "By JONATHAN J. COOPER Associated Press"; not "By the end of the year, ...".
BYLINE_RE = regex.compile(
    r"""[Bb][Yy]:?\ (?P<names>\p{Lu}[\p{L}.'’-]{0,30}(?:(?:\ |,\ |\ and\ |\ &\ )\p{Lu}[\p{L}.'’-]{0,30}){0,11})
        (?:,?\ (?P<agency>Reuters|Associated\ Press|AP|AFP|Bloomberg|Kyodo|Jiji\ Press|Xinhua|Yonhap|PA\ Sport|PA))?
        [,\ ]{0,3}\Z""",
    regex.VERBOSE,
)

#: Trailer forms, each with a real example.
TRAILER_PATTERNS: tuple[tuple[str, regex.Pattern[str], str], ...] = (
    (
        "reporting-by",
        regex.compile(
            r"\(?\s{0,3}(?:additional\ )?(?:reporting|writing|editing|compiled|graphics|research)\ by\b[^\n]{0,400}",
            regex.IGNORECASE | regex.VERBOSE,
        ),
        "(Reporting by Jane Doe; Editing by John Roe)",
    ),
    (
        "contributed",
        regex.compile(r"[^\n]{1,300}\bcontributed\ to\ this\ report\.?", regex.IGNORECASE | regex.VERBOSE),
        "Associated Press writer Jane Doe contributed to this report.",
    ),
    (
        "sign-off",
        regex.compile(r"Reuters?|REUTERS?", regex.VERBOSE),
        "Reuter",
    ),
    (
        "trust-principles",
        regex.compile(
            r"(?:©\ ?\d{4}\ Thomson\ Reuters[^\n]{0,200}|Our\ Standards:\ The\ Thomson\ Reuters\ Trust\ Principles\.?)",
            regex.VERBOSE,
        ),
        "Our Standards: The Thomson Reuters Trust Principles.",
    ),
)


def match_trailer(text: str) -> str | None:
    """Return the name of the trailer form ``text`` has, or ``None``.

    >>> match_trailer("(Reporting by Jane Doe; Editing by John Roe)")
    'reporting-by'
    >>> match_trailer("Reuters reported the deal on Monday.") is None
    True
    """
    stripped = text.strip()
    for name, pattern, _example in TRAILER_PATTERNS:
        if pattern.fullmatch(stripped):
            return name
    return None


def parse_byline(text: str) -> tuple[tuple[str, ...], str | None] | None:
    """Return the names and agency of a byline, or ``None`` when ``text`` is not one.

    >>> parse_byline("By Jane Doe and John Roe")
    (('Jane Doe', 'John Roe'), None)
    >>> parse_byline("by Janie Gabbett, Reuters")
    (('Janie Gabbett',), 'Reuters')
    >>> parse_byline("By the end of the year, prices rose.") is None
    True
    """
    match = BYLINE_RE.match(text.strip())
    if match is None:
        return None
    names = tuple(name.strip() for name in regex.split(r",\s|\s(?:and|&)\s", match["names"]) if name.strip())
    return names, match["agency"]


def byline_from_block(block: Block) -> Byline:
    """Build a :class:`Byline` from a byline block."""
    parsed = parse_byline(block.text)
    names, agency = parsed if parsed is not None else ((), None)
    return Byline(text=block.text, span=block.text_span, names=names, agency=agency)
