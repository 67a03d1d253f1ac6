"""Stage 2: label navigation noise by what a block says.

Strategy: a table of named rules, each a bounded pattern that must match a
whole short block ("POPULAR ARTICLE", "Share on Facebook", "-"). Only short
blocks that do not end like a sentence are tested, so a body paragraph that
mentions "subscribe" in passing stays body; a few prompts that do end like
sentences ("You must be logged in to post a comment.", "We use cookies ...")
have rules of their own, matched whole, and a copyright notice is matched at
any length. Each rule names cue words, one of which a block must hold before
its pattern is tried: nearly every block is spared nearly every pattern. Runs
of items under a list heading ("Most read", "ACCESS RANKING") become
link-list items until prose resumes. The body stage asks this module what
opens a comment section (a heading, commenter lines) and what closes an
article (a rights notice).

Must never: label a long sentence-shaped block as noise by a lexicon match.
"""

from __future__ import annotations

import attrs
import regex

from wireparse.model import Block, BlockKind, relabel
from wireparse.text import (
    capitalised_share,
    ends_like_sentence,
    holds_a_cue,
    stopword_share,
    strip_markup,
    words,
)


@attrs.frozen
class NoiseRule:
    """A named pattern that labels a whole short block as one kind of noise."""

    #: Name shown as the block's provenance.
    name: str
    #: Kind given to the blocks it matches.
    kind: BlockKind
    #: Pattern that must match the whole block text (case-insensitive).
    pattern: regex.Pattern[str]
    #: A real block it matches.
    example: str
    #: Lower-case fragments of which every block the pattern matches holds at
    #: least one; a block holding none is not tried (empty: always tried).
    cues: tuple[str, ...] = ()
    #: Lower-case openings with one of which every ASCII block the pattern
    #: matches starts; an ASCII block opening with none is not tried (empty:
    #: always tried). ASCII only: the pattern's case-insensitive matching
    #: folds a few other letters ("ſ" is "s") that lower case keeps.
    openings: tuple[str, ...] = ()
    #: Whether a block the pattern matches may open with a letter or a digit:
    #: a block that does is not tried when it may not.
    opens_alphanumeric: bool = True

    def matches(self, text: str, lowered: str) -> bool:
        """True when the pattern matches all of ``text`` (``lowered`` is its lower case)."""
        if not self.opens_alphanumeric and text[:1].isalnum():
            return False
        if self.openings and text.isascii() and not lowered.startswith(self.openings):
            return False
        return holds_a_cue(lowered, self.cues) and self.pattern.match(text) is not None


def _rule(
    name: str,
    kind: BlockKind,
    pattern: str,
    example: str,
    cues: tuple[str, ...] = (),
    openings: tuple[str, ...] = (),
    *,
    opens_alphanumeric: bool = True,
) -> NoiseRule:
    compiled = regex.compile(r"(?:" + pattern + r")\Z", regex.IGNORECASE | regex.VERBOSE | regex.VERSION1)
    return NoiseRule(
        name=name,
        kind=kind,
        pattern=compiled,
        example=example,
        cues=cues,
        openings=openings,
        opens_alphanumeric=opens_alphanumeric,
    )


# Blocks longer than this many words are matched against the whole-sentence
# prompts only ("To read this article in full you must be registered ...").
LEXICON_MAX_WORDS = 12
# Blocks longer than this are never matched.
PROMPT_MAX_WORDS = 40
# A label this short is still a label with a full stop or an exclamation
# mark ("Premium Article !", "Subscribe now!"); a longer block ending so is a
# sentence and only the prompt rules apply.
EXCLAIMED_LABEL_MAX_WORDS = 3

#: A call for readers' news, short ("Got a tip?") or a whole sentence ("Want to
#: submit a story?"): tried with the lexicon and with the prompts.
NEWS_TIP_RULE = _rule(
    "news-tip-prompt",
    BlockKind.BOILERPLATE,
    r"""(?:want\ to\ |how\ to\ )?submit\ (?:a|your)\ (?:story|news|news\ tip|tip|photo|letter)s?[?!.]?
        | (?:got|have)\ a\ (?:news\ )?tip[?!.]?
        | send\ us\ your\ (?:news|tips?|stories|photos|pictures|letters)[?!.]?""",
    "Got a tip?",
    ("submit", "tip", "send us"),
)

