"""Find in article: every match highlighted, a k/N count, n/N, escape restores the place."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import Input

from reader.ui.app import ReaderApp
from reader.ui.article_pane import ArticlePane
from reader.ui.article_view import ArticleView
from reader.ui.find_bar import FindBar
from tests.ui.conftest import screen_lines, screen_text, settle, write_articles

TEXT = "Laporan Vladivostok\n\n" + "\n\n".join(
    ["Pembukaan tanpa kata yang dicari. " * 8] * 6
    + ["Kim tiba di Vladivostok pada Selasa."]
    + ["Isi lain yang panjang sekali. " * 10] * 10
    + ["Pertemuan di VLADIVOSTOK berlanjut.", "Kota vladivóstok ramai."]
)


def find_count(app: ReaderApp) -> str:
    return str(app.screen.query_one("#find-count").render()).strip()


async def open_article(make_app, tmp_path: Path):
    app: ReaderApp = make_app([write_articles(tmp_path / "c", [("v.txt", TEXT)])])
    return app


async def test_find_counts_highlights_and_steps(make_app, tmp_path: Path) -> None:
    app = await open_article(make_app, tmp_path)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await pilot.press("enter", "j", "j")
        view = app.screen.query_one(ArticleView)
        before = view.scroll_offset.y
        await pilot.press("ctrl+f", *"vladivostok")
        # the title, the body (three spellings: case and accent folded)
        assert view.match_count == 4
        assert find_count(app) == "2/4"  # the first match after where the reader was
        await pilot.press("enter")
        assert app.focused is view
        await pilot.press("n")
        assert find_count(app) == "3/4"
        await pilot.press("n", "n")
        assert find_count(app) == "1/4"  # wraps around
        await pilot.press("N")
        assert find_count(app) == "4/4"
        match = view._matches[view.current_match]
        y, x = view._layout.locate(match.block, match.start)
        screen_y = view.content_region.y + y - view.scroll_offset.y
        screen_x = view.content_region.x + view._column()[0] + x
        assert "vladivóstok" in screen_lines(app)[screen_y]
        style = app.screen.get_style_at(screen_x, screen_y)
        assert style.bold and style.bgcolor is not None
        await pilot.press("escape")
        assert view.match_count == 0
        assert view.scroll_offset.y == before
        assert not app.screen.query_one(FindBar).display
        assert app.focused is view


async def test_a_capital_letter_makes_find_case_sensitive(make_app, tmp_path: Path) -> None:
    app = await open_article(make_app, tmp_path)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await pilot.press("enter", "ctrl+f", *"VLADIVOSTOK")
        assert app.screen.query_one(ArticleView).match_count == 1
        assert find_count(app) == "1/1"


async def test_no_match_says_so_and_keeps_the_place(make_app, tmp_path: Path) -> None:
    app = await open_article(make_app, tmp_path)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await pilot.press("enter", "space")
        view = app.screen.query_one(ArticleView)
        before = view.scroll_offset.y
        await pilot.press("ctrl+f", *"pyongyang")
        assert find_count(app) == "no match"
        assert view.scroll_offset.y == before
        await pilot.press("escape")
        assert view.scroll_offset.y == before


async def test_find_starts_from_the_list_too_and_reopens_with_the_last_query(
    make_app, tmp_path: Path
) -> None:
    app = await open_article(make_app, tmp_path)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await pilot.press("ctrl+f", *"selasa", "enter")
        pane = app.screen.query_one(ArticlePane)
        assert pane.finding and "Selasa" in screen_text(app)
        await pilot.press("escape")
        await pilot.press("ctrl+f")
        assert app.screen.query_one("#find-input", Input).value == "selasa"
        assert find_count(app) == "1/1"


async def test_switching_article_clears_the_find(make_app, tmp_path: Path) -> None:
    folder = write_articles(tmp_path / "c", [("v.txt", TEXT), ("w.txt", "Lain\n\nVladivostok.")])
    app: ReaderApp = make_app([folder])
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await pilot.press("ctrl+f", *"vladivostok", "enter", "h", "j")
        await pilot.pause()
        assert app.screen.query_one(ArticleView).match_count == 0
        assert not app.screen.query_one(ArticlePane).finding


async def test_under_no_color_matches_still_stand_out(
    make_app, tmp_path: Path, monkeypatch
) -> None:
    monkeypatch.setenv("NO_COLOR", "1")
    app = await open_article(make_app, tmp_path)
    async with app.run_test(size=(100, 30)) as pilot:
        assert app.no_color
        await settle(pilot)
        await pilot.press("enter", "ctrl+f", *"vladivostok", "enter")
        view = app.screen.query_one(ArticleView)
        left = view.content_region.x + view._column()[0]
        # Reversed (names are underlined without colour); the current one bold as well.
        current, other = view.current_match, view.current_match - 1
        for index, cues in ((current, ("reverse", "bold")), (other, ("reverse",))):
            match = view._matches[index]
            view.select_match(view.current_match)  # keep the current one in view
            y, x = view._layout.locate(match.block, match.start)
            if not 0 <= y - view.scroll_offset.y < view.scrollable_content_region.height:
                view._jump(y)
                await pilot.pause()
            style = app.screen.get_style_at(
                left + x, view.content_region.y + y - view.scroll_offset.y
            )
            assert all(getattr(style, cue) for cue in cues), cues
            assert bool(style.bold) is ("bold" in cues)
