"""The typed model every stage shares.

Strategy: everything here is a frozen attrs class holding text and spans.
Spans are character offsets into the exact string given to the stage that
made them, so ``page[span.start:span.end]`` always gives the raw text back.
No class here does any parsing; the stages build them with named functions.
"""

from __future__ import annotations

import datetime as _dt
import enum
from typing import Any

import attrs

#: Version of the layout of :meth:`Article.to_dict`; bumped on any breaking
#: change to the dictionary's keys or value types.
SCHEMA_VERSION = "1.0"


@attrs.frozen(order=True)
class Span:
    """A half-open range ``[start, end)`` of character offsets into a text."""

    #: Offset of the first character.
    start: int
    #: Offset one past the last character.
    end: int

    def __len__(self) -> int:
        return self.end - self.start

    def slice(self, text: str) -> str:
        """Return the part of ``text`` this span covers.

        >>> Span(start=2, end=5).slice("a bcd e")
        'bcd'
        """
        return text[self.start : self.end]

    def shift(self, offset: int) -> Span:
        """Return this span moved right by ``offset`` characters.

        >>> Span(start=0, end=3).shift(10)
        Span(start=10, end=13)
        """
        return Span(start=self.start + offset, end=self.end + offset)

    def to_list(self) -> list[int]:
        """Return ``[start, end]``, the JSON form of a span."""
        return [self.start, self.end]


class BlockKind(enum.StrEnum):
    """What a block of the page is.

    The first group is the article itself, the second is structure that is
    neither article body nor noise, the third is navigation noise (kept and
    labelled, never dropped).
    """

    # -- the article
    HEADLINE = "headline"
    BODY = "body"
    # -- structure around the article
    CAPTION = "caption"
    BYLINE = "byline"
    TIMESTAMP = "timestamp"
    DATELINE = "dateline"
    TRAILER = "trailer"
    BLANK = "blank"
    # -- navigation noise
    MENU = "menu"
    LINK_LIST = "link_list"
    SECTION_LABEL = "section_label"
    SEPARATOR = "separator"
    SHARE = "share"
    SUBSCRIPTION = "subscription"
    LEGAL = "legal"
    COMMENTS = "comments"
    ADVERTISING = "advertising"
    FOOTER = "footer"
    RELATED = "related"
    BOILERPLATE = "boilerplate"
    # -- not yet labelled (only seen between stages)
    UNLABELLED = "unlabelled"

    @property
    def is_noise(self) -> bool:
        """True for the kinds of navigation noise."""
        return self in NOISE_KINDS


#: The block kinds that count as navigation noise.
NOISE_KINDS = frozenset(
    {
        BlockKind.MENU,
        BlockKind.LINK_LIST,
        BlockKind.SECTION_LABEL,
        BlockKind.SEPARATOR,
        BlockKind.SHARE,
        BlockKind.SUBSCRIPTION,
        BlockKind.LEGAL,
        BlockKind.COMMENTS,
        BlockKind.ADVERTISING,
        BlockKind.FOOTER,
        BlockKind.RELATED,
        BlockKind.BOILERPLATE,
    }
)


@attrs.frozen
class Block:
    """One block of the page: a line, a run of wrapped lines, or a blank run.

    The spans of all blocks of a page cover it from 0 to its length with no gap
    and no overlap.
    """

    #: What the block is.
    kind: BlockKind
    #: The block's text: stripped, and for hard-wrapped lines unwrapped to one line.
    text: str
    #: The block's raw extent in the page, line terminators included.
    span: Span
    #: The extent of the text proper: from its first to its last non-blank character.
    text_span: Span
    #: Name of the rule that gave the block its kind (its provenance).
    rule: str = "split"
    #: Where the text of each line of the block is, for a hard-wrapped block;
    #: empty for a block of one line, whose text is ``text_span`` of the page.
    line_spans: tuple[Span, ...] = ()

    @property
    def is_noise(self) -> bool:
        """True when the block is navigation noise."""
        return self.kind.is_noise

    def to_dict(self) -> dict[str, Any]:
        """Return the block as JSON-ready data."""
        return {
            "kind": self.kind.value,
            "text": self.text,
            "span": self.span.to_list(),
            "text_span": self.text_span.to_list(),
            "rule": self.rule,
            "line_spans": [span.to_list() for span in self.line_spans],
        }


class Precision(enum.StrEnum):
    """How much of a point in time a timestamp gives."""

    DATE = "date"
    MINUTE = "minute"
    SECOND = "second"


