"""Stage 4: find the article body among the remaining blocks.

Strategy: measure each unlabelled block once (its shallow text features, as
in Kohlschütter's boilerplate detection: length, share of function words in
the page's language, sentence ending, casing) and score it for how much it
reads like prose; then take the contiguous run of blocks with the highest
total score, as boilerplate detectors do: the article is one mostly unbroken
run, and a short noisy gap inside it costs less than the prose on its far
side is worth. A comment section or a rights notice after the article is a
wall the run cannot cross, and prose beyond it counts for little: readers'
comments and a site's promotions are prose too, but they are not the
article. The run then starts below a headline that a little prose (a prompt)
stands above, and goes on over a list its last line announces ("The tour
dates are:"). Inside the run, prose, list items and short in-text lines are
body (the context decides for short blocks, as in jusText); outside it,
nothing is. A page with no prose at all (a table of results) falls back to
its densest run of text, started after its dateline.

Must never: call a block body because of what it says alone when it stands
far from the run; measure a block more than once.
"""

from __future__ import annotations

from collections.abc import Sequence

import attrs
import regex

from wireparse.lexicons import STOPWORDS as LEXICON_STOPWORDS
from wireparse.model import Block, BlockKind, relabel
from wireparse.noise import is_comment_heading, is_commenter_line, is_link_item, is_rights_notice
from wireparse.text import (
    ends_like_sentence,
    find_language,
    strip_markup,
    token_shares,
    widest_cell,
    word_count,
    words,
)

# Kinds that neither add to nor break the article run.
TRANSPARENT_KINDS = frozenset(
    {
        BlockKind.BLANK,
        BlockKind.CAPTION,
        BlockKind.BYLINE,
        BlockKind.TIMESTAMP,
        BlockKind.DATELINE,
        BlockKind.ADVERTISING,
        BlockKind.SEPARATOR,
    }
)
# The shares of function words and capitals are measured on a block's first
# this many words: enough to tell prose, and a bounded cost for long blocks.
SHARE_SAMPLE_WORDS = 64
# What a block that is not prose costs the run it stands in: a base cost and
# a cost a word, for at most NOT_PROSE_MAX_COSTED_WORDS words ("Advertisement"
# costs 9; a related link of a dozen words, 18).
NOT_PROSE_COST = 8.0
NOT_PROSE_WORD_COST = 1.0
NOT_PROSE_MAX_COSTED_WORDS = 10
# What a block the lexicon called noise costs.
NOISE_COST = 3.0
# What an item of a list inside the article costs ("• Sales rose 5%").
LIST_ITEM_COST = 1.0
MIN_PROSE_WORDS = 6
# Title case over this share marks a headline or a link, not a sentence...
MAX_PROSE_CAPITALISED_SHARE = 0.75
# ...unless the block is this long.
LONG_PROSE_WORDS = 40
# A block this long is prose even without a closing full stop.
UNENDED_PROSE_WORDS = 25
MIN_PROSE_STOPWORD_SHARE = 0.1
# A long block without a closing full stop must read the more like prose: a
# run-on of menu words or names is long and unended too.
MIN_UNENDED_PROSE_STOPWORD_SHARE = 0.25
# Even a long block is a list of names when nearly all its words are capitalised.
MAX_LONG_PROSE_CAPITALISED_SHARE = 0.9
# A teaser opens with six or more capitalised words, function words among
# them: "Police: 2 In Custody After Death Of U of M-Dearborn Student ...";
# not "NEW YORK (Reuters) - The ...", where a bracket breaks the run.
TITLE_RUN_RE = regex.compile(r"(?:[\p{Lu}\d$][\p{L}\d'’$&-]{0,30}[:,;?]?\ ){6,16}", regex.VERSION1)
TITLE_RUN_MIN_WORDS = 6
# The longest text a run of TITLE_RUN_MIN_WORDS words spans: 33 characters a word.
TITLE_RUN_MAX_CHARACTERS = 33 * TITLE_RUN_MIN_WORDS
# A comment heading is a wall only once this much prose stands above it; a
# "3 comments" link in the page header is not.
MIN_ARTICLE_WORDS_ABOVE_COMMENTS = 40
# How many commenter lines ("jdoe says:", "Posted by: jdoe | date") make a thread.
MIN_COMMENTER_LINES = 3
# Kinds an earlier stage may have given a commenter line.
COMMENTER_LINE_KINDS = frozenset({BlockKind.BYLINE, BlockKind.TIMESTAMP, BlockKind.COMMENTS})
# How much prose beyond a comment heading counts, next to the article's.
COMMENT_PROSE_WEIGHT = 0.2
# A run's opening prose is cut off above a headline-shaped line when it is at
# most this many words, the prose below is this many times larger, and the
# line is among the first LEAD_TRIM_SCAN blocks of the run.
MAX_PROSE_ABOVE_HEADLINE = 40
MIN_PROSE_RATIO_BELOW_HEADLINE = 3
LEAD_TRIM_SCAN = 12
MIN_HEADLINE_WORDS = 3
# A lead-in line announcing a list has at least this many words; the list's
# items have at most MAX_LIST_ITEM_WORDS.
MIN_LEAD_IN_WORDS = 3
MAX_LIST_ITEM_WORDS = 25
# In the fallback, a block of this many words is text rather than a label.
MIN_FALLBACK_WORDS = 4
# A wall: no run may contain it.
WALL_COST = 1e9

