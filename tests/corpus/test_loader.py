"""The loader: which files, in which order, streamed, sorted, and cheap to start."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import datetime
from pathlib import Path

from reader.corpus import loader as loader_module
from reader.corpus.loader import iter_load, load_corpus, sort_newest_first
from reader.corpus.model import Article, LoadProblem

STORY = "Headline Number {n} Is Here\n\nThe story number {n} has a body that reads well.\n"


def _story(path: Path, n: int) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(STORY.format(n=n), encoding="utf-8")
    return path


def test_order_is_as_given_then_as_found_by_name(tmp_path: Path) -> None:
    folder = tmp_path / "folder"
    _story(folder / "b.txt", 2)
    _story(folder / "a" / "z.md", 1)
    _story(folder / "c.txt", 3)
    _story(folder / ".hidden.txt", 9)
    (folder / "notes.pdf").write_bytes(b"%PDF-1.4")
    (folder / "script.py").write_text("print(1)\n")
    single = _story(tmp_path / "first.txt", 0)
    corpus = load_corpus([str(single), str(folder)])
    assert not corpus.problems
    assert [(Path(a.path).name, a.order) for a in corpus.articles] == [
        ("first.txt", 0),
        ("z.md", 1),
        ("b.txt", 2),
        ("c.txt", 3),
    ]
    assert corpus.articles[1].path == str(folder / "a" / "z.md")


def test_a_file_reached_twice_loads_once(tmp_path: Path) -> None:
    story = _story(tmp_path / "folder" / "one.txt", 1)
    (tmp_path / "folder" / "alias.txt").symlink_to(story)
    corpus = load_corpus([str(story), str(tmp_path / "folder"), str(story)])
    assert [Path(a.path).name for a in corpus.articles] == ["one.txt"]
    assert len({a.id for a in corpus.articles}) == len(corpus.articles)


def test_a_named_file_of_any_extension_is_read_as_text(tmp_path: Path) -> None:
    path = tmp_path / "notes.log"
    path.write_text(STORY.format(n=5), encoding="utf-8")
    (article,) = load_corpus([str(path)]).articles
    assert article.title == "Headline Number 5 Is Here"


def test_iter_load_streams(tmp_path: Path, monkeypatch: object) -> None:
    for n in range(5):
        _story(tmp_path / f"{n}.txt", n)
    opened: list[str] = []
    real = loader_module.read_bytes

    def counting_read(path: str, max_bytes: int) -> object:
        opened.append(path)
        return real(path, max_bytes)

    monkeypatch.setattr(loader_module, "read_bytes", counting_read)  # type: ignore[attr-defined]
    stream = iter_load([str(tmp_path)])
    first = next(stream)
    assert isinstance(first, Article) and first.title == "Headline Number 0 Is Here"
    assert len(opened) == 1  # the rest is read only as the caller asks for it
    assert len(list(stream)) == 4


def test_sort_newest_first_keeps_undated_in_file_order(tmp_path: Path) -> None:
    path = tmp_path / "mixed.jsonl"
    records = [
        {"title": "Old", "text": "Old story.", "date": "2020-01-01"},
        {"title": "Undated one", "text": "No date."},
        {"title": "New", "text": "New story.", "date": "2024-05-05T10:00:00"},
        {"title": "Undated two", "text": "No date either."},
        {"title": "Same day later", "text": "Later.", "date": "2024-05-05T18:00:00"},
    ]
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    articles = load_corpus([str(path)]).articles
    assert [a.title for a in sort_newest_first(articles)] == [
        "Same day later",
        "New",
        "Old",
        "Undated one",
        "Undated two",
    ]
    assert articles[2].date == datetime(2024, 5, 5, 10, 0)


def test_missing_path_alone_gives_only_a_problem(tmp_path: Path) -> None:
    items = list(iter_load([str(tmp_path / "nope.txt")]))
    assert items == [LoadProblem(str(tmp_path / "nope.txt"), "no such file or folder")]


def test_plain_text_loading_imports_no_heavy_library(seeds: Path) -> None:
    code = (
        "import sys\n"
        "from reader.corpus.loader import load_corpus\n"
        f"corpus = load_corpus([{str(seeds)!r}])\n"
        "assert len(corpus.articles) == 5\n"
        "heavy = ['trafilatura', 'feedparser', 'charset_normalizer', 'markdown_it', 'babel',"
        " 'lxml', 'dateparser', 'textual']\n"
        "print(','.join(m for m in heavy if m in sys.modules))\n"
    )
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2])}
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, env=env
    )
    assert result.stdout.strip() == ""


def test_byte_order_marks(tmp_path: Path) -> None:
    text = "Judul Berita Yang Cukup Panjang\n\nIsi berita ada di sini dan cukup panjang untuk dibaca.\n"
    utf8 = tmp_path / "bom8.txt"
    utf8.write_bytes(b"\xef\xbb\xbf" + text.encode("utf-8"))
    utf16 = tmp_path / "bom16.txt"
    utf16.write_bytes(text.encode("utf-16"))
    corpus = load_corpus([str(utf8), str(utf16)])
    first, second = corpus.articles
    with open(utf8, encoding="utf-8", newline="") as fh:
        assert first.text == fh.read()  # the BOM stays, offsets match the contract
    assert first.title == second.title == "Judul Berita Yang Cukup Panjang"
    assert [p.reason for p in corpus.problems] == ["not UTF-8: read as utf_16"]
