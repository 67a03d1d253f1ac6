"""Wire datelines: "WASHINGTON, July 29 (Reuters) -" opening a paragraph.

Strategy: a dateline is a place (a capitalised name with up to three
comma-separated qualifiers: "SAN JOSE, Costa Rica"), then a date ("July 29",
"2 March", typos of the month tolerated), an agency ("(Reuters)", ", Reuter")
or both, then a dash, at the very start of a paragraph. Each way of putting
these together is a row of :data:`DATELINE_FORMS`, built from the named
parts of :data:`DATELINE_PARTS`; the agency alone opens Bloomberg copy
("(Bloomberg) --"), a place in capitals alone opens AP copy whose agency the
publisher dropped ("VIENNA — ..."). Wire artefacts before the place
("****LONDON", "c    CHICAGO") and a byline run into the dateline ("By Jane
Doe WASHINGTON (Reuters) -") are cut off the place. The date gets a year only
from an explicit ``reference``.

Must never: take a dateline without a date or an agency unless a place in
capitals is followed by prose or stands alone on its line with its region
and a long dash ("RENO, Nev. --", not "HOME -"), read a sports score ("Arsenal 2 -
Chelsea 1") or "WASHINGTON has long ..." as one, read a clock, or cost more
than a few bounded matches.
"""

from __future__ import annotations

import datetime as dt

import attrs
import regex

from wireparse.lexicons import MONTHS as LEXICON_MONTHS
from wireparse.model import Byline, Dateline, Span
from wireparse.text import STOPWORDS, words

#: Month names and the abbreviations datelines use, with their numbers: the
#: full names of :data:`wireparse.lexicons.MONTHS` and "sept".
#: "Sept. 2" (AP), "Feb 26" (Reuters), "MARCH 3" and "june 1" (typed in caps
#: or lower case on the Reuters wire).
MONTHS: dict[str, int] = {
    name: number for name, number in LEXICON_MONTHS.items() if len(name) > 3 or name == "may"
}

#: News agencies credited in datelines, each with a real dateline. A place
#: followed by any parenthesised name is a dateline too ("Washington (CNN) —");
#: this table is what lets the agency stand alone, as Bloomberg's does.
AGENCIES: tuple[tuple[str, str], ...] = (
    ("Reuters", "KYIV, July 29 (Reuters) - "),
    ("Reuter", "WASHINGTON, March 12, Reuter - "),
    ("AP", "WASHINGTON (AP) — "),
    ("AFP", "PARIS, Jan 1 (AFP) - "),
    ("Bloomberg", "(Bloomberg) -- "),
    ("Xinhua", "BEIJING, Sept. 2 (Xinhua) -- "),
    ("Yonhap", "SEOUL, Nov. 24 (Yonhap) -- "),
    ("Kyodo", "TOKYO (Kyodo) -- "),
    ("Jiji Press", "Kyoto, May 8 (Jiji Press)--"),
    ("CNN", "Washington (CNN) —"),
    ("UPI", "NEW YORK (UPI) -- "),
    ("dpa", "BERLIN (dpa) - "),
    ("PTI", "NEW DELHI, Jan 5 (PTI) - "),
    ("IANS", "NEW DELHI, Jan 5 (IANS) - "),
    ("ANI", "NEW DELHI, Jan 5 (ANI) - "),
    ("TASS", "MOSCOW, March 1 (TASS) - "),
    ("Anadolu", "ANKARA (Anadolu) - "),
    ("Bernama", "KUALA LUMPUR, Jan 5 (Bernama) -- "),
    ("CNA", "TAIPEI (CNA) - "),
    ("EFE", "MADRID (EFE) - "),
    ("ANSA", "ROME (ANSA) - "),
    ("Interfax", "MOSCOW (Interfax) - "),
    ("CP", "TORONTO (CP) - "),
    ("Canadian Press", "OTTAWA (Canadian Press) - "),
    ("PA", "LONDON (PA) - "),
    ("Sports Network", "Montreal, QC (Sports Network) - "),
    ("BUSINESS WIRE", "LAS VEGAS--(BUSINESS WIRE)--"),
    ("PRNewswire", "NEW YORK, Jan. 5, 2024 /PRNewswire/ --"),
    ("GLOBE NEWSWIRE", "TORONTO, Jan. 5, 2024 (GLOBE NEWSWIRE) --"),
)
_KNOWN_AGENCIES = frozenset(name.lower() for name, _example in AGENCIES)