# A list item: a bullet or number at the start, "• Sales rose 5%." or "2) Iowa
# is tightening."; not "2008 was a year".
LIST_ITEM_RE = regex.compile(r"""(?:[•·▪■►\-–—*]\s|\(?\d{1,2}[.)]\s|\(?[a-z][.)]\s)""", regex.VERSION1)


@attrs.frozen
class BlockShape:
    """The shallow text features of one block, measured once."""

    #: Word count (unspaced scripts counted by characters).
    words: int
    #: Share of the words that are function words of the page's language;
    #: ``None`` when the page's language has no stopword list.
    stopword_share: float | None
    #: Share of the content words written with a capital initial.
    capitalised_share: float
    #: Whether the block ends as a sentence does.
    ends_sentence: bool
    #: Whether the block opens with a bullet or a list number.
    is_list_item: bool
    #: Whether the block opens with a headline in title case (a teaser).
    is_teaser: bool = False


def measure_block(text: str, stopwords: frozenset[str] | None, tokens: list[str] | None = None) -> BlockShape:
    """Measure ``text``; ``stopwords`` is the page language's list, or ``None``.

    ``tokens`` are the words of ``text`` when the caller has them already.

    >>> shape = measure_block("The minister said the talks would resume.", LEXICON_STOPWORDS["en"])
    >>> shape.words, round(shape.stopword_share, 2), shape.ends_sentence
    (7, 0.57, True)
    """
    if tokens is None:
        tokens = words(text)
    function_word_share, capitalised = token_shares(tokens[:SHARE_SAMPLE_WORDS], stopwords)
    return BlockShape(
        words=word_count(text, tokens),
        stopword_share=function_word_share,
        capitalised_share=capitalised,
        ends_sentence=ends_like_sentence(text),
        is_list_item=LIST_ITEM_RE.match(text) is not None,
        is_teaser=is_teaser(text),
    )


def is_teaser(text: str) -> bool:
    """True when ``text`` opens with a title-case headline run straight into
    its summary, as a related-story teaser does: a run of capitalised words
    in which even function words are capitalised, with no dateline
    punctuation ("(Reuters) —") inside it.

    >>> is_teaser("Customers Leave Without Paying $690 Bill At Troy Steakhouse A party of six left.")
    True
    >>> is_teaser("NEW YORK (Reuters) - The Portland Trail Blazers rolled to their 13th victory.")
    False
    >>> is_teaser("The United Auto Workers union on Monday opened talks.")
    False
    """
    # The run is six words or more, each followed by a space: a shorter
    # text (most blocks of a page) cannot open with one.
    if text.count(" ", 0, TITLE_RUN_MAX_CHARACTERS) < TITLE_RUN_MIN_WORDS:
        return False
    match = TITLE_RUN_RE.match(text)
    if match is None:
        return False
    stopwords = LEXICON_STOPWORDS["en"]
    return any(token[0].isupper() and token.lower() in stopwords for token in words(match[0])[1:])


def is_prose_shape(shape: BlockShape) -> bool:
    """True when a block of this shape reads like running text."""
    if shape.words < MIN_PROSE_WORDS or shape.is_teaser:
        return False
    if shape.capitalised_share > MAX_PROSE_CAPITALISED_SHARE and (
        shape.words < LONG_PROSE_WORDS or shape.capitalised_share > MAX_LONG_PROSE_CAPITALISED_SHARE
    ):
        return False
    if shape.stopword_share is not None and shape.stopword_share < MIN_PROSE_STOPWORD_SHARE:
        return False
    if shape.ends_sentence:
        return True
    return shape.words >= UNENDED_PROSE_WORDS and (
        shape.stopword_share is None or shape.stopword_share >= MIN_UNENDED_PROSE_STOPWORD_SHARE
    )


