"""Stage 1: split a page into blocks.

Strategy: a scraped page comes one block a line; a plain-text wire feed comes
hard-wrapped at about 70 characters, with paragraphs marked by an indent or a
blank line. We cut the page into lines (``\\n``, ``\\r\\n`` and ``\\r`` all end
a line), decide once for the whole page whether it is hard-wrapped, and then
either keep one block a line or join the wrapped lines of each paragraph.
A page that is not wrapped as a whole may still hold wrapped paragraphs (a
text renderer wraps prose at about 78 characters but leaves menus one item a
line): those are found locally, as runs of lines that stop at the page's
own right margin, and joined. Runs of blank lines become one ``blank`` block.

Must never: lose or repeat a character (the blocks' spans tile the page),
look at anything but the page, or cost more than one pass per line.
"""

from __future__ import annotations

import enum
import itertools
from collections.abc import Sequence

import attrs
import regex

from wireparse.model import Block, BlockKind, Span
from wireparse.text import ends_like_sentence


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


BYTE_ORDER_MARK = "\ufeff"


def _line(page: str, start: int, content_end: int, end: int, content: str | None = None) -> Line:
    """The line from ``start`` to ``end``; ``content`` is its text without the
    terminator when the caller has already cut it."""
    if content is None:
        content = page[start:content_end]
    stripped_left = content.lstrip()
    if stripped_left[:1] == BYTE_ORDER_MARK:
        # The mark a file (or each of several files run together) may open
        # with is no text: it stays in the line's span, out of its text.
        stripped_left = stripped_left.lstrip(BYTE_ORDER_MARK).lstrip()
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
    if "\r" not in page:
        return _split_newline_lines(page)
    lines: list[Line] = []
    start = 0
    for terminator in LINE_END_RE.finditer(page):
        lines.append(_line(page, start, terminator.start(), terminator.end()))
        start = terminator.end()
    if start < len(page):
        lines.append(_line(page, start, len(page), len(page)))
    return tuple(lines)


def _split_newline_lines(page: str) -> tuple[Line, ...]:
    """:func:`split_lines` for a page whose lines all end in ``\\n`` (most pages): one split, no search."""
    lines: list[Line] = []
    start = 0
    pieces = page.split("\n")
    last = len(pieces) - 1
    for number, content in enumerate(pieces):
        content_end = start + len(content)
        if number < last:
            end = content_end + 1
        elif content:
            end = content_end
        else:
            break  # the page ends with its line terminator
        lines.append(_line(page, start, content_end, end, content))
        start = end
    return tuple(lines)


class WrapLayout(enum.Enum):
    """How a page marks its paragraphs, as read by :func:`find_wrap_layout`."""

    #: One block a line: a scraped page, or text with no wrap pattern.
    NONE = "none"
    #: Wrapped lines; a paragraph starts on an indented line (Reuters-21578,
    #: newswire terminals, ``lynx -dump``).
    INDENTED = "indented"
    #: Wrapped lines; paragraphs are separated by blank lines (e-mail, RFCs,
    #: plain-text press releases).
    BLANK_SEPARATED = "blank_separated"


# A wrapped feed fills a fixed width: Reuters-21578 wraps at about 65
# characters, newswire terminals and e-mail at 69-80. A line wider than this is
# never the first of a wrap, whatever the page looks like: a scraped page's
# paragraphs run to hundreds of characters, so their lines are left alone.
_WRAP_MAX_WIDTH = 100
# A line narrower than this cannot have reached a margin.
_WRAP_MIN_WIDTH = 40
# How far short of the page's margin a line may stop and still be wrapped (a
# long word that did not fit, a ragged right margin).
_RAGGED_MARGIN = 20
# A page without indents is read as wrapped only when it has a blank line,
# at least this many lines that run on into the next, this share of them
# ending at the margin, and this share of the lines they run on into opening
# in lower case, as prose carried over mid-sentence does (a list of headlines
# fills a width too, but each of its lines opens with a capital).
_WRAP_MIN_RUN_ONS = 2
_WRAP_MIN_SHARE = 0.6
_WRAP_MIN_LOWER_SHARE = 0.3
# A paragraph indent is two blanks or more (Reuters-21578 indents by four);
# one blank before a line is what an HTML text node keeps after an inline
# tag (" film series: Noah Hawley ..."), not a paragraph mark.
_MIN_PARAGRAPH_INDENT = 2
# Share of lines at or under the margin estimate (a few may be wider: a long
# table row, a URL).
_MARGIN_QUANTILE = 0.9

