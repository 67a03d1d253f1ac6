"""The public API, pinned: a change to it must show up in review.

The listing ``tests/api_surface.txt`` holds, for every name in
``wireparse.__all__``: the signature of each function and class, the public
methods and properties of each class, the fields of each attrs class (name,
type as written, default) and the members of each enum. The test compares the
listing made from the code with the checked-in one, so an accidental breaking
change fails, and an intended one is seen in the diff next to its CHANGELOG
entry. After an intended change, regenerate the listing from the project root::

    PYTHONPATH=src python tests/test_api_surface.py --write

(or run the tests with ``WIREPARSE_WRITE_API_SURFACE=1``).
"""

from __future__ import annotations

import difflib
import enum
import inspect
import os
import re
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import attrs

import wireparse
from wireparse.model import SCHEMA_VERSION

LISTING = Path(__file__).with_name("api_surface.txt")
API_REFERENCE = Path(__file__).parent.parent / "docs" / "api.md"
# A reference entry of docs/api.md: "::: wireparse.parse"; not "::: wireparse".
REFERENCE_ENTRY_RE = re.compile(r"^::: wireparse\.(?P<name>\w{1,100})$", re.MULTILINE)
REGENERATE = "PYTHONPATH=src python tests/test_api_surface.py --write"
WRITE_VARIABLE = "WIREPARSE_WRITE_API_SURFACE"

# "wireparse.model.Span" -> "Span", "typing.Any" -> "Any": the listing names
# types the same whichever module they live in; not "Spanner.x" or "mytyping.Any".
QUALIFIED_NAME_RE = re.compile(r"(?<![\w.])(?:wireparse\.[a-z_]{1,30}\.|typing\.|collections\.abc\.)")
# "dt.date", "_dt.datetime" -> "datetime.date", "datetime.datetime": the alias a
# module gives the datetime module is not part of the API; not "odt.date".
DATETIME_ALIAS_RE = re.compile(r"(?<![\w.])_?dt\.")

#: Exported names whose value changes by design and is left out of the listing.
VALUE_NOT_PINNED = frozenset({"__version__"})


def describe_annotation(annotation: Any) -> str:
    """Write an annotation as the code spells it.

    >>> describe_annotation("tuple[Span, ...]")
    'tuple[Span, ...]'
    >>> describe_annotation(int)
    'int'
    >>> describe_annotation("_dt.date | None"), describe_annotation("wireparse.model.Span")
    ('datetime.date | None', 'Span')
    """
    if annotation is inspect.Parameter.empty:
        return ""
    text = annotation if isinstance(annotation, str) else inspect.formatannotation(annotation)
    return DATETIME_ALIAS_RE.sub("datetime.", QUALIFIED_NAME_RE.sub("", text))


def describe_value(value: Any) -> str:
    """Write a default value; enum members by name.

    >>> describe_value(wireparse.BlockKind.BODY), describe_value(None), describe_value("split")
    ('BlockKind.BODY', 'None', "'split'")
    """
    if isinstance(value, enum.Enum):
        return f"{type(value).__name__}.{value.name}"
    return repr(value)


def describe_signature(signature: inspect.Signature) -> str:
    """Write a signature with annotations as the code spells them.

    >>> def example(page: str, *, reference: int | None = None) -> bool: ...
    >>> describe_signature(inspect.signature(example))
    '(page: str, *, reference: int | None = None) -> bool'
    """
    parameters = []
    for parameter in signature.parameters.values():
        annotation = describe_annotation(parameter.annotation)
        default = "" if parameter.default is inspect.Parameter.empty else describe_value(parameter.default)
        text = parameter.name
        if parameter.kind is parameter.VAR_POSITIONAL:
            text = "*" + text
        elif parameter.kind is parameter.VAR_KEYWORD:
            text = "**" + text
        if annotation:
            text += f": {annotation}"
        if default:
            text += f" = {default}" if annotation else f"={default}"
        parameters.append((parameter.kind, text))
    parts: list[str] = []
    seen_keyword_only = False
    for number, (kind, text) in enumerate(parameters):
        if kind is inspect.Parameter.KEYWORD_ONLY and not seen_keyword_only:
            seen_keyword_only = True
            if number == 0 or parameters[number - 1][0] is not inspect.Parameter.VAR_POSITIONAL:
                parts.append("*")
        parts.append(text)
        is_last_positional_only = kind is inspect.Parameter.POSITIONAL_ONLY and (
            number + 1 == len(parameters)
            or parameters[number + 1][0] is not inspect.Parameter.POSITIONAL_ONLY
        )
        if is_last_positional_only:
            parts.append("/")
    returns = describe_annotation(signature.return_annotation)
    return f"({', '.join(parts)})" + (f" -> {returns}" if returns else "")


def _describe_default(field: attrs.Attribute[Any]) -> str:
    if field.default is attrs.NOTHING:
        return "required"
    if isinstance(field.default, attrs.Factory):  # type: ignore[arg-type]
        return f"default factory {getattr(field.default.factory, '__name__', repr(field.default.factory))}"
    return f"default {describe_value(field.default)}"


