"""SVG snapshots of the main screen, the finder and the mentions view at the smallest size the
reader supports (80×24) and on a wide terminal (220×60, the names beside the article).

Accept changes with `pytest tests/ui/test_snapshots_sizes.py --snapshot-update` after looking
at snapshot_report.html.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.pilot import Pilot

from reader.state.config import Config
from reader.ui.app import ReaderApp
from reader.ui.companion_bar import CompanionBar
from reader.ui.entity_panel import EntityPanel
from tests.ui.conftest import finder_preview_complete, hush, wait_until
from tests.ui.names_corpus import names_ready, use_hand_linked_index, write_corpus
from tests.ui.test_snapshots_find import still

SIZES = [pytest.param((80, 24), id="80x24"), pytest.param((220, 60), id="220x60")]


@pytest.fixture
def names_app(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    def build() -> ReaderApp:
        use_hand_linked_index(monkeypatch)
        return ReaderApp([str(write_corpus(tmp_path / "berita"))], config=Config())

    return build


async def reading_with_a_name_selected(pilot: Pilot[None]) -> None:
    await names_ready(pilot)
    await pilot.press("g", "j", "enter", "tab", "tab")
    app = pilot.app
    if app.size.width >= 170:
        await wait_until(pilot, lambda: app.screen.query_one(EntityPanel).display)
    await pilot.app.workers.wait_for_complete()
    await hush(pilot)


async def finder_with_a_query(pilot: Pilot[None]) -> None:
    await names_ready(pilot)
    await pilot.press("g", "slash", *"kim")
    await still(pilot, lambda: finder_preview_complete(pilot.app))


async def mentions_of_a_name(pilot: Pilot[None]) -> None:
    await names_ready(pilot)
    await pilot.press("g", "slash", *"putin", "enter", "down")
    await still(pilot, lambda: pilot.app.screen.query_one(CompanionBar).companions is not None)


@pytest.mark.parametrize("size", SIZES)
def test_main_screen_at(snap_compare, names_app, size: tuple[int, int]) -> None:
    assert snap_compare(names_app(), terminal_size=size, run_before=reading_with_a_name_selected)


@pytest.mark.parametrize("size", SIZES)
def test_finder_at(snap_compare, names_app, size: tuple[int, int]) -> None:
    assert snap_compare(names_app(), terminal_size=size, run_before=finder_with_a_query)


@pytest.mark.parametrize("size", SIZES)
def test_mentions_view_at(snap_compare, names_app, size: tuple[int, int]) -> None:
    assert snap_compare(names_app(), terminal_size=size, run_before=mentions_of_a_name)
