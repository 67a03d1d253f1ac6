"""Body and headline accuracy on scraped article pages (``pages.jsonl``).

Each case is a real page rendered to text one block a line, with the
annotators' article body and, for some origins, the headline. The predicted
body is :attr:`wireparse.Article.body`; it is scored by lower-cased ``\\w+``
token overlap (multiset precision, recall and F1) against the gold body. A
predicted headline is right when it equals any of the gold headline lines
once case, whitespace and punctuation are normalised away (one data set
shows ``?`` for curly quotes and dashes, hence punctuation goes).

The pages carry no gold timestamp, but many URLs carry the publication date
(".../2008/01/08/...", "...-20191118-..."): the article's timestamp is
checked against it, within a day either way (zones and late editions), as a
stand-in measure of which of a page's dates is taken.
"""

from __future__ import annotations

import collections
import datetime as dt
import json
import re
import time
from pathlib import Path
from typing import Any

from metrics import Overlap, mean, token_overlap

import wireparse

# Below this F1 a page counts as failed: most of the article is missing or
# buried in noise.
FAILED_F1 = 0.5
_PUNCTUATION_RE = re.compile(r"[\W_]+")
# A date in a URL: "/2008/01/08/", "-2019-11-18-", "20191118".
_URL_DATE_RE = re.compile(r"(?<!\d)(20[0-3]\d)[/-]?(0[1-9]|1[0-2])[/-]?(0[1-9]|[12]\d|3[01])(?!\d)")
# How far the timestamp may be from the URL's date.
URL_DATE_SLACK = dt.timedelta(days=1)


def url_date(url: str) -> dt.date | None:
    """The date a URL carries, if any.

    >>> url_date("http://www.telegraph.co.uk/news/2007/12/29/nlily129.xml")
    datetime.date(2007, 12, 29)
    >>> url_date("https://example.com/story/12345") is None
    True
    """
    match = _URL_DATE_RE.search(url)
    if match is None:
        return None
    try:
        return dt.date(int(match[1]), int(match[2]), int(match[3]))
    except ValueError:
        return None


def timestamp_verdict(article: wireparse.Article, dated: dt.date) -> str:
    """``"agrees"``, ``"differs"`` or ``"none"``: the article's timestamp against the URL's date."""
    timestamp = article.timestamp
    if timestamp is None or timestamp.value is None:
        return "none"
    return "agrees" if abs(timestamp.value.date() - dated) <= URL_DATE_SLACK else "differs"


def normalise_headline(text: str) -> str:
    """Lower-case ``text`` and drop punctuation and whitespace runs to single spaces."""
    return " ".join(_PUNCTUATION_RE.sub(" ", text.lower()).split())


def headline_matches(predicted: str | None, gold_lines: list[str]) -> bool:
    """True when ``predicted`` equals one of the gold headline lines, normalised."""
    if predicted is None:
        return False
    wanted = normalise_headline(predicted)
    return bool(wanted) and any(wanted == normalise_headline(line) for line in gold_lines)


def _gold_headline_lines(gold: dict[str, Any]) -> list[str]:
    lines = gold.get("headline_lines") or []
    if not lines and gold.get("headline"):
        lines = [gold["headline"]]
    return [line for line in lines if line]


def _summary(scores: list[Overlap]) -> dict[str, float]:
    return {
        "precision": mean([s.precision for s in scores]),
        "recall": mean([s.recall for s in scores]),
        "f1": mean([s.f1 for s in scores]),
        "below_half": float(sum(1 for s in scores if s.f1 < FAILED_F1)),
        "pages": float(len(scores)),
    }


def _print_worst(rows: list[tuple[Overlap, dict[str, Any], wireparse.Article]], worst: int) -> None:
    rows = sorted(rows, key=lambda row: row[0].f1)[:worst]
    for score, case, article in rows:
        gold_tokens = collections.Counter(re.findall(r"\w+", case["gold"]["body"].lower()))
        print(
            f"\n--- {case['id']} ({case['origin']}, {case['lang']}) "
            f"P={score.precision:.2f} R={score.recall:.2f} F1={score.f1:.2f}"
        )
        print(f"    headline: {article.headline!r}  gold: {case['gold'].get('headline')!r}")
        for block in article.blocks:
            if block.kind is wireparse.BlockKind.BLANK:
                continue
            block_tokens = re.findall(r"\w+", block.text.lower())
            in_gold = sum(1 for token in block_tokens if gold_tokens[token]) / max(len(block_tokens), 1)
            kept = block.kind is wireparse.BlockKind.BODY
            mark = ("KEEP" if kept else "drop") + ("*" if (in_gold > 0.8) != kept else " ")
            print(f"    {mark} {block.kind.value:>14}/{block.rule:<24} {block.text[:110]}")


def run(path: Path, worst: int) -> dict[str, float]:
    """Print the pages report and return its headline figures."""
    cases = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    per_origin: dict[str, list[Overlap]] = collections.defaultdict(list)
    scores: list[Overlap] = []
    rows: list[tuple[Overlap, dict[str, Any], wireparse.Article]] = []
    headline_hits = headline_total = 0
    verdicts: collections.Counter[str] = collections.Counter()
    started = time.perf_counter()
    articles = [wireparse.parse(case["text"]) for case in cases]
    elapsed = time.perf_counter() - started
    for case, article in zip(cases, articles, strict=True):
        score = token_overlap(article.body, case["gold"]["body"])
        scores.append(score)
        per_origin[case["origin"]].append(score)
        rows.append((score, case, article))
        gold_lines = _gold_headline_lines(case["gold"])
        if gold_lines:
            headline_total += 1
            headline_hits += headline_matches(article.headline, gold_lines)
        dated = url_date(case.get("url") or "")
        if dated is not None:
            verdicts[timestamp_verdict(article, dated)] += 1
    overall = _summary(scores)
    figures = {f"body_{key}": value for key, value in overall.items()}
    figures["headline_accuracy"] = headline_hits / headline_total if headline_total else 0.0
    figures["pages_per_second"] = len(cases) / elapsed if elapsed > 0 else 0.0
    print(
        f"body: P={overall['precision']:.3f} R={overall['recall']:.3f} F1={overall['f1']:.3f} "
        f"below {FAILED_F1}: {int(overall['below_half'])}/{len(scores)}"
    )
    for origin, origin_scores in sorted(per_origin.items()):
        summary = _summary(origin_scores)
        print(
            f"  {origin}: P={summary['precision']:.3f} R={summary['recall']:.3f} F1={summary['f1']:.3f} "
            f"below {FAILED_F1}: {int(summary['below_half'])}/{len(origin_scores)}"
        )
        for key, value in summary.items():
            figures[f"{origin}:body_{key}"] = value
    print(f"headline accuracy: {figures['headline_accuracy']:.3f} ({headline_hits}/{headline_total})")
    dated_pages = sum(verdicts.values())
    figures["timestamp_url_agreement"] = verdicts["agrees"] / dated_pages if dated_pages else 0.0
    print(
        f"timestamp against the URL's date, {dated_pages} pages: agrees {verdicts['agrees']}, "
        f"differs {verdicts['differs']}, no dated timestamp {verdicts['none']}"
    )
    print(f"speed: {figures['pages_per_second']:.0f} pages/s")
    if worst > 0:
        _print_worst(rows, worst)
    return figures
