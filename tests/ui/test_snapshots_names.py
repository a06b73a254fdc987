"""SVG snapshots of an article with its names painted, in each bundled theme.

The names are placed by hand (an index over the loaded articles, posted as `IndexReady`), so
the pictures show the reader's drawing, not whatever recognition finds this week. Accept
changes with `pytest tests/ui/test_snapshots_names.py --snapshot-update` after looking at
snapshot_report.html.
"""

from __future__ import annotations

import re
from collections.abc import Awaitable, Callable
from pathlib import Path

import pytest
from textual.pilot import Pilot

from reader.entities.model import Entity, Mention
from reader.index.corpus_index import CorpusIndex
from reader.state.config import Config
from reader.ui.app import ReaderApp
from reader.ui.indexing import IndexReady, NameIndexer
from tests.ui.conftest import hush, settle, write_articles

ARTICLES = [
    (
        "kunjungan.md",
        """---
title: Joko Widodo menerima Anthony Albanese di Jakarta
source: Kantor Berita Contoh
author: Budi Santoso
date: 2023-09-04T09:30:00
tags: [Australia, Indonesia]
---

Presiden Joko Widodo menerima Perdana Menteri Australia Anthony Albanese di Istana Merdeka,
Jakarta, pada Senin pagi. Keduanya membahas kerja sama perdagangan dan keamanan kawasan.

Menurut Kementerian Luar Negeri, pertemuan itu juga menyinggung rencana Bank Indonesia untuk
memperluas kerja sama mata uang lokal dengan Reserve Bank of Australia.

> "Kami ingin hubungan yang lebih erat," kata Albanese setelah pertemuan.

Widodo menambahkan bahwa kedua negara akan bertemu lagi di Sydney dalam KTT ASEAN tahun depan.
""",
    ),
    (
        "banjir.md",
        """---
title: Banjir merendam Semarang
source: Harian Contoh
date: 2023-09-03T07:00:00
---

Banjir merendam sebagian Semarang, Jawa Tengah. Gubernur Ganjar Pranowo meninjau lokasi.
""",
    ),
]

#: (text, label, entity id): every whole-word occurrence in every block is a mention.
NAMES = [
    ("Joko Widodo", "PER", "joko-widodo"),
    ("Widodo", "PER", "joko-widodo"),
    ("Anthony Albanese", "PER", "anthony-albanese"),
    ("Albanese", "PER", "anthony-albanese"),
    ("Budi Santoso", "PER", "budi-santoso"),
    ("Ganjar Pranowo", "PER", "ganjar-pranowo"),
    ("Jakarta", "LOC", "jakarta"),
    ("Australia", "LOC", "australia"),
    ("Indonesia", "LOC", "indonesia"),
    ("Sydney", "LOC", "sydney"),
    ("Semarang", "LOC", "semarang"),
    ("Jawa Tengah", "LOC", "jawa-tengah"),
    ("Istana Merdeka", "LOC", "istana-merdeka"),
    ("Kementerian Luar Negeri", "ORG", "kemlu"),
    ("Bank Indonesia", "ORG", "bank-indonesia"),
    ("Reserve Bank of Australia", "ORG", "rba"),
    ("Kantor Berita Contoh", "ORG", "kantor-berita-contoh"),
    ("KTT ASEAN", "MISC", "ktt-asean"),
]
ALIASES = {"joko-widodo": ("Widodo", "Jokowi"), "anthony-albanese": ("Albanese",)}


def hand_index(screen) -> CorpusIndex:
    """An index of the loaded articles with exactly the NAMES above (longest match first)."""
    articles = list(screen.listing.articles())
    linked: dict[str, list[Mention]] = {}
    for article in articles:
        found: list[Mention] = []
        for number, block in enumerate(article.blocks):
            taken: list[tuple[int, int]] = []
            for text, label, entity in sorted(NAMES, key=lambda n: -len(n[0])):
                for match in re.finditer(rf"\b{re.escape(text)}\b", block.text):
                    span = match.span()
                    if any(s < span[1] and span[0] < e for s, e in taken):
                        continue
                    taken.append(span)
                    found.append(Mention(number, span[0], span[1], label, entity))  # type: ignore[arg-type]
        linked[article.id] = sorted(found, key=lambda m: (m.block, m.start))
    entities = {}
    for text, label, entity_id in NAMES:
        entities.setdefault(entity_id, Entity(entity_id, text, label, ALIASES.get(entity_id, ())))  # type: ignore[arg-type]
    return CorpusIndex.from_linked(articles, linked, entities)


def with_hand_names(*keys: str) -> Callable[[Pilot[None]], Awaitable[None]]:
    """Load, swap in the hand-made index, open the first article, then press `keys`."""

    async def run_before(pilot: Pilot[None]) -> None:
        await settle(pilot)
        screen = pilot.app.main_screen
        screen.query_one(NameIndexer).post_message(IndexReady(hand_index(screen)))
        await pilot.pause()
        await pilot.press("g", "enter", *keys)
        await settle(pilot)
        await hush(pilot)

    return run_before


@pytest.fixture
def names_app(tmp_path: Path):
    def build(theme: str) -> ReaderApp:
        folder = write_articles(tmp_path / "berita", ARTICLES)
        return ReaderApp([str(folder)], theme=theme, config=Config())

    return build


def test_names_dark_with_the_cursor_on_a_name(snap_compare, names_app) -> None:
    assert snap_compare(
        names_app("reader-dark"),
        terminal_size=(120, 40),
        run_before=with_hand_names("tab", "tab", "tab", "tab"),
    )


def test_names_light(snap_compare, names_app) -> None:
    assert snap_compare(
        names_app("reader-light"), terminal_size=(120, 40), run_before=with_hand_names()
    )


def test_names_mono_with_the_panel_open(snap_compare, names_app) -> None:
    assert snap_compare(
        names_app("reader-mono"),
        terminal_size=(120, 40),
        run_before=with_hand_names("tab", "tab", "tab", "e"),
    )


def test_names_small_terminal_with_a_kind_hidden(snap_compare, names_app) -> None:
    assert snap_compare(
        names_app("reader-dark"),
        terminal_size=(80, 24),
        run_before=with_hand_names("2", "tab", "tab"),
    )