#: A prompt to get the site's news by e-mail, a heading or a sentence: "GET OUR
#: NEWS BY E-MAIL", "Get the latest news from Computerworld delivered via
#: email.", "Get the best of news in your inbox everyday"; not "Readers got the
#: news by email from the council" (it must open on the offer).
EMAIL_NEWS_RULE = _rule(
    "email-news-prompt",
    BlockKind.SUBSCRIPTION,
    r"""(?:start\ )?(?:receiving|receive|get)\b[^\n]{0,60}?\b(?:news|headlines|updates|alerts|stories)\b[^\n]{0,30}?
        (?:\b(?:per|by|via)\ e-?mail|\bin\ your\ inbox)\b[^\n]{0,20}""",
    "GET OUR NEWS BY E-MAIL",
    ("mail", "inbox"),
    ("start receiving", "receiving", "receive", "get"),
)

#: The noise lexicon, in the order the rules are tried. Each pattern matches a
#: whole block; ``{0,40}`` style bounds keep every quantifier finite.
NOISE_RULES: tuple[NoiseRule, ...] = (
    _rule(
        "separator",
        BlockKind.SEPARATOR,
        r"[\p{P}\p{S}\s]{1,200}",
        "-",
        opens_alphanumeric=False,
    ),
    _rule(
        "list-heading",
        BlockKind.SECTION_LABEL,
        r"""[^\n]{0,40}?\b(?:
              (?:most\ )?popular(?:\ (?:articles?|stories|news|now|posts?))?
            | most\ (?:read|viewed|shared|emailed|commented|watched|recent)
            | (?:access\ )?rankings?
            | top\ (?:stories|news|articles|headlines)
            | trending(?:\ (?:now|stories|news|topics))?
            | latest\ (?:news|stories|articles|headlines|videos)
            | (?:related|recommended|similar|more)\ (?:articles?|stories|news|content|coverage|links|videos|reads?)
            | you\ (?:may|might)\ also\ (?:like|enjoy|be\ interested\ in)
            | editor'?s?['’]?\ picks?
            | (?:read|see)\ (?:more|also)
            | more\ from\ [^\n]{1,40}
            | what\ to\ read\ next
            | also\ on\ [^\n]{1,40}
            | around\ the\ web
            | (?:in\ )?other\ news
            | don['’]t\ miss
            )\b[^\n]{0,20}""",
        '"News Services" POPULAR ARTICLE',
        (
            "popular",
            "most",
            "ranking",
            "top",
            "trending",
            "latest",
            "related",
            "recommended",
            "similar",
            "more",
            "you",
            "editor",
            "read",
            "see",
            "what",
            "also",
            "around",
            "other",
            "don",
        ),
    ),
    # A section's list named by its topic, the whole block: "More World news",
    # "Latest Sports News"; not "More bad news for Boeing" (a headline).
    _rule(
        "list-heading-topic",
        BlockKind.SECTION_LABEL,
        r"""(?:more|latest)\ \p{L}{2,20}\ (?:news|stories|headlines)""",
        "More World news",
        openings=("more ", "latest "),
    ),
    # The same with "related to" and a capitalised topic, the whole block:
    # "More News related to Press Releases"; not "More news related to Iraq
    # war emerges" (a headline).
    _rule(
        "list-heading-related",
        BlockKind.SECTION_LABEL,
        r"""more\ (?:articles?|stories|news)\ related\ to
            (?-i:(?:\ (?:the\ )?\p{Lu}[\p{L}.&'’-]{0,30}){1,4})""",
        "More News related to Press Releases",
        openings=("more ",),
    ),
    _rule(
        "list-heading-other-languages",
        BlockKind.SECTION_LABEL,
        r"""[^\n]{0,30}?(?:
              (?:você\ )?(?:também\ )?pode\ gostar|leia\ (?:também|mais)|veja\ também|mais\ lidas?   # pt
            | te\ puede\ interesar|lee\ también|más\ leídas?|noticias\ relacionadas                # es
            | das\ könnte\ sie\ auch\ interessieren|meistgelesen|lesen\ sie\ auch|mehr\ zum\ thema  # de
            | leggi\ anche|potrebbe\ interessarti|più\ lett[ie]|articoli\ correlati                 # it
            | (?:à\ )?lire\ aussi|les\ plus\ lus|vous\ aimerez\ aussi|sur\ le\ même\ sujet        # fr
            | baca\ juga|berita\ terkait|terpopuler                                              # id
            | читайте\ также|по\ теме|самое\ популярное                                          # ru
            )[^\n]{0,20}""",
        "Você pode gostar...",
        (
            "gostar",
            "leia",
            "veja",
            "lidas",
            "interesar",
            "lee",
            "leídas",
            "relacionadas",
            "interessieren",
            "meistgelesen",
            "lesen",
            "thema",
            "leggi",
            "interessarti",
            "più",
            "correlati",
            "lire",
            "lus",
            "aimerez",
            "sujet",
            "baca",
            "terkait",
            "terpopuler",
            "читайте",
            "теме",
            "популярное",
        ),
    ),
    _rule(
        "comments",
        BlockKind.COMMENTS,
        r"""\d{0,7}\ ?(?:comments?|responses?|replies|reactions?)(?:\ \(\d{1,7}\))?
            | (?:leave|post|add|view|show|read|write|submit|see)\ (?:a|your|all|the|\d{1,7})?\ ?(?:comments?|replies|reply)[^\n]{0,30}
            | (?:\d{1,7}\ )?(?:reader|readers['’]?|user|your|latest|recent|top)\ (?:comments?|reviews|reactions)[^\n]{0,20}
            | \d{1,7}\ (?:responses?|comments?|replies|thoughts)\ (?:to|on)\ [^\n]{1,160}
            | comments?\ (?:(?:are|have\ been)\ (?:now\ )?closed(?:\ for\ this\ (?:article|story|post))?\.?|policy|guidelines)
            | (?:thanks\ for\ your\ comments[\ ,.;:-]{1,5})?(?:this\ )?(?:feedback|discussion)\ is\ (?:now\ )?closed
            | have\ your\ say[^\n]{0,30}
            | join\ the\ (?:discussion|conversation|debate)
            | discuss\ this\ (?:article|story|post)
            | talk\ back""",
        "Leave a comment",
        (
            "comment",
            "respons",
            "repl",
            "reaction",
            "review",
            "thought",
            "say",
            "join",
            "discuss",
            "talk",
            "closed",
        ),
    ),
    _rule(
        "share",
        BlockKind.SHARE,
        r"""(?:(?:share|tweet|pin|email|e-mail|print|save|copy\ link|whatsapp|facebook|twitter|linkedin
            |reddit|messenger|telegram|flipboard|pinterest|this\ article|this\ story|on|via|to|article
            |del\.icio\.us|delicious|digg(?:\ this)?|stumbleupon|newsvine|technorati|mixx|fark|slashdot|myspace
            |yahoo(?:\ ?my\ ?web)?|google(?:\ bookmarks)?|what['’]s\ this\??
            |print-friendly|comments?|share\ this|(?:e-?mail|print|save)\ this|follow\ us|like\ us)[\s,|/:·•-]{0,5}){1,12}""",
        "Share on Facebook Twitter Email",
        openings=(
            "share",
            "tweet",
            "pin",
            "email",
            "e-mail",
            "print",
            "save",
            "copy link",
            "whatsapp",
            "facebook",
            "twitter",
            "linkedin",
            "reddit",
            "messenger",
            "telegram",
            "flipboard",
            "pinterest",
            "this article",
            "this story",
            "on",
            "via",
            "to",
            "article",
            "comment",
            "follow us",
            "like us",
            "del.icio.us",
            "delicious",
            "digg",
            "stumbleupon",
            "newsvine",
            "technorati",
            "mixx",
            "fark",
            "slashdot",
            "myspace",
        ),
    ),
    _rule(
        "subscription",
        BlockKind.SUBSCRIPTION,
        r"""[^\n]{0,40}?\b(?:subscribe|subscription|sign\ (?:up|in)|log\ ?in|register|newsletters?
            |already\ a\ (?:subscriber|member)|create\ (?:a\ )?(?:free\ )?account|premium|paywall)\b[^\n]{0,60}""",
        "Sign up for our newsletter",
        ("subscri", "sign", "log", "register", "newsletter", "already", "account", "premium", "paywall"),
    ),
    _rule(
        "cookie-legal",
        BlockKind.LEGAL,
        r"""[^\n]{0,60}?\b(?:cookies?|privacy\ (?:policy|notice|settings)|terms\ (?:of|and)\ (?:use|service|conditions)
            |all\ rights\ reserved|copyright|disclaimer|accessibility|sitemap|site\ map)\b[^\n]{0,80}
            | ©[^\n]{0,120}""",
        "Privacy Policy | Terms of Use | Cookies",
        (
            "cookie",
            "privacy",
            "terms",
            "rights",
            "copyright",
            "disclaimer",
            "accessib",
            "sitemap",
            "site map",
            "©",
        ),
    ),
    _rule(
        "advertising",
        BlockKind.ADVERTISING,
        r"""advertisements?|advertising|ads?|sponsored(?:\ content|\ links?|\ stories)?|promoted(?:\ stories|\ content)?
            |story\ continues\ below(?:\ advertisement)?|continue\ reading\ below|paid\ (?:content|post)
            |place\ an?\ ad|advertise(?:\ with\ us|\ here)?""",
        "Advertisement",
        openings=(
            "ad",
            "sponsored",
            "promoted",
            "story continues below",
            "continue reading below",
            "paid ",
            "place a",
        ),
    ),
    _rule(
        "menu-word",
        BlockKind.MENU,
        r"""(?:home|menu|search|skip\ to\ (?:main\ )?content|toggle\ navigation|navigation|back\ to\ top
            |close|open|next|previous|prev|more|show\ more|load\ more|contact\ us|about\ us|faq|help|live\ tv
            |single\ page(?:\ view)?|view\ (?:as\ )?(?:a\ )?single\ page)""",
        "Skip to main content",
        openings=(
            "single page",
            "view as",
            "view single",
            "home",
            "menu",
            "search",
            "skip to",
            "toggle navigation",
            "navigation",
            "back to top",
            "close",
            "open",
            "next",
            "prev",
            "more",
            "show more",
            "load more",
            "contact us",
            "about us",
            "faq",
            "help",
            "live tv",
        ),
    ),
    NEWS_TIP_RULE,
    EMAIL_NEWS_RULE,
    # A link to a section's or a club's front page: "Derby County homepage".
    _rule(
        "homepage-link",
        BlockKind.MENU,
        r"""(?:[\p{L}.&'’-]{1,20}\ ){1,3}(?:homepage|home\ page)""",
        "Derby County homepage",
        ("homepage", "home page"),
    ),
)


