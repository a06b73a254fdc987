"""Start to first paint on the seeds, against a bare Textual app measured in the same run.

    /work/venv/bin/python bench/bench_startup.py [--runs N]

Each run is a fresh process (imports included) started by this script; the time is from just
before the process is spawned to the first frame the app renders that shows both the list and
the article: the shown article's title and the start of its first story paragraph on screen.
The reader is started through its command line (`reader` with no arguments), as a user starts
it.
The baseline is a bare Textual app showing an OptionList of the seed titles and a Static with
the first seed's text (its first line and the start of its second non-empty line on screen):
the floor any Textual reader pays. Runs alternate between the two so machine load hits both
alike. Prints medians and the ratio (budget: at most 1.2x). Asserts nothing.

Both apps run from compiled bytecode, as an installed package does (pip compiles it at install
time): the children get a fresh `PYTHONPYCACHEPREFIX` in a temporary folder, filled by one
uncounted warm-up run of each, and `PYTHONDONTWRITEBYTECODE` is dropped for them. Without this,
an environment that sets PYTHONDONTWRITEBYTECODE would have the reader's own modules compiled
from source on every run while Textual's come precompiled from site-packages. `--source`
measures that case instead (the reader compiled from source on each run, as a source checkout
with PYTHONDONTWRITEBYTECODE=1 starts).
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
    """Run `reader` (no arguments: the seeds) headless as the command line starts it, argument
    parsing and config file included; report when the first article is painted."""
    from reader import cli
    from reader.ui.app import ReaderApp

    result: dict[str, float] = {}
    run = ReaderApp.run

    def run_headless(app: ReaderApp, *args: object, **kwargs: object) -> None:
        painted = _run_until_painted(app, started, lambda: _reader_marker(app), run)
        result.update(painted)

    ReaderApp.run = run_headless  # type: ignore[method-assign]
    cli.main([])
    return result


def _reader_marker(app) -> tuple[str, ...] | None:
    """The shown article's title and the start of its first story paragraph, once shown."""
    screen = app.main_screen
    shown = getattr(screen, "_shown", None) if screen is not None else None
    if shown is None:
        return None
    first = next((b.text for b in shown.body if b.kind == "paragraph"), "")
    return shown.title[:24], first[:24]


def child_bare(started: float) -> dict[str, float]:
    """A bare Textual app: a list of the seed titles and the first seed's text."""
    from textual.app import App, ComposeResult
    from textual.containers import Horizontal
    from textual.widgets import OptionList, Static

    from reader.resources import seeds_dir

    texts = [p.read_text(encoding="utf-8") for p in sorted(seeds_dir().glob("*.txt"))]
    titles = [text.strip().splitlines()[0] for text in texts]
    second_line = [line for line in texts[0].splitlines() if line.strip()][1]

    class Bare(App[None]):
        CSS = "OptionList { width: 40; } Static { width: 1fr; }"

        def compose(self) -> ComposeResult:
            with Horizontal():
                yield OptionList(*titles)
                yield Static(texts[0], markup=False)

    app = Bare()
    return _run_until_painted(app, started, lambda: (titles[0][:24], second_line[:24]))


def _run_until_painted(app, started: float, marker, run=None) -> dict[str, float]:
    """Patch the app's frame output to find the first frame showing every text of `marker()`;
    `run` is the app class's own `run` when that has been replaced."""
    result: dict[str, float] = {}
    display = app._display

    def watch(screen, renderable) -> None:
        # The frame is ready when it is handed over for output; checking what it shows (which
        # renders the screen again) is not part of the time.
        ready = time.time()
        display(screen, renderable)
        if "first_paint" in result or renderable is None:
            return
        texts = marker()
        if texts is None:
            return
        lines = "\n".join(strip.text for strip in app.screen._compositor.render_strips())
        if all(text in lines for text in texts):
            result["first_paint"] = ready - started
            app.call_later(app.exit)

    app._display = watch
    (run or type(app).run)(app, headless=True, size=SIZE)
    return result


def spawn(kind: str, home: str, source: bool) -> float:
    """One child run of `kind`; its time to first paint in seconds."""
    env = dict(os.environ, XDG_DATA_HOME=home, XDG_CONFIG_HOME=home, XDG_CACHE_HOME=home)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = os.path.join(home, "pycache")
    if source and kind == "reader":
        env["PYTHONDONTWRITEBYTECODE"] = "1"
        env.pop("PYTHONPYCACHEPREFIX")
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
    parser.add_argument(
        "--source", action="store_true", help="the reader compiled from source on every run"
    )
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
            spawn(kind, home, args.source)
        for _ in range(args.runs):
            for kind in ("bare", "reader"):
                times[kind].append(spawn(kind, home, args.source))
    bare, reader = (statistics.median(times[k]) for k in ("bare", "reader"))
    code = "reader compiled from source each run" if args.source else "both from bytecode"
    print(f"first paint on the seeds, {SIZE[0]}x{SIZE[1]} headless, {args.runs} runs each ({code})")
    for kind in ("bare", "reader"):
        runs = ", ".join(f"{t * 1000:.0f}" for t in times[kind])
        print(f"  {kind:<7} median {statistics.median(times[kind]) * 1000:6.0f} ms  ({runs})")
    print(f"  ratio reader/bare: {reader / bare:.2f}x  (budget 1.20x)")


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    main()
