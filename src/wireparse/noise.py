"""Stage 2: label navigation noise by what a block says.

Strategy: a table of named rules, each a bounded pattern that must match a
whole short block ("POPULAR ARTICLE", "Share on Facebook", "-"). Only short
blocks are tested, so a body paragraph that mentions "subscribe" in passing
stays body. Runs of items under a list heading ("Most read", "ACCESS RANKING")
become link-list items until prose resumes.

Must never: label a long sentence-shaped block as noise by a lexicon match.
"""

from __future__ import annotations

import attrs
import regex

from wireparse.model import Block, BlockKind
from wireparse.text import capitalised_share, ends_like_sentence, stopword_share, words


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


def _rule(name: str, kind: BlockKind, pattern: str, example: str) -> NoiseRule:
    compiled = regex.compile(r"(?:" + pattern + r")\Z", regex.IGNORECASE | regex.VERBOSE | regex.VERSION1)
    return NoiseRule(name=name, kind=kind, pattern=compiled, example=example)


# Blocks longer than this many words are never matched against the lexicon.
LEXICON_MAX_WORDS = 12

#: The noise lexicon, in the order the rules are tried. Each pattern matches a
#: whole block; ``{0,40}`` style bounds keep every quantifier finite.
NOISE_RULES: tuple[NoiseRule, ...] = (
    _rule(
        "separator",
        BlockKind.SEPARATOR,
        r"[\p{P}\p{S}\s]{1,200}",
        "-",
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
    ),
    _rule(
        "share",
        BlockKind.SHARE,
        r"""(?:(?:share|tweet|pin|email|e-mail|print|save|copy\ link|whatsapp|facebook|twitter|linkedin
            |reddit|messenger|telegram|flipboard|pinterest|this\ article|this\ story|on|via|to|article
            |print-friendly|comments?|share\ this|follow\ us|like\ us)[\s,|/:·•-]{0,5}){1,12}""",
        "Share on Facebook Twitter Email",
    ),
    _rule(
        "subscription",
        BlockKind.SUBSCRIPTION,
        r"""[^\n]{0,40}?\b(?:subscribe|subscription|sign\ (?:up|in)|log\ ?in|register|newsletters?
            |already\ a\ (?:subscriber|member)|create\ (?:a\ )?(?:free\ )?account|premium|paywall)\b[^\n]{0,60}""",
        "Sign up for our newsletter",
    ),
    _rule(
        "cookie-legal",
        BlockKind.LEGAL,
        r"""[^\n]{0,60}?\b(?:cookies?|privacy\ (?:policy|notice|settings)|terms\ (?:of|and)\ (?:use|service|conditions)
            |all\ rights\ reserved|copyright|disclaimer|accessibility|sitemap|site\ map)\b[^\n]{0,80}
            | ©[^\n]{0,120}""",
        "© 2023 The Japan News. All rights reserved.",
    ),
    _rule(
        "comments",
        BlockKind.COMMENTS,
        r"""\d{0,7}\ ?(?:comments?|responses?|replies)(?:\ \(\d{1,7}\))?
            | (?:leave|post|add|view|show|read)\ (?:a|your|all|the)?\ ?(?:comments?|replies|reply)[^\n]{0,30}""",
        "Leave a comment",
    ),
    _rule(
        "advertising",
        BlockKind.ADVERTISING,
        r"""advertisements?|advertising|ads?|sponsored(?:\ content|\ links?|\ stories)?|promoted(?:\ stories|\ content)?
            |story\ continues\ below(?:\ advertisement)?|continue\ reading\ below|paid\ (?:content|post)""",
        "Advertisement",
    ),
    _rule(
        "menu-word",
        BlockKind.MENU,
        r"""(?:home|menu|search|skip\ to\ (?:main\ )?content|toggle\ navigation|navigation|back\ to\ top
            |close|open|next|previous|prev|more|show\ more|load\ more|contact\ us|about\ us|faq|help|live\ tv)""",
        "Skip to main content",
    ),
)


def match_noise_rule(text: str) -> NoiseRule | None:
    """Return the first lexicon rule that matches the whole ``text``, if any.

    >>> match_noise_rule('"News Services" POPULAR ARTICLE').name
    'list-heading'
    >>> match_noise_rule("-").kind.value
    'separator'
    >>> match_noise_rule("Subscribers can read the report, the newspaper said.") is None
    True
    """
    stripped = text.strip()
    if not stripped or len(words(stripped)) > LEXICON_MAX_WORDS or ends_like_sentence(stripped):
        if stripped and regex.fullmatch(r"[\p{P}\p{S}\s]{1,200}", stripped):
            return NOISE_RULES[0]
        return None
    for rule in NOISE_RULES:
        if rule.pattern.match(stripped):
            return rule
    return None


def is_link_item(text: str) -> bool:
    """True for a block shaped like a linked headline: short, title-like, no full stop.

    >>> is_link_item("Shooter Kills At Least Nine in Attack on Austrian School, Mayor Says")
    True
    >>> is_link_item("North Korea and Russia deny conducting arms transactions.")
    False
    """
    tokens = words(text)
    if not tokens or len(tokens) > 40:
        return False
    if ends_like_sentence(text) and not text.rstrip().endswith(("?", "!", ")")):
        return False
    return capitalised_share(tokens) >= 0.6 or stopword_share(tokens) < 0.25 or len(tokens) <= 6


def _label(block: Block, kind: BlockKind, rule: str) -> Block:
    return attrs.evolve(block, kind=kind, rule=rule)


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
        rule = match_noise_rule(block.text)
        if rule is not None:
            labelled.append(_label(block, rule.kind, rule.name))
            if rule.kind is BlockKind.SECTION_LABEL:
                in_list = True
            continue
        if in_list and is_link_item(block.text):
            labelled.append(_label(block, BlockKind.LINK_LIST, "list-item-after-heading"))
            continue
        in_list = False
        labelled.append(block)
    return tuple(labelled)