#: A copyright notice, of any length: it opens with the sign or the word and a
#: year ("© 2019 Associated Press. All Rights Reserved. This material may not
#: be published, ..."); not "Copyright law changed in 2019, the court said."
COPYRIGHT_RULE = _rule(
    "copyright",
    BlockKind.LEGAL,
    r"""[(\[]?\s?(?:©|\(c\)|copyright\ ?©?)\s?(?:\d{4}|[\p{Lu}M]{4,9}\b)[^\n]{0,600}""",
    "© 2019 Associated Press. All Rights Reserved.",
)

#: A cookie banner, of any length: it opens by saying the site uses cookies
#: ("We use cookies and other tracking technologies to improve your browsing
#: experience on our site, show personalized content ...", often longer than
#: the prompts' bound and longer than a short article); not "The bakery sold
#: cookies to the mayor." or "Cookies are small files a browser keeps."
#: It is tried only on a block whose opening words hold "ookie".
COOKIE_BANNER_RULE = _rule(
    "cookie-banner",
    BlockKind.LEGAL,
    r"""(?:(?:we|this\ (?:site|website)|our\ (?:site|website)s?)(?:\ and\ our\ (?:partners|vendors))?
        \ (?:use|uses|may\ use)\ cookies\ (?:and\ (?:other\ |similar\ )?(?:tracking\ )?technologies\ )?
        (?:to|for|that|so)\b
        | by\ (?:using|continuing\ to\ (?:use|browse))\ (?:this|our)\ (?:site|website)[^\n]{0,60}?\bcookies\b)
       [^\n]{0,1200}""",
    "We use cookies and other tracking technologies to improve your browsing experience on our site, show "
    "personalized content and targeted ads, analyze site traffic, and understand where our audiences come "
    "from. To learn more or opt-out, read our Cookie Policy.",
    ("cookie",),
)
# How far into a block the words of a cookie banner's opening reach.
COOKIE_BANNER_OPENING = 120

