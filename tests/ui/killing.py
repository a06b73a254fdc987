"""kill -9 trials: the real reader in a pseudo-terminal, killed while reading, jumping or
indexing; then its state must open, pass SQLite's integrity check, and have kept the
reading position up to at most the last second.

The reading position lost is measured in time: the reader opens one long article and is sent
one `j` (a line down) every `KEY_INTERVAL` seconds, so the place on disk (block, offset)
maps to a line, the line to the key that scrolled there, and that key to when it was sent.
What was read after the first key the disk does not reflect, up to the kill, is lost.
"""

from __future__ import annotations

import contextlib
import fcntl
import os
import pty
import random
import signal
import sqlite3
import struct
import subprocess
import sys
import termios
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

from reader.ui.listing import article_key

COLUMNS, LINES = 100, 30
KEY_INTERVAL = 0.05
SCENARIOS = ("reading", "jumping", "indexing")


class Terminal:
    """A reader running in a pseudo-terminal, its output drained in a thread."""

    def __init__(self, args: list[str], env: dict[str, str]) -> None:
        master, slave = pty.openpty()
        fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", LINES, COLUMNS, 0, 0))
        self.master = master
        self.output = bytearray()
        self.process = subprocess.Popen(
            [sys.executable, "-m", "reader", *args],
            stdin=slave,
            stdout=slave,
            stderr=slave,
            env=env,
            start_new_session=True,
            close_fds=True,
        )
        os.close(slave)
        self._reader = threading.Thread(target=self._drain, daemon=True)
        self._reader.start()

    def _drain(self) -> None:
        while True:
            try:
                chunk = os.read(self.master, 65536)
            except OSError:
                return
            if not chunk:
                return
            self.output += chunk

    def wait_for(self, text: bytes, timeout: float = 30.0) -> bool:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if text in self.output:
                return True
            if self.process.poll() is not None:
                return text in self.output
            time.sleep(0.02)
        return False

    def send(self, keys: str) -> None:
        os.write(self.master, keys.encode())

    def kill(self) -> None:
        if self.process.poll() is None:
            os.kill(self.process.pid, signal.SIGKILL)
        self.process.wait()
        self._close()

    def quit(self, timeout: float = 20.0) -> int | None:
        self.send("q")
        try:
            code = self.process.wait(timeout)
        except subprocess.TimeoutExpired:
            self.kill()
            return None
        self._close()
        return code

    def _close(self) -> None:
        with contextlib.suppress(OSError):
            os.close(self.master)
        self._reader.join(2)


def reader_env(home: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("XDG_")}
    for var in ("XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_CONFIG_HOME", "XDG_STATE_HOME"):
        env[var] = str(home / var.lower())
    env.update(TERM="xterm-256color", COLUMNS=str(COLUMNS), LINES=str(LINES))
    env.pop("NO_COLOR", None)
    return env


def state_path(home: Path) -> Path:
    return home / "xdg_data_home" / "reader" / "state.sqlite3"


def integrity(path: Path) -> str:
    """SQLite's verdict on the file at `path` ("ok", "missing", or what is wrong)."""
    if not path.exists():
        return "missing"
    try:
        connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            return str(connection.execute("PRAGMA integrity_check").fetchone()[0])
        finally:
            connection.close()
    except sqlite3.Error as err:
        return f"error: {err}"


def line_map(folder: Path) -> tuple[str, dict[tuple[int, int], int]]:
    """The long article's key and, for each place (block, offset), the first line showing
    it at this terminal size: laid out by the reader's own code, in a headless run."""
    import asyncio

    from reader.state.config import Config
    from reader.state.store import StateStore
    from reader.ui.app import ReaderApp
    from reader.ui.article_view import ArticleView

    async def layout() -> tuple[str, dict[tuple[int, int], int]]:
        app = ReaderApp([str(folder)], config=Config(), store=StateStore.in_memory())
        async with app.run_test(size=(COLUMNS, LINES)) as pilot:
            for _ in range(500):
                if app.main_screen is not None and not app.main_screen.is_loading:
                    break
                await pilot.pause(0.02)
            await pilot.press("enter")
            await pilot.pause(0.2)
            view = app.screen.query_one(ArticleView)
            assert view.article is not None and view._layout is not None
            places: dict[tuple[int, int], int] = {}
            for y in range(view._layout.height):
                places.setdefault(view._layout.anchor_at(y), y)
            return article_key(view.article), places

    return asyncio.run(layout())


