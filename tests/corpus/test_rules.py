"""The clean-up rules one by one, on shapes written for the test in Indonesian and English."""

from __future__ import annotations

import pytest

from reader.corpus.bylines import is_lone_name_line, parse_byline, parse_signoff
from reader.corpus.captions import is_caption, leading_credit_end
from reader.corpus.datelines import parse_dateline
from reader.corpus.furniture import is_furniture, tags_label_end
from reader.corpus.headline import looks_like_headline, split_headline
from reader.corpus.language import detect_language
from reader.corpus.metaline import parse_meta_line
from reader.corpus.sentences import lead_sentence


@pytest.mark.parametrize(
    "line",
    [
        "Breaking News",
        "BREAKING NEWS",
        "Trending",
        "Berita Terkini",
        "Sukses",
        "Article image",
        "Komentar",
        "0 Komentar",
        "12 comments",
        "3 dari 5 halaman",
        "Halaman 2",
        "Page 2 of 3",
        "Selanjutnya",
        "Bagikan",
        "Share this article",
        "Salin tautan",
        "Link copied!",
        "***",
        "(***)",
        "---",
        "Baca juga: Pemerintah Umumkan Kebijakan Baru Soal Harga BBM",
        "Baca Juga",
        "Simak juga video berikut:",
        "Read more: Markets rally after rate cut",
        "Lihat Juga",
        "Advertisement",
        "Scroll to continue with content",
        "5 menit baca",
        "Ikuti kami di Google News",
        "Dapatkan update berita pilihan setiap hari",
    ],
)
def test_furniture_lines_are_recognised(line: str) -> None:
    assert is_furniture(line)


@pytest.mark.parametrize(
    "line",
    [
        "Kesepakatan Signifikan bagi Rusia",
        "Presiden mengatakan bahwa berita terkini tentang banjir akan diumumkan besok pagi.",
        "Lihat juga kata dia bahwa semua warga harus waspada terhadap banjir.",
        "Baca juga pernyataan lengkap presiden di bawah ini, kata juru bicara.",
        "Share prices fell sharply on Monday after the announcement.",
        "Reuters berkontribusi pada laporan ini",
        "Rusia Ukraina",
    ],
)
def test_story_lines_are_not_furniture(line: str) -> None:
    assert not is_furniture(line)


def test_tags_labels() -> None:
    assert tags_label_end("Tags:") == 5
    text = "Topik: Pemilu, Partai, Parlemen"
    end = tags_label_end(text)
    assert end is not None and text[end:].strip() == "Pemilu, Partai, Parlemen"
    assert tags_label_end("Tagihan listrik naik bulan ini") is None


@pytest.mark.parametrize(
    "line",
    [
        "Presiden berbicara kepada wartawan di Istana. Foto: Reuters",
        "Warga mengungsi ke tempat yang lebih tinggi. (Foto: Dokumentasi BPBD)",
        "Officials inspect the damage on Monday. (AP Photo/Jane Doe)",
        "Kapal nelayan bersandar di pelabuhan. (ANTARA FOTO/Budi Santoso)",
        "Protesters gather outside parliament. Photo by John Smith",
        "Suasana rapat di gedung dewan. [Foto: Istimewa]",
        "Ilustrasi: Getty Images",
    ],
)
def test_captions_end_with_a_credit(line: str) -> None:
    assert is_caption(line)


@pytest.mark.parametrize(
    "line",
    [
        "He sent a photo to his friend and then left.",
        "Harga naik 5 persen (BPS/2023)",
        "Demikian laporan dari lapangan. (K007/Y008)",
        "Dia mengambil foto: pemandangan indah di pantai yang ramai sekali dikunjungi wisatawan dari berbagai daerah setiap akhir pekan",
    ],
)
def test_prose_is_not_a_caption(line: str) -> None:
    assert not is_caption(line)


def test_leading_credit() -> None:
    text = "(Kredit: contoh.net)  Para pendukung klub menyambut pemain di bandara."
    end = leading_credit_end(text)
    assert end is not None and text[:end] == "(Kredit: contoh.net)"
    assert leading_credit_end("(Jakarta) Para pendukung klub menyambut pemain.") is None


def _names(text: str, spans: list[tuple[int, int]]) -> list[str]:
    return [text[s:e] for s, e in spans]


