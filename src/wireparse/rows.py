"""The flat row form of an article, for data frames and distributed engines.

Strategy: :meth:`Article.to_dict` keeps everything (spans, blocks, provenance)
in nested JSON; a data frame wants one row an article with a fixed set of
typed columns. :func:`article_to_row` gives that row, :data:`ROW_FIELDS` says
what each column holds (name, type, meaning), and :data:`SPARK_SCHEMA` is the
same table as a Spark DDL string, so a Spark job can declare its schema
without this module importing Spark. :func:`parse_records` turns records
(mappings holding a page) into rows, one row a record, with a readable error
instead of an exception for a bad record: it is the function to hand to
``mapPartitions`` in Spark or ``map_partitions`` in Dask;
:func:`parse_json_lines` does the same for lines of JSON Lines.

The layout is stable: columns are only ever added, and
:data:`ROW_SCHEMA_VERSION` is bumped when one changes meaning or type.

Must never: import an engine, raise on a bad record, or drop a record.
"""

from __future__ import annotations

import datetime as _dt
import json
from collections.abc import Iterable, Iterator, Mapping
from typing import Any

import attrs

from wireparse.model import Article, Attribution
from wireparse.pipeline import parse

#: Version of the row layout; bumped when a column changes meaning or type.
ROW_SCHEMA_VERSION = "1.0"


@attrs.frozen
class RowField:
    """One column of the flat row: its name, its type and what it holds."""

    #: The column's name, a key of the row.
    name: str
    #: The column's type, in Spark's DDL spelling (``STRING``, ``TIMESTAMP``, ...).
    spark_type: str
    #: What the column holds, with an example value.
    description: str


#: The struct of one attribution in the ``attributions`` column.
ATTRIBUTION_STRUCT = (
    "STRUCT<source: STRING, cue: STRING, content: STRING, kind: STRING, "
    "resolved_source: STRING, content_start: INT, content_end: INT>"
)

#: The columns of a row, in order. ``id`` and ``error`` come from the record
#: (see :func:`parse_records`); :func:`article_to_row` gives all the others.
ROW_FIELDS: tuple[RowField, ...] = (
    RowField("id", "STRING", "the record's id as a string, e.g. 'reuters21578-4'; null when it has none"),
    RowField(
        "error",
        "STRING",
        "why the record could not be parsed, e.g. \"missing field 'text'\"; null when parsed",
    ),
    RowField("headline", "STRING", "the headline, e.g. 'Japan's exports rise'; null when the page has none"),
    RowField(
        "timestamp",
        "TIMESTAMP",
        "the main timestamp as an instant (timezone-aware, in UTC) when the page gives its zone, "
        "e.g. '16:34 JST, July 30, 2023' -> 2023-07-30 07:34 UTC; null when the zone is unknown",
    ),
    RowField(
        "timestamp_local",
        "TIMESTAMP_NTZ",
        "the main timestamp's wall-clock time as written, without zone, e.g. 2023-07-30 16:34; "
        "null when there is no timestamp or its value is unknown",
    ),
    RowField("timestamp_raw", "STRING", "the main timestamp as on the page, e.g. '16:34 JST, July 30, 2023'"),
    RowField("timestamp_zone", "STRING", "the zone as written, e.g. 'JST' or '+09:00'"),
    RowField("dateline_place", "STRING", "the dateline's place, e.g. 'SAN JOSE, Costa Rica'"),
    RowField("dateline_agency", "STRING", "the agency in the dateline, e.g. 'Reuters'"),
    RowField("dateline_date", "DATE", "the dateline's date when its year is known"),
    RowField("byline", "STRING", "the byline as written, e.g. 'By Jane Doe, Reuters'"),
    RowField("byline_names", "ARRAY<STRING>", "the people the byline names, e.g. ['Jane Doe']"),
    RowField("body", "STRING", "the body paragraphs joined with newlines; '' when none"),
    RowField("paragraphs", "ARRAY<STRING>", "the body paragraphs in order"),
    RowField("captions", "ARRAY<STRING>", "the photo captions' text"),
    RowField(
        "trailers", "ARRAY<STRING>", "wire trailers, e.g. ['Reporting by Jane Doe; Editing by John Roe']"
    ),
    RowField("attributions", f"ARRAY<{ATTRIBUTION_STRUCT}>", "who said what; offsets are page offsets"),
    RowField("block_count", "INT", "how many blocks the page was split into"),
    RowField("noise_block_count", "INT", "how many of them are navigation noise"),
)

