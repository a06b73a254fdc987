"""The finder on screen: key press to painted results, and opening the mentions view.

    /work/venv/bin/python bench/bench_finder_ui.py [--cache PATH] [--queries N] [--skip-big]

Builds (or loads from `--cache`, default /tmp/reader-bench-index/index.sqlite3) the index of
the three shared corpora (25,467 articles), builds the finder, then drives the finder modal
headless with Pilot at 120x40: realistic queries (names and aliases, popular and rare, the
start of titles, and the same with one typo; see bench_finder.realistic_queries) are typed one
character at a time, and each keystroke is timed from the key press to the first frame
painted after its results were applied (the app's `_display` is instrumented, as
textual-guide §10 describes). Both ways of searching are measured: directly in the input's
change handler, and in an exclusive worker thread; and, as the floor measured in the same
run, a modal holding only an input (what Textual itself costs per keystroke here). Then the mentions view of the most
mentioned entity is opened, timed from the push to the first frame that shows its rows.
The same at 100,000 articles (the corpus repeated four times: four times the names for the
finder, each entity mentioned four times as often for the mentions view).
Prints medians and p95; asserts nothing. The machine is shared: figures are indicative.
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import statistics
import time
from pathlib import Path

from bench_finder import realistic_queries, shared_index
from bench_index import replicate
from textual.app import App, ComposeResult
from textual.screen import ModalScreen
from textual.widgets import Input

from reader.corpus.model import Article
from reader.index.corpus_index import CorpusIndex
from reader.index.finder import Finder
from reader.index.mentions import entity_mentions
from reader.resources import themes_dir
from reader.ui.finder_screen import FinderScreen
from reader.ui.mention_rows import all_rows
from reader.ui.mentions_screen import MentionsScreen
from reader.ui.name_search import NameSearch
from reader.ui.text_find import fold
from reader.ui.themes import load_themes, reader_variables
from reader.ui.title_search import TitleIndex

SIZE = (120, 40)


class FrameClock:
    """Timestamps of painted frames (the app's `_display`, patched on the instance)."""

    def __init__(self, app: App[None]) -> None:
        self.frames: list[float] = []
        display = app._display

        def watch(screen, renderable) -> None:  # type: ignore[no-untyped-def]
            display(screen, renderable)
            if renderable is not None:
                self.frames.append(time.perf_counter())

        app._display = watch  # type: ignore[method-assign]

    def first_after(self, moment: float) -> float | None:
        return next((t for t in self.frames if t >= moment), None)


class BenchApp(App[None]):
    """A bare host for the reader's screens, with the reader's themes."""

    def get_theme_variable_defaults(self) -> dict[str, str]:
        return reader_variables(self.current_theme)

    def on_mount(self) -> None:
        for theme in load_themes([themes_dir()])[0]:
            self.register_theme(theme)
        self.theme = "reader-dark"


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(len(ordered) * share))]


def report(label: str, times: dict[str, list[float]]) -> None:
    for kind, values in times.items():
        print(
            f"  [{label}] {kind:<9} {len(values):>5} keystrokes: "
            f"median {statistics.median(values) * 1000:5.1f} ms  "
            f"p95 {percentile(values, 0.95) * 1000:5.1f} ms  max {max(values) * 1000:5.1f} ms"
        )


def stamp_calls(obj: object, name: str) -> list[float]:
    """Wrap `obj.name` so that each call's end time is appended to the returned list."""
    stamps: list[float] = []
    method = getattr(obj, name)

    def stamped(*args, **kwargs):  # type: ignore[no-untyped-def]
        result = method(*args, **kwargs)
        stamps.append(time.perf_counter())
        return result

    setattr(obj, name, stamped)
    return stamps


async def type_in_finder(
    search: NameSearch, queries: list[tuple[str, str]], in_worker: bool
) -> dict[str, list[float]]:
    """Key press → first frame after that keystroke's results were applied, by query kind."""
    FinderScreen.SEARCH_IN_WORKER = in_worker
    app = BenchApp()
    times: dict[str, list[float]] = {"all": []}
    async with app.run_test(size=SIZE) as pilot:
        clock = FrameClock(app)
        for kind, query in queries:
            finder = FinderScreen(search, [])
            applied = stamp_calls(finder, "_show_results")
            await app.push_screen(finder)
            await pilot.pause()
            finder.query_one(Input).cursor_blink = False
            for length, char in enumerate(query, start=1):
                pressed = time.perf_counter()
                await pilot.press(char)
                painted = await _painted_after(applied, clock, pilot)
                if painted is not None and finder.shown_query == query[:length]:
                    times["all"].append(painted - pressed)
                    times.setdefault(kind, []).append(painted - pressed)
                applied.clear()
            finder.dismiss(None)
            await pilot.pause()
    FinderScreen.SEARCH_IN_WORKER = False
    return times