@dataclass
class KillReport:
    trials: int = 0
    corrupt: int = 0
    unclean_starts: int = 0
    position_lost: list[float] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)

    @property
    def max_position_lost(self) -> float:
        return max(self.position_lost, default=0.0)

    def summary(self) -> str:
        return (
            f"trials: {self.trials}  corrupt: {self.corrupt}  unclean starts: "
            f"{self.unclean_starts}  max position lost: {self.max_position_lost:.2f} s "
            f"(reading trials: {len(self.position_lost)})"
        )


def reading_trial(
    home: Path, folder: Path, key: str, places: dict[tuple[int, int], int], rng: random.Random
) -> float:
    """Scroll the long article a line every KEY_INTERVAL, kill at a random moment; return
    the seconds of reading the state file lost."""
    terminal = Terminal([str(folder)], reader_env(home))
    try:
        if not terminal.wait_for(b"Quit"):
            raise RuntimeError("the reader did not start")
        time.sleep(0.3)
        terminal.send("g\r")  # the one article: open it at its top
        time.sleep(0.3)
        sent: list[float] = []
        stop_after = rng.uniform(0.2, 3.0)
        rest = rng.choice((0.0, 0.0, 0.2, 0.6, 1.5))  # sometimes stop scrolling for a while
        start = time.monotonic()
        while time.monotonic() - start < stop_after and len(sent) < 400:
            terminal.send("j")
            sent.append(time.monotonic())
            time.sleep(KEY_INTERVAL)
        time.sleep(rest)
        killed_at = time.monotonic()
    finally:
        terminal.kill()
    store = sqlite3.connect(state_path(home))
    try:
        row = store.execute(
            "SELECT block, offset FROM positions WHERE article_key = ?", (key,)
        ).fetchone()
    finally:
        store.close()
    line = 0 if row is None else places.get((row[0], row[1]), 0)
    if line >= len(sent):
        return 0.0
    return killed_at - sent[line]  # key `line` (0-based) is the first the disk does not show


def busy_trial(home: Path, folder: Path, scenario: str, rng: random.Random) -> None:
    """Jump about (finder, mentions, `]`, ctrl+o) or just let it index; kill at random."""
    terminal = Terminal([str(folder)], reader_env(home))
    try:
        if scenario == "indexing":
            terminal.wait_for(b"Quit", timeout=10)
            time.sleep(rng.uniform(0.0, 1.5))
            return
        if not terminal.wait_for(b"Quit"):
            raise RuntimeError("the reader did not start")
        time.sleep(0.5)
        keys = ["/", "r", "a", "\r", "\r", "]", "]", "[", "\x0f", "\x1b", "j", "\r", "j" * 5]
        deadline = time.monotonic() + rng.uniform(0.3, 3.0)
        while time.monotonic() < deadline:
            terminal.send(rng.choice(keys))
            time.sleep(rng.uniform(0.01, 0.15))
    finally:
        terminal.kill()


def starts_cleanly(home: Path, folder: Path) -> bool:
    """The reader starts on the state left behind, says nothing about it, and quits with 0."""
    terminal = Terminal([str(folder)], reader_env(home))
    if not terminal.wait_for(b"Quit"):
        terminal.kill()
        return False
    time.sleep(0.5)
    code = terminal.quit()
    text = bytes(terminal.output)
    return code == 0 and b"Traceback" not in text and b"damaged" not in text


def run_trials(
    home: Path,
    long_folder: Path,
    mixed_folder: Path,
    trials: int,
    *,
    seed: int,
    restart_every: int = 1,
    log: callable | None = None,  # type: ignore[valid-type]
) -> KillReport:
    """`trials` kills, cycling reading, jumping and indexing, on one state file throughout."""
    rng = random.Random(seed)
    key, places = line_map(long_folder)
    report = KillReport()
    for number in range(trials):
        scenario = SCENARIOS[number % len(SCENARIOS)]
        try:
            if scenario == "reading":
                report.position_lost.append(reading_trial(home, long_folder, key, places, rng))
            else:
                busy_trial(home, mixed_folder, scenario, rng)
        except RuntimeError as err:
            report.problems.append(f"trial {number} ({scenario}): {err}")
        report.trials += 1
        for path in (state_path(home), home / "xdg_cache_home" / "reader" / "index.sqlite3"):
            verdict = integrity(path)
            if verdict not in ("ok", "missing"):
                report.corrupt += 1
                report.problems.append(f"trial {number} ({scenario}): {path.name}: {verdict}")
        check_start = restart_every and (number + 1) % restart_every == 0
        if check_start and not starts_cleanly(home, mixed_folder):
            report.unclean_starts += 1
            report.problems.append(f"trial {number} ({scenario}): no clean start after it")
        if log is not None:
            log(f"trial {number + 1} {scenario}: {report.summary()}")
    return report
