"""Names in quotation marks: titles of works, roles' names, nicknames.

A phrase alone in quotes is a title ("Rumah Kaca") or, after "karakter", "sebagai", "as", a
character's name; one word in quotes is a title only when the words before the quote say so
(a work's noun: "singel", "film", "berjudul"), also for the later titles of a list
('singel " A " dan " B "'). Text split into tokens puts spaces inside the quotes and numbers
before titles ('" 7 Hari … "'); both are allowed for.
"""

from __future__ import annotations

import functools
import re

from reader.entities.context import Cue, cue_before
from reader.entities.tokens import Span, relabel

OPENING_QUOTES = "\"“‘'«"
_BEFORE_QUOTED = OPENING_QUOTES + " \u00a0"
_CLOSING_QUOTES = "\"”’'»"
_GAPS = " \u00a0"
#: Words before a quoted name that make it a character's or a role's name.
_CHARACTER_CUES = frozenset({"karakter", "tokoh", "peran", "sebagai", "character", "as"})


def in_quotes(
    spans: list[Span], text: str, start: int, run: str, opening: int, closed: bool
) -> list[Span]:
    """The names of a run that opens a quotation (the quote at `text[opening]`): a phrase alone
    in quotes is a title or a role's name (`_quoted_spans`); so is one word in quotes, or a
    title that goes on past the run ('film " Bintang 2 "'), when the words before the quote say
    so: a work's noun ("singel", "film", "berjudul"), also before the earlier titles of a list,
    or a role ("dikenal sebagai")."""
    character = _names_a_character(text, start)
    if closed and " " in run:
        return _quoted_spans(spans, run, character)
    if character and closed:
        return [s if s.gazetteer and s.strength >= 3 else relabel(s, "PER", 2) for s in spans]
    cue = cue_before_quote(text, opening)
    if cue.label != "MISC" or cue.language:
        return spans
    strength = max(cue.strength, 2)
    return [s if s.gazetteer and s.strength >= 3 else relabel(s, "MISC", strength) for s in spans]


def _quoted_spans(spans: list[Span], run: str, character: bool) -> list[Span]:
    """A phrase standing alone in quotes is a title ("Face the Nation", "Rumah Kaca"), or a
    character's name after "karakter", "sebagai", "as". A person's name inside a longer
    title ("Greatest Hits of …") is left for the corpus to decide."""
    if character:
        return [s if s.gazetteer else relabel(s, "PER", 2) for s in spans]
    whole = len(spans) == 1 and spans[0].start == 0 and spans[0].end == len(run)
    return [
        s if s.gazetteer else relabel(s, "MISC", 2 if whole or s.label != "PER" else 1)
        for s in spans
    ]


def _names_a_character(text: str, start: int) -> bool:
    """True if the word before the opening quote at `start` introduces a role's name."""
    before = text[max(0, start - 16) : start].rstrip(_BEFORE_QUOTED).rsplit(None, 1)
    return bool(before) and before[-1].lower() in _CHARACTER_CUES


def opening_quote(text: str, start: int) -> int:
    """The position of an opening quote right before `start` (a space or a number may stand
    between: '" 7 Hari …'), or -1."""
    i = start
    if i > 0 and text[i - 1] in _GAPS:
        i -= 1
    if i > 0 and text[i - 1].isdigit():
        while i > 0 and text[i - 1].isdigit():
            i -= 1
        if i > 0 and text[i - 1] in _GAPS:
            i -= 1
    if i > 0 and text[i - 1] in OPENING_QUOTES:
        return i - 1
    return -1


def closes_quote(text: str, start: int, end: int) -> bool:
    """A run standing alone in quotes is a title of a work or a slogan ("Rumah Kaca")."""
    before = text[max(0, start - 2) : start].rstrip(" \u00a0")
    after = text[end : end + 2].lstrip(" \u00a0")
    return bool(before) and before[-1] in OPENING_QUOTES and after[:1] in _CLOSING_QUOTES


def cue_before_quote(text: str, quote: int) -> Cue:
    """The cue before the opening quote at `text[quote]`, read past the quoted items listed
    before it: in 'singel " A " dan " B "' both titles follow "singel"."""
    for _ in range(_QUOTED_ITEMS):
        listed = _listed_quote().search(text, max(0, quote - 12), quote)
        if listed is None:
            break
        opening = max(text.rfind(q, max(0, listed.start() - 80), listed.start()) for q in '"“')
        if opening < 0:
            break
        quote = opening
    return cue_before(text, quote)


#: How many quoted items of a list `cue_before_quote` reads past.
_QUOTED_ITEMS = 4


@functools.cache
def _listed_quote() -> re.Pattern[str]:
    """A closing quote and a list's conjunction or comma, right before an opening quote."""
    return re.compile(r"[\"”][ \u00a0]*(?:,[ \u00a0]*)?(?:dan|atau|serta|and|or|,)[ \u00a0]*$")
