"""The JSON form of an article against the JSON Schema shipped in the package.

Two schemas are checked: the one shipped, and a closed copy of it in which no
object takes keys the schema does not name. The shipped schema lets nested
objects gain optional keys in a minor release; the closed copy makes this
suite fail on any key the schema does not document yet, so the schema and the
model's ``to_dict`` cannot drift apart unnoticed.
"""

from __future__ import annotations

import copy
import datetime as dt
import json
import re
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import wireparse
from wireparse.model import NOISE_KINDS, SCHEMA_VERSION
from wireparse.schema import article_schema

SEED = Path(__file__).parent.parent / "seeds" / "000_4b27ec5798bed398.txt"


def close_objects(schema: Any) -> Any:
    """Return ``schema`` with ``additionalProperties: false`` on every object schema."""
    if isinstance(schema, list):
        return [close_objects(item) for item in schema]
    if not isinstance(schema, dict):
        return schema
    closed = {key: close_objects(value) for key, value in schema.items()}
    if closed.get("type") == "object" and "properties" in closed:
        closed["additionalProperties"] = False
    return closed


SHIPPED = article_schema()
CLOSED = close_objects(copy.deepcopy(SHIPPED))
SHIPPED_VALIDATOR = jsonschema.Draft202012Validator(SHIPPED, format_checker=jsonschema.FormatChecker())
CLOSED_VALIDATOR = jsonschema.Draft202012Validator(CLOSED, format_checker=jsonschema.FormatChecker())
SEED_DATA = wireparse.parse(SEED.read_text(encoding="utf-8")).to_dict()


def assert_valid(data: dict[str, Any]) -> None:
    """Fail with every schema error, each with the path of the offending value."""
    # Through JSON and back, as a consumer would read it.
    data = json.loads(json.dumps(data))
    for validator in (SHIPPED_VALIDATOR, CLOSED_VALIDATOR):
        errors = sorted(validator.iter_errors(data), key=lambda error: list(error.absolute_path))
        messages = [f"{error.json_path}: {error.message}" for error in errors]
        assert messages == []


# -- the schema itself


