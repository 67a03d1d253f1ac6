"""Hypothesis strategies that build text from known parts."""

from __future__ import annotations

from hypothesis import strategies as st

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
    form = draw(st.sampled_from(("forward", "inverted", "according", "quoted", "plain")))
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
    return draw(st.sampled_from(PLAIN_SENTENCES)), ()


def article_bodies(
    min_size: int = 1, max_size: int = 8
) -> st.SearchStrategy[list[tuple[str, tuple[Triple, ...]]]]:
    """Lists of sentences with their attributions, one paragraph each."""
    return st.lists(attributed_sentences(), min_size=min_size, max_size=max_size)


#: Lines that the noise stage labels as navigation.
NOISE_LINES = ("Share this article", "Sign in", "Subscribe", "POPULAR ARTICLES", "-", "Terms of Use")
