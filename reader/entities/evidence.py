"""Corpus-wide evidence about words: how often each is written in lower case.

A word capitalised only where a sentence or headline starts is not a name; the corpus tells
which words those are.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable

from reader.corpus.model import Article

_WORD = re.compile(r"\w+")


class CaseEvidence:
    """Counts of the lower-case forms seen in running text."""

    __slots__ = ("lower",)

    def __init__(self) -> None:
        self.lower: Counter[str] = Counter()

    def add_text(self, text: str) -> None:
        self.lower.update(w for w in _WORD.findall(text) if w.islower())

    def seen_lower(self, word: str) -> bool:
        return self.lower.get(word.lower(), 0) > 0

    @classmethod
    def from_articles(cls, articles: Iterable[Article]) -> CaseEvidence:
        evidence = cls()
        for article in articles:
            for block in article.blocks:
                evidence.add_text(block.text)
        return evidence
