"""The ``wireparse batch`` command: inputs, order, errors, counts, bounded memory."""

from __future__ import annotations

import gzip
import io
import itertools
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

import wireparse
from wireparse import batch, cli

SEED = Path(__file__).parent.parent / "seeds" / "000_4b27ec5798bed398.txt"

#: Small pages of the kinds a crawl holds: a wire story, a page with noise, a byline page.
PAGES = (
    "TRADE TALKS RESUME\n    GENEVA, March 3 - Trade talks resumed on Monday, officials said.\nReuter\n",
    "Home | World | Business\nMinister resigns\nBy Jane Doe\nThe minister said she would resign.\nShare this article\n",
    "By John Roe, Reuters\nThe central bank raised rates, according to a statement.\n",
)


class Terminal(io.StringIO):
    """A standard error that says it is a terminal."""

    def isatty(self) -> bool:
        return True


def run_batch(
    *argv: str, stdin: bytes = b"", stderr: io.StringIO | None = None
) -> tuple[int, list[Any], str]:
    """Run ``wireparse batch ARGV`` through the command line; return (status, output records, stderr)."""
    stdout = io.StringIO()
    stderr = stderr if stderr is not None else io.StringIO()
    status = cli.main(["batch", *argv], io.TextIOWrapper(io.BytesIO(stdin)), stdout, stderr)
    records = [json.loads(line) for line in stdout.getvalue().splitlines()]
    return status, records, stderr.getvalue()


def write_jsonl(path: Path, records: list[Any]) -> Path:
    path.write_text("".join(json.dumps(record) + "\n" for record in records), encoding="utf-8")
    return path


@pytest.fixture
def many_records() -> list[dict[str, Any]]:
    """Forty records with ids, cycling through the pages (the seed among them)."""
    pages = (*PAGES, SEED.read_text(encoding="utf-8"))
    return [{"id": f"page-{n}", "text": pages[n % len(pages)]} for n in range(40)]


# -- JSON Lines


def test_json_lines_file_gives_one_article_per_record_in_order(tmp_path: Path) -> None:
    path = write_jsonl(tmp_path / "pages.jsonl", [{"id": n, "text": page} for n, page in enumerate(PAGES)])
    status, records, stderr = run_batch("--field", "text", "--jobs", "1", str(path))
    assert status == 0
    assert [r["id"] for r in records] == ["0", "1", "2"]
    assert [r["source_line"] for r in records] == [1, 2, 3]
    assert {r["source_file"] for r in records} == {str(path)}
    for record, page in zip(records, PAGES, strict=True):
        expected = wireparse.parse(page).to_dict()
        assert {key: record[key] for key in expected} == expected
        assert record["error"] is None
    assert stderr.strip() == stderr.strip().splitlines()[-1]  # the summary line only
    assert "3 records, 3 parsed, 0 failed" in stderr


def test_id_field_names_the_field_copied_to_the_output(tmp_path: Path) -> None:
    path = write_jsonl(tmp_path / "pages.jsonl", [{"url": "https://example.com/a", "body": PAGES[0]}])
    status, records, _ = run_batch("--field", "body", "--id-field", "url", "-j", "1", str(path))
    assert status == 0
    assert records[0]["id"] == "https://example.com/a"
    assert records[0]["body"] == wireparse.parse(PAGES[0]).body


def test_gzipped_json_lines_are_read_transparently(tmp_path: Path) -> None:
    path = tmp_path / "pages.jsonl.gz"
    path.write_bytes(
        gzip.compress("".join(json.dumps({"id": n, "text": p}) + "\n" for n, p in enumerate(PAGES)).encode())
    )
    status, records, _ = run_batch("--field", "text", "-j", "1", str(path))
    assert status == 0
    assert [r["id"] for r in records] == ["0", "1", "2"]
    assert records[2]["byline"]["names"] == wireparse.parse(PAGES[2]).to_dict()["byline"]["names"]


def test_json_lines_on_standard_input_plain_and_gzipped() -> None:
    lines = "".join(json.dumps({"id": n, "text": p}) + "\n" for n, p in enumerate(PAGES)).encode()
    for data in (lines, gzip.compress(lines)):
        status, records, _ = run_batch("--field", "text", "-j", "1", stdin=data)
        assert status == 0
        assert [(r["id"], r["source_file"], r["source_line"]) for r in records] == [
            ("0", "-", 1),
            ("1", "-", 2),
            ("2", "-", 3),
        ]


