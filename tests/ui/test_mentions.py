"""The mentions view: opened from a name in the article (enter or a click), grouped by
article newest first, flat mode, the filter, "appears with", and a name with 7,000 mentions."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

import pytest
from textual.app import App

from reader.entities.model import Entity
from reader.ui.app import ReaderApp
from reader.ui.article_view import ArticleView
from reader.ui.companion_bar import CompanionBar
from reader.ui.mentions_list import MentionsList
from reader.ui.mentions_screen import MentionChoice, MentionsScreen
from reader.ui.themes import reader_variables
from tests.index.helpers import make_article, make_index
from tests.ui.conftest import screen_lines, screen_text, wait_until
from tests.ui.names_corpus import names_ready, use_hand_linked_index, write_corpus

SIZE = (120, 40)


def reader(make_app, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> ReaderApp:
    use_hand_linked_index(monkeypatch)
    return make_app([write_corpus(tmp_path / "berita")])


def list_lines(app: App) -> list[str]:
    """The rows of the mentions list on screen, as text."""
    listing = app.screen.query_one(MentionsList)
    region = listing.content_region
    return [
        line[region.x : region.right].rstrip()
        for line in screen_lines(app)[region.y : region.bottom]
    ]


def filtered(app: App) -> bool:
    """Whether the mentions view has finished filtering (the filter runs in a thread)."""
    view = app.screen
    return not any(worker.node is view and not worker.is_finished for worker in app.workers)


def companions_shown(app: App) -> bool:
    """Whether the mentions view shows the names that appear with its name."""
    return app.screen.query_one(CompanionBar).companions is not None


def cursor_line(app: App) -> str:
    listing = app.screen.query_one(MentionsList)
    return list_lines(app)[listing.cursor - listing.scroll_offset.y]


async def open_kim_article(pilot) -> ArticleView:
    await pilot.press("g", "j", "enter")  # the second newest: Kim Jong Un tiba di Vladivostok
    view = pilot.app.screen.query_one(ArticleView)
    assert view.article.title == "Kim Jong Un tiba di Vladivostok"
    return view


async def test_enter_on_a_name_lists_its_mentions_newest_article_first(
    make_app, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    app = reader(make_app, tmp_path, monkeypatch)
    async with app.run_test(size=SIZE) as pilot:
        await names_ready(pilot)
        await open_kim_article(pilot)
        await pilot.press("tab", "enter")  # the first name: Kim Jong Un, in the title
        screen = app.screen
        assert isinstance(screen, MentionsScreen) and screen.entity_id == "kim-jong-un"
        text = screen_text(app)
        assert "Kim Jong Un  [person]  4 mentions in 2 articles" in text
        assert "Also: Kim" in text
        rows = list_lines(app)
        assert rows[0].startswith(" 13 Sep 2023 · Seoul menyatakan keprihatinan")
        assert rows[0].endswith("1 mention")
        assert "mengkritik pertemuan Kim dan Vladimir Putin." in rows[1]
        assert rows[2].startswith(" 12 Sep 2023 · Kim Jong Un tiba di Vladivostok")
        assert rows[2].endswith("3 mentions")
        # the cursor starts on the mention the reader chose: the title's
        assert cursor_line(app).strip() == "Kim Jong Un tiba di Vladivostok"
        await pilot.press("down", "enter")
        view = app.screen.query_one(ArticleView)
        assert view.current_mention is not None and view.current_mention.block == 2


async def test_a_click_on_a_name_then_again_lists_its_mentions(
    make_app, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    app = reader(make_app, tmp_path, monkeypatch)
    async with app.run_test(size=SIZE) as pilot:
        await names_ready(pilot)
        await open_kim_article(pilot)
        lines = screen_lines(app)
        y = next(i for i, line in enumerate(lines) if "Presiden Vladimir Putin" in line)
        x = lines[y].index("Vladimir Putin") + 2
        await pilot.click(offset=(x, y))  # selects the name
        assert not isinstance(app.screen, MentionsScreen)
        await pilot.click(offset=(x, y))  # a click on the selected name opens its mentions
        assert isinstance(app.screen, MentionsScreen)
        assert app.screen.entity_id == "vladimir-putin"
        assert "Presiden Vladimir Putin." in cursor_line(app)


async def test_flat_mode_and_the_filter(
    make_app, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    app = reader(make_app, tmp_path, monkeypatch)
    async with app.run_test(size=SIZE) as pilot:
        await names_ready(pilot)
        await pilot.press("slash", *"putin", "enter", "down")
        assert "Presiden Vladimir Putin." in cursor_line(app)
        await pilot.press("f")  # flat: one row per mention, its article on the left
        rows = [row for row in list_lines(app) if row.strip()]
        assert len(rows) == 4
        assert rows[0].startswith(" 13 Sep 2023 Seoul menyatakan")
        assert "Presiden Vladimir Putin." in cursor_line(app)  # the same mention
        assert "flat" in screen_text(app)

        await pilot.press("slash", *"stasiun")
        await wait_until(pilot, lambda: filtered(app))
        rows = [row for row in list_lines(app) if row.strip()]
        assert len(rows) == 1 and "Putin menyambut tamunya di stasiun" in rows[0]
        assert "1 of 4 match" in screen_text(app)
        await pilot.press("enter", "f")  # back in the list: grouped again, still filtered
        await wait_until(pilot, lambda: filtered(app))
        rows = [row for row in list_lines(app) if row.strip()]
        assert rows[0].startswith(" 12 Sep 2023 · Kim Jong Un tiba di Vladivostok")
        assert rows[0].endswith("1 of 2 mentions")
        assert len(rows) == 2
        await pilot.press("slash", "escape")  # escape in the filter clears it
        rows = [row for row in list_lines(app) if row.strip()]
        assert len(rows) == 7  # three headers, four mentions
        await pilot.press("escape")  # closes
        assert not isinstance(app.screen, MentionsScreen)


async def test_appears_with_opens_the_mentions_of_another_name(
    make_app, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    app = reader(make_app, tmp_path, monkeypatch)
    async with app.run_test(size=SIZE) as pilot:
        await names_ready(pilot)
        await pilot.press("slash", *"putin", "enter")
        await wait_until(pilot, lambda: companions_shown(app))
        assert "Appears with: Kim Jong Un 2  Joko Widodo 2  Rusia 2" in screen_text(app)
        await pilot.press("tab")
        assert isinstance(app.focused, CompanionBar)
        await pilot.press("right", "enter")  # Joko Widodo
        await wait_until(pilot, lambda: companions_shown(app))
        screen = app.screen
        assert isinstance(screen, MentionsScreen) and screen.entity_id == "joko-widodo"
        assert "Joko Widodo  [person]  4 mentions in 2 articles" in screen_text(app)
        assert app.focused is screen.mentions_list
        await pilot.press("enter")
        view = app.screen.query_one(ArticleView)
        assert view.current_mention.entity == "joko-widodo"
        await pilot.press("right_square_bracket")  # `]` now steps through Joko Widodo
        assert view.current_mention.entity == "joko-widodo"


async def test_a_click_on_a_name_that_appears_with_it_shows_that_name(
    make_app, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    app = reader(make_app, tmp_path, monkeypatch)
    async with app.run_test(size=SIZE) as pilot:
        await names_ready(pilot)
        await pilot.press("slash", *"putin", "enter")
        await wait_until(pilot, lambda: companions_shown(app))
        bar = app.screen.query_one(CompanionBar)
        line = screen_lines(app)[bar.content_region.y]
        x = line.index("Rusia 2") + 1
        await pilot.click(offset=(x, bar.content_region.y))
        await wait_until(pilot, lambda: companions_shown(app))
        assert app.screen.entity_id == "rusia"
        assert "Rusia  [place]  2 mentions in 2 articles" in screen_text(app)


class MentionsApp(App[None]):
    """The mentions view alone, over a given index."""

    def __init__(self, index, entity_id: str) -> None:
        super().__init__()
        self.index = index
        self.entity_id = entity_id
        self.chosen: MentionChoice | None = None

    def get_theme_variable_defaults(self) -> dict[str, str]:
        return reader_variables(self.current_theme)

    def on_mount(self) -> None:
        self.push_screen(MentionsScreen(self.index, self.entity_id), self._chosen)

    def _chosen(self, choice: MentionChoice | None) -> None:
        self.chosen = choice


def busy_index(articles: int = 600, per_article: int = 12):
    """An entity mentioned `per_article` times in each of `articles` articles."""
    start = datetime(2020, 1, 1)
    sentence = "Menurut Jakarta, rapat hari ini membahas anggaran. "
    corpus = [
        make_article(
            f"a{n}", f"Berita nomor {n}", [sentence * per_article], date=start + timedelta(days=n)
        )
        for n in range(articles)
    ]
    mentions = [(a.id, 1, "Jakarta", "LOC", "jakarta") for a in corpus for _ in range(per_article)]
    return make_index(corpus, mentions, [Entity("jakarta", "Jakarta", "LOC")])


async def test_a_name_with_thousands_of_mentions_lists_them_all() -> None:
    app = MentionsApp(busy_index(), "jakarta")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert "Jakarta  [place]  7200 mentions in 600 articles" in screen_text(app)
        rows = list_lines(app)
        assert rows[0].startswith(" 22 Aug 2021 · Berita nomor 599")  # newest first
        assert rows[0].endswith("12 mentions")
        await pilot.press("end")
        rows = list_lines(app)
        assert rows[-13].startswith(" 1 Jan 2020 · Berita nomor 0 ")  # the oldest article
        assert "Menurut Jakarta, rapat hari ini" in rows[-1]
        await pilot.press("enter")
        assert app.chosen == MentionChoice("jakarta", 7200)
