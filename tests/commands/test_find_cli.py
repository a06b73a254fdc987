"""`reader find QUERY [PATH ...]`: the finder's results for scripts, and exit codes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from reader.cli import main

STORIES = {
    "one.txt": "Jakarta floods again\n\nHeavy rain flooded Jakarta. Governor Anies Baswedan visited Jakarta.\n",
    "two.txt": "Müller scores twice\n\nThomas Müller scored twice for Bayern Munich in Munich.\n",
}


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    for name, text in STORIES.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    return tmp_path


def _run(capsys, *argv: str) -> tuple[int, str, str]:
    status = main(["find", *argv])
    captured = capsys.readouterr()
    return status, captured.out, captured.err


def test_table_lists_kind_score_and_name(capsys, corpus: Path) -> None:
    status, out, _ = _run(capsys, "jakarta", str(corpus))
    assert status == 0
    header, *rows = out.splitlines()
    assert header.split()[:3] == ["KIND", "SCORE", "NAME"]
    assert rows[0].split()[1] == "100" and "Jakarta" in rows[0]
    article_rows = [r for r in rows if r.startswith("article")]
    assert article_rows and "Jakarta floods again" in article_rows[0]


def test_jsonl_for_entities_and_articles(capsys, corpus: Path) -> None:
    status, out, _ = _run(capsys, "jakarta", str(corpus), "--format", "jsonl")
    assert status == 0
    records = [json.loads(line) for line in out.splitlines()]
    entity = records[0]
    assert entity["name"] == "Jakarta" and entity["score"] == 100
    assert {"kind", "id", "name", "score", "label", "mentions", "articles", "spans"} <= set(entity)
    assert entity["mentions"] >= 2
    article = next(r for r in records if r["kind"] == "article")
    assert article["title"] == "Jakarta floods again" and article["file"].endswith("one.txt")


def test_diacritics_folded_and_highlight_spans(capsys, corpus: Path) -> None:
    _, out, _ = _run(capsys, "muller", str(corpus), "--format", "jsonl")
    record = json.loads(out.splitlines()[0])
    start, end = record["spans"][0]
    assert record["matched"][start:end] == "Müller"


def test_article_filter_and_limit(capsys, corpus: Path) -> None:
    _, out, _ = _run(capsys, "a:", str(corpus), "--format", "jsonl", "--limit", "1")
    records = [json.loads(line) for line in out.splitlines()]
    assert len(records) == 1 and records[0]["kind"] == "article"


def test_no_match_exits_1(capsys, corpus: Path) -> None:
    status, out, err = _run(capsys, "zzzzqqqq", str(corpus))
    assert (status, out) == (1, "") and "nothing matches" in err


@pytest.mark.parametrize(
    "argv", [["x", "--limit", "0"], ["x", "--limit", "many"], ["x", "--format", "csv"]]
)
def test_bad_usage_exits_2(capsys, corpus: Path, argv: list[str]) -> None:
    status, out, err = _run(capsys, *argv, str(corpus))
    assert status == 2 and out == "" and err


def test_nothing_readable_exits_2(capsys, tmp_path: Path) -> None:
    status, _, err = _run(capsys, "x", str(tmp_path / "missing"))
    assert status == 2 and "no article" in err
