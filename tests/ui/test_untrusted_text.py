"""Article text and file names are shown as inert text: no markup, no terminal control."""

from __future__ import annotations

import os
from pathlib import Path

from textual.widgets import Static
from textual.widgets._toast import Toast

from reader.ui.app import ReaderApp
from reader.ui.article_view import ArticleView
from tests.ui.conftest import (
    screen_text,
    settle,
    terminal_bytes,
    wait_for_palette,
    wait_until,
    write_articles,
)

HOSTILE = (
    "[@click=app.quit]x[/] judul\n\n"
    "Awal \x1b[2J clear.\n\n"
    "\x1b[31mred\x1b[0m, \x9b31m csi, \x1b]0;pwned\x07 osc.\n\n"
    "[bold red]tebal[/] dan \u202eabc.\n"
)


async def test_markup_and_escape_sequences_show_inert(make_app, tmp_path: Path) -> None:
    app: ReaderApp = make_app([write_articles(tmp_path / "c", [("evil.txt", HOSTILE)])])
    async with app.run_test(size=(120, 30)) as pilot:
        await settle(pilot)
        await pilot.press("enter")
        text = screen_text(app)
        assert "[@click=app.quit]x[/] judul" in text
        assert "[bold red]tebal[/]" in text
        assert "\ufffd[2J clear" in text
        raw = terminal_bytes(app)
        for sequence in ("\x1b[2J", "\x1b[31m", "\x9b", "\x1b]0;", "\u202e"):
            assert sequence not in raw
        # clicking the would-be link in the sidebar and in the article does nothing
        view = app.screen.query_one(ArticleView)
        await pilot.click(offset=(5, 1))
        await pilot.click(
            offset=(view.content_region.x + view._column()[0] + 2, view.content_region.y)
        )
        await pilot.pause()
        assert app.is_running


async def test_hostile_titles_in_the_palette_are_literal(make_app, tmp_path: Path) -> None:
    app: ReaderApp = make_app([write_articles(tmp_path / "c", [("evil.txt", HOSTILE)])])
    async with app.run_test(size=(120, 30)) as pilot:
        await settle(pilot)
        await pilot.press("ctrl+p", *"judul")
        await wait_for_palette(pilot, "judul")
        assert "[@click=app.quit]x[/] judul" in screen_text(app)
        assert "\x1b[2J" not in terminal_bytes(app)
        await pilot.press("escape")
        assert app.is_running


async def test_unreadable_files_are_reported_and_the_rest_load(make_app, tmp_path: Path) -> None:
    folder = write_articles(
        tmp_path / "c", [("good.txt", "Berita baik\n\nIsi berita."), ("empty.txt", "")]
    )
    os.symlink(tmp_path / "nowhere.txt", folder / "[@click=app.quit]gone.txt")
    app: ReaderApp = make_app([folder])
    async with app.run_test(size=(160, 30), notifications=True) as pilot:
        await settle(pilot)
        text = screen_text(app)
        assert "1 article" in text and "2 files skipped" in text
        assert not app.screen.query(Toast)  # routine news: the header and the status line
        assert len(app.main_screen.problems) == 2
        await pilot.press("ctrl+p", *"skipped")
        await wait_for_palette(pilot, "Skipped files")
        await pilot.press("enter")
        await wait_until(pilot, lambda: "Skipped files (2)" in screen_text(app))
        shown = app.screen.query_one("#text-screen-body").query_one(Static).render()
        assert "c/[@click=app.quit]gone.txt: broken symlink" in shown.plain  # literally
        assert "empty.txt: empty file" in shown.plain
        assert app.is_running


async def test_many_unreadable_files_are_summed_up(make_app, tmp_path: Path) -> None:
    folder = write_articles(
        tmp_path / "c", [("good.txt", "Berita\n\nIsi.")] + [(f"e{i}.txt", "") for i in range(6)]
    )
    app: ReaderApp = make_app([folder])
    async with app.run_test(size=(120, 40), notifications=True) as pilot:
        await settle(pilot)
        assert "6 files skipped" in screen_text(app)
        await pilot.press("ctrl+p", *"skipped")
        await wait_for_palette(pilot, "Skipped files")
        await pilot.press("enter")
        await pilot.pause()
        assert "Skipped files (6)" in screen_text(app)


async def test_nothing_readable_exits_with_status_2(make_app, tmp_path: Path) -> None:
    folder = write_articles(tmp_path / "c", [("empty.txt", "")])
    app: ReaderApp = make_app([folder])
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
    assert app.return_code == 2
