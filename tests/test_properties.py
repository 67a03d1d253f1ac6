"""Properties every page must have: totality, losslessness, valid spans, determinism.

The pages come from tests/strategies.py: arbitrary text for totality, pages
built from known parts for the properties that need an article.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Sequence
from pathlib import Path

import pytest
import strategies as pages
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import wireparse
from wireparse import Article, Block, Paragraph, Span
from wireparse.blocks import split_blocks
from wireparse.pipeline import map_paragraphs

SEED = Path(__file__).parent.parent / "seeds" / "000_4b27ec5798bed398.txt"

# Modest budgets: the whole suite runs on two shared cores.
FEW = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
SOME = settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def assert_span_in(span: Span, page: str) -> None:
    assert 0 <= span.start <= span.end <= len(page), f"{span} outside a page of {len(page)} characters"


def assert_lossless(blocks: Sequence[Block], page: str) -> None:
    """The blocks' spans tile the page: from 0 to its end, no gap, no overlap."""
    cursor = 0
    for block in blocks:
        assert block.span.start == cursor, f"gap or overlap before {block}"
        assert block.span.end >= block.span.start
        cursor = block.span.end
    assert cursor == len(page)
    assert "".join(block.span.slice(page) for block in blocks) == page


def _is_one_line(article: Article, span: Span) -> bool:
    """True when ``span`` lies inside one block that is a single line of the page."""
    return any(
        not block.line_spans and block.span.start <= span.start <= span.end <= block.span.end
        for block in article.blocks
    )


def assert_spans_valid(article: Article, page: str) -> None:
    """Every span lies within the page, and one-line parts slice back to their text."""
    for block in article.blocks:
        assert_span_in(block.span, page)
        assert block.span.start <= block.text_span.start <= block.text_span.end <= block.span.end
        if block.line_spans:
            assert block.text == " ".join(span.slice(page) for span in block.line_spans)
        else:
            assert block.text_span.slice(page) == block.text
    for paragraph in article.paragraphs:
        assert_span_in(paragraph.span, page)
        if paragraph.line_spans:
            assert paragraph.text == " ".join(span.slice(page) for span in paragraph.line_spans)
        else:
            assert paragraph.span.slice(page) == paragraph.text
    # Each part with its span and the text that span must slice to.
    parts: list[tuple[Span, str]] = [(t.span, t.raw) for t in article.timestamps]
    parts += [(c.span, c.text) for c in article.captions]
    if article.dateline is not None:
        parts.append((article.dateline.span, article.dateline.raw))
    if article.byline is not None:
        parts.append((article.byline.span, article.byline.text))
    for span, text in parts:
        assert_span_in(span, page)
        if _is_one_line(article, span):
            assert span.slice(page) == text
    for attribution in article.attributions:
        spans = [attribution.cue_span, attribution.content_span, *attribution.content_spans]
        if attribution.source_span is not None:
            spans.append(attribution.source_span)
        for span in spans:
            assert_span_in(span, page)
        if _is_one_line(article, attribution.cue_span):
            assert attribution.cue_span.slice(page) == attribution.cue
        if attribution.source_span is not None and _is_one_line(article, attribution.source_span):
            assert attribution.source_span.slice(page) == attribution.source
        if len(attribution.content_spans) == 1 and _is_one_line(article, attribution.content_span):
            assert attribution.content_span.slice(page) == attribution.content


# -- totality -------------------------------------------------------------------


@SOME
@given(pages.any_page)
def test_parse_is_total_and_lossless_on_any_text(page: str) -> None:
    article = wireparse.parse(page)
    assert_lossless(article.blocks, page)
    assert_spans_valid(article, page)
    json.dumps(article.to_dict())


@FEW
@given(pages.arbitrary_text)
def test_each_stage_is_total_on_any_text(text: str) -> None:
    assert_lossless(split_blocks(text), text)
    assert_lossless(wireparse.label_blocks(text), text)
    wireparse.parse_timestamp(text)
    wireparse.parse_dateline(text)
    wireparse.parse_byline(text)
    caption = wireparse.parse_caption(text)
    assert caption.span.slice(text) == caption.text
    for attribution in wireparse.find_attributions(text):
        assert_span_in(attribution.cue_span, text)
        assert attribution.cue_span.slice(text) == attribution.cue