def test_lone_surrogate_in_json_is_written_escaped_not_a_crash(tmp_path: Path) -> None:
    path = tmp_path / "pages.jsonl"
    path.write_text('{"id": "s", "text": "The minister said \\ud800 it would resume."}\n', encoding="utf-8")
    output = tmp_path / "out.jsonl"
    status, _, _ = run_batch("--field", "text", "-j", "1", "-o", str(output), str(path))
    assert status == 0
    (line,) = output.read_text(encoding="utf-8").splitlines()
    assert line.isascii()
    assert "\ud800" in json.loads(line)["blocks"][0]["text"]


def test_blank_lines_are_not_records(tmp_path: Path) -> None:
    path = tmp_path / "pages.jsonl"
    path.write_text(json.dumps({"text": PAGES[0]}) + "\n\n   \n" + json.dumps({"text": PAGES[1]}) + "\n")
    status, records, _ = run_batch("--field", "text", "-j", "1", str(path))
    assert status == 0
    assert [r["source_line"] for r in records] == [1, 4]


# -- page files and directories


def test_page_files_and_gzipped_page_files(tmp_path: Path) -> None:
    plain = tmp_path / "a.txt"
    plain.write_text(PAGES[1], encoding="utf-8")
    zipped = tmp_path / "b.txt.gz"
    zipped.write_bytes(gzip.compress(PAGES[2].encode()))
    status, records, _ = run_batch("-j", "1", str(plain), str(zipped))
    assert status == 0
    assert [(r["id"], r["source_file"], r["source_line"]) for r in records] == [
        (str(plain), str(plain), None),
        (str(zipped), str(zipped), None),
    ]
    assert records[1]["body"] == wireparse.parse(PAGES[2]).body


def test_directory_is_searched_recursively_in_sorted_order_with_the_glob(tmp_path: Path) -> None:
    (tmp_path / "b" / "deeper").mkdir(parents=True)
    (tmp_path / "b" / "deeper" / "2.txt").write_text(PAGES[0])
    (tmp_path / "b" / "1.txt.gz").write_bytes(gzip.compress(PAGES[1].encode()))
    (tmp_path / "a.txt").write_text(PAGES[2])
    (tmp_path / "notes.md").write_text("not a page")
    status, records, _ = run_batch("-j", "1", str(tmp_path))
    assert status == 0
    assert [Path(r["source_file"]).relative_to(tmp_path).as_posix() for r in records] == [
        "a.txt",
        "b/1.txt.gz",
        "b/deeper/2.txt",
    ]
    _, records, _ = run_batch("-j", "1", "--glob", "*.md", str(tmp_path))
    assert [Path(r["source_file"]).name for r in records] == ["notes.md"]


def test_directory_without_a_matching_file_is_a_usage_error(tmp_path: Path) -> None:
    (tmp_path / "notes.md").write_text("Not a page.", encoding="utf-8")
    status, records, errors = run_batch(str(tmp_path))
    assert status == 2
    assert records == []
    assert "no input file" in errors
    assert "'*.txt'" in errors


def test_directory_of_json_lines_files(tmp_path: Path) -> None:
    write_jsonl(tmp_path / "1.jsonl", [{"id": "x", "text": PAGES[0]}])
    write_jsonl(tmp_path / "2.jsonl", [{"id": "y", "text": PAGES[1]}, {"id": "z", "text": PAGES[2]}])
    (tmp_path / "skip.txt").write_text("not json")
    status, records, _ = run_batch("--field", "text", "-j", "1", str(tmp_path))
    assert status == 0
    assert [r["id"] for r in records] == ["x", "y", "z"]


def test_single_page_on_standard_input() -> None:
    status, records, _ = run_batch("-j", "1", stdin=PAGES[1].encode())
    assert status == 0
    assert len(records) == 1
    assert records[0]["source_file"] == "-"
    assert records[0]["blocks"] == wireparse.parse(PAGES[1]).to_dict()["blocks"]


# -- bad records


BAD_LINES = (
    # (what is wrong, the line, the message expected)
    ("bad JSON", b'{"id": "truncated", "text": "The min', "bad JSON"),
    ("missing field", b'{"id": "no-text", "body": "x"}', "missing field 'text'"),
    ("field not a string", b'{"id": "number", "text": 12}', "field 'text' is int, not a string"),
    ("not an object", b'["a list"]', "record is list, not an object"),
    ("undecodable bytes", b'{"id": "latin", "text": "caf\xe9"}', "undecodable bytes"),
)


