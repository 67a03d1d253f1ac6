"""Small text measures shared by the labelling stages.

Strategy: each function looks at one block's text and returns a number or a
yes/no; none looks at neighbours. All are linear in the text and use only
bounded patterns.
"""

from __future__ import annotations

import re

import regex

from wireparse.lexicons import DEFAULT_LANGUAGE
from wireparse.lexicons import STOPWORDS as LEXICON_STOPWORDS

#: Words that make up most of running prose in English and rarely stand in a
#: menu, a link or a headline. Used to tell sentences from labels.
STOPWORDS = LEXICON_STOPWORDS[DEFAULT_LANGUAGE]

WORD_RE = regex.compile(r"\w{1,100}(?:['’]\w{1,100}){0,8}", regex.VERSION1)
"""A word: letters or digits, with inner apostrophes ("don't", "Ukraine’s").

Bounded like every pattern here: a run of more than 100 word characters (a
token, a hash) counts as several words, which no measure of prose minds."""

# WORD_RE for a text of ASCII characters only, where both engines read ``\w``
# alike: the standard engine finds the same words there in half the time.
ASCII_WORD_RE = re.compile(r"\w{1,100}(?:'\w{1,100}){0,8}", re.ASCII)

# A sentence ends in . ! ? … (or the full-width 。！？ of Chinese and
# Japanese), optionally followed by closing quotes or brackets: "it said.”"
# ends one, "Most Read" does not.
# Literal characters only, so the standard engine reads it as the regex
# module would, at half the cost: it runs on every block, several times.
SENTENCE_END_RE = re.compile(r"""[.!?…。！？][\"'”’»)\]」』]{0,3}\Z""")

# A character of a script written without spaces between words (matches each
# of "東京都", "もちろん", "カタカナ"; not Hangul, which Korean spaces, nor
# Latin letters); such text counts one "word" per CHARACTERS_PER_WORD characters.
UNSPACED_CHARACTER_RE = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}]", regex.VERSION1)
CHARACTERS_PER_WORD = 2
# Below this share of its tokens found in a stopword list, a page is not read
# as being in that list's language.
MIN_LANGUAGE_SHARE = 0.08
# The language is told from blocks of at least LANGUAGE_MIN_BLOCK_WORDS words
# when they hold LANGUAGE_MIN_SAMPLE_WORDS words, and from at most
# LANGUAGE_MAX_SAMPLE_WORDS words: enough to tell, and a bounded cost.
LANGUAGE_MIN_BLOCK_WORDS = 8
LANGUAGE_MIN_SAMPLE_WORDS = 100
LANGUAGE_MAX_SAMPLE_WORDS = 3000


def words(text: str) -> list[str]:
    """Return the words of ``text``.

    >>> words("Ukraine’s defense ministry, it said.")
    ['Ukraine’s', 'defense', 'ministry', 'it', 'said']
    """
    if text.isascii():
        return ASCII_WORD_RE.findall(text)
    return WORD_RE.findall(text)


def stopword_share(tokens: list[str], stopwords: frozenset[str] = STOPWORDS) -> float:
    """Share of ``tokens`` that are in ``stopwords`` (0.0 for no tokens).

    >>> stopword_share(["The", "report", "said"])
    0.6666666666666666
    """
    if not tokens:
        return 0.0
    return sum(1 for token in tokens if token.lower() in stopwords) / len(tokens)


