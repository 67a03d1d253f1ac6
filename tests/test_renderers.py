"""Pages rendered by other HTML-to-text tools: markdown, hard wrapping, one text node a line."""

from __future__ import annotations

import time

import pytest
from hypothesis import given, settings
from strategies import HEADLINES, render_blocks, rendered_articles, renderer_widths

import wireparse
from wireparse.blocks import WrapLayout, find_local_margin, find_wrap_layout, split_blocks, split_lines
from wireparse.model import BlockKind
from wireparse.text import strip_markup, widest_cell

# A page as html2text writes it by default: menus one item a line, paragraphs
# wrapped at 78 characters, a blank line between blocks, markdown markup.
MARKDOWN_PAGE = "\n".join(
    [
        "  * Home",
        "  * News",
        "  * Sport",
        "",
        "Part of the Example Local Network  ",
        "Sport | Local Sport  ",
        "",
        "# Council approves new flood barrier",
        "",
        "_By Jane Doe_",
        "",
        "THE city council on Tuesday approved a new flood barrier for the river",
        "quarter, ending a decade of debate over how best to protect the low-lying",
        "streets from the winter floods.",
        "",
        "The barrier is expected to cost about 40 million euros and will take three",
        "years to build, officials said, adding that most of the money would come from",
        "the regional government.",
        "",
        "**Residents** who have been flooded four times since 2010 welcomed the vote at",
        "a meeting in the town hall, although some shop owners said they feared the",
        "works would keep their customers away.",
        "",
        "## You may also like",
        "",
        "  * Storm closes mountain pass for third day after heavy snow in the north",
        "  * Ferry strike ends after two weeks as the union accepts the pay offer",
        "",
        "* Share on Facebook",
        "",
    ]
)

MARKDOWN_PARAGRAPHS = [
    "THE city council on Tuesday approved a new flood barrier for the river quarter, ending a decade "
    "of debate over how best to protect the low-lying streets from the winter floods.",
    "The barrier is expected to cost about 40 million euros and will take three years to build, "
    "officials said, adding that most of the money would come from the regional government.",
    "Residents who have been flooded four times since 2010 welcomed the vote at a meeting in the "
    "town hall, although some shop owners said they feared the works would keep their customers away.",
]

# A page as BeautifulSoup's get_text("\n") writes it: one text node a line,
# the blank lines and indents of the HTML source kept, and a sentence broken
# where a link or an emphasis started and ended.
WHITESPACE_PAGE = "\n".join(
    [
        "",
        "",
        "Home",
        "",
        "",
        "News",
        "",
        "        Contact Us",
        "",
        "",
        "",
        "        Council approves new flood barrier",
        "    ",
        "By ",
        "Jane Doe",
        "",
        "",
        "The city council on Tuesday approved a new flood barrier for the ",
        "river quarter",
        " on the east bank, ending a decade of debate over how best to protect the low-lying "
        "streets from the winter floods.",
        "",
        "",
        "",
        "      The barrier is expected to cost about 40 million euros, officials said, adding that the ",
        "regional government",
        " would pay for most of it.",
        "",
        "",
        "Share on Facebook",
        "",
    ]
)

WHITESPACE_PARAGRAPHS = [
    "The city council on Tuesday approved a new flood barrier for the river quarter on the east bank, "
    "ending a decade of debate over how best to protect the low-lying streets from the winter floods.",
    "The barrier is expected to cost about 40 million euros, officials said, adding that the "
    "regional government would pay for most of it.",
]


def _block_texts(page: str) -> list[str]:
    return [block.text for block in split_blocks(page) if block.kind is not BlockKind.BLANK]


def test_markdown_page_paragraphs_are_unwrapped() -> None:
    article = wireparse.parse(MARKDOWN_PAGE)
    assert [strip_markup(paragraph.text) for paragraph in article.paragraphs] == MARKDOWN_PARAGRAPHS


def test_markdown_page_headline_is_the_top_heading() -> None:
    assert wireparse.parse(MARKDOWN_PAGE).headline == "Council approves new flood barrier"


