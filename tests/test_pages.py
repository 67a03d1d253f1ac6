"""The article among the noise: hand-written page cases, one per page shape.

Each case in ``tests/cases`` tags every line of a page with what it is (see
``tests/cases/README.md``); the test strips the tags, parses the page and
checks the body paragraphs, the headline and the noise.
"""

from __future__ import annotations

from pathlib import Path

import attrs
import pytest

import wireparse
from wireparse.headline import is_metadata, strip_site_name

CASES = Path(__file__).parent / "cases"
TAGS = ("H ", "B ", "N ", ". ")


@attrs.frozen
class PageCase:
    """A tagged page: the page text and what each line is."""

    name: str
    page: str
    headline: str | None
    paragraphs: tuple[str, ...]
    noise: tuple[str, ...]
    xfail: str | None


def read_case(path: Path) -> PageCase:
    """Read a tagged case file."""
    lines: list[str] = []
    headline: str | None = None
    paragraphs: list[str] = []
    noise: list[str] = []
    xfail: str | None = None
    for raw in path.read_text(encoding="utf-8").splitlines():
        if raw.startswith("#"):
            directive, _, value = raw[1:].strip().partition(": ")
            if directive == "headline":
                headline = value
            elif directive == "xfail":
                xfail = value
            continue
        tag, text = raw[:2], raw[2:]
        assert tag in TAGS, f"{path.name}: untagged line {raw!r}"
        lines.append(text)
        if tag == "H " and headline is None:
            headline = text
        elif tag == "B ":
            paragraphs.append(text)
        elif tag == "N ":
            noise.append(text)
    return PageCase(
        name=path.stem,
        page="\n".join(lines) + "\n",
        headline=headline,
        paragraphs=tuple(paragraphs),
        noise=tuple(noise),
        xfail=xfail,
    )


def _case_params() -> list[object]:
    params: list[object] = []
    for path in sorted(CASES.glob("*.txt")):
        case = read_case(path)
        marks = [pytest.mark.xfail(reason=case.xfail, strict=True)] if case.xfail else []
        params.append(pytest.param(case, id=case.name, marks=marks))
    return params


CASE_PARAMS = _case_params()


@pytest.mark.parametrize("case", CASE_PARAMS)
def test_case_page(case: PageCase) -> None:
    article = wireparse.parse(case.page)
    assert [p.text for p in article.paragraphs] == list(case.paragraphs)
    assert article.headline == case.headline
    labelled = {b.text: b for b in article.blocks}
    for line in case.noise:
        assert labelled[line].is_noise, f"{line!r} is {labelled[line].kind.value}"
    assert "".join(b.span.slice(case.page) for b in article.blocks) == case.page


def test_cases_cover_the_page_shapes() -> None:
    names = {path.stem for path in CASES.glob("*.txt")}
    assert len(names) >= 12


# -- headline forms ----------------------------------------------------------

SITE_NAME_ROWS = [
    ("Mort denies Allardyce speculation | Sporting Life", "Mort denies Allardyce speculation"),
    ("Storm closes mountain pass - Valley Daily News", "Storm closes mountain pass"),
    ("Black Friday deals – example.com", "Black Friday deals"),
    ("Budget vote delayed :: City Herald", "Budget vote delayed"),
    # a toolbar or a byline run on after the title
    ("Joe Paterno entertains on eve of bowlBy FRANK BODANI", "Joe Paterno entertains on eve of bowl"),
    (
        "Paterno entertains on eve of bowlBy FRANK BODANI Daily Record/Sunday News",
        "Paterno entertains on eve of bowl",
    ),
    ("Stand By Me", "Stand By Me"),
    (
        "MORT DENIES ALLARDYCE SPECULATION E-mail Article  Print-Friendly Subscribe to RSS Feed",
        "MORT DENIES ALLARDYCE SPECULATION",
    ),
    # negative rows: a dash that is part of the headline stays
    ("McCarthy is not for sale - Hughes", "McCarthy is not for sale - Hughes"),
    ("Microsoft won't launch rival - report", "Microsoft won't launch rival - report"),
    ("Gulf states urge peace with Iran", "Gulf states urge peace with Iran"),
]


@pytest.mark.parametrize(("title", "headline"), SITE_NAME_ROWS, ids=[row[0] for row in SITE_NAME_ROWS])
def test_strip_site_name(title: str, headline: str) -> None:
    assert strip_site_name(title) == headline


METADATA_ROWS = [
    ("Dec. 31, 2007 11:14 AM", True),
    ("Published: Friday, January 18, 2008", True),
    ("By Peter Griffiths", True),
    ("AP Sports Writer", True),
    ("5 days ago", True),
    ("Your E-mail:*", True),
    ("Home > News > World >", True),
    ("Photo: Jane Doe", True),
    ("Word Count: 676", True),
    ("(Source: Canadian Institute of Advanced Research survey)", True),
    # negative rows: headlines that merely look a little like metadata
    ("Weinstein Co. makes deal with striking writers", False),
    ("Photo gallery shows the new stadium", False),
    ("Gill: Glazers have been vindicated", False),
    ("Sooners DT busted for shoplifting", False),
]


@pytest.mark.parametrize(("text", "expected"), METADATA_ROWS, ids=[row[0] for row in METADATA_ROWS])
def test_is_metadata(text: str, expected: bool) -> None:
    assert is_metadata(text) is expected


