"""Speed of wireparse.parse(): pages and megabytes per second, and where the time goes.

Usage::

    python benchmarks/speed.py [--pages PATH] [--seed-runs N] [--runs N] [--slowest N]

Measures, in this one process:

- the seed page, parsed ``--seed-runs`` times;
- the ``text`` of every page of the evaluation file (``pages.jsonl``,
  by default ``../shared/eval/pages.jsonl`` beside the project), ``--runs``
  passes over all of them;
- the time of each stage on those pages: the split into blocks, each
  labelling stage of ``wireparse.LABELLING_STAGES`` in order, and the
  assembly of the article;
- the slowest pages, by characters per second, so that a page that is slow
  for its size stands out.

Megabytes are of the UTF-8 encoding of the text (10**6 bytes). This is a
measurement, not a test: it asserts nothing.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Callable, Iterable
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
SEED = ROOT / "seeds" / "000_4b27ec5798bed398.txt"
DEFAULT_PAGES = ROOT.parent / "shared" / "eval" / "pages.jsonl"

sys.path.insert(0, str(ROOT / "src"))

from wireparse import LABELLING_STAGES, parse, split_blocks  # noqa: E402
from wireparse.model import Block  # noqa: E402
from wireparse.pipeline import assemble_article  # noqa: E402


def read_pages(path: Path) -> list[tuple[str, str]]:
    """Return ``(id, text)`` of every case of a JSON Lines file of pages."""
    pages = []
    with path.open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, 1):
            if line.strip():
                case = json.loads(line)
                pages.append((str(case.get("id", number)), case["text"]))
    return pages


def throughput(texts: list[str], runs: int) -> tuple[float, float, float]:
    """Parse every text ``runs`` times; return (seconds, pages per second, MB per second)."""
    size = sum(len(text.encode("utf-8")) for text in texts) * runs
    started = time.perf_counter()
    for _ in range(runs):
        for text in texts:
            parse(text)
    seconds = time.perf_counter() - started
    count = len(texts) * runs
    return seconds, count / seconds, size / 1e6 / seconds


def timed_stages() -> list[tuple[str, Callable[[tuple[Block, ...]], object]]]:
    """The stages as parse() runs them after the split, by name."""
    return [*LABELLING_STAGES, ("assembly", assemble_article)]


def stage_times(texts: Iterable[str]) -> dict[str, float]:
    """Seconds spent in each stage over ``texts``, in pipeline order."""
    totals = {"split": 0.0, **{name: 0.0 for name, _ in timed_stages()}}
    for text in texts:
        started = time.perf_counter()
        blocks = split_blocks(text)
        now = time.perf_counter()
        totals["split"] += now - started
        for name, stage in LABELLING_STAGES:
            started = now
            blocks = stage(blocks)
            now = time.perf_counter()
            totals[name] += now - started
        assemble_article(blocks)
        totals["assembly"] += time.perf_counter() - now
    return totals


def slowest(pages: list[tuple[str, str]], count: int) -> list[tuple[float, str, int, float]]:
    """The ``count`` pages with the fewest characters parsed per second."""
    rows = []
    for page_id, text in pages:
        started = time.perf_counter()
        parse(text)
        seconds = time.perf_counter() - started
        rows.append((len(text) / seconds if seconds else float("inf"), page_id, len(text), seconds))
    return sorted(rows)[:count]


def report_throughput(label: str, texts: list[str], runs: int) -> None:
    seconds, pages_per_second, megabytes_per_second = throughput(texts, runs)
    print(
        f"{label}: {len(texts) * runs} parses in {seconds:.2f} s: "
        f"{pages_per_second:,.0f} pages/s, {megabytes_per_second:.2f} MB/s"
    )


def report_stages(texts: list[str]) -> None:
    totals = stage_times(texts)
    whole = sum(totals.values())
    print(f"\nPer stage, over {len(texts)} pages ({whole:.2f} s in all):")
    for name, seconds in totals.items():
        print(f"  {name:<14} {seconds:8.3f} s  {100 * seconds / whole:5.1f} %")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "--pages", type=Path, default=DEFAULT_PAGES, help="JSON Lines file of pages (field: text)"
    )
    parser.add_argument("--seed-runs", type=int, default=200, help="times the seed page is parsed")
    parser.add_argument("--runs", type=int, default=1, help="passes over the pages file")
    parser.add_argument("--slowest", type=int, default=5, help="list the N slowest pages for their size")
    arguments = parser.parse_args(argv)

    seed = SEED.read_text(encoding="utf-8")
    print(f"Python {sys.version.split()[0]}; seed page: {len(seed):,} characters")
    parse(seed)  # compile the patterns outside the measurement
    report_throughput("seed page", [seed], arguments.seed_runs)

    if not arguments.pages.exists():
        print(f"\n{arguments.pages} not found: pages file skipped")
        report_stages([seed] * arguments.seed_runs)
        return 0
    pages = read_pages(arguments.pages)
    texts = [text for _, text in pages]
    size = sum(len(text.encode("utf-8")) for text in texts)
    print(f"\n{arguments.pages.name}: {len(texts)} pages, {size / 1e6:.2f} MB")
    report_throughput(arguments.pages.name, texts, arguments.runs)
    report_stages(texts)
    if arguments.slowest:
        print(f"\nSlowest {arguments.slowest} pages for their size:")
        for characters_per_second, page_id, length, seconds in slowest(pages, arguments.slowest):
            print(
                f"  {page_id:<24} {length:>9,} chars {1000 * seconds:8.1f} ms {characters_per_second:>12,.0f} chars/s"
            )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