def test_markdown_page_menus_and_lists_stay_one_item_a_line() -> None:
    texts = _block_texts(MARKDOWN_PAGE)
    for line in ("* Home", "* News", "* Sport", "Part of the Example Local Network", "Sport | Local Sport"):
        assert line in texts
    assert "* Storm closes mountain pass for third day after heavy snow in the north" in texts


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("## You may also like", BlockKind.SECTION_LABEL),
        ("* Share on Facebook", BlockKind.SHARE),
    ],
    ids=["heading-hashes", "bullet"],
)
def test_markdown_noise_is_read_through_its_markup(text: str, kind: BlockKind) -> None:
    block = next(b for b in wireparse.parse(MARKDOWN_PAGE).blocks if b.text == text)
    assert block.kind is kind


def test_markdown_page_keeps_its_characters() -> None:
    blocks = split_blocks(MARKDOWN_PAGE)
    assert "".join(block.span.slice(MARKDOWN_PAGE) for block in blocks) == MARKDOWN_PAGE


def test_whitespace_page_rejoins_sentences_split_at_inline_tags() -> None:
    article = wireparse.parse(WHITESPACE_PAGE)
    assert [paragraph.text for paragraph in article.paragraphs] == WHITESPACE_PARAGRAPHS
    assert article.byline is not None
    assert article.byline.names == ("Jane Doe",)


def test_long_text_node_split_at_an_inline_tag_is_rejoined() -> None:
    page = (
        "Home\n\n"
        + "The barrier will cost about 40 million euros, officials said, adding that most of the money would come from the \nregional government\n in the capital.\n"
    )
    assert [p.text for p in wireparse.parse(page).paragraphs] == [
        "The barrier will cost about 40 million euros, officials said, adding that most of the money "
        "would come from the regional government in the capital."
    ]


# One text node a line: a link that ends a sentence or a clause leaves the
# punctuation after it on a line of its own, with no blank at either edge.
PUNCTUATION_NODE_PAGE = "\n".join(
    [
        "Home",
        "News",
        "The talks resumed on Tuesday, according to reports from ",
        "Reuters",
        ".",
        "The minister, who has led the talks since ",
        "2019",
        ", said the two sides were close to a deal on the border.",
        "Share",
    ]
)


def test_text_node_opening_with_punctuation_continues_the_sentence() -> None:
    assert _block_texts(PUNCTUATION_NODE_PAGE)[2:4] == [
        "The talks resumed on Tuesday, according to reports from Reuters .",
        "The minister, who has led the talks since 2019 , said the two sides were close to a deal on the border.",
    ]


HYPHEN_NODE_ROWS = [
    ("compound-split-by-a-link", "won a Scottish Cup\n-winners medal in 1991.", True),
    ("bullet-dash", "won a Scottish Cup\n- winners and losers", False),
    ("dash-before-a-capital", "won a Scottish Cup\n-Home", False),
    ("lone-dash", "won a Scottish Cup\n-", False),
]


@pytest.mark.parametrize(
    ("tail", "joined"), [row[1:] for row in HYPHEN_NODE_ROWS], ids=[row[0] for row in HYPHEN_NODE_ROWS]
)
def test_node_opening_with_a_hyphen_joins_only_a_split_compound(tail: str, joined: bool) -> None:
    # The blank before " Share" is a text node's edge: the page is one node a line.
    page = "Home\nNews\nThe striker, who began his career at the club and " + tail + "\n Share\n"
    texts = _block_texts(page)
    assert (len(texts) == 4) is joined


def test_line_opening_a_german_quotation_is_not_joined() -> None:
    # "»" opens a quotation in German print: the line is a paragraph of its own.
    page = "Startseite\nDer Rat hat am Dienstag entschieden, sagte die \nBürgermeisterin\n»Wir bauen die Mauer«, sagte sie am Abend.\n"
    assert _block_texts(page)[-1] == "»Wir bauen die Mauer«, sagte sie am Abend."


