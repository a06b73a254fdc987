"""Compression bombs and endless lines: JSON Lines files are read in bounded pieces, every
limit checked while streaming, and a load can be cancelled in the middle of a file."""

from __future__ import annotations

import gzip
import io
import json
import tracemalloc
from pathlib import Path

import pytest

from reader.corpus.formats.jsonl import articles_from_jsonl
from reader.corpus.loader import iter_load, load_corpus
from reader.corpus.model import Article, LoadProblem
from reader.corpus.streams import LongLine, StreamLimits, StreamStopped, bounded_lines

MB = 1024 * 1024
GOOD = "Banjir Rendam Kota Contoh\n\nWarga mengungsi ke balai desa sejak pagi tadi.\n"


def _lines(data: bytes, limits: StreamLimits, **kwargs: object) -> list[object]:
    return list(bounded_lines(io.BufferedReader(io.BytesIO(data)), limits, **kwargs))  # type: ignore[arg-type]


def test_lines_come_whole_whatever_the_chunking() -> None:
    data = b"one\n\ntwo\r\n" + b"x" * 600_000 + b"\nlast"
    items = _lines(data, StreamLimits(max_line_bytes=1 * MB))
    assert items == [(1, b"one"), (3, b"two\r"), (4, b"x" * 600_000), (5, b"last")]


def test_a_long_line_is_dropped_while_read_and_the_next_ones_kept() -> None:
    data = b"short\n" + b"y" * 700_000 + b"\nafter\n" + b"z" * 300_000
    items = _lines(data, StreamLimits(max_line_bytes=100_000))
    assert items == [(1, b"short"), LongLine(2, 700_000), (3, b"after"), LongLine(4, 300_000)]


@pytest.mark.parametrize(
    ("limits", "data", "reason"),
    [
        (StreamLimits(max_lines=1000), b"\n" * 5000, "more than 1,000 lines"),
        (StreamLimits(max_bytes=1 * MB), b"abc\n" * (MB // 2), "more than 1 MB of text"),
    ],
)
def test_the_file_stops_past_a_limit(limits: StreamLimits, data: bytes, reason: str) -> None:
    with pytest.raises(StreamStopped, match=reason):
        _lines(data, limits)


def test_cancelling_stops_the_stream() -> None:
    calls = iter(range(10**6))
    with pytest.raises(StreamStopped, match="cancelled"):
        _lines(b"line\n" * MB, StreamLimits(), cancelled=lambda: next(calls) >= 3)


def _write_bomb(path: Path, megabytes: int, chunk: bytes, head: bytes = b"") -> None:
    with gzip.open(path, "wb", compresslevel=1) as out:
        out.write(head)
        for _ in range(megabytes):
            out.write(chunk * (MB // len(chunk)))


def test_a_gzip_bomb_of_one_line_is_refused_fast_in_little_memory(tmp_path: Path) -> None:
    (tmp_path / "good.txt").write_text(GOOD, encoding="utf-8")
    _write_bomb(tmp_path / "bomb.jsonl.gz", 200, b"a" * 4096, head=b'{"title": "x", "text": "')
    tracemalloc.start()
    corpus = load_corpus([str(tmp_path)])
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert [a.title for a in corpus.articles] == ["Banjir Rendam Kota Contoh"]
    (problem,) = corpus.problems
    assert problem.path.endswith("bomb.jsonl.gz") and problem.fatal
    assert "compression bomb" in problem.reason
    assert peak < 48 * MB, f"peak {peak / MB:.0f} MB"


def test_a_gzip_bomb_of_newlines_stops_at_the_line_limit(tmp_path: Path) -> None:
    _write_bomb(tmp_path / "nl.jsonl.gz", 64, b"\n")
    limits = StreamLimits(max_lines=100_000)
    items = list(articles_from_jsonl(str(tmp_path / "nl.jsonl.gz"), limits=limits))
    (problem,) = items
    assert isinstance(problem, LoadProblem) and problem.fatal
    assert problem.reason == "stopped: more than 100,000 lines; the rest not read"


def test_a_long_line_in_a_jsonl_is_reported_and_the_others_load(tmp_path: Path) -> None:
    path = tmp_path / "mixed.jsonl"
    good = json.dumps({"title": "Kept Story", "text": "A body that loads."})
    long = json.dumps({"title": "Huge", "text": "w" * 300_000})
    path.write_text(f"{good}\n{long}\n{good}\n", encoding="utf-8")
    items = list(articles_from_jsonl(str(path), max_bytes=100_000))
    assert [i.title for i in items if isinstance(i, Article)] == ["Kept Story", "Kept Story"]
    (problem,) = [i for i in items if isinstance(i, LoadProblem)]
    assert problem.reason.startswith("line 2: longer than") and not problem.fatal


def test_the_loader_stops_in_the_middle_of_a_file_when_cancelled(tmp_path: Path) -> None:
    path = tmp_path / "many.jsonl"
    line = json.dumps({"title": "Story", "text": "Body text here."})
    path.write_text("\n".join([line] * 5000) + "\n", encoding="utf-8")
    (tmp_path / "z-later.txt").write_text(GOOD, encoding="utf-8")
    seen: list[Article | LoadProblem] = []
    for item in iter_load([str(tmp_path)], cancelled=lambda: len(seen) >= 10):
        seen.append(item)
    assert len(seen) < 5000 and all(isinstance(i, Article) for i in seen)
    assert not any(i.path.endswith("z-later.txt") for i in seen)


def test_a_fifo_named_like_jsonl_is_not_opened(tmp_path: Path) -> None:
    import os

    os.mkfifo(tmp_path / "pipe.jsonl")
    (problem,) = load_corpus([str(tmp_path / "pipe.jsonl")]).problems
    assert problem.reason == "not a regular file"


def test_a_file_that_yields_nothing_still_stops_when_cancelled(tmp_path: Path) -> None:
    """Blank lines give no article and no problem, so nothing reaches the UI between them: the
    stream itself must check the cancel flag."""
    _write_bomb(tmp_path / "blank.jsonl.gz", 1, b"\n")  # 1,048,576 blank lines, then a story
    with gzip.open(tmp_path / "blank.jsonl.gz", "ab") as out:
        out.write(json.dumps({"title": "Late", "text": "A story after the blanks."}).encode())
    asked = [0]

    def cancelled() -> bool:
        asked[0] += 1
        return asked[0] > 2

    items = list(iter_load([str(tmp_path)], cancelled=cancelled))
    assert items == []
    uncancelled = list(iter_load([str(tmp_path)]))
    assert [i.title for i in uncancelled if isinstance(i, Article)] == ["Late"]
