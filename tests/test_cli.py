"""The ``wireparse`` command line: output formats, exit statuses, messages.

The golden labelled view of the seed page, tests/golden/seed.txt, is what
``wireparse --format text`` prints for it. When a change to the heuristics
changes a label on purpose, regenerate it and review the diff:

    WIREPARSE_UPDATE_GOLDEN=1 python -m pytest -q tests/test_cli.py
    git diff tests/golden/seed.txt
"""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

import wireparse
from wireparse import cli

ROOT = Path(__file__).parent.parent
SEED = ROOT / "seeds" / "000_4b27ec5798bed398.txt"
GOLDEN = Path(__file__).parent / "golden" / "seed.txt"
UPDATE_GOLDEN = os.environ.get("WIREPARSE_UPDATE_GOLDEN") == "1"


def run(*argv: str, stdin: bytes | str = b"") -> tuple[int, str, str]:
    """Run the command line in this process; return (status, stdout, stderr)."""
    stdout, stderr = io.StringIO(), io.StringIO()
    standard_input = io.StringIO(stdin) if isinstance(stdin, str) else io.TextIOWrapper(io.BytesIO(stdin))
    status = cli.main(list(argv), standard_input, stdout, stderr)
    return status, stdout.getvalue(), stderr.getvalue()


def run_installed(*argv: str, stdin: bytes = b"", hash_seed: str = "0") -> subprocess.CompletedProcess[bytes]:
    """Run ``python -m wireparse`` in a fresh interpreter."""
    env = {**os.environ, "PYTHONHASHSEED": hash_seed, "PYTHONUTF8": "1"}
    return subprocess.run(
        [sys.executable, "-m", "wireparse", *argv], input=stdin, capture_output=True, env=env, check=False
    )


@pytest.fixture(scope="module")
def seed() -> str:
    return SEED.read_text(encoding="utf-8")


# -- output -------------------------------------------------------------------------


def test_json_output_is_the_article_as_json(seed: str) -> None:
    status, stdout, stderr = run(str(SEED))
    assert (status, stderr) == (0, "")
    assert json.loads(stdout) == json.loads(json.dumps(wireparse.parse(seed).to_dict()))


def test_text_output_matches_the_golden_labelled_view() -> None:
    status, stdout, stderr = run("--format", "text", str(SEED))
    assert (status, stderr) == (0, "")
    if UPDATE_GOLDEN:
        GOLDEN.parent.mkdir(exist_ok=True)
        GOLDEN.write_text(stdout, encoding="utf-8", newline="\n")
    assert stdout == GOLDEN.read_text(encoding="utf-8"), (
        "regenerate with WIREPARSE_UPDATE_GOLDEN=1 and review"
    )


def test_text_output_has_one_aligned_row_per_block(seed: str) -> None:
    _, stdout, _ = run("--format", "text", str(SEED))
    rows = stdout.splitlines()
    article = wireparse.parse(seed)
    assert len(rows) == len(article.blocks)
    text_column = {
        len(row) - len(block.text) for row, block in zip(rows, article.blocks, strict=True) if block.text
    }
    assert len(text_column) == 1, "the text column starts at the same place on every row"
    for row, block in zip(rows, article.blocks, strict=True):
        assert row.split()[0] == block.kind.value
        assert row.endswith(block.text)


def test_text_output_keeps_one_row_per_block_for_awkward_characters() -> None:
    status, stdout, _ = run("--format", "text", "-", stdin="a\tb\u2028c\x0bd\nThe end.\n")
    assert status == 0
    assert len(stdout.splitlines()) == len(wireparse.parse("a\tb\u2028c\x0bd\nThe end.\n").blocks)
    assert "a\\tb\\u2028c\\x0bd" in stdout


@pytest.mark.parametrize("output_format", ["json", "text"])
def test_standard_input_gives_the_same_output_as_the_file(seed: str, output_format: str) -> None:
    from_file = run("--format", output_format, str(SEED))
    from_stdin = run("--format", output_format, "-", stdin=seed.encode("utf-8"))
    assert from_stdin == from_file


@pytest.mark.parametrize("page", ["", "\n", "   \r\n\r"], ids=["empty", "newline", "blank-lines"])
def test_an_empty_page_gives_an_article_with_no_body(page: str) -> None:
    status, stdout, stderr = run("-", stdin=page.encode())
    assert (status, stderr) == (0, "")
    assert json.loads(stdout)["paragraphs"] == []


# -- bytes that are not UTF-8 ---------------------------------------------------------


def test_bytes_that_are_not_utf8_are_replaced_with_a_warning(tmp_path: Path) -> None:
    page = tmp_path / "latin1.txt"
    page.write_bytes("Caf\u00e9 owners said the talks would resume.\n".encode("latin-1"))
    status, stdout, stderr = run(str(page))
    assert status == 0
    assert stderr.count("\n") == 1
    assert stderr.startswith("wireparse: warning:")
    assert "offset 3" in stderr
    assert "Caf\ufffd owners" in json.loads(stdout)["blocks"][0]["text"]


def test_bytes_that_are_not_utf8_on_standard_input() -> None:
    status, stdout, stderr = run("--format", "text", "-", stdin=b"\xff\xfe broken \x80 bytes\n")
    assert status == 0
    assert "warning" in stderr
    assert "\ufffd" in stdout


# -- failures -----------------------------------------------------------------------------


def test_a_missing_file_exits_2_with_one_line(tmp_path: Path) -> None:
    missing = tmp_path / "no-such-page.txt"
    status, stdout, stderr = run(str(missing))
    assert (status, stdout) == (2, "")
    assert stderr == f"wireparse: error: cannot read {missing}: No such file or directory\n"