def test_punctuation_line_stands_alone_on_a_page_one_block_a_line() -> None:
    # A scraper that strips its lines leaves no blank at a node's edge: the
    # page is not read as split at inline tags, and nothing is joined.
    page = PUNCTUATION_NODE_PAGE.replace(" \n", "\n")
    assert _block_texts(page) == page.split("\n")


def test_whitespace_page_indented_lines_are_not_wire_paragraphs() -> None:
    texts = _block_texts(WHITESPACE_PAGE)
    for line in ("Home", "News", "Contact Us", "Council approves new flood barrier", "Share on Facebook"):
        assert line in texts


def test_whitespace_page_headline() -> None:
    assert wireparse.parse(WHITESPACE_PAGE).headline == "Council approves new flood barrier"


# Pages one block a line that must stay so: each row is a kind of page whose
# lines end near a common width but are not wrapped.
ONE_BLOCK_A_LINE_ROWS = [
    (
        "headline-list",
        "\n".join(
            [
                "Shooter Kills At Least Nine in Attack on Austrian School, Mayor Says",
                "Liberal Lee Jae-Myung Projected to Win South Korea Election Overshadowed",
                "Japan's Nikkei Stock Average Ends Lower on Worries about US-China Trade",
                "Air India Passenger Plane with 244 Aboard Crashes in India's Northwestern",
            ]
        ),
    ),
    (
        "headline-list-blank-separated",
        "\n\n".join(
            [
                "Storm closes mountain pass for third day as crews battle the snowdrifts",
                "Ferry strike ends after two weeks as the union accepts a better pay offer",
                "Council approves new flood barrier for the river quarter after long debate",
                "Researchers map the deep currents of the southern ocean for the first time",
            ]
        ),
    ),
    (
        "menu-items",
        "\n".join(["Home", "News", "Sport", "Weather", "Contact Us", "Local Dating", "Announcements"]),
    ),
    (
        "scraped-paragraphs",
        "\n".join(
            [
                "Council approves new flood barrier",
                "The city council on Tuesday approved a new flood barrier for the river quarter, ending a "
                "decade of debate over how best to protect the low-lying streets from the floods.",
                "officials said the works would start in the spring and take three years.",
            ]
        ),
    ),
]


@pytest.mark.parametrize(
    "page", [row[1] for row in ONE_BLOCK_A_LINE_ROWS], ids=[row[0] for row in ONE_BLOCK_A_LINE_ROWS]
)
def test_pages_one_block_a_line_stay_so(page: str) -> None:
    assert _block_texts(page) == [line for line in page.split("\n") if line]


# A page wrapped at 78 whose two lower-case run-ons stop short of the margin;
# its widest lines run on into a name or a new sentence.
FEW_LOWER_RUN_ONS_PAGE = "\n".join(
    [
        "Home",
        "",
        "The city council on Tuesday approved a new flood barrier for the river",
        "quarter after a decade of debate, the mayor of the eastern port of Harwich,",
        "Anne Holloway, told reporters on the steps of the town hall on Tuesday night.",
        "Work starts in the spring. The barrier is expected to cost 40 million euros",
        "and will take three years to build, the officials said after the vote there.",
        "",
        "Most read",
    ]
)


def test_local_margin_reaches_the_lines_that_run_on_into_a_capital() -> None:
    assert find_local_margin(FEW_LOWER_RUN_ONS_PAGE, split_lines(FEW_LOWER_RUN_ONS_PAGE)) == 77
    assert len(wireparse.parse(FEW_LOWER_RUN_ONS_PAGE).paragraphs) == 1


def test_local_margin_is_not_stretched_past_its_slack() -> None:
    # A line far wider than the lines that run on mid-sentence is a
    # paragraph one a line (or a caption), not a wrap at a wider margin.
    page = "\n".join(
        [
            "The city council on Tuesday approved a new flood barrier for",
            "the river quarter after a decade of debate, the mayor said on",
            "the steps of the town hall, where she thanked all the people",
            "who had waited for years. Work on the barrier starts soon.",
            "Most of the money for the barrier will come from the regional government.",
            "Residents cheered.",
        ]
    )
    assert find_local_margin(page, split_lines(page)) == 61