def is_prose(text: str) -> bool:
    """True when ``text`` reads like a sentence of English running text.

    >>> is_prose("North Korea and Russia deny conducting arms transactions.")
    True
    >>> is_prose("Japan’s Nikkei Stock Average Ends Lower on Worries about US-China Trade Tension")
    False
    """
    return is_prose_shape(measure_block(text, LEXICON_STOPWORDS["en"]))


def _best_run(scores: Sequence[float]) -> tuple[float, tuple[int, int] | None]:
    """Return the highest positive sum of a contiguous run and its ``(first, last)``."""
    best_sum, best = 0.0, None
    running, start = 0.0, 0
    for index, score in enumerate(scores):
        if running <= 0:
            running, start = score, index
        else:
            running += score
        if running > best_sum:
            best_sum, best = running, (start, index)
    return best_sum, best


def _comment_walls(blocks: Sequence[Block], shapes: Sequence[BlockShape | None]) -> list[bool]:
    """Where a comment section may open: a heading, or a commenter line that
    at least :data:`MIN_COMMENTER_LINES` such lines follow (one "Posted by"
    line is a signature; a thread repeats them)."""
    commenter = [
        (shape is None or not is_prose_shape(shape))
        and (shape is not None or block.kind in COMMENTER_LINE_KINDS)
        and is_commenter_line(block.text)
        for block, shape in zip(blocks, shapes, strict=True)
    ]
    walls = [False] * len(blocks)
    later = 0
    for index in range(len(blocks) - 1, -1, -1):
        walls[index] = (
            is_comment_heading(blocks[index])
            or is_rights_notice(blocks[index])
            or (commenter[index] and later >= MIN_COMMENTER_LINES - 1)
        )
        later += commenter[index]
    return walls


def _prose_scores(
    blocks: Sequence[Block], shapes: Sequence[BlockShape | None], list_items: set[int]
) -> list[float]:
    """Score each block for the run: prose adds its words, a list item of the
    article costs little, any other text costs more the longer it is (a
    short label is a small gap; a long non-prose block is a sign the article
    has ended), and a wall bars the way."""
    scores: list[float] = []
    prose_words = 0.0
    weight = 1.0
    walls = _comment_walls(blocks, shapes)
    for offset, (shape, wall) in enumerate(zip(shapes, walls, strict=True)):
        if shape is not None and is_prose_shape(shape):
            scores.append(shape.words * weight)
            prose_words += shape.words
        elif prose_words >= MIN_ARTICLE_WORDS_ABOVE_COMMENTS and wall:
            scores.append(-WALL_COST)
            weight = COMMENT_PROSE_WEIGHT
        elif shape is not None and (shape.is_list_item or offset in list_items):
            scores.append(-LIST_ITEM_COST)
        elif shape is not None:
            scores.append(
                -NOT_PROSE_COST - NOT_PROSE_WORD_COST * min(shape.words, NOT_PROSE_MAX_COSTED_WORDS)
            )
        else:
            scores.append(-NOISE_COST)
    return scores


def _fallback_scores(shapes: Sequence[BlockShape | None]) -> list[float]:
    """Scores for a page without prose: any text of a few words counts."""
    return [
        float(shape.words) if shape is not None and shape.words >= MIN_FALLBACK_WORDS else -1.0
        for shape in shapes
    ]


def _is_in_text_line(shape: BlockShape) -> bool:
    """A short line that continues the article: a list item or a short sentence."""
    if shape.words == 0:
        return False
    has_function_words = shape.stopword_share is None or shape.stopword_share > 0
    if shape.is_list_item and shape.words >= 2:
        return True
    return shape.ends_sentence and has_function_words


def _inside_label(
    text: str, shape: BlockShape, tokens: list[str] | None, *, dense: bool
) -> tuple[BlockKind, str]:
    if is_prose_shape(shape):
        return BlockKind.BODY, "prose-in-run"
    if shape.is_teaser:
        return BlockKind.LINK_LIST, "teaser-in-run"
    if shape.is_list_item and shape.words >= 2:
        return BlockKind.BODY, "list-item-in-run"
    if _is_in_text_line(shape) or (text.endswith(":") and shape.words >= 2):
        return BlockKind.BODY, "short-sentence-in-run"
    if dense and shape.words >= MIN_FALLBACK_WORDS:
        return BlockKind.BODY, "text-in-dense-run"
    if is_link_item(text, tokens):
        return BlockKind.LINK_LIST, "title-in-run"
    return BlockKind.BOILERPLATE, "not-prose-in-run"


