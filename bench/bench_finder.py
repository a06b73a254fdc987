"""Finder speed per keystroke over every name, alias and title of the shared corpora.

    /work/venv/bin/python bench/bench_finder.py [--cache PATH] [--queries N]

Builds (or loads from `--cache`, default /tmp/reader-bench-index/index.sqlite3) the index of the
three shared corpora (25,467 articles), builds the finder, then types realistic queries one
character at a time and times each keystroke's search: entity names and aliases (popular and
rare), the start of article titles, and the same with one typo (a letter dropped, doubled,
swapped or replaced). Prints p50/p95/max per keystroke, at 25,467 articles and at 100,000
(the corpus repeated four times, each copy with its own entities: four times the names and
titles), plus the finder's build time and the mentions-listing time. Asserts nothing.

Before typing, the bench runs `gc.collect(); gc.freeze()`, as the app should once its index is
loaded: the millions of long-lived objects of a 100,000-article corpus otherwise make each
full garbage collection (triggered by any allocation, e.g. a search) pause for up to a second.
"""

from __future__ import annotations

import argparse
import gc
import random
import statistics
import time
from pathlib import Path

from bench_index import build_with, load_shared, replicate, timed

from reader.index.corpus_index import CorpusIndex
from reader.index.finder import Finder
from reader.index.mentions import entity_mentions


def realistic_queries(index: CorpusIndex, count: int, seed: int = 7) -> list[tuple[str, str]]:
    """(kind of query, query) pairs drawn from the index: names, aliases, titles, typos."""
    rng = random.Random(seed)
    table = index.entity_table
    by_mentions = sorted(range(len(table)), key=table.mention_counts.__getitem__, reverse=True)
    popular = by_mentions[:500]
    rare = by_mentions[500:20000]
    with_aliases = [n for n in by_mentions[:5000] if table.aliases[n]]
    queries: list[tuple[str, str]] = []
    quarter = max(1, count // 4)
    for _ in range(quarter):
        queries.append(("name", table.names[rng.choice(popular)]))
    for _ in range(quarter // 2):
        queries.append(("rare name", table.names[rng.choice(rare or popular)]))
    for _ in range(quarter // 2):
        if with_aliases:
            number = rng.choice(with_aliases)
            queries.append(("alias", rng.choice(table.aliases[number])))
    for _ in range(quarter // 2):
        title = rng.choice(index.articles).title.split()
        queries.append(("title", " ".join(title[: rng.randint(2, 6)])))
    originals = [q for _, q in queries]
    while len(queries) < count:
        queries.append(("typo", with_typo(rng.choice(originals), rng)))
    return queries


def with_typo(text: str, rng: random.Random) -> str:
    """`text` with one typing mistake after its first letter."""
    if len(text) < 4:
        return text
    at = rng.randint(1, len(text) - 2)
    kind = rng.choice(("drop", "double", "swap", "replace"))
    if kind == "drop":
        return text[:at] + text[at + 1 :]
    if kind == "double":
        return text[:at] + text[at] + text[at:]
    if kind == "swap":
        return text[:at] + text[at + 1] + text[at] + text[at + 2 :]
    return text[:at] + rng.choice("aeiourstn") + text[at + 1 :]


def type_queries(finder: Finder, queries: list[tuple[str, str]]) -> dict[str, list[float]]:
    """Seconds per keystroke, by kind of query (and "all")."""
    times: dict[str, list[float]] = {"all": []}
    for kind, query in queries:
        for length in range(1, len(query) + 1):
            start = time.perf_counter()
            finder.search(query[:length])
            elapsed = time.perf_counter() - start
            times["all"].append(elapsed)
            times.setdefault(kind, []).append(elapsed)
    return times


def report(label: str, times: dict[str, list[float]]) -> None:
    for kind, values in times.items():
        ordered = sorted(values)
        p95 = ordered[min(len(ordered) - 1, int(len(ordered) * 0.95))]
        print(
            f"  [{label}] {kind:<9} {len(values):>5} keystrokes: p50 {statistics.median(values) * 1000:5.1f} ms"
            f"  p95 {p95 * 1000:5.1f} ms  max {ordered[-1] * 1000:5.1f} ms"
        )


def bench(index: CorpusIndex, label: str, queries: list[tuple[str, str]]) -> None:
    build_time, finder = timed(lambda: Finder(index), 1)
    keys = len(finder.candidates)  # type: ignore[union-attr]
    print(f"[{label}] finder over {keys:,} names, aliases and titles built in {build_time:.2f} s")
    gc.collect()
    gc.freeze()
    report(label, type_queries(finder, queries))  # type: ignore[arg-type]
    top = index.most_mentioned(1)[0]
    listing, found = timed(lambda: entity_mentions(index, top.id), 5)
    print(
        f"  [{label}] mentions of {top.name!r} ({found.summary}) listed in {listing * 1000:.1f} ms"
    )  # type: ignore[union-attr]


def shared_index(cache: Path) -> CorpusIndex:
    """The index of the three shared corpora, built with (or loaded from) `cache`; says how
    long that took."""
    cache.parent.mkdir(parents=True, exist_ok=True)
    articles = load_shared()
    start = time.perf_counter()
    index, builder = build_with(cache, articles)
    print(
        f"index of {len(articles):,} articles ready in {time.perf_counter() - start:.2f} s "
        f"({builder.recognised_count:,} recognised)"
    )
    return index


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--cache", type=Path, default=Path("/tmp/reader-bench-index/index.sqlite3"))
    parser.add_argument("--queries", type=int, default=80)
    args = parser.parse_args()
    index = shared_index(args.cache)
    queries = realistic_queries(index, args.queries)
    print("sample queries:", ", ".join(repr(q) for _, q in queries[:: max(1, len(queries) // 8)]))
    bench(index, "25k", queries)
    bench(replicate(index, 4, distinct_entities=True), "100k", queries)


if __name__ == "__main__":
    main()
