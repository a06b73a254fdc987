"""A keymap entry whose keys no key press can match is reported, and the binding keeps its
default keys; valid entries beside it still apply."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.state.config import Config
from reader.ui.app import ReaderApp
from reader.ui.article_list import ArticleList
from reader.ui.keys import invalid_keys
from tests.ui.conftest import screen_text, settle, write_articles


@pytest.mark.parametrize(
    ("keys", "bad"),
    [
        ("j,down", []),
        ("ctrl+p, shift+tab, f5", []),
        ("question_mark,full_stop,plus,é,space", []),
        ("jj", ["jj"]),
        ("ctrl+bananna", ["ctrl+bananna"]),
        ("x,,y", [""]),
        ("ctrl+", ["ctrl+"]),
        ("cmd+x,ctl+y", ["cmd+x", "ctl+y"]),
    ],
)
def test_invalid_key_names_are_found(keys: str, bad: list[str]) -> None:
    assert invalid_keys(keys) == bad


async def test_an_invalid_key_name_is_reported_and_the_default_kept(
    make_app, tmp_path: Path
) -> None:
    keymap = {"articles.next": "jj", "articles.previous": "x"}
    folder = write_articles(tmp_path / "c", [(f"{i}.txt", f"Judul {i}\n\nIsi.") for i in range(3)])
    app: ReaderApp = make_app([folder], config=Config(keymap=keymap))
    async with app.run_test(size=(120, 30), notifications=True) as pilot:
        await settle(pilot)
        text = screen_text(app)
        assert "articles.next" in text and "'jj'" in text
        articles = app.screen.query_one(ArticleList)
        await pilot.press("j")  # the default key still moves down
        assert articles.cursor == 1
        await pilot.press("x")  # the valid entry applies
        assert articles.cursor == 0