# Local wraps, on a page that is not wrapped as a whole. The page's own
# right margin is told by the lines that run on into a line opening in lower
# case (prose carried over mid-sentence): there must be at least this many...
_LOCAL_MIN_LOWER_RUN_ONS = 2
# ...the margin is the width this share of them stays within...
_LOCAL_MARGIN_QUANTILE = 0.9
# ...and a line reaches it when it stops at most this far short of it. Text
# renderers wrap at 70 to 80 characters (Python's textwrap at 70, html2text
# at 78, w3m at 80); a margin under this is a column of short items.
_LOCAL_RAGGED_MARGIN = 25
_LOCAL_MIN_MARGIN = 60
# How far past the margin read from the lower-case run-ons the lines running
# on into a capital may reach and still mark the margin.
_LOCAL_MARGIN_SLACK = 6
# Lines of text past the margin must be few next to the lines that run on
# from it: a scraped page's paragraphs run far past any margin, a wrapped
# page's text never does (only its table rows and long words may).
_LOCAL_MAX_SHARE_PAST_MARGIN = 0.34

# A markdown hard break: a line that ends in two blanks or more was broken on
# purpose (a text renderer's ``<br>``). Matches "Sport | Local Sport  "; not
# "of the terminal, so the".
HARD_BREAK_RE = regex.compile(r"[ \t]{2}\Z")

# A line that opens a block of its own in markdown: a bullet, a list number,
# a heading's hashes or a quotation mark. Matches "  * Win tickets", "1. Iowa",
# "## Most read", "> quoted"; not "*nix systems" or "2008 was".
BLOCK_OPENER_RE = regex.compile(r"[ \t]{0,12}(?:[*+\-•]|\d{1,3}[.)]|\#{1,6}|>)(?:[ \t]|\Z)")

# A table row: two cells apart by three or more blanks.
# Matches " Refined production   155,980 164,243"; not "derive  benefits".
TABLE_ROW_RE = regex.compile(r"\S[ \t]{3,200}\S")


def _is_table_row(page: str, line: Line) -> bool:
    return TABLE_ROW_RE.search(page, line.text_start, line.text_end) is not None


def _is_sign_off_shaped(page: str, line: Line) -> bool:
    return page[line.text_start : line.text_end].isalpha()


def _margin(lines: Sequence[Line]) -> int:
    """The width most lines of the page stay within (0 for no text).

    Counted in one pass over a histogram: any width past the widest wrap
    counts as one past it, which is all the callers need to know.
    """
    counts = [0] * (_WRAP_MAX_WIDTH + 2)
    widest = _WRAP_MAX_WIDTH + 1
    for line in lines:
        # The properties is_blank and width, inlined: this runs on every line.
        if line.text_start < line.text_end:
            counts[min(line.content_end - line.span.start, widest)] += 1
    total = sum(counts)
    if total == 0:
        return 0
    wanted = min(int(total * _MARGIN_QUANTILE), total - 1) + 1
    seen = 0
    for width, count in enumerate(counts):
        seen += count
        if seen >= wanted:
            return width
    return _WRAP_MAX_WIDTH + 1


def _reaches_margin(line: Line, margin: int) -> bool:
    return max(_WRAP_MIN_WIDTH, margin - _RAGGED_MARGIN) <= line.width <= _WRAP_MAX_WIDTH


def _continues_indented(previous: Line, line: Line, margin: int) -> bool:
    """An indented line that reached the margin, followed by a flush-left one: a wrap."""
    return (
        previous.indent >= _MIN_PARAGRAPH_INDENT
        and _reaches_margin(previous, margin)
        and line.indent == 0
        and not line.is_blank
    )


def _count_flush_paragraph_wraps(page: str, lines: Sequence[Line], margin: int) -> int:
    """How many flush-left lines that start a paragraph reach the margin and
    run on into a flush-left line opening in lower case: paragraphs set
    flush left and wrapped. A line starts a paragraph here when the line
    above it is flush left too but stops short of the margin (or is blank):
    in an indented feed a flush-left line carries on an indented one."""
    return sum(
        1
        for before, previous, line in zip(lines, lines[1:], lines[2:], strict=False)
        if before.indent == 0
        and not _reaches_margin(before, margin)
        and previous.indent == 0
        and _reaches_margin(previous, margin)
        and line.indent == 0
        and not line.is_blank
        and page[line.text_start].islower()
    )


