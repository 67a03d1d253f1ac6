"""Accuracy of :func:`wireparse.find_attributions` on annotated news articles.

Each case is an article with gold attribution relations (source, cue,
content, each as one or more character ranges of the text). The measures are
micro-averaged over the whole file:

- per role (cue, source, content): token precision (share of predicted tokens
  inside gold spans of that role), token recall (share of gold tokens inside
  predicted spans of that role) and F1; a token is a ``\\w+`` character range;
- cue exact-span precision, recall and F1 (spans equal after trimming
  whitespace and edge punctuation);
- relation F1: a predicted relation matches one gold relation (one to one)
  when their cues overlap, their sources overlap (or both are absent) and
  their contents share at least half the tokens of the longer of the two.

It also prints the cue token F1 of a lexicon-bound finder at its best: the
predictions, plus every token of each gold cue that holds a whole form of
the cue lexicon (:func:`wireparse.speech_verbs.cue_forms`, and "according
to"), with no new mistake. The annotators also mark beliefs and stances ("X wants",
"X seemed to") as cues; this figure shows how far finding the lexicon's cues
perfectly could go.
"""

from __future__ import annotations

import bisect
import json
import re
import time
from collections.abc import Iterable, Sequence
from pathlib import Path

import attrs

from wireparse import Attribution, find_attributions
from wireparse.speech_verbs import cue_forms

TOKEN_RE = re.compile(r"\w+")
EDGE_PUNCTUATION = " \t\n\r.,;:!?\"'“”‘’()[]—–-"
ROLES = ("cue", "source", "content")
# The forms of the cue lexicon, lower case: the words alone ("said") and the
# phrases ("pointed out", "according to").
LEXICON_WORDS = frozenset(form for form in cue_forms() if " " not in form)
LEXICON_PHRASES = (*(form for form in cue_forms() if " " in form), "according to")


def holds_a_lexicon_form(words: Sequence[str]) -> bool:
    """True when the lower-case ``words`` of a cue hold a whole form of the lexicon.

    >>> holds_a_lexicon_form(["has", "said"]), holds_a_lexicon_form(["pointed", "out"])
    (True, True)
    >>> holds_a_lexicon_form(["made", "the", "case"])
    False
    """
    if any(word in LEXICON_WORDS for word in words):
        return True
    joined = " " + " ".join(words) + " "
    return any(" " + phrase + " " in joined for phrase in LEXICON_PHRASES)


Range = tuple[int, int]


@attrs.frozen
class Relation:
    """One attribution as sets of token indices per role, plus its cue range."""

    cue: frozenset[int]
    source: frozenset[int]
    content: frozenset[int]
    cue_range: Range


def token_starts(text: str) -> tuple[list[int], list[int]]:
    """Start and end offsets of the ``\\w+`` tokens of ``text``."""
    starts: list[int] = []
    ends: list[int] = []
    for match in TOKEN_RE.finditer(text):
        starts.append(match.start())
        ends.append(match.end())
    return starts, ends


def tokens_inside(ranges: Iterable[Range], starts: Sequence[int], ends: Sequence[int]) -> frozenset[int]:
    """Indices of the tokens lying wholly inside one of ``ranges``."""
    found: set[int] = set()
    for start, end in ranges:
        index = bisect.bisect_left(starts, start)
        while index < len(starts) and ends[index] <= end:
            found.add(index)
            index += 1
    return frozenset(found)


def trim(text: str, span: Range) -> Range:
    """Shrink ``span`` past whitespace and punctuation at both edges."""
    start, end = span
    while start < end and text[start] in EDGE_PUNCTUATION:
        start += 1
    while end > start and text[end - 1] in EDGE_PUNCTUATION:
        end -= 1
    return start, end


def gold_relations(case: dict[str, object], starts: list[int], ends: list[int]) -> list[Relation]:
    text = str(case["text"])
    relations = []
    gold = case["gold"]
    assert isinstance(gold, dict)
    for item in gold["attributions"]:
        source = item["source_fragments"] or ([item["source_span"]] if item["source_span"] else [])
        relations.append(
            Relation(
                cue=tokens_inside(map(tuple, item["cue_fragments"]), starts, ends),
                source=tokens_inside(map(tuple, source), starts, ends),
                content=tokens_inside(map(tuple, item["content_fragments"]), starts, ends),
                cue_range=trim(text, tuple(item["cue_span"])),  # type: ignore[arg-type]
            )
        )
    return relations


def predicted_relation(text: str, attribution: Attribution, starts: list[int], ends: list[int]) -> Relation:
    source = attribution.source_span
    content = attribution.content_spans or (attribution.content_span,)
    cue = attribution.cue_span
    return Relation(
        cue=tokens_inside([(cue.start, cue.end)], starts, ends),
        source=frozenset() if source is None else tokens_inside([(source.start, source.end)], starts, ends),
        content=tokens_inside([(s.start, s.end) for s in content], starts, ends),
        cue_range=trim(text, (cue.start, cue.end)),
    )


def relations_match(predicted: Relation, gold: Relation) -> bool:
    if not predicted.cue & gold.cue:
        return False
    if (predicted.source or gold.source) and not predicted.source & gold.source:
        return False
    longer = max(len(predicted.content), len(gold.content))
    return longer > 0 and 2 * len(predicted.content & gold.content) >= longer


