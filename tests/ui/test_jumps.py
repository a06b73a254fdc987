"""Jumping by name: finder → mentions → jump, `]`/`[` across articles, the jump list (ctrl+o,
ctrl+i, alt+left/right), escape right after jumps, and the jump list after a restart."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.state.config import Config
from reader.ui import name_cursor
from reader.ui.app import ReaderApp
from reader.ui.article_view import ArticleView
from reader.ui.entity_status import EntityStatus
from reader.ui.finder_screen import FinderScreen
from reader.ui.mentions_screen import MentionsScreen
from tests.ui.conftest import screen_lines, screen_text, wait_for_palette
from tests.ui.names_corpus import mention_row, names_ready, use_hand_linked_index, write_corpus

SIZE = (100, 30)


def reader(make_app, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> ReaderApp:
    use_hand_linked_index(monkeypatch)
    return make_app([write_corpus(tmp_path / "berita")])


def shown(app: ReaderApp) -> tuple[str, tuple[int, int]]:
    """The title of the article on screen and the position at the top of the view."""
    view = app.screen.query_one(ArticleView)
    assert view.article is not None
    return view.article.title, view.position()


def status(app: ReaderApp) -> str:
    """The line about the name under the cursor."""
    return app.screen.query_one(EntityStatus).text


def cursor_text(app: ReaderApp) -> str:
    """The text of the name under the entity cursor."""
    view = app.screen.query_one(ArticleView)
    mention = view.current_mention
    assert mention is not None and view.article is not None
    return view.article.blocks[mention.block].text[mention.start : mention.end]


async def open_jakarta_and_scroll(pilot) -> tuple[str, tuple[int, int]]:
    """Open the oldest article (Jakarta), scroll a little; return where that is."""
    await pilot.press("G", "enter", *"jjjjjjjj")
    app = pilot.app
    assert app.screen.query_one(ArticleView).article.title.startswith("Presiden Joko Widodo")
    return shown(app)


async def test_typo_to_mentions_to_jump_then_step_and_back_to_the_start(
    make_app, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(name_cursor, "FLASH_SECONDS", 60.0)  # still lit when looked at
    app = reader(make_app, tmp_path, monkeypatch)
    async with app.run_test(size=SIZE) as pilot:
        await names_ready(pilot)
        start = await open_jakarta_and_scroll(pilot)

        await pilot.press("slash", *"vladimr putn")  # two typos
        assert isinstance(app.screen, FinderScreen)
        assert app.screen.results.highlighted_hit.name == "Vladimir Putin"
        await pilot.press("enter")
        assert isinstance(app.screen, MentionsScreen)
        assert "4 mentions in 3 articles" in screen_text(app)
        await pilot.press("down", "enter")  # the second mention: the older article's first
        await pilot.pause()
        view = app.screen.query_one(ArticleView)
        assert view.article.title == "Kim Jong Un tiba di Vladivostok"
        assert cursor_text(app) == "Vladimir Putin"
        row = mention_row(app, "Presiden Vladimir Putin")
        height = view.content_region.height
        assert row is not None and abs(row - height // 3) <= 1  # about a third down
        assert app.focused is view
        y = view.content_region.y + row
        x = screen_lines(app)[y].index("Vladimir Putin")
        flashed, before = app.screen.get_style_at(x + 1, y), app.screen.get_style_at(x - 3, y)
        assert flashed.bgcolor is not None and flashed.bgcolor != before.bgcolor  # it flashes
        assert status(app).startswith("Vladimir Putin · 2/4 · person · 4 mentions in 3 articles")

        await pilot.press("right_square_bracket")
        assert (view.article.title, cursor_text(app)) == (
            "Kim Jong Un tiba di Vladivostok",
            "Putin",
        )
        assert view.current_mention.block == 6  # "Putin menyambut …", the last paragraph
        assert "· 3/4 ·" in status(app)
        await pilot.press("right_square_bracket")
        assert view.article.title.startswith("Presiden Joko Widodo")
        assert cursor_text(app) == "Putin"
        await pilot.press("right_square_bracket")  # wraps to the newest article's mention
        assert view.article.title.startswith("Seoul menyatakan")
        assert "· 1/4 ·" in status(app)
        await pilot.press("left_square_bracket")
        assert view.article.title.startswith("Presiden Joko Widodo")
        stepped_from = shown(app)

        visited = []  # ctrl+o walks back through every place a jump was made from
        for _ in range(8):
            await pilot.press("ctrl+o")
            if visited and shown(app) == visited[-1]:
                break  # nothing older
            visited.append(shown(app))
        assert visited[0][0].startswith("Seoul menyatakan")  # where `[` was pressed
        assert "Kim Jong Un tiba di Vladivostok" in [title for title, _ in visited]
        assert visited[-1] == start

        for _ in range(len(visited)):
            await pilot.press("alt+right")
        assert shown(app) == stepped_from  # forward again to where the reader left off


async def test_escape_right_after_jumps_returns_to_where_they_started(
    make_app, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    app = reader(make_app, tmp_path, monkeypatch)
    async with app.run_test(size=SIZE) as pilot:
        await names_ready(pilot)
        start = await open_jakarta_and_scroll(pilot)
        await pilot.press("slash", *"kim jong", "enter", "enter")  # first mention of Kim
        await pilot.press("right_square_bracket", "right_square_bracket")
        view = app.screen.query_one(ArticleView)
        assert view.article.title == "Kim Jong Un tiba di Vladivostok"
        await pilot.press("escape")
        assert shown(app) == start
        # then escape behaves as before: it goes on to the list of articles
        await pilot.press("escape")
        assert shown(app) == start
        assert app.focused is not view
        # and ctrl+i goes forward through the jumps again
        await pilot.press("alt+right")
        assert shown(app) != start


async def test_escape_after_reading_on_does_not_jump_back(
    make_app, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    app = reader(make_app, tmp_path, monkeypatch)
    async with app.run_test(size=SIZE) as pilot:
        await names_ready(pilot)
        await open_jakarta_and_scroll(pilot)
        await pilot.press("slash", *"kim jong", "enter", "enter")
        view = app.screen.query_one(ArticleView)
        await pilot.press("j")  # the reader moved on: the jump is no longer fresh
        after_reading = shown(app)
        await pilot.press("escape")
        assert shown(app) == after_reading
        assert view.article.title.startswith("Seoul menyatakan")  # Kim's newest mention


async def test_the_jump_list_survives_a_restart(
    make_app, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = write_corpus(tmp_path / "berita")
    use_hand_linked_index(monkeypatch)
    first: ReaderApp = make_app([folder])
    async with first.run_test(size=SIZE) as pilot:
        await names_ready(pilot)
        start = await open_jakarta_and_scroll(pilot)
        await pilot.press("slash", *"seoul", "enter", "enter")
        assert first.screen.query_one(ArticleView).article.title.startswith("Seoul")
        await pilot.press("q")

    second: ReaderApp = make_app([folder])
    async with second.run_test(size=SIZE) as pilot:
        await names_ready(pilot)
        view = second.screen.query_one(ArticleView)
        assert view.article.title.startswith("Seoul")  # the last article, as it was left
        await pilot.press("ctrl+o")
        assert shown(second) == start
        await pilot.press("ctrl+i")  # kitty-protocol terminals send it apart from tab
        assert view.article.title.startswith("Seoul")


async def test_places_in_another_corpus_are_passed_over(
    make_app, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    other = tmp_path / "lain"
    other.mkdir()
    (other / "satu.txt").write_text("Sebuah berita lain\n\nIsi berita yang lain sama sekali.\n")
    first: ReaderApp = make_app([other])
    async with first.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("ctrl+p", *"sebuah berita")
        await wait_for_palette(pilot, "Sebuah berita lain")
        await pilot.press("enter")  # a jump recorded in this other corpus
        await pilot.press("q")

    second = reader(make_app, tmp_path, monkeypatch)
    async with second.run_test(size=SIZE) as pilot:
        await names_ready(pilot)
        start = await open_jakarta_and_scroll(pilot)
        await pilot.press("slash", *"seoul", "enter", "enter")
        await pilot.press("ctrl+o")
        assert shown(second) == start
        await pilot.press("ctrl+o")  # only the other corpus's place is older: stay, and say so
        await pilot.pause()
        assert shown(second) == start
        status = second.main_screen.article_pane.query_one(EntityStatus)
        assert status.news == "At the oldest place in the jump list."  # routine: no toast
        assert all("jump list" not in n.message for n in second._notifications)


async def test_opening_an_article_from_the_palette_is_a_jump(
    make_app, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    app = reader(make_app, tmp_path, monkeypatch)
    async with app.run_test(size=SIZE) as pilot:
        await names_ready(pilot)
        start = await open_jakarta_and_scroll(pilot)
        await pilot.press("ctrl+p", *"vladivostok")
        await wait_for_palette(pilot, "Kim Jong Un tiba di Vladivostok")
        assert "Kim Jong Un tiba di Vladivostok" in screen_text(app)
        await pilot.press("down", "enter")
        await pilot.pause()
        view = app.screen.query_one(ArticleView)
        assert view.article.title == "Kim Jong Un tiba di Vladivostok"
        await pilot.press("ctrl+o")
        assert shown(app) == start


async def test_the_keys_can_be_rebound_by_their_ids(
    make_app, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    use_hand_linked_index(monkeypatch)
    keymap = {"names.find": "ctrl+g", "jumps.back": "ctrl+b", "finder.next": "ctrl+j"}
    app: ReaderApp = make_app([write_corpus(tmp_path / "berita")], config=Config(keymap=keymap))
    assert not app.notices  # every id is known
    async with app.run_test(size=SIZE) as pilot:
        await names_ready(pilot)
        start = await open_jakarta_and_scroll(pilot)
        await pilot.press("ctrl+g", *"seoul")
        assert isinstance(app.screen, FinderScreen)
        await pilot.press("ctrl+j")
        assert app.screen.results.cursor == 1
        await pilot.press("enter")  # the article "Seoul menyatakan …"
        assert shown(app)[0].startswith("Seoul menyatakan")
        await pilot.press("ctrl+b")
        assert shown(app) == start
