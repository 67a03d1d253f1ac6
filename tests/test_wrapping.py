"""Hard-wrapped wire text: paragraphs rebuilt from wrapped lines, scraped pages left alone."""

from __future__ import annotations

import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from strategies import blank_separated_pages, indented_pages, scraped_lines, wire_stories

import wireparse
from wireparse.blocks import (
    WrapLayout,
    _block_from_lines,
    _blocks_one_a_line,
    _group_lines,
    find_wrap_layout,
    split_blocks,
    split_lines,
)
from wireparse.model import Block

REUTERS_STORY = "\n".join(
    [
        "CHAMPION PRODUCTS <CH> APPROVES STOCK SPLIT",
        "    ROCHESTER, N.Y., Feb 26 - Champion Products Inc said its",
        "board of directors approved a two-for-one stock split of its",
        "common shares for shareholders of record as of April 1, 1987.",
        "    The company also said its board voted to recommend to",
        "shareholders at the annual meeting April 23 an increase in the",
        "authorized capital stock from five mln to 25 mln shares.",
        " Reuter",
    ]
)

PRESS_RELEASE = "\n".join(
    [
        "ACME ANNOUNCES RECORD RESULTS",
        "",
        "SPRINGFIELD, Ill., Jan. 5, 2024 /PRNewswire/ -- Acme Corp said on",
        "Friday that fourth-quarter revenue rose to a record as demand for",
        "its anvils grew in every region it serves.",
        "",
        "Chief executive Wile Coyote said the company expected growth to",
        "continue through the year, helped by lower costs for steel.",
        "",
        "-0-",
    ]
)

TABLE_STORY = "\n".join(
    [
        "U.S. CROP ESTIMATES",
        "    WASHINGTON, April 9 - The Agriculture Department gave the",
        "following estimates for stocks, in mln bushels --",
        "           April 1   Previous",
        " Wheat     657.6      659.7",
        " Corn    1,406.5    1,397.0",
        "    Money Market Certificate (MMC) ceiling rates for week",
        "starting from April 13 -       3.38 pct (3.58)",
        "    Grain figures were -",
        "Oats        3.7        3.7",
        "Barley    122.1      122.0",
        " Reuter",
    ]
)

SIGN_OFF_FLUSH = "\n".join(
    [
        "LEBANESE PRESIDENT AGREES NEW PEACE MOVES",
        "    BEIRUT, March 2 - Lebanese President Amin Gemayel has",
        "agreed to three key points in a new Syrian-brokered plan, official",
        "sources said.",
        "    Gemayel had agreed to the proposals in two months of",
        "indirect negotiations with Syrian leaders, the sources said.",
        "REUTER",
    ]
)

SCRAPED_PAGE = "\n".join(
    [
        "Home",
        "World",
        "Shooter Kills At Least Nine in Attack on Austrian School, Mayor Says",
        "Liberal Lee Jae-Myung Projected to Win South Korea Election Overshadowed",
        "Japan's Nikkei Stock Average Ends Lower on Worries about US-China Trade",
        "Air India Passenger Plane with 244 Aboard Crashes in India's Northwestern City",
        "Ukrainian soldiers were observed using North Korean rockets that they said were seized by a country.",
    ]
)

# An indented line far wider than any wire feed: a scraped paragraph, never wrapped.
WIDE_INDENTED_LINE = "    " + "The council said the plan would be put to a vote next week. " * 3

