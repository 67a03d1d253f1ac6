"""Navigation noise: the lexicon, and properties of pages with noise added."""

from __future__ import annotations

import random
import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from strategies import ALL_NOISE_LINES, LONG_NOISE_LINE, articles, noise_lines, page_of

import wireparse
from wireparse.lexicons import NOISE_LINES
from wireparse.noise import (
    CONTACT_BLOCK_RULE,
    COOKIE_BANNER_RULE,
    COPYRIGHT_RULE,
    NOISE_RULES,
    SENTENCE_PROMPT_RULES,
    _match_contact_block,
    is_commenter_line,
    match_noise_rule,
)
from wireparse.pipeline import label_blocks

NOISE_ROWS = [(kind, line) for kind, lines in NOISE_LINES.items() for line in lines]


@pytest.mark.parametrize(("kind", "line"), NOISE_ROWS, ids=[f"{kind}:{line}" for kind, line in NOISE_ROWS])
def test_noise_line_gets_its_kind(kind: str, line: str) -> None:
    rule = match_noise_rule(line)
    assert rule is not None
    assert rule.kind.value == kind


@pytest.mark.parametrize(
    "rule",
    [COPYRIGHT_RULE, COOKIE_BANNER_RULE, *NOISE_RULES, *SENTENCE_PROMPT_RULES],
    ids=lambda rule: rule.name,
)
def test_rule_matches_its_example(rule: object) -> None:
    assert match_noise_rule(rule.example) is rule  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    "rule",
    [COPYRIGHT_RULE, COOKIE_BANNER_RULE, *NOISE_RULES, *SENTENCE_PROMPT_RULES],
    ids=lambda rule: rule.name,
)
def test_rule_cues_are_necessary(rule: object) -> None:
    samples = [
        *ALL_NOISE_LINES,
        *(r.example for r in [COPYRIGHT_RULE, COOKIE_BANNER_RULE, *NOISE_RULES, *SENTENCE_PROMPT_RULES]),
    ]
    for text in samples:
        if rule.pattern.match(text) is not None and rule.cues:  # type: ignore[attr-defined]
            assert any(cue in text.lower() for cue in rule.cues), text  # type: ignore[attr-defined]


@pytest.mark.parametrize("rule", [*NOISE_RULES, *SENTENCE_PROMPT_RULES], ids=lambda rule: rule.name)
def test_rule_openings_are_necessary(rule: object) -> None:
    samples = [
        *ALL_NOISE_LINES,
        *(r.example for r in [*NOISE_RULES, *SENTENCE_PROMPT_RULES]),
        *(line.upper() for line in ALL_NOISE_LINES),
    ]
    for text in samples:
        if rule.pattern.match(text) is None:  # type: ignore[attr-defined]
            continue
        if not rule.opens_alphanumeric:  # type: ignore[attr-defined]
            assert not text[:1].isalnum(), text
        if rule.openings and text.isascii():  # type: ignore[attr-defined]
            assert text.lower().startswith(rule.openings), text  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("SHARE THIS", "share"),
        ("Ads", "advertising"),
        ("Story continues below advertisement", "advertising"),
        ("Back to top", "menu-word"),
        ("— • —", "separator"),
    ],
    ids=lambda value: value,
)
def test_rule_with_openings_still_matches(text: str, name: str) -> None:
    rule = match_noise_rule(text)
    assert rule is not None
    assert rule.name == name


def test_openings_are_not_applied_to_text_beyond_ascii() -> None:
    # "ſ" folds to "s" in the patterns' case-insensitive matching, but its
    # lower case is itself: the openings must not spare the pattern here.
    rule = match_noise_rule("ſhare")
    assert rule is not None
    assert rule.name == "share"


PROSE_ROWS = [
    "Subscribers can read the full report, the newspaper said.",
    "Readers who want to read more about it can subscribe to the weekly edition.",
    "The comments section was closed after the vote, the editor said.",
    "The bakery sold cookies to the mayor.",
    "Latest French Riots Test Sarkozy's Focus",
    "More bad news for Boeing",
    "More news on the bombing suspects emerges as police search homes",
    "More news related to Iraq war emerges",
    "Google buys YouTube",
    "Readers got the news by email from the council.",
    "Yahoo results beat forecasts",
    "The comments are closed to the public, the council said.",
    "The homepage of the club was hacked.",
    "He had a tip from police about the car.",
    "Advertisers pulled their spots after the broadcast, the network said.",
    "The discussion is closed to the public, the council said.",
    "Copyright law changed in 2019, the court said.",
    "He asked what readers think of the plan.",
    "Share prices fell on Monday as investors sold their holdings in the bank.",
    "Cookies are small files a browser keeps, and regulators want sites to ask before they set them.",
    "We use cookie cutters to shape the dough, the baker said, and the children love to help her.",
]


