"""Names in the reader: opening an article to its names painted, cursor steps, theme switches.

    /work/venv/bin/python bench/bench_names_ui.py [--articles N] [PATH ...]

Runs the reader headless at 120x40 on PATH (default: the three shared corpora) with a fresh
cache in a temporary folder. Once loading is done and before the index is built (the build
is held back), it opens N articles one after the other (j) and times the key to the names
being set in the view (recognised on demand in the worker); then it builds the index, times
that, and does the same with the index (names come from it at once). It also times drawing
every visible line of the article with its names (strip cache cleared), a tab step of the
name cursor, and a theme switch (restyle the app, then render the whole screen). Medians
and maxima; the machine is shared, so read them as indicative. Asserts nothing.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

PROJECT = Path(__file__).resolve().parent.parent
CORPORA = sorted((PROJECT.parent / "shared").glob("corpora/*/articles.jsonl.gz"))


def summary(label: str, values: list[float]) -> str:
    return (
        f"  {label:<44} median {statistics.median(values):7.1f} ms   "
        f"max {max(values):7.1f} ms   (n={len(values)})"
    )


def paint_ms(view) -> float:
    """Draw every visible line of the view from scratch."""
    view._strips.clear()
    started = time.perf_counter()
    for y in range(view.scrollable_content_region.height):
        view.render_line(y)
    return (time.perf_counter() - started) * 1000


async def measure(paths: list[str], articles: int) -> None:
    from reader.state.config import Config
    from reader.ui.app import ReaderApp
    from reader.ui.indexing import NameIndexer

    start_build = NameIndexer.start_build
    NameIndexer.start_build = lambda self: None  # held back: names come on demand first
    app = ReaderApp(paths, config=Config())
    async with app.run_test(size=(120, 40)) as pilot:
        screen = app.main_screen
        while screen.is_loading:
            await asyncio.sleep(0.05)
        await pilot.pause(0.5)
        print(f"{len(screen.listing):,} articles loaded")
        view = screen.article_pane.view
        set_at: list[float] = []
        set_names = view.set_names

        def timed_set_names(names) -> None:
            set_at.append(time.perf_counter())
            set_names(names)

        view.set_names = timed_set_names

        async def open_articles(label: str) -> None:
            keys, paints = [], []
            for _ in range(articles):
                before, count = view.article, len(set_at)
                started = time.perf_counter()
                await pilot.press("j")
                while len(set_at) == count or view.article is before:
                    await asyncio.sleep(0.001)
                keys.append((set_at[-1] - started) * 1000)
                paints.append(paint_ms(view))
            print(summary(f"{label}: key → names set", keys))
            print(summary(f"{label}: draw the visible lines", paints))

        await open_articles("on demand")
        started = time.perf_counter()
        start_build(screen.query_one(NameIndexer))
        while screen.index is None:
            await asyncio.sleep(0.05)
        print(f"  index built in {time.perf_counter() - started:.1f} s (cold cache)")
        await pilot.pause(0.3)
        await open_articles("with the index")
        steps = []
        for _ in range(30):
            started = time.perf_counter()
            view.action_next_name(1)
            steps.append((time.perf_counter() - started) * 1000 + paint_ms(view))
        print(summary("tab step (move + draw)", steps))
        switches = []
        for theme in ["reader-light", "reader-mono", "reader-dark"] * 3:
            started = time.perf_counter()
            app.theme = theme
            app.refresh_css(animate=False)
            app.screen._compositor.render_full_update()
            switches.append((time.perf_counter() - started) * 1000)
            await pilot.pause()
        print(summary("theme switch (restyle + full render)", switches))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paths", nargs="*", help="corpus files or folders")
    parser.add_argument("--articles", type=int, default=15, help="articles opened per phase")
    args = parser.parse_args()
    paths = args.paths or [str(p) for p in CORPORA]
    if not paths:
        sys.exit("no corpus: give PATH or put ../shared/corpora beside the project")
    with tempfile.TemporaryDirectory() as home:
        for variable in ("XDG_CACHE_HOME", "XDG_DATA_HOME", "XDG_CONFIG_HOME"):
            os.environ[variable] = str(Path(home) / variable.lower())
        asyncio.run(measure(paths, args.articles))


if __name__ == "__main__":
    main()
