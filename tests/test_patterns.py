"""Every regular expression of the library has bounded repetition.

A pattern with an open-ended ``*``, ``+`` or ``{n,}`` can backtrack without
limit on an adversarial line; bounded ``{m,n}`` quantifiers cap the work per
starting position. This walks every module of the package, finds each compiled
pattern in module data (constants and the rule tables, however nested), and
checks its source.
"""

from __future__ import annotations

import importlib
import pkgutil
import re
from collections.abc import Iterator
from typing import Any

import attrs
import pytest
import regex

import wireparse

# Escapes and character classes may hold "*" and "+" as plain characters.
_ESCAPE_RE = re.compile(r"\\.")
_CLASS_RE = re.compile(r"\[(?:\\.|[^\]])*\]")
_COMMENT_RE = re.compile(r"#[^\n]*")
# "*" or "+" not opening a group's flags ("(?+" does not occur), or "{n,}".
_UNBOUNDED_RE = re.compile(r"(?<![(?])[*+]|\{\d*,\}")


def _patterns_in(value: Any, path: str, seen: set[int]) -> Iterator[tuple[str, Any]]:
    if id(value) in seen:
        return
    seen.add(id(value))
    if isinstance(value, re.Pattern | regex.Pattern):
        yield path, value
    elif isinstance(value, tuple | list | frozenset | set):
        for index, item in enumerate(value):
            yield from _patterns_in(item, f"{path}[{index}]", seen)
    elif isinstance(value, dict):
        for key, item in value.items():
            yield from _patterns_in(item, f"{path}[{key!r}]", seen)
    elif attrs.has(type(value)):
        for field in attrs.fields(type(value)):
            yield from _patterns_in(getattr(value, field.name), f"{path}.{field.name}", seen)


def _all_patterns() -> list[tuple[str, Any]]:
    found: list[tuple[str, Any]] = []
    seen: set[int] = set()
    for module_info in pkgutil.iter_modules(wireparse.__path__):
        if module_info.name == "__main__":  # runs the command line on import
            continue
        module = importlib.import_module(f"wireparse.{module_info.name}")
        for name, value in vars(module).items():
            found.extend(_patterns_in(value, f"{module_info.name}.{name}", seen))
    return found


PATTERNS = _all_patterns()


def test_the_walk_finds_the_rule_tables() -> None:
    for table in ("noise.NOISE_RULES[", "timestamps.FORMS[", "datelines.DATELINE_FORMS["):
        assert any(path.startswith(table) for path, _ in PATTERNS), table
    assert len(PATTERNS) > 100


def _bare_source(pattern: Any) -> str:
    source = _CLASS_RE.sub("", _ESCAPE_RE.sub("", pattern.pattern))
    if pattern.flags & re.VERBOSE:
        source = _COMMENT_RE.sub("", source)
    return source


@pytest.mark.parametrize(("path", "pattern"), PATTERNS, ids=[path for path, _ in PATTERNS])
def test_every_quantifier_is_bounded(path: str, pattern: Any) -> None:
    assert _UNBOUNDED_RE.search(_bare_source(pattern)) is None, f"{path}: {pattern.pattern[:120]!r}"


def test_the_check_catches_an_open_ended_quantifier() -> None:
    assert _UNBOUNDED_RE.search(_bare_source(re.compile(r"(?:ab)+c"))) is not None
    assert _UNBOUNDED_RE.search(_bare_source(re.compile(r"a{2,}"))) is not None
    assert _UNBOUNDED_RE.search(_bare_source(re.compile(r"[*+]{1,3}\+"))) is None