#: A site's contact block, longer than the prompts' bound (a short one is a
#: footer line of the lexicon): it opens on its customer service and gives
#: two kinds of contact details or more, one of them a "Telephone:" or
#: "Fax:" label ("The Jerusalem Post Customer Service Center can be
#: contacted with any questions or requests: Telephone: ... Fax: ...
#: E-mail: subs@jpost.com ..."), up to 3,000 characters; it is often longer
#: than a short article. Not an article that quotes a number or an address
#: ("said in an e-mail:", "reached by phone:"). Its opening is searched, its
#: details counted (see :func:`_match_contact_block`).
CONTACT_BLOCK_RULE = _rule(
    "contact-block",
    BlockKind.FOOTER,
    r"""[^\n]{0,80}?\b(?:customer\ (?:service|care|support)|reader\ services|contact\ us
        |can\ be\ (?:contacted|reached)\ (?:at|by|with|on))\b[^\n]{0,3000}""",
    "The Customer Service Center can be contacted with any questions or requests: Telephone: 03-7619056 "
    "Fax: 03-5613699 E-mail: subs@example.com",
    ("ustomer", "reader services", "contact", "reached"),
)
# A way of reaching a site, by its kind: a label ("Telephone:", "Fax:",
# "E-mail :") not led by "in an" or "by" (a reporter's "said in an e-mail:"),
# or an address.
#   matches: "Fax:", "E-mail :", "subs@jpost.com"; not "emailed", "@jpost", "by phone:"
CONTACT_DETAIL_RE = regex.compile(
    r"""(?<!\b(?:in\ an?|by)\ )\b(?P<label>tel(?:ephone)?|phone|fax|e-?mail)\s?:
        |(?P<address>[\w.+-]{1,40}@[\w-]{1,40}(?:\.[\w-]{1,20}){1,4})""",
    regex.IGNORECASE | regex.VERBOSE,
)
#: How many kinds of contact details make a contact block.
MIN_CONTACT_DETAILS = 2