# (page, expected texts of the non-blank blocks, layout)
WRAP_CASES = [
    pytest.param(
        REUTERS_STORY,
        [
            "CHAMPION PRODUCTS <CH> APPROVES STOCK SPLIT",
            "ROCHESTER, N.Y., Feb 26 - Champion Products Inc said its board of directors approved a two-for-one"
            " stock split of its common shares for shareholders of record as of April 1, 1987.",
            "The company also said its board voted to recommend to shareholders at the annual meeting April 23 an"
            " increase in the authorized capital stock from five mln to 25 mln shares.",
            "Reuter",
        ],
        WrapLayout.INDENTED,
        id="reuters-indented",
    ),
    pytest.param(
        PRESS_RELEASE,
        [
            "ACME ANNOUNCES RECORD RESULTS",
            "SPRINGFIELD, Ill., Jan. 5, 2024 /PRNewswire/ -- Acme Corp said on Friday that fourth-quarter revenue"
            " rose to a record as demand for its anvils grew in every region it serves.",
            "Chief executive Wile Coyote said the company expected growth to continue through the year, helped by"
            " lower costs for steel.",
            "-0-",
        ],
        WrapLayout.BLANK_SEPARATED,
        id="press-release-blank-lines",
    ),
    pytest.param(
        TABLE_STORY,
        [
            "U.S. CROP ESTIMATES",
            "WASHINGTON, April 9 - The Agriculture Department gave the following estimates for stocks, in mln"
            " bushels --",
            "April 1   Previous",
            "Wheat     657.6      659.7",
            "Corn    1,406.5    1,397.0",
            "Money Market Certificate (MMC) ceiling rates for week starting from April 13 -       3.38 pct (3.58)",
            "Grain figures were -",
            "Oats        3.7        3.7",
            "Barley    122.1      122.0",
            "Reuter",
        ],
        WrapLayout.INDENTED,
        id="table-rows-stay-rows",
    ),
    pytest.param(
        SIGN_OFF_FLUSH,
        [
            "LEBANESE PRESIDENT AGREES NEW PEACE MOVES",
            "BEIRUT, March 2 - Lebanese President Amin Gemayel has agreed to three key points in a new"
            " Syrian-brokered plan, official sources said.",
            "Gemayel had agreed to the proposals in two months of indirect negotiations with Syrian leaders,"
            " the sources said.",
            "REUTER",
        ],
        WrapLayout.INDENTED,
        id="flush-sign-off-alone",
    ),
    pytest.param(SCRAPED_PAGE, SCRAPED_PAGE.split("\n"), WrapLayout.NONE, id="scraped-one-block-a-line"),
    pytest.param(
        "Most Read\n\n" + SCRAPED_PAGE.replace("Home\nWorld\n", "") + "\n\nMore News",
        ["Most Read", *SCRAPED_PAGE.split("\n")[2:], "More News"],
        WrapLayout.NONE,
        id="headline-list-between-blank-lines",
    ),
    pytest.param(
        "\n".join([WIDE_INDENTED_LINE, "flush line after it"] * 3),
        [WIDE_INDENTED_LINE.strip(), "flush line after it"] * 3,
        WrapLayout.NONE,
        id="indented-lines-wider-than-100",
    ),
]


def _texts(blocks: tuple[Block, ...]) -> list[str]:
    return [block.text for block in blocks if block.kind.value != "blank"]


@pytest.mark.parametrize(("page", "texts", "layout"), WRAP_CASES)
def test_wrapped_pages(page: str, texts: list[str], layout: WrapLayout) -> None:
    assert find_wrap_layout(page, split_lines(page)) is layout
    blocks = split_blocks(page)
    assert _texts(blocks) == texts
    assert "".join(block.span.slice(page) for block in blocks) == page


def test_reuters_story_paragraphs_are_body_without_dateline_and_sign_off() -> None:
    article = wireparse.parse(REUTERS_STORY)
    assert article.headline == "CHAMPION PRODUCTS <CH> APPROVES STOCK SPLIT"
    assert article.dateline is not None
    assert article.dateline.place == "ROCHESTER, N.Y."
    assert [paragraph.text[:24] for paragraph in article.paragraphs] == [
        "Champion Products Inc sa",
        "The company also said it",
    ]
    assert [block.rule for block in article.trailers] == ["trailer:sign-off"]
    first = article.paragraphs[0]
    assert [piece.slice(REUTERS_STORY) for piece in first.line_spans] == [
        "Champion Products Inc said its",
        "board of directors approved a two-for-one stock split of its",
        "common shares for shareholders of record as of April 1, 1987.",
    ]


def test_table_rows_of_a_wire_story_are_body() -> None:
    article = wireparse.parse(TABLE_STORY)
    body = article.body
    for row in ("Wheat     657.6      659.7", "Oats        3.7        3.7", "April 1   Previous"):
        assert row in body
    assert not article.noise


def test_wrapped_line_spans_of_a_block_point_at_each_line() -> None:
    page = "    A first line of a wrapped paragraph that runs to the margin\r\nand goes on here.\r\n"
    block = split_blocks(page)[0]
    assert [piece.slice(page) for piece in block.line_spans] == [
        "A first line of a wrapped paragraph that runs to the margin",
        "and goes on here.",
    ]


@settings(max_examples=60, deadline=None)
@given(
    st.lists(
        st.text(min_size=121, max_size=300).filter(lambda line: "\n" not in line and "\r" not in line),
        min_size=1,
        max_size=12,
    )
)
def test_lines_longer_than_120_are_one_block_a_line(lines: list[str]) -> None:
    page = "\n".join(lines)
    blocks = split_blocks(page)
    assert all(not block.line_spans for block in blocks)
    assert "".join(block.span.slice(page) for block in blocks) == page


