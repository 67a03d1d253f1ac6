"""Hypothesis strategies that build pages from known parts.

Each strategy returns text whose structure the test knows: words, wrapped
paragraphs, wire stories with a dateline and a sign-off.
"""

from __future__ import annotations

import textwrap

from hypothesis import strategies as st

from wireparse.lexicons import NOISE_LINES

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


#: Lines a scraped page has: flush left, never wrapped.
scraped_lines = st.text(
    alphabet=st.characters(
        blacklist_categories=("Cs", "Cc", "Zl", "Zp"), blacklist_characters="\r\n\x0b\x0c\x1c\x1d\x1e\x85"
    ),
    min_size=1,
    max_size=200,
).filter(lambda line: line.strip() != "" and line == line.lstrip())

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
