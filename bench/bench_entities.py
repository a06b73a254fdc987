"""Entity recognition and linking speed over the shared corpora, single-threaded.

    python bench/bench_entities.py [--limit N] [--runs R] [--memory]

Loads ../shared/corpora/*/articles.jsonl.gz through `reader.corpus.loader.load_corpus`,
runs `reader.entities.pipeline.analyse` over all of them in one process and prints the words
per second per core (words over the process's CPU time, median of the runs: the machine is
shared, so wall time is shown too but CPU time is the figure to compare; the best run is the
one least disturbed by other work), the CPU time of each stage, the mentions found and the
peak RSS. With `--memory` it runs the stages once instead, in a fresh process's order, and
prints the RSS after each (current and peak), which says where the memory goes. Prints
figures only; asserts nothing.
"""

from __future__ import annotations

import argparse
import gc
import resource
import statistics
import sys
import time
from pathlib import Path

from reader.corpus.loader import load_corpus
from reader.entities.consistency import LabelVotes
from reader.entities.evidence import CaseEvidence
from reader.entities.link import link
from reader.entities.pipeline import analyse
from reader.entities.recognize import Recognizer

CORPORA = Path(__file__).resolve().parents[2] / "shared" / "corpora"


def _peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _rss_mb() -> float:
    """The current resident set size (Linux), or the peak where /proc is missing."""
    try:
        with open("/proc/self/statm", encoding="ascii") as statm:
            pages = int(statm.read().split()[1])
    except OSError:
        return _peak_rss_mb()
    return pages * resource.getpagesize() / 2**20


def _memory_by_stage(articles: list) -> None:
    """Run the stages once and print the RSS after each (what each one holds)."""

    def report(stage: str) -> None:
        gc.collect()
        print(f"  {stage:<34} RSS {_rss_mb():5.0f} MB, peak {_peak_rss_mb():5.0f} MB")

    report("articles loaded")
    Recognizer(CaseEvidence()).recognize(articles[0])
    report("word lists and gazetteers")
    evidence = CaseEvidence.from_articles(articles)
    report("case evidence")
    recognizer = Recognizer(evidence)
    votes = LabelVotes(evidence)
    for article in articles:
        votes.add(article.id, recognizer.scan(article))
    report("recognition (scan, votes, caches)")
    del recognizer
    labelled = votes.decide()
    del votes
    report("labels decided (mentions)")
    link(articles, labelled)
    report("linking")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=0, help="only the first N articles")
    parser.add_argument("--runs", type=int, default=1, help="timed runs (the median is shown)")
    parser.add_argument("--memory", action="store_true", help="RSS after each stage instead")
    args = parser.parse_args()
    paths = sorted(str(p) for p in CORPORA.glob("*/articles.jsonl.gz"))
    if not paths:
        print(f"no corpora under {CORPORA}", file=sys.stderr)
        return 1
    started = time.perf_counter()
    corpus = load_corpus(paths)
    articles = corpus.articles[: args.limit] if args.limit else corpus.articles
    loaded = time.perf_counter() - started
    words = sum(a.word_count for a in articles)
    text_mb = sum(len(a.text) for a in articles) / 1e6
    print(
        f"loaded {len(articles):,} articles, {words:,} words, {text_mb:.1f} M chars in {loaded:.1f} s"
    )
    print(f"peak RSS after loading: {_peak_rss_mb():.0f} MB")
    if args.memory:
        _memory_by_stage(articles)
        return 0

    warm = time.perf_counter()
    first = articles[0]  # loads the word lists and compiles the patterns
    Recognizer(CaseEvidence.from_article(first)).recognize(first)
    print(f"word lists and gazetteers loaded in {time.perf_counter() - warm:.2f} s")

    cpu_times, wall_times = [], []
    analysis = None
    for _ in range(args.runs):
        analysis = None  # the last run's results go first: the peak is one run's
        cpu, wall = time.process_time(), time.perf_counter()
        analysis = analyse(articles)
        cpu_times.append(time.process_time() - cpu)
        wall_times.append(time.perf_counter() - wall)
    cpu_s, wall_s = statistics.median(cpu_times), statistics.median(wall_times)
    mentions = sum(len(m) for m in analysis.mentions.values()) if analysis else 0
    entities = len(analysis.entities) if analysis else 0
    peak_after_analyse = _peak_rss_mb()
    analysis = None  # the stage-by-stage pass below measures time, not memory

    cpu = time.process_time()
    evidence = CaseEvidence.from_articles(articles)
    evidence_s = time.process_time() - cpu
    cpu = time.process_time()
    recognizer = Recognizer(evidence)
    votes = LabelVotes(evidence)
    for article in articles:
        votes.add(article.id, recognizer.scan(article))
    scan_s = time.process_time() - cpu
    del recognizer
    cpu = time.process_time()
    labelled = votes.decide()
    harmonise_s = time.process_time() - cpu
    cpu = time.process_time()
    link(articles, labelled)
    link_s = time.process_time() - cpu

    print(
        f"analyse (recognition + linking): {words / cpu_s:,.0f} words/s per core "
        f"({cpu_s:.2f} s CPU, {wall_s:.2f} s wall, median of {len(cpu_times)}; "
        f"best {words / min(cpu_times):,.0f} words/s)"
    )
    print(
        f"  stages (CPU s): evidence {evidence_s:.2f}, recognition {scan_s:.2f}, "
        f"labels {harmonise_s:.2f}, linking {link_s:.2f}"
    )
    mine = evidence_s + scan_s + harmonise_s
    print(f"  recognition alone: {words / mine:,.0f} words/s per core")
    print(f"mentions {mentions:,}, entities {entities:,}")
    print(f"peak RSS through analyse: {peak_after_analyse:.0f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