# A wrapped page with teasers a renderer set as a markdown code block (four
# blanks in): they run past the margin, as a code block is never wrapped.
CODE_BLOCK_TEASER = (
    "The harbour authority has suspended one of its pilots after a ferry ran aground in fog near the point."
)
CODE_BLOCK_PAGE = "\n".join(
    [
        "Home",
        "",
        *["    " + CODE_BLOCK_TEASER] * 4,
        "",
        "The city council on Tuesday approved a new flood barrier for the river",
        "quarter after a decade of debate, the mayor of the eastern port told",
        "reporters on the steps of the town hall.",
        "",
    ]
)


def test_code_block_lines_do_not_count_past_the_margin() -> None:
    assert find_local_margin(CODE_BLOCK_PAGE, split_lines(CODE_BLOCK_PAGE)) == 70


def test_flush_lines_past_the_margin_still_count() -> None:
    page = CODE_BLOCK_PAGE.replace("    " + CODE_BLOCK_TEASER, CODE_BLOCK_TEASER)
    assert find_local_margin(page, split_lines(page)) == 0


def test_local_margin_needs_several_run_on_lines() -> None:
    page = "Home\n\nThe council approved a barrier for the river quarter on the east bank\nof the town.\n"
    assert find_local_margin(page, split_lines(page)) == 0


# The property: an article's paragraphs read the same whether the renderer
# writes each paragraph on one line or wraps it at any width from 60 to 100
# characters (Python's textwrap, breaking lines at blanks only), with a blank line
# between blocks and the menu items one a line, for an article of three to
# five paragraphs of 180 characters or more (enough wrapped lines for the
# page's margin to show).
@settings(max_examples=40, deadline=None)
@given(rendered_articles(), renderer_widths)
def test_paragraphs_read_the_same_wrapped_or_not(
    article: tuple[list[str], str, tuple[str, ...]], width: int
) -> None:
    menu, headline, paragraphs = article
    one_a_line = wireparse.parse(render_blocks(menu, headline, paragraphs, None))
    wrapped = wireparse.parse(render_blocks(menu, headline, paragraphs, width))
    assert [p.text for p in one_a_line.paragraphs] == list(paragraphs)
    assert [p.text for p in wrapped.paragraphs] == list(paragraphs)
    assert wrapped.headline == one_a_line.headline == headline
    assert headline in HEADLINES


@pytest.mark.parametrize(
    "text",
    [
        "*" * 100_000,
        "_a" * 50_000,
        "[" * 50_000 + "](" * 20_000,
        "# " + "**x** " * 20_000,
        "\\" * 100_000,
    ],
    ids=["stars", "underscores", "brackets", "emphasis", "backslashes"],
)
def test_strip_markup_is_fast_on_long_adversarial_lines(text: str) -> None:
    started = time.perf_counter()
    strip_markup(text)
    assert time.perf_counter() - started < 1.0


def test_local_wrapping_is_linear_on_long_pages() -> None:
    line = "the council approved a new flood barrier for the river quarter on the"
    page = ("Home\n\n" + "\n".join([line] * 20) + "\n\n") * 500
    started = time.perf_counter()
    blocks = split_blocks(page)
    assert time.perf_counter() - started < 2.0
    assert len([b for b in blocks if b.kind is not BlockKind.BLANK]) == 1000