#: The row layout as a Spark DDL schema string, e.g. for ``createDataFrame(rows, SPARK_SCHEMA)``.
SPARK_SCHEMA = ", ".join(f"{field.name} {field.spark_type}" for field in ROW_FIELDS)


class RecordError(ValueError):
    """A record that holds no readable page; the message says why."""


def _utc_instant(value: _dt.datetime | None) -> _dt.datetime | None:
    if value is None or value.utcoffset() is None:
        return None
    return value.astimezone(_dt.UTC)


def _local_time(value: _dt.datetime | None) -> _dt.datetime | None:
    return None if value is None else value.replace(tzinfo=None)


def _attribution_to_row(attribution: Attribution) -> dict[str, Any]:
    return {
        "source": attribution.source,
        "cue": attribution.cue,
        "content": attribution.content,
        "kind": attribution.kind.value,
        "resolved_source": attribution.resolved_source,
        "content_start": attribution.content_span.start,
        "content_end": attribution.content_span.end,
    }


def article_to_row(article: Article) -> dict[str, Any]:
    """Return ``article`` as a flat row: every column of :data:`ROW_FIELDS` but ``id`` and ``error``.

    >>> row = article_to_row(parse("By Jane Doe\\nThe minister said the talks would resume."))
    >>> row["byline_names"], row["body"], row["timestamp"]
    (['Jane Doe'], 'The minister said the talks would resume.', None)
    >>> row["attributions"][0]["source"], row["attributions"][0]["cue"]
    ('The minister', 'said')
    >>> [field.name for field in ROW_FIELDS[2:]] == list(row)
    True
    """
    timestamp = article.timestamp
    value = None if timestamp is None else timestamp.value
    dateline = article.dateline
    byline = article.byline
    return {
        "headline": article.headline,
        "timestamp": _utc_instant(value),
        "timestamp_local": _local_time(value),
        "timestamp_raw": None if timestamp is None else timestamp.raw,
        "timestamp_zone": None if timestamp is None else timestamp.zone,
        "dateline_place": None if dateline is None else dateline.place,
        "dateline_agency": None if dateline is None else dateline.agency,
        "dateline_date": None if dateline is None else dateline.date,
        "byline": None if byline is None else byline.text,
        "byline_names": [] if byline is None else list(byline.names),
        "body": article.body,
        "paragraphs": [paragraph.text for paragraph in article.paragraphs],
        "captions": [caption.text for caption in article.captions],
        "trailers": [trailer.text for trailer in article.trailers],
        "attributions": [_attribution_to_row(attribution) for attribution in article.attributions],
        "block_count": len(article.blocks),
        "noise_block_count": sum(1 for block in article.blocks if block.is_noise),
    }


def empty_row() -> dict[str, Any]:
    """Return a row with every article column empty: null, or ``[]`` for arrays, ``0`` for counts.

    >>> row = empty_row()
    >>> row["headline"], row["paragraphs"], row["block_count"]
    (None, [], 0)
    """
    row: dict[str, Any] = {}
    for field in ROW_FIELDS[2:]:
        if field.spark_type.startswith("ARRAY"):
            row[field.name] = []
        elif field.spark_type == "INT":
            row[field.name] = 0
        else:
            row[field.name] = None
    row["body"] = ""
    return row


def page_of(record: object, text_field: str) -> str:
    """Return the page held in ``record[text_field]``.

    Raises :class:`RecordError`, with a message naming the field and what was
    found, when the record is not a mapping or the field is missing or not a string.

    >>> page_of({"text": "Hello"}, "text")
    'Hello'
    >>> page_of({"body": "Hello"}, "text")
    Traceback (most recent call last):
    wireparse.rows.RecordError: missing field 'text'
    >>> page_of({"text": 3}, "text")
    Traceback (most recent call last):
    wireparse.rows.RecordError: field 'text' is int, not a string
    >>> page_of(["Hello"], "text")
    Traceback (most recent call last):
    wireparse.rows.RecordError: record is list, not an object
    """
    if not isinstance(record, Mapping):
        raise RecordError(f"record is {type(record).__name__}, not an object")
    if text_field not in record:
        raise RecordError(f"missing field {text_field!r}")
    page = record[text_field]
    if not isinstance(page, str):
        raise RecordError(f"field {text_field!r} is {type(page).__name__}, not a string")
    return page


