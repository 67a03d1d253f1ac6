"""Parse many pages at once: the ``wireparse batch`` command.

Strategy: a reader walks the inputs lazily (page files, directories, or JSON
Lines, plain or gzipped) and yields raw records: bytes plus where they came
from. Records go to worker processes in chunks, with a bounded number of
chunks in flight, so memory stays bounded whatever the input's size; the
results come back in input order and are written as JSON Lines, one line a
record. Each worker decodes, reads the JSON, parses the page and serialises
the article itself, so the parent only reads and writes.

Must never: drop a record (a record that cannot be read gives an error record
in the output and a message on standard error, and the batch goes on), load
the whole input at once, or reorder the output.
"""

from __future__ import annotations

import argparse
import collections
import concurrent.futures
import contextlib
import datetime as dt
import fnmatch
import gzip
import io
import itertools
import json
import multiprocessing
import os
import sys
import time
import zlib
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path
from typing import IO, Any, NoReturn, TextIO, cast

import attrs

from wireparse.cli import encoded_output, reference_time
from wireparse.pipeline import parse
from wireparse.rows import RecordError, id_of, load_json_record, page_of

#: Records sent to a worker at a time: large enough that the cost of sending
#: is small beside the cost of parsing, small enough to keep every core busy.
DEFAULT_CHUNK_SIZE = 32
#: Chunks in flight per worker: the bound on memory is
#: ``jobs * CHUNKS_IN_FLIGHT_PER_JOB * chunk_size`` records.
CHUNKS_IN_FLIGHT_PER_JOB = 4
#: How often the progress bar is redrawn, in seconds.
PROGRESS_INTERVAL = 0.2
#: The first bytes of a gzip stream.
GZIP_MAGIC = b"\x1f\x8b"


@attrs.frozen
class RecordFormat:
    """How to find the page (and its id) in a raw record."""

    #: The JSON field holding the page, or ``None`` when each input file is one page.
    text_field: str | None = None
    #: The JSON field holding the record's id (``None``: no id).
    id_field: str | None = "id"
    #: When the pages were fetched: dates relative times (see :func:`wireparse.parse`).
    reference: dt.datetime | None = None


@attrs.frozen
class RawRecord:
    """One record as read, before decoding: its bytes and where they came from."""

    #: The file the record came from (``-`` for standard input).
    source_file: str
    #: Its line number in a JSON Lines file, from 1; ``None`` for a page file.
    source_line: int | None
    #: The record's bytes; ``None`` when reading failed (see ``read_error``).
    data: bytes | None
    #: Why the record could not be read from its file, or ``None``.
    read_error: str | None = None
    #: Bytes of input consumed so far, after this record (for the progress bar).
    position: int = 0

    @property
    def location(self) -> str:
        """``FILE:LINE``, or ``FILE`` for a page file.

        >>> RawRecord("pages.jsonl", 12, b"{}").location
        'pages.jsonl:12'
        """
        return self.source_file if self.source_line is None else f"{self.source_file}:{self.source_line}"


@attrs.frozen
class Result:
    """The output line of one record and, when it failed, why."""

    #: The JSON object, serialised on one line without its newline.
    line: str
    #: Why the record failed, or ``None`` when its page was parsed.
    error: str | None


# -- turning a raw record into an output line (runs in the workers)


def to_json_line(value: dict[str, Any]) -> str:
    """Serialise ``value`` on one line, as UTF-8 text where it can be.

    JSON text may carry a lone surrogate (``"\\ud800"``) that no UTF-8 file can
    hold; such a line is written with ASCII escapes instead.

    >>> to_json_line({"text": "café"}), to_json_line({"text": "a\\ud800b"})
    ('{"text": "café"}', '{"text": "a\\\\ud800b"}')
    """
    line = json.dumps(value, ensure_ascii=False)
    try:
        line.encode("utf-8")
    except UnicodeEncodeError:
        return json.dumps(value)
    return line


def _read_page(raw: RawRecord, record_format: RecordFormat, head: dict[str, Any]) -> str:
    """Return the page of ``raw``, setting ``head["id"]`` as soon as it is known.

    Raises :class:`RecordError` when the record has no readable page.
    """
    if record_format.text_field is None:  # a page file: its path is its id
        head["id"] = raw.source_file
    if raw.read_error is not None or raw.data is None:
        raise RecordError(raw.read_error or "no data")
    if record_format.text_field is None:
        try:
            return raw.data.decode("utf-8")
        except UnicodeDecodeError as error:
            raise RecordError(f"undecodable bytes: not UTF-8 at byte {error.start}") from None
    record = load_json_record(raw.data)
    head["id"] = id_of(record, record_format.id_field)
    return page_of(record, record_format.text_field)


