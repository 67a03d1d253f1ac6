"""Speed of wireparse, side by side with trafilatura and with a one-regex floor.

Usage::

    python benchmarks/speed_compare.py [--eval-dir DIR] [--limit N] [--no-trafilatura]
                                       [--skip speed|scaling|profile ...] [--profile-top N]

Reports, in one process and one run:

* for ``pages.jsonl``, ``wire.jsonl`` and the seed page: pages/s and MB/s of
  ``wireparse.parse``, its peak memory (the largest tracemalloc peak of one page,
  and the growth of the resident set over the whole corpus, measured in a
  forked child), and the same figures for trafilatura on the pages' original
  HTML (``html/<id>.html.gz``, pages only) and on the text wrapped one ``<p>`` a
  line; the floor, one compiled regex search per line over the same text; and
  the ratios;
* linearity: pages of 1x, 10x and 100x a typical page (the seed) of four
  shapes (repeated article bodies, repeated noise, one huge line, tiny lines)
  and the growth of the time from one size to the next (target: 10x input,
  at most 12x time);
* a cProfile breakdown: time in each stage and the top functions.

trafilatura comes from the ``bench`` extra (``pip install -e '.[bench]'``); it
is never a runtime dependency. Without it, its columns are left out.
"""

from __future__ import annotations

import argparse
import cProfile
import gc
import gzip
import html
import json
import multiprocessing
import os
import pstats
import resource
import sys
import time
import tracemalloc
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import regex

import wireparse

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
DEFAULT_EVAL_DIR = ROOT.parent / "shared" / "eval"
SEED = ROOT / "seeds" / "000_4b27ec5798bed398.txt"

#: The floor: one search of one compiled regex on each line, the least any
#: line-based parser does. Matches "officials said"; not "the saidi unit".
FLOOR_RE = regex.compile(r"\bsaid\b")

#: The stage functions whose cumulative time the profile reports, in pipeline order.
PROFILED_STAGES = (
    ("split", "blocks.py", "split_blocks"),
    ("noise", "noise.py", "label_noise"),
    ("structure", "structure.py", "label_structure"),
    ("body", "body.py", "label_body"),
    ("headline", "headline.py", "label_headline"),
    ("assemble (all below)", "pipeline.py", "assemble_article"),
    ("  timestamps", "pipeline.py", "_timestamps"),
    ("  dateline", "pipeline.py", "_split_dateline"),
    ("  captions", "captions.py", "caption_from_block"),
    ("  byline", "bylines.py", "byline_from_block"),
    ("  attributions", "attributions.py", "find_attributions"),
    ("to_dict", "model.py", "to_dict"),  # Article.to_dict, the outermost
)

#: Tiny lines of navigation, cycled to build the page of many tiny lines.
TINY_LINES = ("Home", "News", "|", "World", "1", "•", "More", "Share")


# -- inputs


def load_corpus(path: Path, limit: int | None) -> list[dict[str, Any]]:
    """Read the records of a JSON Lines evaluation file."""
    records = []
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            records.append(json.loads(line))
            if limit is not None and len(records) >= limit:
                break
    return records


def load_html(eval_dir: Path, record: dict[str, Any]) -> str | None:
    """The page's original HTML decoded with its charset, or ``None`` when it is missing."""
    path = eval_dir / "html" / f"{record['id']}.html.gz"
    if not path.exists():
        return None
    return gzip.decompress(path.read_bytes()).decode(record.get("html_charset") or "utf-8", errors="replace")


def wrap_in_paragraphs(page: str) -> str:
    """The text as HTML, one ``<p>`` a line.

    >>> wrap_in_paragraphs("A & B\\nC")
    '<html><body><p>A &amp; B</p><p>C</p></body></html>'
    """
    body = "".join(f"<p>{html.escape(line, quote=False)}</p>" for line in page.splitlines() if line.strip())
    return f"<html><body>{body}</body></html>"


# -- measuring


def time_pass(
    function: Callable[[str], object], items: Sequence[str], repeat: int = 1
) -> tuple[float, float]:
    """Seconds to run ``function`` once on every item, by the wall clock and in CPU time.

    Each is the best of ``repeat`` passes: on a shared machine the best pass is
    the one least disturbed by other work, and CPU time is less disturbed still.
    """
    best_wall = best_cpu = float("inf")
    for _ in range(repeat):
        wall, cpu = time.perf_counter(), time.process_time()
        for item in items:
            function(item)
        best_wall = min(best_wall, time.perf_counter() - wall)
        best_cpu = min(best_cpu, time.process_time() - cpu)
    return best_wall, best_cpu


def floor_search(page: str) -> None:
    """The floor's work on one page: one regex search on each line."""
    search = FLOOR_RE.search
    for line in page.splitlines():
        search(line)