@attrs.frozen
class Timestamp:
    """A date or time as written on the page, and its value when it can be known."""

    #: The text as on the page (label such as "Updated:" excluded).
    raw: str
    #: The point in time; timezone-aware when the zone is known, ``None`` when
    #: the text is relative ("5 hours ago") or gives no year ("Nov 18") and
    #: no reference was given.
    value: _dt.datetime | None
    #: Where ``raw`` is, in the text given to the parser.
    span: Span
    #: How much of the point in time the text gives.
    precision: Precision = Precision.MINUTE
    #: "published", "updated", ... when the text carries such a label, else ``None``.
    label: str | None = None
    #: The zone as written ("JST", "+09:00"), or ``None``.
    zone: str | None = None
    #: Notes on doubtful readings, e.g. ``("ambiguous-day-month",)``.
    warnings: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        """Return the timestamp as JSON-ready data."""
        return {
            "raw": self.raw,
            "value": None if self.value is None else self.value.isoformat(),
            "span": self.span.to_list(),
            "precision": self.precision.value,
            "label": self.label,
            "zone": self.zone,
            "warnings": list(self.warnings),
        }


@attrs.frozen
class Dateline:
    """A wire dateline such as ``WASHINGTON, July 29 (Reuters) -``."""

    #: The dateline as on the page, dash included.
    raw: str
    #: The place, e.g. ``"SAN JOSE, Costa Rica"``; ``None`` for ``(Bloomberg) --``.
    place: str | None
    #: The news agency named in parentheses, e.g. ``"Reuters"``, or ``None``.
    agency: str | None
    #: Where ``raw`` is.
    span: Span
    #: The date as written, e.g. ``"July 29"``, or ``None``.
    date_text: str | None = None
    #: The date, when a year is known from the page or a reference.
    date: _dt.date | None = None
    #: The dash that ends the dateline ("-", "--", "—"), or ``None``.
    dash: str | None = None
    #: A byline run into the dateline ("By Jane Doe WASHINGTON (Reuters) -"),
    #: or ``None``; ``raw`` and ``span`` leave it out.
    byline: Byline | None = None
    #: Name of the dateline form that matched ("place-date-agency"), its provenance.
    form: str | None = None

    def to_dict(self) -> dict[str, Any]:
        """Return the dateline as JSON-ready data."""
        return {
            "raw": self.raw,
            "place": self.place,
            "agency": self.agency,
            "span": self.span.to_list(),
            "date_text": self.date_text,
            "date": None if self.date is None else self.date.isoformat(),
            "dash": self.dash,
            "byline": _optional_dict(self.byline),
            "form": self.form,
        }


def relabel(block: Block, kind: BlockKind, rule: str) -> Block:
    """Return ``block`` with a new kind and the rule that gave it.

    Built directly rather than with ``attrs.evolve``: the labelling stages
    relabel nearly every block of every page. A test checks that every other
    field of :class:`Block` is carried over, so a field added later is not lost.

    >>> block = Block(kind=BlockKind.UNLABELLED, text="Home", span=Span(start=0, end=4), text_span=Span(start=0, end=4))
    >>> relabel(block, BlockKind.MENU, "menu-word").kind.value
    'menu'
    """
    return Block(
        kind=kind,
        text=block.text,
        span=block.span,
        text_span=block.text_span,
        rule=rule,
        line_spans=block.line_spans,
    )


@attrs.frozen
class Byline:
    """A byline such as ``By Jane Doe and John Roe, Reuters``."""

    #: The byline text.
    text: str
    #: Where it is.
    span: Span
    #: The people named.
    names: tuple[str, ...] = ()
    #: The agency or publication named, if any.
    agency: str | None = None

    def to_dict(self) -> dict[str, Any]:
        """Return the byline as JSON-ready data."""
        return {
            "text": self.text,
            "span": self.span.to_list(),
            "names": list(self.names),
            "agency": self.agency,
        }


@attrs.frozen
class Caption:
    """A photo caption, with its credit and picture date when present."""

    #: The caption text.
    text: str
    #: Where it is.
    span: Span
    #: The photo credit, e.g. ``"REUTERS/Kim Kyung-Hoon"``.
    credit: str | None = None
    #: The date the picture was taken ("Picture taken April 25, 2019.").
    picture_date: _dt.date | None = None

    def to_dict(self) -> dict[str, Any]:
        """Return the caption as JSON-ready data."""
        return {
            "text": self.text,
            "span": self.span.to_list(),
            "credit": self.credit,
            "picture_date": None if self.picture_date is None else self.picture_date.isoformat(),
        }


