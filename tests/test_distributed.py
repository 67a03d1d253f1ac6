"""The distributed recipes of docs/crawl.md, run in local mode, and the flat row form they rely on.

The recipes are executed from the documentation itself, so the code a reader
copies is the code that was tested. Each engine's test is skipped when its extra
is not installed; CI installs both.
"""

from __future__ import annotations

import datetime as dt
import gzip
import json
import re
import shutil
import sys
from pathlib import Path
from typing import Any

import pytest

import wireparse
from wireparse.rows import (
    ROW_FIELDS,
    SPARK_SCHEMA,
    article_to_row,
    empty_row,
    parse_json_lines,
    record_to_row,
)

ROOT = Path(__file__).parent.parent
CRAWL_DOC = ROOT / "docs" / "crawl.md"
SEED = ROOT / "seeds" / "000_4b27ec5798bed398.txt"

#: Pages of the kinds a crawl holds, written for these tests.
PAGES = (
    "TRADE TALKS RESUME\n    GENEVA, March 3 - Trade talks resumed on Monday, officials said.\nReuter\n",
    "Home | World | Business\nMinister resigns\nBy Jane Doe\nThe minister said she would resign.\nShare this article\n",
    "By John Roe, Reuters\nThe central bank raised rates, according to a statement.\n",
)


def recipe(name: str) -> dict[str, Any]:
    """Execute the code block of docs/crawl.md marked ``# recipe: NAME``; return its names."""
    blocks = re.findall(
        r"```python\n(# recipe: (\S+)\n.*?)```", CRAWL_DOC.read_text(encoding="utf-8"), re.DOTALL
    )
    code = next(text for text, marker in blocks if marker == name)
    namespace: dict[str, Any] = {"__name__": f"crawl_recipe_{name}"}
    exec(compile(code, f"{CRAWL_DOC}#{name}", "exec"), namespace)
    return namespace


def crawl_records() -> list[dict[str, Any]]:
    """Records as a crawl stores them: ids of mixed types, the seed, and one record without a page."""
    pages = (*PAGES, SEED.read_text(encoding="utf-8"))
    records: list[dict[str, Any]] = [{"id": n, "text": pages[n % len(pages)]} for n in range(12)]
    records[5] = {"id": 5, "text": None}
    return records


# -- the flat row form


def test_row_columns_are_the_documented_fields_in_order() -> None:
    row = record_to_row({"id": "a", "text": PAGES[1]})
    assert list(row) == [field.name for field in ROW_FIELDS]
    assert list(empty_row()) == [field.name for field in ROW_FIELDS[2:]]
    assert SPARK_SCHEMA.split(", ")[:3] == ["id STRING", "error STRING", "headline STRING"]


def test_row_of_the_seed_gives_the_instant_in_utc_and_the_time_as_written() -> None:
    article = wireparse.parse(SEED.read_text(encoding="utf-8"))
    row = article_to_row(article)
    assert row["timestamp"] == dt.datetime(2023, 7, 30, 7, 34, tzinfo=dt.UTC)
    assert row["timestamp_local"] == dt.datetime(2023, 7, 30, 16, 34)
    assert row["timestamp_zone"] == "JST"
    assert row["paragraphs"] == [p.text for p in article.paragraphs]
    assert row["block_count"] == len(article.blocks)
    assert row["noise_block_count"] == len(article.noise)
    assert [a["content"] for a in row["attributions"]] == [a.content for a in article.attributions]


def test_row_without_a_zone_has_no_instant() -> None:
    article = wireparse.parse(PAGES[0])
    row = article_to_row(article)
    value = None if article.timestamp is None else article.timestamp.value
    assert row["timestamp"] is None or (value is not None and value.tzinfo is not None)


def test_json_lines_rows_keep_order_and_report_bad_lines() -> None:
    lines = [json.dumps({"id": n, "text": page}) for n, page in enumerate(PAGES)]
    lines.insert(1, '{"id": 9, "text": "unterminated')
    rows = list(parse_json_lines(lines))
    assert [row["id"] for row in rows] == ["0", None, "1", "2"]
    assert rows[1]["error"].startswith("bad JSON")
    assert rows[2] == record_to_row({"id": 1, "text": PAGES[1]})


# -- the engines


def test_spark_recipe_parses_a_dataframe_column_into_the_typed_schema(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    pytest.importorskip("pyspark")
    if shutil.which("java") is None:
        pytest.skip("Spark needs Java")
    from pyspark.sql import SparkSession
    from pyspark.sql import types as T

    monkeypatch.setenv("PYSPARK_PYTHON", sys.executable)
    monkeypatch.setenv("SPARK_LOCAL_IP", "127.0.0.1")
    spark = (
        SparkSession.builder.master("local[2]")
        .appName("wireparse-test")
        .config("spark.ui.enabled", "false")
        .config("spark.driver.host", "127.0.0.1")
        .config("spark.driver.bindAddress", "127.0.0.1")
        .config("spark.sql.session.timeZone", "UTC")
        .config("spark.sql.shuffle.partitions", "2")
        .getOrCreate()
    )
    try:
        records = crawl_records()
        pages = spark.createDataFrame(records, schema="id LONG, text STRING")
        articles = recipe("spark")["parse_pages"](pages)
        fields = {field.name: field.dataType for field in articles.schema.fields}
        assert list(fields) == [field.name for field in ROW_FIELDS]
        assert fields["timestamp"] == T.TimestampType()
        assert fields["timestamp_local"] == T.TimestampNTZType()
        assert fields["dateline_date"] == T.DateType()
        assert isinstance(fields["attributions"], T.ArrayType)
        assert isinstance(fields["attributions"].elementType, T.StructType)
        assert fields["attributions"].elementType.fieldNames()[:3] == ["source", "cue", "content"]
        rows = [row.asDict(recursive=True) for row in articles.collect()]
    finally:
        spark.stop()
    assert [row["id"] for row in rows] == [str(record["id"]) for record in records]
    for row, record in zip(rows, records, strict=True):
        expected = record_to_row(record)
        instant, expected_instant = row.pop("timestamp"), expected.pop("timestamp")
        # Spark hands an instant back as a naive local time: compare the instants.
        assert (instant is None) == (expected_instant is None)
        if instant is not None:
            assert instant.timestamp() == expected_instant.timestamp()
        assert row == expected
    assert rows[5]["error"] == "field 'text' is NoneType, not a string"
    assert rows[3]["timestamp_zone"] == "JST"


def test_dask_recipe_parses_json_lines_files_into_rows(tmp_path: Path) -> None:
    pytest.importorskip("dask.bag")
    records = crawl_records()
    lines = [json.dumps(record) for record in records]
    lines.insert(4, "{not json")
    (tmp_path / "a.jsonl").write_text("\n".join(lines[:6]) + "\n", encoding="utf-8")
    (tmp_path / "b.jsonl.gz").write_bytes(gzip.compress(("\n".join(lines[6:]) + "\n").encode()))
    parse_files = recipe("dask")["parse_json_lines_files"]
    bag = parse_files([str(tmp_path / "a.jsonl"), str(tmp_path / "b.jsonl.gz")])
    assert bag.npartitions == 2
    rows = bag.compute(scheduler="processes", num_workers=2)
    assert len(rows) == len(lines)
    assert rows[4]["error"].startswith("bad JSON")
    del rows[4]
    assert rows == [record_to_row(record) for record in records]