@pytest.mark.parametrize("text", PROSE_ROWS, ids=PROSE_ROWS)
def test_prose_with_noise_words_is_not_noise(text: str) -> None:
    assert match_noise_rule(text) is None


COMMENTER_ROWS = [
    ("joetoronto says:", True),
    ("Posted by: Lucky Lakeshore | January 14, 2008 06:24 PM", True),
    ("Posted By: jroo | January 07 2008 at 03:12 PM", True),
    ("2 days ago at 07:52 am", True),
    ("BY TAROCHAN AT 01/08/08 05:30 PM", True),
    ("By the river at 5 the band played", False),
    ("The minister says: talks resume Monday in Geneva and Paris.", False),
    ("Police say enough is enough", False),
]


@pytest.mark.parametrize(("text", "expected"), COMMENTER_ROWS, ids=[row[0] for row in COMMENTER_ROWS])
def test_is_commenter_line(text: str, expected: bool) -> None:
    assert is_commenter_line(text) is expected


ADVERSARIAL_LINES = [
    "Posted by " + "a " * 5000,
    "says " * 4000 + ":",
    "© " + "x" * 20000,
    "-" * 50000,
    "Most read " * 3000,
    "Aa " * 8000,
    "We use cookies to " + "improve " * 8000,
    "By using this site " + "cookie " * 8000,
]


@pytest.mark.parametrize("line", ADVERSARIAL_LINES, ids=lambda line: line[:12])
def test_long_adversarial_lines_are_labelled_fast(line: str) -> None:
    started = time.perf_counter()
    blocks = label_blocks(line + "\n" + line + "\n" + line)
    assert len(blocks) == 3
    assert time.perf_counter() - started < 1.0


# -- properties ----------------------------------------------------------------


@settings(max_examples=60, deadline=None)
@given(article=articles(), above=noise_lines(), below=noise_lines())
def test_noise_around_an_article_leaves_its_paragraphs(
    article: tuple[str, tuple[str, ...]], above: list[str], below: list[str]
) -> None:
    headline, paragraphs = article
    parsed = wireparse.parse(page_of(above, headline, paragraphs, below))
    assert tuple(p.text for p in parsed.paragraphs) == paragraphs


@settings(max_examples=40, deadline=None)
@given(article=articles(), noise=noise_lines(max_size=16), cut=st.integers(0, 16), seed=st.integers(0, 2**16))
def test_shuffling_the_noise_keeps_the_body(
    article: tuple[str, tuple[str, ...]], noise: list[str], cut: int, seed: int
) -> None:
    headline, paragraphs = article
    cut = min(cut, len(noise))
    shuffled = list(noise)
    random.Random(seed).shuffle(shuffled)
    before = wireparse.parse(page_of(noise[:cut], headline, paragraphs, noise[cut:]))
    after = wireparse.parse(page_of(shuffled[:cut], headline, paragraphs, shuffled[cut:]))
    assert before.body == after.body


@settings(max_examples=40, deadline=None)
@given(noise=st.lists(st.sampled_from(ALL_NOISE_LINES), min_size=1, max_size=20))
def test_a_page_of_noise_has_no_body(noise: list[str]) -> None:
    parsed = wireparse.parse("\n".join([LONG_NOISE_LINE, *noise]))
    assert parsed.paragraphs == ()
    assert parsed.headline is None


@settings(max_examples=40, deadline=None)
@given(article=articles(), noise=noise_lines())
def test_noise_pages_stay_lossless(article: tuple[str, tuple[str, ...]], noise: list[str]) -> None:
    headline, paragraphs = article
    page = page_of(noise, headline, paragraphs, noise)
    parsed = wireparse.parse(page)
    assert "".join(b.span.slice(page) for b in parsed.blocks) == page