def _count_mid_sentence(page: str, lines: Sequence[Line]) -> int:
    return sum(1 for line in lines if _opens_mid_sentence(page, line))


def find_wrap_layout(page: str, lines: Sequence[Line]) -> WrapLayout:
    """Decide once for the whole page how it marks paragraphs.

    A page is wrapped only when it shows a wrap pattern: an indented line
    that reaches the page's margin followed by a flush-left line
    (``INDENTED``), or blank-line separated paragraphs whose lines run on
    from a common margin into lines that open in lower case
    (``BLANK_SEPARATED``). Either way most lines must fit within 100
    characters.

    >>> page = "\\n".join(["    A paragraph that goes on and on past the width of",
    ...                   "the terminal, so the wire service wrapped it onto",
    ...                   "several lines, as wire services did for decades."])
    >>> find_wrap_layout(page, split_lines(page)).value
    'indented'
    >>> find_wrap_layout("Headline\\nA paragraph.", split_lines("Headline\\nA paragraph.")).value
    'none'
    """
    margin = _margin(lines)
    if margin == 0 or margin > _WRAP_MAX_WIDTH:
        return WrapLayout.NONE
    # A line that ends in one blank is a text node cut at an inline tag
    # (see _continues_inline), not a line wrapped at the margin; a line of
    # cells apart by bars is a renderer's row of links ("  **Print** |
    # **E-mail** | **Comments**"), not a paragraph's first line.
    indented_wraps = [
        line
        for previous, line in itertools.pairwise(lines)
        if _continues_indented(previous, line, margin)
        and not _ends_with_one_blank(previous)
        and not _has_cell_bar(page, previous)
    ]
    # The indent marks paragraphs only when flush-left paragraphs do not
    # wrap as often: a text renderer indents its list items and select boxes
    # but sets its paragraphs flush left. The flush wraps counted run on in
    # lower case, so the indented ones compared with them must too: a select
    # box's options wrap onto lines of capitals and figures ("  All AC Aixam
    # Alfa Romeo ..." / "Cadillac Caterham ..."), never mid-sentence.
    if indented_wraps:
        flush_wraps = _count_flush_paragraph_wraps(page, lines, margin)
        if not flush_wraps or _count_mid_sentence(page, indented_wraps) > flush_wraps:
            return WrapLayout.INDENTED
    if not any(line.is_blank for line in lines):
        return WrapLayout.NONE
    run_ons = [
        (previous, line)
        for previous, line in itertools.pairwise(lines)
        if not previous.is_blank and not line.is_blank
    ]
    wrapped = [line for previous, line in run_ons if _reaches_margin(previous, margin)]
    lower = sum(1 for line in wrapped if page[line.text_start].islower())
    if (
        len(run_ons) < _WRAP_MIN_RUN_ONS
        or len(wrapped) < _WRAP_MIN_SHARE * len(run_ons)
        or lower < _WRAP_MIN_LOWER_SHARE * len(wrapped)
    ):
        return WrapLayout.NONE
    return WrapLayout.BLANK_SEPARATED


def is_hard_wrapped(page: str) -> bool:
    """True when the lines look like a feed wrapped at a fixed width.

    >>> page = "\\n".join(["    A paragraph that goes on and on past the width of",
    ...                   "the terminal, so the wire service wrapped it onto",
    ...                   "several lines, as wire services did for decades.",
    ...                   "    A second paragraph starts with an indent and it",
    ...                   "wraps too."])
    >>> is_hard_wrapped(page)
    True
    >>> is_hard_wrapped("Headline\\nA one-line paragraph.")
    False
    """
    return find_wrap_layout(page, split_lines(page)) is not WrapLayout.NONE


def _has_cell_bar(page: str, line: Line) -> bool:
    """A markdown table row holds a bar between its cells: "2| Flat proposal"."""
    return page.find("|", line.text_start, line.text_end) >= 0


# A markdown code block is indented by four blanks or more: a renderer
# never wraps it ("    The Royal Newfoundland Constabulary has ...").
_CODE_BLOCK_INDENT = 4


