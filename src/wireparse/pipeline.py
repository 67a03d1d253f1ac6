"""The pipeline: the ordered stages that turn a page into an :class:`Article`.

Strategy: split the page into blocks, pass the blocks through each labelling
stage of :data:`LABELLING_STAGES` in order (each a pure
``tuple[Block, ...] -> tuple[Block, ...]`` function), then read the labelled
blocks into the typed parts of the article.

Must never: raise on a ``str``, depend on anything but the page, or drop a
character of it.
"""

from __future__ import annotations

import bisect
import datetime as _dt
from collections.abc import Callable, Sequence

import attrs

from wireparse.attributions import find_attributions
from wireparse.blocks import split_blocks
from wireparse.body import label_body
from wireparse.bylines import byline_from_block, parse_byline_before
from wireparse.captions import caption_from_block
from wireparse.datelines import parse_dateline
from wireparse.headline import label_headline, strip_site_name
from wireparse.model import (
    Article,
    Attribution,
    Block,
    BlockKind,
    Byline,
    Dateline,
    Paragraph,
    Precision,
    Span,
    Timestamp,
)
from wireparse.noise import label_noise
from wireparse.structure import label_structure
from wireparse.text import strip_markup, widest_cell
from wireparse.timestamps import find_timestamps, line_timestamp, parse_timestamp, read_timestamp_line

Stage = Callable[[tuple[Block, ...]], tuple[Block, ...]]

#: The labelling stages, in the order they run.
LABELLING_STAGES: tuple[tuple[str, Stage], ...] = (
    ("noise", label_noise),
    ("structure", label_structure),
    ("body", label_body),
    ("headline", label_headline),
)


def label_blocks(page: str) -> tuple[Block, ...]:
    """Split ``page`` into blocks and run every labelling stage over them.

    >>> [b.kind.value for b in label_blocks("By Jane Doe\\nThe minister said the talks would resume soon.")]
    ['byline', 'body']
    """
    if not isinstance(page, str):
        raise TypeError(f"label_blocks() expects a str page, got {type(page).__name__}")
    blocks = split_blocks(page)
    for _name, stage in LABELLING_STAGES:
        blocks = stage(blocks)
    return blocks


@attrs.frozen
class TextMap:
    """Maps offsets in a derived text (joined paragraphs) back into the page."""

    #: Start offset of each segment in the derived text, ascending.
    text_starts: tuple[int, ...]
    #: Page span of each segment; same length as the text it stands for.
    page_spans: tuple[Span, ...]

    def to_page(self, offset: int, *, is_end: bool = False) -> int:
        """Return the page offset for ``offset`` in the derived text."""
        if not self.text_starts:
            return 0
        probe = offset - 1 if is_end and offset > 0 else offset
        index = max(bisect.bisect_right(self.text_starts, probe) - 1, 0)
        span = self.page_spans[index]
        inside = min(max(probe - self.text_starts[index], 0), len(span))
        if is_end:
            return min(span.start + inside + 1, span.end) if offset > 0 else span.start
        return span.start + inside

    def span_to_page(self, span: Span) -> Span:
        """Map a span of the derived text into the page.

        An empty span stays empty, and a span never ends before it starts,
        even where it touches the join between two pieces.

        >>> text_map = TextMap(text_starts=(0, 4), page_spans=(Span(start=10, end=13), Span(start=20, end=25)))
        >>> text_map.span_to_page(Span(start=1, end=6))
        Span(start=11, end=22)
        >>> text_map.span_to_page(Span(start=4, end=4))
        Span(start=20, end=20)
        """
        start = self.to_page(span.start)
        if span.end <= span.start:
            return Span(start=start, end=start)
        return Span(start=start, end=max(self.to_page(span.end, is_end=True), start))


def _paragraph_pieces(paragraph: Paragraph) -> tuple[Span, ...]:
    if paragraph.line_spans:
        return paragraph.line_spans
    return (paragraph.span,)


def map_paragraphs(paragraphs: Sequence[Paragraph]) -> TextMap:
    """Build the map from offsets in ``"\\n".join(texts)`` to page offsets."""
    starts: list[int] = []
    spans: list[Span] = []
    cursor = 0
    for number, paragraph in enumerate(paragraphs):
        if number:
            cursor += 1  # the joining "\n"
        for piece_number, piece in enumerate(_paragraph_pieces(paragraph)):
            if piece_number:
                cursor += 1  # the joining space of an unwrapped line
            starts.append(cursor)
            spans.append(piece)
            cursor += len(piece)
    return TextMap(text_starts=tuple(starts), page_spans=tuple(spans))


