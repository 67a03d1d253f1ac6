"""Stage 5: find the headline above the article.

Strategy: the headline is a title-shaped block a little above the first body
paragraph. Between the two there is often a byline, a date, a "Print |
Email" bar or a photo credit, and above it a kicker or the section's menu,
so the stage scores every block of a window above the body rather than
taking the nearest one. A block scores by how many of its content words the
opening paragraphs repeat (a headline announces what the lead says; a
related-story link does not), by its shape (a few words, no closing full
stop) and by its distance; a block shown twice near the top (the page title
and the article's own heading) scores more. Blocks shaped like metadata
(dates, bylines, "Posted:", "Text size") and blocks the lexicon called noise
are never taken. When no block scores, the nearest title line is taken (a
punning headline shares no word with its lead). Wire copy, where the title
is line one over a byline or a dateline, needs no scoring. The "Headline |
Site" and "Headline - Site" title forms keep only the headline part. A page
whose opening holds no title line has no headline.

Must never: take a caption, a byline, a timestamp, a menu of one or two
words, or a lexicon-labelled noise block.
"""

from __future__ import annotations

from collections.abc import Sequence

import regex

from wireparse.lexicons import STOPWORDS as LEXICON_STOPWORDS
from wireparse.model import Block, BlockKind, relabel
from wireparse.text import ends_like_sentence, strip_markup, widest_cell, word_count, words

# How many non-blank blocks above the first paragraph are searched.
HEADLINE_WINDOW = 25
MIN_HEADLINE_WORDS = 2
MAX_HEADLINE_WORDS = 30
# How many words of the lead a headline is compared with: about the first
# paragraph, which a headline summarises.
LEAD_WORDS = 60
# Kinds a headline may have been given by the earlier stages: the body stage
# calls every block outside the article menu, link or boilerplate.
CANDIDATE_KINDS = frozenset({BlockKind.BOILERPLATE, BlockKind.LINK_LIST, BlockKind.MENU})
# The rules that may have labelled a headline: the body stage's labels for
# what stands outside the article, and the noise stage's items under a list
# heading, which run on until prose resumes: a "Latest News" box often ends
# right above the headline, and the headline is then read as its last item.
CANDIDATE_RULES = frozenset(
    {"short-outside-run", "title-outside-run", "outside-run", "list-item-after-heading"}
)
# A title of fewer content words is scored as if it had this many, so that a
# two-word menu item naming the story's subject does not outscore a headline.
MIN_CONTENT_WORDS = 3
# How many shared words make a full echo of the lead.
STRONG_ECHO = 2
# The weights of the score.
OVERLAP_WEIGHT = 3.0
REPEATED_WEIGHT = 1.0
# A top-level markdown heading ("# Ferry strike ends"), as text renderers
# write a page's <h1>, is most often the article's title.
TOP_HEADING_WEIGHT = 1.0
RANK_WEIGHT = 0.1
SENTENCE_PENALTY = 0.8
FEW_WORDS_PENALTY = 1.5
# A block is taken on positive evidence only: its echo of the lead must
# outweigh its penalties.
MIN_HEADLINE_SCORE = 0.0

# "Headline | Site", "Headline :: Site"; the site part is short. A pipe is
# rarely part of a headline, so it always cuts.
SITE_SUFFIX_RE = regex.compile(r"\s(?:\||::|»)\s[^|\n]{1,40}\Z")
# "Headline - Site Name": a dash is part of many headlines ("McCarthy is not
# for sale - Hughes"), so it cuts only before a name shaped like a site's:
# a domain or a publication word. Matches " - BBC News", " – example.com";
# not " - report".
DASH_SITE_SUFFIX_RE = regex.compile(
    r"""\s[-–—]\s(?=[^\n]{0,40}(?:\.(?:com|net|org|co|uk|de|in|au|ca)\b|\b(?:News|Times|Post|Herald|Journal|Tribune
        |Gazette|Telegraph|Chronicle|Daily|Online|Magazine|Mail|Express|Independent|Guardian|Observer|Star|Sun
        |Review|Today|Network|TV|Radio|Press|Wire)\b))[^|\n]{1,40}\Z""",
    regex.VERBOSE,
)

