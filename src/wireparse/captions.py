"""Photo captions: "… pose for a photo … Picture taken April 25, 2019."

Strategy: a caption is told by a photo credit or a picture note, fixed
conventions of wire photo desks listed in :data:`CAPTION_PATTERNS` (each a
named, bounded pattern with a real example). A pattern either has a shape no
prose has ("REUTERS/Name", "(AP Photo/Name)", AP's "in this June 3, 2007,
file photo") or is anchored where the convention puts it - a loose credit at
the end of the caption, a "FILE PHOTO:" lead-in at its start - and keeps the
desk's own casing ("Picture taken"), so prose that talks about a photo does
not match. The
credit and the picture date are parsed out when present.

Must never: call a block a caption for describing a scene or mentioning a
photo ("The minister said the photo was taken in April.").
"""

from __future__ import annotations

import datetime as dt
import re

import attrs
import regex

from wireparse.lexicons import MONTHS
from wireparse.model import Block, Caption, Span
from wireparse.text import holds_a_cue

_MONTH_NAMES = "|".join(sorted(MONTHS, key=len, reverse=True))

# A photographer's name: capitalised words and initials, defined once and
# called as ``(?&person)`` by the patterns below.
# Matches "Kim Kyung-Hoon", "Brian C. Frank"; not "the minister".
_DEFINITIONS = r"""(?(DEFINE)
    (?P<person>\p{Lu}[\p{L}'’-]{0,30}(?:\ (?:\p{Lu}\.|\p{Lu}[\p{L}'’-]{0,30})){0,4})
)"""

#: Photo agencies and desks credited after a slash at the end of a caption,
#: each with a real credit.
PHOTO_AGENCIES: tuple[tuple[str, str], ...] = (
    ("AFP", "Jaafar ASHTIYEH / AFP"),
    ("AP", "Evan Vucci/AP"),
    ("EPA", "Olivier Hoslet/EPA"),
    ("EPA-EFE", "Olivier Hoslet/EPA-EFE"),
    ("European Pressphoto Agency", "Pavel Wolberg/European Pressphoto Agency"),
    ("Reuters", "Kim Kyung-Hoon/Reuters"),
    ("REUTERS", "Kim Kyung-Hoon/REUTERS"),
    ("Getty Images", "Chip Somodevilla/Getty Images"),
    ("Xinhua", "Li Xin/Xinhua"),
    ("THE CANADIAN PRESS", "Sean Kilpatrick /THE CANADIAN PRESS"),
    ("The Canadian Press", "Sean Kilpatrick/The Canadian Press"),
    ("PA", "Stefan Rousseau/PA"),
    ("PA Wire", "Stefan Rousseau/PA Wire"),
    ("AAP", "Dean Lewins/AAP"),
    ("dpa", "Michael Kappeler/dpa"),
    ("Bloomberg", "Kiyoshi Ota/Bloomberg"),
    ("Kyodo", "Taro Yamada/Kyodo"),
    ("Yonhap", "Kim Do-hoon/Yonhap"),
    ("Sipa", "Jane Doe/Sipa"),
    ("Shutterstock", "Jane Doe/Shutterstock"),
    ("Alamy", "Jane Doe/Alamy"),
    ("ZUMA Press", "Jane Doe/ZUMA Press"),
)

_PHOTO_AGENCY_NAMES = "|".join(
    regex.escape(name) for name, _ in sorted(PHOTO_AGENCIES, key=lambda row: -len(row[0]))
)

#: Words that stand before "©" in a site's footer, never in a caption:
#: "All content © 2021 Reuters", "Privacy Policy © 2024 Example Media".
FOOTER_WORDS: tuple[str, ...] = (
    "copyright", "content", "contents", "rights", "reserved", "policy", "terms", "privacy", "contact us",
    "about us", "site", "website", "design", "media", "inc", "ltd", "llc", "group", "network",
)  # fmt: skip

# Reuters: "Picture taken April 25, 2019." / "Picture taken on July 4, 2023."
# Matches "Picture taken April 25, 2019"; not "the picture taken in April".
PICTURE_TAKEN_RE = regex.compile(
    r"""\bPicture\ taken\ (?:on\ )?(?P<month>(?i:"""
    + _MONTH_NAMES
    + r"""))\.?\ (?P<day>\d{1,2}),\ (?P<year>\d{4})""",
    regex.VERBOSE,
)

