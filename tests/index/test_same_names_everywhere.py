"""One engine, one result: the index behind the reader, `reader mentions` and `reader find`
gives exactly the mentions, labels and entity ids `reader entities` prints for the same files,
whether it is built cold, read from the cache, resumed after a cancelled build, or rebuilt
after the corpus changed."""

from __future__ import annotations

import gzip
import io
import json
import shutil
from itertools import islice
from pathlib import Path

import pytest

from reader.cli import main
from reader.commands._corpus import load_for_command
from reader.commands.entities import write_table
from reader.index.build import IndexBuilder
from reader.index.cache import IndexCache
from reader.index.corpus_index import CorpusIndex
from tests.conftest import shared_path

ENGLISH = {
    "ledger.txt": (
        "Harbour deal signed in Rotterdam\n\n"
        "Dutch Finance Minister Pieter Vandermolen signed the harbour deal in Rotterdam on "
        "Tuesday, the Port Authority of Rotterdam said.\n"
        "Vandermolen told reporters the European Union would pay half. The Port Authority "
        "expects work to start in March.\n"
    ),
    "ledger-2.md": (
        "# Unions question the Rotterdam deal\n\n"
        "The **Federation of Dutch Trade Unions** (FNV) said on Wednesday that "
        "*Pieter Vandermolen* had not consulted workers.\n\n"
        "> FNV chair Marieke de Groot said the [Port Authority](https://example.org) "
        "should have waited.\n"
    ),
    "ledger-3.html": (
        "<html><head><title>Brussels reacts</title></head><body><article>"
        "<h1>Brussels reacts to the harbour deal</h1>"
        "<p>The European Commission welcomed the deal. Commissioner Ana Lindqvist said "
        "Rotterdam and Antwerp would both gain.</p>"
        "<p>Lindqvist will visit the Netherlands in April.</p>"
        "</article></body></html>"
    ),
}


@pytest.fixture
def mixed(tmp_path: Path, seeds: Path) -> Path:
    """The seeds, English stories in three formats, and (with ../shared) some BBC news."""
    folder = tmp_path / "mixed"
    shutil.copytree(seeds, folder / "seeds")
    for name, text in ENGLISH.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def with_bbc(folder: Path, count: int = 60) -> Path:
    """Add the first `count` BBC articles to `folder` as one JSON Lines file."""
    source = shared_path("corpora", "bbc-news-2225", "articles.jsonl.gz")
    with gzip.open(source, "rt", encoding="utf-8") as lines:
        (folder / "bbc.jsonl").write_text("".join(islice(lines, count)), encoding="utf-8")
    return folder


def entities_rows(capsys: pytest.CaptureFixture[str], *paths: Path) -> list[dict]:
    """What `reader entities --format jsonl` prints for `paths`."""
    status = main(["entities", *map(str, paths), "--format", "jsonl"])
    out, err = capsys.readouterr()
    assert status == 0, err
    return [json.loads(line) for line in out.splitlines()]


def entities_table(capsys: pytest.CaptureFixture[str], *paths: Path) -> str:
    """What `reader entities --format table` prints for `paths` (written to a pipe)."""
    status = main(["entities", *map(str, paths), "--format", "table"])
    out, err = capsys.readouterr()
    assert status == 0, err
    return out


def index_rows(index: CorpusIndex) -> list[dict]:
    """The index's mentions as `reader entities` rows, articles in corpus order."""
    rows = []
    for article in index.articles:
        for mention in index.mentions_in(article.id):
            start, end = article.blocks[mention.block].source_span(mention.start, mention.end)
            rows.append(
                {
                    "file": article.path,
                    "start": start,
                    "end": end,
                    "text": article.text[start:end],
                    "label": mention.label,
                    "entity": mention.entity,
                    "name": index.entity(mention.entity).name,
                }
            )
    return rows


def index_table(index: CorpusIndex) -> str:
    out = io.StringIO()
    write_table(index.entities(), out, None)
    return out.getvalue()


