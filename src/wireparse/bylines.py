"""Bylines ("By Jane Doe and John Roe, Reuters") and wire trailers.

Strategy: both are fixed wire conventions. A byline is "By", up to six names,
an optional agency from :data:`BYLINE_AGENCIES` and an optional job title
(:data:`ROLE_WORDS`); a name is two to five capitalised words (particles such
as "d'" or "van" allowed) and never holds an agency, a job title or a
function word (:data:`NOT_NAME_WORDS`), so "by Janie Gabbett, Reuters" names
Janie Gabbett and credits Reuters. Trailers are the rows of :data:`TRAILER_PATTERNS`, each a named,
bounded pattern with a real example, that must match the whole block.

Must never: take a sentence that opens with "By" ("By the end of the year,
...") for a byline, or a body sentence that mentions reporting for a trailer.
"""

from __future__ import annotations

import re

import attrs
import regex

from wireparse.model import Block, Byline, Span
from wireparse.text import holds_a_cue

#: Agencies and publications a byline credits, each with a real byline.
BYLINE_AGENCIES: tuple[tuple[str, str], ...] = (
    ("Reuters", "By Sandy Critchley, Reuters"),
    ("Reuter", "By Jane Doe, Reuter"),
    ("Associated Press", "By JONATHAN J. COOPER Associated Press"),
    ("The Associated Press", "By Jane Doe, The Associated Press"),
    ("AP", "By Jane Doe, AP"),
    ("Agence France-Presse", "By Jane Doe, Agence France-Presse"),
    ("AFP", "By Jane Doe, AFP"),
    ("Bloomberg News", "By Jane Doe, Bloomberg News"),
    ("Bloomberg", "By Jane Doe, Bloomberg"),
    ("Kyodo News", "By Jane Doe, Kyodo News"),
    ("Kyodo", "By Jane Doe, Kyodo"),
    ("Jiji Press", "By Jane Doe, Jiji Press"),
    ("Xinhua", "By Jane Doe, Xinhua"),
    ("Yonhap", "By Jane Doe, Yonhap"),
    ("PA Sport", "By Jane Doe, PA Sport"),
    ("PA", "By Jane Doe, PA"),
    ("CNN", "By Jane Doe, CNN"),
    ("UPI", "By Jane Doe, UPI"),
    ("Dow Jones", "By Jane Doe, Dow Jones"),
    ("The Canadian Press", "By Jane Doe, The Canadian Press"),
    ("Canadian Press", "By Jane Doe, Canadian Press"),
    ("CP", "By CP"),
    ("The Sports Network", "By Jane Doe, The Sports Network"),
    ("Sports Network", "By Sports Network"),
)

#: Words that never stand in a person's name: "By Any Means Necessary" is a
#: title, "By All Accounts" an opening. ("Will" and "May" are names.)
NOT_NAME_WORDS: tuple[str, ...] = (
    "and", "any", "all", "every", "each", "some", "no", "not", "this", "that", "these", "those",
    "its", "our", "your", "their", "her", "his", "for", "from", "with", "at", "in", "on", "of", "to",
    "a", "an", "now", "then",
)  # fmt: skip

#: Job titles that follow the names, never part of them: "By Meg James Staff
#: Writer", "By Eric Song, IGN Staff", "By Michael Hiltzik Business Columnist".
ROLE_WORDS: tuple[str, ...] = (
    "Staff", "Writer", "Writers", "Columnist", "Correspondent", "Correspondents", "Reporter",
    "Reporters", "Editor", "Bureau", "Contributor",
)  # fmt: skip

#: Words after a bar that name a page's section or tool, not a publication:
#: "By Jane Doe | Opinion", "| Comments", "| Full Bio", "| Author Archive",
#: "| Last Updated" (a word followed by a hyphen is another: "| Bio-IT World").
NOT_OUTLET_WORDS: tuple[str, ...] = (
    "Opinion", "Comments", "Comment", "Follow", "More", "Stories", "Story", "Share", "Print", "Email",
    "Updated", "Published", "Posted", "Bio", "Profile", "Archive", "Articles",
)  # fmt: skip

#: Words that open a page's link after a bar, never a publication's name:
#: "By Charlie K | Read Article", "| View Profile", "| See All", "| Contact"
#: (but "| Mountain View Voice" is a paper).
NOT_OUTLET_OPENERS: tuple[str, ...] = ("Read", "View", "See", "Contact")

#: The word a byline opens with, as cased: "By Jane Doe", "BY JANE DOE", "by
#: Janie Gabbett". ("Written by" is left out: film and book credits open so.)
BYLINE_OPENERS: tuple[str, ...] = ("By", "BY", "by")

