"""Helpers for driving the reader in tests: start it, wait for loading, read the screen."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

import pytest
from textual.app import App
from textual.command import Command, CommandList, CommandPalette
from textual.pilot import Pilot

from reader.state.config import Config
from reader.ui.app import ReaderApp
from reader.ui.finder_screen import FinderScreen


def screen_lines(app: ReaderApp) -> list[str]:
    """The text of every line on screen (uses the compositor: one place for a private API)."""
    return [strip.text for strip in app.screen._compositor.render_strips()]


def screen_text(app: ReaderApp) -> str:
    return "\n".join(screen_lines(app))


def terminal_bytes(app: ReaderApp) -> str:
    """Exactly what Textual would write to the terminal for a full repaint."""
    return app.screen._compositor.render_full_update().render_segments(app.console)


async def settle(pilot: Pilot[None], timeout: float = 20.0) -> None:
    """Wait until the corpus has loaded and every message has been handled."""
    app = pilot.app
    for _ in range(int(timeout / 0.01)):
        screen = getattr(app, "main_screen", None)
        if screen is not None and not screen.is_loading:
            break
        await pilot.pause(0.01)
    await app.workers.wait_for_complete()
    await pilot.pause()
    await pilot.pause()


async def hush(pilot: Pilot[None]) -> None:
    """Clear toasts and the status line's news, which depend on timing (before a snapshot)."""
    from reader.ui.entity_status import EntityStatus

    app = pilot.app
    app.clear_notifications()
    if (screen := getattr(app, "main_screen", None)) is not None:
        for status in screen.query(EntityStatus):
            status.clear_news()
    await pilot.pause()


async def wait_until(
    pilot: Pilot[None], condition: Callable[[], bool], timeout: float = 10.0
) -> None:
    """Wait until `condition()` holds or about `timeout` seconds have passed, then let the
    screen catch up. It never fails by itself: the caller's assertions say what is wrong."""
    for _ in range(int(timeout / 0.02)):
        if condition():
            break
        await pilot.pause(0.02)
    await pilot.pause()


def palette_settled(app: App[None], text: str) -> bool:
    """Whether the command palette is open, has finished searching, and offers a command
    whose text contains `text`."""
    palette = app.screen
    if not isinstance(palette, CommandPalette):
        return False
    if any(worker.node is palette and not worker.is_finished for worker in app.workers):
        return False
    options = palette.query_one(CommandList)
    for number in range(options.option_count):
        option = options.get_option_at_index(number)
        if isinstance(option, Command) and text in (option.hit.text or ""):
            return True
    return False


async def wait_for_palette(pilot: Pilot[None], text: str, timeout: float = 10.0) -> None:
    """Wait until the command palette has finished searching and offers `text`."""
    await wait_until(pilot, lambda: palette_settled(pilot.app, text), timeout)


def finder_preview_complete(app: App[None]) -> bool:
    """Whether the finder's preview of a name shows its details (who it appears with, its
    latest mention), which are worked out in a thread once the highlight rests."""
    finder = app.screen
    if not isinstance(finder, FinderScreen):
        return False
    text = str(finder.preview.content)
    return "Appears with" in text and "Appears with\n…" not in text


def write_articles(folder: Path, articles: Sequence[tuple[str, str]]) -> Path:
    """Write (file name, text) pairs as files in `folder`; return the folder."""
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in articles:
        (folder / name).write_text(text, encoding="utf-8")
    return folder


@pytest.fixture
def make_app():
    """Build a reader on `paths` with a given config (the default config file otherwise)."""

    def build(paths: Sequence[Path] | None = None, **kwargs: object) -> ReaderApp:
        kwargs.setdefault("config", Config())
        return ReaderApp([str(p) for p in paths] if paths else None, **kwargs)  # type: ignore[arg-type]

    return build
