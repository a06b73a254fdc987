"""The reader on big corpora and a long article: first paint, full load, memory, paint times.

    /work/venv/bin/python bench/bench_ui.py [--runs N] [--big DIR] [--skip-big]

1. The three shared corpora together (../shared/corpora/*/articles.jsonl.gz, 25,467 articles):
   time from process spawn to the first frame showing an article, to the end of loading
   (every article in the sidebar), and peak RSS.
2. 100,000 files (made once with ../shared/tools/expand_corpus.py --cycle into --big,
   default /tmp/reader-bench-100k; never into the repo): the same figures.
3. A 20,000-word article (real Reuters paragraphs joined): from `ArticleView.show` to the
   first frame showing it (budget 150 ms), and a page-down and a find keystroke to the next
   frame.

Each corpus run is a fresh headless process at 120x40; medians of --runs. Prints figures,
asserts nothing. The machine is shared: read the figures as indicative.
"""

from __future__ import annotations

import argparse
import asyncio
import gzip
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

PROJECT = Path(__file__).resolve().parent.parent
SHARED = PROJECT.parent / "shared"
CORPORA = sorted(SHARED.glob("corpora/*/articles.jsonl.gz"))
SIZE = (120, 40)


# ── child: one app run over a corpus ─────────────────────────────────────────────────────