_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]{0,6}\.?"
# A block that carries the article's metadata rather than its title: a date or
# a time ("Dec. 31, 2007 11:14 AM", "01/10/2008", "5 days ago"), a byline or a
# label ("By Jane Doe", "Posted:", "AP Sports Writer", "Text size"). Matches
# "Published: Friday, January 18, 2008"; not "Sooners DT busted for shoplifting".
METADATA_RE = regex.compile(
    r"""
      \b"""
    + _MONTH
    + r"""\ {0,2}\d{1,2}\b
    | \b\d{1,2}\ {0,2}"""
    + _MONTH
    + r"""\b
    | \b\d{1,2}:\d{2}\b
    | \b\d{1,4}[/.-]\d{1,2}[/.-]\d{2,4}\b
    | \b\d{1,3}\ (?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?)\ ago\b
    | ^\s{0,3}\(?(?:by|posted|updated|published|last\ updated|written|filed(?:\ under)?|listed\ under|source|credit
                 |courtesy|tags?|release|date|category|categories|article\ from|font|text\ size|topics?|location
                 |word\ count|director|section|rating)\b
    | \(?\b(?:photo|pic|picture|image)s?\ ?(?::|by\b|credit\b)
    | \b(?:staff|sports|senior|chief|political|business|contributing|special|foreign|golf|tennis|house|times|post|ap)
      \ (?:writer|correspondent|reporter|editor|columnist)s?\b
    | \b(?:correspondent|columnist)\s{0,3}$
    | ^\s{0,3}(?:the\ )?(?:associated\ press|reuters|afp|ap|upi|bloomberg)\s{0,3}$
    | ^\s{0,3}(?:https?://|www\.)[^\s]{1,100}\s{0,3}$
    """,
    regex.IGNORECASE | regex.VERBOSE | regex.VERSION1,
)
# A top-level markdown heading: matches "# Ferry strike ends"; not
# "## Most read" or "#MeToo".
TOP_HEADING_RE = regex.compile(r"\#[ \t]{1,4}\S")
# A navigation bar: matches "News | Sport | Weather", "Home > World >",
# "« Older | Main"; not "Obama, Clinton face off in N.H." or "AC/DC returns".
NAVIGATION_BAR_RE = regex.compile(r"(?:[^|>»/\n]{1,40}(?:\s[|>»/](?:\s|\Z)|\s?\|\s?)){2}|«")
# A form field or a label waiting for its value: matches "Your E-mail:*",
# "Tags:"; not "Gill: Glazers have been vindicated".
FORM_LABEL_RE = regex.compile(r"[:*]\s{0,2}\*?\s{0,2}\Z")


def is_headline_shaped(text: str) -> bool:
    """True for a block that could be a headline: a few words, no closing full stop.

    >>> is_headline_shaped("MORT DENIES ALLARDYCE SPECULATION")
    True
    >>> is_headline_shaped("The club denied the reports on Monday, the paper said.")
    False
    """
    count = word_count(text, words(text))
    if not MIN_HEADLINE_WORDS <= count <= MAX_HEADLINE_WORDS:
        return False
    return not ends_like_sentence(text) or text.rstrip().endswith(("?", "!"))


def is_metadata(text: str) -> bool:
    """True for a date, a byline or a label line, which is never the headline.

    >>> is_metadata("Dec. 31, 2007 11:14 AM")
    True
    >>> is_metadata("By Peter Griffiths")
    True
    >>> is_metadata("www.immunoshield.com")
    True
    >>> is_metadata("Britain's fastest supercomputer unveiled")
    False
    """
    return (
        METADATA_RE.search(text) is not None
        or NAVIGATION_BAR_RE.match(text) is not None
        or FORM_LABEL_RE.search(text) is not None
    )


# A toolbar that a renderer ran into the title's line: two or more of its
# words at the end. Matches " Save Email Print", " E-mail Article  Print-Friendly
# Subscribe"; not " Print" alone ("Pakistan bans Print").
TOOLBAR_TAIL_RE = regex.compile(
    r"""(?:\s{1,3}(?:E-?mail(?:\ (?:Article|This|Story))?|Print(?:-Friendly|\ This)?|Save|Share|Tweet
        |Subscribe(?:\ to\ (?:RSS|our)(?:\ Feeds?)?)?|RSS(?:\ Feeds?)?
        |Comments?|Reprints?|Text\ size|Font\ size|Bookmark)){2,9}\s{0,3}\Z""",
    regex.VERBOSE,
)


# A byline a renderer ran onto the end of a title, with no blank between,
# and the outlet after it:
#   matches: "By FRANK BODANI Daily Record/Sunday News" in "… on eve of
#   bowlBy FRANK BODANI Daily Record/Sunday News"
#   does not match: "By Me" after a blank ("Stand By Me" stays a title)
GLUED_BYLINE_RE = regex.compile(
    r"""(?<=[\p{Ll}.!?’'"”])By\ \p{Lu}[\p{L}.'’-]{0,30}(?:[\ /,]{1,2}\p{Lu}[\p{L}.'’&-]{0,30}){0,9}\s{0,3}\Z""",
    regex.VERBOSE,
)


