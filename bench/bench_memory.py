"""Peak memory of the reader: loading alone, and the whole pipeline the app runs, cold and warm.

    /work/venv/bin/python bench/bench_memory.py [--case CASE ...] [--traced] [--files N] [--work DIR]

Cases (each in a fresh process; default: load, pipeline):
- `load`: the three shared corpora loaded (`load_corpus`, every article kept, as the reader
  keeps them), and the folder of 100,000 .md files that `bench_load.py` writes when present.
  With `--traced` a second process per corpus loads under tracemalloc and prints the bytes
  Python holds for the articles (slower: about 3x).
- `pipeline`: what `reader ../shared/corpora/*/articles.jsonl.gz` runs, without a terminal:
  Textual and the reader's UI modules imported, the articles read with `iter_load` and handed
  to an `IndexBuilder` with the on-disk cache, the index built (recognition, label vote,
  linking, tables), `gc.collect(); gc.freeze()` as the UI does after a build, then the
  finder built over the index. Run twice over one fresh cache folder (XDG_CACHE_HOME in a
  temporary directory): cold (empty cache, everything computed) and warm (index from cache).
- `app`: the real app, headless (`ReaderApp.run(headless=True)`), cold then warm, until its
  index and finder are ready. Slower and tied to the UI's internals; the check on `pipeline`.

Each prints the corpus text size (UTF-8 bytes of every `Article.text`), the resident memory
after each stage and at its peak, and the DESIGN budget (2x the text size + 150 MB).
Prints figures and asserts nothing.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

PROJECT = Path(__file__).resolve().parent.parent
SHARED = PROJECT.parent / "shared"
CORPORA = ("reuters21578", "bbc-news-2225", "indosum-dev")
MB = 1_000_000
#: Seconds an app run may take before the bench gives up on it.
APP_TIMEOUT = 900


def _rss() -> int:
    """This process's resident set size in bytes, now."""
    with open("/proc/self/statm") as fh:
        return int(fh.read().split()[1]) * resource.getpagesize()


def _peak() -> int:
    """This process's peak resident set size in bytes so far."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024


def _text_bytes(articles: list) -> int:
    return sum(len(a.text.encode("utf-8", "surrogatepass")) for a in articles)


# ── children: each runs in its own process ────────────────────────────────────────────────


def child_load(paths: list[str], traced: bool) -> dict[str, float]:
    """Load `paths` and measure."""
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
    return {
        "articles": len(corpus.articles),
        "text_bytes": _text_bytes(corpus.articles),
        "text_chars": sum(len(a.text) for a in corpus.articles),
        "rss_before": before,
        "rss_after": _rss(),
        "rss_peak": _peak(),
        "traced": held,
    }


def child_pipeline(paths: list[str]) -> dict[str, object]:
    """Run the app's pipeline over `paths` (see the module docstring) and measure each stage."""
    import gc

    stages: list[tuple[str, int, int]] = []

    def stage(name: str) -> None:
        stages.append((name, _rss(), _peak()))

    stage("python started")
    import reader.ui.app  # noqa: F401  (what the reader imports before it shows anything)

    stage("Textual and the UI imported")
    from reader.corpus.loader import iter_load
    from reader.corpus.model import Article
    from reader.index.build import IndexBuilder
    from reader.index.cache import IndexCache
    from reader.index.engine import EntityEngine
    from reader.index.finder import Finder

    cache = IndexCache()
    builder = IndexBuilder(engine=EntityEngine(), cache=cache)
    articles: list[Article] = []
    batch: list[Article] = []
    for item in iter_load(paths):
        if isinstance(item, Article):
            articles.append(item)  # the sidebar's listing keeps every article too
            batch.append(item)
            if len(batch) >= 500:
                builder.add_articles(batch)
                batch = []
    builder.add_articles(batch)
    stage("articles loaded")
    started = time.process_time()
    index = builder.build()
    build_cpu = time.process_time() - started
    if index is None:
        raise RuntimeError("the build was not expected to stop")
    stage("index built")
    gc.collect()
    gc.freeze()
    stage("gc.collect + gc.freeze")
    finder = Finder(index)
    stage("finder built")
    cache.close()
    words = sum(a.word_count for a in articles)
    return {
        "articles": len(articles),
        "words": words,
        "text_bytes": _text_bytes(articles),
        "entities": index.entity_count,
        "recognised": builder.recognised_count,
        "build_cpu": build_cpu,
        "finder_candidates": len(finder.candidates),
        "stages": stages,
        "rss_peak": _peak(),
    }


def child_app(paths: list[str]) -> dict[str, float]:
    """Run the reader headless on `paths` until its index and finder are ready."""
    from reader.state.config import Config
    from reader.ui.app import ReaderApp

    app = ReaderApp(paths, config=Config())
    result: dict[str, float] = {}

    def finder_building() -> bool:
        return any(
            worker.group == "finder-build" and not worker.is_finished for worker in app.workers
        )

    def poll() -> None:
        main = app.main_screen
        if main is None or main.index is None or finder_building():
            return
        result["articles"] = len(main.index.articles)
        result["text_bytes"] = _text_bytes(main.index.articles)
        result["rss_ready"] = _rss()
        app.exit()

    app.call_later(lambda: app.set_interval(0.2, poll))
    app.run(headless=True, size=(120, 40))
    result["rss_peak"] = _peak()
    return result


