"""Measures shared by the accuracy benchmarks."""

from __future__ import annotations

import collections
import re

import attrs

TOKEN_RE = re.compile(r"\w+")


def tokens(text: str) -> list[str]:
    """Lower-cased ``\\w+`` tokens of ``text``."""
    return TOKEN_RE.findall(text.lower())


@attrs.frozen
class Overlap:
    """Precision, recall and F1 of a predicted text against a gold text."""

    precision: float
    recall: float
    f1: float


def token_overlap(predicted: str, gold: str) -> Overlap:
    """Multiset token overlap of ``predicted`` against ``gold``.

    Both empty counts as a perfect match; one empty as zero.
    """
    predicted_counts = collections.Counter(tokens(predicted))
    gold_counts = collections.Counter(tokens(gold))
    if not predicted_counts and not gold_counts:
        return Overlap(1.0, 1.0, 1.0)
    common = sum((predicted_counts & gold_counts).values())
    if common == 0:
        return Overlap(0.0, 0.0, 0.0)
    precision = common / sum(predicted_counts.values())
    recall = common / sum(gold_counts.values())
    return Overlap(precision, recall, 2 * precision * recall / (precision + recall))


def mean(values: list[float]) -> float:
    """Arithmetic mean; 0.0 for no values."""
    return sum(values) / len(values) if values else 0.0
