"""The public API: ``wireparse.__all__`` is sorted, complete and documented."""

from __future__ import annotations

import inspect
import re
from collections.abc import Callable
from typing import Any

import attrs
import pytest

import wireparse
from wireparse.model import relabel


def _exported_names() -> set[str]:
    """Names ``wireparse/__init__.py`` imports for users (modules and private names aside)."""
    return {
        name
        for name, value in vars(wireparse).items()
        if not inspect.ismodule(value) and (not name.startswith("_") or name == "__version__")
    }


def isort_style(name: str) -> tuple[int, str]:
    """The order ruff (RUF022) keeps ``__all__`` in: CONSTANTS, then Classes, then the rest.

    >>> sorted(["parse", "Span", "LABELLING_STAGES", "Article"], key=isort_style)
    ['LABELLING_STAGES', 'Article', 'Span', 'parse']
    """
    if name.isupper():
        return (0, name)
    if name[:1].isupper():
        return (1, name)
    return (2, name)


def test_all_is_sorted() -> None:
    assert list(wireparse.__all__) == sorted(wireparse.__all__, key=isort_style)


def test_all_has_no_duplicates() -> None:
    assert len(wireparse.__all__) == len(set(wireparse.__all__))


def test_all_is_exactly_the_exported_names() -> None:
    assert set(wireparse.__all__) == _exported_names()


@pytest.mark.parametrize("name", wireparse.__all__)
def test_every_name_exists_and_is_documented(name: str) -> None:
    value = getattr(wireparse, name)
    if name == "__version__":
        # Data, documented where it is defined: a semantic version.
        assert re.fullmatch(r"\d+\.\d+\.\d+(?:[a-z]+\d+)?", value)
        return
    if name == "LABELLING_STAGES":
        # Data, documented where it is defined: named stages, each documented.
        assert all(isinstance(stage, str) and inspect.getdoc(function) for stage, function in value)
        return
    assert inspect.getdoc(value), f"wireparse.{name} has no docstring"


@pytest.mark.parametrize(
    ("function", "argument"),
    [
        (wireparse.parse, b"bytes"),
        (wireparse.label_blocks, None),
        (wireparse.split_blocks, b"Title"),
        (wireparse.parse_timestamp, b"16:34 JST, July 30, 2023"),
        (wireparse.find_timestamps, 1),
        (wireparse.parse_dateline, b"WASHINGTON (AP) -"),
        (wireparse.parse_byline, b"By Jane Doe"),
        (wireparse.parse_caption, b"A photo. REUTERS/Jane Doe"),
        (wireparse.find_attributions, ["text"]),
    ],
    ids=lambda value: getattr(value, "__name__", type(value).__name__),
)
def test_a_stage_given_no_str_names_what_it_got(function: Callable[[Any], object], argument: object) -> None:
    with pytest.raises(TypeError, match=type(argument).__name__):
        function(argument)


@pytest.mark.parametrize(
    "function",
    [
        wireparse.parse,
        wireparse.parse_timestamp,
        wireparse.find_timestamps,
        wireparse.parse_dateline,
        wireparse.find_attributions,
    ],
    ids=lambda function: function.__name__,
)
def test_a_reference_that_is_no_date_is_named(function: Callable[..., object]) -> None:
    with pytest.raises(TypeError, match="str"):
        function(
            "WASHINGTON, July 29 (Reuters) - Sales fell, the paper said on Saturday.", reference="2023-07-30"
        )


def test_relabel_carries_every_other_field_of_a_block() -> None:
    span = wireparse.Span(start=3, end=9)
    block = wireparse.Block(
        kind=wireparse.BlockKind.UNLABELLED,
        text="A line",
        span=wireparse.Span(start=2, end=10),
        text_span=span,
        rule="split",
        line_spans=(span,),
    )
    relabelled = relabel(block, wireparse.BlockKind.MENU, "menu-word")
    assert (relabelled.kind, relabelled.rule) == (wireparse.BlockKind.MENU, "menu-word")
    for field in attrs.fields(wireparse.Block):
        if field.name not in ("kind", "rule"):
            assert getattr(relabelled, field.name) == getattr(block, field.name), field.name
        # A field added later must be carried over too, not left at its default.
        assert f"{field.name}=" in inspect.getsource(relabel), field.name
