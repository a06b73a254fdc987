"""The article list's work on the UI thread, over the three shared corpora (25,467 articles).

    /work/venv/bin/python bench/bench_list.py [--runs N]

Loads ../shared/corpora's three `articles.jsonl.gz` once, then times, `--runs` times each:
finding duplicates (`Duplicates.unique`), filling the list (`ArticleListing.add`), re-sorting
it by date, title and source, and filtering it by text, language, date range and unread (what
a keypress in the filter field costs). Prints medians and the worst run in milliseconds, and
how many duplicates and dated articles there are. Asserts nothing: the machine is shared.
"""

from __future__ import annotations

import argparse
import statistics
import time
from collections.abc import Callable
from pathlib import Path

from reader.corpus.duplicates import Duplicates
from reader.corpus.loader import load_corpus
from reader.ui.list_order import ListChoice, parse_filter
from reader.ui.listing import ArticleListing

SHARED = Path(__file__).resolve().parent.parent.parent / "shared"
CORPORA = ("reuters21578", "bbc-news-2225", "indosum-dev")


def timed(label: str, runs: int, work: Callable[[], object]) -> None:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        work()
        times.append((time.perf_counter() - start) * 1000)
    print(f"  {label:<34} median {statistics.median(times):7.1f} ms   worst {max(times):7.1f} ms")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    runs = parser.parse_args().runs
    paths = [str(SHARED / "corpora" / name / "articles.jsonl.gz") for name in CORPORA]
    articles = load_corpus(paths).articles
    unique = Duplicates().unique(articles)
    dated = sum(a.date is not None for a in articles)
    print(f"{len(articles):,} articles, {len(articles) - len(unique):,} duplicates, "
          f"{dated:,} dated")  # fmt: skip
    read = {a.id for a in unique[::3]}
    timed("duplicates (all articles)", runs, lambda: Duplicates().unique(articles))

    def filled() -> ArticleListing:
        listing = ArticleListing(lambda article: article.id in read)
        listing.add(unique)
        return listing

    timed("list filled, newest first", runs, filled)
    listing = filled()
    for sort in ("title", "source", "date"):
        timed(f"sorted by {sort}", runs, lambda sort=sort: listing.set_choice(ListChoice(sort)))
    for line in ("bank", "lang:id", "from:1987-03-01 to:1987-03-31", "unread", "unread lang:en oil"):
        choice = ListChoice("date", parse_filter(line))
        timed(f"filter {line!r}", runs, lambda choice=choice: listing.set_choice(choice))
        print(f"    → {len(listing):,} of {listing.total:,}")


if __name__ == "__main__":
    main()
