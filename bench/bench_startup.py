"""Start to first paint on the seeds, against a bare Textual app measured in the same run.

    /work/venv/bin/python bench/bench_startup.py [--runs N]

Each run is a fresh process (imports included) started by this script; the time is from just
before the process is spawned to the first frame the app renders that shows the article
(its title on screen). The baseline is a bare Textual app showing an OptionList of the seed
titles and a Static with the first seed's text: the floor any Textual reader pays. Runs
alternate between the two so machine load hits both alike. Prints medians and the ratio
(budget: at most 1.2x). Asserts nothing.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

SIZE = (120, 40)


def child_reader(started: float) -> dict[str, float]:
    """Run the reader on the seeds headless; report when the first article is painted."""
    from reader.state.config import Config
    from reader.ui.app import ReaderApp

    app = ReaderApp(config=Config())
    return _run_until_painted(app, started, lambda: _reader_marker(app))


def _reader_marker(app) -> str | None:
    screen = app.main_screen
    shown = getattr(screen, "_shown", None) if screen is not None else None
    return None if shown is None else shown.title[:24]


def child_bare(started: float) -> dict[str, float]:
    """A bare Textual app: a list of the seed titles and the first seed's text."""
    from textual.app import App, ComposeResult
    from textual.containers import Horizontal
    from textual.widgets import OptionList, Static

    from reader.resources import seeds_dir

    texts = [p.read_text(encoding="utf-8") for p in sorted(seeds_dir().glob("*.txt"))]
    titles = [text.strip().splitlines()[0] for text in texts]

    class Bare(App[None]):
        CSS = "OptionList { width: 40; } Static { width: 1fr; }"

        def compose(self) -> ComposeResult:
            with Horizontal():
                yield OptionList(*titles)
                yield Static(texts[0], markup=False)

    app = Bare()
    return _run_until_painted(app, started, lambda: titles[0][:24])


def _run_until_painted(app, started: float, marker) -> dict[str, float]:
    """Patch the app's frame output to find the first frame showing `marker()`."""
    result: dict[str, float] = {}
    display = app._display

    def watch(screen, renderable) -> None:
        display(screen, renderable)
        if "first_paint" in result or renderable is None:
            return
        text = marker()
        if text is None:
            return
        lines = "\n".join(strip.text for strip in app.screen._compositor.render_strips())
        if text in lines:
            result["first_paint"] = time.time() - started
            app.call_later(app.exit)

    app._display = watch
    app.run(headless=True, size=SIZE)
    return result


def spawn(kind: str, home: str) -> float:
    env = dict(os.environ, XDG_DATA_HOME=home, XDG_CONFIG_HOME=home, XDG_CACHE_HOME=home)
    started = time.time()
    output = subprocess.run(
        [sys.executable, __file__, "--child", kind, "--started", repr(started)],
        env=env,
        capture_output=True,
        text=True,
        check=True,
        timeout=120,
    ).stdout
    return json.loads(output.strip().splitlines()[-1])["first_paint"]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--child", choices=("reader", "bare"))
    parser.add_argument("--started", type=float)
    args = parser.parse_args()
    if args.child:
        run = child_reader if args.child == "reader" else child_bare
        print(json.dumps(run(args.started)))
        return
    times: dict[str, list[float]] = {"bare": [], "reader": []}
    with tempfile.TemporaryDirectory() as home:
        for kind in ("bare", "reader"):  # warm the file cache once, not counted
            spawn(kind, home)
        for _ in range(args.runs):
            for kind in ("bare", "reader"):
                times[kind].append(spawn(kind, home))
    bare, reader = (statistics.median(times[k]) for k in ("bare", "reader"))
    print(f"first paint on the seeds, {SIZE[0]}x{SIZE[1]} headless, {args.runs} runs each")
    for kind in ("bare", "reader"):
        runs = ", ".join(f"{t * 1000:.0f}" for t in times[kind])
        print(f"  {kind:<7} median {statistics.median(times[kind]) * 1000:6.0f} ms  ({runs})")
    print(f"  ratio reader/bare: {reader / bare:.2f}x  (budget 1.20x)")


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    main()
