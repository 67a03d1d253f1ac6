"""Body and headline accuracy when the pages are rendered by other HTML-to-text tools.

Usage::

    python benchmarks/renderers.py [--eval-dir DIR] [--only NAME] [--worst N] [--show N]

``pages.jsonl`` holds each page rendered one block a line (its ``text``); a
user's scraper may render the same HTML quite differently: as markdown
(html2text, with or without hard wrapping), with column layout (inscriptis),
or one text node a line with the source's blank lines and indents
(BeautifulSoup's ``get_text``). This benchmark renders each page's raw HTML
(``html/<id>.html.gz``, decoded with the page's ``html_charset``) with every
renderer that is installed (``pip install -e .[bench]``) and scores the body
and headline as ``eval_pages.py`` does, so that robustness to the rendering
can be tracked. A renderer that is not installed is skipped; a page a
renderer fails on or renders empty counts as an empty page.

``--show N`` prints the N worst pages of each renderer run, block by block:
each block's kind, rule and the start of its text, with ``+`` before a block
whose words are mostly in the gold body, so that the kinds of failure can be
read (a link list taken for prose, a menu cell left in a column line).
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
import time
import warnings
from collections.abc import Callable
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
DEFAULT_EVAL_DIR = HERE.parent.parent / "shared" / "eval"
sys.path.insert(0, str(HERE))

from eval_pages import FAILED_F1, _gold_headline_lines, headline_matches  # noqa: E402
from metrics import mean, token_overlap  # noqa: E402

import wireparse  # noqa: E402

Renderer = Callable[[str], str]

#: The name of the stored rendering, read from ``pages.jsonl`` rather than rendered.
STORED = "eval"


def _stored() -> Renderer:
    return lambda _html: ""


def _html2text(body_width: int) -> Renderer | None:
    try:
        import html2text
    except ImportError:
        return None

    def render(html: str) -> str:
        converter = html2text.HTML2Text()
        converter.ignore_links = True
        converter.ignore_images = True
        converter.body_width = body_width
        return str(converter.handle(html))

    return render


def _inscriptis() -> Renderer | None:
    try:
        import inscriptis
    except ImportError:
        return None
    return lambda html: str(inscriptis.get_text(html))


def _beautifulsoup() -> Renderer | None:
    try:
        import bs4
    except ImportError:
        return None
    try:
        import lxml  # noqa: F401

        parser = "lxml"
    except ImportError:
        parser = "html.parser"

    def render(html: str) -> str:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            soup = bs4.BeautifulSoup(html, parser)
        for tag in soup(["script", "style", "noscript", "head", "template"]):
            tag.decompose()
        return str(soup.get_text("\n"))

    return render


#: (name, what the rendering looks like, factory returning the renderer or
#: ``None`` when its package is missing), in report order. ``eval`` is the
#: stored one-block-a-line text the other benchmarks score.
RENDERERS: tuple[tuple[str, str, Callable[[], Renderer | None]], ...] = (
    (STORED, "stored text: one block a line, whitespace collapsed", _stored),
    ("inscriptis", "inscriptis.get_text: layout-preserving, padded columns", _inscriptis),
    ("html2text", "html2text, body_width=0: markdown, blank line between blocks", lambda: _html2text(0)),
    ("html2text78", "html2text, default body_width=78: hard-wrapped markdown", lambda: _html2text(78)),
    ("bs4", 'BeautifulSoup get_text("\\n"): one text node a line', _beautifulsoup),
)


def _render(renderer: Renderer, html: str) -> str:
    try:
        return renderer(html)
    except Exception:  # a renderer's own failure is an empty page, not ours
        return ""


def _read_html(eval_dir: Path, case: dict[str, Any]) -> str:
    raw = gzip.decompress((eval_dir / "html" / f"{case['id']}.html.gz").read_bytes())
    return raw.decode(case["html_charset"], "replace")


#: A block is marked as gold body in ``--show`` when this share of its words is in the gold body.
SHOWN_GOLD_SHARE = 0.8
#: How many characters of each block ``--show`` prints.
SHOWN_CHARACTERS = 110


def show_page(text: str, gold_body: str, f1: float, case_id: str) -> None:
    """Print ``text``'s blocks as parsed, marking those the gold body holds."""
    gold_words = set(gold_body.lower().split())
    print(f"=== {case_id}  body F1={f1:.2f}  ({len(text)} characters)")
    for block in wireparse.parse(text).blocks:
        if block.kind.value == "blank":
            continue
        block_words = block.text.lower().split()
        held = sum(1 for word in block_words if word in gold_words)
        mark = "+" if block_words and held >= SHOWN_GOLD_SHARE * len(block_words) else " "
        shown = block.text[:SHOWN_CHARACTERS].replace("\t", "\\t")
        print(f"  {mark} {block.kind.value:<13} {block.rule or '':<24} {shown!r}")


