"""A random-key soak: the reader driven by fast, random hands, for the tests and the bench.

Keys come from the reader's own bindings plus letters, digits and the keys people reach for
(escape, enter, tab, `/`, ctrl+p…), never the ones that quit. They are sent in bursts,
straight to the driver and without waiting between keys, as a terminal delivers fast
typing: that is what raced screens closing with keys still on their way. A seeded RNG makes
a failure reproducible; `SoakResult` says what went wrong and how much memory grew.
"""

from __future__ import annotations

import asyncio
import gc
import random
import string
import traceback
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from textual import events
from textual.binding import Binding
from textual.pilot import Pilot

from reader.state.config import Config
from reader.state.store import StateStore
from reader.ui.app import ReaderApp, binding_owners
from reader.ui.name_keys import (
    COMPANION_BINDINGS,
    FINDER_BINDINGS,
    LIST_BINDINGS,
    MENTIONS_BINDINGS,
    NAVIGATION_BINDINGS,
)

#: Keys that end the run: a soak must go on typing.
QUITTING = {"q", "ctrl+q", "ctrl+c", "ctrl+z", "ctrl+backslash"}
#: Keys people press whatever the bindings say.
COMMON = [
    "escape", "escape", "enter", "enter", "tab", "shift+tab", "ctrl+p", "slash", "up",
    "down", "left", "right", "pageup", "pagedown", "home", "end", "space", "backspace",
    "question_mark", "f1", "ctrl+f", "ctrl+o", "ctrl+i", "left_square_bracket",
    "right_square_bracket", "colon",
]  # fmt: skip
#: Characters a key name stands for (the rest are their own character or none).
CHARACTERS = {
    "slash": "/", "space": " ", "question_mark": "?", "colon": ":", "enter": "\r",
    "tab": "\t", "escape": "\x1b", "backspace": "\x7f", "left_square_bracket": "[",
    "right_square_bracket": "]", "ctrl+p": "\x10", "ctrl+f": "\x06", "ctrl+o": "\x0f",
    "ctrl+i": "\t", "ctrl+n": "\x0e",
}  # fmt: skip


def binding_keys() -> list[str]:
    """Every key bound anywhere in the reader, except those that quit."""
    groups = [getattr(cls, "BINDINGS", []) for cls in binding_owners()]
    groups += [NAVIGATION_BINDINGS, LIST_BINDINGS, FINDER_BINDINGS, MENTIONS_BINDINGS]
    groups.append(COMPANION_BINDINGS)
    keys: set[str] = set()
    for group in groups:
        for binding in group:
            if isinstance(binding, Binding):
                keys.update(k.strip() for k in binding.key.split(","))
    return sorted(k for k in keys if k and k not in QUITTING)


def key_pool() -> list[str]:
    """What the soak types from: bindings, common keys, letters (q left out) and digits."""
    letters = [c for c in string.ascii_letters + string.digits if c != "q"]
    return binding_keys() + COMMON + letters


def rss_bytes() -> int:
    """This process's resident set size (Linux), or 0 where /proc is missing."""
    try:
        with open("/proc/self/statm", encoding="ascii") as statm:
            pages = int(statm.read().split()[1])
    except (OSError, ValueError, IndexError):
        return 0
    import os

    return pages * os.sysconf("SC_PAGE_SIZE")


@dataclass
class SoakResult:
    keys: int = 0
    exceptions: list[str] = field(default_factory=list)
    restarts: int = 0
    resizes: int = 0
    rss_start: int = 0
    rss_end: int = 0

    @property
    def rss_growth(self) -> float:
        """RSS growth from after warm-up to the end, as a fraction (0.05 is 5%)."""
        return (self.rss_end - self.rss_start) / self.rss_start if self.rss_start else 0.0


def send_burst(app: ReaderApp, keys: Sequence[str]) -> None:
    """Hand `keys` to the driver at once, as a terminal hands over fast typing."""
    driver = app._driver
    assert driver is not None
    for key in keys:
        char = CHARACTERS.get(key, key if len(key) == 1 else None)
        event = events.Key(key, char)
        event.set_sender(app)
        driver.send_message(event)


async def _settle(pilot: Pilot[None], timeout: float = 20.0) -> None:
    app = pilot.app
    for _ in range(int(timeout / 0.02)):
        screen = app.main_screen
        if screen is not None and not screen.is_loading:
            break
        await pilot.pause(0.02)
    await pilot.pause()