def parse_to_dict(page: str) -> dict[str, Any]:
    """Parse and serialise, as the batch command does (JSON encoding excluded)."""
    return wireparse.parse(page).to_dict()


def tracemalloc_peak(function: Callable[[str], object], items: Sequence[str]) -> float:
    """The largest peak of traced memory while handling one item, in MB."""
    tracemalloc.start()
    largest = 0
    try:
        for item in items:
            tracemalloc.reset_peak()
            function(item)
            largest = max(largest, tracemalloc.get_traced_memory()[1])
    finally:
        tracemalloc.stop()
    return largest / 1e6


def _rss_child(function: Callable[[str], object], items: Sequence[str], sender: Any) -> None:
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    for item in items:
        function(item)
    sender.send(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before)
    sender.close()


def rss_growth(function: Callable[[str], object], items: Sequence[str]) -> float | None:
    """Growth of the peak resident set while handling every item, in MB, measured in a forked child."""
    if "fork" not in multiprocessing.get_all_start_methods():
        return None
    context = multiprocessing.get_context("fork")
    receiver, sender = context.Pipe(duplex=False)
    child = context.Process(target=_rss_child, args=(function, items, sender))
    child.start()
    growth_kb = receiver.recv()
    child.join()
    return max(growth_kb, 0) / 1024


def speed_row(
    name: str,
    function: Callable[[str], object],
    items: Sequence[str],
    megabytes: float,
    *,
    memory: bool,
    repeat: int = 1,
) -> dict[str, Any]:
    """Measure one tool on one corpus."""
    function(items[0])  # warm up: imports, compiled patterns
    seconds, cpu_seconds = time_pass(function, items, repeat)
    row: dict[str, Any] = {
        "tool": name,
        "pages": len(items),
        "seconds": seconds,
        "pages_per_s": len(items) / seconds,
        "mb_per_s": megabytes / seconds,
        "cpu_pages_per_s": len(items) / cpu_seconds if cpu_seconds else float("inf"),
    }
    if memory:
        row["peak_page_mb"] = tracemalloc_peak(function, items)
        row["rss_growth_mb"] = rss_growth(function, items)
    return row


def _cell(value: float | None, digits: int = 1) -> str:
    return "-" if value is None else f"{value:,.{digits}f}"


def print_speed_table(corpus: str, rows: list[dict[str, Any]]) -> None:
    print(f"\n== speed: {corpus}")
    print(
        f"{'tool':32} {'pages':>6} {'seconds':>8} {'pages/s':>10} {'MB/s':>7} {'CPU pages/s':>12} "
        f"{'peak/page MB':>13} {'RSS growth MB':>14}"
    )
    for row in rows:
        print(
            f"{row['tool']:32} {row['pages']:>6} {row['seconds']:>8.2f} {row['pages_per_s']:>10,.1f} "
            f"{row['mb_per_s']:>7.2f} {row['cpu_pages_per_s']:>12,.1f} {_cell(row.get('peak_page_mb'), 2):>13} {_cell(row.get('rss_growth_mb')):>14}"
        )


def run_speed(eval_dir: Path, limit: int | None, with_trafilatura: bool, repeat: int) -> None:
    extract: Callable[[str], object] | None = None
    if with_trafilatura:
        try:
            import trafilatura

            def extract(document: str) -> object:
                return trafilatura.extract(document, include_comments=False)

        except ImportError:
            print("trafilatura is not installed (pip install -e '.[bench]'): its columns are left out")
    seed = SEED.read_text(encoding="utf-8")
    corpora: list[tuple[str, list[dict[str, Any]]]] = []
    for file_name in ("pages.jsonl", "wire.jsonl"):
        path = eval_dir / file_name
        if path.exists():
            corpora.append((file_name, load_corpus(path, limit)))
        else:
            print(f"{path} not found, skipped")
    # The seed is one page: repeat it so that the timing is long enough to mean something.
    corpora.append(("seed (x200)", [{"id": "seed", "text": seed}] * 200))
    for corpus, records in corpora:
        pages = [record["text"] for record in records]
        megabytes = sum(len(page.encode("utf-8")) for page in pages) / 1e6
        rows = [
            speed_row("wireparse parse()", wireparse.parse, pages, megabytes, memory=True, repeat=repeat),
            speed_row(
                "wireparse parse() + to_dict()", parse_to_dict, pages, megabytes, memory=False, repeat=repeat
            ),
            speed_row(
                "floor: one regex search a line", floor_search, pages, megabytes, memory=True, repeat=repeat
            ),
        ]
        if extract is not None:
            wrapped = [wrap_in_paragraphs(page) for page in pages]
            rows.append(
                speed_row(
                    "trafilatura, text as <p> lines", extract, wrapped, megabytes, memory=True, repeat=repeat
                )
            )
            if corpus == "pages.jsonl":
                documents = [load_html(eval_dir, record) for record in records]
                if all(document is not None for document in documents):
                    html_pages = [document for document in documents if document is not None]
                    html_megabytes = sum(len(document.encode("utf-8")) for document in html_pages) / 1e6
                    html_row = speed_row(
                        "trafilatura, original HTML",
                        extract,
                        html_pages,
                        html_megabytes,
                        memory=True,
                        repeat=repeat,
                    )
                    rows.append(html_row)
        print_speed_table(f"{corpus} ({len(pages)} pages, {megabytes:.2f} MB of text)", rows)
        by_tool = {row["tool"]: row for row in rows}
        ours = by_tool["wireparse parse()"]
        print("ratios (by CPU time, the measure least disturbed by other work on the machine):")
        floor = by_tool["floor: one regex search a line"]
        print(f"  wireparse time / floor time: {floor['cpu_pages_per_s'] / ours['cpu_pages_per_s']:.1f}x")
        for tool in ("trafilatura, original HTML", "trafilatura, text as <p> lines"):
            if tool in by_tool:
                ratio = ours["cpu_pages_per_s"] / by_tool[tool]["cpu_pages_per_s"]
                print(f"  wireparse speed / {tool}: {ratio:.1f}x")
    print(
        "\ntargets (pages.jsonl, one process): >= 1,000 pages/s, >= 10x trafilatura on HTML, within 10x of the floor"
    )


