"""Small text measures shared by the labelling stages.

Strategy: each function looks at one block's text and returns a number or a
yes/no; none looks at neighbours. All are linear in the text and use only
bounded patterns.
"""

from __future__ import annotations

import regex

#: Words that make up most of running prose in English and rarely stand in a
#: menu, a link or a headline. Used to tell sentences from labels.
STOPWORDS = frozenset(
    [
        "a",
        "an",
        "the",
        "and",
        "or",
        "but",
        "if",
        "then",
        "than",
        "that",
        "this",
        "these",
        "those",
        "there",
        "their",
        "they",
        "them",
        "he",
        "she",
        "it",
        "its",
        "his",
        "her",
        "we",
        "our",
        "you",
        "your",
        "i",
        "me",
        "my",
        "us",
        "who",
        "whom",
        "which",
        "what",
        "when",
        "where",
        "why",
        "how",
        "is",
        "are",
        "was",
        "were",
        "be",
        "been",
        "being",
        "am",
        "has",
        "have",
        "had",
        "do",
        "does",
        "did",
        "will",
        "would",
        "shall",
        "should",
        "can",
        "could",
        "may",
        "might",
        "must",
        "not",
        "no",
        "nor",
        "so",
        "as",
        "at",
        "by",
        "for",
        "from",
        "in",
        "into",
        "of",
        "on",
        "onto",
        "to",
        "with",
        "within",
        "without",
        "over",
        "under",
        "about",
        "after",
        "before",
        "between",
        "during",
        "also",
        "just",
        "only",
        "very",
        "more",
        "most",
        "some",
        "any",
        "all",
        "each",
        "both",
        "such",
        "own",
        "same",
        "other",
        "said",
        "says",
        "say",
        "according",
    ]
)

WORD_RE = regex.compile(r"\w+(?:['’]\w+)*", regex.VERSION1)
"""A word: letters or digits, with inner apostrophes ("don't", "Ukraine’s")."""

# A sentence ends in . ! ? … optionally followed by closing quotes/brackets.
SENTENCE_END_RE = regex.compile(r"""[.!?…][\"'”’»)\]]{0,3}\Z""")


def words(text: str) -> list[str]:
    """Return the words of ``text``.

    >>> words("Ukraine’s defense ministry, it said.")
    ['Ukraine’s', 'defense', 'ministry', 'it', 'said']
    """
    return WORD_RE.findall(text)


def stopword_share(tokens: list[str]) -> float:
    """Share of ``tokens`` that are stopwords (0.0 for no tokens).

    >>> stopword_share(["The", "report", "said"])
    0.6666666666666666
    """
    if not tokens:
        return 0.0
    return sum(1 for token in tokens if token.lower() in STOPWORDS) / len(tokens)


def ends_like_sentence(text: str) -> bool:
    """True when ``text`` ends as a sentence does.

    >>> ends_like_sentence("North Korea and Russia deny it.")
    True
    >>> ends_like_sentence("Most Read")
    False
    """
    return SENTENCE_END_RE.search(text[-8:]) is not None


def capitalised_share(tokens: list[str]) -> float:
    """Share of non-stopword alphabetic tokens that start with a capital letter.

    Headlines in title case and menu items score near 1; prose scores low.

    >>> capitalised_share(["Shooter", "Kills", "At", "Least", "Nine"])
    1.0
    """
    content = [token for token in tokens if token[0].isalpha() and token.lower() not in STOPWORDS]
    if not content:
        return 0.0
    return sum(1 for token in content if token[0].isupper()) / len(content)
