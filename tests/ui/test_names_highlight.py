"""Names painted in the article: each kind's theme colour and cue, live theme switches, the
legend, and hiding a kind."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.color import Color

from reader.ui.app import ReaderApp
from reader.ui.legend import NameLegend
from reader.ui.name_marks import KIND_OF_LABEL
from tests.ui.conftest import screen_lines
from tests.ui.names_helpers import (
    cell_of,
    colour_at,
    kind_colour,
    mention_text,
    on_screen,
    open_first,
    style_at,
    write_news,
)

#: The non-colour cue of each kind (what tells kinds apart under NO_COLOR and reader-mono).
CUES = {
    "person": {"bold": True, "italic": False, "underline": False},
    "place": {"bold": False, "italic": False, "underline": True},
    "org": {"bold": True, "italic": True, "underline": False},
    "misc": {"bold": False, "italic": True, "underline": False},
}


def assert_painted(app: ReaderApp, view, mention) -> None:
    """The first and last cells of `mention` carry its kind's colour and cue."""
    x, y = cell_of(view, mention)
    kind = KIND_OF_LABEL[mention.label]
    text = mention_text(view, mention)
    for dx in (0, len(text) - 1) if "\n" not in text and text.isascii() else (0,):
        if x + dx >= view.content_region.right:
            continue
        assert colour_at(app, x + dx, y) == kind_colour(app, mention), (text, kind)
        style = style_at(app, x + dx, y)
        in_paragraph = view.article.blocks[mention.block].kind == "paragraph"
        for attribute, expected in CUES[kind].items():
            if expected or in_paragraph:  # a title is bold as a whole
                assert bool(getattr(style, attribute)) is expected, (text, kind, attribute)


async def test_every_name_on_screen_has_its_kind_colour_and_cue(make_app, tmp_path: Path) -> None:
    app: ReaderApp = make_app([write_news(tmp_path / "news")])
    async with app.run_test(size=(120, 40)) as pilot:
        view = await open_first(pilot)
        shown = [m for m in view.shown_mentions() if on_screen(view, m)]
        assert {KIND_OF_LABEL[m.label] for m in shown} >= {"person", "place"}
        for mention in shown:
            assert_painted(app, view, mention)
        title = view.shown_mentions()[0]
        assert title.block == 0  # names in the title are painted too
        # A plain word is not painted as a name.
        x, y = cell_of(view, shown[0])
        assert colour_at(app, x - 2, y) != kind_colour(app, shown[0])


async def test_a_theme_switch_recolours_the_names(make_app, tmp_path: Path) -> None:
    app: ReaderApp = make_app([write_news(tmp_path / "news")], theme="reader-dark")
    async with app.run_test(size=(120, 40)) as pilot:
        view = await open_first(pilot)
        person = next(m for m in view.shown_mentions() if m.label == "PER")
        x, y = cell_of(view, person)
        dark = colour_at(app, x, y)
        app.theme = "reader-light"
        await pilot.pause()
        light = colour_at(app, x, y)
        assert light != dark
        assert light == Color.parse(app.theme_variables["entity-person"])
        app.theme = "reader-mono"
        await pilot.pause()
        assert style_at(app, x, y).bold  # no hue in mono: the cue still marks the kind


async def test_the_legend_shows_each_kind_in_its_style(make_app, tmp_path: Path) -> None:
    app: ReaderApp = make_app([write_news(tmp_path / "news")])
    async with app.run_test(size=(120, 40)) as pilot:
        view = await open_first(pilot)
        legend = app.screen.query_one(NameLegend)
        row = legend.region.y
        line = screen_lines(app)[row]
        assert "■ person" in line and "■ place" in line and "■ organisation" in line
        names = len({m.entity for m in view.shown_mentions()})
        assert f"{names} names · {view.name_count} mentions" in line
        x = legend.region.x + line[legend.region.x :].index("person")
        assert colour_at(app, x, row) == Color.parse(app.theme_variables["entity-person"])
        assert style_at(app, x, row).bold


async def test_a_key_hides_one_kind_and_shows_it_again(make_app, tmp_path: Path) -> None:
    app: ReaderApp = make_app([write_news(tmp_path / "news")])
    async with app.run_test(size=(120, 40)) as pilot:
        view = await open_first(pilot)
        person = next(m for m in view.shown_mentions() if m.label == "PER" and on_screen(view, m))
        place = next(m for m in view.shown_mentions() if m.label == "LOC" and on_screen(view, m))
        await pilot.press("1")
        legend_row = screen_lines(app)[app.screen.query_one(NameLegend).region.y]
        assert "□ person" in legend_row and "■ place" in legend_row
        x, y = cell_of(view, person)
        assert colour_at(app, x, y) != kind_colour(app, person)
        assert not style_at(app, x, y).bold
        assert_painted(app, view, place)  # the other kinds stay
        await pilot.press("tab")  # the cursor skips the hidden kind
        assert view.current_mention is not None and view.current_mention.label != "PER"
        await pilot.press("1")
        assert_painted(app, view, person)
        assert "■ person" in screen_lines(app)[app.screen.query_one(NameLegend).region.y]


async def test_kinds_keep_their_cues_under_no_color(
    make_app, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("NO_COLOR", "1")
    app: ReaderApp = make_app([write_news(tmp_path / "news")])
    async with app.run_test(size=(120, 40)) as pilot:
        view = await open_first(pilot)
        assert app.no_color
        in_body = [m for m in view.shown_mentions() if m.block > 0 and on_screen(view, m)]
        person = next(m for m in in_body if m.label == "PER")
        place = next(m for m in in_body if m.label == "LOC")
        person_style, place_style = (
            style_at(app, *cell_of(view, person)),
            style_at(app, *cell_of(view, place)),
        )
        # Without colour every name is underlined; bold and italic inside it tell the kind.
        assert person_style.bold and person_style.underline
        assert place_style.underline and not place_style.bold
        await pilot.press("tab")
        assert style_at(app, *cell_of(view, view.current_mention)).reverse
