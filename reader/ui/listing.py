"""The articles in the sidebar: newest first, growing in batches while the corpus loads.

Rows are kept as sorted keys, so a batch is merged in one sort of two sorted runs (linear
time), and the row of any article is found again by bisection after the list has grown.
No Textual here: the sidebar widget draws from this.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable, Sequence
from datetime import datetime

from reader.corpus.model import Article
from reader.state.marks import article_key
from reader.ui.text_find import fold

#: (undated, -timestamp, load order, sequence): undated articles last, then newest first.
SortKey = tuple[bool, float, int, int]


def newest_first_key(date: datetime | None, order: int) -> tuple[bool, float, int]:
    """The sort key that puts dated articles newest first, then undated ones in load order."""
    if date is None:
        return (True, 0.0, order)
    return (False, -date.timestamp(), order)


class ArticleListing:
    """The loaded articles in display order, with lookups both ways."""

    def __init__(self) -> None:
        self._articles: list[Article] = []
        self._keys: list[SortKey] = []
        self._sequence_by_key: dict[str, int] = {}
        self._sequence_by_identity: dict[int, int] = {}
        self._folded_titles: list[str] = []

    def __len__(self) -> int:
        return len(self._keys)

    def add(self, articles: Iterable[Article]) -> None:
        """Merge a batch of newly loaded articles into the order."""
        batch: list[SortKey] = []
        for article in articles:
            sequence = len(self._articles)
            self._articles.append(article)
            self._sequence_by_key.setdefault(article_key(article), sequence)
            self._sequence_by_identity[id(article)] = sequence
            batch.append((*newest_first_key(article.date, article.order), sequence))
        if not batch:
            return
        batch.sort()
        if self._keys and batch[0] < self._keys[-1]:
            self._keys.extend(batch)
            self._keys.sort()
        else:
            self._keys.extend(batch)

    def article_at(self, row: int) -> Article:
        """The article shown on `row`."""
        return self._articles[self._keys[row][-1]]

    def row_of(self, article: Article) -> int | None:
        """The row that shows `article`, or None when it is not in the listing."""
        sequence = self._sequence_by_identity.get(id(article))
        if sequence is None or self._articles[sequence] is not article:
            return None
        key = (*newest_first_key(article.date, article.order), sequence)
        row = bisect_left(self._keys, key)
        return row if row < len(self._keys) and self._keys[row] == key else None

    def find_key(self, key: str) -> Article | None:
        """The loaded article whose stable key is `key`, if any."""
        sequence = self._sequence_by_key.get(key)
        return None if sequence is None else self._articles[sequence]

    def articles(self) -> Sequence[Article]:
        """Every loaded article in load order (not display order)."""
        return self._articles

    def folded_titles(self) -> Sequence[str]:
        """Every title folded for searching (no diacritics, lower case), in load order."""
        titles = self._folded_titles
        for article in self._articles[len(titles) :]:
            titles.append(fold(article.title, ignore_case=True))
        return titles
