"""Hypothesis strategies for wireparse, in one place.

Strategy: build pages from known parts, the way scraped news pages are made: a
headline, a photo caption, a timestamp line, body paragraphs made of
sentences, and navigation noise (a "Most read" heading with its link items,
separators, share, subscribe and cookie lines), joined by one line-ending
style, with blank lines between. Each part is built from small vocabularies
of real forms, so a property that fails points at a kind of page, not at
random bytes. Separate strategies give arbitrary text (every code point,
surrogates and line separators included) for totality.

Sections below are grouped by part (wire stories, arbitrary text, scraped
pages and their noise, pages from the noise lexicon); add a new part as a
new section.
"""

from __future__ import annotations

import textwrap

from hypothesis import strategies as st

from wireparse.lexicons import NOISE_LINES

# -- wire stories: words, wrapped paragraphs, datelines, sign-offs -----------

#: Plain words: letters only, so no line of a wrapped paragraph ends a sentence.
words = st.text(alphabet="abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ", min_size=1, max_size=10)

#: A paragraph of prose: 12 to 60 words, ending with a full stop.
paragraphs = st.lists(words, min_size=12, max_size=60).map(lambda tokens: " ".join(tokens) + ".")

#: Wrap widths of plain-text feeds (Reuters-21578 wraps near 65).
wrap_widths = st.integers(min_value=50, max_value=80)

#: A dateline as Reuters-21578 and today's wires write them.
datelines = st.sampled_from(
    [
        "LONDON, March 2 - ",
        "ROCHESTER, N.Y., Feb 26 - ",
        "KYIV, July 29 (Reuters) - ",
        "WASHINGTON (AP) — ",
        "SAN JOSE, Costa Rica, July 29 (Reuters) - ",
        "TOKYO (Kyodo) -- ",
    ]
)

#: Line terminators a page may use.
line_ends = st.sampled_from(["\n", "\r\n", "\r"])


def wrap_indented(paragraph: str, width: int) -> list[str]:
    """Wrap ``paragraph`` as Reuters-21578 does: first line indented four spaces, the rest flush."""
    return textwrap.wrap(paragraph, width=width, initial_indent="    ", break_long_words=False)


@st.composite
def indented_pages(draw: st.DrawFn) -> tuple[str, list[str]]:
    """A page of indented, wrapped paragraphs, and the paragraphs it was built from."""
    texts = draw(st.lists(paragraphs, min_size=1, max_size=5))
    width = draw(wrap_widths)
    end = draw(line_ends)
    lines = [line for text in texts for line in wrap_indented(text, width)]
    return end.join(lines), texts


@st.composite
def blank_separated_pages(draw: st.DrawFn) -> str:
    """A page of wrapped paragraphs separated by blank lines, none indented."""
    texts = draw(st.lists(paragraphs, min_size=1, max_size=5))
    width = draw(wrap_widths)
    return "\n\n".join("\n".join(textwrap.wrap(text, width=width)) for text in texts)


@st.composite
def wire_stories(draw: st.DrawFn) -> tuple[str, list[str], str]:
    """A whole wire story (title, dateline, wrapped paragraphs, sign-off), its paragraphs and dateline."""
    texts = draw(st.lists(paragraphs, min_size=1, max_size=4))
    dateline = draw(datelines)
    width = draw(wrap_widths)
    end = draw(line_ends)
    lines = ["COMPANY <CO> SEES HIGHER PROFIT"]
    for number, text in enumerate(texts):
        lines += wrap_indented(dateline + text if number == 0 else text, width)
    lines.append(" Reuter")
    return end.join(lines), texts, dateline.strip()


#: Lines a scraped page has: stripped (a scraper that writes one block a line
#: collapses and strips whitespace), never wrapped.
scraped_lines = st.text(
    alphabet=st.characters(
        blacklist_categories=("Cs", "Cc", "Zl", "Zp"), blacklist_characters="\r\n\x0b\x0c\x1c\x1d\x1e\x85"
    ),
    min_size=1,
    max_size=200,
).filter(lambda line: line.strip() != "" and line == line.strip())

# -- line endings and whitespace -------------------------------------------

#: The three line terminators wireparse splits on.
LINE_ENDINGS = ("\n", "\r\n", "\r")

line_endings = st.sampled_from(LINE_ENDINGS)

