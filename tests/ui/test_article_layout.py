"""What the article view shows, and the mapping between text offsets and screen cells."""

from __future__ import annotations

from datetime import datetime

from hypothesis import given
from hypothesis import strategies as st

from reader.ui.article_layout import (
    ArticleLayout,
    StyledSpan,
    display_blocks,
    spans_for_display,
)
from tests.ui.articles import make_article


def test_title_metadata_body_and_tags_in_order() -> None:
    article = make_article(
        "Kim tiba di Rusia",
        [
            ("paragraph", "Paragraf satu."),
            ("heading", "Sub"),
            ("item", "butir"),
            ("tags", "Korea, Rusia"),
        ],
        date=datetime(2023, 9, 12, 10, 58),
        source="Contoh.co",
        author="Budi",
        category="Internasional",
    )
    shown = [(b.kind, b.text) for b in display_blocks(article)]
    assert shown == [
        ("title", "Kim tiba di Rusia"),
        ("meta", "Contoh.co · Budi · 12 Sep 2023 10:58 · Internasional"),
        ("rule", ""),
        ("paragraph", "Paragraf satu."),
        ("heading", "Sub"),
        ("item", "butir"),
        ("tags", "Tags: Korea, Rusia"),
    ]


def test_spans_given_per_article_block_land_on_the_shown_text() -> None:
    article = make_article("Putin di Vladivostok", ["Kim bertemu Putin.", ("tags", "Putin")])
    blocks = display_blocks(article)
    spans = spans_for_display(
        blocks,
        {
            0: [StyledSpan(0, 5, "person")],
            1: [StyledSpan(12, 17, "person")],
            2: [StyledSpan(0, 5, "person")],
        },
    )
    for block, found in zip(blocks, spans, strict=True):
        for span in found:
            assert block.text[span.start : span.end] == "Putin"
    assert sum(len(found) for found in spans) == 3


def test_an_article_with_no_body_says_so() -> None:
    kinds = [b.kind for b in display_blocks(make_article("Only a title", []))]
    assert "note" in kinds


@given(width=st.integers(min_value=4, max_value=120))
def test_locate_and_offset_at_are_inverse(width: int) -> None:
    article = make_article(
        "Judul yang cukup panjang untuk dibungkus",
        [
            "Satu dua tiga empat lima enam tujuh delapan sembilan sepuluh " * 3,
            ("item", "butir daftar panjang sekali " * 2),
            ("quote", "kutipan " * 9),
        ],
    )
    layout = ArticleLayout(display_blocks(article), width)
    for index, block in enumerate(layout.blocks):
        for offset in range(0, len(block.text), 7):
            y, x = layout.locate(index, offset)
            if block.kind == "rule":
                continue
            assert layout.offset_at(y, x) == (index, offset)


def test_an_anchor_survives_a_different_width() -> None:
    article = make_article("T", ["kata " * 200, "akhir paragraf kedua " * 20])
    blocks = display_blocks(article)
    last = len(blocks) - 1
    narrow = ArticleLayout(blocks, 30)
    anchor = narrow.anchor_at(narrow.locate(last, 0)[0])
    assert anchor == (last, 0)
    wide = ArticleLayout(blocks, 90)
    assert wide.line_of_anchor(*anchor) == wide.locate(last, 0)[0]


def test_item_and_quote_lines_carry_their_prefixes() -> None:
    article = make_article(
        "T", [("item", "satu dua tiga empat lima"), ("quote", "kata kata kata kata kata")]
    )
    layout = ArticleLayout(display_blocks(article), 12)
    prefixes = {layout.prefix(y) for y in range(layout.height) if layout.line_block[y] >= 0}
    assert {"• ", "  ", "▎ "} <= prefixes


def test_metadata_line_shows_the_url_undated_and_the_other_files() -> None:
    article = make_article(
        "Jembatan baru dibuka",
        ["Warga menyambut gembira."],
        source="Kabar Kota",
        url="https://kabarkota.example/jembatan",
        also_in=("kota/b.txt", "kota/c.txt"),
    )
    meta = next(b.text for b in display_blocks(article) if b.kind == "meta")
    assert meta == (
        "Kabar Kota · undated · https://kabarkota.example/jembatan · "
        "also in: kota/b.txt, kota/c.txt"
    )
