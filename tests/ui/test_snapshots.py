"""SVG snapshots of the main screen in each bundled theme (pytest-textual-snapshot).

Accept changes with `pytest tests/ui/test_snapshots.py --snapshot-update` after looking at
snapshot_report.html.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.pilot import Pilot

from reader.state.config import Config
from reader.ui.app import ReaderApp
from tests.ui.conftest import hush, settle, write_articles

ARTICLES = [
    (
        "kim-tiba.md",
        """---
title: Kim Jong Un tiba di Vladivostok untuk bertemu Putin
source: Kantor Berita Contoh
author: Budi Santoso
date: 2023-09-12T10:58:00
category: Internasional
tags: [Korea Utara, Rusia]
---

Pemimpin Korea Utara Kim Jong Un tiba di Vladivostok pada Selasa pagi setelah perjalanan
kereta selama dua hari dari Pyongyang, kata kantor berita resmi.

## Agenda pertemuan

Kremlin mengatakan kedua pemimpin akan membahas kerja sama ekonomi dan situasi di kawasan.
Para analis memperkirakan pembicaraan juga menyentuh pasokan senjata.

> "Kunjungan ini menunjukkan hubungan yang semakin erat," kata seorang juru bicara.

- Kereta tiba pukul 06.00 waktu setempat
- Delegasi termasuk menteri luar negeri
- Pertemuan dijadwalkan Rabu
""",
    ),
    (
        "seoul-bereaksi.md",
        """---
title: Seoul menyatakan keprihatinan atas kunjungan ke Rusia
source: Harian Contoh
date: 2023-09-13T08:00:00
---

Kementerian Luar Negeri Korea Selatan menyatakan keprihatinan atas kemungkinan kerja sama
militer antara kedua negara.
""",
    ),
    (
        "catatan.md",
        """---
title: Catatan redaksi tanpa tanggal
source: Redaksi
---

Catatan singkat untuk pembaca.
""",
    ),
]


@pytest.fixture
def snapshot_app(tmp_path: Path):
    def build(theme: str) -> ReaderApp:
        folder = write_articles(tmp_path / "berita", ARTICLES)
        return ReaderApp([str(folder)], theme=theme, config=Config())

    return build


async def read_one_then_highlight_another(pilot: Pilot[None]) -> None:
    await settle(pilot)
    await pilot.press("g", "j", "enter", "h", "k")
    await settle(pilot)
    await hush(pilot)


async def find_in_article(pilot: Pilot[None]) -> None:
    await settle(pilot)
    await pilot.press("g", "j", "enter", "ctrl+f", *"kereta")
    pilot.app.screen.query_one("#find-input").cursor_blink = False
    await settle(pilot)
    await hush(pilot)


@pytest.mark.parametrize("theme", ["reader-dark", "reader-light", "reader-mono"])
def test_main_screen(snap_compare, snapshot_app, theme: str) -> None:
    assert snap_compare(
        snapshot_app(theme), terminal_size=(120, 40), run_before=read_one_then_highlight_another
    )


def test_find_in_article(snap_compare, snapshot_app) -> None:
    assert snap_compare(
        snapshot_app("reader-dark"), terminal_size=(120, 40), run_before=find_in_article
    )


def test_small_terminal(snap_compare, snapshot_app) -> None:
    assert snap_compare(
        snapshot_app("reader-light"),
        terminal_size=(80, 24),
        run_before=read_one_then_highlight_another,
    )
