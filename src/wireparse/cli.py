"""The ``wireparse`` command line.

``wireparse PAGE`` prints the article as JSON; ``--format text`` prints every
block with its label so a person can check a page at a glance. Exit status 0 on
success, 2 with a one-line message on bad usage or an unreadable file.

``wireparse batch ...`` parses many pages into JSON Lines (see
:mod:`wireparse.batch`). A page file named ``batch`` is read with
``wireparse ./batch`` or ``wireparse -- batch``.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import io
import json
import os
import sys
from collections.abc import Iterator, Sequence
from typing import BinaryIO, NoReturn, TextIO

from wireparse._version import __version__
from wireparse.model import Article
from wireparse.pipeline import parse


class _ArgumentParser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        self.exit(2, f"wireparse: error: {message}\n")


def _build_parser() -> argparse.ArgumentParser:
    parser = _ArgumentParser(
        prog="wireparse",
        description="Split a scraped news page (plain text, one block a line) into a typed article.",
        epilog="To parse many pages into JSON Lines: wireparse batch --help.",
    )
    parser.add_argument("page", help="path of the page, or - for standard input")
    parser.add_argument(
        "--format",
        choices=("json", "text"),
        default="json",
        help="json: the article as JSON (default); text: every block with its label",
    )
    parser.add_argument(
        "--reference",
        type=reference_time,
        metavar="TIME",
        help="when the page was fetched, as ISO 8601 (2023-07-30T16:34:00+09:00): dates relative "
        "times ('5 hours ago') and completes dates without a year",
    )
    parser.add_argument("--version", action="version", version=f"wireparse {__version__}")
    return parser


def reference_time(text: str) -> dt.datetime:
    """Read a ``--reference`` time: ISO 8601, a date alone meaning its midnight.

    >>> reference_time("2023-07-30T16:34:00+09:00").isoformat()
    '2023-07-30T16:34:00+09:00'
    >>> reference_time("2023-07-30")
    datetime.datetime(2023, 7, 30, 0, 0)
    """
    try:
        return dt.datetime.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not an ISO 8601 time: {text!r}") from None


def read_page(path: str, stdin: TextIO, stderr: TextIO) -> str:
    """Read the page at ``path`` (``-``: standard input) as UTF-8, replacing bad bytes.

    Bytes that are not UTF-8 become U+FFFD and one warning line goes to
    ``stderr``; spans in the output are offsets into the decoded text.
    Raises :class:`OSError` when the file cannot be read (missing, a folder,
    no permission).
    """
    if path == "-":
        buffer: BinaryIO | None = getattr(stdin, "buffer", None)
        if buffer is None:  # already text, e.g. io.StringIO
            return stdin.read()
        data = buffer.read()
    else:
        with open(path, "rb") as handle:
            data = handle.read()
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as error:
        stderr.write(
            f"wireparse: warning: {path}: not valid UTF-8 (first bad byte at offset {error.start}); "
            "undecodable bytes replaced with U+FFFD\n"
        )
        return data.decode("utf-8", errors="replace")


def _printable(text: str) -> str:
    """Show characters that would break a one-line row (tabs, line separators) as escapes.

    >>> _printable("a\\tb\\u2028c")
    'a\\\\tb\\\\u2028c'
    """
    if text.isprintable():
        return text
    return "".join(
        c if c.isprintable() else c.encode("unicode_escape", "backslashreplace").decode() for c in text
    )


def format_text(article: Article) -> str:
    """Render every block with its label and rule, one line a block, aligned.

    Blank runs show as ``blank``; a character that would break the line (a tab,
    a line separator) shows as an escape.

    >>> from wireparse import parse
    >>> print(format_text(parse("By Jane Doe\\n\\nThe minister said the talks would resume.")))
    byline  byline        By Jane Doe
    blank   blank
    body    prose-in-run  The minister said the talks would resume.
    """
    rows = [(block.kind.value, block.rule, _printable(block.text)) for block in article.blocks]
    kind_width = max((len(kind) for kind, _, _ in rows), default=0)
    rule_width = max((len(rule) for _, rule, _ in rows), default=0)
    lines = [f"{kind:<{kind_width}}  {rule:<{rule_width}}  {text}".rstrip() for kind, rule, text in rows]
    return "\n".join(lines)


def _error_text(error: OSError) -> str:
    return error.strerror or str(error)


#: How many characters of output are written at a time.
OUTPUT_PIECE = 1 << 16


@contextlib.contextmanager
def encoded_output(stream: TextIO, encoding: str | None) -> Iterator[TextIO]:
    """``stream``, writing ``encoding`` (``None``: its own) with escapes for what it lacks.

    A text stream over bytes (standard output) is written through a wrapper of
    its own: the stream's settings are left as they were. Any other stream (a
    ``StringIO``) is used as it is.
    """
    if not isinstance(stream, io.TextIOWrapper):
        yield stream
        return
    stream.flush()
    wrapper = io.TextIOWrapper(
        stream.buffer, encoding=encoding or stream.encoding, errors="backslashreplace", newline="\n"
    )
    try:
        yield wrapper
        wrapper.flush()
    finally:
        wrapper.detach()  # the stream's own buffer stays open


def main(
    argv: Sequence[str] | None = None,
    stdin: TextIO | None = None,
    stdout: TextIO | None = None,
    stderr: TextIO | None = None,
) -> int:
    """Run the command line; return the exit status.

    0 on success; 2 with a one-line message on ``stderr`` when the page cannot
    be read. Bad usage exits with status 2 through :class:`SystemExit`, as
    :mod:`argparse` does.
    """
    stdin = stdin or sys.stdin
    stdout = stdout or sys.stdout
    stderr = stderr or sys.stderr
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv[:1] == ["batch"]:
        from wireparse import batch  # imported here: the one-page command does not need it

        return batch.main(argv[1:], stdin, stdout, stderr)
    arguments = _build_parser().parse_args(argv)
    try:
        page = read_page(arguments.page, stdin, stderr)
    except OSError as error:
        stderr.write(f"wireparse: error: cannot read {arguments.page}: {_error_text(error)}\n")
        return 2
    article = parse(page, reference=arguments.reference)
    if arguments.format == "text":
        output = format_text(article) + "\n"
    else:
        output = json.dumps(article.to_dict(), ensure_ascii=False, indent=2) + "\n"
    try:
        # JSON is UTF-8 whatever the terminal's encoding (RFC 8259); the text
        # view keeps the terminal's encoding. Either way a character the
        # encoding lacks (or a lone surrogate) is written as an escape, never
        # an error, and the caller's stream is left as it was.
        with encoded_output(stdout, "utf-8" if arguments.format == "json" else None) as output_stream:
            # In pieces: a reader that goes away (``| head``) then breaks a
            # write, where one huge write may end short without telling.
            for piece in range(0, len(output), OUTPUT_PIECE):
                output_stream.write(output[piece : piece + OUTPUT_PIECE])
                output_stream.flush()
    except BrokenPipeError:  # the reader went away (``| head``): stop quietly
        if stdout is sys.stdout:
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 1
    return 0