@pytest.mark.parametrize(
    ("line", "authors", "sources", "has_date"),
    [
        ("Rina Kusuma • 3 Oktober 2022 14:05", ["Rina Kusuma"], [], True),
        ("Rina Kusuma | Selasa, 3 Oktober 2022 14:05 WIB", ["Rina Kusuma"], [], True),
        ("Oleh Rina Kusuma", ["Rina Kusuma"], [], False),
        ("By Jane Holloway and Tom Reed", ["Jane Holloway", "Tom Reed"], [], False),
        ("Penulis: Andi", ["Andi"], [], False),
        ("Rina Kusuma, Contoh.com - 3 Oktober 2022", ["Rina Kusuma"], ["Contoh.com"], True),
    ],
)
def test_bylines(line: str, authors: list[str], sources: list[str], has_date: bool) -> None:
    byline = parse_byline(line)
    assert byline is not None
    assert _names(line, byline.authors) == authors
    assert _names(line, byline.sources) == sources
    assert (byline.date is not None) is has_date


@pytest.mark.parametrize(
    "line",
    [
        "Breaking News 3 Okt 2022",
        "Harga beras naik tajam • 3 Oktober 2022",
        "Presiden mengatakan hal itu kepada wartawan pada 3 Oktober 2022.",
        "Kim",
    ],
)
def test_not_bylines(line: str) -> None:
    assert parse_byline(line) is None


def test_signoffs() -> None:
    dash = "--- Rina Kusuma"
    assert _names(dash, parse_signoff(dash).authors) == ["Rina Kusuma"]  # type: ignore[union-attr]
    editor = "Editor: Tom Reed"
    assert _names(editor, parse_signoff(editor).editors) == ["Tom Reed"]  # type: ignore[union-attr]
    credit = "(Reporting by Jane Holloway; Editing by Tom Reed and Ana Lee)"
    byline = parse_signoff(credit)
    assert byline is not None
    assert _names(credit, byline.authors) == ["Jane Holloway"]
    assert _names(credit, byline.editors) == ["Tom Reed", "Ana Lee"]
    for line in ("— Reuters", "(asr)", "--- lanjutan cerita", "(Reporting by Jane in Seoul)"):
        assert parse_signoff(line) is None


def test_lone_name_lines() -> None:
    assert is_lone_name_line("Rina Kusuma")
    assert is_lone_name_line("Ahmad bin Salim")
    assert not is_lone_name_line("RINA KUSUMA")
    assert not is_lone_name_line("Kim")
    assert not is_lone_name_line("Harga beras naik")


@pytest.mark.parametrize(
    ("lead", "places", "sources", "body"),
    [
        (
            "BANDUNG, Contoh.co — Hujan deras mengguyur kota sejak pagi hari.",
            ["BANDUNG"],
            ["Contoh.co"],
            "Hujan",
        ),
        (
            "Contoh.com, Surabaya - Polisi menangkap tiga orang tersangka kemarin.",
            ["Surabaya"],
            ["Contoh.com"],
            "Polisi",
        ),
        (
            "CONTOH24.COM - Pemerintah daerah mengumumkan libur sekolah besok.",
            [],
            ["CONTOH24.COM"],
            "Pemerintah",
        ),
        (
            "Tokyo: Gempa berkekuatan 6 mengguncang wilayah timur Jepang pagi ini.",
            ["Tokyo"],
            [],
            "Gempa",
        ),
        (
            "Medan, Kabar Kita -- Harga cabai di pasar tradisional kembali naik.",
            ["Medan"],
            ["Kabar Kita"],
            "Harga",
        ),
        (
            "Makassar (Kantor Berita) - Nelayan tidak melaut karena cuaca buruk.",
            ["Makassar"],
            ["Kantor Berita"],
            "Nelayan",
        ),
        (
            "NAIROBI, March 4 (Wire) - Kenya's central bank held its key rate on Tuesday.",
            ["NAIROBI"],
            ["Wire"],
            "Kenya",
        ),
        (
            "KUALA LUMPUR, CONTOH.NET - Pebulu tangkis nasional lolos ke final turnamen.",
            ["KUALA LUMPUR"],
            ["CONTOH.NET"],
            "Pebulu",
        ),
    ],
)
def test_datelines(lead: str, places: list[str], sources: list[str], body: str) -> None:
    dateline = parse_dateline(lead)
    assert dateline is not None
    assert _names(lead, dateline.places) == places
    assert _names(lead, dateline.sources) == sources
    assert lead[dateline.body_start :].startswith(body)


