"""Bylines, wire trailers and photo captions: one row per real-world form, negative rows."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import wireparse
from wireparse.bylines import (
    BYLINE_AGENCIES,
    TRAILER_PATTERNS,
    is_byline,
    match_trailer,
    parse_byline,
    parse_byline_before,
)
from wireparse.captions import (
    CAPTION_PATTERNS,
    PHOTO_AGENCIES,
    caption_from_block,
    find_credit,
    match_caption,
    parse_caption,
    parse_picture_date,
)
from wireparse.model import Block, BlockKind, Span

# (byline, names, agency)
BYLINE_CASES = [
    ("By Jane Doe and John Roe", ("Jane Doe", "John Roe"), None),
    ("By Priya Natarajan, City Hall reporter", ("Priya Natarajan",), None),
    ("By Jane Doe | The Guardian", ("Jane Doe",), "The Guardian"),
    ("By Jane Doe, staff writer", ("Jane Doe",), None),
    ("By Jane Doe | Sports Reporter", ("Jane Doe",), None),
    ("By Jane Doe | Fox News", ("Jane Doe",), "Fox News"),
    ("BY JANE DOE, STAFF WRITER", ("JANE DOE",), None),
    ("by Janie Gabbett, Reuters", ("Janie Gabbett",), "Reuters"),
    ("by Janie Gabbett", ("Janie Gabbett",), None),
    ("By JONATHAN J. COOPER Associated Press", ("JONATHAN J. COOPER",), "Associated Press"),
    ("By JONATHAN J. COOPER, Associated Press Writer", ("JONATHAN J. COOPER",), "Associated Press"),
    ("By AHMED MOHAMED - Associated Press Writer --", ("AHMED MOHAMED",), "Associated Press"),
    ("By TED d'AFFLISIO, Reuters", ("TED d'AFFLISIO",), "Reuters"),
    ("BY TED D'AFFLISIO, Reuters", ("TED D'AFFLISIO",), "Reuters"),
    ("By Mark O'Neill, Reuters", ("Mark O'Neill",), "Reuters"),
    ("By Brad Schade Reuters", ("Brad Schade",), "Reuters"),
    ("By Solange De Santis", ("Solange De Santis",), None),
    ("By Tay Liam Hwee, Reuters", ("Tay Liam Hwee",), "Reuters"),
    (
        "By GUDJON HELGASON and BRIAN CHURCH, Associated Press Writers",
        ("GUDJON HELGASON", "BRIAN CHURCH"),
        "Associated Press",
    ),
    ("By Jane Doe, John Roe and Jim Poe, Reuters", ("Jane Doe", "John Roe", "Jim Poe"), "Reuters"),
    ("By Jane Doe | Reuters", ("Jane Doe",), "Reuters"),
    ("By Reuters Staff", (), "Reuters"),
    ("By CP", (), "CP"),
    ("By THE ASSOCIATED PRESS", (), "THE ASSOCIATED PRESS"),
    ("By: Murray Brewster, THE CANADIAN PRESS", ("Murray Brewster",), "THE CANADIAN PRESS"),
    ("By HERB KEINON AND AP", ("HERB KEINON",), "AP"),
    ("By Meg James Staff Writer", ("Meg James",), None),
    ("By Eric Song, IGN Staff", ("Eric Song",), None),
    ("By Michael Hiltzik Business Columnist", ("Michael Hiltzik",), None),
    ("by The Times-Picayune", ("The Times-Picayune",), None),
    ("By Will Smith", ("Will Smith",), None),
    ("By Yasemin Saplakoglu - Staff Writer", ("Yasemin Saplakoglu",), None),
    ("By Bill Hoppe | Special to the Pioneer Press", ("Bill Hoppe",), None),
    ("By Jane Doe, Special to The Washington Post", ("Jane Doe",), None),
    ("By Jane Doe - Special to the Pioneer Press", ("Jane Doe",), None),
    ("By Sean Martin Sean Martin", ("Sean Martin",), None),
    ("By Mohamed Mohamed", ("Mohamed Mohamed",), None),
    ("By Jane Doe | Mountain View Voice", ("Jane Doe",), "Mountain View Voice"),
    ("By Jane Doe | Bio-IT World", ("Jane Doe",), "Bio-IT World"),
]

# (line, where its date starts, names): a byline and a date on one line.
DATED_BYLINES = [
    ("By Tess Bonn - 11/19/19 06:56 AM EST", "11/19", ("Tess Bonn",)),
    ("By Sherif Saed, Wednesday, 20 November 2019 08:05 GMT", "20 Nov", ("Sherif Saed",)),
    ("By Chris Pokorny @DawgsByNature Nov 18, 2019, 11:47am EST", "Nov 18", ("Chris Pokorny",)),
    ("By Kashmira Gander On 11/13/19 at 4:00 PM EST", "11/13", ("Kashmira Gander",)),
    (
        "By Matthew Digby, Minh Do on Monday, November 18th, 2019 at 11:08 a.m.",
        "Monday",
        ("Matthew Digby", "Minh Do"),
    ),
    ("by Jeff Foust — November 18, 2019", "November", ("Jeff Foust",)),
    ("By Maren Estrada 2 days ago", "2 days", ("Maren Estrada",)),
    ("By Yasemin Saplakoglu - Staff Writer 2019-11-18T23:30:00Z", "2019", ("Yasemin Saplakoglu",)),
]

NOT_BYLINES = [
    "Written by Jane Campion and Thomas Savage",
    "By Jane Doe | Opinion",
    "By Jane Doe | More Stories",
    "By Charlie K | Read Article",
    "By Jane Doe | View Profile",
    "By Jane Doe | Contact",
    "By Jane Doe | Full Bio",
    "By Jane Doe | Author Archive",
    "By Jane Doe | Last Updated",
    "By Jane Doe | See All Stories",
    "By the end of the year, prices rose.",
    "By Any Means Necessary",
    "By All Accounts",
    "BY BIGDANINTX AT 01/09/08 02:32 PM",
    "By Monday, the team had left.",
    "By 2025 the plan will be complete.",
    "By Jane",
    "Bylines are set in capitals.",
]


@pytest.mark.xfail(
    strict=True, reason="a single-word name is not read as a byline (it reads like a sentence)"
)
def test_single_word_byline() -> None:
    byline = parse_byline("By Madonna")
    assert byline is not None
    assert byline.names == ("Madonna",)


@pytest.mark.parametrize(("text", "names", "agency"), BYLINE_CASES, ids=[row[0] for row in BYLINE_CASES])
def test_byline_forms(text: str, names: tuple[str, ...], agency: str | None) -> None:
    byline = parse_byline(text)
    assert byline is not None
    assert (byline.names, byline.agency) == (names, agency)
    assert byline.span.slice(text) == byline.text == text.strip()


def test_byline_span_is_inside_the_given_text() -> None:
    text = "  By Jane Doe, Reuters \n"
    byline = parse_byline(text)
    assert byline is not None
    assert byline.span.slice(text) == "By Jane Doe, Reuters"
    assert is_byline(text)


@pytest.mark.parametrize(("line", "date", "names"), DATED_BYLINES, ids=[row[0] for row in DATED_BYLINES])
def test_byline_before_a_date(line: str, date: str, names: tuple[str, ...]) -> None:
    byline = parse_byline_before(line, line.index(date))
    assert byline is not None
    assert byline.names == names
    assert byline.span.slice(line) == byline.text


@pytest.mark.parametrize(
    "line",
    ["Posted by nolasad on 01/13/08 at 12:02PM", "By Monday, 20 November", "Updated 11/19/19 06:56 AM"],
)
def test_no_byline_before_a_date(line: str) -> None:
    assert parse_byline_before(line, line.index(next(c for c in line if c.isdigit()))) is None


def test_article_byline_from_a_dated_line() -> None:
    page = (
        "Home\nCouncil approves flood barrier\nBy Tess Bonn - 11/19/19 06:56 AM EST\n"
        "The city council approved a new flood barrier on Tuesday, ending years of debate over the river quarter.\n"
    )
    article = wireparse.parse(page)
    assert article.byline is not None
    assert article.byline.names == ("Tess Bonn",)
    assert article.byline.span.slice(page) == "By Tess Bonn"
    assert article.timestamp is not None
    assert article.timestamp.raw == "11/19/19 06:56 AM EST"


LEAD = "The city council approved a new flood barrier on Tuesday, ending years of debate over the river quarter.\n"
CLOSE = "The barrier will be finished in 2009, the mayor said at a news conference.\n"

# (id, page, names of the article's byline or None): which byline of a page is the article's.
ARTICLE_BYLINE_PAGES = [
    (
        "nearest-the-article-beats-a-listed-storys",
        "Top stories\nMayor resigns after audit\nBy Joe Smith\nSchool budget passes\n"
        "Council approves flood barrier\nBy Tess Bonn\n" + LEAD,
        ("Tess Bonn",),
    ),
    (
        "dated-byline-after-the-article-is-not-its",
        "Council approves flood barrier\n" + LEAD + "Related\nBy Tess Bonn - 11/19/19 06:56 AM EST\n",
        None,
    ),
    (
        "dated-byline-by-the-headline-beats-a-byline-above",
        "Weather\nBy Joe Smith\nCouncil approves flood barrier\nBy Tess Bonn, 11/19/19 06:56 AM EST\n" + LEAD,
        ("Tess Bonn",),
    ),
    (
        "dated-byline-a-list-ran-over",
        "Latest News\nMayor resigns after audit\nCouncil approves flood barrier\n"
        "By Tess Bonn - 11/19/19 06:56 AM EST\n" + LEAD,
        ("Tess Bonn",),
    ),
    (
        "reader-named-below-the-comments-heading",
        "Council approves flood barrier\n" + LEAD + CLOSE + "Comments\nBy Alfred Hitchrooster\nNice work.\n",
        None,
    ),
    (
        "reader-dated-below-the-comments-heading",
        "Council approves flood barrier\n"
        + LEAD
        + CLOSE
        + "Comments\nBy Alfred Hitchrooster, Mon, 07 Jan 2008 17:22:12 GMT\nNice choice of words.\n",
        None,
    ),
    (
        "comment-count-above-the-article",
        "7 Comments\nCouncil approves flood barrier\nBy Tess Bonn - 11/19/19 06:56 AM EST\n" + LEAD,
        ("Tess Bonn",),
    ),
]
_BYLINE_PAGE = {row[0]: row[1] for row in ARTICLE_BYLINE_PAGES}


@pytest.mark.parametrize(
    ("page", "names"), [row[1:] for row in ARTICLE_BYLINE_PAGES], ids=[row[0] for row in ARTICLE_BYLINE_PAGES]
)
def test_the_articles_byline_among_the_pages(page: str, names: tuple[str, ...] | None) -> None:
    byline = wireparse.parse(page).byline
    assert (None if byline is None else byline.names) == names


def test_the_pages_of_the_byline_table_hold_what_they_test() -> None:
    # A list item taken over by the dated-byline rule, a comment section, a comment count.
    labels = {
        b.text: (b.kind.value, b.rule)
        for b in wireparse.parse(_BYLINE_PAGE["dated-byline-a-list-ran-over"]).blocks
    }
    assert labels["By Tess Bonn - 11/19/19 06:56 AM EST"] == ("timestamp", "dated-byline")
    blocks = wireparse.parse(_BYLINE_PAGE["reader-dated-below-the-comments-heading"]).blocks
    assert any(b.kind.value == "comments" for b in blocks)
    assert wireparse.parse(_BYLINE_PAGE["comment-count-above-the-article"]).blocks[0].kind.value == "comments"


@pytest.mark.parametrize("text", NOT_BYLINES, ids=NOT_BYLINES)
def test_not_a_byline(text: str) -> None:
    assert parse_byline(text) is None


def test_every_byline_agency_example_credits_its_agency() -> None:
    for agency, example in BYLINE_AGENCIES:
        parsed = parse_byline(example)
        assert parsed is not None, example
        assert parsed.agency == agency, example


# (trailer, form name)
TRAILER_CASES = [
    ("(Reporting by Jane Doe; Editing by John Roe)", "reporting-by"),
    ("(Reporting by Pavel Polityuk; Writing by Tom Balmforth; Editing by Alex Richardson)", "reporting-by"),
    ("(Writing by Jane Doe; Editing by John Roe)", "reporting-by"),
    ("(Additional reporting by Sarah Marsh in London)", "additional-reporting"),
    ("Additional reporting by Jane Doe in Washington; Editing by Tom Brown", "additional-reporting"),
    ("Writing by Jane Doe; Editing by John Roe", "credits-line"),
    ("Reporting by J. Doe in Kyiv and K. Roe in Moscow; Editing by Mark Potter", "credits-line"),
    ("Compiled by Jane Doe for Reuters", "compiled-by"),
    ("Associated Press writer Jane Doe contributed to this report.", "contributed"),
    (
        "Associated Press writers Jane Doe in Kyiv and John Roe in Moscow contributed to this report.",
        "contributed",
    ),
    ("Contributing: Jane Doe, USA TODAY", "contributing"),
    ("Reuter", "sign-off"),
    ("REUTER", "sign-off"),
    ("reuter", "sign-off"),
    ("Reuters", "sign-off"),
    ("© 2023 Thomson Reuters", "copyright-thomson-reuters"),
    ("© 2023 Thomson Reuters. All rights reserved.", "copyright-thomson-reuters"),
    ("Our Standards: The Thomson Reuters Trust Principles.", "trust-principles"),
    ("-0-", "end-mark"),
]

NOT_TRAILERS = [
    "Reuters reported the deal on Monday.",
    "Reporting by the newspaper showed the deal was off.",
    "Reporting by CNN showed the deal was off.",
    "Additional reporting by the newspaper showed the deal was off.",
    "Additional reporting by CNN showed the deal was off.",
    "The editing by the studio was praised by critics.",
    "Reuters and the Associated Press contributed reporting, the paper said in a note",
]


@pytest.mark.parametrize(("text", "form"), TRAILER_CASES, ids=[row[0][:50] for row in TRAILER_CASES])
def test_trailer_forms(text: str, form: str) -> None:
    assert match_trailer(text) == form


@pytest.mark.parametrize("text", NOT_TRAILERS, ids=[text[:40] for text in NOT_TRAILERS])
def test_not_a_trailer(text: str) -> None:
    assert match_trailer(text) is None


@pytest.mark.parametrize("form", TRAILER_PATTERNS, ids=[form.name for form in TRAILER_PATTERNS])
def test_every_trailer_example_matches_its_form(form: object) -> None:
    assert match_trailer(form.example) == form.name  # type: ignore[attr-defined]


# (caption, form name, credit, picture date)
CAPTION_CASES = [
    (
        "Prime Minister Stephen Harper waits for the premiers at 24 Sussex. (Sean Kilpatrick /THE CANADIAN PRESS)",
        "slash-credit",
        "Sean Kilpatrick /THE CANADIAN PRESS",
        None,
    ),
    (
        "Police officers patrol Whitehall. Stefan Rousseau/PA Wire",
        "slash-credit",
        "Stefan Rousseau/PA Wire",
        None,
    ),
    ("Benni McCarthy © Action Images", "copyright-credit", "Action Images", None),
    ("Harry Kane © 2008 Getty Images", "copyright-credit", "Getty Images", None),
    ("Lionel Messi celebrates his goal © AFP", "copyright-credit", "AFP", None),
    (
        "Russian President Vladimir Putin and North Korea's leader Kim Jong Un pose for a photo during their"
        " meeting in Vladivostok, Russia, April 25, 2019. Picture taken April 25, 2019.",
        "picture-taken",
        None,
        dt.date(2019, 4, 25),
    ),
    (
        "A woman walks past a closed shop in Shanghai, China. REUTERS/Aly Song. Picture taken on July 4, 2023.",
        "picture-taken",
        "REUTERS/Aly Song",
        dt.date(2023, 7, 4),
    ),
    (
        "A Ukrainian serviceman fires a mortar near Bakhmut. REUTERS/Sofiia Gatilova/File Photo",
        "reuters-credit",
        "REUTERS/Sofiia Gatilova",
        None,
    ),
    (
        "President Joe Biden speaks in the East Room of the White House. (AP Photo/Evan Vucci)",
        "agency-photo",
        "AP Photo/Evan Vucci",
        None,
    ),
    (
        "New York Islanders' Brock Nelson scores in Pittsburgh. (AP Photo/Gene J. Puskar) less",
        "agency-photo",
        "AP Photo/Gene J. Puskar",
        None,
    ),
    (
        "Singer Amy Winehouse arrives at the MTV Movie Awards in Los Angeles, in this June 3, 2007, file photo.",
        "in-this-photo",
        None,
        None,
    ),
    (
        "A Toronto police officer stops a car for a random sobriety check in this undated file photo.",
        "in-this-photo",
        None,
        None,
    ),
    (
        "In this photo taken Nov. 5, 2019, workers load coal at a port in Lianyungang, China.",
        "in-this-photo",
        None,
        None,
    ),
    ("FILE PHOTO: The logo of Credit Suisse is seen in Zurich, Switzerland.", "file-photo-lead", None, None),
    ("Kim Jong Un inspects a missile launch. (File photo)", "file-photo-tail", None, None),
    ("Rescue workers search the rubble in Antakya. Photo: AFP", "photo-credit", "AFP", None),
    ("Photo: Gene J. Puskar", "photo-credit", "Gene J. Puskar", None),
    (
        "Instagram is happy to help. Photograph: Jeenah Moon/Getty Images",
        "photo-credit",
        "Jeenah Moon/Getty Images",
        None,
    ),
    (
        "Fans cheer in the stands. (Photo by Jane Doe/Getty Images)",
        "photo-by",
        "Photo by Jane Doe/Getty Images",
        None,
    ),
    (
        "Spain's Rafael Nadal celebrates a point in Madrid, Spain, Tuesday, Nov. 19, 2019. (Manu Fernandez/AP)",
        "slash-credit",
        "Manu Fernandez/AP",
        None,
    ),
]

NOT_CAPTIONS = [
    "Copyright © 2008 Gannett",
    "COPYRIGHT © Acme Media",
    "All content © 2021 Reuters",
    "Privacy Policy © 2024 Example Media",
    "Contact Us © 2024 Guardian News",
    "Site design © Studio Nine",
    "© 2019 Associated Press. All Rights Reserved.",
    "The band played “Love © Me” to a full house last night.",
    "The minister said the photo was taken in April.",
    "A file photo of the plant was released by the company on Monday.",
    "The two leaders were expected to pose for a photo before the talks.",
    "Reuters photographers were not allowed into the building, the agency said.",
    "The picture taken by the drone showed the damage, officials said.",
    "In this case, the court said, the photo was not evidence.",
    "Type the characters in this picture: *",
]


@pytest.mark.parametrize(
    ("text", "form", "credit", "picture_date"),
    CAPTION_CASES,
    ids=[row[1] + ":" + row[0][:30] for row in CAPTION_CASES],
)
def test_caption_forms(text: str, form: str, credit: str | None, picture_date: dt.date | None) -> None:
    assert match_caption(text) == form
    caption = parse_caption(text)
    assert (caption.credit, caption.picture_date) == (credit, picture_date)
    assert caption.span.slice(text) == caption.text == text.strip()
    span = Span(start=10, end=10 + len(text))
    from_block = caption_from_block(Block(kind=BlockKind.CAPTION, text=text, span=span, text_span=span))
    assert (from_block.credit, from_block.picture_date, from_block.span) == (credit, picture_date, span)


@pytest.mark.parametrize("text", NOT_CAPTIONS, ids=[text[:40] for text in NOT_CAPTIONS])
def test_not_a_caption(text: str) -> None:
    assert match_caption(text) is None


@pytest.mark.parametrize("form", CAPTION_PATTERNS, ids=[form.name for form in CAPTION_PATTERNS])
def test_every_caption_example_matches_its_form(form: object) -> None:
    assert match_caption(form.example) == form.name  # type: ignore[attr-defined]


def test_picture_date_that_does_not_exist_is_none() -> None:
    assert parse_picture_date("A rally. Picture taken February 30, 2019.") is None


def test_credit_absent() -> None:
    assert find_credit("Putin and Kim meet in Vladivostok.") is None


def test_pipeline_labels_wire_structure_with_its_form() -> None:
    page = "\n".join(
        [
            "Ukraine says talks to resume",
            "By Jane Doe and John Roe",
            "KYIV, July 29 (Reuters) - Ukraine said on Saturday that talks with Russia would resume next week.",
            "The foreign ministry said the date had not been set, the agency reported.",
            "(Reporting by Jane Doe; Editing by John Roe)",
            "© 2023 Thomson Reuters",
        ]
    )
    article = wireparse.parse(page)
    assert article.byline is not None
    assert article.byline.names == ("Jane Doe", "John Roe")
    assert [block.rule for block in article.trailers] == [
        "trailer:reporting-by",
        "trailer:copyright-thomson-reuters",
    ]
    assert article.dateline is not None
    assert article.dateline.place == "KYIV"
    assert article.body.startswith("Ukraine said on Saturday")
    assert "Reporting by" not in article.body


@pytest.mark.parametrize(
    "line",
    [
        "By " + "Jane " * 5000,
        "By " + "Jane Doe, " * 3000,
        "(Reporting by " + "Jane Doe; " * 3000,
        "REUTERS/" + "Ab " * 5000,
    ],
    ids=["byline-words", "byline-names", "trailer-credits", "credit-words"],
)
def test_adversarial_lines_are_no_byline_and_no_caption(line: str) -> None:
    # Their cost is bounded by construction (tests/test_patterns.py checks
    # that every quantifier is bounded); here, what they read as.
    assert parse_byline(line) is None
    # A credit opens a caption however long the rest; nothing else here is one.
    assert match_caption(line) == ("reuters-credit" if line.startswith("REUTERS/") else None)


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=300))
def test_never_raise(text: str) -> None:
    parse_byline(text)
    match_trailer(text)
    match_caption(text)
    find_credit(text)
    parse_picture_date(text)


# -- cue fragments spare patterns, never a match --------------------------------


def _first_caption_ungated(text: str) -> str | None:
    return next((f.name for f in CAPTION_PATTERNS if f.pattern.search(text.strip())), None)


def _first_trailer_ungated(text: str) -> str | None:
    return next((f.name for f in TRAILER_PATTERNS if f.pattern.fullmatch(text.strip())), None)


CUE_TEXTS = sorted(
    {
        *(row[0] for row in CAPTION_CASES),
        *NOT_CAPTIONS,
        *(row[0] for row in TRAILER_CASES),
        *NOT_TRAILERS,
        *(form.example for form in CAPTION_PATTERNS),
        *(form.example for form in TRAILER_PATTERNS),
        "Protesters march in Paris. Jane DOE/AFP).",
        "(Additional reporting by Jane Doe)",
        "additional reporting by nobody",
    }
)


@pytest.mark.parametrize("text", CUE_TEXTS)
def test_cues_change_no_caption_or_trailer(text: str) -> None:
    assert match_caption(text) == _first_caption_ungated(text)
    assert match_trailer(text) == _first_trailer_ungated(text)


@pytest.mark.parametrize("form", [*CAPTION_PATTERNS, *TRAILER_PATTERNS], ids=lambda form: form.name)
def test_every_example_holds_a_cue_of_its_form(form: object) -> None:
    cues, example = form.cues, form.example  # type: ignore[attr-defined]
    assert not cues or any(cue in example for cue in cues)


def test_every_photo_agency_example_is_a_slash_credit() -> None:
    for agency, example in PHOTO_AGENCIES:
        caption = "Police officers patrol the square. " + example
        assert match_caption(caption) == "slash-credit", example
        credit = find_credit(caption)
        assert credit is not None, example
        assert credit.endswith(agency), example
