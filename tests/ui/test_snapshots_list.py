"""SVG snapshot of the article list sorted by title and filtered, with undated articles.

Accept changes with `pytest tests/ui/test_snapshots_list.py --snapshot-update` after looking
at snapshot_report.html.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.pilot import Pilot

from reader.state.config import Config
from reader.ui.app import ReaderApp
from reader.ui.list_bar import ListBar
from tests.ui.conftest import settle, write_articles
from tests.ui.test_article_list_keys import ARTICLES


async def sort_by_title_and_filter(pilot: Pilot[None]) -> None:
    await settle(pilot)
    await pilot.press("s", "f", *"lang:id", "enter")
    await settle(pilot)
    pilot.app.screen.query_one(ListBar).input.cursor_blink = False


def test_filtered_list(snap_compare, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # The "names indexed" notice comes only when indexing is slow: keep the screen steady.
    monkeypatch.setattr("reader.ui.indexing.ANNOUNCE_AFTER", 1e9)
    folder = write_articles(tmp_path / "kota", ARTICLES)
    app = ReaderApp([str(folder)], config=Config())
    assert snap_compare(app, terminal_size=(110, 24), run_before=sort_by_title_and_filter)