@pytest.mark.parametrize(
    "page",
    [
        "",
        " ",
        "\n",
        "\r\n",
        "\r",
        "\n\r",
        "\t \u00a0\n\n",
        "\x00\x01\x02\x1b[0m",
        "a\u2028b\u2029c\x85d\x0be\x0cf\x1cg",
        "\ud800 lone surrogate \udfff",
        "\ufeffThe minister said the talks would resume next week.",
        "x" * 2_000_000,
        "one\r\ntwo\rthree\nfour\r\n\r\rfive",
        '"' * 5_000,
        "Most read\n" * 3,
    ],
    ids=[
        "empty",
        "space",
        "lf",
        "crlf",
        "cr",
        "lf-cr",
        "whitespace-only",
        "control-characters",
        "unicode-line-separators",
        "lone-surrogates",
        "byte-order-mark",
        "2mb-single-line",
        "mixed-line-endings",
        "quotes-only",
        "noise-only",
    ],
)
def test_parse_is_total_on_awkward_pages(page: str) -> None:
    article = wireparse.parse(page)
    assert_lossless(article.blocks, page)
    assert_spans_valid(article, page)
    json.dumps(article.to_dict())


@pytest.mark.parametrize("value", [b"page", None, 42, ["a page"], bytearray(b"page")], ids=repr)
def test_non_str_raises_type_error_naming_the_type(value: object) -> None:
    with pytest.raises(TypeError, match=re.escape(type(value).__name__)):
        wireparse.parse(value)  # type: ignore[arg-type]


# -- pages built from known parts ------------------------------------------------


@SOME
@given(pages.article_pages())
def test_article_pages_are_lossless_with_valid_spans(page: str) -> None:
    article = wireparse.parse(page)
    assert_lossless(article.blocks, page)
    assert_spans_valid(article, page)
    json.dumps(article.to_dict())


@FEW
@given(pages.article_pages())
def test_parse_is_deterministic(page: str) -> None:
    first, second = wireparse.parse(page), wireparse.parse(page)
    assert first == second
    assert json.dumps(first.to_dict()) == json.dumps(second.to_dict())


@FEW
@given(pages.noise_pages())
def test_a_page_of_noise_has_no_paragraphs(page: str) -> None:
    article = wireparse.parse(page)
    assert article.paragraphs == ()
    assert article.body == ""


# -- the seed page, framed differently --------------------------------------------


@pytest.fixture(scope="module")
def seed() -> str:
    return SEED.read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def seed_paragraphs(seed: str) -> tuple[str, ...]:
    return tuple(p.text for p in wireparse.parse(seed).paragraphs)


@FEW
@given(
    before=st.lists(pages.noise_blocks, max_size=2),
    after=st.lists(pages.noise_blocks, max_size=2),
    blank_lines=st.integers(min_value=0, max_value=3),
    ending=pages.line_endings,
    trailing=pages.trailing_whitespace,
)
def test_seed_paragraphs_survive_a_different_frame(
    seed: str,
    seed_paragraphs: tuple[str, ...],
    before: list[list[str]],
    after: list[list[str]],
    blank_lines: int,
    ending: str,
    trailing: str,
) -> None:
    blank = [""] * blank_lines
    lines = [line for block in before for line in [*block, *blank]]
    lines += [line + trailing for line in seed.splitlines()]
    lines += [line for block in after for line in [*blank, *block]]
    page = pages.join_lines(lines, ending)
    article = wireparse.parse(page)
    assert tuple(p.text for p in article.paragraphs) == seed_paragraphs
    assert_lossless(article.blocks, page)
    assert_spans_valid(article, page)


def test_seed_has_paragraphs_to_keep(seed_paragraphs: tuple[str, ...]) -> None:
    # The frame test above compares against these; an empty tuple would prove nothing.
    assert len(seed_paragraphs) >= 5


# -- mapping offsets of the joined body back into the page --------------------------