#: Words that open ordinary sentences shaped like "Word, May 2 - ...": they are
#: never a place.
NOT_PLACES = frozenset(
    {
        "on",
        "in",
        "by",
        "and",
        "but",
        "today",
        "yesterday",
        "tomorrow",
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
        "updated",
        "posted",
        "published",
        # Labels set before a dash, in capitals like a place: "UPDATE - ...".
        "update",
        "breaking",
        "watch",
        "video",
        "photos",
        "exclusive",
        "analysis",
        "opinion",
        "live",
        "editorial",
        "correction",
        "note",
        "review",
        "commentary",
        "sponsored",
        *MONTHS,
    }
)

#: Small words that do stand inside place names ("CITY OF COMMERCE",
#: "Trinidad and Tobago"); any other stopword means a sentence, not a place,
#: except "the" before a capitalised word ("THE HAGUE", "The Hague").
PLACE_PARTICLES = frozenset({"of", "and"})

#: Words in lower case inside a capitalised place name ("Rio de Janeiro",
#: "Castellón de la Plana", "Frankfurt am Main").
PLACE_NAME_PARTICLES = frozenset(
    {
        "of",
        "and",
        "de",
        "da",
        "do",
        "del",
        "della",
        "di",
        "du",
        "des",
        "la",
        "le",
        "el",
        "am",
        "an",
        "upon",
        "on",
        "sur",
        "en",
    }
)

#: The parts a dateline is built of, each a bounded verbose pattern that
#: captures what it holds. A form (below) is a sequence of these names.
DATELINE_PARTS: dict[str, str] = {
    # A byline run into the dateline: "By Jane Doe and John Roe " before a
    # place in capitals. Matches "By Jane Doe "; not "By the ".
    "lead": r"""
        (?P<byline>[Bb][Yy]\ (?:\p{Lu}\p{Ll}[\p{L}.'’-]{0,24}\ |\p{Lu}\.\ ){1,4}
            (?:(?:and|&)\ (?:\p{Lu}\p{Ll}[\p{L}.'’-]{0,24}\ |\p{Lu}\.\ ){1,4})?(?=\p{Lu}{2}))?
        (?P<artefact>\*{1,8}\ {0,4}|\p{Ll}\ {2,8}(?=\p{Lu}))?""",
    # A place: up to four comma-separated parts of up to five words each;
    # a slash joins the places of a story filed from several ("NEW
    # YORK/LONDON"). Matches "SAN JOSE, Costa Rica", "ROCHESTER, N.Y.",
    # "WINSTON-SALEM", "NEW YORK/LONDON"; not "SAFETY-" (a word never ends in
    # a hyphen).
    "place": r"""
        (?P<place>(?:\p{L}(?:[\p{L}.'’-]{0,23}[\p{L}.'’])?)(?:[\ /]\p{L}(?:[\p{L}.'’-]{0,23}[\p{L}.'’])?){0,4}
            (?:,\ {0,2}\p{L}(?:[\p{L}.'’-]{0,23}[\p{L}.'’])?(?:\ \p{L}(?:[\p{L}.'’-]{0,23}[\p{L}.'’])?){0,4}){0,3})""",
    # A date after the place: ", July 29", ", 2 March", " March 18" after
    # "D.C.", ",March 13", ", Jan. 5, 2024". Matches ", Sept. 2"; not ", 2024".
    "date": r"""
        (?:,\ {0,2}|(?<=\.)\ |(?P<no_comma>\ ))
        (?P<date>(?P<month>\p{L}{3,9})\.?\ {1,2}(?P<day>\d{1,2})|(?P<day_first>\d{1,2})\ (?P<month_second>\p{L}{3,9}))
        (?:,\ (?P<year>\d{4}))?""",
    # An agency in parentheses: " (Reuters)", "(Jiji Press)". Not "(2)".
    "agency": r"""\ {0,2}\((?P<agency>\p{L}[\p{L}.&\ -]{0,30})\)""",
    # The 1987 Reuters sign-off as agency: ", Reuter".
    "sign_off": r""",\ (?P<agency>Reuters?|REUTERS?)""",
    # A press-release wire between dashes: "--(BUSINESS WIRE)".
    "release_wire": r"""(?:--|—)\((?P<agency>\p{L}[\p{L}.&\ -]{0,30})\)""",
    # A press-release wire between slashes: " /PRNewswire/".
    "release_slash": r"""\ /(?P<agency>\p{L}[\p{L}.&\ -]{0,30})/""",
    # The dash that ends a dateline: "-", "--", "—", "–". A hyphen right
    # before a letter counts only after a blank ("March 16 -Qtr"), so
    # "SAFETY-KLEEN" has none. Matches " -", "--", " —"; not "-3".
    "dash": r"""\ {0,2}(?P<dash>---?|—|–|(?<=\ )-|-(?![\p{L}\p{N}]))(?!\d)""",
}