@pytest.mark.parametrize(("problem", "line", "message"), BAD_LINES, ids=[row[0] for row in BAD_LINES])
def test_bad_record_gives_an_error_record_and_the_batch_goes_on(
    tmp_path: Path, problem: str, line: bytes, message: str
) -> None:
    path = tmp_path / "pages.jsonl"
    good = json.dumps({"id": "good", "text": PAGES[0]}).encode()
    path.write_bytes(good + b"\n" + line + b"\n" + good + b"\n")
    status, records, stderr = run_batch("--field", "text", "-j", "1", str(path))
    assert status == 1
    assert len(records) == 3
    assert [r["error"] is None for r in records] == [True, False, True]
    assert message in records[1]["error"]
    assert records[1]["source_line"] == 2
    assert set(records[1]) == {"id", "source_file", "source_line", "error"}
    assert records[1]["id"] == (
        None if problem in {"bad JSON", "undecodable bytes", "not an object"} else json.loads(line)["id"]
    )
    assert f"{path}:2: " in stderr
    assert message in stderr
    assert "3 records, 2 parsed, 1 failed" in stderr


def test_undecodable_page_file_is_an_error_record(tmp_path: Path) -> None:
    path = tmp_path / "latin1.txt"
    path.write_bytes("Café society said it was closing.".encode("latin-1"))
    status, records, stderr = run_batch("-j", "1", str(path))
    assert status == 1
    assert records == [
        {
            "id": str(path),
            "source_file": str(path),
            "source_line": None,
            "error": "undecodable bytes: not UTF-8 at byte 3",
        }
    ]
    assert f"{path}: undecodable bytes" in stderr


def test_missing_file_is_an_error_record_and_others_still_run(tmp_path: Path) -> None:
    page = tmp_path / "a.txt"
    page.write_text(PAGES[0])
    missing = tmp_path / "missing.txt"
    status, records, stderr = run_batch("-j", "1", str(missing), str(page))
    assert status == 1
    assert [r["source_file"] for r in records] == [str(missing), str(page)]
    assert records[0]["error"].startswith("cannot read")
    assert records[0]["id"] == str(missing)
    assert records[1]["error"] is None
    assert f"{missing}: cannot read" in stderr


