"""Stage 7: attributions, who said what.

Strategy: cut the text into paragraphs (lines) and the paragraphs into
sentences, never inside a quotation that closes in the same paragraph. In
each sentence, find every cue of the lexicon in :mod:`wireparse.speech_verbs`
("said", "has accused", "said in a statement"), "according to" and "in" before
a poll, skipping cues inside quotations, then read each cue by its place:

- inverted, "Y, X said." / "“Y,” said X." : the content is what comes before
  the comma (the whole quotation when it ends there), the source is between
  the comma and the cue (or after the cue);
- forward, "X said (that) Y" / "X said: “Y”" : the source is the noun phrase
  before the cue, the content runs to the end of the sentence or to the
  next comma-led cue clause ("…, the report said");
- "according to X, Y" / "Y, according to X" / "Y in a new poll".

Participles, coordinated cues and infinitives ("…, saying", "… and said",
"went on to say") take the sentence's subject; "is expected" and "was asked"
have no source; a passive with an agent takes the agent.

A cue inside another attribution's content is reported too, with
``nested_in`` pointing at the outer one. A quotation that a paragraph opens
and does not close goes on into the next paragraph. Anaphoric sources ("the
newspaper", "he") resolve to the last earlier source of the same type. A day
named next to the cue ("on Saturday") is resolved against ``reference``.

Must never: raise on a ``str``, report a span outside the text, or do more
than bounded work per sentence (sentences longer than :data:`MAX_SENTENCE`
characters are cut).
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from collections.abc import Iterator, Sequence

import attrs
import regex

from wireparse.model import Attribution, AttributionKind, Span
from wireparse.speech_verbs import (
    CLAUSE_ONLY,
    CREDIT_LINE_FORMS,
    CUE_AUXILIARIES,
    CUE_EXTENSIONS,
    DOCUMENT_NOUNS,
    EVIDENCE_NOUNS,
    EVIDENCE_ONLY,
    INVERTED_FORMS,
    NAMING_FORMS,
    NOT_FOLLOWED_BY,
    NOT_PRECEDED_BY,
    NOT_SOURCES,
    NOUN_OBJECT_FORMS,
    OBJECT_VERBS,
    QUANTIFIER_SUBJECT_FORMS,
    cue_forms,
)

#: Longest sentence read as one; longer runs are cut at a space so that the
#: work per sentence stays bounded.
MAX_SENTENCE = 3000

#: Most cues read in one sentence; real sentences hold a handful, and the cap
#: bounds the work per sentence on text that is nothing but cues.
MAX_CUES_PER_SENTENCE = 16

#: How far left of a cue the source may start, in characters.
SOURCE_WINDOW = 160


def _alternation(phrases: Sequence[str]) -> str:
    return "|".join(
        regex.escape(p).replace("\\ ", r"\ ") for p in sorted(set(phrases), key=len, reverse=True)
    )


# An adverb that may stand among a cue's auxiliaries: "repeatedly", "publicly".
ADVERB_SOURCE = r"[a-z]{2,15}ly"

# A cue: auxiliaries, the verb, then a phrase that belongs to it.
#   matches: "has said", "also said in a statement", "was quoted as saying"
#   does not match: "Said" (capitalised), "saidthat"
CUE_RE = regex.compile(
    r"""(?<![\p{L}\p{N}’'-])
        (?P<cue>
          (?:(?:"""
    + _alternation([a for a, _ in CUE_AUXILIARIES])
    + r"""|"""
    + ADVERB_SOURCE
    + r""")\ ){0,3}
          (?P<verb>"""
    + _alternation(cue_forms())
    + r""")
          (?:\ (?:"""
    + _alternation([e for e, _ in CUE_EXTENSIONS])
    + r"""))?
        )
        (?![\p{L}\p{N}’'-])
    """,
    regex.VERBOSE,
)

#: First words of the cue verbs, to find the places where a cue may start.
CUE_FIRST_WORDS = frozenset(form.split()[0] for form in cue_forms())
CUE_FIRST_WORDS_TITLED = frozenset(word.capitalize() for word in CUE_FIRST_WORDS)

# Before a cue verb CUE_RE allows up to three auxiliaries or adverbs, each
# followed by a space ("has been repeatedly said"). The last of them ends on
# the run of lower-case letters and apostrophes just before the verb's space,
# so a verb whose run is neither the last word of an auxiliary nor an adverb
# can only start its own cue ("Smith said"): the words before it are not tried.
AUXILIARY_LAST_WORDS = frozenset(auxiliary.split()[-1] for auxiliary, _example in CUE_AUXILIARIES)
if any(not regex.fullmatch(r"[a-z’']{1,17}(?:\ [a-z’']{1,17}){0,3}", a) for a, _example in CUE_AUXILIARIES):
    raise ValueError("a cue auxiliary must be lower-case words of 17 letters at most")
ADVERB_RE = regex.compile(ADVERB_SOURCE)
# The run of lower-case letters and apostrophes that ends a window, longer
# than any auxiliary's last word, so that a longer run shows. Matches "also"
# in "He also", "didn't" in "she didn't"; not "Smith,".
LAST_LOWER_RUN_RE = re.compile(r"[a-z’']{1,18}\Z")
LAST_LOWER_RUN = 18

#: For a first word that is a cue only with the words after it ("made" in "made
#: clear", "points" in "points to"), those words: a cheap test before the pattern.
CUE_CONTINUATIONS: dict[str, tuple[str, ...]] = {
    first: tuple(" " + form.split(" ", 1)[1] for form in cue_forms() if form.split()[0] == first)
    for first in CUE_FIRST_WORDS - set(cue_forms())
}

#: How far before its verb a cue may start ("has not been repeatedly said"), and
#: how far after the verb's first word it may end ("said in a written statement to").
CUE_LEAD = 64
CUE_TAIL = 48

# Word-like runs; only those equal to a cue's first word are tried.
LOWER_WORD_RE = re.compile(r"[\w’'-]{2,40}")

# The source after "according to": up to the next comma, semicolon or the end.
#   matches: " a memo released Friday by the agency's watchdog" (then ".")
ACCORDING_SOURCE_RE = regex.compile(
    r"""\ (?P<source>[^,;:]{1,300}?)(?=[,;:]|[.!?]?[”"’\u2060]{0,3}\s{0,3}\Z)""", regex.VERBOSE
)

# The cue pattern for headlines in title case: "Sanders Says", "Has Warned".
TITLE_CUE_RE = regex.compile(CUE_RE.pattern, regex.VERBOSE | regex.IGNORECASE)

# Words of four letters or more, to tell a headline in title case.
TITLE_WORD_RE = regex.compile(r"\b\p{L}[\p{L}’'-]{3,30}")

#: Share of capitalised long words that makes a sentence a title-case headline.
TITLE_SHARE = 0.8

# "in" before a poll or survey, which is then a source.
#   matches: "In the new Morning Consult poll", "in a Washington Post-ABC News poll released Sunday"
#   does not match: "in the polls", "in polling places"
IN_EVIDENCE_RE = regex.compile(
    r"""(?<![\p{L}])(?P<cue>[Ii]n)(?=\ (?:a|an|the|this|that|its|their)\ (?:[^\s,.;:]{1,30}\ ){0,6}?(?:poll|survey|study)\b)""",
    regex.VERBOSE,
)

# "according to", any case.
#   matches: "according to", "According to"
#   does not match: "accordingly"
ACCORDING_RE = regex.compile(r"(?<![\p{L}])(?P<cue>[Aa]ccording\ to)(?=\ )", regex.VERBOSE)

# Where a sentence may end: terminal punctuation, closing quotes, then space
# and a capital, digit or opening quote.
#   matches: ". T" in "rise. The", ".” He" in "rise.” He"
#   and ".T" in "said.Trump" (a space lost in scraping)
#   does not match: "3.5 pct", "U.S. officials"
SENTENCE_END_RE = regex.compile(
    r"""[.!?]{1,3}[”"’)\u2060]{0,3}(?=\ {1,10}[“"‘(\u2060]{0,3}[\p{Lu}\p{N}])
      | (?<=\p{Ll}{2})[.!?](?=\p{Lu}\p{Ll}{2})""",
    regex.VERBOSE,
)

# After a closing quotation: a short source and a cue, "?” Clinton said." — no sentence ends there.
#   matches: " Clinton said.", " Sen. Jane Doe told reporters."
#   does not match: " The vote was", " He said Nunberg was bound by a confidentiality agreement"
INVERTED_AHEAD_RE = regex.compile(
    r"""\ {1,3}(?:[\p{L}\p{N}’'.()-]{1,30}\ ){0,7}?(?:said|says|told|added|wrote|asked|explained|continued|noted)\b
        (?:\ [\p{L}\p{N}’'-]{1,20}){0,4}?[,.!?]""",
    regex.VERBOSE,
)

# Small patterns used by the readers below.
LAST_WORD_RE = regex.compile(r"[\p{L}’']{1,30}\Z")  # the last word of a phrase
TRAILING_SPACE_RE = regex.compile(r"\s{0,10}")  # what may follow the last sentence of a paragraph
CLAUSE_OPENER_RE = regex.compile(
    r"(?:,[”\"’\u2060]{0,2}|\ (?:[—–-]|--))\ \Z"
)  # ", " or " — " before "others say"
COMMA_LED_RE = regex.compile(r",[”\"’\u2060]{0,2}\ \Z")  # ", " or ',” ' before "adding"
INFINITIVE_RE = regex.compile(r"\bto\ \Z")  # "to " in "went on to say"
WORD_START_RE = regex.compile(r"(?<![\p{L}\p{N}’'-])\p{L}")  # where a word starts
RELATIVE_CLAUSE_RE = regex.compile(r"\ (?:who|which|whose)\ ")  # " who " in "a lawyer who has …"
PARTICIPLE_LEAD_RE = regex.compile(
    r"(?:\b(?:by|after|before|while|in|when|since|without)|\ [—–])\ \Z"
)  # "by saying", "on the spot – saying"
DASH_RE = regex.compile(r"\ (?:[—–-]|--)\ (?!.{0,200}\ (?:[—–-]|--)\ )")  # the last spaced dash
CLOSING_DASH_RE = regex.compile(r"\ (?:[—–-]|--)\Z")  # a spaced dash just before a cue
ABBREVIATION_RE = regex.compile(r"([\p{L}.]{1,12})\.$")  # "Sen." in "said Sen."
NEXT_WORD_RE = regex.compile(r"\ ([\p{L}]{1,20})")  # " plan" in "according to plan"
COMMA_QUOTE_RE = regex.compile(r",\ ([“\"])")  # ', “' in '“A,” he said, “B.”'
COMMA_PARTICIPLE_RE = regex.compile(r",\ [\p{L}]{1,20}ing\b")  # ", adding"
NEXT_QUOTE_RE = regex.compile(r"[.!?]?\ ([“\"])")  # '. “' in 'he said. “B.”'
QUOTE_OPENER_RE = regex.compile(r"[,:]?\ ?([“\"])")  # ': “' in 'said: “A.”'
COLON_END_RE = regex.compile(r":\s{0,3}")  # a colon closing a paragraph
COORDINATION_RE = regex.compile(r"\s(?:and|but)(?:\ then)?\s{1,3}\Z")  # " and " in "left and said"
MINISTRY_RE = regex.compile(r"\b[Mm]inistry\b")  # "the defence ministry"
WEEKDAY_RE = regex.compile(r"\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday)\b")

# Words before a period that do not end a sentence.
ABBREVIATIONS = frozenset(
    [
        "mr",
        "mrs",
        "ms",
        "dr",
        "st",
        "sen",
        "rep",
        "gov",
        "gen",
        "lt",
        "col",
        "sgt",
        "capt",
        "jr",
        "sr",
        "prof",
        "no",
        "vs",
        "inc",
        "corp",
        "co",
        "ltd",
        "jan",
        "feb",
        "mar",
        "apr",
        "aug",
        "sept",
        "sep",
        "oct",
        "nov",
        "dec",
        "u.s",
        "u.n",
        "u.k",
        "d.c",
        "e.u",
        "a.m",
        "p.m",
        "rev",
        "ft",
        "mt",
    ]
)

# Words: letters or digits with inner apostrophes, hyphens, periods, ampersands.
WORD_RE = regex.compile(r"[\p{L}\p{N}][\p{L}\p{N}’'.&%/-]{0,40}|[^\s\p{L}\p{N}]")

# Lower-case words that end a source noun phrase when walking left from a cue.
BOUNDARY_WORDS = frozenset(
    [
        "that",
        "and",
        "but",
        "or",
        "because",
        "while",
        "when",
        "if",
        "as",
        "so",
        "after",
        "before",
        "since",
        "although",
        "though",
        "whether",
        "where",
        "than",
        "until",
        "unless",
        "then",
        "also",
        "even",
        "nor",
        "yet",
        "is",
        "was",
        "are",
        "were",
        "be",
        "been",
        "being",
        "has",
        "have",
        "had",
        "do",
        "does",
        "did",
        "will",
        "would",
        "can",
        "could",
        "should",
        "may",
        "might",
        "must",
        "to",
        "of",
        "for",
        "with",
        "by",
        "on",
        "in",
        "at",
        "from",
        "into",
        "about",
        "over",
        "said",
        "says",
        "say",
        "told",
        "not",
        "how",
        "why",
        "further",
        "now",
        "still",
        "just",
        "already",
        "recently",
        "currently",
        "often",
        "never",
        "always",
        "outright",
    ]
)

# Boundary words that are names when capitalised: "May", "Will".
CAPITALISED_NAMES = frozenset({"May", "Will", "Can", "Mark", "Bill"})

#: Subjects with a contracted "has" or "is" before a cue: "He’s said", "she’s not saying".
CONTRACTED_SUBJECTS = frozenset({"he’s", "she’s", "it’s", "they’ve", "we’ve", "i’ve", "you’ve"})

# A place a reporter filed from: " from Washington" in "Costa reported from Washington.",
# " from Kabul, Afghanistan".
#   does not match: " from the scene"
CREDIT_PLACE_RE = regex.compile(
    r"""\ from\ \p{Lu}[\p{L}.’'-]{0,30}(?:,?\ \p{Lu}[\p{L}.’'-]{0,30}){0,4}""",
    regex.VERBOSE,
)
# What makes "reported from Kabul" a report after all: a clause, a colon or a quotation.
#   matches: " that the city", ": “The city", ", “The city"
REPORT_AFTER_PLACE_RE = regex.compile(r"""\ that\b|:|,?\ ?[“"]""", regex.VERBOSE)

#: Words after which a clause may begin: "… and some say", "while some argue".
CLAUSE_CONJUNCTIONS = frozenset(
    {
        "and",
        "but",
        "while",
        "although",
        "though",
        "as",
        "because",
        "since",
        "if",
        "when",
        "whereas",
        "yet",
        "so",
    }
)

#: Determiners that also stand alone as a subject: "some say".
PRONOUN_DETERMINERS = frozenset({"some"})

PERSONAL_PRONOUNS = frozenset({"he", "she", "they", "we", "i", "you", "it"})

#: Words that open an apposition: "Tad Devine, a senior adviser to Mr. Sanders, said".
APPOSITION_OPENERS = frozenset({"who", "which", "whose", "a", "an", "the", "one", "himself", "herself"})

#: Words that open an aside between a source and its cue: "The newspaper, citing officials, said".
#: Prepositions that open an aside between a source and its cue, not an
#: apposition: "Trump, in Kentucky, said", "Clinton, during the debate, said".
ASIDE_PREPOSITIONS = frozenset({"in", "at", "on", "during", "after", "before", "while", "when", "for"})

#: Words that may trail a subject before its cue without being part of it:
#: "defense ministers all urged", "Bolton and Gorka both denounced".
FLOATING_WORDS = frozenset(
    {"all", "both", "each", "alike", "almost", "too", "themselves", "himself", "herself"}
)

#: Single capitalised words that open a sentence and are never a source: "And", "In".
NOT_A_SOURCE = frozenset(
    {"And", "But", "Or", "So", "Yet", "In", "On", "At", "As", "If", "When", "While", "Then"}
)

PARENTHETICAL_OPENERS = frozenset({"citing", "quoting", "according", "speaking", "writing", "referring"})

#: Lower-case words inside a name: "Merrill Lynch, Pierce, Fenner and Smith".
NAME_JOINERS = frozenset({"and", "&", "of", "the", "for", "de", "van", "von"})

#: How many comma-separated pieces a source with appositions may have:
#: "Lawrence Cohn, analyst with Merrill Lynch, Pierce, Fenner and Smith".
MAX_APPOSITION_SEGMENTS = 5

# Words that may stand inside a source although they are in BOUNDARY_WORDS:
# "the spokesman for the ministry", "head of research at the bank".
SOURCE_INNER_WORDS = frozenset(["of", "for", "at", "with", "from", "in", "on"])

# Words that end a source but belong to it: "who said", "which reported".
RELATIVE_PRONOUNS = frozenset({"who", "which", "whom"})
#: Sources that open a relative clause inside another clause: "…, who denied it, …".
RELATIVE_SOURCES = RELATIVE_PRONOUNS | {"whose", "that"}

DETERMINERS = frozenset(
    [
        "the",
        "a",
        "an",
        "this",
        "these",
        "those",
        "its",
        "their",
        "his",
        "her",
        "our",
        "your",
        "my",
        "any",
        "some",
        "no",
        "every",
    ]
)

# Adverbials after a cue that are neither cue nor content: days, "to reporters".
#   matches: " on Saturday", " last week", " Tuesday", " to reporters", " from Kabul",
#   " earlier" in "mentioned earlier that"
#   does not match: " that", " the plan"
ADVERBIAL_RE = regex.compile(
    r"""\ (?:(?:on|last|this|early|late|earlier|later|on\ the)\ )?
        (?P<when>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday|tonight
          |week|month|year|weekend|morning|afternoon|evening|night)
        (?:\ (?:morning|afternoon|evening|night))?
      | \ (?:to|at|during|in|with|after|from)\ (?:reporters|journalists|the\ [\p{L}-]{1,20}(?:\ [\p{L}-]{1,20}){0,2}
          |a\ [\p{L}-]{1,20}(?:\ [\p{L}-]{1,20}){0,2}|\p{Lu}[\p{L}.’'-]{0,20}(?:\ \p{Lu}[\p{L}.’'-]{0,20}){0,3})
      | \ (?:earlier|later|previously|recently|again)(?=\ that\b)
    """,
    regex.VERBOSE,
)

# The hearer of "told", "urged": a short noun phrase.
#   matches: " Reuters", " reporters", " the newspaper", " him"
OBJECT_RE = regex.compile(
    r"""\ (?:him|her|them|us|me|reporters|journalists|lawmakers|investors|supporters|voters
        |(?:the\ |a\ )?(?:\p{Lu}[\p{L}\p{N}.&’'-]{0,30}\ ?){1,4}
        |(?:the|a|an|his|her|their|its)\ [\p{L}-]{1,20}(?:\ [\p{L}-]{1,20})?)(?=[\ ,:.])""",
    regex.VERBOSE,
)

# Where reported speech gives way to the writer's own clause: a comma before a
# contrasting conjunction ("…, but has not offered proof").
#   matches: ", but the", ", though it"
#   does not match: ", and", ", butter"
CONTENT_STOP_RE = regex.compile(r""",\ (?:but|though|although|while|whereas)\b""", regex.VERBOSE)

# A new subject after "and", which also ends reported speech ("… hacked the
# computers and she accused Trump …"); a pattern of its own, since one
# alternation with the comma-led stops would lose the fast literal scan.
#   matches: " and she", " and they" (in ", and they")
#   does not match: " and the", " and then"
NEW_SUBJECT_RE = regex.compile(r"""\ and\ (?:he|she|they|we|I|others)\b""", regex.VERBOSE)

# What ends the noun-phrase object of an evaluating cue: a time, a place word or a new clause.
#   matches: " here on Sunday" in "endorsed Trump here on Sunday", " when" in "defended it when …"
#   does not match: " of" in "criticized the handling of the case"
OBJECT_TAIL_RE = regex.compile(
    r"""\ (?:when|after|before|because|here|there
        |(?:on|last|this)\ (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|week|month|year)
        |in\ (?:January|February|March|April|May|June|July|August|September|October|November|December|\d{4}))\b""",
    regex.VERBOSE,
)

# What a clause-only cue must be followed by: "that", a colon or a quotation.
#   matches: " that rates", ": “We", ", “We"
#   does not match: " the car"
CLAUSE_RE = regex.compile(r"""(?:\ that\b|[:,]?\ ?[“"])""", regex.VERBOSE)

# A cue in the passive voice.
#   matches: "were observed", "is expected", "has been reported"
#   does not match: "was quoted as saying", "has said"
PASSIVE_RE = regex.compile(
    r"""(?:[\p{L}’']{1,12}\ ){0,2}?(?:is|are|was|were|been|be)\ (?:[\p{L}]{1,12}\ )?[\p{L}]{2,20}ed\Z""",
    regex.VERBOSE,
)

#: Passive cues whose subject is what is expected, with no source:
#: "Trump is expected to win".
RAISING_VERBS = frozenset({"expected"})

#: Passive cues reported with no source: "Trump was asked what he thought".
SOURCELESS_PASSIVES = frozenset({"asked"})

# The agent after a passive cue: " by many Wall Street players".
#   matches: " by the Human Rights Council" in "were rejected by the Human Rights Council in 2015"
#   does not match: " by 2020"
PASSIVE_AGENT_RE = regex.compile(
    r"""\ by\ (?P<agent>(?:the\ |a\ |an\ |many\ |some\ |his\ |her\ |their\ )?
        (?:[\p{L}][\p{L}’'.&-]{0,30})(?:\ (?:of\ |for\ |and\ )?[\p{Lu}][\p{L}’'.&-]{0,30}|\ (?!(?:whether|if|about|that|to|why|how|what|when|where|in|on|at|over|during|after|as)\b)[\p{Ll}]{2,20}(?=\ |,|\.)){0,6})""",
    regex.VERBOSE,
)

# "when" before "asked": a question put to the subject, with no asker named.
#   matches: " when " in "said Dan Golvach when asked about Graham", " if " in "would help if asked"
#   does not match: " and " in "stood up and asked"
WHEN_BEFORE_RE = regex.compile(r"""\b(?:when|if|after\ being|when\ being)\ \Z""", regex.VERBOSE)

# A sentence opened by a question put to its subject.
#   matches: "Asked if", "When asked about", "Asked Tuesday about"
#   does not match: "Asking" (see CUE_RE)
ASKED_OPENING_RE = regex.compile(r"""(?:When\ (?P<cue>asked)|(?P<cue>Asked))\b""", regex.VERBOSE)

#: Past tenses not in -ed that may follow a sentence's subject: "The president left no doubt …, saying".
IRREGULAR_PAST = (
    "left",
    "made",
    "took",
    "gave",
    "drew",
    "spoke",
    "told",
    "wrote",
    "said",
    "went",
    "came",
    "sent",
    "began",
    "kept",
    "held",
    "met",
    "put",
    "ran",
    "won",
    "lost",
    "had",
)

# The subject that opens a sentence, the speaker of a comma-led participle.
#   matches: "Former Secretary of State Madeleine Albright", "He", "he" after "Speaking …, "
#   does not match: "the"
SUBJECT_RE = regex.compile(
    r"""(?:(?:But|And|So|Still|Yet|Now|Then|Meanwhile|However|Instead),?\ )?
        (?P<subject>
          (?:[Tt]he|An?|an?|This|That|Its|His|Her|Their)\ (?:[\p{L}’'-]{1,30}\ ){0,3}?[\p{L}’'-]{1,30}
            (?=\ (?:[a-z]{2,20}(?:ed|s)|"""
    + _alternation(IRREGULAR_PAST)
    + r""")\b|,)
        | (?:he|she|they|we)(?=\ )
          # "Brazil's central bank kept …": an owner's name, then the noun
        | \p{Lu}[\p{L}.&-]{0,30}[’']s\ (?:[\p{Ll}-]{1,20}\ ){0,3}?[\p{Ll}-]{1,30}
            (?=\ (?:[a-z]{2,20}(?:ed|s)|"""
    + _alternation(IRREGULAR_PAST)
    + r""")\b)
        | (?!(?:The|A|An|This|That|These|Those|It|There|Now|Then|Still|Also|So)\b)
          (?:(?:The|A|An)\ )?\p{Lu}[\p{L}\p{N}’'.&-]{0,30}
          (?:\ (?:(?:of|and|the|for)\ ){0,2}\p{Lu}[\p{L}\p{N}’'.&-]{0,30}){0,6}
        )""",
    regex.VERBOSE,
)

# The hearer of "told" up to a "that" clause: " colleagues" in "told colleagues that".
#   matches: " colleagues", " the board on Friday"
#   does not match: " the deal was off" (no "that" within six words)
THAT_AHEAD_RE = regex.compile(r"""(?:\ [^\s,.;:!?“”"]{1,30}){1,6}?(?=\ that\b)""", regex.VERBOSE)

# Anaphors and the kind of source each stands for.
ANAPHORS: dict[str, str] = {
    "the newspaper": "media",
    "the paper": "media",
    "the report": "media",
    "the daily": "media",
    "the magazine": "media",
    "the agency": "media",
    "the broadcaster": "media",
    "the ministry": "ministry",
    "the spokesman": "person",
    "the spokeswoman": "person",
    "he": "person",
    "she": "person",
    "they": "group",
    # Wire copy about companies and institutions: "Hilton Hotels Corp said …
    # the company said", "the Finance Department said … It said".
    "the company": "company",
    "the firm": "company",
    "the bank": "company",
    "the group": "organisation",
    "the department": "organisation",
    "the government": "organisation",
    "it": "organisation",
}

# Words that mark a media source.
MEDIA_RE = regex.compile(
    r"""\b(?:Times|Post|Journal|News|Herald|Tribune|Guardian|Telegraph|Gazette|Daily|Reuters|Associated\ Press
        |AP|AFP|Bloomberg|BBC|CNN|NBC|ABC|CBS|Fox|Politico|Axios|Economist|Xinhua|Kyodo|Yonhap|TASS|Interfax
        |Nikkei|Agence|newspaper|magazine|broadcaster|agency|television|TV|Radio)\b""",
    regex.VERBOSE,
)

# Words that mark a company.
#   matches: "Hilton Hotels Corp", "Dataproducts Corp.", "Barclays PLC", "the bank"
#   does not match: "the Finance Department"
COMPANY_RE = regex.compile(
    r"""\b(?:Corp|Corporation|Inc|Co|Cos|Ltd|LLC|PLC|plc|Holdings|AG|SA|NV|[Cc]ompany|firm|Bank|bank)\b""",
    regex.VERBOSE,
)

# Words that mark an organisation rather than a person.
ORGANISATION_RE = regex.compile(
    r"""\b(?:[Mm]inistry|Department|[Gg]overnment|Bank|Corp|Inc|Co|Group|Party|Council|Agency|Office
        |Committee|States|Union|Association|Institute|University|Court|Board|Commission|Company|company
        |officials|analysts|police|army|military|White\ House|Kremlin|Pentagon)\b""",
    regex.VERBOSE,
)

# Words that mark a person.
PERSON_RE = regex.compile(
    r"""\b(?:President|Minister|minister|[Ss]pokes(?:man|woman|person)|analyst|Sen\.|Rep\.|Gov\.|Mr\.|Mrs\.|Ms\.
        |Dr\.|chief|director|[Ss]ecretary|chairman|CEO|leader|[Ss]enator|[Gg]overnor|he|she)\b""",
    regex.VERBOSE,
)

# A person named after a description: "former mental health nurse Leila Rossiter",
# "defensive end Vonnie Holliday", "the 24-year-old".
#   matches: "nurse Leila Rossiter", "the 24-year-old"
#   does not match: "the United Nations", "Analysts at Goldman Sachs" (a determiner or a
#   preposition before the name), "the Finance Department" (see ORGANISATION_RE, tried first)
DESCRIBED_PERSON_RE = regex.compile(
    r"""(?:\b(?!(?:the|a|an|of|at|for|in|on|from|and|with|by|to)\ )\p{Ll}[\p{Ll}-]{1,20}
          \ \p{Lu}[\p{Ll}’'-]{1,20}(?:\ \p{Lu}[\p{Ll}’'-]{1,20}){1,2}\Z
        |\b\d{1,3}-year-old\b)""",
    regex.VERBOSE,
)

# Words that tell a person's gender, so that "she" does not stand for "Mr Santangelo".
FEMININE_RE = regex.compile(r"\b(?:Mrs|Ms|Miss|Madam|spokeswoman|chairwoman|congresswoman|businesswoman)\b")
MASCULINE_RE = regex.compile(r"\b(?:Mr|Sir|spokesman|chairman|congressman|businessman)\b")

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


def paragraph_spans(text: str) -> list[tuple[int, int]]:
    """The ``(start, end)`` of each non-empty line of ``text``: its paragraphs.

    >>> paragraph_spans("One.\\n\\nTwo.")
    [(0, 4), (6, 10)]
    """
    spans = []
    start = 0
    for piece in text.split("\n"):
        if piece:
            spans.append((start, start + len(piece)))
        start += len(piece) + 1
    return spans


QUOTE_MARK_RE = regex.compile(r"[“”\"]")

#: Stands after the '"' that replaces a pair of apostrophes used as a double
#: quotation mark (''like this''), so that offsets do not move.
FILLER = "\u2060"

#: How many paragraphs one quotation may run over.
MAX_QUOTED_PARAGRAPHS = 12

OPENING_QUOTES = '“"'
CLOSING_QUOTES = '”"'


@attrs.frozen
class _Cue:
    """A cue found in a sentence, with offsets into the whole text."""

    start: int
    end: int
    #: The verb form ("said"), or "according to".
    verb: str
    #: True when the cue is led by a comma (", the report said", ", adding").
    comma_led: bool = False
    #: True for "is expected": the subject belongs to the content, no source.
    raising: bool = False
    #: True for "was asked", "Asked if …": a cue with no source.
    sourceless: bool = False
    #: The agent of a passive cue, its source: "criticized by many Wall Street players".
    agent: Span | None = None


@attrs.frozen
class _Found:
    """An attribution before anaphora resolution, offsets into the whole text."""

    source: Span | None
    cue: Span
    content: tuple[Span, ...]
    kind: AttributionKind
    when: str | None = None


# -- sentences ---------------------------------------------------------------


def _is_abbreviation(text: str, end: int) -> bool:
    word = ABBREVIATION_RE.search(text[max(0, end - 13) : end + 1])
    if word is None:
        return False
    stem = word[1].lower()
    if stem == "no":
        # "No. 2" abbreviates number; "he said no. But …" ends a sentence.
        return word[1] == "No" and text[end + 1 : end + 3].strip()[:1].isdigit()
    return stem in ABBREVIATIONS or len(stem) == 1


def find_sentences(
    text: str, start: int, end: int, quotations: Sequence[tuple[int, int]] | None = None
) -> Iterator[tuple[int, int]]:
    """Yield ``(start, end)`` of the sentences of ``text[start:end]``.

    A sentence never ends inside a quotation that closes in the same paragraph
    (``quotations``, found if not given), nor after an abbreviation; one longer
    than :data:`MAX_SENTENCE` is cut at a space. A quotation left open runs
    into the next paragraph and does not stop sentences from ending.

    >>> text = "“We won. It is over,” he said. Mr. Smith left."
    >>> [text[s:e] for s, e in find_sentences(text, 0, len(text))]
    ['“We won. It is over,” he said.', 'Mr. Smith left.']
    """
    if quotations is None:
        quotations = quotation_ranges(text, start, end)
    closed = [(s, e) for s, e in quotations if text[e - 1] in CLOSING_QUOTES and e - 1 > s]
    starts = [s for s, _ in closed]
    ends = dict(closed)
    cursor = start
    for match in SENTENCE_END_RE.finditer(text, start, end):
        stop = match.end()
        if (
            _inside_quotation(starts, ends, stop)
            or _is_abbreviation(text, match.start())
            or (match[0][-1] in CLOSING_QUOTES and INVERTED_AHEAD_RE.match(text, stop, end) is not None)
        ) and stop - cursor < MAX_SENTENCE:
            continue
        yield from _cut_long(text, cursor, stop)
        cursor = stop
        while cursor < end and text[cursor] == " ":
            cursor += 1
    if cursor < end:
        yield from _cut_long(text, cursor, end)


def _cut_long(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    while end - start > MAX_SENTENCE:
        cut = text.rfind(" ", start + 1, start + MAX_SENTENCE)
        if cut <= start:
            cut = start + MAX_SENTENCE
        yield start, cut
        start = cut
    if end > start:
        yield start, end


# -- quotations -------------------------------------------------------------


class _Paragraphs(list[tuple[int, int]]):
    """The ``(start, end)`` of each paragraph, with the quotations of each found once."""

    def __init__(self, text: str, spans: Sequence[tuple[int, int]]) -> None:
        super().__init__(spans)
        self.text = text
        self._quotations: dict[int, tuple[dict[int, int], dict[int, int]]] = {}
        self._starts: dict[int, list[int]] = {}

    def quotations(self, index: int) -> tuple[dict[int, int], dict[int, int]]:
        """Quotations of paragraph ``index`` as ``{start: end}`` and ``{end: start}``."""
        if index not in self._quotations:
            ranges = quotation_ranges(self.text, *self[index])
            self._quotations[index] = (dict(ranges), {e: s for s, e in ranges})
        return self._quotations[index]

    def quotation_starts(self, index: int) -> list[int]:
        """Where the quotations of paragraph ``index`` start, in order."""
        if index not in self._starts:
            self._starts[index] = sorted(self.quotations(index)[0])
        return self._starts[index]


def _closing_quote(paragraphs: _Paragraphs, index: int, start: int) -> int:
    """End (exclusive) of the quotation opened at ``start``, or -1 if it stays open."""
    end = paragraphs.quotations(index)[0].get(start, -1)
    if end < 0:
        return -1
    text = paragraphs.text
    if end == paragraphs[index][1] and not (text[end - 1] in CLOSING_QUOTES and end - 1 > start):
        return -1
    return end


def _opening_quote(paragraphs: _Paragraphs, index: int, end: int) -> int:
    """Start of the quotation that closes just before ``end``, or -1."""
    return paragraphs.quotations(index)[1].get(end, -1)


def _quotation_spans(text: str, start: int, paragraphs: _Paragraphs, index: int) -> tuple[Span, ...]:
    """The pieces of a quotation opened at ``start`` in paragraph ``index``.

    A paragraph that opens a quotation without closing it continues into the
    next paragraph, which normally opens with a quotation mark again.
    """
    pieces: list[Span] = []
    position = start
    for _ in range(MAX_QUOTED_PARAGRAPHS):
        if index >= len(paragraphs):
            break
        paragraph_end = paragraphs[index][1]
        close = _closing_quote(paragraphs, index, position)
        if close >= 0:
            pieces.append(Span(start=position, end=close))
            return tuple(pieces)
        pieces.append(Span(start=position, end=paragraph_end))
        index += 1
        if index >= len(paragraphs) or text[paragraphs[index][0]] not in OPENING_QUOTES:
            break
        position = paragraphs[index][0]
    return tuple(pieces)


# -- sources -------------------------------------------------------------------


# An opening mark typed where a closing one belongs: after a comma or a stop,
# before a space or the end.
#   matches: the mark in '“It is over,“ said Jim Clyburn'
#   does not match: the mark in 'He said, “It is over.”'
MISPLACED_OPENING_RE = regex.compile(r"""(?<=[,.!?])“(?=\s|\Z)""", regex.VERBOSE)


def normalise_quotes(text: str) -> str:
    """Return ``text`` with its quotation marks made regular, offsets unchanged.

    Some archives write quotation marks as two apostrophes or backticks, read
    as a double quotation mark; and copy sometimes closes a quotation with an
    opening mark (“It is over,“ he said), read as a closing one. The result
    has the same length, so offsets into it are offsets into ``text``.

    >>> normalise_quotes("''We won,'' he said.") == '"\u2060We won,"\u2060 he said.'
    True
    >>> normalise_quotes("“It is over,“ he said.")
    '“It is over,” he said.'
    """
    if "“" in text:
        text = MISPLACED_OPENING_RE.sub("”", text)
    if "''" not in text and "``" not in text:
        return text
    return text.replace("''", '"' + FILLER).replace("``", '"' + FILLER)


def _words_before(text: str, floor: int, end: int) -> list[tuple[int, int, str]]:
    begin = max(floor, end - SOURCE_WINDOW)
    return [(m.start(), m.end(), m[0]) for m in WORD_RE.finditer(text, begin, end)]


def _is_capitalised(word: str) -> bool:
    return word[:1].isupper() or word[:1].isdigit()


def _source_before(text: str, floor: int, end: int) -> Span | None:
    """The noun phrase that ends at ``end`` (the subject of a cue), or ``None``.

    An apposition closed by a comma belongs to the source.

    >>> text = "Ukraine’s defense ministry suggested"
    >>> _source_before(text, 0, 26).slice(text)
    'Ukraine’s defense ministry'
    >>> text = "rockets that they said"
    >>> _source_before(text, 0, 17).slice(text)
    'they'
    >>> text = "Lawrence Cohn, analyst with Merrill Lynch, Pierce, Fenner and Smith, said"
    >>> _source_before(text, 0, 68).slice(text)
    'Lawrence Cohn, analyst with Merrill Lynch, Pierce, Fenner and Smith'
    """
    stripped = end
    while stripped > floor and text[stripped - 1] == " ":
        stripped -= 1
    time = TRAILING_TIME_RE.search(text, max(floor, stripped - 40), stripped)
    if time is not None and time.start() > floor and not _is_release_day(text, floor, time.start()):
        # "Sanders (I-Vt.) on Saturday criticized": the day is not part of the source.
        end = stripped = time.start()
    if stripped > floor and text[stripped - 1] == ",":
        return _apposition_source(text, floor, stripped - 1)
    closing = CLOSING_DASH_RE.search(text, max(floor, stripped - 4), stripped)
    if closing is not None:
        # "Joyce — who is listed as an attorney — told …": a dash closes the apposition.
        opening = DASH_RE.search(text, max(floor, closing.start() - 200), closing.start())
        if opening is not None:
            head, _ = _phrase_before(text, floor, opening.start())
            return None if head is None else Span(start=head.start, end=closing.start())
    phrase, _ = _phrase_before(text, floor, end)
    return phrase


def _apposition_source(text: str, floor: int, comma: int) -> Span | None:
    """The source "Head, apposition" that ends at the closing ``comma``.

    Pieces between commas are read right to left. Capitalised pieces before
    the apposition are parts of a name ("Merrill Lynch, Pierce, Fenner and
    Smith"); a piece that opens with a relative pronoun, an article, a number
    or a lower-case word ("who spoke on condition of anonymity", "a senior
    adviser", "44") is the apposition; the piece before it holds the head.
    """
    right = comma
    seen_apposition = False
    for _ in range(MAX_APPOSITION_SEGMENTS):
        left = text.rfind(",", max(floor, right - 200), right)
        piece_start = left + 1 if left >= 0 else floor
        piece = text[piece_start:right].split()
        if not piece or len(piece) > 25:
            return None
        first = piece[0]
        aside = (
            first in PARENTHETICAL_OPENERS
            or first in ASIDE_PREPOSITIONS
            or (first.islower() and first.endswith("ing"))
        )
        if aside and right == comma and left >= 0:
            # "The newspaper, citing officials, said": the aside is not part of the source.
            phrase, _ = _phrase_before(text, floor, left)
            return phrase
        if len(piece) == 1 and first.islower() and right == comma:
            # "Proponents of the bill, however, say": the adverb is not part of the source.
            phrase = _apposition_source(text, floor, left) if left >= 0 else None
            return phrase
        opens_apposition = (
            first.lower() in APPOSITION_OPENERS
            or first[0].isdigit()
            or first.islower()
            or first.endswith(("’s", "'s"))  # "Marlon Marshall, Clinton's director of …"
            # "Rashad Robinson, Color of Change's executive director, said": a title after a name.
            or (left >= 0 and _is_title_after_owner(piece))
        )
        if (
            (seen_apposition and not opens_apposition)
            or left < 0
            or not (opens_apposition or all(_is_capitalised(w) or w in NAME_JOINERS for w in piece))
        ):
            phrase, _ = _phrase_before(text, floor, right)
            if phrase is None:
                return None
            return Span(start=phrase.start, end=comma)
        seen_apposition = seen_apposition or opens_apposition
        right = left
    return None


def _is_title_after_owner(piece: Sequence[str]) -> bool:
    """True for "Color of Change's executive director": a possessive, then lower-case words."""
    owner = next((i for i, word in enumerate(piece) if word.endswith(("’s", "'s"))), -1)
    return 0 <= owner < len(piece) - 1 and all(word.islower() for word in piece[owner + 1 :])


def _phrase_before(text: str, floor: int, end: int) -> tuple[Span | None, bool]:
    """The noun phrase ending at ``end``, and whether a comma stopped it."""
    words = _words_before(text, floor, end)
    chosen = -1
    index = len(words) - 1
    stopped_by_comma = False
    if words and words[-1][2].lower() in PERSONAL_PRONOUNS:
        return Span(start=words[-1][0], end=words[-1][1]), False
    while index >= 0 and len(words) - index <= 12:
        _, _, word = words[index]
        lower = word.lower()
        if not (word[0].isalnum()):
            if word in "’'" or (word == "&" and chosen >= 0):
                index -= 1
                continue
            if word == ")":
                # "Rep. Hank Johnson (D-Ga.) said": the parenthesis belongs to the name.
                opening = next(
                    (i for i in range(index - 1, max(index - 8, -1), -1) if words[i][2] == "("), -1
                )
                if opening > 0:
                    index = opening - 1
                    continue
            stopped_by_comma = word == ","
            break
        if lower in RELATIVE_PRONOUNS:
            # "who said" names its speaker by the pronoun; "which he said" by "he".
            if chosen >= 0 and lower != "which":
                # "One Democratic official who relayed the exchange said": the head and its clause.
                head, _ = _phrase_before(text, floor, words[index][0])
                if head is not None and text[head.start : words[index][0]].count(" ") < 8:
                    return Span(start=head.start, end=words[-1][1]), False
            chosen = index if chosen < 0 else chosen
            break
        if lower in BOUNDARY_WORDS and word not in CAPITALISED_NAMES:
            if word == "and" and chosen > 0 and index > 0 and _is_capitalised(words[index - 1][2]):
                index -= 1
                continue
            if word in SOURCE_INNER_WORDS and chosen >= 0 and index > 0 and words[index - 1][2][0].isalnum():
                index -= 1
                continue
            if word == "by" and chosen >= 0 and index > 0 and words[index - 1][2].endswith("ed"):
                index -= 1  # "Economists polled by Reuters said": the agent belongs to the source
                continue
            break
        chosen = index
        index -= 1
    if chosen < 0:
        return None, False
    phrase = words[chosen:]
    # Prepositions left at the front belong to an adverbial, not the source.
    while phrase and phrase[0][2].lower() in SOURCE_INNER_WORDS:
        phrase = phrase[1:]
    if not phrase or (
        phrase[-1][2].lower() in DETERMINERS and phrase[-1][2].lower() not in PRONOUN_DETERMINERS
    ):
        return None, False
    if len(phrase) == 1 and phrase[0][2].islower() and phrase[0][2].endswith(("ly", "ing")):
        return None, False
    return Span(start=phrase[0][0], end=phrase[-1][1]), stopped_by_comma and chosen == index + 1


# A source after the cue: up to ten words, abbreviations ("Sen.", "D-Ga.") allowed.
#   matches: " Sen. Jeff Merkley of Oregon" in "said Sen. Jeff Merkley of Oregon, the"
#   does not match: " that rates would rise and" (see BOUNDARY_WORDS)
SOURCE_AFTER_RE = regex.compile(
    r"""\ (?P<source>(?:(?:\p{Lu}[\p{L}]{0,3}\.|[\p{L}\p{N}(][\p{L}\p{N}’'&()/-]{0,30}|[\p{Lu}]-[\p{Lu}][\p{L}]{0,3}\.)\ ){0,9}
        (?:[\p{L}\p{N}(][\p{L}\p{N}’'&()/.-]{0,30}?))
        (?=[,;:!?]|\.?[”"’\u2060]{0,3}\s{0,3}\Z|\.\ |\ (?:when|as|after|while|during|before|who|whose|which)\b)""",
    regex.VERBOSE,
)

# A clause that ends a source read after its cue.
#   matches: " when" in "Dan Golvach when asked"
#   does not match: " of" in "Jane Doe of the bank"
CLAUSE_AFTER_SOURCE_RE = regex.compile(
    r"""\ (?:when|as|after|while|during|before|because|who|which|whose)\b""",
    regex.VERBOSE,
)

# Appositions and relative clauses closing a sentence after an inverted source;
# news annotators count them as part of the source.
#   matches: ", president of the American Academy of Pediatrics.", ", 31, of Tujunga, Calif.",
#   ", who was elected to the U.S. House in 2012."
#   does not match: ", adding that …" (see APPOSITION_STOPS), ", “We won.”"
APPOSITION_AFTER_RE = regex.compile(
    r""",\ (?P<apposition>(?P<head>[\p{L}\p{N}’'.-]{1,30})(?:,?\ [^,;:!?“”"\s]{1,30}){0,40})
        (?=[.!?]{0,3}[”"’\u2060]{0,3}\s{0,3}\Z)""",
    regex.VERBOSE,
)

# A relative clause after an inverted source, up to the end of the sentence.
#   matches: " who point to his ties with labor." in "said a handful of Democrats who point to his ties with labor."
#   does not match: " when asked about the vote." (see RELATIVE_PRONOUNS)
RELATIVE_AFTER_RE = regex.compile(
    r"""\ (?:who|whose|which)(?:,?\ [^,;:!?“”"\s]{1,30}){1,40}(?=[.!?]{0,3}[”"’\u2060]{0,3}\s{0,3}\Z)""",
    regex.VERBOSE,
)

#: Words that open a clause of the writer's after an inverted source, not an
#: apposition: "…, said Jane Doe, adding that …", "…, said Doe, but …".
APPOSITION_STOPS = frozenset(
    {"and", "but", "though", "although", "while", "as", "because", "so", "if", "before"}
)


def _sentence_end_before(text: str, stop: int) -> int:
    """``stop`` moved before a final period that is not an abbreviation's."""
    if text[stop - 1] == "." and not _is_abbreviation(text, stop - 1):
        return stop - 1
    return stop


NON_BLANK_RUN_RE = regex.compile(r"\S{1,200}")  # a word as str.split() gives it


def _source_after(text: str, start: int, end: int) -> Span | None:
    """The noun phrase after an inverted cue: "…, said Sen. Jane Doe, an analyst."."""
    match = SOURCE_AFTER_RE.match(text, start, end)
    if match is None:
        return None
    words = match["source"].split()
    if words[0] in SOURCE_INNER_WORDS:
        return None
    stop = match.end("source")
    cut = CLAUSE_AFTER_SOURCE_RE.search(text, match.start("source"), stop)
    if cut is not None:
        # "said Dan Golvach when asked about the vote": the source ends before the clause.
        if cut.start() <= match.start("source"):
            return None
        words = text[match.start("source") : cut.start()].split()
        stop = cut.start()
    boundary = next(
        (
            i
            for i, word in enumerate(words)
            if word in BOUNDARY_WORDS - SOURCE_INNER_WORDS and not _joins_a_role(words, i)
        ),
        None,
    )
    if boundary is not None:
        if words[boundary] != "to" or boundary == 0:
            return None
        # "said a spokeswoman to AFP": whom she told is no part of the source.
        word_starts = [m.start() for m in NON_BLANK_RUN_RE.finditer(text, match.start("source"), stop)]
        return Span(start=match.start("source"), end=word_starts[boundary] - 1)
    relative = RELATIVE_AFTER_RE.match(text, stop, end)
    if relative is not None:
        # "said a handful of Democrats who point to his ties with labor."
        return Span(start=match.start("source"), end=_sentence_end_before(text, relative.end()))
    if cut is not None:
        return Span(start=match.start("source"), end=stop)
    # "said Penny Nance, president of Concerned Women for America.", "said Doe, who …"
    apposition = APPOSITION_AFTER_RE.match(text, stop, end)
    head = "" if apposition is None else apposition["head"]
    if (
        apposition is not None
        and head not in APPOSITION_STOPS
        and not (head.islower() and head.endswith("ing"))
    ):
        stop = _sentence_end_before(text, apposition.end("apposition"))
    return Span(start=match.start("source"), end=stop)


# -- reading one sentence -------------------------------------------------------


def is_title_case(text: str) -> bool:
    """True for a headline in title case, where verbs are capitalised too.

    >>> is_title_case("Bernie Sanders Says He Has Started Writing His Address")
    True
    >>> is_title_case("Bernie Sanders says he has started writing his address")
    False
    """
    words = TITLE_WORD_RE.findall(text)
    if len(words) < 3:
        return False
    return sum(1 for w in words if w[0].isupper()) >= TITLE_SHARE * len(words)


def _cue_matches(text: str, start: int, end: int) -> Iterator[regex.Match[str]]:
    """The matches of :data:`CUE_RE`, tried only around words that can open a cue verb.

    Trying the long alternation at every offset is slow; a scan for words and a
    set look-up find the few places worth trying, and the pattern is anchored
    at the starts of the few words before each (where auxiliaries may stand).
    In a headline in title case, capitalised cues count too ("Sanders Says").
    """
    title: bool | None = None
    for word in LOWER_WORD_RE.finditer(text, start, end):
        first = word[0]
        pattern = CUE_RE
        if first not in CUE_FIRST_WORDS:
            if first not in CUE_FIRST_WORDS_TITLED or word.start() == start:
                continue
            if title is None:
                title = is_title_case(text[start:end])
            if not title:
                continue
            pattern = TITLE_CUE_RE
        elif first in CUE_CONTINUATIONS and not text.startswith(CUE_CONTINUATIONS[first], word.end()):
            continue  # "made a fortune", "points of view"
        window_start = max(start, word.start() - CUE_LEAD)
        stop = min(end, word.end() + CUE_TAIL)
        if pattern is CUE_RE and not _may_follow_auxiliary(text, window_start, word.start()):
            anchors = [word.start()]
        else:
            anchors = _word_starts_before(text, window_start, word.start())
        for anchor in anchors:
            match = pattern.match(text, anchor, stop)
            if match is not None and match.start("verb") == word.start():
                yield match
                break


def _may_follow_auxiliary(text: str, floor: int, position: int) -> bool:
    """False when no auxiliary or adverb of :data:`CUE_RE` can end just
    before the verb at ``position`` (see :data:`AUXILIARY_LAST_WORDS`).

    >>> _may_follow_auxiliary("he also said", 0, 8), _may_follow_auxiliary("Smith said", 0, 6)
    (True, False)
    """
    space = position - 1
    if space <= floor or text[space] != " ":
        return False
    run = LAST_LOWER_RUN_RE.search(text, max(floor, space - LAST_LOWER_RUN), space)
    if run is None:
        return False
    # A run cut at the window's edge is a suffix of a longer word: still an
    # adverb if that word was one, never an auxiliary's last word.
    return run[0] in AUXILIARY_LAST_WORDS or ADVERB_RE.fullmatch(run[0]) is not None


def _word_starts_before(text: str, floor: int, position: int) -> list[int]:
    """Starts of the (up to four) words before ``position``, farthest first, then ``position``."""
    starts = [m.start() for m in WORD_START_RE.finditer(text, floor, position)][-4:]
    starts.append(position)
    return starts


def _cues_in(text: str, start: int, end: int) -> list[_Cue]:
    cues: list[_Cue] = []
    for match in _cue_matches(text, start, end):
        before = text[max(start, match.start() - 24) : match.start()]
        previous = before.split()[-1].lower() if before.split() else ""
        # "He’s said", "she’s not saying": the contracted "has" or "is" belongs to the cue.
        contracted = previous.replace("'", "’") in CONTRACTED_SUBJECTS
        if contracted and _is_contracted_passive(text, previous, match, end):
            continue  # "He’s said to be furious", "She’s called Jane", "It’s said that …"
        # "the said property", "the reported increase", "its stated goal"; but "some say"
        adjectival = previous in DETERMINERS or (previous.endswith(("’s", "'s")) and not contracted)
        if adjectival and not (
            previous in PRONOUN_DETERMINERS
            and match["verb"] in QUANTIFIER_SUBJECT_FORMS
            and _begins_a_clause(before)
        ):
            continue
        if previous in NOT_PRECEDED_BY.get(match["verb"], ()):
            continue  # "the so-called special relationship"
        if match["verb"] in CREDIT_LINE_FORMS and _is_credit_line(text, match.end(), end):
            continue  # "Costa reported from Washington."
        barred = NOT_FOLLOWED_BY.get(match["verb"])
        if barred is not None:
            following = NEXT_WORD_RE.match(text, match.end(), min(end, match.end() + 24))
            if following is not None and following[1].lower() in barred:
                continue  # "a think tank", "believe me"
        passive = PASSIVE_RE.match(match["cue"]) is not None
        # "soldiers were observed", "was reported" tell no speaker; "is expected" and
        # "was quoted as saying" are kept.
        agent = PASSIVE_AGENT_RE.match(text, match.end(), end) if passive else None
        if passive and agent is None and match["verb"] not in RAISING_VERBS | SOURCELESS_PASSIVES:
            continue
        cues.append(
            _Cue(
                start=_contraction_start(before, match.start()) if contracted else match.start("cue"),
                end=match.end("cue"),
                verb=match["verb"],
                comma_led=COMMA_LED_RE.search(before) is not None,
                raising=passive and agent is None and match["verb"] in RAISING_VERBS,
                sourceless=(passive and agent is None and match["verb"] in SOURCELESS_PASSIVES)
                or (match["verb"] == "asked" and WHEN_BEFORE_RE.search(before) is not None),
                agent=None if agent is None else Span(start=agent.start("agent"), end=agent.end("agent")),
            )
        )
    opening = _said_first(text, start, end) if text.startswith(("Said ", "Says "), start) else None
    if opening is not None:
        # "Said Dorothy Poynter, who grew up with Ali, “We were all so proud of him.”"
        cues.append(_Cue(start=opening.start("cue"), end=opening.end("cue"), verb=SAID_FIRST))
    asked = (
        ASKED_OPENING_RE.match(text, start, end) if text.startswith(("Asked", "When asked"), start) else None
    )
    if asked is not None:
        # "Asked if he was ever bullied, the candidate said …": a question with no asker.
        cues.append(_Cue(start=asked.start("cue"), end=asked.end("cue"), verb="asked", sourceless=True))
    for match in ACCORDING_RE.finditer(text, start, end) if text.find("ccording to", start, end) >= 0 else ():
        after = NEXT_WORD_RE.match(text[match.end() : match.end() + 24])
        if after is not None and after[1].lower() in NOT_SOURCES:
            continue
        before = text[max(start, match.start() - 2) : match.start()]
        cues.append(_Cue(start=match.start(), end=match.end(), verb="according to", comma_led=before == ", "))
    evidence = _names_evidence(text, start, end)
    for match in IN_EVIDENCE_RE.finditer(text, start, end) if evidence else ():
        # "In the latest Washington Post-ABC News poll, 40 percent …": the poll speaks.
        before = text[max(start, match.start() - 2) : match.start()]
        cues.append(_Cue(start=match.start("cue"), end=match.end("cue"), verb="in", comma_led=before == ", "))
    cues.sort(key=lambda cue: cue.start)
    return cues


def _begins_a_clause(before: str) -> bool:
    """True when the last word of ``before`` opens a clause: "Some say", "…, some argue", "but some think".

    >>> _begins_a_clause("Some "), _begins_a_clause("cheap, and some ")
    (True, True)
    >>> _begins_a_clause("Residents want some ")
    False
    """
    head = before.rstrip()
    head = head[: len(head) - len(head.split()[-1])].rstrip() if head.split() else head
    if not head or head.endswith((",", ";", ":", "—", "–", "-", ".", "“", '"')):
        return True
    return head.split()[-1].lower() in CLAUSE_CONJUNCTIONS


def _is_contracted_passive(text: str, previous: str, match: regex.Match[str], end: int) -> bool:
    """True when "’s" before a cue is "is" in a passive: "He’s said to be", "She’s called Jane", "It’s said that".

    "’s" is "has" otherwise: "It’s said it will appeal", "She’s called the plan a disaster".
    """
    if not previous.endswith(("’s", "'s")) or match["cue"] != match["verb"]:
        return False
    if previous.startswith("it") and CONTRACTED_IT_PASSIVE_RE.match(text, match.end(), end) is not None:
        return True  # "It’s said that …", "it’s said."
    if match["verb"] in NAMING_FORMS:
        return BARE_NAME_RE.match(text, match.end(), min(end, match.end() + 80)) is not None
    return CONTRACTED_RAISING_RE.match(text, match.end(), end) is not None


# What follows a passive after "it’s": " that", or the sentence ends.
CONTRACTED_IT_PASSIVE_RE = regex.compile(r"""\ that\b|[.,;]?\s{0,3}\Z""", regex.VERBOSE)
# A raising passive after "’s": " to be", " to have" in "He’s said to be furious".
CONTRACTED_RAISING_RE = regex.compile(r"""\ to\ (?:be|have)\b""", regex.VERBOSE)


def _is_credit_line(text: str, position: int, end: int) -> bool:
    """True when the cue before ``position`` credits a reporter with a place, reporting nothing.

    >>> _is_credit_line("Costa reported from Washington and Roe from London.", 14, 51)
    True
    >>> _is_credit_line("The BBC reported from Kabul that the city had fallen.", 16, 53)
    False
    """
    place = CREDIT_PLACE_RE.match(text, position, end)
    return place is not None and REPORT_AFTER_PLACE_RE.match(text, place.end(), end) is None


def _contraction_start(before: str, position: int) -> int:
    """Where the contraction ending ``before`` (which ends at ``position``) starts: "’s" in "He’s"."""
    return position - len(before) + max(before.rfind("’"), before.rfind("'"))


def _names_evidence(text: str, start: int, end: int) -> bool:
    """True when the sentence names a poll, survey or study, which "in" may cite (a fast test)."""
    return any(text.find(word, start, end) >= 0 for word in ("poll", "survey", "study"))


def _skip_adverbials(text: str, position: int, end: int) -> tuple[int, str | None]:
    when = None
    for _ in range(3):
        match = ADVERBIAL_RE.match(text, position, end)
        if match is None:
            break
        when = when or match["when"]
        position = match.end()
    return position, when


def _when_before(text: str, source_end: int, cue_start: int) -> str | None:
    match = WEEKDAY_RE.search(text, source_end, cue_start)
    return None if match is None else match[1]


def _trim_content(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start] in " ,:;—–-" + FILLER:
        start += 1
    while end > start and text[end - 1] in " ,;:—–-" + FILLER:
        end -= 1
    if end > start and text[end - 1] in ".!?" and not _inside_open_quote(text, start, end):
        end -= 1
    while end > start and text[end - 1] in " ,;:":
        end -= 1
    return start, end


def _inside_open_quote(text: str, start: int, end: int) -> bool:
    piece = text[start:end]
    return piece.count("“") > piece.count("”") or piece.count('"') % 2 == 1


def _kind(text: str, pieces: Sequence[Span], according: bool) -> AttributionKind:
    if according:
        return AttributionKind.ACCORDING_TO
    first, last = text[pieces[0].start], text[pieces[-1].end - 1]
    if first in OPENING_QUOTES and last in CLOSING_QUOTES:
        return AttributionKind.DIRECT
    if any(char in text[piece.start : piece.end] for piece in pieces for char in OPENING_QUOTES):
        return AttributionKind.MIXED
    return AttributionKind.INDIRECT


def _content_before(
    text: str, sentence_start: int, boundary: int, paragraphs: _Paragraphs, index: int
) -> tuple[Span, ...]:
    """Content of an inverted cue: the quotation that ends at ``boundary``, or the text before it."""
    end = boundary
    while end > sentence_start and text[end - 1] in " " + FILLER:
        end -= 1
    if end > sentence_start and text[end - 1] in CLOSING_QUOTES:
        opening = _opening_quote(paragraphs, index, end)
        lead_start, lead_end = _trim_content(text, sentence_start, max(opening, sentence_start))
        # '… had changed: “France is no longer France,” he said': a colon introduces the quotation.
        introduced = opening >= 0 and text[lead_start:opening].rstrip().endswith(":")
        if opening >= 0 and lead_end > lead_start and not introduced:
            # 'The group is less likely to be “overrun with conservatives,” he said': a partial
            # quotation ends a clause that began before it, and the clause is the content.
            return (Span(start=lead_start, end=end),)
        if opening >= 0:
            return (Span(start=opening, end=end),)
        paragraph_start = paragraphs[index][0]
        if index > 0 and text[paragraph_start] in OPENING_QUOTES:
            # The quotation began in the paragraph before, which left it open.
            _previous_start, previous_end = paragraphs[index - 1]
            left_open = paragraphs.quotations(index - 1)[1].get(previous_end, -1)
            if left_open >= 0 and _closing_quote(paragraphs, index - 1, left_open) < 0:
                return (Span(start=left_open, end=previous_end), Span(start=paragraph_start, end=end))
    start, stop = _trim_content(text, sentence_start, end)
    return (Span(start=start, end=stop),) if stop > start else ()


def quotation_ranges(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The ``(start, end)`` of each quotation in ``text[start:end]``; an open one runs to ``end``.

    Curly quotations nest; a straight mark closes a curly quotation that is
    one level deep and a curly closing mark closes a straight one, since copy
    often mixes the two (“Our roads are crumbling," she said).

    >>> text = 'He said “I told him no.” She said "fine'
    >>> [text[s:e] for s, e in quotation_ranges(text, 0, len(text))]
    ['“I told him no.”', '"fine']
    >>> text = '“Our roads are crumbling," she said.'
    >>> [text[s:e] for s, e in quotation_ranges(text, 0, len(text))]
    ['“Our roads are crumbling,"']
    """
    ranges: list[tuple[int, int]] = []
    opened = -1
    depth = 0
    for match in QUOTE_MARK_RE.finditer(text, start, end):
        mark = match[0]
        if opened < 0:
            if mark != "”":
                opened, depth = match.start(), 1
            continue
        straight_open = text[opened] == '"'
        if mark == "“" and not straight_open:
            depth += 1
            continue
        if mark == "”" or (mark == '"' and (straight_open or depth == 1)):
            depth -= 1
            if depth == 0 or straight_open:
                ranges.append((opened, match.end()))
                opened, depth = -1, 0
    if opened >= 0:
        ranges.append((opened, end))
    return ranges


def _inside_quotation(starts: Sequence[int], quotations: dict[int, int], position: int) -> bool:
    """True when ``position`` lies inside one of the (non-overlapping) quotations."""
    index = bisect.bisect_left(starts, position) - 1
    return index >= 0 and position < quotations[starts[index]]


def _read_sentence(text: str, start: int, end: int, paragraphs: _Paragraphs, index: int) -> list[_Found]:
    cues = _cues_in(text, start, end)[:MAX_CUES_PER_SENTENCE]
    # "… said X and said Y": a coordinated cue closes the content before it.
    coordinated = [COORDINATION_RE.search(text, max(start, c.start - 8), c.start) for c in cues]
    if cues:
        # Speech reported inside a quotation is part of the quoted content.
        starts = paragraphs.quotation_starts(index)
        quoted = paragraphs.quotations(index)[0]
        cues = [cue for cue in cues if not _inside_quotation(starts, quoted, cue.start)]
    if not cues:
        return []
    found: list[_Found] = []
    # Cues led by a comma close the content of the cues before them.
    stops = [cue.start - 2 for cue in cues if cue.comma_led]
    stops.extend(match.start() for match in coordinated if match is not None)
    # A source before a comma-led cue also closes the content: "…, the report said".
    inverted_starts: dict[int, int] = {}
    for cue in cues:
        if cue.verb in ("according to", "in", SAID_FIRST):
            item = (
                _read_said_first(text, start, end, paragraphs, index)
                if cue.verb == SAID_FIRST
                else _read_according(text, start, end, cue)
            )
            if item is not None:
                found.append(item)
            continue
        inverted = _read_inverted(text, start, end, cue, paragraphs, index)
        if inverted is not None:
            found.append(inverted)
            if inverted.source is not None:
                inverted_starts[cue.start] = inverted.source.start
                stops.append(_comma_before(text, start, inverted.source.start))
            # '… asserted that France had changed: “France is no longer France,” he said':
            # the quotation is the later cue's content, not the earlier one's.
            stops.append(inverted.content[0].start)
            continue
    forward = [
        cue
        for cue in cues
        if cue.verb not in ("according to", "in", SAID_FIRST)
        and cue.start not in inverted_starts
        and not any(f.cue.start == cue.start for f in found)
    ]
    stops.extend(_clause_subject_stops(text, start, forward))
    for cue in forward:
        item = _read_forward(text, start, end, cue, stops, paragraphs, index, found)
        if item is not None:
            found.append(item)
    return found


def _clause_subject_stops(text: str, floor: int, cues: Sequence[_Cue]) -> list[int]:
    """The commas that open a later clause with a cue of its own.

    In "Some say he looks tired, others say he has never been healthier" the
    second clause's subject closes the first clause's content.

    >>> text = "Some say he looks tired, others say he is well."
    >>> cues = [_Cue(start=5, end=8, verb="say"), _Cue(start=32, end=35, verb="say")]
    >>> _clause_subject_stops(text, 0, cues)
    [23]
    """
    stops = []
    for cue in cues[1:]:
        if cue.comma_led or cue.verb.endswith("ing") or cue.agent is not None:
            continue
        source = _source_before(text, floor, cue.start)
        if source is None or source.slice(text).lower() in RELATIVE_SOURCES:
            continue  # "the president, who denied wrongdoing, had lied": a relative clause, no new speaker
        opener = CLAUSE_OPENER_RE.search(text, max(floor, source.start - 4), source.start)
        if opener is not None:
            stops.append(opener.start())
    return stops


def _comma_before(text: str, floor: int, position: int) -> int:
    comma = text.rfind(",", floor, position)
    return comma if comma >= 0 else position


# Text between a closing comma and an inverted cue that may be its source.
#   matches: ', the newspaper ', ',” he ', '.” Ukraine’s defense ministry ',
#   ',”Clinton ' (a curly closing mark may lack its space)
#   does not match: ' and he ' (no comma or quotation before it)
INVERTED_SOURCE_RE = regex.compile(
    r"""(?:(?:,[”"’]?|[.!?]?[”"’])\u2060?\ |[,.!?]?”)(?P<source>[\p{L}\p{N}][^,;:!?“”"]{0,100}?)\ \Z""",
    regex.VERBOSE,
)

# The same with an apposition: ',” Cohn, an analyst, said'.
INVERTED_APPOSITION_RE = regex.compile(
    r"""(?:,[”"’]?|[.!?]?[”"’])\u2060?\ (?P<source>[\p{L}\p{N}][^,;:!?“”"]{0,60}?,\ [^,;:!?“”"]{1,100}?),\ \Z""",
    regex.VERBOSE,
)

# What may follow an inverted cue: the end of the sentence, or a comma.
INVERTED_TAIL_RE = regex.compile(r"""[\ ]{0,3}(?:[.!?]{0,3}[”"’)\u2060]{0,3}\s{0,3}\Z|,)""", regex.VERBOSE)

# A short phrase that may trail an inverted cue after a quotation, up to the
# end of the sentence or a comma: " in late May.", " of the platform committee,".
QUOTED_TAIL_RE = regex.compile(
    r"""\ (?:[^“”"]{1,100}?,\ |.{1,100}?[.!?]{0,3}[”"’)\u2060]{0,3}\s{0,3}\Z)""",
    regex.VERBOSE,
)

# A quotation a few words after a forward cue, after a comma or colon.
#   matches: " to his followers, “It" in 'wrote to his followers, “It is time'
#   does not match: " that the plan “failed”" (no comma before the quotation)
QUOTE_AHEAD_RE = regex.compile(
    r"""\ (?:[^“”"\u2060,.;:!?]|[,.](?=\d)){1,100}?[,:]\ (?P<quote>[“"])""",
    regex.VERBOSE,
)

# What may stand before a cue that its source follows: '…,” said' / '…, said'.
#   matches: ', ', ',” ', '?" '
LEADING_COMMA_RE = regex.compile(r"""(?:[,.!?]?[”"]\u2060?|,)\ \Z""", regex.VERBOSE)


def _inverted_source(window: str) -> regex.Match[str] | None:
    match = INVERTED_SOURCE_RE.search(window)
    if match is None:
        match = INVERTED_APPOSITION_RE.search(window)
    if match is None:
        return None
    head, _, apposition = match["source"].partition(",")
    relative = RELATIVE_CLAUSE_RE.search(head)
    if relative is not None:
        # '"…," a Miami lawyer who has been involved in such projects said.'
        head, apposition = head[: relative.start()], head[relative.start() :] + apposition
    words = head.split()
    if len(words) > 8 or len(apposition.split()) > 20:
        return None
    if any(_ends_an_inverted_source(words, i) for i in range(len(words))):
        return None
    return match


def _ends_an_inverted_source(words: Sequence[str], index: int) -> bool:
    """True when ``words[index]`` cannot stand inside a source read before an inverted cue.

    "and" may join two nouns ("she and another reporter", "teachers and union
    officials") and "to" may follow "close" ("people close to Clinton").

    >>> _ends_an_inverted_source(["people", "close", "to", "Clinton"], 2)
    False
    >>> _ends_an_inverted_source(["and", "analysts"], 0)
    True
    >>> _ends_an_inverted_source(["prices", "will", "fall"], 1)
    True
    """
    word = words[index]
    if word not in BOUNDARY_WORDS or word in SOURCE_INNER_WORDS:
        return False
    if word == "and":
        return index == 0 or index == len(words) - 1
    return not _joins_a_role(words, index)


#: Words that hold a role towards someone named after "to": "a longtime
#: adviser to Trump", "people close to Clinton". A speaker's audience is no
#: role: "said a spokeswoman to AFP" names whom she told.
ROLE_TOWARDS_WORDS = frozenset(
    {"adviser", "advisers", "advisor", "advisors", "aide", "aides", "assistant", "close", "envoy"}
    | {"ambassador", "counsel", "counselor", "counsellor", "consultant", "secretary", "deputy", "successor"}
)


def _joins_a_role(words: Sequence[str], index: int) -> bool:
    """True when ``words[index]`` is the "to" of a role held towards someone.

    "people close to Clinton", "a longtime adviser to Trump", "the former top
    aide to President George W. Bush": a word of :data:`ROLE_TOWARDS_WORDS`
    before, a name after.

    >>> _joins_a_role(["a", "longtime", "adviser", "to", "Trump"], 3)
    True
    >>> _joins_a_role(["Smith", "to", "Jones"], 1), _joins_a_role(["adviser", "to", "the", "mayor"], 1)
    (False, False)
    >>> _joins_a_role(["a", "spokeswoman", "to", "AFP"], 2)
    False
    """
    return (
        words[index] == "to"
        and 0 < index < len(words) - 1
        and words[index - 1] in ROLE_TOWARDS_WORDS
        and words[index + 1][:1].isupper()
    )


def _closes_an_apposition(window: str, comma: int) -> bool:
    """True when the comma before a cue closes a relative clause or an apposition of its subject.

    ``window`` is the text before the cue and ``comma`` the offset of its last comma from the
    window's start.

    >>> _closes_an_apposition("The company, which employs 5,000 people, ", 38)
    True
    >>> _closes_an_apposition("Jane Doe, 45, ", 12)
    True
    >>> _closes_an_apposition("Shares fell sharply, ", 19)
    False
    """
    opening = window.rfind(", ", 0, comma)
    if opening < 0:
        return False
    piece = window[opening + 2 : comma].split()
    if not piece:
        return False
    first = piece[0]
    return first.lower() in RELATIVE_SOURCES or first in ("a", "an") or first[0].isdigit()


def _is_pronoun_clause(phrase: str) -> bool:
    """True when a phrase read after a cue is a clause led by a pronoun, not a source.

    >>> _is_pronoun_clause("it accounts for 38 pct"), _is_pronoun_clause("he"), _is_pronoun_clause("Jane Doe")
    (True, False, False)
    """
    first, _, rest = phrase.partition(" ")
    return bool(rest) and first in PERSONAL_PRONOUNS


def _closes_quotation(fragment: str) -> bool:
    """True when ``fragment`` (such as ',” ' or '?" ') holds a closing quotation mark."""
    mark = fragment.strip(" ,.!?" + FILLER)[:1]
    return mark != "" and mark in CLOSING_QUOTES


def _read_inverted(
    text: str, start: int, end: int, cue: _Cue, paragraphs: _Paragraphs, index: int
) -> _Found | None:
    if cue.verb.endswith("ing") and cue.end - cue.start == len(cue.verb):
        return None  # "…, citing officials" is a participle, not an inverted cue
    if cue.agent is not None:
        return None  # '… on “Face the Nation,” Sanders was asked by the host whether …': forward
    after, when = _skip_adverbials(text, cue.end, end)
    if cue.verb in OBJECT_VERBS:
        # "The talks have failed, the minister told Reuters."
        hearer = OBJECT_RE.match(text, after, end)
        if hearer is not None:
            after, later = _skip_adverbials(text, hearer.end(), end)
            when = when or later
    window = text[max(start, cue.start - SOURCE_WINDOW) : cue.start]
    window_start = cue.start - len(window)
    source: Span | None = None
    boundary = -1
    match = _inverted_source(window)
    if match is not None and not INVERTED_TAIL_RE.match(text, after, end):
        # After a quotation the cue may trail a short phrase: '“…,” he said of the plan.'
        quoted = _closes_quotation(match[0][:3])
        if not (quoted and QUOTED_TAIL_RE.match(text, after, end)):
            match = None
    if match is not None:
        source = Span(start=window_start + match.start("source"), end=window_start + match.end("source"))
        last = LAST_WORD_RE.search(text, source.start, source.end)
        if last is not None and last[0].lower() in PERSONAL_PRONOUNS:
            source = Span(start=last.start(), end=source.end)  # '“…,” on Tuesday night he said'

        boundary = window_start + match.start() + 1
    else:
        # "…, said Jane Doe." — only a bare verb of saying stands before its source.
        bare = cue.end - cue.start == len(cue.verb) and cue.verb in INVERTED_FORMS
        leading = LEADING_COMMA_RE.search(window) if bare else None
        behind = _source_after(text, after, end) if leading is not None else None
        quoted = leading is not None and _closes_quotation(leading[0][:3])
        if behind is not None and (
            _is_pronoun_clause(behind.slice(text))
            or (not quoted and leading is not None and _closes_an_apposition(window, leading.start()))
        ):
            behind = None  # "The co-operative, founded in 1900, said it accounts for …": forward
        tail_fits = behind is not None and (
            INVERTED_TAIL_RE.match(text, behind.end, end) is not None
            or (quoted and QUOTED_TAIL_RE.match(text, behind.end, end) is not None)
        )
        if leading is not None and behind is not None and tail_fits:
            # "Y, said X." — the source follows the cue.
            source = behind
            boundary = window_start + leading.start() + 1
            after = behind.end
    if source is None or boundary <= start + 1:
        return None
    if cue.verb in EVIDENCE_ONLY and not _is_evidence(text, source):
        return None  # "…, the network's morning show."
    if text[boundary - 1] != "," and text[boundary] in CLOSING_QUOTES:
        boundary += 1  # '.” he said' keeps the closing quote in the content
    elif text[boundary - 1] == "," and text[boundary] in CLOSING_QUOTES:
        boundary += 1  # ',” he said'
    elif text[boundary - 1] == ",":
        boundary -= 1
    pieces = list(_content_before(text, start, boundary, paragraphs, index))
    if not pieces:
        return None
    # "“A,” he said, “B.”" — the quotation goes on after the cue.
    tail = COMMA_QUOTE_RE.match(text[after : after + 3])
    if tail is not None:
        pieces.extend(_quotation_spans(text, after + 2, paragraphs, index))
    elif text[after : after + 2] == ", " and not COMMA_PARTICIPLE_RE.match(text[after : after + 25]):
        # "Shares fell, analysts said, as investors sold." — the sentence goes on.
        rest_start, rest_end = _trim_content(text, after + 2, end)
        if rest_end > rest_start and pieces and not _cues_in(text, after, end):
            # "The bigger risk, he said, is a clash …": the content goes on after the cue.
            pieces.append(Span(start=rest_start, end=rest_end))
    elif text[pieces[-1].end - 1 : pieces[-1].end] in CLOSING_QUOTES:
        # "“A,” he said. “B.”" — the next sentence carries on the quotation.
        nxt = NEXT_QUOTE_RE.match(text[after : after + 4])
        if nxt is not None:
            pieces.extend(_quotation_without_cue(text, after + nxt.start(1), paragraphs, index))
        else:
            following = _next_sentence_quotation(text, end, paragraphs, index)
            pieces.extend(following or _next_paragraph_quotation(text, end, paragraphs, index))
    if when is None:
        when = _when_before(text, source.end, cue.start)
    return _Found(
        source=source,
        cue=Span(start=cue.start, end=cue.end),
        content=tuple(pieces),
        kind=_kind(text, pieces, according=False),
        when=when,
    )


def _next_sentence_quotation(text: str, end: int, paragraphs: _Paragraphs, index: int) -> tuple[Span, ...]:
    """The quotation that opens the sentence after ``end``, when no cue of its own follows it.

    '“A,” Clinton said, standing by the sign. “B.”': B goes on with A.
    """
    paragraph_end = paragraphs[index][1]
    position = end
    while position < paragraph_end and text[position] == " ":
        position += 1
    if position >= paragraph_end or text[position] not in OPENING_QUOTES:
        return ()
    return _quotation_without_cue(text, position, paragraphs, index)


def _quotation_without_cue(text: str, start: int, paragraphs: _Paragraphs, index: int) -> tuple[Span, ...]:
    """The quotation opened at ``start``, unless it closes on a comma before a cue of its own.

    '“B.”' goes on with the quotation before it; '“B,” she added.' does not.
    """
    pieces = _quotation_spans(text, start, paragraphs, index)
    if not pieces or text[pieces[-1].end - 2 : pieces[-1].end - 1] == ",":
        return ()
    return pieces


def _next_paragraph_quotation(text: str, end: int, paragraphs: _Paragraphs, index: int) -> tuple[Span, ...]:
    """The quotation that makes up the whole next paragraph, when this sentence ends its own.

    '“A,” Buchanan said.' then a paragraph '“B.”' with no cue of its own: B goes on with A.
    """
    if index + 1 >= len(paragraphs) or TRAILING_SPACE_RE.fullmatch(text, end, paragraphs[index][1]) is None:
        return ()
    next_start, next_end = paragraphs[index + 1]
    if text[next_start] not in OPENING_QUOTES:
        return ()
    pieces = _quotation_spans(text, next_start, paragraphs, index + 1)
    if not pieces or pieces[-1].end < next_end - 1:
        return ()
    return pieces


# A sentence opening on its cue, the speaker, then the quotation:
#   matches: 'Said Dorothy Poynter, who grew up with Ali, “', 'Says Smith: "',
#   'Said the minister: “'
#   does not match: "Said to be the oldest tree in the county, it fell." (no speaker)
SAID_FIRST_RE = regex.compile(
    r"""(?P<cue>Said|Says)\ (?P<source>(?:\p{Lu}|(?:the|a|an|one)\ \p{L})[^“”"\n]{1,200}?)[,:]?\ ?(?P<quote>[“"])""",
    regex.VERBOSE,
)
#: The verb of a cue that opens its sentence ahead of its speaker.
SAID_FIRST = "said-first"

# A verb of saying inside what would be the speaker of an opening "Said":
# then "Said" is a name ("Said Jalili ... said").
#   matches: " said", "told"; not "saidly"
SPEECH_VERB_RE = regex.compile(r"""\b(?:said|says|told|tells|added|wrote|asked)\b""", regex.VERBOSE)


def _said_first(text: str, start: int, end: int) -> regex.Match[str] | None:
    """The opening cue, speaker and quotation of a sentence, if it opens so."""
    match = SAID_FIRST_RE.match(text, start, end)
    if match is None or SPEECH_VERB_RE.search(match["source"]) is not None:
        # "Said Jalili, Iran's negotiator, said: “…”": Said is a name, and the later cue reads it.
        return None
    return match


def _read_said_first(text: str, start: int, end: int, paragraphs: _Paragraphs, index: int) -> _Found | None:
    match = _said_first(text, start, end)
    if match is None:
        return None
    pieces = _quotation_spans(text, match.start("quote"), paragraphs, index)
    if not pieces:
        return None
    return _Found(
        source=Span(start=match.start("source"), end=match.end("source")),
        cue=Span(start=match.start("cue"), end=match.end("cue")),
        content=pieces,
        kind=_kind(text, pieces, according=False),
    )


def _read_according(text: str, start: int, end: int, cue: _Cue) -> _Found | None:
    # "according to a campaign official who was not authorized to speak publicly":
    # the source runs to the next comma or the end of the sentence.
    match = ACCORDING_SOURCE_RE.match(text, cue.end, end)
    if match is None:
        return None
    source_start, source_end = _trim_content(text, match.start("source"), match.end("source"))
    if source_end <= source_start:
        return None
    source = Span(start=source_start, end=source_end)
    if cue.start - start <= 2 or text[start : cue.start].strip() == "":
        # "According to X, Y." — X ends at the first comma.
        comma = text.find(",", source.start, source.end)
        if comma > source.start:
            source = Span(start=source.start, end=comma)
        content_start, content_end = _trim_content(text, source.end, end)
    else:
        # "Y, according to X."
        content_start, content_end = _trim_content(text, start, cue.start)
        rest_start, rest_end = _trim_content(text, source.end, end)
        if rest_end - rest_start > 20 and content_end - content_start < 20:
            content_start, content_end = rest_start, rest_end
    if content_end <= content_start:
        return None
    pieces = (Span(start=content_start, end=content_end),)
    return _Found(
        source=source,
        cue=Span(start=cue.start, end=cue.end),
        content=pieces,
        kind=AttributionKind.ACCORDING_TO,
    )


def _read_forward(
    text: str,
    start: int,
    end: int,
    cue: _Cue,
    stops: Sequence[int],
    paragraphs: _Paragraphs,
    index: int,
    found: Sequence[_Found],
) -> _Found | None:
    if cue.agent is not None and cue.verb in SOURCELESS_PASSIVES:
        # "Sanders was asked by host John Dickerson whether …": the asker speaks, the question is the content.
        stop = _clause_end(text, cue.agent.end, min([s for s in stops if s > cue.agent.end] + [end]))
        content_start, content_end = _trim_content(text, cue.agent.end, stop)
        if content_end - content_start < 2:
            return None
        return _Found(
            source=cue.agent,
            cue=Span(start=cue.start, end=cue.end),
            content=(Span(start=content_start, end=content_end),),
            kind=AttributionKind.INDIRECT,
        )
    if cue.agent is not None:
        # "Ms. Yellen has been criticized by many Wall Street players": the subject is the content.
        subject = _source_before(text, start, cue.start)
        if subject is None:
            return None
        return _Found(
            source=cue.agent,
            cue=Span(start=cue.start, end=cue.end),
            content=(subject,),
            kind=AttributionKind.INDIRECT,
        )
    participle = cue.verb.endswith("ing") and (
        cue.comma_led
        or PARTICIPLE_LEAD_RE.search(text, max(start, cue.start - 8), cue.start) is not None
        or _after_document(text, start, cue.start)
    )
    source = (
        None if participle or cue.sourceless else _trim_time(text, _source_before(text, start, cue.start))
    )
    subject = None
    if cue.sourceless:
        pass
    elif cue.raising:
        subject, source = source, None
        if subject is None:
            return None
        if subject.slice(text) in ("It", "it"):
            subject = None  # "It is expected that …": no subject joins the content
    elif source is None and (
        _is_coordinated(text, start, cue.start)
        or INFINITIVE_RE.search(text, max(start, cue.start - 4), cue.start)
    ):
        # "X called on the senator to apologise and said …", "Bryne went on to say …":
        # the subject of the sentence.
        source = _sentence_subject(text, start, cue.start)
    elif participle:
        # "…, saying …": the speaker is the subject of the sentence.
        earlier = [f.source for f in found if f.source is not None and f.cue.start < cue.start]
        source = earlier[-1] if earlier else _sentence_subject(text, start, cue.start)
    if source is None and not (cue.raising or cue.sourceless):
        return None
    if (
        cue.verb in NAMING_FORMS
        and cue.end - cue.start == len(cue.verb)
        and _names_a_thing(text, cue, source)
    ):
        return None
    position, when = _skip_adverbials(text, cue.end, end)
    needs_evidence = cue.verb in EVIDENCE_ONLY or (
        cue.verb in CLAUSE_ONLY and not CLAUSE_RE.match(text, position, end)
    )
    if needs_evidence and not _is_evidence(text, source):
        return None  # "police found the car"; but "a poll shows Sanders leading"
    if cue.verb in OBJECT_VERBS:
        hearer = THAT_AHEAD_RE.match(text, position, end) or OBJECT_RE.match(text, position, end)
        if hearer is not None:
            position, later = _skip_adverbials(text, hearer.end(), end)
            when = when or later
    opener = QUOTE_OPENER_RE.match(text[position : position + 4])
    # "asserted that France had changed: “…”" — a "that" clause is the content, not the quotation after it.
    ahead = None if text.startswith(" that ", position) else QUOTE_AHEAD_RE.match(text, position, end)
    if ahead is not None and any(position < stop < ahead.start("quote") for stop in stops):
        # "said he welcomed it and added, “…”": the quotation belongs to the later cue.
        ahead = None
    if opener is not None and text[position : position + 1] in ",:":
        pieces = _quotation_spans(text, position + opener.start(1), paragraphs, index)
    elif ahead is not None:
        # "wrote to his 20,000 followers, “It is time …”": the quotation is the content.
        pieces = _quotation_spans(text, ahead.start("quote"), paragraphs, index)
    elif text[position : position + 1] == ":" and COLON_END_RE.fullmatch(text, position, end):
        # "X said:" closing a paragraph: the next paragraph is the content.
        if index + 1 >= len(paragraphs):
            return None
        nxt_start, nxt_end = paragraphs[index + 1]
        if text[nxt_start] in OPENING_QUOTES:
            pieces = _quotation_spans(text, nxt_start, paragraphs, index + 1)
        else:
            pieces = (Span(start=nxt_start, end=nxt_end),)
    else:
        stop = min([s for s in stops if s > position] + [end])
        if cue.verb in NOUN_OBJECT_FORMS or (cue.sourceless and cue.start - start <= len("When ")):
            # "endorsed Hillary Clinton on Thursday, is making …", "Asked if he was bullied, he said …":
            # the object ends at a comma.
            comma = text.find(",", position, stop)
            stop = comma if comma > position else stop
        if cue.verb in NOUN_OBJECT_FORMS:
            # "endorsed Sanders in February and organized for him": the object ends before the adverbial.
            tail = OBJECT_TAIL_RE.search(text, position, stop)
            stop = tail.start() if tail is not None and tail.start() > position else stop
        stop = _clause_end(text, position, stop)
        content_start, content_end = _trim_content(text, position, stop)
        if content_end - content_start < 2:
            return None
        pieces = (Span(start=content_start, end=content_end),)
    if not pieces:
        return None
    if subject is not None:
        pieces = (subject, *pieces)
    if when is None and source is not None:
        when = _when_before(text, source.end, cue.start)
    return _Found(
        source=source,
        cue=Span(start=cue.start, end=cue.end),
        content=tuple(pieces),
        kind=_kind(text, pieces, according=False),
        when=when,
    )


# What follows a form that names a thing: a name, a title or one word, then the phrase ends.
#   matches: " superdelegates," in "called superdelegates, and", " “Hypo-Cruz” that", " Mannatech.",
#   " Sanders to" in "called Sanders to congratulate him"
#   does not match: " Rubio a lightweight", " the plan dangerous"
BARE_NAME_RE = regex.compile(
    r"""\ (?:[“"][^“”"]{1,60}[”"]|(?>\p{Lu}[\p{L}\p{N}.’'&-]{0,30})(?:\ (?>\p{Lu}[\p{L}\p{N}.’'&-]{0,30})){0,5}
        |[\p{Ll}-]{2,30})
        # a word is taken whole, its full stop with it: "Mr." in "called Mr. Trump dangerous"
        # does not end the name, but "Mannatech." (four letters before the stop) ends the sentence
        (?:[,;:)]|\.(?:\s|\Z)|(?<=\p{L}{4}\.)(?:\s|\Z)|\ (?:which|who|that|and|in|on|at|for|with|from|to|by)\b|\s{0,3}\Z)""",
    regex.VERBOSE,
)


def _names_a_thing(text: str, cue: _Cue, source: Span | None) -> bool:
    """True for "a company called Cambridge Analytica" and "officials, called superdelegates".

    >>> text = "a company called Cambridge Analytica"
    >>> _names_a_thing(text, _Cue(start=10, end=16, verb="called"), Span(start=0, end=9))
    True
    >>> text = "A spokesman called the claims false"
    >>> _names_a_thing(text, _Cue(start=12, end=18, verb="called"), Span(start=0, end=11))
    False
    >>> text = "A company called Acme filed for bankruptcy"
    >>> _names_a_thing(text, _Cue(start=10, end=16, verb="called"), Span(start=0, end=9))
    True
    >>> text = "Clinton called Mr. Trump dangerous"
    >>> _names_a_thing(text, _Cue(start=8, end=14, verb="called"), Span(start=0, end=7))
    False
    >>> text = "officials, called superdelegates, back her"
    >>> _names_a_thing(text, _Cue(start=11, end=17, verb="called", comma_led=True), Span(start=0, end=9))
    True
    >>> text = "The senator called the plan a disaster"
    >>> _names_a_thing(text, _Cue(start=12, end=18, verb="called"), Span(start=0, end=11))
    False
    """
    if BARE_NAME_RE.match(text, cue.end, min(len(text), cue.end + 80)) is not None:
        return True
    # "A company called Acme filed for bankruptcy": after an indefinite noun, a name.
    indefinite = source is not None and text.startswith(("a ", "an ", "A ", "An "), source.start)
    return indefinite and NAME_AHEAD_RE.match(text, cue.end, min(len(text), cue.end + 40)) is not None


# A name right after "called": " Acme", " the Friends of the Earth", " “Hypo-Cruz”".
#   does not match: " the claims false"
NAME_AHEAD_RE = regex.compile(r"""\ (?:the\ )?(?:\p{Lu}|[“"])""", regex.VERBOSE)


def _clause_end(text: str, position: int, stop: int) -> int:
    """Where reported speech that starts at ``position`` ends, at the latest ``stop``.

    It ends before a contrasting clause (", but …"), a semicolon, or "and" with
    a new subject ("… and she accused …").
    """
    match = CONTENT_STOP_RE.search(text, position, stop)
    if match is not None and match.start() > position:
        stop = match.start()
    semicolon = text.find(";", position, stop)
    if semicolon > position:
        stop = semicolon
    if text.find(" and ", position, stop) > position:
        match = NEW_SUBJECT_RE.search(text, position, stop)
        if match is not None and match.start() > position:
            stop = match.start()
    return stop


def _is_evidence(text: str, source: Span | None) -> bool:
    """True for a source such as "a new poll" or "FEC records", which shows without a "that"."""
    words = [] if source is None else source.slice(text).lower().split()
    return not EVIDENCE_NOUNS.isdisjoint(words)


def _is_coordinated(text: str, floor: int, position: int) -> bool:
    return COORDINATION_RE.search(text[max(floor, position - 8) : position]) is not None


# An adverbial or dateline that opens a sentence before its subject.
#   matches: "On Sunday, ", "In South Carolina, ", "WASHINGTON (AP) — ", "Recently, "
#   does not match: "The minister"
LEADING_ADVERBIAL_RE = regex.compile(
    r"""(?:\p{Lu}{2,20}(?:,?\ \p{Lu}[\p{L}.]{0,20}){0,3}(?:\ \([\p{L}\ ]{1,30}\))?\ [—–-]{1,2}[ ]
        |\p{Lu}[\p{L}.]{1,20}(?:,?\ \p{Lu}[\p{L}.]{0,20}){0,3}\ \([\p{L}\ ]{1,30}\)\ [—–-]{1,2}[ ]
        |(?:On|In|At|After|Before|During|Since|Until|By|For|With|Without|Instead|Recently|Earlier|Later|Still|However
          |Meanwhile|But|And|Yet|Now|Then|Last|This|Also|Like|Unlike|Here|There|Amid|Although|Though|While|When
          |As|If|Because|Despite|Even|Once|Under|Over|Across|Throughout|From|Among|Following|Ahead)\b[^,]{0,80},[ ]
        |\p{Lu}\p{Ll}{1,20}ing\b[^,]{0,100},\ )""",
    regex.VERBOSE,
)

# A time adverbial that ends a source walked back from its cue.
#   matches: " on Tuesday" in "Hillary Clinton on Tuesday", " last week"
TRAILING_TIME_RE = regex.compile(
    r"""(?:\ (?:on|last|this|early|late|earlier|later))?\ (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday
        |week|month|year|today|yesterday)(?:\ (?:morning|afternoon|evening|night))?\Z""",
    regex.VERBOSE,
)

# A participle that makes the day after it a document's date, part of the source.
#   matches: "released" in "a poll released Friday"
#   does not match: "Clinton" in "Hillary Clinton on Tuesday"
RELEASED_RE = regex.compile(r"""\b(?:released|published|conducted|taken|out)\Z""", regex.VERBOSE)


def _is_release_day(text: str, floor: int, day_start: int) -> bool:
    """True when the day at ``day_start`` dates a document: "a poll released Friday"."""
    return RELEASED_RE.search(text, max(floor, day_start - 12), day_start) is not None


def _trim_time(text: str, source: Span | None) -> Span | None:
    """The source without a trailing time, floating quantifier or a lone opening word.

    >>> text = "Defense ministers all on Sunday urged"
    >>> _trim_time(text, Span(start=0, end=31)).slice(text)
    'Defense ministers'
    >>> _trim_time("And said", Span(start=0, end=3)) is None
    True
    """
    if source is None:
        return None
    if source.slice(text) in NOT_A_SOURCE:
        return None
    match = TRAILING_TIME_RE.search(text, source.start, source.end)
    if (
        match is not None
        and match.start() > source.start
        and not _is_release_day(text, source.start, match.start())
    ):
        source = Span(start=source.start, end=match.start())
    return _trim_floating(text, source)


def _trim_floating(text: str, source: Span) -> Span:
    last = LAST_WORD_RE.search(text, source.start, source.end)
    if last is None or last.start() <= source.start or last[0].lower() not in FLOATING_WORDS:
        return source
    end = last.start()
    while end > source.start and text[end - 1] == " ":
        end -= 1
    return Span(start=source.start, end=end) if end > source.start else source


def _after_document(text: str, floor: int, position: int) -> bool:
    """True for "issued a statement saying": the document's author speaks."""
    word = LAST_WORD_RE.search(text, max(floor, position - 40), max(floor, position - 1))
    return word is not None and word[0].lower() in DOCUMENT_NOUNS


def _sentence_subject(text: str, start: int, end: int) -> Span | None:
    lead = LEADING_ADVERBIAL_RE.match(text, start, end)
    if lead is not None:
        start = lead.end()
    match = SUBJECT_RE.match(text, start, end)
    if match is None:
        return None
    return Span(start=match.start("subject"), end=match.end("subject"))


# -- resolution and dates ---------------------------------------------------------


def source_type(source: str) -> str:
    """The kind of a named source: "media", "ministry", "person", "company" or "group".

    >>> source_type("the Financial Times"), source_type("Defence Minister Sergei Shoigu")
    ('media', 'person')
    >>> source_type("Hilton Hotels Corp"), source_type("the Finance Department")
    ('company', 'group')
    """
    if MEDIA_RE.search(source):
        return "media"
    if MINISTRY_RE.search(source):
        return "ministry"
    if PERSON_RE.search(source):
        return "person"
    if COMPANY_RE.search(source):
        return "company"
    if ORGANISATION_RE.search(source):
        return "group"
    words = source.split()
    if 1 <= len(words) <= 3 and all(w[:1].isupper() for w in words) and words[0] not in ("The", "A"):
        return "person"
    if DESCRIBED_PERSON_RE.search(source):
        return "person"
    return "group"


def _resolve(sources: Sequence[str | None]) -> list[str | None]:
    """For each source, the earlier named source an anaphor stands for.

    The last named source of each kind is kept as the sources go by, so that
    the work stays linear in the number of sources.
    """
    resolved: list[str | None] = []
    last: dict[str, str] = {}  # the last named source by kind, head word and gender
    for source in sources:
        if source is None:
            resolved.append(None)
            continue
        lower = source.lower()
        wanted = ANAPHORS.get(lower)
        if wanted is None:
            _remember(last, source)
            resolved.append(None)
            continue
        match = None
        words = lower.split()
        if len(words) == 2 and words[0] == "the":
            # "The department" stands first for the last source named by that word ("the Finance Department").
            match = last.get("word:" + words[1])
        if match is None:
            match = last.get(_wanted_key(lower, wanted))
        resolved.append(match)
    return resolved


def _remember(last: dict[str, str], source: str) -> None:
    """Record ``source`` as the last named source of its kind, of each of its words and of its gender."""
    kind = source_type(source)
    last["kind:" + kind] = source
    last["kind:any"] = source
    if kind != "person":
        last["kind:organisation"] = source
    else:
        if MASCULINE_RE.search(source) is None:
            last["person:not-masculine"] = source
        if FEMININE_RE.search(source) is None:
            last["person:not-feminine"] = source
    for word in source.lower().split():
        last["word:" + word] = source


def _wanted_key(anaphor: str, wanted: str) -> str:
    """The key of :func:`_remember`'s record that an anaphor of kind ``wanted`` looks up.

    >>> _wanted_key("she", "person"), _wanted_key("it", "organisation"), _wanted_key("they", "group")
    ('person:not-masculine', 'kind:organisation', 'kind:any')
    """
    if wanted == "group":
        return "kind:any"
    if anaphor in ("she", "the spokeswoman"):
        return "person:not-masculine"
    if anaphor in ("he", "the spokesman"):
        return "person:not-feminine"
    return "kind:" + wanted


def resolve_date(when: str | None, reference: dt.date | None) -> dt.date | None:
    """The date a day word names, seen from ``reference``.

    >>> resolve_date("Saturday", dt.date(2023, 7, 30))
    datetime.date(2023, 7, 29)
    >>> resolve_date("yesterday", dt.date(2023, 7, 30))
    datetime.date(2023, 7, 29)
    >>> resolve_date("Saturday", None) is None
    True
    """
    if when is None or reference is None:
        return None
    day = reference.date() if isinstance(reference, dt.datetime) else reference
    word = when.lower()
    if word in WEEKDAYS:
        return day - dt.timedelta(days=(day.weekday() - WEEKDAYS.index(word)) % 7)
    if word in ("today", "tonight"):
        return day
    if word == "yesterday":
        return day - dt.timedelta(days=1)
    return None


# -- the stage ------------------------------------------------------------------


#: How many attributions on either side may hold a nested one.
NESTING_REACH = 8


def _nesting(found: Sequence[_Found]) -> list[int | None]:
    """For each attribution, the index of the closest one whose content holds its cue.

    Only the :data:`NESTING_REACH` attributions on either side are looked at,
    which keeps the work linear: an outer attribution's cue is near its content.
    """
    nested: list[int | None] = []
    for number, item in enumerate(found):
        outer = None
        for other_number in range(
            max(0, number - NESTING_REACH), min(len(found), number + NESTING_REACH + 1)
        ):
            other = found[other_number]
            if other_number == number:
                continue
            holds = any(p.start <= item.cue.start and item.cue.end <= p.end for p in other.content)
            if holds and (outer is None or len(other.content[0]) < len(found[outer].content[0])):
                outer = other_number
        nested.append(outer)
    return nested


def find_attributions(text: str, *, reference: dt.date | None = None) -> tuple[Attribution, ...]:
    """Find who said what in ``text``; spans are offsets into ``text``.

    ``reference`` (a date or a datetime, such as the value of the page's
    timestamp) dates speech acts given as a day ("on Saturday").

    >>> [(a.source, a.cue, a.content) for a in find_attributions("Rates will rise, the newspaper said.")]
    [('the newspaper', 'said', 'Rates will rise')]
    >>> found = find_attributions("Shoigu said on Saturday that talks would resume.", reference=dt.date(2023, 7, 30))
    >>> found[0].content, found[0].date
    ('that talks would resume', datetime.date(2023, 7, 29))
    """
    if not isinstance(text, str):
        raise TypeError(f"find_attributions() expects a str text, got {type(text).__name__}")
    if reference is not None and not isinstance(reference, dt.date):
        raise TypeError(
            f"find_attributions() expects a date, a datetime or None as reference, got {type(reference).__name__}"
        )
    working = normalise_quotes(text).replace("\xa0", " ")  # same length: offsets hold
    paragraphs = _Paragraphs(working, paragraph_spans(working))
    found: list[_Found] = []
    for index, (p_start, p_end) in enumerate(paragraphs):
        quotations = sorted(paragraphs.quotations(index)[0].items())
        for s_start, s_end in find_sentences(working, p_start, p_end, quotations):
            found.extend(_read_sentence(working, s_start, s_end, paragraphs, index))
    found.sort(key=lambda item: item.cue.start)
    if working is not text:
        found = [_over_filler(working, item) for item in found]
    sources = [None if f.source is None else f.source.slice(text) for f in found]
    resolved = _resolve(sources)
    nested = _nesting(found)
    return tuple(
        _attribution(text, item, source, resolved_source, outer, reference)
        for item, source, resolved_source, outer in zip(found, sources, resolved, nested, strict=True)
    )


def _over_filler(working: str, item: _Found) -> _Found:
    """Stretch content that ends on a '"' standing for two apostrophes over the second one."""
    pieces = tuple(
        Span(start=p.start, end=p.end + 1) if working[p.end : p.end + 1] == FILLER else p
        for p in item.content
    )
    return item if pieces == item.content else attrs.evolve(item, content=pieces)


def _attribution(
    text: str,
    item: _Found,
    source: str | None,
    resolved_source: str | None,
    outer: int | None,
    reference: dt.date | None,
) -> Attribution:
    return Attribution(
        source=source,
        cue=item.cue.slice(text),
        content=" ".join(piece.slice(text) for piece in item.content),
        source_span=item.source,
        cue_span=item.cue,
        content_span=Span(start=item.content[0].start, end=item.content[-1].end),
        content_spans=item.content,
        kind=item.kind,
        resolved_source=resolved_source,
        date=resolve_date(item.when, reference),
        nested_in=outer,
    )
