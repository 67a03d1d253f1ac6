"""Wire datelines: one row per real-world form, negative rows, properties."""

from __future__ import annotations

import datetime as dt
import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from strategies import wire_stories

import wireparse
from wireparse.datelines import (
    DASH_CHARACTERS,
    DATELINE_FORMS,
    DatelineForm,
    month_number,
    parse_dateline,
    resolve_date,
)

# (paragraph, place, date_text, agency, dash); the row id is the paragraph.
DATELINE_CASES = [
    # -- today's wires
    ("KYIV, July 29 (Reuters) - Ukraine said", "KYIV", "July 29", "Reuters", "-"),
    ("NEW YORK/LONDON, Oct 9 (Reuters) - Stocks fell", "NEW YORK/LONDON", "Oct 9", "Reuters", "-"),
    ("HONG KONG/SINGAPORE (Reuters) - Asian shares fell", "HONG KONG/SINGAPORE", None, "Reuters", "-"),
    ("WASHINGTON (AP) — The Senate voted", "WASHINGTON", None, "AP", "—"),
    ("PARIS, Jan 1 (AFP) - France said", "PARIS", "Jan 1", "AFP", "-"),
    # AP copy on a newspaper's site: the dateline on a line of its own
    ("NOUAKCHOTT, Mauritania --", "NOUAKCHOTT, Mauritania", None, None, "--"),
    ("RENO, Nev. --", "RENO, Nev.", None, None, "--"),
    ("WASHINGTON, D.C. —", "WASHINGTON, D.C.", None, None, "—"),
    ("BEIJING, Sept. 2 (Xinhua) -- China said", "BEIJING", "Sept. 2", "Xinhua", "--"),
    ("SEOUL, Nov. 24 (Yonhap) -- South Korea said", "SEOUL", "Nov. 24", "Yonhap", "--"),
    ("TOKYO (Kyodo) -- Japan said", "TOKYO", None, "Kyodo", "--"),
    ("Kyoto, May 8 (Jiji Press)--Japan said", "Kyoto", "May 8", "Jiji Press", "--"),
    ("(Bloomberg) -- Stocks fell", None, None, "Bloomberg", "--"),
    ("Washington (CNN) — The president said", "Washington", None, "CNN", "—"),
    (
        "SAN JOSE, Costa Rica, July 29 (Reuters) - Costa Rica said",
        "SAN JOSE, Costa Rica",
        "July 29",
        "Reuters",
        "-",
    ),
    ("AUSTIN, Texas (AP) — Texas said", "AUSTIN, Texas", None, "AP", "—"),
    ("SANTA FE, N.M. (AP) — The state said", "SANTA FE, N.M.", None, "AP", "—"),
    ("LOS ANGELES, Dec. 27 (UPI) -- Police said", "LOS ANGELES", "Dec. 27", "UPI", "--"),
    ("London (dpa) - Britain said", "London", None, "dpa", "-"),
    ("SHARM EL-SHEIK, Egypt (AP) — Talks began", "SHARM EL-SHEIK, Egypt", None, "AP", "—"),
    ("Montreal, QC (Sports Network) - The Alouettes added", "Montreal, QC", None, "Sports Network", "-"),
    ("LAS VEGAS--(BUSINESS WIRE)--Magellan today announced", "LAS VEGAS", None, "BUSINESS WIRE", "--"),
    ("NEW YORK, Jan. 5, 2024 /PRNewswire/ -- Acme Corp said", "NEW YORK", "Jan. 5", "PRNewswire", "--"),
    ("MADRID — Rafael Nadal kept Spain's hopes alive in the final.", "MADRID", None, None, "—"),
    ("BUFFALO, N.Y. — Hours before the game the coach said he would play.", "BUFFALO, N.Y.", None, None, "—"),
    # -- Reuters-21578 (1987)
    ("ROCHESTER, N.Y., Feb 26 - Champion Products Inc said", "ROCHESTER, N.Y.", "Feb 26", None, "-"),
    ("NEW YORK, Feb 26 -", "NEW YORK", "Feb 26", None, "-"),
    ("LOS ANGELES, Feb 26 - BankAmerica Corp is not", "LOS ANGELES", "Feb 26", None, "-"),
    ("****LONDON, March 2 - Sterling opened", "LONDON", "March 2", None, "-"),
    ("c    CHICAGO, March 2 - Grain futures", "CHICAGO", "March 2", None, "-"),
    ("LONDON, MArch 2 - The Bank of England", "LONDON", "MArch 2", None, "-"),
    ("LONDON, Narch 2 - The Bank of England", "LONDON", "Narch 2", None, "-"),
    ("LONDON, 2 March - The Bank of England", "LONDON", "2 March", None, "-"),
    ("WESTPORT, Conn., FEb 26 - The fund said", "WESTPORT, Conn.", "FEb 26", None, "-"),
    ("WASHINGTON, March 12, Reuter - A U.S. judge", "WASHINGTON", "March 12", "Reuter", "-"),
    ("WASHINGTON, D.C. March 18 - International", "WASHINGTON, D.C.", "March 18", None, "-"),
    ("MINNEAPOLIS, MINN.,March 13 -", "MINNEAPOLIS, MINN.", "March 13", None, "-"),
    ("MURDOCHVILLE, Que., April 2- Seventeen miners", "MURDOCHVILLE, Que.", "April 2", None, "-"),
    ("HUNT VALLEY, Md., March 16 -Qtr ends Feb 28", "HUNT VALLEY, Md.", "March 16", None, "-"),
    ("NEW YORK, March 31 -<Ralph Andrews Productions> said", "NEW YORK", "March 31", None, "-"),
    ("NEW YORK, March 9 -- Oil traders", "NEW YORK", "March 9", None, "--"),
    ("louisville, april 7 - feeder cattle steady", "louisville", "april 7", None, "-"),
    ("New york, March 2 - Chicago physician", "New york", "March 2", None, "-"),
    (
        "NEW YORK, Louisville, KY, March 11 - ICH Corp's stock",
        "NEW YORK, Louisville, KY",
        "March 11",
        None,
        "-",
    ),
    ("CITY OF COMMERCE, Calif., March 19 - Qtr ended", "CITY OF COMMERCE, Calif.", "March 19", None, "-"),
    ("ST. LOUIS, March 18 - May Department Stores", "ST. LOUIS", "March 18", None, "-"),
    ("MILWAUKEE, Oct. 20 - Gander Mountain Inc", "MILWAUKEE", "Oct. 20", None, "-"),
    ("LaFox, Ill., April 3 -", "LaFox, Ill.", "April 3", None, "-"),
    ("LONDON March 2 - Sterling opened", "LONDON", "March 2", None, "-"),
    ("TOKYO, Febuary 27 - The Bank of Japan", "TOKYO", "Febuary 27", None, "-"),
    ("THE HAGUE, March 2 - The Dutch central bank", "THE HAGUE", "March 2", None, "-"),
    ("The Hague (Reuters) - The court said", "The Hague", None, "Reuters", "-"),
    ("Rio de Janeiro (Reuters) - Brazil said", "Rio de Janeiro", None, "Reuters", "-"),
]

