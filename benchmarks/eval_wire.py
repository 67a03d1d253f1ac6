"""Accuracy on Reuters wire copy (``wire.jsonl``: Reuters-21578, Distribution 1.0).

Each story is hard-wrapped wire text with a gold headline, byline, dateline
and body. Reported:

* ``headline`` - share of stories whose headline equals the gold title
  (whitespace collapsed);
* ``dateline_place`` - share whose dateline place equals the gold place;
* ``dateline_date`` - share whose dateline date text equals the gold one;
* ``byline`` - share whose byline text equals the gold ``<AUTHOR>`` (a story
  without one must yield no byline);
* ``paragraphs`` - share whose paragraphs equal the gold paragraphs exactly
  (whitespace collapsed);
* ``body_f1`` - mean token F1 of the body against the gold body, and
  ``below_0.9`` - the number of stories whose body F1 is under 0.9.

With ``worst > 0`` the worst stories by body F1 are printed with the tokens
kept that the gold lacks and the tokens dropped that it has.
"""

from __future__ import annotations

import collections
import json
from pathlib import Path
from typing import Any

from metrics import mean, token_overlap, tokens

import wireparse


def _collapse(text: str | None) -> str | None:
    return None if text is None else " ".join(text.split())


def _token_difference(predicted: str, gold: str) -> tuple[list[str], list[str]]:
    predicted_counts = collections.Counter(tokens(predicted))
    gold_counts = collections.Counter(tokens(gold))
    kept = sorted((predicted_counts - gold_counts).elements())
    dropped = sorted((gold_counts - predicted_counts).elements())
    return kept, dropped


def score_story(case: dict[str, Any]) -> dict[str, Any]:
    """Parse one story and compare it with its gold labels."""
    gold = case["gold"]
    article = wireparse.parse(case["text"])
    place = None if article.dateline is None else article.dateline.place
    date_text = None if article.dateline is None else article.dateline.date_text
    byline = None if article.byline is None else article.byline.text
    paragraphs = [_collapse(p.text) for p in article.paragraphs]
    return {
        "id": case["id"],
        "headline": _collapse(article.headline) == _collapse(gold["headline"]),
        "dateline_place": place == gold["dateline"]["place"],
        "dateline_date": date_text == gold["dateline"]["date_text"],
        "byline": _collapse(byline) == _collapse(gold["byline"]),
        "paragraphs": paragraphs == [_collapse(p) for p in gold["paragraphs"]],
        "f1": token_overlap(article.body, gold["body"]).f1,
        "body": article.body,
        "gold_body": gold["body"],
        "predicted": {"headline": article.headline, "place": place, "date": date_text, "byline": byline},
        "gold": {
            "headline": gold["headline"],
            "place": gold["dateline"]["place"],
            "date": gold["dateline"]["date_text"],
            "byline": gold["byline"],
        },
    }


def _print_worst(scores: list[dict[str, Any]], worst: int) -> None:
    for score in sorted(scores, key=lambda s: s["f1"])[:worst]:
        kept, dropped = _token_difference(score["body"], score["gold_body"])
        print(f"  {score['id']}  body F1 {score['f1']:.3f}")
        print(f"    kept, not in gold ({len(kept)}): {' '.join(kept[:30])}")
        print(f"    dropped from gold ({len(dropped)}): {' '.join(dropped[:30])}")
    for field in ("headline", "dateline_place", "dateline_date", "byline"):
        misses = [s for s in scores if not s[field]][:worst]
        key = {"dateline_place": "place", "dateline_date": "date"}.get(field, field)
        for score in misses:
            print(f"  {score['id']}  {field}: got {score['predicted'][key]!r}, gold {score['gold'][key]!r}")


def run(path: Path, worst: int) -> dict[str, float]:
    """Score every story of ``path``, print the report, return the figures."""
    with path.open(encoding="utf-8") as lines:
        cases = [json.loads(line) for line in lines if line.strip()]
    scores = [score_story(case) for case in cases]
    figures = {
        "stories": float(len(scores)),
        "headline": mean([float(s["headline"]) for s in scores]),
        "dateline_place": mean([float(s["dateline_place"]) for s in scores]),
        "dateline_date": mean([float(s["dateline_date"]) for s in scores]),
        "byline": mean([float(s["byline"]) for s in scores]),
        "paragraphs": mean([float(s["paragraphs"]) for s in scores]),
        "body_f1": mean([s["f1"] for s in scores]),
        "below_0.9": float(sum(1 for s in scores if s["f1"] < 0.9)),
    }
    for name, value in figures.items():
        shown = f"{value:.0f}" if name in ("stories", "below_0.9") else f"{value:.4f}"
        print(f"  {name:<16}{shown}")
    if worst > 0:
        _print_worst(scores, worst)
    return figures