def test_a_directory_exits_2_with_one_line(tmp_path: Path) -> None:
    status, stdout, stderr = run(str(tmp_path))
    assert (status, stdout) == (2, "")
    assert stderr.startswith(f"wireparse: error: cannot read {tmp_path}: ")
    assert stderr.count("\n") == 1


@pytest.mark.parametrize(
    "argv",
    [[], ["--format", "xml", "page.txt"], ["--no-such-option", "page.txt"], ["one.txt", "two.txt"]],
    ids=["no-page", "unknown-format", "unknown-option", "two-pages"],
)
def test_bad_usage_exits_2_with_one_line(argv: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as raised:
        run(*argv)
    assert raised.value.code == 2
    captured = capsys.readouterr()
    assert captured.err.startswith("wireparse: error: ")
    assert captured.err.count("\n") == 1


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as raised:
        run("--version")
    assert raised.value.code == 0
    assert capsys.readouterr().out == f"wireparse {wireparse.__version__}\n"


# -- a fresh interpreter ---------------------------------------------------------------------


def test_python_dash_m_prints_the_golden_view_and_fails_cleanly(tmp_path: Path) -> None:
    done = run_installed("--format", "text", str(SEED))
    assert done.returncode == 0, done.stderr.decode()
    assert done.stdout.decode("utf-8") == GOLDEN.read_text(encoding="utf-8")
    missing = run_installed(str(tmp_path / "missing.txt"))
    assert missing.returncode == 2
    assert missing.stdout == b""
    assert missing.stderr.decode().count("\n") == 1
    assert b"Traceback" not in missing.stderr
    not_utf8 = run_installed("-", stdin=b"\xff bad \xfe\n")
    assert not_utf8.returncode == 0
    assert b"Traceback" not in not_utf8.stderr


def test_output_does_not_depend_on_hash_seed() -> None:
    # Set iteration order changes with the hash seed; the article must not.
    first = run_installed(str(SEED), hash_seed="1")
    second = run_installed(str(SEED), hash_seed="2")
    assert first.returncode == second.returncode == 0
    assert first.stdout == second.stdout


def test_installed_console_script(tmp_path: Path) -> None:
    script = Path(sys.executable).parent / "wireparse"
    if not script.exists():
        pytest.skip("the console script is not installed beside this interpreter")
    done = subprocess.run([str(script), str(SEED)], capture_output=True, check=False)
    assert done.returncode == 0, done.stderr.decode()
    assert json.loads(done.stdout)["timestamp"]["raw"] == "16:34 JST, July 30, 2023"


@pytest.mark.parametrize("encoding", ["cp1252", "ascii"])
def test_json_is_utf8_whatever_the_terminal_encoding(tmp_path: Path, encoding: str) -> None:
    page = tmp_path / "page.txt"
    page.write_text(
        "Café fête 🎉 in Paris tonight\nThe minister said the talks would resume.\n", encoding="utf-8"
    )
    for argv in ([str(page)], ["batch", str(page)]):
        env = {**os.environ, "PYTHONIOENCODING": encoding}
        env.pop("PYTHONUTF8", None)
        done = subprocess.run(
            [sys.executable, "-m", "wireparse", *argv], capture_output=True, env=env, check=False
        )
        assert done.returncode == 0, done.stderr.decode()
        assert b"Traceback" not in done.stderr
        first = json.loads(done.stdout.decode("utf-8").splitlines()[0] if argv[0] == "batch" else done.stdout)
        assert "🎉" in json.dumps(first, ensure_ascii=False)


def test_a_reader_that_goes_away_gives_status_1(tmp_path: Path) -> None:
    page = tmp_path / "big.txt"
    page.write_text(
        "The minister said the talks would resume on Monday in Geneva.\n" * 20000, encoding="utf-8"
    )
    script = f"{sys.executable} -m wireparse {page} | head -c 10 > /dev/null; exit ${{PIPESTATUS[0]}}"
    done = subprocess.run(["bash", "-c", script], capture_output=True, check=False)
    assert done.returncode == 1
    assert b"Traceback" not in done.stderr


def test_reference_dates_relative_times_and_speech() -> None:
    page = (
        "Posted 5 hours ago\nMinister quits\nThe minister said on Saturday that she would resign next week.\n"
    )
    status, out, _ = run("--reference", "2023-07-30T16:34:00+09:00", "-", stdin=page)
    assert status == 0
    article = json.loads(out)
    assert article["timestamp"]["value"] == "2023-07-30T11:34:00+09:00"
    assert article["attributions"][0]["date"] == "2023-07-29"
    status, out, _ = run("-", stdin=page)
    assert json.loads(out)["timestamp"]["value"] is None


def test_a_reference_that_is_no_time_is_bad_usage(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as raised:
        cli.main(["--reference", "last tuesday", "-"], io.StringIO(""), io.StringIO(), sys.stderr)
    assert raised.value.code == 2
    assert "not an ISO 8601 time" in capsys.readouterr().err


def test_output_leaves_the_callers_stream_as_it_was() -> None:
    raw = io.BytesIO()
    stream = io.TextIOWrapper(raw, encoding="ascii", errors="strict")
    page = "Café owners said the talks would resume \ud800 next week.\n"
    assert cli.main(["-"], io.StringIO(page), stream, io.StringIO()) == 0
    assert cli.main(["--format", "text", "-"], io.StringIO(page), stream, io.StringIO()) == 0
    stream.flush()
    assert (stream.encoding, stream.errors) == ("ascii", "strict")
    data = raw.getvalue()
    json_part, text_part = data.split(b"\n}\n", 1)
    assert "Café" in json.loads(json_part.decode("utf-8") + "\n}")["body"]
    assert b"Caf\\xe9" in text_part