def _describe_class_members(cls: type) -> Iterator[str]:
    for name, member in sorted(vars(cls).items()):
        if name.startswith("_") or (attrs.has(cls) and name in attrs.fields_dict(cls)):
            continue
        if isinstance(member, property):
            returns = (
                describe_annotation(inspect.signature(member.fget).return_annotation) if member.fget else ""
            )
            yield f"  property {name}: {returns}"
        elif isinstance(member, staticmethod | classmethod):
            kind = type(member).__name__
            yield f"  {kind} {name}{describe_signature(inspect.signature(member.__func__))}"
        elif inspect.isfunction(member):
            yield f"  method {name}{describe_signature(inspect.signature(member))}"


def describe_export(name: str, value: Any) -> Iterator[str]:
    """Yield the lines of the listing for one exported name."""
    if name in VALUE_NOT_PINNED:
        yield f"{name}: {type(value).__name__}"
    elif isinstance(value, type) and issubclass(value, enum.Enum):
        yield f"{name}: enum {', '.join(base.__name__ for base in value.__bases__)}"
        for member in value:
            yield f"  {member.name} = {member.value!r}"
        yield from _describe_class_members(value)
    elif isinstance(value, type):
        kind = "attrs class" if attrs.has(value) else "class"
        yield f"{name}: {kind}{describe_signature(inspect.signature(value))}"
        if attrs.has(value):
            for field in attrs.fields(value):
                field_type = describe_annotation(
                    field.type if field.type is not None else inspect.Parameter.empty
                )
                keyword = ", keyword-only" if field.kw_only else ""
                yield f"  field {field.name}: {field_type} ({_describe_default(field)}{keyword})"
        yield from _describe_class_members(value)
    elif callable(value):
        yield f"{name}: function{describe_signature(inspect.signature(value))}"
    elif name == "LABELLING_STAGES":
        yield f"{name}: stages {', '.join(stage_name for stage_name, _ in value)}"
    else:
        yield f"{name}: {type(value).__name__} {value!r}"


def render_api_surface() -> str:
    """Return the listing of the public API of :mod:`wireparse`."""
    lines = [
        "# The public API of wireparse: names, signatures, fields. Do not edit by hand;",
        f"# after an intended change run: {REGENERATE}",
        f"schema_version of to_dict(): {SCHEMA_VERSION}",
    ]
    for name in sorted(wireparse.__all__):
        lines.extend(describe_export(name, getattr(wireparse, name)))
    return "\n".join(lines) + "\n"


def export_order(name: str) -> tuple[int, str]:
    """Sort key of ``__all__`` (the "isort-style" order of ruff's RUF022).

    Constants first, then classes, then everything else, each alphabetically.

    >>> sorted(["parse", "Span", "__version__", "LABELLING_STAGES"], key=export_order)
    ['LABELLING_STAGES', 'Span', '__version__', 'parse']
    """
    if name.isupper():
        return (0, name)
    if name[:1].isupper():
        return (1, name)
    return (2, name)


def test_all_is_sorted_and_unique() -> None:
    assert wireparse.__all__ == sorted(set(wireparse.__all__), key=export_order)


def test_every_name_in_all_exists() -> None:
    missing = [name for name in wireparse.__all__ if not hasattr(wireparse, name)]
    assert missing == []


def test_public_names_are_all_exported() -> None:
    # A public name imported into the package must be in __all__ or be a module.
    public = {
        name
        for name, value in vars(wireparse).items()
        if not name.startswith("_") and not inspect.ismodule(value)
    }
    assert public <= set(wireparse.__all__)


def test_every_export_is_in_the_api_reference() -> None:
    documented = REFERENCE_ENTRY_RE.findall(API_REFERENCE.read_text(encoding="utf-8"))
    exported = [name for name in wireparse.__all__ if name not in VALUE_NOT_PINNED]
    assert sorted(documented) == sorted(exported), "add or remove '::: wireparse.NAME' entries in docs/api.md"


def test_api_surface_matches_listing() -> None:
    current = render_api_surface()
    if os.environ.get(WRITE_VARIABLE):
        LISTING.write_text(current, encoding="utf-8")
    pinned = LISTING.read_text(encoding="utf-8") if LISTING.exists() else ""
    diff = "".join(
        difflib.unified_diff(
            pinned.splitlines(keepends=True),
            current.splitlines(keepends=True),
            fromfile="tests/api_surface.txt (pinned)",
            tofile="the code now",
        )
    )
    assert not diff, (
        "The public API changed. If the change is intended, add a CHANGELOG entry "
        f"and regenerate the listing with:\n    {REGENERATE}\n\n{diff}"
    )


def test_describe_signature_marks_keyword_only_and_positional_only() -> None:
    def example(text: str, /, count: int, *, strict: bool = False, **options: str) -> None: ...

    assert describe_signature(inspect.signature(example)) == (
        "(text: str, /, count: int, *, strict: bool = False, **options: str) -> None"
    )


def test_listing_changes_when_a_field_is_added() -> None:
    @attrs.frozen
    class Before:
        text: str

    @attrs.frozen
    class After:
        text: str
        note: str | None = None

    before = list(describe_export("Example", Before))
    after = list(describe_export("Example", After))
    assert before != after
    assert "  field note: str | None (default None)" in after


def main(argv: list[str]) -> int:
    """Print the listing, or with ``--write`` write it to ``tests/api_surface.txt``."""
    if argv == ["--write"]:
        LISTING.write_text(render_api_surface(), encoding="utf-8")
        print(f"wrote {LISTING}")
        return 0
    if argv:
        print("usage: python tests/test_api_surface.py [--write]", file=sys.stderr)
        return 2
    sys.stdout.write(render_api_surface())
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
