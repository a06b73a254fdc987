"""Acronyms and their expansions: an article's own "(NTSB)" definitions and matching initials.

A definition is a name followed directly by a short form in brackets, "Kementerian Luar Negeri
(Kemlu)", or the other way round, "NTSB (National Transportation Safety Board)". The short form's letters
must be found in the name in order, starting with its first letter ("Kemlu", "Jokowi"), unless
it is written in capitals after the name of an institution: Indonesian news often defines an
English acronym after an Indonesian name ("Badan Keamanan Transportasi Nasional (NTSB)").
A bracketed place or club after a name ("Yamaichi International (Europe)") is no definition.
Without brackets, an acronym is read as a name only when its letters are the initials of the
name's words, in either word order.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from dataclasses import dataclass

from reader.entities.aliases import initials

_OPEN = re.compile(r"\s*\(\s*")
_CLOSE = re.compile(r"\s*\)")


@dataclass(frozen=True, slots=True)
class Definition:
    """In one block, mention `long` is defined to have the short form mention `short`."""

    long: int  # index of the expansion in the article's mention list
    short: int  # index of the short form


def bracket_definitions(
    text: str, spans: Sequence[tuple[int, int, int]], short_form: Sequence[bool]
) -> list[Definition]:
    """Definitions among one block's mentions: `spans` are (start, end, mention index), sorted.

    `short_form[i]` says whether mention i is written like a short form (one word, or an
    acronym); the bracketed one must be, and the other must not be.
    """
    found: list[Definition] = []
    for (_, end, first), (next_start, next_end, second) in itertools.pairwise(spans):
        between = text[end:next_start]
        if not between or not _OPEN.fullmatch(between):
            continue
        if not _CLOSE.match(text, next_end):
            continue
        if short_form[second] and not short_form[first]:
            found.append(Definition(long=first, short=second))
        elif short_form[first] and not short_form[second]:
            found.append(Definition(long=second, short=first))
    return found


def abbreviates(short: str, long: Sequence[str]) -> bool:
    """True when the letters of key `short` appear in order in key words `long`, from its start.

    "kemlu" in "kementerian luar negeri", "jokowi" in "joko widodo"; not "europe" in
    "yamaichi international".
    """
    letters = [c for c in short if c.isalnum()]
    text = "".join(long)
    if not letters or not text or letters[0] != text[0]:
        return False
    position = 1
    for letter in letters[1:]:
        position = text.find(letter, position) + 1
        if position == 0:
            return False
    return True


def spellings(tokens: Sequence[str]) -> tuple[str, ...]:
    """The acronyms a multi-word name can be written as: its initials, in either word order.

    "National Transportation Board" → ("ntb", "btn"); stop words are read both ways ("Bank of
    Japan" → "bj" and "boj"). Two letters are read in the name's own order only.
    """
    if len(tokens) < 2:
        return ()
    found: list[str] = []
    for skip in (True, False):
        letters = initials(tuple(tokens), skip_stopwords=skip)
        if len(letters) >= 2:
            found.append(letters)
        if len(letters) >= 3:
            found.append(letters[::-1])
    return tuple(dict.fromkeys(found))