#: Whitespace a scraper leaves at the end of a line: spaces, tabs, no-break spaces.
trailing_whitespace = st.text(alphabet=" \t\u00a0", max_size=4)

# -- arbitrary text, for totality -------------------------------------------

#: Characters that have broken text parsers: controls, every Unicode line and
#: paragraph separator, byte-order marks, zero-width marks, lone surrogates.
AWKWARD_CHARACTERS = (
    "\x00",
    "\x0b",
    "\x0c",
    "\x1c",
    "\x1d",
    "\x1e",
    "\x85",
    "\u2028",
    "\u2029",
    "\ufeff",
    "\u200b",
    "\ud800",
    "\udfff",
    "\r",
    "\n",
    "\r\n",
    "\t",
    " ",
    "\u00a0",
    "“",
    "”",
    '"',
    "-",
    "—",
    ".",
)

#: Any code point, surrogates included.
any_character = st.characters(exclude_categories=())

#: Short text of any characters, with the awkward ones drawn often.
arbitrary_text = st.lists(
    st.one_of(st.sampled_from(AWKWARD_CHARACTERS), st.text(any_character, max_size=8)),
    max_size=40,
).map("".join)


@st.composite
def long_lines(draw: st.DrawFn) -> str:
    """One long line: a short unit repeated up to 20,000 times."""
    unit = draw(st.text(any_character, min_size=1, max_size=3))
    return unit * draw(st.integers(min_value=1, max_value=20_000))


@st.composite
def many_lines(draw: st.DrawFn) -> str:
    """Up to 5,000 short lines, with one line-ending style or a mix."""
    lines = draw(st.lists(st.text(any_character, max_size=4), min_size=1, max_size=4))
    count = draw(st.integers(min_value=1, max_value=5_000))
    endings = draw(st.lists(line_endings, min_size=1, max_size=3))
    return "".join(lines[i % len(lines)] + endings[i % len(endings)] for i in range(count))


#: Text for totality: short and odd, one long line, or many lines.
any_page = st.one_of(arbitrary_text, long_lines(), many_lines())

# -- the article's parts ------------------------------------------------------

SUBJECTS = (
    "The minister",
    "Officials in the capital",
    "The company",
    "Ukraine’s defense ministry",
    "The central bank",
    "Local residents",
    "The United Nations",
    "Police",
    "The prime minister’s office",
)
VERBS = (
    "said",
    "announced",
    "confirmed",
    "warned",
    "reported",
    "expected",
    "denied",
)
CONTENTS = (
    "the talks would resume next week",
    "prices had risen for a third month in a row",
    "there was no evidence of a cover-up",
    "the bridge would reopen to traffic on Monday",
    "it was too early to say how many people had been hurt",
    "the plan had been approved by a majority of members",
)
TAILS = ("", " on Saturday", " in a statement", " after the meeting", " late on Tuesday")


@st.composite
def sentences(draw: st.DrawFn) -> str:
    """A sentence of news prose, forward ("X said Y.") or inverted ("Y, X said.")."""
    subject = draw(st.sampled_from(SUBJECTS))
    verb = draw(st.sampled_from(VERBS))
    content = draw(st.sampled_from(CONTENTS))
    tail = draw(st.sampled_from(TAILS))
    if draw(st.booleans()):
        return f"{subject} {verb}{tail} that {content}."
    return f"{content[0].upper()}{content[1:]}, {subject[0].lower()}{subject[1:]} {verb}{tail}."


#: A body paragraph: one to four sentences.
prose_paragraphs = st.lists(sentences(), min_size=1, max_size=4).map(" ".join)

HEADLINE_WORDS = (
    "Talks",
    "Resume",
    "After",
    "Storm",
    "Prices",
    "Rise",
    "Minister",
    "Warns",
    "Bank",
    "Holds",
    "Rates",
    "Bridge",
    "Reopens",
    "Election",
    "Results",
    "Delayed",
)

#: A title-case line without a closing full stop, as headlines and linked
#: headlines in a "Most read" list are written.
titles = st.lists(st.sampled_from(HEADLINE_WORDS), min_size=3, max_size=9).map(" ".join)