def _paragraph_from_block(block: Block) -> Paragraph:
    return Paragraph(text=block.text, span=block.text_span, line_spans=block.line_spans)


def _split_dateline(
    paragraph: Paragraph, reference: _dt.date | None = None
) -> tuple[Dateline | None, Paragraph]:
    """Cut a leading wire dateline off ``paragraph``; spans stay page offsets."""
    dateline = parse_dateline(paragraph.text, reference=reference)
    if dateline is None:
        return None, paragraph
    text_map = map_paragraphs([paragraph])
    rest = paragraph.text[dateline.span.end :]
    rest_start = dateline.span.end + len(rest) - len(rest.lstrip())
    new_start = text_map.to_page(rest_start) if rest.strip() else paragraph.span.end
    byline = dateline.byline
    line_spans = tuple(
        Span(start=max(s.start, new_start), end=s.end) for s in paragraph.line_spans if s.end > new_start
    )
    return (
        attrs.evolve(
            dateline,
            span=text_map.span_to_page(dateline.span),
            byline=None if byline is None else attrs.evolve(byline, span=text_map.span_to_page(byline.span)),
        ),
        Paragraph(
            text=rest.lstrip(),
            span=Span(start=new_start, end=paragraph.span.end),
            line_spans=line_spans if len(line_spans) > 1 else (),
        ),
    )


def _timestamps(blocks: Sequence[Block], reference: _dt.datetime | None = None) -> tuple[Timestamp, ...]:
    """Every timestamp of the timestamp blocks, in page order.

    A block that is one timestamp is read whole; a dated line ("Reuters
    November 18, 2019 11:03 PM", "By ... | Updated: ...") gives each timestamp
    found inside it. ``reference`` gives relative forms ("5 hours ago") and
    dates without a year their value.
    """
    found: list[Timestamp] = []
    for block in blocks:
        if block.kind is not BlockKind.TIMESTAMP:
            continue
        if reference is not None:
            whole_with_reference = parse_timestamp(block.text, reference=reference)
            inside_with_reference = (
                (whole_with_reference,)
                if whole_with_reference is not None
                else find_timestamps(block.text, reference=reference)
            )
            found.extend(_timestamps_in_page(block, inside_with_reference))
            continue
        # One reading gives the line's whole timestamp or, for a dated line, those inside it.
        reading = read_timestamp_line(block.text)
        whole = line_timestamp(reading)
        if whole is not None:
            inside: tuple[Timestamp, ...] = (whole,)
        elif reading.is_too_long:
            inside = find_timestamps(block.text)
        else:
            inside = tuple(timestamp for _start, _end, timestamp in reading.matches)
        found.extend(_timestamps_in_page(block, inside))
    return tuple(found)


def _timestamps_in_page(block: Block, found: Sequence[Timestamp]) -> list[Timestamp]:
    """``found`` (spans into the block's text) with spans into the page.

    A block wrapped over several lines has its lines joined by one space in
    its text; the map of its lines puts each offset back on the page.
    """
    if not block.line_spans:
        return [attrs.evolve(t, span=t.span.shift(block.text_span.start)) for t in found]
    text_map = map_paragraphs([_paragraph_from_block(block)])
    return [attrs.evolve(t, span=text_map.span_to_page(t.span)) for t in found]


def _dated_byline(block: Block) -> Byline | None:
    """The byline a dated line opens with ("By Tess Bonn - 11/19/19 06:56 AM
    EST"), with its span on the page; ``None`` for any other block."""
    if block.kind is not BlockKind.TIMESTAMP or block.line_spans:
        return None
    reading = read_timestamp_line(block.text)
    if not reading.matches:
        return None
    byline = parse_byline_before(block.text, reading.matches[0][0])
    return None if byline is None else attrs.evolve(byline, span=byline.span.shift(block.text_span.start))


# How many blocks above its headline (or its first paragraph) an article's
# date may stand: a kicker, a section label, the date line itself.
ABOVE_HEADLINE_BLOCKS = 3

# Labels of a later state of the page, passed over when choosing the main timestamp.
_LATER_LABELS = frozenset({"updated", "modified"})


@attrs.frozen
class ArticleRegion:
    """Where the article stands among the blocks of a page (block indexes).

    ``opening`` runs from a few blocks above the headline (else the first
    paragraph) to the first paragraph, where the headline, byline, date and
    dateline stand; ``body`` from the first paragraph to the last, or to the
    comment section that follows the article; ``page`` from the page's start
    to that comment section (to the page's end when it has none).
    """

    opening: range
    body: range
    page: range

    def spans(self, blocks: Sequence[Block], part: range) -> tuple[int, int]:
        """The page offsets of ``part`` (one of this region's ranges)."""
        if not part:
            return (0, 0)
        return blocks[part.start].span.start, blocks[part.stop - 1].span.end