def strip_site_name(text: str) -> str:
    """Drop a trailing site name from a title, and a toolbar or a byline run on after it.

    A title in capitals is a wire slug, whose tail names the news source, not
    a site: it is kept whole.

    >>> strip_site_name("Mort denies Allardyce speculation | Sporting Life")
    'Mort denies Allardyce speculation'
    >>> strip_site_name("The 10 best early Black Friday deals – BGR News")
    'The 10 best early Black Friday deals'
    >>> strip_site_name("McCarthy is not for sale - Hughes")
    'McCarthy is not for sale - Hughes'
    >>> strip_site_name("OPEC STICKING FIRM ON OFFICIAL PRICES - SUBROTO")
    'OPEC STICKING FIRM ON OFFICIAL PRICES - SUBROTO'
    >>> strip_site_name("Hester Runs Bears to Win in Season Finale Save Email Print")
    'Hester Runs Bears to Win in Season Finale'
    >>> strip_site_name("White House bars AP")
    'White House bars AP'
    >>> strip_site_name("COLLEGE FOOTBALL: Joe Paterno entertains on eve of bowlBy FRANK BODANI")
    'COLLEGE FOOTBALL: Joe Paterno entertains on eve of bowl'
    """
    text = TOOLBAR_TAIL_RE.sub("", text)
    if "By " in text:
        text = GLUED_BYLINE_RE.sub("", text)
    if text.isupper():
        return text
    return DASH_SITE_SUFFIX_RE.sub("", SITE_SUFFIX_RE.sub("", text))


# Words are compared by their first letters, so that "recalls" meets
# "recalled" and "Iran's" meets "Iran".
STEM_LENGTH = 5


#: Words too common in any story to show that a title and a lead share a
#: subject: "Got a tip?" over a lead that says "you've got" is no headline.
GENERIC_WORDS = frozenset(
    {
        # verbs of any story: "Got a tip?", "Make a difference"
        *("got", "get", "gets", "getting", "make", "makes", "made", "take", "takes", "took", "give", "gave"),
        *("see", "seen", "look", "know", "want", "like"),
        # counts and times: "One year on", "New this week"
        *("new", "news", "one", "two", "three", "first", "last", "next", "year", "years", "day", "days"),
        *("time", "times", "week", "weeks", "today", "yesterday", "tomorrow", "now", "just", "back", "way"),
        # praise and quantity: "Best of the web", "More from us"
        *("good", "great", "best", "more", "most", "many", "much", "people"),
    }
)


def content_stems(text: str) -> set[str]:
    """The first letters of the content words of ``text``, lower-cased.

    >>> sorted(content_stems("Gulf states urge peace with Iran"))
    ['gulf', 'iran', 'peace', 'state', 'urge']
    """
    stopwords = LEXICON_STOPWORDS["en"]
    return {
        token[:STEM_LENGTH]
        for token in (t.lower() for t in words(text))
        if len(token) > 2 and token not in stopwords and token not in GENERIC_WORDS
    }


def _lead_words(blocks: Sequence[Block], first_body: int) -> set[str]:
    lead: set[str] = set()
    count = 0
    for block in blocks[first_body:]:
        if block.kind is not BlockKind.BODY:
            continue
        tokens = words(block.text)
        lead |= content_stems(" ".join(tokens[: LEAD_WORDS - count]))
        count += len(tokens)
        if count >= LEAD_WORDS:
            break
    return lead


def _normalised(text: str) -> str:
    return " ".join(token.lower() for token in words(text))


def headline_score(text: str, lead: set[str], rank: int, *, repeated: bool) -> float | None:
    """Score ``text`` as the headline of an article whose lead has the words ``lead``.

    ``rank`` counts the blocks that could be headlines between this one and
    the body. ``None`` when the block cannot be a headline at all.

    >>> lead = content_stems("Britain unveiled its fastest supercomputer on Monday.")
    >>> headline_score("Britain's fastest supercomputer unveiled", lead, 2, repeated=False) > 1
    True
    >>> headline_score("Mon Jan 14, 2008 11:16am EST", lead, 1, repeated=False) is None
    True
    """
    title = strip_site_name(text)
    count = word_count(title, words(title))
    if not MIN_HEADLINE_WORDS <= count <= MAX_HEADLINE_WORDS or is_metadata(title):
        return None
    content = content_stems(title)
    shared = len(content & lead)
    # One shared word is weak evidence (a related story may name the same
    # team); the echo counts in full from two shared words.
    overlap = shared / max(len(content), MIN_CONTENT_WORDS) * min(shared, STRONG_ECHO) / STRONG_ECHO
    score = OVERLAP_WEIGHT * overlap - RANK_WEIGHT * rank
    if repeated:
        score += REPEATED_WEIGHT
    if ends_like_sentence(title) and not title.rstrip().endswith(("?", "!")):
        score -= SENTENCE_PENALTY
    if count <= 2:
        score -= FEW_WORDS_PENALTY
    return score