#: Prompts that end like a sentence yet are never article text: they are
#: matched whole, so "He asked what readers think." stays prose.
SENTENCE_PROMPT_RULES: tuple[NoiseRule, ...] = (
    NEWS_TIP_RULE,
    EMAIL_NEWS_RULE,
    _rule(
        "comment-prompt",
        BlockKind.COMMENTS,
        r"""(?:what\ do\ you\ think|what['’]s\ your\ (?:view|opinion|take))\?
            | you\ must\ (?:be\ )?(?:logged\ in|log\ in|sign\ in|register)\ to\ (?:post|leave|add)\ a\ comment\.?
            | comments\ (?:are|have\ been)\ (?:now\ )?closed(?:\ for\ this\ (?:article|story|post))?\.?
            | be\ the\ first\ to\ comment[.!]?""",
        "You must be logged in to post a comment.",
        ("think", "view", "opinion", "take", "comment"),
    ),
    _rule(
        "rights-notice",
        BlockKind.LEGAL,
        r"""[^\n]{0,120}?\b(?:may\ not\ be\ (?:re)?(?:published|produced|printed|broadcast|distributed|copied)
              |reproduction\ (?:in\ whole\ or\ in\ part|without\ (?:written\ )?permission)
              |all\ rights\ reserved)\b[^\n]{0,200}""",
        "This material may not be published, broadcast, rewritten or redistributed.",
        ("may not be", "reproduction", "rights reserved"),
    ),
    _rule(
        "cookie-prompt",
        BlockKind.LEGAL,
        r"""[^\n]{0,60}?\b(?:(?:we|this\ (?:site|website))\ uses?\ cookies|our\ use\ of\ cookies|cookie\ (?:policy|settings|preferences))
            \b[^\n]{0,120}""",
        "We use cookies to improve your experience on our site.",
        ("cookie",),
    ),
    _rule(
        "paywall-prompt",
        BlockKind.SUBSCRIPTION,
        r"""(?:to\ (?:read|continue\ reading|view|access)\ (?:this|the|our)\ (?:full\ )?(?:article|story|content)
              |this\ (?:article|story|content)\ is\ (?:only\ )?(?:available|for)|your\ account\ has\ been)
            [^\n]{0,160}?\b(?:subscri\w{0,10}|regist\w{0,10}|log\ ?in|sign\ in|account|premium|members?)\b[^\n]{0,160}""",
        "To read this article in full you must be registered with the site.",
        ("to ", "this ", "your "),
    ),
    _rule(
        "sign-up-prompt",
        BlockKind.SUBSCRIPTION,
        r"""(?:sign\ up|subscribe|register)\ (?:for|to)\ (?:our|the|my)\ [^\n]{0,40}newsletters?[^\n]{0,40}[.!]""",
        "Sign up for our daily newsletter.",
        ("newsletter",),
    ),
)

