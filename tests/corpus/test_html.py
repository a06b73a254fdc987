"""HTML pages: the article extracted, metadata read, page furniture left out."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from reader.corpus.loader import load_corpus

PAGE = """<!DOCTYPE html>
<html lang="id"><head><title>Jembatan Baru Dibuka - Kabar Kota</title>
<meta property="og:title" content="Jembatan Baru Dibuka untuk Umum">
<meta name="author" content="Rina Kusuma">
<meta property="article:published_time" content="2024-03-04T08:30:00+07:00">
<meta property="og:site_name" content="Kabar Kota">
</head><body>
<nav><a href="/">Beranda</a> <a href="/kota">Kota</a> <a href="/login">Masuk</a></nav>
<div class="ads">Advertisement</div>
<article><h1>Jembatan Baru Dibuka untuk Umum</h1>
<p>SURABAYA, KabarKota.com &mdash; Jembatan baru yang menghubungkan dua kecamatan di tepi
sungai resmi dibuka untuk umum pada Senin pagi setelah dibangun selama dua tahun.</p>
<h2>Mengurangi Kemacetan</h2>
<p>Wali kota mengatakan jembatan itu akan mengurangi kemacetan di pusat kota secara
signifikan, terutama pada jam berangkat dan pulang kerja setiap hari.</p>
<blockquote>Kami berharap warga merasakan manfaatnya mulai hari ini, katanya.</blockquote>
<ul><li>Panjang jembatan mencapai 450 meter dari ujung ke ujung.</li>
<li>Lebarnya cukup untuk empat lajur kendaraan dan trotoar.</li></ul>
<p>Baca juga: Wali Kota Resmikan Taman Baru di Pusat Kota</p>
</article>
<aside><h3>Berita Terpopuler</h3><ul><li><a href="/x">Harga cabai naik</a></li></ul></aside>
<footer>Hak cipta Kabar Kota. <a href="/k">Komentar</a></footer>
</body></html>
"""


def test_article_is_extracted_with_metadata(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    path.write_text(PAGE, encoding="utf-8")
    corpus = load_corpus([str(path)])
    assert not corpus.problems
    (article,) = corpus.articles
    assert article.title == "Jembatan Baru Dibuka untuk Umum"
    assert article.author == "Rina Kusuma"
    assert article.date == datetime(2024, 3, 4, 8, 30)
    assert article.source == "Kabar Kota"
    assert article.dateline == "SURABAYA"
    assert article.language == "id"
    kinds = [(b.kind, b.text) for b in article.blocks]
    assert kinds[0] == ("title", article.title)
    assert ("byline", "Rina Kusuma") in kinds
    assert ("dateline", "SURABAYA") in kinds and ("source", "KabarKota.com") in kinds
    assert ("heading", "Mengurangi Kemacetan") in kinds
    assert any(kind == "quote" for kind, _ in kinds)
    assert [text for kind, text in kinds if kind == "item"] == [
        "Panjang jembatan mencapai 450 meter dari ujung ke ujung.",
        "Lebarnya cukup untuk empat lajur kendaraan dan trotoar.",
    ]
    texts = " ".join(text for _, text in kinds)
    for furniture in ("Beranda", "Advertisement", "Baca juga", "Terpopuler", "Komentar"):
        assert furniture not in texts
    for block in article.blocks:
        assert article.text[block.start : block.start + len(block.text)] == block.text


def test_broken_html_still_gives_its_text(tmp_path: Path) -> None:
    path = tmp_path / "broken.htm"
    path.write_text(
        "<html><body><div><p>Sebuah halaman rusak <b>tanpa penutup <p>dengan teks yang tetap "
        "terbaca oleh pembaca",
        encoding="utf-8",
    )
    corpus = load_corpus([str(path)])
    (article,) = corpus.articles
    assert "tetap terbaca" in " ".join(b.text for b in article.blocks)


def test_html_without_text_is_reported(tmp_path: Path) -> None:
    path = tmp_path / "blank.html"
    path.write_text("<html><head><script>var x = 1;</script></head><body></body></html>", "utf-8")
    corpus = load_corpus([str(path)])
    assert not corpus.articles
    assert [p.reason for p in corpus.problems] == ["no article text found"]
