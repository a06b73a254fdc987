"""Names found in the background: on demand before the index exists, the index build with
its progress line, IndexReady repainting the article, the cache, and failures as notices."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

from reader.index.build import IndexBuilder
from reader.ui.app import ReaderApp
from reader.ui.entity_status import EntityStatus
from reader.ui.indexing import IndexReady, NameIndexer
from tests.ui.conftest import screen_text, settle, wait_until
from tests.ui.names_helpers import open_first, wait_for_index, wait_for_names, write_news


async def test_an_article_opened_before_the_build_gets_its_names_at_once(
    make_app, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    build = NameIndexer.start_build
    monkeypatch.setattr(NameIndexer, "start_build", lambda self: None)  # the build is late
    ready: list[IndexReady] = []
    app: ReaderApp = make_app([write_news(tmp_path / "news")])
    hook = lambda m: ready.append(m) if isinstance(m, IndexReady) else None  # noqa: E731
    async with app.run_test(size=(120, 40), message_hook=hook) as pilot:
        view = await open_first(pilot)
        screen = app.main_screen
        assert screen.index is None
        assert view.names.provisional and view.name_count > 0
        await pilot.press("tab")
        status = app.screen.query_one(EntityStatus).text
        assert "in this article (indexing…)" in status
        await pilot.press("j")  # the reader can move on meanwhile
        await pilot.press("tab")
        kept = view.current_mention
        build(screen.query_one(NameIndexer))
        await wait_for_index(pilot)
        assert ready and ready[0].index is screen.index
        assert view.names is not None and not view.names.provisional
        assert view.names.mentions == screen.index.mentions_in(view.article.id)
        assert view.current_mention == kept  # repainting keeps the cursor where it was
        assert " in this article" not in app.screen.query_one(EntityStatus).text


async def test_the_build_shows_progress_and_hides_it_when_done(
    make_app, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("reader.ui.indexing.PROGRESS_AFTER", 0.01)
    release = threading.Event()
    real_build = IndexBuilder.build

    def slow_build(self, progress=None, cancelled=None):
        if progress is not None:
            progress(1, 2)
        release.wait(10)
        return real_build(self, progress, cancelled)

    monkeypatch.setattr(IndexBuilder, "build", slow_build)
    app: ReaderApp = make_app([write_news(tmp_path / "news")])
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_until(pilot, lambda: "Finding names… 1 of 2 articles" in screen_text(app))
        assert "Finding names… 1 of 2 articles" in screen_text(app)
        await pilot.press("enter")  # readable while the names are being found
        assert app.main_screen.article_pane.view.article is not None
        release.set()
        await wait_for_index(pilot)
        await pilot.pause()
        assert not app.screen.query_one(NameIndexer).display
        assert "Finding names" not in screen_text(app)


async def test_a_second_start_reads_the_index_from_the_cache(make_app, tmp_path: Path) -> None:
    folder = write_news(tmp_path / "news")
    first: ReaderApp = make_app([folder])
    async with first.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await wait_for_index(pilot)
        assert first.main_screen.builder.recognised_count > 0
    second: ReaderApp = make_app([folder])
    async with second.run_test(size=(120, 40)) as pilot:
        view = await open_first(pilot)
        await wait_for_index(pilot)
        assert second.main_screen.builder.recognised_count == 0
        assert view.name_count > 0


async def test_a_failing_build_becomes_a_notice_and_reading_goes_on(
    make_app, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken_build(self, progress=None, cancelled=None):
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(IndexBuilder, "build", broken_build)
    app: ReaderApp = make_app([write_news(tmp_path / "news")])
    async with app.run_test(size=(120, 40)) as pilot:
        view = await open_first(pilot)  # names on demand still come
        await wait_until(
            pilot, lambda: any("not be indexed" in n.message for n in app._notifications)
        )
        notices = [n.message for n in app._notifications]
        assert any("Names could not be indexed: RuntimeError: disk on fire" in n for n in notices)
        assert app.main_screen.index is None and app.is_running
        await pilot.press("tab")
        assert view.current_mention is not None


async def test_names_of_an_article_are_painted_when_they_arrive(make_app, tmp_path: Path) -> None:
    app: ReaderApp = make_app([write_news(tmp_path / "news")])
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        view = app.main_screen.article_pane.view
        await wait_for_names(pilot, view)
        first = view.article
        await pilot.press("j")
        assert view.article is not first
        await wait_for_names(pilot, view)
        assert view.names.mentions == app.main_screen.index.mentions_in(view.article.id)
