"""Datelines: the place and outlet that open a story's lead, before a dash or a colon.

Shapes (Indonesian and English wire style):
"NAIROBI, Outlet.co — …", "Outlet.com, Washington - …", "SITE.COM - …", "Lima: …",
"Jakarta, CNN Indonesia -- …", "London (ANTARA News) - …", "WASHINGTON (Reuters) - …",
"DEPOK, SITE.net - …", "SALVADOR, Feb 26 - …". A part with a domain name, a part in
parentheses, or a part equal to the article's known outlet is the source; a date is the date;
the remaining capitalised part is the place (a second one, after a place, is the outlet).
"""

from __future__ import annotations

import re

from reader.corpus.dates import DateMatch, find_dates
from reader.corpus.furniture import is_furniture
from reader.corpus.headline import SECTION_NAMES
from reader.corpus.record import Record
from reader.corpus.vocab import words

_SEPARATOR = re.compile(r"\s+(?:--?|–|—)\s+|\s*(?:–|—|--)\s*|:\s+")
_BODY_START = re.compile(r"[\"“'‘(]?[A-Z0-9\u00c0-\u024f]")
_DOMAIN = re.compile(
    r"\b[\w-]+\.(?:com|co|id|net|org|news|tv|info|asia|me|today|online|tempo)(?:\.[a-z]{2})?\b",
    re.IGNORECASE,
)
#: Words that introduce a quotation with a colon ("Kata X: …"), not a place.
_SPEECH_WORDS = words(
    """
    kata ujar ucap tutur tegas jelas menurut said says according tanya jawab asked answered
    catatan note update baca read
    """
)
#: Labels that open a story the way a dateline does ("CORRECTION - …"), lower case.
_STORY_LABELS = words(
    """
    correction corrected koreksi ralat analysis analisis note catatan feature opini opinion
    editorial exclusive eksklusif refiled repeat advisory factbox
    """
)
_MAX_PREFIX = 70
_MAX_PREFIX_WORDS = 7


class Dateline(Record):
    """What a lead's dateline holds, as (start, end) spans of the paragraph's text;
    `body_start` is where the story's own text begins."""

    __slots__ = ("body_start", "date", "places", "sources")

    def __init__(
        self,
        places: list[tuple[int, int]] | None = None,
        sources: list[tuple[int, int]] | None = None,
        date: DateMatch | None = None,
        body_start: int = 0,
    ) -> None:
        self.places: list[tuple[int, int]] = places if places is not None else []
        self.sources: list[tuple[int, int]] = sources if sources is not None else []
        self.date = date
        self.body_start = body_start


def parse_dateline(
    text: str, known_sources: tuple[str, ...] = (), first: bool = True
) -> Dateline | None:
    """The dateline that opens `text`, or None when the paragraph does not open with one.

    Weak forms are taken only in the story's first paragraph (`first`): the colon form
    ("Place: …", the way speakers are introduced too, so it also needs a place of one or two
    words and no quotation after it) and a lone Title-case place before a dash ("Vera Drake -
    a drama …" reads the same). An outlet, a date or an upper-case place makes a strong form.
    """
    match = _SEPARATOR.search(text, 0, _MAX_PREFIX + 4)
    if match is None or match.start() == 0:
        return None
    prefix_end, body_start = match.start(), match.end()
    if not _BODY_START.match(text, body_start) or len(text[body_start:].split()) < 4:
        return None
    prefix = text[:prefix_end]
    if len(prefix.split()) > _MAX_PREFIX_WORDS or prefix[0] in "\"“'‘":
        return None
    colon = match.group().strip() == ":"
    if colon and not _colon_dateline(prefix, text[body_start:], first):
        return None
    parts = _parts(prefix)
    if parts is None:
        return None
    parts = _join_dates(prefix, parts)
    dateline = Dateline(body_start=body_start)
    known = {_outlet_key(source) for source in known_sources if source}
    for start, end, in_parens in parts:
        part = text[start:end]
        if not _is_capitalised(part):
            return None
        dates = find_dates(part)
        if dates and dates[0].start == 0 and dates[0].end == len(part):
            dateline.date = dates[0]._replace(start=start, end=end)
        elif in_parens or _DOMAIN.search(part) or _outlet_key(part) in known:
            dateline.sources.append((start, end))
        elif not dateline.places:
            if _is_label(part):
                return None
            dateline.places.append((start, end))
        elif not dateline.sources:
            dateline.sources.append((start, end))
        else:
            return None
    if colon and dateline.sources:
        return None
    weak = not dateline.sources and dateline.date is None and not text[:prefix_end].isupper()
    if weak and not first:
        return None
    return dateline if dateline.places or dateline.sources else None