# "By Jane Doe and John Roe", "by Janie Gabbett, Reuters", "By JONATHAN J.
# COOPER Associated Press", "By Reuters Staff"; not "By the end of the year, ...".
# A name word is never an agency, a role or a function word, so the names
# stop where the agency or the role starts.
BYLINE_RE = regex.compile(
    r"""(?(DEFINE)
        # "Jane", "J.", "d'AFFLISIO", "O'Neill" or a particle; not "the", not "Reuters".
        (?P<name_word>(?!(?i:\L<agencies>|\L<not_names>|\L<roles>)(?:[\s,]|\Z))
            (?:\p{Lu}[\p{L}.'’-]{0,24}|d['’]\p{L}[\p{L}'’-]{0,24}
              |van|von|de|da|di|du|del|della|der|den|la|le|bin|ibn|dos|das|ter|ten))
        # Two to five words: "Jane Doe", "JONATHAN J. COOPER", "The Times-Picayune".
        # (as few words and names as will do, so that a job title after them stays a title)
        (?P<name>(?:The\ |THE\ )?(?&name_word)(?:\ (?&name_word)){1,4}?)
        (?P<name_separator>,\ (?:and\ )?|\ and\ |\ AND\ |\ &\ )
        # A job title: "Staff Writer", "Associated Press Writers", "IGN Staff",
        # "STAFF WRITER", "City Hall reporter", "- Staff Writer", and a
        # freelancer's credit, "| Special to the Pioneer Press".
        (?P<role>(?:,|\ \||\ [–—-])?\ (?:(?:\p{L}[\p{L}.-]{0,20}\ ){0,2}(?i:\L<roles>)
            |[Ss]pecial\ to\ (?:[Tt]he\ )?\p{Lu}[\p{L}.&'’-]{0,30}(?:\ \p{Lu}[\p{L}.&'’-]{0,30}){0,4}))
    )
    (?:\L<openers>):?\ {1,3}
    (?:
        (?P<names>(?&name)(?:(?&name_separator)(?&name)){0,5}?)
        (?:(?:,\ {0,2}|\ {1,2}|\ [|–—-]\ |(?&name_separator))(?P<agency>(?i:\L<agencies>))
          # any publication after a bar: "By Jane Doe | The Guardian"; not a job
          # title ("| Sports Reporter") nor a page's section or tool ("| Opinion",
          # "| Read Article"; but "| Mountain View Voice" is a paper)
          | \ \|\ (?!(?i:[\p{L}.&'’\ -]{0,40}?\b(?:\L<roles>|\L<not_outlets>)(?![\p{L}-])|(?:\L<not_openers>)\b))
            (?P<outlet>(?:The\ )?\p{Lu}[\p{L}.&'’-]{0,30}(?:\ \p{Lu}[\p{L}.&'’-]{0,30}){0,3}))?
        (?&role)?
      | (?P<agency_only>(?i:\L<agencies>))(?&role)?
    )
    # what may trail: a full stop, a comma, or a dash the story's dateline
    # would have followed ("By AHMED MOHAMED - Associated Press Writer --")
    [.,\ ]{0,3}(?:(?<=\ )(?:--|[–—-]))?""",
    regex.VERBOSE,
    openers=list(BYLINE_OPENERS),
    agencies=[name for name, _example in BYLINE_AGENCIES],
    not_names=list(NOT_NAME_WORDS),
    roles=list(ROLE_WORDS),
    not_outlets=list(NOT_OUTLET_WORDS),
    not_openers=list(NOT_OUTLET_OPENERS),
)
# The name separator of BYLINE_RE, to split the names it matched.
_NAME_SEPARATOR_RE = regex.compile(r",\ (?:and\ )?|\ and\ |\ AND\ |\ &\ ", regex.VERBOSE)


@attrs.frozen
class TrailerForm:
    """A named wire trailer form: a pattern matching the whole block, and a real example."""

    #: Name shown as the block's provenance ("trailer:reporting-by").
    name: str
    #: Pattern that must match the whole stripped block.
    pattern: regex.Pattern[str]
    #: A real trailer of this form.
    example: str
    #: Fragments, as cased, of which every match holds one: a block holding
    #: none is not tried (empty: always tried).
    cues: tuple[str, ...] = ()


def _trailer(name: str, pattern: str, example: str, cues: tuple[str, ...] = ()) -> TrailerForm:
    return TrailerForm(name=name, pattern=regex.compile(pattern, regex.VERBOSE), example=example, cues=cues)