#: The characters of which the dash part ends with one: a paragraph holding
#: none of them opens with no dateline, and is spared the forms' patterns.
DASH_CHARACTERS = ("-", "—", "–")


@attrs.frozen
class DatelineForm:
    """A named dateline form: the parts it is made of, and a real example."""

    #: Name kept in :attr:`Dateline.form` as the dateline's provenance.
    name: str
    #: The pattern, built from :data:`DATELINE_PARTS`.
    pattern: regex.Pattern[str]
    #: A real dateline of this form.
    example: str


def _form(name: str, parts: str, example: str) -> DatelineForm:
    source = "".join(DATELINE_PARTS[part] for part in ("lead", *parts.split(), "dash"))
    return DatelineForm(name=name, pattern=regex.compile(source, regex.VERBOSE), example=example)


#: The dateline forms, tried in order; the first that matches and passes the
#: checks of :func:`parse_dateline` wins.
DATELINE_FORMS: tuple[DatelineForm, ...] = (
    _form("place-date-agency", "place date agency", "KYIV, July 29 (Reuters) - "),
    _form("place-date-sign-off", "place date sign_off", "WASHINGTON, March 12, Reuter - "),
    _form("place-date-release", "place date release_slash", "NEW YORK, Jan. 5, 2024 /PRNewswire/ -- "),
    _form("place-date", "place date", "ROCHESTER, N.Y., Feb 26 - "),
    _form("place-agency", "place agency", "AUSTIN, Texas (AP) — "),
    _form("place-release", "place release_wire", "LAS VEGAS--(BUSINESS WIRE)--"),
    _form("agency", "agency", "(Bloomberg) -- "),
    _form(
        "bare-place",
        "place",
        "VIENNA — The house where Adolf Hitler was born will be turned into a police station.",
    ),
)


def month_number(word: str) -> int | None:
    """Return the number of the month ``word`` names, tolerating wire typos.

    A month is its name or a prefix of three letters or more ("Feb", "Apri",
    "Sept"), in any case ("MArch", "APril"); a full name of five letters or
    more may carry one typo ("Narch", "Marhc", "Febuary").

    >>> month_number("Feb"), month_number("MArch"), month_number("Narch"), month_number("Apri")
    (2, 3, 3, 4)
    >>> month_number("Chelsea") is None, month_number("Ma") is None
    (True, True)
    """
    lowered = word.lower().rstrip(".")
    if len(lowered) < 3 or not lowered.isalpha():
        return None
    for name, number in MONTHS.items():
        if name.startswith(lowered):
            return number
    for name, number in MONTHS.items():
        if len(name) >= 5 and is_one_edit_apart(name, lowered):
            return number
    return None


def is_one_edit_apart(word: str, other: str) -> bool:
    """True when ``other`` is ``word`` with one letter wrong, missing, added, or two swapped.

    >>> [is_one_edit_apart("march", typo) for typo in ("narch", "mrch", "marchh", "marhc", "march", "mayor")]
    [True, True, True, True, False, False]
    """
    if word == other or abs(len(word) - len(other)) > 1:
        return False
    prefix = 0
    while prefix < min(len(word), len(other)) and word[prefix] == other[prefix]:
        prefix += 1
    if len(word) == len(other):
        swapped = word[prefix + 1 : prefix + 2] + word[prefix : prefix + 1]
        rest = prefix + 2
        return word[prefix + 1 :] == other[prefix + 1 :] or (
            swapped == other[prefix:rest] and word[rest:] == other[rest:]
        )
    if len(word) > len(other):
        return word[prefix + 1 :] == other[prefix:]
    return word[prefix:] == other[prefix + 1 :]


def resolve_date(month: int, day: int, year: int | None, reference: dt.date | None) -> dt.date | None:
    """Return the date a dateline names, or ``None`` when its year cannot be known.

    Without a year, the year is the one (of the reference's, the one before or
    the one after) that puts the date nearest the reference: a dateline of
    "Dec 31" on a page stamped January 1 is from the year before.

    >>> resolve_date(12, 31, None, dt.date(2024, 1, 1))
    datetime.date(2023, 12, 31)
    >>> resolve_date(2, 30, 2024, None) is None
    True
    """
    if year is None and reference is None:
        return None
    candidates = [year] if year is not None else [reference.year + step for step in (0, -1, 1)]  # type: ignore[union-attr]
    dates = []
    for candidate in candidates:
        try:
            dates.append(dt.date(candidate, month, day))
        except ValueError:
            continue
    if not dates:
        return None
    if reference is None:
        return dates[0]
    return min(dates, key=lambda date: abs((date - reference).days))