# A credit as the desks write it; the name group is what ``Caption.credit`` keeps.
# Matches "REUTERS/Kim Kyung-Hoon", "(AP Photo/Evan Vucci)", "Photo: AFP",
# "Jaafar ASHTIYEH / AFP", "Action Images" in "Benni McCarthy © Action Images";
# not "Reuters reported".
CREDIT_RE = regex.compile(
    _DEFINITIONS
    + r"""(?P<credit>
          \bREUTERS/(?&person)
        | (?<=\()(?:AP|AFP|EPA|Reuters|Getty|Xinhua)\ Photo(?:/(?&person))?(?=\))
        | (?<=\()Photo\ by\ [^\n()]{1,60}(?=\))
        | (?<=\bPhoto(?:graph)?(?:\ [Cc]redit)?\ ?:\ ?)[^\n()]{1,60}?(?=\ ?\)|\Z)
        | \b(?&person)\ ?/\ ?(?:"""
    + _PHOTO_AGENCY_NAMES
    + r""")\b
        | (?<=\ ©\ ?(?:\d{4}\ )?)\p{Lu}[\p{L}.&'’-]{0,30}(?:\ \p{Lu}[\p{L}.&'’-]{0,30}){0,3}(?=\s{0,3}\Z)
        )""",
    regex.VERBOSE,
)


@attrs.frozen
class CaptionForm:
    """A named caption convention: where its pattern must be found, and a real example."""

    #: Name shown as the block's provenance ("caption:picture-taken").
    name: str
    #: Pattern searched in the block text (each anchors itself).
    pattern: regex.Pattern[str]
    #: A real caption of this form.
    example: str
    #: Fragments, as cased, of which every match holds one: a text holding
    #: none is not searched (nearly every block of a page).
    cues: tuple[str, ...] = ()


def _form(name: str, pattern: str, example: str, cues: tuple[str, ...]) -> CaptionForm:
    return CaptionForm(
        name=name, pattern=regex.compile(_DEFINITIONS + pattern, regex.VERBOSE), example=example, cues=cues
    )


#: The caption conventions, in the order they are tried.
CAPTION_PATTERNS: tuple[CaptionForm, ...] = (
    _form(
        "picture-taken",
        PICTURE_TAKEN_RE.pattern,
        "Russian President Vladimir Putin and North Korea's leader Kim Jong Un pose for a photo"
        " during their meeting in Vladivostok, Russia, April 25, 2019. Picture taken April 25, 2019.",
        ("Picture taken ",),
    ),
    _form(
        "reuters-credit",
        r"""\bREUTERS/(?&person)""",
        "A Ukrainian serviceman fires a mortar near Bakhmut. REUTERS/Sofiia Gatilova/File Photo",
        ("REUTERS/",),
    ),
    _form(
        "agency-photo",
        r"""\((?:AP|AFP|EPA|Reuters|Getty|Xinhua)\ Photo(?:/[^\n()]{1,60})?\)""",
        "President Joe Biden speaks in the East Room of the White House. (AP Photo/Evan Vucci)",
        (" Photo",),
    ),
    _form(
        "photo-by",
        r"""\(Photo\ by\ [^\n()]{1,60}\)\.?\s{0,3}\Z""",
        "Fans cheer in the stands. (Photo by Jane Doe/Getty Images)",
        ("(Photo by ",),
    ),
    _form(
        "in-this-photo",
        r"""\b[Ii]n\ this\ (?:\p{Lu}\p{L}{2,8}\.?\ \d{1,2},\ \d{4},?\ |undated\ |handout\ |file\ |aerial\ ){0,3}
            (?:photo|image|picture|photograph)
            # what AP puts after it: a comma, the end, or how the photo came
            (?=,|\.|\s{0,3}\Z|\ (?:taken|made|provided|released|shot|obtained|from|shows)\b)""",
        "Singer Amy Winehouse arrives at the MTV Movie Awards in Los Angeles, in this June 3, 2007, file photo.",
        ("n this ",),
    ),
    _form(
        "file-photo-lead",
        r"""\A(?:FILE\ PHOTO|File\ photo)\ ?(?::|-|–|—)""",
        "FILE PHOTO: The logo of Credit Suisse is seen in Zurich, Switzerland.",
        ("FILE PHOTO", "File photo"),
    ),
    _form(
        "file-photo-tail",
        r"""(?:\((?:FILE\ PHOTO|File\ photo)\)|/(?:File\ Photo|FILE\ PHOTO))\.?\s{0,3}\Z""",
        "Kim Jong Un inspects a missile launch. (File photo)",
        ("FILE PHOTO", "File photo", "File Photo"),
    ),
    _form(
        "photo-credit",
        r"""(?:\A|\.\ |\()Photo(?:graph)?(?:\ [Cc]redit)?\ ?:\ ?[^\n]{1,60}\Z""",
        "Rescue workers search the rubble in Antakya. Photo: AFP",
        ("Photo",),
    ),
    _form(
        "slash-credit",
        r"""\b(?&person)\ ?/\ ?(?:""" + _PHOTO_AGENCY_NAMES + r""")\)?\.?\s{0,3}\Z""",
        "Palestinians inspect a damaged house in Jenin. Jaafar ASHTIYEH / AFP",
        tuple(f"/{space}{agency}" for agency, _ in PHOTO_AGENCIES for space in ("", " ")),
    ),
    # A picture agency's copyright at the end of a caption or after a head
    # shot's name; a footer's "© 2008 The Daily" opens its line, and a footer's
    # words stand before the sign ("All content © 2021 Reuters", FOOTER_WORDS).
    _form(
        "copyright-credit",
        r"""\A[^\n©]{2,80}(?<!\b(?i:"""
        + "|".join(word.replace(" ", r"\ ") for word in FOOTER_WORDS)
        + r"""))\ ©\ ?(?:\d{4}\ )?\p{Lu}[\p{L}.&'’-]{0,30}(?:\ \p{Lu}[\p{L}.&'’-]{0,30}){0,3}\s{0,3}\Z""",
        "Benni McCarthy © Action Images",
        (" ©",),
    ),
)