def _is_text_past(page: str, line: Line, margin: int) -> bool:
    """A line of running text wider than ``margin``: not a table row, and not
    a heading, a list item or a code block, which renderers leave unwrapped."""
    return (
        line.width > margin
        and line.indent < _CODE_BLOCK_INDENT
        and not _has_cell_bar(page, line)
        and BLOCK_OPENER_RE.match(page, line.span.start, line.content_end) is None
    )


def _opens_mid_sentence(page: str, line: Line) -> bool:
    """A line opening with a letter that is not a capital: a lower-case
    letter, or one of a script without case (Hangul, Han, kana)."""
    first = page[line.text_start]
    return first.isalpha() and not first.isupper()


def find_local_margin(page: str, lines: Sequence[Line]) -> int:
    """The right margin of the wrapped paragraphs on a page otherwise one
    block a line, or 0 when its paragraphs are not wrapped.

    The margin is read from the lines that run on into a line opening in
    lower case (or in a script without case); it holds only when few lines of text stand past it.

    >>> prose = ("the talks would resume next week in Geneva, where the two sides met "
    ...          "last year before they broke off their talks ") * 3
    >>> import textwrap
    >>> page = "Home\\nWorld\\n\\n" + "\\n".join(textwrap.wrap(prose, 70)) + "\\n\\nMost read"
    >>> find_local_margin(page, split_lines(page)) in range(60, 71)
    True
    >>> find_local_margin("Home\\nWorld\\nMost read", split_lines("Home\\nWorld\\nMost read"))
    0
    """
    counts = [0] * (_WRAP_MAX_WIDTH + 1)
    run_on_widths = [False] * (_WRAP_MAX_WIDTH + 1)
    total = 0
    for previous, line in itertools.pairwise(lines):
        if (
            not previous.is_blank
            and not line.is_blank
            and _WRAP_MIN_WIDTH <= previous.width <= _WRAP_MAX_WIDTH
            and _holds_words(page, previous)
            and not _has_cell_bar(page, previous)
        ):
            run_on_widths[previous.width] = True
            if _opens_mid_sentence(page, line):
                counts[previous.width] += 1
                total += 1
    if total < _LOCAL_MIN_LOWER_RUN_ONS:
        return 0
    wanted = min(int(total * _LOCAL_MARGIN_QUANTILE), total - 1) + 1
    margin = seen = 0
    for width, count in enumerate(counts):
        seen += count
        if seen >= wanted:
            margin = width
            break
    if margin < _LOCAL_MIN_MARGIN:
        return 0
    # A few run-ons estimate the margin short: the lines that run on into a
    # name or a new sentence reach it too ("... said Tuesday that Prime" /
    # "Minister ..."), as far as a few characters past the estimate.
    for width in range(min(margin + _LOCAL_MARGIN_SLACK, _WRAP_MAX_WIDTH), margin, -1):
        if run_on_widths[width]:
            margin = width
            break
    past = sum(1 for line in lines if _is_text_past(page, line, margin))
    reaching = sum(
        1
        for previous, line in itertools.pairwise(lines)
        if not line.is_blank and _reaches_local_margin(page, previous, margin)
    )
    return margin if past <= _LOCAL_MAX_SHARE_PAST_MARGIN * reaching else 0


# A wrapping tool breaks lines at blanks, so a line it wrapped at a margin of
# 40 characters or more holds several words; a run of 60 digits does not.
_WRAPPED_LINE_MIN_BLANKS = 3


def _holds_words(page: str, line: Line) -> bool:
    return page.count(" ", line.text_start, line.text_end) >= _WRAPPED_LINE_MIN_BLANKS


def _reaches_local_margin(page: str, line: Line, margin: int) -> bool:
    return (
        not line.is_blank
        and margin - _LOCAL_RAGGED_MARGIN <= line.width <= margin
        and _holds_words(page, line)
        and HARD_BREAK_RE.search(page, line.text_start, line.content_end) is None
        and not _is_table_row(page, line)
        and not _has_cell_bar(page, line)
    )


def _text_column(page: str, first: Line) -> int:
    """Where the wrapped lines of a paragraph opening with ``first`` start:
    flush left, or under the text after a list bullet ("  * Win tickets" /
    "    to see ..."), as renderers wrap list items."""
    opener = BLOCK_OPENER_RE.match(page, first.span.start, first.content_end)
    return 0 if opener is None else opener.end() - first.span.start


