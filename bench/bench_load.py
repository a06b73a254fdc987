"""Loading speed: the three shared corpora, and a folder of 100,000 small Markdown files.

    /work/venv/bin/python bench/bench_load.py [--runs N] [--files N] [--work DIR]

1. The three `articles.jsonl.gz` of ../shared/corpora (25,467 articles) loaded together
   through `iter_load`, `--runs` times: articles/s per run and the median.
2. A folder of `--files` (default 100,000) Markdown files written by
   `../shared/tools/expand_corpus.py --format md --cycle` into `--work` (default
   /tmp/reader-bench/md, reused when it already holds that many files), streamed through
   `iter_load`: the overall articles/s, the time to the first article, and the steadiness of
   the stream (articles/s per 10,000-file slice, and the longest gap between two articles).
3. The same for the seeds folder (time to load the five bundled articles).
Prints figures and asserts nothing: the machine is shared, so compare runs of the same session
(the CPU-time figures are the steadier ones when other jobs compete for the cores).
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

from reader.corpus.loader import iter_load
from reader.corpus.model import Article

PROJECT = Path(__file__).resolve().parent.parent
SHARED = PROJECT.parent / "shared"
CORPORA = ("reuters21578", "bbc-news-2225", "indosum-dev")


def bench_jsonl(runs: int) -> None:
    paths = [str(SHARED / "corpora" / name / "articles.jsonl.gz") for name in CORPORA]
    rates = []
    for run in range(1, runs + 1):
        start, cpu_start = time.perf_counter(), time.process_time()
        count = sum(1 for item in iter_load(paths) if isinstance(item, Article))
        seconds, cpu = time.perf_counter() - start, time.process_time() - cpu_start
        rates.append(count / seconds)
        print(
            f"  run {run}: {count} articles in {seconds:.2f} s = {count / seconds:,.0f} articles/s"
            f" ({cpu:.2f} s CPU = {count / cpu:,.0f} articles per CPU second)"
        )
    print(f"three corpora (jsonl.gz): median {statistics.median(rates):,.0f} articles/s")


def ensure_markdown_folder(folder: Path, files: int) -> None:
    existing = (
        sum(1 for name in os.listdir(folder) if name.endswith(".md")) if folder.exists() else 0
    )
    if existing == files:
        print(f"reusing {folder} ({files} files)")
        return
    if existing:
        sys.exit(f"{folder} holds {existing} .md files, not {files}: remove it or pick --work")
    tool = SHARED / "tools" / "expand_corpus.py"
    corpus = SHARED / "corpora" / "reuters21578"
    command = [sys.executable, str(tool), str(corpus), str(folder), "--format", "md"]
    command += ["--limit", str(files), "--cycle"]
    subprocess.run(command, check=True)


def bench_folder(folder: Path, slice_size: int = 10_000) -> None:
    cpu_start = time.process_time()
    start = last = time.perf_counter()
    first_at = None
    longest_gap = 0.0
    slice_start = start
    slice_rates = []
    count = problems = 0
    for item in iter_load([str(folder)]):
        now = time.perf_counter()
        if not isinstance(item, Article):
            problems += 1
            continue
        count += 1
        if first_at is None:
            first_at = now - start
        longest_gap = max(longest_gap, now - last)
        last = now
        if count % slice_size == 0:
            slice_rates.append(slice_size / (now - slice_start))
            slice_start = now
    seconds, cpu = time.perf_counter() - start, time.process_time() - cpu_start
    print(
        f"{folder.name}: {count} articles ({problems} problems) in {seconds:.1f} s = "
        f"{count / seconds:,.0f} articles/s ({cpu:.1f} s CPU = {count / cpu:,.0f} articles per "
        f"CPU second); first article after {1000 * (first_at or 0):.1f} ms; "
        f"longest gap between two articles {1000 * longest_gap:.1f} ms"
    )
    if slice_rates:
        low, high = min(slice_rates), max(slice_rates)
        print(f"  per {slice_size:,}-file slice: {low:,.0f} to {high:,.0f} articles/s")


def bench_seeds() -> None:
    times = []
    for _ in range(20):
        start = time.perf_counter()
        count = sum(1 for item in iter_load([str(PROJECT / "seeds")]) if isinstance(item, Article))
        times.append(time.perf_counter() - start)
    print(f"seeds: {count} articles, median {1000 * statistics.median(times):.1f} ms per load")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--files", type=int, default=100_000)
    parser.add_argument("--work", type=Path, default=Path("/tmp/reader-bench/md"))
    args = parser.parse_args()
    bench_seeds()
    bench_jsonl(args.runs)
    ensure_markdown_folder(args.work, args.files)
    bench_folder(args.work)


if __name__ == "__main__":
    main()
