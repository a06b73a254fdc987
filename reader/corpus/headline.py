"""Headlines in scraped text: is this line a headline, and what is stuck to it.

Pages often glue a rubric before the headline and a timestamp after it:
"INTERNASIONAL Pemimpin … Tiba di Rusia 12 Sep 2023 10:58". The rubric is an upper-case word
or two that is a common section name or comes with such a timestamp; the title is what is
left between them. A timestamp may also stand on a line of its own under the headline
(`date_line`).
"""

from __future__ import annotations

from typing import NamedTuple

from reader.corpus.captions import is_caption
from reader.corpus.dates import DateMatch, find_trailing_date
from reader.corpus.vocab import words

#: Section names that news sites print above or before a headline, lower case.
SECTION_NAMES: frozenset[str] = words(
    """
    nasional internasional dunia global ekonomi bisnis finansial keuangan politik hukum
    kriminal olahraga sport sports bola sepak bola teknologi tekno sains hiburan seleb
    selebriti showbiz gaya hidup lifestyle kesehatan otomotif pendidikan edukasi wisata
    travel kuliner berita daerah regional nusantara megapolitan metro opini kolom editorial
    peristiwa humaniora properti news world business politics technology tech science health
    entertainment culture budaya arts opinion international national local markets money
    environment lingkungan religi ramadan
    """
)

_CLOSING_MARKS = ".,;:"
_QUOTES = "\"'”’»)]"


class HeadlineParts(NamedTuple):
    """Spans (start, end) of a headline line's rubric and title, and its timestamp."""

    title: tuple[int, int]
    category: tuple[int, int] | None = None
    date: DateMatch | None = None


def split_headline(text: str) -> HeadlineParts:
    """Cut a rubric prefix and a trailing timestamp off a headline line."""
    date = find_trailing_date(text)
    end = date.start if date is not None else len(text)
    while end > 0 and text[end - 1] in " ,|-–—•·":
        end -= 1
    if date is not None and len(text[:end].split()) < 2:
        date, end = None, len(text)
    start, category = 0, None
    words = text[:end].split(" ")
    for count in (2, 1):
        if len(words) <= count + 1:
            continue
        head = words[:count]
        following = words[count]
        if not all(_is_caps_word(w) for w in head) or not _has_lower(following):
            continue
        name = " ".join(head)
        if all(w.lower() in SECTION_NAMES for w in head) or date is not None:
            category = (0, len(name))
            start = len(name) + 1
            break
    return HeadlineParts((start, end), category, date)


def looks_like_headline(text: str) -> bool:
    """A line that can be a headline: 3–30 words, not a sentence ending in a full stop."""
    words = text.split()
    if not 3 <= len(words) <= 30 or len(text) > 250:
        return False
    first_letter = next((ch for ch in text if ch.isalnum()), "")
    if not (first_letter.isupper() or first_letter.isdigit()):
        return False
    last = text.rstrip(_QUOTES)[-1:]
    if last in _CLOSING_MARKS:
        return False
    return not is_caption(text)


def is_kicker(text: str) -> bool:
    """A one- or two-word label above a headline (a rubric such as "POLITIK" or "Sport")."""
    words = text.split()
    if not 1 <= len(words) <= 2 or any(ch.isdigit() for ch in text):
        return False
    if text[-1:] in '.,;!?"”':
        return False
    return all(w[0].isupper() for w in words)


def _is_caps_word(word: str) -> bool:
    """An all-capitals word of three letters or more."""
    letters = [ch for ch in word if ch.isalpha()]
    return len(letters) >= 3 and len(letters) == len(word) and all(ch.isupper() for ch in letters)


def _has_lower(word: str) -> bool:
    """Whether the word has a lower-case letter."""
    return any(ch.islower() for ch in word)


#: Labels a timestamp line may open with ("Diperbarui: 12 Sep 2023 10:58"), lower case.
_STAMP_LABELS = frozenset(
    {
        *("published", "posted", "updated", "last", "first", "diterbitkan", "dipublikasikan"),
        *("diperbarui", "diperbaharui", "terbit", "tayang", "dimuat"),
    }
)


def date_line(text: str) -> DateMatch | None:
    """The date of a line that is only a timestamp ("Selasa, 12 September 2023 10:58 WIB"),
    maybe after a label ("Updated:"); None for any other line."""
    if len(text) > 80:
        return None
    date = find_trailing_date(text)
    if date is None:
        return None
    head = text[: date.start].strip(" ,|-–—•·:").lower()
    if head and not all(word in _STAMP_LABELS for word in head.split()):
        return None
    return date