# -- the batch command's engine


def run_batch_speed(eval_dir: Path, limit: int | None) -> None:
    """Pages per second of the batch engine (parse, to_dict, JSON line) with 1 and with all cores."""
    from wireparse.batch import RawRecord, RecordFormat, default_jobs, process_records

    print(f"\n== batch engine: read, parse, serialise to a JSON line ({default_jobs()} cores)")
    print(f"{'file':14} {'jobs':>5} {'pages':>6} {'seconds':>8} {'pages/s':>9} {'MB/s':>6}")
    for file_name in ("pages.jsonl", "wire.jsonl"):
        path = eval_dir / file_name
        if not path.exists():
            continue
        with path.open("rb") as handle:
            lines = [line for line, _ in zip(handle, range(limit or sys.maxsize), strict=False)]
        records = [RawRecord(file_name, number, line) for number, line in enumerate(lines, start=1)]
        megabytes = sum(len(line) for line in lines) / 1e6
        for jobs in sorted({1, default_jobs()}):
            started = time.perf_counter()
            failed = sum(
                result.error is not None
                for _, result in process_records(records, RecordFormat("text"), jobs=jobs)
            )
            seconds = time.perf_counter() - started
            note = f"  ({failed} failed)" if failed else ""
            print(
                f"{file_name:14} {jobs:>5} {len(records):>6} {seconds:>8.2f} {len(records) / seconds:>9,.1f} "
                f"{megabytes / seconds:>6.2f}{note}"
            )


# -- linearity


def _lines_and_labels(seed: str) -> tuple[list[str], list[str], list[str]]:
    """The seed's lines split into those before the body, the body's and the noise's."""
    article = wireparse.parse(seed)
    body = [paragraph.text for paragraph in article.paragraphs]
    noise = [block.text for block in article.noise if block.text]
    head = [line for line in seed.splitlines() if line and line not in body and line not in noise]
    return head, body or seed.splitlines(), noise or seed.splitlines()


def scaled_pages(seed: str, factor: int) -> dict[str, str]:
    """Pages of ``factor`` times the seed, one for each shape.

    >>> pages = scaled_pages("Headline\\nThe minister said the talks would resume.\\nShare this", 10)
    >>> sorted(pages)
    ['one huge line', 'repeated article bodies', 'repeated noise', 'tiny lines']
    >>> pages["one huge line"].count("\\n"), pages["tiny lines"].count("\\n")
    (0, 10000)
    """
    head, body, noise = _lines_and_labels(seed)
    return {
        "repeated article bodies": "\n".join(head + body * factor + noise) + "\n",
        "repeated noise": "\n".join(head + body + noise * factor) + "\n",
        "one huge line": " ".join(seed.split("\n")) * factor,
        "tiny lines": "".join(TINY_LINES[n % len(TINY_LINES)] + "\n" for n in range(1000 * factor)),
    }


def best_time(page: str, budget: float = 0.5, at_most: int = 20) -> float:
    """The best CPU time of ``parse(page)`` over repeats that fit in about ``budget`` seconds.

    CPU time, as in the speed table: other work on a shared machine stretches
    the wall clock of the long pages most. Each repeat starts from a collected
    heap, so that no repeat pays for the garbage of the one before; the
    collector stays on while ``parse`` runs, as it does for a user.
    """
    times = []
    started = time.perf_counter()
    while len(times) < at_most and (not times or time.perf_counter() - started < budget):
        gc.collect()
        begin = time.process_time()
        wireparse.parse(page)
        times.append(time.process_time() - begin)
    return min(times)