def build(paths: list[Path], cache_path: Path, cancel_after: int | None = None):
    """Build the index of `paths` as the reader does; None when cancelled after that many."""
    corpus = load_for_command([str(p) for p in paths])
    assert corpus is not None
    asked = []

    def cancelled() -> bool:
        asked.append(1)
        return cancel_after is not None and len(asked) > cancel_after

    with IndexCache(cache_path) as cache:
        builder = IndexBuilder(cache=cache)
        builder.add_articles(corpus.articles)
        index = builder.build(cancelled=cancelled)
    return builder, index


def test_the_seeds_give_the_same_names_cold_and_warm(
    capsys: pytest.CaptureFixture[str], seeds: Path, tmp_path: Path
) -> None:
    expected = entities_rows(capsys, seeds)
    assert expected
    cold_builder, cold = build([seeds], tmp_path / "c.sqlite3")
    assert cold_builder.recognised_count == len(cold.articles)
    assert index_rows(cold) == expected
    warm_builder, warm = build([seeds], tmp_path / "c.sqlite3")
    assert warm_builder.recognised_count == 0
    assert index_rows(warm) == expected
    assert index_table(warm) == index_table(cold) == entities_table(capsys, seeds)


def test_a_mixed_corpus_gives_the_same_names_cold_and_warm(
    capsys: pytest.CaptureFixture[str], mixed: Path, tmp_path: Path
) -> None:
    expected = entities_rows(capsys, mixed)
    assert {row["file"].rsplit(".", 1)[-1] for row in expected} >= {"txt", "md", "html"}
    _, cold = build([mixed], tmp_path / "c.sqlite3")
    assert index_rows(cold) == expected
    warm_builder, warm = build([mixed], tmp_path / "c.sqlite3")
    assert warm_builder.recognised_count == 0 and index_rows(warm) == expected
    assert index_table(warm) == entities_table(capsys, mixed)


def test_news_in_english_give_the_same_names(
    capsys: pytest.CaptureFixture[str], mixed: Path, tmp_path: Path
) -> None:
    with_bbc(mixed)
    expected = entities_rows(capsys, mixed)
    _, index = build([mixed], tmp_path / "c.sqlite3")
    assert index_rows(index) == expected
    assert index_table(index) == entities_table(capsys, mixed)


def test_a_build_resumed_after_cancelling_gives_the_same_names(
    capsys: pytest.CaptureFixture[str], mixed: Path, tmp_path: Path
) -> None:
    expected = entities_rows(capsys, mixed)
    stopped, nothing = build([mixed], tmp_path / "c.sqlite3", cancel_after=4)
    assert nothing is None and stopped.recognised_count == 4
    resumed, index = build([mixed], tmp_path / "c.sqlite3")
    assert resumed.recognised_count == len(index.articles) - 4  # the journal kept four
    assert index_rows(index) == expected


def test_a_changed_corpus_gives_the_names_of_the_new_corpus(
    capsys: pytest.CaptureFixture[str], mixed: Path, tmp_path: Path
) -> None:
    build([mixed], tmp_path / "c.sqlite3")
    (mixed / "ledger-4.txt").write_text(
        "Vandermolen resigns\n\nPieter Vandermolen resigned on Friday. Rotterdam mourns.\n",
        encoding="utf-8",
    )
    (mixed / "ledger.txt").write_text(
        ENGLISH["ledger.txt"].replace("Tuesday", "Monday"), encoding="utf-8"
    )
    expected = entities_rows(capsys, mixed)
    builder, index = build([mixed], tmp_path / "c.sqlite3")
    assert builder.recognised_count == len(index.articles)  # new evidence: all scanned again
    assert index_rows(index) == expected


def test_reader_mentions_lists_the_rows_reader_entities_gives_that_entity(
    capsys: pytest.CaptureFixture[str], mixed: Path
) -> None:
    expected = entities_rows(capsys, mixed)
    status = main(["mentions", "Vandermolen", str(mixed)])
    out, err = capsys.readouterr()
    assert status == 0, err
    found = [json.loads(line) for line in out.splitlines()]
    entity = found[0]["entity"]
    wanted = [row for row in expected if row["entity"] == entity]
    assert [{k: r[k] for k in wanted[0]} for r in found] == wanted