@attrs.frozen
class Paragraph:
    """A paragraph of the article body."""

    #: The paragraph text (after the dateline, if the paragraph had one).
    text: str
    #: Where the paragraph's text is in the page.
    span: Span
    #: Where each line's text is, when the paragraph was hard-wrapped and its
    #: ``text`` joins those lines with spaces; empty otherwise.
    line_spans: tuple[Span, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        """Return the paragraph as JSON-ready data."""
        return {
            "text": self.text,
            "span": self.span.to_list(),
            "line_spans": [s.to_list() for s in self.line_spans],
        }


class AttributionKind(enum.StrEnum):
    """How the content of an attribution is given."""

    DIRECT = "direct"
    INDIRECT = "indirect"
    ACCORDING_TO = "according_to"
    MIXED = "mixed"


@attrs.frozen
class Attribution:
    """Who said what: a source, a cue and the content attributed."""

    #: The source as written ("the Financial Times"), or ``None`` when unnamed.
    source: str | None
    #: The cue ("reported", "according to").
    cue: str
    #: The content attributed; pieces joined by one space when discontinuous.
    content: str
    #: Where the source is, or ``None``.
    source_span: Span | None
    #: Where the cue is.
    cue_span: Span
    #: Where the content is: from its first to its last character.
    content_span: Span
    #: The pieces of the content (one for contiguous content).
    content_spans: tuple[Span, ...] = ()
    #: How the content is given.
    kind: AttributionKind = AttributionKind.INDIRECT
    #: The named source an anaphor ("the newspaper", "he") refers back to.
    resolved_source: str | None = None
    #: When the speech act took place, when the text says ("on Saturday").
    date: _dt.date | None = None
    #: Index, in the same tuple of attributions, of the attribution whose
    #: content holds this one ("…rockets that they said were seized…, the
    #: Financial Times reported"), or ``None``.
    nested_in: int | None = None

    def to_dict(self) -> dict[str, Any]:
        """Return the attribution as JSON-ready data."""
        return {
            "source": self.source,
            "cue": self.cue,
            "content": self.content,
            "source_span": None if self.source_span is None else self.source_span.to_list(),
            "cue_span": self.cue_span.to_list(),
            "content_span": self.content_span.to_list(),
            "content_spans": [s.to_list() for s in self.content_spans],
            "kind": self.kind.value,
            "resolved_source": self.resolved_source,
            "date": None if self.date is None else self.date.isoformat(),
            "nested_in": self.nested_in,
        }


def _optional_dict(value: Any) -> Any:
    return None if value is None else value.to_dict()


@attrs.frozen(kw_only=True)
class Article:
    """A scraped page split into its labelled parts."""

    #: The headline, or ``None`` when the page has none.
    headline: str | None
    #: The photo captions.
    captions: tuple[Caption, ...]
    #: The main timestamp, the article's own: a publication date by the headline,
    #: else in the body, else an update time, then the rest of the page above a
    #: comment section (see :func:`wireparse.pipeline.main_timestamp`).
    timestamp: Timestamp | None
    #: Every timestamp found around the article ("Published", "Updated", ...).
    timestamps: tuple[Timestamp, ...]
    #: The wire dateline opening the body, or ``None``.
    dateline: Dateline | None
    #: The byline, or ``None``.
    byline: Byline | None
    #: The body paragraphs in order.
    paragraphs: tuple[Paragraph, ...]
    #: Wire trailers ("Reporting by ...; Editing by ...") and sign-offs.
    trailers: tuple[Block, ...]
    #: Who said what in the body.
    attributions: tuple[Attribution, ...]
    #: Every block of the page in order; their spans cover the page exactly.
    blocks: tuple[Block, ...]

    @property
    def body(self) -> str:
        """The paragraphs' text joined with newlines."""
        return "\n".join(p.text for p in self.paragraphs)

    @property
    def noise(self) -> tuple[Block, ...]:
        """The blocks labelled as navigation noise."""
        return tuple(b for b in self.blocks if b.is_noise)

    def to_dict(self) -> dict[str, Any]:
        """Return the article as JSON-ready data (ISO 8601 datetimes, spans as lists)."""
        return {
            "schema_version": SCHEMA_VERSION,
            "headline": self.headline,
            "captions": [c.to_dict() for c in self.captions],
            "timestamp": _optional_dict(self.timestamp),
            "timestamps": [t.to_dict() for t in self.timestamps],
            "dateline": _optional_dict(self.dateline),
            "byline": _optional_dict(self.byline),
            "paragraphs": [p.to_dict() for p in self.paragraphs],
            "body": self.body,
            "trailers": [b.to_dict() for b in self.trailers],
            "attributions": [a.to_dict() for a in self.attributions],
            "noise": [b.to_dict() for b in self.noise],
            "blocks": [b.to_dict() for b in self.blocks],
        }
