"""Without colour (NO_COLOR, the mono theme) every kind of name keeps a cue of its own inside
bold titles and italic quotes and captions, and NO_COLOR sends attributes only."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from textual.pilot import Pilot

from reader.state.config import Config
from reader.ui.app import ReaderApp
from reader.ui.article_view import ArticleView
from reader.ui.legend import NameLegend
from reader.ui.name_marks import KIND_OF_LABEL
from tests.ui.conftest import hush, screen_lines, terminal_bytes, write_articles
from tests.ui.hand_names import use_hand_names
from tests.ui.names_helpers import cell_of, style_at

FESTIVAL = (
    "festival.md",
    """---
title: Rendra Satyaputra membuka Festival Lentera Biru di Tanjung Kelana
source: Warta Contoh
date: 2024-05-04T20:00:00
---

Wali Kota Rendra Satyaputra membuka Festival Lentera Biru di Tanjung Kelana bersama
Yayasan Cahaya Pesisir pada Sabtu malam.

> "Festival Lentera Biru milik warga Tanjung Kelana," kata Rendra Satyaputra kepada Yayasan
> Cahaya Pesisir.

Rendra Satyaputra menyalakan lentera pertama Festival Lentera Biru. Foto: Dimas Arkana/Warta Contoh
""",
)
NAMES = [
    ("Rendra Satyaputra", "PER", "rendra-satyaputra"),
    ("Tanjung Kelana", "LOC", "tanjung-kelana"),
    ("Yayasan Cahaya Pesisir", "ORG", "yayasan-cahaya-pesisir"),
    ("Festival Lentera Biru", "MISC", "festival-lentera-biru"),
]
#: What each kind looks like without colour, whatever the text around it.
MONO_CUE = {
    "person": {"underline": True, "bold": True, "italic": False},
    "place": {"underline": True, "bold": False, "italic": False},
    "org": {"underline": True, "bold": True, "italic": True},
    "misc": {"underline": True, "bold": False, "italic": True},
}
SGR = re.compile(r"\x1b\[([0-9;:]*)m")


def colour_codes(written: str) -> list[str]:
    """Every SGR sequence in `written` that sets a colour (16, 256 or true colour; 39 and 49,
    the terminal's default colours, are not colours)."""
    found = []
    for match in SGR.finditer(written):
        codes = [int(c) for c in re.split("[;:]", match.group(1)) if c]
        if any(c in (38, 48) or 30 <= c <= 37 or 40 <= c <= 47 or 90 <= c <= 107 for c in codes):
            found.append(match.group(0))
    return found


def festival_app(tmp_path: Path, theme: str = "reader-dark") -> ReaderApp:
    folder = write_articles(tmp_path / "berita", [FESTIVAL])
    return ReaderApp([str(folder)], theme=theme, config=Config())


async def open_with_names(pilot: Pilot[None]) -> ArticleView:
    await use_hand_names(pilot, NAMES)
    await pilot.press("enter")
    await pilot.pause()
    view = pilot.app.screen.query_one(ArticleView)
    assert view.names is not None
    return view


@pytest.mark.parametrize("how", ["NO_COLOR", "reader-mono"])
async def test_each_kind_keeps_its_cue_in_the_title_a_quote_and_a_caption(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, how: str
) -> None:
    if how == "NO_COLOR":
        monkeypatch.setenv("NO_COLOR", "1")
    app = festival_app(tmp_path, theme="reader-dark" if how == "NO_COLOR" else how)
    async with app.run_test(size=(120, 40)) as pilot:
        view = await open_with_names(pilot)
        blocks = view.article.blocks
        seen: set[tuple[str, str]] = set()
        for mention in view.shown_mentions():
            where = blocks[mention.block].kind
            if where not in {"title", "quote", "caption", "paragraph"}:
                continue
            kind = KIND_OF_LABEL[mention.label]
            x, y = cell_of(view, mention)
            style = style_at(app, x, y)
            for attribute, expected in MONO_CUE[kind].items():
                assert bool(getattr(style, attribute)) is expected, (where, kind, attribute)
            seen.add((where, kind))
        assert {("title", "person"), ("title", "misc"), ("title", "place")} <= seen
        assert {("quote", k) for k in MONO_CUE} <= seen
        assert {("caption", "person"), ("caption", "misc")} <= seen
        # Text next to a name keeps the block's own style: the cue is the name's alone.
        person = next(m for m in view.shown_mentions() if blocks[m.block].kind == "title")
        x, y = cell_of(view, person)
        after = x + len("Rendra Satyaputra ")
        assert style_at(app, after, y).bold and not style_at(app, after, y).underline


async def test_no_color_sends_no_colour_at_all(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("NO_COLOR", "1")
    app = festival_app(tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await open_with_names(pilot)
        await pilot.press("tab")
        written = terminal_bytes(app)
        assert "\x1b[" in written
        assert colour_codes(written) == []


async def test_the_legend_shows_the_cues_without_colour(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("NO_COLOR", "1")
    app = festival_app(tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await open_with_names(pilot)
        legend = app.screen.query_one(NameLegend)
        row = screen_lines(app)[legend.region.y]
        for kind, word in (("person", "person"), ("place", "place"), ("org", "organisation"),
                           ("misc", "other")):  # fmt: skip
            x = row.index(word, legend.region.x)
            style = style_at(app, x, legend.region.y)
            for attribute, expected in MONO_CUE[kind].items():
                assert bool(getattr(style, attribute)) is expected, (kind, attribute)


def test_mono_snapshot_of_names_in_a_title_a_quote_and_a_caption(
    snap_compare, tmp_path: Path
) -> None:
    async def run_before(pilot: Pilot[None]) -> None:
        await open_with_names(pilot)
        await hush(pilot)

    assert snap_compare(
        festival_app(tmp_path, theme="reader-mono"), terminal_size=(100, 30), run_before=run_before
    )


async def test_under_no_color_highlighted_rows_and_the_header_are_reversed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from reader.ui.article_list import ArticleList
    from reader.ui.finder_results import FinderResults
    from reader.ui.header import ReaderHeader
    from tests.ui.conftest import wait_until

    monkeypatch.setenv("NO_COLOR", "1")
    app = festival_app(tmp_path)
    async with app.run_test(size=(100, 30)) as pilot:
        await use_hand_names(pilot, NAMES)
        header = app.screen.query_one(ReaderHeader).region
        assert style_at(app, header.x + 3, header.y).reverse
        articles = app.screen.query_one(ArticleList).region
        assert style_at(app, articles.x + 4, articles.y).reverse  # the highlighted article
        await pilot.press("slash", *"rendra")
        await wait_until(pilot, lambda: bool(app.screen.query(FinderResults)))
        results = app.screen.query_one(FinderResults)
        await wait_until(pilot, lambda: results.highlighted_hit is not None)
        row = results.region
        assert style_at(app, row.x + 3, row.y).reverse
        assert not style_at(app, row.x + 3, row.y + 1).reverse
