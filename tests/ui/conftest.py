"""Helpers for driving the reader in tests: start it, wait for loading, read the screen."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import pytest
from textual.pilot import Pilot

from reader.state.config import Config
from reader.ui.app import ReaderApp


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