@st.composite
def paragraphs_in_a_page(draw: st.DrawFn) -> tuple[str, list[Paragraph]]:
    """A page of words and blanks, and paragraphs made of some of its lines (wrapped or not)."""
    words = st.text(alphabet="abc“”", min_size=1, max_size=6)
    lines = draw(st.lists(st.lists(words, min_size=1, max_size=4).map(" ".join), min_size=1, max_size=8))
    indents = draw(st.lists(st.sampled_from(["", " ", "\t"]), min_size=len(lines), max_size=len(lines)))
    page, spans = "", []
    for indent, line in zip(indents, lines, strict=True):
        start = len(page) + len(indent)
        page += indent + line + "\n"
        spans.append(Span(start=start, end=start + len(line)))
    paragraphs, index = [], 0
    while index < len(spans):
        size = draw(st.integers(min_value=1, max_value=3))
        group = spans[index : index + size]
        text = " ".join(span.slice(page) for span in group)
        line_spans = tuple(group) if len(group) > 1 else ()
        paragraphs.append(
            Paragraph(text=text, span=Span(start=group[0].start, end=group[-1].end), line_spans=line_spans)
        )
        index += size
    return page, paragraphs


def _without_blanks(text: str) -> str:
    return "".join(text.split())


@SOME
@given(paragraphs_in_a_page(), st.data())
def test_text_map_sends_body_spans_into_the_page(
    built: tuple[str, list[Paragraph]], data: st.DataObject
) -> None:
    page, paragraphs = built
    body = "\n".join(p.text for p in paragraphs)
    text_map = map_paragraphs(paragraphs)
    start = data.draw(st.integers(min_value=0, max_value=len(body)))
    end = data.draw(st.integers(min_value=start, max_value=len(body)))
    mapped = text_map.span_to_page(Span(start=start, end=end))
    assert_span_in(mapped, page)
    if start == end:
        assert len(mapped) == 0
    # The same characters, whatever joins the lines: a space in the body, a
    # line end and an indent in the page.
    assert _without_blanks(mapped.slice(page)) == _without_blanks(body[start:end])
    # Inside one line, exactly the same text.
    pieces = zip(text_map.text_starts, text_map.page_spans, strict=True)
    if any(first <= start and end <= first + len(span) for first, span in pieces):
        assert mapped.slice(page) == body[start:end]


# -- a reference ---------------------------------------------------------------------


@FEW
@given(
    page=pages.article_pages(),
    reference=st.datetimes(
        min_value=dt.datetime(1990, 1, 1), max_value=dt.datetime(2100, 1, 1), timezones=st.just(dt.UTC)
    ),
)
def test_a_reference_changes_values_not_labels(page: str, reference: dt.datetime) -> None:
    plain, referenced = wireparse.parse(page), wireparse.parse(page, reference=reference)
    assert referenced.blocks == plain.blocks
    assert referenced.paragraphs == plain.paragraphs
    assert [t.raw for t in referenced.timestamps] == [t.raw for t in plain.timestamps]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Updated 5 hours ago", dt.datetime(2023, 7, 30, 7, 0, tzinfo=dt.UTC)),
        ("Yesterday", dt.datetime(2023, 7, 29, 0, 0, tzinfo=dt.UTC)),
    ],
    ids=["hours-ago", "yesterday"],
)
def test_a_reference_dates_a_relative_timestamp(line: str, expected: dt.datetime) -> None:
    page = f"{line}\nThe minister said the talks would resume next week in Geneva, officials said.\n"
    assert wireparse.parse(page).timestamp is not None
    assert wireparse.parse(page).timestamp.value is None  # type: ignore[union-attr]
    timestamp = wireparse.parse(page, reference=dt.datetime(2023, 7, 30, 12, 0, tzinfo=dt.UTC)).timestamp
    assert timestamp is not None
    assert timestamp.value == expected


def test_a_reference_that_is_not_a_datetime_is_refused() -> None:
    with pytest.raises(TypeError, match="str"):
        wireparse.parse("A page.", reference="2023-07-30")  # type: ignore[arg-type]
