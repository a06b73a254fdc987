"""Corpus-wide evidence about words: how often each is written in lower case, and how often
capitalised where no sentence start explains the capital.

A word capitalised only where a sentence or headline starts is not a name; the corpus tells
which words those are. The counts are plain data: build them per article, cache them (they
depend only on the article's text), merge them, and save them as JSON.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from typing import Any

from reader.corpus.model import Article
from reader.entities.shape import (
    is_all_caps_line,
    is_headline_case,
    lower_word_pattern,
    mid_capital_pattern,
)

#: Lines this short may be headlines: their capitals are not counted as evidence.
_SHORT_LINE_WORDS = 40
#: Block kinds whose capitals are not evidence of names (headline case, names only).
_HEADLINE_KINDS = frozenset({"heading", "tags", "byline", "dateline", "source"})


def _slug_like(text: str) -> bool:
    """A title rebuilt from a URL ("Ketua mpr mustahil …"): lower case where names were."""
    return text.count(" ") >= 3 and text[1:].islower()


class CaseEvidence:
    """Counts of each word's lower-case uses and mid-sentence capitalised uses (keys lower case)."""

    __slots__ = ("capital", "lower")

    def __init__(
        self, lower: Mapping[str, int] | None = None, capital: Mapping[str, int] | None = None
    ) -> None:
        """Counts, empty or from saved plain data."""
        self.lower: Counter[str] = Counter(lower or {})
        self.capital: Counter[str] = Counter(capital or {})

    def add_text(self, text: str, *, headline: bool = False) -> None:
        """Count the words of one block; a headline's capitals say nothing, so only its lower case counts."""
        self.lower.update(lower_word_pattern().findall(text))
        if not headline:
            self.capital.update(map(str.lower, mid_capital_pattern().findall(text)))

    def add_article(self, article: Article) -> None:
        """Count the words of every block of `article` (titles, headline-like lines excepted)."""
        for block in article.blocks:
            text = block.text
            if block.kind == "title" and (article.title_derived or _slug_like(text)):
                continue
            headline = block.kind in _HEADLINE_KINDS or (
                text.count(" ") < _SHORT_LINE_WORDS and is_headline_case(text)
            )
            self.add_text(text, headline=headline or is_all_caps_line(text))

    def seen_lower(self, word: str) -> int:
        """How often `word` was written in lower case."""
        return self.lower.get(word.lower(), 0)

    def seen_capitalised(self, word: str) -> int:
        """How often `word` was capitalised in the middle of a sentence."""
        return self.capital.get(word.lower(), 0)

    def merge(self, other: CaseEvidence) -> CaseEvidence:
        """Add `other`'s counts to these (in place) and return self."""
        self.lower.update(other.lower)
        self.capital.update(other.capital)
        return self

    def to_data(self) -> dict[str, Any]:
        """The counts as JSON-able plain data."""
        return {"lower": dict(self.lower), "capital": dict(self.capital)}

    @classmethod
    def from_data(cls, data: Mapping[str, Any]) -> CaseEvidence:
        """Counts saved by `to_data`."""
        return cls(data.get("lower", {}), data.get("capital", {}))

    @classmethod
    def from_article(cls, article: Article) -> CaseEvidence:
        """The counts of one article (what a per-article cache stores)."""
        evidence = cls()
        evidence.add_article(article)
        return evidence

    @classmethod
    def from_articles(cls, articles: Iterable[Article]) -> CaseEvidence:
        """The counts of a whole corpus."""
        evidence = cls()
        for article in articles:
            evidence.add_article(article)
        return evidence