def article_region(blocks: Sequence[Block]) -> ArticleRegion | None:
    """Find the article's opening and body among ``blocks``; ``None`` for a
    page with neither a headline nor a paragraph."""
    first = first_body = None
    for index, block in enumerate(blocks):
        if first is None and block.kind is BlockKind.HEADLINE:
            first = index
        elif block.kind is BlockKind.BODY:
            first = index if first is None else first
            first_body = index
            break
    if first is None:
        return None
    start, above = first, 0
    for index in range(first - 1, -1, -1):
        if above == ABOVE_HEADLINE_BLOCKS:
            break
        if blocks[index].kind is not BlockKind.BLANK:
            start, above = index, above + 1
    count = len(blocks)
    if first_body is None:
        return ArticleRegion(opening=range(start, count), body=range(count, count), page=range(count))
    end, comments = first_body + 1, count
    for index in range(first_body + 1, count):
        kind = blocks[index].kind
        if kind is BlockKind.COMMENTS:
            comments = index
            break
        if kind is BlockKind.BODY:
            end = index + 1
    return ArticleRegion(opening=range(start, first_body), body=range(first_body, end), page=range(comments))


def main_timestamp(
    timestamps: Sequence[Timestamp], blocks: Sequence[Block] = (), region: ArticleRegion | None = None
) -> Timestamp | None:
    """Choose the article's timestamp.

    In the article first: a publication date by the headline (the region's
    opening; one labelled "Published" first, then one with its time, then
    any), else in the body; else an update time, by the headline first. Then
    the same in the page above a comment section; then any timestamp; the
    times of a comment section are never the article's. Without a region:
    the page's first publication date, else its first update time, else its
    first timestamp.

    A page often shows "13 hours ago" or an update time above its publication
    date; the publication date is the one users date the article by. A site's
    header shows today's date far above the article, lists of other stories
    and comments date them: the article's own date stands by its headline,
    and there a date with its time is the article's, where a date alone may
    be the site's date of the day ("Tuesday, January 15, 2008").
    """
    if not timestamps:
        return None
    ranked: tuple[list[Timestamp], ...]
    if region is None:
        everything = list(timestamps)
        ranked = (_published(everything), _valued(everything), everything)
    else:
        opening, body, page = (
            [t for t in timestamps if start <= t.span.start < end]
            for start, end in (
                region.spans(blocks, part) for part in (region.opening, region.body, region.page)
            )
        )
        by_headline = _published(opening)
        ranked = (
            [t for t in by_headline if t.label == "published"]
            or [t for t in by_headline if t.precision is not Precision.DATE]
            or by_headline,
            _published(body),
            # the article's update time before the page header's date
            _valued(opening),
            _valued(body),
            _published(page),
            _valued(page),
            opening,
            body,
            page,
        )
    return next((candidates[0] for candidates in ranked if candidates), None)


def _published(timestamps: Sequence[Timestamp]) -> list[Timestamp]:
    """The timestamps with a value that are not an update time."""
    return [t for t in timestamps if t.value is not None and t.label not in _LATER_LABELS]


def _valued(timestamps: Sequence[Timestamp]) -> list[Timestamp]:
    return [t for t in timestamps if t.value is not None]


def _article_byline(blocks: Sequence[Block], region: ArticleRegion | None) -> Byline | None:
    """The article's byline: the nearest the body in its opening, a byline
    line or a dated line's ("By Tess Bonn - 11/19/19"), as a list above the
    headline may credit other stories; else the first byline line of the
    body; else of the page above a comment section."""
    if region is None:
        line = _first_of_kind(blocks, BlockKind.BYLINE, range(len(blocks)))
        return None if line is None else byline_from_block(line)
    for index in reversed(region.opening):
        block = blocks[index]
        if block.kind is BlockKind.BYLINE:
            return byline_from_block(block)
        dated = _dated_byline(block)
        if dated is not None:
            return dated
    line = _first_of_kind(blocks, BlockKind.BYLINE, region.body) or _first_of_kind(
        blocks, BlockKind.BYLINE, region.page
    )
    return None if line is None else byline_from_block(line)


def _first_of_kind(blocks: Sequence[Block], kind: BlockKind, part: range) -> Block | None:
    return next((blocks[index] for index in part if blocks[index].kind is kind), None)