# Openings that are no dateline.
NOT_DATELINES = [
    "HIV/AIDS - the disease is still killing millions of people every year.",
    "AND/OR - the rules say that both parties must agree to it now.",
    "U.S. officials said on Friday - in a statement - that talks would resume.",
    "WASHINGTON has long argued that the rules - all of them - must change.",
    '"We will win - whatever it takes," the coach said.',
    "Arsenal 2 - Chelsea 1",
    "Apple (AAPL) - shares rose in early trading.",
    "On Monday, March 2 - the first day of the sale - queues formed.",
    "Officials said, March 2 - a Monday - was chosen.",
    "EU - European Union",
    "UPDATE - The president has said that the plan is off.",
    "RPT - OPPOSITION TO EC OILS TAX INTACT - MINISTER",
    "SAFETY-KLEEN <SK> TO BUY STAKE IN OIL REFINER",
    "LONDON --",
    "HOME -",
    "NEWS, SPORTS -",
    "NEWS, Local -",
    "SPORTS, Results -",
    "SIEGEL--Jerome Arthur, 98, of Mamaroneck, New York, passed away Friday.",
    "The Reuters report (Reuters) - said nothing.",
    "Sales rose 5 pct in March 2 - 3 weeks ahead of plan.",
    "LONDON, March 45 - the figures showed",
    "Shares fell March 2 - the day the plan was announced.",
    "",
]