def load_json_record(line: str | bytes) -> object:
    """Read one line of JSON Lines.

    Raises :class:`RecordError` with the place of the fault when the line is not
    JSON, or not UTF-8.

    >>> load_json_record('{"id": 1}')
    {'id': 1}
    >>> load_json_record('{"id": 1')
    Traceback (most recent call last):
    wireparse.rows.RecordError: bad JSON: Expecting ',' delimiter at column 9
    >>> load_json_record(b'{"id": "caf\\xe9"}')
    Traceback (most recent call last):
    wireparse.rows.RecordError: undecodable bytes: not UTF-8 at byte 11
    """
    try:
        text = line.decode("utf-8") if isinstance(line, bytes) else line
    except UnicodeDecodeError as error:
        raise RecordError(f"undecodable bytes: not UTF-8 at byte {error.start}") from None
    try:
        return json.loads(text)
    except json.JSONDecodeError as error:
        raise RecordError(f"bad JSON: {error.msg} at column {error.colno}") from None


def id_of(record: object, id_field: str | None) -> str | None:
    """Return the record's id as a string, or ``None`` when it has none.

    >>> id_of({"id": 42}, "id"), id_of({"id": "a-1"}, "id"), id_of({}, "id"), id_of({"id": 1}, None)
    ('42', 'a-1', None, None)
    """
    if id_field is None or not isinstance(record, Mapping):
        return None
    value = record.get(id_field)
    return None if value is None else str(value)


def record_to_row(record: object, *, text_field: str = "text", id_field: str | None = "id") -> dict[str, Any]:
    """Parse the page in ``record`` and return its row, ``id`` and ``error`` included.

    A record without a readable page gives an empty row whose ``error`` says why.

    >>> row = record_to_row({"id": 7, "text": "By Jane Doe\\nThe talks resumed."})
    >>> row["id"], row["error"], row["byline_names"]
    ('7', None, ['Jane Doe'])
    >>> row = record_to_row({"id": "x", "body": "..."})
    >>> row["id"], row["error"], row["paragraphs"]
    ('x', "missing field 'text'", [])
    """
    row: dict[str, Any] = {"id": id_of(record, id_field), "error": None}
    try:
        row.update(article_to_row(parse(page_of(record, text_field))))
    except RecordError as error:
        row["error"] = str(error)
        row.update(empty_row())
    return row


def parse_records(
    records: Iterable[object], *, text_field: str = "text", id_field: str | None = "id"
) -> Iterator[dict[str, Any]]:
    """Yield one row (:func:`record_to_row`) for each record, in order.

    Hand it to Spark's ``mapPartitions`` or Dask's ``map_partitions``.

    >>> rows = parse_records([{"id": "a", "text": "By Jane Doe\\nThe talks resumed."}, {"id": "b"}])
    >>> [(row["id"], row["error"], row["byline_names"]) for row in rows]
    [('a', None, ['Jane Doe']), ('b', "missing field 'text'", [])]
    """
    for record in records:
        yield record_to_row(record, text_field=text_field, id_field=id_field)


def parse_json_lines(
    lines: Iterable[str | bytes], *, text_field: str = "text", id_field: str | None = "id"
) -> Iterator[dict[str, Any]]:
    """Yield one row for each non-blank line of JSON Lines, in order; a line that is not JSON gives an error row.

    Hand it lines read by the engine, e.g. Dask's ``read_text`` or Spark's ``read.text``.

    >>> rows = parse_json_lines(['{"id": "a", "text": "By Jane Doe\\\\nThe talks resumed."}\\n', "\\n", '{"id": '])
    >>> [(row["id"], row["error"], row["byline_names"]) for row in rows]
    [('a', None, ['Jane Doe']), (None, 'bad JSON: Expecting value at column 8', [])]
    """
    for line in lines:
        if not line.strip():
            continue
        try:
            record = load_json_record(line)
        except RecordError as error:
            yield {"id": None, "error": str(error), **empty_row()}
            continue
        yield record_to_row(record, text_field=text_field, id_field=id_field)