def _reference_date(reference: dt.date | dt.datetime | None) -> dt.date | None:
    if isinstance(reference, dt.datetime):
        return reference.date()
    return reference


# A stock ticker, not an agency: "Apple (AAPL) - ".
_TICKER_RE = regex.compile(r"\p{Lu}{1,5}")
# A bare dateline ("DETROIT -- Hockeytown turned ...") needs this many words
# of prose after its dash; "EU - European Union" is a glossary line.
BARE_DATELINE_MIN_WORDS = 6


def _is_place(place: str, *, agency: str | None, has_date: bool, raw: str) -> bool:
    """A place opens with a capital (or the whole dateline is lower case) and is no common word.

    A title-case name next to a ticker is no place: "Apple (AAPL) - " is a
    company and its stock. A word in lower case inside a place ("New york")
    passes only next to a date, as the 1987 wire typed it.
    """
    place_words = place.replace(",", " ").replace("/", " ").split()
    if "/" in place and agency is None and not has_date:
        return False  # "HIV/AIDS - the disease …": places filed from together come with a wire's credit
    if any(part.split()[0].strip(".").lower() in NOT_PLACES for part in place.split("/") if part.split()):
        return False
    if any(_is_stray_stopword(place_words, index) for index in range(len(place_words))):
        return False
    if not place[0].isupper():
        return raw == raw.lower()
    if not has_date and any(word[0].islower() and word not in PLACE_NAME_PARTICLES for word in place_words):
        return False
    if agency is None or agency.lower() in _KNOWN_AGENCIES or place.split(",")[0].isupper():
        return True
    return _TICKER_RE.fullmatch(agency) is None


def _is_stray_stopword(place_words: list[str], index: int) -> bool:
    word = place_words[index].lower()
    if word not in STOPWORDS or word in PLACE_PARTICLES:
        return False
    following = place_words[index + 1] if index + 1 < len(place_words) else ""
    return not (word == "the" and following[:1].isupper())


def _is_bare_dateline(place: str, rest: str) -> bool:
    """A place in capitals and a dash alone ("VIENNA — The house ...") open a paragraph of prose.

    Prose, not capitals: "RPT - OPPOSITION TO EC OILS TAX INTACT" is a headline.
    """
    if not place.split(",")[0].isupper() or rest.isupper():
        return False
    tokens = words(rest)
    return len(tokens) >= BARE_DATELINE_MIN_WORDS and any(token.lower() in STOPWORDS for token in tokens)


# A region after a city in capitals: a name in title case, an abbreviation
# with its stops, or a postal code. Matches "Mauritania", "Nev.", "D.C.",
# "N.Y.", "DC", "New Mexico"; not "SPORTS".
REGION_RE = regex.compile(
    r"""\ ?(?:\p{Lu}\p{Ll}[\p{L}.'’-]{0,23}(?:\ \p{Lu}\p{Ll}[\p{L}.'’-]{0,23}){0,3}|(?:\p{Lu}\.){1,3}|\p{Lu}{2})"""
)

#: The dashes of a dateline on a line of its own: AP's "--", "—" and "–"; a
#: lone "-" closes many a menu line ("NEWS, Local -").
LONE_DATELINE_DASHES = frozenset({"--", "---", "—", "–"})

#: Section names that a menu line may pair as a city and a region ("HOME,
#: Sports —", "NEWS, Opinion --"); no lone dateline names them.
SECTION_WORDS = frozenset(
    {"home", "news", "sport", "sports", "opinion", "business", "world", "local", "politics", "weather"}
    | {"entertainment", "lifestyle", "tech", "technology", "health", "travel", "video", "photos", "more"}
)


def _is_lone_dateline(place: str, dash: str) -> bool:
    """A city in capitals, its region and a long dash, as news sites print AP
    copy on a line of its own: "NOUAKCHOTT, Mauritania --", "WASHINGTON, D.C. —".

    >>> _is_lone_dateline("RENO, Nev.", "--"), _is_lone_dateline("NEWS, Local", "-")
    (True, False)
    >>> _is_lone_dateline("HOME", "--"), _is_lone_dateline("NEWS, SPORTS", "--")
    (False, False)
    """
    city, comma, region = place.partition(",")
    return (
        bool(comma)
        and dash in LONE_DATELINE_DASHES
        and city.isupper()
        and REGION_RE.fullmatch(region) is not None
        and city.lower() not in SECTION_WORDS
        and region.strip().lower() not in SECTION_WORDS
    )


