"""Page furniture: the lines a news page wraps around a story, recognised by general rules.

A scraped page keeps the site's labels ("Breaking News", "Trending"), image placeholders,
toasts ("Sukses"), share and comment buttons, pagination ("2 dari 3 halaman"), prompts to
read another story ("Baca juga: …") and decorative rules ("***"). The vocabulary below is what
Indonesian and English news sites put there in general; it is matched against whole short
lines only, so a story sentence that happens to contain one of these words is never touched.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

from reader.corpus.vocab import phrases

#: Whole-line labels and buttons, lower case, punctuation and spacing normalised away.
FURNITURE_LINES: frozenset[str] = phrases(
    """
    # site labels and rubric banners
    breaking news | breaking | berita terkini | terkini | terpopuler | populer | trending |
    trending now | headline | headlines | live | live update | live report | just in |
    update | updated | exclusive | eksklusif | latest | latest news | terbaru | berita
    terbaru | most read | most popular | paling banyak dibaca | terpopuler hari ini |
    pilihan editor | editors picks | editor's picks | rekomendasi | rekomendasi untuk anda |
    recommended | berita terkait | artikel terkait | related | related news | related
    articles | related stories | more stories | more news | berita lainnya | lainnya | baca
    juga | simak juga | lihat juga | read also | see also | also read
    # advertising
    advertisement | iklan | ads | ad | sponsored | sponsored content | konten sponsor |
    konten bersponsor | scroll to continue with content | scroll untuk melanjutkan |
    lanjutkan membaca | lanjut baca | continue reading | read more | baca selengkapnya |
    selengkapnya | show more | tampilkan lebih banyak | load more | muat lebih banyak |
    loading | memuat
    # images and media placeholders
    article image | image | images | gambar | foto | photo | photos | video | videos |
    ilustrasi | illustration | thumbnail | galeri | gallery | galeri foto | photo gallery |
    play | play video | putar video | tonton video | watch | watch video | listen |
    dengarkan | audio | infografis | infographic
    # toasts and account buttons
    sukses | berhasil | success | gagal | failed | error | ok | oke | login | log in | masuk
    | daftar | register | sign in | sign up | logout | keluar | subscribe | langganan |
    berlangganan | follow | ikuti | following | diikuti | close | tutup | x | kembali | back
    | back to top | kembali ke atas | menu | home | beranda | search | cari | pencarian |
    next | previous | prev | selanjutnya | sebelumnya | berikutnya | next article | artikel
    selanjutnya | artikel berikutnya | previous article | artikel sebelumnya
    # sharing
    share | bagikan | share this | share this article | bagikan artikel | bagikan artikel
    ini | bagikan berita | copy link | copy url | salin link | salin tautan | salin url |
    link copied | tautan disalin | link disalin | link berhasil disalin | tautan berhasil
    disalin | print | cetak | save | simpan | bookmark | facebook | twitter | whatsapp |
    telegram | linkedin | email | e-mail | pinterest | line | reddit | tweet | kirim
    # comments
    komentar | comments | comment | tulis komentar | kirim komentar | lihat komentar |
    tampilkan komentar | post comment | leave a comment | show comments | komentar pembaca |
    reader comments | diskusi | discussion
    # reading aids
    dengarkan berita | listen to this article | ringkasan | summary | tl;dr
    """
)

#: Prompts that send the reader elsewhere; the whole line (label and linked headline) goes.
_PROMPT = re.compile(
    r"^(?:baca|simak|lihat|tonton|saksikan|dengarkan|read|see|watch|also read|klik|click|"
    r"download|unduh|dapatkan|ikuti|follow|gabung|join|bagikan|share)"
    r"(?:\s+(?:juga|pula|also|more|selengkapnya|berita|video|di sini|here|aplikasi|app|"
    r"update|kami|us|sekarang|now|artikel|this|ini|lainnya|berikut))+\b\s*[:\-–—]?",
    re.IGNORECASE,
)

#: "Selanjutnya: <next page's heading>", "Next page: …".
_NEXT_PAGE = re.compile(
    r"^(?:selanjutnya|berikutnya|halaman (?:selanjutnya|berikutnya)|next(?: page)?)\s*:",
    re.IGNORECASE,
)
_CALLS_TO_ACTION = frozenset(
    {"ikuti", "follow", "gabung", "join", "download", "unduh", "dapatkan", "klik", "click"}
)

#: Labels that introduce a story's topic tags.
_TAGS_LABEL = re.compile(
    r"^(?:tags?|topik|topics?|kata kunci|keywords?|labels?|tagar|hashtags?)\b\s*(?::|$)",
    re.IGNORECASE,
)

_MAX_FURNITURE_CHARS = 240
#: The general shapes of promotional lines ("Simak juga video …", "Baca juga: …"), as data.
PROMOTIONS_FILE = Path(__file__).with_name("promotions.txt")
_MAX_PROMOTION_WORDS = 40
_OPENING_MARKS = "([\"“'‘«-–—•*>"
_NORMALISE = re.compile(r"[\s\W_]+")


@cache
def _pagination() -> re.Pattern[str]:
    """Pagination and counters: "2 dari 3 halaman", "Page 2 of 5", "3 min read", "12 komentar"."""
    return re.compile(
        r"^(?:(?:halaman|hal|page|pg|bagian|part)\.?\s*\d+(?:\s*(?:dari|of|/)\s*\d+)?"
        r"|\d+\s*(?:dari|of|/)\s*\d+(?:\s*(?:halaman|hal|pages?|bagian|parts?))?"
        r"|(?:halaman|page)\s+(?:selanjutnya|berikutnya|sebelumnya|next|previous|pertama|terakhir)"
        r"|\d+\s*(?:komentar|comments?|views?|kali dibaca|dibaca|dilihat|shares?|likes?|suka)"
        r"|(?:waktu baca\s*:?\s*)?\d+\s*(?:min(?:ute)?s?|menit)(?:\s*(?:read|baca|membaca))?)$",
        re.IGNORECASE,
    )


def _may_be_pagination(text: str) -> bool:
    """Every form `_pagination` matches holds a digit or "halaman"/"page": a cheap test that
    spares most lines (and most starts) the pattern."""
    if any(ch.isdigit() for ch in text):
        return True
    lowered = text.lower()
    return "halaman" in lowered or "page" in lowered


def _key(text: str) -> str:
    """A line reduced for lexicon look-up: lower case, words only."""
    return _NORMALISE.sub(" ", text.lower()).strip()


@cache
def _furniture_keys() -> frozenset[str]:
    """The furniture lexicon reduced the same way, made once."""
    return frozenset(_key(line) for line in FURNITURE_LINES)


def is_furniture(text: str) -> bool:
    """Whether a whole line is page furniture (label, button, pagination, prompt, ornament)."""
    if len(text) > _MAX_FURNITURE_CHARS:
        return False
    if not any(ch.isalnum() for ch in text):
        return True
    words = len(text.split())
    if words <= 6 and _key(text) in _furniture_keys():
        return True
    if words <= 8 and _may_be_pagination(text) and _pagination().match(text.strip()):
        return True
    return (words <= 30 and is_prompt(text)) or (
        words <= _MAX_PROMOTION_WORDS and is_promotion(text)
    )


@cache
def _promotions() -> re.Pattern[str]:
    """The promotional shapes of `PROMOTIONS_FILE` as one pattern, compiled on first use."""
    lines = PROMOTIONS_FILE.read_text(encoding="utf-8").splitlines()
    shapes = [line.strip() for line in lines if line.strip() and not line.lstrip().startswith("#")]
    return re.compile("|".join(f"(?:{shape})" for shape in shapes), re.IGNORECASE)


def is_promotion(text: str) -> bool:
    """Whether a line is a promotion: a prompt to watch, read or follow something else."""
    start = len(text) - len(text.lstrip(_OPENING_MARKS + " "))
    return _promotions().match(text, start) is not None


def is_prompt(text: str) -> bool:
    """Whether a line is a "Baca juga: …"/"Read more" style prompt (with or without a link)."""
    if _NEXT_PAGE.match(text):
        return True
    match = _PROMPT.match(text)
    if match is None:
        return False
    rest = text[match.end() :]
    # A prompt is followed by a label mark or ends the line, not by running prose; a call to
    # action ("Ikuti kami di …", "Download aplikasi …") is a short line of its own.
    if match.group().rstrip().endswith((":", "-", "–", "—")) or not rest.strip():
        return True
    verb = match.group().split()[0].lower()
    return verb in _CALLS_TO_ACTION and len(text.split()) <= 16


def tags_label_end(text: str) -> int | None:
    """If the line starts with a tags label ("Tags:", "Topik:"), where the tags begin."""
    match = _TAGS_LABEL.match(text)
    if match is None:
        return None
    return match.end()