def _outside_label(text: str, shape: BlockShape, tokens: list[str] | None) -> tuple[BlockKind, str]:
    if shape.words <= 4 and not shape.ends_sentence:
        return BlockKind.MENU, "short-outside-run"
    if is_link_item(text, tokens):
        return BlockKind.LINK_LIST, "title-outside-run"
    return BlockKind.BOILERPLATE, "outside-run"


def _start_after_headline(
    texts: Sequence[str],
    shapes: Sequence[BlockShape | None],
    scores: Sequence[float],
    run: tuple[int, int],
    token_lists: Sequence[list[str] | None],
) -> tuple[int, int]:
    """Move the run's start past a title line that follows a little prose.

    A run often opens with a prompt or a caption ("Tell us what you think!")
    just above the article's own headline; the article starts below the
    headline. The run is cut there when the prose above the title line is
    small next to the prose below it.
    """
    first, last = run
    above = 0.0
    for offset in range(first, min(last, first + LEAD_TRIM_SCAN) + 1):
        shape = shapes[offset]
        if scores[offset] > 0:
            above += scores[offset]
            if above > MAX_PROSE_ABOVE_HEADLINE:
                break
            continue
        if shape is None or shape.words < MIN_HEADLINE_WORDS or shape.ends_sentence:
            continue
        if above and is_link_item(texts[offset], token_lists[offset]):
            below = sum(score for score in scores[offset + 1 : last + 1] if score > 0)
            if below >= MIN_PROSE_RATIO_BELOW_HEADLINE * above:
                return offset + 1, last
    return run


def _takes_part_in_run(block: Block) -> bool:
    """True for a block the run scores: all but the transparent kinds, and a
    commenter line whatever an earlier stage called it ("Posted by: jdoe on
    January 3, 2008" may have been read as a timestamp), since the comment
    walls are told by those lines."""
    if block.kind not in TRANSPARENT_KINDS:
        return True
    return block.kind in COMMENTER_LINE_KINDS and is_commenter_line(block.text)


def _start_after_dateline(blocks: Sequence[Block], first: int, last: int) -> int:
    """Start a dense run after a dateline standing alone inside it.

    A dateline opens the story; in a table-like wire story ("ACME CORP 4TH
    QTR NET" / "NEW YORK, Feb 26 -" / "Shr 30 cts vs ..."), what stands above
    it is the headline, not the body.
    """
    for index in range(first, last + 1):
        if blocks[index].kind is BlockKind.DATELINE:
            return index + 1
    return first


def _is_lead_in(text: str, shape: BlockShape) -> bool:
    """A line that announces a list: "Below are the players invited:"."""
    has_function_words = shape.stopword_share is None or shape.stopword_share > 0
    return text.endswith(":") and shape.words >= MIN_LEAD_IN_WORDS and has_function_words


def _items_after_lead_ins(texts: Sequence[str], shapes: Sequence[BlockShape | None]) -> set[int]:
    """Offsets of the list items that follow a lead-in line, up to the next
    prose, lead-in or noise block: "The tour dates:" / "June 9 -- Tampa, FL"."""
    items: set[int] = set()
    in_list = False
    for offset, shape in enumerate(shapes):
        if shape is None:
            in_list = False
            continue
        text = texts[offset]
        if (
            in_list
            and not is_prose_shape(shape)
            and shape.words <= MAX_LIST_ITEM_WORDS
            and not text.endswith(":")
        ):
            items.add(offset)
            continue
        in_list = _is_lead_in(text, shape)
    return items


# How many short closing sentences the run may take in after its last prose
# block ("No one was injured.", "He did not elaborate.").
MAX_CLOSING_LINES = 3


def _extend_over_closing_lines(
    texts: Sequence[str], shapes: Sequence[BlockShape | None], run: tuple[int, int]
) -> tuple[int, int]:
    """Take in the short sentences that close the article right after the run.

    A story often ends on a line or two too short to read as prose on their
    own; their context, the article just above them, says they belong to it.
    A site's own line after a story speaks to the reader instead ("Click here
    to subscribe.", "Thanks for reading.") or about the page ("This story has
    been corrected."), and ends the article.
    """
    first, last = run
    for _ in range(MAX_CLOSING_LINES):
        following = last + 1
        if following >= len(shapes):
            break
        shape = shapes[following]
        if shape is None or shape.is_list_item or not _is_in_text_line(shape):
            break
        if SITE_LINE_RE.match(texts[following]) is not None:
            break
        last = following
    return first, last