def process_record(raw: RawRecord, record_format: RecordFormat) -> Result:
    """Parse one raw record into its output line.

    The line is the article's :meth:`~wireparse.Article.to_dict` preceded by
    ``id``, ``source_file``, ``source_line`` and ``error`` (``null``); a
    record without a readable page gives those four keys only, ``error``
    saying why.

    >>> result = process_record(RawRecord("in.jsonl", 3, b'{"id": 1, "text": "Hello."}'), RecordFormat("text"))
    >>> record = json.loads(result.line)
    >>> record["id"], record["source_file"], record["source_line"], record["error"], result.error
    ('1', 'in.jsonl', 3, None, None)
    >>> print(process_record(RawRecord("in.jsonl", 4, b'{"id": 2}'), RecordFormat("text")).line)
    {"id": "2", "source_file": "in.jsonl", "source_line": 4, "error": "missing field 'text'"}
    """
    head: dict[str, Any] = {"id": None, "source_file": raw.source_file, "source_line": raw.source_line}
    try:
        article = parse(_read_page(raw, record_format, head), reference=record_format.reference)
    except RecordError as error:
        return Result(line=to_json_line({**head, "error": str(error)}), error=str(error))
    except Exception as error:  # a bug in a stage must not stop a long batch
        message = f"parse failed: {type(error).__name__}: {error}"
        return Result(line=to_json_line({**head, "error": message}), error=message)
    return Result(line=to_json_line({**head, "error": None, **article.to_dict()}), error=None)


def process_chunk(chunk: Sequence[RawRecord], record_format: RecordFormat) -> list[Result]:
    """Process a chunk of records, in order (the task a worker runs)."""
    return [process_record(raw, record_format) for raw in chunk]


# -- reading the inputs (runs in the parent)


def is_selected(name: str, pattern: str) -> bool:
    """True when a file name matches the glob ``pattern``, with or without its ``.gz``.

    >>> is_selected("a.txt", "*.txt"), is_selected("a.txt.gz", "*.txt"), is_selected("a.html", "*.txt")
    (True, True, False)
    """
    return fnmatch.fnmatch(name, pattern) or (name.endswith(".gz") and fnmatch.fnmatch(name[:-3], pattern))


def find_input_files(paths: Iterable[str], pattern: str) -> Iterator[str]:
    """Yield the input files: each path as given, and a directory's matching files, sorted, recursively.

    ``-`` (standard input) and paths that do not exist are yielded as given,
    so that reading them reports them.
    """
    for path in paths:
        if path != "-" and os.path.isdir(path):
            found = (
                str(file)
                for file in Path(path).rglob("*")
                if file.is_file() and is_selected(file.name, pattern)
            )
            yield from sorted(found)
        else:
            yield path


def _no_position() -> int:
    return 0


def _open_binary(
    path: str, stdin: IO[bytes], stack: contextlib.ExitStack
) -> tuple[IO[bytes], Callable[[], int]]:
    """Open ``path`` for reading bytes, gunzipping a gzip stream; also return a function giving the bytes read.

    The files opened are closed with ``stack``; standard input is left open.
    """
    raw: IO[bytes]
    position: Callable[[], int]
    if path == "-":
        raw = stdin if isinstance(stdin, io.BufferedReader) else io.BufferedReader(stdin)  # type: ignore[type-var]
        is_gzip = raw.peek(2)[:2] == GZIP_MAGIC
        position = _no_position  # standard input: no progress by bytes
    else:
        raw = stack.enter_context(open(path, "rb"))  # noqa: SIM115 (closed by the stack)
        is_gzip = path.endswith(".gz")
        position = raw.tell
    if is_gzip:
        unzipped = gzip.GzipFile(fileobj=raw, mode="rb")
        stack.callback(unzipped.close)
        return cast(IO[bytes], unzipped), position
    return raw, position


def _error_text(error: BaseException) -> str:
    if isinstance(error, OSError) and error.strerror:
        return error.strerror
    return str(error) or type(error).__name__