# The line a comment thread repeats above or below each comment: the
# commenter ("jdoe says:", "Posted by: Jane | January 14, 2008 06:24 PM",
# "Posted By: jroo | ...", "BY TAROCHAN AT 01/08/08 05:30 PM") or the
# comment's age ("2 days ago at 07:52 am").
# A blog post's own signature ("Posted by Eric Earling at December 29, 2007")
# has the same shape and ends the post just as well.
COMMENTER_LINE_RE = regex.compile(
    r"""(?:[\w.@-]{1,40}(?:\ [\w.@-]{1,40}){0,3}\ (?:says|said|wrote|writes)\s?:[^\n]{0,80}
        | posted\ by\s?:?\ [^\n]{1,80}?\ (?:at|on|\||@|-)\ [^\n]{1,80}
        | by\ [\w.@-]{1,40}(?:\ [\w.@-]{1,40}){0,2}\ (?:at|on)\ \d{1,4}[/.-]\d{1,2}[/.-]\d{2,4}[^\n]{0,30}
        | (?:posted\ |commented\ |updated\ )?\d{1,3}\ (?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?)
          \ ago(?:\ at\ [^\n]{1,20})?
        )\Z""",
    regex.IGNORECASE | regex.VERBOSE | regex.VERSION1,
)
# Headings of a comment section rather than a count in the page header.
COMMENT_HEADING_RULES = frozenset({"comments", "comment-prompt"})
COMMENTER_LINE_MAX_CHARACTERS = 200
# One of these words is in every commenter line; testing for them first
# spares the pattern nearly every block.
COMMENTER_CUES = ("says", "said", "wrote", "writes", "posted", "ago", "by ")


# A count of no comments opens no thread: it is the page header's link to
# the comments ("0 comments", "0 Responses »"), which may stand above the
# article. Matches "0 comments", "(0) Comments"; not "10 comments".
NO_COMMENTS_RE = regex.compile(
    r"[(\[]?0[)\]]?\ ?(?:comments?|responses?|replies|reactions?)\b", regex.IGNORECASE
)


