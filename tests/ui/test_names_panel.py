"""The "In this article" panel: names by kind with counts; choosing one moves the cursor."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from reader.state.config import Config
from reader.ui.app import ReaderApp
from reader.ui.entity_panel import KIND_TITLES, EntityPanel
from reader.ui.name_marks import KIND_OF_LABEL
from tests.ui.conftest import screen_text
from tests.ui.names_helpers import on_screen, open_first, write_news


async def test_the_panel_lists_the_names_by_kind_with_counts(make_app, tmp_path: Path) -> None:
    app: ReaderApp = make_app([write_news(tmp_path / "news")])
    async with app.run_test(size=(120, 40)) as pilot:
        view = await open_first(pilot)
        await pilot.press("e")
        panel = app.screen.query_one(EntityPanel)
        assert panel.display and app.focused is panel
        counts = Counter(m.entity for m in view.names.mentions)
        kinds = Counter(
            KIND_OF_LABEL[m.label] for m in {m.entity: m for m in view.names.mentions}.values()
        )
        shown = [panel.get_option_at_index(i) for i in range(panel.option_count)]
        rows = {option.id: option.prompt.plain for option in shown if option.id}
        assert set(rows) == set(counts)
        for entity_id, prompt in rows.items():
            entity = view.names.entities[entity_id]
            assert prompt.split()[0] == str(counts[entity_id])
            assert entity.name in prompt
        headings = [o.prompt.plain for o in shown if o.id is None]
        for kind, count in kinds.items():
            assert f"{KIND_TITLES[kind]} · {count}" in headings
        text = screen_text(app)
        assert KIND_TITLES["person"] in text


async def test_choosing_a_name_moves_the_cursor_to_its_first_mention(
    make_app, tmp_path: Path
) -> None:
    app: ReaderApp = make_app([write_news(tmp_path / "news")])
    async with app.run_test(size=(120, 40)) as pilot:
        view = await open_first(pilot)
        await pilot.press("e")
        panel = app.screen.query_one(EntityPanel)
        await pilot.press("j", "j", "k", "j")  # headings are skipped
        chosen = panel.highlighted_option
        assert chosen is not None and chosen.id
        await pilot.press("enter")
        first = next(m for m in view.shown_mentions() if m.entity == chosen.id)
        assert view.current_mention == first
        assert on_screen(view, first)
        assert app.focused is view and panel.display
        await pilot.press("tab")  # the cursor carries on from there
        order = view.shown_mentions()
        assert view.current_mention == order[order.index(first) + 1]
        assert panel.highlighted_option.id == view.current_mention.entity  # the panel follows
        await pilot.press("e")  # e closes the panel
        assert not panel.display
        await pilot.press("e", "escape")  # so does escape, handing focus back to the article
        assert not panel.display and app.focused is view


async def test_choosing_a_hidden_kind_shows_it_again(make_app, tmp_path: Path) -> None:
    app: ReaderApp = make_app([write_news(tmp_path / "news")])
    async with app.run_test(size=(120, 40)) as pilot:
        view = await open_first(pilot)
        await pilot.press("2", "e")
        panel = app.screen.query_one(EntityPanel)
        headings = [panel.get_option_at_index(i).prompt.plain for i in range(panel.option_count)]
        assert any(h.startswith(KIND_TITLES["place"]) and "hidden" in h for h in headings)
        place = next(m for m in view.names.mentions if m.label == "LOC")
        panel.highlighted = panel.get_option_index(place.entity)
        await pilot.press("enter")
        assert "place" not in view.hidden_kinds
        assert view.current_mention is not None and view.current_mention.entity == place.entity


async def test_help_lists_the_keys_for_names(make_app, tmp_path: Path) -> None:
    app: ReaderApp = make_app([write_news(tmp_path / "news")])
    async with app.run_test(size=(120, 50)) as pilot:
        await open_first(pilot)
        await pilot.press("question_mark")
        await pilot.pause()
        text = screen_text(app)
        for expected in (
            "Move the name cursor to the next name",
            "Show every mention of the name under the cursor",
            "Show or hide the names in this article",
            "Hide or show the highlighting of people",
        ):
            assert expected in text
        await pilot.press("escape", "e", "question_mark")
        await pilot.pause()
        assert "Help: Names in this article" in screen_text(app)


async def test_the_name_keys_can_be_rebound(make_app, tmp_path: Path) -> None:
    keymap = {"names.toggle-person": "p", "names.panel": "ctrl+e"}
    app: ReaderApp = make_app([write_news(tmp_path / "news")], config=Config(keymap=keymap))
    async with app.run_test(size=(120, 40)) as pilot:
        view = await open_first(pilot)
        await pilot.press("p")
        assert view.hidden_kinds == {"person"}
        await pilot.press("1")
        assert view.hidden_kinds == {"person"}
        await pilot.press("ctrl+e")
        assert app.screen.query_one(EntityPanel).display


async def test_in_a_narrow_terminal_the_panel_takes_the_sidebars_place(
    make_app, tmp_path: Path
) -> None:
    app: ReaderApp = make_app([write_news(tmp_path / "news")])
    async with app.run_test(size=(80, 24)) as pilot:
        view = await open_first(pilot)
        sidebar = app.screen.query_one("#articles")
        width = view.size.width
        await pilot.press("e")
        await pilot.pause()
        assert not sidebar.display
        assert view.size.width >= width  # the article keeps its room
        await pilot.press("e")
        await pilot.pause()
        assert sidebar.display and view.size.width == width
        await pilot.press("e", "h")  # back to the list: the panel makes way
        await pilot.pause()
        assert sidebar.display and app.focused is sidebar
        assert not app.screen.query_one(EntityPanel).display
        await pilot.press("l")
        await pilot.resize_terminal(120, 40)
        await pilot.press("e")
        await pilot.pause()
        assert sidebar.display  # wide enough for all three
