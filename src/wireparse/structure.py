"""Stage 3: label the structure around the article.

Strategy: captions, bylines, timestamps (alone, or with a short credit such as
"Reuters November 18, 2019 11:03 PM"), datelines standing alone and wire
trailers are fixed conventions; each detector is a pure function from its
own module that names the form it found, tried in the order of
:data:`STRUCTURE_RULES`.
Then a page that is one whole wire story - a dateline in its first few blocks
and a trailer or sign-off closing it - has every block left between the two
labelled body: wire copy carries no navigation, and its tables of figures are
part of the story.

Must never: label body on a page that does not both open and close as wire
copy does.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import attrs

from wireparse.bylines import BYLINE_OPENERS, is_byline, match_trailer
from wireparse.captions import match_caption
from wireparse.datelines import DASH_CHARACTERS, parse_dateline
from wireparse.model import Block, BlockKind, relabel
from wireparse.timestamps import (
    LineReading,
    is_dated_reading,
    line_timestamp,
    may_hold_a_timestamp,
    read_timestamp_line,
)


@attrs.frozen
class Line:
    """A block's text, with what more than one rule reads of it, read once."""

    #: The block's text.
    text: str
    #: The timestamp forms found in it, shared by the "timestamp" and
    #: "dated-line" rules.
    timestamps: LineReading


@attrs.frozen
class StructureRule:
    """A convention that labels a whole block: its name, kind and detector."""

    #: Name shown as the block's provenance, followed by the form that matched
    #: ("trailer:sign-off", "caption:picture-taken").
    name: str
    #: Kind given to the blocks it matches.
    kind: BlockKind
    #: Returns the name of the form matched ("" when the rule has no forms),
    #: or ``None`` when the block is not of this kind.
    detect: Callable[[Line], str | None]
    #: Noise kinds this rule may take over: a convention is more specific than
    #: the noise lexicon, whose "©" rule also matches "© 2023 Thomson Reuters".
    takes_over: frozenset[BlockKind] = frozenset()


def _detect_trailer(line: Line) -> str | None:
    return match_trailer(line.text)


def _detect_byline(line: Line) -> str | None:
    return "" if is_byline(line.text) else None


def _detect_timestamp(line: Line) -> str | None:
    return None if line_timestamp(line.timestamps) is None else ""


def _detect_dated_byline(line: Line) -> str | None:
    # "By Tess Bonn - 11/19/19 06:56 AM EST", even as a list's item: the story's own.
    return "" if line.text.startswith(BYLINE_OPENERS) and is_dated_reading(line.timestamps) else None


def _detect_dated_line(line: Line) -> str | None:
    return "" if is_dated_reading(line.timestamps) else None


def _detect_lone_dateline(line: Line) -> str | None:
    text = line.text
    # A dateline standing alone ends the text with its dash.
    if not text[:1].isspace() and not text.rstrip().endswith(DASH_CHARACTERS):
        return None
    dateline = parse_dateline(text)
    if dateline is None or dateline.span.end < len(text.strip()):
        return None
    return dateline.form or ""


def _detect_caption(line: Line) -> str | None:
    return match_caption(line.text)


# The noise stage reads the blocks after a list heading as its items until
# prose resumes; when the list ends right above the story, its headline,
# byline and dateline are read as items too ("Top news stories", "AP
# Nation/World", the headline, "By AHMED MOHAMED - Associated Press Writer
# --", "NOUAKCHOTT, Mauritania --"). A byline, a date or a dateline is more
# specific than the guess that a list goes on. (A list of other stories may
# date and credit each: the article's own are looked for by its headline.)
LIST_ITEMS = frozenset({BlockKind.LINK_LIST})

#: The conventions, tried in order on each unlabelled block.
STRUCTURE_RULES: tuple[StructureRule, ...] = (
    StructureRule("trailer", BlockKind.TRAILER, _detect_trailer, takes_over=frozenset({BlockKind.LEGAL})),
    StructureRule("byline", BlockKind.BYLINE, _detect_byline, takes_over=LIST_ITEMS),
    StructureRule("timestamp", BlockKind.TIMESTAMP, _detect_timestamp, takes_over=LIST_ITEMS),
    StructureRule("dated-byline", BlockKind.TIMESTAMP, _detect_dated_byline, takes_over=LIST_ITEMS),
    StructureRule("dated-line", BlockKind.TIMESTAMP, _detect_dated_line),
    StructureRule("lone-dateline", BlockKind.DATELINE, _detect_lone_dateline, takes_over=LIST_ITEMS),
    StructureRule("caption", BlockKind.CAPTION, _detect_caption),
)