#: A photo caption, with a picture date and a credit.
captions = st.builds(
    "{} poses for a photo during a meeting in {}, {}. Picture taken {}. REUTERS/{}".format,
    st.sampled_from(("The minister", "A delegate", "The president")),
    st.sampled_from(("Vladivostok, Russia", "Geneva, Switzerland", "Tokyo, Japan")),
    st.sampled_from(("April 25, 2019", "July 3, 2021")),
    st.sampled_from(("April 25, 2019", "July 3, 2021")),
    st.sampled_from(("Kim Kyung-Hoon", "Denis Balibouse")),
)

#: A byline line.
byline_lines = st.sampled_from(
    (
        "By Jane Doe",
        "By Jane Doe and John Roe, Reuters",
        "By JANE DOE, Associated Press",
        "Jane Doe, Staff Writer",
    )
)

#: A timestamp line as news sites print it.
timestamp_lines = st.sampled_from(
    (
        "16:34 JST, July 30, 2023",
        "July 30, 2023 4:34 PM",
        "Published: 30 July 2023",
        "Updated July 30, 2023 11:02 a.m. ET",
        "2023-07-30T16:34:00+09:00",
    )
)

# -- navigation noise ---------------------------------------------------------

#: Headings that open a list of links.
LIST_HEADINGS = ("Most read", "MOST POPULAR", "Trending now", "Related stories", "ACCESS RANKING")
#: Lines of a page's furniture that are noise whatever stands around them.
SEPARATORS = ("-", "—", "* * *", "|", "•", "___")
SHARE_LINES = ("Share", "Share on Facebook", "Tweet", "Email", "Print", "Share this article")
SUBSCRIBE_LINES = ("Subscribe", "Sign up for our newsletter", "Log in", "Register")
COOKIE_LINES = ("Privacy Policy", "Terms of Use", "Cookie settings", "© 2023 The Japan News")


@st.composite
def link_lists(draw: st.DrawFn) -> list[str]:
    """A list heading and its linked headlines, with or without separators."""
    heading = draw(st.sampled_from(LIST_HEADINGS))
    separator = draw(st.one_of(st.none(), st.sampled_from(SEPARATORS)))
    lines = [heading]
    for title in draw(st.lists(titles, min_size=1, max_size=6)):
        if separator is not None:
            lines.append(separator)
        lines.append(title)
    return lines


#: One noise line standing alone.
lone_noise_lines = st.sampled_from(SEPARATORS + SHARE_LINES + SUBSCRIBE_LINES + COOKIE_LINES)

#: A run of noise: a link list or a few lone noise lines.
noise_blocks = st.one_of(link_lists(), st.lists(lone_noise_lines, min_size=1, max_size=4))


def join_lines(lines: list[str], ending: str) -> str:
    """Join ``lines`` into a page with ``ending`` after each line."""
    return "".join(line + ending for line in lines)


@st.composite
def noise_pages(draw: st.DrawFn) -> str:
    """A page made only of navigation noise and blank lines."""
    lines: list[str] = []
    for block in draw(st.lists(noise_blocks, min_size=1, max_size=5)):
        lines.extend(block)
        lines.extend([""] * draw(st.integers(min_value=0, max_value=2)))
    return join_lines(lines, draw(line_endings))


@st.composite
def article_pages(draw: st.DrawFn) -> str:
    """A page built from known parts: noise, headline, byline, caption, timestamp, body, noise."""
    lines: list[str] = []
    if draw(st.booleans()):
        lines.extend(draw(noise_blocks))
    if draw(st.booleans()):
        lines.append(draw(titles))
    if draw(st.booleans()):
        lines.append(draw(byline_lines))
    if draw(st.booleans()):
        lines.append(draw(captions))
    if draw(st.booleans()):
        lines.append(draw(timestamp_lines))
    # A wire story opens its first paragraph with a dateline.
    opening = draw(st.one_of(st.just(""), datelines))
    for number, paragraph in enumerate(draw(st.lists(prose_paragraphs, min_size=1, max_size=6))):
        lines.append(opening + paragraph if number == 0 else paragraph)
        if draw(st.booleans()):
            lines.append("")
    if draw(st.booleans()):
        lines.extend(draw(noise_blocks))
    return join_lines(lines, draw(line_endings))


