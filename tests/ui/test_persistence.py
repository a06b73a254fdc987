"""What the reader remembers between runs, and what the user configures."""

from __future__ import annotations

from pathlib import Path

from textual.color import Color

from reader.state.config import Config, default_config_path
from reader.state.store import default_state_path
from reader.ui.app import ReaderApp
from reader.ui.article_list import ArticleList
from reader.ui.article_view import ArticleView
from tests.ui.conftest import screen_text, settle, wait_for_palette, write_articles

LONG = "\n\n".join(f"Paragraf nomor {i} " + "isi yang panjang sekali " * 8 for i in range(30))


def corpus(tmp_path: Path) -> Path:
    return write_articles(
        tmp_path / "c",
        [(f"{i}.txt", f"Artikel {i}\n\n{LONG}") for i in range(3)],
    )


async def test_read_marks_last_article_and_place_come_back(make_app, tmp_path: Path) -> None:
    folder = corpus(tmp_path)
    first: ReaderApp = make_app([folder])
    async with first.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await pilot.press("j", "enter", *["j"] * 12)
        view = first.screen.query_one(ArticleView)
        opened, place = view.article, view.anchor()
        assert place != (0, 0)
        await pilot.press("q")

    second: ReaderApp = make_app([folder])
    async with second.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        view = second.screen.query_one(ArticleView)
        assert view.article is not None and view.article.title == opened.title
        assert view.anchor() == place
        assert view.scroll_offset.y > 0
        assert second.screen.query_one(ArticleList).highlighted is view.article
        assert second.reading.is_read(view.article)
        unread = [a for a in second.main_screen.listing.articles() if a is not view.article]
        assert not any(second.reading.is_read(a) for a in unread)


async def test_each_article_keeps_its_own_place(make_app, tmp_path: Path) -> None:
    app: ReaderApp = make_app([corpus(tmp_path)])
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await pilot.press("enter", *["j"] * 7, "h", "j")
        view = app.screen.query_one(ArticleView)
        assert view.scroll_offset.y == 0
        await pilot.press("k")
        assert view.scroll_offset.y == 7


async def test_a_theme_chosen_in_the_reader_is_used_next_time(make_app) -> None:
    first: ReaderApp = make_app()
    async with first.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        assert first.theme == "reader-dark"
        first.theme = "reader-light"
        await pilot.pause()
    second: ReaderApp = make_app()
    async with second.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        assert second.theme == "reader-light"


async def test_theme_switch_from_the_palette(make_app) -> None:
    app: ReaderApp = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await pilot.press("ctrl+p", *"theme")
        await wait_for_palette(pilot, "Theme")
        await pilot.press("enter")
        await wait_for_palette(pilot, "reader-mono")  # the theme picker lists every theme
        await pilot.press(*"reader-mono")
        await wait_for_palette(pilot, "reader-mono")
        await pilot.press("enter")
        await pilot.pause()
        assert app.theme == "reader-mono"
        assert app.reading.theme() == "reader-mono"


async def test_theme_option_wins_for_this_run_only(make_app) -> None:
    app: ReaderApp = make_app(theme="reader-mono", config=Config(theme="reader-light"))
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        assert app.theme == "reader-mono"
    again: ReaderApp = make_app(config=Config(theme="reader-light"))
    async with again.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        assert again.theme == "reader-light"


async def test_entity_colours_follow_the_theme(make_app) -> None:
    app: ReaderApp = make_app(theme="reader-light")
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        view = app.screen.query_one(ArticleView)
        person = view.get_component_rich_style("article-view--person", partial=True)
        expected = Color.parse(app.current_theme.variables["entity-person"])
        assert Color.from_rich_color(person.color) == expected and person.bold
        app.theme = "nord"  # a built-in theme gets the app's default entity colours
        await pilot.pause()
        person = view.get_component_rich_style("article-view--person", partial=True)
        assert person.color is not None and person.bold


async def test_keymap_from_the_config_file_rebinds_keys(tmp_path: Path) -> None:
    path = default_config_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text('[keymap]\narticles.next = "x"\n"no.such.binding" = "z"\n', encoding="utf-8")
    folder = write_articles(tmp_path / "c", [(f"{i}.txt", f"Judul {i}\n\nIsi.") for i in range(3)])
    app = ReaderApp([str(folder)])
    async with app.run_test(size=(100, 30), notifications=True) as pilot:
        await settle(pilot)
        articles = app.screen.query_one(ArticleList)
        await pilot.press("j")
        assert articles.cursor == 0
        await pilot.press("x")
        assert articles.cursor == 1
        assert "no.such.binding" in screen_text(app)


async def test_a_bad_config_file_gives_a_notice_and_defaults(tmp_path: Path) -> None:
    path = default_config_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text('theme = "no-such-theme"\n[keymap\n', encoding="utf-8")
    app = ReaderApp()
    async with app.run_test(size=(120, 30), notifications=True) as pilot:
        await settle(pilot)
        assert app.theme == "reader-dark"
        assert "not valid TOML" in screen_text(app)


async def test_a_corrupt_state_file_is_set_aside_with_a_notice() -> None:
    path = default_state_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(b"garbage, not a database " * 40)
    app = ReaderApp(config=Config())
    async with app.run_test(size=(120, 30), notifications=True) as pilot:
        await settle(pilot)
        assert "damaged" in screen_text(app)
        await pilot.press("enter")
        assert app.is_running
    assert list(path.parent.glob("state.sqlite3.corrupt-*"))
    assert app.reading.store.path == path


async def test_the_place_is_saved_shortly_after_scrolling_stops(make_app, tmp_path: Path) -> None:
    from reader.ui.listing import article_key
    from reader.ui.reader_screen import PLACE_SAVE_DELAY

    app: ReaderApp = make_app([corpus(tmp_path)])
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await pilot.press("enter", *["j"] * 9)
        view = app.screen.query_one(ArticleView)
        assert view.anchor() != (0, 0)
        key = article_key(view.article)
        # no switching, no quitting: what is on disk a moment later is where the reader is
        await pilot.pause(PLACE_SAVE_DELAY + 0.3)
        assert app.store.position(key) == view.anchor()
        await pilot.press("j", "j", "j")
        await pilot.pause(PLACE_SAVE_DELAY + 0.3)
        assert app.store.position(key) == view.anchor()