# When no block's words echo the lead (a punning headline: "Slammer for
# Rammer"), the nearest title line is taken: three words or more, no closing
# full stop.
MIN_TITLE_LINE_WORDS = 3


def _is_title_line(text: str) -> bool:
    return is_headline_shaped(text) and len(words(text)) >= MIN_TITLE_LINE_WORDS


# Kinds that open a story right under its title: "By Jane Doe", "NEW YORK, Feb 26 -".
STORY_OPENING_KINDS = frozenset({BlockKind.BYLINE, BlockKind.DATELINE})


def _title_over_story_opening(blocks: Sequence[Block], first_body: int) -> int | None:
    """The page's first block, when it is title-shaped and a byline or a
    dateline follows it: the layout of wire copy, where the title is line one."""
    present = [i for i in range(first_body) if blocks[i].kind is not BlockKind.BLANK]
    if len(present) < 2 or blocks[present[1]].kind not in STORY_OPENING_KINDS:
        return None
    title = blocks[present[0]]
    text = strip_markup(title.text)
    if title.kind not in CANDIDATE_KINDS or not is_headline_shaped(text) or is_metadata(text):
        return None
    return present[0]


def label_headline(blocks: tuple[Block, ...]) -> tuple[Block, ...]:
    """Label the headline block, if the page has one.

    >>> from wireparse.pipeline import label_blocks
    >>> page = "Home\\nGulf states urge peace with Iran\\nBy Jane Doe\\nGulf leaders urged peace with Iran at their summit, officials said."
    >>> [b.kind.value for b in label_blocks(page)]
    ['menu', 'headline', 'byline', 'body']
    """
    first_body = next((i for i, b in enumerate(blocks) if b.kind is BlockKind.BODY), None)
    if first_body is None:
        return blocks
    opening = _title_over_story_opening(blocks, first_body)
    if opening is not None:
        headline = relabel(blocks[opening], BlockKind.HEADLINE, "title-over-dateline")
        return (*blocks[:opening], headline, *blocks[opening + 1 :])
    lead = _lead_words(blocks, first_body)
    window: list[int] = []
    for index in range(first_body - 1, -1, -1):
        if blocks[index].kind is BlockKind.BLANK:
            continue
        window.append(index)
        if len(window) >= HEADLINE_WINDOW:
            break
    # The page title, when the scraper kept it, is the page's first line; it
    # may stand far above the window, past the menus.
    page_title = next((i for i, b in enumerate(blocks) if b.kind is not BlockKind.BLANK), None)
    counted = window if page_title is None or page_title in window else [*window, page_title]
    seen: dict[str, int] = {}
    for index in counted:
        key = _normalised(strip_site_name(blocks[index].text))
        seen[key] = seen.get(key, 0) + 1
    best_score, best_index, rule = MIN_HEADLINE_SCORE, None, "title-above-body"
    rank = 0
    eligible: list[int] = []
    for index in window:
        block = blocks[index]
        if block.kind not in CANDIDATE_KINDS or block.rule not in CANDIDATE_RULES:
            continue
        plain = widest_cell(strip_markup(block.text))
        repeated = seen.get(_normalised(strip_site_name(plain)), 0) > 1
        score = headline_score(plain, lead, rank, repeated=repeated)
        if score is None:
            continue
        if TOP_HEADING_RE.match(block.text):
            score += TOP_HEADING_WEIGHT
        rank += 1
        eligible.append(index)
        if score > best_score:
            best_score, best_index = score, index
    if best_index is None:
        nearest = next(
            (i for i in eligible if _is_title_line(widest_cell(strip_markup(blocks[i].text)))), None
        )
        if nearest is None:
            return blocks
        best_index, rule = nearest, "nearest-title-above-body"
    headline = relabel(blocks[best_index], BlockKind.HEADLINE, rule)
    return (*blocks[:best_index], headline, *blocks[best_index + 1 :])