def run_scaling(give_up_after: float) -> None:
    seed = SEED.read_text(encoding="utf-8")
    print(f"\n== linearity (1x = the seed page, {len(seed):,} characters; target: 10x input, <= 12x time)")
    print(
        f"{'shape':26} {'1x ms':>9} {'10x ms':>9} {'100x ms':>10} {'10x/1x':>7} {'100x/10x':>9} {'100x size':>12}"
    )
    shapes: dict[str, dict[int, str]] = {}
    for factor in (1, 10, 100):
        for shape, page in scaled_pages(seed, factor).items():
            shapes.setdefault(shape, {})[factor] = page
    for shape, pages in shapes.items():
        times: dict[int, float] = {}
        for factor, page in pages.items():
            if factor > 1 and times.get(factor // 10, 0.0) > give_up_after:
                break  # the previous size was already too slow: do not wait for this one
            times[factor] = best_time(page)
        first = times.get(10, float("nan")) / times[1]
        second = times.get(100, float("nan")) / times.get(10, float("nan"))
        hundred = f"{times[100] * 1000:10.1f}" if 100 in times else f"{'skipped':>10}"
        ten = f"{times[10] * 1000:9.1f}" if 10 in times else f"{'skipped':>9}"
        print(
            f"{shape:26} {times[1] * 1000:9.2f} {ten} {hundred} {first:7.1f} {second:9.1f} "
            f"{len(pages[100]):>12,}"
        )


# -- profile


def run_profile(eval_dir: Path, limit: int | None, top: int) -> None:
    path = eval_dir / "pages.jsonl"
    if not path.exists():
        print(f"{path} not found: no profile")
        return
    pages = [record["text"] for record in load_corpus(path, limit)]
    for page in pages[:3]:
        wireparse.parse(page)
    profiler = cProfile.Profile()
    profiler.enable()
    for page in pages:
        wireparse.parse(page).to_dict()
    profiler.disable()
    stats = pstats.Stats(profiler)
    raw: dict[tuple[str, int, str], tuple[int, int, float, float, Any]] = stats.stats  # type: ignore[attr-defined]
    total = sum(entry[2] for entry in raw.values())
    print(
        f"\n== profile: pages.jsonl ({len(pages)} pages, parse() + to_dict(), {total:.2f} s under the profiler)"
    )
    print(f"{'stage':24} {'cumulative s':>12} {'share':>7}")
    for label, file_name, function in PROFILED_STAGES:
        # The largest: nested methods of one name (to_dict) must not be counted twice.
        cumulative = max(
            (
                entry[3]
                for (path_name, _line, name), entry in raw.items()
                if name == function and os.path.basename(path_name) == file_name
            ),
            default=0.0,
        )
        print(f"{label:24} {cumulative:12.3f} {cumulative / total:7.1%}")
    print(f"\ntop {top} functions by own time:")
    print(f"{'own s':>8} {'share':>7} {'calls':>9}  function")
    ranked = sorted(raw.items(), key=lambda item: item[1][2], reverse=True)[:top]
    for (path_name, line, name), entry in ranked:
        where = f"{os.path.basename(path_name)}:{line}" if path_name != "~" else "builtin"
        print(f"{entry[2]:8.3f} {entry[2] / total:7.1%} {entry[1]:9,}  {name} ({where})")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--eval-dir", type=Path, default=DEFAULT_EVAL_DIR, help="folder of the .jsonl files")
    parser.add_argument("--limit", type=int, help="read at most N pages of each file")
    parser.add_argument("--no-trafilatura", action="store_true", help="leave trafilatura out")
    parser.add_argument(
        "--skip", action="append", default=[], choices=("speed", "batch", "scaling", "profile")
    )
    parser.add_argument(
        "--repeat", type=int, default=3, help="timed passes over each corpus; the best counts"
    )
    parser.add_argument("--profile-top", type=int, default=15, help="functions listed in the profile")
    parser.add_argument(
        "--give-up-after",
        type=float,
        default=10.0,
        help="skip the next size when one parse took this long (s)",
    )
    arguments = parser.parse_args(argv)
    print(f"python {sys.version.split()[0]}, wireparse {wireparse.__version__}, {os.cpu_count()} cores")
    if "speed" not in arguments.skip:
        run_speed(arguments.eval_dir, arguments.limit, not arguments.no_trafilatura, arguments.repeat)
    if "batch" not in arguments.skip:
        run_batch_speed(arguments.eval_dir, arguments.limit)
    if "scaling" not in arguments.skip:
        run_scaling(arguments.give_up_after)
    if "profile" not in arguments.skip:
        run_profile(arguments.eval_dir, arguments.limit, arguments.profile_top)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