# A list of credits: names, places and the few small words that join them
# ("Jane Doe in Kyiv and John Roe; Editing by Mark Potter"). Any other
# lower-case word is a verb or a noun of a sentence: "Reporting by CNN showed
# the deal was off." is no trailer.
_CREDIT_WORD = r"""(?:\p{Lu}[\p{L}.'’-]{0,30}|d['’]\p{L}{1,30}
    |in|and|for|from|with|at|of|by|on|de|van|von|da|additional|reporting|editing|writing|graphics|research)"""
_CREDITS = r"\p{Lu}[\p{L}.'’-]{0,30}(?:[;,]?\ {1,2}" + _CREDIT_WORD + r"){0,60}"

#: The wire trailer forms, in the order they are tried.
TRAILER_PATTERNS: tuple[TrailerForm, ...] = (
    _trailer(
        "reporting-by",
        r"""\(\ {0,2}(?:Reporting|Writing|Editing|Compiled|Graphics|Research)\ by\ [^\n()]{1,400}\)\.?""",
        "(Reporting by Jane Doe; Editing by John Roe)",
        (" by ",),
    ),
    _trailer(
        "additional-reporting",
        r"""\(\ {0,2}[Aa]dditional\ reporting\ by\ [^\n()]{1,400}\)\.?|Additional\ reporting\ by\ """
        + _CREDITS
        + r"""\.?""",
        "(Additional reporting by Sarah Marsh in London)",
        ("dditional reporting by ",),
    ),
    _trailer(
        "credits-line",
        r"""(?:Reporting|Writing|Editing)\ by\ """ + _CREDITS + r"""\.?""",
        "Writing by Jane Doe; Editing by John Roe",
        (" by ",),
    ),
    _trailer(
        "compiled-by",
        r"""Compiled\ by\ """ + _CREDITS + r"""\.?""",
        "Compiled by Jane Doe for Reuters",
        ("Compiled by ",),
    ),
    _trailer(
        "contributed",
        r"""[^\n]{1,300}\bcontributed\ (?:to\ )?this\ (?:report|story|article)\.?""",
        "Associated Press writer Jane Doe contributed to this report.",
        ("contributed ",),
    ),
    _trailer(
        "contributing",
        r"""Contributing:\ \p{Lu}[^\n]{0,300}""",
        "Contributing: Jane Doe, USA TODAY",
        ("Contributing: ",),
    ),
    _trailer(
        "sign-off",
        r"""(?i:reuters?)""",
        "Reuter",
    ),
    _trailer(
        "copyright-thomson-reuters",
        r"""©\ ?\d{4}\ Thomson\ Reuters[^\n]{0,200}""",
        "© 2023 Thomson Reuters",
        ("©",),
    ),
    _trailer(
        "trust-principles",
        r"""Our\ Standards:\ The\ Thomson\ Reuters\ Trust\ Principles\.?""",
        "Our Standards: The Thomson Reuters Trust Principles.",
        ("Our Standards: ",),
    ),
    _trailer(
        "end-mark",
        r"""-0-|\(END\)|-30-""",
        "-0-",
        ("-0-", "(END)", "-30-"),
    ),
)

# Every cue of every form, in one plain alternation of literals: a block
# holding none (nearly every block) is tried by the forms without cues
# alone. Matches "(Reporting by Jane Doe)" (" by "); not "Reuters reported it.".
_TRAILER_CUES_RE = re.compile(
    "|".join(re.escape(cue) for cue in sorted({cue for form in TRAILER_PATTERNS for cue in form.cues}))
)
_TRAILERS_WITHOUT_CUES = tuple(form for form in TRAILER_PATTERNS if not form.cues)


def match_trailer(text: str) -> str | None:
    """Return the name of the trailer form ``text`` has, or ``None``.

    >>> match_trailer("(Reporting by Jane Doe; Editing by John Roe)")
    'reporting-by'
    >>> match_trailer("Reuters reported the deal on Monday.") is None
    True
    """
    stripped = text.strip()
    # Without any form's cue only the forms without cues can match.
    forms = TRAILER_PATTERNS if _TRAILER_CUES_RE.search(stripped) else _TRAILERS_WITHOUT_CUES
    for form in forms:
        if holds_a_cue(stripped, form.cues) and form.pattern.fullmatch(stripped):
            return form.name
    return None


def _split_names(names: str) -> tuple[str, ...]:
    return tuple(_once(name.strip()) for name in _NAME_SEPARATOR_RE.split(names) if name.strip())