def _continues_local_wrap(page: str, group: list[Line], line: Line, margin: int) -> bool:
    """True when ``line`` carries on the paragraph ``group``, wrapped at the local ``margin``."""
    return (
        margin > 0
        and not line.is_blank
        and _reaches_local_margin(page, group[-1], margin)
        and line.indent in (0, _text_column(page, group[0]))
        and BLOCK_OPENER_RE.match(page, line.span.start, line.content_end) is None
        and not _has_cell_bar(page, line)
    )


def _ends_with_one_blank(line: Line) -> bool:
    return line.content_end - line.text_end == 1


# What closes a sentence or a clause: a text node opening with one of these
# carries on the one an inline tag ended ("... reports from The Wrap" / ".",
# "the role of" / "Kirk" / ", who ..."); no block of its own opens so.
CLOSING_PUNCTUATION = frozenset(",.;:)!?”’")


def _opens_with_word_hyphen(page: str, line: Line) -> bool:
    """A node that opens with a hyphen run into a lower-case word carries on a
    compound a link split ("a Scottish Cup" / "-winners medal"); a dash
    with a blank after it ("- Home") is a bullet or a separator."""
    start = line.text_start
    return page[start] == "-" and start + 1 < line.text_end and page[start + 1].islower()


# The most words an inline tag (a link, an emphasis) is taken to hold.
_INLINE_NODE_MAX_WORDS = 8


def _continues_inline(page: str, previous: Line, line: Line) -> bool:
    """True when ``line`` carries on a sentence that an inline tag split.

    A renderer that writes every text node of the HTML on a line of its own
    (BeautifulSoup's ``get_text("\\n")``) keeps the blank each node had at
    its edge: "rebooted " / "Star Trek" / " film series". One blank at the
    end of a line says the sentence runs on; so does one blank opening a
    line in lower case (a wire sign-off, " Reuter", opens with a capital). A
    scraper that writes one block a line strips its lines, so neither
    occurs there. Two blanks at the end are a markdown hard break, and a
    line indented further is a paragraph of its own.
    """
    if line.is_blank or previous.is_blank or line.indent > 1:
        return False
    if line.indent == 0 and (
        page[line.text_start] in CLOSING_PUNCTUATION or _opens_with_word_hyphen(page, line)
    ):
        return True
    if line.indent == 1:
        return page[line.text_start].islower()
    # After a blank at the end, what an inline tag held: a few words ("Star
    # Trek"), or words that cannot open a sentence; not a paragraph of its
    # own under a line that a renderer padded.
    return (
        _ends_with_one_blank(previous)
        and not ends_like_sentence(page[previous.text_start : previous.text_end])
        and (
            not page[line.text_start].isupper()
            or page.count(" ", line.text_start, line.text_end) < _INLINE_NODE_MAX_WORDS
        )
    )


def has_inline_splits(lines: Sequence[Line]) -> bool:
    """True when some lines of text, not all, open or end with a blank, as
    the text nodes that :func:`_continues_inline` rejoins do.

    A blank at the edge of every line is the padding of the whole page (a
    trailing no-break space, an indented dump), which says nothing of where
    a sentence runs on.

    >>> has_inline_splits(split_lines("The remake of the \\nStar Trek\\n film series.\\nMenu"))
    True
    >>> has_inline_splits(split_lines("First line. \\nSecond line. \\n"))
    False
    """
    text_lines = edged = 0
    for line in lines:
        if not line.is_blank:
            text_lines += 1
            edged += line.indent > 0 or line.text_end < line.content_end
    return 0 < edged < text_lines