def match_count(predicted: list[Relation], gold: list[Relation]) -> int:
    """Greedy one-to-one matching, in text order."""
    used: set[int] = set()
    matched = 0
    for relation in predicted:
        for index, candidate in enumerate(gold):
            if index not in used and relations_match(relation, candidate):
                used.add(index)
                matched += 1
                break
    return matched


def f1(precision: float, recall: float) -> float:
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


def ratio(part: int, whole: int) -> float:
    return part / whole if whole else 0.0


@attrs.define
class Tally:
    """Running counts over the file."""

    inside: dict[str, int] = attrs.field(factory=lambda: dict.fromkeys(ROLES, 0))
    predicted: dict[str, int] = attrs.field(factory=lambda: dict.fromkeys(ROLES, 0))
    gold: dict[str, int] = attrs.field(factory=lambda: dict.fromkeys(ROLES, 0))
    covered: dict[str, int] = attrs.field(factory=lambda: dict.fromkeys(ROLES, 0))
    cue_exact: int = 0
    cue_predicted: int = 0
    cue_gold: int = 0
    relations_matched: int = 0
    relations_predicted: int = 0
    relations_gold: int = 0
    #: Correct and predicted cue tokens of the lexicon-bound finder at its best.
    lexicon_inside: int = 0
    lexicon_predicted: int = 0


def score_case(case: dict[str, object], tally: Tally) -> float:
    """Add one article to ``tally``; return its relation F1."""
    text = str(case["text"])
    starts, ends = token_starts(text)
    gold = gold_relations(case, starts, ends)
    predicted = [predicted_relation(text, a, starts, ends) for a in find_attributions(text)]
    for role in ROLES:
        gold_tokens = frozenset().union(*(getattr(r, role) for r in gold))
        predicted_tokens = frozenset().union(*(getattr(r, role) for r in predicted))
        tally.inside[role] += len(predicted_tokens & gold_tokens)
        tally.predicted[role] += len(predicted_tokens)
        tally.gold[role] += len(gold_tokens)
        tally.covered[role] += len(gold_tokens & predicted_tokens)
    cue_gold = frozenset().union(*(r.cue for r in gold))
    cue_predicted = frozenset().union(*(r.cue for r in predicted))
    lexicon_cues = frozenset().union(
        *(
            r.cue
            for r in gold
            if holds_a_lexicon_form([text[starts[i] : ends[i]].lower() for i in sorted(r.cue)])
        )
    )
    best = (cue_predicted & cue_gold) | lexicon_cues
    tally.lexicon_inside += len(best)
    tally.lexicon_predicted += len(cue_predicted | lexicon_cues)
    gold_cues = {r.cue_range for r in gold}
    predicted_cues = {r.cue_range for r in predicted}
    tally.cue_exact += len(gold_cues & predicted_cues)
    tally.cue_gold += len(gold_cues)
    tally.cue_predicted += len(predicted_cues)
    matched = match_count(predicted, gold)
    tally.relations_matched += matched
    tally.relations_predicted += len(predicted)
    tally.relations_gold += len(gold)
    return f1(ratio(matched, len(predicted)), ratio(matched, len(gold)))


def figures(tally: Tally) -> dict[str, float]:
    result: dict[str, float] = {}
    for role in ROLES:
        precision = ratio(tally.inside[role], tally.predicted[role])
        recall = ratio(tally.covered[role], tally.gold[role])
        result[f"{role}_token_precision"] = precision
        result[f"{role}_token_recall"] = recall
        result[f"{role}_token_f1"] = f1(precision, recall)
    precision = ratio(tally.cue_exact, tally.cue_predicted)
    recall = ratio(tally.cue_exact, tally.cue_gold)
    result["cue_exact_precision"] = precision
    result["cue_exact_recall"] = recall
    result["cue_exact_f1"] = f1(precision, recall)
    precision = ratio(tally.relations_matched, tally.relations_predicted)
    recall = ratio(tally.relations_matched, tally.relations_gold)
    result["relation_precision"] = precision
    result["relation_recall"] = recall
    result["relation_f1"] = f1(precision, recall)
    result["cue_token_f1_lexicon_ceiling"] = f1(
        ratio(tally.lexicon_inside, tally.lexicon_predicted), ratio(tally.lexicon_inside, tally.gold["cue"])
    )
    return result


def run(path: Path, worst: int) -> dict[str, float]:
    """Score every article of ``path``, print the report, return the figures."""
    tally = Tally()
    scored: list[tuple[float, str]] = []
    characters = 0
    began = time.perf_counter()
    with path.open(encoding="utf-8") as lines:
        for line in lines:
            case = json.loads(line)
            characters += len(case["text"])
            scored.append((score_case(case, tally), case["id"]))
    elapsed = time.perf_counter() - began
    result = figures(tally)
    print(
        f"articles: {len(scored)}, gold relations: {tally.relations_gold}, predicted: {tally.relations_predicted}"
    )
    for name, value in result.items():
        print(f"  {name:30} {value:.3f}")
    print(f"  time: {elapsed:.1f} s for {characters / 1000:.0f} KB (scoring included)")
    if worst:
        print(f"worst {worst} articles by relation F1:")
        for score, case_id in sorted(scored)[:worst]:
            print(f"  {score:.3f} {case_id}")
    return result


if __name__ == "__main__":
    import sys

    run(Path(sys.argv[1]), int(sys.argv[2]) if len(sys.argv) > 2 else 0)
