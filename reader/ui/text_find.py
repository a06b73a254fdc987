"""Find text in an article: smart case and diacritic folding, offsets kept one-for-one.

Folding maps every character to exactly one character ("é" → "e", "Ø" stays "Ø" unless it
decomposes), so a match found in folded text is at the same offsets in the shown text.
Smart case: a query with an upper-case letter matches case exactly; otherwise case is ignored.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from typing import NamedTuple


class TextMatch(NamedTuple):
    """One match: the display block it is in and its offsets there (end exclusive)."""

    block: int
    start: int
    end: int


def _fold_char(char: str, ignore_case: bool) -> str:
    """One character folded: its base letter without marks, lower-cased if asked, never longer."""
    decomposed = unicodedata.normalize("NFD", char)
    if len(decomposed) > 1 and all(unicodedata.combining(c) for c in decomposed[1:]):
        char = decomposed[0]
    if ignore_case:
        lowered = char.lower()
        if len(lowered) == 1:
            char = lowered
    return char


_ASCII_LOWER = {code: code + 32 for code in range(ord("A"), ord("Z") + 1)}
_TABLES: dict[bool, dict[int, int | str]] = {True: dict(_ASCII_LOWER), False: {}}


def fold(text: str, *, ignore_case: bool) -> str:
    """`text` without diacritics (and in lower case when `ignore_case`), same length."""
    if text.isascii():
        return text.lower() if ignore_case else text
    table = _TABLES[ignore_case]
    for char in set(text):
        if not char.isascii() and ord(char) not in table:
            table[ord(char)] = _fold_char(char, ignore_case)
    return text.translate(table)


def is_case_sensitive(query: str) -> bool:
    """Smart case: the query asks for exact case when it holds an upper-case letter."""
    return any(char.isupper() for char in query)


class TextFinder:
    """Finds a query in a fixed list of texts, folding each text once per case mode."""

    def __init__(self, texts: Sequence[str]) -> None:
        self._texts = list(texts)
        self._folded: dict[bool, list[str]] = {}

    def find(self, query: str) -> list[TextMatch]:
        """Every non-overlapping match of `query`, in reading order."""
        if not query:
            return []
        ignore_case = not is_case_sensitive(query)
        if (folded := self._folded.get(ignore_case)) is None:
            folded = [fold(text, ignore_case=ignore_case) for text in self._texts]
            self._folded[ignore_case] = folded
        return _find_in(folded, fold(query, ignore_case=ignore_case))


def _find_in(haystacks: Sequence[str], needle: str) -> list[TextMatch]:
    matches: list[TextMatch] = []
    for block, haystack in enumerate(haystacks):
        start = haystack.find(needle)
        while start >= 0:
            end = start + len(needle)
            matches.append(TextMatch(block, start, end))
            start = haystack.find(needle, end)
    return matches
