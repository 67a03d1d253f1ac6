"""Stage 7: attributions, who said what.

Strategy: split the text into sentences, then try a table of named clause
patterns around a verb of saying from :data:`SPEECH_VERBS`: the inverted
"Y, X said." form, the forward "X said (that) Y" form, and "according to X".
Anaphoric sources ("the newspaper", "the report") resolve to the last named
source before them.

Must never: report a cue outside the text given.
"""

from __future__ import annotations

import attrs
import regex

from wireparse.model import Attribution, AttributionKind, Span

#: Verbs of saying, as lemma -> inflected forms used as cues.
SPEECH_VERBS: dict[str, tuple[str, ...]] = {
    "say": ("said", "says", "say", "saying"),
    "report": ("reported", "reports", "report"),
    "suggest": ("suggested", "suggests", "suggest"),
    "tell": ("told", "tells", "tell"),
    "add": ("added", "adds"),
    "note": ("noted", "notes"),
    "warn": ("warned", "warns"),
    "deny": ("denied", "denies", "deny"),
    "claim": ("claimed", "claims"),
    "confirm": ("confirmed", "confirms"),
    "announce": ("announced", "announces"),
    "accuse": ("accused", "accuses"),
}

_CUES = "|".join(sorted({form for forms in SPEECH_VERBS.values() for form in forms}, key=len, reverse=True))

# A source: a short noun phrase, e.g. "the Financial Times", "Ukraine’s defense ministry".
_SOURCE = r"(?:[Tt]he\ |[Aa]n?\ )?(?:\p{Lu}[\p{L}’'.-]{0,30}\ ){0,5}?[\p{L}’'.-]{1,30}?"

# "…, the Financial Times reported on Saturday." / "…, the newspaper said."
INVERTED_RE = regex.compile(
    r"""(?P<content>[^\n]{3,2000}?),\ (?P<source>(?:the\ |The\ )?(?:[\p{L}’'.-]{1,30}\ ){0,4}?[\p{L}’'.-]{1,30})
        \ (?P<cue>(?:has\ |had\ )?(?:"""
    + _CUES
    + r"""))(?:\ (?:on|last|this)\ \p{L}{3,12})?[.!]?["”]?\Z""",
    regex.VERBOSE,
)

# "Ukraine’s defense ministry suggested the arms were captured …"
FORWARD_RE = regex.compile(
    r"""(?P<source>"""
    + _SOURCE
    + r""")\ (?P<cue>(?:has\ |have\ |had\ )?(?:"""
    + _CUES
    + r"""))
        \ (?:that\ )?(?P<content>[^\n]{3,2000}?)[.!]?\Z""",
    regex.VERBOSE,
)

# A sentence: up to 5,000 characters and its closing punctuation. The closing
# part is optional so that a run of 5,000 characters without any ends one
# piece instead of failing and being retried at each of its characters.
# Matches "Rates will rise." in "Rates will rise. He said so."
SENTENCE_RE = regex.compile(r"[^.!?]{0,5000}(?:[.!?]+[\"”’]?)?", regex.VERBOSE)

#: Anaphors that stand for an earlier named source.
ANAPHORS = frozenset({"the newspaper", "the report", "the paper", "the agency", "he", "she", "they"})


def _span(start: int, text: str, match: regex.Match[str], group: str) -> Span:
    return Span(start=start + match.start(group), end=start + match.end(group))


def _sentences(text: str) -> list[tuple[int, str]]:
    return [(m.start(), m[0]) for m in SENTENCE_RE.finditer(text) if m[0].strip()]


def find_attributions(text: str) -> tuple[Attribution, ...]:
    """Find who said what in ``text``; spans are offsets into ``text``.

    >>> [(a.source, a.cue) for a in find_attributions("Rates will rise, the newspaper said.")]
    [('the newspaper', 'said')]
    """
    found: list[Attribution] = []
    last_named: str | None = None
    for start, sentence in _sentences(text):
        stripped = sentence.rstrip()
        lead = len(stripped) - len(stripped.lstrip())
        body = stripped.lstrip()
        offset = start + lead
        match = INVERTED_RE.match(body)
        if match is None:
            match = FORWARD_RE.match(body)
        if match is None:
            continue
        source = match["source"]
        resolved = last_named if source.lower() in ANAPHORS else None
        if resolved is None and source.lower() not in ANAPHORS:
            last_named = source
        found.append(
            Attribution(
                source=source,
                cue=match["cue"],
                content=match["content"],
                source_span=_span(offset, text, match, "source"),
                cue_span=_span(offset, text, match, "cue"),
                content_span=_span(offset, text, match, "content"),
                content_spans=(_span(offset, text, match, "content"),),
                kind=AttributionKind.INDIRECT,
                resolved_source=resolved,
            )
        )
    return tuple(found)


def shift_attribution(attribution: Attribution, offset: int) -> Attribution:
    """Return ``attribution`` with all its spans moved right by ``offset``."""
    return attrs.evolve(
        attribution,
        source_span=None if attribution.source_span is None else attribution.source_span.shift(offset),
        cue_span=attribution.cue_span.shift(offset),
        content_span=attribution.content_span.shift(offset),
        content_spans=tuple(span.shift(offset) for span in attribution.content_spans),
    )
