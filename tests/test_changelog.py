"""CHANGELOG.md keeps the shape that tells a user what changed in which release."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest

import wireparse

CHANGELOG = Path(__file__).parent.parent / "CHANGELOG.md"

# A release heading: "## [0.2.0] - 2026-12-01"; not "## [0.2.0]" (no date)
# or "## [Unreleased]".
RELEASE_HEADING_RE = re.compile(
    r"^## \[(?P<version>[0-9]{1,4}\.[0-9]{1,4}\.[0-9]{1,4})\] - (?P<date>[0-9]{4}-[0-9]{2}-[0-9]{2})$"
)
# Any second-level heading; each must be Unreleased or a release.
HEADING_RE = re.compile(r"^## .{0,200}$", re.MULTILINE)
# The section kinds of Keep a Changelog: "### Added"; not "### New stuff".
SECTION_RE = re.compile(r"^### (?P<kind>.{0,100})$", re.MULTILINE)
SECTION_KINDS = frozenset({"Added", "Changed", "Deprecated", "Removed", "Fixed", "Security"})


def version_key(version: str) -> tuple[int, ...]:
    """Order versions numerically.

    >>> version_key("0.10.0") > version_key("0.9.1")
    True
    """
    return tuple(int(part) for part in version.split("."))


@pytest.fixture(scope="module")
def text() -> str:
    return CHANGELOG.read_text(encoding="utf-8")


def test_unreleased_comes_first(text: str) -> None:
    headings = HEADING_RE.findall(text)
    assert headings[0] == "## [Unreleased]"


def test_every_release_has_a_version_and_a_date_newest_first(text: str) -> None:
    releases = []
    for heading in HEADING_RE.findall(text)[1:]:
        match = RELEASE_HEADING_RE.match(heading)
        assert match is not None, f"not '## [X.Y.Z] - YYYY-MM-DD': {heading!r}"
        dt.date.fromisoformat(match.group("date"))
        releases.append((version_key(match.group("version")), match.group("date")))
    assert releases == sorted(releases, reverse=True)


def test_sections_are_keep_a_changelog_kinds(text: str) -> None:
    kinds = {match.group("kind") for match in SECTION_RE.finditer(text)}
    assert kinds <= SECTION_KINDS


def test_released_version_is_at_most_the_package_version(text: str) -> None:
    released = [
        version_key(match.group("version"))
        for heading in HEADING_RE.findall(text)
        if (match := RELEASE_HEADING_RE.match(heading)) is not None
    ]
    assert all(version <= version_key(wireparse.__version__) for version in released)


@pytest.mark.parametrize(
    ("heading", "is_release"),
    [
        ("## [0.2.0] - 2026-12-01", True),
        ("## [1.10.3] - 2027-01-31", True),
        ("## [0.2.0]", False),
        ("## [Unreleased]", False),
        ("## 0.2.0 - 2026-12-01", False),
        ("## [0.2.0] - 1 Dec 2026", False),
        ("## [0.2] - 2026-12-01", False),
        ("## [" + "9" * 5000 + "] - 2026-12-01", False),
    ],
    ids=[
        "release",
        "two-digit-part",
        "no-date",
        "unreleased",
        "no-brackets",
        "date-not-iso",
        "two-parts",
        "long",
    ],
)
def test_release_heading_form(heading: str, is_release: bool) -> None:
    assert (RELEASE_HEADING_RE.match(heading) is not None) is is_release
