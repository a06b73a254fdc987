"""The entity cursor: tab/shift+tab in reading order, kept visible and drawn reversed, the
status line, clicks, enter posting NameActivated, escape, and jumps with go_to."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.message import Message

from reader.ui import name_cursor
from reader.ui.app import ReaderApp
from reader.ui.article_view import ArticleView
from reader.ui.entity_status import EntityStatus
from tests.ui.names_helpers import (
    cell_of,
    long_article,
    mention_text,
    on_screen,
    open_first,
    style_at,
    write_news,
)


def recorder() -> tuple[list[ArticleView.NameActivated], object]:
    """A message hook that keeps every NameActivated posted (once, though it bubbles)."""
    seen: list[ArticleView.NameActivated] = []

    def hook(message: Message) -> None:
        if isinstance(message, ArticleView.NameActivated) and all(m is not message for m in seen):
            seen.append(message)

    return seen, hook


async def test_tab_walks_the_names_in_reading_order_and_back(make_app, tmp_path: Path) -> None:
    app: ReaderApp = make_app([write_news(tmp_path / "news")])
    async with app.run_test(size=(120, 40)) as pilot:
        view = await open_first(pilot)
        order = view.shown_mentions()
        assert len(order) >= 4
        walked = []
        for _ in order:
            await pilot.press("tab")
            mention = view.current_mention
            assert mention is not None and on_screen(view, mention)
            x, y = cell_of(view, mention)
            assert style_at(app, x, y).reverse
            walked.append(mention)
        assert walked == order
        await pilot.press("tab")  # past the last name: round to the first
        assert view.current_mention == order[0]
        await pilot.press("shift+tab")
        assert view.current_mention == order[-1]
        await pilot.press("shift+tab")
        assert view.current_mention == order[-2]
        x, y = cell_of(view, order[-1])
        assert not style_at(app, x, y).reverse  # only the name under the cursor is reversed


async def test_the_cursor_stays_visible_in_a_long_article(make_app, tmp_path: Path) -> None:
    folder = tmp_path / "long"
    folder.mkdir()
    (folder / "pidato.txt").write_text(long_article(40), encoding="utf-8")
    app: ReaderApp = make_app([folder])
    async with app.run_test(size=(90, 24)) as pilot:
        view = await open_first(pilot)
        order = view.shown_mentions()
        assert len(order) > 60
        for _ in range(len(order)):
            await pilot.press("tab")
            assert on_screen(view, view.current_mention)
        assert view.scroll_offset.y > 0
        for _ in range(len(order) // 2):
            await pilot.press("shift+tab")
            assert on_screen(view, view.current_mention)
        # Scrolled away from the cursor, tab starts from the first name on screen.
        await pilot.press("G")
        await pilot.press("tab")
        assert on_screen(view, view.current_mention)
        assert view.current_mention in order[len(order) // 2 :]


async def test_the_status_line_describes_the_name_under_the_cursor(
    make_app, tmp_path: Path
) -> None:
    app: ReaderApp = make_app([write_news(tmp_path / "news")])
    async with app.run_test(size=(120, 40)) as pilot:
        view = await open_first(pilot)
        status = app.screen.query_one(EntityStatus)
        assert "tab next name" in status.text
        person = next(m for m in view.shown_mentions() if m.label == "PER")
        view.select_mention(person.block, person.start)
        await pilot.pause()
        index = app.main_screen.index
        entity = index.entity(person.entity)
        text = status.text
        assert text.startswith(entity.name)
        assert " · person · " in text
        assert f"{entity.mentions} mention" in text and f"in {entity.articles} article" in text
        for alias in entity.aliases[:2]:
            assert alias in text
        await pilot.press("escape")  # escape takes the cursor off the name first
        assert view.current_mention is None
        await pilot.pause()
        assert "tab next name" in status.text
        assert app.focused is view
        await pilot.press("escape")
        assert app.focused is not view


async def test_enter_posts_name_activated_for_the_name_under_the_cursor(
    make_app, tmp_path: Path
) -> None:
    seen, hook = recorder()
    app: ReaderApp = make_app([write_news(tmp_path / "news")])
    async with app.run_test(size=(120, 40), message_hook=hook) as pilot:
        view = await open_first(pilot)
        await pilot.press("enter")  # no name selected: nothing to activate
        await pilot.pause()
        assert seen == []
        await pilot.press("tab", "tab")
        mention = view.current_mention
        await pilot.press("enter")
        await pilot.pause()
        assert len(seen) == 1
        activated = seen[0]
        assert (activated.entity_id, activated.article_id) == (mention.entity, view.article.id)
        assert (activated.block, activated.start) == (mention.block, mention.start)


async def test_a_click_selects_a_name_and_a_second_click_activates_it(
    make_app, tmp_path: Path
) -> None:
    seen, hook = recorder()
    app: ReaderApp = make_app([write_news(tmp_path / "news")])
    async with app.run_test(size=(120, 40), message_hook=hook) as pilot:
        view = await open_first(pilot)
        target = next(m for m in view.shown_mentions() if m.block > 0 and on_screen(view, m))
        x, y = cell_of(view, target)
        await pilot.click(offset=(x + 1, y))
        assert view.current_mention == target
        assert style_at(app, x, y).reverse
        assert seen == []
        await pilot.click(offset=(x + 1, y))
        await pilot.pause()
        assert [(m.block, m.start) for m in seen] == [(target.block, target.start)]
        if app.screen is not app.main_screen:  # a handler opened the mentions: come back
            await pilot.press("escape")
        # A click on plain text selects nothing new.
        await pilot.click(offset=(x - 2, y))
        assert view.current_mention == target


async def test_go_to_puts_a_mention_a_third_down_and_flashes_it(
    make_app, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    flash = 3.0  # long enough to be seen on a loaded machine, short enough to wait out
    monkeypatch.setattr(name_cursor, "FLASH_SECONDS", flash)
    folder = tmp_path / "long"
    folder.mkdir()
    (folder / "pidato.txt").write_text(long_article(40), encoding="utf-8")
    app: ReaderApp = make_app([folder])
    async with app.run_test(size=(90, 30)) as pilot:
        view = await open_first(pilot)
        far = view.shown_mentions()[len(view.shown_mentions()) // 2]
        view.go_to(far.block, far.start, flash=True)
        await pilot.pause()
        region = view.name_region(far.block, far.start)
        third = view.scrollable_content_region.height // 3
        assert region.y - view.scroll_offset.y == third
        x, y = cell_of(view, far)
        flashed = style_at(app, x, y)
        assert flashed.bgcolor is not None and flashed.bgcolor != style_at(app, x - 2, y).bgcolor
        await pilot.pause(flash + 0.5)
        assert style_at(app, x, y).bgcolor == style_at(app, x - 2, y).bgcolor
        place = view.position()
        view.go_to(0, 0, top=True)
        await pilot.pause()
        assert view.scroll_offset.y == 0
        view.go_to(*place, top=True)
        await pilot.pause()
        assert view.position() == place
        assert mention_text(view, far) in {"Joko Widodo", "Jakarta", "Presiden Joko Widodo"}