def score_renderer(
    name: str,
    renderer: Renderer,
    cases: list[dict[str, Any]],
    eval_dir: Path,
    worst: int,
    show: int = 0,
) -> dict[str, float]:
    """Render, parse and score every case; print one report line and return the figures."""
    started = time.perf_counter()
    rows: list[tuple[float, str]] = []
    texts: dict[str, str] = {}
    golds = {case["id"]: case["gold"]["body"] for case in cases}
    headline_hits = headline_total = empty = 0
    for case in cases:
        text = case["text"] if name == STORED else _render(renderer, _read_html(eval_dir, case))
        empty += not text.strip()
        if show:
            texts[case["id"]] = text
        article = wireparse.parse(text)
        rows.append((token_overlap(article.body, case["gold"]["body"]).f1, case["id"]))
        gold_lines = _gold_headline_lines(case["gold"])
        if gold_lines:
            headline_total += 1
            headline_hits += headline_matches(article.headline, gold_lines)
    f1s = [f1 for f1, _ in rows]
    figures = {
        "body_f1": mean(f1s),
        "below_half": float(sum(1 for f1 in f1s if f1 < FAILED_F1)),
        "headline_accuracy": headline_hits / headline_total if headline_total else 0.0,
        "empty_renderings": float(empty),
    }
    print(
        f"{name:<12} body F1={figures['body_f1']:.3f}  below {FAILED_F1}: {int(figures['below_half'])}/{len(rows)}"
        f"  headline={figures['headline_accuracy']:.3f} ({headline_hits}/{headline_total})"
        f"  empty renderings: {empty}  ({time.perf_counter() - started:.0f} s)"
    )
    for f1, case_id in sorted(rows)[:worst]:
        print(f"    {f1:.2f} {case_id}")
    shown = [(f1, case_id) for f1, case_id in sorted(rows) if texts.get(case_id, "").strip()]
    for f1, case_id in shown[:show]:
        show_page(texts[case_id], golds[case_id], f1, case_id)
    return figures


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "--eval-dir", type=Path, default=DEFAULT_EVAL_DIR, help="folder of pages.jsonl and html/"
    )
    parser.add_argument("--only", choices=[name for name, _, _ in RENDERERS], action="append")
    parser.add_argument("--worst", type=int, default=0, help="list the N worst pages of each renderer")
    parser.add_argument(
        "--show", type=int, default=0, help="print the N worst non-empty pages block by block"
    )
    arguments = parser.parse_args(argv)
    path = arguments.eval_dir / "pages.jsonl"
    if not path.exists():
        print(f"{path} not found")
        return 1
    cases = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    for name, description, factory in RENDERERS:
        if arguments.only and name not in arguments.only:
            continue
        renderer = factory()
        if renderer is None:
            print(f"{name:<12} not installed, skipped ({description})")
            continue
        score_renderer(name, renderer, cases, arguments.eval_dir, arguments.worst, arguments.show)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
