"""wireparse: split scraped news pages into typed articles."""

from wireparse._version import __version__
from wireparse.attributions import find_attributions
from wireparse.blocks import split_blocks
from wireparse.bylines import parse_byline
from wireparse.captions import parse_caption
from wireparse.datelines import parse_dateline
from wireparse.model import (
    Article,
    Attribution,
    AttributionKind,
    Block,
    BlockKind,
    Byline,
    Caption,
    Dateline,
    Paragraph,
    Precision,
    Span,
    Timestamp,
)
from wireparse.pipeline import LABELLING_STAGES, assemble_article, label_blocks, parse
from wireparse.schema import article_schema
from wireparse.timestamps import find_timestamps, parse_timestamp

__all__ = [
    "LABELLING_STAGES",
    "Article",
    "Attribution",
    "AttributionKind",
    "Block",
    "BlockKind",
    "Byline",
    "Caption",
    "Dateline",
    "Paragraph",
    "Precision",
    "Span",
    "Timestamp",
    "__version__",
    "article_schema",
    "assemble_article",
    "find_attributions",
    "find_timestamps",
    "label_blocks",
    "parse",
    "parse_byline",
    "parse_caption",
    "parse_dateline",
    "parse_timestamp",
    "split_blocks",
]
