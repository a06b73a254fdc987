"""Loading a folder of hostile and broken files: the sound ones load, each bad one is reported."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from reader.corpus import discover as discover_module
from reader.corpus import reading as reading_module
from reader.corpus.loader import iter_load, load_corpus
from reader.corpus.model import Article
from tests.corpus.hostile import (
    ESCAPE_TEXT,
    HOSTILE_EXPECTED,
    HOSTILE_LOADS,
    make_hostile_corpus,
    restore_permissions,
)

RUNNING_AS_ROOT = os.geteuid() == 0
#: Permissions do not stop root: these two then load, and are tested with a simulated refusal.
PERMISSION_ENTRIES = ("unreadable.txt", "locked")


@pytest.fixture
def hostile(tmp_path: Path) -> Iterator[Path]:
    root = make_hostile_corpus(tmp_path)
    yield root
    restore_permissions(root)


def _by_name(articles: list[Article]) -> dict[str, Article]:
    return {os.path.basename(a.path): a for a in articles}


def test_every_bad_input_is_reported_in_one_line_and_the_rest_loads(hostile: Path) -> None:
    missing = str(hostile / "no-such-folder")
    corpus = load_corpus([str(hostile), missing])

    problems = {os.path.basename(p.path): p for p in corpus.problems}
    for name, (fatal, words) in HOSTILE_EXPECTED.items():
        if RUNNING_AS_ROOT and name in PERMISSION_ENTRIES:
            continue
        assert name in problems, f"{name} was not reported"
        assert words in problems[name].reason
        assert problems[name].fatal is fatal, name
    assert problems["no-such-folder"].reason == "no such file or folder"
    for problem in corpus.problems:
        assert "\n" not in str(problem) and "Traceback" not in str(problem)

    loaded = _by_name(corpus.articles)
    for name, word in HOSTILE_LOADS.items():
        assert name in loaded, f"{name} did not load"
        article = next(a for a in corpus.articles if os.path.basename(a.path) == name)
        assert word in article.text
    for name in ("binary.txt", "empty.txt", "pipe.txt", "selfloop.txt", "dangling.md"):
        assert name not in loaded
    if RUNNING_AS_ROOT:
        assert {"unreadable.txt", "hidden.txt"} <= loaded.keys()


def test_multi_article_files_keep_their_sound_parts(hostile: Path) -> None:
    corpus = load_corpus([str(hostile / "broken.jsonl"), str(hostile / "truncated.jsonl.gz")])
    titles = [a.title for a in corpus.articles]
    assert titles[:2] == ["The first story", "The third story"]
    assert [a.id for a in corpus.articles[:2]] == [
        f"{hostile / 'broken.jsonl'}#1",
        f"{hostile / 'broken.jsonl'}#3",
    ]
    gzip_titles = titles[2:]
    assert gzip_titles[0] == "A gzip story 0" and len(gzip_titles) > 10
    assert gzip_titles == [f"A gzip story {n}" for n in range(len(gzip_titles))]


def test_markup_and_escapes_load_inert_with_offsets_kept(hostile: Path) -> None:
    loaded = _by_name(load_corpus([str(hostile)]).articles)
    markup = loaded["markup.txt"]
    assert markup.title == "Judul [@click=app.quit]x[/] Berbahaya"
    assert any("[@click=app.bell]y[/]" in b.text for b in markup.blocks)

    escape = loaded["escape.txt"]
    assert len(escape.text) == len(ESCAPE_TEXT)
    for value in (escape.text, escape.title, *(b.text for b in escape.blocks)):
        assert not any(ch in value for ch in "\x1b\x07\x9b")
    assert escape.title == "Clear \ufffd[2J Screen"
    for block in escape.blocks:
        assert escape.text[block.start : block.start + len(block.text)] == block.text


def test_large_file_is_cut_at_a_line_boundary_and_says_so(hostile: Path) -> None:
    corpus = load_corpus([str(hostile / "large.txt")])
    (article,) = corpus.articles
    assert article.notes and "Only the first 8 MB" in article.notes[0]
    assert "The tail beyond the limit." not in article.text
    assert article.text.endswith("\n")
    (problem,) = corpus.problems
    assert not problem.fatal


def test_non_utf8_file_is_decoded_and_noted(hostile: Path) -> None:
    corpus = load_corpus([str(hostile / "latin1.txt")])
    (article,) = corpus.articles
    assert article.title == "Harga Kopi di café Naik Lagi"
    assert any("Not UTF-8" in note for note in article.notes)


def test_a_file_that_refuses_to_open_is_reported(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    good = tmp_path / "good.txt"
    good.write_text("Some Headline Here\n\nA story that loads.\n", encoding="utf-8")
    refused = tmp_path / "refused.txt"
    refused.write_text("Secret\n\nNot for you.\n", encoding="utf-8")
    real_open = open

    def guarded_open(path: object, *args: object, **kwargs: object) -> object:
        if str(path) == str(refused):
            raise PermissionError(13, "Permission denied", str(path))
        return real_open(path, *args, **kwargs)  # type: ignore[call-overload]

    monkeypatch.setattr(reading_module, "open", guarded_open, raising=False)
    corpus = load_corpus([str(tmp_path)])
    assert [a.title for a in corpus.articles] == ["Some Headline Here"]
    assert [(p.path, p.reason) for p in corpus.problems] == [(str(refused), "permission denied")]


def test_a_folder_that_cannot_be_listed_is_reported(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "a.txt").write_text("Readable Story Headline\n\nText.\n", encoding="utf-8")
    locked = tmp_path / "locked"
    locked.mkdir()
    (locked / "b.txt").write_text("Hidden\n", encoding="utf-8")
    real_scandir = os.scandir

    def guarded_scandir(path: str) -> object:
        if str(path) == str(locked):
            raise PermissionError(13, "Permission denied", str(path))
        return real_scandir(path)

    monkeypatch.setattr(discover_module.os, "scandir", guarded_scandir)
    corpus = load_corpus([str(tmp_path)])
    assert [a.title for a in corpus.articles] == ["Readable Story Headline"]
    assert [(p.path, p.reason) for p in corpus.problems] == [
        (str(locked), "cannot list folder: permission denied")
    ]


@pytest.mark.skipif(RUNNING_AS_ROOT, reason="permissions do not stop root")
def test_real_permissions_are_reported(hostile: Path) -> None:
    problems = {os.path.basename(p.path): p.reason for p in load_corpus([str(hostile)]).problems}
    assert problems["unreadable.txt"] == "permission denied"
    assert problems["locked"] == "cannot list folder: permission denied"


def test_iter_load_streams_problems_and_articles_in_file_order(hostile: Path) -> None:
    names = [
        (os.path.basename(item.path), isinstance(item, Article))
        for item in iter_load(
            [str(hostile / "good.txt"), str(hostile / "empty.txt"), str(hostile / "good.md")]
        )
    ]
    assert names == [("good.txt", True), ("empty.txt", False), ("good.md", True)]
