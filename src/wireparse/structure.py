"""Stage 3: label the structure around the article.

Strategy: captions, bylines, timestamps (alone, or with a short credit such as
"Reuters November 18, 2019 11:03 PM"), datelines standing alone and wire
trailers are fixed conventions; each detector is a pure ``str -> bool``
function from its own module, tried in the order of :data:`STRUCTURE_RULES`.
"""

from __future__ import annotations

from collections.abc import Callable

import attrs

from wireparse.bylines import match_trailer, parse_byline
from wireparse.captions import is_caption
from wireparse.datelines import parse_dateline
from wireparse.model import Block, BlockKind
from wireparse.timestamps import is_dated_line, parse_timestamp


def _is_trailer(text: str) -> bool:
    return match_trailer(text) is not None


def _is_byline(text: str) -> bool:
    return parse_byline(text) is not None


def _is_timestamp(text: str) -> bool:
    return parse_timestamp(text) is not None


def _is_lone_dateline(text: str) -> bool:
    dateline = parse_dateline(text)
    return dateline is not None and len(dateline.raw) >= len(text.strip())


#: (rule name, kind, detector), tried in order on each unlabelled block.
STRUCTURE_RULES: tuple[tuple[str, BlockKind, Callable[[str], bool]], ...] = (
    ("trailer", BlockKind.TRAILER, _is_trailer),
    ("byline", BlockKind.BYLINE, _is_byline),
    ("timestamp", BlockKind.TIMESTAMP, _is_timestamp),
    ("dated-line", BlockKind.TIMESTAMP, is_dated_line),
    ("lone-dateline", BlockKind.DATELINE, _is_lone_dateline),
    ("caption", BlockKind.CAPTION, is_caption),
)


def label_structure(blocks: tuple[Block, ...]) -> tuple[Block, ...]:
    """Label captions, bylines, timestamps, lone datelines and trailers.

    >>> from wireparse.blocks import split_blocks
    >>> blocks = label_structure(split_blocks("16:34 JST, July 30, 2023\\nBy Jane Doe"))
    >>> [b.kind.value for b in blocks]
    ['timestamp', 'byline']
    """
    labelled: list[Block] = []
    for block in blocks:
        if block.kind is BlockKind.UNLABELLED:
            for name, kind, detector in STRUCTURE_RULES:
                if detector(block.text):
                    block = attrs.evolve(block, kind=kind, rule=name)
                    break
        labelled.append(block)
    return tuple(labelled)