def _joins_previous(
    page: str, group: list[Line], line: Line, layout: WrapLayout, margin: int, inline_splits: bool
) -> bool:
    """True when ``line`` continues the paragraph ``group`` holds."""
    previous = group[-1]
    if line.is_blank or previous.is_blank:
        return False
    # A text node split at an inline tag may be a paragraph's whole opening,
    # hundreds of characters long, followed by the tag's few words; a wrapped
    # line never is, and two long lines are two blocks.
    if previous.width > _WRAP_MAX_WIDTH:
        return (
            layout is WrapLayout.NONE
            and inline_splits
            and line.width <= _WRAP_MAX_WIDTH
            and _continues_inline(page, previous, line)
        )
    # A table row ends its line: what follows is the next row.
    if _is_table_row(page, previous):
        return False
    if layout is WrapLayout.INDENTED:
        # The indent is the paragraph mark; lines above the first indent
        # (title, byline) stand alone, and so does a lone word of letters
        # after a full stop: a sign-off ("REUTER") set flush left. A table
        # row continues only a line that reached the margin: a row label
        # wrapped into its figures, not a heading above a table.
        return (
            line.indent == 0
            and group[0].indent > 0
            and (not _is_table_row(page, line) or _reaches_margin(previous, margin))
            and not (
                _is_sign_off_shaped(page, line)
                and ends_like_sentence(page[previous.text_start : previous.text_end])
            )
        )
    if layout is WrapLayout.BLANK_SEPARATED:
        # Only width tells a wrap here, and a table row's width tells
        # nothing; a list bullet or a heading opens a block of its own.
        return (
            _reaches_margin(previous, margin)
            and not _is_table_row(page, line)
            and BLOCK_OPENER_RE.match(page, line.span.start, line.content_end) is None
        )
    return _continues_local_wrap(page, group, line, margin) or (
        inline_splits and _continues_inline(page, previous, line)
    )


def _group_lines(
    lines: tuple[Line, ...], layout: WrapLayout, page: str, margin: int, inline_splits: bool
) -> list[list[Line]]:
    """Group lines into blocks: blank runs, and one line (or one wrapped paragraph) each."""
    groups: list[list[Line]] = []
    for line in lines:
        if not groups:
            groups.append([line])
        elif (line.is_blank and groups[-1][-1].is_blank) or _joins_previous(
            page, groups[-1], line, layout, margin, inline_splits
        ):
            groups[-1].append(line)
        else:
            groups.append([line])
    return groups


def _blocks_one_a_line(page: str, lines: tuple[Line, ...]) -> tuple[Block, ...]:
    """The blocks of a page where nothing joins but blank lines: one block a
    line of text, one a run of blank lines (as :func:`_block_from_lines`
    makes them, without a list of lines for each block)."""
    blocks: list[Block] = []
    blank_start = -1  # where the run of blank lines being read starts
    for line in lines:
        text_start, text_end = line.text_start, line.text_end
        if text_start >= text_end:
            if blank_start < 0:
                blank_start = line.span.start
            continue
        if blank_start >= 0:
            blocks.append(_blank_block(blank_start, line.span.start))
            blank_start = -1
        blocks.append(
            Block(
                kind=BlockKind.UNLABELLED,
                text=page[text_start:text_end],
                span=line.span,
                text_span=Span(start=text_start, end=text_end),
            )
        )
    if blank_start >= 0:
        blocks.append(_blank_block(blank_start, lines[-1].span.end))
    return tuple(blocks)


def _blank_block(start: int, end: int) -> Block:
    return Block(
        kind=BlockKind.BLANK,
        text="",
        span=Span(start=start, end=end),
        text_span=Span(start=start, end=start),
        rule="blank",
    )


def _block_from_lines(page: str, group: list[Line]) -> Block:
    first, last = group[0], group[-1]
    if len(group) == 1 and first.text_start < first.text_end:
        # One line of text, the case of nearly every block: its span is the line's.
        return Block(
            kind=BlockKind.UNLABELLED,
            text=page[first.text_start : first.text_end],
            span=first.span,
            text_span=Span(start=first.text_start, end=first.text_end),
        )
    if first.is_blank:
        return _blank_block(first.span.start, last.span.end)
    span = Span(start=first.span.start, end=last.span.end)
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
    if not isinstance(page, str):
        raise TypeError(f"split_blocks() expects a str page, got {type(page).__name__}")
    lines = split_lines(page)
    layout = find_wrap_layout(page, lines)
    margin = _margin(lines) if layout is not WrapLayout.NONE else find_local_margin(page, lines)
    inline_splits = layout is WrapLayout.NONE and has_inline_splits(lines)
    if layout is WrapLayout.NONE and not margin and not inline_splits:
        # Nothing joins but blank lines: the case of nearly every scraped page,
        # whose scraper strips its lines.
        return _blocks_one_a_line(page, lines)
    groups = _group_lines(lines, layout, page, margin, inline_splits)
    return tuple(_block_from_lines(page, group) for group in groups)