# ── the parent: spawns the children and prints ───────────────────────────────────────────


def _spawn(kind: str, paths: list[str], *extra: str, cache: str | None = None) -> dict:
    command = [sys.executable, __file__, f"--child-{kind}", json.dumps(paths), *extra]
    env = dict(os.environ)
    if cache is not None:
        env["XDG_CACHE_HOME"] = cache
        for name in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME"):
            env[name] = os.path.join(cache, name.lower())  # no saved state, no user names file
    timeout = APP_TIMEOUT if kind == "app" else None
    output = subprocess.run(
        command, capture_output=True, text=True, check=True, env=env, timeout=timeout
    ).stdout
    return json.loads(output.strip().splitlines()[-1])


def _budget(text_bytes: float) -> float:
    return 2 * text_bytes + 150 * MB


def measure_load(name: str, paths: list[str], traced: bool) -> None:
    """Print the load case's figures (one child process, two with --traced)."""
    figures = _spawn("load", paths)
    text = figures["text_bytes"]
    print(
        f"load, {name}: {figures['articles']:,.0f} articles, text {text / MB:.1f} MB "
        f"({figures['text_chars'] / MB:.1f} M chars); RSS {figures['rss_before'] / MB:.0f} MB "
        f"before load, {figures['rss_after'] / MB:.0f} MB after "
        f"(+{(figures['rss_after'] - figures['rss_before']) / MB:.0f} MB), "
        f"peak {figures['rss_peak'] / MB:.0f} MB; app budget {_budget(text) / MB:.0f} MB"
    )
    if traced:
        held = _spawn("load", paths, "--traced")["traced"]
        print(
            f"  tracemalloc: {held / MB:.1f} MB held by the loaded articles "
            f"({held / max(1, figures['articles']):,.0f} bytes an article, "
            f"{held / max(1, text):.2f}x the text)"
        )


def measure_pipeline(paths: list[str]) -> None:
    """Print the pipeline case, cold then warm, over one fresh cache folder."""
    with tempfile.TemporaryDirectory(prefix="reader-bench-memory-") as cache:
        for run in ("cold", "warm"):
            figures = _spawn("pipeline", paths, cache=cache)
            text = figures["text_bytes"]
            peak = figures["rss_peak"]
            print(
                f"pipeline {run}: {figures['articles']:,} articles, {figures['words']:,} words, "
                f"text {text / MB:.1f} MB, {figures['entities']:,} entities "
                f"({figures['recognised']:,} articles recognised, build {figures['build_cpu']:.1f} s CPU)"
            )
            for name, rss, high in figures["stages"]:
                print(f"  {name:<30} RSS {rss / MB:5.0f} MB, peak so far {high / MB:5.0f} MB")
            verdict = "within" if peak <= _budget(text) else "OVER"
            print(
                f"  peak RSS {peak / MB:.0f} MB; budget {_budget(text) / MB:.0f} MB "
                f"(2 x {text / MB:.1f} MB + 150 MB): {verdict}"
            )


def measure_app(paths: list[str]) -> None:
    """Print the headless app's peak, cold then warm, over one fresh cache folder."""
    with tempfile.TemporaryDirectory(prefix="reader-bench-memory-app-") as cache:
        for run in ("cold", "warm"):
            figures = _spawn("app", paths, cache=cache)
            text = figures["text_bytes"]
            peak = figures["rss_peak"]
            verdict = "within" if peak <= _budget(text) else "OVER"
            print(
                f"app {run}: {figures['articles']:,.0f} articles, text {text / MB:.1f} MB; "
                f"RSS {figures['rss_ready'] / MB:.0f} MB with index and finder ready, "
                f"peak {peak / MB:.0f} MB; budget {_budget(text) / MB:.0f} MB: {verdict}"
            )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--case",
        action="append",
        choices=("load", "pipeline", "app"),
        help="what to measure (repeatable; default: load and pipeline)",
    )
    parser.add_argument("--traced", action="store_true", help="load: also under tracemalloc")
    parser.add_argument("--files", type=int, default=100_000)
    parser.add_argument("--work", type=Path, default=Path("/tmp/reader-bench/md"))
    parser.add_argument("--child-load", help=argparse.SUPPRESS)
    parser.add_argument("--child-pipeline", help=argparse.SUPPRESS)
    parser.add_argument("--child-app", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child_load:
        print(json.dumps(child_load(json.loads(args.child_load), args.traced)))
        return
    if args.child_pipeline:
        print(json.dumps(child_pipeline(json.loads(args.child_pipeline))))
        return
    if args.child_app:
        print(json.dumps(child_app(json.loads(args.child_app))))
        return
    cases = args.case or ["load", "pipeline"]
    corpora = [str(SHARED / "corpora" / name / "articles.jsonl.gz") for name in CORPORA]
    if "load" in cases:
        measure_load("three corpora (jsonl.gz)", corpora, args.traced)
        files = sum(1 for _ in args.work.glob("*.md")) if args.work.is_dir() else 0
        if files == args.files:
            measure_load(f"{args.work} ({files:,} .md files)", [str(args.work)], args.traced)
        else:
            print(
                f"{args.work}: {files} .md files, not {args.files}: run bench/bench_load.py first"
            )
    if "pipeline" in cases:
        measure_pipeline(corpora)
    if "app" in cases:
        measure_app(corpora)


if __name__ == "__main__":
    sys.path.insert(0, str(PROJECT))
    main()
