"""80 columns: the footer, the hint lines and the legend give way part by part, never cut,
and the help key always shows; scrollbars leave no stray glyphs beside the titles."""

from __future__ import annotations

import re
from pathlib import Path

from textual.binding import Binding

from reader.ui.app import ReaderApp
from reader.ui.footer import Key, plan
from reader.ui.hints import HintPart, fit_hint
from reader.ui.legend import NameLegend
from tests.ui.conftest import screen_lines, settle, write_articles
from tests.ui.hand_names import use_hand_names

PARTS = [
    HintPart("12 results", keep=4),
    HintPart("↑↓ move", keep=1),
    HintPart("enter choose", "⏎ choose", 3),
    HintPart("esc close", keep=2),
]


def test_a_hint_is_shortened_then_loses_its_least_useful_parts_whole() -> None:
    assert fit_hint(PARTS, 80) == "12 results · ↑↓ move · enter choose · esc close"
    assert fit_hint(PARTS, 44) == "12 results · ↑↓ move · ⏎ choose · esc close"
    assert fit_hint(PARTS, 34) == "12 results · ⏎ choose · esc close"
    assert fit_hint(PARTS, 22) == "12 results · ⏎ choose"
    assert fit_hint(PARTS, 3) == "12 results"  # the most useful part, whole


def key(keys: str, description: str, id: str, rank: int) -> Key:
    return Key(Binding(keys, id, description, id=id), True, "", rank)


def test_the_footer_plan_keeps_the_help_key_to_the_last() -> None:
    keys = [
        key("e", "Names", "names.panel", 3),
        key("slash", "Find name", "names.find", 1),
        key("q", "Quit", "app.quit", 0),
        key("question_mark", "Help", "app.help", 1),
    ]
    palette = key("ctrl+p", "Commands", "app.palette", 1)
    compact, kept, word = plan(keys, palette, 200)
    assert not compact and kept == keys and word
    compact, kept, word = plan(keys, palette, 62)  # quit gives way first
    assert compact and word
    assert [k.binding.id for k in kept] == ["names.panel", "names.find", "app.help"]
    _, kept, word = plan(keys, palette, 46)  # then the screen's keys
    assert [k.binding.id for k in kept] == ["names.panel", "app.help"] and word
    _, kept, word = plan(keys, palette, 40)  # then the palette's word, before the pane's keys
    assert [k.binding.id for k in kept] == ["names.panel", "app.help"] and not word
    for width in (30, 20, 12, 1):
        _, kept, _ = plan(keys, palette, width)
        assert "app.help" in [k.binding.id for k in kept]


def articles(tmp_path: Path) -> Path:
    return write_articles(
        tmp_path / "c",
        [(f"{i:02}.txt", f"Rapat dewan kota nomor {i} membahas anggaran\n\n" + "Isi. " * 80)
         for i in range(40)],
    )  # fmt: skip


async def test_at_80_columns_help_is_never_cut_and_the_legend_keeps_its_count(
    tmp_path: Path,
) -> None:
    app = ReaderApp([str(articles(tmp_path))])
    async with app.run_test(size=(80, 24)) as pilot:
        await use_hand_names(pilot, [("Isi", "MISC", "isi")])
        for keys in ((), ("enter",), ("e",)):
            await pilot.press(*keys)
            await pilot.pause()
            footer = screen_lines(app)[-1]
            assert re.search(r"\? Help\b", footer), footer
        legend = app.screen.query_one(NameLegend)
        await pilot.press("escape")
        await pilot.pause()
        row = screen_lines(app)[legend.region.y]
        assert "1 name" in row and "other" in row


async def test_the_sidebar_scrollbar_draws_whole_cells(tmp_path: Path) -> None:
    app = ReaderApp([str(articles(tmp_path))])
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        for _ in range(15):
            await pilot.press("j")
        await pilot.pause()
        for line in screen_lines(app):
            assert not re.search("[▁▂▃▄▅▆▇▉▊▋▍▎]", line), line


async def test_a_long_name_cut_in_the_panel_is_whole_on_the_status_line(tmp_path: Path) -> None:
    from reader.ui.entity_panel import EntityPanel
    from reader.ui.entity_status import EntityStatus

    long_name = "Badan Koordinasi Pengelolaan Kawasan Pesisir Terpadu"
    folder = write_articles(
        tmp_path / "c", [("a.txt", f"Rapat anggaran\n\n{long_name} bertemu Sari Wulandari.")]
    )
    app = ReaderApp([str(folder)])
    async with app.run_test(size=(80, 24)) as pilot:
        await use_hand_names(
            pilot, [(long_name, "ORG", "badan"), ("Sari Wulandari", "PER", "sari")]
        )
        await pilot.press("enter", "e")
        await pilot.pause()
        panel = app.screen.query_one(EntityPanel)
        assert panel.has_focus and panel.size.width < len(long_name) + 6
        assert not any(long_name in line for line in screen_lines(app))  # cut in the panel
        for _ in range(4):
            if app.screen.query_one(EntityStatus).text.startswith(long_name):
                break
            await pilot.press("j")
            await pilot.pause()
        status = app.screen.query_one(EntityStatus)
        assert status.text.startswith(long_name + " · organisation")
        assert any(long_name in line for line in screen_lines(app))