def test_a_known_outlet_name_is_the_source() -> None:
    lead = "Kabarku - Calon gubernur berjanji membangun jalan di seluruh desa."
    assert _names(lead, parse_dateline(lead, ("kabarku",)).sources) == ["Kabarku"]  # type: ignore[union-attr]
    assert _names(lead, parse_dateline(lead).places) == ["Kabarku"]  # type: ignore[union-attr]


@pytest.mark.parametrize(
    "lead",
    [
        "Di Rusia, Kim akan bertemu dengan Presiden, sebuah pertemuan penting.",
        "Budi Santoso - pejabat daerah - mengatakan jalan itu rusak parah.",
        'Kata Menteri: "Kami akan segera memperbaiki jalan tersebut minggu ini."',
        "Presiden Joko Widodo: Kita harus bekerja keras untuk rakyat semua.",
        "Kremlin: Kim akan datang.",
        "The minister said on Monday that the plan - which is new - would work.",
        "CORRECTION - Company results reported yesterday were wrong, the firm said.",
        "EKONOMI - Harga beras di pasar tradisional kembali naik pekan ini.",
    ],
)
def test_not_datelines(lead: str) -> None:
    assert parse_dateline(lead) is None


def test_weak_datelines_only_open_the_first_paragraph() -> None:
    colon = "Tokyo: Gempa berkekuatan 6 mengguncang wilayah timur Jepang pagi ini."
    lone = "Vera Drake - Drama tentang seorang perempuan pada tahun 1950-an di London."
    for lead in (colon, lone):
        assert parse_dateline(lead, first=True) is not None
        assert parse_dateline(lead, first=False) is None
    strong = (
        "JAKARTA - Presiden meresmikan jalan tol baru pada hari ini.",
        "Jakarta, Kabar Kita - Presiden meresmikan jalan tol baru pada hari ini.",
        "Jakarta (Kabar) - Presiden meresmikan jalan tol baru pada hari ini.",
    )
    for lead in strong:
        assert parse_dateline(lead, first=False) is not None


def test_headline_split_and_shape() -> None:
    line = "OLAHRAGA Timnas Menang Tipis atas Tamu 5 Mei 2024 21:30"
    parts = split_headline(line)
    assert parts.category is not None and line[slice(*parts.category)] == "OLAHRAGA"
    assert line[slice(*parts.title)] == "Timnas Menang Tipis atas Tamu"
    assert parts.date is not None and parts.date.hour == 21
    plain = split_headline("NASA Luncurkan Wahana ke Bulan")
    assert plain.category is None
    assert looks_like_headline("Timnas Menang Tipis atas Tamu")
    assert not looks_like_headline("Timnas menang tipis atas tamu kemarin.")
    assert not looks_like_headline("Sukses")


def test_language() -> None:
    assert (
        detect_language("Pemerintah akan membangun jalan baru di desa itu pada tahun depan.")
        == "id"
    )
    assert (
        detect_language("The government said it will build a new road in the village next year.")
        == "en"
    )
    assert detect_language("Jakarta Jakarta Jakarta") == ""


def test_lead_sentence() -> None:
    assert lead_sentence("Dr. Rina tiba di kota. Dia disambut warga.") == "Dr. Rina tiba di kota."
    assert lead_sentence("<D.H. SMITH CO> RAISES PAYOUT. More.") == "<D.H. SMITH CO> RAISES PAYOUT."
    long = "kata " * 60
    assert lead_sentence(long).endswith("…") and len(lead_sentence(long)) <= 141


def test_meta_line() -> None:
    text = "Kabar Pagi · 2019-05-02 · <https://contoh.id/a>"
    line = parse_meta_line(text, emphasised=True)
    assert line is not None and line.source == "Kabar Pagi"
    assert line.date is not None and line.date.day == 2 and line.url == "https://contoh.id/a"
    assert parse_meta_line("Kabar Pagi · copy #2 · 2019-05-02", emphasised=True).other == [
        "copy #2"
    ]  # type: ignore[union-attr]
    assert parse_meta_line("Kabar Pagi · copy #2 · 2019-05-02", emphasised=False) is None
    assert parse_meta_line("Sebuah kalimat biasa yang ditulis miring.", emphasised=True) is None