MARKUP_ROWS = [
    ("heading", "## Most read", "Most read"),
    ("closing-hashes", "# Storm closes pass #", "Storm closes pass"),
    ("bullet", "* Popular", "Popular"),
    ("dash-bullet", "- Sales rose 5%", "Sales rose 5%"),
    ("list-number", "1. Iowa is tightening", "Iowa is tightening"),
    ("strong", "**Most Read**", "Most Read"),
    ("em", "_By Kevin Affleck_", "By Kevin Affleck"),
    ("link", "[Read more](http://example.com/a)", "Read more"),
    ("image", '![Photo](a.jpg "The pass")', "Photo"),
    ("escaped-number", "10\\. Vista - businesses not convinced", "10. Vista - businesses not convinced"),
    ("quote", "> He said no", "He said no"),
    ("empty-strong", "Title **", "Title"),
]
MARKUP_NEGATIVE_ROWS = [
    ("hashtag", "#MeToo spreads to sport"),
    ("snake-case", "the config_file setting"),
    ("multiplication", "2 * 3 is six"),
    ("year", "2008 was a year of change"),
    ("bracket-aside", "he said [sic] that"),
]


@pytest.mark.parametrize(
    ("text", "plain"), [row[1:] for row in MARKUP_ROWS], ids=[row[0] for row in MARKUP_ROWS]
)
def test_strip_markup(text: str, plain: str) -> None:
    assert strip_markup(text) == plain


@pytest.mark.parametrize(
    "text", [row[1] for row in MARKUP_NEGATIVE_ROWS], ids=[row[0] for row in MARKUP_NEGATIVE_ROWS]
)
def test_strip_markup_leaves_plain_text(text: str) -> None:
    assert strip_markup(text) == text


# A page as inscriptis writes it: the layout kept, a menu column padded with
# blanks beside the article.
COLUMN_PAGE = "\n".join(
    [
        "Home                     Weather",
        "",
        "World                    Council approves new flood barrier",
        "Sport",
        "Business                 The city council on Tuesday approved a new flood barrier for the river "
        "quarter, ending a decade of debate over the winter floods.",
        "Weather",
        "Contact Us               The barrier is expected to cost about 40 million euros, officials said, "
        "adding that the regional government would pay for most of it.",
        "",
    ]
)


def test_column_page_headline_is_the_article_cell() -> None:
    assert wireparse.parse(COLUMN_PAGE).headline == "Council approves new flood barrier"


def test_column_page_paragraphs_are_found_beside_the_menu() -> None:
    paragraphs = wireparse.parse(COLUMN_PAGE).paragraphs
    assert [paragraph.text.split("  ")[0] for paragraph in paragraphs] == ["Business", "Contact Us"]


CELL_ROWS = [
    (
        "menu-beside-headline",
        "Europe                   Gulf states urge peace with Iran",
        "Gulf states urge peace with Iran",
    ),
    (
        "two-blanks-after-stop",
        "The talks resume.  Officials said so.",
        "The talks resume.  Officials said so.",
    ),
    ("no-gap", "Gulf states urge peace with Iran", "Gulf states urge peace with Iran"),
    ("markdown-row", "|  Jewell close to striker move| 17:20, Jan 1 2008", "Jewell close to striker move"),
    (
        "markdown-row-bold",
        "**Skrtel close to Reds switch**|  16:10, Jan 8 2008",
        "**Skrtel close to Reds switch**",
    ),
    ("navigation-bar", "News | Sport | Weather", "News | Sport | Weather"),
]


@pytest.mark.parametrize(("text", "cell"), [row[1:] for row in CELL_ROWS], ids=[row[0] for row in CELL_ROWS])
def test_widest_cell(text: str, cell: str) -> None:
    assert widest_cell(text) == cell


def test_widest_cell_is_fast_on_long_adversarial_lines() -> None:
    started = time.perf_counter()
    widest_cell("a   " * 50_000)
    widest_cell(" " * 200_000)
    assert time.perf_counter() - started < 1.0