def test_headline_window_passes_date_and_byline() -> None:
    page = (
        "Home\nWorld\nGulf states urge peace with Iran\nLast Updated: Tuesday, 4 December 2007, 17:04 GMT\n"
        "By Jane Doe\nE-mail this to a friend Printable version\n"
        "Gulf leaders ended their summit in Qatar urging a peaceful solution to the dispute with Iran, "
        "officials said on Tuesday.\n"
    )
    assert wireparse.parse(page).headline == "Gulf states urge peace with Iran"


def test_related_link_is_not_taken_for_the_headline() -> None:
    page = (
        "Most Read\nMayor opens new skate park\nTrain fares to rise in spring\n"
        "Council approves flood barrier\n"
        "The city council approved a new flood barrier on Tuesday, ending years of debate over the "
        "river quarter.\n"
    )
    assert wireparse.parse(page).headline == "Council approves flood barrier"


def test_story_under_a_link_list_keeps_its_byline_and_dateline() -> None:
    # The list heading's items run on to the lead; a byline and a dateline
    # are more specific than the guess that the list goes on.
    case = read_case(CASES / "wire_story_under_a_link_list.txt")
    article = wireparse.parse(case.page)
    assert article.byline is not None
    assert article.byline.names == ("MARTA QUILLAN",)
    assert article.byline.agency == "Associated Press"
    assert article.dateline is not None
    assert article.dateline.place == "PORTLAND, Maine"
    assert article.timestamp is not None
    assert article.timestamp.raw == "Mon, Jan. 07, 2008"


def test_page_without_prose_has_no_headline() -> None:
    assert wireparse.parse("Home\nWorld\nSport\n").headline is None


def test_commenter_lines_read_as_timestamps_still_wall_off_comments() -> None:
    from wireparse.blocks import split_blocks
    from wireparse.body import label_body
    from wireparse.model import relabel
    from wireparse.noise import label_noise

    case = read_case(CASES / "comment_thread.txt")
    # The thread without its heading: only the commenter lines tell it.
    page = "".join(
        line + "\n" for line in case.page.splitlines() if line not in ("14 Comments", "Leave a comment")
    )
    blocks = label_noise(split_blocks(page))
    # An earlier stage may read the commenter lines as timestamps or bylines.
    blocks = tuple(
        relabel(b, wireparse.BlockKind.TIMESTAMP, "dated-line") if b.text.endswith("says:") else b
        for b in blocks
    )
    labelled = label_body(blocks)
    body = tuple(b.text for b in labelled if b.kind is wireparse.BlockKind.BODY)
    assert body == case.paragraphs


@pytest.mark.xfail(
    reason="a short scraped page whose lines are all 40-90 characters reads as hard-wrapped and is joined",
    strict=True,
)
def test_short_page_of_mid_length_lines_keeps_its_paragraphs() -> None:
    page = (
        "Ferry strike ends after two weeks of talks\n"
        "The union agreed on Sunday to end the strike that cut off the islands.\n"
        "The first ferries will sail on Monday morning, the company said.\n"
        "You must be logged in to post a comment on this story.\n"
    )
    assert [p.text for p in wireparse.parse(page).paragraphs] == page.splitlines()[1:3]


def test_caption_between_headline_and_lead_is_not_the_headline() -> None:
    page = (
        "Home\nCouncil approves flood barrier\n"
        "The river in flood last winter. (AP Photo/Jane Doe)\n"
        "The city council approved a new flood barrier for the river on Tuesday, ending years of debate "
        "over the low-lying streets of the old quarter.\n"
    )
    article = wireparse.parse(page)
    assert article.headline == "Council approves flood barrier"
    assert len(article.captions) == 1


CLOSING_LINES_PAGE = """Home
World
Warehouse fire in Leeds
By Jane Doe
A fire destroyed a warehouse in Leeds on Monday night, police said, and firefighters fought the blaze for hours.
The cause of the fire was not yet known, a spokesman said.
{closing}
Most Read
Ten things to do this weekend
"""


@pytest.mark.parametrize(
    ("closing", "in_body"),
    [
        (
            "No one was injured.\nThe warehouse was empty.",
            ["No one was injured.", "The warehouse was empty."],
        ),
        ("He did not elaborate.", ["He did not elaborate."]),
        ("Share this article", []),
        ("This story has been corrected.", []),
        ("Click here to subscribe.", []),
        ("Thanks for reading.", []),
        ("Follow us on Twitter.", []),
        ("Comments are closed.", []),
    ],
    ids=[
        "two-closing-sentences",
        "one-closing-sentence",
        "a-share-bar-is-no-sentence",
        "a-correction-note",
        "a-call-to-subscribe",
        "thanks-for-reading",
        "a-call-to-follow",
        "closed-comments",
    ],
)
def test_short_sentences_that_close_the_article_are_body(closing: str, in_body: list[str]) -> None:
    article = wireparse.parse(CLOSING_LINES_PAGE.format(closing=closing))
    texts = [paragraph.text for paragraph in article.paragraphs]
    assert texts[:2] == [
        "A fire destroyed a warehouse in Leeds on Monday night, police said, and firefighters fought the blaze for hours.",
        "The cause of the fire was not yet known, a spokesman said.",
    ]
    assert texts[2:] == in_body


def test_a_byte_order_mark_is_no_text() -> None:
    page = "\ufeffCouncil approves new budget for schools\nThe council approved a new budget for the schools, officials said.\n"
    article = wireparse.parse(page)
    assert article.headline == "Council approves new budget for schools"
    assert all("\ufeff" not in block.text for block in article.blocks)
    assert article.blocks[0].span.start == 0  # the mark stays inside the spans: nothing is lost
