"""Repairs on load: mojibake decoded again, promotional lines dropped, front matter read once."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path

import pytest

from reader.corpus.furniture import is_furniture
from reader.corpus.loader import load_corpus
from reader.corpus.model import Article

#: What UTF-8 text looks like after a trip through Latin-1 / Windows-1252.
GARBLED = {
    "Café di pojok jalan": "CafÃ© di pojok jalan",
    "“Kami siap,” katanya – tegas.": "â€œKami siap,â€\x9d katanya â€“ tegas.",
    "Warga menulis العربية di spanduk": "Warga menulis Ø§Ù„Ø¹Ø±Ø¨ÙŠØ© di spanduk",
}


def _load(path: Path) -> Article:
    corpus = load_corpus([str(path)])
    (article,) = corpus.articles
    return article


def test_mojibake_in_a_text_file_is_repaired_and_still_points_into_the_file(
    tmp_path: Path,
) -> None:
    garbled = GARBLED["Warga menulis العربية di spanduk"]
    path = tmp_path / "a.txt"
    path.write_text(f"Spanduk Baru di Alun-Alun Kota\n\n{garbled} yang dipasang warga.\n")
    article = _load(path)
    (paragraph,) = article.body
    assert paragraph.text == "Warga menulis العربية di spanduk yang dipasang warga."
    word = paragraph.text.index("العربية")
    start, _ = paragraph.source_span(word, word + len("العربية"))
    assert article.text[start:].startswith("Ø§Ù„")  # the garbled bytes in the file
    start, end = paragraph.source_span(0, 5)
    assert article.text[start:end] == "Warga"


@pytest.mark.parametrize(("clean", "garbled"), GARBLED.items())
def test_mojibake_in_json_fields_and_text_is_repaired(tmp_path: Path, clean: str, garbled: str) -> None:
    path = tmp_path / "a.jsonl"
    record = {"title": garbled, "source": "KabarÃ© Kota", "text": f"{garbled}.\n\nIsi berita."}
    path.write_text(json.dumps(record) + "\n", encoding="utf-8")
    article = _load(path)
    assert article.title == clean and article.source == "Kabaré Kota"
    assert article.body[0].text == f"{clean}."


def test_text_that_only_looks_odd_is_left_alone(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text("São Paulo Menang Lagi\n\nSão Paulo menang 2-0; ñandú, Ærø dan Ωmega ikut.\n")
    assert _load(path).body[0].text == "São Paulo menang 2-0; ñandú, Ærø dan Ωmega ikut."


PROMOTIONS = [
    "Simak juga video 'Banjir Rendam Jalan Utama Kota' (abc/def)",
    "Tonton juga video 'Kapal Karam di Perairan Timur' di sini:",
    'Tonton juga video "Jembatan Baru Dibuka" di sini',
    "Baca juga: Harga Cabai Naik Menjelang Lebaran",
    "[Baca Juga: Harga Emas Turun Lagi]",
    "(Baca juga: Harga Emas Turun Lagi)",
    "Read more",
    "Read more: Council approves the budget",
    "Simak Video 'Jembatan Ambruk Diterjang Arus'",
    "Saksikan Video Pilihan di Bawah Ini:",
    "Simak berita dan artikel lainnya di Google News",
    "Ikuti kanal WhatsApp kami untuk berita terkini",
    "Follow us on Instagram for the latest stories",
    "Klik di sini untuk melihat galeri lengkapnya",
    "Artikel ini telah tayang di Kabarku.com dengan judul \"Harga Naik\"",
    "This article first appeared on the Town Courier",
    "Watch: the moment the old bridge came down",
    "Read the full story here",
    "[Gambas:Video Kabar Kota]",
]
STORY_LINES = [
    "Baca juga pernyataan lengkap presiden di bawah ini, kata juru bicara.",
    "Lihat video itu, kata dia, semuanya jelas bagi kami.",
    "Klik tombol itu, kata dia, dan semua datanya hilang.",
    "Follow-up talks with the union are expected next week on the new app rules.",
    "Watch out for falling prices, analysts warned on Tuesday.",
    "Foto: Rina Kusuma",  # a photo credit holds a name: a caption, not a promotion
    "Simak pernyataan lengkap menteri itu dalam konferensi pers.",
]


@pytest.mark.parametrize("line", PROMOTIONS)
def test_promotional_lines_are_furniture(line: str) -> None:
    assert is_furniture(line)


@pytest.mark.parametrize("line", STORY_LINES)
def test_story_lines_like_promotions_are_kept(line: str) -> None:
    assert not is_furniture(line)


def test_promotions_leave_the_article_body(tmp_path: Path) -> None:
    story = ["Warga menyambut gembira jembatan baru yang dibuka pada pagi hari.",
             "Pemerintah kota menyebut biaya pembangunan jembatan itu sesuai rencana."]  # fmt: skip
    lines = [story[0], PROMOTIONS[0], story[1], PROMOTIONS[1], PROMOTIONS[3]]
    path = tmp_path / "a.txt"
    path.write_text("Jembatan Baru Dibuka untuk Umum\n\n" + "\n\n".join(lines) + "\n")
    assert [b.text for b in _load(path).body] == story


def test_front_matter_title_shows_once_and_its_meta_line_stays_out_of_the_body(
    tmp_path: Path,
) -> None:
    path = tmp_path / "a.md"
    path.write_text(
        "---\ntitle: Jembatan Baru Dibuka untuk Umum\ndate: 2024-03-04\nauthor: Rina Kusuma\n"
        "source: Kabar Kota\nurl: https://kabarkota.example/jembatan\n---\n\n"
        "# Jembatan Baru Dibuka untuk Umum\n\n*Kabar Kota · Rina Kusuma · 4 Maret 2024*\n\n"
        "Jembatan baru resmi dibuka untuk umum pada Senin pagi setelah dibangun dua tahun.\n\n"
        "## Warga Gembira\n\nWarga menyambut gembira pembukaan jembatan itu.\n"
    )
    article = _load(path)
    texts = [b.text for b in article.blocks]
    assert texts.count("Jembatan Baru Dibuka untuk Umum") == 1
    assert article.title == "Jembatan Baru Dibuka untuk Umum"
    assert [(b.kind, b.text) for b in article.body] == [
        ("paragraph", "Jembatan baru resmi dibuka untuk umum pada Senin pagi setelah dibangun dua tahun."),
        ("heading", "Warga Gembira"),
        ("paragraph", "Warga menyambut gembira pembukaan jembatan itu."),
    ]
    assert article.date == datetime(2024, 3, 4)
    assert article.url == "https://kabarkota.example/jembatan"
    assert "meta" not in article.extra  # the author and outlet were known already