# -- Pages: article parts and navigation noise --------------------------------
#
# An article is a headline over paragraphs of running prose; noise is any
# line of the noise lexicon (:data:`wireparse.lexicons.NOISE_LINES`). Pages
# built from them let the tests add, remove and shuffle noise around an
# article whose paragraphs are known.

#: Headlines of made-up stories.
HEADLINES = (
    "Council approves new flood barrier",
    "Storm closes mountain pass for third day",
    "Ferry strike ends after two weeks",
    "Researchers map the deep currents of the southern ocean",
)

#: Paragraphs of running prose, a paragraph a line as scrapers write them:
#: each longer than a wire service's wrapped line (180 characters and more),
#: so that no page built from them reads as hard-wrapped.
PARAGRAPHS = (
    "The city council on Tuesday approved a new flood barrier for the river quarter, ending a decade of "
    "debate over how best to protect the low-lying streets from the winter floods that come every year.",
    "The barrier is expected to cost about 40 million euros and will take three years to build, officials "
    "said, adding that most of the money would come from the regional government in the capital.",
    "Residents who have been flooded four times since 2010 welcomed the vote at a meeting in the town hall, "
    "although some shop owners said they feared the works would keep their customers away for years.",
    "Snow and high winds kept the mountain pass closed for a third day, and road crews said it could stay "
    "shut until the weekend if the storm did not ease by Thursday night, when the wind was forecast to drop.",
    "More than two hundred lorries were waiting at the foot of the pass, where the police had set up a "
    "temporary car park in a field and volunteers handed out hot soup to the waiting drivers all night.",
    "The union agreed on Sunday to end a strike that had cut off the islands from the mainland for two "
    "weeks, after the ferry company raised its pay offer for the second time in a month of talks.",
    "It was not enough for some of the members, who said they would keep pressing the company for more "
    "and would vote again in the spring if nothing had changed by then, a union spokesman said.",
    "The first ferries will sail on Monday morning, the company said in a statement on its website, and "
    "extra boats will run all week to clear the backlog of cars, vans and lorries at the ports.",
)

#: A noise line long enough that a page holding it never reads as hard-wrapped.
LONG_NOISE_LINE = (
    "Copyright 2024 Example Media Group. All rights reserved. This material may not be published, "
    "broadcast, rewritten or redistributed in any form without the prior written permission of the publisher."
)

#: Every noise line of the lexicon.
ALL_NOISE_LINES = tuple(line for lines in NOISE_LINES.values() for line in lines)


@st.composite
def articles(draw: st.DrawFn) -> tuple[str, tuple[str, ...]]:
    """A headline and one to five paragraphs, in page order."""
    headline = draw(st.sampled_from(HEADLINES))
    paragraphs = draw(st.lists(st.sampled_from(PARAGRAPHS), min_size=1, max_size=5, unique=True))
    return headline, tuple(paragraphs)


def noise_lines(max_size: int = 12) -> st.SearchStrategy[list[str]]:
    """A mix of noise lines from the lexicon."""
    return st.lists(st.sampled_from(ALL_NOISE_LINES), max_size=max_size)


def page_of(above: list[str], headline: str, paragraphs: tuple[str, ...], below: list[str]) -> str:
    """Join noise, the article and more noise into a page, one block a line."""
    return "\n".join([*above, headline, *paragraphs, *below]) + "\n"


# -- attributions ----------------------------------------------------------------
# Sentences whose attribution (source, cue, content) is known by construction, and
# sentences with none. Each sentence is meant to be its own paragraph.

SOURCES = (
    "the minister",
    "the central bank",
    "Jane Doe",
    "officials",
    "the newspaper",
    "a spokesman for the firm",
)
CLAUSE_SUBJECTS = ("rates", "the talks", "prices", "the plant", "exports", "the border")
CLAUSE_PREDICATES = (
    "will rise",
    "would resume next week",
    "fell in March",
    "was closed",
    "could change soon",
)
#: Names and the appositions or relative clauses that follow them after an
#: inverted cue: "…,” said Jane Doe, 31, of Leeds.
NAMES = ("Jane Doe", "John Smith")
APPOSITIONS = (
    "an analyst at the bank",
    "who advises the ministry",
    "31, of Leeds",
    "a former aide, who left in May",
)
EVIDENCE = ("a new poll", "the survey", "the study")
PLAIN_SENTENCES = (
    "The bridge reopened on Monday after repairs.",
    "Markets were closed for the holiday.",
    "Snow fell across the north of the country.",
    "The team won its third game in a row.",
)