def _month_of(match: regex.Match[str]) -> int | None:
    groups = match.groupdict()
    month_word = groups.get("month") or groups.get("month_second")
    return None if month_word is None else month_number(month_word)


def _has_dateline_parts(form: DatelineForm, match: regex.Match[str], paragraph: str) -> bool:
    """A date that is one (a month, a day of 1 to 31), an agency, or a bare place before prose.

    Without a place, only a known agency stands alone ("(Bloomberg) --").
    """
    groups = match.groupdict()
    place, agency = groups.get("place"), groups.get("agency")
    if groups.get("date") is not None:
        day = int(groups.get("day") or groups.get("day_first") or 0)
        if _month_of(match) is None or not 1 <= day <= 31:
            return False
        if groups.get("no_comma") and place is not None and not place.split(",")[0].isupper():
            # "LONDON March 2 -" is a dateline; "Shares fell March 2 -" is not.
            return False
    if place is None:
        return agency is not None and agency.lower() in _KNOWN_AGENCIES
    if form.name == "bare-place":
        # Set apart by blanks: "VIENNA — The ...", not a notice's "SIEGEL--Jerome".
        spaced = paragraph[match.start("dash") - 1 : match.start("dash")] == " "
        rest = paragraph[match.end() :]
        if spaced and not rest.strip():
            return _is_lone_dateline(place, match["dash"])
        return spaced and _is_bare_dateline(place, rest)
    return True


def _match_form(paragraph: str) -> tuple[DatelineForm, regex.Match[str]] | None:
    for form in DATELINE_FORMS:
        match = form.pattern.match(paragraph)
        if match is not None and _has_dateline_parts(form, match, paragraph):
            return form, match
    return None


def parse_dateline(paragraph: str, *, reference: dt.date | dt.datetime | None = None) -> Dateline | None:
    """Return the dateline opening ``paragraph``, or ``None``.

    ``reference`` (the page's date, e.g. its timestamp) gives the year of a
    date written without one; without it ``date`` stays ``None``. The
    dateline's ``span`` is relative to ``paragraph`` and leaves out a byline
    run into it, which comes back as the dateline's ``byline``.

    >>> dateline = parse_dateline("WASHINGTON, July 29 (Reuters) - The U.S. said.", reference=dt.date(2023, 8, 1))
    >>> dateline.place, dateline.date_text, dateline.agency, dateline.dash, dateline.date
    ('WASHINGTON', 'July 29', 'Reuters', '-', datetime.date(2023, 7, 29))
    >>> parse_dateline("****LONDON, March 2 - Sterling fell.").form
    'place-date'
    >>> parse_dateline("U.S. officials said on Friday - in a statement.") is None
    True
    """
    if not isinstance(paragraph, str):
        raise TypeError(f"parse_dateline() expects a str paragraph, got {type(paragraph).__name__}")
    if reference is not None and not isinstance(reference, dt.date):
        raise TypeError(
            f"parse_dateline() expects a date, a datetime or None as reference, got {type(reference).__name__}"
        )
    if not any(dash in paragraph for dash in DASH_CHARACTERS):
        return None
    found = _match_form(paragraph)
    if found is None:
        return None
    form, match = found
    groups = match.groupdict()
    place, agency = groups.get("place"), groups.get("agency")
    start = match.start("artefact") if match["artefact"] else match.start("place") if place else match.start()
    if match["byline"]:
        start = match.end("byline")
    raw = paragraph[start : match.end("dash")]
    month = _month_of(match)
    if place is not None and not _is_place(place, agency=agency, has_date=month is not None, raw=raw):
        return None
    day = groups.get("day") or groups.get("day_first")
    date = None
    if month is not None and day is not None:
        year = groups.get("year")
        date = resolve_date(month, int(day), None if year is None else int(year), _reference_date(reference))
    return Dateline(
        raw=raw,
        place=place,
        agency=agency,
        span=Span(start=start, end=match.end("dash")),
        date_text=groups.get("date"),
        date=date,
        dash=match["dash"],
        byline=_run_in_byline(match),
        form=form.name,
    )


def _run_in_byline(match: regex.Match[str]) -> Byline | None:
    if not match["byline"]:
        return None
    text = match["byline"].strip()
    names = tuple(name.strip() for name in regex.split(r"\ (?:and|&)\ ", text[3:]) if name.strip())
    return Byline(
        text=text, span=Span(start=match.start("byline"), end=match.start("byline") + len(text)), names=names
    )
