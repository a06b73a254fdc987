"""SVG snapshots of the finder (a query typed, the preview filled in) and of the mentions view.

Accept changes with `pytest tests/ui/test_snapshots_find.py --snapshot-update` after looking
at snapshot_report.html.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from textual.pilot import Pilot
from textual.widgets import Input

from reader.state.config import Config
from reader.ui.app import ReaderApp
from reader.ui.companion_bar import CompanionBar
from tests.ui.conftest import finder_preview_complete, hush, wait_until
from tests.ui.names_corpus import names_ready, use_hand_linked_index, write_corpus


@pytest.fixture
def names_app(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    def build(theme: str = "reader-dark") -> ReaderApp:
        use_hand_linked_index(monkeypatch)
        folder = write_corpus(tmp_path / "berita")
        return ReaderApp([str(folder)], theme=theme, config=Config())

    return build


async def still(pilot: Pilot[None], ready: Callable[[], bool]) -> None:
    """Wait until the picture is `ready`, let workers finish and stop every cursor blinking."""
    await wait_until(pilot, ready)
    await pilot.app.workers.wait_for_complete()
    for field in pilot.app.screen.query(Input):
        field.cursor_blink = False
    await hush(pilot)


async def finder_with_a_typo(pilot: Pilot[None]) -> None:
    await names_ready(pilot)
    await pilot.press("g", "slash", *"vla")
    await still(pilot, lambda: finder_preview_complete(pilot.app))


async def mentions_of_putin(pilot: Pilot[None]) -> None:
    await names_ready(pilot)
    await pilot.press("g", "slash", *"putin", "enter", "down")
    await still(pilot, lambda: pilot.app.screen.query_one(CompanionBar).companions is not None)


def test_finder(snap_compare, names_app) -> None:
    assert snap_compare(names_app(), terminal_size=(120, 40), run_before=finder_with_a_typo)


def test_mentions_view(snap_compare, names_app) -> None:
    assert snap_compare(names_app(), terminal_size=(120, 40), run_before=mentions_of_putin)


def test_finder_small_terminal(snap_compare, names_app) -> None:
    assert snap_compare(
        names_app("reader-light"), terminal_size=(80, 24), run_before=finder_with_a_typo
    )
