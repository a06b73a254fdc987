"""Routine news goes to the status line; toasts, kept for what needs attention, hide no
reading text."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets._toast import Toast

from reader.state.config import default_config_path
from reader.ui.app import ReaderApp
from reader.ui.article_view import ArticleView
from reader.ui.entity_status import EntityStatus
from reader.ui.indexing import IndexReady, NameIndexer
from tests.ui.conftest import screen_text, settle, wait_until, write_articles

ARTICLES = [(f"{i}.txt", f"Kabar nomor {i}\n\nIsi kabar yang cukup panjang {i}.") for i in range(3)]


@pytest.mark.parametrize("size", [(80, 24), (120, 40), (220, 60)])
async def test_a_config_warning_is_a_toast_beside_the_article(
    tmp_path: Path, size: tuple[int, int]
) -> None:
    path = default_config_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text('theme = "no-such-theme"\n', encoding="utf-8")
    app = ReaderApp([str(write_articles(tmp_path / "c", ARTICLES))])
    async with app.run_test(size=size, notifications=True) as pilot:
        await wait_until(pilot, lambda: bool(app.screen.query(Toast)))
        toasts = list(app.screen.query(Toast))
        assert toasts and "no-such-theme" in screen_text(app)
        text_left = app.screen.query_one(ArticleView).content_region.x
        for toast in toasts:
            assert toast.region.right <= text_left, (toast.region, text_left)


async def test_names_indexed_is_told_on_the_status_line_not_in_a_toast(tmp_path: Path) -> None:
    app = ReaderApp([str(write_articles(tmp_path / "c", ARTICLES))])
    async with app.run_test(size=(100, 30), notifications=True) as pilot:
        await settle(pilot)
        screen = app.main_screen
        screen.query_one(NameIndexer).post_message(IndexReady(screen.index, seconds=12.0))
        await pilot.pause()
        status = screen.article_pane.query_one(EntityStatus)
        assert status.news.startswith("Names indexed: ")
        assert "Names indexed" in screen_text(app)
        assert not app.screen.query(Toast)
        status.clear_news()  # after a few seconds the line goes back to its hint
        await pilot.pause()
        assert "Names indexed" not in screen_text(app)
