"""How long corpus-wide linking takes on the shared corpora (prints figures, asserts nothing).

    python bench/bench_link.py [--runs 5] [--batches 10] [CORPUS.jsonl.gz ...]

Loads the corpora (default: the three under ../shared/corpora) and recognises names once.
Then, for the whole corpus, it times `Linker.add_all` (counting every mention once) and
`Linker.resolve` (linking everything counted), `--runs` times each, and prints medians and
ranges of wall-clock and CPU time (CPU time is steadier on a shared machine). Last it grows a
corpus in `--batches` batches, resolving after each, as the index does while recognition runs
in the background.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

from reader.corpus.loader import load_corpus
from reader.corpus.model import Article
from reader.entities.link import Linker
from reader.entities.model import Mention
from reader.entities.pipeline import analyse

SHARED = Path(__file__).resolve().parent.parent.parent / "shared" / "corpora"


def load(paths: list[str]) -> list[Article]:
    """The articles of `paths`, through the loader (or the JSON Lines reader directly)."""
    articles = load_corpus(paths).articles
    if articles:
        return articles
    from reader.corpus.formats.jsonl import articles_from_jsonl

    found = []
    for path in paths:
        found.extend(item for item in articles_from_jsonl(path) if isinstance(item, Article))
    return found


def timed(action: Callable[[], object]) -> tuple[float, float]:
    """Wall-clock and CPU seconds of one call."""
    wall, cpu = time.perf_counter(), time.process_time()
    action()
    return time.perf_counter() - wall, time.process_time() - cpu


def summary(name: str, samples: list[tuple[float, float]]) -> str:
    walls, cpus = [s[0] for s in samples], [s[1] for s in samples]
    return (
        f"{name}: wall median {statistics.median(walls):.2f} s "
        f"({min(walls):.2f}-{max(walls):.2f}), CPU median {statistics.median(cpus):.2f} s "
        f"({min(cpus):.2f}-{max(cpus):.2f}), {len(samples)} runs"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpora", nargs="*")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--batches", type=int, default=10)
    args = parser.parse_args()
    paths = args.corpora or sorted(str(p) for p in SHARED.glob("*/articles.jsonl.gz"))
    started = time.perf_counter()
    articles = load(paths)
    print(f"loaded {len(articles):,} articles in {time.perf_counter() - started:.1f} s")
    if not articles:
        return 1
    started = time.perf_counter()
    recognised = analyse(articles).mentions
    mentions: dict[str, list[Mention]] = {
        article_id: [Mention(m.block, m.start, m.end, m.label) for m in found]
        for article_id, found in recognised.items()
    }
    count = sum(len(found) for found in mentions.values())
    words = sum(a.word_count for a in articles)
    print(
        f"recognised {count:,} mentions in {words:,} words in {time.perf_counter() - started:.1f} s"
    )
    batch = [(article, mentions.get(article.id, [])) for article in articles]
    adds, resolves = [], []
    entities: dict = {}
    for _ in range(args.runs):
        linker = Linker()
        adds.append(timed(lambda linker=linker: linker.add_all(batch)))
        resolves.append(timed(lambda linker=linker: entities.update(linker.resolve().entities_by_id())))
    print(summary("add_all, whole corpus", adds))
    print(summary("resolve, whole corpus", resolves))
    print(f"{count:,} mentions, {len(entities):,} entities")
    linker = Linker()
    size = -(-len(batch) // args.batches)
    for start in range(0, len(batch), size):
        part = batch[start : start + size]
        add = timed(lambda part=part: linker.add_all(part))
        resolve = timed(linker.resolve)
        print(
            f"  +{len(part):,} articles (total {start + len(part):,}): add {add[0]:.2f} s, "
            f"resolve {resolve[0]:.2f} s wall / {resolve[1]:.2f} s CPU"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