def is_comment_heading(block: Block) -> bool:
    """True when ``block`` is a heading or prompt of a comment section.

    >>> from wireparse.blocks import split_blocks
    >>> [is_comment_heading(b) for b in label_noise(split_blocks("34 responses to “We won”\\nReader comments"))]
    [True, True]
    """
    return (
        block.kind is BlockKind.COMMENTS
        and block.rule in COMMENT_HEADING_RULES
        and NO_COMMENTS_RE.match(block.text) is None
    )


# The rules of a notice that closes an article (its rights line), as opposed
# to a photo credit ("© AP") that may stand anywhere.
RIGHTS_NOTICE_RULES = frozenset({"copyright", "rights-notice"})
MIN_RIGHTS_NOTICE_WORDS = 5


def is_rights_notice(block: Block) -> bool:
    """True for a copyright or rights notice of a few words or more.

    >>> from wireparse.blocks import split_blocks
    >>> page = "© AP\\nCopyright 2008 The Associated Press. All rights reserved."
    >>> [is_rights_notice(b) for b in label_noise(split_blocks(page))]
    [False, True]
    """
    return block.rule in RIGHTS_NOTICE_RULES and len(block.text.split()) >= MIN_RIGHTS_NOTICE_WORDS


def is_commenter_line(text: str) -> bool:
    """True for the line naming a commenter or dating a comment.

    >>> is_commenter_line("joetoronto says:")
    True
    >>> is_commenter_line("Posted by: Lucky Lakeshore | January 14, 2008 06:24 PM")
    True
    >>> is_commenter_line("2 days ago at 07:52 am")
    True
    >>> is_commenter_line("The minister says: talks resume Monday in Geneva and Paris.")
    False
    """
    if len(text) > COMMENTER_LINE_MAX_CHARACTERS or ends_like_sentence(text):
        return False
    lowered = text.lower()
    for cue in COMMENTER_CUES:  # a plain loop: every block of a page comes here
        if cue in lowered:
            return COMMENTER_LINE_RE.match(text) is not None
    return False


_SENTENCE_RULES = (NOISE_RULES[0], *SENTENCE_PROMPT_RULES)


def _first_match(rules: tuple[NoiseRule, ...], text: str) -> NoiseRule | None:
    # NoiseRule.matches, inlined: every rule is tried on nearly every block.
    lowered = text.lower()
    alphanumeric = text[:1].isalnum()
    ascii_only = text.isascii()
    for rule in rules:
        if alphanumeric and not rule.opens_alphanumeric:
            continue
        if ascii_only and rule.openings and not lowered.startswith(rule.openings):
            continue
        cues = rule.cues
        if cues:
            for cue in cues:
                if cue in lowered:
                    break
            else:
                continue
        if rule.pattern.match(text) is not None:
            return rule
    return None


# Arrows, bullets and bars that decorate a label on either side: "7 Comments
# »", "- Advertisement -", "› Read more". They are not part of what it says.
DECORATION = " »›→>«‹←<|·•-–—"


def match_noise_rule(text: str) -> NoiseRule | None:
    """Return the first lexicon rule that matches the whole ``text``, if any.

    >>> match_noise_rule('"News Services" POPULAR ARTICLE').name
    'list-heading'
    >>> match_noise_rule("-").kind.value
    'separator'
    >>> match_noise_rule("7 Comments »").kind.value
    'comments'
    >>> match_noise_rule("Subscribers can read the report, the newspaper said.") is None
    True
    """
    stripped = text.strip()
    if not stripped:
        return None
    undecorated = stripped.strip(DECORATION)
    if not undecorated:
        return NOISE_RULES[0]
    stripped = undecorated
    if COPYRIGHT_RULE.pattern.match(stripped):
        return COPYRIGHT_RULE
    # Words counted by spaces: the bounds are coarse and this is the hot path.
    # Counted no further than one past the longest prompt: a long paragraph
    # is not cut into all its words.
    count = len(stripped.split(maxsplit=PROMPT_MAX_WORDS))
    if count > PROMPT_MAX_WORDS:
        return _match_cookie_banner(stripped) or _match_contact_block(stripped)
    # A label may trail off ("Você pode gostar...", "Loading…"); a sentence does not.
    ends_sentence = ends_like_sentence(stripped) and not stripped.endswith(("...", "…"))
    if count > LEXICON_MAX_WORDS or (ends_sentence and count > EXCLAIMED_LABEL_MAX_WORDS):
        return _first_match(_SENTENCE_RULES, stripped) or _match_cookie_banner(stripped)
    return _first_match(NOISE_RULES, stripped)