@pytest.mark.parametrize(
    ("paragraph", "place", "date_text", "agency", "dash"),
    DATELINE_CASES,
    ids=[row[0][:40] for row in DATELINE_CASES],
)
def test_dateline_forms(
    paragraph: str, place: str | None, date_text: str | None, agency: str | None, dash: str
) -> None:
    dateline = parse_dateline(paragraph)
    assert dateline is not None
    assert (dateline.place, dateline.date_text, dateline.agency, dateline.dash) == (
        place,
        date_text,
        agency,
        dash,
    )
    assert dateline.span.slice(paragraph) == dateline.raw
    assert dateline.raw.endswith(dash)


@pytest.mark.parametrize("form", DATELINE_FORMS, ids=[form.name for form in DATELINE_FORMS])
def test_every_form_example_is_read_by_its_form(form: DatelineForm) -> None:
    dateline = parse_dateline(form.example)
    assert dateline is not None
    assert dateline.form == form.name


def test_lone_dateline_block_names_its_form() -> None:
    page = "COMPANY <CO> 4TH QTR NET\n    NEW YORK, Feb 26 -\n    Shr 15 cts vs four cts\n Reuter"
    rules = [block.rule for block in wireparse.label_blocks(page)]
    assert "lone-dateline:place-date" in rules


@pytest.mark.parametrize("paragraph", NOT_DATELINES, ids=[text[:40] or "empty" for text in NOT_DATELINES])
def test_not_a_dateline(paragraph: str) -> None:
    assert parse_dateline(paragraph) is None


# Datelines whose text runs past the first dash; the gold keeps it in the dateline.
@pytest.mark.xfail(
    strict=True, reason="the dateline ends at its first dash; a weather note after it stays body"
)
@pytest.mark.parametrize(
    ("paragraph", "raw"),
    [
        (
            "Indianapolis, April 7 - Cloudy/49 degrees - Hog prices are",
            "Indianapolis, April 7 - Cloudy/49 degrees -",
        ),
        (
            "WASHINGTON, March 11 - Financiere Credit Suisse - The bank",
            "WASHINGTON, March 11 - Financiere Credit Suisse -",
        ),
    ],
    ids=["weather-note", "company-note"],
)
def test_dateline_runs_past_first_dash(paragraph: str, raw: str) -> None:
    dateline = parse_dateline(paragraph)
    assert dateline is not None
    assert dateline.raw == raw


@pytest.mark.parametrize(
    ("paragraph", "reference", "expected"),
    [
        ("KYIV, July 29 (Reuters) - x", dt.date(2023, 7, 30), dt.date(2023, 7, 29)),
        ("KYIV, July 29 (Reuters) - x", dt.datetime(2023, 7, 30, 9, 0, tzinfo=dt.UTC), dt.date(2023, 7, 29)),
        ("MOSCOW, Dec 31 (Reuters) - x", dt.date(2024, 1, 1), dt.date(2023, 12, 31)),
        ("MOSCOW, Jan 1 (Reuters) - x", dt.date(2023, 12, 31), dt.date(2024, 1, 1)),
        ("NEW YORK, Jan. 5, 2024 /PRNewswire/ -- x", None, dt.date(2024, 1, 5)),
        ("KYIV, July 29 (Reuters) - x", None, None),
        ("WASHINGTON (AP) — x", dt.date(2023, 7, 30), None),
        ("LONDON, Feb 30 - x", dt.date(2023, 2, 1), None),
    ],
    ids=[
        "date",
        "datetime",
        "year-before",
        "year-after",
        "written-year",
        "no-reference",
        "no-date",
        "no-such-day",
    ],
)
def test_dateline_date_takes_its_year_from_the_reference(
    paragraph: str, reference: dt.date | None, expected: dt.date | None
) -> None:
    dateline = parse_dateline(paragraph, reference=reference)
    assert dateline is not None
    assert dateline.date == expected


def test_byline_run_into_dateline() -> None:
    paragraph = "By Jane Doe and John Roe WASHINGTON (Reuters) - The Senate voted."
    dateline = parse_dateline(paragraph)
    assert dateline is not None
    assert dateline.raw == "WASHINGTON (Reuters) -"
    assert dateline.span.slice(paragraph) == dateline.raw
    assert dateline.byline is not None
    assert dateline.byline.names == ("Jane Doe", "John Roe")
    assert dateline.byline.span.slice(paragraph) == "By Jane Doe and John Roe"


