"""Help: every key with its binding id, scrolled with the reader's keys, in one wording;
the palette offers "Help" and not Textual's "Keys" as well."""

from __future__ import annotations

import re
from pathlib import Path

from textual.containers import VerticalScroll

from reader.ui.app import ReaderApp
from reader.ui.help_screen import TextScreen
from tests.ui.conftest import screen_text, settle, wait_for_palette, write_articles

ARTICLES = [(f"{i}.txt", f"Kabar nomor {i}\n\nIsi kabar {i}.") for i in range(3)]


def app_on(tmp_path: Path) -> ReaderApp:
    return ReaderApp([str(write_articles(tmp_path / "c", ARTICLES))])


async def test_help_lists_each_key_with_its_binding_id_in_the_readers_words(
    tmp_path: Path,
) -> None:
    app = app_on(tmp_path)
    async with app.run_test(size=(120, 60)) as pilot:
        await settle(pilot)
        await pilot.press("enter", "question_mark")
        await pilot.pause()
        assert isinstance(app.screen, TextScreen)
        text = screen_text(app)
        assert re.search(r"j ↓\s+article\.down\s+Scroll the article down one line", text)
        assert re.search(r"e\s+names\.panel\s+Show or hide the names", text)
        assert re.search(r"q \^q\s+app\.quit\s+Quit the reader", text)  # ctrl+q joins q
        for textual_words in ("Focus Next", "Focus Previous", "return to the command prompt"):
            assert textual_words not in text
        await pilot.press("G")  # the note on ids closes the help
        await pilot.pause()
        assert "for [keymap] in config.toml" in screen_text(app)


async def test_j_k_g_and_G_scroll_the_help(tmp_path: Path) -> None:
    app = app_on(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("enter", "question_mark")
        await pilot.pause()
        body = app.screen.query_one("#text-screen-body", VerticalScroll)
        assert body.max_scroll_y > 3
        await pilot.press("j", "j")
        assert body.scroll_y == 2
        await pilot.press("k")
        assert body.scroll_y == 1
        await pilot.press("G")
        assert body.scroll_y == body.max_scroll_y
        assert "for [keymap] in config.toml" in screen_text(app)  # the end is in view
        await pilot.press("g")
        assert body.scroll_y == 0
        await pilot.press("escape")
        assert not isinstance(app.screen, TextScreen)


async def test_the_palette_offers_help_but_not_keys(tmp_path: Path) -> None:
    app = app_on(tmp_path)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        titles = [command.title for command in app.get_system_commands(app.screen)]
        assert "Help" in titles and "Keys" not in titles
        await pilot.press("ctrl+p", *"quit")
        await wait_for_palette(pilot, "Quit")
        assert "Quit the reader" in screen_text(app)
        assert "as soon as possible" not in screen_text(app)
