"""Memory held by loaded articles: the three shared corpora, and a folder of 100,000 .md files.

    /work/venv/bin/python bench/bench_memory.py [--traced] [--files N] [--work DIR]

Each case loads in a fresh process (`load_corpus`, every article kept, as the reader keeps
them) and prints: articles, the corpus text size (UTF-8 bytes of every `Article.text`), the
resident memory before and after loading and at its peak, and the DESIGN budget for the whole
app (2x the text size + 150 MB). With `--traced` a second process per case loads under
tracemalloc and prints the bytes Python holds for the articles (slower: about 3x).
The .md folder is the one `bench_load.py` writes (expand_corpus.py --format md --cycle).
Prints figures and asserts nothing.
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
from pathlib import Path

PROJECT = Path(__file__).resolve().parent.parent
SHARED = PROJECT.parent / "shared"
CORPORA = ("reuters21578", "bbc-news-2225", "indosum-dev")
MB = 1_000_000


def _rss() -> int:
    """This process's resident set size in bytes, now."""
    with open("/proc/self/statm") as fh:
        return int(fh.read().split()[1]) * resource.getpagesize()


def child(paths: list[str], traced: bool) -> dict[str, float]:
    """Load `paths` and measure; runs in its own process."""
    import gc
    import tracemalloc

    from reader.corpus.loader import load_corpus

    gc.collect()
    before = _rss()
    if traced:
        tracemalloc.start()
    corpus = load_corpus(paths)
    gc.collect()
    held = tracemalloc.get_traced_memory()[0] if traced else 0
    text_bytes = sum(len(a.text.encode("utf-8", "surrogatepass")) for a in corpus.articles)
    return {
        "articles": len(corpus.articles),
        "text_bytes": text_bytes,
        "text_chars": sum(len(a.text) for a in corpus.articles),
        "rss_before": before,
        "rss_after": _rss(),
        "rss_peak": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024,
        "traced": held,
    }


def measure(name: str, paths: list[str], traced: bool) -> None:
    """Print one case's figures (one child process, two with --traced)."""
    figures = _spawn(paths, traced=False)
    text = figures["text_bytes"]
    print(
        f"{name}: {figures['articles']:,.0f} articles, text {text / MB:.1f} MB "
        f"({figures['text_chars'] / MB:.1f} M chars); RSS {figures['rss_before'] / MB:.0f} MB "
        f"before load, {figures['rss_after'] / MB:.0f} MB after "
        f"(+{(figures['rss_after'] - figures['rss_before']) / MB:.0f} MB), "
        f"peak {figures['rss_peak'] / MB:.0f} MB; app budget {(2 * text + 150 * MB) / MB:.0f} MB"
    )
    if traced:
        held = _spawn(paths, traced=True)["traced"]
        print(
            f"  tracemalloc: {held / MB:.1f} MB held by the loaded articles "
            f"({held / max(1, figures['articles']):,.0f} bytes an article, "
            f"{held / max(1, text):.2f}x the text)"
        )


def _spawn(paths: list[str], traced: bool) -> dict[str, float]:
    command = [sys.executable, __file__, "--child", json.dumps(paths)]
    if traced:
        command.append("--traced")
    output = subprocess.run(command, capture_output=True, text=True, check=True).stdout
    return json.loads(output.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--traced", action="store_true", help="also measure with tracemalloc")
    parser.add_argument("--files", type=int, default=100_000)
    parser.add_argument("--work", type=Path, default=Path("/tmp/reader-bench/md"))
    parser.add_argument("--child", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(child(json.loads(args.child), args.traced)))
        return
    corpora = [str(SHARED / "corpora" / name / "articles.jsonl.gz") for name in CORPORA]
    measure("three corpora (jsonl.gz)", corpora, args.traced)
    files = sum(1 for p in args.work.glob("*.md")) if args.work.is_dir() else 0
    if files != args.files:
        print(f"{args.work}: {files} .md files, not {args.files}: run bench/bench_load.py first")
        return
    measure(f"{args.work} ({files:,} .md files)", [str(args.work)], args.traced)


if __name__ == "__main__":
    sys.path.insert(0, str(PROJECT))
    main()
