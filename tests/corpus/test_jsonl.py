"""JSON Lines articles: fields to metadata, one article per line, bad lines skipped."""

from __future__ import annotations

import gzip
import json
from datetime import datetime
from itertools import islice
from pathlib import Path

from reader.corpus.loader import iter_load, load_corpus
from reader.corpus.model import Article
from tests.conftest import shared_path

RECORDS = [
    {
        "id": "w-1",
        "title": "MARKETS RALLY AFTER RATE CUT",
        "source": "Wire",
        "date": "1987-02-26T15:01:01",
        "dateline": "SALVADOR, Feb 26",
        "category": "money",
        "text": "Stocks rose sharply on Thursday after the central bank cut rates.\n\n"
        "Traders said the move was expected.",
    },
    {
        "title": "Harga cabai naik menjelang lebaran",
        "body": "Kabarku - Harga cabai di pasar tradisional naik dua kali lipat.\n\n"
        "Pedagang mengeluhkan pasokan yang berkurang dari daerah.",
        "source": "kabarku",
        "date": "2017-06-20",
        "url": "https://kabarku.id/a",
        "author": "Rina Kusuma",
    },
]


def _write(path: Path, lines: list[str]) -> None:
    data = "".join(line + "\n" for line in lines).encode("utf-8")
    path.write_bytes(gzip.compress(data) if path.name.endswith(".gz") else data)


def _check_offsets(article: Article) -> None:
    for block in article.blocks:
        assert article.text[block.start : block.start + len(block.text)] == block.text


def test_fields_become_metadata_and_blocks(tmp_path: Path) -> None:
    path = tmp_path / "news.jsonl.gz"
    _write(path, [json.dumps(r) for r in RECORDS])
    corpus = load_corpus([str(path)])
    assert not corpus.problems
    wire, local = corpus.articles
    assert (wire.id, local.id) == (f"{path}#1", f"{path}#2")
    assert wire.title == "MARKETS RALLY AFTER RATE CUT"
    assert wire.date == datetime(1987, 2, 26, 15, 1, 1)
    assert wire.dateline == "SALVADOR" and wire.source == "Wire" and wire.category == "money"
    assert wire.extra["id"] == "w-1"
    assert wire.language == "en"
    assert wire.text.startswith("MARKETS RALLY AFTER RATE CUT\n\nSALVADOR, Feb 26\n\nStocks rose")
    assert [(b.kind, b.text) for b in wire.blocks] == [
        ("title", "MARKETS RALLY AFTER RATE CUT"),
        ("dateline", "SALVADOR"),
        ("paragraph", "Stocks rose sharply on Thursday after the central bank cut rates."),
        ("paragraph", "Traders said the move was expected."),
    ]
    assert local.author == "Rina Kusuma" and local.date == datetime(2017, 6, 20)
    assert local.source == "kabarku" and local.url == "https://kabarku.id/a"
    assert [(b.kind, b.text) for b in local.blocks][:3] == [
        ("title", "Harga cabai naik menjelang lebaran"),
        ("byline", "Rina Kusuma"),
        ("source", "Kabarku"),
    ]
    assert local.language == "id"
    assert wire.digest != local.digest
    for article in corpus.articles:
        _check_offsets(article)


def test_bad_lines_are_reported_and_skipped(tmp_path: Path) -> None:
    path = tmp_path / "mixed.jsonl"
    _write(
        path,
        [
            json.dumps(RECORDS[0]),
            "{not json",
            "[1, 2]",
            json.dumps({"title": "No text here"}),
            "",
            json.dumps(RECORDS[1]),
        ],
    )
    corpus = load_corpus([str(path)])
    assert [a.id for a in corpus.articles] == [f"{path}#1", f"{path}#6"]
    assert [(p.reason.split(":")[0], p.fatal) for p in corpus.problems] == [
        ("line 2", False),
        ("line 3", False),
        ("line 4", False),
    ]


def test_digest_is_per_article_and_stable(tmp_path: Path) -> None:
    path = tmp_path / "a.jsonl"
    _write(path, [json.dumps(RECORDS[0]), json.dumps(RECORDS[1])])
    first = load_corpus([str(path)]).articles
    _write(path, [json.dumps(RECORDS[0]), json.dumps({**RECORDS[1], "title": "Changed"})])
    second = load_corpus([str(path)]).articles
    assert first[0].digest == second[0].digest
    assert first[1].digest != second[1].digest


def test_shared_corpora_stream_and_map_exactly() -> None:
    paths = [
        str(shared_path("corpora", name, "articles.jsonl.gz"))
        for name in ("reuters21578", "bbc-news-2225", "indosum-dev")
    ]
    for path in paths:
        articles = [a for a in islice(iter_load([path]), 300) if isinstance(a, Article)]
        assert len(articles) == 300
        for article in articles:
            assert article.title and article.blocks
            _check_offsets(article)
        expected = "id" if "indosum" in path else "en"
        # Tables of figures have no function words to tell the language by: "" then.
        assert {a.language for a in articles} <= {expected, ""}
        assert sum(a.language == expected for a in articles) >= 270
