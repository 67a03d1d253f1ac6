"""Stage 4: find the article body among the remaining blocks.

Strategy: score each unlabelled block for how much it reads like prose
(length, stopword share, sentence ending, casing), then take the contiguous
run of blocks with the highest total score, as boilerplate detectors do: the
article is one mostly unbroken run, and a short noisy gap inside it costs less
than the prose on its far side is worth. Inside the run, prose and short
in-text lines are body; outside it, nothing is.

Must never: call a block body because of what it says alone when it stands
far from the run.
"""

from __future__ import annotations

import attrs

from wireparse.model import Block, BlockKind
from wireparse.noise import is_link_item
from wireparse.text import capitalised_share, ends_like_sentence, stopword_share, words

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
# What a block that is not prose costs the run it stands in.
NOT_PROSE_COST = 4.0
NOISE_COST = 3.0
MIN_PROSE_WORDS = 6


def is_prose(text: str) -> bool:
    """True when ``text`` reads like a sentence of running text.

    >>> is_prose("North Korea and Russia deny conducting arms transactions.")
    True
    >>> is_prose("Japan’s Nikkei Stock Average Ends Lower on Worries about US-China Trade Tension")
    False
    """
    tokens = words(text)
    if len(tokens) < MIN_PROSE_WORDS:
        return False
    if capitalised_share(tokens) > 0.75 and len(tokens) < 40:
        return False
    if stopword_share(tokens) < 0.1:
        return False
    return ends_like_sentence(text) or len(tokens) >= 25


def prose_score(block: Block) -> float:
    """How much the block adds to an article run (negative: how much it costs)."""
    if block.kind is BlockKind.UNLABELLED:
        if is_prose(block.text):
            return float(len(words(block.text)))
        return -NOT_PROSE_COST
    return -NOISE_COST


def _best_run(scores: list[float]) -> tuple[int, int] | None:
    """Return ``(first, last)`` of the contiguous run with the highest positive sum."""
    best_sum, best = 0.0, None
    running, start = 0.0, 0
    for index, score in enumerate(scores):
        if running <= 0:
            running, start = score, index
        else:
            running += score
        if running > best_sum:
            best_sum, best = running, (start, index)
    return best


def _inside_label(block: Block) -> tuple[BlockKind, str]:
    tokens = words(block.text)
    if is_prose(block.text):
        return BlockKind.BODY, "prose-in-run"
    if tokens and (ends_like_sentence(block.text) or block.text.endswith(":")) and stopword_share(tokens) > 0:
        return BlockKind.BODY, "short-sentence-in-run"
    if is_link_item(block.text):
        return BlockKind.LINK_LIST, "title-in-run"
    return BlockKind.BOILERPLATE, "not-prose-in-run"


def _outside_label(block: Block) -> tuple[BlockKind, str]:
    tokens = words(block.text)
    if len(tokens) <= 4 and not ends_like_sentence(block.text):
        return BlockKind.MENU, "short-outside-run"
    if is_link_item(block.text):
        return BlockKind.LINK_LIST, "title-outside-run"
    return BlockKind.BOILERPLATE, "outside-run"


def label_body(blocks: tuple[Block, ...]) -> tuple[Block, ...]:
    """Label the article run's blocks as body and the unlabelled rest as noise.

    >>> from wireparse.blocks import split_blocks
    >>> page = "Home\\nWorld\\nThe minister said the talks would resume next week in Geneva.\\nMost Read"
    >>> [b.kind.value for b in label_body(split_blocks(page))]
    ['menu', 'menu', 'body', 'menu']
    """
    positions = [i for i, block in enumerate(blocks) if block.kind not in TRANSPARENT_KINDS]
    run = _best_run([prose_score(blocks[i]) for i in positions])
    first, last = (positions[run[0]], positions[run[1]]) if run is not None else (len(blocks), -1)
    labelled: list[Block] = []
    for index, block in enumerate(blocks):
        if block.kind is BlockKind.UNLABELLED:
            kind, rule = _inside_label(block) if first <= index <= last else _outside_label(block)
            block = attrs.evolve(block, kind=kind, rule=rule)
        labelled.append(block)
    return tuple(labelled)