async def _painted_after(stamps: list[float], clock: FrameClock, pilot) -> float | None:  # type: ignore[no-untyped-def]
    """The first frame painted after the first stamp (waits up to 5 s for both)."""
    deadline = time.perf_counter() + 5
    while time.perf_counter() < deadline:
        if stamps and (frame := clock.first_after(stamps[0])) is not None:
            return frame
        await pilot.pause(0.001)
    return None


async def open_mentions(index: CorpusIndex, entity_id: str, runs: int) -> list[float]:
    """Push → first frame showing the mentions list's rows, `runs` times."""
    app = BenchApp()
    times = []
    async with app.run_test(size=SIZE) as pilot:
        clock = FrameClock(app)
        for _ in range(runs):
            pushed = time.perf_counter()
            screen = MentionsScreen(index, entity_id)
            shown = stamp_calls(screen, "_show_rows")
            await app.push_screen(screen)
            painted = await _painted_after(shown, clock, pilot)
            if painted is not None:
                times.append(painted - pushed)
            await app.workers.wait_for_complete()
            screen.dismiss(None)
            await pilot.pause()
    return times


class BareModal(ModalScreen[None]):
    """The floor: a modal holding only an input, the same size as the finder's."""

    AUTO_FOCUS = "Input"
    DEFAULT_CSS = """
    BareModal { align: center top; }
    BareModal > Input { width: 94%; margin-top: 2; }
    """

    def __init__(self) -> None:
        super().__init__()
        self.changed: list[float] = []  # when each keystroke reached the handler

    def compose(self) -> ComposeResult:
        yield Input(compact=True)

    def on_input_changed(self, event: Input.Changed) -> None:
        self.changed.append(time.perf_counter())


async def type_in_bare_modal(queries: list[tuple[str, str]]) -> dict[str, list[float]]:
    """Key press → first frame after the input took the key, in a modal with nothing else."""
    app = BenchApp()
    times: dict[str, list[float]] = {"all": []}
    async with app.run_test(size=SIZE) as pilot:
        clock = FrameClock(app)
        for _kind, query in queries:
            modal = BareModal()
            changed = modal.changed
            await app.push_screen(modal)
            await pilot.pause()
            modal.query_one(Input).cursor_blink = False
            for char in query:
                pressed = time.perf_counter()
                await pilot.press(char)
                painted = await _painted_after(changed, clock, pilot)
                if painted is not None:
                    times["all"].append(painted - pressed)
                changed.clear()
            modal.dismiss(None)
            await pilot.pause()
    return times


def name_search(index: CorpusIndex) -> NameSearch:
    articles: list[Article] = index.articles
    titles = TitleIndex([fold(a.title, ignore_case=True) for a in articles])
    search = NameSearch(lambda: (titles, articles))
    search.set_finder(Finder(index))
    return search


def bench(label: str, finder_index: CorpusIndex, mentions_index: CorpusIndex, queries) -> None:  # type: ignore[no-untyped-def]
    start = time.perf_counter()
    search = name_search(finder_index)
    print(f"[{label}] finder built in {time.perf_counter() - start:.2f} s")
    gc.collect()
    gc.freeze()
    report(f"{label} floor", asyncio.run(type_in_bare_modal(queries)))
    for in_worker in (False, True):
        times = asyncio.run(type_in_finder(search, queries, in_worker))
        report(f"{label} {'worker' if in_worker else 'direct'}", times)
    top = mentions_index.most_mentioned(1)[0]
    listing = []
    for _ in range(7):
        start = time.perf_counter()
        all_rows(entity_mentions(mentions_index, top.id), grouped=True)
        listing.append(time.perf_counter() - start)
    print(
        f"  [{label}] listing the rows of {top.name!r} (entity_mentions + rows): median "
        f"{statistics.median(listing) * 1000:.1f} ms"
    )
    opened = asyncio.run(open_mentions(mentions_index, top.id, 7))
    print(
        f"  [{label}] mentions view of {top.name!r} ({top.mentions:,} mentions in "
        f"{top.articles:,} articles): push to painted rows median "
        f"{statistics.median(opened) * 1000:.0f} ms, max {max(opened) * 1000:.0f} ms "
        f"of {len(opened)}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--cache", type=Path, default=Path("/tmp/reader-bench-index/index.sqlite3"))
    parser.add_argument("--queries", type=int, default=40)
    parser.add_argument("--skip-big", action="store_true", help="skip the 100,000-article run")
    args = parser.parse_args()
    index = shared_index(args.cache)
    queries = realistic_queries(index, args.queries)
    keys = sum(len(q) for _, q in queries)
    print(f"{len(queries)} queries, {keys} keystrokes; e.g. {[q for _, q in queries[::9]]}")
    bench("25k", index, index, queries)
    if not args.skip_big:
        bench(
            "100k",
            replicate(index, 4, distinct_entities=True),
            replicate(index, 4, distinct_entities=False),
            queries,
        )


if __name__ == "__main__":
    main()
