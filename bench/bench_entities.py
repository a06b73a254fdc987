"""Entity recognition and linking speed over the shared corpora, single-threaded.

    python bench/bench_entities.py [--limit N] [--runs R]

Loads ../shared/corpora/*/articles.jsonl.gz through `reader.corpus.loader.load_corpus`,
runs `reader.entities.pipeline.analyse` over all of them in one process and prints the words
per second per core (words over the process's CPU time, median of the runs: the machine is
shared, so wall time is shown too but CPU time is the figure to compare), the CPU time of each
stage, the mentions found and the peak RSS. Prints figures only; asserts nothing.
"""

from __future__ import annotations

import argparse
import resource
import statistics
import sys
import time
from pathlib import Path

from reader.corpus.loader import load_corpus
from reader.entities.consistency import harmonise
from reader.entities.evidence import CaseEvidence
from reader.entities.link import link
from reader.entities.pipeline import analyse
from reader.entities.recognize import Recognizer

CORPORA = Path(__file__).resolve().parents[2] / "shared" / "corpora"


def _peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=0, help="only the first N articles")
    parser.add_argument("--runs", type=int, default=1, help="timed runs (the median is shown)")
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

    warm = time.perf_counter()
    Recognizer(CaseEvidence()).recognize(articles[0])  # package word lists and gazetteers
    print(f"word lists and gazetteers loaded in {time.perf_counter() - warm:.2f} s")

    cpu_times, wall_times = [], []
    analysis = None
    for _ in range(args.runs):
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
    scored = {article.id: recognizer.scan(article) for article in articles}
    scan_s = time.process_time() - cpu
    cpu = time.process_time()
    labelled = harmonise(scored)
    harmonise_s = time.process_time() - cpu
    cpu = time.process_time()
    link(articles, labelled)
    link_s = time.process_time() - cpu

    print(
        f"analyse (recognition + linking): {words / cpu_s:,.0f} words/s per core "
        f"({cpu_s:.2f} s CPU, {wall_s:.2f} s wall, median of {len(cpu_times)})"
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
