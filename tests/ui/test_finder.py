"""The finder (`/`): names with typos and aliases, kind filters, recents, articles, keys,
the palette's names, and what it says before the names are indexed."""

from __future__ import annotations

import asyncio
import re
from pathlib import Path

import pytest
from textual.widget import Widget

from reader.ui.app import ReaderApp
from reader.ui.article_view import ArticleView
from reader.ui.finder_screen import INDEXING_NOTE, FinderScreen
from reader.ui.indexing import NameIndexer
from reader.ui.mentions_screen import MentionsScreen
from tests.ui.conftest import (
    finder_preview_complete,
    screen_lines,
    screen_text,
    settle,
    wait_for_palette,
    wait_until,
    write_articles,
)
from tests.ui.names_corpus import names_ready, use_hand_linked_index, write_corpus

SIZE = (120, 40)


def reader(make_app, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> ReaderApp:
    use_hand_linked_index(monkeypatch)
    return make_app([write_corpus(tmp_path / "berita")])


def shown_in(app: ReaderApp, widget: Widget) -> str:
    """The text `widget` shows on screen, its lines joined with single spaces."""
    region = widget.content_region
    lines = screen_lines(app)[region.y : region.bottom]
    return " ".join(" ".join(line[region.x : region.right].split()) for line in lines).strip()


def result_lines(app: ReaderApp) -> list[str]:
    """The result rows on screen, as text."""
    finder = app.screen
    assert isinstance(finder, FinderScreen)
    results = finder.results
    top = results.content_region.y
    lines = screen_lines(app)[top : top + len(results.hits)]
    return [line[results.content_region.x : results.content_region.right] for line in lines]


def preview_shows_highlighted(app: ReaderApp) -> bool:
    """Whether the finder's preview shows its highlighted result."""
    finder = app.screen
    assert isinstance(finder, FinderScreen)
    hit = finder.results.highlighted_hit
    return hit is not None and shown_in(app, finder.preview).startswith(hit.name)


def results_shown(app: ReaderApp) -> bool:
    """Whether the finder shows results for what has been typed."""
    finder = app.screen
    assert isinstance(finder, FinderScreen)
    return finder.shown_query == finder.query_text and bool(finder.results.hits)


async def test_a_typo_finds_the_name_with_its_kind_and_counts(
    make_app, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    app = reader(make_app, tmp_path, monkeypatch)
    async with app.run_test(size=SIZE) as pilot:
        await names_ready(pilot)
        await pilot.press("slash", *"vladimr")
        rows = result_lines(app)
        assert "person" in rows[0] and "Vladimir Putin" in rows[0]
        assert "4 mentions · 3 articles" in rows[0]
        # the preview: kind, counts, aliases, who it appears with, its latest mention
        await wait_until(pilot, lambda: finder_preview_complete(app))
        text = shown_in(app, app.screen.preview)
        assert "person · 4 mentions in 3 articles also Putin" in text
        assert "Appears with Kim Jong Un 2 · Joko Widodo 2 · Rusia 2" in text
        assert (
            "Latest mention 13 Sep 2023 · Seoul menyatakan keprihatinan atas kunjungan ke Rusia "
            "Kementerian Luar Negeri Korea Selatan mengkritik pertemuan Kim dan Vladimir Putin."
        ) in text
        await pilot.press("enter")
        assert isinstance(app.screen, MentionsScreen)
        assert app.screen.entity_id == "vladimir-putin"


async def test_an_alias_hit_shows_the_alias_that_matched(
    make_app, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    app = reader(make_app, tmp_path, monkeypatch)
    async with app.run_test(size=SIZE) as pilot:
        await names_ready(pilot)
        await pilot.press("slash", *"jokowi")
        first = result_lines(app)[0]
        assert "Joko Widodo  (as Jokowi)" in first
        assert "4 mentions · 2 articles" in first


async def test_kind_filters_keep_people_or_articles(
    make_app, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    app = reader(make_app, tmp_path, monkeypatch)
    async with app.run_test(size=SIZE) as pilot:
        await names_ready(pilot)
        await pilot.press("slash", *"ko")
        finder = app.screen
        kinds = {hit.label or hit.kind for hit in finder.results.hits}
        assert {"PER", "LOC", "ORG", "article"} <= kinds  # Joko, Korea, Kementerian, titles
        await pilot.press("home", "p", "colon")
        assert finder.results.hits and all(h.label == "PER" for h in finder.results.hits)
        assert "Joko Widodo" in result_lines(app)[0]
        await pilot.press("home", "delete", "a")  # "a:ko"
        hits = finder.results.hits
        assert hits and all(h.kind == "article" for h in hits)
        assert all("article" in row for row in result_lines(app))


async def test_an_article_hit_opens_the_article(
    make_app, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    app = reader(make_app, tmp_path, monkeypatch)
    async with app.run_test(size=SIZE) as pilot:
        await names_ready(pilot)
        await pilot.press("slash", *"a:pameran")
        row = result_lines(app)[0]
        assert "Presiden Joko Widodo membuka pameran di Jakarta" in row
        assert "10 Sep 2023" in row
        await wait_until(pilot, lambda: preview_shows_highlighted(app))
        preview = shown_in(app, app.screen.preview)
        assert preview.startswith("Presiden Joko Widodo membuka pameran di Jakarta")
        assert "Warta Ibu Kota · 10 Sep 2023 09:30" in preview
        assert "Presiden Joko Widodo membuka pameran dagang di Jakarta pada Minggu." in preview
        await pilot.press("enter")
        view = app.screen.query_one(ArticleView)
        assert view.article.title == "Presiden Joko Widodo membuka pameran di Jakarta"
        assert app.focused is view


async def test_the_empty_query_lists_recent_choices_first(
    make_app, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    app = reader(make_app, tmp_path, monkeypatch)
    async with app.run_test(size=SIZE) as pilot:
        await names_ready(pilot)
        await pilot.press("slash")
        names = [hit.name for hit in app.screen.results.hits]
        assert names[:3] == ["Kim Jong Un", "Vladimir Putin", "Joko Widodo"]  # most mentioned
        await pilot.press(*"seoul", "enter", "escape")  # the place; close its mentions
        await pilot.press("slash", *"a:seoul", "enter")  # an article
        await pilot.press("slash")
        recent = [(hit.kind, hit.name) for hit in app.screen.results.hits[:2]]
        assert recent == [
            ("article", "Seoul menyatakan keprihatinan atas kunjungan ke Rusia"),
            ("entity", "Seoul"),
        ]
        assert "Recent and most mentioned" in screen_text(app)


async def test_keys_move_the_highlight_while_typing(
    make_app, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    app = reader(make_app, tmp_path, monkeypatch)
    async with app.run_test(size=SIZE) as pilot:
        await names_ready(pilot)
        await pilot.press("slash", *"ko")
        finder = app.screen
        assert finder.results.cursor == 0
        await pilot.press("down", "ctrl+n")
        assert finder.results.cursor == 2
        await pilot.press("ctrl+p")  # moves up: the palette does not open over the finder
        assert finder.results.cursor == 1 and app.screen is finder
        await pilot.press("up", "up")
        assert finder.results.cursor == 0
        chosen = finder.results.hits[0]
        await pilot.press("escape")
        assert not isinstance(app.screen, FinderScreen)
        assert chosen.name  # nothing was opened
        assert not isinstance(app.screen, MentionsScreen)


async def test_before_names_are_indexed_titles_are_found_and_it_says_so(
    make_app, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(NameIndexer, "start_build", lambda indexer: None)
    monkeypatch.setattr(NameIndexer, "request_names", lambda indexer, article: None)
    app: ReaderApp = make_app([write_corpus(tmp_path / "berita")])
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("slash", *"vladivostok")
        assert INDEXING_NOTE.text in screen_text(app)
        hits = app.screen.results.hits
        assert [h.kind for h in hits] == ["article"]
        assert hits[0].name == "Kim Jong Un tiba di Vladivostok"
        await pilot.press("enter")
        view = app.screen.query_one(ArticleView)
        assert view.article.title == "Kim Jong Un tiba di Vladivostok"


async def test_names_arriving_while_the_finder_is_open_are_searched(
    make_app, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    started = asyncio.Event()

    def later(indexer: NameIndexer) -> None:
        started.set()

    use_hand_linked_index(monkeypatch)
    build = NameIndexer.start_build
    monkeypatch.setattr(NameIndexer, "start_build", later)
    app: ReaderApp = make_app([write_corpus(tmp_path / "berita")])
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("slash", *"putin")
        assert [h.kind for h in app.screen.results.hits] == []
        build(app.main_screen.query_one(NameIndexer))  # the index is ready now
        await names_ready(pilot)
        assert app.screen.results.hits[0].name == "Vladimir Putin"
        assert INDEXING_NOTE.text not in screen_text(app)


async def test_untrusted_names_and_titles_are_shown_literally(make_app, tmp_path: Path) -> None:
    title = "Laporan [@click=app.quit]klik[/] dan [bold red]merah[/]"
    folder = write_articles(tmp_path / "c", [("x.txt", f"{title}\n\nIsi berita singkat.")])
    app: ReaderApp = make_app([folder])
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("slash", *"a:laporan")
        await wait_until(pilot, lambda: results_shown(app))
        row = result_lines(app)[0]
        assert "[@click=app.quit]klik[/]" in row and "[bold red]merah[/]" in row
        finder = app.screen
        await pilot.click(finder.results, offset=(30, 0))
        assert app.is_running


async def test_the_palette_finds_names_and_opens_their_mentions(
    make_app, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    app = reader(make_app, tmp_path, monkeypatch)
    async with app.run_test(size=SIZE) as pilot:
        await names_ready(pilot)
        await pilot.press("ctrl+p", *"vladimr")
        await wait_for_palette(pilot, "Vladimir Putin")
        assert "Vladimir Putin  4 mentions · 3 articles" in screen_text(app)
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, MentionsScreen)
        assert app.screen.entity_id == "vladimir-putin"


async def test_help_lists_the_keys_for_names_and_jumps(
    make_app, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    app = reader(make_app, tmp_path, monkeypatch)
    async with app.run_test(size=SIZE) as pilot:
        await names_ready(pilot)
        await pilot.press("question_mark")
        text = screen_text(app)
        assert "Find a name or an article title" in text
        assert "Next mention of the name" in text
        assert re.search(r"\^o alt\+←\s+jumps\.back\s+Back to where you were before the last", text)
        assert re.search(r"\^i alt\+→\s+jumps\.forward\s+Forward again in the jump list", text)
        await pilot.press("escape", "slash", "f1")
        await pilot.pause()
        text = screen_text(app)
        assert "Help: Finder" in text
        assert "Highlight the previous result" in text
        await pilot.press("escape", "escape", "slash", *"putin", "enter", "question_mark")
        await pilot.pause()
        text = screen_text(app)
        assert "Help: Mentions list" in text
        assert "List the mentions flat or grouped by article" in text
