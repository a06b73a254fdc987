"""End-to-end speed of `reader entities` on a cold cache, in words per second.

    python bench/bench_entities_speed.py [--corpus indosum-dev] [--runs 3] [--dir DIR]

Expands ../shared/corpora/CORPUS into one file per article (with expand_corpus.py, once, into
DIR or a temporary folder), then runs `reader entities DIR --format jsonl` as a new process
RUNS times, each with empty cache directories (process start, loading, recognition on every
core, linking and output included), and prints each run's wall time, the processes' CPU time,
and the median words per second (words counted as whitespace-separated tokens of the files).
The machine is shared: the CPU time and the load average are printed beside the wall time.
Prints figures only; asserts nothing.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"


def expand(corpus: str, out: Path) -> None:
    """One file per article of the shared corpus, unless `out` already holds them."""
    if out.is_dir() and any(out.iterdir()):
        return
    source = SHARED / "corpora" / corpus / "articles.jsonl.gz"
    tool = SHARED / "tools" / "expand_corpus.py"
    subprocess.run(
        [sys.executable, str(tool), str(source), str(out)], check=True, stdout=subprocess.DEVNULL
    )


def count_words(folder: Path) -> int:
    return sum(len(p.read_text(encoding="utf-8").split()) for p in folder.rglob("*") if p.is_file())


def run_once(folder: Path) -> tuple[float, float, int]:
    """Wall seconds, CPU seconds of the reader's processes, and lines printed."""
    with tempfile.TemporaryDirectory() as home:
        env = dict(os.environ)
        for var in ("XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_CONFIG_HOME", "XDG_STATE_HOME"):
            env[var] = str(Path(home) / var.lower())
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        began = time.perf_counter()
        proc = subprocess.run(
            [sys.executable, "-m", "reader", "entities", str(folder), "--format", "jsonl"],
            cwd=ROOT,
            env=env,
            capture_output=True,
            check=True,
        )
        wall = time.perf_counter() - began
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu, proc.stdout.count(b"\n")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", default="indosum-dev")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--dir", type=Path, help="where the files are (or go)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = args.dir or Path(tmp) / args.corpus
        expand(args.corpus, folder)
        words = count_words(folder)
        files = sum(1 for p in folder.rglob("*") if p.is_file())
        print(f"{args.corpus}: {files} files, {words:,} words; {os.cpu_count()} cores")
        walls = []
        for run in range(1, args.runs + 1):
            wall, cpu, lines = run_once(folder)
            walls.append(wall)
            load = os.getloadavg()[0]
            print(
                f"  run {run}: {wall:6.2f} s wall ({words / wall:,.0f} words/s), "
                f"{cpu:6.2f} s CPU, {lines:,} mentions, load {load:.1f}"
            )
        median = statistics.median(walls)
        print(f"median: {median:.2f} s wall, {words / median:,.0f} words/s end to end (cold cache)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