def test_truncated_gzip_keeps_the_lines_before_the_damage(tmp_path: Path) -> None:
    lines = "".join(json.dumps({"id": n, "text": PAGES[n % 3]}) + "\n" for n in range(200)).encode()
    path = tmp_path / "cut.jsonl.gz"
    compressed = gzip.compress(lines)
    path.write_bytes(compressed[: len(compressed) // 2])
    status, records, stderr = run_batch("--field", "text", "-j", "1", str(path))
    assert status == 1
    good, last = records[:-1], records[-1]
    assert len(good) > 10
    assert all(r["error"] is None for r in good)
    assert [r["id"] for r in good] == [str(n) for n in range(len(good))]
    assert last["error"].startswith("cannot read")
    assert last["source_line"] == len(good) + 1
    assert "cannot read" in stderr


def test_corrupt_gzip_data_is_an_error_record(tmp_path: Path) -> None:
    compressed = bytearray(
        gzip.compress(("".join(json.dumps({"text": PAGES[0]}) + "\n" for _ in range(50))).encode())
    )
    compressed[20:40] = bytes(20)  # damage the deflate stream itself, not its end
    path = tmp_path / "bad.jsonl.gz"
    path.write_bytes(bytes(compressed))
    status, records, stderr = run_batch("--field", "text", "-j", "1", str(path))
    assert status == 1
    assert records[-1]["error"].startswith("cannot read")
    assert f"{path}:{records[-1]['source_line']}: cannot read" in stderr


def test_a_page_the_parser_fails_on_is_an_error_record_not_a_stop(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def parse_or_fail(page: str, *, reference: object = None) -> wireparse.Article:
        if "resign" in page:
            raise RuntimeError("stage bug")
        return wireparse.parse(page)

    monkeypatch.setattr(batch, "parse", parse_or_fail)
    path = write_jsonl(tmp_path / "pages.jsonl", [{"id": n, "text": page} for n, page in enumerate(PAGES)])
    status, records, stderr = run_batch("--field", "text", "-j", "1", str(path))
    assert status == 1
    assert [r["error"] for r in records] == [None, "parse failed: RuntimeError: stage bug", None]
    assert records[1]["id"] == "1"
    assert f"{path}:2: parse failed" in stderr


# -- workers, order, memory


def test_two_jobs_give_the_same_output_in_the_same_order(
    tmp_path: Path, many_records: list[dict[str, Any]]
) -> None:
    records = [*many_records]
    records[7] = {"id": "broken"}  # an error record in the middle keeps its place
    path = write_jsonl(tmp_path / "pages.jsonl", records)
    one = run_batch("--field", "text", "--jobs", "1", str(path))
    two = run_batch("--field", "text", "--jobs", "2", "--chunk-size", "3", str(path))
    assert one[0] == two[0] == 1
    assert two[1] == one[1]
    assert [r["id"] for r in two[1]] == [r["id"] for r in records]
    assert len(two[1]) == len(records)


def test_output_file_and_gzipped_output_file(tmp_path: Path, many_records: list[dict[str, Any]]) -> None:
    path = write_jsonl(tmp_path / "pages.jsonl", many_records)
    for name, read in (
        ("out.jsonl", Path.read_text),
        ("out.jsonl.gz", lambda p: gzip.decompress(p.read_bytes()).decode()),
    ):
        output = tmp_path / name
        status, printed, _ = run_batch("--field", "text", "-j", "2", "-o", str(output), str(path))
        assert status == 0
        assert printed == []
        lines = read(output).splitlines()
        assert [json.loads(line)["id"] for line in lines] == [r["id"] for r in many_records]


def _endless_records() -> Iterator[batch.RawRecord]:
    for number in itertools.count(1):
        yield batch.RawRecord("endless.jsonl", number, json.dumps({"text": PAGES[number % 3]}).encode())


def test_workers_take_a_bounded_number_of_records_from_an_endless_input() -> None:
    taken: list[int] = []

    def counted() -> Iterator[batch.RawRecord]:
        for record in _endless_records():
            taken.append(record.source_line or 0)
            yield record

    results = batch.process_records(counted(), batch.RecordFormat("text"), jobs=2, chunk_size=4)
    first = list(itertools.islice(results, 10))
    results.close()
    assert [raw.source_line for raw, _ in first] == list(range(1, 11))
    window = 2 * batch.CHUNKS_IN_FLIGHT_PER_JOB * 4
    assert len(taken) <= window + 4 * 3  # the window, and the chunks taken as it drains


# -- terminal, summary, usage


def test_progress_bar_on_a_terminal_and_summary_always(tmp_path: Path) -> None:
    for n, page in enumerate(PAGES):
        (tmp_path / f"{n}.txt").write_text(page)
    terminal = Terminal()
    status, records, stderr = run_batch("-j", "1", str(tmp_path), stderr=terminal)
    assert status == 0
    assert len(records) == 3
    assert "/3 pages (" in stderr
    assert "ETA" in stderr
    assert stderr.rsplit("\r\x1b[K", 1)[1].startswith("wireparse batch: 3 records, 3 parsed, 0 failed")
    _, _, plain = run_batch("-j", "1", str(tmp_path))
    assert "\r" not in plain
    assert plain.count("\n") == 1


@pytest.mark.parametrize("argv", [["--jobs", "0"], ["--chunk-size", "-1"], ["--no-such-option"]], ids=str)
def test_bad_usage_exits_2(argv: list[str]) -> None:
    with pytest.raises(SystemExit) as raised:
        run_batch(*argv)
    assert raised.value.code == 2


def test_one_page_command_is_unchanged_and_a_file_named_batch_stays_reachable(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    Path("batch").write_text(PAGES[1], encoding="utf-8")
    expected = wireparse.parse(PAGES[1])
    for argv in (["./batch"], ["--", "batch"]):
        stdout = io.StringIO()
        assert cli.main(argv, io.StringIO(), stdout, io.StringIO()) == 0
        assert json.loads(stdout.getvalue()) == expected.to_dict()
    stdout = io.StringIO()
    assert cli.main(["--format", "text", "batch"], io.StringIO(), stdout, io.StringIO()) == 0
    assert stdout.getvalue() == cli.format_text(expected) + "\n"


def test_reference_reaches_every_page(tmp_path: Path) -> None:
    page = (
        "Posted 5 hours ago\nMinister quits\nThe minister said on Saturday that she would resign next week.\n"
    )
    path = write_jsonl(tmp_path / "pages.jsonl", [{"id": n, "text": page} for n in range(3)])
    status, records, _ = run_batch(
        "--field", "text", "--jobs", "2", "--reference", "2023-07-30T16:34:00+09:00", str(path)
    )
    assert status == 0
    assert [r["timestamp"]["value"] for r in records] == ["2023-07-30T11:34:00+09:00"] * 3