def label_structure(blocks: tuple[Block, ...]) -> tuple[Block, ...]:
    """Label captions, bylines, timestamps, lone datelines and trailers, then a wire story's body.

    >>> from wireparse.blocks import split_blocks
    >>> blocks = label_structure(split_blocks("16:34 JST, July 30, 2023\\nBy Jane Doe"))
    >>> [b.kind.value for b in blocks]
    ['timestamp', 'byline']
    """
    return label_wire_story(label_conventions(blocks))


def label_conventions(blocks: tuple[Block, ...]) -> tuple[Block, ...]:
    """Label each unlabelled block by the first of :data:`STRUCTURE_RULES` that fits it."""
    return tuple(_label_convention(block) for block in blocks)


# The rules that may label a block of each kind: an unlabelled block is tried
# by all of them, a noise block by those that take its kind over, and a block
# of any other kind is passed over unread.
_RULES_FOR_KIND: dict[BlockKind, tuple[StructureRule, ...]] = {
    kind: rules
    for kind in BlockKind
    if (
        rules := STRUCTURE_RULES
        if kind is BlockKind.UNLABELLED
        else tuple(rule for rule in STRUCTURE_RULES if kind in rule.takes_over)
    )
}


def _may_hold_a_convention(text: str) -> bool:
    """False for a list item that no taken-over rule can fit: no byline
    opener, no closing dash (a lone dateline), nothing a timestamp holds.

    >>> _may_hold_a_convention("Mayor resigns after audit"), _may_hold_a_convention("Jan. 7, 2008")
    (False, True)
    >>> _may_hold_a_convention("Updated an hour ago")
    True
    """
    stripped = text.rstrip()
    return (
        stripped.startswith(BYLINE_OPENERS)
        or stripped.endswith(DASH_CHARACTERS)
        or may_hold_a_timestamp(stripped)
    )


def _label_convention(block: Block) -> Block:
    rules = _RULES_FOR_KIND.get(block.kind)
    if rules is None:
        return block
    if block.kind in LIST_ITEMS and not _may_hold_a_convention(block.text):
        return block  # nearly every list item: spared the timestamp reading
    line = Line(text=block.text, timestamps=read_timestamp_line(block.text))
    for rule in rules:
        form = rule.detect(line)
        if form is not None:
            return relabel(block, rule.kind, f"{rule.name}:{form}" if form else rule.name)
    return block


# How many non-blank blocks a wire story's dateline may stand behind: the
# title, a byline, and one more (a second title line, an editor's note).
WIRE_OPENING_WINDOW = 4


def _opens_with_dateline(block: Block) -> bool:
    return block.kind in (BlockKind.UNLABELLED, BlockKind.DATELINE) and parse_dateline(block.text) is not None


def find_wire_story(blocks: Sequence[Block]) -> tuple[int, int] | None:
    """Return ``(opening, closing)``: the block with the dateline and the first closing trailer.

    A wire story opens with its dateline among its first blocks and closes
    with a trailer ("(Reporting by ...)") or a sign-off ("Reuter") as its last
    blocks; ``None`` when the page does not do both.
    """
    text_positions = [index for index, block in enumerate(blocks) if block.kind is not BlockKind.BLANK]
    opening = next(
        (index for index in text_positions[:WIRE_OPENING_WINDOW] if _opens_with_dateline(blocks[index])),
        None,
    )
    if opening is None:
        return None
    closing = None
    for index in reversed(text_positions):
        if blocks[index].kind is not BlockKind.TRAILER:
            break
        closing = index
    if closing is None or closing <= opening:
        return None
    return opening, closing


def label_wire_story(blocks: tuple[Block, ...]) -> tuple[Block, ...]:
    """Label a whole wire story: its title (the first line) headline, every block left in it body.

    Inside a wire story nothing is navigation, so the title is taken even when
    the noise lexicon matched a word of it ("ESSO LOWERS PREMIUM PETROL PUMP
    PRICE"), and tables of figures are body.

    >>> from wireparse.blocks import split_blocks
    >>> page = "COMPANY <CO> 4TH QTR NET\\n    NEW YORK, Feb 26 -\\n    Shr 15 cts vs four cts\\n Reuter"
    >>> [b.kind.value for b in label_wire_story(label_conventions(split_blocks(page)))]
    ['headline', 'dateline', 'body', 'trailer']
    """
    story = find_wire_story(blocks)
    if story is None:
        return blocks
    opening, closing = story
    title = next((index for index, block in enumerate(blocks) if block.kind is not BlockKind.BLANK), opening)
    labelled = []
    for index, block in enumerate(blocks):
        if index == title < opening and (block.kind is BlockKind.UNLABELLED or block.is_noise):
            block = relabel(block, BlockKind.HEADLINE, "wire-title")
        elif opening <= index < closing and block.kind is BlockKind.UNLABELLED:
            block = relabel(block, BlockKind.BODY, "wire-story")
        labelled.append(block)
    return tuple(labelled)
