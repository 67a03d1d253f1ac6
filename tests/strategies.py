"""Hypothesis strategies that build pages from known parts.

Each strategy returns text whose structure the test knows: words, wrapped
paragraphs, wire stories with a dateline and a sign-off.
"""

from __future__ import annotations

import textwrap

from hypothesis import strategies as st

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
