"""Stage 1: split a page into blocks.

Strategy: a scraped page comes one block a line; a plain-text wire feed comes
hard-wrapped at about 70 characters, with paragraphs marked by an indent or a
blank line. We cut the page into lines (``\\n``, ``\\r\\n`` and ``\\r`` all end
a line), decide once for the whole page whether it is hard-wrapped, and then
either keep one block a line or join the wrapped lines of each paragraph.
Runs of blank lines become one ``blank`` block.

Must never: lose or repeat a character (the blocks' spans tile the page),
look at anything but the page, or cost more than one pass per line.
"""

from __future__ import annotations

import attrs
import regex

from wireparse.model import Block, BlockKind, Span


@attrs.frozen
class Line:
    """One line of the page: its extent with and without the line terminator."""

    #: Extent including the terminator.
    span: Span
    #: Offset where the terminator starts (``span.end`` when there is none).
    content_end: int
    #: Offset of the first non-blank character (``content_end`` for a blank line).
    text_start: int
    #: Offset one past the last non-blank character.
    text_end: int

    @property
    def is_blank(self) -> bool:
        """True for a line of whitespace only."""
        return self.text_start >= self.text_end

    @property
    def indent(self) -> int:
        """Number of blank characters before the text."""
        return self.text_start - self.span.start

    @property
    def width(self) -> int:
        """Length of the line without terminator."""
        return self.content_end - self.span.start


# A line terminator: "\r\n" (Windows), "\r" (old Mac OS) or "\n".
# Matches "\r\n" as one terminator; never matches "\u2028", which stays inside a line.
LINE_END_RE = regex.compile(r"\r\n|\r|\n")


def _line(page: str, start: int, content_end: int, end: int) -> Line:
    content = page[start:content_end]
    stripped_left = content.lstrip()
    if stripped_left:
        text_start = content_end - len(stripped_left)
        text_end = start + len(content.rstrip())
    else:
        text_start = text_end = content_end
    return Line(
        span=Span(start=start, end=end), content_end=content_end, text_start=text_start, text_end=text_end
    )


def split_lines(page: str) -> tuple[Line, ...]:
    """Cut ``page`` into lines; the lines' spans cover it exactly.

    One pass over the page: each terminator is found once, so a page of a
    million ``"\\r"``-ended lines costs no more than one of ``"\\n"``-ended ones.

    >>> [line.span.slice("a\\r\\nb\\rc\\n") for line in split_lines("a\\r\\nb\\rc\\n")]
    ['a\\r\\n', 'b\\r', 'c\\n']
    """
    lines: list[Line] = []
    start = 0
    for terminator in LINE_END_RE.finditer(page):
        lines.append(_line(page, start, terminator.start(), terminator.end()))
        start = terminator.end()
    if start < len(page):
        lines.append(_line(page, start, len(page), len(page)))
    return tuple(lines)


# A wrapped feed's lines fill most of a fixed width: Reuters-21578 wraps at
# about 65 characters, newswire terminals at 69-80.
_WRAP_MIN_WIDTH = 40
_WRAP_MAX_WIDTH = 90
# Share of non-blank lines that must sit in that width band before a page is
# read as hard-wrapped; a scraped page has paragraphs far longer than 90.
_WRAP_MIN_SHARE = 0.6
_WRAP_MIN_LINES = 4


def is_hard_wrapped(lines: tuple[Line, ...]) -> bool:
    """True when the lines look like a feed wrapped at a fixed width.

    >>> page = "\\n".join(["    A paragraph that goes on and on past the width of",
    ...                   "the terminal, so the wire service wrapped it onto",
    ...                   "several lines, as wire services did for decades.",
    ...                   "    A second paragraph starts with an indent and it",
    ...                   "wraps too."])
    >>> is_hard_wrapped(split_lines(page))
    True
    >>> is_hard_wrapped(split_lines("Headline\\nA one-line paragraph."))
    False
    """
    widths = [line.width for line in lines if not line.is_blank]
    if len(widths) < _WRAP_MIN_LINES:
        return False
    longest = max(widths)
    if longest > _WRAP_MAX_WIDTH * 2:
        return False
    in_band = sum(1 for width in widths if _WRAP_MIN_WIDTH <= width <= _WRAP_MAX_WIDTH)
    return in_band >= _WRAP_MIN_SHARE * len(widths)


def _starts_paragraph(opening: Line | None, previous: Line | None, line: Line, indented_page: bool) -> bool:
    if opening is None or previous is None or previous.is_blank:
        return True
    if indented_page:
        # Flush-left lines above the first indent (title, byline) stand alone.
        return line.indent > 0 or opening.indent == 0
    # Blank-line separated: a line stays in the paragraph unless the line
    # before it was short, i.e. ended a paragraph well before the margin.
    return previous.width < _WRAP_MIN_WIDTH


def _group_lines(lines: tuple[Line, ...], wrapped: bool) -> list[list[Line]]:
    """Group lines into blocks: blank runs, and one line (or one wrapped paragraph) each."""
    indented_page = wrapped and sum(1 for line in lines if line.indent > 0 and not line.is_blank) >= 2
    groups: list[list[Line]] = []
    previous: Line | None = None
    for line in lines:
        if line.is_blank:
            if groups and previous is not None and previous.is_blank:
                groups[-1].append(line)
            else:
                groups.append([line])
        elif wrapped and groups and not _starts_paragraph(groups[-1][0], previous, line, indented_page):
            groups[-1].append(line)
        else:
            groups.append([line])
        previous = line
    return groups


def _block_from_lines(page: str, group: list[Line]) -> Block:
    first, last = group[0], group[-1]
    span = Span(start=first.span.start, end=last.span.end)
    if first.is_blank:
        return Block(
            kind=BlockKind.BLANK,
            text="",
            span=span,
            text_span=Span(start=first.span.start, end=first.span.start),
            rule="blank",
        )
    if len(group) == 1:
        text = page[first.text_start : first.text_end]
    else:
        text = " ".join(page[line.text_start : line.text_end] for line in group)
    return Block(
        kind=BlockKind.UNLABELLED,
        text=text,
        span=span,
        text_span=Span(start=first.text_start, end=last.text_end),
        line_spans=()
        if len(group) == 1
        else tuple(Span(start=line.text_start, end=line.text_end) for line in group),
    )


def split_blocks(page: str) -> tuple[Block, ...]:
    """Split ``page`` into unlabelled blocks whose spans tile it exactly.

    >>> blocks = split_blocks("Title\\n\\n\\nFirst line.\\r\\nSecond line.")
    >>> [(b.kind.value, b.text) for b in blocks]
    [('unlabelled', 'Title'), ('blank', ''), ('unlabelled', 'First line.'), ('unlabelled', 'Second line.')]
    >>> "".join(b.span.slice("Title\\n\\n\\nFirst line.\\r\\nSecond line.") for b in blocks)
    'Title\\n\\n\\nFirst line.\\r\\nSecond line.'
    """
    lines = split_lines(page)
    groups = _group_lines(lines, is_hard_wrapped(lines))
    return tuple(_block_from_lines(page, group) for group in groups)