async def soak(
    paths: Sequence[Path] | None,
    keys: int,
    *,
    seed: int,
    state: Path,
    warm_up: int = 300,
    resize_every: int = 0,
    on_progress: Callable[[SoakResult], None] | None = None,
) -> SoakResult:
    """Type `keys` random keys into the reader on `paths`; restart it if it ever exits."""
    rng = random.Random(seed)
    pool = key_pool()
    result = SoakResult()
    sizes = [(60, 20), (80, 24), (100, 30), (120, 40), (160, 50), (40, 12)]
    while result.keys < keys:
        app = ReaderApp(
            [str(p) for p in paths] if paths else None,
            config=Config(),
            store=StateStore.open(state),
        )
        try:
            async with app.run_test(size=(120, 40)) as pilot:
                await _settle(pilot)
                while result.keys < keys and app.is_running and app._exception is None:
                    burst = [rng.choice(pool) for _ in range(rng.choice((1, 1, 2, 3, 5, 8)))]
                    send_burst(app, burst)
                    result.keys += len(burst)
                    if resize_every and rng.random() < len(burst) / resize_every:
                        for _ in range(rng.randint(1, 4)):  # a storm: several sizes in a row
                            await pilot.resize_terminal(*rng.choice(sizes))
                            result.resizes += 1
                    await asyncio.sleep(rng.choice((0, 0, 0.001, 0.005, 0.02)))
                    if rng.random() < 0.1:
                        await pilot.pause()  # now and then, let every queued key land
                    if result.rss_start == 0 and result.keys >= warm_up:
                        await pilot.pause()
                        gc.collect()
                        result.rss_start = rss_bytes()
                    if on_progress is not None:
                        on_progress(result)
                await pilot.pause()
                app.exit()
        except Exception as err:  # what the soak is looking for: report it, go on
            result.exceptions.append("".join(traceback.format_exception(err)))
        finally:
            app.store.close()
        if app._exception is not None and not result.exceptions:
            result.exceptions.append(repr(app._exception))
        if result.exceptions:
            break
        if result.keys < keys:
            result.restarts += 1
    gc.collect()
    result.rss_end = rss_bytes()
    return result


# ── a small mixed corpus ───────────────────────────────────────────────────────────────

#: Invented people, places and organisations, in Indonesian and English news style.
PEOPLE = ["Ratna Wijayakusuma", "Dorian Falk", "Sekar Pramudita", "Tobias Wren", "Hamid Surono"]
PLACES = ["Pelabuhan Lirang", "Eastmoor", "Kota Sembiran", "Valdera", "Teluk Asmara"]
ORGS = ["Badan Riset Nusantara", "Corvell Holdings", "Partai Cahaya Baru", "Northfield Council"]


def _paragraphs(rng: random.Random, count: int) -> list[str]:
    templates = [
        "{p} mengatakan kepada wartawan di {l} bahwa {o} akan meninjau rencana itu.",
        "{p} told reporters in {l} that {o} would review the plan next week.",
        "Menurut {o}, kunjungan {p} ke {l} berlangsung selama tiga hari.",
        "Officials at {o} said {p} had left {l} before the vote.",
        "Warga {l} menunggu keputusan {o} sejak awal bulan, kata {p}.",
    ]
    return [
        " ".join(
            rng.choice(templates).format(
                p=rng.choice(PEOPLE), l=rng.choice(PLACES), o=rng.choice(ORGS)
            )
            for _ in range(rng.randint(2, 6))
        )
        for _ in range(count)
    ]


def write_mixed_corpus(folder: Path, seed: int = 0, articles: int = 24) -> Path:
    """Plain text, Markdown, HTML and JSONL articles naming the people above, a long one to
    scroll, plus a few files the reader must skip (empty, binary); return the folder."""
    import json

    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    records = []
    for number in range(articles):
        title = f"{rng.choice(PEOPLE)} di {rng.choice(PLACES)} ({number})"
        body = _paragraphs(rng, 60 if number == 0 else rng.randint(3, 12))
        kind = number % 4
        if kind == 0:
            text = title + "\n\n" + "\n\n".join(body)
            (folder / f"a{number:02}.txt").write_text(text, encoding="utf-8")
        elif kind == 1:
            text = f"# {title}\n\n" + "\n\n".join(body)
            (folder / f"b{number:02}.md").write_text(text, encoding="utf-8")
        elif kind == 2:
            paras = "".join(f"<p>{p}</p>" for p in body)
            html = f"<html><head><title>{title}</title></head><body><h1>{title}</h1>{paras}"
            (folder / f"c{number:02}.html").write_text(html + "</body></html>", encoding="utf-8")
        else:
            records.append({"title": title, "text": "\n\n".join(body), "source": "Warta Contoh"})
    lines = "\n".join(json.dumps(r, ensure_ascii=False) for r in records) + "\n"
    (folder / "d.jsonl").write_text(lines, encoding="utf-8")
    (folder / "empty.txt").write_bytes(b"")
    (folder / "noise.txt").write_bytes(bytes(rng.randrange(256) for _ in range(2048)))
    return folder


def write_long_article(folder: Path, seed: int = 0) -> Path:
    """One long article alone in `folder` (to scroll through); return the folder."""
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    text = "Laporan panjang tentang Teluk Asmara\n\n" + "\n\n".join(_paragraphs(rng, 80))
    (folder / "long.txt").write_text(text, encoding="utf-8")
    return folder