def _is_label(part: str) -> bool:
    """A story label ("CORRECTION -", "ANALISIS -") or a section name, not a place."""
    key = part.lower()
    return key in _STORY_LABELS or key in SECTION_NAMES or is_furniture(part)


def _colon_dateline(prefix: str, body: str, allowed: bool) -> bool:
    """Whether "Prefix: body" can be a dateline rather than a speaker or a note."""
    words = prefix.split()
    return (
        allowed
        and 1 <= len(words) <= 2
        and "," not in prefix
        and "(" not in prefix
        and words[0].lower() not in _SPEECH_WORDS
        and body[:1] not in "\"“'‘"
        and len(body.split()) >= 6
    )


def _parts(prefix: str) -> list[tuple[int, int, bool]] | None:
    """The comma-separated parts of a prefix and a trailing "(Outlet)", as spans."""
    parts: list[tuple[int, int, bool]] = []
    head_end = len(prefix)
    paren = prefix.rfind("(")
    if prefix.endswith(")") and paren > 0:
        inner_start, inner_end = paren + 1, len(prefix) - 1
        if "(" in prefix[inner_start:inner_end] or not prefix[inner_start:inner_end].strip():
            return None
        head_end = paren
        parens = (inner_start, inner_end, True)
    else:
        parens = None
    pos = 0
    for piece in prefix[:head_end].split(","):
        start = pos + len(piece) - len(piece.lstrip())
        end = pos + len(piece.rstrip())
        pos += len(piece) + 1
        if start >= end:
            return None
        parts.append((start, end, False))
    if parens is not None:
        start, end, _ = parens
        while start < end and prefix[start] == " ":
            start += 1
        while end > start and prefix[end - 1] == " ":
            end -= 1
        parts.append((start, end, True))
    return parts if len(parts) <= 3 else None


def _join_dates(prefix: str, parts: list[tuple[int, int, bool]]) -> list[tuple[int, int, bool]]:
    """Parts joined again where a date spans a comma ("March 4, 2019" is one part)."""
    dates = find_dates(prefix) if len(parts) > 1 else []
    if not dates:
        return parts
    joined: list[tuple[int, int, bool]] = []
    for start, end, in_parens in parts:
        if joined and not in_parens:
            last_start, _, last_parens = joined[-1]
            if not last_parens and any(d.start == last_start and d.end == end for d in dates):
                joined[-1] = (last_start, end, False)
                continue
        joined.append((start, end, in_parens))
    return joined


def _is_capitalised(part: str) -> bool:
    """Every word starts with a capital or a digit (places, outlets, "Feb 26")."""
    words = part.split()
    if not 1 <= len(words) <= 4:
        return False
    return all(word[0].isupper() or word[0].isdigit() for word in words)


def _outlet_key(name: str) -> str:
    """An outlet name reduced for comparison ("Kabarku.com" → "kabarku")."""
    key = name.lower().strip()
    for suffix in (".com", ".co.id", ".co", ".id", ".net"):
        key = key.removesuffix(suffix)
    return "".join(ch for ch in key if ch.isalnum())