@settings(max_examples=60, deadline=None)
@given(st.lists(scraped_lines, min_size=1, max_size=30))
def test_flush_lines_without_blank_lines_are_one_block_a_line(lines: list[str]) -> None:
    page = "\n".join(lines)
    assert find_wrap_layout(page, split_lines(page)) is WrapLayout.NONE
    assert len(split_blocks(page)) == len(lines)


@settings(max_examples=60, deadline=None)
@given(indented_pages())
def test_indented_paragraphs_are_rebuilt(built: tuple[str, list[str]]) -> None:
    page, texts = built
    blocks = split_blocks(page)
    assert _texts(blocks) == texts
    assert "".join(block.span.slice(page) for block in blocks) == page
    for block in blocks:
        pieces = block.line_spans or (block.text_span,)
        assert " ".join(piece.slice(page) for piece in pieces) == block.text


@settings(max_examples=60, deadline=None)
@given(blank_separated_pages())
def test_blank_separated_pages_are_lossless(page: str) -> None:
    blocks = split_blocks(page)
    assert "".join(block.span.slice(page) for block in blocks) == page
    for block in blocks:
        pieces = block.line_spans or (block.text_span,)
        assert " ".join(piece.slice(page) for piece in pieces) == block.text


@settings(max_examples=40, deadline=None)
@given(wire_stories())
def test_paragraph_line_spans_join_to_its_text(story: tuple[str, list[str], str]) -> None:
    page = story[0]
    article = wireparse.parse(page)
    assert "".join(block.span.slice(page) for block in article.blocks) == page
    for paragraph in article.paragraphs:
        pieces = paragraph.line_spans or (paragraph.span,)
        assert " ".join(piece.slice(page) for piece in pieces) == paragraph.text


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet=" \n\r\tabcXYZ.,-—()*1", max_size=400))
def test_parse_never_raises_and_blocks_tile_the_page(page: str) -> None:
    article = wireparse.parse(page)
    assert "".join(block.span.slice(page) for block in article.blocks) == page
    for paragraph in article.paragraphs:
        assert 0 <= paragraph.span.start <= paragraph.span.end <= len(page)
        pieces = paragraph.line_spans or (paragraph.span,)
        assert " ".join(piece.slice(page) for piece in pieces) == paragraph.text


@pytest.mark.parametrize(
    "page",
    [
        "a" + " " * 100_000 + "b",
        ("    " + "x " * 40 + "\n" + "y " * 40 + "\n") * 2_000,
        ("a    b\n" * 20_000),
        "\n" * 50_000 + "tail",
        ("    " + "w" * 60 + "\n" + "REUTER\n") * 5_000,
    ],
    ids=["one-line-of-blanks", "many-wrapped-lines", "many-table-rows", "many-blank-lines", "many-sign-offs"],
)
def test_adversarial_pages_are_fast(page: str) -> None:
    started = time.perf_counter()
    blocks = split_blocks(page)
    assert time.perf_counter() - started < 2.0
    assert "".join(block.span.slice(page) for block in blocks) == page


# Pages of one block a line, built straight from their lines: each must give
# the blocks that grouping the lines one a block (and blank runs together)
# gives. One row a shape of blank lines and line ends.
ONE_A_LINE_PAGES = [
    ("plain", "Home\nWorld\nThe talks resume.\n"),
    ("no final line end", "Home\nWorld"),
    ("blank run inside", "Home\n\n\n\nWorld\n"),
    ("blank lines first", "\n\n  \nHome\n"),
    ("blank lines last", "Home\n\n \t\n"),
    ("only blank lines", "\n \n\n"),
    ("windows line ends", "Home\r\n\r\nWorld\r\n"),
    ("old mac line ends", "Home\r\rWorld"),
    ("padded lines", "  Home  \n\tWorld\t\n"),
    ("empty page", ""),
]


@pytest.mark.parametrize(("name", "page"), ONE_A_LINE_PAGES, ids=[name for name, _ in ONE_A_LINE_PAGES])
def test_blocks_of_one_a_line_page_match_the_grouped_lines(name: str, page: str) -> None:
    lines = split_lines(page)
    grouped = tuple(
        _block_from_lines(page, group) for group in _group_lines(lines, WrapLayout.NONE, page, 0, False)
    )
    assert _blocks_one_a_line(page, lines) == grouped
    assert split_blocks(page) == grouped