def test_schema_is_valid_draft_2020_12() -> None:
    assert SHIPPED["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    jsonschema.Draft202012Validator.check_schema(SHIPPED)


def test_schema_covers_the_model_schema_version() -> None:
    major = SCHEMA_VERSION.split(".")[0]
    assert SHIPPED["$id"].endswith(f":{major}")
    assert re.fullmatch(SHIPPED["properties"]["schema_version"]["pattern"], SCHEMA_VERSION)
    assert SEED_DATA["schema_version"] == SCHEMA_VERSION


def test_top_level_is_closed_and_every_key_required() -> None:
    assert SHIPPED["additionalProperties"] is False
    assert set(SHIPPED["required"]) == set(SHIPPED["properties"])


def test_nested_objects_require_every_documented_key() -> None:
    for name, definition in SHIPPED["$defs"].items():
        if definition.get("type") == "object":
            assert set(definition["required"]) == set(definition["properties"]), name


@pytest.mark.parametrize(
    ("path", "enum_class"),
    [
        (("block_kind",), wireparse.BlockKind),
        (("timestamp", "properties", "precision"), wireparse.Precision),
        (("attribution", "properties", "kind"), wireparse.AttributionKind),
    ],
    ids=["block-kind", "precision", "attribution-kind"],
)
def test_schema_enums_match_the_model(path: tuple[str, ...], enum_class: type[Any]) -> None:
    schema = SHIPPED["$defs"]
    for step in path:
        schema = schema[step]
    assert schema["enum"] == [member.value for member in enum_class]


def test_noise_kinds_match_the_model() -> None:
    assert set(SHIPPED["$defs"]["noise_kind"]["enum"]) == {kind.value for kind in NOISE_KINDS}


def test_schema_is_shipped_in_the_package() -> None:
    shipped_file = Path(wireparse.__file__).with_name("article.schema.json")
    assert json.loads(shipped_file.read_text(encoding="utf-8")) == SHIPPED


def test_article_schema_returns_a_fresh_copy() -> None:
    first = article_schema()
    first["properties"].clear()
    assert article_schema()["properties"]


# -- the schema rejects what it should: negative rows, each a kind of drift


def _without(key: str) -> dict[str, Any]:
    data = copy.deepcopy(SEED_DATA)
    del data[key]
    return data


def _with(path: tuple[str | int, ...], value: Any) -> dict[str, Any]:
    data = copy.deepcopy(SEED_DATA)
    target: Any = data
    for step in path[:-1]:
        target = target[step]
    target[path[-1]] = value
    return data


DRIFTED = [
    pytest.param(_without("body"), id="top-level-key-missing"),
    pytest.param(_with(("language",), "en"), id="top-level-key-added"),
    pytest.param(_with(("schema_version",), "2.0"), id="other-major-schema-version"),
    pytest.param(_with(("schema_version",), 1.0), id="schema-version-not-string"),
    pytest.param(_with(("blocks", 0, "span"), [0, 1, 2]), id="span-of-three"),
    pytest.param(_with(("blocks", 0, "span"), [0]), id="span-of-one"),
    pytest.param(_with(("blocks", 0, "span"), [-1, 3]), id="negative-offset"),
    pytest.param(_with(("blocks", 0, "span"), {"start": 0, "end": 3}), id="span-as-object"),
    pytest.param(_with(("blocks", 0, "kind"), "sidebar"), id="unknown-block-kind"),
    pytest.param(_with(("noise", 0, "kind"), "body"), id="noise-block-not-noise"),
    pytest.param(_with(("timestamp", "value"), "July 30, 2023"), id="datetime-not-iso"),
    pytest.param(_with(("captions", 0, "picture_date"), "2019-4-25"), id="date-not-iso"),
    pytest.param(_with(("paragraphs", 0, "text"), None), id="paragraph-text-null"),
    pytest.param(_with(("headline",), 3), id="headline-not-string"),
]


@pytest.mark.parametrize("data", DRIFTED)
def test_schema_rejects_drift(data: dict[str, Any]) -> None:
    assert not SHIPPED_VALIDATOR.is_valid(data)


def test_shipped_schema_tolerates_an_added_nested_key_but_the_closed_copy_does_not() -> None:
    data = _with(("timestamp", "reference"), None)
    assert SHIPPED_VALIDATOR.is_valid(data)
    assert not CLOSED_VALIDATOR.is_valid(data)


def test_schema_accepts_a_later_minor_schema_version() -> None:
    assert SHIPPED_VALIDATOR.is_valid(_with(("schema_version",), "1.12"))


# -- real output


def test_seed_output_is_valid() -> None:
    assert SEED_DATA["timestamp"] is not None, "the seed should exercise a timestamp"
    assert SEED_DATA["captions"], "the seed should exercise a caption"
    assert SEED_DATA["attributions"], "the seed should exercise attributions"
    assert_valid(SEED_DATA)


# Lines of the kinds a scraped news page is made of, so that generated pages
# reach every part of the output, not only blocks and body.
PAGE_LINES = (
    "North Korea and Russia deny conducting arms transactions",
    "By Jane Doe and John Roe, Reuters",
    "16:34 JST, July 30, 2023",
    "Updated: 9:05 a.m. EDT, Tuesday, March 5, 2019",
    "WASHINGTON, July 29 (Reuters) - The minister said the talks would resume next week.",
    "SAN JOSE, Costa Rica (AP) — Officials said on Saturday that the road had reopened.",
    "The newspaper reported that the two leaders met for an hour, according to officials.",
    "“We will not give up,” she said, adding that the fight would go on.",
    "Kim Jong Un attends a meeting in Pyongyang, April 25, 2019. REUTERS/Kim Kyung-Hoon",
    "Reporting by Jane Doe; Editing by John Roe",
    "Share this article",
    "Advertisement",
    "-",
    "Home | World | Business | Sport",
    "© 2023 The News Company. All rights reserved.",
    "",
)

pages_from_parts = st.lists(
    st.one_of(st.sampled_from(PAGE_LINES), st.text(max_size=60)),
    max_size=25,
).map("\n".join)


@settings(max_examples=60, deadline=None)
@given(page=st.one_of(pages_from_parts, st.text(max_size=300)))
def test_generated_pages_give_valid_output(page: str) -> None:
    assert_valid(wireparse.parse(page).to_dict())


# Articles built directly from the model, with every optional field filled
# sometimes, so that each key of each nested object is checked whatever the
# heuristics find on generated pages.

texts = st.text(max_size=20)
optional_texts = st.none() | texts
spans = st.builds(
    lambda start, length: wireparse.Span(start=start, end=start + length),
    st.integers(min_value=0, max_value=10**6),
    st.integers(min_value=0, max_value=1000),
)
optional_dates = st.none() | st.dates()
zones = st.integers(min_value=-1439, max_value=1439).map(
    lambda minutes: dt.timezone(dt.timedelta(minutes=minutes))
)
datetimes = st.datetimes(timezones=st.none() | zones)

blocks = st.builds(
    wireparse.Block,
    kind=st.sampled_from(wireparse.BlockKind),
    text=texts,
    span=spans,
    text_span=spans,
    rule=texts,
    line_spans=st.lists(spans, max_size=3).map(tuple),
)
timestamps = st.builds(
    wireparse.Timestamp,
    raw=texts,
    value=st.none() | datetimes,
    span=spans,
    precision=st.sampled_from(wireparse.Precision),
    label=optional_texts,
    zone=optional_texts,
    warnings=st.lists(texts, max_size=2).map(tuple),
)
datelines = st.builds(
    wireparse.Dateline,
    raw=texts,
    place=optional_texts,
    agency=optional_texts,
    span=spans,
    date_text=optional_texts,
    date=optional_dates,
    dash=optional_texts,
)
bylines = st.builds(
    wireparse.Byline,
    text=texts,
    span=spans,
    names=st.lists(texts, max_size=3).map(tuple),
    agency=optional_texts,
)
captions = st.builds(
    wireparse.Caption, text=texts, span=spans, credit=optional_texts, picture_date=optional_dates
)
paragraphs = st.builds(
    wireparse.Paragraph, text=texts, span=spans, line_spans=st.lists(spans, max_size=3).map(tuple)
)
attributions = st.builds(
    wireparse.Attribution,
    source=optional_texts,
    cue=texts,
    content=texts,
    source_span=st.none() | spans,
    cue_span=spans,
    content_span=spans,
    content_spans=st.lists(spans, max_size=3).map(tuple),
    kind=st.sampled_from(wireparse.AttributionKind),
    resolved_source=optional_texts,
    date=optional_dates,
)


def tuples_of(strategy: st.SearchStrategy[Any]) -> st.SearchStrategy[tuple[Any, ...]]:
    return st.lists(strategy, max_size=3).map(tuple)


articles = st.builds(
    wireparse.Article,
    headline=optional_texts,
    captions=tuples_of(captions),
    timestamp=st.none() | timestamps,
    timestamps=tuples_of(timestamps),
    dateline=st.none() | datelines,
    byline=st.none() | bylines,
    paragraphs=tuples_of(paragraphs),
    trailers=tuples_of(blocks),
    attributions=tuples_of(attributions),
    blocks=tuples_of(blocks),
)


@settings(max_examples=60, deadline=None)
@given(article=articles)
def test_every_part_of_the_model_gives_valid_output(article: wireparse.Article) -> None:
    assert_valid(article.to_dict())