def word_count(text: str, tokens: list[str]) -> int:
    """How many words ``text`` holds, counting unspaced scripts by characters.

    Japanese and Chinese write a sentence as one long token; there every
    :data:`CHARACTERS_PER_WORD` characters count as a word, so that length
    rules mean the same in every script.

    >>> word_count("The talks resume.", words("The talks resume."))
    3
    >>> word_count("もちろん、Apple社は「脱獄」を認めていません。", ["もちろん", "Apple社は", "脱獄", "を認めていません"])
    8
    """
    if text.isascii():
        return len(tokens)
    unspaced = len(UNSPACED_CHARACTER_RE.findall(text))
    if not unspaced:
        return len(tokens)
    return max(len(tokens), unspaced // CHARACTERS_PER_WORD)


def _languages_of_stopwords() -> dict[str, tuple[str, ...]]:
    languages: dict[str, tuple[str, ...]] = {}
    for language, stopwords in LEXICON_STOPWORDS.items():
        for stopword in stopwords:
            languages[stopword] = (*languages.get(stopword, ()), language)
    return languages


# Each stopword with the languages whose list holds it: one lookup a token.
_LANGUAGES_OF_STOPWORD = _languages_of_stopwords()


def find_language(token_lists: list[list[str]]) -> str | None:
    """Return the code of the stopword list covering most of the tokens, if any covers enough.

    ``None`` means no list fits (a page in Korean or Japanese, or a page of
    numbers): the stopword measure should then be left out.

    >>> find_language([words("Die Regierung hat erklärt, dass die Gespräche weitergehen.")])
    'de'
    >>> find_language([words("The minister said the talks would resume.")])
    'en'
    >>> find_language([["류화영의", "폭로에", "대해"]]) is None
    True
    """
    counts = dict.fromkeys(LEXICON_STOPWORDS, 0)
    total = 0
    # Running text tells the language; menus and names do not. Blocks of a
    # few words are left out when there is enough running text without them.
    long_lists = [tokens for tokens in token_lists if len(tokens) >= LANGUAGE_MIN_BLOCK_WORDS]
    if sum(len(tokens) for tokens in long_lists) >= LANGUAGE_MIN_SAMPLE_WORDS:
        token_lists = long_lists
    for tokens in token_lists:
        if total >= LANGUAGE_MAX_SAMPLE_WORDS:
            break
        total += len(tokens)
        for token in tokens:
            for language in _LANGUAGES_OF_STOPWORD.get(token.lower(), ()):
                counts[language] += 1
    if not total:
        return DEFAULT_LANGUAGE
    best = max(counts, key=lambda language: (counts[language], language == DEFAULT_LANGUAGE))
    return best if counts[best] >= MIN_LANGUAGE_SHARE * total else None


def ends_like_sentence(text: str) -> bool:
    """True when ``text`` ends as a sentence does.

    >>> ends_like_sentence("North Korea and Russia deny it.")
    True
    >>> ends_like_sentence("Most Read")
    False
    """
    return SENTENCE_END_RE.search(text[-8:]) is not None


def token_shares(tokens: list[str], stopwords: frozenset[str] | None) -> tuple[float | None, float]:
    """Return ``(stopword share, capitalised share)`` of ``tokens`` in one pass.

    The stopword share is ``None`` when ``stopwords`` is ``None``; the
    capitalised share counts English content words, as :func:`capitalised_share`.

    >>> token_shares(["The", "report", "said", "Monday"], STOPWORDS)
    (0.5, 0.5)
    """
    if not tokens:
        return (None if stopwords is None else 0.0), 0.0
    in_list = content = capitalised = 0
    for token in tokens:
        lowered = token.lower()
        if stopwords is not None and lowered in stopwords:
            in_list += 1
        if lowered not in STOPWORDS and token[0].isalpha():
            content += 1
            if token[0].isupper():
                capitalised += 1
    share = None if stopwords is None else in_list / len(tokens)
    return share, (capitalised / content if content else 0.0)


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


def holds_a_cue(text: str, cues: tuple[str, ...]) -> bool:
    """True when ``text`` holds one of ``cues``, or when there are no cues.

    A rule lists fragments that every match of its pattern contains; a text
    holding none of them cannot match, and the pattern need not run.

    >>> holds_a_cue("(AP Photo/Evan Vucci)", ("AP Photo", "REUTERS/"))
    True
    >>> holds_a_cue("The minister said so.", ("AP Photo", "REUTERS/"))
    False
    >>> holds_a_cue("anything", ())
    True
    """
    if not cues:
        return True
    # A plain loop, not any(): it runs for every rule on nearly every block.
    for cue in cues:  # noqa: SIM110
        if cue in text:
            return True
    return False


# Markdown that text renderers (html2text, pandoc, markdownify) write around a
# block's words. Each rule removes its markers and keeps the words, so that
# the labelling features read "## You may also like" as "You may also like".
# Every marker must touch a word on its inner side, so a lone "*" or "_" in
# running text, or "2 * 3", stays.
MARKUP_RULES: tuple[tuple[str, regex.Pattern[str], str], ...] = (
    # An image or a link: "[Read more](/news/1)" -> "Read more",
    # "![Photo](a.jpg)" -> "Photo"; not "[sic]" or "(AP)".
    (
        "link",
        regex.compile(
            r"""!?\[([^\[\]\n]{0,300})\](?:\([^()\s]{0,500}(?:\ "[^"\n]{0,200}")?\)|\[[^\[\]\n]{0,60}\])"""
        ),
        r"\1",
    ),
    # Heading hashes at the start (and closing hashes at the end):
    # "## Most read" -> "Most read"; not "#MeToo" or "No. 1".
    ("heading", regex.compile(r"\A\#{1,6}[ \t]{1,4}|[ \t]{1,4}\#{1,6}\Z"), ""),
    # A quotation mark at the start: "> He said" -> "He said".
    ("quote", regex.compile(r"\A(?:>[ \t]{0,4}){1,4}(?=\S)"), ""),
    # A list bullet or number at the start: "* Popular" -> "Popular",
    # "1. Iowa" -> "Iowa"; not "*nix" or "2008 was".
    ("bullet", regex.compile(r"\A(?:[*+\-•]|\d{1,3}[.)])[ \t]{1,4}(?=\S)"), ""),
    # A backslash that escapes markdown punctuation: "10\. Vista" -> "10. Vista"
    # (after the bullets: the escape says "10." is no list number);
    # not "C:\Users".
    ("escape", regex.compile(r"\\([\\`*_{}\[\]()#+\-.!|>])"), r"\1"),
    # Emphasis markers touching a word: "**Most Read**" -> "Most Read",
    # "_By Kevin Affleck_" -> "By Kevin Affleck"; not "snake_case" or "2 * 3".
    (
        "emphasis",
        regex.compile(r"(?:(?<![\w*])[*_]{1,3}(?=[^\s*_])|(?<=[^\s*_])[*_]{1,3}(?![\w*]))"),
        "",
    ),
    # Emphasis left empty, standing alone: "porn **" -> "porn", "****" -> "";
    # not the single "*" of "2 * 3".
    ("empty-emphasis", regex.compile(r"(?<!\S)(?:\*{2,6}|_{2,6})(?!\S)"), ""),
)

# Characters that any rule of MARKUP_RULES needs: text without them is left
# as it is at the cost of one scan.
_MARKUP_CHARACTERS = frozenset("[#>*+-•_0123456789")
# Characters inside a block that may start markup: "*", "_", "[" and "\\"
# (tested one by one in strip_markup).


def strip_markup(text: str, *, keep_bullet: bool = False) -> str:
    """Return ``text`` without the markdown a text renderer wrote around its words.

    The features of a block (its words, casing, sentence ending, lexicon
    matches) are read from this view; the block's own text is left as the
    page has it. ``keep_bullet`` leaves a list bullet in place, for the
    measures that tell a list item by it.

    >>> strip_markup("## You may also like")
    'You may also like'
    >>> strip_markup("* **Popular**")
    'Popular'
    >>> strip_markup("* Sales rose 5%", keep_bullet=True)
    '* Sales rose 5%'
    >>> strip_markup("_ByKevin Affleck_")
    'ByKevin Affleck'
    >>> strip_markup("[Read more](http://example.com/a) about it")
    'Read more about it'
    >>> strip_markup("10\\\\. Vista - businesses not convinced **")
    '10. Vista - businesses not convinced'
    >>> strip_markup("snake_case and 2 * 3 stay, and so does #MeToo")
    'snake_case and 2 * 3 stay, and so does #MeToo'
    """
    # Tested without a generator: every block of a page comes here twice.
    if (
        text[:1] not in _MARKUP_CHARACTERS
        and "*" not in text
        and "_" not in text
        and "[" not in text
        and "\\" not in text
    ):
        return text
    for name, pattern, replacement in MARKUP_RULES:
        if keep_bullet and name == "bullet":
            continue
        text = pattern.sub(replacement, text)
    return text.strip()


# A gap between columns that a layout-keeping renderer (inscriptis, lynx,
# w3m) pads with blanks: "Europe                   Gulf states urge peace"
# has one; "said.  The" (two blanks after a full stop) has not.
COLUMN_GAP_RE = regex.compile(r"[ \t\u00a0]{3,400}")
# The bar between the cells of a markdown table row, which html2text writes
# for a layout table: "|  Jewell close to striker move| 17:20, Jan 1 2008".
# Used only in a row that opens with a bar or sets a bar right after a cell's
# text, as html2text does, so "News | Sport" is left alone.
CELL_BAR_RE = regex.compile(r"[ \t\u00a0]{0,400}\|[ \t\u00a0]{0,400}|[ \t\u00a0]{3,400}")
# A markdown table row: matches "|  Jewell close", "**Skrtel close to Reds
# switch**|  16:10"; not "News | Sport".
MARKDOWN_ROW_RE = regex.compile(r"\A\||\S\|")


def widest_cell(text: str) -> str:
    """The longest column of a line that a renderer laid out in columns, or
    ``text`` when it has no column gap.

    A renderer that keeps the page's layout sets a menu and the article side
    by side on one line; the features of the line are read from its longest
    cell, which is most often the article's.

    >>> widest_cell("Europe                   Gulf states urge peace with Iran")
    'Gulf states urge peace with Iran'
    >>> widest_cell("|  Jewell close to striker move| 17:20, Jan 1 2008")
    'Jewell close to striker move'
    >>> widest_cell("The talks resume.  Officials said so.")
    'The talks resume.  Officials said so.'
    """
    if "|" in text and MARKDOWN_ROW_RE.search(text) is not None:
        cells = CELL_BAR_RE.split(text)
    elif "   " not in text and "\u00a0" not in text and "\t" not in text:
        return text
    else:
        cells = COLUMN_GAP_RE.split(text)
    if len(cells) < 2:
        return text
    return max(cells, key=len).strip() or text
