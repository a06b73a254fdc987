"""The design's other bad inputs, one test each: what loads is inert, what cannot is reported
in one line with its name escaped, and nothing stops the rest."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from reader.corpus.loader import load_corpus
from reader.corpus.model import Article
from reader.corpus.streams import StreamLimits
from tests.corpus.hostile import (
    BIDI_TEXT,
    CJK_TITLE,
    DEEP_LEVELS,
    ESCAPED_GOOD_NAME,
    PWNED_NAME,
    ZERO_WIDTH_TITLE,
    make_hostile_corpus,
    restore_permissions,
    write_one_long_line,
    write_tiny_files,
)

#: What no loaded text may hold: C0 controls but line breaks, DEL, C1, bidi overrides/isolates.
UNSAFE = {chr(c) for c in [*range(0, 9), 11, 12, *range(14, 32), *range(127, 160)]} | set(
    "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
)


@pytest.fixture(scope="module")
def hostile(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Path, object]]:
    root = make_hostile_corpus(tmp_path_factory.mktemp("more"))
    yield root, load_corpus([str(root)])
    restore_permissions(root)


def _article(corpus: object, name: str) -> Article:
    return next(a for a in corpus.articles if os.path.basename(a.path) == name)  # type: ignore[attr-defined]


def test_nothing_loaded_holds_a_control_or_bidi_character(hostile) -> None:
    _, corpus = hostile
    for article in corpus.articles:
        for value in (article.title, article.source, article.author, *(b.text for b in article.blocks)):
            assert not (set(value) & UNSAFE), (article.path, value)


def test_every_problem_is_one_printable_line(hostile) -> None:
    _, corpus = hostile
    for problem in corpus.problems:
        line = str(problem)
        assert line.isprintable(), line
    shown = {str(p) for p in corpus.problems}
    assert any(line.endswith("x\\x1b]0;PWNED\\x07\\x1b[2J.txt: empty file") for line in shown)


def test_a_good_article_with_a_hostile_name_loads(hostile) -> None:
    root, corpus = hostile
    article = _article(corpus, ESCAPED_GOOD_NAME)
    assert article.title == "Hujan Deras Malam Ini"
    assert article.path == str(root / ESCAPED_GOOD_NAME)  # the real path, to open it again
    assert not any(p.path.endswith(PWNED_NAME) and not p.fatal for p in corpus.problems)


def test_feed_entities_decode_but_stay_inert(hostile) -> None:
    _, corpus = hostile
    article = _article(corpus, "entities.rss")
    assert article.title.startswith("Tom & Jerry été")
    assert "\ufffdrev" in article.title  # the override, numeric entity or not, is replaced
    body = " ".join(b.text for b in article.blocks)
    assert "Escapes [2J and" in body and "bold" in body and "<b>" not in body
    assert "\x1b" not in article.text and "\x9b" not in article.text


def test_bidi_overrides_are_replaced_one_for_one(hostile) -> None:
    _, corpus = hostile
    article = _article(corpus, "bidi.txt")
    assert len(article.text) == len(BIDI_TEXT)
    assert article.title == "Warga \ufffdKota\ufffd Contoh Mengungsi"


def test_zero_width_combining_cjk_and_emoji_titles_are_kept(hostile) -> None:
    _, corpus = hostile
    assert _article(corpus, "zerowidth.txt").title == ZERO_WIDTH_TITLE
    assert _article(corpus, "cjk.txt").title == CJK_TITLE


def test_a_folder_500_levels_deep_is_read(hostile) -> None:
    root, corpus = hostile
    article = _article(corpus, "bottom.txt")
    assert article.path.split(os.sep).count("d") == DEEP_LEVELS
    assert article.path.startswith(str(root / "deep"))


def test_the_loader_reports_in_the_order_it_reads(hostile) -> None:
    _, corpus = hostile
    paths = [a.path for a in corpus.articles]
    assert paths == sorted(paths, key=lambda p: p.split(os.sep))  # name order, depth-first


def test_one_50_mb_line_is_cut_and_loads(tmp_path: Path) -> None:
    write_one_long_line(tmp_path / "long.txt", megabytes=50)
    corpus = load_corpus([str(tmp_path / "long.txt")])
    (article,) = corpus.articles
    assert article.title.startswith("Satu Baris Panjang")
    assert all(len(b.text) <= 4000 for b in article.blocks)
    reasons = [p.reason for p in corpus.problems]
    assert any("only the first 8 MB were read" in r for r in reasons)
    assert all(not p.fatal for p in corpus.problems)


def test_one_50_mb_line_in_a_jsonl_is_skipped(tmp_path: Path) -> None:
    path = tmp_path / "long.jsonl"
    with open(path, "w", encoding="utf-8") as fh:
        fh.write('{"title": "Kept", "text": "A short story."}\n{"title": "Huge", "text": "')
        for _ in range(50):
            fh.write("kata " * (1024 * 1024 // 5))
        fh.write('"}\n{"title": "After", "text": "Another short story."}\n')
    corpus = load_corpus([str(path)])
    assert [a.title for a in corpus.articles] == ["Kept", "After"]
    (problem,) = corpus.problems
    assert problem.reason == "line 2: longer than 8 MB, skipped" and not problem.fatal


def test_limits_can_be_lowered_for_a_whole_load(tmp_path: Path) -> None:
    path = tmp_path / "many.jsonl"
    path.write_text('{"title": "T", "text": "Body."}\n' * 50, encoding="utf-8")
    corpus = load_corpus([str(path)], limits=StreamLimits(max_lines=10))
    assert len(corpus.articles) == 10
    (problem,) = corpus.problems
    assert "more than 10 lines" in problem.reason and not problem.fatal


@pytest.mark.slow
def test_100000_tiny_files_load(tmp_path: Path) -> None:
    folder = write_tiny_files(tmp_path / "tiny", 100_000)
    corpus = load_corpus([str(folder)])
    assert len(corpus.articles) == 100_000 and not corpus.problems


def test_10000_tiny_files_load(tmp_path: Path) -> None:
    """The light version of the 100,000-file case (run that one with `-m slow`)."""
    folder = write_tiny_files(tmp_path / "tiny", 10_000)
    corpus = load_corpus([str(folder)])
    assert len(corpus.articles) == 10_000 and not corpus.problems
