"""The reader over the whole hostile corpus: it keeps running, loads the good files, reports
the bad ones, sends nothing raw to the terminal, and keeps the sidebar aligned with wide and
combining characters in titles."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from rich.cells import cell_len

from reader.ui.app import ReaderApp
from tests.corpus.hostile import CJK_TITLE, make_hostile_corpus, restore_permissions
from tests.ui.conftest import screen_lines, settle, terminal_bytes

RAW = ("\x1b]0;", "\x1b[2J", "\x1b[31m", "\x07", "\x9b", "\u202e", "\u2067")


@pytest.fixture
def hostile(tmp_path: Path) -> Iterator[Path]:
    root = make_hostile_corpus(tmp_path)
    yield root
    restore_permissions(root)


async def test_the_reader_survives_the_hostile_corpus(make_app, hostile: Path) -> None:
    app: ReaderApp = make_app([hostile])
    async with app.run_test(size=(120, 40), notifications=True) as pilot:
        await settle(pilot, timeout=60)
        screen = app.main_screen
        assert screen is not None and app.is_running
        assert len(screen.listing) >= 15
        assert len(screen.problems) >= 15
        assert all(problem.isprintable() for problem in screen.problems)
        raw = terminal_bytes(app)
        for sequence in RAW:
            assert sequence not in raw
        for _ in range(24):  # show the first articles in turn (the hostile ones sort early)
            await pilot.press("j")
        await pilot.pause()
        raw = terminal_bytes(app)
        for sequence in RAW:
            assert sequence not in raw
        assert app.is_running


async def test_wide_titles_keep_the_sidebar_aligned(make_app, tmp_path: Path) -> None:
    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "a.txt").write_text(f"{CJK_TITLE}\n\n北京市周二遭遇暴雨。\n", encoding="utf-8")
    (folder / "b.txt").write_text(
        "Re\u0301sume\u0301 Ze\u200bro Cafe\u0301\n\nA story.\n", encoding="utf-8"
    )
    (folder / "c.txt").write_text("Plain Title\n\nA story.\n", encoding="utf-8")
    app: ReaderApp = make_app([folder])
    async with app.run_test(size=(100, 20)) as pilot:
        await settle(pilot)
        lines = screen_lines(app)
        assert any("北京暴雨" in line for line in lines)
        assert all(cell_len(line) == 100 for line in lines)
        sidebar_width = app.main_screen.article_list.size.width
        for line in lines[1:8]:  # the sidebar's rows end where the article pane begins
            cut = 0
            while cell_len(line[:cut]) < sidebar_width:
                cut += 1
            assert cell_len(line[:cut]) == sidebar_width, line
