"""Adversarial pages: parse() must stay linear in the size of the page.

No test here reads a clock. Work is counted instead: every Python function
call and every call into C (each regex search, each ``str`` method) made while
parsing, and the peak memory allocated. A page ten times larger may cost at
most twelve times the work; a quadratic spot (a loop over lines inside a loop
over lines, a tuple grown one item at a time, a prefix copied per line) costs
a hundred times.

The shapes are the ones that have broken text parsers: long runs of one
separator, one enormous line, deep quotes, blank padding before the text.
The ratio tests run at sizes that take milliseconds; the full-size pages run
once each, so that a blow-up shows as a slow suite even where the counters are
blind (work inside one regex call is a single call).
"""

from __future__ import annotations

import sys
import tracemalloc
from collections.abc import Callable
from types import FrameType
from typing import Any

import pytest

import wireparse
from wireparse import Article

#: A page ten times larger may cost at most this many times the work.
MAX_GROWTH = 12

#: (id, page of size n). Each shape is measured at n and at 10n.
SHAPES: list[tuple[str, Callable[[int], str]]] = [
    ("dash-lines", lambda n: "-\n" * n),
    ("one-character-line", lambda n: "a" * (100 * n)),
    ("nested-quotes", lambda n: "“" * n + "The minister said it" + "”" * n),
    ("nested-straight-quotes", lambda n: '"' * n + "he said" + '"' * n + ".\n"),
    ("lines-of-a", lambda n: "a\n" * n),
    ("spaces-then-text", lambda n: " " * (100 * n) + "text"),
    ("cr-ended-lines", lambda n: "a\r" * n),
    ("crlf-blank-lines", lambda n: "\r\n" * n),
    ("sentence-lines", lambda n: "The minister said the talks would resume next week, officials said.\n" * n),
    ("link-list", lambda n: "Most read\n" + "-\nShooter Kills At Least Nine in Attack on School\n" * n),
    ("one-long-paragraph", lambda n: "The minister said the talks would resume. " * n),
    (
        "wrapped-paragraph",
        lambda n: "A paragraph that goes on and on past the width of the terminal, so\n" * n,
    ),
    ("unclosed-quote", lambda n: "“" + "He said the talks would resume next week " * n),
]

SMALL = 100
# Offsets below 257 are shared small integers that cost no memory, so the
# memory yardstick starts at a page of this many characters at least, where
# most offsets are allocated.
MEMORY_MIN_CHARACTERS = 2_000


def memory_size(make: Callable[[int], str]) -> int:
    """The smallest n from SMALL up whose page has MEMORY_MIN_CHARACTERS."""
    return max(SMALL, -(-MEMORY_MIN_CHARACTERS // len(make(1))))


def count_calls(page: str) -> int:
    """Number of Python and C function calls made by ``parse(page)``."""
    calls = 0

    def profile(_frame: FrameType, event: str, _arg: Any) -> None:
        nonlocal calls
        if event in ("call", "c_call"):
            calls += 1

    sys.setprofile(profile)
    try:
        wireparse.parse(page)
    finally:
        sys.setprofile(None)
    return calls


def peak_memory(page: str) -> int:
    """Peak bytes allocated while ``parse(page)`` runs."""
    tracemalloc.start()
    try:
        wireparse.parse(page)
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


@pytest.mark.parametrize(("name", "make"), SHAPES, ids=[name for name, _ in SHAPES])
def test_calls_grow_linearly(name: str, make: Callable[[int], str]) -> None:
    small, large = count_calls(make(SMALL)), count_calls(make(10 * SMALL))
    assert large <= MAX_GROWTH * small, f"{name}: {small} calls at n={SMALL}, {large} at 10n"


@pytest.mark.parametrize(("name", "make"), SHAPES, ids=[name for name, _ in SHAPES])
def test_memory_grows_linearly(name: str, make: Callable[[int], str]) -> None:
    # The floor keeps fixed costs (a cache filled once) from passing for growth.
    n = memory_size(make)
    small, large = peak_memory(make(n)), peak_memory(make(10 * n))
    assert large <= MAX_GROWTH * max(small, 16_000), f"{name}: {small} bytes at n={n}, {large} at 10n"


def test_the_counter_sees_quadratic_work() -> None:
    # The yardstick must be able to fail: a loop over all lines for each line.
    def quadratic(page: str) -> None:
        lines = page.splitlines()
        for line in lines:
            sum(1 for other in lines if other == line)

    def count(page: str) -> int:
        calls = 0

        def profile(_frame: FrameType, event: str, _arg: Any) -> None:
            nonlocal calls
            calls += event in ("call", "c_call")

        sys.setprofile(profile)
        try:
            quadratic(page)
        finally:
            sys.setprofile(None)
        return calls

    assert count("a\n" * 10 * SMALL) > MAX_GROWTH * count("a\n" * SMALL)


FULL_SIZE: list[tuple[str, str]] = [
    ("100k-dash-lines", "-\n" * 100_000),
    ("1mb-line-of-one-character", "x" * 1_000_000),
    ("10k-nested-quotes", "“" * 10_000 + "The minister said it" + "”" * 10_000),
    ("100k-lines-of-a", "a\n" * 100_000),
    ("500k-spaces-then-text", " " * 500_000 + "The minister said the talks would resume."),
]


@pytest.mark.parametrize(("name", "page"), FULL_SIZE, ids=[name for name, _ in FULL_SIZE])
def test_full_size_pages_parse_losslessly(name: str, page: str) -> None:
    article = wireparse.parse(page)
    assert isinstance(article, Article)
    assert article.blocks[0].span.start == 0
    assert article.blocks[-1].span.end == len(page)
    assert all(a.span.end == b.span.start for a, b in zip(article.blocks, article.blocks[1:], strict=False))
