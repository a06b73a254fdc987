"""Markdown articles: structure, inline markup removed with exact offsets, metadata lines."""

from __future__ import annotations

import subprocess
import sys
from datetime import datetime
from pathlib import Path

from reader.corpus.loader import load_corpus
from reader.corpus.model import Article
from tests.conftest import shared_path


def _load(tmp_path: Path, text: str, name: str = "a.md") -> Article:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8", newline="")
    corpus = load_corpus([str(path)])
    assert not corpus.problems
    (article,) = corpus.articles
    with open(path, encoding="utf-8", newline="") as fh:
        assert article.text == fh.read()
    return article


def _assert_literal_offsets(article: Article) -> None:
    for block in article.blocks:
        for i, ch in enumerate(block.text):
            source_ch = article.text[block.source_offset(i)]
            assert source_ch == ch or (ch == " " and source_ch in "\r\n"), (block, i)


def test_structure_and_inline_markup(tmp_path: Path) -> None:
    text = (
        "# Banjir *Besar* Landa Kota\n\n"
        'Hujan deras **sejak Senin** membuat [sungai Ciliwung](https://contoh.id/a "peta") '
        "meluap, kata `petugas` di lokasi.\n\n"
        "## Warga Mengungsi\n\n"
        "> Kami sudah mengungsi\n> sejak pagi, kata seorang warga.\n\n"
        "- Posko di balai desa\n- Dapur umum di masjid\n"
    )
    article = _load(tmp_path, text)
    assert article.title == "Banjir Besar Landa Kota"
    assert [(b.kind, b.text) for b in article.blocks] == [
        ("title", "Banjir Besar Landa Kota"),
        (
            "paragraph",
            "Hujan deras sejak Senin membuat sungai Ciliwung meluap, kata petugas di lokasi.",
        ),
        ("heading", "Warga Mengungsi"),
        ("quote", "Kami sudah mengungsi sejak pagi, kata seorang warga."),
        ("item", "Posko di balai desa"),
        ("item", "Dapur umum di masjid"),
    ]
    _assert_literal_offsets(article)
    paragraph = article.blocks[1]
    start = paragraph.text.index("Ciliwung")
    s, e = paragraph.source_span(start, start + len("Ciliwung"))
    assert article.text[s:e] == "Ciliwung"


def test_entities_and_escapes_map_to_where_they_were_written(tmp_path: Path) -> None:
    article = _load(tmp_path, "Saham AT&amp;T naik \\*5\\* persen &copy; kemarin sore di bursa.\n")
    (block,) = article.blocks
    assert block.text == "Saham AT&T naik *5* persen © kemarin sore di bursa."
    amp = block.text.index("&")
    assert article.text[block.source_offset(amp)] == "&"
    star = block.text.index("*")
    assert article.text[block.source_offset(star)] == "*"
    copyright_sign = block.text.index("©")
    assert article.text[block.source_offset(copyright_sign)] == "&"  # the entity's start


def test_metadata_line_under_the_title(tmp_path: Path) -> None:
    text = (
        "# Harga Cabai Naik Menjelang Lebaran\n\n"
        "*Kabar Pagi · 2019-05-02 · <https://kabarpagi.id/a>*\n\n"
        "Harga cabai di pasar tradisional naik dua kali lipat menjelang Lebaran.\n"
    )
    article = _load(tmp_path, text)
    assert article.source == "Kabar Pagi"
    assert article.date == datetime(2019, 5, 2)
    assert article.url == "https://kabarpagi.id/a"
    assert [(b.kind, b.text) for b in article.blocks] == [
        ("title", "Harga Cabai Naik Menjelang Lebaran"),
        ("source", "Kabar Pagi"),
        ("paragraph", "Harga cabai di pasar tradisional naik dua kali lipat menjelang Lebaran."),
    ]
    source = article.blocks[1]
    s, e = source.source_span(0, len(source.text))
    assert article.text[s:e] == "Kabar Pagi"


def test_an_emphasised_sentence_under_the_title_is_a_paragraph(tmp_path: Path) -> None:
    text = "# Judul Berita Hari Ini\n\n*Sebuah kalimat pembuka yang dicetak miring.*\n\nIsi.\n"
    article = _load(tmp_path, text)
    assert article.blocks[1].kind == "paragraph"
    assert article.source == "" and article.date is None


def test_front_matter(tmp_path: Path) -> None:
    text = (
        '---\ntitle: "Pasar Saham Dibuka Menguat"\nauthor: Rina Kusuma\ndate: 2024-01-05 09:00\n'
        "source: Kabar Bursa\ntags: [saham, bursa]\n---\n\n"
        "Indeks saham dibuka menguat pada perdagangan pagi ini setelah libur panjang.\n"
    )
    article = _load(tmp_path, text)
    assert article.title == "Pasar Saham Dibuka Menguat"
    assert article.author == "Rina Kusuma" and article.source == "Kabar Bursa"
    assert article.date == datetime(2024, 1, 5, 9, 0)
    kinds = [(b.kind, b.text) for b in article.blocks]
    assert kinds[:4] == [
        ("title", "Pasar Saham Dibuka Menguat"),
        ("byline", "Rina Kusuma"),
        ("source", "Kabar Bursa"),
        ("tags", "saham, bursa"),
    ]
    for block in article.blocks:
        assert article.text[block.start : block.start + len(block.text)] == block.text


def test_clean_up_rules_apply_to_markdown_bodies(tmp_path: Path) -> None:
    text = (
        "# Tim Nasional Lolos ke Final\n\n"
        "Rina Kusuma\n\n"
        "BANDUNG, Kabar.co — Tim nasional lolos ke final setelah menang dua gol tanpa balas.\n\n"
        "Baca juga: Pelatih Umumkan Skuad Baru\n\n"
        "Pemain merayakan kemenangan. (Foto: Kabar)\n"
    )
    article = _load(tmp_path, text)
    assert article.author == "Rina Kusuma"
    assert article.dateline == "BANDUNG" and article.source == "Kabar.co"
    assert [b.kind for b in article.blocks] == [
        "title",
        "byline",
        "dateline",
        "source",
        "paragraph",
        "caption",
    ]


def test_expanded_corpus_markdown(tmp_path: Path) -> None:
    tool = shared_path("tools", "expand_corpus.py")
    corpus_dir = shared_path("corpora", "indosum-dev")
    out = tmp_path / "md"
    subprocess.run(
        [sys.executable, str(tool), str(corpus_dir), str(out), "--format", "md", "--limit", "40"],
        check=True,
        capture_output=True,
    )
    corpus = load_corpus([str(out)])
    assert not corpus.problems and len(corpus.articles) == 40
    for article in corpus.articles:
        assert article.source and article.date is not None and article.url.startswith("http")
        assert article.blocks[0].kind == "title" and article.blocks[1].kind == "source"
        assert article.language == "id"
        assert not any("·" in b.text for b in article.blocks)
        _assert_literal_offsets(article)


def test_entities_cannot_smuggle_control_characters(tmp_path: Path) -> None:
    article = _load(tmp_path, "# Judul &#x202E;Terbalik\n\nTeks &#27;[2J dan &#x9b; di sini.\n")
    for block in article.blocks:
        assert not any(ch in block.text for ch in "\u202e\x1b\x9b"), block.text
    assert article.title == "Judul \ufffdTerbalik"