def read_records(
    files: Iterable[str], record_format: RecordFormat, stdin: IO[bytes] | None = None
) -> Iterator[RawRecord]:
    """Yield the raw records of ``files`` lazily, in order.

    With a ``text_field`` each non-blank line of a file is a record (JSON
    Lines); without, each file is one page. A file that cannot be opened, or
    fails part way (a truncated gzip stream), gives an error record where
    reading stopped.
    """
    stdin = stdin if stdin is not None else sys.stdin.buffer
    consumed = 0
    for path in files:
        line_number = 0
        size = 0
        try:
            with contextlib.ExitStack() as stack:
                handle, position = _open_binary(path, stdin, stack)
                if record_format.text_field is None:
                    data = handle.read()
                    size = position()
                    yield RawRecord(path, None, data, position=consumed + size)
                else:
                    for line_number, line in enumerate(handle, start=1):
                        if line.strip():
                            size = position()
                            record = line.rstrip(b"\r\n")
                            yield RawRecord(path, line_number, record, position=consumed + size)
        except (OSError, EOFError, zlib.error) as error:  # BadGzipFile is an OSError
            failed_line = None if record_format.text_field is None else line_number + 1
            yield RawRecord(
                path, failed_line, None, read_error=f"cannot read: {_error_text(error)}", position=consumed
            )
        consumed += size


def total_input_bytes(files: Sequence[str]) -> int | None:
    """Return the size of the input files on disk, or ``None`` when one is standard input or missing."""
    try:
        return sum(os.path.getsize(path) for path in files if path != "-") if "-" not in files else None
    except OSError:
        return None


# -- running the records through the workers


def _chunks(records: Iterable[RawRecord], chunk_size: int) -> Iterator[list[RawRecord]]:
    iterator = iter(records)
    while chunk := list(itertools.islice(iterator, chunk_size)):
        yield chunk


def process_records(
    records: Iterable[RawRecord],
    record_format: RecordFormat,
    *,
    jobs: int = 1,
    chunk_size: int = DEFAULT_CHUNK_SIZE,
) -> Iterator[tuple[RawRecord, Result]]:
    """Yield each record with its result, in input order, using ``jobs`` worker processes.

    With ``jobs == 1`` everything runs in this process. Otherwise chunks are
    handed to worker processes and at most ``jobs * CHUNKS_IN_FLIGHT_PER_JOB`` of them are
    in flight: the next chunk is read only when the oldest one's results have
    been taken, so an endless input is processed in bounded memory.

    >>> raw = [RawRecord("a.jsonl", n, b'{"text": "Hello."}') for n in (1, 2, 3)]
    >>> [(r.source_line, result.error) for r, result in process_records(raw, RecordFormat("text"), chunk_size=2)]
    [(1, None), (2, None), (3, None)]
    """
    chunks = _chunks(records, chunk_size)
    if jobs <= 1:
        for chunk in chunks:
            yield from zip(chunk, process_chunk(chunk, record_format), strict=True)
        return
    window = jobs * CHUNKS_IN_FLIGHT_PER_JOB
    # An executor rather than multiprocessing.Pool: a worker that dies (killed
    # for memory, say) fails the batch with BrokenProcessPool instead of hanging it.
    executor = concurrent.futures.ProcessPoolExecutor(
        max_workers=jobs, mp_context=multiprocessing.get_context()
    )
    try:
        in_flight: collections.deque[tuple[list[RawRecord], concurrent.futures.Future[list[Result]]]]
        in_flight = collections.deque()
        for chunk in chunks:
            # The worker needs the bytes; the parent keeps only what it reports.
            kept = [attrs.evolve(raw, data=None) for raw in chunk]
            in_flight.append((kept, executor.submit(process_chunk, chunk, record_format)))
            if len(in_flight) >= window:
                kept, pending = in_flight.popleft()
                yield from zip(kept, pending.result(), strict=True)
        while in_flight:
            kept, pending = in_flight.popleft()
            yield from zip(kept, pending.result(), strict=True)
    finally:
        executor.shutdown(wait=True, cancel_futures=True)


# -- progress and summary


def _duration(seconds: float) -> str:
    """Format a duration as ``H:MM:SS`` or ``M:SS``.

    >>> _duration(75.4), _duration(3725)
    ('1:15', '1:02:05')
    """
    minutes, seconds = divmod(round(seconds), 60)
    hours, minutes = divmod(minutes, 60)
    return f"{hours}:{minutes:02d}:{seconds:02d}" if hours else f"{minutes}:{seconds:02d}"