if any(not form.cues for form in CAPTION_PATTERNS):
    raise ValueError("every caption form needs cues")

# Every cue of every form, in one plain alternation of literals: a block
# holding none (nearly every block) is passed over in one search. Matches
# "(AP Photo/Evan Vucci)" (" Photo"); not "The minister said so.".
_CAPTION_CUES_RE = re.compile(
    "|".join(re.escape(cue) for cue in sorted({cue for form in CAPTION_PATTERNS for cue in form.cues}))
)


def match_caption(text: str) -> str | None:
    """Return the name of the caption convention ``text`` follows, or ``None``.

    >>> match_caption("Kim Jong Un inspects a missile launch. (AP Photo/Lee Jin-man)")
    'agency-photo'
    >>> match_caption("The minister said the photo was taken in April.") is None
    True
    """
    stripped = text.strip()
    if _CAPTION_CUES_RE.search(stripped) is None:
        return None  # nearly every block of a page: no form's cue
    for form in CAPTION_PATTERNS:
        if holds_a_cue(stripped, form.cues) and form.pattern.search(stripped) is not None:
            return form.name
    return None


def is_caption(text: str) -> bool:
    """True when ``text`` carries a caption's credit or picture note.

    >>> is_caption("Putin and Kim pose for a photo. Picture taken April 25, 2019.")
    True
    >>> is_caption("The minister said the photo was taken in April.")
    False
    """
    return match_caption(text) is not None


def parse_picture_date(text: str) -> dt.date | None:
    """Return the date of a "Picture taken April 25, 2019." note in ``text``, if valid.

    >>> parse_picture_date("A rally. Picture taken on Sept 4, 2023.")
    datetime.date(2023, 9, 4)
    >>> parse_picture_date("Picture taken April 31, 2019.") is None
    True
    """
    taken = PICTURE_TAKEN_RE.search(text)
    if taken is None:
        return None
    # Folded as the pattern's case-insensitive matching folds: "Auguſt" is "august".
    month = MONTHS.get(taken["month"].casefold())
    if month is None:
        return None
    try:
        return dt.date(int(taken["year"]), month, int(taken["day"]))
    except ValueError:
        return None


def find_credit(text: str) -> str | None:
    """Return the photo credit in ``text``, or ``None``.

    >>> find_credit("A mortar fires. REUTERS/Sofiia Gatilova/File Photo")
    'REUTERS/Sofiia Gatilova'
    >>> find_credit("Biden speaks. (AP Photo/Evan Vucci)")
    'AP Photo/Evan Vucci'
    >>> find_credit("Rubble in Antakya. Photo: AFP")
    'AFP'
    """
    match = CREDIT_RE.search(text)
    return None if match is None else match["credit"].strip()


def parse_caption(text: str) -> Caption:
    """Read the photo caption ``text``: its credit and picture date.

    The span is that of the caption within ``text``, without the blanks around it.

    >>> caption = parse_caption("A photo. REUTERS/Jane Doe. Picture taken April 25, 2019.")
    >>> caption.credit, caption.picture_date, caption.span
    ('REUTERS/Jane Doe', datetime.date(2019, 4, 25), Span(start=0, end=56))
    >>> parse_caption("A rally in Paris.").credit is None
    True
    """
    if not isinstance(text, str):
        raise TypeError(f"parse_caption() expects a str text, got {type(text).__name__}")
    stripped = text.strip()
    start = text.index(stripped) if stripped else 0
    return Caption(
        text=stripped,
        span=Span(start=start, end=start + len(stripped)),
        credit=find_credit(stripped),
        picture_date=parse_picture_date(stripped),
    )


def caption_from_block(block: Block) -> Caption:
    """Build a :class:`Caption` from a caption block, with the block's span in the page."""
    return Caption(
        text=block.text,
        span=block.text_span,
        credit=find_credit(block.text),
        picture_date=parse_picture_date(block.text),
    )
