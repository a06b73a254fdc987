"""Helpers for the names tests: articles with names, waiting for them, finding them on screen."""

from __future__ import annotations

from pathlib import Path

from rich.style import Style as RichStyle
from textual.color import Color
from textual.pilot import Pilot

from reader.entities.model import Mention
from reader.ui.app import ReaderApp
from reader.ui.article_view import ArticleView
from reader.ui.name_marks import KIND_OF_LABEL
from tests.ui.conftest import settle

KUNJUNGAN = """Presiden Joko Widodo bertemu Perdana Menteri Anthony Albanese di Jakarta

Presiden Joko Widodo menerima Perdana Menteri Australia Anthony Albanese di Istana Merdeka, \
Jakarta, pada Senin pagi. Keduanya membahas kerja sama perdagangan dan keamanan kawasan.

Menurut Kementerian Luar Negeri, pertemuan itu juga menyinggung rencana Bank Indonesia \
untuk memperluas kerja sama mata uang lokal dengan Reserve Bank of Australia.

Albanese mengatakan Australia ingin memperdalam hubungan dengan Indonesia. Widodo \
menambahkan bahwa kedua negara akan bertemu lagi di Sydney tahun depan.
"""

BANJIR = """Banjir merendam Semarang setelah hujan deras

Banjir merendam sebagian Semarang, Jawa Tengah, pada Kamis. Badan Nasional Penanggulangan \
Bencana mengatakan ribuan warga mengungsi.

Gubernur Ganjar Pranowo meninjau lokasi banjir di Semarang dan meminta warga tetap waspada.
"""


def long_article(paragraphs: int = 30) -> str:
    """An article long enough to scroll, with names in every paragraph."""
    body = "\n\n".join(
        f"Paragraf {n}: Presiden Joko Widodo berbicara di Jakarta tentang rencana pembangunan. "
        "Para pejabat dari berbagai daerah hadir dan mendengarkan pidato itu dengan saksama "
        "sambil mencatat hal-hal penting."
        for n in range(paragraphs)
    )
    return "Pidato panjang Presiden di Jakarta\n\n" + body + "\n"


def write_news(folder: Path, *extra: tuple[str, str]) -> Path:
    """The two short articles (and `extra` (file name, text) pairs) as files in `folder`."""
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in (("kunjungan.txt", KUNJUNGAN), ("banjir.txt", BANJIR), *extra):
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def view_of(app: ReaderApp) -> ArticleView:
    return app.screen.query_one(ArticleView)


async def open_first(pilot: Pilot[None]) -> ArticleView:
    """Wait for loading and the index, open the highlighted article and wait for its names."""
    await settle(pilot)
    await pilot.press("enter")
    view = view_of(pilot.app)
    await wait_for_names(pilot, view)
    return view


async def wait_for_names(pilot: Pilot[None], view: ArticleView, timeout: float = 30.0) -> None:
    """Wait until the article on screen has its names painted."""
    for _ in range(int(timeout / 0.02)):
        if view.names is not None:
            break
        await pilot.pause(0.02)
    await pilot.pause()
    assert view.names is not None, "the article's names never arrived"


async def wait_for_index(pilot: Pilot[None], timeout: float = 60.0) -> None:
    """Wait until the screen holds a built index."""
    screen = pilot.app.main_screen
    for _ in range(int(timeout / 0.02)):
        if screen.index is not None:
            break
        await pilot.pause(0.02)
    await pilot.pause()
    assert screen.index is not None, "the index was never built"


def cell_of(view: ArticleView, mention: Mention) -> tuple[int, int]:
    """The screen cell where `mention` begins (it must be drawn)."""
    region = view.name_region(mention.block, mention.start)
    assert region is not None
    x = view.content_region.x + region.x - view.scroll_offset.x
    y = view.content_region.y + region.y - view.scroll_offset.y
    return x, y


def on_screen(view: ArticleView, mention: Mention) -> bool:
    """Whether the first line of `mention` is inside the view's visible text area."""
    region = view.name_region(mention.block, mention.start)
    assert region is not None
    top = view.scroll_offset.y
    return top <= region.y < top + view.scrollable_content_region.height


def style_at(app: ReaderApp, x: int, y: int) -> RichStyle:
    return app.screen.get_style_at(x, y)


def colour_at(app: ReaderApp, x: int, y: int) -> Color:
    style = style_at(app, x, y)
    assert style.color is not None
    return Color.from_rich_color(style.color)


def kind_colour(app: ReaderApp, mention: Mention) -> Color:
    """The theme's colour for the kind of `mention`."""
    variable = "entity-" + KIND_OF_LABEL[mention.label]
    return Color.parse(app.theme_variables[variable])


def mention_text(view: ArticleView, mention: Mention) -> str:
    assert view.article is not None
    return view.article.blocks[mention.block].text[mention.start : mention.end]