@settings(max_examples=80, deadline=None)
@given(
    lines=st.lists(
        st.one_of(
            st.sampled_from(ALL_NOISE_LINES),
            st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=120),
            st.sampled_from(
                [
                    "東京都は月曜日に発表した。",
                    "Die Stadt plant neue Radwege.",
                    "• one",
                    "1) two",
                    "jdoe says:",
                ]
            ),
        ),
        max_size=25,
    )
)
def test_labelling_any_lines_is_total_and_lossless(lines: list[str]) -> None:
    page = "\n".join(lines)
    blocks = label_blocks(page)
    assert "".join(b.span.slice(page) for b in blocks) == page
    assert all(b.kind is not wireparse.BlockKind.UNLABELLED for b in blocks)


# Cookie banners longer than any prompt: matched whole, whatever their length.
COOKIE_BANNER_ROWS = [
    "We use cookies and other tracking technologies to improve your browsing experience on our site, "
    "show personalized content and targeted ads, analyze site traffic, and understand where our "
    "audiences come from. To learn more or opt-out, read our Cookie Policy and our Privacy Policy, "
    "which have both been updated recently.",
    "This website uses cookies to improve your experience while you navigate through the website. Out "
    "of these cookies, the cookies that are categorized as necessary are stored on your browser as they "
    "are essential for the working of basic functionalities of the website.",
    "By continuing to use this site you consent to the use of cookies on your device as described in "
    "our cookie policy unless you have disabled them. You can change your cookie settings at any time "
    "but parts of our site will not function correctly without them.",
]


@pytest.mark.parametrize("text", COOKIE_BANNER_ROWS, ids=[row[:30] for row in COOKIE_BANNER_ROWS])
def test_long_cookie_banner_is_legal_noise(text: str) -> None:
    assert len(text.split()) > 40
    assert match_noise_rule(text) is COOKIE_BANNER_RULE


CONTACT_BLOCK_ROWS = [
    "The Post Customer Service Center can be contacted with any questions or requests: Telephone: "
    "*2421 Extension 4 or 03-7619056 Fax: 03-5613699 E-mail: subs@example.com The center is staffed "
    "and provides answers on Sundays through Thursdays between 07:00 and 14:00 and Fridays only "
    "handles distribution requests between 7:00 and 13:00.",
    "Contact us: for subscriptions, delivery problems or to place an advertisement in the print "
    "edition or on the website, call our reader services desk on weekdays between 8am and 6pm. "
    "Telephone: 0800 123 456. E-mail: readers@example.co.uk. Post: Reader Services, 1 High Street.",
]


@pytest.mark.parametrize("text", CONTACT_BLOCK_ROWS, ids=[row[:30] for row in CONTACT_BLOCK_ROWS])
def test_long_contact_block_is_a_footer(text: str) -> None:
    assert len(text.split()) > 40
    assert match_noise_rule(text) is CONTACT_BLOCK_RULE


def test_the_contact_rule_reads_its_example() -> None:
    assert _match_contact_block(CONTACT_BLOCK_RULE.example) is CONTACT_BLOCK_RULE


@pytest.mark.parametrize(
    "text",
    [
        "Customer service at the utility has collapsed since the merger, the regulator said on Tuesday, "
        "after thousands of complaints from readers who wrote to complaints@example.com and waited weeks "
        "for an answer, and it ordered the company to hire 200 more staff before the winter.",
        "Customer service at the utility has collapsed since the merger, the regulator said on Tuesday, "
        "after a spokesman said in an e-mail: we are hiring. When reached by phone: the chief executive "
        "said the company would hire 200 more staff before the winter and apologise to its readers.",
        "Customer service impostors are on the rise: fraudsters who posed as the bank's customer service "
        "team asked victims to write to help@bank-secure.com or refunds@bank-secure.net, the police said, "
        "and warned readers that the bank never asks for passwords by e-mail or telephone.",
    ],
    ids=["one-address", "reporter-labels", "two-addresses"],
)
def test_article_about_customer_service_is_not_a_contact_block(text: str) -> None:
    assert len(text.split()) > 40
    assert match_noise_rule(text) is None


def test_long_paragraph_about_cookies_is_not_a_banner() -> None:
    text = (
        "The regulator said that sites which use cookies to track readers across the web must ask "
        "them first, and that many of the largest news sites had failed to do so, according to a "
        "report published on Tuesday by the data protection authority in Dublin."
    )
    assert match_noise_rule(text) is None
