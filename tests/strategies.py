"""Hypothesis strategies shared by the property tests: pages built from known parts."""

from __future__ import annotations

from hypothesis import strategies as st

from wireparse.lexicons import NOISE_LINES

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

#: Paragraphs of running prose, each a full sentence or two.
PARAGRAPHS = (
    "The city council on Tuesday approved a new flood barrier for the river quarter, ending a decade of debate.",
    "The barrier is expected to cost about 40 million euros and will take three years to build, officials said.",
    "Residents who have been flooded four times since 2010 welcomed the vote at a meeting in the town hall.",
    "Snow and high winds kept the mountain pass closed for a third day, and road crews said it could stay shut.",
    "More than two hundred lorries were waiting at the foot of the pass, where the police had set up a car park.",
    "The union agreed on Sunday to end a strike that had cut off the islands from the mainland for two weeks.",
    "It was not enough for some of the members, who said they would keep pressing the company for more.",
    "The first ferries will sail on Monday morning, the company said in a statement on its website.",
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
