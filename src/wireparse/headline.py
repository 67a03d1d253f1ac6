"""Stage 5: find the headline above the article.

Strategy: the headline is a title-shaped block a little above the first body
paragraph; captions, bylines, timestamps and anything the lexicon called noise
are skipped. A page whose opening holds no such block has no headline. The
common "Headline | Site" title form keeps only the headline part.

Must never: take a caption, a byline, a menu item or a link-list item.
"""

from __future__ import annotations

import attrs
import regex

from wireparse.model import Block, BlockKind
from wireparse.text import ends_like_sentence, words

# How many non-blank blocks above the first paragraph are searched.
HEADLINE_WINDOW = 8
MIN_HEADLINE_WORDS = 2
MAX_HEADLINE_WORDS = 40
# Kinds the search passes over without stopping.
SKIPPED_KINDS = frozenset(
    {BlockKind.BLANK, BlockKind.CAPTION, BlockKind.BYLINE, BlockKind.TIMESTAMP, BlockKind.DATELINE}
)
# "Headline | Site", "Headline - Site Name"; the site part is short.
SITE_SUFFIX_RE = regex.compile(r"\s(?:\||-|–|—|::)\s[^|\n]{1,40}\Z")


def is_headline_shaped(text: str) -> bool:
    """True for a block that could be a headline: a few words, no closing full stop.

    >>> is_headline_shaped("MORT DENIES ALLARDYCE SPECULATION")
    True
    >>> is_headline_shaped("The club denied the reports on Monday, the paper said.")
    False
    """
    count = len(words(text))
    if not MIN_HEADLINE_WORDS <= count <= MAX_HEADLINE_WORDS:
        return False
    return not ends_like_sentence(text) or text.rstrip().endswith(("?", "!"))


def strip_site_name(text: str) -> str:
    """Drop a trailing site name from a title.

    A title in capitals is a wire slug, whose tail names the news source, not
    a site: it is kept whole.

    >>> strip_site_name("Mort denies Allardyce speculation | Sporting Life")
    'Mort denies Allardyce speculation'
    >>> strip_site_name("OPEC STICKING FIRM ON OFFICIAL PRICES - SUBROTO")
    'OPEC STICKING FIRM ON OFFICIAL PRICES - SUBROTO'
    """
    if text.isupper():
        return text
    return SITE_SUFFIX_RE.sub("", text)


def label_headline(blocks: tuple[Block, ...]) -> tuple[Block, ...]:
    """Label the headline block, if the page has one."""
    first_body = next((i for i, b in enumerate(blocks) if b.kind is BlockKind.BODY), None)
    if first_body is None:
        return blocks
    seen = 0
    for index in range(first_body - 1, -1, -1):
        block = blocks[index]
        if block.kind in SKIPPED_KINDS:
            continue
        seen += 1
        if seen > HEADLINE_WINDOW:
            break
        if block.kind in (BlockKind.BOILERPLATE, BlockKind.LINK_LIST, BlockKind.MENU) and is_headline_shaped(
            block.text
        ):
            headline = attrs.evolve(block, kind=BlockKind.HEADLINE, rule="title-above-body")
            return (*blocks[:index], headline, *blocks[index + 1 :])
    return blocks