def child_corpus(paths: list[str], started: float) -> dict[str, float]:
    """Run the reader headless on `paths`; report first paint, full load and peak RSS."""
    from reader.state.config import Config
    from reader.ui.app import ReaderApp

    app = ReaderApp(paths, config=Config())
    result: dict[str, float] = {}
    display = app._display

    def watch(screen, renderable) -> None:
        display(screen, renderable)
        main = app.main_screen
        if renderable is None or main is None:
            return
        if "first_paint" not in result and main._shown is not None:
            text = "\n".join(strip.text for strip in app.screen._compositor.render_strips())
            if main._shown.title[:20] in text:
                result["first_paint"] = time.time() - started
        if "first_paint" in result and not main.is_loading and "loaded" not in result:
            result["loaded"] = time.time() - started
            result["articles"] = len(main.listing)
            app.call_later(app.exit)

    app._display = watch
    app.run(headless=True, size=SIZE)
    result["rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return result


def spawn_corpus(paths: list[str], home: str) -> dict[str, float]:
    env = dict(os.environ, XDG_DATA_HOME=home, XDG_CONFIG_HOME=home, XDG_CACHE_HOME=home)
    started = time.time()
    completed = subprocess.run(
        [sys.executable, __file__, "--child-corpus", repr(started), *paths],
        env=env,
        capture_output=True,
        text=True,
        check=True,
        timeout=900,
    )
    return json.loads(completed.stdout.strip().splitlines()[-1])


def report_corpus(label: str, paths: list[str], runs: int) -> None:
    results = []
    for _ in range(runs):
        with tempfile.TemporaryDirectory() as home:  # a first start: no saved state
            results.append(spawn_corpus(paths, home))

    def median(key: str) -> float:
        return statistics.median(r[key] for r in results)

    print(f"{label}: {int(results[0]['articles']):,} articles, {runs} runs")
    print(f"  first paint   {median('first_paint') * 1000:7.0f} ms  (spawn to article on screen)")
    print(f"  full load     {median('loaded'):7.2f} s")
    print(f"  peak RSS      {median('rss_mb'):7.0f} MB")


# ── a 20,000-word article ───────────────────────────────────────────────────────────────


def long_article_text(words: int = 20_000) -> str:
    """A long article made of real Reuters paragraphs (shared corpus)."""
    paragraphs: list[str] = []
    count = 0
    with gzip.open(SHARED / "corpora/reuters21578/articles.jsonl.gz", "rt", encoding="utf-8") as fh:
        for line in fh:
            for paragraph in json.loads(line)["text"].split("\n\n"):
                paragraph = " ".join(paragraph.split())
                if len(paragraph.split()) >= 20:
                    paragraphs.append(paragraph)
                    count += len(paragraph.split())
            if count >= words:
                break
    return "A very long report\n\n" + "\n\n".join(paragraphs)


async def measure_long_article(folder: Path, runs: int) -> dict[str, list[float]]:
    from reader.state.config import Config
    from reader.ui.app import ReaderApp
    from reader.ui.article_view import ArticleView

    app = ReaderApp([str(folder)], config=Config())
    frames: list[float] = []
    display = app._display

    def watch(screen, renderable) -> None:
        display(screen, renderable)
        if renderable is not None:
            frames.append(time.perf_counter())

    app._display = watch
    timings: dict[str, list[float]] = {"show": [], "page": [], "find": []}
    async with app.run_test(size=SIZE) as pilot:
        while app.main_screen is None or app.main_screen.is_loading:
            await pilot.pause(0.05)
        view = app.screen.query_one(ArticleView)
        article = view.article
        assert article is not None

        async def next_frame_after(start: float) -> float:
            for _ in range(400):
                if frames and frames[-1] > start:
                    return frames[-1] - start
                await asyncio.sleep(0.002)
            return float("nan")

        for _ in range(runs):
            view.show_placeholder("…")
            await pilot.pause(0.05)
            start = time.perf_counter()
            view.show(article)
            view.refresh()
            timings["show"].append(await next_frame_after(start))
            await pilot.pause(0.05)
            start = time.perf_counter()
            view.action_page(1)
            timings["page"].append(await next_frame_after(start))
            await pilot.pause(0.05)
            start = time.perf_counter()
            view.find("market")
            view.select_match(0)
            timings["find"].append(await next_frame_after(start))
        timings["words"] = [float(article.word_count)]
        timings["lines"] = [float(view._layout.height if view._layout else 0)]
    return timings


def report_long_article(runs: int) -> None:
    with tempfile.TemporaryDirectory() as home:
        os.environ.update(XDG_DATA_HOME=home, XDG_CONFIG_HOME=home)
        folder = Path(home) / "long"
        folder.mkdir()
        (folder / "long.txt").write_text(long_article_text(), encoding="utf-8")
        timings = asyncio.run(measure_long_article(folder, runs))
    words, lines = int(timings["words"][0]), int(timings["lines"][0])
    print(f"long article: {words:,} words, {lines:,} wrapped lines, {runs} runs")
    for key, label in (
        ("show", "show → frame"),
        ("page", "page down → frame"),
        ("find", "find → frame"),
    ):
        values = ", ".join(f"{v * 1000:.0f}" for v in timings[key])
        print(f"  {label:<18} median {statistics.median(timings[key]) * 1000:6.1f} ms  ({values})")
    print("  budget: first paint of a 20,000-word article ≤ 150 ms")


def ensure_big(folder: Path) -> Path:
    if not folder.exists() or len(os.listdir(folder)) < 100_000:
        subprocess.run(
            [
                sys.executable,
                str(SHARED / "tools/expand_corpus.py"),
                str(SHARED / "corpora/reuters21578/articles.jsonl.gz"),
                str(folder),
                "--limit",
                "100000",
                "--cycle",
            ],
            check=True,
        )
    return folder


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--big", type=Path, default=Path("/tmp/reader-bench-100k"))
    parser.add_argument("--skip-big", action="store_true")
    parser.add_argument("--child-corpus", nargs="+", metavar=("STARTED", "PATH"))
    args = parser.parse_args()
    if args.child_corpus:
        started, *paths = args.child_corpus
        print(json.dumps(child_corpus(paths, float(started))))
        return
    if not CORPORA:
        sys.exit(f"no corpora under {SHARED / 'corpora'}")
    report_long_article(max(args.runs, 5))
    report_corpus("three shared corpora", [str(p) for p in CORPORA], args.runs)
    if not args.skip_big:
        report_corpus("100,000 files", [str(ensure_big(args.big))], args.runs)


if __name__ == "__main__":
    sys.path.insert(0, str(PROJECT))
    main()
