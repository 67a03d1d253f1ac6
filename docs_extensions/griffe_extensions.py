"""Griffe extension for the API reference (mkdocs.yml loads it).

The sources document themselves for the reader of the code and for doctest:
fields carry ``#:`` comments, and docstrings carry ``>>>`` examples without a
section header, and name other objects with Sphinx roles. This extension
makes the reference show them as Markdown: a field's ``#:`` comment becomes
its docstring, each run of ``>>>`` lines with its expected output becomes a
fenced ``pycon`` code block instead of prose, and ``:class:`Article``` shows
as code.
"""

from __future__ import annotations

import re
from typing import Any

import griffe

# A doctest: a ">>> " line and every following line up to a blank one.
# Matches ">>> parse('x')\nArticle(...)"; not "see >>> in text" mid-line.
DOCTEST_RE = re.compile(
    r"^(?P<indent>[ ]{0,8})>>>[^\n]{0,500}(?:\n(?P=indent)[^ \n][^\n]{0,500}|\n(?P=indent)[ ]{1,8}[^\n]{0,500}){0,100}",
    re.MULTILINE,
)
# A Sphinx role, shown as plain code: ":class:`Article`" -> "`Article`";
# not "`Article`" alone or "class: `x`".
SPHINX_ROLE_RE = re.compile(r":(?:class|func|meth|data|attr|mod|exc):`~?(?P<name>[\w.]{1,100})`")
# A field comment: "    #: The headline, or ``None``."; not "    # a remark".
FIELD_COMMENT_RE = re.compile(r"^\s{0,12}#:\s?(?P<text>.{0,300})$")


def fence_doctests(text: str) -> str:
    r"""Put each doctest of ``text`` in a fenced code block; Sphinx roles become code.

    >>> fence_doctests("Example:\n\n>>> 1 + 1\n2\n\nMore text.")
    'Example:\n\n```pycon\n>>> 1 + 1\n2\n```\n\nMore text.'
    >>> fence_doctests("Returns an :class:`Article`.")
    'Returns an `Article`.'
    """
    text = SPHINX_ROLE_RE.sub(lambda match: f"`{match.group('name')}`", text)
    if "```" in text:
        return text
    return DOCTEST_RE.sub(lambda match: f"```pycon\n{match.group(0)}\n```", text)


def field_comment(lines: list[str], lineno: int) -> str | None:
    """Return the ``#:`` comment lines just above line ``lineno`` (1-based), joined."""
    found: list[str] = []
    index = lineno - 2
    while index >= 0:
        match = FIELD_COMMENT_RE.match(lines[index])
        if match is None:
            break
        found.insert(0, match.group("text"))
        index -= 1
    return " ".join(found) if found else None


class SourceDocstrings(griffe.Extension):
    """Read ``#:`` field comments as docstrings and fence ``>>>`` examples."""

    def on_object(self, *, obj: griffe.Object, **kwargs: Any) -> None:
        if obj.is_attribute and obj.docstring is None and obj.lineno is not None:
            module_lines = obj.module.lines
            comment = field_comment(module_lines, obj.lineno)
            if comment is not None:
                obj.docstring = griffe.Docstring(comment, lineno=obj.lineno, parent=obj)
        if obj.docstring is not None:
            obj.docstring.value = fence_doctests(obj.docstring.value)
