"""Plain-text articles: lines to blocks, the seeds' headers read right, no sentence lost."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest

from reader.corpus.loader import load_corpus
from reader.corpus.model import Article


def _load_one(path: Path) -> Article:
    corpus = load_corpus([str(path)])
    assert not corpus.problems
    (article,) = corpus.articles
    return article


def _write(tmp_path: Path, text: str, name: str = "article.txt") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8", newline="")
    return path


def _kinds(article: Article) -> list[tuple[str, str]]:
    return [(b.kind, b.text) for b in article.blocks]


@pytest.fixture(scope="module")
def seed_articles(seeds: Path) -> dict[str, Article]:
    corpus = load_corpus([str(seeds)])
    assert not corpus.problems
    return {Path(a.path).name[:3]: a for a in corpus.articles}


def test_seed_000_header_footer_and_dateline(seed_articles: dict[str, Article]) -> None:
    article = seed_articles["000"]
    assert article.title == "Pemimpin Korea Utara Kim Jong Un Tiba di Rusia"
    assert article.category == "INTERNASIONAL"
    assert article.date == datetime(2023, 9, 12, 10, 58)
    assert article.author == "Simon Leya"
    assert article.dateline == "SEOUL"
    assert article.source == "IndonesiaSatu.co"
    assert article.language == "id"
    assert not article.title_derived
    kinds = _kinds(article)
    assert kinds[0] == ("title", article.title)
    assert kinds[1][0] == "caption" and kinds[1][1].endswith("(Foto: Politico)")
    assert ("dateline", "SEOUL") in kinds and ("source", "IndonesiaSatu.co") in kinds
    assert ("byline", "Simon Leya") in kinds and ("tags", "Rusia Ukraina") in kinds
    texts = [text for _, text in kinds]
    for furniture in ("Breaking News", "Article image", "Komentar", "Tags:"):
        assert furniture not in texts and furniture not in article.title
    lead = next(text for kind, text in kinds if text.startswith("Bergabung dengan"))
    assert lead.endswith("pada Selasa (12/9/2023).")


def test_seed_001_outlet_lead_and_question_lines(seed_articles: dict[str, Article]) -> None:
    article = seed_articles["001"]
    assert article.title.startswith("Kremlin: Kim Jong Un Akan Mengunjungi Rusia")
    assert article.source == "RIAU24.COM"
    assert ("source", "RIAU24.COM") in _kinds(article)
    assert "(***)" not in [b.text for b in article.blocks]
    assert article.date is None  # "pada 11 September" is in the story's sentence, not a header


def test_seed_002_caption_byline_and_derived_title(seed_articles: dict[str, Article]) -> None:
    article = seed_articles["002"]
    assert article.author == "Fajar Nugraha"
    assert article.date == datetime(2023, 9, 12, 6, 0)
    assert article.dateline == "Moskow"
    assert article.title_derived
    assert article.title == (
        "Kim Jong-un dilaporkan dalam perjalanan ke Rusia untuk bertemu Presiden Vladimir Putin."
    )
    kinds = _kinds(article)
    assert kinds[0][0] == "caption" and kinds[0][1].endswith("Foto: Associated Press")
    assert kinds[1] == ("byline", "Fajar Nugraha")
    assert kinds[2] == ("dateline", "Moskow")
    assert not any(kind == "title" for kind, _ in kinds)


def test_seed_003_furniture_subheading_and_undated_lead(seed_articles: dict[str, Article]) -> None:
    article = seed_articles["003"]
    assert article.title.startswith("Kim Jong Un dan Vladimir Putin Disebut Bakal Bertemu")
    assert article.title != "Sukses"
    assert article.source == "Liputan6.com" and article.dateline == "Washington"
    assert article.date is None  # "Selasa (5/9/2023)" is in a quoted sentence of the story
    kinds = _kinds(article)
    assert ("heading", "Kesepakatan Signifikan bagi Rusia") in kinds
    assert "2 dari 2 halaman" not in [text for _, text in kinds]


def test_seed_004_lone_name_byline_and_undated_lead(seed_articles: dict[str, Article]) -> None:
    article = seed_articles["004"]
    assert article.title == "Pemimpin Korea Utara Bertemu Putin, Bersumpah Mendukung Perang Rusia"
    assert article.author == "Aldgra Fredly"
    assert _kinds(article)[1] == ("byline", "Aldgra Fredly")
    assert article.date is None  # "pada Rabu 13 September" is in the story's first sentence
    kinds = _kinds(article)
    assert ("heading", "Korea Utara Meluncurkan Rudal Menjelang Pembicaraan") in kinds
    # A last line without punctuation is not a heading: nothing follows it.
    assert kinds[-1] == ("paragraph", "Reuters berkontribusi pada laporan ini")


def test_no_story_line_of_a_seed_is_lost(seed_articles: dict[str, Article]) -> None:
    furniture = {
        "Breaking News",
        "Article image",
        "Komentar",
        "Tags:",
        "Sukses",
        "2 dari 2 halaman",
        "(***)",
    }
    for article in seed_articles.values():
        covered = [False] * len(article.text)
        for block in article.blocks:
            start, end = block.source_span(0, len(block.text))
            for i in range(start, end):
                covered[i] = True
        lines_left = set()
        pos = 0
        for line in article.text.split("\n"):
            uncovered = "".join(ch for i, ch in enumerate(line) if not covered[pos + i]).strip()
            if uncovered:
                lines_left.add(line.strip())
            pos += len(line) + 1
        # Only furniture, a rubric, timestamps and separators are left out of every block.
        for line in lines_left:
            assert (
                line in furniture
                or line.startswith("INTERNASIONAL")
                or line.startswith(("SEOUL,", "Liputan6.com,", "RIAU24.COM -", "Moskow:"))
                or "•" in line
                or line.startswith("---")
            ), line


def test_every_line_is_a_paragraph_and_a_short_line_between_paragraphs_is_a_heading(
    tmp_path: Path,
) -> None:
    text = (
        "Harga Beras Naik di Pasar Tradisional\n"
        "Harga beras di sejumlah pasar tradisional naik sejak awal pekan, menurut para pedagang.\n"
        "Pedagang mengatakan pasokan dari daerah penghasil berkurang karena musim kemarau panjang.\n"
        "Pemerintah Siapkan Operasi Pasar\n"
        "Pemerintah berencana menggelar operasi pasar untuk menekan harga dalam waktu dekat.\n"
    )
    article = _load_one(_write(tmp_path, text))
    assert _kinds(article) == [
        ("title", "Harga Beras Naik di Pasar Tradisional"),
        ("paragraph", text.split("\n")[1]),
        ("paragraph", text.split("\n")[2]),
        ("heading", "Pemerintah Siapkan Operasi Pasar"),
        ("paragraph", text.split("\n")[4]),
    ]


def test_table_lines_are_not_headings(tmp_path: Path) -> None:
    text = (
        "ACME CORP QUARTERLY RESULTS\n\n"
        "Shr 12 cts vs 15 cts\n\nNet 1,234,000 vs 987,000\n\nRevs 12.3 mln vs 10.1 mln\n"
    )
    article = _load_one(_write(tmp_path, text))
    assert [b.kind for b in article.blocks] == ["title", "paragraph", "paragraph", "paragraph"]


def test_a_single_sentence_is_a_paragraph_with_a_derived_title(tmp_path: Path) -> None:
    sentence = "Presiden Joko Widodo meresmikan jalan tol baru di Sumatera Utara pada hari Senin"
    article = _load_one(_write(tmp_path, sentence))
    assert _kinds(article) == [("paragraph", sentence)]
    assert article.title == sentence and article.title_derived
    assert article.language == "id"


def test_english_article_with_byline_dateline_and_signoff(tmp_path: Path) -> None:
    text = (
        "World News\n\n"
        "Floods Force Thousands From Their Homes in Northern Province\n\n"
        "By Jane Holloway\n\n"
        "LONDON (Reuters) - Thousands of people were forced from their homes on Monday after "
        "days of rain swelled rivers across the province, officials said.\n\n"
        "Rescue teams worked through the night to reach villages cut off by the water.\n\n"
        "(Reporting by Jane Holloway; Editing by Mark Daniels)\n"
    )
    article = _load_one(_write(tmp_path, text))
    assert article.title == "Floods Force Thousands From Their Homes in Northern Province"
    assert article.category == "World News"
    assert article.author == "Jane Holloway"
    assert article.dateline == "LONDON" and article.source == "Reuters"
    assert article.extra["editor"] == "Mark Daniels"
    assert article.language == "en"
    kinds = _kinds(article)
    assert kinds[-3][1].startswith("Rescue teams")
    assert kinds[-2:] == [("byline", "Jane Holloway"), ("byline", "Mark Daniels")]


def test_headline_rubric_and_timestamp_split(tmp_path: Path) -> None:
    text = (
        "EKONOMI Rupiah Menguat Tipis di Awal Pekan 3 Okt 2022 09:15\n\n"
        "Nilai tukar rupiah menguat tipis pada perdagangan pagi ini seiring meredanya tekanan global.\n"
    )
    article = _load_one(_write(tmp_path, text))
    assert article.title == "Rupiah Menguat Tipis di Awal Pekan"
    assert article.category == "EKONOMI"
    assert article.date == datetime(2022, 10, 3, 9, 15)


def test_an_acronym_opening_a_headline_is_not_a_rubric(tmp_path: Path) -> None:
    text = "KPK Tahan Dua Tersangka Kasus Suap Proyek Jalan\n\nKomisi menahan dua orang kemarin.\n"
    article = _load_one(_write(tmp_path, text))
    assert article.title == "KPK Tahan Dua Tersangka Kasus Suap Proyek Jalan"
    assert article.category == ""


def test_crlf_files_keep_exact_offsets(tmp_path: Path) -> None:
    text = "Judul Berita Hari Ini Dari Kota\r\n\r\nIsi berita yang cukup panjang untuk dibaca.\r\n"
    path = tmp_path / "crlf.txt"
    path.write_bytes(text.encode("utf-8"))
    article = _load_one(path)
    with open(path, encoding="utf-8", newline="") as fh:
        assert article.text == fh.read()
    for block in article.blocks:
        assert "\r" not in block.text
        assert article.text[block.start : block.start + len(block.text)] == block.text


def test_a_line_broken_mid_sentence_is_not_a_heading(tmp_path: Path) -> None:
    text = (
        "Late Goal Sends Club Through To The Next Round\n\n"
        "The club needed a win on the last night of the group stage and got one.\n\n"
        "A late strike from the captain secured qualification for\n\n"
        "the knockout stage, to the relief of the manager and the fans.\n"
    )
    article = _load_one(_write(tmp_path, text))
    assert [b.kind for b in article.blocks] == ["title", "paragraph", "paragraph", "paragraph"]


def test_tag_lists_under_a_label(tmp_path: Path) -> None:
    text = (
        "Banjir Rendam Kota Pesisir Setelah Hujan Deras\n\n"
        "Topik: hari ini kita membahas banjir yang merendam kota pesisir sejak kemarin pagi.\n\n"
        "Air mulai surut pada sore hari, kata petugas di lokasi kepada wartawan.\n\n"
        "Tags: Banjir, Cuaca\n\n"
        "Tag:\nBanjir Pesisir\nBMKG\n\nKomentar\n"
    )
    article = _load_one(_write(tmp_path, text))
    kinds = _kinds(article)
    assert kinds[1][0] == "paragraph" and kinds[1][1].startswith("Topik: hari ini")
    assert [t for k, t in kinds if k == "tags"] == ["Banjir, Cuaca", "Banjir Pesisir", "BMKG"]
    assert "Komentar" not in [t for _, t in kinds]