def _once(name: str) -> str:
    """``name`` said once: a page may print an author's name and the link to their page side by side.

    A name of two words is never halved: "Mohamed Mohamed" is a name.

    >>> _once("Sean Martin Sean Martin"), _once("Jane Doe"), _once("Mohamed Mohamed")
    ('Sean Martin', 'Jane Doe', 'Mohamed Mohamed')
    """
    parts = name.split()
    half = len(parts) // 2
    if half >= 2 and len(parts) % 2 == 0 and parts[:half] == parts[half:]:
        return " ".join(parts[:half])
    return name


def parse_byline(text: str) -> Byline | None:
    """Return the byline ``text`` holds, with its names and agency, or ``None``.

    The span is that of the byline within ``text``, without the blanks around it.

    >>> byline = parse_byline("By Jane Doe and John Roe")
    >>> byline.names, byline.agency, byline.span
    (('Jane Doe', 'John Roe'), None, Span(start=0, end=24))
    >>> parse_byline("  by Janie Gabbett, Reuters").to_dict()
    {'text': 'by Janie Gabbett, Reuters', 'span': [2, 27], 'names': ['Janie Gabbett'], 'agency': 'Reuters'}
    >>> parse_byline("By JONATHAN J. COOPER Associated Press").agency
    'Associated Press'
    >>> parse_byline("By the end of the year, prices rose.") is None
    True
    """
    if not isinstance(text, str):
        raise TypeError(f"parse_byline() expects a str text, got {type(text).__name__}")
    stripped = text.strip()
    parts = _byline_parts(stripped)
    if parts is None:
        return None
    start = text.index(stripped) if stripped else 0
    names, agency = parts
    return Byline(
        text=stripped, span=Span(start=start, end=start + len(stripped)), names=names, agency=agency
    )


# What stands between a byline and the date that follows it on one line:
# separators, "on", a weekday the date reading left out, a social handle.
#   matches: " - " in "By Tess Bonn - 11/19/19", ", Wednesday, " in "By Sherif
#   Saed, Wednesday, 20 November 2019", " @DawgsByNature " and " On "
#   does not match: anything inside the names ("By Jane Doe" is kept whole)
BYLINE_DATE_SEPARATOR_RE = regex.compile(
    r"""(?:[\s,;:|·•/–—-]|@[\w.]{1,40}|\b(?:[Oo]n|at|[Pp]ublished|[Pp]osted|[Uu]pdated)\b
        |\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b){1,12}\Z""",
    regex.VERBOSE,
)


def parse_byline_before(text: str, end: int) -> Byline | None:
    """Return the byline that ``text`` opens with and a date follows at ``end``, or ``None``.

    Many pages print the byline and the date on one line; the byline is what
    stands before the date, less the separators between them. The span is
    an offset into ``text``.

    >>> line = "By Sherif Saed, Wednesday, 20 November 2019 08:05 GMT"
    >>> byline = parse_byline_before(line, line.index("20 November"))
    >>> byline.names, byline.span
    (('Sherif Saed',), Span(start=0, end=14))
    >>> parse_byline_before("By Kashmira Gander On 11/13/19 at 4:00 PM EST", 22).names
    ('Kashmira Gander',)
    >>> parse_byline_before("Posted on 11/13/19", 10) is None
    True
    """
    if not text.startswith(BYLINE_OPENERS, len(text) - len(text.lstrip())):
        return None
    head = text[:end]
    separator = BYLINE_DATE_SEPARATOR_RE.search(head)
    return parse_byline(head if separator is None else head[: separator.start()])


def is_byline(text: str) -> bool:
    """True when ``text`` is a byline.

    >>> is_byline("By Jane Doe, Reuters"), is_byline("By the end of the year, prices rose.")
    (True, False)
    """
    return _byline_parts(text.strip()) is not None


def _byline_parts(stripped: str) -> tuple[tuple[str, ...], str | None] | None:
    """The names and agency of the byline ``stripped``, or ``None`` when it is none."""
    if not stripped.startswith(BYLINE_OPENERS):
        return None  # nearly every block of a page: BYLINE_RE needs its first word
    match = BYLINE_RE.fullmatch(stripped)
    if match is None:
        return None
    if match["agency_only"] is not None:
        return (), match["agency_only"]
    return _split_names(match["names"]), match["agency"] or match["outlet"]


def byline_from_block(block: Block) -> Byline:
    """Build a :class:`Byline` from a byline block."""
    parts = _byline_parts(block.text.strip())
    names, agency = parts if parts is not None else ((), None)
    return Byline(text=block.text, span=block.text_span, names=names, agency=agency)
