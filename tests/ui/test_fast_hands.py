"""Fast hands: keys typed faster than screens open and close never crash the reader.

Keys are handed to the driver in bursts, without waiting between them, as a terminal does
with fast typing; every modal must close once and only once, and the palette must shrug
off results that arrive after it has closed.
"""

from __future__ import annotations

import asyncio
import random
from dataclasses import replace
from pathlib import Path

from textual.command import CommandList, CommandPalette

from reader.state.store import StateStore
from reader.ui.app import ReaderApp
from reader.ui.finder_screen import FinderScreen
from reader.ui.reader_screen import ReaderScreen
from tests.ui.conftest import settle, wait_for_palette, wait_until
from tests.ui.soak import send_burst, write_mixed_corpus


def reader_on(make_app, folder: Path) -> ReaderApp:
    return make_app([folder], store=StateStore.in_memory())


async def names_ready(pilot, app: ReaderApp) -> None:
    await settle(pilot)
    await wait_until(pilot, lambda: app.main_screen.navigation.names.names_ready, 30)


async def test_finder_enter_then_escapes_in_one_burst(make_app, tmp_path: Path) -> None:
    app = reader_on(make_app, write_mixed_corpus(tmp_path / "c"))
    async with app.run_test(size=(120, 40)) as pilot:
        await names_ready(pilot, app)
        for _ in range(12):
            send_burst(app, ["slash", "r", "a", "t", "enter", "escape", "escape", "escape"])
            await asyncio.sleep(0.05)
        await pilot.pause(0.3)
        assert app._exception is None
        assert isinstance(app.screen, ReaderScreen)
        assert len(app.screen_stack) == 1
        # and the reader still answers: the finder opens and finds
        await pilot.press("slash", "r", "a", "t")
        assert isinstance(app.screen, FinderScreen)
        await wait_until(pilot, lambda: app.screen.results.highlighted_hit is not None)
        assert app.screen.results.highlighted_hit is not None


async def test_closing_the_finder_twice_closes_it_once(make_app, tmp_path: Path) -> None:
    app = reader_on(make_app, write_mixed_corpus(tmp_path / "c"))
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        results: list[object] = []
        finder = FinderScreen(app.main_screen.navigation.names, [])
        await app.push_screen(finder, results.append)
        finder.dismiss(None)
        finder.dismiss(None)
        await finder.action_dismiss(None)
        await pilot.pause()
        assert app._exception is None
        assert results == [None]
        assert app.screen_stack == [app.main_screen]


async def test_palette_typed_at_and_closed_fast(make_app, tmp_path: Path) -> None:
    app = reader_on(make_app, write_mixed_corpus(tmp_path / "c"))
    rng = random.Random(1)
    async with app.run_test(size=(120, 40)) as pilot:
        await names_ready(pilot, app)
        for _ in range(120):
            send_burst(app, ["ctrl+p", "d", "o", "r"])
            await asyncio.sleep(rng.choice([0, 0, 0.001, 0.005, 0.01, 0.02, 0.05, 0.1]))
            send_burst(app, ["escape"])
            await asyncio.sleep(rng.choice([0, 0.001, 0.01]))
            assert app._exception is None
        await pilot.pause(0.3)
        assert app._exception is None
        assert app.screen_stack == [app.main_screen]


async def test_palette_pages_before_its_list_is_drawn(make_app, tmp_path: Path) -> None:
    app = reader_on(make_app, write_mixed_corpus(tmp_path / "c"))
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        for _ in range(5):
            send_burst(app, ["ctrl+p", "pagedown", "pageup", "x", "pagedown", "escape"])
            await pilot.pause(0.05)
        assert app._exception is None
        await wait_until(pilot, lambda: len(app.screen_stack) == 1)
        assert app.screen_stack == [app.main_screen]  # every escape closed its palette
        await pilot.press("ctrl+p")
        await wait_until(pilot, lambda: isinstance(app.screen, CommandPalette))
        assert isinstance(app.screen, CommandPalette)


async def test_keys_typed_after_quitting_are_dropped(make_app, tmp_path: Path) -> None:
    app = reader_on(make_app, write_mixed_corpus(tmp_path / "c"))
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        send_burst(app, ["slash", "q", "escape", "q", "j", "escape", "enter", "slash", "k"])
        await pilot.pause(0.3)
    assert app._exception is None


async def test_names_panel_pages_before_it_is_laid_out(make_app, tmp_path: Path) -> None:
    app = reader_on(make_app, write_mixed_corpus(tmp_path / "c"))
    async with app.run_test(size=(120, 40)) as pilot:
        await names_ready(pilot, app)
        await pilot.press("enter")
        for _ in range(4):
            send_burst(app, ["e", "pagedown", "pageup", "pagedown", "e"])
            await pilot.pause(0.05)
        await pilot.pause(0.2)
        assert app._exception is None


async def test_a_palette_command_chosen_twice_runs_once(make_app, tmp_path: Path) -> None:
    app = reader_on(make_app, write_mixed_corpus(tmp_path / "c"))
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("ctrl+p", *"help")
        await wait_for_palette(pilot, "Help")
        palette = app.screen
        options = palette.query_one(CommandList)
        ran: list[str] = []
        hit = options.get_option_at_index(0).hit
        palette._selected_command = replace(hit, command=lambda: ran.append("ran"))
        palette._list_visible = False
        # the state a second enter (or a late OptionSelected) finds: the choice is made
        palette._select_or_command()
        palette._select_or_command()
        await pilot.pause(0.2)
        assert app._exception is None
        assert ran == ["ran"]
        assert app.screen_stack == [app.main_screen]


async def test_the_footer_does_not_keep_the_keys_it_removed(make_app, tmp_path: Path) -> None:
    from textual.widgets import Footer
    from textual.widgets._footer import FooterKey

    app = reader_on(make_app, write_mixed_corpus(tmp_path / "c"))
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        for _ in range(15):
            await pilot.press("question_mark")
            await pilot.press("escape")
            await pilot.press("tab")
        await pilot.pause(0.2)
        footer = app.main_screen.query_one(Footer)
        await pilot.press("question_mark", "escape")  # one more recompose sweeps
        await pilot.pause(0.2)
        watching = getattr(footer, "__watchers", {}).get("compact", [])
        shown = len(footer.query(FooterKey))
        assert len(watching) <= 2 * shown + 5, (len(watching), shown)


async def test_the_theme_picker_pages_before_its_list_is_drawn(make_app, tmp_path: Path) -> None:
    app = reader_on(make_app, write_mixed_corpus(tmp_path / "c"))
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        for _ in range(5):
            app.search_themes()
            send_burst(app, ["pageup", "pagedown", "x", "pageup", "escape"])
            await pilot.pause(0.05)
        await pilot.pause(0.2)
        assert app._exception is None
        await wait_until(pilot, lambda: len(app.screen_stack) == 1)
        assert app.screen_stack == [app.main_screen]