# Indents a text renderer writes that are no paragraph marks: a select box
# wrapped under its indent, and the one blank an HTML text node keeps.
NOT_INDENTED_FEED_ROWS = [
    (
        "indented-select-box",
        "\n".join(
            [
                "  All industries Accountancy Agriculture & Environment Architectural/Design",
                "Automotive Banking, Finance & Insurance Catering Construction, Property &",
                "",
                "The city council on Tuesday approved a new flood barrier for the river",
                "quarter, ending a decade of debate over how best to protect the low-lying",
                "streets from the winter floods.",
                "",
                "The barrier is expected to cost about 40 million euros and will take three",
                "years to build, officials said, adding that most of the money would come from",
                "the regional government.",
            ]
        ),
    ),
    (
        "select-boxes-outnumber-paragraphs",
        "\n".join(
            [
                "  All regions Aberdeen Bath Bristol Cambridge Cardiff Chester Derby Durham",
                "Exeter Glasgow Leeds Leicester Liverpool London Manchester Norwich Oxford",
                "  All makes Alfa Romeo Aston Martin Audi Bentley BMW Citroen Dacia Ferrari",
                "Fiat Ford Honda Hyundai Jaguar Kia Lexus Mazda Nissan Peugeot Renault Skoda",
                "  10,000 20,000 30,000 40,000 50,000 60,000 70,000 80,000 90,000 100,000",
                "110,000 120,000 130,000 140,000 150,000 160,000 170,000 180,000 190,000",
                "",
                "The city council on Tuesday approved a new flood barrier for the river",
                "quarter, ending a decade of debate over how best to protect the low-lying",
                "streets from the winter floods.",
                "",
                "The barrier is expected to cost about 40 million euros and will take three",
                "years to build, officials said, adding that most of the money would come from",
                "the regional government.",
            ]
        ),
    ),
    (
        "bar-separated-link-row",
        "\n".join(
            [
                "  **Print article** |   **E-mail article** | **Post comment** | **View comments**  ",
                "**Geneva, Jan 14** The city council on Tuesday approved a new flood barrier for",
                "the river quarter, ending a decade of debate over how best to protect the",
                "low-lying streets from the winter floods.",
            ]
        ),
    ),
    (
        "text-node-blank",
        "\n".join(
            [
                "Home",
                " and the council, which met on Tuesday, approved a new flood barrier for the",
                "River Quarter",
                " The barrier is expected to cost about 40 million euros, officials said.",
                "News",
            ]
        ),
    ),
]


@pytest.mark.parametrize(
    "page", [row[1] for row in NOT_INDENTED_FEED_ROWS], ids=[row[0] for row in NOT_INDENTED_FEED_ROWS]
)
def test_renderer_indents_are_not_an_indented_feed(page: str) -> None:
    assert find_wrap_layout(page, split_lines(page)) is not WrapLayout.INDENTED


def test_flush_paragraphs_beside_an_indented_select_box_are_unwrapped() -> None:
    page = NOT_INDENTED_FEED_ROWS[0][1]
    texts = _block_texts(page)
    assert texts[-2:] == [
        "The city council on Tuesday approved a new flood barrier for the river quarter, ending a decade "
        "of debate over how best to protect the low-lying streets from the winter floods.",
        "The barrier is expected to cost about 40 million euros and will take three years to build, "
        "officials said, adding that most of the money would come from the regional government.",
    ]


def test_indented_feed_with_a_flush_wrapped_paragraph_stays_indented() -> None:
    # An indented feed whose paragraphs run on mid-sentence keeps its layout
    # even when one flush-left paragraph (a quoted letter) wraps too.
    page = "\n".join(
        [
            "    The city council on Tuesday approved a new flood barrier for the river",
            "quarter, ending a decade of debate over how best to protect the low-lying",
            "streets from the winter floods.",
            "    The barrier is expected to cost about 40 million euros and will take",
            "three years to build, officials said, adding that the money would come",
            "from the regional government.",
            "    In a letter to residents, the mayor wrote that the work would begin",
            "in the spring and that the river walk would stay open during the works.",
            "",
            "Dear residents, the council has heard your concerns about the barrier and",
            "it will hold a public meeting on the plans next month.",
        ]
    )
    assert find_wrap_layout(page, split_lines(page)) is WrapLayout.INDENTED