#: (source, cue, content) of an attribution as found by ``find_attributions``.
Triple = tuple[str | None, str, str]


def _capitalised(text: str) -> str:
    return text[:1].upper() + text[1:]


@st.composite
def clauses(draw: st.DrawFn) -> str:
    """A short clause with no verb of saying: "rates will rise"."""
    return f"{draw(st.sampled_from(CLAUSE_SUBJECTS))} {draw(st.sampled_from(CLAUSE_PREDICATES))}"


@st.composite
def attributed_sentences(draw: st.DrawFn) -> tuple[str, tuple[Triple, ...]]:
    """A sentence and the attributions it holds (none for a plain sentence)."""
    source = draw(st.sampled_from(SOURCES))
    clause = draw(clauses())
    form = draw(
        st.sampled_from(("forward", "inverted", "according", "quoted", "apposition", "evidence", "plain"))
    )
    if form == "forward":
        return f"{_capitalised(source)} said that {clause}.", (
            (_capitalised(source), "said", f"that {clause}"),
        )
    if form == "inverted":
        return f"{_capitalised(clause)}, {source} said.", ((source, "said", _capitalised(clause)),)
    if form == "according":
        return f"According to {source}, {clause}.", ((source, "According to", clause),)
    if form == "quoted":
        quote = f"“{_capitalised(clause)},”"
        return f"{quote} {source} said.", ((source, "said", quote),)
    if form == "apposition":
        quote = f"“{_capitalised(clause)},”"
        speaker = f"{draw(st.sampled_from(NAMES))}, {draw(st.sampled_from(APPOSITIONS))}"
        return f"{quote} said {speaker}.", ((speaker, "said", quote),)
    if form == "evidence":
        evidence = draw(st.sampled_from(EVIDENCE))
        return f"{_capitalised(evidence)} shows {clause}.", ((_capitalised(evidence), "shows", clause),)
    return draw(st.sampled_from(PLAIN_SENTENCES)), ()


def article_bodies(
    min_size: int = 1, max_size: int = 8
) -> st.SearchStrategy[list[tuple[str, tuple[Triple, ...]]]]:
    """Lists of sentences with their attributions, one paragraph each."""
    return st.lists(attributed_sentences(), min_size=min_size, max_size=max_size)


#: Lines that the noise stage labels as navigation.
NOISE_LINES = ("Share this article", "Sign in", "Subscribe", "POPULAR ARTICLES", "-", "Terms of Use")


# -- other renderers -------------------------------------------------------------
# The same article as a text renderer writes it: menus one item a line,
# paragraphs hard-wrapped at the renderer's width, blank lines between blocks.

#: Menu items as a renderer writes a site's navigation: short, one a line.
MENU_ITEMS = ("Home", "News", "Sport", "Business", "Weather", "Local Dating", "Jobs", "Contact Us")

#: Widths text renderers wrap at: Python's textwrap 70, html2text 78, w3m 80.
renderer_widths = st.integers(min_value=60, max_value=100)


@st.composite
def rendered_articles(draw: st.DrawFn) -> tuple[list[str], str, tuple[str, ...]]:
    """Menu items, a headline and three to five paragraphs of 180 characters or more."""
    menu = draw(st.lists(st.sampled_from(MENU_ITEMS), min_size=1, max_size=8))
    headline = draw(st.sampled_from(HEADLINES))
    paragraphs = draw(st.lists(st.sampled_from(PARAGRAPHS), min_size=3, max_size=5, unique=True))
    return menu, headline, tuple(paragraphs)


def render_blocks(menu: list[str], headline: str, paragraphs: tuple[str, ...], width: int | None) -> str:
    """Write the parts with a blank line between blocks; wrap the paragraphs
    at ``width`` (``None``: one paragraph a line), breaking lines at blanks
    only, as text renderers do."""
    blocks = [
        *menu,
        headline,
        *(
            paragraph
            if width is None
            else "\n".join(textwrap.wrap(paragraph, width, break_long_words=False, break_on_hyphens=False))
            for paragraph in paragraphs
        ),
        "Most Read",
    ]
    return "\n\n".join(blocks) + "\n"
