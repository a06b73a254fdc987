"""The articles in the sidebar, in the chosen order and filter, growing while the corpus loads.

Rows are kept as sorted keys, so a batch is merged in one sort of two sorted runs (linear
time), and the row of any article is found again by bisection after the list has grown.
Changing the order or the filter rebuilds the rows once. No Textual here: the sidebar
widget draws from this.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable, Iterable, Sequence
from typing import TYPE_CHECKING

from reader.corpus.model import Article
from reader.state.marks import article_key
from reader.ui.list_order import ListChoice, newest_first_key
from reader.ui.text_find import fold

if TYPE_CHECKING:
    from reader.ui.title_search import TitleIndex

__all__ = ["ArticleListing", "article_key", "newest_first_key"]

#: An article's sort key, then its load sequence (unique: no two rows compare equal).
SortKey = tuple[object, ...]


def _fold(text: str) -> str:
    return fold(text, ignore_case=True)


class ArticleListing:
    """The loaded articles in display order, with lookups both ways.

    `len()` and rows count the articles the filter lets through; `articles()` holds every
    loaded one. `is_read` is asked by the unread filter.
    """

    def __init__(self, is_read: Callable[[Article], bool] = lambda _article: False) -> None:
        self._articles: list[Article] = []
        self._keys: list[SortKey] = []
        self._sequence_by_key: dict[str, int] = {}
        self._sequence_by_identity: dict[int, int] = {}
        self._folded_titles: list[str] = []
        self._date_keys: list[tuple[bool, float, int]] = []  # newest first, per load sequence
        self._is_read = is_read
        self.choice = ListChoice()
        self._title_index: tuple[int, TitleIndex] | None = None

    def __len__(self) -> int:
        return len(self._keys)

    @property
    def total(self) -> int:
        """How many articles are loaded, shown or not."""
        return len(self._articles)

    def add(self, articles: Iterable[Article]) -> None:
        """Merge a batch of newly loaded articles into the order (those the filter lets in)."""
        batch: list[SortKey] = []
        for article in articles:
            sequence = len(self._articles)
            self._articles.append(article)
            self._sequence_by_key.setdefault(article_key(article), sequence)
            self._sequence_by_identity[id(article)] = sequence
            self._date_keys.append(newest_first_key(article.date, article.order))
            if self._shown(sequence):
                batch.append(self._key(sequence))
        if not batch:
            return
        batch.sort()
        if self._keys and batch[0] < self._keys[-1]:
            self._keys.extend(batch)
            self._keys.sort()
        else:
            self._keys.extend(batch)

    def set_choice(self, choice: ListChoice) -> None:
        """Sort and filter the rows as `choice` says (also to apply the unread filter again
        after read marks changed)."""
        self.choice = choice
        titles = self.folded_titles()
        if choice.filter.active:
            test = choice.filter.matcher(self._is_read, _fold)
            shown = [s for s, a in enumerate(self._articles) if test(a, titles[s])]
        else:
            shown = list(range(len(self._articles)))
        keys = [self._key(sequence) for sequence in shown]
        keys.sort()
        self._keys = keys

    def article_at(self, row: int) -> Article:
        """The article shown on `row`."""
        return self._articles[self._keys[row][-1]]  # type: ignore[index]

    def row_of(self, article: Article) -> int | None:
        """The row that shows `article`, or None when it is not in the listing."""
        sequence = self._sequence_by_identity.get(id(article))
        if sequence is None or self._articles[sequence] is not article:
            return None
        key = self._key(sequence)
        row = bisect_left(self._keys, key)
        return row if row < len(self._keys) and self._keys[row] == key else None

    def shown(self) -> list[Article]:
        """The articles on the rows, in row order."""
        return [self._articles[key[-1]] for key in self._keys]  # type: ignore[index]

    def find_key(self, key: str) -> Article | None:
        """The loaded article whose stable key is `key`, if any."""
        sequence = self._sequence_by_key.get(key)
        return None if sequence is None else self._articles[sequence]

    def articles(self) -> Sequence[Article]:
        """Every loaded article in load order (not display order)."""
        return self._articles

    def title_index(self) -> tuple[TitleIndex, list[Article]]:
        """The searchable titles of every loaded article, in load order (made again only when
        more articles have arrived)."""
        from reader.ui.title_search import TitleIndex

        articles = self._articles
        if self._title_index is None or self._title_index[0] != len(articles):
            self._title_index = (len(articles), TitleIndex(self.folded_titles()))
        return self._title_index[1], list(articles)

    def folded_titles(self) -> Sequence[str]:
        """Every title folded for searching (no diacritics, lower case), in load order."""
        titles = self._folded_titles
        for article in self._articles[len(titles) :]:
            titles.append(_fold(article.title))
        return titles

    def _key(self, sequence: int) -> SortKey:
        """The row key of the article loaded `sequence`-th, in the chosen order (ties newest
        first, then in file order; the date part is worked out once, on arrival)."""
        by_date = self._date_keys[sequence]
        sort = self.choice.sort
        if sort == "title":
            return (self.folded_titles()[sequence], *by_date, sequence)
        if sort == "source":
            source = self._articles[sequence].source.casefold()
            return (not source, source, *by_date, sequence)  # no source: last
        return (*by_date, sequence)

    def _shown(self, sequence: int) -> bool:
        list_filter = self.choice.filter
        if not list_filter.active:
            return True
        test = list_filter.matcher(self._is_read, _fold)
        return test(self._articles[sequence], self.folded_titles()[sequence])