# A site's line after a story: a call to the reader or a note about the page.
#   matches: "Click here to subscribe.", "Follow us on Twitter.", "Thanks for reading.",
#   "This story has been corrected.", "Tell us what you think."
#   does not match: "No one was injured.", "He did not elaborate."
SITE_LINE_RE = regex.compile(
    r"""(?:click|follow|share|read|sign|subscribe|get|tell|report|back|download|watch|listen|join|see|visit
          |contact|send|email|e-mail|like|thanks|thank\ you|terms|comments|copyright|advertisement|related)\b
      | (?:this|the)\ (?:story|article|post|report|page)\ (?:has|was|is|will)\b""",
    regex.IGNORECASE | regex.VERBOSE,
)


def _extend_over_list(positions: Sequence[int], items: set[int], run: tuple[int, int]) -> tuple[int, int]:
    """Carry the run's end over a list the article's last lines announce."""
    first, last = run
    while last + 1 < len(positions) and (last + 1 in items or last + 2 in items):
        last += 1
    return first, last


def page_stopwords(token_lists: list[list[str]]) -> frozenset[str] | None:
    """The stopword list of the page's language, or ``None`` when it has none."""
    language = find_language(token_lists)
    return None if language is None else LEXICON_STOPWORDS[language]


def label_body(blocks: tuple[Block, ...]) -> tuple[Block, ...]:
    """Label the article run's blocks as body and the unlabelled rest as noise.

    >>> from wireparse.blocks import split_blocks
    >>> page = "Home\\nWorld\\nThe minister said the talks would resume next week in Geneva.\\nMost Read"
    >>> [b.kind.value for b in label_body(split_blocks(page))]
    ['menu', 'menu', 'body', 'menu']
    """
    positions = [i for i, block in enumerate(blocks) if _takes_part_in_run(block)]
    # Shapes are measured through a renderer's markdown ("**Bold** lead",
    # "## Heading"), keeping a list bullet, which marks a list item.
    texts = [
        widest_cell(strip_markup(blocks[i].text, keep_bullet=True))
        if blocks[i].kind is BlockKind.UNLABELLED
        else blocks[i].text
        for i in positions
    ]
    token_lists = [
        words(text) if blocks[i].kind is BlockKind.UNLABELLED else None
        for i, text in zip(positions, texts, strict=True)
    ]
    stopwords = page_stopwords([tokens for tokens in token_lists if tokens is not None])
    shapes = [
        None if tokens is None else measure_block(text, stopwords, tokens)
        for text, tokens in zip(texts, token_lists, strict=True)
    ]
    list_items = _items_after_lead_ins(texts, shapes)
    scores = _prose_scores([blocks[i] for i in positions], shapes, list_items)
    total, run = _best_run(scores)
    dense = False
    if run is not None:
        run = _start_after_headline(texts, shapes, scores, run, token_lists)
    if run is None:
        fallback_total, fallback_run = _best_run(_fallback_scores(shapes))
        if fallback_total > total:
            run, dense = fallback_run, True
    if run is not None:
        run = _extend_over_list(positions, list_items, run)
        if not dense:
            run = _extend_over_closing_lines(texts, shapes, run)
    listed = {positions[offset] for offset in list_items}
    first, last = (positions[run[0]], positions[run[1]]) if run is not None else (len(blocks), -1)
    if dense:
        first = _start_after_dateline(blocks, first, last)
    shape_at = dict(zip(positions, zip(texts, shapes, strict=True), strict=True))
    tokens_at = dict(zip(positions, token_lists, strict=True))
    labelled: list[Block] = []
    for index, block in enumerate(blocks):
        text, shape = shape_at.get(index, (block.text, None))
        if block.kind is BlockKind.UNLABELLED and shape is not None:
            inside = first <= index <= last
            if inside and index in listed:
                kind, rule = BlockKind.BODY, "list-item-after-lead-in"
            elif inside:
                kind, rule = _inside_label(text, shape, tokens_at[index], dense=dense)
            else:
                kind, rule = _outside_label(text, shape, tokens_at[index])
            block = relabel(block, kind, rule)
        labelled.append(block)
    return tuple(labelled)