@attrs.define
class Progress:
    """A progress line on a terminal: pages, pages per second, and an ETA when the total is known.

    The total is known either as a count of pages (page files) or as a count
    of input bytes (JSON Lines files), in which case the ETA comes from the
    share of the bytes read.
    """

    stream: TextIO
    total_pages: int | None = None
    total_bytes: int | None = None
    clock: Callable[[], float] = time.monotonic
    started: float = attrs.field(init=False)
    last_drawn: float = attrs.field(init=False, default=-1.0)
    visible: bool = attrs.field(init=False, default=False)

    def __attrs_post_init__(self) -> None:
        self.started = self.clock()

    def line(self, pages: int, position: int, now: float) -> str:
        """Return the progress line for ``pages`` done and ``position`` bytes read at time ``now``.

        >>> progress = Progress(io.StringIO(), total_pages=200, clock=lambda: 0.0)
        >>> progress.line(50, 0, 10.0)
        '50/200 pages (25%), 5.0 pages/s, ETA 0:30'
        >>> Progress(io.StringIO(), total_bytes=4000, clock=lambda: 0.0).line(50, 1000, 10.0)
        '50 pages (25% of the input), 5.0 pages/s, ETA 0:30'
        >>> Progress(io.StringIO(), clock=lambda: 0.0).line(50, 0, 10.0)
        '50 pages, 5.0 pages/s'
        """
        elapsed = max(now - self.started, 1e-9)
        rate = pages / elapsed
        fraction = None
        if self.total_pages:
            fraction = pages / self.total_pages
            done = f"{pages}/{self.total_pages} pages ({fraction:.0%})"
        elif self.total_bytes:
            fraction = min(position / self.total_bytes, 1.0)
            done = f"{pages} pages ({fraction:.0%} of the input)"
        else:
            done = f"{pages} pages"
        text = f"{done}, {rate:.1f} pages/s"
        if fraction:
            text += f", ETA {_duration(elapsed * (1 - fraction) / fraction)}"
        return text

    def update(self, pages: int, position: int) -> None:
        """Redraw the line, at most every :data:`PROGRESS_INTERVAL` seconds."""
        now = self.clock()
        if now - self.last_drawn < PROGRESS_INTERVAL:
            return
        self.last_drawn = now
        self.stream.write("\r\x1b[K" + self.line(pages, position, now))
        self.stream.flush()
        self.visible = True

    def clear(self) -> None:
        """Erase the line, before another message or at the end."""
        if self.visible:
            self.stream.write("\r\x1b[K")
            self.stream.flush()
            self.visible = False


def summary(records: int, failed: int, seconds: float) -> str:
    """The closing line of a batch.

    >>> summary(1000, 2, 4.0)
    'wireparse batch: 1000 records, 998 parsed, 2 failed, in 4.0 s (250.0 pages/s)'
    """
    rate = records / seconds if seconds > 0 else 0.0
    return (
        f"wireparse batch: {records} records, {records - failed} parsed, {failed} failed, "
        f"in {seconds:.1f} s ({rate:.1f} pages/s)"
    )


# -- the command


class _ArgumentParser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        self.exit(2, f"wireparse batch: error: {message}\n")


def _positive(text: str) -> int:
    value = int(text)
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1, got {value}")
    return value


def default_jobs() -> int:
    """The number of cores this process may use."""
    if hasattr(os, "sched_getaffinity"):
        return max(len(os.sched_getaffinity(0)), 1)
    return os.cpu_count() or 1  # pragma: no cover (platforms without affinity)


def build_parser() -> argparse.ArgumentParser:
    """The parser of ``wireparse batch``'s arguments."""
    parser = _ArgumentParser(
        prog="wireparse batch",
        description=(
            "Parse many pages and write one JSON line per page, in input order: the article "
            "(as `wireparse PAGE` prints it) with id, source_file, source_line and error."
        ),
        epilog=(
            "Exit status: 0 when every record was parsed, 1 when some failed (each has an error "
            "record in the output and a message here), 2 on bad usage."
        ),
    )
    parser.add_argument(
        "inputs",
        nargs="*",
        default=["-"],
        help="page files, directories (searched recursively), or - for standard input (the default); "
        ".gz files are read transparently",
    )
    parser.add_argument(
        "--field",
        metavar="NAME",
        help="read JSON Lines, one page per line in field NAME (e.g. text); without it each file is one page",
    )
    parser.add_argument(
        "--id-field",
        metavar="NAME",
        default="id",
        help="JSON field copied to the output's id (default: id); a page file's id is its path",
    )
    parser.add_argument(
        "--glob",
        metavar="PATTERN",
        help="files to take from a directory (default: *.jsonl with --field, else *.txt; "
        "NAME.gz matches when NAME does)",
    )
    parser.add_argument(
        "-o", "--output", metavar="FILE", help="write here instead of standard output; FILE.gz is gzipped"
    )
    parser.add_argument(
        "-j",
        "--jobs",
        type=_positive,
        default=None,
        help="worker processes (default: one per core); 1 runs in this process",
    )
    parser.add_argument(
        "--chunk-size", type=_positive, default=DEFAULT_CHUNK_SIZE, help="records sent to a worker at a time"
    )
    parser.add_argument(
        "--reference",
        type=reference_time,
        metavar="TIME",
        help="when the pages were fetched, as ISO 8601: dates relative times and years left out",
    )
    return parser


