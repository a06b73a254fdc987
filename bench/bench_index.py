"""Index build times (cold and warm from the cache) and mentions-listing times.

    /work/venv/bin/python bench/bench_index.py [--cache PATH] [--runs N]

Reads the three shared corpora (../shared/corpora/*/articles.jsonl.gz, 25,467 articles),
builds the index once with an empty cache (cold: recognition + linking), then N times from the
cache (warm: what a second start costs), and times listing the mentions of the most mentioned
entity, "appears with" and "in this article". The same lookups are then timed on a 100,000-
article index made by repeating the corpus's articles and mentions (as expand_corpus.py --cycle would).
Prints figures; asserts nothing. Run on a quiet machine: figures vary with load.
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import json
import resource
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import replace
from datetime import datetime
from pathlib import Path

from reader.corpus.loader import load_corpus
from reader.corpus.model import Article, Block
from reader.index.build import IndexBuilder, corpus_key
from reader.index.cache import IndexCache
from reader.index.cache_rows import pack_evidence
from reader.index.corpus_index import CorpusIndex
from reader.index.engine import EntityEngine
from reader.index.mentions import appears_with, article_entities, entity_mentions
from reader.index.tables import (
    EntityTable,
    MentionTable,
    count_entities,
    paused_gc,
    uint_column,
)

SHARED = Path(__file__).resolve().parents[2] / "shared" / "corpora"
CORPORA = ("reuters21578", "bbc-news-2225", "indosum-dev")


def read_jsonl_corpus(path: Path) -> list[Article]:
    """A shared corpus file as articles: through the corpus loader when it reads .jsonl.gz,
    otherwise one article per line (title, blank line, paragraphs), as expand_corpus.py
    would write it."""
    loaded = load_corpus([str(path)])
    if loaded.articles:
        return loaded.articles
    articles = []
    with gzip.open(path, "rt", encoding="utf-8") as lines:
        for number, line in enumerate(lines):
            record = json.loads(line)
            title = " ".join(record["title"].split())
            text = f"{title}\n\n{record['text'].strip()}\n"
            blocks, position = [], 0
            for raw in text.split("\n"):
                if raw.strip():
                    kind = "title" if not blocks else "paragraph"
                    lead = len(raw) - len(raw.lstrip())
                    blocks.append(Block(kind, raw.strip(), position + lead))
                position += len(raw) + 1
            date = None
            if record.get("date"):
                try:
                    date = datetime.fromisoformat(record["date"])
                except ValueError:
                    date = None
            digest = hashlib.blake2b(text.encode(), digest_size=16).hexdigest()
            articles.append(
                Article(
                    id=f"{path}#{number}",
                    path=str(path),
                    text=text,
                    blocks=blocks,
                    title=title,
                    source=record.get("source", ""),
                    date=date,
                    order=number,
                    digest=digest,
                )
            )
    return articles


def load_shared() -> list[Article]:
    """All three shared corpora, in a fixed order."""
    articles: list[Article] = []
    for name in CORPORA:
        path = SHARED / name / "articles.jsonl.gz"
        if not path.exists():
            sys.exit(f"{path} is missing (../shared is beside development clones only)")
        articles.extend(read_jsonl_corpus(path))
    return articles


def timed(action: Callable[[], object], runs: int) -> tuple[float, object]:
    """Median seconds of `runs` calls, and the last result."""
    times, result = [], None
    for _ in range(runs):
        start = time.perf_counter()
        result = action()
        times.append(time.perf_counter() - start)
    return statistics.median(times), result


def build_with(cache_path: Path, articles: list[Article]) -> tuple[CorpusIndex, IndexBuilder]:
    """One build, as a start of the reader does it: open the cache, build, close."""
    with IndexCache(cache_path) as cache:
        builder = IndexBuilder(engine=EntityEngine(), cache=cache)
        builder.add_articles(articles)
        index = builder.build()
    if index is None:
        raise RuntimeError("the build was cancelled")
    return index, builder


def replicate(index: CorpusIndex, copies: int, *, distinct_entities: bool) -> CorpusIndex:
    """The index repeated `copies` times, each copy's articles with distinct ids.

    `distinct_entities=False` is a corpus cycled to 100,000 files (expand_corpus.py --cycle):
    the same entities, each mentioned `copies` times as often. True gives each copy its own
    entities too, so the finder has `copies` times the names to search.
    """
    articles = []
    table = MentionTable.empty(0)
    source = index.mention_table
    entity_count = len(index.entity_table)
    for copy in range(copies):
        articles.extend(replace(article, id=f"{article.id}~{copy}") for article in index.articles)
        base = len(table.block)
        table.article_starts.extend(s + base for s in source.article_starts[1:])
        table.block.extend(source.block)
        table.start.extend(source.start)
        table.end.extend(source.end)
        table.label.extend(source.label)
        shift = copy * entity_count if distinct_entities else 0
        table.entity.extend(e + shift for e in source.entity)
    one = index.entity_table
    if not distinct_entities:
        counts_m, counts_a = count_entities(table, entity_count)
        entities = EntityTable(one.ids, one.names, one.labels, one.aliases, counts_m, counts_a)
        return CorpusIndex(articles, entities, table)
    entities = EntityTable(
        [f"{e}~{copy}" for copy in range(copies) for e in one.ids],
        one.names * copies,
        type(one.labels)("B", list(one.labels) * copies),
        one.aliases * copies,
        uint_column(list(one.mention_counts) * copies),
        uint_column(list(one.article_counts) * copies),
    )
    return CorpusIndex(articles, entities, table)


def time_lookups(index: CorpusIndex, label: str, runs: int) -> None:
    top = index.most_mentioned(1)[0]
    listing, found = timed(lambda: entity_mentions(index, top.id), runs)
    index.entity_rows()
    print(f"[{label}] {len(index.articles):,} articles, {len(index.mention_table):,} mentions")
    print(f"  most mentioned: {top.name!r}: {found.summary}")  # type: ignore[union-attr]
    print(f"  list its mentions (grouped, newest first): {listing * 1000:.1f} ms")
    first = found.groups[0]  # type: ignore[union-attr]
    group_time, _ = timed(first.mentions, runs)
    print(f"  materialise one article's group ({first.count}): {group_time * 1000:.2f} ms")
    step_time, _ = timed(lambda: found.step(1, first.article.id, 0, 0), runs)  # type: ignore[union-attr]
    print(f"  ] step from a position: {step_time * 1000:.2f} ms")
    co_time, companions = timed(lambda: appears_with(index, top.id), runs)
    print(f"  appears with: {co_time * 1000:.1f} ms: {[e.name for e, _ in companions]}")  # type: ignore[union-attr]
    article = index.articles[len(index.articles) // 2]
    here_time, _ = timed(lambda: article_entities(index, article.id), runs)
    print(f"  in this article: {here_time * 1000:.2f} ms")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--cache", type=Path, help="cache file to use (default: a fresh one)")
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    start = time.perf_counter()
    articles = load_shared()
    print(f"loaded {len(articles):,} articles in {time.perf_counter() - start:.2f} s")
    text_mb = sum(len(a.text) for a in articles) / 1e6
    print(f"  text {text_mb:.0f} M chars; peak RSS after loading {_peak_rss_mb():.0f} MB")
    with tempfile.TemporaryDirectory() as scratch:
        cache_path = args.cache or Path(scratch) / "index.sqlite3"
        cold_start = time.perf_counter()
        index, builder = build_with(cache_path, articles)
        cold = time.perf_counter() - cold_start
        print(
            f"first build: {cold:.2f} s ({builder.recognised_count:,} articles recognised; "
            f"{index.entity_count:,} entities, {len(index.mention_table):,} mentions)"
        )
        warm, (_, warm_builder) = timed(lambda: build_with(cache_path, articles), args.runs)  # type: ignore[misc]
        print(
            f"warm start (open cache, load linked index): median {warm * 1000:.0f} ms "
            f"of {args.runs}; recognised {warm_builder.recognised_count}"
        )
        print(f"cache file: {cache_path.stat().st_size / 1e6:.1f} MB")
        print(f"  peak RSS after building: {_peak_rss_mb():.0f} MB")
        time_lookups(index, "25k", args.runs)
        big = replicate(index, 4, distinct_entities=False)
        big_path = Path(scratch) / "big.sqlite3"
        key = corpus_key(big.articles)
        with IndexCache(big_path) as big_cache:
            rows = big.entity_rows()
            empty = pack_evidence({})
            big_cache.save_corpus("bench", key, big.entity_table, big.mention_table, rows, empty)

        def warm_load_big() -> CorpusIndex:
            """What a warm start does at 100k: a new connection, one row, the index."""
            with IndexCache(big_path) as cache, paused_gc():
                loaded = cache.load_corpus("bench", key)
                if loaded is None:
                    raise RuntimeError("the cache lost the corpus entry")
                return CorpusIndex(
                    big.articles, loaded.entities, loaded.mentions, entity_rows=loaded.entity_rows
                )

        load_time, _ = timed(warm_load_big, args.runs)
        print(f"[100k] warm load of the linked index: median {load_time * 1000:.0f} ms")
        time_lookups(big, "100k", args.runs)


def _peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


if __name__ == "__main__":
    main()