@pytest.mark.parametrize(
    ("word", "number"),
    [
        ("Feb", 2),
        ("FEb", 2),
        ("MArch", 3),
        ("Narch", 3),
        ("Apri", 4),
        ("APril", 4),
        ("Sept.", 9),
        ("june", 6),
    ],
    ids=lambda value: str(value),
)
def test_month_words_and_typos(word: str, number: int) -> None:
    assert month_number(word) == number


@pytest.mark.parametrize("word", ["Ma", "Chelsea", "Mayor", "Junk", "12"])
def test_not_month_words(word: str) -> None:
    assert month_number(word) is None


def test_resolve_date_without_year_or_reference() -> None:
    assert resolve_date(7, 29, None, None) is None


def test_parse_dateline_rejects_bytes() -> None:
    with pytest.raises(TypeError, match="bytes"):
        parse_dateline(b"KYIV (Reuters) - x")  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "line",
    [
        "A " * 5000,
        "A, " * 5000,
        "AB" * 10000 + " -",
        "NEW YORK, " * 2000 + "March 2 -",
        "By Jane " * 2000,
        "(" * 5000 + "Reuters) -",
        "*" * 5000 + "LONDON, March 2 -",
        "LONDON, March " + "2" * 5000,
    ],
    ids=[
        "caps-words",
        "comma-words",
        "one-long-word",
        "many-places",
        "byline-words",
        "parentheses",
        "stars",
        "digits",
    ],
)
def test_adversarial_lines_are_fast(line: str) -> None:
    started = time.perf_counter()
    parse_dateline(line)
    assert time.perf_counter() - started < 0.5


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=300))
def test_never_raises_and_raw_is_in_the_paragraph(paragraph: str) -> None:
    dateline = parse_dateline(paragraph)
    if dateline is not None:
        assert dateline.span.slice(paragraph) == dateline.raw


@settings(max_examples=40, deadline=None)
@given(wire_stories())
def test_dateline_split_keeps_paragraph_spans_in_the_page(story: tuple[str, list[str], str]) -> None:
    page, texts, raw = story
    article = wireparse.parse(page)
    assert article.dateline is not None
    assert article.dateline.raw == raw
    assert article.dateline.span.slice(page) == raw
    assert [paragraph.text for paragraph in article.paragraphs] == texts
    for paragraph in article.paragraphs:
        assert 0 <= paragraph.span.start <= paragraph.span.end <= len(page)
        pieces = paragraph.line_spans or (paragraph.span,)
        assert " ".join(piece.slice(page) for piece in pieces) == paragraph.text
    first = article.paragraphs[0]
    assert first.span.start >= article.dateline.span.end


def test_byline_run_into_dateline_becomes_the_article_byline() -> None:
    page = "Senate passes bill\nBy Jane Doe WASHINGTON (Reuters) - The Senate voted on Tuesday to pass the bill, officials said."
    article = wireparse.parse(page)
    assert article.byline is not None
    assert article.byline.names == ("Jane Doe",)
    assert article.byline.span.slice(page) == "By Jane Doe"
    assert article.paragraphs[0].text.startswith("The Senate voted")


def test_pipeline_dates_the_dateline_by_the_page_timestamp() -> None:
    page = "16:34 JST, July 30, 2023\nKYIV, July 29 (Reuters) - Ukraine said on Saturday that talks with Russia would resume."
    article = wireparse.parse(page)
    assert article.dateline is not None
    assert article.dateline.date == dt.date(2023, 7, 29)


@pytest.mark.parametrize(
    "paragraph",
    [*(row[0] for row in DATELINE_CASES), *(form.example for form in DATELINE_FORMS)],
)
def test_no_form_matches_without_a_dash(paragraph: str) -> None:
    # parse_dateline skips a paragraph without a dash: every form ends with one.
    undashed = paragraph
    for dash in DASH_CHARACTERS:
        undashed = undashed.replace(dash, " ")
    assert all(form.pattern.match(undashed) is None for form in DATELINE_FORMS)
    assert parse_dateline(undashed) is None