def _nearest_of_kind(blocks: Sequence[Block], kind: BlockKind, region: ArticleRegion | None) -> Block | None:
    """The block of ``kind`` in the article's opening (the nearest the body),
    else the first in its body, else the page's first above a comment section."""
    if region is None:
        return _first_of_kind(blocks, kind, range(len(blocks)))
    for part in (region.opening[::-1], region.body, region.page):
        found = _first_of_kind(blocks, kind, part)
        if found is not None:
            return found
    return None


def _map_attribution(attribution: Attribution, text_map: TextMap) -> Attribution:
    source_span = attribution.source_span
    return attrs.evolve(
        attribution,
        source_span=None if source_span is None else text_map.span_to_page(source_span),
        cue_span=text_map.span_to_page(attribution.cue_span),
        content_span=text_map.span_to_page(attribution.content_span),
        content_spans=tuple(text_map.span_to_page(s) for s in attribution.content_spans),
    )


def assemble_article(blocks: tuple[Block, ...], *, reference: _dt.datetime | None = None) -> Article:
    """Read labelled blocks into an :class:`Article`; ``reference`` as for :func:`parse`.

    ``parse(page)`` is ``assemble_article(label_blocks(page))``; a caller who
    changes some labels in between (a stage of its own, a correction by hand)
    gets the article of its labels.

    >>> import attrs
    >>> blocks = label_blocks("Home\\nGulf states urge peace\\nGulf leaders urged peace at their summit, officials said.")
    >>> assemble_article(blocks).headline
    'Gulf states urge peace'
    >>> mine = tuple(attrs.evolve(b, kind=BlockKind.MENU, rule="mine") if b.kind is BlockKind.HEADLINE else b for b in blocks)
    >>> assemble_article(mine).headline is None
    True
    """
    headline_block = next((b for b in blocks if b.kind is BlockKind.HEADLINE), None)
    paragraphs = [_paragraph_from_block(b) for b in blocks if b.kind is BlockKind.BODY]
    timestamps = _timestamps(blocks, reference)
    # The page's own date gives a dateline's "July 29" its year, and dates
    # the speech acts of its attributions; the caller's reference stands in
    # for a page that gives none.
    region = article_region(blocks)
    timestamp = main_timestamp(timestamps, blocks, region)
    if timestamp is not None and timestamp.value is not None:
        reference = timestamp.value
    dateline = None
    if paragraphs:
        dateline, paragraphs[0] = _split_dateline(paragraphs[0], reference)
    if dateline is None:
        lone = _nearest_of_kind(blocks, BlockKind.DATELINE, region)
        if lone is not None:
            dateline, _rest = _split_dateline(_paragraph_from_block(lone), reference)
    paragraphs = [p for p in paragraphs if p.text]
    body = "\n".join(p.text for p in paragraphs)
    text_map = map_paragraphs(paragraphs)
    byline = _article_byline(blocks, region)
    if byline is None and dateline is not None:
        byline = dateline.byline
    return Article(
        headline=None
        if headline_block is None
        else strip_site_name(widest_cell(strip_markup(headline_block.text))),
        captions=tuple(caption_from_block(b) for b in blocks if b.kind is BlockKind.CAPTION),
        timestamp=timestamp,
        timestamps=timestamps,
        dateline=dateline,
        byline=byline,
        paragraphs=tuple(paragraphs),
        trailers=tuple(b for b in blocks if b.kind is BlockKind.TRAILER),
        attributions=tuple(
            _map_attribution(a, text_map) for a in find_attributions(body, reference=reference)
        ),
        blocks=blocks,
    )


def parse(page: str, *, reference: _dt.datetime | None = None) -> Article:
    """Split a scraped news page into a typed :class:`Article`.

    Total for any ``str``; raises :class:`TypeError` for anything else.
    ``reference``, a point in time such as when the page was fetched, gives
    relative timestamps ("5 hours ago", "Yesterday") and dates without a year
    their value; without it they keep their text and have none. The page's
    own timestamp, when it has one, dates the dateline and the attributions;
    on a page without one, ``reference`` does.

    >>> article = parse("By Jane Doe\\nThe minister said the talks would resume next week.")
    >>> article.byline.names, article.body
    (('Jane Doe',), 'The minister said the talks would resume next week.')
    >>> parse(b"bytes")
    Traceback (most recent call last):
    TypeError: parse() expects a str page, got bytes
    """
    if not isinstance(page, str):
        raise TypeError(f"parse() expects a str page, got {type(page).__name__}")
    if reference is not None and not isinstance(reference, _dt.datetime):
        raise TypeError(f"parse() expects a datetime reference or None, got {type(reference).__name__}")
    return assemble_article(label_blocks(page), reference=reference)