def _match_cookie_banner(text: str) -> NoiseRule | None:
    if "ookie" in text[:COOKIE_BANNER_OPENING] and COOKIE_BANNER_RULE.pattern.match(text):
        return COOKIE_BANNER_RULE
    return None


def _match_contact_block(text: str) -> NoiseRule | None:
    """The contact-block rule, for a long block that opens on a site's customer service.

    >>> _match_contact_block("Customer service can be reached at: Telephone: 555-0100 E-mail: help@example.com").name
    'contact-block'
    >>> _match_contact_block("The mayor said customer service at the utility was poor, and readers agreed.") is None
    True
    """
    opening = text[:COOKIE_BANNER_OPENING].lower()
    if not any(cue in opening for cue in CONTACT_BLOCK_RULE.cues):
        return None
    if CONTACT_BLOCK_RULE.pattern.match(text) is None:
        return None
    kinds: set[str] = set()
    for match in CONTACT_DETAIL_RE.finditer(text):
        label = match["label"]
        kinds.add("address" if label is None else label.lower().replace("-", "").replace("telephone", "tel"))
        if len(kinds) >= MIN_CONTACT_DETAILS and kinds & {"tel", "phone", "fax"}:
            return CONTACT_BLOCK_RULE
    return None


def is_link_item(text: str, tokens: list[str] | None = None) -> bool:
    """True for a block shaped like a linked headline: short, title-like, no full stop.

    ``tokens`` are the words of ``text`` when the caller has them already.

    >>> is_link_item("Shooter Kills At Least Nine in Attack on Austrian School, Mayor Says")
    True
    >>> is_link_item("North Korea and Russia deny conducting arms transactions.")
    False
    """
    if tokens is None:
        tokens = words(text)
    if not tokens or len(tokens) > 40:
        return False
    if ends_like_sentence(text) and not text.rstrip().endswith(("?", "!", ")")):
        return False
    return len(tokens) <= 6 or capitalised_share(tokens) >= 0.6 or stopword_share(tokens) < 0.25


def label_noise(blocks: tuple[Block, ...]) -> tuple[Block, ...]:
    """Label lexicon noise and the link lists that follow list headings.

    >>> from wireparse.blocks import split_blocks
    >>> page = "Body text that is long enough, the paper said.\\nMost Read\\nA Linked Headline Here\\n-"
    >>> [b.kind.value for b in label_noise(split_blocks(page))]
    ['unlabelled', 'section_label', 'link_list', 'separator']
    """
    labelled: list[Block] = []
    in_list = False
    for block in blocks:
        if block.kind is not BlockKind.UNLABELLED:
            labelled.append(block)
            continue
        # A renderer's markdown ("## Most read", "* **Popular**") is read
        # through; a block of markup alone ("___", "* * *") is read as it is.
        plain = strip_markup(block.text) or block.text
        rule = match_noise_rule(plain)
        if rule is not None:
            labelled.append(relabel(block, rule.kind, rule.name))
            if rule.kind is BlockKind.SECTION_LABEL:
                in_list = True
            continue
        if in_list and is_link_item(plain):
            labelled.append(relabel(block, BlockKind.LINK_LIST, "list-item-after-heading"))
            continue
        in_list = False
        labelled.append(block)
    return tuple(labelled)
