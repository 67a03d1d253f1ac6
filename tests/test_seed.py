"""The seed page: a Reuters story republished by The Japan News, scraped to text."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

import wireparse
from wireparse import BlockKind

SEED = Path(__file__).parent.parent / "seeds" / "000_4b27ec5798bed398.txt"


@pytest.fixture(scope="module")
def page() -> str:
    return SEED.read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def article(page: str) -> wireparse.Article:
    return wireparse.parse(page)


def test_seed_has_no_headline(article: wireparse.Article) -> None:
    assert article.headline is None


def test_seed_caption_is_first_line(article: wireparse.Article, page: str) -> None:
    assert len(article.captions) == 1
    assert article.captions[0].text == next(line for line in page.splitlines() if line)
    assert article.captions[0].picture_date == dt.date(2019, 4, 25)


def test_seed_timestamp(article: wireparse.Article, page: str) -> None:
    timestamp = article.timestamp
    assert timestamp is not None
    assert timestamp.raw == "16:34 JST, July 30, 2023"
    assert timestamp.value == dt.datetime(2023, 7, 30, 16, 34, tzinfo=dt.timezone(dt.timedelta(hours=9)))
    assert timestamp.span.slice(page) == timestamp.raw


def test_seed_has_no_dateline(article: wireparse.Article) -> None:
    assert article.dateline is None


def test_seed_paragraphs_are_the_seven_article_lines(article: wireparse.Article, page: str) -> None:
    lines = page.splitlines()
    first = next(i for i, line in enumerate(lines) if line.startswith("Ukrainian soldiers were observed"))
    last = next(i for i, line in enumerate(lines) if line.startswith("During the visit, Shoigu"))
    assert [p.text for p in article.paragraphs] == lines[first : last + 1]
    assert len(article.paragraphs) == 7
    for paragraph in article.paragraphs:
        assert paragraph.span.slice(page) == paragraph.text


def test_seed_noise_is_everything_from_the_popular_list(article: wireparse.Article, page: str) -> None:
    start = page.index('"News Services" POPULAR ARTICLE')
    tail = [b for b in article.blocks if b.span.start >= start and b.kind is not BlockKind.BLANK]
    assert tail, "the tail of the page should be blocks"
    assert all(b.is_noise for b in tail)
    assert [b.text for b in article.noise] == [b.text for b in tail]
    kinds = [b.kind for b in tail]
    assert kinds.count(BlockKind.SECTION_LABEL) == 2
    assert kinds.count(BlockKind.SEPARATOR) == 10
    assert kinds.count(BlockKind.LINK_LIST) == 10


def _pairs(article: wireparse.Article) -> dict[tuple[str | None, str], wireparse.Attribution]:
    return {(a.source, a.cue): a for a in article.attributions}


@pytest.mark.parametrize(
    ("source", "cue"),
    [
        ("the Financial Times", "reported"),
        ("Ukraine’s defense ministry", "suggested"),
        ("the newspaper", "said"),
        ("the report", "said"),
    ],
)
def test_seed_attribution_pairs(article: wireparse.Article, page: str, source: str, cue: str) -> None:
    attribution = _pairs(article).get((source, cue))
    assert attribution is not None, f"missing ({source!r}, {cue!r})"
    assert attribution.cue_span.slice(page) == cue
    assert attribution.source_span is not None
    assert attribution.source_span.slice(page) == source


def test_seed_financial_times_content(article: wireparse.Article, page: str) -> None:
    attribution = _pairs(article)[("the Financial Times", "reported")]
    expected = (
        "Ukrainian soldiers were observed using North Korean rockets that they said were seized by a "
        "“friendly” country before being delivered to Ukraine"
    )
    assert attribution.content == expected
    assert attribution.content_span.slice(page) == expected


def test_seed_blocks_tile_the_page(article: wireparse.Article, page: str) -> None:
    assert "".join(b.span.slice(page) for b in article.blocks) == page


def test_seed_nested_attribution(article: wireparse.Article, page: str) -> None:
    outer = _pairs(article)[("the Financial Times", "reported")]
    inner = _pairs(article)[("they", "said")]
    assert inner.content == "were seized by a “friendly” country before being delivered to Ukraine"
    assert inner.content_span.slice(page) == inner.content
    assert inner.nested_in is not None
    assert article.attributions[inner.nested_in] == outer


@pytest.mark.parametrize(("source", "cue"), [("the newspaper", "said"), ("the report", "said")])
def test_seed_anaphors_resolve_to_the_financial_times(
    article: wireparse.Article, source: str, cue: str
) -> None:
    assert _pairs(article)[(source, cue)].resolved_source == "the Financial Times"


def test_seed_speech_date_is_resolved_against_the_timestamp(article: wireparse.Article) -> None:
    assert _pairs(article)[("the Financial Times", "reported")].date == dt.date(2023, 7, 29)


@pytest.mark.parametrize(
    ("source", "cue", "content"),
    [
        ("The United States", "has accused", "North Korea of providing arms to Russia"),
        ("North Korea and Russia", "deny", "conducting arms transactions"),
    ],
)
def test_seed_accusation_and_denial(
    article: wireparse.Article, page: str, source: str, cue: str, content: str
) -> None:
    attribution = _pairs(article).get((source, cue))
    assert attribution is not None, f"missing ({source!r}, {cue!r})"
    assert attribution.content.startswith(content)
    assert attribution.cue_span.slice(page) == cue