def _open_output(path: str | None, stdout: TextIO) -> tuple[TextIO, bool]:
    if path is None or path == "-":
        return stdout, False
    if path.endswith(".gz"):
        return gzip.open(path, "wt", encoding="utf-8", newline="\n"), True
    return open(path, "w", encoding="utf-8", newline="\n"), True


def _binary_stdin(stdin: IO[Any]) -> IO[bytes]:
    if hasattr(stdin, "buffer"):
        return stdin.buffer  # type: ignore[no-any-return]
    return io.BytesIO(stdin.read().encode("utf-8"))


def _is_terminal(stream: IO[Any]) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False


def input_pattern(arguments: argparse.Namespace) -> str:
    """The file-name pattern that selects a directory's input files."""
    return str(arguments.glob or ("*.jsonl" if arguments.field else "*.txt"))


def input_files(arguments: argparse.Namespace) -> list[str]:
    """The input files that parsed ``arguments`` name, directories expanded."""
    return list(find_input_files(arguments.inputs, input_pattern(arguments)))


def run(arguments: argparse.Namespace, stdin: IO[Any], stdout: TextIO, stderr: TextIO) -> tuple[int, int]:
    """Run a batch described by parsed ``arguments``; return (records, failed)."""
    record_format = RecordFormat(
        text_field=arguments.field, id_field=arguments.id_field or None, reference=arguments.reference
    )
    files = input_files(arguments)
    progress = None
    if _is_terminal(stderr):
        progress = Progress(
            stderr,
            total_pages=None if arguments.field else len(files),
            total_bytes=total_input_bytes(files) if arguments.field else None,
        )
    records = read_records(files, record_format, _binary_stdin(stdin))
    jobs = arguments.jobs or default_jobs()
    count = failed = 0
    for raw, result in process_records(records, record_format, jobs=jobs, chunk_size=arguments.chunk_size):
        stdout.write(result.line + "\n")
        count += 1
        if result.error is not None:
            failed += 1
            if progress is not None:
                progress.clear()
            stderr.write(f"wireparse batch: error: {raw.location}: {result.error}\n")
        if progress is not None:
            progress.update(count, raw.position)
    if progress is not None:
        progress.clear()
    return count, failed


def main(
    argv: Sequence[str] | None = None,
    stdin: IO[Any] | None = None,
    stdout: TextIO | None = None,
    stderr: TextIO | None = None,
) -> int:
    """Run ``wireparse batch`` with the arguments after ``batch``; return the exit status."""
    stdin = stdin or sys.stdin
    stdout = stdout or sys.stdout
    stderr = stderr or sys.stderr
    arguments = build_parser().parse_args(argv)
    if not input_files(arguments):
        # Only directories were named, and none holds a matching file.
        stderr.write(
            f"wireparse batch: error: no input file in {' '.join(arguments.inputs)} "
            f"matches {input_pattern(arguments)!r} (see --glob)\n"
        )
        return 2
    try:
        output, owned = _open_output(arguments.output, stdout)
    except OSError as error:
        stderr.write(f"wireparse batch: error: cannot write {arguments.output}: {_error_text(error)}\n")
        return 2
    started = time.monotonic()
    try:
        # JSON Lines are UTF-8 whatever the terminal's encoding (RFC 8259).
        with encoded_output(output, "utf-8") as stream:
            count, failed = run(arguments, stdin, stream, stderr)
    except BrokenPipeError:  # the reader went away (``| head``): stop quietly
        if output is sys.stdout:
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 1
    finally:
        if owned:
            output.close()
    stderr.write(summary(count, failed, time.monotonic() - started) + "\n")
    return 1 if failed else 0
