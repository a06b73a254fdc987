"""Reading flows: the seeds load, every article opens, keys scroll, the layout fits any size."""

from __future__ import annotations

import re
from pathlib import Path

from reader.ui.app import ReaderApp
from reader.ui.article_list import ArticleList
from reader.ui.article_view import MAX_TEXT_WIDTH, ArticleView
from tests.ui.conftest import screen_lines, screen_text, settle, wait_for_palette, write_articles

LONG = "Judul panjang\n\n" + "\n\n".join(
    f"Paragraf {i}: " + "kata yang cukup panjang untuk membungkus baris " * 6 for i in range(40)
)


async def test_seeds_show_five_articles_and_each_opens(make_app) -> None:
    app: ReaderApp = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        assert "seeds · 5 articles" in screen_lines(app)[0]
        articles = app.screen.query_one(ArticleList)
        view = app.screen.query_one(ArticleView)
        assert len(articles.listing) == 5
        await pilot.press("g")  # the first article read stays selected: start from the newest
        for row in range(5):
            article = articles.listing.article_at(row)
            if row:
                await pilot.press("j")
            await pilot.press("enter")
            await pilot.pause()
            assert view.article is article
            assert app.focused is view
            assert app.reading.is_read(article)
            assert article.title[:30] in screen_text(app)
            await pilot.press("h")
            assert app.focused is articles


async def test_article_keys_scroll_page_and_jump(make_app, tmp_path: Path) -> None:
    app: ReaderApp = make_app([write_articles(tmp_path / "c", [("long.txt", LONG)])])
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await pilot.press("enter")
        view = app.screen.query_one(ArticleView)
        height = view.scrollable_content_region.height
        await pilot.press("j", "j")
        assert view.scroll_offset.y == 2
        await pilot.press("k")
        assert view.scroll_offset.y == 1
        await pilot.press("space")
        assert view.scroll_offset.y == 1 + height - 2
        await pilot.press("b")
        assert view.scroll_offset.y == 1
        await pilot.press("G")
        assert view.scroll_offset.y == view.max_scroll_y > 0
        await pilot.press("g")
        assert view.scroll_offset.y == 0


async def test_space_pages_the_article_from_the_list(make_app, tmp_path: Path) -> None:
    app: ReaderApp = make_app([write_articles(tmp_path / "c", [("long.txt", LONG)])])
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        assert isinstance(app.focused, ArticleList)
        await pilot.press("space")
        assert app.screen.query_one(ArticleView).scroll_offset.y > 0


async def test_layout_fits_small_and_large_terminals_and_keeps_the_place(
    make_app, tmp_path: Path
) -> None:
    app: ReaderApp = make_app([write_articles(tmp_path / "c", [("long.txt", LONG)])])
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("enter", *["j"] * 30)
        view = app.screen.query_one(ArticleView)
        anchor = view.anchor()
        lines = screen_lines(app)
        assert len(lines) == 24 and all(len(line) <= 80 for line in lines)
        assert "Judul panjang" in lines[1]  # the sidebar still shows the title
        await pilot.resize_terminal(250, 70)
        await pilot.pause()
        assert view.anchor()[0] == anchor[0]
        assert view.text_width == MAX_TEXT_WIDTH
        widest = max(len(line.rstrip()) for line in screen_lines(app)[2:-2])
        assert widest <= 250
        await pilot.resize_terminal(80, 24)
        await pilot.pause()
        assert view.anchor()[0] == anchor[0]


async def test_the_article_list_follows_the_highlight(make_app, tmp_path: Path) -> None:
    folder = write_articles(
        tmp_path / "c", [(f"{i:02d}.txt", f"Artikel nomor {i}\n\nIsi {i}.") for i in range(30)]
    )
    app: ReaderApp = make_app([folder])
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        articles = app.screen.query_one(ArticleList)
        await pilot.press("G")
        assert articles.cursor == 29
        last = articles.listing.article_at(29)
        assert app.screen.query_one(ArticleView).article is last
        assert last.title in screen_text(app)
        assert not app.reading.is_read(last)  # highlighting previews; only opening marks read
        await pilot.press("g")
        assert articles.cursor == 0


async def test_help_shows_the_keys_of_the_focused_pane(make_app) -> None:
    app: ReaderApp = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("question_mark")
        text = screen_text(app)
        assert "Help: Articles" in text and "Open the highlighted article" in text
        await pilot.press("escape")
        await pilot.press("enter", "f1")
        text = screen_text(app)
        assert re.search(r"Help: Article(?!s)", text)
        assert "Scroll the article down one line" in text
        await pilot.press("escape")
        assert "Help:" not in screen_text(app)


async def test_palette_opens_an_article_by_title(make_app, tmp_path: Path) -> None:
    folder = write_articles(
        tmp_path / "c",
        [("a.txt", "Gempa di Sulawesi\n\nIsi."), ("b.txt", "Pemilu di Jakarta\n\nIsi.")],
    )
    app: ReaderApp = make_app([folder])
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await pilot.press("ctrl+p", *"jakrta")
        await wait_for_palette(pilot, "Pemilu di Jakarta")
        assert "Pemilu di Jakarta" in screen_text(app)
        await pilot.press("enter")
        await pilot.pause()
        view = app.screen.query_one(ArticleView)
        assert view.article is not None and view.article.title == "Pemilu di Jakarta"
        assert app.focused is view


async def test_q_quits(make_app) -> None:
    app: ReaderApp = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("q")
        await pilot.pause()
        assert not app.is_running


async def test_the_first_selection_holds_through_loading(make_app, tmp_path: Path) -> None:
    from datetime import datetime

    from reader.ui.loading import ArticlesArrived, Batch
    from tests.ui.articles import make_article

    folder = write_articles(tmp_path / "c", [("old.txt", "Berita lama\n\nIsi.")])
    app: ReaderApp = make_app([folder])
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        view = app.screen.query_one(ArticleView)
        articles = app.screen.query_one(ArticleList)
        first = view.article
        assert first is not None and articles.highlighted is first
        # Newer articles arrive while loading goes on: they go above, the selection stays.
        for order, year in ((5, 2030), (6, 2031)):
            newer = make_article(f"Berita {year}", ["Isi."], date=datetime(year, 1, 1), order=order)
            app.main_screen.post_message(ArticlesArrived(Batch([newer])))
            await pilot.pause()
            await pilot.pause()
            assert view.article is first and articles.highlighted is first
        assert articles.cursor == 2
        assert articles.scroll_offset.y == 0  # the newer ones above it are in view
        lines = [line[: articles.region.right] for line in screen_lines(app)]
        assert any("Berita 2031" in line for line in lines[1:4])
        assert view.article is first and "Berita lama" in screen_text(app)
        # So many arrive that it would fall below the list: the list scrolls to keep it shown.
        many = [
            make_article(f"Kabar {n}", ["Isi."], date=datetime(2040, 1, 1 + n), order=10 + n)
            for n in range(25)
        ]
        app.main_screen.post_message(ArticlesArrived(Batch(many)))
        await pilot.pause()
        await pilot.pause()
        assert view.article is first and articles.highlighted is first
        assert articles.cursor == 27
        sidebar = [line[: articles.region.right] for line in screen_lines(app)[1:29]]
        assert any("Berita lama" in line for line in sidebar)
