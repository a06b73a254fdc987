"""Bylines and sign-offs: who wrote the story, lifted out as the name alone.

Shapes handled (Indonesian and English):
- a name and a timestamp on one line: "Name Surname • 12 September 2023 06:00";
- a labelled byline: "Oleh Name", "By Name", "Penulis: Name", "Reporter: Name";
- a sign-off under the story: "--- Name", "— Name", "Editor: Name", "(Reporting by A; Editing by B)";
- a lone name line right under the headline (decided by the clean-up, which knows the position).
Each yields the character spans of the names, so the names stay in the article as blocks.
"""

from __future__ import annotations

import re
from functools import cache

from reader.corpus.dates import DateMatch, find_trailing_date
from reader.corpus.furniture import is_furniture
from reader.corpus.record import Record
from reader.corpus.vocab import words

#: Lower-case words that may sit inside a person's name.
_NAME_PARTICLES = words(
    """
    bin binti bt van von der den de da das dos del della al el la le ibn abu ter y
    """
)
_AUTHOR_LABEL = re.compile(
    r"^(?:oleh|by|penulis|reporter|wartawan|pewarta|ditulis oleh|written by|author|writer|"
    r"laporan|kontributor|contributor)\b\s*:?\s*",
    re.IGNORECASE,
)
_EDITOR_LABEL = re.compile(
    r"^(?:editor|penyunting|redaktur|editing by|edited by|disunting oleh)\b\s*:?\s*",
    re.IGNORECASE,
)
_SIGNOFF_DASH = re.compile(r"^(?:-{1,3}|–|—|~)\s*")
_CREDIT_PARENS = re.compile(r"^\((?P<body>[^()]{3,200})\)\.?$")
_NAME_SEPARATORS = re.compile(r"\s*(?:,|;|&|\band\b|\bdan\b)\s*")
_MAX_BYLINE = 120  # characters: a name and a timestamp
_DATE_SEPARATORS = " ,|•·—–-/"
_DOMAIN = re.compile(r"\b[\w-]+\.(?:com|co|id|net|org|news|tv|info|asia|me|today)\b", re.I)


@cache
def _credit_part() -> re.Pattern[str]:
    """A credit line's role and names, "Reporting by …"; compiled on first use."""
    return re.compile(
        r"^\s*(?P<role>(?:additional\s+)?(?:reporting|writing|editing|compiled|translated)"
        r"(?:\s+by)?)\s+(?P<names>.+?)\s*$",
        re.IGNORECASE,
    )


class Byline(Record):
    """Names found on a byline line, as (start, end) spans of the line, and what else it held."""

    __slots__ = ("authors", "date", "editors", "sources")

    def __init__(
        self,
        authors: list[tuple[int, int]] | None = None,
        editors: list[tuple[int, int]] | None = None,
        sources: list[tuple[int, int]] | None = None,
        date: DateMatch | None = None,
    ) -> None:
        self.authors: list[tuple[int, int]] = authors if authors is not None else []
        self.editors: list[tuple[int, int]] = editors if editors is not None else []
        self.sources: list[tuple[int, int]] = sources if sources is not None else []
        self.date = date


def is_person_name(text: str, min_words: int = 2, max_words: int = 5) -> bool:
    """Whether `text` reads as one person's name: capitalised words, particles allowed inside."""
    words = text.split()
    if not min_words <= len(words) <= max_words:
        return False
    letters = 0
    for position, word in enumerate(words):
        if word.lower() in _NAME_PARTICLES and 0 < position < len(words) - 1:
            continue
        if not word[0].isupper() or not all(ch.isalpha() or ch in ".'’-" for ch in word):
            return False
        letters += sum(ch.isalpha() for ch in word)
    return letters >= 3


def is_lone_name_line(text: str) -> bool:
    """A line that is just a name in Title Case (2 to 4 words), as bylines under a headline are."""
    words = text.split()
    if not 2 <= len(words) <= 4 or not is_person_name(text, 2, 4):
        return False
    # Title Case, not an all-caps banner.
    return all(not w.isupper() or len(w.rstrip(".")) == 1 for w in words)


def parse_byline(text: str) -> Byline | None:
    """A byline at the top of a story: a name with a timestamp, or a labelled name."""
    if len(text) > _MAX_BYLINE:
        return None
    date = find_trailing_date(text)
    head_end = date.start if date else len(text)
    while head_end > 0 and text[head_end - 1] in _DATE_SEPARATORS:
        head_end -= 1
    label = _AUTHOR_LABEL.match(text)
    start = label.end() if label else 0
    if date is None and label is None:
        return None
    byline = Byline(date=date)
    if not _add_names(text, start, head_end, byline.authors, byline.sources, need_two=not label):
        return None
    return byline


def parse_signoff(text: str) -> Byline | None:
    """A sign-off under a story: "--- Name", "Editor: Name", "(Reporting by A; Editing by B)"."""
    if len(text) > _MAX_BYLINE * 2:
        return None
    byline = Byline()
    for pattern, need_two in ((_SIGNOFF_DASH, True), (_AUTHOR_LABEL, False)):
        match = pattern.match(text)
        if match and match.end() > 0:
            ok = _add_names(text, match.end(), len(text), byline.authors, byline.sources, need_two)
            return byline if ok else None
    match = _EDITOR_LABEL.match(text)
    if match:
        ok = _add_names(text, match.end(), len(text), byline.editors, byline.sources, False)
        return byline if ok else None
    match = _CREDIT_PARENS.match(text)
    if match is None:
        return None
    offset = match.start("body")
    for part in _split_keep_offsets(match.group("body"), ";"):
        part_start, part_text = part
        credit = _credit_part().match(part_text)
        if credit is None:
            return None
        target = byline.editors if "edit" in credit.group("role").lower() else byline.authors
        names_start = offset + part_start + credit.start("names")
        names_end = offset + part_start + credit.end("names")
        if not _add_names(text, names_start, names_end, target, byline.sources, False):
            return None
    return byline if byline.authors or byline.editors else None


def _add_names(
    text: str,
    start: int,
    end: int,
    names: list[tuple[int, int]],
    sources: list[tuple[int, int]],
    need_two: bool,
) -> bool:
    """Add the names in `text[start:end]` (separated by commas/"and"); False if one is not a name.

    An outlet written after the names ("Name, Outlet.com") is kept apart as a source.
    """
    found: list[tuple[int, int]] = []
    pos = start
    segment = text[start:end]
    for piece_start, piece in _split_names(segment):
        stripped = piece.strip(" .")
        if not stripped:
            continue
        s = pos + piece_start + piece.find(stripped)
        span = (s, s + len(stripped))
        if _DOMAIN.search(stripped) and " " not in stripped:
            sources.append(span)
            continue
        if not is_person_name(stripped, 2 if need_two else 1) or is_furniture(stripped):
            return False
        found.append(span)
    if not found:
        return False
    names.extend(found)
    return True


def _split_names(segment: str) -> list[tuple[int, str]]:
    """(offset, piece) for each name in a list separated by commas or "and"."""
    pieces: list[tuple[int, str]] = []
    last = 0
    for match in _NAME_SEPARATORS.finditer(segment):
        pieces.append((last, segment[last : match.start()]))
        last = match.end()
    pieces.append((last, segment[last:]))
    return pieces


def _split_keep_offsets(text: str, separator: str) -> list[tuple[int, str]]:
    """(offset, piece) for each piece of `text` split on `separator`."""
    parts: list[tuple[int, str]] = []
    pos = 0
    for piece in text.split(separator):
        parts.append((pos, piece))
        pos += len(piece) + len(separator)
    return parts
