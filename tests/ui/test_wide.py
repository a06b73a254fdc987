"""Wide terminals: the names panel stays beside the article (the `wide_panel` setting, and a
palette command to switch it), and goes when the terminal narrows."""

from __future__ import annotations

from pathlib import Path

from reader.state.config import Config, load_config
from reader.ui.app import ReaderApp
from reader.ui.article_view import ArticleView
from reader.ui.entity_panel import EntityPanel
from tests.ui.conftest import settle, wait_for_palette, wait_until
from tests.ui.names_helpers import write_news


def panel_shown(app: ReaderApp) -> bool:
    panels = app.main_screen.query(EntityPanel)
    return bool(panels) and panels.first().display


async def test_at_220_columns_the_names_sit_beside_the_article(tmp_path: Path) -> None:
    app = ReaderApp([str(write_news(tmp_path / "news"))], config=Config())
    async with app.run_test(size=(220, 60)) as pilot:
        await settle(pilot)
        await wait_until(pilot, lambda: panel_shown(app))
        panel = app.screen.query_one(EntityPanel)
        view = app.screen.query_one(ArticleView)
        assert panel.region.x >= view.region.right - 1  # beside, not over, the text
        assert view.text_width == 88
        await pilot.press("enter")  # the article has the focus, not the panel
        assert app.focused is view
        await pilot.press("e")
        assert app.focused is panel
        await pilot.press("escape")  # back to the article; the panel stays
        assert app.focused is view and panel.display
        await pilot.resize_terminal(120, 40)
        await wait_until(pilot, lambda: not panel_shown(app))
        assert not panel.display
        await pilot.resize_terminal(220, 60)
        await wait_until(pilot, lambda: panel_shown(app))
        await pilot.press("ctrl+p", *"names beside")
        await wait_for_palette(pilot, "Names beside the article: hide")
        await pilot.press("enter")
        await wait_until(pilot, lambda: not panel_shown(app))
        assert app.wide_panel == "off"


async def test_wide_panel_off_in_the_config_keeps_the_article_alone(tmp_path: Path) -> None:
    config_file = tmp_path / "config.toml"
    config_file.write_text('wide_panel = "off"\n', encoding="utf-8")
    config, notices = load_config(config_file)
    assert notices == [] and config.wide_panel == "off"
    app = ReaderApp([str(write_news(tmp_path / "news"))], config=config)
    async with app.run_test(size=(220, 60)) as pilot:
        await settle(pilot)
        await pilot.pause(0.2)
        assert not panel_shown(app)


def test_an_unknown_wide_panel_value_is_reported_and_ignored(tmp_path: Path) -> None:
    config_file = tmp_path / "config.toml"
    config_file.write_text('wide_panel = "sideways"\n', encoding="utf-8")
    config, notices = load_config(config_file)
    assert config.wide_panel == "names"
    assert notices == ["Config: wide_panel must be 'names' or 'off'; ignored."]
